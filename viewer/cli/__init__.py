"""The command line: one module per command (app start, search, bookmarks, library)."""
