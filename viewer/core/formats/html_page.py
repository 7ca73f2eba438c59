"""Saved web pages (.html/.htm) -> Markdown: the main text only, the metadata table as front matter.

Government pages wrap one document in navigation, breadcrumbs, share buttons and a footer, and
the State Council's policy library puts a table of 索引号 / 主题分类 / 发文机关 / 成文日期 / 标题 /
发文字号 / 发布日期 above it. The main text is the block with the most CJK text once boilerplate
elements are dropped; nothing is fetched (lxml parses with network access off).
"""

from __future__ import annotations

import re

from viewer.core.formats.markdown_out import MarkdownWriter, add_text_block, clean_line

META_LABELS = {
    "索引号": "index_no",
    "主题分类": "subject",
    "发文机关": "issuer",
    "成文日期": "date",
    "标题": "title",
    "名称": "title",
    "发文字号": "doc_number",
    "文号": "doc_number",
    "发布日期": "published",
}
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "svg",
    "template",
    "object",
    "embed",
)
_BOILER = re.compile(
    r"nav|menu|breadcrumb|crumb|share|footer|header|banner|sidebar|toolbar|position|location|"
    r"copyright|related|print|search|login|top-?bar|foot|guide|weizhi|dqwz",
    re.I,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_BLOCKS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "pre",
    "blockquote",
    "section",
    "article",
    "td",
    "dd",
    "dt",
}


def decode_html(data: bytes) -> str:
    """Bytes -> text by the page's <meta charset>, else UTF-8, else GB18030 (GB2312/GBK pages)."""
    match = _META_CHARSET.search(data[:4096])
    candidates = [match.group(1).decode("ascii", "replace").lower()] if match else []
    candidates += ["utf-8", "gb18030"]
    for name in candidates:
        if name in ("gb2312", "gbk"):
            name = "gb18030"  # the superset: pages labelled GB2312 often use GBK characters
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


def html_to_markdown(data: bytes) -> str:
    from lxml import etree, html

    text = decode_html(data)
    parser = html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True
    )
    root = html.document_fromstring(text.encode("utf-8"), parser=parser) if text.strip() else None
    writer = MarkdownWriter()
    if root is None:
        return writer.text()
    writer.front.update(_metadata(root))
    page_title = clean_line(root.findtext(".//title") or "")
    for element in root.iter(*_DROP_TAGS):
        element.drop_tree() if element.getparent() is not None else None
    _drop_boilerplate(root)
    main = _main_block(root)
    h1 = main.find(".//h1") if main is not None else None
    title = writer.front.get("title") or (clean_line(h1.text_content()) if h1 is not None else "")
    writer.front["title"] = title or page_title.split("_")[0].split("|")[0].strip()
    writer.front["source"] = writer.front.get("issuer", "")
    if main is not None:
        _emit(main, writer, writer.front["title"])
    del etree  # imported for lxml's parser registration only
    return writer.text()


def _metadata(root) -> dict[str, str]:
    """Label/value cells: <td>发文机关：</td><td>国务院</td>, or 发文机关：国务院 in one cell."""
    found: dict[str, str] = {}
    for table in root.iter("table"):
        cells = [clean_line(c.text_content()) for c in table.iter("td", "th")]
        hits = 0
        for i, cell in enumerate(cells):
            label, sep, rest = cell.partition("：") if "：" in cell else cell.partition(":")
            key = META_LABELS.get(label.strip().replace(" ", "").rstrip("：:"))
            if key is None:
                continue
            value = (
                rest.strip()
                if sep and rest.strip()
                else (cells[i + 1] if i + 1 < len(cells) else "")
            )
            if value and key not in found:
                found[key] = value
                hits += 1
        if hits >= 3:
            table.drop_tree()
            break
    return {k: v for k, v in found.items() if not META_LABELS.get(v.rstrip("：:"))}


def _drop_boilerplate(root) -> None:
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marker = " ".join(
            filter(None, (element.get("class"), element.get("id"), element.get("role")))
        )
        if marker and _BOILER.search(marker) and not _looks_like_content(element):
            element.drop_tree()


def _looks_like_content(element) -> bool:
    """A container named like boilerplate but holding the document (e.g. class="article-print")."""
    text = element.text_content()
    return len(_CJK.findall(text)) > 400 and element.find(".//p") is not None


def _main_block(root):
    """The element whose own paragraphs hold the most CJK text."""
    body = root.find("body")
    best, best_score = body if body is not None else root, 0
    for element in root.iter("div", "article", "section", "td", "main"):
        score = sum(len(_CJK.findall(p.text_content())) for p in element.findall("p"))
        score += sum(len(_CJK.findall(p.text_content())) for p in element.findall("./*/p")) // 2
        if score > best_score:
            best, best_score = element, score
    return best


def _emit(element, writer: MarkdownWriter, title: str) -> None:
    """Walk the main block: headings, paragraphs and tables in document order."""
    pending: list[str] = []

    def flush() -> None:
        text = clean_line("".join(pending))
        pending.clear()
        if text and text != title:
            add_text_block(writer, text)

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "table":
            flush()
            writer.table(
                [[c.text_content() for c in row.iter("td", "th")] for row in node.iter("tr")]
            )
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            flush()
            text = clean_line(node.text_content())
            if text and text != title:
                writer.heading(int(tag[1]) if tag != "h1" else 2, text)
        elif tag == "br":
            flush()
        else:
            block = tag in _BLOCKS
            if block:
                flush()
            pending.append(node.text or "")
            for child in node:
                walk(child)
                pending.append(child.tail or "")
            if block:
                flush()

    walk(element)
    flush()
