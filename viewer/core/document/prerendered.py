"""The bundled briefing, parsed once at install time (setup.py's build step).

A first launch has an empty document cache: without this, the bundled briefing would be parsed
(python-markdown: ~80 ms of imports, regex compiling and rendering) before its first paint,
and the window built around a parse in progress. The install-time render serves that one file
only, and only while the file's bytes and the parser's source files are exactly those it was
made from; any other document is parsed as before.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from viewer.core.base.digests import sha1_hex
from viewer.core.document.cache import document_from_json, document_to_json, parser_files
from viewer.core.document.model import Document

log = logging.getLogger(__name__)
BUNDLED_NAME = "briefing.md"


def resource_file() -> Path:
    import viewer.resources  # a plain folder (see viewer.core.i18n.catalogue.catalogue_dir)

    return Path(viewer.resources.__file__).parent / "prerendered" / "briefing.json"


def parser_digest() -> str:
    """The parser's source files, by content (their mtimes change when installed)."""
    return sha1_hex(b"".join(path.read_bytes() for path in parser_files()))


def write_prerendered(source: Path, target: Path) -> None:
    """Parse `source` and store the result for `prerendered_document` (the build step)."""
    from viewer.core.document.markdown_model import load_document

    document = load_document(source)
    if document.warnings:  # warnings are in the language of the run: not for every reader
        return
    raw = {
        "source": sha1_hex(source.read_bytes()),
        "parser": parser_digest(),
        "document": document_to_json(document),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


def prerendered_document(path: Path, resource: Path | None = None) -> Document | None:
    """The install-time parse of `path` if it is the bundled briefing, unchanged; else None."""
    if path.name != BUNDLED_NAME:
        return None
    resource = resource or resource_file()
    try:
        raw = json.loads(resource.read_text(encoding="utf-8"))
        if raw["source"] != sha1_hex(path.read_bytes()):
            return None
        if raw["parser"] != parser_digest():
            return None
        return document_from_json(raw["document"], path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("ignoring the pre-rendered briefing: %s", exc)
        return None
