"""The library panels speak one language at a time: Chinese or English, switched at once, with
the results already listed, the counts and the accessible names following."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from tests.ui.library.test_library_panels import make_library, open_and_index
from tests.ui.library.test_library_search import search
from viewer.ui.common import i18n
from viewer.ui.common.hit_list import HIT_ROLE
from viewer.ui.library.result_rows import DOC_ROLE

pytestmark = pytest.mark.gui

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ALLOWED_LATIN = {"Ctrl", "Shift", "PDF", "Word", "HTML", "Markdown"}
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


@pytest.fixture
def library(qtbot, window, tmp_path):
    from viewer.ui.library.docks import install_library

    controller = install_library(window)
    open_and_index(qtbot, window, controller, make_library(tmp_path / "lib"))
    yield controller
    controller.shutdown()


def switch(qtbot, code: str) -> None:
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install(code)


def docks(window) -> list[QDockWidget]:
    return [window.findChild(QDockWidget, n) for n in ("libraryDock", "librarySearchDock")]


def focusable(panel: QWidget) -> list[QWidget]:
    return [
        w
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() != w.focusPolicy().NoFocus
        and w.isVisibleTo(panel)
        # a view's scroll bars and viewport belong to the view, which is named
        and w.objectName() not in ("qt_scrollarea_viewport", "qt_scrollarea_vcontainer")
        and w.metaObject().className() not in ("QScrollBar", "QHeaderView")
    ]


def header(view, column: int) -> str:
    return view.model.headerData(column, Qt.Orientation.Horizontal)


def interface_texts(library, window) -> list[str]:
    """Every text of the library's panels that is the interface's, not a document's."""
    view, panel = library.view, library.panel
    texts = [dock.windowTitle() for dock in docks(window)]
    texts += [view.filter_box.placeholderText(), view.count_label.text()]
    texts += [view.progress_label.text(), view.cancel_button.text(), view.problems_button.text()]
    texts += [header(view, c) for c in range(3)]
    texts += [panel.box.placeholderText(), panel.category.itemText(0)]
    texts += [panel.date_from.placeholderText(), panel.date_to.placeholderText()]
    texts += [panel.current_only.text(), panel.message.text()]
    for widget in focusable(view) + focusable(panel):
        texts += [widget.accessibleName(), widget.accessibleDescription()]
    for i in range(panel.results.topLevelItemCount()):
        item = panel.results.topLevelItem(i)
        doc = item.data(0, DOC_ROLE)
        text = item.text(0)
        if doc is not None:  # the document's own words are not the interface's
            for own in (doc.title, doc.category, doc.date):
                text = text.replace(own or "\0", "")
        texts.append(text)
    return [t for t in texts if t]


def latin_words(texts: list[str]) -> list[str]:
    return [w for t in texts for w in LATIN_WORD.findall(t) if w not in ALLOWED_LATIN]


def test_switching_to_chinese_retitles_the_panels_and_the_shown_results_at_once(qtbot, library):
    window = library.window
    search(qtbot, library, "电子签名")
    top = library.panel.results.topLevelItem(0)
    assert "— 2 hits" in top.text(0)
    assert [d.windowTitle() for d in docks(window)] == ["Library", "Library search"]

    switch(qtbot, "zh")
    assert [d.windowTitle() for d in docks(window)] == ["文库", "文库搜索"]
    assert "— 2 处命中" in top.text(0)  # the row listed before the switch
    assert library.view.count_label.text() == "5 篇文档"
    assert library.panel.message.text().startswith("1 篇文档 · ")
    assert library.panel.category.itemText(0) == "全部分类"
    assert library.view.problems_button.text() == "问题（1）"
    assert "索引完成" in library.view.progress_label.text()
    texts = interface_texts(library, window)
    assert not latin_words(texts), latin_words(texts)

    switch(qtbot, "en")
    assert "— 2 hits" in top.text(0)
    texts = interface_texts(library, window)
    assert not [t for t in texts if CJK.search(t)]


