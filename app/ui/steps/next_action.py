"""Above the pages: the next action, phrased for a person (in the header's one row), and the
follow-ups that are due (a notice under it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from app import i18n
from app.domain.model import Service
from app.domain.plan import FollowUp
from app.domain.status import Status
from app.domain.steps import CHECKLIST_ITEM_BY_ID, STEP_BY_ID
from app.i18n.labels import service_label
from app.i18n.plan import action_text, type_name
from app.i18n.status import status_text
from app.session import HouseholdSession
from app.ui.shell.view_bus import ViewBus
from app.ui.widgets import domain_texts, icons
from app.ui.widgets.boxes import panel
from app.ui.widgets.plain import PlainLabel


class ElidedLabel(PlainLabel):
    """One line of plain text, ended with 「…」 when the room runs out; the whole text stays its
    ``text()``, its tooltip and (set by the owner) the accessible name."""

    def minimumSizeHint(self) -> QSize:  # a few words of the sentence at least (the tooltip has it all)
        least = self.fontMetrics().horizontalAdvance("あ") * 10  # i18n: measured, never shown
        return QSize(
            min(least, self.fontMetrics().horizontalAdvance(self.text()) + 2), self.fontMetrics().height()
        )

    def sizeHint(self) -> QSize:  # asks for little: the header gives it what is left of the row
        return QSize(self.minimumSizeHint().width(), self.fontMetrics().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)


class NextActionBanner(QFrame):
    """「次にすること」 in the header's row: the plan's single next action on one line, and a button to
    open its step (whose 「今やること」 says it in full)."""

    def __init__(self, session: HouseholdSession, bus: ViewBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = panel(self, "nextActionBanner", QHBoxLayout(), (8, 1, 2, 1), spacing=8)
        self.session = session
        self.bus = bus
        self.icon = PlainLabel()
        self.kicker = PlainLabel(QCoreApplication.translate("Plan", "次にすること"))
        self.kicker.setObjectName("nextActionKicker")
        self.text = ElidedLabel(QCoreApplication.translate("Plan", "記録を読み込んでいます…"))
        self._phrase: str | None = None  # the plan's sentence, without the step that leads the line
        self.text.setObjectName("nextActionText")
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.go_button = QPushButton(QCoreApplication.translate("Plan", "開く(&G)"))
        self.go_button.setObjectName("nextActionGo")
        self.go_button.setAccessibleName(QCoreApplication.translate("Plan", "次にすることのステップを開く"))
        self.go_button.clicked.connect(self.go)
        layout.addWidget(self.icon)
        layout.addWidget(self.kicker)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.go_button)
        session.changed.connect(self.refresh)
        self.refresh()

    def phrase(self) -> str:
        """The next action's sentence (the line shows it after the step), else what the line says."""
        return self._phrase if self._phrase is not None else self.text.text()

    def refresh(self) -> None:
        self._phrase = None
        c = self.session
        plan = c.plan
        if not c.is_loaded:
            self.go_button.setEnabled(False)
            return
        if plan is None:
            self.text.setText(
                QCoreApplication.translate("Plan", "家族の名前を登録すると、次にすることが表示されます")
            )
            self.icon.clear()
            self.go_button.setEnabled(False)
            return
        action = plan.next_action
        text = self._phrase = action_text(action, c.catalog)
        name = c.profile_name(plan.profile_id)
        if action is None:
            kind, kicker = Status.DONE, QCoreApplication.translate("Plan", "すべて完了")
        elif action.waiting:
            kind, kicker = Status.WAITING, QCoreApplication.translate("Plan", "待っていること")
        else:  # an ordinary next step: calm, never a warning sign
            kind, kicker = Status.NEXT, QCoreApplication.translate("Plan", "次にすること")
        whose = kicker  # for the accessible name: whose next action, the switcher shows it on screen
        if len(c.members) > 1:
            whose = QCoreApplication.translate("Plan", "{kicker}（{name}）").format(kicker=kicker, name=name)
        if action is not None:
            # the step leads the sentence, not the kicker: the kicker never shrinks, the sentence
            # may end in 「…」, so the header's row keeps room for the card chip beside it
            step = domain_texts.step_label(STEP_BY_ID[action.step])
            text, whose = f"{step}  {text}", f"{whose} — {step}"
        self.kicker.setText(kicker)
        self.text.setText(text)
        self.icon.setPixmap(icons.status_icon(kind.value).pixmap(QSize(22, 22)))
        self.icon.setAccessibleName(status_text(kind))
        self.setAccessibleName(f"{whose}: {text}")
        self.go_button.setToolTip(f"{whose}: {text}")
        self.go_button.setEnabled(action is not None)

    def go(self) -> None:
        plan = self.session.plan
        if plan is None or plan.next_action is None:
            return
        self.bus.show_step.emit(plan.next_action.step)


