"""How the window names a pane: by its own title, except the overview (the text before a law's
first chapter), whose name is the interface's."""

from __future__ import annotations

from viewer.core.document.model import OVERVIEW_TITLE
from viewer.ui.common.i18n import translate


def shown_pane_title(title: str) -> str:
    if title == OVERVIEW_TITLE:
        return translate("Document", "Overview")
    return title
