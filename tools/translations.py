"""Keep the translation catalogues in step with the code (a developer's tool, not shipped).

    python tools/translations.py update    # lupdate: new strings into every .ts, then compile
    python tools/translations.py compile   # lrelease: .ts -> .qm (the install does this too)
    python tools/translations.py status    # unfinished Chinese strings, per catalogue
    python tools/translations.py todo AREA [LANG]        # JSON of AREA's unfinished strings
    python tools/translations.py apply AREA FILE [LANG]  # fill them from that JSON, compile
(LANG is zh_CN, the default, or en; the JSON is {context: {source: translation or [forms]}}.)

One catalogue per area (`ui_search`, `core_export`, `cli_search`, ...) so that people translating
different features never edit the same file. English is the source language: its catalogue
holds only the plural forms ("%n match(es)" -> "1 match" / "2 matches"), via -pluralonly.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import plural_forms  # tools/ is on sys.path when this runs
import PySide6

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
TOOLS = Path(PySide6.__file__).parent


def areas() -> dict[str, list[Path]]:
    """Area name -> its Python sources: each ui/core feature package, each CLI command."""
    found: dict[str, list[Path]] = {}
    for module in sorted((ROOT / "viewer" / "cli").glob("*.py")):
        found[f"cli_{module.stem}"] = [module]
    found["cli_main"] += sorted((ROOT / "viewer").glob("*.py"))
    for layer in ("ui", "core"):
        for package in sorted((ROOT / "viewer" / layer).iterdir()):
            sources = sorted(package.rglob("*.py")) if package.is_dir() else []
            if sources:
                found[f"{layer}_{package.name}"] = sources
    return found


def update() -> None:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for area, sources in areas().items():
        files = [str(p) for p in sources]
        for suffix, extra in (("zh_CN", []), ("en", ["-pluralonly"])):
            ts = CATALOGUES / f"{area}_{suffix}.ts"
            saved = plural_forms.snapshot(ts)
            command = [str(TOOLS / "lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
            command += [*extra, "-source-language", "en", "-target-language", suffix]
            subprocess.run([*command, *files, "-ts", str(ts)], check=True)
            if suffix == "zh_CN":
                plural_forms.restore(ts, saved)
            else:  # lupdate finds no plural in Python calls: the Chinese catalogue names them
                plural_forms.english(CATALOGUES / f"{area}_zh_CN.ts", ts, saved)
            if ts.exists() and not _has_messages(ts):
                ts.unlink()  # an area with nothing to say (or no plurals) needs no file
    compile_all()


def _has_messages(ts: Path) -> bool:
    return any(True for _ in ET.parse(ts).getroot().iter("message"))


def compile_all() -> None:
    for ts in sorted(CATALOGUES.glob("*.ts")):
        command = [str(TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(command, check=True)


def unfinished(ts: Path) -> int:
    count = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            count += 1
    return count


def status() -> int:
    total = 0
    for ts in sorted(CATALOGUES.glob("*.ts")):
        missing = unfinished(ts)
        total += missing
        if missing:
            print(f"{ts.name}: {missing} unfinished")
    print(f"{total} unfinished in all")
    return 1 if total else 0


def todo(area: str, suffix: str = "zh_CN") -> dict:
    ts = CATALOGUES / f"{area}_{suffix}.ts"
    pending: dict[str, dict] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                forms = len(list(translation.iter("numerusform")))
                text = message.findtext("source") or ""
                pending.setdefault(name, {})[text] = [""] * forms if forms else ""
    return pending


def apply(area: str, answers: dict, suffix: str = "zh_CN") -> int:
    """Write translations into the catalogue; returns how many were filled."""
    ts = CATALOGUES / f"{area}_{suffix}.ts"
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        given = answers.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            answer = given.get(message.findtext("source") or "")
            translation = message.find("translation")
            if not answer or translation is None:
                continue
            if isinstance(answer, list):
                for form, text in zip(translation.iter("numerusform"), answer, strict=False):
                    form.text = text
            else:
                translation.text = answer
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    compile_all()
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
        return status()
    if command == "compile":
        compile_all()
        return 0
    if command == "status":
        return status()
    if command == "todo" and len(argv) >= 2:
        pending = todo(argv[1], *argv[2:3])
        print(json.dumps(pending, ensure_ascii=False, indent=1))
        return 0
    if command == "apply" and len(argv) >= 3:
        answers = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{apply(argv[1], answers, *argv[3:4])} translations filled")
        return status()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
