<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Document</name>
    <message>
        <source>No {address} in this document; nearest: {nearest}</source>
        <translation>本文档中没有{address}；最接近的是：{nearest}</translation>
    </message>
    <message>
        <source>No {address} in this document</source>
        <translation>本文档中没有{address}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Front matter has no closing &apos;---&apos; line; it is shown as text.</source>
        <translation>文首元数据缺少结尾的“---”行，已作为正文显示。</translation>
    </message>
    <message>
        <source>line {number}: {text}</source>
        <translation>第 {number} 行：{text}</translation>
    </message>
    <message>
        <source>Front matter lines not understood (ignored): {lines}</source>
        <translation>无法识别的文首元数据行（已忽略）：{lines}</translation>
    </message>
    <message>
        <source>The document has no text to show.</source>
        <translation>本文档没有可显示的文字。</translation>
    </message>
    <message>
        <source>Front matter &apos;panes: {setting}&apos; is not a heading level; using the default.</source>
        <translation>文首元数据“panes: {setting}”不是标题级别，已使用默认设置。</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>No permission to read {path}.</source>
        <translation>没有读取 {path} 的权限。</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a pipe, device or socket); only files can be opened as documents.</source>
        <translation>{name} 不是普通文件（而是管道、设备或套接字），只能打开文件作为文档。</translation>
    </message>
    <message>
        <source>{name} is {size}; documents larger than {limit} are not opened.</source>
        <translation>{name} 大小为 {size}，超过 {limit} 的文档不予打开。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a document (open it as a library instead).</source>
        <translation>{path} 是文件夹，不是文档（请作为文库打开）。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>{name} is a binary file, not a text document.</source>
        <translation>{name} 是二进制文件，不是文本文档。</translation>
    </message>
    <message>
        <source>{name} is not in a text encoding Briefing Viewer recognises (tried UTF-8, UTF-16 and GB18030).</source>
        <translation>{name} 的文本编码无法识别（已尝试 UTF-8、UTF-16 和 GB18030）。</translation>
    </message>
    <message>
        <source>{name} could not be decoded as {encoding}.</source>
        <translation>{name} 无法按 {encoding} 解码。</translation>
    </message>
    <message>
        <source>This document is very long: to open it quickly, {count} parts toward its end are shown as plain text (headings and emphasis not formatted).</source>
        <translation>本文档篇幅很长：为尽快打开，靠近末尾的 {count} 处内容以纯文本显示（标题和强调不排版）。</translation>
    </message>
    <message>
        <source>1 part of this document is too long or complex to format: shown as plain text.</source>
        <translation>本文档有 1 处内容过长或过于复杂，无法排版，以纯文本显示。</translation>
    </message>
    <message>
        <source>{count} parts of this document are too long or complex to format: shown as plain text.</source>
        <translation>本文档有 {count} 处内容过长或过于复杂，无法排版，以纯文本显示。</translation>
    </message>
    <message>
        <source>{label} appears more than once ({where}); later ones are {address}</source>
        <translation>{label}重复出现（{where}），后出现者的地址为{address}</translation>
    </message>
    <message>
        <source>numbering gap: {where}</source>
        <translation>编号不连续：{where}</translation>
    </message>
    <message>
        <source>numbering goes backwards: {where}</source>
        <translation>编号倒退：{where}</translation>
    </message>
</context>
</TS>
