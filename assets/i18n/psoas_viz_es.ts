<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>psoas-viz {version} (MIT licence)</source>
        <translation>psoas-viz {version} (licencia MIT)</translation>
    </message>
    <message>
        <source>About psoas-viz</source>
        <translation>Acerca de psoas-viz</translation>
    </message>
    <message>
        <source>&amp;About psoas-viz</source>
        <translation>&amp;Acerca de psoas-viz</translation>
    </message>
</context>
<context>
    <name>Anatomy</name>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: expected format {format!r} version {version}, got {found!r} version {found_version!r}</source>
        <translation>{path}: se esperaba el formato {format!r} en la versión {version}, se encontró {found!r} en la versión {found_version!r}</translation>
    </message>
    <message>
        <source>{id}: kind must be &apos;muscle&apos; or &apos;bone&apos;, not {kind!r}</source>
        <translation>{id}: kind debe ser &apos;muscle&apos; o &apos;bone&apos;, no {kind!r}</translation>
    </message>
    <message>
        <source>{id}: empty or missing {fields}</source>
        <translation>{id}: vacío o ausente: {fields}</translation>
    </message>
    <message>
        <source>{id}: source must name entries of &apos;sources&apos; (unknown: {keys})</source>
        <translation>{id}: source debe nombrar entradas de &apos;sources&apos; (desconocidas: {keys})</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ninguna indicada</translation>
    </message>
    <message>
        <source>model muscle {id!r} has no entry</source>
        <translation>el músculo del modelo {id!r} no tiene entrada</translation>
    </message>
    <message>
        <source>model muscle {id!r} is described as a {kind}</source>
        <translation>el músculo del modelo {id!r} está descrito como {kind}</translation>
    </message>
    <message>
        <source>bone {id!r} has no entry</source>
        <translation>el hueso {id!r} no tiene entrada</translation>
    </message>
</context>
<context>
    <name>AnatomyCards</name>
    <message>
        <source>Anatomy card</source>
        <translation>Ficha anatómica</translation>
    </message>
    <message>
        <source>&amp;Anatomy index…</source>
        <translation>Índice &amp;anatómico…</translation>
    </message>
</context>
<context>
    <name>AnatomyIndex</name>
    <message>
        <source>Anatomy index</source>
        <translation>Índice anatómico</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <source>Bones</source>
        <translation>Huesos</translation>
    </message>
    <message>
        <source>Muscles and bones</source>
        <translation>Músculos y huesos</translation>
    </message>
    <message>
        <source>Up and down arrows choose a structure; its card shows beside the list</source>
        <translation>Las flechas arriba y abajo eligen una estructura; su ficha aparece junto a la lista</translation>
    </message>
</context>
<context>
    <name>Animation</name>
    <message>
        <source>MP4 needs the ffmpeg bundled with the imageio-ffmpeg package, which is not installed (pip install &apos;psoas-viz[mp4]&apos;); GIF and WebP work without it</source>
        <translation>MP4 necesita el ffmpeg incluido en el paquete imageio-ffmpeg, que no está instalado (pip install &apos;psoas-viz[mp4]&apos;); GIF y WebP funcionan sin él</translation>
    </message>
    <message>
        <source>{name}: an animation is written as .gif, .webp or .mp4, not {suffix!r}</source>
        <translation>{name}: una animación se escribe como .gif, .webp o .mp4, no {suffix!r}</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>{fps!r} is not a whole number of frames per second in {low}…{high}</source>
        <translation>{fps!r} no es un número entero de fotogramas por segundo en {low}…{high}</translation>
    </message>
    <message>
        <source>a GIF plays at most {most} frames per second (its delays are in hundredths of a second); use .webp or .mp4 for {fps}</source>
        <translation>un GIF reproduce como máximo {most} fotogramas por segundo (sus pausas van en centésimas de segundo); para {fps} use .webp o .mp4</translation>
    </message>
    <message>
        <source>{seconds!r} is outside {low:g}…{high:g}</source>
        <translation>{seconds!r} está fuera de {low:g}…{high:g}</translation>
    </message>
    <message>
        <source>{width!r} is not a whole number of pixels in {low}…{high}</source>
        <translation>{width!r} no es un número entero de píxeles en {low}…{high}</translation>
    </message>
    <message>
        <source>Pelvic tilt sweep {low:+g}° … {high:+g}°</source>
        <translation>Barrido de la inclinación pélvica {low:+g}° … {high:+g}°</translation>
    </message>
    <message>
        <source>Pelvic tilt sweep {low:+g}° … {high:+g}° — other settings as in “{base}”</source>
        <translation>Barrido de la inclinación pélvica {low:+g}° … {high:+g}° — resto de ajustes como en «{base}»</translation>
    </message>
    <message>
        <source>Transition: {first} → {second}</source>
        <translation>Transición: {first} → {second}</translation>
    </message>
    <message>
        <source>a GIF of {count} frames of {width} x {height} px needs {gigabytes:.1f} GB of memory to write: use fewer seconds, frames per second or pixels, or .webp or .mp4</source>
        <translation>un GIF de {count} fotogramas de {width} x {height} px necesita {gigabytes:.1f} GB de memoria para escribirse: use menos segundos, fotogramas por segundo o píxeles, o bien .webp o .mp4</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Pelvic tilt sweep, there and back</source>
        <translation>Barrido de la inclinación pélvica, ida y vuelta</translation>
    </message>
    <message>
        <source>From neutral standing to the current view</source>
        <translation>De la bipedestación neutra a la vista actual</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <source>Sweep from tilt</source>
        <translation>Barrido desde la inclinación</translation>
    </message>
    <message>
        <source>to tilt</source>
        <translation>hasta la inclinación</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>GIF (slides, web pages)</source>
        <translation>GIF (diapositivas, páginas web)</translation>
    </message>
    <message>
        <source>WebP (smaller, sharp)</source>
        <translation>WebP (más pequeño, nítido)</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>Vídeo MP4</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Export animation to</source>
        <translation>Exportar la animación a</translation>
    </message>
    <message>
        <source>{format} animation (*.{suffix})</source>
        <translation>Animación {format} (*.{suffix})</translation>
    </message>
</context>
<context>
    <name>AnimationExport</name>
    <message>
        <source>Export &amp;animation…</source>
        <translation>Exportar &amp;animación…</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>the sweep needs two different tilts</source>
        <translation>el barrido necesita dos inclinaciones distintas</translation>
    </message>
    <message>
        <source>Neutral standing</source>
        <translation>Bipedestación neutra</translation>
    </message>
    <message>
        <source>Cannot export the animation</source>
        <translation>No se puede exportar la animación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>Drawing the frames of {name}…</source>
        <translation>Dibujando los fotogramas de {name}…</translation>
    </message>
    <message>
        <source>Animation export cancelled; no file was changed</source>
        <translation>Exportación de la animación cancelada; no se cambió ningún archivo</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>change → model → views → repaint, median</source>
        <translation>cambio → modelo → vistas → repintado, mediana</translation>
    </message>
    <message>
        <source>change → model → views → repaint, p95</source>
        <translation>cambio → modelo → vistas → repintado, p95</translation>
    </message>
    <message>
        <source>the full-quality frame after a change (labels, AA), median</source>
        <translation>el fotograma de calidad completa tras un cambio (etiquetas, antialiasing), mediana</translation>
    </message>
    <message>
        <source>the full-quality frame after a change (labels, AA), p95</source>
        <translation>el fotograma de calidad completa tras un cambio (etiquetas, antialiasing), p95</translation>
    </message>
    <message>
        <source>model evaluation, one posture</source>
        <translation>evaluación del modelo, una postura</translation>
    </message>
    <message>
        <source>vectorised sweep, 10,000 tilts</source>
        <translation>barrido vectorizado, 10.000 inclinaciones</translation>
    </message>
    <message>
        <source>settle (balance), upright spine, no fascial pull</source>
        <translation>equilibrio (asentar), columna erguida, sin tracción fascial</translation>
    </message>
    <message>
        <source>start to first painted window</source>
        <translation>del arranque a la primera ventana dibujada</translation>
    </message>
    <message>
        <source>peak memory of the window process</source>
        <translation>memoria máxima del proceso de la ventana</translation>
    </message>
    <message>
        <source>export 3840-px PNG</source>
        <translation>exportar PNG de 3840 px</translation>
    </message>
    <message>
        <source>export SVG</source>
        <translation>exportar SVG</translation>
    </message>
    <message>
        <source>export PDF</source>
        <translation>exportar PDF</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. d.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>NO CUMPLE</translation>
    </message>
    <message>
        <source>Sweep cost per pose, all muscles with moment arms (µs at postures): {per_pose}; 100,000-posture sweep peak {peak:.0f} MB (target &lt; 300)</source>
        <translation>Coste del barrido por postura, todos los músculos con brazos de momento (µs según número de posturas): {per_pose}; memoria máxima del barrido de 100.000 posturas {peak:.0f} MB (objetivo &lt; 300)</translation>
    </message>
    <message>
        <source>Exports: render + atomic write of the window&apos;s state, median of 3. Repaint = state.set_values(pelvic_tilt) during a drag, then play-area repaint() (the scene rebuilt and painted quickly, labels where they were); antialiased = the frame painted 100 ms after a single change, timed alone (labels placed, antialiased); first paint = fastest of two fresh `psoas_viz gui --screenshot` processes.</source>
        <translation>Exportaciones: dibujo + escritura atómica del estado de la ventana, mediana de 3. Repintado = state.set_values(pelvic_tilt) durante un arrastre y luego repaint() del área del modelo (la escena reconstruida y pintada rápido, etiquetas donde estaban); con antialiasing = el fotograma pintado 100 ms después de un único cambio, medido aparte (etiquetas colocadas, antialiasing); primer dibujo = el más rápido de dos procesos nuevos de `psoas_viz gui --screenshot`.</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>Anatomy card</source>
        <translation>Ficha anatómica</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Anatomy card — {name}</source>
        <translation>Ficha anatómica — {name}</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>hip flexors</source>
        <translation>flexores de la cadera</translation>
    </message>
    <message>
        <source>abdominals</source>
        <translation>músculos abdominales</translation>
    </message>
    <message>
        <source>back</source>
        <translation>espalda</translation>
    </message>
    <message>
        <source>hip extensors</source>
        <translation>extensores de la cadera</translation>
    </message>
    <message>
        <source>adductors</source>
        <translation>aductores</translation>
    </message>
    <message>
        <source>no anatomy entry</source>
        <translation>sin entrada anatómica</translation>
    </message>
    <message>
        <source>bone</source>
        <translation>hueso</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Referencias óseas</translation>
    </message>
    <message>
        <source>Muscles attached</source>
        <translation>Músculos que se insertan</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Inclinación pélvica</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Fascicle from the &lt;b&gt;{origin}&lt;/b&gt;: {now:.1f} mm, &lt;b&gt;{change:+.1f} mm ({percent:+.1f} %)&lt;/b&gt; since standing</source>
        <translation>Fascículo desde &lt;b&gt;{origin}&lt;/b&gt;: {now:.1f} mm, &lt;b&gt;{change:+.1f} mm ({percent:+.1f} %)&lt;/b&gt; desde la bipedestación</translation>
    </message>
    <message>
        <source> (+{count} more)</source>
        <translation> (+{count} más)</translation>
    </message>
    <message>
        <source>flexes hip / tilts pelvis anteriorly</source>
        <translation>flexiona la cadera / lleva la pelvis a anteversión</translation>
    </message>
    <message>
        <source>extends hip / tilts pelvis posteriorly</source>
        <translation>extiende la cadera / lleva la pelvis a retroversión</translation>
    </message>
    <message>
        <source>Hip moment arm &lt;b&gt;{arm:+.1f} mm&lt;/b&gt;: {action}</source>
        <translation>Brazo de momento en la cadera &lt;b&gt;{arm:+.1f} mm&lt;/b&gt;: {action}</translation>
    </message>
    <message>
        <source>Does not cross the hip</source>
        <translation>No cruza la cadera</translation>
    </message>
    <message>
        <source>Length &lt;b&gt;{length:.1f} mm&lt;/b&gt;&lt;br&gt;Change &lt;b&gt;{change:+.1f} mm ({percent:+.1f} %)&lt;/b&gt;</source>
        <translation>Longitud &lt;b&gt;{length:.1f} mm&lt;/b&gt;&lt;br&gt;Cambio &lt;b&gt;{change:+.1f} mm ({percent:+.1f} %)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Inserción</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Inervación</translation>
    </message>
    <message>
        <source>Anatomy: {anatomy_source}&lt;br&gt;Path: {count} fascicle(s); source: {model_source}</source>
        <translation>Anatomía: {anatomy_source}&lt;br&gt;Trayecto: {count} fascículo(s); fuente: {model_source}</translation>
    </message>
</context>
<context>
    <name>ChangeBars</name>
    <message>
        <source>Length change from neutral, %</source>
        <translation>Cambio de longitud desde neutro, %</translation>
    </message>
    <message>
        <source>Length change of every muscle from neutral (bar chart)</source>
        <translation>Cambio de longitud de cada músculo desde neutro (gráfico de barras)</translation>
    </message>
    <message>
        <source>neutral:
no change yet —
tilt the pelvis</source>
        <translation>neutro:
aún sin cambios —
inclina la pelvis</translation>
    </message>
    <message>
        <source>Longest first: {muscles}</source>
        <translation>El más alargado primero: {muscles}</translation>
    </message>
</context>
<context>
    <name>ClaimDetail</name>
    <message>
        <source>&lt;b&gt;Why.&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Por qué.&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Caveat (2-D model): {text}</source>
        <translation>Salvedad (modelo 2D): {text}</translation>
    </message>
    <message>
        <source>▶ Show: {posture}</source>
        <translation>▶ Mostrar: {posture}</translation>
    </message>
    <message>
        <source>Sets this posture of the claim in the model</source>
        <translation>Pone esta postura de la afirmación en el modelo</translation>
    </message>
    <message>
        <source>The scenarios (overlaid in the Compare tab):</source>
        <translation>Los escenarios (superpuestos en la pestaña Comparar):</translation>
    </message>
    <message>
        <source>The scenario:</source>
        <translation>El escenario:</translation>
    </message>
    <message>
        <source>{name}: anatomy card…</source>
        <translation>{name}: ficha anatómica…</translation>
    </message>
    <message>
        <source>Origin, insertion, actions, nerve, effect on pelvic tilt, sources</source>
        <translation>Origen, inserción, acciones, inervación, efecto sobre la inclinación pélvica, fuentes</translation>
    </message>
    <message>
        <source>Structures involved (highlighted in the model):</source>
        <translation>Estructuras implicadas (resaltadas en el modelo):</translation>
    </message>
