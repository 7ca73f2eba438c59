"""Version families: which library documents are versions of one work, and which is current.

Documents join one family when their titles match after normalisation (catalog.title_key) and
nothing says they are different works: a sub-title line (民法典's books each say `# 总则`,
`# 物权编`, ...) or a different enacting body on the earliest history line (a law of the 全国人民
代表大会 and a regulation of the 国务院 with one title are two works). A version's date is the
front matter `date:`, else the date in its file name, else the latest adoption/amendment line of
its preamble; copies with the same date are the same version. Reads only each file's head.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.articles.catalog import title_key
from viewer.core.document.front_matter import split_front_matter
from viewer.core.document.law_version import (
    date_from_name,
    date_from_text,
    ends_head,
    version_from_lines,
)
from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate
from viewer.core.library.files import file_in
from viewer.core.library.scan import scan_folder

CURRENT, SUPERSEDED, UNDATED = "current", "superseded", "undated"
STATUS_NAMES = {
    CURRENT: QT_TRANSLATE_NOOP("Versions", "current"),
    SUPERSEDED: QT_TRANSLATE_NOOP("Versions", "superseded"),
    UNDATED: QT_TRANSLATE_NOOP("Versions", "undated"),
    "repealed": QT_TRANSLATE_NOOP("Versions", "repealed"),
}
_HEAD_BYTES = 4096
_CN_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_STATE_BODIES = ("全国人民代表大会", "国务院", "最高人民法院", "最高人民检察院")
# a local people's congress or government: the place is what tells two works apart
_LOCAL_BODY = re.compile(
    r"([\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|州|县))(?:第[一二三四五六七八九十]+届)?人民(?:代表大会|政府)"
)


@dataclass(frozen=True)
class Head:
    """What the first few KB of a file say about which work and version it is."""

    title: str
    subtitle: str = ""
    date: str = ""
    enacted_by: str = ""  # issuer on the earliest dated history line
    declared_status: str = ""  # front matter `status:` (repealed, ...)


@dataclass(slots=True)  # one per file of a library's works, held while it is open
class VersionEntry:
    path: str  # relative to the library root
    date: str
    status: str = CURRENT

    def to_json(self) -> dict:
        return {"path": self.path, "date": self.date, "status": self.status}


@dataclass(slots=True)
class Work:
    title: str
    versions: list[VersionEntry] = field(default_factory=list)  # oldest first

    @property
    def current(self) -> list[VersionEntry]:
        return [v for v in self.versions if v.status == CURRENT]

    def newer_than(self, path: str) -> VersionEntry | None:
        """The latest version when `path` is an older one (for the "newer version" bar)."""
        mine = next((v for v in self.versions if v.path == path), None)
        latest = self.versions[-1] if self.versions else None
        if mine is None or latest is None or not latest.date or latest.date <= mine.date:
            return None
        return latest

    def to_json(self) -> dict:
        return {"title": self.title, "versions": [v.to_json() for v in self.versions]}


def status_name(status: str) -> str:
    """A version's status for a reader (JSON keeps the plain key); a declared one as written."""
    return translate("Versions", STATUS_NAMES[status]) if status in STATUS_NAMES else status


def read_head(text: str, file_name: str = "") -> Head:
    front = split_front_matter(text.lstrip("\ufeff"))
    titles, lines = [], []
    for raw in front.body.split("\n"):
        line = raw.strip()
        if ends_head(line):
            break
        if line.startswith("# "):
            titles.append(line[2:].strip())
        elif titles and _CN_DATE.search(line):
            lines.append(line)
    title = front.values.get("title") or (titles[0] if titles else file_name.rsplit(".", 1)[0])
    subtitle = titles[1] if len(titles) > 1 else ""
    meta = date_from_text(front.values.get("date", ""))
    # the file name's date is the one the source database publishes; the preamble fills in
    date = meta or date_from_name(file_name) or version_from_lines(lines, "", "").date
    return Head(title, subtitle, date, _enacted_by(lines), front.values.get("status", "").lower())


def _enacted_by(lines: list[str]) -> str:
    dated = sorted((_date_key(line), line) for line in lines)
    for _, line in dated[:1]:
        state = [body for body in _STATE_BODIES if body in line]
        if state:
            return state[0]
        match = _LOCAL_BODY.search(line)
        return match.group(1) if match else ""
    return ""


def _date_key(line: str) -> tuple[int, int, int]:
    y, m, d = (int(g) for g in _CN_DATE.search(line).groups())
    return (y, m, d)


def family_key(head: Head) -> tuple[str, str]:
    return (title_key(head.title), title_key(head.subtitle))


def group_heads(heads: dict[str, Head]) -> list[Work]:
    """Works from {rel_path: Head}, sorted by title; versions oldest first with their status."""
    groups: dict[tuple[str, str], list[tuple[str, Head]]] = {}
    for path, head in heads.items():
        groups.setdefault(family_key(head), []).append((path, head))
    works: list[Work] = []
    for members in groups.values():
        works.extend(_split_by_issuer(members))
    return sorted(works, key=lambda w: (w.title, w.versions[0].path))


def _split_by_issuer(members: list[tuple[str, Head]]) -> list[Work]:
    """One work per enacting body; a member whose body is unknown joins the first group."""
    by_body: dict[str, list[tuple[str, Head]]] = {}
    for path, head in sorted(members):
        by_body.setdefault(head.enacted_by, []).append((path, head))
    known = [body for body in by_body if body]
    if len(known) <= 1:
        return [_work(members)]
    unknown = by_body.pop("", [])
    by_body[known[0]].extend(unknown)
    return [_work(group) for group in by_body.values()]


def _work(members: list[tuple[str, Head]]) -> Work:
    members = sorted(members, key=lambda m: (m[1].date, m[0]))
    latest = max((h.date for _, h in members), default="")
    title = members[-1][1].title
    if members[-1][1].subtitle:
        title = f"{title} · {members[-1][1].subtitle}"
    versions = [
        VersionEntry(path, head.date, head.declared_status or _status(head.date, latest))
        for path, head in members
    ]
    return Work(title, versions)


def _status(date: str, latest: str) -> str:
    if not date and latest:
        return UNDATED  # next to dated versions an undated copy cannot be placed
    return CURRENT if date == latest else SUPERSEDED


def read_library_heads(root: Path | str) -> dict[str, Head]:
    """Each file's head (family_process keeps an open library's families as its rows)."""
    root = Path(root).resolve()
    heads: dict[str, Head] = {}
    for entry in scan_folder(root):
        rel_path = entry.rel_path
        try:
            with open(file_in(root, rel_path), "rb") as handle:
                text = handle.read(_HEAD_BYTES).decode("utf-8", "ignore")
        except OSError:
            continue
        heads[rel_path] = read_head(text, rel_path.rpartition("/")[2])
    return heads


def version_families(root: Path | str) -> list[Work]:
    return group_heads(read_library_heads(root))


def work_of(works: list[Work], rel_path: str) -> Work | None:
    return next((w for w in works if any(v.path == rel_path for v in w.versions)), None)


def superseded_paths(works: list[Work]) -> frozenset[str]:
    """Files a "current versions only" search leaves out."""
    return frozenset(v.path for w in works for v in w.versions if v.status == SUPERSEDED)
