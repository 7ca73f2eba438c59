"""Shared fixtures: every test gets its own data dir; ../shared is found or skipped cleanly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from viewer.core.base import paths
from viewer.core.i18n import language

# The suite reads English unless a test asks for Chinese: the machine's locale must not decide.
for _key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_key, None)
os.environ["LANG"] = "C.UTF-8"  # English; a locale every machine has (soffice needs a real one)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BRIEFING_VIEWER_SHARED", ROOT.parent / "shared"))
BRIEFING = ROOT / "briefing.md"
SEED = SHARED / "seed" / "000_f3808dcaec2fd1ab.txt"
LAWS = SHARED / "corpora" / "laws"
EVAL = SHARED / "eval"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test ever touches the real user data dir."""
    data_dir = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data_dir))
    paths.set_data_dir(None)
    yield data_dir
    paths.set_data_dir(None)
    language.set_language(language.DEFAULT)


def shared_path(path: Path) -> Path:
    """Return a ../shared path or skip the test with a message saying what is missing."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not available); skipping")
    return path


@pytest.fixture
def seed_text() -> str:
    return shared_path(SEED).read_text(encoding="utf-8")


@pytest.fixture
def laws_dir() -> Path:
    return shared_path(LAWS)


@pytest.fixture
def eval_dir() -> Path:
    return shared_path(EVAL)
