"""Which version of a law a document is: its date and how the preamble names it (2019年修正).

A law's preamble lists its history, one dated line per event (通过, 修正, 修订, 公布); the latest
line is the version this file holds. Front matter `date:` and a date in the file name win.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# 电子商务法(2018-08-31).md, notes_2020.1.5.md, 报告2019年3月5日.txt
_NAME_DATE = re.compile(r"((?:19|20)\d\d)\s*[-._年/]\s*(\d{1,2})\s*[-._月/]\s*(\d{1,2})")
_CN_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISSUER = re.compile(
    r"(全国人民代表大会常务委员会|全国人民代表大会|国务院|最高人民法院|最高人民检察院)"
)
_PREAMBLE_CHARS = 4000
# the body has begun: 民法典·附则 has no chapter heading, and its
# 第一千二百六十条 "本法自2021年1月1日起施行" is no history line
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百千零〇两\d]+条")


def ends_head(line: str) -> bool:
    """A line of a file's head where the body begins: the first chapter, the corpus's
    `<!-- INFO END -->`, or the first article where neither comes first."""
    return line.startswith("## ") or line.startswith("<!-- INFO END") or bool(_ARTICLE.match(line))


@dataclass(frozen=True)
class Version:
    date: str  # YYYY-MM-DD or ""
    label: str  # 2019年修正, 2021年修订, or the date as 2004年8月28日; "" when unknown
    issuer: str = ""  # 全国人民代表大会常务委员会, ... when the preamble names one


def preamble_lines(document) -> list[str]:
    """Dated history lines before the first heading of the body (the laws' preamble)."""
    lines, size = [], 0
    for passage in document.passages():
        if (passage.kind == "heading" and size) or size > _PREAMBLE_CHARS:
            break  # headings before any text (民法典's 合同编) are still the title block
        if passage.kind == "heading":
            continue
        if _ARTICLE.match(passage.text):
            break
        size += len(passage.text)
        if _CN_DATE.search(passage.text):
            lines.append(passage.text)
    return lines


def document_version(document, file_name: str = "") -> Version:
    meta = document.metadata.get("date", "")
    return version_from_lines(preamble_lines(document), file_name, meta)


def head_version(head: str, file_name: str = "") -> tuple[str, Version]:
    """(title, version) from the first few KB of a library file, without parsing it all."""
    title, lines, meta = "", [], ""
    for line in head.split("\n"):
        line = line.strip()
        if line.startswith("date:") and not title:
            meta = line[5:].strip()
        if line.startswith("# ") and not title:
            title = line[2:].strip()
        elif ends_head(line):
            break
        elif title and _CN_DATE.search(line):
            lines.append(line)
    return title, version_from_lines(lines, file_name, meta)


def version_from_lines(lines: list[str], file_name: str, meta_date: str) -> Version:
    history = [(_iso(m), line) for line in lines for m in _first(line)]
    history = [(date, line) for date, line in history if date]
    enacted = [(d, line) for d, line in history if not line.rstrip("。").endswith("施行")]
    history = enacted or history  # 施行 (coming into force) does not make a new version
    meta = date_from_text(meta_date)
    date = meta or date_from_name(file_name) or (max(history)[0] if history else "")
    if not history:
        return Version(date, _spelled(date) if date else "")
    latest_date, latest = max(history)
    issuer = _ISSUER.search(latest)
    issuer = issuer.group(1) if issuer else ""
    year = (date or latest_date)[:4]
    for word in ("修正", "修订"):
        # 《…修正案（十二）》 amends the law: that is a 修正 too
        if (
            word in latest.split("《")[0]
            or latest.rstrip("。").endswith(word)
            or "修正案" in latest
        ):
            word = "修正" if "修正案" in latest else word
            return Version(date, f"{year}年{word}", issuer)
    return Version(date, _spelled(date), issuer)


def _first(line: str):
    match = _CN_DATE.search(line)
    return [match] if match else []


def _iso(match: re.Match) -> str:
    y, m, d = (int(g) for g in match.groups())
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else ""


def date_from_name(name: str) -> str:
    match = _NAME_DATE.search(name)
    if not match:
        return ""
    return normalise_date(*match.groups())


def normalise_date(year: str, month: str, day: str) -> str:
    y, m, d = int(year), int(month), int(day)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"


def date_from_text(value: str) -> str:
    """A front matter `date:` value in any usual spelling, as YYYY-MM-DD ("" if none)."""
    return date_from_name(value)


def _spelled(date: str) -> str:
    y, m, d = date.split("-") if date.count("-") == 2 else (date, "", "")
    return f"{int(y)}年{int(m)}月{int(d)}日" if m else date
