"""The comparison and the newer-version bar stay readable in the light and the dark theme:
every shade behind text keeps a WCAG AA contrast (4.5:1) with the text drawn on it."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtGui import QColor, QPalette

from tests.ui.versions.test_versions import _compare, library  # noqa: F401 - a fixture
from viewer.ui.versions.version_bar import VersionBar
from viewer.ui.window.theme import _DARK, _LIGHT

pytestmark = pytest.mark.gui
AA = 4.5


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _palette(roles: dict) -> QPalette:
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def app_palette(qapp):
    """Set the application's palette for one test; the previous one comes back after it."""
    before = qapp.palette()
    yield qapp.setPalette
    qapp.setPalette(before)


@pytest.mark.parametrize("roles", [_LIGHT, _DARK], ids=["light", "dark"])
def test_comparison_shades_keep_the_text_readable(qtbot, library, roles):  # noqa: F811
    view = _compare(qtbot, library / "示例法(2015-03-15).md", library / "示例法(2023-03-13).md")
    view.setPalette(_palette(roles))
    view.browser.setPalette(_palette(roles))
    view.render()
    view.step(1)
    html = view.browser.toHtml()
    text = QColor(roles[QPalette.ColorRole.Text])
    base = QColor(roles[QPalette.ColorRole.Base])
    found = re.findall(r'(?:bgcolor="|background-color:)(#[0-9a-f]{6})', html)
    shades = set(found)
    heads = set(re.findall(r"(?<!-)color:(#[0-9a-f]{6})", html.replace(" ", ""))) - shades
    assert len(shades) >= 5 and heads  # rows, the current change, deleted and inserted text
    for shade in [QColor(c) for c in shades] + [base]:
        assert contrast(text, shade) >= AA, (shade.name(), text.name())
        for head in heads:
            assert contrast(QColor(head), shade) >= AA, (shade.name(), head)


@pytest.mark.parametrize("roles", [_LIGHT, _DARK], ids=["light", "dark"])
def test_the_newer_version_bar_is_readable_in_both_themes(qtbot, roles, app_palette):
    app_palette(_palette(roles))  # as the theme sets it: for the whole application
    bar = VersionBar()
    qtbot.addWidget(bar)
    bar.show_newer("2023-03-13", "/x.md")
    bar.resize(900, bar.sizeHint().height())
    image = bar.grab(bar.label.geometry()).toImage()  # the bar's background behind the label
    pixels = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())
    )
    background = QColor(pixels.most_common(1)[0][0])
    best = max(contrast(QColor(pixel), background) for pixel in pixels)
    assert best >= AA, (background.name(), best)
