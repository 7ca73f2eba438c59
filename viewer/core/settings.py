"""User settings (theme, recent files, zoom...) as JSON in the config dir, written atomically.

Window geometry and dock layout belong to the UI (QSettings); everything a script or the core
may also want lives here.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from viewer.core.atomic_file import write_text_atomic
from viewer.core.library_files import json_safe
from viewer.core.paths import app_paths

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1
MAX_RECENT = 10


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    theme: str = "system"  # "system", "light" or "dark"
    zoom: int = 0  # steps from the default text size
    recent_files: list[str] = field(default_factory=list)
    last_pane: dict[str, str] = field(default_factory=dict)  # document path -> pane id
    # a library indexes files that links lead to outside its folder (off: they are skipped)
    library_follow_links: bool = False

    def add_recent(self, path: Path | str) -> None:
        entry = str(Path(path).resolve())
        self.recent_files = [entry] + [p for p in self.recent_files if p != entry]
        del self.recent_files[MAX_RECENT:]


def load_settings(path: Path | None = None) -> Settings:
    path = path or app_paths().settings_file
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    try:
        return Settings(**values)
    except TypeError:
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or app_paths().settings_file
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    write_text_atomic(path, json_safe(text))  # recent files may have names that are not UTF-8
