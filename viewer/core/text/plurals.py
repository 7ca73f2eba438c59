"""Counts with the right English noun: "1 match", "2 matches", "1,204 documents"."""

from __future__ import annotations


def count_noun(n: int, one: str, many: str | None = None) -> str:
    """`n` and its noun, singular only for exactly one; thousands separated."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