</context>
<context>
    <name>ClaimRow</name>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>Claim: {text}</source>
        <translation>Afirmación: {text}</translation>
    </message>
    <message>
        <source>Enter or Space sets up its scenario and shows the model&apos;s verdict</source>
        <translation>Intro o Espacio prepara su escenario y muestra el veredicto del modelo</translation>
    </message>
    <message>
        <source>Claim: {text} — {verdict}</source>
        <translation>Afirmación: {text} — {verdict}</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>standing upright</source>
        <translation>en bipedestación erguida</translation>
    </message>
    <message>
        <source>with a rigid trunk</source>
        <translation>con el tronco rígido</translation>
    </message>
    <message>
        <source>{tilt:+g}° tilt, upright spine</source>
        <translation>inclinación {tilt:+g}°, columna erguida</translation>
    </message>
    <message>
        <source>{tilt:+g}° tilt, locked spine</source>
        <translation>inclinación {tilt:+g}°, columna bloqueada</translation>
    </message>
    <message>
        <source>upright spine, relaxed</source>
        <translation>columna erguida, relajado</translation>
    </message>
    <message>
        <source>locked spine, relaxed</source>
        <translation>columna bloqueada, relajado</translation>
    </message>
    <message>
        <source>upright spine, tight {muscle}</source>
        <translation>columna erguida, {muscle} acortado</translation>
    </message>
    <message>
        <source>locked spine, tight {muscle}</source>
        <translation>columna bloqueada, {muscle} acortado</translation>
    </message>
    <message>
        <source>with a upright (rigid) trunk there is no stable balance and the unstable one moves {shift:+.1f}°</source>
        <translation>con la columna erguida no hay equilibrio estable y el inestable se desplaza {shift:+.1f}°</translation>
    </message>
    <message>
        <source>with a locked (rigid) trunk there is no stable balance and the unstable one moves {shift:+.1f}°</source>
        <translation>con el tronco rígido no hay equilibrio estable y el inestable se desplaza {shift:+.1f}°</translation>
    </message>
    <message>
        <source>with the upright spine no balance is found</source>
        <translation>con la columna erguida no se encuentra equilibrio</translation>
    </message>
    <message>
        <source>with the locked spine no balance is found</source>
        <translation>con la columna bloqueada no se encuentra equilibrio</translation>
    </message>
    <message>
        <source>anteriorly</source>
        <translation>hacia anterior</translation>
    </message>
    <message>
        <source>posteriorly</source>
        <translation>hacia posterior</translation>
    </message>
    <message>
        <source>SUPPORTED</source>
        <translation>RESPALDADA</translation>
    </message>
    <message>
        <source>CONTRADICTED</source>
        <translation>REFUTADA</translation>
    </message>
    <message>
        <source>what the lumbar spine does (spine mode)</source>
        <translation>lo que hace la columna lumbar (modo de columna)</translation>
    </message>
    <message>
        <source>At {tilt:+g}° of tilt the {muscle} changes by {upright_mm:+.1f} mm standing upright and {locked_mm:+.1f} mm with a rigid trunk.</source>
        <translation>Con {tilt:+g}° de inclinación, el {muscle} cambia {upright_mm:+.1f} mm en bipedestación erguida y {locked_mm:+.1f} mm con el tronco rígido.</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>posición neutra</translation>
    </message>
    <message>
        <source>{mode_words} the settled tilt moves {shift:+.1f}° ({relaxed:+.1f}° → {tight:+.1f}°)</source>
        <translation>{mode_words}, la inclinación de equilibrio se desplaza {shift:+.1f}° ({relaxed:+.1f}° → {tight:+.1f}°)</translation>
    </message>
    <message>
        <source>{shift:+.1f}° with {name}&apos;s {force:g} N</source>
        <translation>{shift:+.1f}° con los {force:g} N de {name}</translation>
    </message>
    <message>
        <source>what the lumbar spine does or the force source</source>
        <translation>lo que hace la columna lumbar o de la fuente de las fuerzas</translation>
    </message>
    <message>
        <source>; standing upright {others}</source>
        <translation>; en bipedestación erguida, {others}</translation>
    </message>
    <message>
        <source>Shortening its resting length by {millimetres:g} mm: {parts}{sources} (for scale: maximal voluntary tilts from standing are {forward:+g}° and {back:+g}°, Levine &amp; Whittle 1996).</source>
        <translation>Acortando su longitud de reposo {millimetres:g} mm: {parts}{sources} (como referencia: las inclinaciones voluntarias máximas desde la bipedestación son {forward:+g}° y {back:+g}°, Levine y Whittle 1996).</translation>
    </message>
    <message>
        <source>As a posture: in {posture} the {muscle} is {size_mm:.1f} mm ({size_percent:.1f} %) {direction} than in neutral standing.</source>
        <translation>Como postura: en «{posture}», el {muscle} está {size_mm:.1f} mm ({size_percent:.1f} %) {direction} que en bipedestación neutra.</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>más largo</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>más corto</translation>
    </message>
    <message>
        <source>the claim is about the muscle adapting to hours of sitting; the model computes lengths in a posture, not adaptation</source>
        <translation>la afirmación trata de la adaptación del músculo a horas de sedestación; el modelo calcula longitudes en una postura, no adaptación</translation>
    </message>
    <message>
        <source>shortened</source>
        <translation>acortado</translation>
    </message>
    <message>
        <source>lengthened</source>
        <translation>alargado</translation>
    </message>
    <message>
        <source>As a posture: in {posture} the most {word} is the {winner} ({winner_percent:+.1f} %); the {muscle} changes {muscle_percent:+.1f} %.</source>
        <translation>Como postura: en «{posture}», el más {word} es el {winner} ({winner_percent:+.1f} %); el {muscle} cambia {muscle_percent:+.1f} %.</translation>
    </message>
    <message>
        <source>mechanism possible (the pull tautens the psoas in an unchanged posture); its size is not known from data: no one has measured these pulls</source>
        <translation>mecanismo posible (la tracción tensa el psoas en una postura sin cambios); su magnitud no se conoce por datos: nadie ha medido estas tracciones</translation>
    </message>
    <message>
        <source>A {pull:g} N pull of the {link} raises the relaxed psoas&apos;s tension at the hip {tension_without:.0f} → {tension_with:.0f} N and changes its path {length_without:.1f} → {length_with:.1f} mm in an unchanged posture.</source>
        <translation>Una tracción de {pull:g} N ({link}) eleva la tensión del psoas relajado en la cadera {tension_without:.0f} → {tension_with:.0f} N y cambia su trayecto {length_without:.1f} → {length_with:.1f} mm, en una postura sin cambios.</translation>
    </message>
    <message>
        <source>neutral standing</source>
        <translation>bipedestación neutra</translation>
    </message>
    <message>
        <source> ({low:.0f}–{high:.0f} % across force sources)</source>
        <translation> ({low:.0f}–{high:.0f} % según la fuente de las fuerzas)</translation>
    </message>
    <message>
        <source>{posture}: {share:.0f} %{spread}</source>
        <translation>{posture}: {share:.0f} %{spread}</translation>
    </message>
    <message>
        <source>which published muscle forces are used</source>
        <translation>qué fuerzas musculares publicadas se usen</translation>
    </message>
    <message>
        <source>the posture</source>
        <translation>la postura</translation>
    </message>
    <message>
        <source>Iliopsoas share of the hip flexors&apos; moment capacity (what they could do, not what they do) — {parts}.</source>
        <translation>Proporción del iliopsoas en la capacidad de momento de los flexores de cadera (lo que podrían hacer, no lo que hacen) — {parts}.</translation>
    </message>
    <message>
        <source>held by the psoas</source>
        <translation>sostenida por el psoas</translation>
    </message>
    <message>
        <source>psoas released</source>
        <translation>psoas liberado</translation>
    </message>
    <message>
        <source>a pelvis the psoas actually holds</source>
        <translation>una pelvis que el psoas realmente sostenga</translation>
    </message>
    <message>
        <source>With these settings the psoas does not hold the pelvis in balance.</source>
        <translation>Con estos ajustes, el psoas no mantiene la pelvis en equilibrio.</translation>
    </message>
    <message>
        <source>Held at {held:+.1f}°; released, no stable balance remains and the pelvis falls {direction}.</source>
        <translation>Sostenida en {held:+.1f}°; al liberar el psoas no queda equilibrio estable y la pelvis cae {direction}.</translation>
    </message>
    <message>
        <source>stability against a nudge comes from the short-range stiffness of active muscle and from reflexes, which the model does not compute per muscle; it shows only where the pelvis settles and the static stiffness there</source>
        <translation>la estabilidad frente a un empujón depende de la rigidez de corto alcance del músculo activo y de los reflejos, que el modelo no calcula músculo por músculo; solo muestra dónde se equilibra la pelvis y la rigidez estática en ese punto</translation>
    </message>
    <message>
        <source>Held at {held:+.1f}° with a static stiffness of {held_stiffness:.2f} N m/°; released it settles at {released:+.1f}° with {released_stiffness:.2f} N m/°.</source>
        <translation>Sostenida en {held:+.1f}° con una rigidez estática de {held_stiffness:.2f} N m/°; al liberar el psoas se equilibra en {released:+.1f}° con {released_stiffness:.2f} N m/°.</translation>
    </message>
    <message>
        <source>NOT TESTABLE HERE ({why})</source>
        <translation>NO COMPROBABLE AQUÍ ({why})</translation>
    </message>
    <message>
        <source>DEPENDS on {what}</source>
        <translation>DEPENDE de {what}</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>SUPPORTED</source>
        <translation>RESPALDADA</translation>
    </message>
    <message>
        <source>CONTRADICTED</source>
        <translation>REFUTADA</translation>
    </message>
    <message>
        <source>DEPENDS ON</source>
        <translation>DEPENDE DE</translation>
    </message>
    <message>
        <source>NOT TESTABLE HERE:</source>
        <translation>NO COMPROBABLE AQUÍ:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>{muscle}: change</source>
        <translation>{muscle}: cambio</translation>
    </message>
    <message>
        <source>Change, upright spine</source>
        <translation>Cambio, columna erguida</translation>
    </message>
    <message>
        <source>Change, locked spine</source>
        <translation>Cambio, columna rígida</translation>
    </message>
    <message>
        <source>Settled tilt, upright spine, relaxed</source>
        <translation>Inclinación de equilibrio, columna erguida, relajado</translation>
    </message>
    <message>
        <source>Settled tilt, upright spine, tight</source>
        <translation>Inclinación de equilibrio, columna erguida, acortado</translation>
    </message>
    <message>
        <source>Settled tilt, locked spine, relaxed</source>
        <translation>Inclinación de equilibrio, columna rígida, relajado</translation>
    </message>
    <message>
        <source>Settled tilt, locked spine, tight</source>
        <translation>Inclinación de equilibrio, columna rígida, acortado</translation>
    </message>
    <message>
        <source>Shift, upright spine</source>
        <translation>Desplazamiento, columna erguida</translation>
    </message>
    <message>
        <source>Shift, upright spine, with gait2392 forces</source>
        <translation>Desplazamiento, columna erguida, con fuerzas de gait2392</translation>
    </message>
    <message>
        <source>Shift, locked spine</source>
        <translation>Desplazamiento, columna rígida</translation>
    </message>
    <message>
        <source>Tightness</source>
        <translation>Acortamiento</translation>
    </message>
    <message>
        <source>Sit-up: {muscle} capacity</source>
        <translation>Abdominal (sit-up): capacidad de {muscle}</translation>
    </message>
    <message>
        <source>Sit-up: iliopsoas share</source>
        <translation>Abdominal (sit-up): parte del iliopsoas</translation>
    </message>
    <message>
        <source>Sit-up: iliopsoas share, gait2392 forces</source>
        <translation>Abdominal (sit-up): parte del iliopsoas, fuerzas de gait2392</translation>
    </message>
    <message>
        <source>Hanging leg raise: {muscle} capacity</source>
        <translation>Elevación de piernas colgado: capacidad de {muscle}</translation>
    </message>
    <message>
        <source>Hanging leg raise: iliopsoas share</source>
        <translation>Elevación de piernas colgado: parte del iliopsoas</translation>
    </message>
    <message>
        <source>Hanging leg raise: iliopsoas share, gait2392 forces</source>
        <translation>Elevación de piernas colgado: parte del iliopsoas, fuerzas de gait2392</translation>
    </message>
    <message>
        <source>Held: balanced</source>
        <translation>Sostenida: en equilibrio</translation>
    </message>
    <message>
        <source>Held: on a range limit</source>
        <translation>Sostenida: en un límite del rango</translation>
    </message>
    <message>
        <source>Held: stiffness</source>
        <translation>Sostenida: rigidez</translation>
    </message>
    <message>
        <source>Held: tilt</source>
        <translation>Sostenida: inclinación</translation>
    </message>
    <message>
        <source>Released: balanced</source>
        <translation>Liberada: en equilibrio</translation>
    </message>
    <message>
        <source>Released: on a range limit</source>
        <translation>Liberada: en un límite del rango</translation>
    </message>
    <message>
        <source>Released: stiffness</source>
        <translation>Liberada: rigidez</translation>
    </message>
    <message>
        <source>Released: tilt</source>
        <translation>Liberada: inclinación</translation>
    </message>
    <message>
        <source>Psoas path with the pull</source>
        <translation>Trayecto del psoas con la tracción</translation>
    </message>
    <message>
        <source>Psoas path without the pull</source>
        <translation>Trayecto del psoas sin la tracción</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Tracción</translation>
    </message>
    <message>
        <source>Tension with the pull</source>
        <translation>Tensión con la tracción</translation>
    </message>
    <message>
        <source>Tension without the pull</source>
        <translation>Tensión sin la tracción</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Popular claims, tested on the model. Choose one to set up its scenario. They are tested on the person in the window: its pelvis shape (PI), muscle tone and fascial pulls — Relax all in the Muscles tab gives the standard answers.</source>
        <translation>Afirmaciones populares, comprobadas en el modelo. Elige una para preparar su escenario. Se comprueban en la persona de la ventana: su forma de pelvis (PI), su tono muscular y sus tracciones fasciales — «Relajar todo» en la pestaña Músculos da las respuestas estándar.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>Muscles:</source>
        <translation>Músculos:</translation>
    </message>
    <message>
        <source>length change from neutral standing, same pelvis shape</source>
        <translation>cambio de longitud desde la bipedestación neutra, misma forma de pelvis</translation>
    </message>
    <message>
        <source>Muscle colour legend</source>
        <translation>Leyenda de colores de los músculos</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2166ac&apos;&gt;shorter −{span:g} %&lt;/b&gt; (dashed)</source>
        <translation>&lt;b style=&apos;color:#2166ac&apos;&gt;más corto −{span:g} %&lt;/b&gt; (discontinua)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b34d00&apos;&gt;+{span:g} % longer&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b34d00&apos;&gt;+{span:g} % más largo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Blue and dashed: shorter than in neutral standing (full blue at −{span:g} % and more); grey: unchanged; orange: longer (full orange at +{span:g} %); the scale fits the largest change shown</source>
        <translation>Azul y discontinuo: más corto que en bipedestación neutra (azul pleno desde −{span:g} %); gris: sin cambios; naranja: más largo (naranja pleno desde +{span:g} %); la escala se ajusta al mayor cambio mostrado</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>locked spine</source>
        <translation>columna rígida</translation>
    </message>
    <message>
        <source>upright spine</source>
        <translation>columna erguida</translation>
    </message>
    <message>
        <source>manual spine</source>
        <translation>columna manual</translation>
    </message>
    <message>
        <source>muscles</source>
        <translation>músculos</translation>
    </message>
    <message>
        <source>Balanced at pelvic tilt {tilt:+.2f}° ({spine}): the tilt moments below cancel</source>
        <translation>Equilibrio con inclinación pélvica de {tilt:+.2f}° ({spine}): los momentos de inclinación de abajo se anulan</translation>
    </message>
    <message>
        <source>held by a range-limit wall (passive joint curves)</source>
        <translation>sostenido por un tope de amplitud (curvas articulares pasivas)</translation>
    </message>
    <message>
        <source>not on a range-limit wall</source>
        <translation>no en un tope de amplitud</translation>
    </message>
    <message>
        <source>Spinopelvic PT {pt:.1f}°, SS {ss:.1f}°, LL {ll:.1f}°; stiffness {stiffness:.2f} N m/°; {wall}</source>
        <translation>Espinopélvicos PT {pt:.1f}°, SS {ss:.1f}°, LL {ll:.1f}°; rigidez {stiffness:.2f} N m/°; {wall}</translation>
    </message>
    <message>
        <source>No stable balance between −30° and +30° ({spine}): from {tilt:+.1f}° the pelvis falls anteriorly (net {net:+.1f} N m).</source>
        <translation>Ningún equilibrio estable entre −30° y +30° ({spine}): desde {tilt:+.1f}° la pelvis cae hacia anterior (neto {net:+.1f} N m).</translation>
    </message>
    <message>
        <source>No stable balance between −30° and +30° ({spine}): from {tilt:+.1f}° the pelvis falls posteriorly (net {net:+.1f} N m).</source>
        <translation>Ningún equilibrio estable entre −30° y +30° ({spine}): desde {tilt:+.1f}° la pelvis cae hacia posterior (neto {net:+.1f} N m).</translation>
    </message>
    <message>
        <source>Muscles that could hold it: {muscles}</source>
        <translation>Músculos que podrían sostenerla: {muscles}</translation>
    </message>
    <message>
        <source>Another stable balance lies at {tilts} (settle starts from the posture&apos;s own tilt: set pelvic_tilt near it to reach it).</source>
        <translation>Hay otro equilibrio estable en {tilts} (settle parte de la inclinación de la postura: ponga pelvic_tilt cerca de él para alcanzarlo).</translation>
    </message>
    <message>
        <source>Moments also cancel at {tilts}, but a nudge grows there (an inverted pendulum).</source>
        <translation>Los momentos también se anulan en {tilts}, pero allí un pequeño empujón crece (un péndulo invertido).</translation>
    </message>
    <message>
        <source>Fascial pulls ({pulls}): psoas path {before:.1f} → {after:.1f} mm; tension of the pulled psoas fascicles {tension_before:.1f} → {tension_after:.1f} N</source>
        <translation>Tracciones fasciales ({pulls}): trayecto del psoas {before:.1f} → {after:.1f} mm; tensión de los fascículos del psoas traccionados {tension_before:.1f} → {tension_after:.1f} N</translation>
    </message>
    <message>
        <source>Tilt moments (N m, + anterior): {moments}</source>
        <translation>Momentos de inclinación (N m, + anterior): {moments}</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {length:7.1f} mm {force:8.1f} N  tilt {moment:+6.2f} N m</source>
        <translation>  {id:&lt;22} {length:7.1f} mm {force:8.1f} N  inclinación {moment:+6.2f} N m</translation>
    </message>
    <message>
        <source>--step: {step:g} must be greater than zero</source>
        <translation>--step: {step:g} debe ser mayor que cero</translation>
    </message>
    <message>
        <source>--stop {stop:g} is below --start {start:g}</source>
        <translation>--stop {stop:g} es menor que --start {start:g}</translation>
    </message>
    <message>
        <source>the sweep would have {count} rows; at most {most}</source>
        <translation>el barrido tendría {count} filas; como máximo {most}</translation>
    </message>
    <message>
        <source>--param: unknown parameter {name!r} (sweepable: {names})</source>
        <translation>--param: parámetro desconocido {name!r} (se pueden barrer: {names})</translation>
    </message>
    <message>
        <source>lumbar_lordosis acts only with the manual spine (the {mode} spine sets the lordosis itself): add --spine manual</source>
        <translation>lumbar_lordosis solo actúa con la columna manual (la columna {mode} fija la lordosis por sí misma): añada --spine manual</translation>
    </message>
    <message>
        <source>--set {name}: that is the swept parameter</source>
        <translation>--set {name}: es el parámetro que se barre</translation>
    </message>
    <message>
        <source>{upper}–{lower}</source>
        <translation>{upper}-{lower}</translation>
    </message>
    <message>
        <source>Posture parameters:</source>
        <translation>Parámetros de la postura:</translation>
    </message>
    <message>
        <source>  {name:&lt;18} one of {choices} (default {default})</source>
        <translation>  {name:&lt;18} uno de {choices} (por defecto {default})</translation>
    </message>
    <message>
        <source>  {name:&lt;18} {unit:&lt;4} default {default:&lt;6g} range {span:&lt;9} {description}</source>
        <translation>  {name:&lt;18} {unit:&lt;4} defecto {default:&lt;6g} rango {span:&lt;9} {description}</translation>
    </message>
    <message>
        <source>Muscles:</source>
        <translation>Músculos:</translation>
    </message>
    <message>
        <source>no modelled joint</source>
        <translation>ninguna articulación modelada</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {name} ({count} fascicle; crosses {crosses}; {force:g} N, fibres {fibres:g} mm, tendon {tendon:g} mm)</source>
        <translation>  {id:&lt;22} {name} ({count} fascículo; cruza {crosses}; {force:g} N, fibras {fibres:g} mm, tendón {tendon:g} mm)</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {name} ({count} fascicles; crosses {crosses}; {force:g} N, fibres {fibres:g} mm, tendon {tendon:g} mm)</source>
        <translation>  {id:&lt;22} {name} ({count} fascículos; cruza {crosses}; {force:g} N, fibras {fibres:g} mm, tendón {tendon:g} mm)</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {name} ({count} fascicle; crosses {crosses}; no force data)</source>
        <translation>  {id:&lt;22} {name} ({count} fascículo; cruza {crosses}; sin datos de fuerza)</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {name} ({count} fascicles; crosses {crosses}; no force data)</source>
        <translation>  {id:&lt;22} {name} ({count} fascículos; cruza {crosses}; sin datos de fuerza)</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Posturas predefinidas:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>{claim}
  {verdict}: {summary}
  Caveat: {caveat}</source>
        <translation>{claim}
  {verdict}: {summary}
  Advertencia: {caveat}</translation>
    </message>
    <message>
        <source>a posture parameter, &lt;muscle_id&gt;.activation / &lt;muscle_id&gt;.tightness (0…1), or &lt;fascial_link&gt;.pull (N)</source>
        <translation>un parámetro de la postura, &lt;id_músculo&gt;.activation / &lt;id_músculo&gt;.tightness (0…1) o &lt;enlace_fascial&gt;.pull (N)</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>the region framed (default: whole)</source>
        <translation>la región encuadrada (por defecto: whole)</translation>
    </message>
    <message>
        <source>Sagittal pelvis–spine–femur model: how the psoas lengthens or shortens under anterior and posterior pelvic tilt.</source>
        <translation>Modelo sagital de pelvis, columna y fémur: cómo se alarga o se acorta el músculo psoas mayor con la anteversión y la retroversión pélvicas.</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>language of diagrams and messages: en, de or es (default: LC_ALL, LC_MESSAGES or LANG; English otherwise)</source>
        <translation>idioma de los diagramas y mensajes: en, de o es (por defecto: LC_ALL, LC_MESSAGES o LANG; si no, inglés)</translation>
    </message>
    <message>
        <source>print one row per value of a posture parameter</source>
        <translation>imprimir una fila por cada valor de un parámetro de la postura</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>the posture parameter swept (psoas-viz info lists them)</source>
        <translation>el parámetro de la postura que se barre (psoas-viz info los enumera)</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>its first value</source>
        <translation>su primer valor</translation>
    </message>
    <message>
        <source>its last value (included when the steps reach it)</source>
        <translation>su último valor (incluido si los pasos lo alcanzan)</translation>
    </message>
    <message>
        <source>the step between rows (greater than zero)</source>
        <translation>el paso entre filas (mayor que cero)</translation>
    </message>
    <message>
        <source>the spine mode (default: the scenario&apos;s, else upright)</source>
        <translation>el modo de la columna (por defecto: el del escenario; si no, upright)</translation>
    </message>
    <message>
        <source>a posture parameter held while sweeping (repeatable)</source>
        <translation>un parámetro de la postura fijo durante el barrido (repetible)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>start from this scenario file</source>
        <translation>partir de este archivo de escenario</translation>
    </message>
    <message>
        <source>the table&apos;s format (default: csv)</source>
        <translation>formato de la tabla (por defecto: csv)</translation>
    </message>
    <message>
        <source>the pelvic tilt at which muscle, weight and passive moments balance</source>
        <translation>la inclinación pélvica en la que se equilibran los momentos musculares, del peso y pasivos</translation>
    </message>
    <message>
        <source>the output&apos;s format (default: text; json and markdown in English)</source>
        <translation>formato de la salida (por defecto: text; json y markdown en inglés)</translation>
    </message>
    <message>
        <source>popular claims about the psoas, put to the model</source>
        <translation>afirmaciones populares sobre el psoas, puestas a prueba en el modelo</translation>
    </message>
    <message>
        <source>parameters, muscles, presets and sources</source>
        <translation>parámetros, músculos, posturas predefinidas y fuentes</translation>
    </message>
    <message>
        <source>the output&apos;s format (default: text; json in English)</source>
        <translation>formato de la salida (por defecto: text; json en inglés)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>abrir la ventana (por defecto)</translation>
    </message>
    <message>
        <source>open this scenario file</source>
        <translation>abrir este archivo de escenario</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>ARCHIVO.png</translation>
    </message>
    <message>
        <source>save a picture of the window and close it</source>
        <translation>guardar una imagen de la ventana y cerrarla</translation>
    </message>
    <message>
        <source>write the diagram (PNG, SVG, PDF) or its numbers (CSV) without a window</source>
        <translation>escribir el diagrama (PNG, SVG, PDF) o sus números (CSV) sin ventana</translation>
    </message>
    <message>
        <source>a built-in posture (psoas-viz info lists them)</source>
        <translation>una postura incluida (psoas-viz info las enumera)</translation>
    </message>
    <message>
        <source>a scenario file</source>
        <translation>un archivo de escenario</translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation>ARCHIVO|NOMBRE</translation>
    </message>
    <message>
        <source>a lesson file or a built-in lesson&apos;s name: a hand-out PDF, one page per step</source>
        <translation>un archivo de lección o el nombre de una lección incluida: un folleto en PDF, una página por paso</translation>
    </message>
    <message>
        <source>FILE.{png,svg,pdf,csv,gif,webp,mp4}</source>
        <translation>ARCHIVO.{png,svg,pdf,csv,gif,webp,mp4}</translation>
    </message>
    <message>
        <source>the file written; its ending chooses the format</source>
        <translation>el archivo escrito; su extensión elige el formato</translation>
    </message>
    <message>
        <source>PNG width in pixels (1…7680; default 1920)</source>
        <translation>anchura del PNG en píxeles (1…7680; por defecto 1920)</translation>
    </message>
    <message>
        <source>PNG resolution for an 8-inch-wide print (instead of --width)</source>
        <translation>resolución del PNG para una impresión de 8 pulgadas de ancho (en lugar de --width)</translation>
    </message>
    <message>
        <source>colours for a screen or, with thicker lines, a projector (default: screen)</source>
        <translation>colores para una pantalla o, con líneas más gruesas, un proyector (por defecto: screen)</translation>
    </message>
    <message>
        <source>the model view only, without the psoas plot</source>
        <translation>solo la vista del modelo, sin la gráfica del psoas</translation>
    </message>
    <message>
        <source>labels give the Terminologia Anatomica (Latin) name under the vernacular one</source>
        <translation>las etiquetas muestran bajo el nombre en español el de la Terminologia Anatomica (latín)</translation>
    </message>
    <message>
        <source>an animated tilt sweep (--out FILE.gif, .webp or .mp4) instead of a still</source>
        <translation>un barrido de inclinación animado (--out ARCHIVO.gif, .webp o .mp4) en lugar de una imagen fija</translation>
    </message>
    <message>
        <source>with --animate: the transition to this preset</source>
        <translation>con --animate: la transición a esta postura predefinida</translation>
    </message>
    <message>
        <source>with --animate: the transition to this scenario</source>
        <translation>con --animate: la transición a este escenario</translation>
    </message>
    <message>
        <source>DEG</source>
        <translation>GRADOS</translation>
    </message>
    <message>
        <source>with --animate: first pelvic tilt (default: model minimum)</source>
        <translation>con --animate: primera inclinación pélvica (por defecto: el mínimo del modelo)</translation>
    </message>
    <message>
        <source>with --animate: turning pelvic tilt (default: model maximum)</source>
        <translation>con --animate: inclinación pélvica del punto de retorno (por defecto: el máximo del modelo)</translation>
    </message>
    <message>
        <source>with --animate: length of one loop (0.5…60; default 3)</source>
        <translation>con --animate: duración de un ciclo en segundos (0,5…60; por defecto 3)</translation>
    </message>
    <message>
        <source>with --animate: frames per second (1…60, GIF 1…50; default 25)</source>
        <translation>con --animate: fotogramas por segundo (1…60, GIF 1…50; por defecto 25)</translation>
    </message>
    <message>
        <source>print the diagram as a scene: structures, shapes and labels in pixels</source>
        <translation>imprimir el diagrama como escena: estructuras, formas y rótulos en píxeles</translation>
    </message>
    <message>
        <source>scene width in pixels (100…7680; default 900)</source>
        <translation>anchura de la escena en píxeles (100…7680; por defecto 900)</translation>
    </message>
    <message>
        <source>scene height in pixels (100…7680; default 1000)</source>
        <translation>altura de la escena en píxeles (100…7680; por defecto 1000)</translation>
    </message>
    <message>
        <source>the output&apos;s format (JSON, pixels, y downwards)</source>
        <translation>formato de la salida (JSON, píxeles, y hacia abajo)</translation>
    </message>
    <message>
        <source>measure repaint latency, model speed, start-up, exports and memory</source>
        <translation>medir la latencia de repintado, la velocidad del modelo, el arranque, las exportaciones y la memoria</translation>
    </message>
    <message>
        <source>the measurements as JSON</source>
        <translation>las mediciones en JSON</translation>
    </message>
    <message>
        <source>--width: {text!r} must be a whole number of pixels from 1 to 7680</source>
        <translation>--width: {text!r} debe ser un número entero de píxeles de 1 a 7680</translation>
    </message>
    <message>
        <source>{option} does not apply to a lesson hand-out</source>
        <translation>{option} no se aplica a un folleto de lección</translation>
    </message>
    <message>
        <source>--out {path}: cannot be written ({reason})</source>
        <translation>--out {path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <source>{option} applies to --animate exports only</source>
        <translation>{option} solo se aplica a exportaciones con --animate</translation>
    </message>
    <message>
        <source>--width and --dpi: give one or the other</source>
        <translation>--width y --dpi: indique uno u otro</translation>
    </message>
    <message>
        <source>--dpi: {text!r} must be from 1 to 960 (the PNG is 8 inches wide)</source>
        <translation>--dpi: {text!r} debe estar entre 1 y 960 (el PNG mide 8 pulgadas de ancho)</translation>
    </message>
    <message>
        <source>--out {path}: the file name must end in .png, .svg, .pdf or .csv</source>
        <translation>--out {path}: el nombre del archivo debe terminar en .png, .svg, .pdf o .csv</translation>
    </message>
    <message>
        <source>--width and --dpi apply to PNG exports only</source>
        <translation>--width y --dpi solo se aplican a exportaciones PNG</translation>
    </message>
    <message>
        <source>--out {path}: a lesson hand-out is a PDF; the file name must end in .pdf</source>
        <translation>--out {path}: un folleto de lección es un PDF; el nombre del archivo debe terminar en .pdf</translation>
    </message>
    <message>
        <source>--dpi applies to PNG exports only; give --width for an animation</source>
        <translation>--dpi solo se aplica a exportaciones PNG; para una animación indique --width</translation>
    </message>
    <message>
        <source>--from-tilt and --to-tilt make a sweep; a transition (--to-preset or --to-scenario) takes neither</source>
        <translation>--from-tilt y --to-tilt definen un barrido; una transición (--to-preset o --to-scenario) no admite ninguno de los dos</translation>
    </message>
    <message>
        <source>{option}: {value:g}° is outside the model&apos;s pelvic tilt range {low:g}…{high:g}°</source>
        <translation>{option}: {value:g}° está fuera del rango de inclinación pélvica del modelo {low:g}…{high:g}°</translation>
    </message>
    <message>
        <source>--from-tilt and --to-tilt: the same tilt makes no sweep</source>
        <translation>--from-tilt y --to-tilt: la misma inclinación no produce un barrido</translation>
    </message>
    <message>
        <source>--out {path}: the folder does not exist or the name is a folder</source>
        <translation>--out {path}: la carpeta no existe o el nombre es una carpeta</translation>
    </message>
    <message>
        <source>{what}: {text!r} must be a whole number of pixels from 100 to 7680</source>
        <translation>{what}: {text!r} debe ser un número entero de píxeles de 100 a 7680</translation>
    </message>
    <message>
        <source>{what}: {text!r} is not a number</source>
        <translation>{what}: {text!r} no es un número</translation>
    </message>
    <message>
        <source>{what}: {text!r} is not a finite number</source>
        <translation>{what}: {text!r} no es un número finito</translation>
    </message>
    <message>
        <source>--set {pair!r}: expected NAME=VALUE</source>
        <translation>--set {pair!r}: se esperaba NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>--set {name}: a fascial link takes .pull (newtons)</source>
        <translation>--set {name}: un enlace fascial admite .pull (newtons)</translation>
    </message>
    <message>
        <source>--set {name}: {force:g} N is outside 0…{most:g} N</source>
        <translation>--set {name}: {force:g} N está fuera de 0…{most:g} N</translation>
    </message>
    <message>
        <source>--set {name}: unknown muscle or fascial link {muscle!r} (muscles: {muscles}; fascial links: {links})</source>
        <translation>--set {name}: músculo o enlace fascial desconocido {muscle!r} (músculos: {muscles}; enlaces fasciales: {links})</translation>
    </message>
    <message>
        <source>--set {name}: a muscle takes .activation or .tightness</source>
        <translation>--set {name}: un músculo admite .activation o .tightness</translation>
    </message>
    <message>
        <source>--set {name}: {value:g} is outside 0…1</source>
        <translation>--set {name}: {value:g} está fuera de 0…1</translation>
    </message>
    <message>
        <source>psoas-viz cannot start</source>
        <translation>psoas-viz no puede iniciarse</translation>
    </message>
    <message>
        <source>--screenshot {path}: the file name must end in .png</source>
        <translation>--screenshot {path}: el nombre del archivo debe terminar en .png</translation>
    </message>
    <message>
        <source>--screenshot {path}: cannot write there ({reason})</source>
        <translation>--screenshot {path}: no se puede escribir ahí ({reason})</translation>
    </message>
    <message>
        <source>no display (DISPLAY is not set); use --screenshot FILE.png or set QT_QPA_PLATFORM=offscreen</source>
        <translation>no hay pantalla (DISPLAY no está definido); use --screenshot ARCHIVO.png o defina QT_QPA_PLATFORM=offscreen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare −10° / +10°</source>
        <translation>Comparar −10° / +10°</translation>
    </message>
    <message>
        <source>Compare: claim</source>
        <translation>Comparar: afirmación</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Locked (trunk tilts with pelvis)</source>
        <translation>Rígida (el tronco se inclina con la pelvis)</translation>
    </message>
    <message>
        <source>Upright (lordosis compensates)</source>
        <translation>Erguida (la lordosis compensa)</translation>
    </message>
    <message>
        <source>Manual (lordosis slider)</source>
        <translation>Manual (control de lordosis)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Names of the bones and muscles in the model</source>
        <translation>Nombres de los huesos y músculos en el modelo</translation>
    </message>
    <message>
        <source>Neutral ghost</source>
        <translation>Sombra neutra</translation>
    </message>
    <message>
        <source>Neutral standing drawn in grey behind the model</source>
        <translation>La bipedestación neutra dibujada en gris detrás del modelo</translation>
    </message>
    <message>
        <source>Locked + upright curves</source>
        <translation>Curvas rígida + erguida</translation>
    </message>
    <message>
        <source>The length plot shows both spine modes</source>
        <translation>La gráfica de longitud muestra ambos modos de columna</translation>
    </message>
    <message>
        <source>Latin names</source>
        <translation>Nombres latinos</translation>
    </message>
    <message>
        <source>Labels and anatomy cards give the Terminologia Anatomica name beside the vernacular one (Ctrl+L)</source>
        <translation>Las etiquetas y las fichas anatómicas muestran el nombre de la Terminologia Anatomica junto al nombre en español (Ctrl+L)</translation>
    </message>
    <message>
        <source>← posterior</source>
        <translation>← posterior</translation>
    </message>
    <message>
        <source>anterior →</source>
        <translation>anterior →</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>grados</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Posturas predefinidas</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Postura predefinida</translation>
    </message>
    <message>
        <source>Sets every posture value of a named posture (undoable)</source>
        <translation>Fija todos los valores de una postura con nombre (se puede deshacer)</translation>
    </message>
    <message>
        <source>Spine mode</source>
        <translation>Modo de la columna</translation>
    </message>
    <message>
        <source>How the lumbar spine follows the pelvis: locked (the trunk tilts with it), upright (the lordosis compensates) or manual</source>
        <translation>Cómo sigue la columna lumbar a la pelvis: rígida (el tronco se inclina con ella), erguida (la lordosis compensa) o manual</translation>
    </message>
    <message>
        <source>Back to neutral standing (undoable)</source>
        <translation>Volver a la bipedestación neutra (se puede deshacer)</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Reiniciar todo</translation>
    </message>
    <message>
        <source>Back to neutral standing and every view option (undoable)</source>
        <translation>Volver a la bipedestación neutra y a todas las opciones de vista (se puede deshacer)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer el cambio deshecho (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Elegir una postura…</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Reset
all</source>
        <translation>Reiniciar
todo</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>data file missing: {path} (reinstall psoas-viz)</source>
        <translation>falta un archivo de datos: {path} (reinstale psoas-viz)</translation>
    </message>
    <message>
        <source>data file unreadable: {path} ({reason})</source>
        <translation>archivo de datos ilegible: {path} ({reason})</translation>
    </message>
    <message>
        <source>data file damaged: {path} ({reason}; reinstall psoas-viz)</source>
        <translation>archivo de datos dañado: {path} ({reason}; reinstale psoas-viz)</translation>
    </message>
    <message>
        <source>data file damaged: {path} (not a {expected} file; reinstall psoas-viz)</source>
        <translation>archivo de datos dañado: {path} (no es un archivo {expected}; reinstale psoas-viz)</translation>
    </message>
    <message>
        <source>{path}: not a bones outline file ({reason})</source>
        <translation>{path}: no es un archivo de contornos óseos ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot read the bone outlines ({reason})</source>
        <translation>{path}: no se pueden leer los contornos óseos ({reason})</translation>
    </message>
</context>
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
        <source>{muscle} {length} millimetres, {change} millimetres shorter than in standing.</source>
        <translation>{muscle} {length} milímetros, {change} milímetros más corto que en bipedestación.</translation>
    </message>
    <message>
        <source>{muscle} {length} millimetres, {change} millimetres longer than in standing.</source>
        <translation>{muscle} {length} milímetros, {change} milímetros más largo que en bipedestación.</translation>
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
<context>
    <name>DescribePanel</name>
    <message>
        <source>Description of the model</source>
        <translation>Descripción del modelo</translation>
    </message>
    <message>
        <source>The posture, the psoas, its neighbours and the spinopelvic angles in words; it follows every change</source>
        <translation>La postura, el psoas, los músculos vecinos y los ángulos espinopélvicos en palabras; sigue cada cambio</translation>
    </message>
    <message>
        <source>The model in words: posture, psoas, neighbouring muscles and angles</source>
        <translation>El modelo en palabras: postura, psoas, músculos vecinos y ángulos</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Psoas major length</source>
        <translation>Longitud del psoas mayor</translation>
    </message>
    <message>
        <source>posterior tilt −10°</source>
        <translation>retroversión −10°</translation>
    </message>
    <message>
        <source>anterior tilt +10°</source>
        <translation>anteversión +10°</translation>
    </message>
    <message>
        <source>{second} against {first}:</source>
        <translation>{second} frente a {first}:</translation>
    </message>
    <message>
        <source>Psoas length gauges</source>
        <translation>Indicadores de longitud del psoas mayor</translation>
    </message>
    <message>
        <source>{level} vertebra</source>
        <translation>Vértebra {level}</translation>
    </message>
    <message>
        <source>Lower rib cage</source>
        <translation>Caja torácica inferior</translation>
    </message>
    <message>
        <source>Tibia</source>
        <translation>Tibia</translation>
    </message>
    <message>
        <source>Femur</source>
        <translation>Fémur</translation>
    </message>
    <message>
        <source>Pelvis (hip bone)</source>
        <translation>Pelvis (hueso coxal)</translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation>Sacro</translation>
    </message>
    <message>
        <source>{muscle}: {force:.0f} N, line of pull</source>
        <translation>{muscle}: {force:.0f} N, línea de tracción</translation>
    </message>
    <message>
        <source>LL {ll:.1f}° · ASIS–PSIS {asis_psis:.1f}° · tilt {tilt:+.1f}°</source>
        <translation>LL {ll:.1f}° · EIAS–EIPS {asis_psis:.1f}° · inclinación {tilt:+.1f}°</translation>
    </message>
    <message>
        <source>Psoas length gauge</source>
        <translation>Indicador de longitud del psoas mayor</translation>
    </message>
    <message>
        <source>standing: {length:.1f} mm</source>
        <translation>de pie: {length:.1f} mm</translation>
    </message>
    <message>
        <source>Psoas major</source>
        <translation>Psoas mayor</translation>
    </message>
    <message>
        <source>Iliacus</source>
        <translation>Ilíaco</translation>
    </message>
    <message>
        <source>ASIS</source>
        <translation>EIAS</translation>
    </message>
    <message>
        <source>PSIS</source>
        <translation>EIPS</translation>
    </message>
    <message>
        <source>12th rib</source>
        <translation>Duodécima costilla</translation>
    </message>
    <message>
        <source>Pubic symphysis</source>
        <translation>Sínfisis del pubis</translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation>Cresta ilíaca</translation>
    </message>
    <message>
        <source>AIIS</source>
        <translation>EIAI</translation>
    </message>
    <message>
        <source>Sacral promontory</source>
        <translation>Promontorio</translation>
    </message>
    <message>
        <source>Ischial tuberosity</source>
        <translation>Tuberosidad isquiática</translation>
    </message>
    <message>
        <source>Hip joint (acetabulum)</source>
        <translation>Articulación de la cadera (acetábulo)</translation>
    </message>
    <message>
        <source>Greater trochanter</source>
        <translation>Trocánter mayor</translation>
    </message>
    <message>
        <source>Lesser trochanter</source>
        <translation>Trocánter menor</translation>
    </message>
    <message>
        <source>shorter −{span:g} %</source>
        <translation>más corto −{span:g} %</translation>
    </message>
    <message>
        <source>+{span:g} % longer</source>
        <translation>+{span:g} % más largo</translation>
    </message>
    <message>
        <source>Muscle length vs neutral standing:</source>
        <translation>Longitud muscular frente a la bipedestación neutra:</translation>
    </message>
    <message>
        <source>dashed = shorter</source>
        <translation>discontinua = más corto</translation>
    </message>
    <message>
        <source>solid = longer</source>
        <translation>continua = más largo</translation>
    </message>
    <message>
        <source>Psoas major length vs pelvic tilt</source>
        <translation>Longitud del psoas mayor e inclinación pélvica</translation>
    </message>
    <message>
        <source>◀ posterior tilt</source>
        <translation>◀ retroversión</translation>
    </message>
    <message>
        <source>anterior tilt ▶</source>
        <translation>anteversión ▶</translation>
    </message>
    <message>
        <source>pelvic tilt (°)</source>
        <translation>inclinación pélvica (°)</translation>
    </message>
    <message>
        <source>psoas length (mm)</source>
        <translation>longitud del psoas (mm)</translation>
    </message>
    <message>
        <source>Psoas major length under pelvic tilt</source>
        <translation>Longitud del psoas mayor con la inclinación pélvica</translation>
    </message>
    <message>
        <source>Neutral pelvic tilt (0°)</source>
        <translation>Inclinación pélvica neutra (0°)</translation>
    </message>
    <message>
        <source>{tilt:.1f}° anterior pelvic tilt</source>
        <translation>{tilt:.1f}° de anteversión pélvica</translation>
    </message>
    <message>
        <source>{tilt:.1f}° posterior pelvic tilt</source>
        <translation>{tilt:.1f}° de retroversión pélvica</translation>
    </message>
    <message>
        <source>upright spine</source>
        <translation>columna erguida</translation>
    </message>
    <message>
        <source>locked spine</source>
        <translation>columna rígida</translation>
    </message>
    <message>
        <source>lordosis set by hand</source>
        <translation>lordosis fijada a mano</translation>
    </message>
    <message>
        <source>the same as</source>
        <translation>igual que</translation>
    </message>
    <message>
        <source>longer than</source>
        <translation>más largo que</translation>
    </message>
    <message>
        <source>shorter than</source>
        <translation>más corto que</translation>
    </message>
    <message>
        <source>{posture}, thigh {thigh:g}°, knee {knee:g}°, {spine} (lumbar lordosis {lordosis:.1f}°): psoas major {length:.1f} mm, {change:+.1f} mm ({percent:+.1f} %) — {how} in neutral standing with the same pelvis.</source>
        <translation>{posture}, muslo {thigh:g}°, rodilla {knee:g}°, {spine} (lordosis lumbar {lordosis:.1f}°): psoas mayor {length:.1f} mm, {change:+.1f} mm ({percent:+.1f} %) — {how} en bipedestación neutra con la misma pelvis.</translation>
    </message>
    <message>
        <source>Spine mode</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Pelvic incidence PI (measured)</source>
        <translation>Incidencia pélvica PI (medida)</translation>
    </message>
    <message>
        <source>Spinopelvic tilt PT</source>
        <translation>Inclinación pélvica espinopélvica PT</translation>
    </message>
    <message>
        <source>Sacral slope SS</source>
        <translation>Pendiente sacra SS</translation>
    </message>
    <message>
        <source>Lumbar lordosis LL</source>
        <translation>Lordosis lumbar LL</translation>
    </message>
    <message>
        <source>Psoas change vs neutral standing</source>
        <translation>Cambio del psoas frente a la bipedestación neutra</translation>
    </message>
    <message>
        <source>Psoas hip moment arm</source>
        <translation>Brazo de momento del psoas en la cadera</translation>
    </message>
    <message>
        <source>{v:+.1f} mm (+ flexes the hip)</source>
        <translation>{v:+.1f} mm (+ flexiona la cadera)</translation>
    </message>
    <message>
        <source>{muscle}: activation / tightness</source>
        <translation>{muscle}: activación / acortamiento</translation>
    </message>
    <message>
        <source>{activation:.2f} / {mm:g} mm shorter resting length</source>
        <translation>{activation:.2f} / longitud de reposo {mm:g} mm más corta</translation>
    </message>
    <message>
        <source>{link}: pull</source>
        <translation>{link}: tracción</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt; ({spine}, thigh {thigh:g}°, knee {knee:g}°): in anterior tilt the psoas major is &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) longer&lt;/b&gt; than in posterior tilt.</source>
        <translation>&lt;b&gt;Comparación&lt;/b&gt; ({spine}, muslo {thigh:g}°, rodilla {knee:g}°): en anteversión el psoas mayor es &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) más largo&lt;/b&gt; que en retroversión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt; ({spine}, thigh {thigh:g}°, knee {knee:g}°): in anterior tilt the psoas major is &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) shorter&lt;/b&gt; than in posterior tilt.</source>
        <translation>&lt;b&gt;Comparación&lt;/b&gt; ({spine}, muslo {thigh:g}°, rodilla {knee:g}°): en anteversión el psoas mayor es &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) más corto&lt;/b&gt; que en retroversión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{second}&lt;/b&gt;: the psoas major is &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) longer&lt;/b&gt; than in &lt;b&gt;{first}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{second}&lt;/b&gt;: el psoas mayor es &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) más largo&lt;/b&gt; que en &lt;b&gt;{first}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{second}&lt;/b&gt;: the psoas major is &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) shorter&lt;/b&gt; than in &lt;b&gt;{first}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{second}&lt;/b&gt;: el psoas mayor es &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) más corto&lt;/b&gt; que en &lt;b&gt;{first}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>psoas &lt;b&gt;{length:.1f} mm&lt;/b&gt; ({change:+.1f} mm, {percent:+.1f} % from neutral standing)</source>
        <translation>psoas &lt;b&gt;{length:.1f} mm&lt;/b&gt; ({change:+.1f} mm, {percent:+.1f} % desde la bipedestación neutra)</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>continua</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>discontinua</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>punteada</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>de trazo y punto</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>unknown theme {name!r} (themes: {themes})</source>
        <translation>esquema de colores desconocido {name!r} (esquemas: {themes})</translation>
    </message>
    <message>
        <source>{path}: the file name must end in .png, .svg, .pdf or .csv</source>
        <translation>{path}: el nombre del archivo debe terminar en .png, .svg, .pdf o .csv</translation>
    </message>
    <message>
        <source>width {width} px is outside 1…{most}</source>
        <translation>el ancho de {width} px está fuera de 1…{most}</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name ending in .{fmt}</source>
        <translation>{path}: es una carpeta; indique un nombre de archivo terminado en .{fmt}</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <source>{path}: the PNG could not be encoded</source>
        <translation>{path}: no se pudo codificar el PNG</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>no se pudo codificar el PNG</translation>
    </message>
    <message>
        <source>the PDF could not be produced</source>
        <translation>no se pudo generar el PDF</translation>
    </message>
    <message>
        <source>{path}: a lesson hand-out is a PDF; give a file name ending in .pdf</source>
        <translation>{path}: un folleto de lección es un PDF; indique un nombre de archivo terminado en .pdf</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the diagram</source>
        <translation>Exportar el diagrama</translation>
    </message>
    <message>
        <source>File to export to (.png .svg .pdf .csv)</source>
        <translation>Archivo de destino (.png .svg .pdf .csv)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File (.png .svg .pdf .csv):</source>
        <translation>Archivo (.png .svg .pdf .csv):</translation>
    </message>
    <message>
        <source>— (use the width)</source>
        <translation>— (usar el ancho)</translation>
    </message>
    <message>
        <source> dpi (8-inch print)</source>
        <translation> ppp (impresión de 8 pulgadas)</translation>
    </message>
    <message>
        <source>PNG width:</source>
        <translation>Ancho del PNG:</translation>
    </message>
    <message>
        <source>or PNG resolution:</source>
        <translation>o resolución del PNG:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Psoas length plot beside the model</source>
        <translation>Gráfica de longitud del psoas junto al modelo</translation>
    </message>
    <message>
        <source>Latin names (Terminologia Anatomica) in the labels</source>
        <translation>Nombres latinos (Terminologia Anatomica) en los rótulos</translation>
    </message>
    <message>
        <source>Latin names in the labels</source>
        <translation>Nombres latinos en los rótulos</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf);;CSV numbers (*.csv)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;PDF (*.pdf);;Números CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export diagram…</source>
        <translation>&amp;Exportar diagrama…</translation>
    </message>
    <message>
        <source>&amp;Copy diagram (image)</source>
        <translation>&amp;Copiar diagrama (imagen)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Exports include the psoas plot</source>
        <translation>Exportaciones con la gráfica del psoas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Colours of exports and presentation</source>
        <translation>Colores de exportaciones y presentación</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The current scenario has changes that are not saved. Save them first?</source>
        <translation>El escenario actual tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Escenarios (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>No se puede abrir el escenario</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Abierto: {path}</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Escenarios (*.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>{path}: is a folder; choose a file name</source>
        <translation>{path}: es una carpeta; elige un nombre de archivo</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>No se ha indicado ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Exportado: {path}</translation>
    </message>
    <message>
        <source>Exported: {path} ({count} frames)</source>
        <translation>Exportado: {path} ({count} fotogramas)</translation>
    </message>
    <message>
        <source>Diagram copied: paste it into a slide</source>
        <translation>Diagrama copiado: pégalo en una diapositiva</translation>
    </message>
    <message>
        <source>{path} could not be read: the scenario it held last time is shown, untitled</source>
        <translation>No se puede leer {path}: se muestra, sin título, el escenario que contenía la última vez</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>scenario files</source>
        <translation>archivos de escenario</translation>
    </message>
    <message>
        <source>lesson files</source>
        <translation>archivos de lección</translation>
    </message>
    <message>
        <source>question files</source>
        <translation>archivos de preguntas</translation>
    </message>
    <message>
        <source>{path}: the file is {size} bytes; {files} are at most {limit} bytes</source>
        <translation>{path}: el archivo tiene {size} bytes; los {files} tienen como máximo {limit} bytes</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is more than {limit} bytes; {files} are at most {limit} bytes</source>
        <translation>{path}: el archivo tiene más de {limit} bytes; los {files} tienen como máximo {limit} bytes</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a device, pipe or socket cannot be opened)</source>
        <translation>{path}: no es un archivo normal (no se puede abrir un dispositivo, una tubería ni un socket)</translation>
    </message>
    <message>
        <source>the file is {encoding} text; it must be UTF-8 (save it again as UTF-8)</source>
        <translation>el archivo es texto {encoding}; debe ser UTF-8 (guárdelo de nuevo como UTF-8)</translation>
    </message>
    <message>
        <source>the file must be UTF-8 text (it has zero bytes, as UTF-16 text or a binary file does)</source>
        <translation>el archivo debe ser texto UTF-8 (contiene bytes nulos, como un texto UTF-16 o un archivo binario)</translation>
    </message>
    <message>
        <source>the file must be UTF-8 text (byte {position} is not UTF-8)</source>
        <translation>el archivo debe ser texto UTF-8 (el byte {position} no es UTF-8)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>not valid JSON: line {line}, column {column}: {problem}</source>
        <translation>no es JSON válido: línea {line}, columna {column}: {problem}</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>no es JSON válido ({problem})</translation>
    </message>
    <message>
        <source>{key}: the number {number} is out of range</source>
        <translation>{key}: el número {number} está fuera del rango representable</translation>
    </message>
    <message>
        <source>the number {number} is out of range</source>
        <translation>el número {number} está fuera del rango representable</translation>
    </message>
    <message>
        <source>{start}… ({count} digits)</source>
        <translation>{start}… ({count} dígitos)</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} caracteres)</translation>
    </message>
    <message>
        <source>{name} is not allowed</source>
        <translation>{name} no está permitido</translation>
    </message>
    <message>
        <source>the key {key!r} is given twice</source>
        <translation>la clave {key!r} aparece dos veces</translation>
    </message>
    <message>
        <source>is a folder; choose a file name</source>
        <translation>es una carpeta; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>no es un archivo normal (un dispositivo, una tubería o un socket)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>la carpeta {folder} es de solo lectura</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>What the diagram shows</source>
        <translation>Qué muestra el diagrama</translation>
    </message>
    <message>
        <source>Colours and line styles: muscles are coloured by their length change from neutral standing with the same pelvis (blue shorter, orange longer, grey unchanged); shortened muscles are also dashed. PT: spinopelvic (pelvic) tilt, SS: sacral slope, PI: pelvic incidence, LL: lumbar lordosis.</source>
        <translation>Colores y tipos de línea: los músculos se colorean según su cambio de longitud respecto a la bipedestación neutra con la misma pelvis (azul más corto, naranja más largo, gris sin cambios); los músculos acortados se dibujan además discontinuos. PT: inclinación pélvica espinopélvica (pelvic tilt), SS: pendiente sacra, PI: incidencia pélvica, LL: lordosis lumbar.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Made with psoas-viz: a sagittal pelvis–spine–femur model (lengths from published muscle paths; see psoas-viz info).</source>
        <translation>Hecho con psoas-viz: un modelo sagital de pelvis, columna y fémur (longitudes a partir de trayectos musculares publicados; véase psoas-viz info).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>unknown language {code!r} (available: {codes})</source>
        <translation>idioma desconocido {code!r} (disponibles: {codes})</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Latin names (Terminologia Anatomica)</source>
        <translation>&amp;Nombres latinos (Terminologia Anatomica)</translation>
    </message>
    <message>
        <source>Labels and anatomy cards give the Terminologia Anatomica name beside the vernacular one</source>
        <translation>Los rótulos y las fichas anatómicas dan, junto al nombre en español, el de la Terminologia Anatomica</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>steps: expected a list of 1…{most} steps</source>
        <translation>steps: se esperaba una lista de 1…{most} pasos</translation>
    </message>
    <message>
        <source>{key}: expected {{&quot;title&quot;: text, &quot;notes&quot;: text, &quot;scenario&quot;: {{…}}}}</source>
        <translation>{key}: se esperaba {{&quot;title&quot;: texto, &quot;notes&quot;: texto, &quot;scenario&quot;: {{…}}}}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Paso {number}</translation>
    </message>
    <message>
        <source>{key}: unknown claim {claim!r}</source>
        <translation>{key}: afirmación desconocida {claim!r}</translation>
    </message>
    <message>
        <source>Model: {verdict}. {summary} Caveat: {caveat}</source>
        <translation>Modelo: {verdict}. {summary} Salvedad: {caveat}</translation>
    </message>
    <message>
        <source>{key}: unknown predict question {question!r}</source>
        <translation>{key}: pregunta de predicción desconocida {question!r}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Add current view…</source>
        <translation>Añadir la vista actual…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Hand-out PDF…</source>
        <translation>Folleto en PDF…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Editor de lecciones</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>{number}. {title}  (predict question first)</source>
        <translation>{number}. {title}  (primero pregunta de predicción)</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Add step “{title}”</source>
        <translation>Añadir el paso «{title}»</translation>
    </message>
    <message>
        <source>Edit step “{title}”</source>
        <translation>Editar el paso «{title}»</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover el paso</translation>
    </message>
    <message>
        <source>Delete step “{title}”</source>
        <translation>Eliminar el paso «{title}»</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Paso {number}</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>No se puede guardar la lección</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Lecciones (*.json)</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>Export the hand-out</source>
        <translation>Exportar el folleto</translation>
    </message>
    <message>
        <source>Cannot export the hand-out</source>
        <translation>No se puede exportar el folleto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drag the pelvis to tilt it · hover a muscle or bone for its card · click the length plot to set the tilt · Ctrl+Z undo</source>
        <translation>Arrastra la pelvis para inclinarla · pasa el ratón sobre un músculo o hueso para ver su ficha · haz clic en la gráfica de longitud para fijar la inclinación · Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>psoas-viz — psoas length under pelvic tilt</source>
        <translation>psoas-viz — longitud del psoas con la inclinación pélvica</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Deshacer</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Rehacer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Length change</source>
        <translation>Cambio de longitud</translation>
    </message>
    <message>
        <source>Tilt moments</source>
        <translation>Momentos de inclinación</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Claim: {text}  —  {verdict}</source>
        <translation>Afirmación: {text}  —  {verdict}</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <source>The psoas length plot and the charts (beside the model in a wider window)</source>
        <translation>La gráfica de longitud del psoas y los diagramas (junto al modelo en una ventana más ancha)</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>hip flexion {flexion:.0f}° (thigh angle + pelvic tilt) is outside Rajagopal 2016&apos;s range {low:.0f}…{high:.0f}°, for which its muscle paths were built; lengths and moment arms there are extrapolated</source>
        <translation>la flexión de cadera de {flexion:.0f}° (ángulo del muslo + inclinación pélvica) está fuera del rango {low:.0f}…{high:.0f}° de Rajagopal 2016, para el que se construyeron sus trayectos musculares; las longitudes y los brazos de momento allí son extrapolados</translation>
    </message>
    <message>
        <source>unknown parameter {name!r} (known: {known})</source>
        <translation>parámetro desconocido {name!r} (conocidos: {known})</translation>
    </message>
    <message>
        <source>unknown parameter {name!r} (sweepable: {names})</source>
        <translation>parámetro desconocido {name!r} (se pueden barrer: {names})</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not a number</source>
        <translation>{name}: {value!r} no es un número</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not a finite number</source>
        <translation>{name}: {value!r} no es un número finito</translation>
    </message>
    <message>
        <source>{name}: {value:g} {unit} is outside {low:g}…{high:g} {unit}</source>
        <translation>{name}: {value:g} {unit} está fuera de {low:g}…{high:g} {unit}</translation>
    </message>
    <message>
        <source>spine_mode: {value!r} is not one of {modes}</source>
        <translation>spine_mode: {value!r} no es ninguno de {modes}</translation>
    </message>
    <message>
        <source>unknown preset {name!r} (presets: {names})</source>
        <translation>postura predefinida desconocida {name!r} (disponibles: {names})</translation>
    </message>
    <message>
        <source>{link}: {force:g} N is outside 0…{most:g} N</source>
        <translation>{link}: {force:g} N está fuera de 0…{most:g} N</translation>
    </message>
    <message>
        <source>{setting}: {value:g} is outside 0…1</source>
        <translation>{setting}: {value:g} está fuera de 0…1</translation>
    </message>
