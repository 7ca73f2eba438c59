"""The converter child process: `python -m viewer.core.formats.child`.

Reads one JSON request per line on stdin ({"path", "kind"}), answers one JSON line on stdout
({"markdown"} or {"error"}). It runs with a memory cap and dies with its parent, so a hostile
file (zip bomb, cyclic PDF, huge page) can cost at most this process, never the app.
"""

from __future__ import annotations

import json
import os
import sys

MEMORY_CAP_BYTES = 2 * 2**30


def _limit_resources() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))
    except (ImportError, ValueError, OSError):  # not on this platform: the time limit remains
        pass


def convert(path: str, kind: str) -> str:
    from viewer.core.formats.safety import read_capped

    data = read_capped(path, kind)
    if kind == "html":
        from viewer.core.formats.html_page import html_to_markdown

        return html_to_markdown(data)
    if kind == "docx":
        from viewer.core.formats.docx_file import docx_to_markdown

        return docx_to_markdown(data)
    if kind == "pdf":
        from viewer.core.formats.pdf_file import pdf_to_markdown

        return pdf_to_markdown(data)
    raise ValueError(f"unknown kind {kind!r}")


def serve() -> int:
    from viewer.core.i18n.catalogue import translate
    from viewer.core.i18n.language import set_language

    _limit_resources()
    out = sys.stdout
    sys.stdout = sys.stderr  # a library that prints must not corrupt the protocol
    for line in sys.stdin:
        try:
            request = json.loads(line)
            set_language(request.get("lang", ""))
            reply = {"markdown": convert(request["path"], request["kind"])}
        except MemoryError:
            reply = {
                "error": translate(
                    "Formats", "it needs more memory than a document may use (a zip bomb?)"
                )
            }
        except Exception as exc:  # any converter failure is an answer, not a crash
            reply = {"error": _describe(exc)}
        out.write(json.dumps(reply, ensure_ascii=False) + "\n")
        out.flush()
    return 0


def _describe(exc: Exception) -> str:
    from viewer.core.base.errors import DocumentError

    if isinstance(exc, DocumentError):
        return str(exc)
    from viewer.core.i18n.catalogue import translate

    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    reason = f"{type(exc).__name__}{': ' + text if text else ''}"
    return translate("Formats", "it could not be read ({reason})").format(reason=reason)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(serve())
