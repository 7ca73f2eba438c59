"""A ranking read only as far as it is asked: the base of the library's merged orders."""

from __future__ import annotations

from collections.abc import Sequence


class LazyOrder(Sequence):
    """(rel_path, score) best first; a subclass sets `_len` and `_out` and extends `_out` in
    `_fill(wanted)` until it holds `wanted` items (or all)."""

    _len: int
    _out: list

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, at):
        if isinstance(at, slice):
            start, stop, _ = at.indices(self._len)
            self._fill(self._len if at.step is not None or start > stop else stop)
            return self._out[at]
        self._fill(at + 1 if at >= 0 else self._len)
        return self._out[at]

    def __iter__(self):
        return iter(self[:])

    def _fill(self, wanted: int) -> None:
        raise NotImplementedError
