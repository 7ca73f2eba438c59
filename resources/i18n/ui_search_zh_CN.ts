<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Search</name>
    <message>
        <source>both words (AND)</source>
        <translation>同时包含两个词（与）</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>包含任一词（或）</translation>
    </message>
    <message>
        <source>without the word</source>
        <translation>不含该词（非）</translation>
    </message>
    <message>
        <source>exact phrase</source>
        <translation>精确短语</translation>
    </message>
    <message>
        <source>only topics whose title contains the word</source>
        <translation>仅限标题含该词的专题</translation>
    </message>
    <message>
        <source>Full and half width, upper and lower case, traditional and simplified characters all match ({examples}). No query is ever an error.</source>
        <translation>全角与半角、大写与小写、繁体与简体均视为相同（{examples}）。任何搜索词都不会报错。</translation>
    </message>
    <message>
        <source>Enter / F3: next match · Shift+Enter / Shift+F3: previous · Esc: clear</source>
        <translation>回车键 / F3：下一处匹配 · Shift+回车键 / Shift+F3：上一处 · Esc：清除</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>{matches} in {passages}, {topics}</source>
        <translation>{matches}，见于 {passages}、{topics}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln 段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln 个专题</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>Ready to search.</source>
        <translation>可以搜索。</translation>
    </message>
    <message>
        <source>No matches for “{query}”.</source>
        <translation>没有找到“{query}”。</translation>
    </message>
    <message>
        <source>Try: {suggestion}</source>
        <translation>试试：{suggestion}</translation>
    </message>
    <message>
        <source>{counts} ({ms} ms)</source>
        <translation>{counts}（{ms} 毫秒）</translation>
    </message>
    <message>
        <source>match {position} of {count}</source>
        <translation>第 {position} 处，共 {count} 处匹配</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>All topics (%Ln passage(s))</source>
        <translation>
            <numerusform>全部专题（%Ln 段）</numerusform>
        </translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search box</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <source>Words to find in this document; Enter goes to the next match</source>
        <translation>在本文档中查找的词语；按回车键转到下一处匹配</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <source>Shows how to write a query</source>
        <translation>说明搜索词的写法</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>专题筛选</translation>
    </message>
    <message>
        <source>Shows the results of one topic only</source>
        <translation>只显示一个专题中的结果</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>How many matches there are, or a query to try instead</source>
        <translation>匹配的数目，或可改用的搜索词</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Matching passages, best first; Enter shows the passage</source>
        <translation>匹配的段落，最相关的在前；按回车键显示该段</translation>
    </message>
    <message>
        <source>Next Match (in the search box)</source>
        <translation>下一处匹配（在搜索框中）</translation>
    </message>
    <message>
        <source>Previous Match (in the search box)</source>
        <translation>上一处匹配（在搜索框中）</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Focus Search &amp;Box</source>
        <translation>转到搜索框(&amp;B)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一处(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Clear Search</source>
        <translation>清除搜索(&amp;C)</translation>
    </message>
    <message>
        <source>Search &amp;Help</source>
        <translation>搜索帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Go to Match</source>
        <translation>转到匹配处</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>复制文本</translation>
    </message>
</context>
</TS>