</context>
<context>
    <name>MomentBars</name>
    <message>
        <source>Trunk weight</source>
        <translation>Peso del tronco</translation>
    </message>
    <message>
        <source>Passive hip</source>
        <translation>Cadera pasiva</translation>
    </message>
    <message>
        <source>Passive lumbar</source>
        <translation>Columna lumbar pasiva</translation>
    </message>
    <message>
        <source>Postural control</source>
        <translation>Control postural</translation>
    </message>
    <message>
        <source>Fascial pulls</source>
        <translation>Tracciones fasciales</translation>
    </message>
    <message>
        <source>NET</source>
        <translation>NETO</translation>
    </message>
    <message>
        <source>{muscle} (no data)</source>
        <translation>{muscle} (sin datos)</translation>
    </message>
    <message>
        <source>Moments tilting the pelvis, N m</source>
        <translation>Momentos que inclinan la pelvis, N m</translation>
    </message>
    <message>
        <source>Moments tilting the pelvis (bar chart)</source>
        <translation>Momentos que inclinan la pelvis (gráfico de barras)</translation>
    </message>
    <message>
        <source>◀ posterior   N m   anterior ▶</source>
        <translation>◀ retroversión   N m   anteversión ▶</translation>
    </message>
    <message>
        <source>◀ posterior</source>
        <translation>◀ retroversión</translation>
    </message>
    <message>
        <source>anterior ▶</source>
        <translation>anteversión ▶</translation>
    </message>
    <message>
        <source>Plus tilts the pelvis anteriorly, minus posteriorly: {moments}</source>
        <translation>Positivo inclina la pelvis en anteversión, negativo en retroversión: {moments}</translation>
    </message>
