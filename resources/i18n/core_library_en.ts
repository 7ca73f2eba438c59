<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Library</name>
        <message numerus="yes">
            <source>Writing the index of %Ln document(s)</source>
            <translation>
                <numerusform>Writing the index of %Ln document</numerusform>
                <numerusform>Writing the index of %Ln documents</numerusform>
            </translation>
        </message>
    </context>
</TS>