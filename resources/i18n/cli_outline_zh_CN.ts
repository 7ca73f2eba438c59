<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Outline</name>
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
</context>
</TS>
