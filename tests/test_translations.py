"""The translation catalogues are complete, in step with the code, and compiled by the install."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/ is not a package)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            found[key] = message
    return found


def test_every_chinese_string_is_translated():
    files = sorted(CATALOGUES.glob("*_zh_CN.ts"))
    assert files, "no Chinese catalogue"
    missing = {ts.name: translations.unfinished(ts) for ts in files}
    assert not {name: n for name, n in missing.items() if n}, "run tools/translations.py todo"


def test_every_english_plural_has_both_forms():
    for ts in CATALOGUES.glob("*_en.ts"):
        for key, message in _messages(ts).items():
            forms = [f.text for f in message.iter("numerusform")]
            assert len(forms) == 2 and all(forms), (ts.name, key)


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")


@pytest.mark.parametrize("ts", sorted(CATALOGUES.glob("*.ts")), ids=lambda p: p.name)
def test_translations_keep_every_placeholder(ts):
    """`{count}`, `%n`, `%1` survive translation, or the reader sees a wrong or broken message."""
    for key, message in _messages(ts).items():
        wanted = sorted(PLACEHOLDER.findall(key[1]))
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if form and translation.get("type") != "unfinished":
                got = sorted(PLACEHOLDER.findall(form))
                if "%n" in wanted and len(forms) == 2 and form is forms[0]:
                    got = got if "%n" in got else sorted([*got, "%n"])  # "1 match" may spell it
                assert got == wanted, (ts.name, key, form)


def test_catalogues_hold_every_string_in_the_code(tmp_path):
    """lupdate over today's sources finds nothing the committed catalogues lack."""
    for area, sources in translations.areas().items():
        fresh = tmp_path / f"{area}.ts"
        command = [str(translations.TOOLS / "lupdate"), "-silent", "-locations", "none"]
        subprocess.run([*command, *map(str, sources), "-ts", str(fresh)], check=True)
        wanted = set(_messages(fresh))
        committed = CATALOGUES / f"{area}_zh_CN.ts"
        have = set(_messages(committed)) if committed.exists() else set()
        assert wanted <= have, f"{area}: run tools/translations.py update ({wanted - have})"


@pytest.mark.parametrize("ts", sorted(CATALOGUES.glob("*.ts")), ids=lambda p: p.name)
def test_the_install_compiled_each_catalogue(ts):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), (
        f"{qm.name} missing: reinstall (pip install -e .) or run tools/translations.py compile"
    )
    assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than its .ts"


# ASCII ( ) : ; , ! ? touching a Chinese character (a space between still counts). Allowed:
# placeholders ({name}, %(prog)s), accelerators 文件(&F), file patterns (*.pdf), URLs.
_CJK = "\u3400-\u9fff\uff00-\uffef\u3000-\u303f《》"
HALF_WIDTH_NEXT_TO_CJK = re.compile(rf"[{_CJK}] ?[():;,!?]|[():;,!?] ?[{_CJK}]")
ALLOWED_ASCII = re.compile(
    r"\{\w*\}|%\(\w+\)[sdr]|%L?n|\(&\w\)|\(\*[^)]*\)|;;|https?://\S+|[A-Za-z]+\+[\w+]+"
)


def _chinese_translations():
    for ts in sorted(CATALOGUES.glob("*_zh_CN.ts")):
        for key, message in _messages(ts).items():
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            for text in filter(None, forms):
                yield ts.name, key, text


def test_chinese_sentences_use_full_width_punctuation():
    bad = [
        (name, key[1], text)
        for name, key, text in _chinese_translations()
        if HALF_WIDTH_NEXT_TO_CJK.search(ALLOWED_ASCII.sub("X", text))
    ]
    assert not bad, "\n".join(f"{n}: {t}" for n, _, t in bad)
