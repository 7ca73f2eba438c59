"""What the search panel says, in the current language: its help, its message line and the
status bar's "match 3 of 17". Computed on each call, so a language switch needs only a redraw
(and, for a notice the core worded, the search run again: `reword_notice`)."""

from __future__ import annotations

import html

from viewer.core.i18n.context import Context
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate

# Counted texts as `Search.tr(text, None, n)`: see viewer/core/i18n/context.py for why.
Search = Context("Search", translate)

# Query examples stay as typed (they are searches of Chinese documents); only the meaning
# beside each is translated.
_HELP_ROWS = (
    ("深圳&nbsp;腾讯", QT_TRANSLATE_NOOP("Search", "both words (AND)")),
    ("红包 OR 保险", QT_TRANSLATE_NOOP("Search", "either word")),
    ("-红包 &nbsp;NOT 红包", QT_TRANSLATE_NOOP("Search", "without the word")),
    ('"连接一切" “连接一切” 「连接一切」', QT_TRANSLATE_NOOP("Search", "exact phrase")),
    ("pane:金融", QT_TRANSLATE_NOOP("Search", "only topics whose title contains the word")),
)

FOLDING_EXAMPLES = "ＡＢＣ = abc, 紅包 = 红包"


def help_html() -> str:
    rows = "".join(
        f"<tr><td>{example}</td><td>{html.escape(translate('Search', meaning))}</td></tr>"
        for example, meaning in _HELP_ROWS
    )
    folding = translate(
        "Search",
        "Full and half width, upper and lower case, traditional and simplified characters all "
        "match ({examples}). No query is ever an error.",
    ).format(examples=FOLDING_EXAMPLES)
    keys = translate(
        "Search", "Enter / F3: next match · Shift+Enter / Shift+F3: previous · Esc: clear"
    )
    title = translate("Search", "Search")
    return (
        f"<b>{html.escape(title)}</b><table cellspacing=3>{rows}</table>"
        f"{html.escape(folding)}<br>{html.escape(keys)}"
    )


def counts_text(matches: int, passages: int, topics: int) -> str:
    """ "5 matches in 3 passages, 2 topics" with each noun in its right number."""
    return translate("Search", "{matches} in {passages}, {topics}").format(
        matches=Search.tr("%Ln match(es)", None, matches),
        passages=Search.tr("%Ln passage(s)", None, passages),
        topics=Search.tr("%Ln topic(s)", None, topics),
    )


def message_html(controller) -> str:
    """The panel's message line: indexing, ready, no matches (with a suggestion), or counts."""
    results = controller.results
    notice = f"<br><i>{html.escape(results.notice)}</i>" if results and results.notice else ""
    if controller.state == "indexing" and results is None:
        return html.escape(translate("Search", "Indexing…"))
    if results is None:
        ready = controller.state == "ready" and not controller.query
        return html.escape(translate("Search", "Ready to search.")) if ready else ""
    if not results.total:
        text = html.escape(translate("Search", "No matches for “{query}”.")).format(
            query=html.escape(shown_query(results.query))
        )
        if results.suggestion:
            link = f'<a href="suggest:">{html.escape(shown_query(results.suggestion))}</a>'
            text += " " + html.escape(translate("Search", "Try: {suggestion}")).format(
                suggestion=link
            )
        return text + notice
    counts = counts_text(results.match_count, results.total, len(results.pane_counts))
    timed = translate("Search", "{counts} ({ms} ms)").format(
        counts=counts, ms=f"{results.elapsed_ms:.0f}"
    )
    return html.escape(timed) + notice


SHOWN_QUERY_CHARS = 40


def shown_query(query: str) -> str:
    """A query as the message line quotes it: a pasted page would fill the panel, so only
    its start, then "…"."""
    query = " ".join(query.split())
    if len(query) <= SHOWN_QUERY_CHARS:
        return query
    return query[: SHOWN_QUERY_CHARS - 1].rstrip() + "…"


def status_text(position: int, count: int, has_results: bool) -> str:
    """The status bar: "match 3 of 17" while stepping; else the count, or nothing."""
    if position:
        return translate("Search", "match {position} of {count}").format(
            position=position, count=count
        )
    if not has_results:
        return ""
    if not count:
        return translate("Search", "no matches")
    return Search.tr("%Ln match(es)", None, count)


def all_topics_label(count: int) -> str:
    """The topic filter's first entry; its count is of matching passages, as each topic's is
    ("All topics (2)" read as two topics)."""
    return Search.tr("All topics (%Ln passage(s))", None, count)


def reword_notice(panel) -> None:
    """A notice is worded by the core in the language of its search: after a switch, run the
    search again and come back to the same topic filter and match."""
    c = panel.controller
    if c.results is None or not c.results.notice or c.pending_work():
        return
    position, query, pane = c.current, c.query, c.pane_filter

    def back(_results) -> None:
        c.search_finished.disconnect(back)
        if c.query != query:
            return  # the reader typed meanwhile
        if pane is not None and panel.pane_combo.findData(pane) >= 0:
            panel.pane_combo.setCurrentIndex(panel.pane_combo.findData(pane))
            c.set_pane_filter(pane)
        if position is not None and position < len(c.matches):
            c.go_to(position)

    c.search_finished.connect(back)
    c.run_now()
