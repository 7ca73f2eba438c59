<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Library</name>
        <message numerus="yes">
            <source>{query}: %Ln document(s)</source>
            <translation>
                <numerusform>{query}: %Ln document</numerusform>
                <numerusform>{query}: %Ln documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{query}: at least %Ln document(s)</source>
            <translation>
                <numerusform>{query}: at least %Ln document</numerusform>
                <numerusform>{query}: at least %Ln documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rank}. {title}  ({date}, {path}, %Ln hit(s))</source>
            <translation>
                <numerusform>{rank}. {title}  ({date}, {path}, %Ln hit)</numerusform>
                <numerusform>{rank}. {title}  ({date}, {path}, %Ln hits)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>note: %Ln document(s) without a date are outside any date bound</source>
            <translation>
                <numerusform>note: %Ln document without a date is outside any date bound</numerusform>
                <numerusform>note: %Ln documents without a date are outside any date bound</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more document(s): --limit {limit} lists them all</source>
            <translation>
                <numerusform>%Ln more document: --limit {limit} lists them all</numerusform>
                <numerusform>%Ln more documents: --limit {limit} lists them all</numerusform>
            </translation>
        </message>
    </context>
</TS>