"""Character folding for matching: one character in, one character out.

Search and bookmark anchoring compare folded text. Folding maps full-width forms to half-width
(`ｕｂｅｒ`→`uber`, `，`→`,`, `＋`→`+`), Latin to lower case, and traditional Chinese characters to
simplified ones (OpenCC's t2s table, applied per character). Because every character folds to
exactly one character, an offset into folded text is the same offset into the original, which is
what lets highlights land on the reader's own text.

Invisible format characters (zero-width space/joiners, word joiner, BOM, soft hyphen) cannot be
folded one to one, so the text model drops them where text enters it (`drop_invisible`): the
passage texts of a document and the words of a query. `红\u200b包` then reads, matches and
quotes as 红包, and offsets into passage texts stay offsets into what search and quotes see.
"""

from __future__ import annotations

import re
import threading
import unicodedata

# Characters that show nothing and only hint at line breaking, joining or direction: soft hyphen,
# combining grapheme joiner, Mongolian vowel separator, zero-width space/non-joiner/joiner,
# left-to-right/right-to-left marks, word joiner and invisible operators, BOM.
INVISIBLE = "\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff"  # a regex class body
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_table: dict[int, str] = {}
_lock = threading.Lock()
_converter = None


def fold(text: str) -> str:
    """Fold `text` for matching; len(fold(text)) == len(text) always. Text already folded is
    given back as the same object: callers that keep both (a library's titles) hold one."""
    missing = {c for c in set(text) if ord(c) not in _table}
    if missing:
        _learn(missing)
    folded = text.translate(_table)
    return text if folded == text else folded


def drop_invisible(text: str) -> str:
    """`text` without the INVISIBLE characters (the same object when it holds none)."""
    if _INVISIBLE.search(text) is None:  # most text holds none: keep the same object
        return text
    return _INVISIBLE.sub("", text)


def _learn(chars: set[str]) -> None:
    with _lock:
        pending = sorted(c for c in chars if ord(c) not in _table)
        if not pending:
            return
        width_folded = [_fold_width_case(c) for c in pending]
        simplified = _to_simplified(width_folded)
        for original, folded in zip(pending, simplified, strict=True):
            _table[ord(original)] = folded


def _fold_width_case(char: str) -> str:
    if char.isascii():
        return char.lower()
    normal = unicodedata.normalize("NFKC", char)
    if len(normal) != 1:
        normal = char
    lowered = normal.lower()
    return lowered if len(lowered) == 1 else normal


def _to_simplified(chars: list[str]) -> list[str]:
    cjk = [c for c in chars if not c.isascii()]
    if not cjk:
        return chars
    converted = _t2s().convert("\n".join(cjk)).split("\n")
    if len(converted) != len(cjk):  # never seen; keep the characters rather than misalign
        return chars
    mapping = {c: s if len(s) == 1 else c for c, s in zip(cjk, converted, strict=True)}
    return [mapping.get(c, c) for c in chars]


def _t2s():
    global _converter
    if _converter is None:
        import opencc

        _converter = opencc.OpenCC("t2s.json")
    return _converter
