"""Articles in the reader: outline to articles, go-to, reference links, cited-by."""
