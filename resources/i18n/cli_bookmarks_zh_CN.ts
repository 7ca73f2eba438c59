<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BookmarksCli</name>
    <message>
        <source>Add, list, export and import bookmarks.</source>
        <translation>添加、列出、导出和导入书签。</translation>
    </message>
    <message>
        <source>To carry bookmarks to a new version of a document, see: bookmarks carry --help</source>
        <translation>把书签迁移到文档的新版本，见：bookmarks carry --help</translation>
    </message>
    <message>
        <source>the document (default: briefing.md)</source>
        <translation>文档（默认：briefing.md）</translation>
    </message>
    <message>
        <source>every bookmark, in every document</source>
        <translation>所有文档中的全部书签</translation>
    </message>
    <message>
        <source>carry bookmarks to a new version of a document</source>
        <translation>把书签转到文档的新版本</translation>
    </message>
    <message>
        <source>bookmark a quote from a document; prints it as JSON</source>
        <translation>为文档中的一段引文添加书签，并以 JSON 输出</translation>
    </message>
    <message>
        <source>text that occurs in the document</source>
        <translation>文档中出现的文字</translation>
    </message>
    <message>
        <source>a note of your own</source>
        <translation>您自己的备注</translation>
    </message>
    <message>
        <source>tags for the bookmark</source>
        <translation>书签的标签</translation>
    </message>
    <message>
        <source>one of {colors}</source>
        <translation>可选：{colors}</translation>
    </message>
    <message>
        <source>list bookmarks with where they are now</source>
        <translation>列出书签及其当前位置</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>export as a Markdown memo or as JSON</source>
        <translation>导出为 Markdown 摘编或 JSON</translation>
    </message>
    <message>
        <source>md: a Markdown memo; json: for import</source>
        <translation>md：Markdown 摘编；json：用于导入</translation>
    </message>
    <message>
        <source>write here instead of standard output</source>
        <translation>写入此处，而不是标准输出</translation>
    </message>
    <message>
        <source>import a JSON export (no duplicates)</source>
        <translation>导入 JSON 导出文件（不会重复）</translation>
    </message>
    <message>
        <source>the JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>note: {notice}</source>
        <translation>注意：{notice}</translation>
    </message>
    <message>
        <source>unknown colour {color}; use one of {colors}.</source>
        <translation>未知颜色 {color}；可选：{colors}。</translation>
    </message>
    <message>
        <source>(imported: open its document to locate it)</source>
        <translation>（导入所得：请打开其文档以定位）</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmark(s) to {path}.</source>
        <translation><numerusform>已将 %n 个书签导出到 {path}。</numerusform></translation></message>
    <message numerus="yes">
        <source>Imported %n bookmark(s)</source>
        <translation><numerusform>已导入 %n 个书签</numerusform></translation></message>
    <message numerus="yes">
        <source>(%n already present).</source>
        <translation><numerusform>（%n 个已存在）。</numerusform></translation></message>
    <message>
        <source>briefing-viewer: error: {message}</source>
        <translation>briefing-viewer：错误：{message}</translation>
    </message>
</context>
</TS>