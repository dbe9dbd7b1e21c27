<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertRule</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests; the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests; the server asks to wait %n second.</numerusform>
            <numerusform>Too many requests; the server asks to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message numerus="yes">
        <source>Not current: the count is from %1 (%n min ago). %2 Retrying in %3 s.</source>
        <translation>
            <numerusform>Not current: the count is from %1 (%n min ago). %2 Retrying in %3 s.</numerusform>
            <numerusform>Not current: the count is from %1 (%n min ago). %2 Retrying in %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StackedDayChart</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) far above the range&apos;s normal level</source>
        <translation>
            <numerusform>%n day far above the range&apos;s normal level</numerusform>
            <numerusform>%n days far above the range&apos;s normal level</numerusform>
        </translation>
    </message>
</context>
</TS>
