"""Both themes meet WCAG AA: every text/background pair at least 4.5:1 (3:1 for large
headings), the focus frame at least 3:1 against what it surrounds. Read from the colour files
themselves, without Qt (tests/core/theme_colours.py)."""

from __future__ import annotations

import pytest

from tests.core.theme_colours import all_pairs, contrast, hex_colour, over, table


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast(hex_colour("#000"), hex_colour("#fff")) == pytest.approx(21.0)
    assert contrast(hex_colour("#777777"), hex_colour("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert over((255, 0, 0, 0), (10, 20, 30)) == (10, 20, 30)  # transparent: the page shows


def test_every_pair_covers_both_themes():
    pairs = all_pairs()
    assert {p.theme for p in pairs} == {"light", "dark"}
    whats = {p.what for p in pairs}
    for needed in ("Links in the document", "Heading h1", "Placeholder text in empty fields",
                   "Text in a search match", "Selected text (selection highlight)"):  # fmt: skip
        assert needed in whats


def test_every_text_and_background_pair_meets_wcag_aa():
    failing = [p for p in all_pairs() if p.ratio < p.minimum]
    assert not failing, "below WCAG AA:\n" + table(failing)
