"""The search box's query language, parsed into a small tree that never fails to exist.

    深圳 腾讯            both words (AND)
    红包 OR 保险         either word; OR binds tighter than AND:
                         `深圳 腾讯 OR 阿里` means 深圳 AND (腾讯 OR 阿里)
    -红包 / NOT 红包     passages without the word
    "连接一切"           exact phrase (may contain spaces and operator words)
    pane:金融            only panes whose title or id contains 金融 (several pane: filters = any)
    -pane:金融           not in those panes

Every word is matched as a substring of the folded text (see viewer.core.folding), so Chinese
needs no spaces. Anything odd is text, never an error: an unbalanced quote is dropped, a dangling
OR/NOT is ignored or taken literally, and a query with nothing to look for (`-红包` alone, `OR`)
is searched as plain text. Chinese quotes (“…”) are ordinary characters, not phrase marks.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from viewer.core.folding import fold

_OPERATORS = {"OR", "AND", "NOT"}
_PANE = "pane:"


@dataclass(frozen=True)
class Term:
    text: str  # as typed
    folded: str
    phrase: bool = False
    negated: bool = False

    def render(self) -> str:
        needs_quotes = (
            self.phrase
            or any(c.isspace() for c in self.text)
            or self.text.startswith("-")
            or _operator(self.text) is not None
        )
        body = f'"{self.text}"' if needs_quotes else self.text
        return f"-{body}" if self.negated else body


@dataclass(frozen=True)
class ParsedQuery:
    """AND of clauses; a clause matches when any of its terms does (a negated term matches
    where it is absent). `panes`: needles of which a passage's pane must match one."""

    source: str
    clauses: tuple[tuple[Term, ...], ...] = ()
    panes: tuple[str, ...] = ()
    excluded_panes: tuple[str, ...] = ()
    plain_text: bool = False  # True when the query was taken as plain text (nothing to parse)

    @property
    def is_empty(self) -> bool:
        return not self.clauses and not self.panes and not self.excluded_panes

    @property
    def positive_terms(self) -> list[Term]:
        return [t for clause in self.clauses for t in clause if not t.negated]

    def render(self) -> str:
        parts = [" OR ".join(t.render() for t in clause) for clause in self.clauses]
        parts += [f"pane:{_quote_if_spaced(p)}" for p in self.panes]
        parts += [f"-pane:{_quote_if_spaced(p)}" for p in self.excluded_panes]
        return " ".join(parts)

    def with_clauses(self, clauses, keep_panes: bool = True) -> ParsedQuery:
        return ParsedQuery(
            self.source,
            tuple(tuple(c) for c in clauses if c),
            self.panes if keep_panes else (),
            self.excluded_panes if keep_panes else (),
        )


@dataclass
class _Lexeme:
    kind: str  # "term", "phrase", "or", "pane"
    text: str = ""
    negated: bool = False
    extra: dict = field(default_factory=dict)


def parse_query(source: str) -> ParsedQuery:
    lexemes = _lex(source)
    clauses: list[list[Term]] = []
    panes: list[str] = []
    excluded: list[str] = []
    pending_or = False
    for lex in lexemes:
        if lex.kind == "or":
            pending_or = bool(clauses)
            continue
        if lex.kind == "pane":
            (excluded if lex.negated else panes).append(fold(lex.text))
            pending_or = False
            continue
        term = Term(lex.text, fold(lex.text), lex.kind == "phrase", lex.negated)
        if pending_or:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        clauses[-1] += _numeral_alternatives(term)
        pending_or = False
    has_positive = any(not t.negated for c in clauses for t in c)
    if not has_positive and not panes and not excluded and source.strip():
        return ParsedQuery(
            source, ((Term(source.strip(), fold(source.strip())),),), plain_text=True
        )
    if not has_positive and not panes and clauses:
        return ParsedQuery(
            source, ((Term(source.strip(), fold(source.strip())),),), plain_text=True
        )
    return ParsedQuery(source, tuple(tuple(c) for c in clauses), tuple(panes), tuple(excluded))


def _numeral_alternatives(term: Term) -> list[Term]:
    """第26条 also matches 第二十六条 and the reverse (viewer.core.articles.numeral_query)."""
    if term.negated:
        return []
    from viewer.core.articles.numeral_query import numeral_variants

    return [Term(v, fold(v), term.phrase) for v in numeral_variants(term.text)]


def _lex(source: str) -> list[_Lexeme]:
    folded = fold(source)  # same length: decide structure on folded chars, keep raw text
    out: list[_Lexeme] = []
    i, n = 0, len(source)
    negate_next = False
    while i < n:
        if folded[i].isspace():
            i += 1
            continue
        negated, start = negate_next, i
        negate_next = False
        if folded[i] == "-" and i + 1 < n and not folded[i + 1].isspace():
            negated, i = True, i + 1
        is_pane = folded.startswith(_PANE, i) and i + len(_PANE) < n
        if is_pane:
            i += len(_PANE)
        if folded[i] == '"':
            close = folded.find('"', i + 1)
            if close < 0:  # unbalanced: drop the quote, read on as words
                i += 1
                negate_next = negated
                continue
            text, i = source[i + 1 : close].strip(), close + 1
            kind = "pane" if is_pane else "phrase"
        else:
            end = i
            while end < n and not folded[end].isspace() and folded[end] != '"':
                end += 1
            text, i = source[i:end], end
            kind = "pane" if is_pane else "term"
            op = _operator(text) if not negated and not is_pane else None
            if op == "OR":
                out.append(_Lexeme("or"))
                continue
            if op == "AND":
                continue
            if op == "NOT" and _next_is_atom(folded, i):
                negate_next = True
                continue
        if not text:
            if is_pane or negated:  # `pane:""` or `-""`: keep what was typed as text
                out.append(_Lexeme("term", source[start:i].strip('"')))
            continue
        out.append(_Lexeme(kind, text, negated))
    return out


def _next_is_atom(folded: str, i: int) -> bool:
    rest = folded[i:].split()
    return bool(rest) and rest[0] not in ("or", "and", "not")


def _operator(word: str) -> str | None:
    normal = unicodedata.normalize("NFKC", word)
    return normal if normal in _OPERATORS else None


def _quote_if_spaced(text: str) -> str:
    return f'"{text}"' if any(c.isspace() for c in text) else text
