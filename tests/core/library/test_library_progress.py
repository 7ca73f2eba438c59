"""The bar and the time left of a first index (trial D6): on the laws the bar stayed at 3% while
the first quarter was parsed, and the time left said 2-4x the time really left."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from viewer.core.library.progress import WRITE_RATIO, Tally


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _tally(files: int = 100):
    clock = Clock()
    todo = [SimpleNamespace(rel_path=f"{n}.md", size=1000) for n in range(files)]
    return Tally(todo, commit_every=5000, clock=clock), clock


def _parse(tally, clock, first: int, last: int, seconds_each: float) -> None:
    for n in range(first, last):
        clock.now += seconds_each
        tally.parsed(f"{n}.md")


def test_the_bar_moves_with_each_parsed_file_before_the_first_batch_is_written():
    tally, clock = _tally()
    _parse(tally, clock, 0, 25, 0.2)  # a quarter parsed, nothing written yet
    # parsing is a measured share of the work (1 / (1 + WRITE_RATIO)), not 15% of it
    assert tally.done() == int(25 / (1 + WRITE_RATIO))
    assert tally.done() >= 10


def test_the_time_left_is_the_measured_rate_times_the_work_left():
    tally, clock = _tally()
    _parse(tally, clock, 0, 10, 0.2)  # 2 s for a tenth
    assert tally.eta() == pytest.approx(0.2 * (90 + WRITE_RATIO * 100))
    clock.now += 3.0  # the first batch of 10 takes 3 s to write: 1.5 s per second of parsing
    tally.committed()
    assert tally.done() == 10  # written: the whole share
    _parse(tally, clock, 10, 20, 0.2)
    assert tally.eta() == pytest.approx(0.2 * (80 + 1.5 * 90))


def test_the_bar_never_goes_back_and_reaches_the_total_only_when_all_is_written():
    tally, clock = _tally(40)
    bar = []
    for batch in range(4):
        _parse(tally, clock, batch * 10, batch * 10 + 10, 0.1)
        bar.append(tally.done())
        clock.now += 2.0 + batch  # batches take longer to write: the ratio changes
        tally.committed()
        bar.append(tally.done())
    assert bar == sorted(bar) and bar[-2] < 40 and bar[-1] == 40
