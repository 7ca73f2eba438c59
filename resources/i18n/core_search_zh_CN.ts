<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Search</name>
    <message>
        <source>Ranked by number of matches until the search index is ready.</source>
        <translation>索引建好之前，结果按匹配次数排序。</translation>
    </message>
    <message>
        <source>The search index was unreadable and has been rebuilt.</source>
        <translation>搜索索引无法读取，已重新建立。</translation>
    </message>
    <message>
        <source>The search index cannot be used; results are ranked by matches.</source>
        <translation>搜索索引无法使用，结果按匹配次数排序。</translation>
    </message>
    <message>
        <source>The search index was damaged and has been rebuilt ({problem}).</source>
        <translation>搜索索引已损坏，已重新建立（{problem}）。</translation>
    </message>
    <message>
        <source>The search index is in use by another program; searching an in-memory copy.</source>
        <translation>搜索索引正被其他程序使用，现搜索内存中的副本。</translation>
    </message>
    <message>
        <source>The search index cannot be saved ({problem}); searching an in-memory copy.</source>
        <translation>搜索索引无法保存（{problem}），现搜索内存中的副本。</translation>
    </message>
    <message>
        <source>Only the first {count} characters of the query were read.</source>
        <translation>搜索词只读取了前 {count} 个字符。</translation>
    </message>
    <message>
        <source>Query shortened to its first {words} words ({dropped} left out).</source>
        <translation>搜索词已缩减为前 {words} 个词（略去 {dropped} 个）。</translation>
    </message>
    <message>
        <source>Only the first {count} single characters were searched ({dropped} left out).</source>
        <translation>只搜索了前 {count} 个单字（略去 {dropped} 个）。</translation>
    </message>
    <message>
        <source>Words longer than {count} characters were cut.</source>
        <translation>超过 {count} 个字符的词已截短。</translation>
    </message>
</context>
</TS>
