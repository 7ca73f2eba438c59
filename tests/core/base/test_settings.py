"""A settings file with bad values: each key checked alone, good ones kept, bad ones named."""

from __future__ import annotations

import json

import pytest

from viewer.core.base import settings
from viewer.core.base.settings import MAX_RECENT, Settings, load_settings, save_settings


def write(tmp_path, content) -> object:
    path = tmp_path / "settings.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


@pytest.mark.parametrize(
    ("stored", "reset"),
    [
        ({"recent_files": 5, "theme": "dark", "zoom": 2}, ["recent_files"]),
        ({"zoom": "abc", "theme": "dark", "recent_files": ["/a.md"]}, ["zoom"]),
        ({"zoom": 1e30, "theme": "dark"}, ["zoom"]),
        ({"zoom": True, "theme": "dark"}, ["zoom"]),
        ({"theme": ["dark"], "zoom": 2}, ["theme"]),
        ({"last_pane": {"/a.md": 3}, "theme": "dark"}, ["last_pane"]),
        ({"recent_files": [None, "/a.md"], "schema_version": "x", "theme": "dark"},
         ["schema_version", "recent_files"]),
    ],
)  # fmt: skip
def test_each_bad_key_is_reset_and_named_good_ones_kept(tmp_path, stored, reset):
    settings = load_settings(write(tmp_path, stored))
    assert sorted(settings.reset) == sorted(reset)
    assert all(name in settings.reset_notice() for name in reset)
    defaults = Settings()
    for key, value in stored.items():
        expected = getattr(defaults, key) if key in reset else value
        assert getattr(settings, key) == expected, key


@pytest.mark.parametrize(
    "content",
    ["[1, 2]", "not json", b"\xff\xfe{\x00}\x00", "[" * 100_000, '"just a string"'],
    ids=["list", "garbage", "utf16", "deep", "string"],
)
def test_an_unusable_file_gives_defaults_and_says_so(tmp_path, content):
    settings = load_settings(write(tmp_path, content))
    assert settings == Settings() and "reset" in settings.reset_notice()


def test_a_good_file_has_no_notice_and_reset_is_never_saved(tmp_path):
    path = write(tmp_path, {"theme": "light", "zoom": -2, "recent_files": ["/x.md"] * 3})
    settings = load_settings(path)
    assert settings.reset_notice() == "" and settings.recent_files == ["/x.md"]
    assert (settings.theme, settings.zoom) == ("light", -2)
    settings.recent_files = [f"/{i}.md" for i in range(MAX_RECENT)]
    save_settings(settings, path)
    assert "reset" not in json.loads(path.read_text(encoding="utf-8"))
    assert load_settings(path).recent_files == settings.recent_files


# Values a hand-edited or foreign settings file may hold, good and bad, for every key.
ODD_VALUES = [0, 1, -1, 100, 101, -101, 1000, 1001, 2.0, 1.5, True, False, None, "", "x",
              "dark", "zh", "system", "a" * 4097, [], ["/a"], [""], [1], ["/a"] * 1001, {},
              {"/a": "b"}, {"/a": 1}, {"/a": ""}, {"/a": "x" * 4097}, float("nan")]  # fmt: skip


@pytest.mark.parametrize("key", sorted(settings.SETTINGS_SCHEMA))
def test_the_quick_check_never_passes_what_the_validator_rejects(key):
    """Start-up accepts a valid file without building the validator (~10 ms); a value the quick
    check is unsure of goes to the validator, which stays the judge."""
    import fastjsonschema

    from viewer.core.base.schema_subset import certainly_valid

    schema = settings.SETTINGS_SCHEMA[key]
    validate = fastjsonschema.compile(schema)
    for value in ODD_VALUES:
        if certainly_valid(value, schema):
            validate(value)  # raises if the quick check was wrong
    default = getattr(settings.Settings(), key)
    assert certainly_valid(default, schema)  # what the app writes passes quickly


def test_a_file_the_app_wrote_loads_without_the_validator(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    saved = settings.Settings(theme="dark", zoom=3, recent_files=["/doc.md"])
    saved.last_pane["/doc.md"] = "第一章"
    settings.save_settings(saved, path)
    monkeypatch.setattr(settings, "_validator", None)  # building it would fail the test
    assert settings.load_settings(path) == saved


def test_a_start_without_a_path_opens_what_was_open_last_else_the_briefing(tmp_path):
    """A first run (nothing saved) opens the bundled briefing; later ones the document or
    library folder open last; one gone since falls back to the briefing and is named."""
    from viewer.core.base.paths import default_document

    law, folder = tmp_path / "law.md", tmp_path / "laws"
    law.write_text("# 法\n", encoding="utf-8")
    folder.mkdir()
    assert settings.start_path(settings.Settings()) == (default_document(), "")
    for last in (law, folder):
        assert settings.start_path(settings.Settings(last_opened=str(last))) == (last, "")
    gone = str(tmp_path / "gone.md")
    assert settings.start_path(settings.Settings(last_opened=gone)) == (default_document(), gone)


def test_the_last_opened_path_survives_a_save_and_load(tmp_path):
    path = tmp_path / "settings.json"
    settings.save_settings(settings.Settings(last_opened="/laws/电子签名法.md"), path)
    assert settings.load_settings(path).last_opened == "/laws/电子签名法.md"


def test_the_bundled_briefing_is_found_from_any_working_folder(tmp_path, monkeypatch):
    """A launcher starts the app in the reader's home folder, not in the checkout."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT
    from viewer.core.base.paths import default_document

    monkeypatch.chdir(tmp_path)
    assert default_document() == ROOT / "briefing.md"
    done = subprocess.run(
        [sys.executable, "-m", "viewer", "search", "--json", "互联网"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},  # the test's own data dir goes along
    )
    assert done.returncode == 0, done.stderr
    assert '"total": ' in done.stdout
