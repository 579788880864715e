<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings that Qt's own Dutch catalogue (qtbase_nl.qm of the PySide6 wheel) leaves in
     English. Compiled into qt_aanvulling_nl.qm by `make forms` (pyside6-lrelease);
     `make test` fails when the .qm is older than this file. -->
<TS version="2.1" language="nl_BE">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