</context>
<context>
    <name>MusclePanel</name>
    <message>
        <source>no published force data</source>
        <translation>sin datos de fuerza publicados</translation>
    </message>
    <message>
        <source>tense</source>
        <translation>tensar</translation>
    </message>
    <message>
        <source>Activation: how hard the muscle contracts (0–100 %)</source>
        <translation>Activación: con qué intensidad se contrae el músculo (0–100 %)</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>acortado</translation>
    </message>
    <message>
        <source>Tightness: the fibres&apos; resting length is shorter by this many millimetres, so passive tension starts earlier (the same millimetres in every muscle)</source>
        <translation>Acortamiento: la longitud de reposo de las fibras es tantos milímetros más corta, así que la tensión pasiva empieza antes (los mismos milímetros en cada músculo)</translation>
    </message>
    <message>
        <source>Balanced at pelvic tilt {tilt:+.1f}°, stiffness {stiffness:.1f} N m/° — held by a range-limit wall (the passive joint curves), not in mid-range</source>
        <translation>En equilibrio a {tilt:+.1f}° de inclinación pélvica, rigidez {stiffness:.1f} N m/° — sostenida por un límite del rango (las curvas articulares pasivas), no en el rango medio</translation>
    </message>
    <message>
        <source>Balanced at pelvic tilt {tilt:+.1f}°, stiffness {stiffness:.1f} N m/°, in mid-range (not on a range-limit wall)</source>
        <translation>En equilibrio a {tilt:+.1f}° de inclinación pélvica, rigidez {stiffness:.1f} N m/°, en el rango medio (no en un límite del rango)</translation>
    </message>
    <message>
        <source> and others</source>
        <translation> y otros</translation>
    </message>
    <message>
        <source>anteriorly</source>
        <translation>hacia anteversión</translation>
    </message>
    <message>
        <source>posteriorly</source>
        <translation>hacia retroversión</translation>
    </message>
    <message>
        <source>No stable balance: the pelvis falls {direction} — hold it with {muscles}. The tilt is left where it was.</source>
        <translation>Sin equilibrio estable: la pelvis cae {direction} — sostenla con {muscles}. La inclinación se queda donde estaba.</translation>
    </message>
    <message>
        <source>No stable balance: the pelvis falls {direction}. The tilt is left where it was.</source>
        <translation>Sin equilibrio estable: la pelvis cae {direction}. La inclinación se queda donde estaba.</translation>
    </message>
    <message>
        <source>Psoas path {without:.1f} → {with_:.1f} mm ({change:+.1f} mm) and tension {tension_without:.0f} → {tension_with:.0f} N: it looks tight because it is pulled on, while its own posture has not changed.</source>
        <translation>Trayecto del psoas {without:.1f} → {with_:.1f} mm ({change:+.1f} mm) y tensión {tension_without:.0f} → {tension_with:.0f} N: parece acortado porque tiran de él, aunque su propia postura no ha cambiado.</translation>
    </message>
    <message>
        <source>Settle the pelvis</source>
        <translation>Equilibrar la pelvis</translation>
    </message>
    <message>
        <source>After every change the pelvis tilts to where the muscle, weight and passive moments balance (the thigh stays fixed)</source>
        <translation>Tras cada cambio la pelvis se inclina hasta donde se equilibran los momentos musculares, del peso y pasivos (el muslo queda fijo)</translation>
    </message>
    <message>
        <source>Show force arrows</source>
        <translation>Mostrar flechas de fuerza</translation>
    </message>
    <message>
        <source>Arrows at both ends of each pulling muscle, along its line of pull: 1 mm per 5 N</source>
        <translation>Flechas en ambos extremos de cada músculo que tracciona, a lo largo de su línea de tracción: 1 mm por 5 N</translation>
    </message>
    <message>
        <source>Relax all</source>
        <translation>Relajar todo</translation>
    </message>
    <message>
        <source>Every muscle relaxed and of normal tightness, no fascial pull (one undo step)</source>
        <translation>Todos los músculos relajados y sin acortamiento, sin tracción fascial (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Arrows: 1 mm per 5 N, pulling &lt;b style=&apos;color:#1b7837&apos;&gt;anteriorly&lt;/b&gt; or &lt;b style=&apos;color:#762a83&apos;&gt;posteriorly&lt;/b&gt; on the pelvic tilt</source>
        <translation>Flechas: 1 mm por 5 N, llevan la pelvis hacia &lt;b style=&apos;color:#1b7837&apos;&gt;anteversión&lt;/b&gt; o &lt;b style=&apos;color:#762a83&apos;&gt;retroversión&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fascia pulling on the psoas and pelvis</source>
        <translation>Fascias que traccionan del psoas y de la pelvis</translation>
    </message>
    <message>
        <source>Muscle settings</source>
        <translation>Ajustes musculares</translation>
    </message>
    <message>
        <source>Set a pull to see the psoas displaced and made taut by its neighbours.</source>
        <translation>Ajusta una tracción para ver cómo sus vecinos desplazan y tensan el psoas.</translation>
    </message>
</context>
<context>
    <name>MuscleRow</name>
    <message>
        <source>{muscle} {quantity} value</source>
        <translation>{muscle} {quantity}, valor</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>{subject}: {typed} is outside {minimum:g}…{maximum:g}{unit}; nothing was changed</source>
        <translation>{subject}: {typed} está fuera de {minimum:g}…{maximum:g}{unit}; no se ha cambiado nada</translation>
    </message>
</context>
<context>
    <name>ParameterRow</name>
    <message>
        <source>{description}
neutral {default:g} {unit} (red mark)</source>
        <translation>{description}
neutro {default:g} {unit} (marca roja)</translation>
    </message>
    <message>
        <source>{description}. Neutral {default:g} {unit}; arrow keys 1 degree, Page Up and Page Down 5 degrees</source>
        <translation>{description}. Neutro {default:g} {unit}; teclas de flecha 1 grado, Re Pág y Av Pág 5 grados</translation>
    </message>
    <message>
        <source>{label} value</source>
        <translation>{label}, valor</translation>
    </message>
    <message>
        <source>{label} in {unit}, typed: from {minimum:g} to {maximum:g}</source>
        <translation>{label} en {unit}, escrito: de {minimum:g} a {maximum:g}</translation>
    </message>
    <message>
        <source>Used when the spine mode is Manual</source>
        <translation>Se usa cuando el modo de la columna es Manual</translation>
    </message>
</context>
<context>
    <name>PlayArea</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Fit the whole model</source>
        <translation>A&amp;justar el modelo completo</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>{muscle} change</source>
        <translation>{muscle}: cambio</translation>
    </message>
    <message>
        <source>Pelvic tilt: {situation}</source>
        <translation>Inclinación pélvica: {situation}</translation>
    </message>
    <message>
        <source>Pelvic tilt: {situation} (no stable balance)</source>
        <translation>Inclinación pélvica: {situation} (sin equilibrio estable)</translation>
    </message>
    <message>
        <source>it settles at {tilt:+.1f}°, {shift:.1f}° more anterior than before</source>
        <translation>se equilibra a {tilt:+.1f}°, {shift:.1f}° más en anteversión que antes</translation>
    </message>
    <message>
        <source>it settles at {tilt:+.1f}°, {shift:.1f}° more posterior than before</source>
        <translation>se equilibra a {tilt:+.1f}°, {shift:.1f}° más en retroversión que antes</translation>
    </message>
    <message>
        <source>Settled pelvic tilt: {situation}</source>
        <translation>Inclinación pélvica de equilibrio: {situation}</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>no stable balance remains and the pelvis falls anteriorly (net moment {moment:+.1f} N m at {start:+.1f}°)</source>
        <translation>no queda equilibrio estable y la pelvis cae hacia anteversión (momento neto {moment:+.1f} N m a {start:+.1f}°)</translation>
    </message>
    <message>
        <source>no stable balance remains and the pelvis falls posteriorly (net moment {moment:+.1f} N m at {start:+.1f}°)</source>
        <translation>no queda equilibrio estable y la pelvis cae hacia retroversión (momento neto {moment:+.1f} N m a {start:+.1f}°)</translation>
    </message>
    <message>
        <source>Net tilt moment (+ anterior): {situation}</source>
        <translation>Momento neto de inclinación (+ anterior): {situation}</translation>
    </message>
    <message>
        <source>the pelvis rests at {start:+.1f}°</source>
        <translation>la pelvis reposa a {start:+.1f}°</translation>
    </message>
    <message>
        <source>the pelvis has no stable balance and starts from {start:+.1f}°</source>
        <translation>la pelvis no tiene equilibrio estable y parte de {start:+.1f}°</translation>
    </message>
    <message>
        <source>sacral slope</source>
        <translation>pendiente sacra</translation>
    </message>
    <message>
        <source>spinopelvic tilt (PT)</source>
        <translation>inclinación pélvica espinopélvica (PT)</translation>
    </message>
    <message>
        <source>lumbar lordosis</source>
        <translation>lordosis lumbar</translation>
    </message>
    <message>
        <source>pelvic incidence</source>
        <translation>incidencia pélvica</translation>
    </message>
    <message>
        <source>ASIS–PSIS angle</source>
        <translation>ángulo EIAS–EIPS</translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <source>The model says: {answer}</source>
        <translation>El modelo dice: {answer}</translation>
    </message>
    <message>
        <source>✔ Right — {answer}</source>
        <translation>✔ Correcto — {answer}</translation>
    </message>
    <message>
        <source>✘ Not this time: you said {given}; the model says {answer}</source>
        <translation>✘ Esta vez no: dijiste {given}; el modelo dice {answer}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Caveat:&lt;/i&gt; {text}</source>
        <translation>&lt;i&gt;Salvedad:&lt;/i&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;i&gt;The claim:&lt;/i&gt; “{text}” — {explanation}</source>
        <translation>&lt;i&gt;La afirmación:&lt;/i&gt; «{text}» — {explanation}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Empezar las preguntas</translation>
    </message>
    <message>
        <source>Back to the question before, with its answer</source>
        <translation>Volver a la pregunta anterior, con su respuesta</translation>
    </message>
    <message>
        <source>On to the next question, or to the score after the last</source>
        <translation>Pasar a la pregunta siguiente, o a la puntuación tras la última</translation>
    </message>
    <message>
        <source>Predict first, then watch the model move and see its numbers</source>
        <translation>Predice primero, luego mira cómo se mueve el modelo y lee sus números</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>The predict questions cannot be used</source>
        <translation>No se pueden usar las preguntas de predicción</translation>
    </message>
    <message>
        <source>Predict, then look</source>
        <translation>Primero predecir, después observar</translation>
    </message>
    <message>
        <source>Commit to a prediction, then watch the model move and see its numbers.</source>
        <translation>Comprométete con una predicción; luego mira cómo se mueve el modelo y lee sus números.</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} preguntas</translation>
    </message>
    <message>
        <source>A set of questions</source>
        <translation>Una serie de preguntas</translation>
    </message>
    <message>
        <source>{count} about the psoas, the pelvis and the spine. Each one sets a first posture; choose your answer, then the model animates to the second posture and shows why. Your score comes at the end.</source>
        <translation>{count} sobre el psoas, la pelvis y la columna. Cada una pone una primera postura; elige tu respuesta, luego el modelo se anima hasta la segunda postura y muestra por qué. La puntuación llega al final.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Predict: your score</source>
        <translation>Predicción: tu puntuación</translation>
    </message>
    <message>
        <source>Score: {right} of {total}</source>
        <translation>Puntuación: {right} de {total}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>You: {given} · model: {answer}</source>
        <translation>Tú: {given} · modelo: {answer}</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Pregunta {number} de {total}</translation>
    </message>
    <message>
        <source>From &lt;b&gt;{first}&lt;/b&gt; to &lt;b&gt;{second}&lt;/b&gt;</source>
        <translation>De &lt;b&gt;{first}&lt;/b&gt; a &lt;b&gt;{second}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer {number}: {label}</source>
        <translation>Respuesta {number}: {label}</translation>
    </message>
    <message>
        <source>Commit to this answer; then the model moves and shows its numbers</source>
        <translation>Comprométete con esta respuesta; luego el modelo se mueve y muestra sus números</translation>
    </message>
    <message>
        <source>Choose your prediction first.</source>
        <translation>Elige primero tu predicción.</translation>
    </message>
    <message>
        <source>Watch: {first} → {second}…</source>
        <translation>Observa: {first} → {second}…</translation>
    </message>
    <message>
        <source>See the score ▶</source>
        <translation>Ver la puntuación ▶</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
