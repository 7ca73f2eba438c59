"""Versions of one work: families of library documents, article alignment, carried bookmarks."""
