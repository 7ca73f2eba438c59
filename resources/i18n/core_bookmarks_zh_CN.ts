<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BookmarkImport</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>{name} is not a regular file; nothing was imported.</source>
        <translation>{name} 不是普通文件，未导入任何内容。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; bookmark exports are at most {limit} MB. Nothing was imported.</source>
        <translation>{name} 大小为 {size} MB，书签导出文件最大 {limit} MB。未导入任何内容。</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (UTF-16 or binary); nothing was imported.</source>
        <translation>该文件不是 UTF-8 文本（而是 UTF-16 或二进制文件），未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (bad byte at offset {offset}); nothing was imported.</source>
        <translation>该文件不是 UTF-8 文本（偏移 {offset} 处有错误字节），未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is not a valid bookmark export: {error}. Nothing imported.</source>
        <translation>该文件不是有效的书签导出文件：{error}。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file comes from a newer Briefing Viewer; please update.</source>
        <translation>该文件由更新版本的简报阅读器生成，请升级本程序。</translation>
    </message>
    <message>
        <source>The file is not a valid bookmark export: it is nested too deeply. Nothing imported.</source>
        <translation>该文件不是有效的书签导出文件：嵌套层级过深。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is not bookmark JSON: {error}. Nothing imported.</source>
        <translation>该文件不是书签 JSON 文件：{error}。未导入任何内容。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>must be {wanted}, not {got}</source>
        <translation>应为{wanted}，而不是{got}</translation>
    </message>
    <message>
        <source>is missing {fields}</source>
        <translation>缺少 {fields}</translation>
    </message>
    <message>
        <source>must be at least {n}</source>
        <translation>不得小于 {n}</translation>
    </message>
    <message>
        <source>must be at most {n}</source>
        <translation>不得大于 {n}</translation>
    </message>
    <message>
        <source>is too long (at most {n})</source>
        <translation>过长（最多 {n}）</translation>
    </message>
    <message>
        <source>is too short (at least {n})</source>
        <translation>过短（至少 {n}）</translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation>应为以下之一：{values}</translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation>格式不符合要求</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>a value is expected here</source>
        <translation>此处应有一个值</translation>
    </message>
    <message>
        <source>a name in double quotes is expected here</source>
        <translation>此处应有带双引号的名称</translation>
    </message>
    <message>
        <source>a colon is expected here</source>
        <translation>此处应有冒号</translation>
    </message>
    <message>
        <source>a comma is expected here</source>
        <translation>此处应有逗号</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>字符串中有控制字符</translation>
    </message>
    <message>
        <source>an invalid \u escape</source>
        <translation>无效的 \u 转义</translation>
    </message>
    <message>
        <source>an invalid escape</source>
        <translation>无效的转义</translation>
    </message>
    <message>
        <source>more text after the end of the data</source>
        <translation>数据结束后还有多余内容</translation>
    </message>
    <message>
        <source>{name} is not allowed in JSON</source>
        <translation>JSON 中不允许使用 {name}</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>第 {line} 行第 {column} 列：{reason}</translation>
    </message>
</context>
<context>
    <name>BookmarkMemo</name>
    <message>
        <source>All bookmarks</source>
        <translation>全部书签</translation>
    </message>
    <message>
        <source>Bookmarks: {title}</source>
        <translation>书签：{title}</translation>
    </message>
    <message>
        <source>Bookmarks not found</source>
        <translation>未能定位的书签</translation>
    </message>
    <message>
        <source>Heading: {value}</source>
        <translation>小标题：{value}</translation>
    </message>
    <message>
        <source>Note: {value}</source>
        <translation>备注：{value}</translation>
    </message>
    <message>
        <source>Tags: {value}</source>
        <translation>标签：{value}</translation>
    </message>
    <message>
        <source>{status} ({score})</source>
        <translation>{status}（{score}）</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation>状态：{value}</translation>
    </message>
    <message>
        <source>Citation: {value}</source>
        <translation>引用：{value}</translation>
    </message>
