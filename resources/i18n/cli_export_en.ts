<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ExportCommand</name>
        <message numerus="yes">
            <source>Exported %n pane(s) to {output}.</source>
            <translation>
                <numerusform>Exported %n pane to {output}.</numerusform>
                <numerusform>Exported %n panes to {output}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote a memo of %n excerpt(s) to {output}.</source>
            <translation>
                <numerusform>Wrote a memo of %n excerpt to {output}.</numerusform>
                <numerusform>Wrote a memo of %n excerpts to {output}.</numerusform>
            </translation>
        </message>
    </context>
</TS>