"""The Claims panel: popular claims about the psoas, each with the model's verdict.

Choosing a claim sets its first posture and, through the session's view state, overlays its postures in the
Compare tab and highlights its structures in the play area; it shows the deciding numbers, the explanation and
the caveat; its structures open their anatomy cards (``structure_requested``).  Reset all clears the choice.  Verdicts are computed by :func:`psoas_viz.model.claims.evaluate_claims` for the state's pelvic
incidence, re-evaluated (shortly after, coalesced) when the pelvic incidence changes.
"""

from __future__ import annotations

import html

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication

from psoas_viz import i18n, terms
from psoas_viz.content_i18n import translated_claims
from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template, format_number
from psoas_viz.model.scenario import Scenario
from psoas_viz.model.claims import ClaimResult, evaluate_claims, load_claims
from psoas_viz.session import CompareSpec, Session

from . import style

Qt = QtCore.Qt
REEVALUATE_MS = 120  # coalesce a dragged pelvic-incidence slider: one evaluation (~100 ms) after it rests
# verdict -> (symbol, word, background); white text on each background has a contrast ratio of 4.5 or more
VERDICTS = {"supported": ("✔", QT_TRANSLATE_NOOP("ClaimsPanel", "SUPPORTED"), "#1b6e34"),
            "contradicted": ("✘", QT_TRANSLATE_NOOP("ClaimsPanel", "CONTRADICTED"), "#b2182b"),
            "depends": ("◐", QT_TRANSLATE_NOOP("ClaimsPanel", "DEPENDS ON"), "#6b4f00"),
            "not_testable": ("?", QT_TRANSLATE_NOOP("ClaimsPanel", "NOT TESTABLE HERE:"), "#4a4a6a")}
