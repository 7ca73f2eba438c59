"""User settings (theme, recent files, zoom...) as JSON in the config dir, written atomically.

Window geometry and dock layout belong to the UI (QSettings); everything a script or the core
may also want lives here.

The file may have been edited by hand or written by another version, so each key is checked
against SETTINGS_SCHEMA on its own: good values are kept, a bad one falls back to its default,
and `Settings.reset` names those so the UI can tell the user. Nothing in the file can stop the
app from starting.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.base.paths import app_paths, default_document
from viewer.core.base.schema_subset import certainly_valid
from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate
from viewer.core.text.file_names import json_safe

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1
MAX_RECENT = 10
MAX_SETTINGS_BYTES = 1_000_000  # a settings file is a few KB; anything bigger is not ours
_PATH = {"type": "string", "minLength": 1, "maxLength": 4096}
# How the reset notice names each setting; the key follows in brackets for those who edit the file.
SETTING_NAMES = {
    "schema_version": QT_TRANSLATE_NOOP("Settings", "settings version"),
    "theme": QT_TRANSLATE_NOOP("Settings", "colour theme"),
    "language": QT_TRANSLATE_NOOP("Settings", "interface language"),
    "zoom": QT_TRANSLATE_NOOP("Settings", "text size"),
    "recent_files": QT_TRANSLATE_NOOP("Settings", "recent files"),
    "last_pane": QT_TRANSLATE_NOOP("Settings", "last topic read"),
    "library_follow_links": QT_TRANSLATE_NOOP("Settings", "library follows links"),
    "library_documents": QT_TRANSLATE_NOOP("Settings", "library's last documents"),
    "last_opened": QT_TRANSLATE_NOOP("Settings", "document or library open last"),
}
UNREADABLE = QT_TRANSLATE_NOOP("Settings", "all (the settings file could not be read)")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Settings", "all (the settings file is not a JSON object)")
SETTINGS_SCHEMA = {
    "schema_version": {"type": "integer", "minimum": 0, "maximum": 1000},
    "theme": {"enum": ["system", "light", "dark"]},
    "language": {"enum": ["system", "zh", "en"]},
    "zoom": {"type": "integer", "minimum": -100, "maximum": 100},
    "recent_files": {"type": "array", "maxItems": 1000, "items": _PATH},
    "last_pane": {
        "type": "object",
        "maxProperties": 10_000,
        "additionalProperties": {"type": "string", "maxLength": 4096},
    },
    "library_follow_links": {"type": "boolean"},
    "library_documents": {
        "type": "object",
        "maxProperties": 10_000,
        "additionalProperties": _PATH,
    },
    "last_opened": {"type": "string", "maxLength": 4096},
}


@cache
def _validator():
    import fastjsonschema  # compiled on first use (about 10 ms): see _checked

    return fastjsonschema.compile({"type": "object", "properties": SETTINGS_SCHEMA})


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    theme: str = "system"  # "system", "light" or "dark"
    language: str = "system"  # "system" (the locale), "zh" or "en"
    zoom: int = 0  # steps from the default text size
    recent_files: list[str] = field(default_factory=list)
    last_pane: dict[str, str] = field(default_factory=dict)  # document path -> pane id
    # a library indexes files that links lead to outside its folder (off: they are skipped)
    library_follow_links: bool = False
    # library folder -> the document last open from it (reopened with the library)
    library_documents: dict[str, str] = field(default_factory=dict)
    # the document, or the library folder, open last: a start without a path reopens it
    last_opened: str = ""
    # Not saved: the keys whose stored values were invalid and were reset on loading.
    reset: list[str] = field(default_factory=list, compare=False, repr=False)

    def add_recent(self, path: Path | str) -> None:
        entry = str(Path(path).resolve())
        self.recent_files = [entry] + [p for p in self.recent_files if p != entry]
        del self.recent_files[MAX_RECENT:]

    def reset_notice(self) -> str:
        """One sentence for the user, or "" when every stored setting was valid."""
        if not self.reset:
            return ""
        names = translate("Settings", ", ").join(_shown_name(key) for key in self.reset)
        return translate(
            "Settings",
            "Some saved settings were invalid and were reset to their defaults: {names}.",
        ).format(names=names)


def _shown_name(key: str) -> str:
    if key in SETTING_NAMES:
        return translate("Settings", "{name} ({key})").format(
            name=translate("Settings", SETTING_NAMES[key]), key=key
        )
    return translate("Settings", key)  # UNREADABLE, NOT_AN_OBJECT


def load_settings(path: Path | None = None) -> Settings:
    path = path or app_paths().settings_file
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            raise ValueError("too large")
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings(reset=[UNREADABLE])
    if not isinstance(raw, dict):
        return Settings(reset=[NOT_AN_OBJECT])
    return _checked(raw)


def _checked(raw: dict) -> Settings:
    """Drop the first invalid key the validator names, again, until the rest is valid."""
    good = {key: raw[key] for key in SETTINGS_SCHEMA if key in raw}
    if all(certainly_valid(value, SETTINGS_SCHEMA[key]) for key, value in good.items()):
        return _settings(good, [])  # the usual file, written by the app: no validator to build
    import fastjsonschema  # ~5 ms: only for a file that may be invalid

    bad: list[str] = []
    while True:
        try:
            _validator()(good)
            break
        except fastjsonschema.JsonSchemaValueException as error:
            key = error.path[1] if len(error.path) > 1 else None
            if key not in good:  # cannot happen for an object of known keys; be safe anyway
                bad.extend(good)
                good = {}
                break
            bad.append(key)
            del good[key]
    return _settings(good, bad)


def _settings(good: dict, bad: list[str]) -> Settings:
    if "recent_files" in good:
        good["recent_files"] = list(dict.fromkeys(good["recent_files"]))[:MAX_RECENT]
    if bad:
        log.warning("invalid settings reset to defaults: %s", ", ".join(bad))
    return Settings(**good, reset=bad)


def start_path(settings: Settings) -> tuple[Path, str]:
    """What a start without a path opens, as a document reader reopens its last document: the
    document or library folder open last, else the bundled briefing (a first run, or that one
    is gone). Second: the path that could not be reopened ("" if none), for a quiet note."""
    last = settings.last_opened
    if last and (Path(last).is_file() or Path(last).is_dir()):
        return Path(last), ""
    return default_document(), last


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or app_paths().settings_file
    data = {f.name: getattr(settings, f.name) for f in fields(Settings) if f.name != "reset"}
    text = json.dumps(data, ensure_ascii=False, indent=2)
    write_text_atomic(path, json_safe(text))  # recent files may have names that are not UTF-8
