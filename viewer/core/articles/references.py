"""Find the references in a document's text: to its own articles and to other documents.

    internal   本法第二十条, 第二十条, 本条第一款, 前款, 前两款, 第二款
    external   《中华人民共和国民事诉讼法》第一百二十二条, 《民法典》, 民事诉讼法第一百一十九条

A bare 第X条 in a sentence that has just cited another law (依照民事诉讼法第一百一十九条、
第一百二十条; 在刑法第十七条后增加一条，作为第十七条之一) belongs to that law. An article's own
label (第一条 at the start of its paragraph) is not a reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.document.addresses import canonical
from viewer.core.text.numerals import NUMBER

_ADDRESS = (
    rf"第{NUMBER}条(?:之{NUMBER})?(?:第{NUMBER}款)?(?:第?[（(]{NUMBER}[）)]项)?"
    rf"|第{NUMBER}款(?:第?[（(]{NUMBER}[）)]项)?"
)
_SELF = r"本(?:法|条例|规定|办法|细则|解释|决定|规则|准则|章程|条|通知|意见|编|章|节)"
_TITLE_END = r"(?:法|条例|规定|办法|细则|解释|决定|规则|通则|章程|典)"
_TOKEN = re.compile(
    rf"(?P<book>《(?P<title>[^《》\n]{{1,100}})》)"
    rf"|(?P<relative>前[两二三四五六]?款|前条)"
    rf"|(?P<self>{_SELF})?(?P<address>{_ADDRESS})"
)
_ARTICLE_PART = re.compile(r"第[^第]+?条(?:之[^第]+)?")
_CHAIN = re.compile(r"^(?:、|，|,|和|及|以及|或者|或|至|到|与)")
_SENTENCE_END = "。；;！？\n"
# Words that end the clause before a bare law title (依照 民事诉讼法 第…条).
_LEAD = re.compile(
    r"(?:依照|按照|根据|依据|适用|违反|认定为|符合|参照|具备|属于|除|发现有|规定|即|对|和|及|或者|与|"
    r"的|是|为|在|由|经|以|将|按|照|同|用|了|、|，|：)"
)
_BARE_TITLE = re.compile(rf"([\u4e00-\u9fff]{{1,20}}?{_TITLE_END})$")
# 《…许可证》, 《…登记表》: names of certificates and forms, not documents
_NOT_A_DOCUMENT = re.compile(r"(?:证|证书|证件|执照|表|卡|单|簿|书)$")


@dataclass(frozen=True)
class Reference:
    text: str  # as written: 本法第二十条, 《民法典》第五百七十七条, 前款
    passage_id: str
    kind: str  # "internal" or "external"
    start: int  # offsets into the passage's text
    end: int
    title: str = ""  # external: the cited title as written, without 《》
    address: str = ""  # canonical address cited; "" for a whole document or a relative form
    relative: str = ""  # 前款 / 前两款 / 前条 (resolved against the citing article)


def passage_references(passage_id: str, text: str, known_title=None) -> list[Reference]:
    """References in one passage. `known_title(name) -> bool` says whether a bare name (刑法)
    is a document title; without it any name ending in 法/条例/… before 第X条 counts."""
    scanner = _Scanner(passage_id, text, known_title)
    for match in _TOKEN.finditer(text):
        scanner.take(match)
    return scanner.refs


class _Scanner:
    """Reads one passage's tokens left to right, keeping the sentence's cited law (context)."""

    def __init__(self, passage_id: str, text: str, known_title) -> None:
        self.passage_id, self.text, self.known_title = passage_id, text, known_title
        self.refs: list[Reference] = []
        self.context = ""  # the external title a bare 第X条 in this sentence belongs to
        self.last_end = -1

    def add(self, start: int, end: int, kind: str, title: str = "", address: str = "", **kw):
        self.refs.append(
            Reference(self.text[start:end], self.passage_id, kind, start, end, title, address, **kw)
        )
        self.last_end = end

    def take(self, match: re.Match) -> None:
        start, end = match.span()
        if _sentence_break(self.text, self.last_end, start):
            self.context = ""
        if match.group("book"):
            self.book(match.group("title").strip(), start, end)
        elif match.group("relative"):
            self.add(start, end, "internal", relative=match.group(0))
        else:
            self.address(match, start, end)

    def book(self, title: str, start: int, end: int) -> None:
        if _NOT_A_DOCUMENT.search(title):
            return
        self.add(start, end, "external", title)
        self.context = title

    def address(self, match: re.Match, start: int, end: int) -> None:
        address = canonical(match.group("address"))
        previous = self.refs[-1] if self.refs else None
        if self.same_article(previous, address, start):
            # 第二十条第一款、第二款: the second 款 is of the same article
            article = _ARTICLE_PART.match(previous.address).group(0)
            self.add(start, end, previous.kind, previous.title, article + address)
            return
        at_line_start = start == 0 or self.text[start - 1].isspace()
        if at_line_start and match.group("self") is None and _is_label(self.text, end):
            return  # 第一条 at the start of its own paragraph (or of a run-on one)
        joined = previous is not None and previous.end == start and previous.kind == "external"
        if joined and not previous.address:  # 《民法典》第五百七十七条: one reference
            self.refs.pop()
            self.add(previous.start, end, "external", previous.title, address)
            return
        if match.group("self"):
            self.context = ""
            self.add(start, end, "internal", address=address)
            return
        bare = _bare_title(self.text, start, self.known_title)
        if bare:
            self.add(start - len(bare), end, "external", bare, address)
            self.context = bare
            return
        self.bare_address(start, end, address)

    def same_article(self, previous: Reference | None, address: str, start: int) -> bool:
        return (
            "条" not in address
            and previous is not None
            and "条" in previous.address
            and bool(_CHAIN.match(self.text[previous.end : start]))
            and start - previous.end <= 4
        )

    def bare_address(self, start: int, end: int, address: str) -> None:
        """第X条 with nothing before it: the sentence's cited law, or this document."""
        context_article = _last_article(self.refs, self.context)
        if self.context and "条" not in address and context_article:
            address = context_article + address  # 刑法第二百四十六条…第一款
        if self.context and _continues(self.text[self.last_end : start]):
            self.add(start, end, "external", self.context, address)
        else:
            self.add(start, end, "internal", address=address)


