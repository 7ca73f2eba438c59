"""Reading files and turning Markdown into a Document of panes and passages."""
