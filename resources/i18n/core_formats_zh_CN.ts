<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Formats</name>
    <message>
        <source>{name} is not a convertible file</source>
        <translation>{name} 不是可转换的文件</translation>
    </message>
    <message>
        <source>{name} could not be converted: {reason}</source>
        <translation>{name} 无法转换：{reason}</translation>
    </message>
    <message>
        <source>it needs more memory than a document may use (a zip bomb?)</source>
        <translation>所需内存超过单个文件的上限（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>该 PDF 文件有密码保护</translation>
    </message>
    <message>
        <source>not a readable PDF: the file is damaged or not a PDF</source>
        <translation>不是可读取的 PDF：文件已损坏或并非 PDF</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages; at most {limit} are read</source>
        <translation>该 PDF 共 {pages} 页，最多读取 {limit} 页</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan?); OCR is not supported, so there is no text to show</source>
        <translation>该 PDF 没有文字层（可能是扫描件）；暂不支持 OCR 文字识别，因此没有可显示的文字</translation>
    </message>
    <message>
        <source>Word 97–2003 (.doc)</source>
        <translation>Word 97–2003（.doc）</translation>
    </message>
    <message>
        <source>WPS Writer (.wps)</source>
        <translation>WPS 文字（.wps）</translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation>OpenDocument 文本（.odt）</translation>
    </message>
    <message>
        <source>Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf);;Markdown and text (*.md *.markdown *.txt);;Web pages (*.html *.htm);;Word (*.docx);;PDF (*.pdf);;All files (*)</source>
        <translation>文档 (*.md *.markdown *.txt *.html *.htm *.docx *.pdf);;Markdown 和文本 (*.md *.markdown *.txt);;网页 (*.html *.htm);;Word (*.docx);;PDF (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name}: {format} files are not supported yet — save it as .docx, .pdf, .html or text and open that.</source>
        <translation>{name}：暂不支持 {format} 文件，请另存为 .docx、.pdf、.html 或文本文件后再打开。</translation>
    </message>
    <message>
        <source>the converter stopped unexpectedly</source>
        <translation>转换程序意外停止</translation>
    </message>
    <message>
        <source>converting it took longer than {seconds} s; stopped</source>
        <translation>转换超过 {seconds} 秒，已停止</translation>
    </message>
    <message>
        <source>the converter stopped (it ran out of memory?)</source>
        <translation>转换程序已停止（可能内存不足）</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>it is {size} MB; at most {cap} MB are read</source>
        <translation>文件大小为 {size} MB，最多读取 {cap} MB</translation>
    </message>
    <message>
        <source>it is larger than {cap} MB</source>
        <translation>文件超过 {cap} MB</translation>
    </message>
    <message>
        <source>it is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation>无法打开 {name}：{reason}</translation>
    </message>
    <message>
        <source>it is not a valid .docx file (not a zip package)</source>
        <translation>不是有效的 .docx 文件（不是 zip 包）</translation>
    </message>
    <message>
        <source>it unpacks to {total} MB from {size} MB (a zip bomb?); not opened</source>
        <translation>解压后 {total} MB，原文件仅 {size} MB（可能是压缩炸弹），未打开</translation>
    </message>
    <message>
        <source>it is not a valid .docx file (a zip with no Word text)</source>
        <translation>不是有效的 .docx 文件（压缩包中没有 Word 正文）</translation>
    </message>
</context>
</TS>
