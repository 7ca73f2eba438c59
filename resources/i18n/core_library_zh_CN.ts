<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Library</name>
    <message>
        <source>This library is being indexed by another window (or one still closing); waiting for it to finish</source>
        <translation>另一个窗口（或正在关闭的窗口）正在为此文库建立索引，正在等待其完成</translation>
    </message>
    <message>
        <source>Checking the index</source>
        <translation>正在检查索引</translation>
    </message>
    <message>
        <source>Checking for new and changed files</source>
        <translation>正在查找新增和修改的文件</translation>
    </message>
    <message numerus="yes">
        <source>Writing the index of %Ln document(s)</source>
        <translation><numerusform>正在写入 %Ln 篇文档的索引</numerusform></translation></message>
    <message>
        <source>The cache folder cannot be written ({reason}), so this library's index is kept in a temporary folder.</source>
        <translation>缓存文件夹无法写入（{reason}），此文库的索引暂存在临时文件夹中。</translation>
    </message>
    <message>
        <source>The library index cannot be saved anywhere ({reason}).</source>
        <translation>文库索引无处保存（{reason}）。</translation>
    </message>
    <message>
        <source>The library index was damaged ({damage}) and has been rebuilt.</source>
        <translation>文库索引已损坏（{damage}），已重新建立。</translation>
    </message>
    <message>
        <source>The library index is damaged and will be rebuilt; searching the stored texts meanwhile.</source>
        <translation>文库索引已损坏，将重新建立；在此期间搜索已保存的文本。</translation>
    </message>
    <message>
        <source>The library index is damaged and will be rebuilt; search again when indexing has finished.</source>
        <translation>文库索引已损坏，将重新建立；请在索引建立完成后再次搜索。</translation>
    </message>
    <message>
        <source>a search could not read it: {error}</source>
        <translation>搜索时无法读取：{error}</translation>
    </message>
    <message>
        <source>a search could not read it</source>
        <translation>搜索时无法读取</translation>
    </message>
    <message>
        <source>{name} has changed since it was written</source>
        <translation>{name} 在写入后被改动</translation>
    </message>
    <message>
        <source>the index cannot be opened ({error})</source>
        <translation>索引无法打开（{error}）</translation>
    </message>
    <message>
        <source>the text store cannot be read ({error})</source>
        <translation>文本库无法读取（{error}）</translation>
    </message>
    <message>
        <source>the text store is damaged ({answer})</source>
        <translation>文本库已损坏（{answer}）</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>The library index is locked by another writer.</source>
        <translation>文库索引正被另一个写入进程锁定。</translation>
    </message>
    <message>
        <source>This library is already being indexed.</source>
        <translation>此文库已在建立索引。</translation>
    </message>
    <message>
        <source>Indexing was stopped.</source>
        <translation>索引建立已停止。</translation>
    </message>
    <message>
        <source>The indexing process ended (exit code {code}).</source>
        <translation>索引进程已结束（退出代码 {code}）。</translation>
    </message>
    <message>
        <source>folder cannot be read: {reason}</source>
        <translation>文件夹无法读取：{reason}</translation>
    </message>
    <message>
        <source>{kind}, not a regular file; not read</source>
        <translation>{kind}，不是普通文件；未读取</translation>
    </message>
    <message>
        <source>{name} is {kind}, not read.</source>
        <translation>{name} 是{kind}，未读取。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>No permission to read {name}.</source>
        <translation>没有读取 {name} 的权限。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} could not be parsed: {error}</source>
        <translation>{name} 无法解析：{error}</translation>
    </message>
    <message>
        <source>links to a place outside the library folder; not followed</source>
        <translation>链接指向文库文件夹以外的位置；未跟随</translation>
    </message>
    <message>
        <source>{name} links to a place outside the library folder; not followed.</source>
        <translation>{name} 链接指向文库文件夹以外的位置；未跟随。</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
</context>
</TS>