"""The line above the library search results, made in the interface language each time it is
shown (the panel keeps the function, not the text, so a language switch redraws it)."""

from __future__ import annotations

from viewer.core.library import messages
from viewer.ui.common.i18n import translate


def open_a_folder() -> str:
    return translate("Library", "Open a folder to search it.")


def searching() -> str:
    return translate("Library", "Searching…")


def type_to_search() -> str:
    return translate("Library", "Type to search every document.")


def no_results() -> str:
    return translate("Library", "No results.")


def failed(error: str) -> str:
    return translate("Library", "Search failed: {error}").format(error=messages.shown(error))


def indexing() -> str:
    return translate("Library", "indexing…")


def still_reading() -> str:
    return translate(
        "Library", "The documents are still being read; matches show up as they are indexed."
    )


def paused() -> str:
    return translate("Library", "indexing paused")


def not_indexed() -> str:
    return translate("Library", "the rest is not indexed yet")


def count(results) -> str:
    """How many documents match: "1,204", or "1,204+" when that is a lower bound."""
    total = f"{results.total_documents:,}"
    return total if results.total_exact else f"{total}+"


def summary(results, state=None) -> str:
    """What was found and how fast; first, a notice from the index and, while a first index
    runs (`state` says how it stands), how much of the folder was searched."""
    total = results.total_documents
    if total:
        # "1,204 documents", or "1,204+ documents" when that is a lower bound
        documents = translate("Library", "%Ln document(s)", None, total)
        documents = documents.replace(f"{total:,}", count(results), 1)
        if results.has_more:
            text = translate("Library", "{documents} · {listed} listed, scroll for more · {ms} ms")
        else:
            text = translate("Library", "{documents} · {ms} ms")
        listed, ms = f"{len(results.documents):,}", f"{results.elapsed_ms:.0f}"
        lines = [text.format(documents=documents, listed=listed, ms=ms)]
    elif state is indexing and not results.searched_documents:
        lines = [still_reading()]  # nothing searched yet: not a "nothing found"
    else:
        lines = [translate("Library", "No documents match.")]
    if results.undated_left_out:
        undated = results.undated_left_out  # a name: lupdate skips a count given as an expression
        lines.append(
            translate("Library", "%Ln document(s) without a date are not searched.", None, undated)
        )
    if state:
        lines.insert(0, coverage(results, state()))
    if results.notice:
        lines.insert(0, messages.shown(results.notice))
    return "\n".join(lines)


def coverage(results, state: str) -> str:
    library = results.library_documents  # a name: lupdate skips a count given as an expression
    text = translate("Library", "Searching {searched} of %Ln document(s) — {state}", None, library)
    return text.format(searched=f"{results.searched_documents:,}", state=state)


def date_notes(date_from, date_to) -> list[str]:
    """Why a date filter does less than it seems to: a box that holds no date (it is left out,
    its text red), or bounds the wrong way round (nothing can match)."""
    notes = []
    for box, name in (
        (date_from, translate("Library", "From")),
        (date_to, translate("Library", "To")),
    ):
        if box.is_wrong():
            note = translate("Library", "{box}: “{text}” is not a date, so it filters nothing.")
            notes.append(note.format(box=name, text=box.text().strip()))
    low, high = date_from.bound(), date_to.bound()
    if low and high and low > high:
        notes.append(translate("Library", "From is after To: no document can match."))
    return notes
