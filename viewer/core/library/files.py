"""Finding a library's files and reading them without trusting the folder.

A chosen folder may hold anything: links to /etc/passwd or to its own parent, named pipes and
devices with a .md name (opening a pipe blocks forever), names that are not valid UTF-8, and
trees deeper than Python's recursion limit. The walk here therefore:

- keeps its own stack instead of recursing;
- only stats entries (never opens one) and lists regular files; a pipe, socket or device with a
  document suffix is reported as skipped, with the reason;
- follows a link only when its target stays inside the folder, unless the caller allows links
  out of it; links out are reported as skipped, while loops and dangling links are dropped
  quietly (they are a fact of many folders, not a problem of the document);
- keeps file names exactly as the OS gave them (undecodable bytes as surrogate escapes, so the
  files can be opened); viewer.core.text.file_names shows and stores them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.library import messages
from viewer.core.library.messages import Message
from viewer.core.text.file_names import display_name


@dataclass(frozen=True)
class FoundFile:
    rel_path: str  # POSIX, relative to the root, as the OS spells it
    size: int
    mtime_ns: int


@dataclass
class FolderScan:
    files: list[FoundFile] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (rel path, reason)


def walk_library(root: Path | str, suffixes: tuple[str, ...], follow_links=False) -> FolderScan:
    """Every regular file under `root` whose name ends in one of `suffixes` (hidden entries
    skipped), folders before their contents, names sorted within a folder."""
    scan = FolderScan()
    scan.files = list(iter_library(root, suffixes, follow_links, scan.skipped))
    return scan


def iter_library(
    root: Path | str, suffixes: tuple[str, ...], follow_links=False, skipped: list | None = None
) -> Iterator[FoundFile]:
    """walk_library's files one at a time (the skipped ones added to `skipped`): a folder's
    listing at a time is all that is alive, whatever the library's size."""
    root_real = os.path.realpath(root)
    seen = {_identity(os.stat(root_real))}  # folders entered: a folder loop ends here
    stack: list[tuple[str, str]] = [("", root_real)]
    while stack:
        rel_dir, dir_path = stack.pop()
        folder = FolderScan()
        subfolders = _scan_one(rel_dir, dir_path, root_real, suffixes, follow_links, folder, seen)
        stack.extend(reversed(subfolders))
        if skipped is not None:
            skipped.extend(folder.skipped)
        yield from folder.files


def library_folders(root: Path | str, limit: int) -> list[str]:
    """Up to `limit` folders under `root` (itself first; hidden ones and links not entered),
    breadth first, without recursion."""
    folders, at = [os.fspath(root)], 0
    while at < len(folders) and len(folders) < limit:
        try:
            with os.scandir(folders[at]) as listing:
                names = sorted(e.name for e in listing if _plain_folder(e))
        except OSError:
            names = []
        folders += [os.path.join(folders[at], name) for name in names]
        at += 1
    return folders[:limit]


def _plain_folder(entry: os.DirEntry) -> bool:
    try:
        return not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _scan_one(rel_dir, dir_path, root_real, suffixes, follow_links, scan, seen):
    try:
        with os.scandir(dir_path) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        if rel_dir:  # the root itself failing is the caller's error to report
            reason = Message(messages.folder_unreadable, exc.strerror or str(exc))
            scan.skipped.append((rel_dir, reason))
        return []
    subfolders = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
        document = entry.name.lower().endswith(suffixes)
        info = _entry_stat(entry, root_real, follow_links)
        if isinstance(info, str):  # a link out of the folder
            if document or _is_folder_link(entry):
                scan.skipped.append((rel, info))
            continue
        if info is None:
            continue  # vanished, a loop, a dangling link or a link to a folder inside
        if stat.S_ISDIR(info.st_mode):
            if _identity(info) not in seen:
                seen.add(_identity(info))
                subfolders.append((rel, entry.path))
        elif document:
            if stat.S_ISREG(info.st_mode):
                scan.files.append(FoundFile(rel, info.st_size, info.st_mtime_ns))
            else:
                scan.skipped.append((rel, Message(messages.not_regular, _kind(info.st_mode))))
    return subfolders


def _entry_stat(entry: os.DirEntry, root_real: str, follow_links: bool):
    """The entry's stat, None to drop it quietly, or the reason a link is not followed."""
    try:
        if not entry.is_symlink():
            return entry.stat(follow_symlinks=False)
        target = os.path.realpath(entry.path, strict=True)  # OSError: a loop or dangling
        info = os.stat(target)
    except OSError:
        return None
    if not is_inside(target, root_real):
        return info if follow_links else Message(messages.outside_link)
    if stat.S_ISDIR(info.st_mode):
        return None  # its files are listed under their own folder already
    return info


def is_inside(real_path: str, root_real: str) -> bool:
    """Both paths resolved (os.path.realpath)."""
    return real_path == root_real or real_path.startswith(root_real.rstrip(os.sep) + os.sep)


def _is_folder_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return Message(messages.kind_name, "pipe")
    if stat.S_ISSOCK(mode):
        return Message(messages.kind_name, "socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message(messages.kind_name, "device")
    return Message(messages.kind_name, "other")


# --- reading ----------------------------------------------------------------------------------
class NotRegularFile(OSError):
    pass


def file_in(root: Path | str, rel_path: str) -> str:
    """A library file's path, as a string: pathlib interns each part of every Path it makes,
    and Python's table of interned strings never shrinks (2 MB kept after the 13,904 files of
    a library four times the laws had each been made a Path once)."""
    return os.path.join(root, rel_path)


def open_regular(path: Path | str):
    """Open `path` for binary reading only if it is a regular file (O_NONBLOCK: a pipe put in
    its place since the scan does not block the open, and is then refused)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            name = display_name(Path(path).name)
            raise NotRegularFile(Message(messages.named_not_regular, name, _kind(mode)))
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")
