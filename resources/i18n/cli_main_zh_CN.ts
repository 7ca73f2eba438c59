<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助信息并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Read, search and bookmark Chinese policy briefings.</source>
        <translation>阅读、搜索中文政策简报并添加书签。</translation>
    </message>
    <message>
        <source>scripting: `python -m viewer search --help`, `python -m viewer bookmarks --help`, `outline`, `show`, `refs`, `cited-by` (articles and citations), `export`, `memo` (PDF, Word, HTML, Markdown). Without a path the app opens briefing.md.</source>
        <translation>脚本命令：`python -m viewer search --help`、`python -m viewer bookmarks --help`、`outline`、`show`、`refs`、`cited-by`（条文与引用）、`export`、`memo`（PDF、Word、HTML、Markdown）。未指定路径时打开 briefing.md。</translation>
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
        <source>document (.md) or folder to open</source>
        <translation>要打开的文档（.md）或文件夹</translation>
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
</context>
</TS>
