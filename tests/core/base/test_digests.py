"""Fingerprints and cache keys are the same SHA digests as before, and opening a document no
longer maps OpenSSL's libcrypto (3.5 MB resident) into the reader."""

from __future__ import annotations

import hashlib
import textwrap

from tests.fresh_process import run_script
from viewer.core.base.digests import sha1_hex, sha256_hasher, sha256_hex

SAMPLES = [b"", b"abc", "中华人民共和国\x00法".encode(), bytes(range(256)) * 300]


def test_digests_equal_hashlibs_so_cache_keys_stay_valid():
    for data in SAMPLES:
        assert sha1_hex(data) == hashlib.sha1(data).hexdigest()
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
        chunked = sha256_hasher()
        chunked.update(data[:7])
        chunked.update(data[7:])
        assert chunked.hexdigest() == hashlib.sha256(data).hexdigest()


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import viewer.core.articles.reading
    from viewer.core.document.markdown_model import load_document

    path = Path(sys.argv[1]) / "doc.md"
    path.write_text("# 标题\\n\\n发展数字经济。\\n", encoding="utf-8")
    document = load_document(path)
    print(len(document.fingerprint), "_hashlib" in sys.modules)
    """
)


def test_opening_a_document_loads_no_openssl(tmp_path):
    out = run_script(CHILD, str(tmp_path))
    assert out.split() == ["64", "False"]
