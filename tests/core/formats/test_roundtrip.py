"""Laws from ../shared turned into a web page, a Word file and a PDF by real converters, then opened
by the app: the articles come back exactly, with the title, and without boilerplate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.formats_corpus import (
    BOILERPLATE,
    ISSUER,
    articles,
    have_converters,
    recovery,
    reference_docx,
    write_docx,
    write_html,
    write_pdfs,
)
from viewer.core.document.markdown_model import load_document

SAMPLE = ("电子签名法(2019-04-23).md", "立法法(2023-03-13).md", "反垄断法(2022-06-24).md")
PAGE_NUMBER = re.compile(r"^-\s*\d+\s*-$|^第\s*\d+\s*页")


@pytest.fixture
def sample_laws(laws_dir) -> list[Path]:
    found = []
    for name in SAMPLE:
        matches = sorted(laws_dir.rglob(name))
        if matches:
            found.append(matches[0])
    if len(found) < 2:
        pytest.skip("the sample laws are not in ../shared/corpora/laws")
    return found


def _check(original: Path, converted: Path, threshold: float) -> None:
    source, result = load_document(original), load_document(converted)
    ok, total = recovery(articles(source), articles(result))
    assert total > 0
    assert ok / total >= threshold, f"{converted.name}: {ok}/{total} articles recovered"
    assert result.title == source.title
    for passage in result.passages():
        assert not any(word in passage.text for word in BOILERPLATE), passage.text
        assert not PAGE_NUMBER.match(passage.text.strip()), passage.text


def test_web_pages_come_back_with_their_articles_and_metadata(sample_laws, tmp_path):
    for n, law in enumerate(sample_laws, start=1):
        page = write_html(law, tmp_path, n, charset="gb2312" if n % 2 else "utf-8")
        _check(law, page, 1.0)
        meta = load_document(page).metadata
        assert meta["issuer"] == ISSUER
        assert meta["doc_number"] == f"主席令第{n}号"
        assert meta["date"].startswith(law.name.split("(")[1][:4])
        assert "第一条 脚本里的文字" not in "".join(p.text for p in load_document(page).passages())


def test_word_files_come_back_with_their_articles(sample_laws, tmp_path):
    missing = have_converters()
    if missing:
        pytest.skip(f"round trip needs real converters: {missing}")
    reference = reference_docx(tmp_path)
    for law in sample_laws:
        _check(law, write_docx(law, tmp_path, reference), 1.0)


def test_pdfs_one_and_two_columns_come_back_without_headers_or_page_numbers(sample_laws, tmp_path):
    missing = have_converters()
    if missing:
        pytest.skip(f"round trip needs real converters: {missing}")
    one = tmp_path / "one"
    two = tmp_path / "two"
    one.mkdir()
    two.mkdir()
    docx_one = [write_docx(law, one, reference_docx(tmp_path)) for law in sample_laws[:2]]
    docx_two = [write_docx(sample_laws[0], two, reference_docx(tmp_path, two_columns=True))]
    for law, pdf in zip(sample_laws[:2], write_pdfs(docx_one, one), strict=True):
        _check(law, pdf, 0.98)
    for pdf in write_pdfs(docx_two, two):
        _check(sample_laws[0], pdf, 0.98)
