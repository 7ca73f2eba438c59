"""Searching a document: analysis, the query language, the Whoosh index, snippets."""
