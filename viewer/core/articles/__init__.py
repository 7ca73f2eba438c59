"""Articles and citations: numerals, document structure, addresses, references, cited-by."""
