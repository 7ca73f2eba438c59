"""The library as a reference resolver sees it: which titles it holds, in which versions.

Titles are keyed without 《》, spaces and the 中华人民共和国 prefix, so 《民法典》 and
《中华人民共和国民法典》 find the same documents. Built from each file's head (title and dated
preamble lines), so cataloguing the 3,475 laws reads ~14 MB, not every file in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from viewer.core.document.law_version import Version, head_version
from viewer.core.library.files import file_in
from viewer.core.library.scan import scan_folder

_HEAD_BYTES = 4096
_COUNTRY = "中华人民共和国"
_BRACKETS = str.maketrans({"(": "（", ")": "）"} | dict.fromkeys("<>〈〉《》", ""))


def title_key(title: str) -> str:
    """中华人民共和国电子签名法 / 《电子签名法》 -> 电子签名法."""
    key = re.sub(r"\s+", "", title).translate(_BRACKETS)
    # also inside: 北京市实施《中华人民共和国…代表法》办法 is cited with and without it
    return key.replace(_COUNTRY, "") or key


@dataclass(frozen=True)
class CatalogEntry:
    rel_path: str
    title: str
    version: Version

    @property
    def date(self) -> str:
        return self.version.date


@dataclass
class Catalog:
    root: Path
    by_key: dict[str, list[CatalogEntry]]  # each list sorted by date, oldest first

    def versions(self, title: str) -> list[CatalogEntry]:
        return self.by_key.get(title_key(title), [])

    def choose(self, title: str, on_or_before: str) -> tuple[list[CatalogEntry], bool]:
        """Files of the version in force on `on_or_before` (all files of that date: 民法典 is
        one file per book), and whether such a version exists. When it does not, the nearest
        later version is returned instead, with False."""
        versions = self.versions(title)
        if not versions:
            return [], False
        dated = [e for e in versions if e.date and on_or_before and e.date <= on_or_before]
        if not on_or_before:
            dated = versions
        if dated:
            return [e for e in versions if e.date == dated[-1].date], True
        return [e for e in versions if e.date == versions[0].date], False


def build_catalog(root: Path | str) -> Catalog:
    root = Path(root).resolve()
    by_key: dict[str, list[CatalogEntry]] = {}
    for entry in scan_folder(root):
        try:
            with open(file_in(root, entry.rel_path), "rb") as handle:
                head = handle.read(_HEAD_BYTES).decode("utf-8", "ignore").lstrip("\ufeff")
        except OSError:
            continue
        name = entry.rel_path.rpartition("/")[2]
        title, version = head_version(head, name)
        title = title or name.rsplit(".", 1)[0]
        by_key.setdefault(title_key(title), []).append(CatalogEntry(entry.rel_path, title, version))
    for entries in by_key.values():
        entries.sort(key=lambda e: (e.date, e.rel_path))
    return Catalog(root, by_key)