</context>
<context>
    <name>PresentationControl</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Predict with the class (presentation, Q)</source>
        <translation>Predecir con la clase (presentación, Q)</translation>
    </message>
    <message>
        <source>Lesson for presentation</source>
        <translation>Lección para la presentación</translation>
    </message>
    <message>
        <source>Lesson editor…</source>
        <translation>Editor de lecciones…</translation>
    </message>
    <message>
        <source>Use the presets</source>
        <translation>Usar las posturas predefinidas</translation>
    </message>
    <message>
        <source>Present: {title}</source>
        <translation>Presentar: {title}</translation>
    </message>
    <message>
        <source>Step {number}/{count}: {title} — {notes}</source>
        <translation>Paso {number}/{count}: {title} — {notes}</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {title}</source>
        <translation>Paso {number} de {count}: {title}</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>psoas-viz — presentation</source>
        <translation>psoas-viz — presentación</translation>
    </message>
    <message>
        <source>Presentation of the model</source>
        <translation>Presentación del modelo</translation>
    </message>
    <message>
        <source>Page Down next step, Page Up previous, S sweep, Q predict with the class, B blank, Escape leaves</source>
        <translation>AvPág paso siguiente, RePág anterior, S barrido, Q predecir con la clase, B pantalla en negro, Esc sale</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Inclinación</translation>
    </message>
    <message>
        <source>Sweep tilt (S)</source>
        <translation>Barrido (S)</translation>
    </message>
    <message>
        <source>Blank (B)</source>
        <translation>Negro (B)</translation>
    </message>
    <message>
        <source>Exit (Esc)</source>
        <translation>Salir (Esc)</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <comment>the presentation bar: short</comment>
        <translation>Inclinación</translation>
    </message>
    <message>
        <source>Predict: review</source>
        <translation>Predicción: repaso</translation>
    </message>
    <message>
        <source>Predict {number}/{count}</source>
        <translation>Predicción {number}/{count}</translation>
    </message>
    <message>
        <source>{number}/{count}  {title} — predict first</source>
        <translation>{number}/{count}  {title} — primero predecir</translation>
    </message>
    <message>
        <source>{number}/{count}  {title}</source>
        <translation>{number}/{count}  {title}</translation>
    </message>
    <message>
        <source>Predict: {problem}</source>
        <translation>Predicción: {problem}</translation>
    </message>
    <message>
        <source>Stop sweep (S)</source>
        <translation>Parar (S)</translation>
    </message>
