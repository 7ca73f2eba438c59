<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BookmarksCli</name>
        <message numerus="yes">
            <source>Exported %n bookmark(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n bookmark to {path}.</numerusform>
                <numerusform>Exported %n bookmarks to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n bookmark(s)</source>
            <translation>
                <numerusform>Imported %n bookmark</numerusform>
                <numerusform>Imported %n bookmarks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n already present).</source>
            <translation>
                <numerusform>(%n already present).</numerusform>
                <numerusform>(%n already present).</numerusform>
            </translation>
        </message>
    </context>
</TS>