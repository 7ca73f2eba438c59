<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare two documents article by article.</source>
        <translation>逐条比较两个文件（新旧对照）。</translation>
    </message>
    <message>
        <source>--json prints {summary, pairs}: a count per status (same, changed, renumbered, added, removed, moved) and each pair&apos;s old and new address, status, texts and changed spans.</source>
        <translation>--json 输出 {summary, pairs}：各状态（same 未变、changed 修改、renumbered 改号、added 新增、removed 删除、moved 移动）的条数，以及每对条文的新旧位置、状态、文字和改动范围。</translation>
    </message>
    <message>
        <source>the earlier document</source>
        <translation>较早的文件</translation>
    </message>
    <message>
        <source>the later document</source>
        <translation>较新的文件</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>only changed, added, removed, moved articles</source>
        <translation>只列出修改、新增、删除、移动的条文</translation>
    </message>
    <message>
        <source>briefing-viewer: error: {message}</source>
        <translation>briefing-viewer：错误：{message}</translation>
    </message>
</context>
</TS>
