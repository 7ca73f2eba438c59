"""The bookmarks panel's texts, tooltips and accessible names, in the interface language.

`retranslate(panel)` runs when the panel is built and again after each language switch.
"""

from __future__ import annotations

from viewer.ui.common.i18n import translate


def retranslate(panel) -> None:
    """Every text of the panel, in the current language (runs again after a switch)."""
    panel.filter_edit.setPlaceholderText(translate("Bookmarks", "Filter: text, note, #tag, topic"))
    panel.all_documents.setText(translate("Bookmarks", "All documents"))
    panel.sort_box.setItemText(0, translate("Bookmarks", "By position"))
    panel.sort_box.setItemText(1, translate("Bookmarks", "Newest first"))
    panel.undo_button.setText(translate("Bookmarks", "Undo"))
    panel.undo_button.setToolTip(translate("Bookmarks", "Restore the deleted bookmark (Ctrl+Z)"))
    panel.edit_button.setText(translate("Bookmarks", "Edit…"))
    panel.delete_button.setText(translate("Bookmarks", "Delete"))
    panel.cite_button.setText(translate("Bookmarks", "Cite"))
    panel.reattach_button.setText(translate("Bookmarks", "Re-attach to selection"))
    panel.reattach_button.setToolTip(
        translate("Bookmarks", "Anchor this bookmark to the text selected in the document")
    )
    panel.memo_button.setText(translate("Bookmarks", "Excerpt memo…"))
    button_tips(panel)
    accessible_texts(panel)


def _tips() -> dict[str, str]:
    """What each button acting on bookmarks does."""
    return {
        "edit": translate("Bookmarks", "Edit note, tags and colour (F2)"),
        "delete": translate("Bookmarks", "Delete the bookmark (Del)"),
        "cite": translate("Bookmarks", "Copy a citation to the clipboard (Ctrl+Shift+C)"),
        "memo": translate("Bookmarks", "A memo of the bookmarks listed: Word, PDF, HTML, Markdown"),
    }


def button_tips(panel) -> None:
    """Tooltips of the buttons acting on bookmarks: a disabled one says what it waits for
    (runs whenever the list or its selection changes)."""
    tips = _tips()
    if panel.proxy.rowCount():
        why = translate("Bookmarks", "Select a bookmark in the list first.")
    elif panel.model.rowCount():
        why = translate("Bookmarks", "No bookmarks match the filter.")
    else:
        why = translate("Bookmarks", "No bookmarks are listed: add one with Ctrl+D first.")
    for name in ("edit", "delete", "cite", "memo"):
        button = getattr(panel, f"{name}_button")
        button.setToolTip(tips[name] if button.isEnabled() else why)


def accessible_texts(panel) -> None:
    """Names and descriptions a screen reader announces for each control."""
    tips = _tips()
    for widget, name, description in (
        (
            panel.filter_edit,
            translate("Bookmarks", "Filter bookmarks"),
            translate("Bookmarks", "Shows only the bookmarks containing every word typed"),
        ),
        (
            panel.all_documents,
            translate("Bookmarks", "All documents"),
            translate("Bookmarks", "List the bookmarks of every document, not only the open one"),
        ),
        (
            panel.sort_box,
            translate("Bookmarks", "Sort bookmarks"),
            translate("Bookmarks", "By position in the document, or newest first"),
        ),
        (
            panel.list_view,
            translate("Bookmarks", "Bookmarks"),
            translate(
                "Bookmarks",
                "Enter opens a bookmark, F2 edits it, Delete deletes it, Ctrl+Z undoes",
            ),
        ),
        (panel.undo_button, translate("Bookmarks", "Undo"), panel.undo_button.toolTip()),
        (panel.edit_button, translate("Bookmarks", "Edit bookmark"), tips["edit"]),
        (
            panel.delete_button,
            translate("Bookmarks", "Delete bookmark"),
            tips["delete"],
        ),
        (panel.cite_button, translate("Bookmarks", "Copy citation"), tips["cite"]),
        (
            panel.reattach_button,
            translate("Bookmarks", "Re-attach to selection"),
            panel.reattach_button.toolTip(),
        ),
        (panel.memo_button, translate("Bookmarks", "Excerpt memo"), tips["memo"]),
    ):
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)