</context>
<context>
    <name>PullRow</name>
    <message>
        <source>pull</source>
        <translation>tracción</translation>
    </message>
    <message>
        <source>{link} pull</source>
        <translation>{link}: tracción</translation>
    </message>
    <message>
        <source>How hard this fascia pulls, in newtons (no published value)</source>
        <translation>Con qué fuerza tracciona esta fascia, en newtons (sin valor publicado)</translation>
    </message>
    <message>
        <source>How hard this fascia pulls (N). No published value exists: set it to explore.</source>
        <translation>Con qué fuerza tracciona esta fascia (N). No hay ningún valor publicado: ajústalo para explorar.</translation>
    </message>
    <message>
        <source>{link} pull value</source>
        <translation>{link}: tracción, valor</translation>
    </message>
    <message>
        <source>How hard this fascia pulls, in newtons, typed</source>
        <translation>Con qué fuerza tracciona esta fascia, en newtons, escrita</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>{key}: expected a non-empty list, got {kind}</source>
        <translation>{key}: se esperaba una lista no vacía, se encontró {kind}</translation>
    </message>
    <message>
        <source>{key}: {value!r} is given twice</source>
        <translation>{key}: {value!r} aparece dos veces</translation>
    </message>
    <message>
        <source>{key}: missing</source>
        <translation>{key}: falta</translation>
    </message>
    <message>
        <source>{key}: expected non-empty text, got {kind}</source>
        <translation>{key}: se esperaba un texto no vacío, se encontró {kind}</translation>
    </message>
    <message>
        <source>{key}: expected a non-empty list of texts, got {kind}</source>
        <translation>{key}: se esperaba una lista no vacía de textos, se encontró {kind}</translation>
    </message>
    <message>
        <source>{key}: expected a positive number, got {value!r}</source>
        <translation>{key}: se esperaba un número positivo, se encontró {value!r}</translation>
    </message>
    <message>
        <source>{key}: {value!r} is not a muscle id (muscles: {muscles})</source>
        <translation>{key}: {value!r} no es un identificador de músculo (músculos: {muscles})</translation>
    </message>
    <message>
        <source>{key}: muscle settings change only a settle question&apos;s answer</source>
        <translation>{key}: los ajustes musculares solo cambian la respuesta de una pregunta sobre el equilibrio de la pelvis (kind «settle»)</translation>
    </message>
    <message>
        <source>{key}: expected a list of at least two muscle ids, got {value!r}</source>
        <translation>{key}: se esperaba una lista de al menos dos identificadores de músculo, se encontró {value!r}</translation>
    </message>
    <message>
        <source>{key}: a muscle is given twice</source>
        <translation>{key}: un músculo aparece dos veces</translation>
    </message>
    <message>
        <source>{key}: unknown field {field} (fields: {fields})</source>
        <translation>{key}: campo desconocido {field} (campos: {fields})</translation>
    </message>
    <message>
        <source>{key}: not a usable template ({reason})</source>
        <translation>{key}: no es una plantilla utilizable ({reason})</translation>
    </message>
    <message>
        <source>{key}: {value!r} should be letters, digits and underscores</source>
        <translation>{key}: {value!r} debe constar solo de letras, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>{key}: {value!r} is not a claim in assets/claims.json</source>
        <translation>{key}: {value!r} no es una afirmación de assets/claims.json</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Predict, then watch: question {number} of {count}</source>
        <translation>Primero predecir, después observar: pregunta {number} de {count}</translation>
    </message>
    <message>
        <source>Hands up for A, B or C. Page Down: the model moves and answers.</source>
        <translation>Manos arriba para A, B o C. Av Pág: el modelo se mueve y responde.</translation>
    </message>
    <message>
        <source>Predict question</source>
        <translation>Pregunta de predicción</translation>
    </message>
    <message>
        <source>The model says: {answer}</source>
        <translation>El modelo dice: {answer}</translation>
    </message>
    <message>
        <source>Caveat: {text}</source>
        <translation>Salvedad: {text}</translation>
    </message>
    <message>
        <source>The claim: “{text}”</source>
        <translation>La afirmación: «{text}»</translation>
    </message>
    <message>
        <source>Predict question, revealed</source>
        <translation>Pregunta de predicción, resuelta</translation>
    </message>
    <message>
        <source>What the model computed</source>
        <translation>Lo que calculó el modelo</translation>
    </message>
    <message>
        <source>Predict review</source>
        <translation>Repaso de las predicciones</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Psoas length</source>
        <translation>Longitud del psoas</translation>
    </message>
    <message>
        <source>Psoas</source>
        <translation>Psoas</translation>
    </message>
    <message>
        <source>Change from neutral</source>
        <translation>Cambio desde neutro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Change from neutral (%)</source>
        <translation>Cambio (%)</translation>
    </message>
    <message>
        <source>Hip moment arm</source>
        <translation>Brazo en la cadera</translation>
    </message>
    <message>
        <source>Hip arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <source>ASIS–PSIS angle</source>
        <translation>Ángulo EIAS–EIPS</translation>
    </message>
    <message>
        <source>ASIS–PSIS</source>
        <translation>EIAS–EIPS</translation>
    </message>
    <message>
        <source>Spinopelvic PT (X-ray)</source>
        <translation>PT (radiografía)</translation>
    </message>
    <message>
        <source>PT</source>
        <translation>PT</translation>
    </message>
    <message>
        <source>Sacral slope SS</source>
        <translation>Pendiente sacra SS</translation>
    </message>
    <message>
        <source>SS</source>
        <translation>SS</translation>
    </message>
    <message>
        <source>Pelvic incidence PI</source>
        <translation>Incidencia pélvica PI</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Lumbar lordosis LL</source>
        <translation>Lordosis lumbar LL</translation>
    </message>
    <message>
        <source>LL</source>
        <translation>LL</translation>
    </message>
    <message>
        <source>Force-weighted length of all psoas major fascicles</source>
        <translation>Longitud ponderada por la fuerza de todos los fascículos del psoas mayor</translation>
    </message>
    <message>
        <source>Psoas length minus its length in neutral standing with the same pelvis shape</source>
        <translation>Longitud del psoas menos su longitud en bipedestación neutra con la misma forma de pelvis</translation>
    </message>
    <message>
        <source>The change as a per cent of the length in neutral standing</source>
        <translation>El cambio en porcentaje de la longitud en bipedestación neutra</translation>
    </message>
    <message>
        <source>Psoas major&apos;s hip flexion moment arm (+ flexes the hip, i.e. tilts the pelvis anteriorly)</source>
        <translation>Brazo de momento del psoas mayor para la flexión de cadera (+ flexiona la cadera, es decir, inclina la pelvis hacia anterior)</translation>
    </message>
    <message>
        <source>Spinopelvic (radiographic) pelvic tilt: the hip-axis-to-S1 line from vertical. It grows with POSTERIOR tilt, unlike the pelvic tilt slider (+ anterior)</source>
        <translation>Inclinación pélvica espinopélvica (radiográfica): la línea eje de la cadera–S1 respecto a la vertical. Crece con la RETROVERSIÓN, al contrario que el control de inclinación pélvica (+ anterior)</translation>
    </message>
    <message>
        <source>Sacral slope: the S1 endplate from horizontal</source>
        <translation>Pendiente sacra: el platillo de S1 respecto a la horizontal</translation>
    </message>
    <message>
        <source>Pelvic incidence, the shape of the pelvis: PI = PT + SS</source>
        <translation>Incidencia pélvica, la forma de la pelvis: PI = PT + SS</translation>
    </message>
    <message>
        <source>Lumbar lordosis: the L1 upper endplate to the S1 endplate</source>
        <translation>Lordosis lumbar: del platillo superior de L1 al platillo de S1</translation>
    </message>
    <message>
        <source>Angle of the ASIS–PSIS line below horizontal (clinical tilt)</source>
        <translation>Ángulo de la línea EIAS–EIPS bajo la horizontal (inclinación clínica)</translation>
    </message>
    <message>
        <source>Psoas major and spinopelvic angles</source>
        <translation>Psoas mayor y ángulos espinopélvicos</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>{key}: expected text, got {kind}</source>
        <translation>{key}: se esperaba texto, se encontró {kind}</translation>
    </message>
    <message>
        <source>{key}: unknown key (allowed: {keys})</source>
        <translation>{key}: clave desconocida (permitidas: {keys})</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>{key}: {number:g} is outside {low:g}…{high:g} {unit}</source>
        <translation>{key}: {number:g} está fuera de {low:g}…{high:g} {unit}</translation>
    </message>
    <message>
        <source>{key}: {number:g} is outside {low:g}…{high:g}</source>
        <translation>{key}: {number:g} está fuera de {low:g}…{high:g}</translation>
    </message>
    <message>
        <source>{key}: expected a number, got {kind}</source>
        <translation>{key}: se esperaba un número, se encontró {kind}</translation>
    </message>
    <message>
        <source>{key}: the number is out of range</source>
        <translation>{key}: el número está fuera del rango representable</translation>
    </message>
    <message>
        <source>{key}: {value} is not a finite number</source>
        <translation>{key}: {value} no es un número finito</translation>
    </message>
    <message>
        <source>{key}: expected an object, got {kind}</source>
        <translation>{key}: se esperaba un objeto, se encontró {kind}</translation>
    </message>
    <message>
        <source>the file: expected an object, got {kind}</source>
        <translation>el archivo: se esperaba un objeto, se encontró {kind}</translation>
    </message>
    <message>
        <source>format: expected {expected!r}, got {found!r}</source>
        <translation>format: se esperaba {expected!r}, se encontró {found!r}</translation>
    </message>
    <message>
        <source>version: this program reads {files} of version {version}; the file has {found!r}</source>
        <translation>version: este programa lee {files} de la versión {version}; el archivo tiene {found!r}</translation>
    </message>
    <message>
        <source>{key}: {value!r} is not one of {choices}</source>
        <translation>{key}: {value!r} no es ninguno de {choices}</translation>
    </message>
    <message>
        <source>{key}: unknown parameter</source>
        <translation>{key}: parámetro desconocido</translation>
    </message>
    <message>
        <source>{key}: unknown muscle id</source>
        <translation>{key}: identificador de músculo desconocido</translation>
    </message>
    <message>
        <source>{key}: unknown fascial link (links: {links})</source>
        <translation>{key}: enlace fascial desconocido (enlaces: {links})</translation>
    </message>
    <message>
        <source>{key}: expected {expected}, got {kind}</source>
        <translation>{key}: se esperaba {expected}, se encontró {kind}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{title} (changed)</source>
        <translation>{title} (modificado)</translation>
    </message>
