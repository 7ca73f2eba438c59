"""View › Panels entries get accelerators too (Alt+V, P, then a letter).

Their texts are the panels' titles, which Qt copies into each toggle action, so the letters
are added whenever the menu opens: the first letter of the English title's words (else of the
title) that no earlier entry took. English shows it inline (&Topics); a translated title gets
it after, as Chinese menus write it (专题(&T)).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDockWidget, QMenu

from viewer.ui.common import dock_titles

_LETTER = re.compile(r"&([^&\s])")


def _candidates(source: str) -> list[str]:
    initials = [word[0] for word in source.split() if word[:1].isalpha()]
    return [c.upper() for c in initials + list(source) if c.isascii() and c.isalpha()]


def accelerated(title: str, source: str, taken: set[str]) -> str:
    """`title` with an accelerator no key in `taken` has (added to `taken`)."""
    letter = next((c for c in _candidates(source) if c not in taken), None)
    if letter is None:
        return title
    taken.add(letter)
    if title == source:  # shown in English: mark the letter where it stands, at a word start
        hits = [i for i, c in enumerate(title) if c.upper() == letter]
        at = next((i for i in hits if i == 0 or title[i - 1] == " "), hits[0])
        return f"{title[:at]}&{title[at:]}"
    return f"{title}(&{letter})"


def add_accelerators(menu: QMenu) -> None:
    # Letters the menu's own entries (Next Panel, …) already have stay theirs.
    own = [a for a in menu.actions() if not isinstance(a.parent(), QDockWidget)]
    taken = {m.group(1).upper() for a in own if (m := _LETTER.search(a.text()))}
    for action in menu.actions():
        dock = action.parent()
        if not isinstance(dock, QDockWidget):
            continue
        title = dock.windowTitle().replace("&", "")
        source = dock_titles.source_title(dock) or title
        action.setText(accelerated(title, source, taken))


def install(menu: QMenu) -> None:
    menu.aboutToShow.connect(lambda: add_accelerators(menu))