def _last_article(refs: list[Reference], title: str) -> str:
    for ref in reversed(refs):
        if ref.kind == "external" and ref.title == title and "条" in ref.address:
            return _ARTICLE_PART.match(ref.address).group(0)
    return ""


def _continues(gap: str) -> bool:
    """Does a bare 第X条 after this gap still cite the law named just before it?"""
    return bool(_CHAIN.match(gap)) or ("规定" not in gap and "本" not in gap and len(gap) <= 12)


def _is_label(text: str, end: int) -> bool:
    return end >= len(text) or text[end].isspace() or text[end] == "【"


def _sentence_break(text: str, after: int, before: int) -> bool:
    return after < 0 or any(c in _SENTENCE_END for c in text[after:before])


def _bare_title(text: str, start: int, known_title) -> str:
    """民事诉讼法 in 依照民事诉讼法第一百一十九条; "" when 第X条 has no law name before it."""
    before = text[max(0, start - 24) : start]
    match = _BARE_TITLE.search(before)
    if not match or before.endswith(("本法", "本条例", "本规定", "本办法", "本解释", "本决定")):
        return ""
    run = match.group(1)
    if known_title is not None:
        for cut in range(len(run) - 1):
            if known_title(run[cut:]):
                return run[cut:]
    pieces = _LEAD.split(run)
    name = pieces[-1] if pieces else run
    if len(name) < 2 or not re.search(rf"{_TITLE_END}$", name) or name.startswith("本"):
        return ""
    return name
