<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n excerpt(s)</source>
            <translation>
                <numerusform>%n excerpt</numerusform>
                <numerusform>%n excerpts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hit excerpt(s)</source>
            <translation>
                <numerusform>%n hit excerpt</numerusform>
                <numerusform>%n hit excerpts</numerusform>
            </translation>
        </message>
    </context>
</TS>