"""Anatomy cards outside the hover: one card in its own small window (from the Claims panel's links), and the
Help → Anatomy index listing every muscle and bone of ``assets/anatomy.json`` with its card.

The card text is the hover card's (``psoas_viz.scene.cards``: muscles with their current numbers, the Latin name
under the title while the session's ``latin`` view option is on), so the three routes to a card always agree.
"""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz import terms
from psoas_viz.scene.cards import card_html

from . import style

Qt = QtCore.Qt
CARD_CSS = "QLabel{background:#fffff4;color:#111;font-size:13pt;padding:10px}"


def card_view() -> tuple[QtWidgets.QLabel, QtWidgets.QScrollArea]:
    """A selectable rich-text card in a scroll area (the card window and the anatomy index show the same)."""
    label = QtWidgets.QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setStyleSheet(style.css(CARD_CSS))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)  # read by keyboard too
    name = QtCore.QCoreApplication.translate("AnatomyCards", "Anatomy card")
    label.setAccessibleName(name)
    scroll = QtWidgets.QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setWidget(label)
    return label, scroll


class CardWindow(QtWidgets.QDialog):
    """One structure's card in a small non-modal window (reused: a new structure replaces the old one)."""

    def __init__(self, session, anatomy: dict, parent=None):
        super().__init__(parent)
        self.session, self.anatomy = session, anatomy
        self.structure_id: str | None = None
        self.setWindowTitle(self.tr("Anatomy card"))
        self.label, scroll = card_view()
        close = self.close_button = QtWidgets.QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(560, 520)
        session.subscribe(self._on_state)  # lives as long as the main window that owns it

    def _on_state(self, state, what):
        """Keep the card's current numbers (length, change, moment arm) in step with the posture."""
        if what == "posture" and self.structure_id is not None and self.isVisible():
            self.label.setText(card_html(state.snapshot, self.anatomy, self.structure_id, state.view["latin"]))

    def show_structure(self, structure_id: str) -> None:
        self.structure_id = structure_id
        info = terms.translated_cards(self.anatomy).get(structure_id)
        self.setWindowTitle(self.tr("Anatomy card — {name}").format(name=info.name if info else structure_id))
        self.label.setText(card_html(self.session.snapshot, self.anatomy, structure_id, self.session.view["latin"]))
        self.close_button.setText(self.tr("Close"))
        self.show()
        self.raise_()

    @property
    def card_text(self) -> str:
        return self.label.text()


class AnatomyIndex(QtWidgets.QDialog):
    """Every muscle and bone (list on the left, its card on the right)."""

    def __init__(self, session, anatomy: dict, parent=None):
        super().__init__(parent)
        self.session, self.anatomy = session, anatomy
        self.setWindowTitle(self.tr("Anatomy index"))
        self.list = QtWidgets.QListWidget()
        self.list.setStyleSheet(style.css("QListWidget{font-size:13pt}"))
        self.ids: list[str] = []
        structures = terms.translated_cards(anatomy)  # names in the current language, sorted as it sorts them
        for kind, heading in (("muscle", self.tr("Muscles")), ("bone", self.tr("Bones"))):
            header = QtWidgets.QListWidgetItem(heading)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for sid, info in sorted(((s, i) for s, i in structures.items() if i.kind == kind),
                                    key=lambda pair: pair[1].name):
                item = QtWidgets.QListWidgetItem("   " + info.name)
                item.setData(Qt.ItemDataRole.UserRole, sid)
                self.list.addItem(item)
                self.ids.append(sid)
        self.list.setMinimumWidth(260)
        self.list.setAccessibleName(self.tr("Muscles and bones"))
        self.list.setAccessibleDescription(self.tr("Up and down arrows choose a structure; its card shows beside the "
                                                   "list"))
        self.card, scroll = card_view()
        splitter = QtWidgets.QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setSizes([280, 560])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.list.currentItemChanged.connect(self._chosen)
        self.resize(900, 620)
        self.show_structure(self.ids[0])

    def _chosen(self, item, _previous=None):
        sid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if sid:
            self.card.setText(card_html(self.session.snapshot, self.anatomy, sid, self.session.view["latin"]))

    def show_structure(self, structure_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == structure_id:
                self.list.setCurrentItem(item)
                self._chosen(item)
                return
        raise KeyError(structure_id)

    @property
    def card_text(self) -> str:
        return self.card.text()


class AnatomyCards(QtCore.QObject):
    """The card window and the anatomy index of a main window, each made on first use; Help → Anatomy index.
    Both show the Latin names as soon as the session's ``latin`` option changes."""

    def __init__(self, session, anatomy: dict, window, help_menu: QtWidgets.QMenu):
        super().__init__(window)
        self.session, self.anatomy, self.window = session, anatomy, window
        self.card_window: CardWindow | None = None
        self.index: AnatomyIndex | None = None
        self.index_action = QtGui.QAction(self.tr("&Anatomy index…"), window)
        self.index_action.triggered.connect(lambda _=False: self.open_index())
        help_menu.addAction(self.index_action)
        self._latin = session.view["latin"]
        session.subscribe(self._on_state)  # lives as long as the main window that owns it

    def _on_state(self, state, what):
        if what == "view" and state.view["latin"] != self._latin:
            self._latin = state.view["latin"]
            if self.card_window is not None and self.card_window.structure_id is not None:
                self.card_window.label.setText(card_html(state.snapshot, self.anatomy, self.card_window.structure_id,
                                                         self._latin))
            if self.index is not None:
                self.index._chosen(self.index.list.currentItem())

    def retranslate(self) -> None:
        """The menu entry in the current language; an open card shows its text in it, the index is made anew."""
        self.index_action.setText(self.tr("&Anatomy index…"))
        if self.card_window is not None and self.card_window.structure_id is not None:
            if self.card_window.isVisible():
                self.card_window.show_structure(self.card_window.structure_id)
        if self.index is not None:
            shown, current = self.index.isVisible(), self.index.list.currentItem()
            sid = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
            self.index.close()
            self.index.deleteLater()
            self.index = None
            if shown:
                self.open_index()
                if sid:
                    self.index.show_structure(sid)

    def open_card(self, structure_id: str) -> None:
        if self.card_window is None:
            self.card_window = CardWindow(self.session, self.anatomy, self.window)
        self.card_window.show_structure(structure_id)

    def open_index(self) -> AnatomyIndex:
        if self.index is None:
            self.index = AnatomyIndex(self.session, self.anatomy, self.window)
        self.index.show()
        self.index.raise_()
        return self.index
