"""The formats readers receive — saved web pages, Word and PDF files — turned into Markdown."""
