"""Briefing Viewer: a desktop reader for Chinese policy briefings."""

__version__ = "0.1.0"
APP_NAME = "Briefing Viewer"
APP_ID = "briefing-viewer"
