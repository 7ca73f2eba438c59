"""Translated messages from the project's Qt Linguist (.ts) catalogues, read without Qt.

The desktop app loads the same catalogues compiled to .qm through Qt's QTranslator; the core
and the CLI, which never import Qt, read the .ts XML here. Only finished translations count: an
entry lupdate marked "unfinished" falls back to the English source, as Qt's lrelease does.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

from viewer.core.i18n.language import CATALOGUE_SUFFIX, current

log = logging.getLogger(__name__)
# Catalogues of the code that runs without Qt (the UI's own are read by QTranslator), and the
# desktop app's start-up errors, printed before Qt is loaded.
CORE_AREAS = ("core", "cli", "ui_window")
Key = tuple[str, str, str]  # context, source, disambiguation
_PLURAL_SUFFIX = re.compile(r"(?<=\w)\((e?s)\)")  # "match(es)", "document(s)"


def catalogue_dir() -> Path:
    # The package's folder, not importlib.resources: that imports zipfile and tempfile (~5 ms
    # of every start) for a package that is always a plain folder here.
    import viewer.resources

    return Path(viewer.resources.__file__).parent / "i18n"


def catalogue_files(language: str, areas: tuple[str, ...] = CORE_AREAS) -> list[Path]:
    suffix = f"_{CATALOGUE_SUFFIX[language]}.ts"
    folder = catalogue_dir()
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.glob(f"*{suffix}") if p.name.removesuffix(suffix).startswith(areas)
    )


def read_ts(path: Path) -> dict[Key, list[str]]:
    """Each finished message of one .ts file: its forms (one, or one per plural form)."""
    import xml.etree.ElementTree as ET  # read when a catalogue is needed, not at every start

    messages: dict[Key, list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = _finished_forms(message)
            if forms:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                messages[key] = forms
    return messages


def _finished_forms(message) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return forms if all(forms) else []
    return [translation.text] if translation.text else []


@cache
def messages_for(language: str) -> dict[Key, list[str]]:
    from xml.etree.ElementTree import ParseError

    merged: dict[Key, list[str]] = {}
    for path in catalogue_files(language):
        try:
            merged.update(read_ts(path))
        except (OSError, ParseError) as exc:  # a broken catalogue costs its strings only
            log.warning("translations %s unreadable: %s", path.name, exc)
    return merged


def plural_index(language: str, n: int) -> int:
    """Which numerus form: English has 'one' and 'other'; Chinese has a single form."""
    return 0 if language == "zh" or n == 1 else 1


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the current language; `%n` (and `%Ln`, with separators) become n.

    The signature is Qt's QCoreApplication.translate, so `pyside6-lupdate` collects these
    calls into the same catalogues as the desktop app's strings."""
    language = current()
    text = source
    if n < 0 and language == "en":
        # English catalogues hold plural forms only (tools/plural_forms.py writes them): a
        # message without a count is its source, and the app's start need not parse them.
        return text
    forms = messages_for(language).get((context, source, disambiguation or ""))
    if forms:
        text = forms[min(plural_index(language, n), len(forms) - 1)] if n >= 0 else forms[0]
    if n >= 0:
        text = english_plural(text.replace("%Ln", f"{n:,}").replace("%n", str(n)), n)
    return text


def english_plural(text: str, n: int) -> str:
    """ "1 match(es)" -> "1 match", "2 match(es)" -> "2 matches", for a count with no English
    plural entry. pyside6-lupdate marks a message plural only when the count is a literal
    number, so "%n match(es)" with a variable count reaches no English plural catalogue; the
    regular English plurals are resolved here instead (irregular ones still need an entry)."""
    return _PLURAL_SUFFIX.sub("" if n == 1 else r"\1", text)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a string kept in a table for translation; `translate` it where it is shown."""
    return source
