"""Reading and writing the user's files (Qt-free, standard library only)."""
