<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Main</name>
    <message>
        <source>Read, search and bookmark Chinese policy briefings.</source>
        <translation>阅读、搜索中文政策简报并添加书签。</translation>
    </message>
    <message>
        <source>Commands for scripts (each with --help): search; bookmarks (add, list, export, import, carry); outline, show, refs, cited-by (articles and citations); versions, compare (versions of a work); convert (web page, Word or PDF to Markdown); export, memo (PDF, Word, HTML, Markdown). Example: python -m viewer search --help. Without a path the app opens the document or folder open last (at first, and when that is gone: briefing.md).</source>
        <translation>脚本命令（均可加 --help）：search（搜索）；bookmarks（书签：add、list、export、import、carry）；outline、show、refs、cited-by（条文与引用）；versions、compare（作品的版本）；convert（将网页、Word 或 PDF 转换为 Markdown）；export、memo（导出为 PDF、Word、HTML、Markdown）。示例：python -m viewer search --help。未指定路径时打开上次打开的文件或文件夹（首次启动或其已不存在时打开 briefing.md）。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>keep all user data here (env: {env})</source>
        <translation>所有用户数据保存在此文件夹（环境变量：{env}）</translation>
    </message>
    <message>
        <source>document (.md, .html, .docx, .pdf) or folder to open</source>
        <translation>要打开的文档（.md、.html、.docx、.pdf）或文件夹</translation>
    </message>
    <message>
        <source>open this pane (id or title)</source>
        <translation>打开此专题（编号或标题）</translation>
    </message>
    <message>
        <source>interface language for this run (default: as saved, else the system)</source>
        <translation>本次运行的界面语言（默认：已保存的选择，否则跟随系统）</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>start with this search</source>
        <translation>启动时搜索此内容</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>在后台将窗口渲染为 PNG 图片后退出</translation>
    </message>
    <message>
        <source>window size for --screenshot</source>
        <translation>--screenshot 的窗口大小</translation>
    </message>
    <message>
        <source>exit on an unexpected error (for tests)</source>
        <translation>遇到意外错误时退出（用于测试）</translation>
    </message>
    <message>
        <source>briefing-viewer: error: an argument is neither UTF-8 nor GB18030 text: {argument}</source>
        <translation>briefing-viewer：错误：有一个参数既不是 UTF-8 文本，也不是 GB18030 文本：{argument}</translation>
    </message>
    <message>
        <source>briefing-viewer: error: no command {word}: did you mean {command}?</source>
        <translation>briefing-viewer：错误：没有 {word} 这个命令，是否要用 {command}？</translation>
    </message>
    <message>
        <source>briefing-viewer: stopped (Ctrl+C)</source>
        <translation>briefing-viewer：已停止（Ctrl+C）</translation>
    </message>
</context>
</TS>