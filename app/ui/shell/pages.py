"""One page per step: the official headline, our explanation (HTML from resources) and a slot
for the live parts (certificate picker, linkage tracking) that later widgets add."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app.domain.facts import Facts, default_facts, expand_facts
from app.domain.steps import Step, StepId
from app.resources import resource
from app.ui.widgets import accessible, domain_texts
from app.ui.widgets.guide_text import GuideText

_LINK = re.compile(r'href="([^"]+)"')


def page_source(step_id: str, lang: str) -> tuple[str, str]:
    """The page's HTML as stored (``{{fact:ID}}`` placeholders unfilled) and its language."""
    for candidate in (lang, "ja"):
        file = resource(f"pages/{candidate}/{step_id}.html")
        if file.is_file():
            return file.read_text(encoding="utf-8"), candidate
    raise FileNotFoundError(f"pages/{lang}/{step_id}.html")


def page_html(step_id: str, lang: str, facts: Facts | None = None) -> str:
    """The explanatory HTML of a step in ``lang`` (falling back to Japanese), with the dated facts
    filled in from ``facts`` (default: the shipped record)."""
    html, candidate = page_source(step_id, lang)
    html = expand_facts(html, default_facts() if facts is None else facts, candidate)
    # A line break between Japanese characters would render as a stray space.
    return html.replace("\n", "") if candidate == "ja" else html


def links_in(html: str) -> list[str]:
    return _LINK.findall(html)


READABLE_CHARACTERS = 50  # the column's width in full-width characters of the body text
MIN_COLUMN_PX = 760  # wide enough for a row of segmented buttons beside its title


class StepPage(QScrollArea):
    """A scrollable page in one order: the headline, a 「今やること」 card with the member's to-dos
    (``todo``), then the guide's explanation and ``extras``. The column has a readable width and is
    centred in wide windows."""

    link_activated = Signal(str)

    def __init__(self, step: Step, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"page_{step.id.value}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop; keys still scroll from inside

        body = QWidget()
        body.setObjectName("pageBody")
        centre = QHBoxLayout(body)
        centre.setContentsMargins(0, 0, 0, 0)
        self.column = QWidget()
        self.column.setObjectName("pageColumn")
        centre.addStretch(1)
        centre.addWidget(self.column, 100)
        centre.addStretch(1)
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(20, 18, 20, 24)
        layout.setSpacing(14)

        self.kicker = QLabel()
        self.kicker.setObjectName("pageKicker")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        accessible.mark_heading(self.title)  # read with its text, as a heading
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.todo_card = QFrame()
        self.todo_card.setObjectName("todoCard")
        card_layout = QVBoxLayout(self.todo_card)
        card_layout.setContentsMargins(14, 12, 14, 14)
        card_layout.setSpacing(10)
        self.todo_title = QLabel()
        self.todo_title.setObjectName("todoTitle")
        accessible.mark_heading(self.todo_title)
        card_layout.addWidget(self.todo_title)
        self.todo = QVBoxLayout()
        self.todo.setSpacing(12)
        card_layout.addLayout(self.todo)
        self.todo_card.setVisible(False)  # until a to-do is added

        self.content = GuideText()  # read block by block by a screen reader; links go through the allow-list
        self.content.setObjectName("pageContent")
        self.content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.content.linkActivated.connect(self.link_activated)

        self.extras = QVBoxLayout()
        self.extras.setSpacing(12)

        # what the page is about, before anything else on it (STEP0: above the diagram)
        self.lead = QLabel()
        self.lead.setObjectName("pageLead")
        self.lead.setWordWrap(True)
        self.lead.setTextFormat(Qt.TextFormat.RichText)
        self.lead.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout.addWidget(self.kicker)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addWidget(self.todo_card)
        layout.addWidget(self.content)
        layout.addLayout(self.extras)
        layout.addStretch(1)
        self.setWidget(body)
        self.facts: Facts | None = None  # None: the shipped record
        self.headline: str | None = None  # a state-aware headline instead of the guide's (準備完了)
        self._fit_column()
        self.set_language(lang)

    def _fit_column(self) -> None:
        """A readable line length that grows with the font (at 200 % it simply fills the window)."""
        em = self.content.fontMetrics().horizontalAdvance("あ")  # i18n: measured, never shown
        self.column.setMaximumWidth(max(MIN_COLUMN_PX, em * READABLE_CHARACTERS) + 56)

    def add_todo(self, widget: QWidget, index: int = -1) -> None:
        """Put ``widget`` into the 「今やること」 card (at ``index``; -1: last)."""
        self.todo.insertWidget(index, widget)
        self.todo_card.setVisible(True)

    def set_facts(self, facts: Facts | None) -> None:
        """Show the dated facts of ``facts`` (e.g. a newer record from a catalog update)."""
        self.facts = facts
        self.set_language(self.lang)

    def add_before_content(self, widget: QWidget) -> None:
        """Place ``widget`` right before the explanation (after the 「今やること」 card)."""
        layout = self.column.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(self.content), widget)

    def set_language(self, lang: str) -> None:
        """Show the page in ``lang``: the HTML of that language and the translated headings."""
        self.lang = lang
        self.content.setText(page_html(self.step.id.value, lang, self.facts))
        try:  # an optional introduction: ``{step}_intro.html``
            self.lead.setText(page_html(f"{self.step.id.value}_intro", lang, self.facts))
        except FileNotFoundError:
            self.lead.setText("")
        self.lead.setVisible(bool(self.lead.text()))
        self.retranslate_ui()

    def _default_headline(self) -> str:
        if self.step.id is StepId.READY:  # the guide's 「事前準備が完了！…」 only once all is ready
            return domain_texts.sidebar_subtitle("準備状況を確認")  # i18n: translated via domain_texts
        return domain_texts.step_headline(self.step)

    def set_headline(self, headline: str | None) -> None:
        """Show ``headline`` as the page's title (None: the guide's own headline)."""
        self.headline = headline
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        headline = self.headline or self._default_headline()
        self.todo_title.setText(self.tr("今やること"))
        self.todo_card.setAccessibleName(self.tr("今やること"))
        self.kicker.setText(domain_texts.step_label(self.step))
        self.title.setText(headline)
        self.content.setAccessibleName(self.tr("説明: {headline}").format(headline=headline))
        self.content.setAccessibleDescription(
            self.tr("リンクは Tab キーで選び、Enter キーでブラウザに開きます")
        )
        self.setAccessibleName(domain_texts.step_label(self.step))
        self.setAccessibleDescription(headline)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_column()
        super().changeEvent(event)

    def text(self) -> str:
        """Title and body as plain text (for tests and the self-test)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.lead.text() + self.content.text())
        return f"{self.kicker.text()}\n{self.title.text()}\n{doc.toPlainText()}"
