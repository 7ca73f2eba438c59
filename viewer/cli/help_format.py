"""Every command's `--help` in the interface language, laid out for Chinese as well as English.

argparse's own words ("usage:", "options", its errors) come from gettext, which has no Chinese
for the standard library, so they are taken from the "Argparse" catalogue instead; its section
headings end in a colon it adds itself, full-width in Chinese. Its line filler breaks only at
spaces and hyphens, which cuts `cited-by` in two and leaves Chinese paragraphs as one long
line; this one breaks between Chinese characters (never before a closing mark) and at spaces.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from functools import cache

from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate
from viewer.core.text.line_breaking import NO_LINE_END, NO_LINE_START

ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
)

_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
# the reading view's line-breaking rules (core/text/line_breaking), and an ellipsis never
# starts a help line either
_CLOSING = set(NO_LINE_START + "…")
_OPENING = set(NO_LINE_END)


def use_interface_language() -> None:
    """argparse's own words from the catalogue, in the language current when it runs."""
    argparse._ = lambda text: translate("Argparse", text)


def command_parser(prog: str, description: str, epilog: str | None = None, **options):
    """An ArgumentParser whose help and errors speak the interface language."""
    use_interface_language()
    return argparse.ArgumentParser(
        prog=prog, description=description, epilog=epilog, formatter_class=CommandHelp, **options
    )


class CommandHelp(argparse.HelpFormatter):
    def start_section(self, heading) -> None:
        self._headings = [*getattr(self, "_headings", []), heading]
        super().start_section(heading)

    def format_help(self) -> str:
        shown = super().format_help()
        for heading in getattr(self, "_headings", []):
            titled = translate("Argparse", "{heading}:").format(heading=heading)
            shown = shown.replace(f"\n{heading}:\n", f"\n{titled}\n")
        return shown

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        """Paragraphs (blank-line separated) are filled; indented lines (examples) kept."""
        lines: list[str] = []
        for paragraph in re.split(r"\n\s*\n", text.strip("\n")):
            if lines:
                lines.append("")
            if paragraph.startswith(" "):
                lines.extend(indent + line.rstrip() for line in paragraph.splitlines())
                continue
            filled = wrap(" ".join(paragraph.split()), width - len(indent))
            lines.extend(indent + line for line in filled)
        return "\n".join(lines)


def wrap(text: str, width: int) -> list[str]:
    """Greedy fill to `width` terminal columns (a Chinese character takes two)."""
    lines, line, gap = [], "", ""
    for token in _glued(_tokens().findall(text)):
        if token.isspace():
            gap = " " if line else ""
            continue
        if line and columns(line + gap + token) > width:
            lines.append(line)
            line, gap = token, ""
        else:
            line, gap = line + gap + token, ""
    return [*lines, line] if line else lines


@cache
def _tokens() -> re.Pattern:
    """A run of spaces, a run of other non-Chinese text (kept whole: `cited-by`, --json), one
    character. Compiled when help is shown (~4 ms), not at every start of the app."""
    return re.compile(rf"\s+|[^\s{_CJK}]+|[{_CJK}]")


def _glued(tokens: list[str]) -> list[str]:
    """Closing marks join the token before them, opening marks the one after."""
    glued: list[str] = []
    for token in tokens:
        joins = glued and not token.isspace() and not glued[-1].isspace()
        if joins and (token[0] in _CLOSING or glued[-1][-1] in _OPENING):
            glued[-1] += token
        else:
            glued.append(token)
    return glued


def columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
