<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Library</name>
    <message>
        <source>skipped {path}: {reason}</source>
        <translation>已跳过 {path}：{reason}</translation>
    </message>
    <message>
        <source>not indexed this time, the next search retries it: {path}</source>
        <translation>本次未能编入索引，下次搜索时重试：{path}</translation>
    </message>
    <message>
        <source>indexing {folder}: {done}/{total}</source>
        <translation>正在为 {folder} 建立索引：{done}/{total}</translation>
    </message>
    <message>
        <source>indexing {folder}: {done}/{total}, about {eta} s left</source>
        <translation>正在为 {folder} 建立索引：{done}/{total}，约剩 {eta} 秒</translation>
    </message>
    <message>
        <source>note: {notice}</source>
        <translation>注意：{notice}</translation>
    </message>
    <message>
        <source>{query}: no matches</source>
        <translation>{query}：无匹配</translation>
    </message>
    <message numerus="yes">
        <source>{query}: %Ln document(s)</source>
        <translation><numerusform>{query}：%Ln 篇文档</numerusform></translation></message>
    <message numerus="yes">
        <source>{query}: at least %Ln document(s)</source>
        <translation><numerusform>{query}：至少 %Ln 篇文档</numerusform></translation></message>
    <message numerus="yes">
        <source>{rank}. {title}  ({date}, {path}, %Ln hit(s))</source>
        <translation><numerusform>{rank}. {title}  （{date}，{path}，%Ln 处命中）</numerusform></translation></message>
    <message>
        <source>{rank}. {title}  ({date}, {path}, title match)</source>
        <translation>{rank}. {title}  （{date}，{path}，标题相符）</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <source>note: %Ln document(s) without a date are outside any date bound</source>
        <translation><numerusform>注意：%Ln 篇文档没有日期，不在任何日期范围内</numerusform></translation></message>
    <message>
        <source>more: --limit {limit} lists them all</source>
        <translation>还有更多：--limit {limit} 可列出全部</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more document(s): --limit {limit} lists them all</source>
        <translation><numerusform>还有 %Ln 篇文档：--limit {limit} 可列出全部</numerusform></translation></message>
</context>
</TS>