"""Closing a window deletes each list before the model it shows (a model deleted first left
its list holding rows of freed memory: a segfault, seen when a test's window was deleted)."""

from PySide6.QtCore import QAbstractProxyModel
from PySide6.QtWidgets import QAbstractItemView


def _ours(model) -> bool:
    return type(model).__module__.startswith("viewer.")


def test_every_list_of_the_window_goes_before_its_models(qtbot):
    from viewer.ui.bookmarks.controller import install_bookmarks
    from viewer.ui.library.docks import install_library
    from viewer.ui.search.panel import install_search
    from viewer.ui.window.main_window import MainWindow

    window = MainWindow(theme_mode="light")
    install_search(window)
    install_bookmarks(window)
    install_library(window)
    gone: list[str] = []
    pairs = []
    for number, view in enumerate(window.findChildren(QAbstractItemView)):
        models = [view.model()]
        if isinstance(models[0], QAbstractProxyModel):
            models.append(models[0].sourceModel())
        models = [m for m in models if _ours(m)]
        if not models:
            continue
        view.destroyed.connect(lambda _=None, n=number: gone.append(f"view {n}"))
        names = [f"model {id(m)}" for m in models]
        for m, name in zip(models, names, strict=True):
            m.destroyed.connect(lambda _=None, name=name: gone.append(name))
        pairs.append((f"view {number}", names))
    assert len(pairs) >= 3  # the library's list, the search results, the bookmarks
    expected = len({name for view, models in pairs for name in (view, *models)})
    window.deleteLater()
    qtbot.waitUntil(lambda: len(set(gone)) == expected, timeout=5_000)
    for view, models in pairs:
        assert all(gone.index(view) < gone.index(m) for m in models), (view, models, gone)
