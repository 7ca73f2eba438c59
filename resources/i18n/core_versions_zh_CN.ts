<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Versions</name>
    <message>
        <source>This version has no bookmarks to carry.</source>
        <translation>此版本没有可迁移的书签。</translation>
    </message>
    <message numerus="yes">
        <source>%n exact</source>
        <translation>
            <numerusform>%n 个在原位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n 条移动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>bookmarks</comment>
        <translation>
            <numerusform>%n 个已移动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fuzzy</source>
        <translation>
            <numerusform>%n 个文字有变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n 个未找到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carried %n bookmark(s) from {old} to {new}</source>
        <translation>
            <numerusform>已将 %n 个书签从 {old} 迁移到 {new}</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{counts} ({where})</source>
        <translation>{counts}（{where}）</translation>
    </message>
    <message>
        <source>{carried}: {counts}</source>
        <translation>{carried}：{counts}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>改号</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 条未变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n 条改号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 条修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 条新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 条删除</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>没有可比较的内容</translation>
    </message>
    <message>
        <source>few articles in common: are these two versions of one document?</source>
        <translation>相同的条文很少：这两份文件是同一文件的两个版本吗？</translation>
    </message>
    <message>
        <source>{counts} — {note}</source>
        <translation>{counts}——{note}</translation>
    </message>
    <message>
        <source>current</source>
        <translation>现行</translation>
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
</context>
</TS>
