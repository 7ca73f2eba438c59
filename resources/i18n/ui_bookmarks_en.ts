<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Bookmarks</name>
        <message numerus="yes">
            <source>{shown} of %Ln bookmark(s) match the filter</source>
            <translation>
                <numerusform>{shown} of %Ln bookmark match the filter</numerusform>
                <numerusform>{shown} of %Ln bookmarks match the filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n bookmark(s) to {path}</source>
            <translation>
                <numerusform>Exported %n bookmark to {path}</numerusform>
                <numerusform>Exported %n bookmarks to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported bookmarks: %n added</source>
            <translation>
                <numerusform>Imported bookmarks: %n added</numerusform>
                <numerusform>Imported bookmarks: %n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n already present</source>
            <translation>
                <numerusform>, %n already present</numerusform>
                <numerusform>, %n already present</numerusform>
            </translation>
        </message>
    </context>
</TS>