<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Carry</name>
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
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>Carried %n bookmark: {counts}</source>
        <translation><numerusform>已迁移 %n 个书签：{counts}</numerusform></translation></message>
    <message numerus="yes">
        <source>Carried %n bookmarks: {counts}</source>
        <translation><numerusform>已迁移 %n 个书签：{counts}</numerusform></translation></message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
</TS>