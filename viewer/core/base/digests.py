"""SHA digests for document fingerprints and cache keys, without loading OpenSSL.

Importing `hashlib` maps OpenSSL's libcrypto (3.5 MB resident for the life of the process),
and the document path needs only SHA-1 and SHA-256 of a few strings. CPython ships its own
implementations of both (`_sha1`, `_sha256`; `_sha2` from 3.12); they give the same digests, so
fingerprints and cache keys are unchanged. A Python built without them falls back to hashlib.
"""

from __future__ import annotations

import importlib


def _constructor(algorithm: str, modules: tuple[str, ...]):
    for name in modules:
        try:
            return getattr(importlib.import_module(name), algorithm)
        except (ImportError, AttributeError):
            continue
    import hashlib

    return getattr(hashlib, algorithm)


_sha1 = _constructor("sha1", ("_sha1",))
_sha256 = _constructor("sha256", ("_sha2", "_sha256"))


def sha1_hex(data: bytes) -> str:
    return _sha1(data).hexdigest()


def sha256_hex(data: bytes) -> str:
    return _sha256(data).hexdigest()


def sha256_hasher():
    """An incremental SHA-256 (`update()`, `hexdigest()`), for files read in chunks."""
    return _sha256()
