"""Parsing one library file into what the index and the text store need (runs in workers).

Everything here is a top-level function returning plain data, so a `multiprocessing` pool can
pickle the call and its result. The result is a dict rather than a Document: the Whoosh body
and the text store's ready-compressed row, so the indexing process itself does little work.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from viewer.core.base.errors import DocumentError
from viewer.core.document.books import HEAD_CHARS, book_place, titled
from viewer.core.document.front_matter import split_front_matter
from viewer.core.document.law_version import document_version
from viewer.core.library import messages
from viewer.core.library.files import is_inside
from viewer.core.library.messages import Message
from viewer.core.library.texts import SEPARATOR, encode_row
from viewer.core.text.file_names import display_name
from viewer.core.text.folding import fold


def parse_library_file(root: str, rel_path: str, follow_links: bool = False) -> dict:
    """Parse `root/rel_path`; never raises for a bad file, returns {"error": reason} instead.
    Unless `follow_links`, a file that became a link out of the folder since the scan is
    refused, as the scan would have."""
    from viewer.core.document.markdown_model import parse_document
    from viewer.core.document.textio import decode_bytes, read_converted, read_regular_file

    path = Path(root) / rel_path
    name = display_name(path.name)
    result: dict = {"rel_path": rel_path, "error": "", "sha256": ""}
    try:
        if not follow_links and not is_inside(os.path.realpath(path), os.path.realpath(root)):
            raise DocumentError(Message(messages.named_outside_link, name))
        data = read_regular_file(path)  # a pipe swapped in after the scan is refused
        result["sha256"] = hashlib.sha256(data).hexdigest()
        if not data.strip():
            raise DocumentError(Message(messages.empty_file, name))
        loaded = read_converted(path) or decode_bytes(data, name=name)
        # render_html=False: same passage ids and texts, no HTML (~7x faster on the laws)
        document = parse_document(
            loaded.text, path=path, encoding=loaded.encoding, render_html=False
        )
    except DocumentError as exc:
        result["error"] = str(exc)
        return result
    except PermissionError:
        result["error"] = Message(messages.no_permission, name)
        return result
    except OSError as exc:
        result["error"] = Message(messages.cannot_read, name, exc.strerror or str(exc))
        return result
    except Exception as exc:  # a parser bug must not stop the other 3,000 files
        error = f"{type(exc).__name__}: {exc}"
        result["error"] = Message(messages.unparsable, name, error)
        return result
    passages = [
        (p.id, p.pane_id, p.heading, p.kind, p.text) for p in document.passages() if p.text.strip()
    ]
    panes = [(pane.id, pane.title) for pane in document.panes]
    book = document.book  # the parse read it; its place only where there is one (8 laws)
    book_order = book_place(book, split_front_matter(loaded.text[:HEAD_CHARS]).body) if book else 0
    title = titled(document.title, book)  # 中华人民共和国民法典 · 物权编
    folded = fold(title)
    result.update(
        title=title,
        book_order=book_order,
        folded_title=folded if folded != title else "",  # most titles fold to themselves
        date=document_version(document, name).date,
        passages=len(passages),
        # what the Whoosh writer indexes: the passages only, so the index's hits are the files
        # whose text holds the words (titles are searched apart, title_matches); joined as
        # in the text store, so the postings' passage numbers are the store's (passage_postings)
        body=SEPARATOR.join(p[4] for p in passages),
        blobs=encode_row(document.title, panes, passages),
    )
    return result


POOL_CHUNK = 4


def parse_files(root, todo, follow_links: bool, big: bool, procs: int):
    """Parsed results of `todo` (LibraryEntry), in any order: in this process for a small
    update, else in a pool of `procs` spawned workers that die with their parent."""
    jobs = [(str(root), e.rel_path, follow_links) for e in todo]
    if not big:
        for job in jobs:
            yield parse_library_file(*job)
        return
    import multiprocessing

    from viewer.core.base.child_lifetime import die_with_parent

    # spawn, not fork: the caller may be a GUI process with threads, where fork can deadlock
    context = multiprocessing.get_context("spawn")
    with context.Pool(procs, initializer=die_with_parent) as pool:
        yield from pool.imap_unordered(_parse_job, jobs, chunksize=POOL_CHUNK)
        # leaving the block early (cancel) terminates the workers


def _parse_job(job: tuple[str, str, bool]) -> dict:
    return parse_library_file(*job)
