"""Guard against a Qt binding that miscounts references in our Python overrides.

PySide6 6.12.0 released one reference to None each time Qt called a Python override such as
TopicPane.loadResource; after a few thousand calls the interpreter aborted at exit
("none_dealloc"), failing whole test runs and crashing the app on quit. This test renders a
document with many images through the real TopicPane and checks None's count holds steady.
"""

from __future__ import annotations

import sys

import pytest

from viewer.ui.document.topic_pane import TopicPane

pytestmark = pytest.mark.gui


def test_python_overrides_do_not_release_none(qtbot):
    view = TopicPane()
    qtbot.addWidget(view)
    html = "".join(f'<p><img src="file:///etc/img{i}.png"> 第{i}段</p>' for i in range(50))
    before = sys.getrefcount(None)
    view.resize(600, 400)
    view.show()
    for _ in range(20):
        view.setHtml(html)
        view.grab()  # lays out and paints: Qt asks loadResource for every image
    assert len(view.blocked_resources) >= 1000  # the override really ran
    assert sys.getrefcount(None) - before > -100
