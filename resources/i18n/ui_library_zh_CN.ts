<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Library</name>
    <message>
        <source>Filter the library</source>
        <translation>筛选文库</translation>
    </message>
    <message>
        <source>Shows only documents whose title or folder holds these words</source>
        <translation>只显示标题或所在文件夹含有这些词的文档</translation>
    </message>
    <message>
        <source>Library documents</source>
        <translation>文库文档</translation>
    </message>
    <message>
        <source>Enter opens the chosen document; a work opens its newest version</source>
        <translation>按回车键打开所选文档；选中一部法规时打开其最新版本</translation>
    </message>
    <message>
        <source>Stops indexing, keeping what is done, or resumes it</source>
        <translation>停止建立索引（已完成的部分保留），或继续建立索引</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <source>Shows or hides the list of files that could not be read</source>
        <translation>显示或隐藏无法读取的文件列表</translation>
    </message>
    <message>
        <source>Each file with the reason it was not read</source>
        <translation>每个文件及其未能读取的原因</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索文库</translation>
    </message>
    <message>
        <source>Words to find in every document of the library</source>
        <translation>要在文库全部文档中查找的词语</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Searches only the documents of this folder</source>
        <translation>只搜索该分类中的文档</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Earliest document date, as 2000, 2000-01 or 2000-01-01</source>
        <translation>文档的最早日期，格式如 2000、2000-01 或 2000-01-01</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Latest document date, as 2024, 2024-12 or 2024-12-31</source>
        <translation>文档的最晚日期，格式如 2024、2024-12 或 2024-12-31</translation>
    </message>
    <message>
        <source>Leaves out versions that a later version in the library replaced</source>
        <translation>不显示已被文库中较新版本取代的版本</translation>
    </message>
    <message>
        <source>Library search results</source>
        <translation>文库搜索结果</translation>
    </message>
    <message>
        <source>Documents with their best passages; Enter opens the chosen one</source>
        <translation>命中的文档及其最相关的段落；按回车键打开所选项</translation>
    </message>
    <message>
        <source>Choose a document in the Library panel, or search the library.</source>
        <translation>请在“文库”面板中选择文档，或搜索文库。</translation>
    </message>
    <message>
        <source>Library: {error}</source>
        <translation>文库：{error}</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <source>{path}, read last in this library, can no longer be opened.</source>
        <translation>本文库上次阅读的 {path} 已无法打开。</translation>
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
        <source>Open Folder as Library</source>
        <translation>打开文件夹作为文库</translation>
    </message>
    <message>
        <source>Library indexing failed: {error}</source>
        <translation>文库索引建立失败：{error}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>current</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>repealed</source>
        <translation>已废止</translation>
    </message>
    <message numerus="yes">
        <source>{title}, %n version(s)</source>
        <translation><numerusform>{title}，共 %n 个版本</numerusform></translation></message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation><numerusform>约剩 %n 秒</numerusform></translation></message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation><numerusform>约剩 %n 分钟</numerusform></translation></message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n 秒</numerusform></translation></message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>继续建立索引</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>索引建立失败：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Indexing paused: {indexed} of %Ln document(s) can be searched; Resume indexing does the rest.</source>
        <translation><numerusform>索引已暂停：%Ln 篇文档中已有 {indexed} 篇可以搜索；“继续建立索引”完成其余部分。</numerusform></translation></message>
    <message numerus="yes">
        <source>%Ln document(s) in the index.</source>
        <translation><numerusform>索引中共 %Ln 篇文档。</numerusform></translation></message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation><numerusform>新增 %Ln 篇</numerusform></translation></message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation><numerusform>更新 %Ln 篇</numerusform></translation></message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation><numerusform>移除 %Ln 篇</numerusform></translation></message>
    <message numerus="yes">
        <source>%Ln unreadable</source>
        <translation><numerusform>%Ln 篇无法读取</numerusform></translation></message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelling: keeping what is indexed so far…</source>
        <translation>正在取消，保留已建立索引的部分…</translation>
    </message>
    <message numerus="yes">
        <source>Indexing {done} / %Ln document(s)</source>
        <translation><numerusform>正在建立索引：{done} / %Ln 篇文档</numerusform></translation></message>
    <message>
        <source>Index up to date.</source>
        <translation>索引已是最新。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Indexed: {parts} ({seconds} s).</source>
        <translation>索引完成：{parts}（{seconds} 秒）。</translation>
    </message>
    <message>
        <source>title match</source>
        <translation>标题相符</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation><numerusform>%Ln 处命中</numerusform></translation></message>
    <message>
        <source>{date} · superseded version</source>
        <translation>{date} · 已被取代的版本</translation>
    </message>
    <message>
        <source>Open a folder to search it.</source>
        <translation>请先打开一个文件夹，再进行搜索。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Type to search every document.</source>
        <translation>输入词语即可搜索全部文档。</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
    <message>
        <source>indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>The documents are still being read; matches show up as they are indexed.</source>
        <translation>仍在读取文档；建立索引后即显示匹配结果。</translation>
    </message>
    <message>
        <source>indexing paused</source>
        <translation>索引已暂停</translation>
    </message>
    <message>
        <source>the rest is not indexed yet</source>
        <translation>其余文档尚未建立索引</translation>
    </message>
    <message>
        <source>{documents} · {listed} listed, scroll for more · {ms} ms</source>
        <translation>{documents} · 已列出 {listed} 篇，向下滚动查看更多 · {ms} 毫秒</translation>
    </message>
    <message>
        <source>{documents} · {ms} ms</source>
        <translation>{documents} · {ms} 毫秒</translation>
    </message>
    <message>
        <source>No documents match.</source>
        <translation>没有匹配的文档。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) without a date are not searched.</source>
        <translation><numerusform>%Ln 篇没有日期的文档未被搜索。</numerusform></translation></message>
    <message numerus="yes">
        <source>Searching {searched} of %Ln document(s) — {state}</source>
        <translation><numerusform>已搜索 %Ln 篇文档中的 {searched} 篇 — {state}</numerusform></translation></message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>{box}: “{text}” is not a date, so it filters nothing.</source>
        <translation>{box}：“{text}”不是日期，不起筛选作用。</translation>
    </message>
    <message>
        <source>From is after To: no document can match.</source>
        <translation>起始日期晚于截止日期：没有文档能够匹配。</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>From: a year or date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To: a year or date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Current versions only</source>
        <translation>仅现行版本</translation>
    </message>
    <message>
        <source>Show more… ({shown} of {count})</source>
        <translation>显示更多…（已列出 {shown} / {count}）</translation>
    </message>
    <message>
        <source>{shown} of {count} documents listed: show the next ones</source>
        <translation>已列出 {count} 篇文档中的 {shown} 篇：显示后续文档</translation>
    </message>
    <message>
        <source>No library open · File › Open Folder… (Ctrl+Shift+O)</source>
        <translation>未打开文库 · 文件 › 打开文件夹…（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Filter titles and folders</source>
        <translation>按标题或分类筛选</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation><numerusform>%Ln 篇文档</numerusform></translation></message>
    <message numerus="yes">
        <source>{shown} of %Ln document(s)</source>
        <translation><numerusform>%Ln 篇文档中的 {shown} 篇</numerusform></translation></message>
    <message>
        <source>Compare with Open Document</source>
        <translation>与当前文档比较版本</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Copy Title</source>
        <translation>复制标题</translation>
    </message>
    <message>
        <source>Copy Title in 《》</source>
        <translation>复制《标题》</translation>
    </message>
    <message>
        <source>Not a date: this filter is left out until it is one.</source>
        <translation>不是有效日期：改正之前不按此条件筛选。</translation>
    </message>
    <message>
        <source>A year, a month or a day: 2019, 2019-3 or 2019-03-05</source>
        <translation>年、月或日：2019、2019-3 或 2019-03-05</translation>
    </message>
</context>
</TS>