"""What the window remembers and restores: geometry and panels fitted to the screen, the
reading column kept wide enough, settings saved on close (mixed into MainWindow)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings

from viewer.core.base.errors import StorageError
from viewer.core.base.paths import app_paths
from viewer.core.base.settings import save_settings

log = logging.getLogger(__name__)


def window_settings() -> QSettings:
    """The window's own state (geometry, panels, the desktop's last colour scheme)."""
    return QSettings(str(app_paths().config / "window.ini"), QSettings.Format.IniFormat)


class WindowState:
    """Layout and state of MainWindow; it owns the settings and widgets used here."""

    def restore_layout(self, screen_rect=None) -> None:
        """Saved geometry and panels, fitted to the screen (`screen_rect`: its available part,
        by default the window's screen's): a window saved on a bigger screen still fits."""
        self.restore_geometry(screen_rect)
        self.restore_panels(screen_rect)

    def restore_geometry(self, screen_rect=None) -> None:
        """The saved size and place (before show(): the first frame has the right size)."""
        from viewer.ui.common import window_fit  # not before the first frame: its Qt classes

        geometry = self.qsettings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(window_fit.first_size(screen_rect or window_fit.available_rect(self)))

    def restore_panels(self, screen_rect=None) -> None:
        """Fit to the screen and bring back the panels' saved places (once they exist)."""
        if not self.isVisible():
            self._screen_rect = screen_rect  # fitted again once shown (see showEvent)
        from viewer.ui.common import window_fit  # not before the first frame: its Qt classes

        window_fit.fit_to_screen(self, screen_rect)
        window_fit.cap_side_minimums(self)
        state = self.qsettings.value("windowState")
        if state is None or not self.restoreState(state):
            window_fit.balance_docks(self)
        else:
            window_fit.keep_reading_room(self)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if hasattr(self, "_screen_rect"):  # the frame's size is known only now
            from viewer.ui.common import window_fit

            window_fit.fit_to_screen(self, self._screen_rect)
            del self._screen_rect
            window_fit.schedule_keep_reading_room(self)  # restored panels may be too wide

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # no panels yet (the first frame): nothing gives way to the reading column
        if self.chrome_built and event.size().width() != event.oldSize().width():
            from viewer.ui.common import window_fit

            window_fit.schedule_keep_reading_room(self)

    def save_state(self) -> None:
        self.qsettings.setValue("geometry", self.saveGeometry())
        self.qsettings.setValue("windowState", self.saveState())
        self.qsettings.sync()
        try:
            save_settings(self.settings)
        except (OSError, StorageError) as exc:  # a read-only data dir must not stop closing
            log.warning("could not save settings: %s", exc)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._load_task is not None:
            self._load_task.cancel()
        self.save_state()
        super().closeEvent(event)
