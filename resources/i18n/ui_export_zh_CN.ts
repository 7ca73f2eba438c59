<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Export</name>
    <message>
        <source>Open a document first.</source>
        <translation>请先打开一个文件。</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>导出 {format}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation>打印预览——{title}</translation>
    </message>
    <message>
        <source>Select the passages to excerpt in the document first.</source>
        <translation>请先在文件中选中要摘编的段落。</translation>
    </message>
    <message>
        <source>No bookmarks are listed: add one with Ctrl+D first.</source>
        <translation>书签面板中没有书签：请先用 Ctrl+D 添加。</translation>
    </message>
    <message>
        <source>Excerpt Memo</source>
        <translation>摘编</translation>
    </message>
    <message>
        <source>Library search {query}</source>
        <translation>文库搜索 {query}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Sent to {printer}</source>
        <translation>已发送到{printer}</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Could not export. {reason}</source>
        <translation>无法导出。{reason}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Search a library first (File › Open Folder…, then the search panel).</source>
        <translation>请先搜索文库（文件 › 打开文件夹…，然后使用搜索面板）。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Document and pane</source>
        <translation>文档和专题</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>&amp;Current pane</source>
        <translation>当前专题(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Selected panes:</source>
        <translation>选定的专题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Whole document</source>
        <translation>整个文件(&amp;W)</translation>
    </message>
    <message>
        <source>Only the pane shown now</source>
        <translation>仅当前显示的专题</translation>
    </message>
    <message>
        <source>The panes ticked below</source>
        <translation>下面勾选的专题</translation>
    </message>
    <message>
        <source>Every pane of the document</source>
        <translation>文档的所有专题</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Tick the panes to include (Space ticks the focused one)</source>
        <translation>勾选要包含的专题（空格键勾选当前项）</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>包含我的备注</translation>
    </message>
    <message>
        <source>Official form</source>
        <translation>规范引用格式</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>与界面相同</translation>
    </message>
    <message numerus="yes">
        <source>Save %n excerpt(s)…</source>
        <translation>
            <numerusform>保存 %n 条摘录…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <source>How the excerpts are grouped under headings</source>
        <translation>摘录按何种标题分组</translation>
    </message>
    <message>
        <source>&amp;Citations:</source>
        <translation>引用格式(&amp;C)：</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>引用格式</translation>
    </message>
    <message>
        <source>The form each quote is cited in</source>
        <translation>每条引文的引用格式</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>文件格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>The kind of file to save</source>
        <translation>要保存的文件类型</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>标注语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>标注语言</translation>
    </message>
    <message>
        <source>The language of the memo&apos;s title, headings and notes</source>
        <translation>摘编的标题、小标题和备注所用的语言</translation>
    </message>
    <message>
        <source>Put each bookmark&apos;s note beneath its quote</source>
        <translation>在每条引文下附上书签备注</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Word (.docx)…</source>
        <translation>&amp;Word（.docx）…</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Selected Passages as Excerpt Memo…</source>
        <translation>选中段落摘编(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Bookmarks as Excerpt Memo…</source>
        <translation>书签摘编(&amp;B)…</translation>
    </message>
    <message>
        <source>Library Results as &amp;CSV…</source>
        <translation>文库搜索结果（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Library Results as Markdown…</source>
        <translation>文库搜索结果（Markdown）(&amp;L)…</translation>
    </message>
    <message>
        <source>Library Results as E&amp;xcerpt Memo…</source>
        <translation>文库搜索结果摘编(&amp;X)…</translation>
    </message>
    <message>
        <source>Quote the passages selected in the document, with their citations</source>
        <translation>摘录文件中选中的段落，并附引用</translation>
    </message>
    <message>
        <source>Quote the bookmarks the Bookmarks panel lists, with their citations</source>
        <translation>摘录书签面板所列的书签，附引注</translation>
    </message>
    <message>
        <source>Quote every hit of the library search shown, with its citation</source>
        <translation>摘录当前文库搜索的每条命中，并附引用</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print preview of the document, then print</source>
        <translation>预览文件的打印效果，然后打印</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
</TS>
