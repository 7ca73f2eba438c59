<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Window</name>
        <message numerus="yes">
            <source>{title} — topic {number} of {count}, %Ln character(s)</source>
            <translation>
                <numerusform>{title} — topic {number} of {count}, %Ln character</numerusform>
                <numerusform>{title} — topic {number} of {count}, %Ln characters</numerusform>
            </translation>
        </message>
    </context>
</TS>