</context>
<context>
    <name>BookmarkStore</name>
    <message>
        <source>The bookmarks database was damaged; it was moved aside to {name}.</source>
        <translation>书签数据库已损坏，已将其移至 {name}。</translation>
    </message>
    <message>
        <source>No bookmark could be read from it; a new, empty one was started.</source>
        <translation>无法从中读取任何书签，已新建一个空数据库。</translation>
    </message>
    <message>
        <source>Bookmarks cannot be saved: {reason}</source>
        <translation>无法保存书签：{reason}</translation>
    </message>
    <message>
        <source>the database is damaged and the data folder {folder} is not writable ({reason}).</source>
        <translation>数据库已损坏，且数据文件夹 {folder} 不可写入（{reason}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark was recovered from it into a new database.</source>
        <translation><numerusform>已从中恢复 %n 个书签到新数据库。</numerusform></translation></message>
    <message numerus="yes">
        <source>%n bookmarks were recovered from it into a new database.</source>
        <translation><numerusform>已从中恢复 %n 个书签到新数据库。</numerusform></translation></message>
    <message numerus="yes">
        <source>%n readable bookmark is shown.</source>
        <translation><numerusform>显示可读取的 %n 个书签。</numerusform></translation></message>
    <message numerus="yes">
        <source>%n readable bookmarks are shown.</source>
        <translation><numerusform>显示可读取的 %n 个书签。</numerusform></translation></message>
    <message>
        <source>the database was opened read-only.</source>
        <translation>数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>the data folder {folder} is not writable ({reason}).</source>
        <translation>数据文件夹 {folder} 不可写入（{reason}）。</translation>
    </message>
    <message>
        <source>Existing bookmarks can still be read.</source>
        <translation>已有书签仍可查看。</translation>
    </message>
    <message>
        <source>The bookmarks database is closed.</source>
        <translation>书签数据库已关闭。</translation>
    </message>
    <message>
        <source>Cannot read bookmarks from {path}: {error}.</source>
        <translation>无法从 {path} 读取书签：{error}。</translation>
    </message>
    <message>
        <source>Cannot save bookmarks to {path}: {error}.</source>
        <translation>无法将书签保存到 {path}：{error}。</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>The document has no pane '{pane}'.</source>
        <translation>文档中没有专题“{pane}”。</translation>
    </message>
    <message>
        <source>The selection {start}-{end} is outside pane '{pane}'.</source>
        <translation>选区 {start}-{end} 超出专题“{pane}”的范围。</translation>
    </message>
    <message>
        <source>The selection contains no text to bookmark.</source>
        <translation>选区中没有可添加书签的文字。</translation>
    </message>
    <message>
        <source>The document has no passage '{passage}'.</source>
        <translation>文档中没有段落“{passage}”。</translation>
    </message>
    <message>
        <source>The quote is empty.</source>
        <translation>引文为空。</translation>
    </message>
    <message>
        <source>The quote “{quote}” does not occur in {document}.</source>
        <translation>{document} 中没有引文“{quote}”。</translation>
    </message>
    <message>
        <source>There is no bookmark with id {id}.</source>
        <translation>没有编号为 {id} 的书签。</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation><numerusform>%n 个书签</numerusform></translation></message>
    <message numerus="yes">
        <source>%n in place</source>
        <translation><numerusform>%n 个位置未变</numerusform></translation></message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation><numerusform>%n 个位置已变</numerusform></translation></message>
    <message numerus="yes">
        <source>%n needs attention</source>
        <translation><numerusform>%n 个需要处理</numerusform></translation></message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation><numerusform>%n 个需要处理</numerusform></translation></message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{total}: {parts}</source>
        <translation>{total}：{parts}</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>位置未变</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>位置已变</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>文字已改动</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
</context>
</TS>