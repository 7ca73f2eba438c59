"""The README's two fresh-machine commands are real: CI runs the same test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shell_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, re.S)]


def test_readme_install_commands_and_ci_agree():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = _shell_blocks(readme)
    launch, test = blocks[0], blocks[1]
    assert launch.startswith("python3 -m venv .venv") and launch.endswith("briefing-viewer")
    assert "pytest" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci, "the README's test command must be the one CI runs"


def test_readme_names_the_system_packages_ci_installs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_packages = set(re.findall(r"\b(lib[\w.+-]+|fonts-[\w-]+|xvfb|xauth|xdotool)\b", ci))
    missing = sorted(p for p in ci_packages if p not in readme)
    assert not missing, missing
