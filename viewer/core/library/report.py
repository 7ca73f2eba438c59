"""What one library update did: files added, changed, removed, renamed, failed or skipped,
whether it was cancelled or had to rebuild, and how long it took."""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.core.library.scan import LibraryEntry


@dataclass
class UpdateReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    failed: list[LibraryEntry] = field(default_factory=list)  # unreadable, with .error
    skipped: list[LibraryEntry] = field(default_factory=list)  # never read, reason in .error
    # handed to the index but missing after the commit (a writer process died): left out of
    # the file list, so the next update indexes them
    lost: list[str] = field(default_factory=list)
    cancelled: bool = False
    rebuilt: str = ""  # why the index was rebuilt from scratch ("" when it was not)
    seconds: float = 0.0
    pid: int = 0  # the process that did the work (update() may run in a child process)
    # after the update: the files the index holds, of the files in the folder (a paused
    # first index says how far it came)
    indexed: int = 0
    in_folder: int = 0

    def forget(self, rel_paths: list[str]) -> None:
        """These files are not in the index after all (lost in a commit, dropped on Cancel)."""
        gone = set(rel_paths)
        self.added = [p for p in self.added if p not in gone]
        self.changed = [p for p in self.changed if p not in gone]