</context>
<context>
    <name>Settler</name>
    <message>
        <source>Settle switched off: the scenario sets its own pelvic tilt.</source>
        <translation>Equilibrado desactivado: el escenario fija su propia inclinación pélvica.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Abrir un escenario</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Guardar el escenario</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Mayús+S</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z / Ctrl+Y</source>
        <translation>Ctrl+Mayús+Z / Ctrl+Y</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the diagram (PNG, SVG, PDF, CSV)</source>
        <translation>Exportar el diagrama (PNG, SVG, PDF, CSV)</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy the diagram as an image (paste into slides)</source>
        <translation>Copiar el diagrama como imagen (pegar en diapositivas)</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+= / Ctrl+-</source>
        <translation>Ctrl++ / Ctrl+= / Ctrl+-</translation>
    </message>
    <message>
        <source>Zoom the model in / out (or the wheel or a pinch, about the pointer)</source>
        <translation>Ampliar / reducir el modelo (o la rueda o el gesto de pellizco, en torno al puntero)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit: show the whole model again</source>
        <translation>Ajustar: volver a mostrar el modelo entero</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Latin names (Terminologia Anatomica) in labels and cards on/off</source>
        <translation>Nombres latinos (Terminologia Anatomica) en etiquetas y fichas: activar/desactivar</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Presentation mode on/off</source>
        <translation>Modo presentación sí/no</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard only (every mouse action has a key)</source>
        <translation>Solo con el teclado (cada acción del ratón tiene una tecla)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>Next / previous control: the model, the charts, the controls, Undo, Reset all</source>
        <translation>Control siguiente / anterior: el modelo, las gráficas, los controles, Deshacer, Restablecer todo</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Mayús+Tab</translation>
    </message>
    <message>
        <source>Next / previous tab of the panel with the focus (or ← → on a tab bar)</source>
        <translation>Pestaña siguiente / anterior del panel con el foco (o ← → en una barra de pestañas)</translation>
    </message>
    <message>
        <source>Alt+F, Alt+E, Alt+V, Alt+H</source>
        <translation>Alt+A, Alt+E, Alt+V, Alt+U</translation>
    </message>
    <message>
        <source>The File, Edit, View and Help menus (Help → Anatomy index: every card)</source>
        <translation>Los menús Archivo, Edición, Ver y Ayuda (Ayuda → Índice anatómico: todas las fichas)</translation>
    </message>
    <message>
        <source>← → ↑ ↓ on the model</source>
        <translation>← → ↑ ↓ sobre el modelo</translation>
    </message>
    <message>
        <source>Tilt the pelvis 1° (Shift: 0.1°), as dragging it does</source>
        <translation>Inclinar la pelvis 1° (Mayús: 0,1°), como al arrastrarla</translation>
    </message>
    <message>
        <source>Page Up / Page Down on the model</source>
        <translation>RePág / AvPág sobre el modelo</translation>
    </message>
    <message>
        <source>Tilt the pelvis 5°</source>
        <translation>Inclinar la pelvis 5°</translation>
    </message>
    <message>
        <source>+ / − / 0 on the model</source>
        <translation>+ / − / 0 sobre el modelo</translation>
    </message>
    <message>
        <source>Zoom in / out / show the whole model, as the wheel does</source>
        <translation>Ampliar / reducir / mostrar el modelo entero, como con la rueda</translation>
    </message>
    <message>
        <source>← → on a slider</source>
        <translation>← → sobre un control deslizante</translation>
    </message>
    <message>
        <source>1° (muscles: 1 %); Page Up / Page Down 5° (10 %); type a value in its box</source>
        <translation>1° (músculos: 1 %); RePág / AvPág 5° (10 %); escribir un valor en su casilla</translation>
    </message>
    <message>
        <source>Space on a check box or button</source>
        <translation>Espacio sobre una casilla o un botón</translation>
    </message>
    <message>
        <source>Switch it or press it</source>
        <translation>Activarlo o pulsarlo</translation>
    </message>
    <message>
        <source>Enter or Space on a claim</source>
        <translation>Intro o Espacio sobre una afirmación</translation>
    </message>
    <message>
        <source>Set up its scenario and show the verdict</source>
        <translation>Preparar su escenario y mostrar el veredicto</translation>
    </message>
    <message>
        <source>Presentation mode (and presentation clickers)</source>
        <translation>Modo presentación (y mandos de presentación)</translation>
    </message>
    <message>
        <source>Page Down, →, ↓, Space</source>
        <translation>AvPág, →, ↓, Espacio</translation>
    </message>
    <message>
        <source>Next preset / lesson step</source>
        <translation>Siguiente postura predefinida / paso de la lección</translation>
    </message>
    <message>
        <source>Page Up, ←, ↑, Backspace</source>
        <translation>RePág, ←, ↑, Retroceso</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Inicio / Fin</translation>
    </message>
    <message>
        <source>First / last step</source>
        <translation>Primer / último paso</translation>
    </message>
    <message>
        <source>B or . (period)</source>
        <translation>B o . (punto)</translation>
    </message>
    <message>
        <source>Blank the screen (again to show it)</source>
        <translation>Poner la pantalla en negro (otra vez para mostrarla)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Sweep pelvic tilt posterior → anterior → back, tracing the psoas plot</source>
        <translation>Barrer la inclinación pélvica posterior → anterior → vuelta, trazando la gráfica del psoas</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Predict with the class: a question beside the model, a show of hands, then Page Down moves the model and reveals its answer; Q again returns to the steps</source>
        <translation>Predecir con la clase: una pregunta junto al modelo, votación a mano alzada; después AvPág mueve el modelo y revela su respuesta; Q otra vez vuelve a los pasos</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Projector / screen colours</source>
        <translation>Colores de proyector / pantalla</translation>
    </message>
    <message>
        <source>F11 or Esc</source>
        <translation>F11 o Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 o ?</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SpeakerNotes</name>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>(no notes for this step)</source>
        <translation>(sin notas para este paso)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Lesson step</source>
        <translation>Paso de la lección</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Predict question</source>
        <translation>Pregunta de predicción</translation>
    </message>
    <message>
        <source>Asked in presentation mode before the step: the class answers, Page Down reveals the model&apos;s answer</source>
        <translation>Se plantea en el modo presentación antes del paso: la clase responde y AvPág revela la respuesta del modelo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
