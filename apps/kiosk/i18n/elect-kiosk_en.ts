<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WelcomeScreen</name>
    <message numerus="yes">
        <source>Choose %n candidate(s)</source>
        <translation>
            <numerusform>Choose %n candidate</numerusform>
            <numerusform>Choose %n candidates</numerusform>
        </translation>
    </message>
</context>
</TS>
