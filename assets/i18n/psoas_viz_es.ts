<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Describe</name>
    <message>
        <source>Pelvis in neutral tilt</source>
        <translation>Pelvis en posición neutra</translation>
    </message>
    <message>
        <source>Pelvis tilted {angle} degrees anteriorly</source>
        <translation>Pelvis en anteversión de {angle} grados</translation>
    </message>
    <message>
        <source>Pelvis tilted {angle} degrees posteriorly</source>
        <translation>Pelvis en retroversión de {angle} grados</translation>
    </message>
    <message>
        <source>trunk upright</source>
        <translation>tronco erguido</translation>
    </message>
    <message>
        <source>trunk leaning {angle} degrees forward</source>
        <translation>tronco inclinado {angle} grados hacia delante</translation>
    </message>
    <message>
        <source>trunk leaning {angle} degrees backward</source>
        <translation>tronco inclinado {angle} grados hacia atrás</translation>
    </message>
    <message>
        <source>{pelvis}, {trunk}.</source>
        <translation>{pelvis}, {trunk}.</translation>
    </message>
    <message>
        <source>Hip straight.</source>
        <translation>Cadera en posición neutra.</translation>
    </message>
    <message>
        <source>Hip flexed {angle} degrees.</source>
        <translation>Cadera en {angle} grados de flexión.</translation>
    </message>
    <message>
        <source>Hip extended {angle} degrees.</source>
        <translation>Cadera en {angle} grados de extensión.</translation>
    </message>
    <message>
        <source>Knee flexed {angle} degrees.</source>
        <translation>Rodilla en {angle} grados de flexión.</translation>
    </message>
    <message>
        <source>{muscle} {length} millimetres, as long as in standing.</source>
        <translation>{muscle} {length} milímetros, igual que en bipedestación.</translation>
    </message>
    <message>
        <source>{muscle} {length} millimetres, {change} shorter than in standing.</source>
        <translation>{muscle} {length} milímetros, {change} más corto que en bipedestación.</translation>
    </message>
    <message>
        <source>{muscle} {length} millimetres, {change} longer than in standing.</source>
        <translation>{muscle} {length} milímetros, {change} más largo que en bipedestación.</translation>
    </message>
    <message>
        <source>Longer than in standing, in millimetres: {muscles}.</source>
        <translation>Más largos que en bipedestación, en milímetros: {muscles}.</translation>
    </message>
    <message>
        <source>Shorter than in standing, in millimetres: {muscles}.</source>
        <translation>Más cortos que en bipedestación, en milímetros: {muscles}.</translation>
    </message>
    <message>
        <source>Unchanged: {muscles}.</source>
        <translation>Sin cambios: {muscles}.</translation>
    </message>
    <message>
        <source>{name} {value} degrees</source>
        <translation>{name} {value} grados</translation>
    </message>
</context>
</TS>
