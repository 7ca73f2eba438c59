"""The comparison as HTML for the side-by-side view: one table row per pair, old text left,
new text right, changed characters marked. Plain functions, so the layout is testable alone.

Colour is never the only signal: each row names its status after a mark (+ added, − removed,
~ changed, ↕ moved, # renumbered), deleted characters are struck through and inserted ones
underlined, and a legend above the table says so.
"""

from __future__ import annotations

from html import escape

from viewer.ui.common.i18n import translate

_ROW_COLOURS = {"added": "#e9f6e9", "removed": "#fbeaea", "moved": "#eef0fb"}
_OLD_MARK = "background-color:#f5b7b7; text-decoration: line-through;"
_NEW_MARK = "background-color:#b6e3b6; text-decoration: underline;"
_CURRENT = "#ffe9a8"  # the change F7 / Shift+F7 went to


def status_label(status: str) -> str:
    """'+ added', '− removed', 'unchanged': the mark and word a row is headed with."""
    from viewer.core.versions.comparison import STATUS_MARKS, status_name  # loads with a comparison

    word, mark = status_name(status), STATUS_MARKS[status]
    return f"{mark} {word}" if mark else word


def marked(text: str, spans, style: str) -> str:
    """`text` escaped, with the spans wrapped in a styled span; newlines become <br>."""
    out, at = [], 0
    for start, end in spans:
        out.append(escape(text[at:start]))
        out.append(f'<span style="{style}">{escape(text[start:end])}</span>')
        at = end
    out.append(escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


def pair_row(number: int, pair, current: bool) -> str:
    old = marked(pair.old.text, pair.old_spans, _OLD_MARK) if pair.old else ""
    new = marked(pair.new.text, pair.new_spans, _NEW_MARK) if pair.new else ""
    colour = _CURRENT if current else _ROW_COLOURS.get(pair.status, "")
    background = f' bgcolor="{colour}"' if colour else ""
    where = _where(pair)
    status = escape(status_label(pair.status))
    if current:
        status = f"▶ {status}"  # the current change is marked in text too, not only shaded
    head = f'<a name="pair{number}"></a><b>{escape(where)}</b> · {status}'
    return (
        f"<tr{background}><td colspan=2 style='color:#555'>{head}</td></tr>"
        f"<tr{background}><td width='50%' valign='top'>{old}</td>"
        f"<td width='50%' valign='top'>{new}</td></tr>"
    )


def _where(pair) -> str:
    old = pair.old.address if pair.old else "—"
    new = pair.new.address if pair.new else "—"
    return old if old == new else f"{old} → {new}"


def legend_html() -> str:
    """What the marks mean, in the current language."""
    deleted = escape(translate("Versions", "deleted text"))
    inserted = escape(translate("Versions", "inserted text"))
    line = escape(translate("Versions", "Legend: {deleted} · {inserted} · {marks}"))
    marks = " ".join(escape(status_label(s)) for s in ("added", "removed", "changed", "moved"))
    text = line.format(
        deleted=f'<span style="{_OLD_MARK}">{deleted}</span>',
        inserted=f'<span style="{_NEW_MARK}">{inserted}</span>',
        marks=marks,
    )
    return f"<p style='color:#555'>{text}</p>"


def comparison_html(rows: list[tuple[int, object]], current: int, headers: tuple[str, str]) -> str:
    """`rows`: (pair number, pair) to show; `current`: the pair number of the current change."""
    body = "".join(pair_row(number, pair, number == current) for number, pair in rows)
    left, right = (escape(h) for h in headers)
    return (
        legend_html() + "<table width='100%' cellspacing=0 cellpadding=6 border=0>"
        f"<tr><th align=left>{left}</th><th align=left>{right}</th></tr>{body}</table>"
    )
