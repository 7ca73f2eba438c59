"""Every text/background pair of the light and dark themes, read from the files that hold
the colours (no Qt): the Fusion palettes in viewer/ui/window/theme.py, resources/app-*.qss,
resources/markdown-*.css, and the translucent match and bookmark highlights of the reading view.

WCAG 2.x contrast: relative luminance of sRGB colours, (L1 + 0.05) / (L2 + 0.05).
`python -m tests.core.theme_colours` prints the table kept in docs/accessibility.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
THEME_PY = ROOT / "viewer" / "ui" / "window" / "theme.py"
TOPIC_PANE_PY = ROOT / "viewer" / "ui" / "document" / "text_layers.py"
BOOKMARK_MODEL_PY = ROOT / "viewer" / "ui" / "bookmarks" / "model.py"
BOOKMARK_MARKS_PY = ROOT / "viewer" / "ui" / "bookmarks" / "color_marks.py"
NORMAL, LARGE, NON_TEXT = 4.5, 3.0, 3.0  # WCAG AA: text, large text, focus indicators

RGB = tuple[float, float, float]


@dataclass(frozen=True)
class Pair:
    theme: str
    what: str
    foreground: RGB
    background: RGB
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast(self.foreground, self.background)


def hex_colour(text: str) -> RGB:
    text = text.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    return tuple(int(text[i : i + 2], 16) for i in (0, 2, 4))


def over(rgba: tuple[int, int, int, int], background: RGB) -> RGB:
    """A translucent colour as painted over `background` (Qt blends in sRGB)."""
    alpha = rgba[3] / 255
    return tuple(alpha * c + (1 - alpha) * b for c, b in zip(rgba[:3], background, strict=True))


def luminance(colour: RGB) -> float:
    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def hex_of(colour: RGB) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in colour)


# --- the files ------------------------------------------------------------------------------
def palettes() -> dict[str, dict[str, RGB]]:
    """theme -> palette role -> colour, from the `_LIGHT` / `_DARK` tables of theme.py."""
    source = THEME_PY.read_text(encoding="utf-8")
    found = {}
    for theme, name in (("light", "_LIGHT"), ("dark", "_DARK")):
        table = re.search(rf"^{name} = \{{(.*?)^\}}", source, re.S | re.M).group(1)
        roles = re.findall(r'ColorRole\.(\w+):\s*"(#[0-9a-fA-F]{3,6})"', table)
        found[theme] = {role: hex_colour(value) for role, value in roles}
    return found


def css_rules(text: str) -> dict[str, dict[str, str]]:
    """selector -> property -> value, for the simple CSS/QSS these files hold."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        declarations = dict(
            (p.strip().lower(), v.strip())
            for p, _, v in (d.partition(":") for d in body.split(";"))
            if v.strip()
        )
        for selector in selectors.split(","):
            rules.setdefault(selector.strip(), {}).update(declarations)
    return rules


def first_colour(value: str) -> RGB:
    return hex_colour(re.search(r"#[0-9a-fA-F]{3,6}\b", value).group(0))


def rgba_constants(path: Path) -> dict[str, tuple[int, int, int, int]]:
    """NAME = QColor(r, g, b, a) and "name": (r, g, b, a) entries of a module."""
    text = path.read_text(encoding="utf-8")
    numbers = r"\((\d+), (\d+), (\d+), (\d+)\)"
    found = re.findall(rf"(\w+) = QColor{numbers}", text)
    found += re.findall(rf'"(\w+)": {numbers}', text)
    return {name: tuple(map(int, values)) for name, *values in found}


