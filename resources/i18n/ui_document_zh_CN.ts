<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Document</name>
    <message>
        <source>Open a document first.</source>
        <translation>请先打开文档。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Save as Markdown</source>
        <translation>另存为 Markdown</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>文档正文</translation>
    </message>
    <message>
        <source>The text of the topic “{title}”</source>
        <translation>专题“{title}”的正文</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题词</translation>
    </message>
    <message>
        <source>Index no.</source>
        <translation>索引号</translation>
    </message>
    <message>
        <source>Page header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <source>web page (converted)</source>
        <translation>网页（已转换）</translation>
    </message>
    <message>
        <source>Word file (converted)</source>
        <translation>Word 文件（已转换）</translation>
    </message>
    <message>
        <source>PDF (converted)</source>
        <translation>PDF（已转换）</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>文档信息</translation>
    </message>
    <message>
        <source>Title, source, date and file of the open document</source>
        <translation>当前文档的标题、来源、日期和文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}…（共 {count} 字）</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Go to Heading</source>
        <translation>转到标题</translation>
    </message>
    <message>
        <source>Copy Heading</source>
        <translation>复制标题</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>Headings of the current topic; activate one to go there</source>
        <translation>当前专题的各级标题；选中后跳转到该处</translation>
    </message>
</context>
</TS>
