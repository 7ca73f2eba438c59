<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Articles</name>
        <message numerus="yes">
            <source>《{title}》 is cited by %Ln document(s)</source>
            <translation>
                <numerusform>《{title}》 is cited by %Ln document</numerusform>
                <numerusform>《{title}》 is cited by %Ln documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln passage(s))</source>
            <translation>
                <numerusform>(%Ln passage)</numerusform>
                <numerusform>(%Ln passages)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n numbering problem(s): {first}</source>
            <translation>
                <numerusform>⚠ %n numbering problem: {first}</numerusform>
                <numerusform>⚠ %n numbering problems: {first}</numerusform>
            </translation>
        </message>
    </context>
</TS>