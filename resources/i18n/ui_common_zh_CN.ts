<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Reading view</source>
        <translation>阅读区</translation>
    </message>
    <message>
        <source>The text of the current topic. Shift+F10 opens its actions.</source>
        <translation>当前专题的正文。按 Shift+F10 打开其操作菜单。</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>文档信息</translation>
    </message>
    <message>
        <source>Title, source, date and other details of the document.</source>
        <translation>文档的标题、来源、日期等信息。</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>下一个面板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>上一个面板(&amp;P)</translation>
    </message>
    <message>
        <source>Context Menu</source>
        <translation>上下文菜单</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>程序出现了问题。</translation>
    </message>
    <message>
        <source>Details were saved to {path}.</source>
        <translation>详细信息已保存到 {path}。</translation>
    </message>
    <message>
        <source>You can keep reading; please report this.</source>
        <translation>您可以继续阅读；请报告此问题。</translation>
    </message>
    <message>
        <source>Cannot open document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <source>This document links to:

{url}

Open it in your web browser?</source>
        <translation>此文档链接到：

{url}

是否在网页浏览器中打开？</translation>
    </message>
    <message>
        <source>Open link in browser?</source>
        <translation>在浏览器中打开链接？</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>HitList</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation><numerusform>%Ln 处匹配</numerusform></translation></message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide these warnings</source>
        <translation>隐藏这些提示</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Topics</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>文档信息</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Library search</source>
        <translation>文库搜索</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>被引用</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>浮动</translation>
    </message>
    <message>
        <source>Undocks the panel into a window of its own, or docks it back</source>
        <translation>将面板移出为独立窗口，或停靠回原处</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hides the panel (View › Panels shows it again)</source>
        <translation>隐藏面板（可从“视图 › 面板”重新显示）</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>briefing-viewer: error: {message}</source>
        <translation>briefing-viewer：错误：{message}</translation>
    </message>
    <message>
        <source>the document did not load in time</source>
        <translation>文档未能在限定时间内载入</translation>
    </message>
</context>
</TS>