"""Where Briefing Viewer keeps user data, caches, settings and logs.

One place decides: the platform's standard dirs (platformdirs), unless a data dir is given by
`--data-dir DIR` or the BRIEFING_VIEWER_DATA_DIR environment variable. Then everything (data,
cache, config, logs) lives under that one folder, which makes tests and portable use simple.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "BRIEFING_VIEWER_DATA_DIR"
_APP = "briefing-viewer"


@dataclass(frozen=True)
class AppPaths:
    data: Path  # bookmarks database
    cache: Path  # search indexes (safe to delete)
    config: Path  # settings
    logs: Path

    @property
    def bookmarks_db(self) -> Path:
        return self.data / "bookmarks.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def index_root(self) -> Path:
        return self.cache / "indexes"


_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Point every path at `path` (from --data-dir); None returns to the environment/defaults."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def app_paths() -> AppPaths:
    base = _override
    if base is None and os.environ.get(ENV_DATA_DIR):
        base = Path(os.environ[ENV_DATA_DIR]).expanduser().resolve()
    if base is not None:
        return AppPaths(base / "data", base / "cache", base / "config", base / "logs")
    import platformdirs

    return AppPaths(
        Path(platformdirs.user_data_dir(_APP, appauthor=False)),
        Path(platformdirs.user_cache_dir(_APP, appauthor=False)),
        Path(platformdirs.user_config_dir(_APP, appauthor=False)),
        Path(platformdirs.user_log_dir(_APP, appauthor=False)),
    )


def temp_cache_root() -> Path:
    """Where caches go when the cache folder cannot be written: a per-user folder in the
    system's temporary folder (shared by this user's windows, so they still share an index)."""
    import tempfile

    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return Path(tempfile.gettempdir()) / f"{_APP}-{user}" / "cache"


def default_document() -> Path:
    """briefing.md beside the package (source checkout or editable install), else the cwd.
    `viewer/core/base/paths.py`: the checkout is three folders up, wherever the app is
    started from (a launcher's working folder is not the checkout)."""
    here = Path(__file__).resolve().parents[3] / "briefing.md"
    if here.exists():
        return here
    return Path.cwd() / "briefing.md"


def shown_path(path: Path | str) -> str:
    """A folder or file as the reader sees it: under their home folder as `~/…` (shorter, and
    a screenshot of it names no account or machine)."""
    path = Path(path)
    home = Path.home()
    try:
        rest = path.relative_to(home)
    except ValueError:
        return str(path)
    return "~" if not rest.parts else str(Path("~") / rest)
