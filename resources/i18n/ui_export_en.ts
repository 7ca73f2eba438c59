<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>Save %n excerpt(s)…</source>
            <translation>
                <numerusform>Save %n excerpt…</numerusform>
                <numerusform>Save %n excerpts…</numerusform>
            </translation>
        </message>
    </context>
</TS>