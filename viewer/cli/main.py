"""Command line: `python -m viewer [FILE]` opens the app; subcommands script the core.

    briefing-viewer [--data-dir DIR] [FILE|FOLDER] [--screenshot PNG]   the desktop app
    python -m viewer search ...                                         search (see --help)
    python -m viewer bookmarks {add,list,export,import} ...             bookmarks
    python -m viewer {outline,show,refs,cited-by} ...                   articles and citations
    python -m viewer convert FILE [-o OUT.md]                          web page/Word/PDF -> Markdown
    python -m viewer {versions,compare} ...                             versions of a work
    python -m viewer bookmarks carry --from OLD --to NEW                bookmarks to a new version
    python -m viewer {export,memo} ... --format pdf|docx|html|md -o OUT  print files, 摘编

`briefing-viewer` (GUI script) and `briefing-viewer-cli` / `python -m viewer` (console) share
this code; the console twin reports a bad document as one line on stderr with exit code 2,
the GUI shows it in a dialog.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys

from viewer import __version__
from viewer.cli.help_format import CommandHelp, use_interface_language
from viewer.core.base import paths
from viewer.core.i18n import language
from viewer.core.i18n.catalogue import translate
from viewer.core.i18n.language import LANGUAGES

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # as a shell reports a command ended by Ctrl+C (128 + SIGINT)
# command -> (module, function): each command's module is imported only when it runs
COMMANDS = {
    "search": ("viewer.cli.search", "run_search"),
    "bookmarks": ("viewer.cli.bookmarks", "run_bookmarks"),
    "convert": ("viewer.cli.convert", "run_convert"),
    "outline": ("viewer.cli.outline", "run_outline"),
    "show": ("viewer.cli.outline", "run_show"),
    "refs": ("viewer.cli.refs", "run_refs"),
    "cited-by": ("viewer.cli.refs", "run_cited_by"),
    "versions": ("viewer.cli.versions", "run_versions"),
    "compare": ("viewer.cli.compare", "run_compare"),
    "bookmarks carry": ("viewer.cli.carry", "run_carry"),
    "export": ("viewer.cli.export", "run_export"),
    "memo": ("viewer.cli.export", "run_memo"),
}


def build_parser() -> argparse.ArgumentParser:
    """The app's options, their help in the current language (set it first)."""
    use_interface_language()
    parser = argparse.ArgumentParser(
        prog="briefing-viewer",
        description=translate("Main", "Read, search and bookmark Chinese policy briefings."),
        epilog=translate(
            "Main",
            "Commands for scripts (each with --help): search; bookmarks (add, list, export, "
            "import, carry); outline, show, refs, cited-by (articles and citations); versions, "
            "compare (versions of a work); convert (web page, Word or PDF to Markdown); export, "
            "memo (PDF, Word, HTML, Markdown). Example: python -m viewer search --help. "
            "Without a path the app opens the document or folder open last (at first, and "
            "when that is gone: briefing.md).",
        ),
        formatter_class=CommandHelp,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("Main", "show the version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        help=translate("Main", "keep all user data here (env: {env})").format(
            env=paths.ENV_DATA_DIR
        ),
    )
    parser.add_argument(
        "path",
        nargs="?",
        help=translate("Main", "document (.md, .html, .docx, .pdf) or folder to open"),
    )
    parser.add_argument("--pane", help=translate("Main", "open this pane (id or title)"))
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate(
            "Main", "interface language for this run (default: as saved, else the system)"
        ),
    )
    parser.add_argument(
        "--theme", choices=("system", "light", "dark"), help=translate("Main", "colour theme")
    )
    parser.add_argument(
        "--search", metavar="QUERY", help=translate("Main", "start with this search")
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help=translate("Main", "render the window offscreen to PNG and exit"),
    )
    parser.add_argument(
        "--size", default="1280x800", help=translate("Main", "window size for --screenshot")
    )
    parser.add_argument(
        "--fatal-errors",
        action="store_true",
        help=translate("Main", "exit on an unexpected error (for tests)"),
    )
    return parser


