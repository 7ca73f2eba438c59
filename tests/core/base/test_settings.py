"""A settings file with bad values: each key checked alone, good ones kept, bad ones named."""

from __future__ import annotations

import json

import pytest

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
