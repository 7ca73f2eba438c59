"""Messages printed by the core and the CLI come from the same .ts catalogues as the app's."""

from __future__ import annotations

import pytest

from viewer.core.i18n import catalogue, language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Test</name>
    <message><source>Open</source><translation>打开</translation></message>
    <message><source>Later</source><translation type="unfinished">稍后</translation></message>
    <message><source>Close</source><comment>window</comment><translation>关闭窗口</translation>
    </message>
    <message numerus="yes"><source>%n match(es)</source>
        <translation><numerusform>%n 处匹配</numerusform></translation></message>
</context>
</TS>
"""
TS_EN = (
    TS.replace('language="zh_CN"', 'language="en"')
    .replace("<translation>打开</translation>", '<translation type="unfinished"/>')
    .replace(
        "<numerusform>%n 处匹配</numerusform>",
        "<numerusform>%n match</numerusform><numerusform>%n matches</numerusform>",
    )
)


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    (tmp_path / "core_test_zh_CN.ts").write_text(TS, encoding="utf-8")
    (tmp_path / "core_test_en.ts").write_text(TS_EN, encoding="utf-8")
    (tmp_path / "ui_test_zh_CN.ts").write_text(TS.replace("打开", "UI"), encoding="utf-8")
    monkeypatch.setattr(catalogue, "catalogue_dir", lambda: tmp_path)
    catalogue.messages_for.cache_clear()
    yield tmp_path
    catalogue.messages_for.cache_clear()


def test_chinese_messages_and_plurals(catalogues):
    language.set_language("zh")
    assert catalogue.translate("Test", "Open") == "打开"
    assert catalogue.translate("Test", "Close", "window") == "关闭窗口"
    assert catalogue.translate("Test", "%n match(es)", None, 1) == "1 处匹配"
    assert catalogue.translate("Test", "%n match(es)", None, 12) == "12 处匹配"


def test_english_plurals_read_naturally(catalogues):
    language.set_language("en")
    assert catalogue.translate("Test", "%n match(es)", None, 1) == "1 match"
    assert catalogue.translate("Test", "%n match(es)", None, 2) == "2 matches"
    assert catalogue.translate("Test", "%n match(es)", None, 0) == "0 matches"
    assert catalogue.translate("Test", "Open") == "Open"  # no English entry: the source


def test_unfinished_unknown_and_ui_only_entries_fall_back_to_the_source(catalogues):
    language.set_language("zh")
    assert catalogue.translate("Test", "Later") == "Later"
    assert catalogue.translate("Test", "Never seen") == "Never seen"
    assert catalogue.translate("Other", "Open") == "Open"  # another context
    # the ui_ catalogues are Qt's to load; the core reads only its own and the CLI's
    assert all(p.name.startswith("core_") for p in catalogue.catalogue_files("zh"))


def test_a_broken_catalogue_costs_only_its_own_strings(catalogues):
    (catalogues / "cli_zh_CN.ts").write_text("<TS><context>", encoding="utf-8")
    language.set_language("zh")
    assert catalogue.translate("Test", "Open") == "打开"


def test_separated_counts_with_percent_ln(catalogues):
    language.set_language("en")
    assert catalogue.translate("Test", "%Ln documents", None, 1204) == "1,204 documents"


@pytest.mark.parametrize(
    ("source", "n", "shown"),
    [
        ("%n match(es)", 1, "1 match"),
        ("%n match(es)", 2, "2 matches"),
        ("%Ln document(s) in %n folder(s)", 1204, "1,204 documents in 1204 folders"),
        ("%n passage(s) (see above)", 1, "1 passage (see above)"),
    ],
)
def test_regular_english_plurals_need_no_catalogue_entry(source, n, shown):
    """lupdate marks a message plural only for a literal count, so most reach no English
    plural catalogue: "(s)" and "(es)" are resolved from the count instead."""
    language.set_language("en")
    assert catalogue.translate("Nowhere", source, None, n) == shown
