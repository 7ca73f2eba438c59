"""Build step: compile the Qt Linguist catalogues (resources/i18n/*.ts) into the .qm files
the app loads, with the lrelease that ships in PySide6 (a build requirement in pyproject), and
parse the bundled briefing once (python-markdown is a build requirement too), so that a first
launch shows it as fast as a cached one (viewer/core/document/prerendered.py)."""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def lrelease() -> list[str]:
    import PySide6  # the build environment has it (pyproject [build-system] requires)

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return [str(Path(PySide6.__file__).parent / name)]


def compile_catalogues() -> None:
    for ts in sorted((HERE / "resources" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def prerender_briefing() -> None:
    source = HERE / "briefing.md"
    if not source.exists():  # e.g. an sdist without it: the app parses on first launch instead
        return
    sys.path.insert(0, str(HERE))  # the source tree's viewer package
    from viewer.core.document.prerendered import write_prerendered

    write_prerendered(source, HERE / "resources" / "prerendered" / "briefing.json")


class BuildWithTranslations(build_py):
    def run(self):
        compile_catalogues()  # before the copy, so package data picks the .qm files up
        prerender_briefing()  # the same for the pre-rendered briefing
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
