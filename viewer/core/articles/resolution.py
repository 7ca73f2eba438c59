"""Resolve references (viewer.core.articles.references) to units, version-aware.

Internal references resolve inside the citing document; relative ones (前款, 本条第一款) against
the citing article. External ones resolve in a library catalog: the version of the cited title
in force on the citing document's date (the latest dated on or before it); when the library has
only later versions the reference is `version_missing` and the nearest version is offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from viewer.core.articles.catalog import Catalog, title_key
from viewer.core.articles.references import Reference, passage_references
from viewer.core.document.addresses import AddressNotFound, resolve
from viewer.core.document.law_version import document_version
from viewer.core.document.structure import parse_structure
from viewer.core.document.units import Structure, Unit
from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate

RESOLVED, NOT_IN_LIBRARY = "resolved", "not_in_library"
NO_SUCH_ARTICLE, VERSION_MISSING = "no_such_article", "version_missing"
# What each status tells the reader (the key itself stays in JSON for scripts).
STATUS_NAMES = {
    RESOLVED: QT_TRANSLATE_NOOP("Articles", "found"),
    NOT_IN_LIBRARY: QT_TRANSLATE_NOOP("Articles", "not in the library"),
    NO_SUCH_ARTICLE: QT_TRANSLATE_NOOP("Articles", "no such article"),
    VERSION_MISSING: QT_TRANSLATE_NOOP("Articles", "that version is not in the library"),
}


def status_name(status: str) -> str:
    """Why a reference can or cannot be followed, in the interface language."""
    return translate("Articles", STATUS_NAMES[status]) if status in STATUS_NAMES else status


@dataclass(frozen=True)
class Target:
    path: str  # the document's path ("" for the citing document itself)
    title: str
    date: str
    address: str


@dataclass(frozen=True)
class ResolvedReference:
    reference: Reference
    status: str
    target: Target | None
    note: str = ""  # what to tell the reader (the nearest version, ...)


class Resolver:
    """Resolves the references of documents against one catalog; caches parsed targets."""

    def __init__(self, catalog: Catalog | None = None) -> None:
        self.catalog = catalog
        self._parsed: dict[str, tuple] = {}

    def known_title(self, name: str) -> bool:
        return bool(self.catalog and self.catalog.by_key.get(title_key(name)))

    def document_references(self, document, file_name: str = "") -> list[ResolvedReference]:
        structure = parse_structure(document)
        date = document_version(document, file_name).date
        known = self.known_title if self.catalog else None
        out = []
        amended = amended_title(document.title)
        for passage in structure.passages:
            amended = _amending(passage.text) or amended
            for ref in passage_references(passage.id, passage.text, known):
                if amended and ref.kind == "internal" and not ref.text.startswith("本决定"):
                    # an amendment's 第X条 / 前款 are those of the law it amends
                    ref = replace(ref, kind="external", title=amended)
                    out.append(self.external(ref, date))
                elif ref.kind == "internal":
                    out.append(_internal(document, structure, passage.id, ref))
                else:
                    out.append(self.external(ref, date))
        return out

    def external(self, ref: Reference, date: str) -> ResolvedReference:
        if self.catalog is None:
            return ResolvedReference(
                ref, NOT_IN_LIBRARY, None, translate("Articles", "no library to look in")
            )
        files, in_force = self.catalog.choose(ref.title, date)
        if not files:
            note = translate("Articles", "《{title}》 is not in the library")
            return ResolvedReference(ref, NOT_IN_LIBRARY, None, note.format(title=ref.title))
        for entry in files:
            unit = self._find(entry.rel_path, ref.address)
            if unit is not None or not ref.address:
                target = Target(
                    entry.rel_path, entry.title, entry.date, unit.address if unit else ""
                )
                if in_force:
                    return ResolvedReference(ref, RESOLVED, target)
                note = translate(
                    "Articles", "no version dated on or before {date}; nearest: {nearest}"
                ).format(date=date, nearest=entry.date)
                return ResolvedReference(ref, VERSION_MISSING, target, note)
        entry = files[0]
        target = Target(entry.rel_path, entry.title, entry.date, ref.address)
        status = NO_SUCH_ARTICLE if in_force else VERSION_MISSING
        note = translate("Articles", "《{title}》 has no {address}")
        return ResolvedReference(
            ref, status, target, note.format(title=entry.title, address=ref.address)
        )

    def _find(self, rel_path: str, address: str) -> Unit | None:
        if not address:
            return None
        structure = self.structure_of(rel_path)
        if structure is None:
            return None
        try:
            return resolve(structure, address)
        except AddressNotFound:
            return None

    def structure_of(self, rel_path: str) -> Structure | None:
        if rel_path not in self._parsed:
            from viewer.core.base.errors import ViewerError
            from viewer.core.document.markdown_model import load_document

            try:
                document = load_document(Path(self.catalog.root) / rel_path)
                self._parsed[rel_path] = (document, parse_structure(document))
            except ViewerError:
                self._parsed[rel_path] = (None, None)
        return self._parsed[rel_path][1]


def _internal(document, structure: Structure, passage_id: str, ref: Reference) -> ResolvedReference:
    here = structure.unit_at(passage_id)
    article = _article_of(here)
    wanted = _relative_address(ref, article, here)
    own = Target("", document.title, "", wanted)
    if not wanted:
        note = translate("Articles", "{reference}: nothing to refer to here")
        return ResolvedReference(ref, NO_SUCH_ARTICLE, None, note.format(reference=ref.text))
    try:
        unit = resolve(structure, wanted)
    except AddressNotFound as error:
        return ResolvedReference(ref, NO_SUCH_ARTICLE, own, not_found_note(error))
    return ResolvedReference(ref, RESOLVED, Target("", document.title, "", unit.address))


_AMENDING = re.compile(r"^(?:[一二三四五六七八九十百]+、)?(?:修改|对)[《〈<](.+?)[》〉>]")


def amended_title(title: str) -> str:
    """刑法修正案（十一） -> 刑法; 关于修改《X》的决定 -> X; "" when it amends nothing."""
    if "修正案" in title:
        return re.sub(r"修正案.*$", "", title)
    match = re.search(r"关于修改[《<〈](.+?)[》>〉]", title)
    return match.group(1) if match else ""


def _amending(text: str) -> str:
    """二十三、修改《最高人民法院关于…的解释》: from here on, that document is being amended."""
    match = _AMENDING.match(text)
    return match.group(1) if match else ""


def _article_of(unit: Unit | None) -> Unit | None:
    while unit is not None and unit.kind != "条":
        unit = unit.parent
    return unit


def _relative_address(ref: Reference, article: Unit | None, here: Unit | None) -> str:
    if ref.relative == "前条":
        if article is None:
            return ""
        return f"第{article.number - 1}条" if article.number > 1 else ""
    if ref.relative:  # 前款 / 前两款: the first of the paragraphs before this one
        paragraph = here
        while paragraph is not None and paragraph.kind != "款":
            paragraph = paragraph.parent
        if article is None or paragraph is None:
            return ""
        back = {"前款": 1, "前两款": 2, "前二款": 2, "前三款": 3, "前四款": 4}.get(ref.relative, 1)
        number = paragraph.number - back
        return f"{article.address}第{number}款" if number >= 1 else ""
    if ref.address.startswith("第") and "条" not in ref.address:  # 本条第一款 / 第二款
        return article.address + ref.address if article is not None else ""
    return ref.address


def not_found_note(error: AddressNotFound) -> str:
    """ "No 第九十条 in this document; nearest: 第八十九条" in the interface language."""
    text = translate("Articles", "No {address} in this document").format(
        address=error.query.strip()
    )
    if error.nearest:
        text += translate("Articles", "; nearest: {addresses}").format(
            addresses=translate("Articles", ", ").join(error.nearest)
        )
    return text
