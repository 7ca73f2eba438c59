"""tools/plural_forms.py: %n messages become plural in the catalogues, translations kept."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import plural_forms  # noqa: E402  (tools/ is not a package)

ZH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Search</name>
    <message>
        <source>%n match(es)</source>
        <translation>%n 处匹配</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
</TS>
"""


def _messages(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source"): m for m in ET.parse(ts).getroot().iter("message")}


def test_a_plain_translated_message_becomes_plural_and_stays_translated(tmp_path):
    zh = tmp_path / "ui_search_zh_CN.ts"
    zh.write_text(ZH, encoding="utf-8")
    saved = plural_forms.snapshot(zh)
    plural_forms.restore(zh, saved)
    match = _messages(zh)["%n match(es)"]
    assert match.get("numerus") == "yes"
    translation = match.find("translation")
    assert translation.get("type") is None
    assert [f.text for f in translation.iter("numerusform")] == ["%n 处匹配"]
    assert _messages(zh)["Search"].get("numerus") is None


def _fill_english(en: Path) -> None:
    """What a translator does: both forms written, marked finished."""
    tree = ET.parse(en)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.iter("numerusform")
        for form, text in zip(forms, ("%n match", "%n matches"), strict=True):
            form.text = text
    tree.write(en, encoding="utf-8", xml_declaration=True)


def test_the_english_catalogue_gets_two_forms_and_keeps_those_it_had(tmp_path):
    zh = tmp_path / "ui_search_zh_CN.ts"
    zh.write_text(ZH, encoding="utf-8")
    plural_forms.restore(zh, plural_forms.snapshot(zh))
    en = tmp_path / "ui_search_en.ts"
    plural_forms.english(zh, en, {})
    assert set(_messages(en)) == {"%n match(es)"}  # only plurals in English
    forms = _messages(en)["%n match(es)"].find("translation")
    assert forms.get("type") == "unfinished" and len(list(forms.iter("numerusform"))) == 2
    _fill_english(en)
    plural_forms.english(zh, en, plural_forms.snapshot(en))  # the next update
    kept = _messages(en)["%n match(es)"].find("translation")
    assert kept.get("type") is None
    assert [f.text for f in kept.iter("numerusform")] == ["%n match", "%n matches"]