def test_english_counts_are_singular_and_plural(qtbot, library):
    assert library.view.count_label.text() == "5 documents"
    search(qtbot, library, "电子签名")
    assert library.panel.message.text().startswith("1 document · ")
    search(qtbot, library, "本法")
    assert library.panel.message.text().startswith("3 documents · ")
    rows = [library.panel.results.topLevelItem(i) for i in range(3)]
    one = next(r for r in rows if r.data(0, DOC_ROLE).hits == 1)
    assert "— 1 hit\n" in one.text(0)


def test_every_focusable_control_has_a_name_in_each_language(qtbot, library):
    search(qtbot, library, "电子签名")
    for code in ("zh", "en"):
        switch(qtbot, code)
        for panel in (library.view, library.panel):
            for widget in focusable(panel):
                name = widget.accessibleName()
                assert name, widget.objectName() or widget.metaObject().className()
                assert bool(CJK.search(name)) == (code == "zh"), name


def test_a_work_row_and_a_passage_row_follow_the_switch(qtbot, library):
    """The Chinese word for a version's status shows in the list; passages keep their text."""
    search(qtbot, library, "电子签名")
    passage = library.panel.results.topLevelItem(0).child(0)
    snippet = passage.data(0, HIT_ROLE).snippet
    switch(qtbot, "zh")
    assert passage.data(0, HIT_ROLE).snippet == snippet
    assert header(library.view, 0) == "标题"


def tab_chain(panel: QWidget, start: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab visits from `start`, inside `panel`, in order."""
    chain, widget = [], start
    while len(chain) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if panel.isAncestorOf(widget) and widget in focusable(panel):
            chain.append(widget)
    return chain


def test_tab_visits_each_panel_in_the_order_it_reads(qtbot, library):
    """Top to bottom, as the controls are laid out; the problems list once it is shown."""
    view, panel = library.view, library.panel
    view.problems_button.setChecked(True)
    view.cancel_button.show()
    expected = [view.table, view.problems_button, view.cancel_button, view.problems_list]
    assert tab_chain(view, view.filter_box, 4) == expected
    expected = [panel.category, panel.date_from, panel.date_to, panel.current_only, panel.results]
    assert tab_chain(panel, panel.box, 5) == expected


def test_the_empty_window_hint_follows_the_switch(qtbot, library):
    window = library.window
    assert window.current_document is None
    assert window.placeholder.text().startswith("Choose a document in the Library panel")
    switch(qtbot, "zh")
    assert window.placeholder.text() == "请在“文库”面板中选择文档，或搜索文库。"


def test_a_works_versions_say_their_status_in_chinese(qtbot, window, tmp_path):
    """The version rows, their tooltip and what a screen reader says, in the language shown."""
    from tests.core.versions.test_compare import NEW_TEXT, OLD
    from tests.ui.versions.test_versions import _rows, _top
    from viewer.ui.library.docks import install_library, open_library
    from viewer.ui.versions.controller import install_versions

    root = tmp_path / "laws"
    root.mkdir()
    (root / "示例法(2015-03-15).md").write_text(OLD, encoding="utf-8")
    (root / "示例法(2023-03-13).md").write_text(NEW_TEXT, encoding="utf-8")
    versions = install_versions(window)
    controller = install_library(window)
    with (
        qtbot.waitSignal(controller.indexing_finished, timeout=60_000),
        qtbot.waitSignal(versions.families_ready, timeout=60_000),
    ):
        open_library(window, root)
    view = controller.view
    try:
        switch(qtbot, "zh")
        work = _top(view, "示例法")
        assert _rows(view, work) == [("现行有效", "2023-03-13"), ("已被取代", "2015-03-15")]
        assert work.data(Qt.ItemDataRole.AccessibleTextRole) == "示例法，共 2 个版本"
        assert "2015-03-15 · 已被取代 · " in work.data(Qt.ItemDataRole.ToolTipRole)
        switch(qtbot, "en")
        work = _top(view, "示例法")
        assert _rows(view, work)[1] == ("superseded", "2015-03-15")
    finally:
        controller.shutdown()
