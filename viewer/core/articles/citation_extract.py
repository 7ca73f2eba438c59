"""What one library file cites: runs in worker processes while the citation graph is built.

A top-level function returning plain tuples, so a process pool can pickle call and result.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.articles.catalog import title_key
from viewer.core.articles.references import passage_references
from viewer.core.document.law_version import head_version
from viewer.core.document.structure import parse_structure

_SENTENCE_ENDS = "。；！？;!?\n"
_SENTENCE_MAX = 160

_known_titles: frozenset[str] = frozenset()


def set_known_titles(keys: frozenset[str]) -> None:
    """Pool initializer: the library's title keys, to tell 刑法第X条 from ordinary text."""
    global _known_titles
    _known_titles = keys


def extract_file(job: tuple[str, str]) -> dict:
    """What root/rel_path cites; never raises. {"rel_path", "title", "key", "date", "error",
    "cites": [(passage_id, citing address, cited key, cited address, text, sentence, 1 if in 《》)]}
    """
    from viewer.core.document.markdown_model import parse_document
    from viewer.core.document.textio import read_document_text

    root, rel_path = job
    result: dict = {"rel_path": rel_path, "title": "", "key": "", "date": "", "cites": []}
    try:
        loaded = read_document_text(Path(root) / rel_path)
        document = parse_document(loaded.text, path=Path(root) / rel_path, render_html=False)
    except Exception as exc:  # one bad file must not stop the graph
        result["error"] = f"{type(exc).__name__}: {exc}"
        return result
    _, version = head_version(loaded.text[:4096], rel_path.rpartition("/")[2])
    result.update(title=document.title, key=title_key(document.title), date=version.date)
    structure = parse_structure(document)
    known = _known_titles.__contains__ if _known_titles else None
    for passage in structure.passages:
        for ref in passage_references(passage.id, passage.text, _known(known)):
            if ref.kind != "external":
                continue
            result["cites"].append(
                (
                    passage.id,
                    structure.address_of(passage.id),
                    title_key(ref.title),
                    ref.address,
                    ref.text,
                    sentence_around(passage.text, ref.start, ref.end),
                    int(ref.text.startswith("《")),
                )
            )
    return result


def _known(contains):
    if contains is None:
        return None
    return lambda name: contains(title_key(name))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], cut to a readable length around the reference."""
    left = max((text.rfind(c, 0, start) for c in _SENTENCE_ENDS), default=-1) + 1
    rights = [i for i in (text.find(c, end) for c in _SENTENCE_ENDS) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    left = max(left, start - _SENTENCE_MAX // 2)
    right = min(right, end + _SENTENCE_MAX // 2)
    return text[left:right].strip()
