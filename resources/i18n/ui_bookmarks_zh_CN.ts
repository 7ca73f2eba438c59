<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Bookmarks</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Bookmark Passage…</source>
        <translation>添加书签(&amp;B)…</translation>
    </message>
    <message>
        <source>Bookmark the selection or the paragraph at the cursor</source>
        <translation>为选中的文字或光标所在段落添加书签</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>复制引用(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a citation of the selection or bookmark</source>
        <translation>复制选中文字或书签的引用</translation>
    </message>
    <message>
        <source>Bookmarks &amp;Panel</source>
        <translation>书签面板(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the bookmarks panel</source>
        <translation>显示或隐藏书签面板</translation>
    </message>
    <message>
        <source>E&amp;xport Bookmarks…</source>
        <translation>导出书签(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the bookmarks listed as a Markdown memo or JSON</source>
        <translation>将列出的书签保存为 Markdown 摘编或 JSON</translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks…</source>
        <translation>导入书签(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the bookmarks of a JSON export</source>
        <translation>添加 JSON 导出文件中的书签</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Open a document to bookmark it.</source>
        <translation>请先打开文档，再添加书签。</translation>
    </message>
    <message>
        <source>Select some text or right-click a paragraph to bookmark it.</source>
        <translation>请选中文字或右击段落以添加书签。</translation>
    </message>
    <message>
        <source>Bookmark Passage</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Bookmarked: “{quote}”</source>
        <translation>已添加书签：“{quote}”</translation>
    </message>
    <message>
        <source>Edit Bookmark</source>
        <translation>编辑书签</translation>
    </message>
    <message>
        <source>Go to Passage</source>
        <translation>转到段落</translation>
    </message>
    <message>
        <source>Edit Note and Tags…</source>
        <translation>编辑备注和标签…</translation>
    </message>
    <message>
        <source>Saved: “{quote}”</source>
        <translation>已保存：“{quote}”</translation>
    </message>
    <message>
        <source>Deleted: “{quote}”</source>
        <translation>已删除：“{quote}”</translation>
    </message>
    <message>
        <source>Deleted “{quote}”.</source>
        <translation>已删除“{quote}”。</translation>
    </message>
    <message>
        <source>Deleted bookmark “{quote}” — Undo in the Bookmarks panel (Ctrl+Z).</source>
        <translation>已删除书签“{quote}”——可在书签面板中撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Restored: “{quote}”</source>
        <translation>已恢复：“{quote}”</translation>
    </message>
    <message>
        <source>Select the passage in the document, then choose Re-attach to selection.</source>
        <translation>请在文档中选中相应段落，再选择“重新定位到选中文字”。</translation>
    </message>
    <message>
        <source>Re-attached: “{quote}”</source>
        <translation>已重新定位：“{quote}”</translation>
    </message>
    <message>
        <source>This bookmark was imported; open its document yourself to locate it: {path}</source>
        <translation>此书签为导入所得，请自行打开其文档以定位：{path}</translation>
    </message>
    <message>
        <source>The file of this bookmark is missing: {path}</source>
        <translation>此书签所在的文件已不存在：{path}</translation>
    </message>
    <message>
        <source>This bookmark needs attention: its text was not found. Select the passage and choose Re-attach to selection.</source>
        <translation>此书签需要处理：未找到其文字。请选中相应段落，再选择“重新定位到选中文字”。</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>comma or space separated, e.g. 金融, 保险</source>
        <translation>以逗号或空格分隔，如：金融，保险</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A note of your own about the passage</source>
        <translation>您对该段文字的备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Words to find the bookmark by, separated by commas</source>
        <translation>用于查找书签的词语，以逗号分隔</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Each colour has its own shape and name in the list</source>
        <translation>每种颜色在列表中都有各自的形状和名称</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>All documents: {count} — this one: {summary}</source>
        <translation>全部文档：{count} 个——本文档：{summary}</translation>
    </message>
    <message>
        <source>Bookmark: {colour}</source>
        <translation>书签：{colour}</translation>
    </message>
    <message>
        <source>Bookmark Selection…</source>
        <translation>为选中文字添加书签…</translation>
    </message>
    <message>
        <source>Bookmark Passage…</source>
        <translation>添加书签…</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>⚠ text changed ({score} match) — needs attention</source>
        <translation>⚠ 文字已改动（相似度 {score}）——需要处理</translation>
    </message>
    <message>
        <source>⚠ not found — needs attention</source>
        <translation>⚠ 未找到——需要处理</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>无文档</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln bookmark(s) match the filter</source>
        <translation><numerusform>%Ln 个书签中有 {shown} 个符合筛选条件</numerusform></translation></message>
    <message>
        <source>Delete Bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>Edit Note and Tags</source>
        <translation>编辑备注和标签</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Filter: text, note, #tag, topic</source>
        <translation>筛选：文字、备注、#标签、专题</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <source>By position</source>
        <translation>按位置</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Restore the deleted bookmark (Ctrl+Z)</source>
        <translation>恢复刚删除的书签（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit note, tags and colour (F2)</source>
        <translation>编辑备注、标签和颜色（F2）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the bookmark (Del)</source>
        <translation>删除书签（Del）</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Copy a citation to the clipboard (Ctrl+Shift+C)</source>
        <translation>将引用复制到剪贴板（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>重新定位到选中文字</translation>
    </message>
    <message>
        <source>Anchor this bookmark to the text selected in the document</source>
        <translation>将此书签定位到文档中选中的文字</translation>
    </message>
    <message>
        <source>Excerpt memo…</source>
        <translation>摘编…</translation>
    </message>
    <message>
        <source>A memo of the bookmarks listed: Word, PDF, HTML, Markdown</source>
        <translation>将列出的书签汇编成摘编：Word、PDF、HTML、Markdown</translation>
    </message>
    <message>
        <source>Select a bookmark in the list first.</source>
        <translation>请先在列表中选择一个书签。</translation>
    </message>
    <message>
        <source>No bookmarks match the filter.</source>
        <translation>没有书签符合筛选条件。</translation>
    </message>
    <message>
        <source>No bookmarks are listed: add one with Ctrl+D first.</source>
        <translation>列表中没有书签：请先用 Ctrl+D 添加。</translation>
    </message>
    <message>
        <source>Filter bookmarks</source>
        <translation>筛选书签</translation>
    </message>
    <message>
        <source>Shows only the bookmarks containing every word typed</source>
        <translation>只显示包含所输入全部词语的书签</translation>
    </message>
    <message>
        <source>List the bookmarks of every document, not only the open one</source>
        <translation>列出所有文档的书签，而不只是当前文档的</translation>
    </message>
    <message>
        <source>Sort bookmarks</source>
        <translation>书签排序</translation>
    </message>
    <message>
        <source>By position in the document, or newest first</source>
        <translation>按在文档中的位置，或最新在前</translation>
    </message>
    <message>
        <source>Enter opens a bookmark, F2 edits it, Delete deletes it, Ctrl+Z undoes</source>
        <translation>回车键打开书签，F2 编辑，Delete 删除，Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Edit bookmark</source>
        <translation>编辑书签</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Excerpt memo</source>
        <translation>摘编</translation>
    </message>
    <message>
        <source>the bookmarks database is read-only.</source>
        <translation>书签数据库为只读。</translation>
    </message>
    <message>
        <source>Bookmarks can't be saved: {reason}</source>
        <translation>无法保存书签：{reason}</translation>
    </message>
    <message>
        <source>Markdown memo (*.md)</source>
        <translation>Markdown 摘编 (*.md)</translation>
    </message>
    <message>
        <source>Select some text or a bookmark to cite it.</source>
        <translation>请选中文字或书签以复制引用。</translation>
    </message>
    <message>
        <source>Citation copied: {citation}</source>
        <translation>已复制引用：{citation}</translation>
    </message>
    <message>
        <source>There are no bookmarks to export.</source>
        <translation>没有可导出的书签。</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmark(s) to {path}</source>
        <translation><numerusform>已将 %n 个书签导出到 {path}</numerusform></translation></message>
    <message>
        <source>Import Bookmarks</source>
        <translation>导入书签</translation>
    </message>
    <message>
        <source>Bookmarks (*.json);;All files (*)</source>
        <translation>书签 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing bookmarks from {name}…</source>
        <translation>正在从 {name} 导入书签…</translation>
    </message>
    <message numerus="yes">
        <source>Imported bookmarks: %n added</source>
        <translation><numerusform>书签导入完成：新增 %n 个</numerusform></translation></message>
    <message numerus="yes">
        <source>, %n already present</source>
        <translation><numerusform>，%n 个已存在</numerusform></translation></message>
</context>
</TS>