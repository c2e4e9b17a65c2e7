"""File formats and tables (no Qt): lessons, CSV tables, the exports that need no Qt (SVG, CSV)."""
