<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Search</name>
    <message>
        <source>Search a document or a library from the command line.</source>
        <translation>在命令行中搜索文档或文库。</translation>
    </message>
    <message>
        <source>Markdown document (default: briefing.md)</source>
        <translation>Markdown 文档（默认：briefing.md）</translation>
    </message>
    <message>
        <source>folder of documents (indexed on first use, into the data folder: --data-dir before the command, or BRIEFING_VIEWER_DATA_DIR)</source>
        <translation>文档所在文件夹（首次使用时建立索引，存于数据文件夹：在命令前用 --data-dir 指定，或设置 BRIEFING_VIEWER_DATA_DIR）</translation>
    </message>
    <message>
        <source>only this pane (id or part of its title)</source>
        <translation>只搜索此专题（编号或标题的一部分）</translation>
    </message>
    <message>
        <source>hits shown per query (with --library: documents)</source>
        <translation>每个搜索词显示的结果数（加 --library 时为文档数）</translation>
    </message>
    <message>
        <source>with --library: leave out versions that a later one in the folder replaced</source>
        <translation>加 --library 时：不含已被文件夹中较新版本取代的版本</translation>
    </message>
    <message>
        <source>with --library: only documents dated on or after DATE (2019, 2019-3, 2019-03-05)</source>
        <translation>配合 --library：只查日期在 DATE 当天或之后的文档（2019、2019-3、2019-03-05）</translation>
    </message>
    <message>
        <source>with --library: only documents dated on or before DATE</source>
        <translation>配合 --library：只查日期在 DATE 当天或之前的文档</translation>
    </message>
    <message>
        <source>one JSON object per query per line</source>
        <translation>每个搜索词输出一行 JSON 对象</translation>
    </message>
    <message>
        <source>one query each (quote several words to search them together)</source>
        <translation>每个参数为一个搜索词（多个词一起搜索时请加引号）</translation>
    </message>
    <message>
        <source>{value} is not a date: give 2019, 2019-3 or 2019-03-05</source>
        <translation>{value} 不是日期：请写 2019、2019-3 或 2019-03-05</translation>
    </message>
    <message>
        <source>{value} is not a number of hits: give 1 or more</source>
        <translation>{value} 不是有效的条数：请给出 1 或更大的数</translation>
    </message>
    <message>
        <source>an empty query: give the words to search for</source>
        <translation>查询为空：请给出要搜索的词</translation>
    </message>
    <message>
        <source>“{query}” is searched as words; to search that file, use --document FILE</source>
        <translation>“{query}”被当作搜索词；要搜索该文件，请用 --document 文件</translation>
    </message>
    <message>
        <source>briefing-viewer: error: {error}</source>
        <translation>briefing-viewer：错误：{error}</translation>
    </message>
    <message>
        <source>--from {low} is after --to {high}: nothing can match</source>
        <translation>--from {low} 晚于 --to {high}：没有文档能够匹配</translation>
    </message>
    <message>
        <source>note: {notice}</source>
        <translation>注意：{notice}</translation>
    </message>
    <message>
        <source>{query}: no matches; did you mean: {suggestion}</source>
        <translation>{query}：无匹配；您是否要找：{suggestion}</translation>
    </message>
    <message>
        <source>{query}: no matches</source>
        <translation>{query}：无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation><numerusform>%Ln 个段落</numerusform></translation></message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation><numerusform>%Ln 处匹配</numerusform></translation></message>
    <message>
        <source>{query}: {passages}, {matches}</source>
        <translation>{query}：{passages}，{matches}</translation>
    </message>
</context>
</TS>