# --- the pairs ------------------------------------------------------------------------------
def palette_pairs(theme: str, p: dict[str, RGB]) -> list[Pair]:
    rows = (
        ("Window text on the window", "WindowText", "Window"),
        ("Text in lists, fields and the reading view", "Text", "Base"),
        ("Text on alternate rows", "Text", "AlternateBase"),
        ("Button text", "ButtonText", "Button"),
        ("Selected text (selection highlight)", "HighlightedText", "Highlight"),
        ("Tooltip text", "ToolTipText", "ToolTipBase"),
        ("Links (palette)", "Link", "Base"),
        ("Placeholder text in empty fields", "PlaceholderText", "Base"),
    )
    return [Pair(theme, what, p[fg], p[bg], NORMAL) for what, fg, bg in rows]


def qss_pairs(theme: str, p: dict[str, RGB]) -> list[Pair]:
    rules = css_rules((RESOURCES / f"app-{theme}.qss").read_text(encoding="utf-8"))
    bar = rules["QFrame#infoBar"]
    ring = first_colour(rules["QWidget#focusRing"]["border"])
    return [
        Pair(theme, "Info bar message", first_colour(bar["color"]), first_colour(bar["background"]), NORMAL),  # noqa: E501
        Pair(theme, "Focus frame against the window (non-text)", ring, p["Window"], NON_TEXT),
        Pair(theme, "Focus frame against lists and text (non-text)", ring, p["Base"], NON_TEXT),
    ]  # fmt: skip


def markdown_pairs(theme: str, p: dict[str, RGB]) -> list[Pair]:
    rules = css_rules((RESOURCES / f"markdown-{theme}.css").read_text(encoding="utf-8"))
    text, page = p["Text"], p["Base"]
    pairs = [
        Pair(theme, "Links in the document", first_colour(rules["a"]["color"]), page, NORMAL),
        Pair(theme, "Quotations (muted text)", first_colour(rules["blockquote"]["color"]), page, NORMAL),  # noqa: E501
    ]  # fmt: skip
    for heading, minimum in (("h1", LARGE), ("h2", LARGE), ("h3", NORMAL), ("h4", NORMAL)):
        colour = first_colour(rules[heading]["color"])
        pairs.append(Pair(theme, f"Heading {heading}", colour, page, minimum))
    for block in ("pre", "code", "th"):
        colour = first_colour(rules[block]["background-color"])
        pairs.append(Pair(theme, f"Text on {block} background", text, colour, NORMAL))
    return pairs


def highlight_pairs(theme: str, p: dict[str, RGB]) -> list[Pair]:
    text, page = p["Text"], p["Base"]
    pane = rgba_constants(TOPIC_PANE_PY)
    ink = over(pane["HIGHLIGHT_TEXT"], page) if "HIGHLIGHT_TEXT" in pane else text
    pairs = [
        Pair(theme, "Text in a search match", ink, over(pane["HIGHLIGHT"], page), NORMAL),
        Pair(theme, "Text in the current match", ink, over(pane["CURRENT_HIGHLIGHT"], page), NORMAL),  # noqa: E501
    ]  # fmt: skip
    marks = {**rgba_constants(BOOKMARK_MODEL_PY), **rgba_constants(BOOKMARK_MARKS_PY)}
    for name, rgba in marks.items():
        what = "a bookmark row needing attention" if name.isupper() else f"the {name} bookmark mark"
        pairs.append(Pair(theme, f"Text on {what}", text, over(rgba, page), NORMAL))
    return pairs


def all_pairs() -> list[Pair]:
    pairs = []
    for theme, palette in palettes().items():
        for build in (palette_pairs, qss_pairs, markdown_pairs, highlight_pairs):
            pairs += build(theme, palette)
    return pairs


def table(pairs: list[Pair]) -> str:
    lines = [
        "| theme | what | text | background | ratio | needed |",
        "|---|---|---|---|---|---|",
    ]
    for pair in pairs:
        lines.append(
            f"| {pair.theme} | {pair.what} | `{hex_of(pair.foreground)}` | "
            f"`{hex_of(pair.background)}` | {pair.ratio:.2f}:1 | {pair.minimum:g}:1 |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(all_pairs()))
