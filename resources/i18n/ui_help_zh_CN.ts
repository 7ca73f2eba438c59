<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Help</name>
    <message>
        <source>User Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The guide&apos;s sections: choose one to read it</source>
        <translation>指南的各个章节：选择一节即可阅读</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>使用指南正文</translation>
    </message>
    <message>
        <source>The section chosen in the contents</source>
        <translation>在目录中选定的章节</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>关闭指南</translation>
    </message>
    <message>
        <source>Web address (not opened here): {url}</source>
        <translation>网址（不在此处打开）：{url}</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut, with a filter</source>
        <translation>列出全部键盘快捷键，可筛选</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>Read the guide to the viewer, offline</source>
        <translation>离线阅读本程序的使用指南</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>版本比较</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by action or key, e.g. Ctrl+G</source>
        <translation>按功能或按键筛选，例如 Ctrl+G</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Type part of an action&apos;s name or a key to narrow the list</source>
        <translation>输入功能名称或按键的一部分，缩小列表范围</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, grouped by menu or panel</source>
        <translation>窗口中的全部键盘快捷键，按菜单或面板分组</translation>
    </message>
    <message>
        <source>No shortcut matches the filter.</source>
        <translation>没有符合筛选条件的快捷键。</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>关闭此列表</translation>
    </message>
</context>
</TS>