def follow_up_text(session: HouseholdSession, follow_up: FollowUp) -> str:
    """One due follow-up for a person: what, whose, since when."""
    kind, _, rest = follow_up.subject.partition(":")
    what = follow_up.subject
    if kind == "item":
        item = CHECKLIST_ITEM_BY_ID.get(rest)
        what = domain_texts.checklist_text(item) if item is not None else rest
    elif kind == "linkage":
        try:
            what = QCoreApplication.translate("Plan", "{service}との連携").format(
                service=service_label(Service(rest))
            )
        except ValueError:
            what = rest
    elif kind == "certificate":
        member = session.household.member(follow_up.profile_id)
        cert = None
        if member is not None:
            cert = next((c for c in member.certificates if str(c.id) == rest.split(":")[0]), None)
        if cert is not None:
            name = type_name(cert.type_id, session.catalog, session.lang)
            what = QCoreApplication.translate("Plan", "{type}（{issuer}）").format(
                type=name, issuer=cert.issuer
            )
    step = domain_texts.step_label(STEP_BY_ID[follow_up.step])
    text = QCoreApplication.translate("Plan", "{what}（{step}、再確認日 {date}）").format(
        what=what, step=step, date=i18n.format_date(follow_up.due)
    )
    if len(session.members) > 1:
        text = f"{session.profile_name(follow_up.profile_id)}: {text}"
    return text


class FollowUpBanner(QFrame):
    """Shown at start-up when follow-up dates have come: what to check again today."""

    def __init__(self, session: HouseholdSession, bus: ViewBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = panel(self, "followUpBanner", QHBoxLayout(), (24, 6, 24, 6))
        self.session = session
        self.banners = bus.banners  # closed stays closed when the views are built again
        self.icon = PlainLabel()
        self.icon.setPixmap(icons.badge_icon("in_progress").pixmap(QSize(20, 20)))
        self.text = PlainLabel()
        self.text.setObjectName("followUpText")
        self.text.setWordWrap(True)
        self.close_button = QPushButton(QCoreApplication.translate("Plan", "閉じる(&X)"))
        self.close_button.setAccessibleName(QCoreApplication.translate("Plan", "再確認のお知らせを閉じる"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.setVisible(False)
        self._shown = False
        session.loaded.connect(self.show_due)
        if session.is_loaded:  # built again after a language change
            self.show_due()

    def dismiss(self) -> None:
        self.banners.follow_ups_dismissed = True
        self.hide()

    def show_due(self) -> None:
        """Once per start: list the due follow-ups (hidden when there are none)."""
        if self._shown:
            return
        self._shown = True
        due = self.session.due
        if not due or self.banners.follow_ups_dismissed:
            return
        lines = [QCoreApplication.translate("Plan", "再確認の日が来ています。状況を確かめて記録しましょう:")]
        lines += [f"・{follow_up_text(self.session, f)}" for f in due]
        self.text.setText("\n".join(lines))
        self.setAccessibleName(" ".join(lines))
        self.setVisible(True)
