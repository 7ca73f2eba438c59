"""The interface language in the desktop app: Qt translators, a live switch, retranslation.

`translate(context, text)` is Qt's QCoreApplication.translate; `pyside6-lupdate` collects every
such call into resources/i18n/<area>_<lang>.ts (tools/translations.py). `install` loads the
compiled catalogues plus Qt's own (so standard buttons and line-edit menus follow), and tells
the core (whose messages come from the same catalogues) which language is in use. `live`
applies a widget's texts now and again after each switch, so nothing needs a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from viewer.core.i18n import language
from viewer.core.i18n.catalogue import (
    QT_TRANSLATE_NOOP,  # noqa: F401 - for string tables
    catalogue_dir,
    english_plural,
)

log = logging.getLogger(__name__)
_QT_LOCALES = {
    "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    shown = QCoreApplication.translate(context, text, disambiguation, n)
    return english_plural(shown, n) if n >= 0 else shown


class _Notifier(QObject):
    changed = Signal(str)


_notifier: _Notifier | None = None
_translators: list[QTranslator] = []
_installed: list[str] = []  # the code whose translators are in place, once there is one


def notifier() -> _Notifier:
    """Emits `changed(code)` after the language switched and every translator is in place."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def _catalogues(code: str) -> list[Path]:
    suffix = language.CATALOGUE_SUFFIX[code]
    return sorted(catalogue_dir().glob(f"*_{suffix}.qm"))


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(str(path)):
        return translator
    log.warning("translations %s could not be loaded", path.name)
    return None


def install(code: str) -> str:
    """Make `code` ("zh" or "en") the interface language, at once; returns the one in use."""
    code = language.normalize(code) or language.DEFAULT
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    files = _catalogues(code)
    if code == "zh":  # Qt's own strings: dialog buttons, the text fields' context menu
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.insert(0, qt_dir / "qtbase_zh_CN.qm")
    for path in files:
        translator = _load(path)
        if translator is not None and app.installTranslator(translator):
            _translators.append(translator)
    QLocale.setDefault(_QT_LOCALES[code])
    _installed[:] = [code]
    language.set_language(code)
    notifier().changed.emit(code)
    return code


def current() -> str:
    return language.current()


def installed() -> str | None:
    """The language whose catalogues Qt has loaded (None before the first `install`)."""
    return _installed[0] if _installed else None


class _Retranslation(QObject):
    """Lives as a child of the widget it translates, so the connection dies with it."""

    def __init__(self, owner: QObject, apply: Callable[[], None]):
        super().__init__(owner)
        self._apply = apply
        notifier().changed.connect(self.reapply)

    def reapply(self, _code: str = "") -> None:
        self._apply()


def live(owner: QObject, apply: Callable[[], None]) -> None:
    """Run `apply` (which sets `owner`'s texts through `translate`) now and after each switch."""
    apply()
    _Retranslation(owner, apply)
