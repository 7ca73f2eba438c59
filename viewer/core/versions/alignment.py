"""Align two lists of article bodies: which old article became which new one.

1. Identical bodies pair first (spacing ignored; repeated bodies pair in order).
2. The longest chain of those pairs that keeps both orders is the backbone; identical pairs off
   the chain are moves.
3. Between two backbone pairs, the unpaired articles are aligned in order by similarity (difflib
   ratio of the bodies) with a dynamic programme that maximises the total similarity above a
   floor, so a rewritten article pairs with its counterpart and not with a neighbour; a lone
   article replaced by a lone article between unchanged neighbours needs less similarity.
4. What is still unpaired on both sides pairs as a move when clearly similar; the rest is
   removed or added.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from difflib import SequenceMatcher

IN_ORDER_FLOOR = 0.45  # below this, two articles in the same place are not one article
SLOT_FLOOR = 0.3  # one article between two unchanged neighbours, replaced by one: a rewrite
MOVE_FLOOR = 0.6  # a pair out of order needs more evidence than one in order
_PREFILTER = 0.25  # bigram overlap below this cannot reach the floors: skip difflib


@dataclass(frozen=True)
class Link:
    old: int
    new: int
    ratio: float  # 1.0 for identical bodies
    in_order: bool


def align(old: list[str], new: list[str]) -> list[Link]:
    """Links between old[i] and new[j], sorted by new index."""
    exact = _exact_pairs(old, new)
    chain = set(_increasing_chain(exact))
    links = [Link(i, j, 1.0, (i, j) in chain) for i, j in exact]
    grams_old, grams_new = [_bigrams(t) for t in old], [_bigrams(t) for t in new]
    scorer = _Scorer(old, new, grams_old, grams_new)
    paired_old, paired_new = {i for i, _ in exact}, {j for _, j in exact}
    bounds = [(-1, -1), *sorted(chain), (len(old), len(new))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
        olds = [i for i in range(i0 + 1, i1) if i not in paired_old]
        news = [j for j in range(j0 + 1, j1) if j not in paired_new]
        links.extend(_align_gap(olds, news, scorer))
    links.extend(_moves(links, len(old), len(new), scorer))
    return sorted(links, key=lambda link: (link.new, link.old))


def _exact_pairs(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    positions: dict[str, list[int]] = {}
    for j, text in enumerate(new):
        positions.setdefault(text, []).append(j)
    pairs = []
    for i, text in enumerate(old):
        free = positions.get(text)
        if free and text:
            pairs.append((i, free.pop(0)))
    return pairs


def _increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence increasing in both indexes (pairs come sorted by old index)."""
    tails: list[int] = []  # new index ending a chain of each length
    tail_at: list[int] = []  # which pair ends it
    back: list[int] = []
    for k, (_, j) in enumerate(pairs):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[length], tail_at[length] = j, k
        back.append(tail_at[length - 1] if length else -1)
    chain, k = [], tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]


class _Scorer:
    def __init__(self, old, new, grams_old, grams_new) -> None:
        self.old, self.new = old, new
        self.grams_old, self.grams_new = grams_old, grams_new
        self.cache: dict[tuple[int, int], float] = {}

    def ratio(self, i: int, j: int) -> float:
        if (i, j) not in self.cache:
            self.cache[(i, j)] = self._ratio(i, j)
        return self.cache[(i, j)]

    def _ratio(self, i: int, j: int) -> float:
        a, b = self.grams_old[i], self.grams_new[j]
        if not a or not b or 2 * len(a & b) / (len(a) + len(b)) < _PREFILTER:
            return 0.0
        return SequenceMatcher(None, self.old[i], self.new[j], autojunk=False).ratio()


def _align_gap(olds: list[int], news: list[int], scorer: _Scorer) -> list[Link]:
    """Order-keeping pairing of two runs that maximises the summed similarity above the floor."""
    if not olds or not news:
        return []
    rows, cols = len(olds), len(news)
    floor = SLOT_FLOOR if rows == cols == 1 else IN_ORDER_FLOOR
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    step = [[""] * (cols + 1) for _ in range(rows + 1)]  # how best[r][c] was reached
    for r in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            gain = scorer.ratio(olds[r], news[c]) - floor
            options = [(best[r + 1][c], "skip old"), (best[r][c + 1], "skip new")]
            if gain > 0:
                options.append((best[r + 1][c + 1] + gain, "pair"))
            best[r][c], step[r][c] = max(options)
    links, r, c = [], 0, 0
    while r < rows and c < cols:
        if step[r][c] == "pair":
            links.append(Link(olds[r], news[c], scorer.ratio(olds[r], news[c]), True))
            r, c = r + 1, c + 1
        elif step[r][c] == "skip old":
            r += 1
        else:
            c += 1
    return links


def _moves(links: list[Link], n_old: int, n_new: int, scorer: _Scorer) -> list[Link]:
    """Greedy best-first pairing of what is left, for articles moved and rewritten."""
    used_old, used_new = {k.old for k in links}, {k.new for k in links}
    olds = [i for i in range(n_old) if i not in used_old]
    news = [j for j in range(n_new) if j not in used_new]
    scored = [(scorer.ratio(i, j), i, j) for i in olds for j in news]
    moves = []
    for ratio, i, j in sorted(scored, reverse=True):
        if ratio < MOVE_FLOOR:
            break
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        moves.append(Link(i, j, ratio, False))
    return moves


def _bigrams(text: str) -> set[str]:
    return {text[k : k + 2] for k in range(len(text) - 1)}
