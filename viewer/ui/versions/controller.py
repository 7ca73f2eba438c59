"""Versions in the window: File › Compare With… (Ctrl+F7; F7 / Shift+F7 step through the
changes inside the comparison), the "newer version" bar when a superseded version is opened
from the open library, and the library list's grouping into works (one row per work, its
versions beneath).

The library's version families are computed off the GUI thread (they read each file's head)
and kept per library folder until its list changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from viewer.core.base.allocator import trim
from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate
from viewer.ui.common.workers import run_in_background
from viewer.ui.versions.change_keys import change_actions
from viewer.ui.versions.version_bar import VersionBar


class VersionsController(QObject):
    families_ready = Signal()  # the open library's families are known
    compare_opened = Signal(object)  # CompareView
    carried = Signal(str)  # the message shown after bookmarks were carried

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.works: list = []
        self.works_root: Path | None = None
        self._task = None
        self._task_root: Path | None = None  # the library whose families are being read
        self.bar = VersionBar()
        self.bar.open_requested.connect(window.open_document)
        self.bar.compare_requested.connect(self.compare_with)
        self.bar.carry_requested.connect(self.carry_to)
        window.centralWidget().layout().insertWidget(1, self.bar)  # under the info bar
        self.compare_action = QAction(window)
        self.compare_action.setObjectName("compare_with")
        self.compare_action.setShortcut(QKeySequence("Ctrl+F7"))  # the F7 keys are the versions'
        self.compare_action.triggered.connect(lambda _checked=False: self.choose_and_compare())
        # Found by object name, not by text: the menus' texts follow the language.
        quit_action = window.findChild(QAction, "quit")
        menus = [
            m
            for m in (quit_action.associatedObjects() if quit_action else [])
            if isinstance(m, QMenu)
        ]
        file_menu = menus[0] if menus else window.menu("&File")
        file_menu.insertAction(quit_action, self.compare_action)
        i18n.live(self.bar, self._texts)
        window.document_loaded.connect(lambda _document: self.refresh())
        self.refresh()

    def _texts(self) -> None:
        self.compare_action.setText(translate("Versions", "Compare &With…"))
        self.compare_action.setToolTip(
            translate("Versions", "Compare this document with another version, article by article")
        )

    # --- families of the open library ------------------------------------------------------
    def library_root(self) -> Path | None:
        library = getattr(self.window, "library", None)
        return library.root if library is not None else None

    def refresh(self) -> None:
        """Show or hide the bar for the current document; load the families when needed."""
        root = self.library_root()
        if root is None:
            self.bar.hide()
            return
        if root != self.works_root:
            self._load_families(root)  # the bar and the search filter follow when they are known
            return
        self._update_bar()

    def _load_families(self, root: Path) -> None:
        from viewer.core.versions.family_process import families_off_process

        library = getattr(self.window, "library", None)
        index = getattr(library, "index", None)
        if index is None or index.root != root:
            return  # still opening: its `opened` asks again, and its catalogue lends its strings
        if self._task is not None:
            if self._task_root == root:
                return  # asked again (the library opened, then its last document): once is enough
            self._task.cancel()
        self._task_root = root
        self._task = run_in_background(
            lambda: families_off_process(root, index.catalogue()),  # read off this thread
            on_done=self._families_read,  # a method: dropped once this window is gone
        )

    def _families_read(self, works: list) -> None:
        self._families(self._task_root, works)

    def _families(self, root: Path, works: list) -> None:
        self._task = None
        self.works, self.works_root = works, root
        library = getattr(self.window, "library", None)
        view = getattr(library, "view", None)
        if view is not None:
            view.set_works(works)
        panel = getattr(library, "panel", None)
        if panel is not None:
            from viewer.core.versions.families import superseded_paths
            from viewer.core.versions.superseded_memory import remember

            paths = superseded_paths(works)
            panel.set_superseded(paths)
            remember(root, paths)  # the next launch's first search leaves them out at once
        self._update_bar()
        self.families_ready.emit()
        trim()  # the child's answer and the list's regrouping, freed (allocator)

    def watch_library(self, library) -> None:
        """Families are (re)computed when the library opens a folder."""
        library.opened.connect(lambda _root: self.refresh())

    def current_rel_path(self) -> str:
        document, root = self.window.current_document, self.works_root
        if document is None or document.path is None or root is None:
            return ""
        try:
            return Path(document.path).resolve().relative_to(root).as_posix()
        except ValueError:
            return ""  # opened from outside the library

    def current_work(self):
        from viewer.core.versions.families import work_of

        rel = self.current_rel_path()
        return work_of(self.works, rel) if rel else None

    def _update_bar(self) -> None:
        # (the library list selects the open document itself, and again when set_works regroups)
        work, rel = self.current_work(), self.current_rel_path()
        newer = work.newer_than(rel) if work is not None else None
        if newer is None:
            self.bar.hide()
            return
        self.bar.show_newer(newer.date, str(self.works_root / newer.path))

    # --- comparing ----------------------------------------------------------------------------
    def other_versions(self) -> list[tuple[str, str]]:
        """(label, absolute path) of the current document's other versions in the library."""
        work, rel = self.current_work(), self.current_rel_path()
        if work is None:
            return []
        from viewer.core.versions.families import status_name

        no_date = translate("Versions", "no date")
        return [
            (
                f"{v.date or no_date} · {status_name(v.status)} · {v.path}",
                str(self.works_root / v.path),
            )
            for v in reversed(work.versions)
            if v.path != rel
        ]

    def choose_and_compare(self) -> None:
        document = self.window.current_document
        if document is None or document.path is None:
            message = translate("Versions", "Open a document first, then compare it.")
            self.window.statusBar().showMessage(message, 5000)
            return
        choices = self.other_versions()
        path = ""
        title = translate("Versions", "Compare With")
        if choices:
            labels = [label for label, _ in choices] + [translate("Versions", "Other file…")]
            prompt = translate("Versions", "Compare this document with:")
            label, ok = QInputDialog.getItem(self.window, title, prompt, labels, 0, False)
            if not ok:
                return
            path = dict(choices).get(label, "")
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                title,
                str(Path(document.path).parent),
                translate("Versions", "Markdown (*.md *.markdown *.txt);;All files (*)"),
            )
        if path:
            self.compare_with(path)

    def compare_with(self, other: str | Path):
        """Compare the current document with `other`, the earlier version on the left."""
        document = self.window.current_document
        if document is None or document.path is None:
            return None
        mine, theirs = Path(document.path), Path(other)
        old, new = (theirs, mine) if _date_of(theirs) < _date_of(mine) else (mine, theirs)
        from viewer.ui.versions.compare_view import open_compare  # its window: on use

        view = open_compare(self.window, old, new)
        self.compare_opened.emit(view)
        return view

    def carry_to(self, newer: str | Path) -> None:
        """Copy the current document's bookmarks onto `newer`, off the GUI thread."""
        document = self.window.current_document
        if document is None or document.path is None:
            return
        self.window.statusBar().showMessage(translate("Versions", "Carrying bookmarks…"))
        failed = translate("Versions", "Could not carry bookmarks: {reason}")
        run_in_background(
            carry_between,
            Path(document.path),
            Path(newer),
            on_done=self._carried,
            on_error=lambda error: self._carried(failed.format(reason=error)),
        )

    def _carried(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15000)
        self.carried.emit(message)


def carry_between(old_path: Path, new_path: Path) -> str:
    """Worker: carry and describe the result ("Carried 12 bookmarks …: 10 exact, 2 fuzzy")."""
    from viewer.core.bookmarks.library import BookmarkLibrary
    from viewer.core.document.markdown_model import load_document
    from viewer.core.versions.carry import carry_bookmarks
    from viewer.core.versions.carry_report import carry_summary

    old, new = load_document(old_path), load_document(new_path)
    with BookmarkLibrary() as library:  # its own connection: SQLite is per thread
        results = carry_bookmarks(library, old, new)
    old_label = _date_of(old_path) or old_path.name
    return carry_summary(results, old_label, _date_of(new_path) or new_path.name)


def _date_of(path: Path) -> str:
    from viewer.core.versions.families import read_head

    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8", "ignore")
    except OSError:
        return ""
    return read_head(head, path.name).date


def install_versions(window) -> VersionsController:
    controller = getattr(window, "versions", None)
    if controller is None:
        controller = VersionsController(window)
        window.versions = controller
        change_actions(window)  # F7 / Shift+F7, listed in Help › Keyboard Shortcuts
        library = getattr(window, "library", None)
        if library is not None:
            controller.watch_library(library)
    return controller
