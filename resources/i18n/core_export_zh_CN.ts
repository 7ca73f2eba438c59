<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Export</name>
    <message>
        <source>There is no pane “{pane}” in {title}; try {known}.</source>
        <translation>《{title}》中没有“{pane}”专题；可用：{known}。</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}．{title}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Excerpt Memo: library search “{query}”</source>
        <translation>摘编：文库搜索“{query}”</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Bookmarks that could not be placed</source>
        <translation>未能定位的书签</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Excerpt Memo</source>
        <translation>摘编</translation>
    </message>
    <message>
        <source>{excerpts} from {documents}</source>
        <translation>{excerpts}，来自 {documents}</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n 条摘录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名文件</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>— {citation}</source>
        <translation>——{citation}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Version date</source>
        <translation>版本日期</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中数</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Library search: {query}</source>
        <translation>文库搜索：{query}</translation>
    </message>
    <message>
        <source>{documents}, {excerpts}</source>
        <translation>{documents}，{excerpts}</translation>
    </message>
    <message numerus="yes">
        <source>%n hit excerpt(s)</source>
        <translation>
            <numerusform>%n 条命中摘录</numerusform>
        </translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引文出处</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
</TS>