UNITS = (("_nm_per_deg", "N m/°"), ("_percent", "%"), ("_deg", "°"), ("_mm", "mm"), ("_nm", "N m"), ("_n", "N"))
# the deciding numbers of psoas_viz.model.claims by key (unit and muscle id taken out); a key not listed is
# written from its words, in English
NUMBER_WORDS = {
    "change": QT_TRANSLATE_NOOP("ClaimsPanel", "Change"), "length": QT_TRANSLATE_NOOP("ClaimsPanel", "Length"),
    "{muscle}_change": QT_TRANSLATE_NOOP("ClaimsPanel", "{muscle}: change"),
    "upright_change": QT_TRANSLATE_NOOP("ClaimsPanel", "Change, upright spine"),
    "locked_change": QT_TRANSLATE_NOOP("ClaimsPanel", "Change, locked spine"),
    "upright_settled_tilt_relaxed": QT_TRANSLATE_NOOP("ClaimsPanel", "Settled tilt, upright spine, relaxed"),
    "upright_settled_tilt_tight": QT_TRANSLATE_NOOP("ClaimsPanel", "Settled tilt, upright spine, tight"),
    "locked_settled_tilt_relaxed": QT_TRANSLATE_NOOP("ClaimsPanel", "Settled tilt, locked spine, relaxed"),
    "locked_settled_tilt_tight": QT_TRANSLATE_NOOP("ClaimsPanel", "Settled tilt, locked spine, tight"),
    "upright_shift": QT_TRANSLATE_NOOP("ClaimsPanel", "Shift, upright spine"),
    "upright_shift_with_gait2392": QT_TRANSLATE_NOOP("ClaimsPanel", "Shift, upright spine, with gait2392 forces"),
    "locked_shift": QT_TRANSLATE_NOOP("ClaimsPanel", "Shift, locked spine"),
    "tightness": QT_TRANSLATE_NOOP("ClaimsPanel", "Tightness"),
    "sit_up_{muscle}_capacity": QT_TRANSLATE_NOOP("ClaimsPanel", "Sit-up: {muscle} capacity"),
    "sit_up_iliopsoas_share": QT_TRANSLATE_NOOP("ClaimsPanel", "Sit-up: iliopsoas share"),
    "sit_up_iliopsoas_share_with_gait2392": QT_TRANSLATE_NOOP("ClaimsPanel",
                                                              "Sit-up: iliopsoas share, gait2392 forces"),
    "hanging_leg_raise_{muscle}_capacity": QT_TRANSLATE_NOOP("ClaimsPanel", "Hanging leg raise: {muscle} capacity"),
    "hanging_leg_raise_iliopsoas_share": QT_TRANSLATE_NOOP("ClaimsPanel", "Hanging leg raise: iliopsoas share"),
    "hanging_leg_raise_iliopsoas_share_with_gait2392": QT_TRANSLATE_NOOP(
        "ClaimsPanel", "Hanging leg raise: iliopsoas share, gait2392 forces"),
    "held_balanced": QT_TRANSLATE_NOOP("ClaimsPanel", "Held: balanced"),
    "held_on_range_limit": QT_TRANSLATE_NOOP("ClaimsPanel", "Held: on a range limit"),
    "held_stiffness": QT_TRANSLATE_NOOP("ClaimsPanel", "Held: stiffness"),
    "held_tilt": QT_TRANSLATE_NOOP("ClaimsPanel", "Held: tilt"),
    "released_balanced": QT_TRANSLATE_NOOP("ClaimsPanel", "Released: balanced"),
    "released_on_range_limit": QT_TRANSLATE_NOOP("ClaimsPanel", "Released: on a range limit"),
    "released_stiffness": QT_TRANSLATE_NOOP("ClaimsPanel", "Released: stiffness"),
    "released_tilt": QT_TRANSLATE_NOOP("ClaimsPanel", "Released: tilt"),
    "path_with": QT_TRANSLATE_NOOP("ClaimsPanel", "Psoas path with the pull"),
    "path_without": QT_TRANSLATE_NOOP("ClaimsPanel", "Psoas path without the pull"),
    "pull": QT_TRANSLATE_NOOP("ClaimsPanel", "Pull"),
    "tension_with": QT_TRANSLATE_NOOP("ClaimsPanel", "Tension with the pull"),
    "tension_without": QT_TRANSLATE_NOOP("ClaimsPanel", "Tension without the pull"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ClaimsPanel", text)


def badge_text(result: ClaimResult) -> str:
    symbol, word, _ = VERDICTS[result.verdict]
    text = f"{symbol} {tr(word)}"
    if result.verdict == "depends" and result.depends_on:
        text += f" {result.depends_on.upper()}"
    elif result.verdict == "not_testable" and result.depends_on:
        text += f" {result.depends_on}"
    return text


def format_value(value) -> str:
    """A number as ``psoas-viz claims --format json`` prints it (booleans as yes/no)."""
    if isinstance(value, bool):
        return (QCoreApplication.translate("ClaimsPanel", "yes") if value
                else QCoreApplication.translate("ClaimsPanel", "no"))
    if isinstance(value, float):
        text = f"{value:g}"
        if "e" in text:
            return fill_template("{v:g}", {"v": value})
        return format_number(value, len(text.partition(".")[2]))  # the same digits, as the language writes them
    return fill_template("{v}", {"v": value}) if isinstance(value, int) else str(value)


def number_label(key: str, names: dict[str, str]) -> str:
    unit = ""
    for suffix, text in UNITS:
        if key.endswith(suffix):
            key, unit = key[: -len(suffix)], text
            break
    muscle = next((mid for mid in sorted(names, key=len, reverse=True) if mid in key), None)
    template = key.replace(muscle, "{muscle}") if muscle else key
    if template in NUMBER_WORDS:
        words = tr(NUMBER_WORDS[template]).format(muscle=names[muscle] if muscle else "")
    else:
        for mid, name in sorted(names.items(), key=lambda pair: -len(pair[0])):
            key = key.replace(mid, name.lower().replace(" ", "\0"))
        words = key.replace("_", " ").replace("\0", " ")
    words = words[:1].upper() + words[1:]
    return f"{words} ({unit})" if unit else words


class ClaimRow(QtWidgets.QFrame):
    """One claim: its verdict badge over its text; click, Enter or Space chooses it."""

    chosen = QtCore.Signal(str)

    def __init__(self, claim_id: str, text: str, parent=None):
        super().__init__(parent)
        self.claim_id = claim_id
        self.setObjectName("claimRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        self.badge = QtWidgets.QLabel("…")
        self.badge.setWordWrap(True)
        self.text = QtWidgets.QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(style.css("font-size:13pt;color:#111"))
        layout.addWidget(self.badge)
        layout.addWidget(self.text)
        self.set_text(text)
        self.set_selected(False)

    def set_text(self, text: str) -> None:
        """The claim in the current language (before its verdict is known)."""
        self.claim_text = text
        self.text.setText(self.tr("“{text}”").format(text=html.escape(text)))  # each language's quotation marks
        self.setAccessibleName(self.tr("Claim: {text}").format(text=text))
        self.setAccessibleDescription(self.tr("Enter or Space sets up its scenario and shows the model's verdict"))

    def set_result(self, result: ClaimResult) -> None:
        self.set_text(result.text)
        self.badge.setText(badge_text(result))
        self.setAccessibleName(self.tr("Claim: {text} — {verdict}").format(text=self.claim_text,
                                                                        verdict=badge_text(result)))
        colour = VERDICTS[result.verdict][2]
        self.badge.setStyleSheet(style.css(f"font-size:11pt;font-weight:bold;color:#fff;background:{colour};"
                                           "padding:2px 6px;border-radius:3px"))

    def set_selected(self, on: bool) -> None:
        self.selected = on
        border = "3px solid #1a1a1a" if on else "1px solid #bbb"
        background = "#fff8d6" if on else "#ffffff"
        self.setStyleSheet(f"#claimRow{{border:{border};border-radius:5px;background:{background}}}"
                           "#claimRow:focus{border:3px solid #3060c0}")

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.claim_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.claim_id)
            event.accept()
            return
        super().keyPressEvent(event)


class ClaimDetail(QtWidgets.QFrame):
    """The chosen claim: summary, numbers, scenarios, structures, explanation and caveat."""

    posture_requested = QtCore.Signal(str)  # a posture label of the claim
    structure_requested = QtCore.Signal(str)  # an anatomy id

    def __init__(self, names: dict[str, str], parent=None):
        super().__init__(parent)
        self.names = names
        self.setObjectName("claimDetail")
        self.setStyleSheet(style.css("#claimDetail{background:#fbfaf7;border-left:3px solid #1a1a1a}"
                                     "QPushButton{font-size:12pt;padding:4px 8px;text-align:left}"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 10)
        layout.setSpacing(6)

        def label(css: str) -> QtWidgets.QLabel:
            w = QtWidgets.QLabel()
            w.setWordWrap(True)
            w.setTextFormat(Qt.TextFormat.RichText)
            w.setStyleSheet(style.css(css))
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(w)
            return w

        self.summary = label("font-size:13pt;font-weight:bold;color:#111")
        self.numbers = label("font-size:12pt;color:#111")
        self.explanation = label("font-size:12pt;color:#111")
        self.caveat = label("font-size:11pt;color:#333;font-style:italic")
        self.scenario_heading = label("font-size:12pt;font-weight:bold;color:#333")
        self.scenario_box = QtWidgets.QVBoxLayout()
        self.scenario_box.setSpacing(3)
        layout.addLayout(self.scenario_box)
        self.structure_heading = label("font-size:12pt;font-weight:bold;color:#333")
        self.structure_box = QtWidgets.QVBoxLayout()
        self.structure_box.setSpacing(3)
        layout.addLayout(self.structure_box)
        self.scenario_buttons: dict[str, QtWidgets.QPushButton] = {}
        self.structure_buttons: dict[str, QtWidgets.QPushButton] = {}
        self.structure_language: str | None = None

    @staticmethod
    def _clear(box: QtWidgets.QVBoxLayout) -> None:
        while box.count():
            widget = box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def show_result(self, result: ClaimResult, anatomy) -> None:
        self.summary.setText(html.escape(result.summary))
        rows = "".join(f"<tr><td>{html.escape(number_label(k, self.names))}&nbsp;&nbsp;</td>"
                       f"<td align=right><b>{format_value(v)}</b></td></tr>" for k, v in result.numbers.items())
        self.numbers.setText(f"<table cellspacing=0 cellpadding=1>{rows}</table>")
        self.explanation.setText(self.tr("<b>Why.</b> {text}").format(text=html.escape(result.explanation)))
        self.caveat.setText(self.tr("Caveat (2-D model): {text}").format(text=html.escape(result.caveat)))
        language = i18n.current_language()  # buttons are made anew in another language
        if list(self.scenario_buttons) != list(result.postures) or getattr(self, "_language", None) != language:
            self._language = language
            self._clear(self.scenario_box)
            self.scenario_buttons = {}
            for label in result.postures:
                button = QtWidgets.QPushButton(self.tr("▶ Show: {posture}").format(posture=label))
                button.setAccessibleDescription(self.tr("Sets this posture of the claim in the model"))
                button.clicked.connect(lambda _=False, l=label: self.posture_requested.emit(l))
                self.scenario_box.addWidget(button)
                self.scenario_buttons[label] = button
        self.scenario_heading.setText(self.tr("The scenarios (overlaid in the Compare tab):")
                                      if len(result.postures) > 1 else self.tr("The scenario:"))
        if list(self.structure_buttons) != result.structures or self.structure_language != language:
            self.structure_language = language
            self._clear(self.structure_box)
            self.structure_buttons = {}
            cards = terms.translated_cards(anatomy)
            for sid in result.structures:
                name = cards[sid].name if sid in cards else sid
                button = QtWidgets.QPushButton(self.tr("{name}: anatomy card…").format(name=name))
                button.setToolTip(self.tr("Origin, insertion, actions, nerve, effect on pelvic tilt, sources"))
                button.setAccessibleDescription(button.toolTip())
                button.clicked.connect(lambda _=False, s=sid: self.structure_requested.emit(s))
                self.structure_box.addWidget(button)
                self.structure_buttons[sid] = button
        self.structure_heading.setText(self.tr("Structures involved (highlighted in the model):"))


class ClaimsPanel(QtWidgets.QWidget):
    claim_chosen = QtCore.Signal(object)  # ClaimResult: set up its scenario (compare, highlight)
    structure_requested = QtCore.Signal(str)
    posture_shown = QtCore.Signal(str)  # a scenario button set this posture label

    def __init__(self, state: Session, anatomy: dict, parent=None):
        super().__init__(parent)
        self.session = state
        self.model = state.model
        self.claims = load_claims()
        self.results: dict[str, ClaimResult] = {}
        self.evaluated_for: tuple | None = None  # (PI, muscles, pulls) the shown results were computed for
        self.current_id: str | None = None
        self.anatomy = anatomy
        self._shown: tuple | None = None  # the highlight and overlay the chosen claim set
        names = terms.muscle_names(self.model)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = self.intro = QtWidgets.QLabel()
        intro.setWordWrap(True)
        intro.setStyleSheet(style.css("font-size:11pt;color:#333;padding:4px 6px"))
        layout.addWidget(intro)
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        column = QtWidgets.QWidget()
        self.column = QtWidgets.QVBoxLayout(column)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.setSpacing(6)
        self.rows: dict[str, ClaimRow] = {}
        for claim in self.claims:
            row = ClaimRow(claim["id"], claim["text"])
            row.chosen.connect(self.choose)
            self.column.addWidget(row)
            self.rows[claim["id"]] = row
        self.detail = ClaimDetail(names)
        self.detail.hide()
        self.detail.posture_requested.connect(self.show_posture)
        self.detail.structure_requested.connect(self.structure_requested)
        self.column.addWidget(self.detail)
        self.column.addStretch(1)
        self.scroll.setWidget(column)
        layout.addWidget(self.scroll, 1)

        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REEVALUATE_MS)
        self._timer.timeout.connect(self.evaluate)
        self._unsubscribe = state.subscribe(self._on_state)
        self.retranslate()

    def retranslate(self) -> None:
        """The panel in the current language: its words, the claims' text and, if they were evaluated, the
        verdicts and the chosen claim's detail (the window calls this when the language changes)."""
        self.intro.setText(self.tr("Popular claims, tested on the model. Choose one to set up its scenario. They are "
                                   "tested on the person in the window: its pelvis shape (PI), muscle tone and fascial "
                                   "pulls — Relax all in the Muscles tab gives the standard answers."))
        self.scroll.setAccessibleName(self.tr("Claims"))
        self.detail.names = terms.muscle_names(self.model)
        for claim in translated_claims(self.claims):
            self.rows[claim["id"]].set_text(claim["text"])
        if self.evaluated_for is not None:
            self.evaluate()

    # -- evaluation ------------------------------------------------------------------------------------
    def evaluate(self) -> None:
        """Evaluate every claim for the state's pelvis shape and muscle tone (about 0.1 s) and update what is
        shown."""
        self._timer.stop()
        results = evaluate_claims(self.model, translated_claims(self.claims), base=self.session.posture,
                                  tone=self.session.activation())
        self.results = {r.id: r for r in results}
        self.evaluated_for = self._person()
        for rid, row in self.rows.items():
            row.set_result(self.results[rid])
        if self.current_id is not None:
            result = self.results[self.current_id]
            self.detail.show_result(result, self.anatomy)
            if self.session.view["compare"] is not None:
                self._show_in_views(result)

    def _person(self):
        """What the claims are evaluated for: the pelvis shape and the muscle tone and pulls."""
        settings = self.session.settings
        return (settings.posture.pelvic_incidence, settings.muscles, settings.pulls)

    def ensure_evaluated(self) -> None:
        if self.evaluated_for != self._person():
            self.evaluate()

    def _on_state(self, state, what):
        if what == "view" and self.current_id is not None and self._shown not in (None, self._in_views()):
            self._deselect()  # Reset all cleared (or something else replaced) the claim's highlight and overlay
            return
        if what in ("posture", "muscles") and self.evaluated_for is not None and self._person() != self.evaluated_for:
            self._timer.start()

    def showEvent(self, event):
        super().showEvent(event)
        self.ensure_evaluated()  # deferred to the first showing: start-up does not pay for it

    # -- choosing --------------------------------------------------------------------------------------
    @property
    def current(self) -> ClaimResult | None:
        return self.results.get(self.current_id) if self.current_id else None

    def choose(self, claim_id: str) -> None:
        """Choose a claim: its first posture, its detail under its row, and ``claim_chosen``."""
        self.ensure_evaluated()
        result = self.results[claim_id]
        self.current_id = claim_id
        for rid, row in self.rows.items():
            row.set_selected(rid == claim_id)
        self.column.removeWidget(self.detail)
        self.column.insertWidget(self.column.indexOf(self.rows[claim_id]) + 1, self.detail)
        self.detail.show_result(result, self.anatomy)
        self.detail.show()
        if result.postures:
            self._show(next(iter(result.postures.values())), result.text, self._words(claim_id, None))
        self._show_in_views(result)
        self.claim_chosen.emit(result)
        QtCore.QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.rows[claim_id], 0, 0))

    def _show_in_views(self, result: ClaimResult) -> None:
        """The claim's structures highlighted and, with two or more postures, overlaid in Compare."""
        spec = None
        if len(result.postures) >= 2:
            spec = CompareSpec(tuple(result.postures.items()), tuple(result.structures), result.text)
        self._shown = None  # while both are set
        self.session.set_view("highlight", tuple(result.structures))
        self.session.set_view("compare", spec)
        self._shown = self._in_views()

    def _in_views(self) -> tuple:
        return (self.session.view["highlight"], self.session.view["compare"])

    def _deselect(self) -> None:
        self.current_id = None
        for row in self.rows.values():
            row.set_selected(False)
        self.detail.hide()

    def clear(self) -> None:
        self._deselect()
        self.session.set_view("highlight", ())
        self.session.set_view("compare", None)
        self.claim_chosen.emit(None)

    def show_posture(self, label: str) -> None:
        result = self.current
        if result is not None and label in result.postures:
            self._show(result.postures[label], f"{result.text} — {label}",
                       self._words(result.id, list(result.postures).index(label)))
            self.posture_shown.emit(label)

    def _show(self, posture, title: str, words) -> None:
        """Set a claim's posture as a scenario (the current muscle tone and pulls are kept), so that views
        which would move the posture (Settle) leave it alone."""
        state = self.session
        state.set_scenario(Scenario(posture, state.muscles, {}, title, "", state.pulls), words)

    def _words(self, claim_id: str, posture: int | None):
        """The title of a claim's posture (the claim's text, then the ``posture``-th label its verdict names, if
        one was chosen) in whichever language is current when the session asks (after a language switch): the
        labels are the claim's verdict's, evaluated again in the language for the person it was chosen for."""
        claim = next(c for c in self.claims if c["id"] == claim_id)
        base, tone = self.session.posture, self.session.activation()

        def words() -> tuple[str, str]:
            if posture is None:
                return translated_claims([claim])[0]["text"], ""
            result = evaluate_claims(self.model, translated_claims([claim]), base=base, tone=tone)[0]
            return f"{result.text} — {list(result.postures)[posture]}", ""
        return words

    def shown_text(self) -> str:
        """Everything the detail shows, as plain text (for tests and screen readers)."""
        doc = QtGui.QTextDocument()
        parts = []
        for w in (self.detail.summary, self.detail.numbers, self.detail.explanation, self.detail.caveat):
            doc.setHtml(w.text())
            parts.append(doc.toPlainText())
        return "\n".join(parts)

    def close_view(self):
        self._timer.stop()
        self._unsubscribe()
