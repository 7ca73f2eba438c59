"""In-document search: the search panel, its controller and match highlighting."""
