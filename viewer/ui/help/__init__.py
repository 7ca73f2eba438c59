"""Help inside the app: Help › Keyboard Shortcuts and Help › User Guide (`install_help`)."""

from viewer.ui.help.menu import install_help

__all__ = ["install_help"]
