"""PDF bytes from an export: Qt draws the pages (print_render), pypdf adds the outline.

Qt's PDF writer embeds the fonts it uses (CID TrueType subsets) but writes no outline for the
headings of a QTextDocument, so the file is reopened with pypdf and each heading becomes a PDF
bookmark pointing at the page print_render says it landed on. Needs a QGuiApplication.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from viewer.ui.export.print_render import OutlineEntry, render_pages, set_a4

CREATOR = "Briefing Viewer"


def pdf_bytes(html: str, title: str, version_date: str = "") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    writer.setResolution(300)  # layout units; the text itself stays vector
    set_a4(writer)
    outline = render_pages(writer, html, title, version_date)
    del writer  # flushes the file's trailer into the buffer
    buffer.close()
    return add_outline(bytes(data), outline, title)


def add_outline(pdf: bytes, outline: list[OutlineEntry], title: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    parents: list = []  # parents[i]: the last item of level i + 1
    last_page = len(writer.pages) - 1
    for entry in outline:
        level = max(1, min(entry.level, len(parents) + 1))
        parent = parents[level - 2] if level > 1 else None
        item = writer.add_outline_item(
            title=entry.text, page_number=min(entry.page, last_page), parent=parent
        )
        del parents[level - 1 :]
        parents.append(item)
    if outline:
        writer.page_mode = "/UseOutlines"  # readers open with the bookmarks shown
    writer.add_metadata({"/Title": title, "/Creator": CREATOR, "/Producer": CREATOR})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def export_bytes(doc, fmt: str) -> bytes:
    """Any export format; PDF is drawn here, the others come from the core writers."""
    if fmt != "pdf":
        from viewer.core.export.writers import render

        return render(doc, fmt)
    from viewer.core.export.html_writer import to_html
    from viewer.core.i18n import language

    with language.speaking(getattr(doc, "language", "")):  # the page footers' language too
        return pdf_bytes(to_html(doc, for_print=True), doc.title, doc.version_date)


def ensure_gui_application():
    """The CLI's QGuiApplication for PDF (fonts need one); offscreen when there is no display."""
    import os
    import sys

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app
