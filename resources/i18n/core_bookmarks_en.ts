<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BookmarkStore</name>
        <message numerus="yes">
            <source>%n bookmark was recovered from it into a new database.</source>
            <translation>
                <numerusform>%n bookmark was recovered from it into a new database.</numerusform>
                <numerusform>%n bookmark was recovered from it into a new database.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bookmarks were recovered from it into a new database.</source>
            <translation>
                <numerusform>%n bookmarks were recovered from it into a new database.</numerusform>
                <numerusform>%n bookmarks were recovered from it into a new database.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n readable bookmark is shown.</source>
            <translation>
                <numerusform>%n readable bookmark is shown.</numerusform>
                <numerusform>%n readable bookmark is shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n readable bookmarks are shown.</source>
            <translation>
                <numerusform>%n readable bookmarks are shown.</numerusform>
                <numerusform>%n readable bookmarks are shown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bookmarks</name>
        <message numerus="yes">
            <source>%n bookmark(s)</source>
            <translation>
                <numerusform>%n bookmark</numerusform>
                <numerusform>%n bookmarks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in place</source>
            <translation>
                <numerusform>%n in place</numerusform>
                <numerusform>%n in place</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n moved</numerusform>
                <numerusform>%n moved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n needs attention</source>
            <translation>
                <numerusform>%n needs attention</numerusform>
                <numerusform>%n needs attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need attention</source>
            <translation>
                <numerusform>%n need attention</numerusform>
                <numerusform>%n need attention</numerusform>
            </translation>
        </message>
    </context>
</TS>