"""Why a bookmark file is not JSON, said in the reader's language.

The json module explains itself in English ("Expecting value: line 1 column 1 (char 0)");
inside a Chinese sentence that reads as a crash, so each known reason has a translation and
the position is given as line and column."""

from __future__ import annotations

import json

from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate

# The json decoder's reasons (the start of JSONDecodeError.msg), as the reader is told them.
_REASONS = (
    ("Expecting value", QT_TRANSLATE_NOOP("BookmarkImport", "a value is expected here")),
    (
        "Expecting property name",
        QT_TRANSLATE_NOOP("BookmarkImport", "a name in double quotes is expected here"),
    ),
    ("Expecting ':'", QT_TRANSLATE_NOOP("BookmarkImport", "a colon is expected here")),
    ("Expecting ','", QT_TRANSLATE_NOOP("BookmarkImport", "a comma is expected here")),
    ("Unterminated string", QT_TRANSLATE_NOOP("BookmarkImport", "a string is not closed")),
    (
        "Invalid control character",
        QT_TRANSLATE_NOOP("BookmarkImport", "a control character inside a string"),
    ),
    ("Invalid \\u", QT_TRANSLATE_NOOP("BookmarkImport", "an invalid \\u escape")),
    ("Invalid \\", QT_TRANSLATE_NOOP("BookmarkImport", "an invalid escape")),
    ("Extra data", QT_TRANSLATE_NOOP("BookmarkImport", "more text after the end of the data")),
)


class ConstantNotAllowed(ValueError):
    """NaN, Infinity or -Infinity: Python reads them, JSON has no such values."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def reason(error: ValueError) -> str:
    """One translated phrase for a failed json.loads: where and what."""
    if isinstance(error, ConstantNotAllowed):
        return translate("BookmarkImport", "{name} is not allowed in JSON").format(name=error.name)
    if not isinstance(error, json.JSONDecodeError):
        return translate("BookmarkImport", "not valid JSON")
    what = next(
        (
            translate("BookmarkImport", text)
            for start, text in _REASONS
            if error.msg.startswith(start)
        ),
        translate("BookmarkImport", "not valid JSON"),
    )
    return translate("BookmarkImport", "line {line}, column {column}: {reason}").format(
        line=error.lineno, column=error.colno, reason=what
    )
