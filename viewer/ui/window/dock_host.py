"""The window's panels (docks): made, reserved for features, added with a View › Panels
toggle, titled in the interface language (mixed into MainWindow)."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QDockWidget, QWidget

from viewer.ui.common import dock_titles, panel_toggle


class DockHost:
    """Dock management of MainWindow; it owns `panels_menu` used here."""

    def _dock(
        self, title: str, name: str, widget: QWidget, context: str = dock_titles.CONTEXT
    ) -> QDockWidget:
        """A panel titled `title` (English source, shown translated in `context`)."""
        dock = QDockWidget(self)
        dock.setObjectName(name)  # saveState() identifies docks by object name
        dock_titles.set_title(dock, title, context)
        dock.setWidget(widget)
        return dock

    def dock_for(
        self,
        name: str,
        title: str,
        area=None,
        context: str = dock_titles.CONTEXT,
    ) -> QDockWidget:
        """The dock named `name`: the one reserved for it, or a new one added to the window.
        `title` is English; it is shown translated in `context` and follows a switch.

        Features whose code loads after the first paint reserve their dock before it, so the
        window's layout (and its saved state) is complete from the first frame."""
        self.build_chrome()  # the window's own panels come first
        dock = self.findChild(QDockWidget, name)
        if dock is None:
            dock = self._dock(title, name, QWidget(), context)
            self.add_dock(dock, area)
        return dock

    def add_dock(self, dock: QDockWidget, area=None) -> None:
        """Add a panel (on the right unless `area` says), with a View › Panels toggle; its saved
        place is restored. (Qt's namespace is named here, not in a default: creating its Python
        enums costs ~15 ms, which the first frame does not pay.)"""
        area = QtCore.Qt.DockWidgetArea.RightDockWidgetArea if area is None else area
        self.build_chrome()  # the window's own panels come first (and the Panels menu)
        if not dock.objectName():
            raise ValueError("dock widgets need an objectName so their layout can be saved")
        if dock_titles.source_title(dock) is None:  # a feature's own dock: its title, translated
            dock_titles.set_title(dock, dock.windowTitle())
        self.addDockWidget(area, dock)
        self.restoreDockWidget(dock)  # no-op unless a saved state knows this dock
        if getattr(self, "building_chrome", False) and self.isVisible():
            dock.show()  # as if the window were shown after it; a saved state follows
        panel_toggle.bring_forward_on_toggle(dock)
        self.panels_menu.addAction(dock.toggleViewAction())