def _split_global(argv: list[str], option: str = "--data-dir") -> tuple[str | None, list[str]]:
    """Take `option VALUE` from anywhere so it works for every command."""
    value, rest, i = None, [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == option and i + 1 < len(argv):
            value, i = argv[i + 1], i + 2
            continue
        if arg.startswith(option + "="):
            value, i = arg.split("=", 1)[1], i + 1
            continue
        rest.append(arg)
        i += 1
    return value, rest


def main(argv: list[str] | None = None, *, gui_script: bool = False) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    data_dir, rest = _split_global(argv)
    if data_dir:
        paths.set_data_dir(data_dir)
    rest, undecodable = _decoded(rest)
    # Commands and help speak the language of --lang (before or after a command), else LANG;
    # the app itself may then use a saved choice.
    lang, command = _split_global(rest, "--lang")
    language.set_language(language.choose(lang, None))
    use_interface_language()  # the commands' parsers too
    if undecodable is not None:
        return _undecodable(undecodable)
    if command[:2] == ["bookmarks", "carry"]:
        return _run_command("bookmarks carry", command[2:])
    if command and command[0] in COMMANDS:
        return _run_command(command[0], command[1:])
    if command and _mistyped(command[0]):
        return EXIT_USAGE
    args = build_parser().parse_args(rest)  # the app's parser checks --lang itself
    from viewer.ui.window.app import run_app

    return run_app(args, console=not gui_script)


# What the OS could not decode as UTF-8 reaches sys.argv as lone surrogates (PEP 383).
_UNDECODED = re.compile("[\udc80-\udcff]")


def _decoded(argv: list[str]) -> tuple[list[str], str | None]:
    """Arguments typed in a GBK terminal under a UTF-8 locale, as GB18030 text (a superset
    of GBK), so a query or quote works instead of crashing the search. An argument naming an
    existing file as it stands is kept: its bytes are the file's name. Returns the arguments
    and the first one neither encoding reads (or None)."""
    decoded = []
    for arg in argv:
        if _UNDECODED.search(arg) and not os.path.lexists(arg):
            try:
                arg = os.fsencode(arg).decode("gb18030")
            except UnicodeDecodeError:
                return decoded, arg
        decoded.append(arg)
    return decoded, None


def _undecodable(arg: str) -> int:
    """One line, as the commands report a bad document; the bad bytes shown as \\xNN."""
    shown = os.fsencode(arg).decode("utf-8", "backslashreplace")
    message = translate(
        "Main", "briefing-viewer: error: an argument is neither UTF-8 nor GB18030 text: {argument}"
    )
    print(message.format(argument=shown), file=sys.stderr)
    return EXIT_USAGE


def _mistyped(word: str) -> bool:
    """`serach`: not a file, but close to a command's name: say which (one line), rather than
    open a window that says "File not found: serach"."""
    import difflib

    if os.path.lexists(word) or word.startswith("-") or any(c in word for c in "./\\"):
        return False  # an option, or a file's name (报告.md), missing or not
    close = difflib.get_close_matches(word, [c for c in COMMANDS if " " not in c], n=1)
    if not close:
        return False
    message = translate(
        "Main", "briefing-viewer: error: no command {word}: did you mean {command}?"
    )
    print(message.format(word=word, command=close[0]), file=sys.stderr)
    return True


def _run_command(command: str, argv: list[str]) -> int:
    import importlib

    module, function = COMMANDS[command]
    previous = _stop_on_interrupt()
    try:
        return getattr(importlib.import_module(module), function)(argv)
    except BrokenPipeError:  # `| head`: the reader has seen enough
        sys.stdout = None
        return 0
    except KeyboardInterrupt:  # one line, not a traceback from deep in an index update
        print(translate("Main", "briefing-viewer: stopped (Ctrl+C)"), file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _stop_on_interrupt():
    """Ctrl+C stops this process only: a process forked from it (Whoosh's writers) keeps the
    handler and ignores it, as its parent ends it. Returns the handler replaced (None: none)."""
    main_pid = os.getpid()

    def interrupted(_signum, _frame) -> None:
        if os.getpid() == main_pid:
            raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGINT, interrupted)
    except ValueError:  # not the main thread (a test driving the CLI): Python's default stays
        return None


def gui_main() -> int:
    return main(gui_script=True)
