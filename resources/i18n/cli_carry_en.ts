<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Carry</name>
        <message numerus="yes">
            <source>Carried %n bookmark: {counts}</source>
            <translation>
                <numerusform>Carried %n bookmark: {counts}</numerusform>
                <numerusform>Carried %n bookmark: {counts}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Carried %n bookmarks: {counts}</source>
            <translation>
                <numerusform>Carried %n bookmarks: {counts}</numerusform>
                <numerusform>Carried %n bookmarks: {counts}</numerusform>
            </translation>
        </message>
    </context>
</TS>