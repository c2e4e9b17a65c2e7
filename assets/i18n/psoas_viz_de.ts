<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>psoas-viz {version} (MIT licence)</source>
        <translation>psoas-viz {version} (MIT-Lizenz)</translation>
    </message>
    <message>
        <source>About psoas-viz</source>
        <translation>Über psoas-viz</translation>
    </message>
    <message>
        <source>&amp;About psoas-viz</source>
        <translation>Ü&amp;ber psoas-viz</translation>
    </message>
</context>
<context>
    <name>Anatomy</name>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path}: expected format {format!r} version {version}, got {found!r} version {found_version!r}</source>
        <translation>{path}: erwartet wird das Format {format!r} in Version {version}, gefunden: {found!r} in Version {found_version!r}</translation>
    </message>
    <message>
        <source>{id}: kind must be &apos;muscle&apos; or &apos;bone&apos;, not {kind!r}</source>
        <translation>{id}: kind muss &apos;muscle&apos; oder &apos;bone&apos; sein, nicht {kind!r}</translation>
    </message>
    <message>
        <source>{id}: empty or missing {fields}</source>
        <translation>{id}: leer oder fehlend: {fields}</translation>
    </message>
    <message>
        <source>{id}: source must name entries of &apos;sources&apos; (unknown: {keys})</source>
        <translation>{id}: source muss Einträge von &apos;sources&apos; nennen (unbekannt: {keys})</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>model muscle {id!r} has no entry</source>
        <translation>Modellmuskel {id!r} hat keinen Eintrag</translation>
    </message>
    <message>
        <source>model muscle {id!r} is described as a {kind}</source>
        <translation>Modellmuskel {id!r} ist als {kind} beschrieben</translation>
    </message>
    <message>
        <source>bone {id!r} has no entry</source>
        <translation>Knochen {id!r} hat keinen Eintrag</translation>
    </message>
</context>
<context>
    <name>AnatomyCards</name>
    <message>
        <source>Anatomy card</source>
        <translation>Anatomiekarte</translation>
    </message>
    <message>
        <source>&amp;Anatomy index…</source>
        <translation>&amp;Anatomie-Verzeichnis …</translation>
    </message>
</context>
<context>
    <name>AnatomyIndex</name>
    <message>
        <source>Anatomy index</source>
        <translation>Anatomie-Verzeichnis</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Bones</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <source>Muscles and bones</source>
        <translation>Muskeln und Knochen</translation>
    </message>
    <message>
        <source>Up and down arrows choose a structure; its card shows beside the list</source>
        <translation>Pfeiltasten auf und ab wählen eine Struktur; ihre Karte erscheint neben der Liste</translation>
    </message>
</context>
<context>
    <name>Animation</name>
    <message>
        <source>MP4 needs the ffmpeg bundled with the imageio-ffmpeg package, which is not installed (pip install &apos;psoas-viz[mp4]&apos;); GIF and WebP work without it</source>
        <translation>MP4 braucht das ffmpeg aus dem Paket imageio-ffmpeg, das nicht installiert ist (pip install &apos;psoas-viz[mp4]&apos;); GIF und WebP gehen ohne</translation>
    </message>
    <message>
        <source>{name}: an animation is written as .gif, .webp or .mp4, not {suffix!r}</source>
        <translation>{name}: eine Animation wird als .gif, .webp oder .mp4 geschrieben, nicht {suffix!r}</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>ohne Endung</translation>
    </message>
    <message>
        <source>{fps!r} is not a whole number of frames per second in {low}…{high}</source>
        <translation>{fps!r} ist keine ganze Zahl von Bildern pro Sekunde in {low}…{high}</translation>
    </message>
    <message>
        <source>a GIF plays at most {most} frames per second (its delays are in hundredths of a second); use .webp or .mp4 for {fps}</source>
        <translation>ein GIF spielt höchstens {most} Bilder pro Sekunde ab (seine Pausen sind in Hundertstelsekunden); für {fps} .webp oder .mp4 verwenden</translation>
    </message>
    <message>
        <source>{seconds!r} is outside {low:g}…{high:g}</source>
        <translation>{seconds!r} liegt außerhalb von {low:g}…{high:g}</translation>
    </message>
    <message>
        <source>{width!r} is not a whole number of pixels in {low}…{high}</source>
        <translation>{width!r} ist keine ganze Zahl von Pixeln in {low}…{high}</translation>
    </message>
    <message>
        <source>Pelvic tilt sweep {low:+g}° … {high:+g}°</source>
        <translation>Durchlauf der Beckenkippung {low:+g}° … {high:+g}°</translation>
    </message>
    <message>
        <source>Pelvic tilt sweep {low:+g}° … {high:+g}° — other settings as in “{base}”</source>
        <translation>Durchlauf der Beckenkippung {low:+g}° … {high:+g}° – übrige Einstellungen wie in „{base}“</translation>
    </message>
    <message>
        <source>Transition: {first} → {second}</source>
        <translation>Übergang: {first} → {second}</translation>
    </message>
    <message>
        <source>a GIF of {count} frames of {width} x {height} px needs {gigabytes:.1f} GB of memory to write: use fewer seconds, frames per second or pixels, or .webp or .mp4</source>
        <translation>ein GIF aus {count} Bildern zu {width} x {height} px braucht zum Schreiben {gigabytes:.1f} GB Arbeitsspeicher: weniger Sekunden, Bilder pro Sekunde oder Pixel wählen oder .webp bzw. .mp4 verwenden</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Pelvic tilt sweep, there and back</source>
        <translation>Durchlauf der Beckenkippung, hin und zurück</translation>
    </message>
    <message>
        <source>From neutral standing to the current view</source>
        <translation>Vom neutralen Stand zur aktuellen Ansicht</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Sweep from tilt</source>
        <translation>Durchlauf von Kippung</translation>
    </message>
    <message>
        <source>to tilt</source>
        <translation>bis Kippung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>GIF (slides, web pages)</source>
        <translation>GIF (Folien, Webseiten)</translation>
    </message>
    <message>
        <source>WebP (smaller, sharp)</source>
        <translation>WebP (kleiner, scharf)</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4-Video</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Export animation to</source>
        <translation>Animation exportieren nach</translation>
    </message>
    <message>
        <source>{format} animation (*.{suffix})</source>
        <translation>{format}-Animation (*.{suffix})</translation>
    </message>
</context>
<context>
    <name>AnimationExport</name>
    <message>
        <source>Export &amp;animation…</source>
        <translation>&amp;Animation exportieren …</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: ist ein Ordner; einen Dateinamen angeben</translation>
    </message>
    <message>
        <source>the sweep needs two different tilts</source>
        <translation>der Durchlauf braucht zwei verschiedene Kippungen</translation>
    </message>
    <message>
        <source>Neutral standing</source>
        <translation>Neutraler Stand</translation>
    </message>
    <message>
        <source>Cannot export the animation</source>
        <translation>Animation kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>Drawing the frames of {name}…</source>
        <translation>Die Bilder von {name} werden gezeichnet …</translation>
    </message>
    <message>
        <source>Animation export cancelled; no file was changed</source>
        <translation>Export der Animation abgebrochen; keine Datei wurde geändert</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>change → model → views → repaint, median</source>
        <translation>Änderung → Modell → Ansichten → Neuzeichnen, Median</translation>
    </message>
    <message>
        <source>change → model → views → repaint, p95</source>
        <translation>Änderung → Modell → Ansichten → Neuzeichnen, P95</translation>
    </message>
    <message>
        <source>the full-quality frame after a change (labels, AA), median</source>
        <translation>das Bild in voller Qualität nach einer Änderung (Beschriftungen, Kantenglättung), Median</translation>
    </message>
    <message>
        <source>the full-quality frame after a change (labels, AA), p95</source>
        <translation>das Bild in voller Qualität nach einer Änderung (Beschriftungen, Kantenglättung), P95</translation>
    </message>
    <message>
        <source>model evaluation, one posture</source>
        <translation>Modellberechnung, eine Haltung</translation>
    </message>
    <message>
        <source>vectorised sweep, 10,000 tilts</source>
        <translation>vektorisierter Durchlauf, 10.000 Kippwinkel</translation>
    </message>
    <message>
        <source>settle (balance), upright spine, no fascial pull</source>
        <translation>Einpendeln (Gleichgewicht), aufrechte Wirbelsäule, ohne Faszienzug</translation>
    </message>
    <message>
        <source>start to first painted window</source>
        <translation>Start bis zum ersten gezeichneten Fenster</translation>
    </message>
    <message>
        <source>peak memory of the window process</source>
        <translation>Spitzenspeicher des Fensterprozesses</translation>
    </message>
    <message>
        <source>export 3840-px PNG</source>
        <translation>Export PNG mit 3840 px</translation>
    </message>
    <message>
        <source>export SVG</source>
        <translation>Export SVG</translation>
    </message>
    <message>
        <source>export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>what</source>
        <translation>was</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <source>Sweep cost per pose, all muscles with moment arms (µs at postures): {per_pose}; 100,000-posture sweep peak {peak:.0f} MB (target &lt; 300)</source>
        <translation>Kosten des Durchlaufs je Haltung, alle Muskeln mit Hebelarmen (µs bei Haltungen): {per_pose}; Spitzenspeicher beim Durchlauf über 100.000 Haltungen {peak:.0f} MB (Ziel &lt; 300)</translation>
    </message>
    <message>
        <source>Exports: render + atomic write of the window&apos;s state, median of 3. Repaint = state.set_values(pelvic_tilt) during a drag, then play-area repaint() (the scene rebuilt and painted quickly, labels where they were); antialiased = the frame painted 100 ms after a single change, timed alone (labels placed, antialiased); first paint = fastest of two fresh `psoas_viz gui --screenshot` processes.</source>
        <translation>Exporte: Zeichnen + atomares Schreiben des Fensterzustands, Median aus 3. Neuzeichnen = state.set_values(pelvic_tilt) während eines Ziehens, dann repaint() der Modellfläche (Szene neu aufgebaut und schnell gezeichnet, Beschriftungen, wo sie waren); geglättet = das Bild, das 100 ms nach einer einzelnen Änderung gezeichnet wird, allein gemessen (Beschriftungen platziert, Kantenglättung); erstes Bild = schnellster von zwei frischen `psoas_viz gui --screenshot`-Prozessen.</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>Anatomy card</source>
        <translation>Anatomiekarte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Anatomy card — {name}</source>
        <translation>Anatomiekarte — {name}</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>abdominals</source>
        <translation>Bauchmuskeln</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>hip extensors</source>
        <translation>Hüftstrecker</translation>
    </message>
    <message>
        <source>adductors</source>
        <translation>Adduktoren</translation>
    </message>
    <message>
        <source>no anatomy entry</source>
        <translation>kein Anatomie-Eintrag</translation>
    </message>
    <message>
        <source>bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Knochenpunkte</translation>
    </message>
    <message>
        <source>Muscles attached</source>
        <translation>Ansetzende Muskeln</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Beckenkippung</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Fascicle from the &lt;b&gt;{origin}&lt;/b&gt;: {now:.1f} mm, &lt;b&gt;{change:+.1f} mm ({percent:+.1f} %)&lt;/b&gt; since standing</source>
        <translation>Faszikel vom Ursprung &lt;b&gt;{origin}&lt;/b&gt;: {now:.1f} mm, &lt;b&gt;{change:+.1f} mm ({percent:+.1f} %)&lt;/b&gt; gegenüber dem Stand</translation>
    </message>
    <message>
        <source> (+{count} more)</source>
        <translation> (+{count} weitere)</translation>
    </message>
    <message>
        <source>flexes hip / tilts pelvis anteriorly</source>
        <translation>beugt die Hüfte / kippt das Becken nach anterior</translation>
    </message>
    <message>
        <source>extends hip / tilts pelvis posteriorly</source>
        <translation>streckt die Hüfte / kippt das Becken nach posterior</translation>
    </message>
    <message>
        <source>Hip moment arm &lt;b&gt;{arm:+.1f} mm&lt;/b&gt;: {action}</source>
        <translation>Hebelarm an der Hüfte &lt;b&gt;{arm:+.1f} mm&lt;/b&gt;: {action}</translation>
    </message>
    <message>
        <source>Does not cross the hip</source>
        <translation>Überquert das Hüftgelenk nicht</translation>
    </message>
    <message>
        <source>Length &lt;b&gt;{length:.1f} mm&lt;/b&gt;&lt;br&gt;Change &lt;b&gt;{change:+.1f} mm ({percent:+.1f} %)&lt;/b&gt;</source>
        <translation>Länge &lt;b&gt;{length:.1f} mm&lt;/b&gt;&lt;br&gt;Änderung &lt;b&gt;{change:+.1f} mm ({percent:+.1f} %)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Innervation</translation>
    </message>
    <message>
        <source>Anatomy: {anatomy_source}&lt;br&gt;Path: {count} fascicle(s); source: {model_source}</source>
        <translation>Anatomie: {anatomy_source}&lt;br&gt;Verlauf: {count} Faszikel; Quelle: {model_source}</translation>
    </message>
</context>
<context>
    <name>ChangeBars</name>
    <message>
        <source>Length change from neutral, %</source>
        <translation>Längenänderung gegenüber neutral, %</translation>
    </message>
    <message>
        <source>Length change of every muscle from neutral (bar chart)</source>
        <translation>Längenänderung jedes Muskels gegenüber neutral (Balkendiagramm)</translation>
    </message>
    <message>
        <source>neutral:
no change yet —
tilt the pelvis</source>
        <translation>neutral:
noch keine
Änderung —
Becken kippen</translation>
    </message>
    <message>
        <source>Longest first: {muscles}</source>
        <translation>Längster zuerst: {muscles}</translation>
    </message>
</context>
<context>
    <name>ClaimDetail</name>
    <message>
        <source>&lt;b&gt;Why.&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Warum.&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Caveat (2-D model): {text}</source>
        <translation>Einschränkung (2-D-Modell): {text}</translation>
    </message>
    <message>
        <source>▶ Show: {posture}</source>
        <translation>▶ Zeigen: {posture}</translation>
    </message>
    <message>
        <source>Sets this posture of the claim in the model</source>
        <translation>Stellt diese Haltung der Behauptung im Modell ein</translation>
    </message>
    <message>
        <source>The scenarios (overlaid in the Compare tab):</source>
        <translation>Die Szenarien (im Reiter Vergleich überlagert):</translation>
    </message>
    <message>
        <source>The scenario:</source>
        <translation>Das Szenario:</translation>
    </message>
    <message>
        <source>{name}: anatomy card…</source>
        <translation>{name}: Anatomiekarte …</translation>
    </message>
    <message>
        <source>Origin, insertion, actions, nerve, effect on pelvic tilt, sources</source>
        <translation>Ursprung, Ansatz, Funktion, Innervation, Wirkung auf die Beckenkippung, Quellen</translation>
    </message>
    <message>
        <source>Structures involved (highlighted in the model):</source>
        <translation>Beteiligte Strukturen (im Modell hervorgehoben):</translation>
    </message>
