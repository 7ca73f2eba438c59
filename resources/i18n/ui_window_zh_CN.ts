<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>--size {size} is not WIDTHxHEIGHT</source>
        <translation>--size {size} 不是“宽x高”格式（如 1280x800）</translation>
    </message>
    <message>
        <source>briefing-viewer: error: {message}</source>
        <translation>briefing-viewer：错误：{message}</translation>
    </message>
    <message>
        <source>{path} can no longer be opened: the briefing is shown instead.</source>
        <translation>无法再打开 {path}，现显示自带的简报。</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Copy Citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Bookmark Passage…</source>
        <translation>添加书签…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Go to topic 1–9</source>
        <translation>转到第 1–9 个专题</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Markdown and text</source>
        <translation>Markdown 与纯文本</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Open Briefing</source>
        <translation>打开简报</translation>
    </message>
    <message>
        <source>Briefing Viewer</source>
        <translation>简报阅读器</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于{app}</translation>
    </message>
    <message>
        <source>{app} {version}
A reader for Chinese policy briefings.</source>
        <translation>{app} {version}
中文政策文件与简报阅读工具。</translation>
    </message>
    <message>
        <source>{document} — {app}</source>
        <translation>{document} — {app}</translation>
    </message>
    <message>
        <source>Open a briefing with File › Open (Ctrl+O) or drop a file here.</source>
        <translation>请通过“文件 › 打开”（Ctrl+O）打开简报，或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>The document's topics; choose one to read it.</source>
        <translation>文档的各个专题，选择其一即可阅读。</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>There is no topic “{pane}” in {title}; showing “{first}”.</source>
        <translation>《{title}》中没有专题“{pane}”，现显示“{first}”。</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>缩放 {percent}%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>条文(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>另存为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>恢复原始大小(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>外观(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next Topic</source>
        <translation>下一专题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Topic</source>
        <translation>上一专题(&amp;P)</translation>
    </message>
    <message>
        <source>Search &amp;Library…</source>
        <translation>搜索文库(&amp;L)…</translation>
    </message>
    <message>
        <source>Topic {number}</source>
        <translation>专题 {number}</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>{title} — topic {number} of {count}, %Ln character(s)</source>
        <translation><numerusform>{title} — 第 {number} 个专题，共 {count} 个，%Ln 字</numerusform></translation></message>
    <message>
        <source>Go to Topic</source>
        <translation>转到专题</translation>
    </message>
    <message>
        <source>Copy Title</source>
        <translation>复制标题</translation>
    </message>
    <message>
        <source>Print Topic…</source>
        <translation>打印本专题…</translation>
    </message>
    <message>
        <source>Export Topic as PDF…</source>
        <translation>将本专题导出为 PDF…</translation>
    </message>
</context>
</TS>