"""What the library tells the reader, in the interface language, and again after a switch.

A `Message` is the text in the language current when it was made (so it prints, compares and
serialises as a plain str), and keeps the function and arguments that made it, so a panel can
show it again in another language (`shown`). It pickles as that function and its arguments:
a message from the indexing child process (which always speaks English) is remade in the
receiving process's language. Each function below holds a literal `translate` call so that
`pyside6-lupdate` collects it into the core_library catalogue.
"""

from __future__ import annotations

from collections.abc import Callable

from viewer.core.i18n.catalogue import translate


class Message(str):
    render: Callable[..., str]
    args: tuple

    def __new__(cls, render: Callable[..., str], *args) -> Message:
        text = super().__new__(cls, render(*[shown(a) for a in args]))
        text.render, text.args = render, args
        return text

    def shown(self) -> str:
        return self.render(*[shown(a) for a in self.args])

    def __reduce__(self):
        return (Message, (self.render, *self.args))


def shown(text) -> str:
    """`text` in the current language if it is a Message; anything else as it is."""
    return text.shown() if isinstance(text, Message) else text


# --- indexing steps (shown beside the progress bar) -------------------------------------------
def waiting() -> str:
    # "or one closing": a window quit mid-index takes a few seconds to stop its update
    return translate(
        "Library",
        "This library is being indexed by another window (or one still closing); "
        "waiting for it to finish",
    )


def checking_index() -> str:
    return translate("Library", "Checking the index")


def checking_files() -> str:
    return translate("Library", "Checking for new and changed files")


def writing(count: int) -> str:
    return translate("Library", "Writing the index of %Ln document(s)", None, count)


def writing_batch(count: int) -> str:
    """An earlier batch's commit: the same words as the last one's, but the panel claims no
    time left meanwhile (the count stands still for seconds on a big folder)."""
    return translate("Library", "Writing the index of %Ln document(s)", None, count)


# --- where the index lives, and its damage ----------------------------------------------------
def temporary_index(reason: str) -> str:
    return translate(
        "Library",
        "The cache folder cannot be written ({reason}), so this library's index is kept"
        " in a temporary folder.",
    ).format(reason=reason)


def unsavable_index(reason: str) -> str:
    return translate("Library", "The library index cannot be saved anywhere ({reason}).").format(
        reason=reason
    )


def rebuilt(damage: str) -> str:
    return translate(
        "Library", "The library index was damaged ({damage}) and has been rebuilt."
    ).format(damage=damage)


def damaged_scanning() -> str:
    return translate(
        "Library",
        "The library index is damaged and will be rebuilt; searching the stored texts meanwhile.",
    )


def damaged_wait() -> str:
    return translate(
        "Library",
        "The library index is damaged and will be rebuilt; search again when indexing has"
        " finished.",
    )


def search_unreadable(kind: str = "") -> str:
    if kind:
        return translate("Library", "a search could not read it: {error}").format(error=kind)
    return translate("Library", "a search could not read it")


def file_changed(name: str) -> str:
    return translate("Library", "{name} has changed since it was written").format(name=name)


def index_unopenable(kind: str) -> str:
    return translate("Library", "the index cannot be opened ({error})").format(error=kind)


def texts_unreadable(error: str) -> str:
    return translate("Library", "the text store cannot be read ({error})").format(error=error)


def texts_damaged(answer: str) -> str:
    return translate("Library", "the text store is damaged ({answer})").format(answer=answer)


# --- errors -----------------------------------------------------------------------------------
def not_a_folder(folder: str) -> str:
    return translate("Library", "{folder} is not a folder.").format(folder=folder)


def locked_by_writer() -> str:
    return translate("Library", "The library index is locked by another writer.")


def already_indexing() -> str:
    return translate("Library", "This library is already being indexed.")


def indexing_stopped() -> str:
    return translate("Library", "Indexing was stopped.")


def indexing_ended(code) -> str:
    return translate("Library", "The indexing process ended (exit code {code}).").format(code=code)


# --- why a file was not read ------------------------------------------------------------------
def folder_unreadable(reason: str) -> str:
    return translate("Library", "folder cannot be read: {reason}").format(reason=reason)


def not_regular(kind: str) -> str:
    return translate("Library", "{kind}, not a regular file; not read").format(kind=kind)


def named_not_regular(name: str, kind: str) -> str:
    return translate("Library", "{name} is {kind}, not read.").format(name=name, kind=kind)


def empty_file(name: str) -> str:
    return translate("Library", "{name} is empty.").format(name=name)


def no_permission(name: str) -> str:
    return translate("Library", "No permission to read {name}.").format(name=name)


def cannot_read(name: str, reason: str) -> str:
    return translate("Library", "Cannot read {name}: {reason}.").format(name=name, reason=reason)


def unparsable(name: str, error: str) -> str:
    return translate("Library", "{name} could not be parsed: {error}").format(
        name=name, error=error
    )


def outside_link() -> str:
    return translate("Library", "links to a place outside the library folder; not followed")


def named_outside_link(name: str) -> str:
    return translate(
        "Library", "{name} links to a place outside the library folder; not followed."
    ).format(name=name)


def kind_name(kind: str) -> str:
    """What a file that is not a regular one is: 'pipe', 'socket', 'device' or other."""
    if kind == "pipe":
        return translate("Library", "a named pipe")
    if kind == "socket":
        return translate("Library", "a socket")
    if kind == "device":
        return translate("Library", "a device")
    return translate("Library", "a special file")
