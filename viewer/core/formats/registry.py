"""Which files are converted, by what, and which formats are recognised but not supported yet."""

from __future__ import annotations

from pathlib import Path

from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate

CONVERTED = {".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf"}
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
OPENABLE_SUFFIXES = TEXT_SUFFIXES + tuple(CONVERTED)
NOT_YET = {
    ".doc": QT_TRANSLATE_NOOP("Formats", "Word 97–2003 (.doc)"),
    ".wps": QT_TRANSLATE_NOOP("Formats", "WPS Writer (.wps)"),
    ".ofd": "OFD",
    ".rtf": "RTF",
    ".odt": QT_TRANSLATE_NOOP("Formats", "OpenDocument text (.odt)"),
    ".xls": "Excel",
    ".xlsx": "Excel",
    ".ppt": "PowerPoint",
    ".pptx": "PowerPoint",
    ".epub": "EPUB",
    ".caj": "CAJ",
}
# Input caps checked before a converter sees the file (a 50 MB page is refused, not parsed).
MAX_INPUT_BYTES = {"html": 20 * 2**20, "docx": 100 * 2**20, "pdf": 200 * 2**20}
OPEN_FILTER = (
    "Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf);;"
    "Markdown and text (*.md *.markdown *.txt);;Web pages (*.html *.htm);;Word (*.docx);;"
    "PDF (*.pdf);;All files (*)"
)


def open_filter() -> str:
    """OPEN_FILTER in the interface language, for the Open dialog."""
    return translate(
        "Formats",
        "Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf);;"
        "Markdown and text (*.md *.markdown *.txt);;Web pages (*.html *.htm);;Word (*.docx);;"
        "PDF (*.pdf);;All files (*)",
    )


def kind_of(path: Path | str) -> str | None:
    """'html' / 'docx' / 'pdf' for a file that is converted, None for Markdown and text."""
    return CONVERTED.get(Path(path).suffix.lower())


def unsupported_reason(path: Path | str) -> str | None:
    """A clear sentence for a format that is recognised but cannot be opened yet."""
    name = NOT_YET.get(Path(path).suffix.lower())
    if name is None:
        return None
    message = translate(
        "Formats",
        "{name}: {format} files are not supported yet — save it as .docx, .pdf, .html or text "
        "and open that.",
    )
    return message.format(name=Path(path).name, format=translate("Formats", name))
