"""Each converter on files made here: Word numbering as text, footnotes, tables, metadata tables,
GB2312 pages, page furniture in PDFs; and the formats that are refused, with their reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.formats.docx_builder import paragraph, table, write_docx
from viewer.core.base.errors import DocumentError
from viewer.core.document.markdown_model import load_document, parse_document
from viewer.core.formats.docx_file import docx_to_markdown
from viewer.core.formats.markdown_out import escape
from viewer.core.formats.word_numbering import chinese_number


def _texts(markdown: str) -> list[str]:
    return [p.text for p in parse_document(markdown).passages()]


def test_chinese_numbers_read_as_in_laws():
    assert [chinese_number(n) for n in (1, 10, 11, 20, 105, 110, 120, 1010)] == [
        "一",
        "十",
        "十一",
        "二十",
        "一百零五",
        "一百一十",
        "一百二十",
        "一千零一十",
    ]


def test_escaped_text_renders_back_to_itself():
    tricky = "1. 第*一*条 <b>[链接](x) | _下划线_ # 标题 &amp; `代码` \\ 末尾"
    assert _texts(escape(tricky)) == [tricky]


def test_word_numbering_becomes_text_the_reader_sees(tmp_path):
    body = (
        paragraph("关于测试的规定", style="Title")
        + paragraph("第一章 总则", style="Heading1")
        + paragraph("为了测试，制定本规定。", style="Article")  # numbered through its style
        + paragraph("适用本规定。", num=(1, 0), note=1)
        + paragraph("第一项内容；", num=(1, 1))
        + paragraph("第二项内容。", num=(1, 1))
        + paragraph("另一条。", num=(1, 0))
        + paragraph("总体要求", num=(2, 0))
        + paragraph("要点", num=(3, 0))
        + table([["项目", "金额"], ["甲", "100"]])
    )
    document = parse_document(docx_to_markdown(write_docx(tmp_path / "t.docx", body).read_bytes()))
    texts = [p.text for p in document.passages()]
    assert document.title == "关于测试的规定"
    assert [pane.title for pane in document.panes if pane.passages][:2] == [
        "第一章 总则",
        "一、总体要求",
    ]
    assert "第一条 为了测试，制定本规定。" in texts
    assert "第二条 适用本规定。[1]" in texts
    assert "（一）第一项内容；" in texts and "（二）第二项内容。" in texts
    assert "第三条 另一条。" in texts
    assert "要点" in texts  # a bullet is a mark, not text
    assert any(
        p.kind == "table" and "甲" in p.text and "100" in p.text for p in document.passages()
    )
    assert "[1] 本条自公布之日起施行。" in texts


POLICY_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>国务院关于推进互联网+行动的指导意见_政府信息公开专栏</title></head><body>
<div id="nav">首页 | 政策 | 服务</div><div class="crumb">当前位置：首页 &gt; 政策</div>
<table class="bd1"><tr><td>索 引 号：</td><td>000014349/2015-00111</td>
<td>主题分类：</td><td>工业、交通</td></tr>
<tr><td>发文机关：</td><td>国务院</td><td>成文日期：</td><td>2015年07月01日</td></tr>
<tr><td>标　　题：</td><td>国务院关于积极推进“互联网+”行动的指导意见</td></tr>
<tr><td>发文字号：</td><td>国发〔2015〕40号</td><td>发布日期：</td><td>2015年07月04日</td></tr></table>
<div class="content"><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>“互联网+”是把互联网的创新成果与经济社会各领域深度融合，推动技术进步、效率提升和组织变革。</p>
<p>一、行动要求</p><p>（一）总体思路。顺应世界“互联网+”发展趋势，充分发挥我国互联网的规模优势和应用优势。</p>
<table><tr><td>指标</td><td>目标</td></tr><tr><td>宽带</td><td>普及</td></tr></table>
<p>二、重点行动</p><p>（一）“互联网+”创业创新。充分发挥互联网的创新驱动作用。</p>
<img src="file:///etc/passwd"><img src="http://example.invalid/x.png"></div>
<div class="share">分享到：微信</div><div id="footer">版权所有：中国政府网</div>
<script>document.write("第一条 不是正文")</script></body></html>"""


def test_policy_page_metadata_panes_and_nothing_else(tmp_path):
    page = tmp_path / "policy.htm"
    page.write_bytes(POLICY_PAGE.encode("gb18030"))
    document = load_document(page)
    assert document.title == "国务院关于积极推进“互联网+”行动的指导意见"
    meta = document.metadata
    assert meta["issuer"] == "国务院" and meta["doc_number"] == "国发〔2015〕40号"
    assert meta["date"] == "2015年07月01日" and meta["published"] == "2015年07月04日"
    assert meta["subject"] == "工业、交通"
    titles = [pane.title for pane in document.panes if pane.passages]
    assert "一、行动要求" in titles and "二、重点行动" in titles
    texts = "\n".join(p.text for p in document.passages())
    for junk in ("首页", "当前位置", "分享到", "版权所有", "不是正文", "passwd"):
        assert junk not in texts
    assert any(p.kind == "table" and "宽带" in p.text for p in document.passages())


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("notice.doc", b"\xd0\xcf\x11\xe0 old word", "not supported yet"),
        ("notice.wps", b"anything", "not supported yet"),
        ("notice.ofd", b"PK\x03\x04", "not supported yet"),
        ("broken.docx", b"this is not a zip", "not a valid .docx"),
        ("broken.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
    ],
)
def test_refused_files_say_why_in_one_line(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert reason in message and name in message and "\n" not in message
    assert "PDFium" not in message and "Error" not in message  # no library's own words


def test_a_zip_that_is_no_word_file_says_so(tmp_path):
    import zipfile

    path = tmp_path / "报告.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a Word document")
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert "not a valid .docx file" in message and "KeyError" not in message


def test_html_parses_even_when_it_is_not_html(tmp_path):
    page = tmp_path / "plain.html"
    page.write_text("只有一句话，没有标签。", encoding="utf-8")
    assert [p.text for p in load_document(page).passages()] == ["只有一句话，没有标签。"]


def test_converted_markdown_is_cached_by_content(tmp_path, monkeypatch):
    page = tmp_path / "a.html"
    page.write_text(POLICY_PAGE, encoding="utf-8")
    first = load_document(page)
    copy = tmp_path / "renamed copy.htm"
    copy.write_bytes(page.read_bytes())

    def refuse(*_args, **_kwargs):
        raise AssertionError("converted again")

    from viewer.core.formats import runner

    monkeypatch.setattr(runner.ConverterClient, "convert", refuse)
    again = load_document(copy)
    assert [p.text for p in again.passages()] == [p.text for p in first.passages()]
    assert again.fingerprint == first.fingerprint


def test_library_lists_and_searches_every_format(tmp_path):
    from viewer.core.library.scan import scan_folder

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "page.html").write_text(POLICY_PAGE, encoding="utf-8")
    write_docx(folder / "word.docx", paragraph("规定", style="Title") + paragraph("互联网+创业。"))
    (folder / "note.md").write_text("# 笔记\n\n互联网+金融。\n", encoding="utf-8")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    names = sorted(Path(e.rel_path).name for e in scan_folder(folder))
    assert names == ["note.md", "page.html", "word.docx"]
