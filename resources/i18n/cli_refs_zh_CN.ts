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
        <source>The references (《…》 and article numbers) a document makes.</source>
        <translation>列出文档中的引用（《…》及条文号）。</translation>
    </message>
    <message>
        <source>--json prints {refs: [{text, passage_id, kind, status, target, note}]}; status is resolved, not_in_library, no_such_article or version_missing; target is {path, title, date, address} or null.</source>
        <translation>--json 输出 {refs: [{text, passage_id, kind, status, target, note}]}；status 为 resolved（已解析）、not_in_library（不在文库中）、no_such_article（无此条文）或 version_missing（缺少该版本）；target 为 {path, title, date, address} 或 null。</translation>
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
        <source>{status}  {reference}</source>
        <translation>{status}  {reference}</translation>
    </message>
    <message>
        <source>{line} → {title} ({date}) {address}</source>
        <translation>{line} → {title}（{date}）{address}</translation>
    </message>
    <message>
        <source>{line} → {address}</source>
        <translation>{line} → {address}</translation>
    </message>
    <message>
        <source>{line} ({note})</source>
        <translation>{line}（{note}）</translation>
    </message>
    <message>
        <source>The documents of a library that cite this document.</source>
        <translation>列出文库中引用本文档的文档。</translation>
    </message>
    <message>
        <source>--json prints {documents: [{path, title, date, count, passages: [...]}]}.</source>
        <translation>--json 输出 {documents: [{path, title, date, count, passages: [...]}]}。</translation>
    </message>
    <message>
        <source>the library folder</source>
        <translation>文库文件夹</translation>
    </message>
    <message>
        <source>only references to this article</source>
        <translation>只列出对此条文的引用</translation>
    </message>
    <message>
        <source>{title} ({date})  {count}  {path}</source>
        <translation>{title}（{date}）  {count}  {path}</translation>
    </message>
    <message>
        <source>{address}: {sentence}</source>
        <translation>{address}：{sentence}</translation>
    </message>
</context>
</TS>
