<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConvertCommand</name>
    <message>
        <source>A web page, Word or PDF file as Markdown.</source>
        <translation>将网页、Word 或 PDF 文件转换为 Markdown。</translation>
    </message>
    <message>
        <source>.html/.htm, .docx or .pdf file</source>
        <translation>.html/.htm、.docx 或 .pdf 文件</translation>
    </message>
    <message>
        <source>write the Markdown here</source>
        <translation>将 Markdown 写入此文件</translation>
    </message>
    <message>
        <source>print JSON: path, title, output, chars</source>
        <translation>输出 JSON：path、title、output、chars</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>cannot write {output}: {reason}</source>
        <translation>无法写入 {output}：{reason}</translation>
    </message>
    <message>
        <source>briefing-viewer: error: {message}</source>
        <translation>briefing-viewer：错误：{message}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {output}: {title}, %Ln character(s).</source>
        <translation>
            <numerusform>已写入 {output}：{title}，共 %Ln 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>note: no text was found in {file}.</source>
        <translation>注意：{file} 中没有找到文字。</translation>
    </message>
</context>
</TS>
