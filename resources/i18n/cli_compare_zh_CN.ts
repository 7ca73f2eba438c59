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
