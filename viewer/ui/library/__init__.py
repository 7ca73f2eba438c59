"""The library docks: document list, library search panel and their controller."""
