<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Versions</name>
    <message>
        <source>deleted text</source>
        <translation>删除的文字</translation>
    </message>
    <message>
        <source>inserted text</source>
        <translation>新增的文字</translation>
    </message>
    <message>
        <source>Legend: {deleted} · {inserted} · {marks}</source>
        <translation>图例：{deleted} · {inserted} · {marks}</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title}（{date}）</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>新旧对照</translation>
    </message>
    <message>
        <source>Compare Versions — {old} → {new}</source>
        <translation>新旧对照——{old} → {new}</translation>
    </message>
    <message>
        <source>Could not compare: {reason}</source>
        <translation>无法比较：{reason}</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>只看改动</translation>
    </message>
    <message>
        <source>Hide the articles whose text is unchanged</source>
        <translation>隐藏文字未变的条文</translation>
    </message>
    <message>
        <source>◀ Previous change</source>
        <translation>◀ 上一处改动</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7)</source>
        <translation>上一处改动（Shift+F7）</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>上一处改动</translation>
    </message>
    <message>
        <source>Go to the previous change (Shift+F7)</source>
        <translation>转到上一处改动（Shift+F7）</translation>
    </message>
    <message>
        <source>Next change ▶</source>
        <translation>下一处改动 ▶</translation>
    </message>
    <message>
        <source>Next change (F7)</source>
        <translation>下一处改动（F7）</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下一处改动</translation>
    </message>
    <message>
        <source>Go to the next change (F7)</source>
        <translation>转到下一处改动（F7）</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对照内容</translation>
    </message>
    <message>
        <source>The earlier version on the left, the later on the right; deleted text struck through, inserted text underlined</source>
        <translation>左侧为旧版本，右侧为新版本；删除的文字加删除线，新增的文字加下划线</translation>
    </message>
    <message>
        <source>Next Change (comparison window)</source>
        <translation>下一处改动（版本比较窗口）</translation>
    </message>
    <message>
        <source>Previous Change (comparison window)</source>
        <translation>上一处改动（版本比较窗口）</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>版本比较(&amp;W)…</translation>
    </message>
    <message>
        <source>Compare this document with another version, article by article</source>
        <translation>将本文件与另一版本逐条比较</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Open a document first, then compare it.</source>
        <translation>请先打开一个文件，再进行比较。</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>版本比较</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Compare this document with:</source>
        <translation>将本文件与下列版本比较：</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Carrying bookmarks…</source>
        <translation>正在迁移书签…</translation>
    </message>
    <message>
        <source>Could not carry bookmarks: {reason}</source>
        <translation>无法迁移书签：{reason}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the newer version</source>
        <translation>打开较新的版本</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare this version with the newer one</source>
        <translation>将此版本与较新的版本比较</translation>
    </message>
    <message>
        <source>Carry bookmarks</source>
        <translation>迁移书签</translation>
    </message>
    <message>
        <source>Copy this version&apos;s bookmarks onto the newer one</source>
        <translation>将此版本的书签复制到较新的版本</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this bar until another older version is opened</source>
        <translation>隐藏此提示栏，直到打开另一个旧版本</translation>
    </message>
    <message>
        <source>A newer version ({date}) is in the library —</source>
        <translation>文库中有较新的版本（{date}）——</translation>
    </message>
</context>
</TS>
