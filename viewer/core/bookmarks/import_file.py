"""Importing a bookmark export: read the file, validate ALL of it against a schema, then build.

An import file comes from anywhere, so nothing in it is trusted: it must be a regular file of
at most MAX_IMPORT_BYTES, UTF-8, plain JSON (no NaN/Infinity), not nested past what the JSON
parser can take, and every field must match IMPORT_SCHEMA before a single bookmark is built.
Any failure raises BookmarkError with one sentence naming the first bad field; the store is
not touched, so a bad file imports nothing.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from functools import cache
from pathlib import Path

import fastjsonschema

from viewer.core.base.errors import BookmarkError
from viewer.core.bookmarks import json_errors
from viewer.core.bookmarks.json_errors import ConstantNotAllowed
from viewer.core.bookmarks.model import Bookmark
from viewer.core.bookmarks.schema import FORMAT_VERSION, IMPORT_SCHEMA, MAX_IMPORT_BYTES
from viewer.core.bookmarks.store import BookmarkStore
from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate

_JSON_TYPES = {
    dict: QT_TRANSLATE_NOOP("BookmarkImport", "an object"),
    list: QT_TRANSLATE_NOOP("BookmarkImport", "an array"),
    str: QT_TRANSLATE_NOOP("BookmarkImport", "a string"),
    bool: QT_TRANSLATE_NOOP("BookmarkImport", "true/false"),
}
# The schema's type names, as the reader sees them.
_SCHEMA_TYPES = {
    "object": _JSON_TYPES[dict],
    "array": _JSON_TYPES[list],
    "string": _JSON_TYPES[str],
    "boolean": _JSON_TYPES[bool],
    "integer": QT_TRANSLATE_NOOP("BookmarkImport", "an integer"),
    "number": QT_TRANSLATE_NOOP("BookmarkImport", "a number"),
    "null": QT_TRANSLATE_NOOP("BookmarkImport", "null"),
}


def _type_name(key: str) -> str:
    return translate("BookmarkImport", key)


def read_import_file(path: Path | str) -> str:
    """The file's text; a FIFO, device, folder, huge, binary or non-UTF-8 file is refused."""
    path = Path(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise BookmarkError(
                translate(
                    "BookmarkImport", "{name} is not a regular file; nothing was imported."
                ).format(name=path.name)
            )
        if info.st_size > MAX_IMPORT_BYTES:
            message = translate(
                "BookmarkImport",
                "{name} is {size} MB; bookmark exports are at most {limit} MB. "
                "Nothing was imported.",
            )
            size, limit = f"{info.st_size / 1e6:.0f}", MAX_IMPORT_BYTES // 10**6
            raise BookmarkError(message.format(name=path.name, size=size, limit=limit))
        with open(path, "rb") as handle:  # O_RDONLY on a file just checked to be regular
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError as error:
        raise BookmarkError(
            translate("BookmarkImport", "File not found: {path}").format(path=path)
        ) from error
    except OSError as error:
        message = translate("BookmarkImport", "Cannot read {path}: {reason}.")
        raise BookmarkError(message.format(path=path, reason=error.strerror or error)) from error
    return decode_import(data)


def decode_import(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        raise BookmarkError(
            translate(
                "BookmarkImport",
                "The file is not UTF-8 text (UTF-16 or binary); nothing was imported.",
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = translate(
            "BookmarkImport",
            "The file is not UTF-8 text (bad byte at offset {offset}); nothing was imported.",
        )
        raise BookmarkError(message.format(offset=error.start)) from error


def from_json(text: str) -> list[Bookmark]:
    """Bookmarks from an export's text, or BookmarkError naming the first problem."""
    payload = _parse(text)
    error = first_error(payload)
    if error is not None:
        message = translate(
            "BookmarkImport", "The file is not a valid bookmark export: {error}. Nothing imported."
        )
        raise BookmarkError(message.format(error=error))
    if payload["version"] > FORMAT_VERSION:
        raise BookmarkError(
            translate(
                "BookmarkImport", "The file comes from a newer Briefing Viewer; please update."
            )
        )
    return [Bookmark.from_dict(item) for item in payload["bookmarks"]]


def import_json(store: BookmarkStore, text: str) -> tuple[int, int]:
    """Add the bookmarks from an export; returns (added, already present).

    Their document paths came from outside, so they are stored as unverified: nothing opens
    them until the user opens that document (see BookmarkLibrary.everything).
    """
    return store.add_many(b.as_imported() for b in from_json(text))


def _parse(text: str):
    def no_constants(name: str):
        raise ConstantNotAllowed(name)

    try:
        return json.loads(text, parse_constant=no_constants)
    except RecursionError as error:
        raise BookmarkError(
            translate(
                "BookmarkImport",
                "The file is not a valid bookmark export: it is nested too deeply. "
                "Nothing imported.",
            )
        ) from error
    except ValueError as error:  # JSONDecodeError is a ValueError
        message = translate(
            "BookmarkImport", "The file is not bookmark JSON: {error}. Nothing imported."
        )
        raise BookmarkError(message.format(error=json_errors.reason(error))) from error


@cache
def _validator():
    # Compiled once, on first use: fastjsonschema turns the schema into plain Python checks.
    return fastjsonschema.compile(IMPORT_SCHEMA)


def first_error(payload) -> str | None:
    """The first schema violation as 'field: what is wrong', or None when the file is valid."""
    try:
        _validator()(payload)
    except fastjsonschema.JsonSchemaValueException as error:
        return f"{field_name(error)}: {describe(error)}"
    return None


def field_name(error: fastjsonschema.JsonSchemaValueException) -> str:
    """'bookmarks[3].anchor.start' from the validator's 'data.bookmarks[3].anchor.start'."""
    name = error.name.removeprefix("data").removeprefix(".")
    return name or translate("BookmarkImport", "the file")


def describe(error: fastjsonschema.JsonSchemaValueException) -> str:
    """A short reason that never echoes the (possibly huge) bad value itself."""
    rule, expected = error.rule, error.rule_definition
    if rule == "type":
        wanted, got = _wanted(expected), _json_type(error.value)
        return translate("BookmarkImport", "must be {wanted}, not {got}").format(
            wanted=wanted, got=got
        )
    if rule == "required":
        missing = [k for k in expected if not isinstance(error.value, dict) or k not in error.value]
        return translate("BookmarkImport", "is missing {fields}").format(fields=", ".join(missing))
    if rule in ("minimum", "maximum"):
        bound = (
            translate("BookmarkImport", "must be at least {n}")
            if rule == "minimum"
            else translate("BookmarkImport", "must be at most {n}")
        )
        return bound.format(n=expected)
    if rule in ("maxLength", "maxItems", "maxProperties"):
        return translate("BookmarkImport", "is too long (at most {n})").format(n=expected)
    if rule in ("minLength", "minItems"):
        return translate("BookmarkImport", "is too short (at least {n})").format(n=expected)
    if rule in ("enum", "const"):
        allowed = expected if isinstance(expected, list) else [expected]
        values = ", ".join(json.dumps(v, ensure_ascii=False) for v in allowed)
        return translate("BookmarkImport", "must be one of {values}").format(values=values)
    if rule == "pattern":
        return translate("BookmarkImport", "is not in the expected form")
    return translate("BookmarkImport", "is not in the expected form")


def _wanted(expected) -> str:
    names = expected if isinstance(expected, list) else [expected]
    shown = [_type_name(_SCHEMA_TYPES[n]) if n in _SCHEMA_TYPES else n for n in names]
    return translate("BookmarkImport", " or ").join(shown)


def _json_type(value) -> str:
    if value is None:
        return _type_name(_SCHEMA_TYPES["null"])
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _type_name(_SCHEMA_TYPES["number"])
    kind = _JSON_TYPES.get(type(value))
    return _type_name(kind) if kind else type(value).__name__
