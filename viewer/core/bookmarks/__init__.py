"""Passage bookmarks: the model, text anchors, SQLite store, import/export, citations."""
