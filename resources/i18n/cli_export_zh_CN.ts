<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a document (or some panes) to a file.</source>
        <translation>将文档（或其中部分专题）导出为文件。</translation>
    </message>
    <message>
        <source>the document (default: briefing.md)</source>
        <translation>要导出的文件（默认：briefing.md）</translation>
    </message>
    <message>
        <source>only these panes (number from 1, or title), in this order</source>
        <translation>只导出这些专题（序号从 1 起，或标题），按此顺序</translation>
    </message>
    <message>
        <source>file format: PDF, Word (docx), HTML or Markdown (md)</source>
        <translation>文件格式：PDF、Word（docx）、HTML 或 Markdown（md）</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>say what was written as JSON on stdout</source>
        <translation>以 JSON 在标准输出中说明写入了什么</translation>
    </message>
    <message>
        <source>An excerpt memo of bookmarks.</source>
        <translation>书签摘编。</translation>
    </message>
    <message>
        <source>bookmarks of this document</source>
        <translation>此文件的书签</translation>
    </message>
    <message>
        <source>bookmarks of every document (default)</source>
        <translation>所有文件的书签（默认）</translation>
    </message>
    <message>
        <source>only bookmarks with one of these tags</source>
        <translation>只包括带有这些标签之一的书签</translation>
    </message>
    <message>
        <source>group the excerpts by document, tag or colour</source>
        <translation>摘录的分组方式：按文档（document）、标签（tag）或颜色（color）</translation>
    </message>
    <message>
        <source>leave the notes out</source>
        <translation>不包括备注</translation>
    </message>
    <message>
        <source>citation style</source>
        <translation>引用格式</translation>
    </message>
    <message>
        <source>the memo&apos;s title (default: Excerpt Memo)</source>
        <translation>摘编标题（默认：摘编）</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pane(s) to {output}.</source>
        <translation>
            <numerusform>已将 %n 个专题导出到 {output}。</numerusform>
        </translation>
    </message>
    <message>
        <source>no bookmark matches: nothing was written</source>
        <translation>没有符合条件的书签：未写入任何文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a memo of %n excerpt(s) to {output}.</source>
        <translation>
            <numerusform>已将 %n 条摘录的摘编写入 {output}。</numerusform>
        </translation>
    </message>
    <message>
        <source>briefing-viewer: error: {message}</source>
        <translation>briefing-viewer：错误：{message}</translation>
    </message>
</context>
</TS>
