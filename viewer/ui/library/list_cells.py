"""What each cell of the library's document list shows, role by role: a work's or a document's
row (title, folder, date; the file and its versions in the tooltip) and a version's row beneath
its work (status, folder, date). Made when the view asks, for the rows it paints."""

from __future__ import annotations

from PySide6.QtCore import Qt

from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from viewer.ui.common.plain_text import rich_safe

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry a row opens (a work: its newest version)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # a version row: current / superseded / ...
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
COLUMNS = (
    QT_TRANSLATE_NOOP("Library", "Title"),
    QT_TRANSLATE_NOOP("Library", "Folder"),
    QT_TRANSLATE_NOOP("Library", "Date"),
)
TITLE, CATEGORY, DATE = range(3)
# A version's status (viewer.core.versions.families) as the list shows it; others as they are.
STATUSES = {
    "current": QT_TRANSLATE_NOOP("Library", "current"),
    "superseded": QT_TRANSLATE_NOOP("Library", "superseded"),
    "undated": QT_TRANSLATE_NOOP("Library", "undated"),
    "repealed": QT_TRANSLATE_NOOP("Library", "repealed"),
}


def status_label(status: str) -> str:
    return translate("Library", STATUSES[status]) if status in STATUSES else status


def entry_title(entry) -> str:
    return entry.title or entry.rel_path.rpartition("/")[2]


DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def row_data(node, column: int, role):
    """A top-level row's cell: `node` is a model.Node (one document, or a work's versions)."""
    entry = node.newest
    if role == DISPLAY or column != TITLE:
        return _shown(entry, column, role, _row_title(node))
    if role == ENTRY_ROLE:
        return entry
    if role == TOOLTIP:
        return rich_safe(_work_tip(node) if node.is_work else _file_tip(entry))
    if role == ACCESSIBLE and node.is_work:
        count = len(node.entries)  # a name: lupdate skips a call counting with an expression
        versions = translate("Library", "{title}, %n version(s)", None, count)
        return versions.format(title=entry_title(entry))
    return None


def version_data(entry, status: str, column: int, role, dated: bool = False):
    """A version's cell, beneath its work: its status, and its date too when `dated` (a narrow
    panel hides the date column, and "current" / "superseded" alone tell versions apart by
    nothing)."""
    if role == DISPLAY or column != TITLE:
        label = status_label(status)
        if dated and column == TITLE:
            label = f"{entry.date or translate('Library', 'no date')} · {label}"
        return _shown(entry, column, role, label)
    if role == ENTRY_ROLE:
        return entry
    if role == STATUS_ROLE:
        return status
    if role == ACCESSIBLE:
        return f"{status_label(status)}, {entry.date}"
    if role == TOOLTIP:
        return rich_safe(entry.display_path)
    return None


def _shown(entry, column: int, role, title: str):
    """A cell's text (`title` in the first column); other columns answer no other role."""
    if role != DISPLAY:
        return None
    if column == TITLE:
        return title
    return entry.category if column == CATEGORY else entry.date


def _row_title(node) -> str:
    entry = node.newest
    title = ("⚠ " if entry.error else "") + entry_title(entry)
    return f"{title} ({len(node.entries)})" if node.is_work else title


def _file_tip(entry) -> str:
    tip = entry.display_path
    return f"{tip}\n{entry.error}" if entry.error else tip


def _work_tip(node) -> str:
    no_date = translate("Library", "no date")
    return "\n".join(
        f"{e.date or no_date} · {status_label(status)} · {e.display_path}"
        for e, status in zip(node.entries, node.statuses, strict=True)
    )
