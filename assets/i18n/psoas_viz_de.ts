<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Describe</name>
    <message>
        <source>Pelvis in neutral tilt</source>
        <translation>Becken in Neutralstellung</translation>
    </message>
    <message>
        <source>Pelvis tilted {angle} degrees anteriorly</source>
        <translation>Becken um {angle} Grad nach anterior gekippt</translation>
    </message>
    <message>
        <source>Pelvis tilted {angle} degrees posteriorly</source>
        <translation>Becken um {angle} Grad nach posterior gekippt</translation>
    </message>
    <message>
        <source>trunk upright</source>
        <translation>Rumpf aufrecht</translation>
    </message>
    <message>
        <source>trunk leaning {angle} degrees forward</source>
        <translation>Rumpf {angle} Grad nach vorn geneigt</translation>
    </message>
    <message>
        <source>trunk leaning {angle} degrees backward</source>
        <translation>Rumpf {angle} Grad nach hinten geneigt</translation>
    </message>
    <message>
        <source>{pelvis}, {trunk}.</source>
        <translation>{pelvis}, {trunk}.</translation>
    </message>
    <message>
        <source>Hip straight.</source>
        <translation>Hüfte in Nullstellung.</translation>
    </message>
    <message>
        <source>Hip flexed {angle} degrees.</source>
        <translation>Hüfte in {angle} Grad Flexion.</translation>
    </message>
    <message>
        <source>Hip extended {angle} degrees.</source>
        <translation>Hüfte in {angle} Grad Extension.</translation>
    </message>
    <message>
        <source>Knee flexed {angle} degrees.</source>
        <translation>Knie in {angle} Grad Flexion.</translation>
    </message>
    <message>
        <source>{muscle} {length} millimetres, as long as in standing.</source>
        <translation>{muscle} {length} Millimeter, so lang wie im Stand.</translation>
    </message>
    <message>
        <source>{muscle} {length} millimetres, {change} shorter than in standing.</source>
        <translation>{muscle} {length} Millimeter, {change} kürzer als im Stand.</translation>
    </message>
    <message>
        <source>{muscle} {length} millimetres, {change} longer than in standing.</source>
        <translation>{muscle} {length} Millimeter, {change} länger als im Stand.</translation>
    </message>
    <message>
        <source>Longer than in standing, in millimetres: {muscles}.</source>
        <translation>Länger als im Stand, in Millimetern: {muscles}.</translation>
    </message>
    <message>
        <source>Shorter than in standing, in millimetres: {muscles}.</source>
        <translation>Kürzer als im Stand, in Millimetern: {muscles}.</translation>
    </message>
    <message>
        <source>Unchanged: {muscles}.</source>
        <translation>Unverändert: {muscles}.</translation>
    </message>
    <message>
        <source>{name} {value} degrees</source>
        <translation>{name} {value} Grad</translation>
    </message>
</context>
</TS>
