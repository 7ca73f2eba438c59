"""The bookmarks panel, its model, dialog, marks in the text and import/export."""
