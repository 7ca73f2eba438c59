<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConvertCommand</name>
        <message numerus="yes">
            <source>Wrote {output}: {title}, %Ln character(s).</source>
            <translation>
                <numerusform>Wrote {output}: {title}, %Ln character.</numerusform>
                <numerusform>Wrote {output}: {title}, %Ln characters.</numerusform>
            </translation>
        </message>
    </context>
</TS>