</context>
<context>
    <name>TiltPlot</name>
    <message>
        <source>Psoas major length vs pelvic tilt</source>
        <translation>Longitud del psoas mayor e inclinación pélvica</translation>
    </message>
    <message>
        <source>Psoas major length against pelvic tilt (plot)</source>
        <translation>Longitud del psoas mayor según la inclinación pélvica (gráfica)</translation>
    </message>
    <message>
        <source>pelvic tilt (°)   − posterior … anterior +</source>
        <translation>inclinación pélvica (°) − posterior … anterior +</translation>
    </message>
    <message>
        <source>psoas length (mm)</source>
        <translation>longitud del psoas (mm)</translation>
    </message>
    <message>
        <source>posterior tilt</source>
        <translation>retroversión</translation>
    </message>
    <message>
        <source>anterior tilt</source>
        <translation>anteversión</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>rígida</translation>
    </message>
    <message>
        <source>upright</source>
        <translation>erguida</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>spine: {mode}</source>
        <translation>columna: {mode}</translation>
    </message>
    <message>
        <source>spine {mode}: {low:.1f} mm at {low_tilt:+.0f}°, {high:.1f} mm at {high_tilt:+.0f}°</source>
        <translation>columna {mode}: {low:.1f} mm a {low_tilt:+.0f}°, {high:.1f} mm a {high_tilt:+.0f}°</translation>
    </message>
    <message>
        <source>Pelvic tilt from {first:+.0f}° to {last:+.0f}°; {curves}. Now {length:.1f} mm at {tilt:+.1f}°. Clicking the plot sets the tilt.</source>
        <translation>Inclinación pélvica de {first:+.0f}° a {last:+.0f}°; {curves}. Ahora {length:.1f} mm a {tilt:+.1f}°. Un clic en la gráfica fija la inclinación.</translation>
    </message>
</context>
<context>
    <name>WindowAccessibility</name>
    <message>
        <source>Model: pelvis, lumbar spine and femur seen from the right</source>
        <translation>Modelo: pelvis, columna lumbar y fémur vistos desde la derecha</translation>
    </message>
    <message>
        <source>Left and right arrows tilt the pelvis by 1 degree (Shift: 0.1), Page Up and Page Down by 5; plus and minus zoom, 0 shows the whole model.</source>
        <translation>Las flechas izquierda y derecha inclinan la pelvis 1 grado (Mayús: 0,1), Re Pág y Av Pág 5 grados; más y menos amplían o reducen, 0 muestra el modelo entero.</translation>
    </message>
    <message>
        <source>Model views</source>
        <translation>Vistas del modelo</translation>
    </message>
    <message>
        <source>The model, and postures compared side by side</source>
        <translation>El modelo y posturas comparadas lado a lado</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramas</translation>
    </message>
    <message>
        <source>Every muscle&apos;s length change, or the moments tilting the pelvis</source>
        <translation>El cambio de longitud de cada músculo o los momentos que inclinan la pelvis</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Posture, muscles, claims, the model in words and predictions</source>
        <translation>Postura, músculos, afirmaciones, el modelo en palabras y predicciones</translation>
    </message>
    <message>
        <source>{name} tabs</source>
        <translation>Pestañas: {name}</translation>
    </message>
    <message>
        <source>Left and right arrows change the tab; Ctrl+Tab from inside</source>
        <translation>Las flechas izquierda y derecha cambian de pestaña; Ctrl+Tab desde dentro</translation>
    </message>
    <message>
        <source>Scroll the tabs left</source>
        <translation>Desplazar las pestañas a la izquierda</translation>
    </message>
    <message>
        <source>Scroll the tabs right</source>
        <translation>Desplazar las pestañas a la derecha</translation>
    </message>
    <message>
        <source>Shows the tabs that do not fit beside the others</source>
        <translation>Muestra las pestañas que no caben junto a las demás</translation>
    </message>
    <message>
        <source>The model drawn to scale: drag the pelvis, or use the arrow keys</source>
        <translation>El modelo a escala: arrastra la pelvis o usa las teclas de flecha</translation>
    </message>
    <message>
        <source>Postures overlaid, with the psoas lengths compared</source>
        <translation>Posturas superpuestas, con las longitudes del psoas mayor comparadas</translation>
    </message>
    <message>
        <source>Every muscle&apos;s length change from neutral standing</source>
        <translation>El cambio de longitud de cada músculo desde la bipedestación neutra</translation>
    </message>
    <message>
        <source>The moments tilting the pelvis: muscles, trunk weight, passive joints</source>
        <translation>Los momentos que inclinan la pelvis: músculos, peso del tronco, estructuras articulares pasivas</translation>
    </message>
    <message>
        <source>Muscle tension and tightness, fascial pulls, Settle the pelvis</source>
        <translation>Tensión y acortamiento muscular, tracciones fasciales, Equilibrar la pelvis</translation>
    </message>
    <message>
        <source>Popular claims about the psoas, tested on the model</source>
        <translation>Afirmaciones populares sobre el psoas, comprobadas en el modelo</translation>
    </message>
    <message>
        <source>The model in words: posture, psoas, neighbouring muscles and angles</source>
        <translation>El modelo en palabras: postura, psoas, músculos vecinos y ángulos</translation>
    </message>
    <message>
        <source>Posture controls</source>
        <translation>Controles de postura</translation>
    </message>
    <message>
        <source>Prediction questions</source>
        <translation>Preguntas de predicción</translation>
    </message>
    <message>
        <source>Scroll: {name}</source>
        <translation>Desplazar: {name}</translation>
    </message>
    <message>
        <source>Scroll sideways: {name}</source>
        <translation>Desplazar lateralmente: {name}</translation>
    </message>
    <message>
        <source>Tab to a control also scrolls it into sight</source>
        <translation>Tab hacia un control también lo desplaza a la vista</translation>
    </message>
    <message>
        <source>Compare postures</source>
        <translation>Comparar posturas</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no permitido junto con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
</context>
</TS>
