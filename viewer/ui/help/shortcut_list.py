"""The shortcuts a window really has, read from its live QAction and QShortcut objects.

Nothing here lists keys by hand: every entry comes from an object whose keys Qt would act on,
so the list cannot drift from the app. An entry's group is the `shortcut_group` property its
feature set (an English name, translated here; panel actions that sit in no menu use it), else
the top-level menu the action sits in. Actions only in context menus are copies of ones in the
menus and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate

GROUP_PROPERTY = "shortcut_group"
TEXT_PROPERTY = "shortcut_text"  # a QShortcut's description (it has no text of its own)
# Actions sharing this property (an English text) are one row: "Go to topic 1–9", Ctrl+1 … Ctrl+9
SERIES_PROPERTY = "shortcut_series"
# Known groups, in the order shown; groups not listed here follow them.
GROUPS = (
    QT_TRANSLATE_NOOP("Help", "File"),
    QT_TRANSLATE_NOOP("Help", "View"),
    QT_TRANSLATE_NOOP("Help", "Go"),
    QT_TRANSLATE_NOOP("Help", "Search"),
    QT_TRANSLATE_NOOP("Help", "Bookmarks"),
    QT_TRANSLATE_NOOP("Help", "Articles"),
    QT_TRANSLATE_NOOP("Help", "Library"),
    QT_TRANSLATE_NOOP("Help", "Comparison"),
    QT_TRANSLATE_NOOP("Help", "Help"),
    QT_TRANSLATE_NOOP("Help", "General"),
)
_ACCELERATOR = re.compile(r"\s*\(&\w\)|&(?=\S)")  # "文件(&F)" and "&File" read as shown


@dataclass(frozen=True)
class Entry:
    group: str  # as shown, in the current language
    text: str  # what the action does, as shown
    keys: tuple[str, ...]  # each key sequence in native text ("Ctrl+G")
    portable: tuple[str, ...]  # the same in Qt's portable text, for matching typed key names

    def key_text(self) -> str:
        return ", ".join(self.keys)

    def matches(self, needle: str) -> bool:
        """`needle` (any case) in the text, a key or the group."""
        needle = needle.strip().casefold()
        haystack = (self.text, self.group, *self.keys, *self.portable)
        return not needle or any(needle in part.casefold() for part in haystack)


def shown_text(text: str) -> str:
    return _ACCELERATOR.sub("", text).replace("&&", "&").strip()


def collect(root: QWidget) -> list[Entry]:
    """Every shortcut of `root` and its children (panels, docks, dialogs), grouped, in order."""
    bar = root.findChild(QMenuBar)
    menu_order = [shown_text(a.text()) for a in bar.actions()] if bar else []
    found: dict[tuple, Entry] = {}
    series: dict[str, list[QAction]] = {}
    for action in root.findChildren(QAction):
        name = action.property(SERIES_PROPERTY)
        if name:
            series.setdefault(str(name), []).append(action)
            continue
        entry = _action_entry(action)
        if entry is not None:
            found.setdefault((entry.group, entry.text, entry.keys), entry)
    for name, actions in series.items():
        entry = _series_entry(name, actions)
        if entry is not None:
            found.setdefault((entry.group, entry.text, entry.keys), entry)
    for shortcut in root.findChildren(QShortcut):
        entry = _shortcut_entry(shortcut)
        if entry is not None:
            found.setdefault((entry.group, entry.text, entry.keys), entry)
    help_group = translate("Help", "Help")  # last, as in the menu bar, after panel-only groups
    order = [*menu_order, *(translate("Help", g) for g in GROUPS)]
    order = [g for g in order if g != help_group] + [help_group]

    def rank(entry: Entry) -> tuple[int, str]:
        place = order.index(entry.group) if entry.group in order else len(order)
        return (place, entry.group)

    return sorted(found.values(), key=rank)  # stable: entries keep their order in a group


def pc_key(sequence: QKeySequence) -> bool:
    """True when every key of `sequence` is on a PC keyboard: Qt's standard keys also bind
    F14 and the Sun keyboard's Undo, which nobody can press."""
    for index in range(sequence.count()):
        key = sequence[index].key()
        if key >= Qt.Key.Key_Escape and not (
            Qt.Key.Key_Escape <= key <= Qt.Key.Key_PageDown
            or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F12
            or key == Qt.Key.Key_Menu
        ):
            return False
    return True


def key_name(sequence: QKeySequence) -> str:
    """The keys as their caps read ("Ctrl+PgDown", "Alt+Left"), the same in every language
    (Qt's native text mixes 左方向 with PgDown); Return and keypad Enter are one Enter key."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return "+".join("Enter" if part == "Return" else part for part in text.split("+"))


def _keys(sequences: list[QKeySequence]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    portable = QKeySequence.SequenceFormat.PortableText
    usable = [s for s in sequences if not s.isEmpty() and pc_key(s)]
    shown = {key_name(s): s.toString(portable) for s in usable}  # each key name once
    return tuple(shown), tuple(shown.values())


def _action_entry(action: QAction) -> Entry | None:
    keys, portable = _keys(action.shortcuts())
    if not keys or action.isSeparator():
        return None
    group = _property_group(action) or _menu_group(action)
    if group is None:
        return None
    text = shown_text(action.text()) or shown_text(action.toolTip())
    return Entry(group, text, keys, portable)


def _series_entry(name: str, actions: list[QAction]) -> Entry | None:
    """One row for a run of numbered actions, whichever of them the document uses now."""
    keys, portable = _keys([s for a in actions for s in a.shortcuts()])
    group = _property_group(actions[0]) or _menu_group(actions[0])
    if not keys or group is None:
        return None
    shown = f"{keys[0]} … {keys[-1]}" if len(keys) > 1 else keys[0]
    return Entry(group, translate("Help", name), (shown,), portable)


def _shortcut_entry(shortcut: QShortcut) -> Entry | None:
    keys, portable = _keys(shortcut.keys())
    if not keys:
        return None
    described = shortcut.property(TEXT_PROPERTY) or shortcut.whatsThis()
    text = str(described) if described else translate("Help", "(no description)")
    return Entry(_property_group(shortcut) or translate("Help", "General"), text, keys, portable)


def _property_group(item) -> str:
    value = item.property(GROUP_PROPERTY)
    return translate("Help", str(value)) if value else ""


def _menu_group(action: QAction) -> str | None:
    """The top-level menu holding `action`; "General" for one only added to widgets; None for
    one that lives only in a context menu."""
    owners = action.associatedObjects()
    for owner in owners:
        if isinstance(owner, QMenu):
            top = _top_menu(owner)
            if top is not None:
                return _menu_title(top)
    if any(isinstance(o, QWidget) and not isinstance(o, QMenu) for o in owners):
        return translate("Help", "General")
    return None


def _top_menu(menu: QMenu) -> QMenu | None:
    """The menu-bar menu `menu` is (or sits under); None for a context menu."""
    seen: set[int] = set()
    while id(menu) not in seen:
        seen.add(id(menu))
        holders = menu.menuAction().associatedObjects()
        if any(isinstance(h, QMenuBar) for h in holders):
            return menu
        parent = next((h for h in holders if isinstance(h, QMenu)), None)
        if parent is None:
            return None
        menu = parent
    return None


def _menu_title(menu: QMenu) -> str:
    # A menu named "menu_view" is the View menu whatever its shown title: use our own words.
    name = menu.objectName()
    if name.startswith("menu_") and name[5:].capitalize() in GROUPS:
        return translate("Help", name[5:].capitalize())
    title = shown_text(menu.title())
    return translate("Help", title) if title in GROUPS else title