</context>
<context>
    <name>ClaimRow</name>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>Claim: {text}</source>
        <translation>Behauptung: {text}</translation>
    </message>
    <message>
        <source>Enter or Space sets up its scenario and shows the model&apos;s verdict</source>
        <translation>Eingabe oder Leertaste stellt das Szenario ein und zeigt das Urteil des Modells</translation>
    </message>
    <message>
        <source>Claim: {text} — {verdict}</source>
        <translation>Behauptung: {text} — {verdict}</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>standing upright</source>
        <translation>im aufrechten Stand</translation>
    </message>
    <message>
        <source>with a rigid trunk</source>
        <translation>bei starrem Rumpf</translation>
    </message>
    <message>
        <source>{tilt:+g}° tilt, upright spine</source>
        <translation>{tilt:+g}° Kippung, Wirbelsäule aufrecht</translation>
    </message>
    <message>
        <source>{tilt:+g}° tilt, locked spine</source>
        <translation>{tilt:+g}° Kippung, Wirbelsäule starr</translation>
    </message>
    <message>
        <source>upright spine, relaxed</source>
        <translation>Wirbelsäule aufrecht, entspannt</translation>
    </message>
    <message>
        <source>locked spine, relaxed</source>
        <translation>Wirbelsäule starr, entspannt</translation>
    </message>
    <message>
        <source>upright spine, tight {muscle}</source>
        <translation>Wirbelsäule aufrecht, {muscle} verkürzt</translation>
    </message>
    <message>
        <source>locked spine, tight {muscle}</source>
        <translation>Wirbelsäule starr, {muscle} verkürzt</translation>
    </message>
    <message>
        <source>with a upright (rigid) trunk there is no stable balance and the unstable one moves {shift:+.1f}°</source>
        <translation>bei aufrechter Wirbelsäule gibt es kein stabiles Gleichgewicht, und das instabile verschiebt sich um {shift:+.1f}°</translation>
    </message>
    <message>
        <source>with a locked (rigid) trunk there is no stable balance and the unstable one moves {shift:+.1f}°</source>
        <translation>bei starrem Rumpf gibt es kein stabiles Gleichgewicht, und das instabile verschiebt sich um {shift:+.1f}°</translation>
    </message>
    <message>
        <source>with the upright spine no balance is found</source>
        <translation>bei aufrechter Wirbelsäule findet sich kein Gleichgewicht</translation>
    </message>
    <message>
        <source>with the locked spine no balance is found</source>
        <translation>bei starrer Wirbelsäule findet sich kein Gleichgewicht</translation>
    </message>
    <message>
        <source>anteriorly</source>
        <translation>nach anterior</translation>
    </message>
    <message>
        <source>posteriorly</source>
        <translation>nach posterior</translation>
    </message>
    <message>
        <source>SUPPORTED</source>
        <translation>GESTÜTZT</translation>
    </message>
    <message>
        <source>CONTRADICTED</source>
        <translation>WIDERLEGT</translation>
    </message>
    <message>
        <source>what the lumbar spine does (spine mode)</source>
        <translation>dem, was die Lendenwirbelsäule tut (Wirbelsäulenmodus)</translation>
    </message>
    <message>
        <source>At {tilt:+g}° of tilt the {muscle} changes by {upright_mm:+.1f} mm standing upright and {locked_mm:+.1f} mm with a rigid trunk.</source>
        <translation>Bei {tilt:+g}° Kippung ändert sich der {muscle} um {upright_mm:+.1f} mm im aufrechten Stand und um {locked_mm:+.1f} mm bei starrem Rumpf.</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>Neutralstellung</translation>
    </message>
    <message>
        <source>{mode_words} the settled tilt moves {shift:+.1f}° ({relaxed:+.1f}° → {tight:+.1f}°)</source>
        <translation>{mode_words} verschiebt sich die eingependelte Kippung um {shift:+.1f}° ({relaxed:+.1f}° → {tight:+.1f}°)</translation>
    </message>
    <message>
        <source>{shift:+.1f}° with {name}&apos;s {force:g} N</source>
        <translation>{shift:+.1f}° mit den {force:g} N von {name}</translation>
    </message>
    <message>
        <source>what the lumbar spine does or the force source</source>
        <translation>dem, was die Lendenwirbelsäule tut, oder der Quelle der Kräfte</translation>
    </message>
    <message>
        <source>; standing upright {others}</source>
        <translation>; im aufrechten Stand {others}</translation>
    </message>
    <message>
        <source>Shortening its resting length by {millimetres:g} mm: {parts}{sources} (for scale: maximal voluntary tilts from standing are {forward:+g}° and {back:+g}°, Levine &amp; Whittle 1996).</source>
        <translation>Ruhelänge um {millimetres:g} mm verkürzt: {parts}{sources} (zum Vergleich: Die maximalen willkürlichen Kippungen aus dem Stand betragen {forward:+g}° und {back:+g}°, Levine &amp; Whittle 1996).</translation>
    </message>
    <message>
        <source>As a posture: in {posture} the {muscle} is {size_mm:.1f} mm ({size_percent:.1f} %) {direction} than in neutral standing.</source>
        <translation>Als Haltung: In der Haltung „{posture}“ ist der {muscle} {size_mm:.1f} mm ({size_percent:.1f} %) {direction} als im neutralen Stand.</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>länger</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>kürzer</translation>
    </message>
    <message>
        <source>the claim is about the muscle adapting to hours of sitting; the model computes lengths in a posture, not adaptation</source>
        <translation>die Behauptung betrifft die Anpassung des Muskels an stundenlanges Sitzen; das Modell berechnet Längen in einer Haltung, keine Anpassung</translation>
    </message>
    <message>
        <source>shortened</source>
        <translation>verkürzt</translation>
    </message>
    <message>
        <source>lengthened</source>
        <translation>verlängert</translation>
    </message>
    <message>
        <source>As a posture: in {posture} the most {word} is the {winner} ({winner_percent:+.1f} %); the {muscle} changes {muscle_percent:+.1f} %.</source>
        <translation>Als Haltung: In der Haltung „{posture}“ ist am stärksten {word}: {winner} ({winner_percent:+.1f} %); {muscle} ändert sich um {muscle_percent:+.1f} %.</translation>
    </message>
    <message>
        <source>mechanism possible (the pull tautens the psoas in an unchanged posture); its size is not known from data: no one has measured these pulls</source>
        <translation>Mechanismus möglich (der Zug strafft den Psoas in unveränderter Haltung); seine Größe ist aus Daten nicht bekannt: Niemand hat diese Züge gemessen</translation>
    </message>
    <message>
        <source>A {pull:g} N pull of the {link} raises the relaxed psoas&apos;s tension at the hip {tension_without:.0f} → {tension_with:.0f} N and changes its path {length_without:.1f} → {length_with:.1f} mm in an unchanged posture.</source>
        <translation>Ein Zug von {pull:g} N – {link} – erhöht die Spannung des entspannten Psoas an der Hüfte {tension_without:.0f} → {tension_with:.0f} N und ändert seinen Verlauf {length_without:.1f} → {length_with:.1f} mm, bei unveränderter Haltung.</translation>
    </message>
    <message>
        <source>neutral standing</source>
        <translation>neutraler Stand</translation>
    </message>
    <message>
        <source> ({low:.0f}–{high:.0f} % across force sources)</source>
        <translation> ({low:.0f}–{high:.0f} % je nach Quelle der Kräfte)</translation>
    </message>
    <message>
        <source>{posture}: {share:.0f} %{spread}</source>
        <translation>{posture}: {share:.0f} %{spread}</translation>
    </message>
    <message>
        <source>which published muscle forces are used</source>
        <translation>den verwendeten publizierten Muskelkräften</translation>
    </message>
    <message>
        <source>the posture</source>
        <translation>der Haltung</translation>
    </message>
    <message>
        <source>Iliopsoas share of the hip flexors&apos; moment capacity (what they could do, not what they do) — {parts}.</source>
        <translation>Anteil des Iliopsoas an der Momentkapazität der Hüftbeuger (was sie leisten könnten, nicht was sie leisten) — {parts}.</translation>
    </message>
    <message>
        <source>held by the psoas</source>
        <translation>vom Psoas gehalten</translation>
    </message>
    <message>
        <source>psoas released</source>
        <translation>Psoas gelöst</translation>
    </message>
    <message>
        <source>a pelvis the psoas actually holds</source>
        <translation>einem Becken, das der Psoas tatsächlich hält</translation>
    </message>
    <message>
        <source>With these settings the psoas does not hold the pelvis in balance.</source>
        <translation>Mit diesen Einstellungen hält der Psoas das Becken nicht im Gleichgewicht.</translation>
    </message>
    <message>
        <source>Held at {held:+.1f}°; released, no stable balance remains and the pelvis falls {direction}.</source>
        <translation>Gehalten bei {held:+.1f}°; gelöst bleibt kein stabiles Gleichgewicht, und das Becken kippt {direction}.</translation>
    </message>
    <message>
        <source>stability against a nudge comes from the short-range stiffness of active muscle and from reflexes, which the model does not compute per muscle; it shows only where the pelvis settles and the static stiffness there</source>
        <translation>die Stabilität gegen einen Anstoß kommt von der Kurzbereichssteifigkeit aktiver Muskeln und von Reflexen, die das Modell nicht Muskel für Muskel berechnet; es zeigt nur, wo sich das Becken einstellt, und die statische Steifigkeit dort</translation>
    </message>
    <message>
        <source>Held at {held:+.1f}° with a static stiffness of {held_stiffness:.2f} N m/°; released it settles at {released:+.1f}° with {released_stiffness:.2f} N m/°.</source>
        <translation>Gehalten bei {held:+.1f}° mit einer statischen Steifigkeit von {held_stiffness:.2f} N m/°; gelöst stellt es sich bei {released:+.1f}° ein, mit {released_stiffness:.2f} N m/°.</translation>
    </message>
    <message>
        <source>NOT TESTABLE HERE ({why})</source>
        <translation>HIER NICHT PRÜFBAR ({why})</translation>
    </message>
    <message>
        <source>DEPENDS on {what}</source>
        <translation>ABHÄNGIG von {what}</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>SUPPORTED</source>
        <translation>BESTÄTIGT</translation>
    </message>
    <message>
        <source>CONTRADICTED</source>
        <translation>WIDERLEGT</translation>
    </message>
    <message>
        <source>DEPENDS ON</source>
        <translation>HÄNGT AB VON</translation>
    </message>
    <message>
        <source>NOT TESTABLE HERE:</source>
        <translation>HIER NICHT PRÜFBAR:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>{muscle}: change</source>
        <translation>{muscle}: Änderung</translation>
    </message>
    <message>
        <source>Change, upright spine</source>
        <translation>Änderung, Wirbelsäule aufrecht</translation>
    </message>
    <message>
        <source>Change, locked spine</source>
        <translation>Änderung, Wirbelsäule starr</translation>
    </message>
    <message>
        <source>Settled tilt, upright spine, relaxed</source>
        <translation>Eingependelte Kippung, aufrecht, entspannt</translation>
    </message>
    <message>
        <source>Settled tilt, upright spine, tight</source>
        <translation>Eingependelte Kippung, aufrecht, verkürzt</translation>
    </message>
    <message>
        <source>Settled tilt, locked spine, relaxed</source>
        <translation>Eingependelte Kippung, starr, entspannt</translation>
    </message>
    <message>
        <source>Settled tilt, locked spine, tight</source>
        <translation>Eingependelte Kippung, starr, verkürzt</translation>
    </message>
    <message>
        <source>Shift, upright spine</source>
        <translation>Verschiebung, Wirbelsäule aufrecht</translation>
    </message>
    <message>
        <source>Shift, upright spine, with gait2392 forces</source>
        <translation>Verschiebung, aufrecht, mit gait2392-Kräften</translation>
    </message>
    <message>
        <source>Shift, locked spine</source>
        <translation>Verschiebung, Wirbelsäule starr</translation>
    </message>
    <message>
        <source>Tightness</source>
        <translation>Verkürzung</translation>
    </message>
    <message>
        <source>Sit-up: {muscle} capacity</source>
        <translation>Sit-up: Kapazität {muscle}</translation>
    </message>
    <message>
        <source>Sit-up: iliopsoas share</source>
        <translation>Sit-up: Anteil des Iliopsoas</translation>
    </message>
    <message>
        <source>Sit-up: iliopsoas share, gait2392 forces</source>
        <translation>Sit-up: Anteil des Iliopsoas, gait2392-Kräfte</translation>
    </message>
    <message>
        <source>Hanging leg raise: {muscle} capacity</source>
        <translation>Beinheben im Hang: Kapazität {muscle}</translation>
    </message>
    <message>
        <source>Hanging leg raise: iliopsoas share</source>
        <translation>Beinheben im Hang: Anteil des Iliopsoas</translation>
    </message>
    <message>
        <source>Hanging leg raise: iliopsoas share, gait2392 forces</source>
        <translation>Beinheben im Hang: Anteil des Iliopsoas, gait2392-Kräfte</translation>
    </message>
    <message>
        <source>Held: balanced</source>
        <translation>Gehalten: im Gleichgewicht</translation>
    </message>
    <message>
        <source>Held: on a range limit</source>
        <translation>Gehalten: an einer Bewegungsgrenze</translation>
    </message>
    <message>
        <source>Held: stiffness</source>
        <translation>Gehalten: Steifigkeit</translation>
    </message>
    <message>
        <source>Held: tilt</source>
        <translation>Gehalten: Kippung</translation>
    </message>
    <message>
        <source>Released: balanced</source>
        <translation>Gelöst: im Gleichgewicht</translation>
    </message>
    <message>
        <source>Released: on a range limit</source>
        <translation>Gelöst: an einer Bewegungsgrenze</translation>
    </message>
    <message>
        <source>Released: stiffness</source>
        <translation>Gelöst: Steifigkeit</translation>
    </message>
    <message>
        <source>Released: tilt</source>
        <translation>Gelöst: Kippung</translation>
    </message>
    <message>
        <source>Psoas path with the pull</source>
        <translation>Psoasverlauf mit Zug</translation>
    </message>
    <message>
        <source>Psoas path without the pull</source>
        <translation>Psoasverlauf ohne Zug</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>Tension with the pull</source>
        <translation>Spannung mit Zug</translation>
    </message>
    <message>
        <source>Tension without the pull</source>
        <translation>Spannung ohne Zug</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Popular claims, tested on the model. Choose one to set up its scenario. They are tested on the person in the window: its pelvis shape (PI), muscle tone and fascial pulls — Relax all in the Muscles tab gives the standard answers.</source>
        <translation>Verbreitete Behauptungen, am Modell geprüft. Eine auswählen, um ihr Szenario einzustellen. Geprüft wird an der Person im Fenster: ihrer Beckenform (PI), ihrem Muskeltonus und ihren Faszienzügen — „Alle entspannen“ im Reiter Muskeln ergibt die Standardantworten.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>Muscles:</source>
        <translation>Muskeln:</translation>
    </message>
    <message>
        <source>length change from neutral standing, same pelvis shape</source>
        <translation>Längenänderung gegenüber dem neutralen Stand, gleiche Beckenform</translation>
    </message>
    <message>
        <source>Muscle colour legend</source>
        <translation>Farblegende der Muskeln</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2166ac&apos;&gt;shorter −{span:g} %&lt;/b&gt; (dashed)</source>
        <translation>&lt;b style=&apos;color:#2166ac&apos;&gt;kürzer −{span:g} %&lt;/b&gt; (gestrichelt)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b34d00&apos;&gt;+{span:g} % longer&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b34d00&apos;&gt;+{span:g} % länger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Blue and dashed: shorter than in neutral standing (full blue at −{span:g} % and more); grey: unchanged; orange: longer (full orange at +{span:g} %); the scale fits the largest change shown</source>
        <translation>Blau und gestrichelt: kürzer als im neutralen Stand (volles Blau ab −{span:g} %); grau: unverändert; orange: länger (volles Orange ab +{span:g} %); die Skala passt sich der größten gezeigten Änderung an</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>locked spine</source>
        <translation>starre Wirbelsäule</translation>
    </message>
    <message>
        <source>upright spine</source>
        <translation>aufrechte Wirbelsäule</translation>
    </message>
    <message>
        <source>manual spine</source>
        <translation>manuelle Wirbelsäule</translation>
    </message>
    <message>
        <source>muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Balanced at pelvic tilt {tilt:+.2f}° ({spine}): the tilt moments below cancel</source>
        <translation>Gleichgewicht bei Beckenkippung {tilt:+.2f}° ({spine}): die Kippmomente unten heben sich auf</translation>
    </message>
    <message>
        <source>held by a range-limit wall (passive joint curves)</source>
        <translation>von einer Bewegungsgrenze gehalten (passive Gelenkkurven)</translation>
    </message>
    <message>
        <source>not on a range-limit wall</source>
        <translation>nicht an einer Bewegungsgrenze</translation>
    </message>
    <message>
        <source>Spinopelvic PT {pt:.1f}°, SS {ss:.1f}°, LL {ll:.1f}°; stiffness {stiffness:.2f} N m/°; {wall}</source>
        <translation>Spinopelvin PT {pt:.1f}°, SS {ss:.1f}°, LL {ll:.1f}°; Steifigkeit {stiffness:.2f} N m/°; {wall}</translation>
    </message>
    <message>
        <source>No stable balance between −30° and +30° ({spine}): from {tilt:+.1f}° the pelvis falls anteriorly (net {net:+.1f} N m).</source>
        <translation>Kein stabiles Gleichgewicht zwischen −30° und +30° ({spine}): von {tilt:+.1f}° aus kippt das Becken nach anterior (netto {net:+.1f} N m).</translation>
    </message>
    <message>
        <source>No stable balance between −30° and +30° ({spine}): from {tilt:+.1f}° the pelvis falls posteriorly (net {net:+.1f} N m).</source>
        <translation>Kein stabiles Gleichgewicht zwischen −30° und +30° ({spine}): von {tilt:+.1f}° aus kippt das Becken nach posterior (netto {net:+.1f} N m).</translation>
    </message>
    <message>
        <source>Muscles that could hold it: {muscles}</source>
        <translation>Muskeln, die es halten könnten: {muscles}</translation>
    </message>
    <message>
        <source>Another stable balance lies at {tilts} (settle starts from the posture&apos;s own tilt: set pelvic_tilt near it to reach it).</source>
        <translation>Ein weiteres stabiles Gleichgewicht liegt bei {tilts} (settle beginnt bei der Kippung der Haltung: pelvic_tilt in seine Nähe setzen, um es zu erreichen).</translation>
    </message>
    <message>
        <source>Moments also cancel at {tilts}, but a nudge grows there (an inverted pendulum).</source>
        <translation>Die Momente heben sich auch bei {tilts} auf, doch dort wächst ein kleiner Anstoß (ein umgekehrtes Pendel).</translation>
    </message>
    <message>
        <source>Fascial pulls ({pulls}): psoas path {before:.1f} → {after:.1f} mm; tension of the pulled psoas fascicles {tension_before:.1f} → {tension_after:.1f} N</source>
        <translation>Faszienzüge ({pulls}): Verlauf des Psoas {before:.1f} → {after:.1f} mm; Spannung der gezogenen Psoasfaszikel {tension_before:.1f} → {tension_after:.1f} N</translation>
    </message>
    <message>
        <source>Tilt moments (N m, + anterior): {moments}</source>
        <translation>Kippmomente (N m, + anterior): {moments}</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {length:7.1f} mm {force:8.1f} N  tilt {moment:+6.2f} N m</source>
        <translation>  {id:&lt;22} {length:7.1f} mm {force:8.1f} N  Kippung {moment:+6.2f} N m</translation>
    </message>
    <message>
        <source>--step: {step:g} must be greater than zero</source>
        <translation>--step: {step:g} muss größer als null sein</translation>
    </message>
    <message>
        <source>--stop {stop:g} is below --start {start:g}</source>
        <translation>--stop {stop:g} liegt unter --start {start:g}</translation>
    </message>
    <message>
        <source>the sweep would have {count} rows; at most {most}</source>
        <translation>der Durchlauf hätte {count} Zeilen; höchstens {most}</translation>
    </message>
    <message>
        <source>--param: unknown parameter {name!r} (sweepable: {names})</source>
        <translation>--param: unbekannter Parameter {name!r} (durchlaufbar: {names})</translation>
    </message>
    <message>
        <source>lumbar_lordosis acts only with the manual spine (the {mode} spine sets the lordosis itself): add --spine manual</source>
        <translation>lumbar_lordosis wirkt nur bei manueller Wirbelsäule (die Wirbelsäule {mode} stellt die Lordose selbst ein): --spine manual angeben</translation>
    </message>
    <message>
        <source>--set {name}: that is the swept parameter</source>
        <translation>--set {name}: das ist der durchlaufene Parameter</translation>
    </message>
    <message>
        <source>{upper}–{lower}</source>
        <translation>{upper}/{lower}</translation>
    </message>
    <message>
        <source>Posture parameters:</source>
        <translation>Haltungsparameter:</translation>
    </message>
    <message>
        <source>  {name:&lt;18} one of {choices} (default {default})</source>
        <translation>  {name:&lt;18} eines von {choices} (Vorgabe {default})</translation>
    </message>
    <message>
        <source>  {name:&lt;18} {unit:&lt;4} default {default:&lt;6g} range {span:&lt;9} {description}</source>
        <translation>  {name:&lt;18} {unit:&lt;4} Vorgabe {default:&lt;6g} Bereich {span:&lt;9} {description}</translation>
    </message>
    <message>
        <source>Muscles:</source>
        <translation>Muskeln:</translation>
    </message>
    <message>
        <source>no modelled joint</source>
        <translation>kein modelliertes Gelenk</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {name} ({count} fascicle; crosses {crosses}; {force:g} N, fibres {fibres:g} mm, tendon {tendon:g} mm)</source>
        <translation>  {id:&lt;22} {name} ({count} Faszikel; überquert {crosses}; {force:g} N, Fasern {fibres:g} mm, Sehne {tendon:g} mm)</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {name} ({count} fascicles; crosses {crosses}; {force:g} N, fibres {fibres:g} mm, tendon {tendon:g} mm)</source>
        <translation>  {id:&lt;22} {name} ({count} Faszikel; überquert {crosses}; {force:g} N, Fasern {fibres:g} mm, Sehne {tendon:g} mm)</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {name} ({count} fascicle; crosses {crosses}; no force data)</source>
        <translation>  {id:&lt;22} {name} ({count} Faszikel; überquert {crosses}; keine Kraftdaten)</translation>
    </message>
    <message>
        <source>  {id:&lt;22} {name} ({count} fascicles; crosses {crosses}; no force data)</source>
        <translation>  {id:&lt;22} {name} ({count} Faszikel; überquert {crosses}; keine Kraftdaten)</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Voreinstellungen:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>{claim}
  {verdict}: {summary}
  Caveat: {caveat}</source>
        <translation>{claim}
  {verdict}: {summary}
  Einschränkung: {caveat}</translation>
    </message>
    <message>
        <source>a posture parameter, &lt;muscle_id&gt;.activation / &lt;muscle_id&gt;.tightness (0…1), or &lt;fascial_link&gt;.pull (N)</source>
        <translation>ein Haltungsparameter, &lt;muskel_id&gt;.activation / &lt;muskel_id&gt;.tightness (0…1) oder &lt;faszienzug&gt;.pull (N)</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>the region framed (default: whole)</source>
        <translation>der gezeigte Ausschnitt (Vorgabe: whole)</translation>
    </message>
    <message>
        <source>Sagittal pelvis–spine–femur model: how the psoas lengthens or shortens under anterior and posterior pelvic tilt.</source>
        <translation>Sagittales Modell von Becken, Wirbelsäule und Femur: wie sich der M. psoas major bei Beckenkippung nach anterior und posterior verlängert oder verkürzt.</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>Versionsnummer des Programms zeigen und beenden</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>language of diagrams and messages: en, de or es (default: LC_ALL, LC_MESSAGES or LANG; English otherwise)</source>
        <translation>Sprache der Diagramme und Meldungen: en, de oder es (Vorgabe: LC_ALL, LC_MESSAGES oder LANG; sonst Englisch)</translation>
    </message>
    <message>
        <source>print one row per value of a posture parameter</source>
        <translation>eine Zeile je Wert eines Haltungsparameters ausgeben</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the posture parameter swept (psoas-viz info lists them)</source>
        <translation>der durchlaufene Haltungsparameter (psoas-viz info listet sie auf)</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>its first value</source>
        <translation>sein erster Wert</translation>
    </message>
    <message>
        <source>its last value (included when the steps reach it)</source>
        <translation>sein letzter Wert (enthalten, wenn die Schritte ihn erreichen)</translation>
    </message>
    <message>
        <source>the step between rows (greater than zero)</source>
        <translation>der Schritt zwischen den Zeilen (größer als null)</translation>
    </message>
    <message>
        <source>the spine mode (default: the scenario&apos;s, else upright)</source>
        <translation>der Wirbelsäulenmodus (Vorgabe: der des Szenarios, sonst upright)</translation>
    </message>
    <message>
        <source>a posture parameter held while sweeping (repeatable)</source>
        <translation>ein Haltungsparameter, der beim Durchlauf fest bleibt (wiederholbar)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>start from this scenario file</source>
        <translation>von dieser Szenariodatei ausgehen</translation>
    </message>
    <message>
        <source>the table&apos;s format (default: csv)</source>
        <translation>Format der Tabelle (Vorgabe: csv)</translation>
    </message>
    <message>
        <source>the pelvic tilt at which muscle, weight and passive moments balance</source>
        <translation>die Beckenkippung, bei der sich Muskel-, Gewichts- und passive Momente ausgleichen</translation>
    </message>
    <message>
        <source>the output&apos;s format (default: text; json and markdown in English)</source>
        <translation>Format der Ausgabe (Vorgabe: text; json und markdown auf Englisch)</translation>
    </message>
    <message>
        <source>popular claims about the psoas, put to the model</source>
        <translation>verbreitete Behauptungen über den Psoas, am Modell geprüft</translation>
    </message>
    <message>
        <source>parameters, muscles, presets and sources</source>
        <translation>Parameter, Muskeln, Voreinstellungen und Quellen</translation>
    </message>
    <message>
        <source>the output&apos;s format (default: text; json in English)</source>
        <translation>Format der Ausgabe (Vorgabe: text; json auf Englisch)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>das Fenster öffnen (die Vorgabe)</translation>
    </message>
    <message>
        <source>open this scenario file</source>
        <translation>diese Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <source>save a picture of the window and close it</source>
        <translation>ein Bild des Fensters speichern und es schließen</translation>
    </message>
    <message>
        <source>write the diagram (PNG, SVG, PDF) or its numbers (CSV) without a window</source>
        <translation>das Diagramm (PNG, SVG, PDF) oder seine Zahlen (CSV) ohne Fenster schreiben</translation>
    </message>
    <message>
        <source>a built-in posture (psoas-viz info lists them)</source>
        <translation>eine mitgelieferte Haltung (psoas-viz info listet sie auf)</translation>
    </message>
    <message>
        <source>a scenario file</source>
        <translation>eine Szenariodatei</translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation>DATEI|NAME</translation>
    </message>
    <message>
        <source>a lesson file or a built-in lesson&apos;s name: a hand-out PDF, one page per step</source>
        <translation>eine Lektionsdatei oder der Name einer mitgelieferten Lektion: ein Handout als PDF, eine Seite je Schritt</translation>
    </message>
    <message>
        <source>FILE.{png,svg,pdf,csv,gif,webp,mp4}</source>
        <translation>DATEI.{png,svg,pdf,csv,gif,webp,mp4}</translation>
    </message>
    <message>
        <source>the file written; its ending chooses the format</source>
        <translation>die geschriebene Datei; ihre Endung wählt das Format</translation>
    </message>
    <message>
        <source>PNG width in pixels (1…7680; default 1920)</source>
        <translation>Breite des PNG in Pixeln (1…7680; Vorgabe 1920)</translation>
    </message>
    <message>
        <source>PNG resolution for an 8-inch-wide print (instead of --width)</source>
        <translation>Auflösung des PNG für einen 8 Zoll breiten Druck (statt --width)</translation>
    </message>
    <message>
        <source>colours for a screen or, with thicker lines, a projector (default: screen)</source>
        <translation>Farben für einen Bildschirm oder, mit dickeren Linien, einen Beamer (Vorgabe: screen)</translation>
    </message>
    <message>
        <source>the model view only, without the psoas plot</source>
        <translation>nur die Modellansicht, ohne das Psoas-Diagramm</translation>
    </message>
    <message>
        <source>labels give the Terminologia Anatomica (Latin) name under the vernacular one</source>
        <translation>Beschriftungen nennen unter dem deutschen Namen den Namen der Terminologia Anatomica (Latein)</translation>
    </message>
    <message>
        <source>an animated tilt sweep (--out FILE.gif, .webp or .mp4) instead of a still</source>
        <translation>ein animierter Kippungsdurchlauf (--out DATEI.gif, .webp oder .mp4) statt eines Standbilds</translation>
    </message>
    <message>
        <source>with --animate: the transition to this preset</source>
        <translation>mit --animate: der Übergang zu dieser Voreinstellung</translation>
    </message>
    <message>
        <source>with --animate: the transition to this scenario</source>
        <translation>mit --animate: der Übergang zu diesem Szenario</translation>
    </message>
    <message>
        <source>DEG</source>
        <translation>GRAD</translation>
    </message>
    <message>
        <source>with --animate: first pelvic tilt (default: model minimum)</source>
        <translation>mit --animate: erste Beckenkippung (Vorgabe: Minimum des Modells)</translation>
    </message>
    <message>
        <source>with --animate: turning pelvic tilt (default: model maximum)</source>
        <translation>mit --animate: Beckenkippung am Wendepunkt (Vorgabe: Maximum des Modells)</translation>
    </message>
    <message>
        <source>with --animate: length of one loop (0.5…60; default 3)</source>
        <translation>mit --animate: Dauer eines Durchgangs in Sekunden (0,5…60; Vorgabe 3)</translation>
    </message>
    <message>
        <source>with --animate: frames per second (1…60, GIF 1…50; default 25)</source>
        <translation>mit --animate: Bilder pro Sekunde (1…60, GIF 1…50; Vorgabe 25)</translation>
    </message>
    <message>
        <source>print the diagram as a scene: structures, shapes and labels in pixels</source>
        <translation>das Diagramm als Szene ausgeben: Strukturen, Formen und Beschriftungen in Pixeln</translation>
    </message>
    <message>
        <source>scene width in pixels (100…7680; default 900)</source>
        <translation>Breite der Szene in Pixeln (100…7680; Vorgabe 900)</translation>
    </message>
    <message>
        <source>scene height in pixels (100…7680; default 1000)</source>
        <translation>Höhe der Szene in Pixeln (100…7680; Vorgabe 1000)</translation>
    </message>
    <message>
        <source>the output&apos;s format (JSON, pixels, y downwards)</source>
        <translation>Format der Ausgabe (JSON, Pixel, y nach unten)</translation>
    </message>
    <message>
        <source>measure repaint latency, model speed, start-up, exports and memory</source>
        <translation>Neuzeichnen, Modellgeschwindigkeit, Start, Exporte und Speicher messen</translation>
    </message>
    <message>
        <source>the measurements as JSON</source>
        <translation>die Messwerte als JSON</translation>
    </message>
    <message>
        <source>--width: {text!r} must be a whole number of pixels from 1 to 7680</source>
        <translation>--width: {text!r} muss eine ganze Zahl von Pixeln von 1 bis 7680 sein</translation>
    </message>
    <message>
        <source>{option} does not apply to a lesson hand-out</source>
        <translation>{option} gilt nicht für ein Lektions-Handout</translation>
    </message>
    <message>
        <source>--out {path}: cannot be written ({reason})</source>
        <translation>--out {path}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>{option} applies to --animate exports only</source>
        <translation>{option} gilt nur für Exporte mit --animate</translation>
    </message>
    <message>
        <source>--width and --dpi: give one or the other</source>
        <translation>--width und --dpi: nur eines von beiden angeben</translation>
    </message>
    <message>
        <source>--dpi: {text!r} must be from 1 to 960 (the PNG is 8 inches wide)</source>
        <translation>--dpi: {text!r} muss zwischen 1 und 960 liegen (das PNG ist 8 Zoll breit)</translation>
    </message>
    <message>
        <source>--out {path}: the file name must end in .png, .svg, .pdf or .csv</source>
        <translation>--out {path}: der Dateiname muss auf .png, .svg, .pdf oder .csv enden</translation>
    </message>
    <message>
        <source>--width and --dpi apply to PNG exports only</source>
        <translation>--width und --dpi gelten nur für PNG-Exporte</translation>
    </message>
    <message>
        <source>--out {path}: a lesson hand-out is a PDF; the file name must end in .pdf</source>
        <translation>--out {path}: ein Lektions-Handout ist ein PDF; der Dateiname muss auf .pdf enden</translation>
    </message>
    <message>
        <source>--dpi applies to PNG exports only; give --width for an animation</source>
        <translation>--dpi gilt nur für PNG-Exporte; für eine Animation --width angeben</translation>
    </message>
    <message>
        <source>--from-tilt and --to-tilt make a sweep; a transition (--to-preset or --to-scenario) takes neither</source>
        <translation>--from-tilt und --to-tilt ergeben einen Durchlauf; ein Übergang (--to-preset oder --to-scenario) nimmt keines von beiden</translation>
    </message>
    <message>
        <source>{option}: {value:g}° is outside the model&apos;s pelvic tilt range {low:g}…{high:g}°</source>
        <translation>{option}: {value:g}° liegt außerhalb des Beckenkippungsbereichs des Modells {low:g}…{high:g}°</translation>
    </message>
    <message>
        <source>--from-tilt and --to-tilt: the same tilt makes no sweep</source>
        <translation>--from-tilt und --to-tilt: dieselbe Kippung ergibt keinen Durchlauf</translation>
    </message>
    <message>
        <source>--out {path}: the folder does not exist or the name is a folder</source>
        <translation>--out {path}: der Ordner existiert nicht oder der Name ist ein Ordner</translation>
    </message>
    <message>
        <source>{what}: {text!r} must be a whole number of pixels from 100 to 7680</source>
        <translation>{what}: {text!r} muss eine ganze Zahl von Pixeln von 100 bis 7680 sein</translation>
    </message>
    <message>
        <source>{what}: {text!r} is not a number</source>
        <translation>{what}: {text!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{what}: {text!r} is not a finite number</source>
        <translation>{what}: {text!r} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>--set {pair!r}: expected NAME=VALUE</source>
        <translation>--set {pair!r}: NAME=WERT erwartet</translation>
    </message>
    <message>
        <source>--set {name}: a fascial link takes .pull (newtons)</source>
        <translation>--set {name}: ein Faszienzug nimmt .pull (Newton)</translation>
    </message>
    <message>
        <source>--set {name}: {force:g} N is outside 0…{most:g} N</source>
        <translation>--set {name}: {force:g} N liegt außerhalb von 0…{most:g} N</translation>
    </message>
    <message>
        <source>--set {name}: unknown muscle or fascial link {muscle!r} (muscles: {muscles}; fascial links: {links})</source>
        <translation>--set {name}: unbekannter Muskel oder Faszienzug {muscle!r} (Muskeln: {muscles}; Faszienzüge: {links})</translation>
    </message>
    <message>
        <source>--set {name}: a muscle takes .activation or .tightness</source>
        <translation>--set {name}: ein Muskel nimmt .activation oder .tightness</translation>
    </message>
    <message>
        <source>--set {name}: {value:g} is outside 0…1</source>
        <translation>--set {name}: {value:g} liegt außerhalb von 0…1</translation>
    </message>
    <message>
        <source>psoas-viz cannot start</source>
        <translation>psoas-viz kann nicht starten</translation>
    </message>
    <message>
        <source>--screenshot {path}: the file name must end in .png</source>
        <translation>--screenshot {path}: der Dateiname muss auf .png enden</translation>
    </message>
    <message>
        <source>--screenshot {path}: cannot write there ({reason})</source>
        <translation>--screenshot {path}: dort kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>no display (DISPLAY is not set); use --screenshot FILE.png or set QT_QPA_PLATFORM=offscreen</source>
        <translation>kein Bildschirm (DISPLAY ist nicht gesetzt); --screenshot DATEI.png verwenden oder QT_QPA_PLATFORM=offscreen setzen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare −10° / +10°</source>
        <translation>Vergleich −10° / +10°</translation>
    </message>
    <message>
        <source>Compare: claim</source>
        <translation>Vergleich: Behauptung</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Locked (trunk tilts with pelvis)</source>
        <translation>Starr (Rumpf kippt mit dem Becken)</translation>
    </message>
    <message>
        <source>Upright (lordosis compensates)</source>
        <translation>Aufrecht (Lordose gleicht aus)</translation>
    </message>
    <message>
        <source>Manual (lordosis slider)</source>
        <translation>Manuell (Lordose-Regler)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <source>Names of the bones and muscles in the model</source>
        <translation>Namen der Knochen und Muskeln im Modell</translation>
    </message>
    <message>
        <source>Neutral ghost</source>
        <translation>Neutraler Schatten</translation>
    </message>
    <message>
        <source>Neutral standing drawn in grey behind the model</source>
        <translation>Der neutrale Stand grau hinter dem Modell gezeichnet</translation>
    </message>
    <message>
        <source>Locked + upright curves</source>
        <translation>Kurven starr + aufrecht</translation>
    </message>
    <message>
        <source>The length plot shows both spine modes</source>
        <translation>Das Längendiagramm zeigt beide Wirbelsäulenmodi</translation>
    </message>
    <message>
        <source>Latin names</source>
        <translation>Lateinische Namen</translation>
    </message>
    <message>
        <source>Labels and anatomy cards give the Terminologia Anatomica name beside the vernacular one (Ctrl+L)</source>
        <translation>Beschriftungen und Anatomiekarten nennen neben dem deutschen Namen den Namen der Terminologia Anatomica (Strg+L)</translation>
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
        <translation>Grad</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Sets every posture value of a named posture (undoable)</source>
        <translation>Stellt alle Werte einer benannten Haltung ein (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Spine mode</source>
        <translation>Wirbelsäulenmodus</translation>
    </message>
    <message>
        <source>How the lumbar spine follows the pelvis: locked (the trunk tilts with it), upright (the lordosis compensates) or manual</source>
        <translation>Wie die Lendenwirbelsäule dem Becken folgt: starr (der Rumpf kippt mit), aufrecht (die Lordose gleicht aus) oder manuell</translation>
    </message>
    <message>
        <source>Back to neutral standing (undoable)</source>
        <translation>Zurück zum neutralen Stand (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <source>Back to neutral standing and every view option (undoable)</source>
        <translation>Zurück zum neutralen Stand und zu allen Anzeigeoptionen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Die letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Die rückgängig gemachte Änderung wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Voreinstellung wählen …</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reset
all</source>
        <translation>Alles
zurück</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>data file missing: {path} (reinstall psoas-viz)</source>
        <translation>Datendatei fehlt: {path} (psoas-viz neu installieren)</translation>
    </message>
    <message>
        <source>data file unreadable: {path} ({reason})</source>
        <translation>Datendatei nicht lesbar: {path} ({reason})</translation>
    </message>
    <message>
        <source>data file damaged: {path} ({reason}; reinstall psoas-viz)</source>
        <translation>Datendatei beschädigt: {path} ({reason}; psoas-viz neu installieren)</translation>
    </message>
    <message>
        <source>data file damaged: {path} (not a {expected} file; reinstall psoas-viz)</source>
        <translation>Datendatei beschädigt: {path} (keine Datei im Format {expected}; psoas-viz neu installieren)</translation>
    </message>
    <message>
        <source>{path}: not a bones outline file ({reason})</source>
        <translation>{path}: keine Datei mit Knochenumrissen ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot read the bone outlines ({reason})</source>
        <translation>{path}: die Knochenumrisse können nicht gelesen werden ({reason})</translation>
    </message>
</context>
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
        <source>{muscle} {length} millimetres, {change} millimetres shorter than in standing.</source>
        <translation>{muscle} {length} Millimeter, {change} Millimeter kürzer als im Stand.</translation>
    </message>
    <message>
        <source>{muscle} {length} millimetres, {change} millimetres longer than in standing.</source>
        <translation>{muscle} {length} Millimeter, {change} Millimeter länger als im Stand.</translation>
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
<context>
    <name>DescribePanel</name>
    <message>
        <source>Description of the model</source>
        <translation>Beschreibung des Modells</translation>
    </message>
    <message>
        <source>The posture, the psoas, its neighbours and the spinopelvic angles in words; it follows every change</source>
        <translation>Haltung, Psoas, Nachbarmuskeln und spinopelvine Winkel in Worten; folgt jeder Änderung</translation>
    </message>
    <message>
        <source>The model in words: posture, psoas, neighbouring muscles and angles</source>
        <translation>Das Modell in Worten: Haltung, Psoas, Nachbarmuskeln und Winkel</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Psoas major length</source>
        <translation>Länge des M. psoas major</translation>
    </message>
    <message>
        <source>posterior tilt −10°</source>
        <translation>Beckenaufrichtung −10°</translation>
    </message>
    <message>
        <source>anterior tilt +10°</source>
        <translation>Beckenkippung nach vorn +10°</translation>
    </message>
    <message>
        <source>{second} against {first}:</source>
        <translation>{second} gegenüber {first}:</translation>
    </message>
    <message>
        <source>Psoas length gauges</source>
        <translation>Längenanzeigen des M. psoas major</translation>
    </message>
    <message>
        <source>{level} vertebra</source>
        <translation>Wirbel {level}</translation>
    </message>
    <message>
        <source>Lower rib cage</source>
        <translation>Unterer Brustkorb</translation>
    </message>
    <message>
        <source>Tibia</source>
        <translation>Schienbein (Tibia)</translation>
    </message>
    <message>
        <source>Femur</source>
        <translation>Oberschenkelknochen</translation>
    </message>
    <message>
        <source>Pelvis (hip bone)</source>
        <translation>Becken (Hüftbein)</translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation>Kreuzbein</translation>
    </message>
    <message>
        <source>{muscle}: {force:.0f} N, line of pull</source>
        <translation>{muscle}: {force:.0f} N, Zuglinie</translation>
    </message>
    <message>
        <source>LL {ll:.1f}° · ASIS–PSIS {asis_psis:.1f}° · tilt {tilt:+.1f}°</source>
        <translation>LL {ll:.1f}° · SIAS–SIPS {asis_psis:.1f}° · Kippung {tilt:+.1f}°</translation>
    </message>
    <message>
        <source>Psoas length gauge</source>
        <translation>Längenanzeige des M. psoas major</translation>
    </message>
    <message>
        <source>standing: {length:.1f} mm</source>
        <translation>im Stand: {length:.1f} mm</translation>
    </message>
    <message>
        <source>Psoas major</source>
        <translation>M. psoas major</translation>
    </message>
    <message>
        <source>Iliacus</source>
        <translation>M. iliacus</translation>
    </message>
    <message>
        <source>ASIS</source>
        <translation>SIAS</translation>
    </message>
    <message>
        <source>PSIS</source>
        <translation>SIPS</translation>
    </message>
    <message>
        <source>12th rib</source>
        <translation>12. Rippe</translation>
    </message>
    <message>
        <source>Pubic symphysis</source>
        <translation>Schambeinfuge</translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation>Darmbeinkamm</translation>
    </message>
    <message>
        <source>AIIS</source>
        <translation>SIAI</translation>
    </message>
    <message>
        <source>Sacral promontory</source>
        <translation>Promontorium</translation>
    </message>
    <message>
        <source>Ischial tuberosity</source>
        <translation>Sitzbeinhöcker</translation>
    </message>
    <message>
        <source>Hip joint (acetabulum)</source>
        <translation>Hüftgelenk (Acetabulum)</translation>
    </message>
    <message>
        <source>Greater trochanter</source>
        <translation>Trochanter major</translation>
    </message>
    <message>
        <source>Lesser trochanter</source>
        <translation>Trochanter minor</translation>
    </message>
    <message>
        <source>shorter −{span:g} %</source>
        <translation>kürzer −{span:g} %</translation>
    </message>
    <message>
        <source>+{span:g} % longer</source>
        <translation>+{span:g} % länger</translation>
    </message>
    <message>
        <source>Muscle length vs neutral standing:</source>
        <translation>Muskellänge gegenüber dem neutralen Stand:</translation>
    </message>
    <message>
        <source>dashed = shorter</source>
        <translation>gestrichelt = kürzer</translation>
    </message>
    <message>
        <source>solid = longer</source>
        <translation>durchgezogen = länger</translation>
    </message>
    <message>
        <source>Psoas major length vs pelvic tilt</source>
        <translation>Länge des M. psoas major und Beckenkippung</translation>
    </message>
    <message>
        <source>◀ posterior tilt</source>
        <translation>◀ nach posterior</translation>
    </message>
    <message>
        <source>anterior tilt ▶</source>
        <translation>nach anterior ▶</translation>
    </message>
    <message>
        <source>pelvic tilt (°)</source>
        <translation>Beckenkippung (°)</translation>
    </message>
    <message>
        <source>psoas length (mm)</source>
        <translation>Psoaslänge (mm)</translation>
    </message>
    <message>
        <source>Psoas major length under pelvic tilt</source>
        <translation>Länge des M. psoas major bei Beckenkippung</translation>
    </message>
    <message>
        <source>Neutral pelvic tilt (0°)</source>
        <translation>Neutrale Beckenstellung (0°)</translation>
    </message>
    <message>
        <source>{tilt:.1f}° anterior pelvic tilt</source>
        <translation>{tilt:.1f}° Beckenkippung nach vorn (anterior)</translation>
    </message>
    <message>
        <source>{tilt:.1f}° posterior pelvic tilt</source>
        <translation>{tilt:.1f}° Beckenaufrichtung (posterior)</translation>
    </message>
    <message>
        <source>upright spine</source>
        <translation>aufrechte Wirbelsäule</translation>
    </message>
    <message>
        <source>locked spine</source>
        <translation>starre Wirbelsäule</translation>
    </message>
    <message>
        <source>lordosis set by hand</source>
        <translation>Lordose von Hand eingestellt</translation>
    </message>
    <message>
        <source>the same as</source>
        <translation>gleich lang wie</translation>
    </message>
    <message>
        <source>longer than</source>
        <translation>länger als</translation>
    </message>
    <message>
        <source>shorter than</source>
        <translation>kürzer als</translation>
    </message>
    <message>
        <source>{posture}, thigh {thigh:g}°, knee {knee:g}°, {spine} (lumbar lordosis {lordosis:.1f}°): psoas major {length:.1f} mm, {change:+.1f} mm ({percent:+.1f} %) — {how} in neutral standing with the same pelvis.</source>
        <translation>{posture}, Oberschenkel {thigh:g}°, Knie {knee:g}°, {spine} (Lendenlordose {lordosis:.1f}°): M. psoas major {length:.1f} mm, {change:+.1f} mm ({percent:+.1f} %) — {how} im neutralen Stand mit demselben Becken.</translation>
    </message>
    <message>
        <source>Spine mode</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>Pelvic incidence PI (measured)</source>
        <translation>Beckeninzidenz PI (gemessen)</translation>
    </message>
    <message>
        <source>Spinopelvic tilt PT</source>
        <translation>Spinopelvine Beckenkippung PT</translation>
    </message>
    <message>
        <source>Sacral slope SS</source>
        <translation>Sakrale Neigung SS</translation>
    </message>
    <message>
        <source>Lumbar lordosis LL</source>
        <translation>Lendenlordose LL</translation>
    </message>
    <message>
        <source>Psoas change vs neutral standing</source>
        <translation>Psoas-Änderung gegenüber dem neutralen Stand</translation>
    </message>
    <message>
        <source>Psoas hip moment arm</source>
        <translation>Hebelarm des Psoas an der Hüfte</translation>
    </message>
    <message>
        <source>{v:+.1f} mm (+ flexes the hip)</source>
        <translation>{v:+.1f} mm (+ beugt die Hüfte)</translation>
    </message>
    <message>
        <source>{muscle}: activation / tightness</source>
        <translation>{muscle}: Aktivierung / Verkürzung</translation>
    </message>
    <message>
        <source>{activation:.2f} / {mm:g} mm shorter resting length</source>
        <translation>{activation:.2f} / Ruhelänge {mm:g} mm kürzer</translation>
    </message>
    <message>
        <source>{link}: pull</source>
        <translation>{link}: Zug</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt; ({spine}, thigh {thigh:g}°, knee {knee:g}°): in anterior tilt the psoas major is &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) longer&lt;/b&gt; than in posterior tilt.</source>
        <translation>&lt;b&gt;Vergleich&lt;/b&gt; ({spine}, Oberschenkel {thigh:g}°, Knie {knee:g}°): bei Beckenkippung nach vorn ist der M. psoas major &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) länger&lt;/b&gt; als bei Beckenaufrichtung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt; ({spine}, thigh {thigh:g}°, knee {knee:g}°): in anterior tilt the psoas major is &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) shorter&lt;/b&gt; than in posterior tilt.</source>
        <translation>&lt;b&gt;Vergleich&lt;/b&gt; ({spine}, Oberschenkel {thigh:g}°, Knie {knee:g}°): bei Beckenkippung nach vorn ist der M. psoas major &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) kürzer&lt;/b&gt; als bei Beckenaufrichtung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{second}&lt;/b&gt;: the psoas major is &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) longer&lt;/b&gt; than in &lt;b&gt;{first}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{second}&lt;/b&gt;: der M. psoas major ist &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) länger&lt;/b&gt; als in &lt;b&gt;{first}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{second}&lt;/b&gt;: the psoas major is &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) shorter&lt;/b&gt; than in &lt;b&gt;{first}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{second}&lt;/b&gt;: der M. psoas major ist &lt;b&gt;{mm:.1f} mm ({percent:.1f} %) kürzer&lt;/b&gt; als in &lt;b&gt;{first}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>psoas &lt;b&gt;{length:.1f} mm&lt;/b&gt; ({change:+.1f} mm, {percent:+.1f} % from neutral standing)</source>
        <translation>Psoas &lt;b&gt;{length:.1f} mm&lt;/b&gt; ({change:+.1f} mm, {percent:+.1f} % gegenüber dem neutralen Stand)</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>durchgezogen</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>gestrichelt</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>gepunktet</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>strichpunktiert</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>unknown theme {name!r} (themes: {themes})</source>
        <translation>unbekanntes Farbschema {name!r} (Farbschemata: {themes})</translation>
    </message>
    <message>
        <source>{path}: the file name must end in .png, .svg, .pdf or .csv</source>
        <translation>{path}: der Dateiname muss auf .png, .svg, .pdf oder .csv enden</translation>
    </message>
    <message>
        <source>width {width} px is outside 1…{most}</source>
        <translation>die Breite {width} px liegt außerhalb von 1…{most}</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name ending in .{fmt}</source>
        <translation>{path}: ist ein Ordner; einen Dateinamen mit der Endung .{fmt} angeben</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: the PNG could not be encoded</source>
        <translation>{path}: das PNG konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>das PNG konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>the PDF could not be produced</source>
        <translation>das PDF konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>{path}: a lesson hand-out is a PDF; give a file name ending in .pdf</source>
        <translation>{path}: ein Lektions-Handout ist ein PDF; einen Dateinamen mit der Endung .pdf angeben</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the diagram</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>File to export to (.png .svg .pdf .csv)</source>
        <translation>Zieldatei des Exports (.png .svg .pdf .csv)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>File (.png .svg .pdf .csv):</source>
        <translation>Datei (.png .svg .pdf .csv):</translation>
    </message>
    <message>
        <source>— (use the width)</source>
        <translation>— (Breite verwenden)</translation>
    </message>
    <message>
        <source> dpi (8-inch print)</source>
        <translation> dpi (Druck 8 Zoll breit)</translation>
    </message>
    <message>
        <source>PNG width:</source>
        <translation>PNG-Breite:</translation>
    </message>
    <message>
        <source>or PNG resolution:</source>
        <translation>oder PNG-Auflösung:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Psoas length plot beside the model</source>
        <translation>Psoaslängen-Diagramm neben dem Modell</translation>
    </message>
    <message>
        <source>Latin names (Terminologia Anatomica) in the labels</source>
        <translation>Lateinische Namen (Terminologia Anatomica) in den Beschriftungen</translation>
    </message>
    <message>
        <source>Latin names in the labels</source>
        <translation>Lateinische Namen in den Beschriftungen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf);;CSV numbers (*.csv)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF (*.pdf);;CSV-Zahlen (*.csv)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Szenario ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export diagram…</source>
        <translation>Abbildung &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Copy diagram (image)</source>
        <translation>Abbildung &amp;kopieren (Bild)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Exports include the psoas plot</source>
        <translation>Exporte mit Psoaslängen-Diagramm</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Colours of exports and presentation</source>
        <translation>Farben für Exporte und Präsentation</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The current scenario has changes that are not saved. Save them first?</source>
        <translation>Das aktuelle Szenario hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Geöffnet: {path}</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>{path}: is a folder; choose a file name</source>
        <translation>{path}: ist ein Ordner; bitte einen Dateinamen wählen</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Exportiert: {path}</translation>
    </message>
    <message>
        <source>Exported: {path} ({count} frames)</source>
        <translation>Exportiert: {path} ({count} Bilder)</translation>
    </message>
    <message>
        <source>Diagram copied: paste it into a slide</source>
        <translation>Abbildung kopiert: in eine Folie einfügen</translation>
    </message>
    <message>
        <source>{path} could not be read: the scenario it held last time is shown, untitled</source>
        <translation>{path} kann nicht gelesen werden: Das Szenario, das die Datei zuletzt enthielt, wird als „unbenannt“ gezeigt</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>scenario files</source>
        <translation>Szenariodateien</translation>
    </message>
    <message>
        <source>lesson files</source>
        <translation>Lektionsdateien</translation>
    </message>
    <message>
        <source>question files</source>
        <translation>Fragedateien</translation>
    </message>
    <message>
        <source>{path}: the file is {size} bytes; {files} are at most {limit} bytes</source>
        <translation>{path}: die Datei hat {size} Bytes; {files} haben höchstens {limit} Bytes</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is more than {limit} bytes; {files} are at most {limit} bytes</source>
        <translation>{path}: die Datei hat mehr als {limit} Bytes; {files} haben höchstens {limit} Bytes</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a device, pipe or socket cannot be opened)</source>
        <translation>{path}: ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket kann nicht geöffnet werden)</translation>
    </message>
    <message>
        <source>the file is {encoding} text; it must be UTF-8 (save it again as UTF-8)</source>
        <translation>die Datei ist {encoding}-Text; sie muss UTF-8 sein (erneut als UTF-8 speichern)</translation>
    </message>
    <message>
        <source>the file must be UTF-8 text (it has zero bytes, as UTF-16 text or a binary file does)</source>
        <translation>die Datei muss UTF-8-Text sein (sie enthält Nullbytes wie UTF-16-Text oder eine Binärdatei)</translation>
    </message>
    <message>
        <source>the file must be UTF-8 text (byte {position} is not UTF-8)</source>
        <translation>die Datei muss UTF-8-Text sein (Byte {position} ist kein UTF-8)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON: line {line}, column {column}: {problem}</source>
        <translation>kein gültiges JSON: Zeile {line}, Spalte {column}: {problem}</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>kein gültiges JSON ({problem})</translation>
    </message>
    <message>
        <source>{key}: the number {number} is out of range</source>
        <translation>{key}: die Zahl {number} liegt außerhalb des darstellbaren Bereichs</translation>
    </message>
    <message>
        <source>the number {number} is out of range</source>
        <translation>die Zahl {number} liegt außerhalb des darstellbaren Bereichs</translation>
    </message>
    <message>
        <source>{start}… ({count} digits)</source>
        <translation>{start}… ({count} Ziffern)</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} Zeichen)</translation>
    </message>
    <message>
        <source>{name} is not allowed</source>
        <translation>{name} ist nicht erlaubt</translation>
    </message>
    <message>
        <source>the key {key!r} is given twice</source>
        <translation>der Schlüssel {key!r} kommt zweimal vor</translation>
    </message>
    <message>
        <source>is a folder; choose a file name</source>
        <translation>ist ein Ordner; einen Dateinamen wählen</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>der Ordner {folder} ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>What the diagram shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Colours and line styles: muscles are coloured by their length change from neutral standing with the same pelvis (blue shorter, orange longer, grey unchanged); shortened muscles are also dashed. PT: spinopelvic (pelvic) tilt, SS: sacral slope, PI: pelvic incidence, LL: lumbar lordosis.</source>
        <translation>Farben und Linienarten: Die Muskeln sind nach ihrer Längenänderung gegenüber dem neutralen Stand mit derselben Beckenform eingefärbt (blau kürzer, orange länger, grau unverändert); verkürzte Muskeln sind zusätzlich gestrichelt. PT: spinopelvine Beckenkippung (Pelvic Tilt), SS: Sakralneigung, PI: Beckeninzidenz, LL: Lendenlordose.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Made with psoas-viz: a sagittal pelvis–spine–femur model (lengths from published muscle paths; see psoas-viz info).</source>
        <translation>Erstellt mit psoas-viz: ein sagittales Modell von Becken, Wirbelsäule und Femur (Längen aus publizierten Muskelverläufen; siehe psoas-viz info).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>unknown language {code!r} (available: {codes})</source>
        <translation>unbekannte Sprache {code!r} (verfügbar: {codes})</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Latin names (Terminologia Anatomica)</source>
        <translation>&amp;Lateinische Namen (Terminologia Anatomica)</translation>
    </message>
    <message>
        <source>Labels and anatomy cards give the Terminologia Anatomica name beside the vernacular one</source>
        <translation>Beschriftungen und Anatomiekarten nennen neben dem deutschen Namen auch den Namen der Terminologia Anatomica</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>steps: expected a list of 1…{most} steps</source>
        <translation>steps: erwartet wird eine Liste von 1…{most} Schritten</translation>
    </message>
    <message>
        <source>{key}: expected {{&quot;title&quot;: text, &quot;notes&quot;: text, &quot;scenario&quot;: {{…}}}}</source>
        <translation>{key}: erwartet wird {{&quot;title&quot;: Text, &quot;notes&quot;: Text, &quot;scenario&quot;: {{…}}}}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>{key}: unknown claim {claim!r}</source>
        <translation>{key}: unbekannte Behauptung {claim!r}</translation>
    </message>
    <message>
        <source>Model: {verdict}. {summary} Caveat: {caveat}</source>
        <translation>Modell: {verdict}. {summary} Einschränkung: {caveat}</translation>
    </message>
    <message>
        <source>{key}: unknown predict question {question!r}</source>
        <translation>{key}: unbekannte Vorhersagefrage {question!r}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Add current view…</source>
        <translation>Aktuelle Ansicht hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Hand-out PDF…</source>
        <translation>Handout als PDF …</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Lektionseditor</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titel der Lektion</translation>
    </message>
    <message>
        <source>{number}. {title}  (predict question first)</source>
        <translation>{number}. {title}  (zuerst Vorhersagefrage)</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Add step “{title}”</source>
        <translation>Schritt „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit step “{title}”</source>
        <translation>Schritt „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Delete step “{title}”</source>
        <translation>Schritt „{title}“ löschen</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>Lektion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Lektionen (*.json)</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>Export the hand-out</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>Cannot export the hand-out</source>
        <translation>Handout kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drag the pelvis to tilt it · hover a muscle or bone for its card · click the length plot to set the tilt · Ctrl+Z undo</source>
        <translation>Becken ziehen, um es zu kippen · Maus über Muskel oder Knochen zeigt seine Karte · Klick in das Längendiagramm stellt die Kippung ein · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>psoas-viz — psoas length under pelvic tilt</source>
        <translation>psoas-viz — Psoaslänge bei Beckenkippung</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Rückgängig</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Wiederholen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Length change</source>
        <translation>Längenänderung</translation>
    </message>
    <message>
        <source>Tilt moments</source>
        <translation>Kippmomente</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Claim: {text}  —  {verdict}</source>
        <translation>Behauptung: {text}  —  {verdict}</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>The psoas length plot and the charts (beside the model in a wider window)</source>
        <translation>Das Diagramm der Psoaslänge und die Balkendiagramme (in einem breiteren Fenster neben dem Modell)</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>hip flexion {flexion:.0f}° (thigh angle + pelvic tilt) is outside Rajagopal 2016&apos;s range {low:.0f}…{high:.0f}°, for which its muscle paths were built; lengths and moment arms there are extrapolated</source>
        <translation>Hüftflexion {flexion:.0f}° (Oberschenkelwinkel + Beckenkippung) liegt außerhalb des Bereichs {low:.0f}…{high:.0f}° von Rajagopal 2016, für den dessen Muskelverläufe gebaut wurden; Längen und Hebelarme sind dort extrapoliert</translation>
    </message>
    <message>
        <source>unknown parameter {name!r} (known: {known})</source>
        <translation>unbekannter Parameter {name!r} (bekannt: {known})</translation>
    </message>
    <message>
        <source>unknown parameter {name!r} (sweepable: {names})</source>
        <translation>unbekannter Parameter {name!r} (durchlaufbar: {names})</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not a number</source>
        <translation>{name}: {value!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not a finite number</source>
        <translation>{name}: {value!r} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{name}: {value:g} {unit} is outside {low:g}…{high:g} {unit}</source>
        <translation>{name}: {value:g} {unit} liegt außerhalb von {low:g}…{high:g} {unit}</translation>
    </message>
    <message>
        <source>spine_mode: {value!r} is not one of {modes}</source>
        <translation>spine_mode: {value!r} ist keiner von {modes}</translation>
    </message>
    <message>
        <source>unknown preset {name!r} (presets: {names})</source>
        <translation>unbekannte Voreinstellung {name!r} (Voreinstellungen: {names})</translation>
    </message>
    <message>
        <source>{link}: {force:g} N is outside 0…{most:g} N</source>
        <translation>{link}: {force:g} N liegt außerhalb von 0…{most:g} N</translation>
    </message>
    <message>
        <source>{setting}: {value:g} is outside 0…1</source>
        <translation>{setting}: {value:g} liegt außerhalb von 0…1</translation>
    </message>
</context>
<context>
    <name>MomentBars</name>
    <message>
        <source>Trunk weight</source>
        <translation>Rumpfgewicht</translation>
    </message>
    <message>
        <source>Passive hip</source>
        <translation>Passiv Hüfte</translation>
    </message>
    <message>
        <source>Passive lumbar</source>
        <translation>Passiv LWS</translation>
    </message>
    <message>
        <source>Postural control</source>
        <translation>Haltungskontrolle</translation>
    </message>
    <message>
        <source>Fascial pulls</source>
        <translation>Faszienzüge</translation>
    </message>
    <message>
        <source>NET</source>
        <translation>NETTO</translation>
    </message>
    <message>
        <source>{muscle} (no data)</source>
        <translation>{muscle} (keine Daten)</translation>
    </message>
    <message>
        <source>Moments tilting the pelvis, N m</source>
        <translation>Momente, die das Becken kippen, N m</translation>
    </message>
    <message>
        <source>Moments tilting the pelvis (bar chart)</source>
        <translation>Momente, die das Becken kippen (Balkendiagramm)</translation>
    </message>
    <message>
        <source>◀ posterior   N m   anterior ▶</source>
        <translation>◀ nach posterior   N m   nach anterior ▶</translation>
    </message>
    <message>
        <source>◀ posterior</source>
        <translation>◀ nach posterior</translation>
    </message>
    <message>
        <source>anterior ▶</source>
        <translation>nach anterior ▶</translation>
    </message>
    <message>
        <source>Plus tilts the pelvis anteriorly, minus posteriorly: {moments}</source>
        <translation>Plus kippt das Becken nach vorn, minus richtet es auf: {moments}</translation>
    </message>
</context>
<context>
    <name>MusclePanel</name>
    <message>
        <source>no published force data</source>
        <translation>keine veröffentlichten Kraftdaten</translation>
    </message>
    <message>
        <source>tense</source>
        <translation>anspannen</translation>
    </message>
    <message>
        <source>Activation: how hard the muscle contracts (0–100 %)</source>
        <translation>Aktivierung: wie stark der Muskel kontrahiert (0–100 %)</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>verkürzt</translation>
    </message>
    <message>
        <source>Tightness: the fibres&apos; resting length is shorter by this many millimetres, so passive tension starts earlier (the same millimetres in every muscle)</source>
        <translation>Verkürzung: die Ruhelänge der Fasern ist um so viele Millimeter kürzer, passive Spannung setzt also früher ein (in jedem Muskel dieselben Millimeter)</translation>
    </message>
    <message>
        <source>Balanced at pelvic tilt {tilt:+.1f}°, stiffness {stiffness:.1f} N m/° — held by a range-limit wall (the passive joint curves), not in mid-range</source>
        <translation>Im Gleichgewicht bei {tilt:+.1f}° Beckenkippung, Steifigkeit {stiffness:.1f} N m/° — gehalten von einer Bewegungsgrenze (passive Gelenkkurven), nicht im mittleren Bereich</translation>
    </message>
    <message>
        <source>Balanced at pelvic tilt {tilt:+.1f}°, stiffness {stiffness:.1f} N m/°, in mid-range (not on a range-limit wall)</source>
        <translation>Im Gleichgewicht bei {tilt:+.1f}° Beckenkippung, Steifigkeit {stiffness:.1f} N m/°, im mittleren Bereich (nicht an einer Bewegungsgrenze)</translation>
    </message>
    <message>
        <source> and others</source>
        <translation> und weitere</translation>
    </message>
    <message>
        <source>anteriorly</source>
        <translation>nach anterior</translation>
    </message>
    <message>
        <source>posteriorly</source>
        <translation>nach posterior</translation>
    </message>
    <message>
        <source>No stable balance: the pelvis falls {direction} — hold it with {muscles}. The tilt is left where it was.</source>
        <translation>Kein stabiles Gleichgewicht: das Becken kippt {direction} — halten mit {muscles}. Die Kippung bleibt, wo sie war.</translation>
    </message>
    <message>
        <source>No stable balance: the pelvis falls {direction}. The tilt is left where it was.</source>
        <translation>Kein stabiles Gleichgewicht: das Becken kippt {direction}. Die Kippung bleibt, wo sie war.</translation>
    </message>
    <message>
        <source>Psoas path {without:.1f} → {with_:.1f} mm ({change:+.1f} mm) and tension {tension_without:.0f} → {tension_with:.0f} N: it looks tight because it is pulled on, while its own posture has not changed.</source>
        <translation>Psoasverlauf {without:.1f} → {with_:.1f} mm ({change:+.1f} mm) und Spannung {tension_without:.0f} → {tension_with:.0f} N: er wirkt verkürzt, weil an ihm gezogen wird, während sich seine eigene Haltung nicht geändert hat.</translation>
    </message>
    <message>
        <source>Settle the pelvis</source>
        <translation>Becken einpendeln</translation>
    </message>
    <message>
        <source>After every change the pelvis tilts to where the muscle, weight and passive moments balance (the thigh stays fixed)</source>
        <translation>Nach jeder Änderung kippt das Becken dorthin, wo sich Muskel-, Gewichts- und passive Momente ausgleichen (der Oberschenkel bleibt fest)</translation>
    </message>
    <message>
        <source>Show force arrows</source>
        <translation>Kraftpfeile zeigen</translation>
    </message>
    <message>
        <source>Arrows at both ends of each pulling muscle, along its line of pull: 1 mm per 5 N</source>
        <translation>Pfeile an beiden Enden jedes ziehenden Muskels, entlang seiner Zuglinie: 1 mm je 5 N</translation>
    </message>
    <message>
        <source>Relax all</source>
        <translation>Alle entspannen</translation>
    </message>
    <message>
        <source>Every muscle relaxed and of normal tightness, no fascial pull (one undo step)</source>
        <translation>Alle Muskeln entspannt und ohne Verkürzung, kein Faszienzug (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Arrows: 1 mm per 5 N, pulling &lt;b style=&apos;color:#1b7837&apos;&gt;anteriorly&lt;/b&gt; or &lt;b style=&apos;color:#762a83&apos;&gt;posteriorly&lt;/b&gt; on the pelvic tilt</source>
        <translation>Pfeile: 1 mm je 5 N, ziehen die Beckenkippung nach &lt;b style=&apos;color:#1b7837&apos;&gt;anterior&lt;/b&gt; oder &lt;b style=&apos;color:#762a83&apos;&gt;posterior&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fascia pulling on the psoas and pelvis</source>
        <translation>Faszien, die an Psoas und Becken ziehen</translation>
    </message>
    <message>
        <source>Muscle settings</source>
        <translation>Muskeleinstellungen</translation>
    </message>
    <message>
        <source>Set a pull to see the psoas displaced and made taut by its neighbours.</source>
        <translation>Einen Zug einstellen, um zu sehen, wie die Nachbarn den Psoas verlagern und straffen.</translation>
    </message>
</context>
<context>
    <name>MuscleRow</name>
    <message>
        <source>{muscle} {quantity} value</source>
        <translation>{muscle} {quantity}, Wert</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>{subject}: {typed} is outside {minimum:g}…{maximum:g}{unit}; nothing was changed</source>
        <translation>{subject}: {typed} liegt außerhalb von {minimum:g}…{maximum:g}{unit}; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>ParameterRow</name>
    <message>
        <source>{description}
neutral {default:g} {unit} (red mark)</source>
        <translation>{description}
neutral {default:g} {unit} (rote Marke)</translation>
    </message>
    <message>
        <source>{description}. Neutral {default:g} {unit}; arrow keys 1 degree, Page Up and Page Down 5 degrees</source>
        <translation>{description}. Neutral {default:g} {unit}; Pfeiltasten 1 Grad, Bild auf und Bild ab 5 Grad</translation>
    </message>
    <message>
        <source>{label} value</source>
        <translation>{label}, Wert</translation>
    </message>
    <message>
        <source>{label} in {unit}, typed: from {minimum:g} to {maximum:g}</source>
        <translation>{label} in {unit}, eingetippt: von {minimum:g} bis {maximum:g}</translation>
    </message>
    <message>
        <source>Used when the spine mode is Manual</source>
        <translation>Wirkt, wenn der Wirbelsäulenmodus „Manuell“ ist</translation>
    </message>
</context>
<context>
    <name>PlayArea</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit the whole model</source>
        <translation>Ganzes Modell ein&amp;passen</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>{muscle} change</source>
        <translation>{muscle}: Änderung</translation>
    </message>
    <message>
        <source>Pelvic tilt: {situation}</source>
        <translation>Beckenkippung: {situation}</translation>
    </message>
    <message>
        <source>Pelvic tilt: {situation} (no stable balance)</source>
        <translation>Beckenkippung: {situation} (kein stabiles Gleichgewicht)</translation>
    </message>
    <message>
        <source>it settles at {tilt:+.1f}°, {shift:.1f}° more anterior than before</source>
        <translation>es pendelt sich bei {tilt:+.1f}° ein, {shift:.1f}° weiter anterior als zuvor</translation>
    </message>
    <message>
        <source>it settles at {tilt:+.1f}°, {shift:.1f}° more posterior than before</source>
        <translation>es pendelt sich bei {tilt:+.1f}° ein, {shift:.1f}° weiter posterior als zuvor</translation>
    </message>
    <message>
        <source>Settled pelvic tilt: {situation}</source>
        <translation>Eingependelte Beckenkippung: {situation}</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>no stable balance remains and the pelvis falls anteriorly (net moment {moment:+.1f} N m at {start:+.1f}°)</source>
        <translation>es bleibt kein stabiles Gleichgewicht, und das Becken kippt nach anterior (Nettomoment {moment:+.1f} N m bei {start:+.1f}°)</translation>
    </message>
    <message>
        <source>no stable balance remains and the pelvis falls posteriorly (net moment {moment:+.1f} N m at {start:+.1f}°)</source>
        <translation>es bleibt kein stabiles Gleichgewicht, und das Becken kippt nach posterior (Nettomoment {moment:+.1f} N m bei {start:+.1f}°)</translation>
    </message>
    <message>
        <source>Net tilt moment (+ anterior): {situation}</source>
        <translation>Netto-Kippmoment (+ anterior): {situation}</translation>
    </message>
    <message>
        <source>the pelvis rests at {start:+.1f}°</source>
        <translation>das Becken ruht bei {start:+.1f}°</translation>
    </message>
    <message>
        <source>the pelvis has no stable balance and starts from {start:+.1f}°</source>
        <translation>das Becken hat kein stabiles Gleichgewicht und startet bei {start:+.1f}°</translation>
    </message>
    <message>
        <source>sacral slope</source>
        <translation>Sakralneigung</translation>
    </message>
    <message>
        <source>spinopelvic tilt (PT)</source>
        <translation>spinopelvine Beckenkippung (PT)</translation>
    </message>
    <message>
        <source>lumbar lordosis</source>
        <translation>Lendenlordose</translation>
    </message>
    <message>
        <source>pelvic incidence</source>
        <translation>Beckeninzidenz</translation>
    </message>
    <message>
        <source>ASIS–PSIS angle</source>
        <translation>SIAS–SIPS-Winkel</translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <source>The model says: {answer}</source>
        <translation>Das Modell sagt: {answer}</translation>
    </message>
    <message>
        <source>✔ Right — {answer}</source>
        <translation>✔ Richtig — {answer}</translation>
    </message>
    <message>
        <source>✘ Not this time: you said {given}; the model says {answer}</source>
        <translation>✘ Diesmal nicht: du hast {given} gesagt; das Modell sagt {answer}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Caveat:&lt;/i&gt; {text}</source>
        <translation>&lt;i&gt;Einschränkung:&lt;/i&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;i&gt;The claim:&lt;/i&gt; “{text}” — {explanation}</source>
        <translation>&lt;i&gt;Die Behauptung:&lt;/i&gt; „{text}“ — {explanation}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige Frage</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Fragen starten</translation>
    </message>
    <message>
        <source>Back to the question before, with its answer</source>
        <translation>Zurück zur vorigen Frage, mit ihrer Antwort</translation>
    </message>
    <message>
        <source>On to the next question, or to the score after the last</source>
        <translation>Weiter zur nächsten Frage oder nach der letzten zur Auswertung</translation>
    </message>
    <message>
        <source>Predict first, then watch the model move and see its numbers</source>
        <translation>Erst vorhersagen, dann das Modell sich bewegen sehen und seine Zahlen lesen</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>The predict questions cannot be used</source>
        <translation>Die Vorhersagefragen können nicht verwendet werden</translation>
    </message>
    <message>
        <source>Predict, then look</source>
        <translation>Erst vorhersagen, dann hinsehen</translation>
    </message>
    <message>
        <source>Commit to a prediction, then watch the model move and see its numbers.</source>
        <translation>Lege dich auf eine Vorhersage fest, dann sieh zu, wie sich das Modell bewegt, und lies seine Zahlen.</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} Fragen</translation>
    </message>
    <message>
        <source>A set of questions</source>
        <translation>Eine Reihe von Fragen</translation>
    </message>
    <message>
        <source>{count} about the psoas, the pelvis and the spine. Each one sets a first posture; choose your answer, then the model animates to the second posture and shows why. Your score comes at the end.</source>
        <translation>{count} zu Psoas, Becken und Wirbelsäule. Jede stellt eine erste Haltung ein; wähle deine Antwort, dann bewegt sich das Modell in die zweite Haltung und zeigt, warum. Die Auswertung kommt am Ende.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Predict: your score</source>
        <translation>Vorhersage: deine Auswertung</translation>
    </message>
    <message>
        <source>Score: {right} of {total}</source>
        <translation>Ergebnis: {right} von {total}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>You: {given} · model: {answer}</source>
        <translation>Du: {given} · Modell: {answer}</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Frage {number} von {total}</translation>
    </message>
    <message>
        <source>From &lt;b&gt;{first}&lt;/b&gt; to &lt;b&gt;{second}&lt;/b&gt;</source>
        <translation>Von &lt;b&gt;{first}&lt;/b&gt; zu &lt;b&gt;{second}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer {number}: {label}</source>
        <translation>Antwort {number}: {label}</translation>
    </message>
    <message>
        <source>Commit to this answer; then the model moves and shows its numbers</source>
        <translation>Diese Antwort festlegen; dann bewegt sich das Modell und zeigt seine Zahlen</translation>
    </message>
    <message>
        <source>Choose your prediction first.</source>
        <translation>Wähle zuerst deine Vorhersage.</translation>
    </message>
    <message>
        <source>Watch: {first} → {second}…</source>
        <translation>Zusehen: {first} → {second} …</translation>
    </message>
    <message>
        <source>See the score ▶</source>
        <translation>Zur Auswertung ▶</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
</context>
<context>
    <name>PresentationControl</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Predict with the class (presentation, Q)</source>
        <translation>Mit der Klasse vorhersagen (Präsentation, Q)</translation>
    </message>
    <message>
        <source>Lesson for presentation</source>
        <translation>Lektion für die Präsentation</translation>
    </message>
    <message>
        <source>Lesson editor…</source>
        <translation>Lektionseditor …</translation>
    </message>
    <message>
        <source>Use the presets</source>
        <translation>Die Voreinstellungen verwenden</translation>
    </message>
    <message>
        <source>Present: {title}</source>
        <translation>Präsentieren: {title}</translation>
    </message>
    <message>
        <source>Step {number}/{count}: {title} — {notes}</source>
        <translation>Schritt {number}/{count}: {title} — {notes}</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {title}</source>
        <translation>Schritt {number} von {count}: {title}</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Die Lektion lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>psoas-viz — presentation</source>
        <translation>psoas-viz — Präsentation</translation>
    </message>
    <message>
        <source>Presentation of the model</source>
        <translation>Präsentation des Modells</translation>
    </message>
    <message>
        <source>Page Down next step, Page Up previous, S sweep, Q predict with the class, B blank, Escape leaves</source>
        <translation>Bild ↓ nächster Schritt, Bild ↑ voriger, S Durchlauf, Q mit der Klasse vorhersagen, B Bild aus, Esc beendet</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Kippung</translation>
    </message>
    <message>
        <source>Sweep tilt (S)</source>
        <translation>Durchlauf (S)</translation>
    </message>
    <message>
        <source>Blank (B)</source>
        <translation>Bild aus (B)</translation>
    </message>
    <message>
        <source>Exit (Esc)</source>
        <translation>Ende (Esc)</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <comment>the presentation bar: short</comment>
        <translation>Kippung</translation>
    </message>
    <message>
        <source>Predict: review</source>
        <translation>Vorhersage: Rückblick</translation>
    </message>
    <message>
        <source>Predict {number}/{count}</source>
        <translation>Vorhersage {number}/{count}</translation>
    </message>
    <message>
        <source>{number}/{count}  {title} — predict first</source>
        <translation>{number}/{count}  {title} — erst vorhersagen</translation>
    </message>
    <message>
        <source>{number}/{count}  {title}</source>
        <translation>{number}/{count}  {title}</translation>
    </message>
    <message>
        <source>Predict: {problem}</source>
        <translation>Vorhersage: {problem}</translation>
    </message>
    <message>
        <source>Stop sweep (S)</source>
        <translation>Anhalten (S)</translation>
    </message>
</context>
<context>
    <name>PullRow</name>
    <message>
        <source>pull</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>{link} pull</source>
        <translation>{link}: Zug</translation>
    </message>
    <message>
        <source>How hard this fascia pulls, in newtons (no published value)</source>
        <translation>Wie stark diese Faszie zieht, in Newton (kein veröffentlichter Wert)</translation>
    </message>
    <message>
        <source>How hard this fascia pulls (N). No published value exists: set it to explore.</source>
        <translation>Wie stark diese Faszie zieht (N). Es gibt keinen veröffentlichten Wert: zum Erkunden einstellen.</translation>
    </message>
    <message>
        <source>{link} pull value</source>
        <translation>{link}: Zug, Wert</translation>
    </message>
    <message>
        <source>How hard this fascia pulls, in newtons, typed</source>
        <translation>Wie stark diese Faszie zieht, in Newton, eingetippt</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>{key}: expected a non-empty list, got {kind}</source>
        <translation>{key}: erwartet wird eine nicht leere Liste, gefunden: {kind}</translation>
    </message>
    <message>
        <source>{key}: {value!r} is given twice</source>
        <translation>{key}: {value!r} ist doppelt angegeben</translation>
    </message>
    <message>
        <source>{key}: missing</source>
        <translation>{key}: fehlt</translation>
    </message>
    <message>
        <source>{key}: expected non-empty text, got {kind}</source>
        <translation>{key}: erwartet wird ein nicht leerer Text, gefunden: {kind}</translation>
    </message>
    <message>
        <source>{key}: expected a non-empty list of texts, got {kind}</source>
        <translation>{key}: erwartet wird eine nicht leere Liste von Texten, gefunden: {kind}</translation>
    </message>
    <message>
        <source>{key}: expected a positive number, got {value!r}</source>
        <translation>{key}: erwartet wird eine positive Zahl, gefunden: {value!r}</translation>
    </message>
    <message>
        <source>{key}: {value!r} is not a muscle id (muscles: {muscles})</source>
        <translation>{key}: {value!r} ist keine Muskel-ID (Muskeln: {muscles})</translation>
    </message>
    <message>
        <source>{key}: muscle settings change only a settle question&apos;s answer</source>
        <translation>{key}: Muskeleinstellungen ändern nur die Antwort einer Frage zum Einpendeln des Beckens (kind „settle“)</translation>
    </message>
    <message>
        <source>{key}: expected a list of at least two muscle ids, got {value!r}</source>
        <translation>{key}: erwartet wird eine Liste mit mindestens zwei Muskel-IDs, gefunden: {value!r}</translation>
    </message>
    <message>
        <source>{key}: a muscle is given twice</source>
        <translation>{key}: ein Muskel ist doppelt angegeben</translation>
    </message>
    <message>
        <source>{key}: unknown field {field} (fields: {fields})</source>
        <translation>{key}: unbekanntes Feld {field} (Felder: {fields})</translation>
    </message>
    <message>
        <source>{key}: not a usable template ({reason})</source>
        <translation>{key}: keine brauchbare Textvorlage ({reason})</translation>
    </message>
    <message>
        <source>{key}: {value!r} should be letters, digits and underscores</source>
        <translation>{key}: {value!r} darf nur aus Buchstaben, Ziffern und Unterstrichen bestehen</translation>
    </message>
    <message>
        <source>{key}: {value!r} is not a claim in assets/claims.json</source>
        <translation>{key}: {value!r} ist keine Behauptung in assets/claims.json</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Predict, then watch: question {number} of {count}</source>
        <translation>Erst vorhersagen, dann hinsehen: Frage {number} von {count}</translation>
    </message>
    <message>
        <source>Hands up for A, B or C. Page Down: the model moves and answers.</source>
        <translation>Handzeichen für A, B oder C. Bild ab: Das Modell bewegt sich und antwortet.</translation>
    </message>
    <message>
        <source>Predict question</source>
        <translation>Vorhersagefrage</translation>
    </message>
    <message>
        <source>The model says: {answer}</source>
        <translation>Das Modell sagt: {answer}</translation>
    </message>
    <message>
        <source>Caveat: {text}</source>
        <translation>Einschränkung: {text}</translation>
    </message>
    <message>
        <source>The claim: “{text}”</source>
        <translation>Die Behauptung: „{text}“</translation>
    </message>
    <message>
        <source>Predict question, revealed</source>
        <translation>Vorhersagefrage, aufgelöst</translation>
    </message>
    <message>
        <source>What the model computed</source>
        <translation>Was das Modell berechnet hat</translation>
    </message>
    <message>
        <source>Predict review</source>
        <translation>Rückblick auf die Vorhersagen</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Psoas length</source>
        <translation>Psoaslänge</translation>
    </message>
    <message>
        <source>Psoas</source>
        <translation>Psoas</translation>
    </message>
    <message>
        <source>Change from neutral</source>
        <translation>Änderung zum Stand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change from neutral (%)</source>
        <translation>Änderung (%)</translation>
    </message>
    <message>
        <source>Hip moment arm</source>
        <translation>Hebelarm Hüfte</translation>
    </message>
    <message>
        <source>Hip arm</source>
        <translation>Hebelarm</translation>
    </message>
    <message>
        <source>ASIS–PSIS angle</source>
        <translation>SIAS–SIPS-Winkel</translation>
    </message>
    <message>
        <source>ASIS–PSIS</source>
        <translation>SIAS–SIPS</translation>
    </message>
    <message>
        <source>Spinopelvic PT (X-ray)</source>
        <translation>PT (Röntgen)</translation>
    </message>
    <message>
        <source>PT</source>
        <translation>PT</translation>
    </message>
    <message>
        <source>Sacral slope SS</source>
        <translation>Sakrale Neigung SS</translation>
    </message>
    <message>
        <source>SS</source>
        <translation>SS</translation>
    </message>
    <message>
        <source>Pelvic incidence PI</source>
        <translation>Beckeninzidenz PI</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Lumbar lordosis LL</source>
        <translation>Lendenlordose LL</translation>
    </message>
    <message>
        <source>LL</source>
        <translation>LL</translation>
    </message>
    <message>
        <source>Force-weighted length of all psoas major fascicles</source>
        <translation>Kraftgewichtete Länge aller Faszikel des M. psoas major</translation>
    </message>
    <message>
        <source>Psoas length minus its length in neutral standing with the same pelvis shape</source>
        <translation>Psoaslänge minus seiner Länge im neutralen Stand bei gleicher Beckenform</translation>
    </message>
    <message>
        <source>The change as a per cent of the length in neutral standing</source>
        <translation>Die Änderung in Prozent der Länge im neutralen Stand</translation>
    </message>
    <message>
        <source>Psoas major&apos;s hip flexion moment arm (+ flexes the hip, i.e. tilts the pelvis anteriorly)</source>
        <translation>Hebelarm des M. psoas major für die Hüftflexion (+ beugt die Hüfte, kippt also das Becken nach anterior)</translation>
    </message>
    <message>
        <source>Spinopelvic (radiographic) pelvic tilt: the hip-axis-to-S1 line from vertical. It grows with POSTERIOR tilt, unlike the pelvic tilt slider (+ anterior)</source>
        <translation>Spinopelvine (radiologische) Beckenkippung: die Linie Hüftachse–S1 gegen die Senkrechte. Sie wächst bei Kippung nach POSTERIOR, anders als der Regler der Beckenkippung (+ anterior)</translation>
    </message>
    <message>
        <source>Sacral slope: the S1 endplate from horizontal</source>
        <translation>Sakrale Neigung: die Deckplatte S1 gegen die Waagerechte</translation>
    </message>
    <message>
        <source>Pelvic incidence, the shape of the pelvis: PI = PT + SS</source>
        <translation>Beckeninzidenz, die Form des Beckens: PI = PT + SS</translation>
    </message>
    <message>
        <source>Lumbar lordosis: the L1 upper endplate to the S1 endplate</source>
        <translation>Lendenlordose: Deckplatte L1 bis Deckplatte S1</translation>
    </message>
    <message>
        <source>Angle of the ASIS–PSIS line below horizontal (clinical tilt)</source>
        <translation>Winkel der Linie SIAS–SIPS unter der Waagerechten (klinische Kippung)</translation>
    </message>
    <message>
        <source>Psoas major and spinopelvic angles</source>
        <translation>M. psoas major und spinopelvine Winkel</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>{key}: expected text, got {kind}</source>
        <translation>{key}: erwartet wird Text, gefunden: {kind}</translation>
    </message>
    <message>
        <source>{key}: unknown key (allowed: {keys})</source>
        <translation>{key}: unbekannter Schlüssel (erlaubt: {keys})</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>{key}: {number:g} is outside {low:g}…{high:g} {unit}</source>
        <translation>{key}: {number:g} liegt außerhalb von {low:g}…{high:g} {unit}</translation>
    </message>
    <message>
        <source>{key}: {number:g} is outside {low:g}…{high:g}</source>
        <translation>{key}: {number:g} liegt außerhalb von {low:g}…{high:g}</translation>
    </message>
    <message>
        <source>{key}: expected a number, got {kind}</source>
        <translation>{key}: erwartet wird eine Zahl, gefunden: {kind}</translation>
    </message>
    <message>
        <source>{key}: the number is out of range</source>
        <translation>{key}: die Zahl liegt außerhalb des darstellbaren Bereichs</translation>
    </message>
    <message>
        <source>{key}: {value} is not a finite number</source>
        <translation>{key}: {value} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{key}: expected an object, got {kind}</source>
        <translation>{key}: erwartet wird ein Objekt, gefunden: {kind}</translation>
    </message>
    <message>
        <source>the file: expected an object, got {kind}</source>
        <translation>die Datei: erwartet wird ein Objekt, gefunden: {kind}</translation>
    </message>
    <message>
        <source>format: expected {expected!r}, got {found!r}</source>
        <translation>format: erwartet wird {expected!r}, gefunden: {found!r}</translation>
    </message>
    <message>
        <source>version: this program reads {files} of version {version}; the file has {found!r}</source>
        <translation>version: dieses Programm liest {files} der Version {version}; die Datei hat {found!r}</translation>
    </message>
    <message>
        <source>{key}: {value!r} is not one of {choices}</source>
        <translation>{key}: {value!r} ist keiner der Werte {choices}</translation>
    </message>
    <message>
        <source>{key}: unknown parameter</source>
        <translation>{key}: unbekannter Parameter</translation>
    </message>
    <message>
        <source>{key}: unknown muscle id</source>
        <translation>{key}: unbekannte Muskel-ID</translation>
    </message>
    <message>
        <source>{key}: unknown fascial link (links: {links})</source>
        <translation>{key}: unbekannter Faszienzug (Faszienzüge: {links})</translation>
    </message>
    <message>
        <source>{key}: expected {expected}, got {kind}</source>
        <translation>{key}: erwartet wird {expected}, gefunden: {kind}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{title} (changed)</source>
        <translation>{title} (verändert)</translation>
    </message>
</context>
<context>
    <name>Settler</name>
    <message>
        <source>Settle switched off: the scenario sets its own pelvic tilt.</source>
        <translation>Einpendeln ausgeschaltet: das Szenario gibt seine eigene Beckenkippung vor.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Strg+O</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Ein Szenario öffnen</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Das Szenario speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Strg+Umschalt+S</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z / Ctrl+Y</source>
        <translation>Strg+Umschalt+Z / Strg+Y</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <source>Export the diagram (PNG, SVG, PDF, CSV)</source>
        <translation>Das Diagramm exportieren (PNG, SVG, PDF, CSV)</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Strg+C</translation>
    </message>
    <message>
        <source>Copy the diagram as an image (paste into slides)</source>
        <translation>Das Diagramm als Bild kopieren (in Folien einfügen)</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+= / Ctrl+-</source>
        <translation>Strg++ / Strg+= / Strg+-</translation>
    </message>
    <message>
        <source>Zoom the model in / out (or the wheel or a pinch, about the pointer)</source>
        <translation>Das Modell vergrößern / verkleinern (oder Mausrad oder Zwei-Finger-Geste, um den Zeiger)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Strg+0</translation>
    </message>
    <message>
        <source>Fit: show the whole model again</source>
        <translation>Einpassen: wieder das ganze Modell zeigen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Strg+L</translation>
    </message>
    <message>
        <source>Latin names (Terminologia Anatomica) in labels and cards on/off</source>
        <translation>Lateinische Namen (Terminologia Anatomica) in Beschriftungen und Karten ein/aus</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Presentation mode on/off</source>
        <translation>Präsentationsmodus ein/aus</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard only (every mouse action has a key)</source>
        <translation>Nur mit der Tastatur (jede Mausaktion hat eine Taste)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next / previous control: the model, the charts, the controls, Undo, Reset all</source>
        <translation>Nächstes / voriges Bedienelement: das Modell, die Diagramme, die Regler, Rückgängig, Alles zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Strg+Tab / Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next / previous tab of the panel with the focus (or ← → on a tab bar)</source>
        <translation>Nächster / voriger Reiter des Bereichs mit dem Fokus (oder ← → auf einer Reiterleiste)</translation>
    </message>
    <message>
        <source>Alt+F, Alt+E, Alt+V, Alt+H</source>
        <translation>Alt+D, Alt+B, Alt+A, Alt+H</translation>
    </message>
    <message>
        <source>The File, Edit, View and Help menus (Help → Anatomy index: every card)</source>
        <translation>Die Menüs Datei, Bearbeiten, Ansicht und Hilfe (Hilfe → Anatomie-Verzeichnis: jede Karte)</translation>
    </message>
    <message>
        <source>← → ↑ ↓ on the model</source>
        <translation>← → ↑ ↓ auf dem Modell</translation>
    </message>
    <message>
        <source>Tilt the pelvis 1° (Shift: 0.1°), as dragging it does</source>
        <translation>Das Becken um 1° kippen (Umschalt: 0,1°), wie beim Ziehen</translation>
    </message>
    <message>
        <source>Page Up / Page Down on the model</source>
        <translation>Bild ↑ / Bild ↓ auf dem Modell</translation>
    </message>
    <message>
        <source>Tilt the pelvis 5°</source>
        <translation>Das Becken um 5° kippen</translation>
    </message>
    <message>
        <source>+ / − / 0 on the model</source>
        <translation>+ / − / 0 auf dem Modell</translation>
    </message>
    <message>
        <source>Zoom in / out / show the whole model, as the wheel does</source>
        <translation>Vergrößern / verkleinern / das ganze Modell zeigen, wie mit dem Mausrad</translation>
    </message>
    <message>
        <source>← → on a slider</source>
        <translation>← → auf einem Regler</translation>
    </message>
    <message>
        <source>1° (muscles: 1 %); Page Up / Page Down 5° (10 %); type a value in its box</source>
        <translation>1° (Muskeln: 1 %); Bild ↑ / Bild ↓ 5° (10 %); einen Wert in sein Feld tippen</translation>
    </message>
    <message>
        <source>Space on a check box or button</source>
        <translation>Leertaste auf einem Kontrollkästchen oder Knopf</translation>
    </message>
    <message>
        <source>Switch it or press it</source>
        <translation>Umschalten oder drücken</translation>
    </message>
    <message>
        <source>Enter or Space on a claim</source>
        <translation>Eingabe oder Leertaste auf einer Behauptung</translation>
    </message>
    <message>
        <source>Set up its scenario and show the verdict</source>
        <translation>Ihr Szenario einstellen und das Urteil zeigen</translation>
    </message>
    <message>
        <source>Presentation mode (and presentation clickers)</source>
        <translation>Präsentationsmodus (und Präsentations-Fernbedienungen)</translation>
    </message>
    <message>
        <source>Page Down, →, ↓, Space</source>
        <translation>Bild ↓, →, ↓, Leertaste</translation>
    </message>
    <message>
        <source>Next preset / lesson step</source>
        <translation>Nächste Voreinstellung / nächster Lektionsschritt</translation>
    </message>
    <message>
        <source>Page Up, ←, ↑, Backspace</source>
        <translation>Bild ↑, ←, ↑, Rücktaste</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Voriger Schritt</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <source>First / last step</source>
        <translation>Erster / letzter Schritt</translation>
    </message>
    <message>
        <source>B or . (period)</source>
        <translation>B oder . (Punkt)</translation>
    </message>
    <message>
        <source>Blank the screen (again to show it)</source>
        <translation>Bild ausblenden (erneut: wieder zeigen)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Sweep pelvic tilt posterior → anterior → back, tracing the psoas plot</source>
        <translation>Beckenkippung durchlaufen, posterior → anterior → zurück, mit Spur im Psoas-Diagramm</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Predict with the class: a question beside the model, a show of hands, then Page Down moves the model and reveals its answer; Q again returns to the steps</source>
        <translation>Mit der Klasse vorhersagen: eine Frage neben dem Modell, Abstimmung per Handzeichen, dann bewegt Bild ↓ das Modell und zeigt seine Antwort; erneut Q kehrt zu den Schritten zurück</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Projector / screen colours</source>
        <translation>Farben für Beamer / Bildschirm</translation>
    </message>
    <message>
        <source>F11 or Esc</source>
        <translation>F11 oder Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 oder ?</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SpeakerNotes</name>
    <message>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>(no notes for this step)</source>
        <translation>(keine Notizen zu diesem Schritt)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Lesson step</source>
        <translation>Lektionsschritt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Predict question</source>
        <translation>Vorhersagefrage</translation>
    </message>
    <message>
        <source>Asked in presentation mode before the step: the class answers, Page Down reveals the model&apos;s answer</source>
        <translation>Wird im Präsentationsmodus vor dem Schritt gestellt: die Klasse antwortet, Bild ↓ zeigt die Antwort des Modells</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
</context>
<context>
    <name>TiltPlot</name>
    <message>
        <source>Psoas major length vs pelvic tilt</source>
        <translation>Länge des M. psoas major und Beckenkippung</translation>
    </message>
    <message>
        <source>Psoas major length against pelvic tilt (plot)</source>
        <translation>Länge des M. psoas major über der Beckenkippung (Diagramm)</translation>
    </message>
    <message>
        <source>pelvic tilt (°)   − posterior … anterior +</source>
        <translation>Beckenkippung (°)   − posterior … anterior +</translation>
    </message>
    <message>
        <source>psoas length (mm)</source>
        <translation>Psoaslänge (mm)</translation>
    </message>
    <message>
        <source>posterior tilt</source>
        <translation>nach posterior</translation>
    </message>
    <message>
        <source>anterior tilt</source>
        <translation>nach anterior</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>starr</translation>
    </message>
    <message>
        <source>upright</source>
        <translation>aufrecht</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>spine: {mode}</source>
        <translation>Wirbelsäule: {mode}</translation>
    </message>
    <message>
        <source>spine {mode}: {low:.1f} mm at {low_tilt:+.0f}°, {high:.1f} mm at {high_tilt:+.0f}°</source>
        <translation>Wirbelsäule {mode}: {low:.1f} mm bei {low_tilt:+.0f}°, {high:.1f} mm bei {high_tilt:+.0f}°</translation>
    </message>
    <message>
        <source>Pelvic tilt from {first:+.0f}° to {last:+.0f}°; {curves}. Now {length:.1f} mm at {tilt:+.1f}°. Clicking the plot sets the tilt.</source>
        <translation>Beckenkippung von {first:+.0f}° bis {last:+.0f}°; {curves}. Jetzt {length:.1f} mm bei {tilt:+.1f}°. Ein Klick in das Diagramm stellt die Kippung ein.</translation>
    </message>
</context>
<context>
    <name>WindowAccessibility</name>
    <message>
        <source>Model: pelvis, lumbar spine and femur seen from the right</source>
        <translation>Modell: Becken, Lendenwirbelsäule und Femur von rechts gesehen</translation>
    </message>
    <message>
        <source>Left and right arrows tilt the pelvis by 1 degree (Shift: 0.1), Page Up and Page Down by 5; plus and minus zoom, 0 shows the whole model.</source>
        <translation>Pfeil links und rechts kippen das Becken um 1 Grad (Umschalt: 0,1), Bild auf und Bild ab um 5; Plus und Minus zoomen, 0 zeigt das ganze Modell.</translation>
    </message>
    <message>
        <source>Model views</source>
        <translation>Modellansichten</translation>
    </message>
    <message>
        <source>The model, and postures compared side by side</source>
        <translation>Das Modell und Haltungen im direkten Vergleich</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Every muscle&apos;s length change, or the moments tilting the pelvis</source>
        <translation>Die Längenänderung jedes Muskels oder die Momente, die das Becken kippen</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Bedienelemente</translation>
    </message>
    <message>
        <source>Posture, muscles, claims, the model in words and predictions</source>
        <translation>Haltung, Muskeln, Behauptungen, das Modell in Worten und Vorhersagen</translation>
    </message>
    <message>
        <source>{name} tabs</source>
        <translation>Reiter: {name}</translation>
    </message>
    <message>
        <source>Left and right arrows change the tab; Ctrl+Tab from inside</source>
        <translation>Pfeil links und rechts wechseln den Reiter; Strg+Tab von innen</translation>
    </message>
    <message>
        <source>Scroll the tabs left</source>
        <translation>Reiter nach links blättern</translation>
    </message>
    <message>
        <source>Scroll the tabs right</source>
        <translation>Reiter nach rechts blättern</translation>
    </message>
    <message>
        <source>Shows the tabs that do not fit beside the others</source>
        <translation>Zeigt die Reiter, die neben den anderen keinen Platz haben</translation>
    </message>
    <message>
        <source>The model drawn to scale: drag the pelvis, or use the arrow keys</source>
        <translation>Das Modell maßstabsgetreu: Becken ziehen oder die Pfeiltasten verwenden</translation>
    </message>
    <message>
        <source>Postures overlaid, with the psoas lengths compared</source>
        <translation>Haltungen übereinandergelegt, mit den Längen des M. psoas major im Vergleich</translation>
    </message>
    <message>
        <source>Every muscle&apos;s length change from neutral standing</source>
        <translation>Die Längenänderung jedes Muskels gegenüber dem neutralen Stand</translation>
    </message>
    <message>
        <source>The moments tilting the pelvis: muscles, trunk weight, passive joints</source>
        <translation>Die Momente, die das Becken kippen: Muskeln, Rumpfgewicht, passive Gelenkstrukturen</translation>
    </message>
    <message>
        <source>Muscle tension and tightness, fascial pulls, Settle the pelvis</source>
        <translation>Muskelspannung und Verkürzung, Faszienzüge, Becken einpendeln</translation>
    </message>
    <message>
        <source>Popular claims about the psoas, tested on the model</source>
        <translation>Verbreitete Behauptungen über den M. psoas major, am Modell geprüft</translation>
    </message>
    <message>
        <source>The model in words: posture, psoas, neighbouring muscles and angles</source>
        <translation>Das Modell in Worten: Haltung, Psoas, Nachbarmuskeln und Winkel</translation>
    </message>
    <message>
        <source>Posture controls</source>
        <translation>Haltungsregler</translation>
    </message>
    <message>
        <source>Prediction questions</source>
        <translation>Vorhersagefragen</translation>
    </message>
    <message>
        <source>Scroll: {name}</source>
        <translation>Blättern: {name}</translation>
    </message>
    <message>
        <source>Scroll sideways: {name}</source>
        <translation>Seitwärts blättern: {name}</translation>
    </message>
    <message>
        <source>Tab to a control also scrolls it into sight</source>
        <translation>Tab zu einem Bedienelement blättert es auch in Sicht</translation>
    </message>
    <message>
        <source>Compare postures</source>
        <translation>Haltungen vergleichen</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Wert erwartet</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
</context>
</TS>
