<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>VersionsCommand</name>
        <message numerus="yes">
            <source>%n work(s)</source>
            <translation>
                <numerusform>%n work</numerusform>
                <numerusform>%n works</numerusform>
            </translation>
        </message>
    </context>
</TS>