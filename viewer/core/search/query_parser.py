"""The search box's query language, parsed into a small tree that never fails to exist.

    深圳 腾讯            both words (AND)
    红包 OR 保险         either word; OR binds tighter than AND:
                         `深圳 腾讯 OR 阿里` means 深圳 AND (腾讯 OR 阿里)
    -红包 / NOT 红包     passages without the word
    "连接一切"           exact phrase (may contain spaces and operator words); the quotation
                         marks Chinese input methods type work too: “…” ‘…’ 「…」 『…』 ＂…＂
    pane:金融            only panes whose title or id contains 金融 (several pane: filters = any)
    -pane:金融           not in those panes

Every word is matched as a substring of the folded text (see viewer.core.text.folding), so Chinese
needs no spaces. Anything odd is text, never an error: an unbalanced quote is dropped, a dangling
OR/NOT is ignored or taken literally, and a query with nothing to look for (`-红包` alone, `OR`)
is searched as plain text. Zero-width characters are dropped (folding.drop_invisible).

The work a query can cause is bounded: repeated words are searched once, and only the first
MAX_TERMS words (each cut to MAX_TERM_CHARS, at most MAX_LONE_CHARS of them single characters)
of the first MAX_QUERY_CHARS characters are kept; `ParsedQuery.notice` then says what was left
out, for the UI and CLI to show.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from viewer.core.search.query_limits import (  # noqa: F401 - the limits, read from here too
    MAX_LONE_CHARS,
    MAX_QUERY_CHARS,
    MAX_TERM_CHARS,
    MAX_TERMS,
)
from viewer.core.search.query_notice import bounds_notice
from viewer.core.text.folding import drop_invisible, fold
from viewer.core.text.tokens import units

_OPERATORS = {"OR", "AND", "NOT"}
_PANE = "pane:"
# Opening quotation mark -> closing ones (＂ folds to "). People type either kind of closing
# mark after “ or ‘ (some input methods give the opening one twice), so both are accepted.
_QUOTES = {'"': '"', "“": "”“", "‘": "’‘", "「": "」", "『": "』"}
_NEXT_WORD = re.compile(r"\s*(\S+)")
_WORD_END = re.compile(f"[\\s{re.escape(''.join(_QUOTES))}]")


@dataclass(frozen=True)
class Term:
    text: str  # as typed
    folded: str
    phrase: bool = False
    negated: bool = False

    def render(self) -> str:
        needs_quotes = (
            self.phrase
            or any(c.isspace() or c in _QUOTES for c in self.folded)
            or self.text.startswith("-")
            or _operator(self.text) is not None
        )
        body = self.text
        if needs_quotes:  # in the first quotation marks whose closing mark it does not hold
            opener = next((o for o in _QUOTES if not set(_QUOTES[o]) & set(self.folded)), '"')
            body = f"{opener}{body}{_QUOTES[opener][0]}"
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
    notice: str | None = None  # what was left out of an oversized query, for the user

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
    text = drop_invisible(source)
    bounds = _Bounds(read_all=len(text) <= MAX_QUERY_CHARS)
    text = text[:MAX_QUERY_CHARS]
    clauses: list[list[Term]] = []
    panes: list[str] = []
    excluded: list[str] = []
    pending_or = False
    for lex in _lex(text):
        if lex.kind == "or":
            pending_or = bool(clauses)
            continue
        if lex.kind == "pane":
            (excluded if lex.negated else panes).append(fold(lex.text))
            pending_or = False
            continue
        term = bounds.term(lex.text, lex.kind == "phrase", lex.negated)
        if pending_or:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        if term.negated and not pending_or:  # -第26条: AND of negations, one clause each
            clauses += [[alt] for alt in _numeral_alternatives(term)]
        elif not term.negated:
            clauses[-1] += _numeral_alternatives(term)
        pending_or = False
    has_positive = any(not t.negated for c in clauses for t in c)
    if not has_positive and not panes and (clauses or (not excluded and text.strip())):
        plain = bounds.term(text.strip(), False, False)
        return ParsedQuery(source, ((plain,),), plain_text=True, notice=bounds.notice())
    return ParsedQuery(
        source,
        bounds.clauses(clauses),
        bounds.unique(panes),
        bounds.unique(excluded),
        notice=bounds.notice(),
    )


class _Bounds:
    """Dedupes a query's words and cuts it to MAX_TERMS words of MAX_TERM_CHARS, counting what
    it leaves out so the user can be told."""

    def __init__(self, read_all: bool) -> None:
        self.read_all = read_all
        self.cut_words = 0
        self.dropped = 0
        self.lone: dict[tuple, bool] = {}  # words ending in a lone CJK character -> left out?

    def term(self, text: str, phrase: bool, negated: bool) -> Term:
        if len(text) > MAX_TERM_CHARS:
            self.cut_words += 1
            text = text[:MAX_TERM_CHARS]
        return Term(text, fold(text), phrase, negated)

    def clauses(self, clauses: list[list[Term]]) -> tuple[tuple[Term, ...], ...]:
        """Each clause without repeated words, repeated clauses once, MAX_TERMS words in all
        (a word and its phrase or traditional form match alike, so they count as repeats)."""
        out: list[tuple[Term, ...]] = []
        seen: set[frozenset] = set()
        kept = 0
        for clause in clauses:
            terms = {}
            for term in clause:
                if (term.folded, term.negated) not in terms and self._too_many_lone(term):
                    continue
                terms.setdefault((term.folded, term.negated), term)
            if not terms:
                continue
            key = frozenset(terms)
            if key in seen:
                continue
            seen.add(key)
            room = max(0, MAX_TERMS - kept)
            self.dropped += max(0, len(terms) - room)
            if room:
                out.append(tuple(terms.values())[:room])
                kept += len(out[-1])
        return tuple(out)

    def _too_many_lone(self, term: Term) -> bool:
        parts = list(units(term.folded))
        if not parts or parts[-1].kind != "cjk" or len(parts[-1].text) != 1:
            return False
        key = (term.folded, term.negated)
        if key not in self.lone:
            self.lone[key] = len(self.lone) >= MAX_LONE_CHARS  # True: left out
        return self.lone[key]

    def unique(self, needles: list[str]) -> tuple[str, ...]:
        unique = list(dict.fromkeys(needles))
        self.dropped += max(0, len(unique) - MAX_TERMS)
        return tuple(unique[:MAX_TERMS])

    def notice(self) -> str | None:
        return bounds_notice(self)


def _numeral_alternatives(term: Term) -> list[Term]:
    """第26条 also matches 第二十六条 and the reverse (viewer.core.text.numeral_variants);
    a negated term's alternatives are negated too."""
    from viewer.core.text.numeral_variants import numeral_variants

    return [Term(v, fold(v), term.phrase, term.negated) for v in numeral_variants(term.text)]


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
        if folded[i] in _QUOTES:
            close = _closing(folded, i)
            if close < 0:  # unbalanced: drop the quote, read on as words
                i += 1
                negate_next = negated
                continue
            text, i = source[i + 1 : close].strip(), close + 1
            kind = "pane" if is_pane else "phrase"
        else:
            stop = _WORD_END.search(folded, i)
            end = stop.start() if stop else n
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


def _closing(folded: str, i: int) -> int:
    """Position of the mark closing the quote opened at `i`, or -1."""
    found = [at for mark in _QUOTES[folded[i]] if (at := folded.find(mark, i + 1)) >= 0]
    return min(found, default=-1)


def _next_is_atom(folded: str, i: int) -> bool:
    word = _NEXT_WORD.match(folded, i)  # a match, not a split of the rest: NOT chains stay linear
    return word is not None and word.group(1) not in ("or", "and", "not")


def _operator(word: str) -> str | None:
    normal = unicodedata.normalize("NFKC", word)
    return normal if normal in _OPERATORS else None


def _quote_if_spaced(text: str) -> str:
    return f'"{text}"' if any(c.isspace() for c in text) else text
