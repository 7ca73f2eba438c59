"""Light and dark themes: a Fusion palette for the widgets, CSS for the rendered Markdown.

"system" follows the desktop's colour scheme (Qt reports it through QStyleHints); on desktops
that do not say, light is used. Colours live in resources/*.qss and *.css, not in code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#dfe1e5",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#2b2d30",
    QPalette.ColorRole.Text: "#dfe1e5",
    QPalette.ColorRole.Button: "#3c3f41",
    QPalette.ColorRole.ButtonText: "#dfe1e5",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#dfe1e5",
    QPalette.ColorRole.Link: "#6ea8fe",
    QPalette.ColorRole.PlaceholderText: "#8c8f94",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f3",
    QPalette.ColorRole.WindowText: "#1f1f1f",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8fa",
    QPalette.ColorRole.Text: "#1f1f1f",
    QPalette.ColorRole.Button: "#ececec",
    QPalette.ColorRole.ButtonText: "#1f1f1f",
    QPalette.ColorRole.Highlight: "#3874d8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1f1f1f",
    QPalette.ColorRole.Link: "#0b57d0",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",
}


SYSTEM_SCHEME_KEY = "theme/system_scheme"  # in the window's QSettings: the last answer
_assumed: dict[int, str] = {}  # id(app) -> what "system" means until confirm_system_scheme()


def resolve(mode: str, app: QApplication | None = None) -> str:
    """'system' -> 'light' or 'dark'; unknown values count as 'system'."""
    if mode in ("light", "dark"):
        return mode
    if app is not None and id(app) in _assumed:
        return _assumed[id(app)]
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == QtCore.Qt.ColorScheme.Dark else "light"


def assume_system_scheme(app: QApplication, last: object) -> None:
    """Until `confirm_system_scheme`, "system" means `last` (what it meant at the last start).

    Asking Qt for the desktop's scheme makes PySide create the ~90 enum classes of the Qt
    namespace (~15 ms): the first frame takes last time's answer, which is checked after it.
    At the very first start the desktop's own palette (dark or light) stands in for it."""
    if last not in ("light", "dark"):
        window = app.palette().color(QPalette.ColorRole.Window)
        last = "dark" if window.lightness() < 128 else "light"
    _assumed[id(app)] = last


def confirm_system_scheme(app: QApplication, qsettings) -> str:
    """The desktop's scheme now, remembered for the next start."""
    _assumed.pop(id(app), None)
    scheme = resolve("system")
    if qsettings.value(SYSTEM_SCHEME_KEY) != scheme:
        qsettings.setValue(SYSTEM_SCHEME_KEY, scheme)
        qsettings.sync()  # now: a start that is killed later still leaves it for the next
    return scheme


def resource_text(name: str) -> str:
    import viewer.resources  # a plain folder: see viewer.core.i18n.catalogue.catalogue_dir

    return (Path(viewer.resources.__file__).parent / name).read_text(encoding="utf-8")


_applied: dict[int, str] = {}  # id(app) -> theme applied, so a repeat costs nothing
_fusion_apps: set[int] = set()  # id(app) of applications known to use Fusion


def new_application(argv: list[str]) -> QApplication:
    """The application, in the Fusion style from the start: asking a running application for its
    style makes PySide build the Python class of QStyle (~15 ms before the first paint)."""
    app = QApplication([*argv[:1], "-style", "Fusion"])
    _fusion_apps.add(id(app))
    return app


def apply_theme(app: QApplication, mode: str) -> str:
    """Style the whole application; returns the resolved theme name.

    Best called before the first widget exists: a style change afterwards re-polishes every
    widget (~13 ms of start-up for the main window)."""
    resolved = resolve(mode, app)
    if _applied.get(id(app)) == resolved:
        return resolved
    _applied[id(app)] = resolved
    if id(app) not in _fusion_apps:
        _fusion_apps.add(id(app))
        if app.style().name().lower() != "fusion":  # Linux defaults to it: don't build it twice
            app.setStyle("Fusion")  # the same look everywhere; Fusion honours the palette fully
    palette = QPalette()
    for role, colour in (_DARK if resolved == "dark" else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    # Greyed when disabled: setColor above set every group, so a disabled button looked live.
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, palette.placeholderText().color())
    app.setPalette(palette)
    return resolved


def widget_qss(resolved: str) -> str:
    """QSS for the few widgets that need more than the palette (e.g. the info bar).

    Applied per widget, not app-wide: an application style sheet makes Qt restyle every
    widget through QStyleSheetStyle, which costs start-up time for no visible gain."""
    return resource_text("app.qss") + resource_text(f"app-{resolved}.qss")


def markdown_css(resolved: str) -> str:
    """CSS for rendered Markdown (QTextDocument's CSS subset) in the resolved theme."""
    return resource_text("markdown.css") + resource_text(f"markdown-{resolved}.css")
