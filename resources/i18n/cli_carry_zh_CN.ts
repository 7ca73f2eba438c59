<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Carry</name>
    <message>
        <source>Copy a document&apos;s bookmarks onto another version of it.</source>
        <translation>将文档的书签复制到该文档的另一版本。</translation>
    </message>
    <message>
        <source>Articles are aligned first (see compare), so a bookmark in a renumbered article lands in its new number. Each bookmark is reported as exact, moved, fuzzy or orphan; orphans are not copied and the originals stay on OLD. --json prints {summary, bookmarks}.</source>
        <translation>先逐条对齐条文（参见 compare），因此改号条文中的书签会落到新的条文号上。每个书签报告为 exact（精确）、moved（移动）、fuzzy（近似）或 orphan（失去位置）；失去位置的书签不复制，原书签保留在 OLD 上。--json 输出 {summary, bookmarks}。</translation>
    </message>
    <message>
        <source>older version</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <source>newer version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>report only, create nothing</source>
        <translation>只报告，不创建书签</translation>
    </message>
    <message>
        <source>briefing-viewer: error: {message}</source>
        <translation>briefing-viewer：错误：{message}</translation>
    </message>
    <message numerus="yes">
        <source>%n in place</source>
        <translation>
            <numerusform>%n 个位置未变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n 个位置已变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text changed</source>
        <translation>
            <numerusform>%n 个文字已变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n 个未找到</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>Would carry %n bookmark(s): {counts}</source>
        <translation>
            <numerusform>将迁移 %n 个书签：{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carried %n bookmark(s): {counts}</source>
        <translation>
            <numerusform>已迁移 %n 个书签：{counts}</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
</TS>
