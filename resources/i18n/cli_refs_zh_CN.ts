<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Refs</name>
    <message>
        <source>briefing-viewer: error: {message}</source>
        <translation>briefing-viewer：错误：{message}</translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation>Markdown 文档</translation>
    </message>
    <message>
        <source>resolve 《…》 references here</source>
        <translation>在此文库中解析《…》引用</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>the library folder</source>
        <translation>文库文件夹</translation>
    </message>
    <message>
        <source>only references to this article</source>
        <translation>只列出对此条文的引用</translation>
    </message>
</context>
</TS>
