<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Articles</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>{name} is not a document of this library.</source>
        <translation>{name} 不是本文库中的文档。</translation>
    </message>
    <message>
        <source>Updating citations</source>
        <translation>正在更新引用</translation>
    </message>
    <message>
        <source>found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>不在文库中</translation>
    </message>
    <message>
        <source>no such article</source>
        <translation>无此条</translation>
    </message>
    <message>
        <source>that version is not in the library</source>
        <translation>该版本不在文库中</translation>
    </message>
    <message>
        <source>no library to look in</source>
        <translation>没有可供查找的文库</translation>
    </message>
    <message>
        <source>《{title}》 is not in the library</source>
        <translation>《{title}》不在文库中</translation>
    </message>
    <message>
        <source>no version dated on or before {date}; nearest: {nearest}</source>
        <translation>没有 {date} 当日或之前的版本；最接近的：{nearest}</translation>
    </message>
    <message>
        <source>《{title}》 has no {address}</source>
        <translation>《{title}》中没有{address}</translation>
    </message>
    <message>
        <source>{reference}: nothing to refer to here</source>
        <translation>{reference}：此处无所指</translation>
    </message>
    <message>
        <source>No {address} in this document</source>
        <translation>本文档中没有{address}</translation>
    </message>
    <message>
        <source>; nearest: {addresses}</source>
        <translation>；最接近的：{addresses}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Source: {origin}.</source>
        <translation>来源：{origin}。</translation>
    </message>
    <message>
        <source>{origin}.</source>
        <translation>{origin}。</translation>
    </message>
</context>
</TS>
