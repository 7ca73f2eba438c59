"""The application window: start-up, the main window, its menus and theme."""
