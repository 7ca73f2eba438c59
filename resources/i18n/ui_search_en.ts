<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Search</name>
        <message numerus="yes">
            <source>%Ln match(es)</source>
            <translation>
                <numerusform>%Ln match</numerusform>
                <numerusform>%Ln matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln passage(s)</source>
            <translation>
                <numerusform>%Ln passage</numerusform>
                <numerusform>%Ln passages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln topic(s)</source>
            <translation>
                <numerusform>%Ln topic</numerusform>
                <numerusform>%Ln topics</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All topics (%Ln passage(s))</source>
            <translation>
                <numerusform>All topics (%Ln passage)</numerusform>
                <numerusform>All topics (%Ln passages)</numerusform>
            </translation>
        </message>
    </context>
</TS>