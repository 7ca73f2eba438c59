<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Outline</name>
    <message>
        <source>A document&apos;s articles and headings, as an outline.</source>
        <translation>以提纲形式列出文档的条文和标题。</translation>
    </message>
    <message>
        <source>The text of one article (or chapter, clause) and its citation.</source>
        <translation>显示一条条文（或一章、一款）的文字及其引用格式。</translation>
    </message>
    <message>
        <source>--json prints {title, problems, units}; each unit has address, kind, label, breadcrumb, first_words, passage_id and its children.</source>
        <translation>--json 输出 {title, problems, units}；每个单元含 address、kind、label、breadcrumb、first_words、passage_id 及其下级单元（children）。</translation>
    </message>
    <message>
        <source>ADDRESS as a reader writes it: 第26条, 第二十六条, 26, 第三条第三款, 第三章; with --library also an article of another document, 《民法典》第五百七十七条, in the version in force on the document&apos;s date. --json prints {address, text, citation, gbt7714, breadcrumb}. An address the document does not have: exit 2 and the nearest addresses.</source>
        <translation>ADDRESS 按读者习惯书写：第26条、第二十六条、26、第三条第三款、第三章；加 --library 时也可以是另一文档的条文，如《民法典》第五百七十七条，取该文档日期时有效的版本。--json 输出 {address, text, citation, gbt7714, breadcrumb}。文档中没有该位置时：退出码为 2，并列出最接近的位置。</translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation>Markdown 文档</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>e.g. 第二十六条</source>
        <translation>如：第二十六条</translation>
    </message>
    <message>
        <source>FILE may be relative to DIR</source>
        <translation>FILE 可以是相对于 DIR 的路径</translation>
    </message>
    <message>
        <source>give the document once: FILE or --document FILE</source>
        <translation>文档只需给出一次：FILE 或 --document FILE</translation>
    </message>
    <message>
        <source>the document is missing: FILE or --document FILE</source>
        <translation>缺少文档：请给出 FILE 或 --document FILE</translation>
    </message>
    <message>
        <source>briefing-viewer: error: {message}</source>
        <translation>briefing-viewer：错误：{message}</translation>
    </message>
    <message>
        <source>note: {problem}</source>
        <translation>注意：{problem}</translation>
    </message>
    <message>
        <source>{address} names no document.</source>
        <translation>{address} 未指明文档。</translation>
    </message>
    <message>
        <source>{address}: {note}</source>
        <translation>{address}：{note}</translation>
    </message>
</context>
</TS>
