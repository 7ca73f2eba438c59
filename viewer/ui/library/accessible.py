"""What a screen reader says for each control of the library's panels, in the interface language.

Called from each panel's retranslation, so names and descriptions follow a language switch.
Buttons with a clear text keep it as their name; fields, lists and trees get one here.
"""

from __future__ import annotations

from viewer.ui.common.accessible_names import name as _name
from viewer.ui.common.i18n import translate


def name_view_controls(view) -> None:
    """The Library panel: filter, document list, indexing controls, problems."""
    _name(
        view.filter_box,
        translate("Library", "Filter the library"),
        translate("Library", "Shows only documents whose title or folder holds these words"),
    )
    _name(
        view.table,
        translate("Library", "Library documents"),
        translate("Library", "Enter opens the chosen document; a work opens its newest version"),
    )
    _name(
        view.cancel_button,
        view.cancel_button.text(),
        translate("Library", "Stops indexing, keeping what is done, or resumes it"),
    )
    problems = translate("Library", "Files that could not be read")
    _name(
        view.problems_button,
        problems,
        translate("Library", "Shows or hides the list of files that could not be read"),
    )
    _name(
        view.problems_list,
        problems,
        translate("Library", "Each file with the reason it was not read"),
    )
    _name(view.progress_bar, translate("Library", "Indexing progress"), "")


def name_search_controls(panel) -> None:
    """The Library search panel: query, filters, results."""
    _name(
        panel.box,
        translate("Library", "Search the library"),
        translate("Library", "Words to find in every document of the library"),
    )
    _name(
        panel.category,
        translate("Library", "Folder"),
        translate("Library", "Searches only the documents of this folder"),
    )
    _name(
        panel.date_from,
        translate("Library", "From date"),
        translate("Library", "Earliest document date, as 2000, 2000-01 or 2000-01-01"),
    )
    _name(
        panel.date_to,
        translate("Library", "To date"),
        translate("Library", "Latest document date, as 2024, 2024-12 or 2024-12-31"),
    )
    _name(
        panel.current_only,
        panel.current_only.text().replace("&", ""),
        translate("Library", "Leaves out versions that a later version in the library replaced"),
    )
    _name(
        panel.results,
        translate("Library", "Library search results"),
        translate("Library", "Documents with their best passages; Enter opens the chosen one"),
    )
