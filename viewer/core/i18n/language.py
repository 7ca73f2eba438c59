"""Which interface language is in use: "zh" (简体中文) or "en" (English).

The choice comes, in order, from `--lang`, the saved setting, then the system, read as
gettext reads it: LANGUAGE (a list such as "zh_CN:en") comes first unless the locale (the first
set of LC_ALL, LC_MESSAGES, LANG) is C/POSIX; then that locale. Listeners hear a switch, so
the desktop app can redraw at once and the core's messages follow.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

LANGUAGES = ("zh", "en")
# Shown in each language's own script in both interfaces, so a reader can always find theirs.
LANGUAGE_NAMES = {"zh": "中文（简体）", "en": "English"}
# File suffix of each language's catalogue (Qt's convention: language_TERRITORY).
CATALOGUE_SUFFIX = {"zh": "zh_CN", "en": "en"}
DEFAULT = "en"

_current = [DEFAULT]
# a file made for someone else (an excerpt memo) may speak another language than the window:
# set per thread (a ContextVar), so the window's own texts never switch with it
_speaking: ContextVar[str | None] = ContextVar("speaking", default=None)


def normalize(code: str | None) -> str | None:
    """'zh', 'zh_CN.UTF-8', 'zh-Hans', 'en_GB' -> 'zh' / 'en'; None for anything else."""
    base = (code or "").strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return base if base in LANGUAGES else None


def from_environment(env: Mapping[str, str] | None = None) -> str:
    """The language the system asks for; English when it names neither of ours."""
    env = os.environ if env is None else env
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if locale in ("C", "POSIX") or locale.startswith("C."):
        return DEFAULT  # the plain C locale asks for no language, LANGUAGE included
    for part in env.get("LANGUAGE", "").split(":"):
        if normalize(part):
            return normalize(part)
    return normalize(locale) or DEFAULT


def choose(requested: str | None, saved: str | None, env: Mapping[str, str] | None = None) -> str:
    """`--lang` beats the saved choice, which beats the system ('system' means the system)."""
    return normalize(requested) or normalize(saved) or from_environment(env)


def current() -> str:
    return _speaking.get() or _current[0]


@contextmanager
def speaking(code: str | None) -> Iterator[None]:
    """Within the block, on this thread only, texts are made in `code` ("" or None: as now)."""
    chosen = normalize(code)
    if chosen is None:
        yield
        return
    token = _speaking.set(chosen)
    try:
        yield
    finally:
        _speaking.reset(token)


def set_language(code: str) -> str:
    """Switch the language (unknown codes keep the current one)."""
    _current[0] = normalize(code) or _current[0]
    return _current[0]
