"""PySide's `__feature__` check without keeping every module's source in memory.

Once PySide6 is imported, shiboken checks each module imported after it for "PySide6" in its
source (whether `from __feature__ import ...` may apply to it) with `inspect.getsource`, which
leaves every line of every such module in `linecache`: ~5 MB of Python heap for the reader's
modules, kept for the life of the process (clearing the cache later returns none of it). The
same check is made here by reading the file once, without the cache. The hook is PySide's own,
not public: when it is missing, nothing is changed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def spare_line_cache() -> bool:
    """Replace PySide's per-import source check (True if it was found and replaced)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside
    return True


def mentions_pyside(module) -> bool:
    """True if the module's source file names PySide6 (a module without one: False, as
    `inspect.getsource` failing is taken by PySide)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        return "PySide6" in Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
