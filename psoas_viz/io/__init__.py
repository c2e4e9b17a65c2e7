"""Files and tables (no Qt): the one reader and writer of the user's files (``files``), lessons, CSV tables,
and the exports that need no Qt (SVG, CSV)."""
