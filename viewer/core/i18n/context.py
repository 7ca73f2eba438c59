"""`Export.tr("%n excerpt(s)", None, n)`: counted (plural) messages that lupdate can find.

pyside6-lupdate reads `translate(context, text, None, n)` as a message without plural forms
(it takes the fourth argument for the old encoding argument), but reads `<Name>.tr(text, None,
n)` as a plural message of context <Name>. So a module keeps one Context per context it speaks
in, named exactly as the context: `Export = Context("Export")`.
"""

from __future__ import annotations

from collections.abc import Callable

from viewer.core.i18n import catalogue


class Context:
    def __init__(self, name: str, translate: Callable[..., str] | None = None) -> None:
        """`translate`: the Qt one for the desktop app's own catalogues; else the core's."""
        self.name = name
        self._translate = translate or catalogue.translate

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self._translate(self.name, text, disambiguation, n)
