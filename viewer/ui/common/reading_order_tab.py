"""Tab and Shift+Tab in the panels' reading order, mixed into the main window.

Kept apart from keyboard_focus (and importing it only at the first Tab) so that the Qt classes
that module names are not loaded before the window's first frame.
"""

from __future__ import annotations


class ReadingOrderTab:
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        from viewer.ui.common.keyboard_focus import step_focus

        return step_focus(self, next) or super().focusNextPrevChild(next)
