<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Carry</name>
        <message numerus="yes">
            <source>%n in place</source>
            <translation>
                <numerusform>%n in place</numerusform>
                <numerusform>%n in place</numerusform>
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
            <source>%n text changed</source>
            <translation>
                <numerusform>%n text changed</numerusform>
                <numerusform>%n text changed</numerusform>
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
            <source>Would carry %n bookmark(s): {counts}</source>
            <translation>
                <numerusform>Would carry %n bookmark: {counts}</numerusform>
                <numerusform>Would carry %n bookmarks: {counts}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Carried %n bookmark(s): {counts}</source>
            <translation>
                <numerusform>Carried %n bookmark: {counts}</numerusform>
                <numerusform>Carried %n bookmarks: {counts}</numerusform>
            </translation>
        </message>
    </context>
</TS>