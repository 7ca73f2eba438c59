"""Builds web pages, Word and PDF files from the laws corpus with real converters, for the
format tests and benchmarks/formats_roundtrip.py (nothing here is committed as data).

- HTML: the law's Markdown rendered into a gov.cn-style page written here (header, navigation,
  breadcrumbs, a 索引号/发文机关/… metadata table, share buttons, footer, scripts);
- DOCX: pandoc, with a reference document that carries a running header and `- N -` page numbers;
- PDF: LibreOffice (headless) from that DOCX, one- or two-column.
"""

# ruff: noqa: E501 - XML and HTML templates keep their lines as the formats write them

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import markdown

HEADER_TEXT = "中华人民共和国法律汇编（测试）"
BOILERPLATE = (
    "网站标识码",
    "分享到",
    "主办单位",
    "版权所有",
    "当前位置",
    "无障碍",
    "打印本页",
    HEADER_TEXT,
)
ISSUER = "全国人民代表大会常务委员会"

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>{title}_中国政府网</title>
<script src="https://example.invalid/track.js"></script>
<style>body {{ font-family: serif }}</style></head>
<body>
<div class="header"><div class="logo">中国政府网</div><div class="top-bar">无障碍 | 登录 | English</div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zhengce/">政策</a></li>
<li><a href="/hudong/">互动</a></li><li><a href="/fuwu/">服务</a></li></ul></div>
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 法律</div>
<div class="policyLibraryOverview_header"><table class="bd1">
<tr><td><b>索　引　号：</b></td><td>000014349/{year}-00{n}</td><td><b>主题分类：</b></td><td>司法</td></tr>
<tr><td><b>发文机关：</b></td><td>{issuer}</td><td><b>成文日期：</b></td><td>{date_cn}</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">{title}</td></tr>
<tr><td><b>发文字号：</b></td><td>主席令第{n}号</td><td><b>发布日期：</b></td><td>{date_cn}</td></tr>
</table></div>
<div class="article oneColumn pub_border">
<h1>{title}</h1>
<div class="pages-date">{date_cn} 来源：新华社 <span class="font">字号：默认 大 超大</span> | <span class="print">打印本页</span></div>
<div class="pages_content" id="UCAP-CONTENT">{body}</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
</div>
<div class="related"><h3>相关稿件</h3><ul><li><a href="/a">国务院关于某事项的通知</a></li></ul></div>
<div class="footer"><p>主办单位：国务院办公厅 运行维护单位：中国政府网运行中心</p>
<p>版权所有：中国政府网 网站标识码：bm01000001</p></div>
<script>var x = "第一条 脚本里的文字不是正文";</script>
</body></html>
"""


def law_parts(md_text: str) -> tuple[str, str]:
    """(title, body Markdown without the `# title` line and the INFO END marker)."""
    lines = md_text.split("\n")
    title = next((line[2:].strip() for line in lines if line.startswith("# ")), "")
    body = "\n".join(line for line in lines if not line.startswith("# ") and "INFO END" not in line)
    return title, body


def date_of(name: str) -> str:
    match = re.search(r"\((\d{4})-(\d\d)-(\d\d)\)", name)
    return "-".join(match.groups()) if match else ""


def write_html(md_path: Path, out: Path, n: int = 1, charset: str = "utf-8") -> Path:
    title, body = law_parts(md_path.read_text(encoding="utf-8"))
    date = date_of(md_path.name) or "2020-01-01"
    y, m, d = (int(x) for x in date.split("-"))
    # HTML escape inside the text: the law's own <...> would otherwise become tags
    rendered = markdown.markdown(html.escape(body, quote=False), extensions=["tables"])
    page = PAGE.format(
        charset=charset,
        title=title,
        year=y,
        n=n,
        issuer=ISSUER,
        date_cn=f"{y}年{m}月{d}日",
        body=rendered,
    )
    target = out / (md_path.stem + ".html")
    target.write_bytes(page.encode("gb18030" if charset.lower() in ("gb2312", "gbk") else "utf-8"))
    return target


def have_converters() -> str | None:
    """None when pandoc and LibreOffice are installed, else what is missing."""
    missing = [tool for tool in ("pandoc", "soffice") if shutil.which(tool) is None]
    return ", ".join(missing) + " not installed" if missing else None


def reference_docx(folder: Path, two_columns: bool = False) -> Path:
    """pandoc's default reference document with a running header and `- N -` page numbers."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ref = folder / ("reference-2col.docx" if two_columns else "reference.docx")
    if ref.exists():
        return ref
    subprocess.run(
        ["pandoc", "-o", str(ref), "--print-default-data-file", "reference.docx"],
        capture_output=True,
        check=True,
    )
    document = docx.Document(str(ref))
    section = document.sections[0]
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = HEADER_TEXT
    footer = section.footer.paragraphs[0]
    footer.text = ""
    footer.add_run("- ")
    run = footer.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)
    footer.add_run(" -")
    if two_columns:
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "425")
        section._sectPr.append(cols)
    document.save(str(ref))
    return ref


def write_docx(md_path: Path, out: Path, reference: Path) -> Path:
    title, body = law_parts(md_path.read_text(encoding="utf-8"))
    source = out / (md_path.stem + ".src.md")
    # the title as pandoc's title block; HTML-like <...> in the law escaped as text
    source.write_text(f"# {title}\n\n" + body.replace("<", "\\<"), encoding="utf-8")
    target = out / (md_path.stem + ".docx")
    subprocess.run(
        [
            "pandoc",
            str(source),
            "-f",
            "markdown-auto_identifiers",
            "-o",
            str(target),
            f"--reference-doc={reference}",
        ],
        check=True,
        capture_output=True,
    )
    source.unlink()
    return target


def write_pdfs(docx_files: list[Path], out: Path, timeout: float = 900) -> list[Path]:
    """One LibreOffice process converts the batch (its start-up dominates a single file)."""
    with tempfile.TemporaryDirectory(prefix="bv-lo-") as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                *map(str, docx_files),
            ],
            check=True,
            capture_output=True,
            timeout=timeout,
            # A UTF-8 locale that exists on the machine: the suite's LANG (en_US.UTF-8) may not,
            # and LibreOffice then cannot open a file whose name is Chinese.
            env=dict(os.environ, HOME=profile, LC_ALL="C.UTF-8"),
        )
    return [out / (p.stem + ".pdf") for p in docx_files]


_ARTICLE = re.compile(r"^第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?")


def articles(document) -> dict[str, str]:
    """第X条 -> its whitespace-free text (the article's passages up to the next article/heading)."""
    found: dict[str, str] = {}
    current = None
    for passage in document.passages():
        text = re.sub(r"\s+", "", passage.text)
        match = _ARTICLE.match(text)
        if match:
            current = match.group(0)
            key, n = current, 2
            while key in found:  # a number used twice (a law quoting another's article)
                key, n = f"{current}#{n}", n + 1
            current = key
            found[current] = text
        elif passage.kind == "heading":
            current = None
        elif current is not None:
            found[current] += text
    return found


def recovery(original: dict[str, str], converted: dict[str, str]) -> tuple[int, int]:
    """(articles whose text came back exactly, articles in the original)."""
    return sum(1 for k, v in original.items() if converted.get(k) == v), len(original)
