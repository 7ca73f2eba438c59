<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Files</name>
    <message>
        <source>a symbolic link</source>
        <translation>符号链接</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>There is no folder {folder}; nothing was written.</source>
        <translation>没有文件夹 {folder}，未写入任何文件。</translation>
    </message>
    <message>
        <source>{name} is the file being read; choose another file to write.</source>
        <translation>{name} 正是要读取的文件，请另选一个文件写入。</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a regular file; it was left as it is. Choose another file name.</source>
        <translation>{name} 是{kind}，不是普通文件，未作改动。请另选文件名。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written: {file}</source>
        <translation>磁盘已满，未写入任何内容：{file}</translation>
    </message>
    <message>
        <source>{file} cannot be written: permission denied.</source>
        <translation>无法写入 {file}：没有权限。</translation>
    </message>
    <message>
        <source>{file} cannot be written: the disk is read-only.</source>
        <translation>无法写入 {file}：磁盘为只读。</translation>
    </message>
    <message>
        <source>{file} cannot be written: its folder does not accept new files.</source>
        <translation>无法写入 {file}：所在文件夹不接受新文件。</translation>
    </message>
    <message>
        <source>{file} cannot be written (system error {code}).</source>
        <translation>无法写入 {file}（系统错误 {code}）。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>settings version</source>
        <translation>设置版本</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>recent files</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>last topic read</source>
        <translation>上次阅读的专题</translation>
    </message>
    <message>
        <source>library follows links</source>
        <translation>文库跟随链接</translation>
    </message>
    <message>
        <source>library&apos;s last documents</source>
        <translation>文库中上次打开的文档</translation>
    </message>
    <message>
        <source>document or library open last</source>
        <translation>上次打开的文件或文库</translation>
    </message>
    <message>
        <source>all (the settings file could not be read)</source>
        <translation>全部（无法读取设置文件）</translation>
    </message>
    <message>
        <source>all (the settings file is not a JSON object)</source>
        <translation>全部（设置文件不是 JSON 对象）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Some saved settings were invalid and were reset to their defaults: {names}.</source>
        <translation>部分已保存的设置无效，已恢复为默认值：{names}。</translation>
    </message>
    <message>
        <source>{name} ({key})</source>
        <translation>{name}（{key}）</translation>
    </message>
</context>
</TS>
