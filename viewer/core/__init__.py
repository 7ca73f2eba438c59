"""Plain-Python core of Briefing Viewer. Never imports Qt (checked by import-linter)."""
