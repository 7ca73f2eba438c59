"""Articles the structure parser finds vs a plain regex count of lines starting with 第X条.

    .venv/bin/python benchmarks/articles_count.py [LAWS_DIR]

Prints both totals, the time taken and every file where they differ (with the lines involved).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.core.document.markdown_model import parse_document  # noqa: E402
from viewer.core.document.structure import parse_structure  # noqa: E402
from viewer.core.document.textio import read_document_text  # noqa: E402

LINE = re.compile(r"^第[〇零一二三四五六七八九十百千0-9]+条", re.M)
ARTICLE_LINE = re.compile(
    r"^第[〇零一二三四五六七八九十百千0-9]+条(之[〇一二三四五六七八九十]+)?[\s【]"
)


def compare(path: Path) -> tuple[int, int, list[str], list[str]]:
    text = read_document_text(path).text
    lines = LINE.findall(text)
    structure = parse_structure(parse_document(text, path=path, render_html=False))
    regex_lines = [m.group(0) for m in re.finditer(r"^第[^\n]{0,30}", text, re.M)]
    return len(lines), len(structure.articles), regex_lines, structure.problems


def main(root: Path) -> None:
    started = time.perf_counter()
    total_regex = total_parsed = 0
    problems: dict[str, int] = {}
    for path in sorted(root.rglob("*.md")):
        if path.name == "SOURCE.md":
            continue
        regex, parsed, lines, found = compare(path)
        for problem in found:
            kind = problem.split(":")[0] if ":" in problem else "appears more than once"
            problems[kind] = problems.get(kind, 0) + 1
        total_regex += regex
        total_parsed += parsed
        if regex != parsed:
            print(f"{path.relative_to(root)}: regex {regex}, parser {parsed}")
            for line in lines:
                if LINE.match(line) and not ARTICLE_LINE.match(line):
                    print("   ", line)
    elapsed = time.perf_counter() - started
    print("numbering problems reported:", problems)
    print(f"regex lines: {total_regex}  parser articles: {total_parsed}  ({elapsed:.1f} s)")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/laws"))
