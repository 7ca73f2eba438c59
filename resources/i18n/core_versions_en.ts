<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Versions</name>
        <message numerus="yes">
            <source>%n exact</source>
            <translation>
                <numerusform>%n exact</numerusform>
                <numerusform>%n exact</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n moved</numerusform>
                <numerusform>%n moved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <comment>bookmarks</comment>
            <translation>
                <numerusform>%n moved</numerusform>
                <numerusform>%n moved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fuzzy</source>
            <translation>
                <numerusform>%n fuzzy</numerusform>
                <numerusform>%n fuzzy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not found</source>
            <translation>
                <numerusform>%n not found</numerusform>
                <numerusform>%n not found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Carried %n bookmark(s) from {old} to {new}</source>
            <translation>
                <numerusform>Carried %n bookmark from {old} to {new}</numerusform>
                <numerusform>Carried %n bookmarks from {old} to {new}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n renumbered</source>
            <translation>
                <numerusform>%n renumbered</numerusform>
                <numerusform>%n renumbered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
    </context>
</TS>