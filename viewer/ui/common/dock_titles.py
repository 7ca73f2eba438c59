"""Panel (dock) titles in the interface language, retitled at once when it switches.

Features pass an English source title (and optionally their own translation context) to the
window's `dock_for` / `add_dock`; the title shown is its translation, looked up again after
each switch. The titles of the app's panels are marked here, so a feature passing one of them
needs no catalogue entry of its own. To change a title later, call `set_title` again (a plain
setWindowTitle would be undone by the next switch).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDockWidget

from viewer.ui.common import i18n
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Panels"
KNOWN_TITLES = (
    QT_TRANSLATE_NOOP("Panels", "Topics"),
    QT_TRANSLATE_NOOP("Panels", "Outline"),
    QT_TRANSLATE_NOOP("Panels", "Info"),
    QT_TRANSLATE_NOOP("Panels", "Search"),
    QT_TRANSLATE_NOOP("Panels", "Bookmarks"),
    QT_TRANSLATE_NOOP("Panels", "Library"),
    QT_TRANSLATE_NOOP("Panels", "Library search"),
    QT_TRANSLATE_NOOP("Panels", "Articles"),
    QT_TRANSLATE_NOOP("Panels", "Cited by"),
)
_SOURCE, _CONTEXT = "titleSource", "titleContext"


def set_title(dock: QDockWidget, title: str, context: str = CONTEXT) -> None:
    """Show `title` (English source) translated in `context`, now and after each switch."""
    first = dock.property(_SOURCE) is None
    dock.setProperty(_SOURCE, title)
    dock.setProperty(_CONTEXT, context)
    if first:
        i18n.live(dock, lambda: _apply(dock))
    else:
        _apply(dock)


def source_title(dock: QDockWidget) -> str | None:
    """The English title the dock was given, or None when it has no live title."""
    return dock.property(_SOURCE)


def _apply(dock: QDockWidget) -> None:
    title = dock.property(_SOURCE) or ""
    dock.setWindowTitle(translate(dock.property(_CONTEXT) or CONTEXT, title))  # and its toggle
    _name_buttons(dock)


def _name_buttons(dock: QDockWidget) -> None:
    """Qt's own float and close buttons name themselves in English whatever the language."""
    names = {
        "qt_dockwidget_floatbutton": (
            translate("Panels", "Float"),
            translate("Panels", "Undocks the panel into a window of its own, or docks it back"),
        ),
        "qt_dockwidget_closebutton": (
            translate("Panels", "Close"),
            translate("Panels", "Hides the panel (View › Panels shows it again)"),
        ),
    }
    for button in dock.findChildren(QAbstractButton):
        name, description = names.get(button.objectName(), (None, None))
        if name:
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
