<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Articles</name>
    <message>
        <source>No document of the library cites 《{title}》.</source>
        <translation>文库中没有文档引用《{title}》。</translation>
    </message>
    <message numerus="yes">
        <source>《{title}》 is cited by %Ln document(s)</source>
        <translation><numerusform>《{title}》被 %Ln 个文档引用</numerusform></translation></message>
    <message numerus="yes">
        <source>(%Ln passage(s))</source>
        <translation><numerusform>（%Ln 处）</numerusform></translation></message>
    <message>
        <source>{documents} {passages}</source>
        <translation>{documents}{passages}</translation>
    </message>
    <message>
        <source>Open a document of a library to see who cites it.</source>
        <translation>打开文库中的文档，即可查看哪些文档引用了它。</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>被引用</translation>
    </message>
    <message>
        <source>Documents citing this one; Enter opens the citing passage</source>
        <translation>引用本文档的文档；回车键打开引用之处</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Open this document from a library to see who cites it.</source>
        <translation>从文库中打开本文档，即可查看哪些文档引用了它。</translation>
    </message>
    <message>
        <source>Reading the library's citations…</source>
        <translation>正在读取文库中的引用…</translation>
    </message>
    <message>
        <source>Reading citations {done}/{total}…</source>
        <translation>正在读取引用 {done}/{total}…</translation>
    </message>
    <message>
        <source>The library's citations could not be read: {error}</source>
        <translation>无法读取文库的引用：{error}</translation>
    </message>
    <message>
        <source>Articles: {error}</source>
        <translation>条文：{error}</translation>
    </message>
    <message>
        <source>Go to Article</source>
        <translation>转到条文</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>复制条文位置</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Article or address (第26条, 26, 第三条第三款, 三、（二）):</source>
        <translation>条文或位置（第26条、26、第三条第三款、三、（二））：</translation>
    </message>
    <message>
        <source>{reference}: {why}</source>
        <translation>{reference}：{why}</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>单击打开</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>条文(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go to Article…</source>
        <translation>转到条文(&amp;G)…</translation>
    </message>
    <message>
        <source>Go to an article or address of this document</source>
        <translation>转到本文档的某一条文或位置</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to where you were before following a reference</source>
        <translation>返回跟随引用之前的位置</translation>
    </message>
    <message>
        <source>&amp;Cited By</source>
        <translation>被引用(&amp;C)</translation>
    </message>
    <message>
        <source>The documents of the library that cite this one</source>
        <translation>文库中引用本文档的文档</translation>
    </message>
    <message>
        <source>Filter: 第26条, 罚款…</source>
        <translation>筛选：第26条、罚款…</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>筛选条文</translation>
    </message>
    <message>
        <source>Keeps the articles whose number or first words contain the text</source>
        <translation>只保留条号或开头文字包含所输入文字的条文</translation>
    </message>
    <message>
        <source>Chapters, sections and articles; Enter goes to one</source>
        <translation>章、节和条文；回车键转到所选条文</translation>
    </message>
    <message>
        <source>No numbered articles or items in this document.</source>
        <translation>本文档没有编号的条文或条目。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n numbering problem(s): {first}</source>
        <translation><numerusform>⚠ 编号问题 %n 处：{first}</numerusform></translation></message>
</context>
</TS>