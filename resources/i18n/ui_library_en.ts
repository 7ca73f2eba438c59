<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Library</name>
        <message numerus="yes">
            <source>{title}, %n version(s)</source>
            <translation>
                <numerusform>{title}, %n version</numerusform>
                <numerusform>{title}, %n versions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n s left</source>
            <translation>
                <numerusform>about %n s left</numerusform>
                <numerusform>about %n s left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n min left</source>
            <translation>
                <numerusform>about %n min left</numerusform>
                <numerusform>about %n min left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing paused: {indexed} of %Ln document(s) can be searched; Resume indexing does the rest.</source>
            <translation>
                <numerusform>Indexing paused: {indexed} of %Ln document can be searched; Resume indexing does the rest.</numerusform>
                <numerusform>Indexing paused: {indexed} of %Ln documents can be searched; Resume indexing does the rest.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln document(s) in the index.</source>
            <translation>
                <numerusform>%Ln document in the index.</numerusform>
                <numerusform>%Ln documents in the index.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln added</source>
            <translation>
                <numerusform>%Ln added</numerusform>
                <numerusform>%Ln added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln updated</numerusform>
                <numerusform>%Ln updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln removed</source>
            <translation>
                <numerusform>%Ln removed</numerusform>
                <numerusform>%Ln removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unreadable</source>
            <translation>
                <numerusform>%Ln unreadable</numerusform>
                <numerusform>%Ln unreadable</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Indexing {done} / %Ln document(s)</source>
            <translation>
                <numerusform>Indexing {done} / %Ln document</numerusform>
                <numerusform>Indexing {done} / %Ln documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hit(s)</source>
            <translation>
                <numerusform>%Ln hit</numerusform>
                <numerusform>%Ln hits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln document(s) without a date are not searched.</source>
            <translation>
                <numerusform>%Ln document without a date is not searched.</numerusform>
                <numerusform>%Ln documents without a date are not searched.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Searching {searched} of %Ln document(s) — {state}</source>
            <translation>
                <numerusform>Searching {searched} of %Ln document — {state}</numerusform>
                <numerusform>Searching {searched} of %Ln documents — {state}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln document(s)</source>
            <translation>
                <numerusform>%Ln document</numerusform>
                <numerusform>%Ln documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln document(s)</source>
            <translation>
                <numerusform>{shown} of %Ln document</numerusform>
                <numerusform>{shown} of %Ln documents</numerusform>
            </translation>
        </message>
    </context>
</TS>