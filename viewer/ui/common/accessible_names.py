"""Accessible names and descriptions for views whose only label is their content: a screen
reader otherwise announces a nameless "text" and the reader cannot tell the panels apart.

The texts are marked here (context "Accessibility") and set live, so they follow a language
switch; a view takes one line: `accessible_names.describe(self, READING_VIEW)`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from viewer.ui.common import i18n
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate

READING_VIEW = (
    QT_TRANSLATE_NOOP("Accessibility", "Reading view"),
    QT_TRANSLATE_NOOP(
        "Accessibility", "The text of the current topic. Shift+F10 opens its actions."
    ),
)
DOCUMENT_INFO = (
    QT_TRANSLATE_NOOP("Accessibility", "Document information"),
    QT_TRANSLATE_NOOP("Accessibility", "Title, source, date and other details of the document."),
)


def name(widget: QWidget, name: str, description: str) -> None:
    """What a screen reader announces for `widget` (texts already in the interface language)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def describe(widget: QWidget, texts: tuple[str, str]) -> None:
    """Give `widget` the name and description `texts`, in the interface language, always."""
    source_name, source_description = texts

    def apply() -> None:
        name(
            widget,
            translate("Accessibility", source_name),
            translate("Accessibility", source_description),
        )

    i18n.live(widget, apply)
