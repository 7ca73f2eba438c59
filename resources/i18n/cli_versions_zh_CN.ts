<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>VersionsCommand</name>
    <message>
        <source>A library&apos;s works, each with its versions and their status.</source>
        <translation>文库中的各部作品，及其各版本和状态。</translation>
    </message>
    <message>
        <source>--json prints {works: [{title, versions: [{path, date, status}]}]}; status is current, superseded, undated or what the file declares. Without --all only works held in two or more versions are listed.</source>
        <translation>--json 输出 {works: [{title, versions: [{path, date, status}]}]}；status 为 current（现行）、superseded（已被取代）、undated（无日期）或文件自己声明的状态。不加 --all 时只列出有两个及以上版本的作品。</translation>
    </message>
    <message>
        <source>library folder</source>
        <translation>文库文件夹</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>also works held in one version</source>
        <translation>也列出只有一个版本的作品</translation>
    </message>
    <message>
        <source>name the library folder: versions DIR</source>
        <translation>请指明文库文件夹：versions 文件夹</translation>
    </message>
    <message>
        <source>briefing-viewer: error: not a folder: {folder}</source>
        <translation>briefing-viewer：错误：不是文件夹：{folder}</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n 部作品</numerusform>
        </translation>
    </message>
</context>
</TS>
