"""Print and preview, PDF and Word export, excerpt memos: the Qt side of export."""
