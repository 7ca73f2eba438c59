"""The comparison as HTML for the side-by-side view: one table row per pair, old text left,
new text right, changed characters marked. Plain functions, so the layout is testable alone.

Colour is never the only signal: each row names its status after a mark (+ added, − removed,
~ changed, ↕ moved, # renumbered), deleted characters are struck through and inserted ones
underlined, and a legend above the table says so. Each theme has its own shades, chosen so the
palette's text keeps a WCAG AA contrast (4.5:1) on every one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from viewer.ui.common.i18n import translate


@dataclass(frozen=True)
class Shades:
    rows: dict  # status -> row background
    current: str  # the change F7 / Shift+F7 went to
    deleted: str  # behind deleted characters
    inserted: str  # behind inserted characters
    head: str  # the row heads' text (address and status)

    def old_mark(self) -> str:
        return f"background-color:{self.deleted}; text-decoration: line-through;"

    def new_mark(self) -> str:
        return f"background-color:{self.inserted}; text-decoration: underline;"


LIGHT = Shades(
    {"added": "#e9f6e9", "removed": "#fbeaea", "moved": "#eef0fb"},
    "#ffe9a8",
    "#f5b7b7",
    "#b6e3b6",
    "#444444",
)
DARK = Shades(
    {"added": "#1f3a24", "removed": "#3d2224", "moved": "#262b45"},
    "#4a3f14",
    "#6e2b2b",
    "#24472a",
    "#b5b8bd",
)


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


def pair_row(number: int, pair, current: bool, shades: Shades = LIGHT) -> str:
    old = marked(pair.old.text, pair.old_spans, shades.old_mark()) if pair.old else ""
    new = marked(pair.new.text, pair.new_spans, shades.new_mark()) if pair.new else ""
    colour = shades.current if current else shades.rows.get(pair.status, "")
    background = f' bgcolor="{colour}"' if colour else ""
    where = _where(pair)
    status = escape(status_label(pair.status))
    if current:
        status = f"▶ {status}"  # the current change is marked in text too, not only shaded
    head = f'<a name="pair{number}"></a><b>{escape(where)}</b> · {status}'
    return (
        f"<tr{background}><td colspan=2 style='color:{shades.head}'>{head}</td></tr>"
        f"<tr{background}><td width='50%' valign='top'>{old}</td>"
        f"<td width='50%' valign='top'>{new}</td></tr>"
    )


def _where(pair) -> str:
    """The article's address; both when it was renumbered (第四条 → 第三条). A removed or
    added article has one address: its status says the rest."""
    if pair.old is None or pair.new is None:
        return (pair.old or pair.new).address
    old, new = pair.old.address, pair.new.address
    return old if old == new else f"{old} → {new}"


def legend_html(shades: Shades = LIGHT) -> str:
    """What the marks mean, in the current language."""
    deleted = escape(translate("Versions", "deleted text"))
    inserted = escape(translate("Versions", "inserted text"))
    line = escape(translate("Versions", "Legend: {deleted} · {inserted} · {marks}"))
    marks = " ".join(escape(status_label(s)) for s in ("added", "removed", "changed", "moved"))
    text = line.format(
        deleted=f'<span style="{shades.old_mark()}">{deleted}</span>',
        inserted=f'<span style="{shades.new_mark()}">{inserted}</span>',
        marks=marks,
    )
    return f"<p style='color:{shades.head}'>{text}</p>"


def comparison_html(
    rows: list[tuple[int, object]], current: int, headers: tuple[str, str], dark: bool = False
) -> str:
    """`rows`: (pair number, pair) to show; `current`: the pair number of the current change;
    `dark`: the view's background is dark (the dark theme)."""
    shades = DARK if dark else LIGHT
    body = "".join(pair_row(number, pair, number == current, shades) for number, pair in rows)
    left, right = (escape(h) for h in headers)
    return (
        legend_html(shades) + "<table width='100%' cellspacing=0 cellpadding=6 border=0>"
        f"<tr><th align=left>{left}</th><th align=left>{right}</th></tr>{body}</table>"
    )
