"""The guide's explanation on a page: rich text a screen reader can read, with links Tab reaches.

Drawn as one rich-text label (so the page looks as designed), but exposed as a document of its
blocks in reading order — each heading, paragraph, list item and table cell with its text — and
each link inside a block as a link object. Tab enters on the first link (Shift+Tab on the last),
the focused link gets the same 2 px ring as every other control, it is scrolled into view, and
the screen reader is told which link has focus.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QFocusEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextDocument,
    QTextLine,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QScrollArea, QWidget

from app.ui.widgets import accessible
from app.ui.widgets.focus_style import FOCUS_RING_RADIUS, FOCUS_RING_WIDTH


@dataclass(frozen=True)
class Link:
    start: int  # document positions of the anchor text
    end: int
    text: str
    href: str


@dataclass(frozen=True)
class Block:
    role: QAccessible.Role
    text: str
    start: int
    end: int
    links: tuple[Link, ...]


def blocks_of(doc: QTextDocument) -> list[Block]:
    """The non-empty blocks of ``doc`` in reading order, with their links."""
    blocks: list[Block] = []
    block = doc.begin()
    while block.isValid():
        text = " ".join(block.text().replace("\u2028", " ").split())
        if text:
            if block.blockFormat().headingLevel() > 0:
                role = QAccessible.Role.Heading
            elif block.textList() is not None:
                role = QAccessible.Role.ListItem
            else:
                role = QAccessible.Role.Paragraph
            links: list[Link] = []
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor() and fmt.anchorHref():
                    start, length = fragment.position(), fragment.length()
                    if links and links[-1].href == fmt.anchorHref() and links[-1].end == start:
                        prev = links.pop()  # one anchor split into fragments (bold inside a link)
                        text = prev.text + fragment.text()
                        links.append(Link(prev.start, start + length, text, prev.href))
                    else:
                        links.append(Link(start, start + length, fragment.text(), fmt.anchorHref()))
                it += 1
            end = block.position() + block.length()
            blocks.append(Block(role, text, block.position(), end, tuple(links)))
        block = block.next()
    return blocks


def _x(line: QTextLine, position: int) -> float:
    """Where the cursor at ``position`` stands on ``line`` (PySide returns a (x, position) pair)."""
    found = line.cursorToX(position)
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


class GuideText(QLabel):
    """A rich-text label for the guide's HTML (links go through ``linkActivated``, never straight to
    the browser)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible.install()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.doc = QTextDocument(self)
        self.blocks: list[Block] = []
        self.tree: GuideTree | None = None
        self._focused: Link | None = None

    def setText(self, text: str) -> None:
        super().setText(text)
        self.doc.setHtml(text)
        self.blocks = blocks_of(self.doc)
        self._focused = None
        if self.tree is not None:
            self.tree.rebuild()

    def links(self) -> list[Link]:
        return [link for block in self.blocks for link in block.links]

    # ----- keyboard: links in order, the focused one visible ------------------------------------
    def focused_link(self) -> Link | None:
        """The link that keyboard focus is on (Qt selects its text), if any."""
        if not self.hasFocus() or not self.hasSelectedText():
            return None
        at = self.selectionStart()
        return next((link for link in self.links() if link.start <= at < link.end), None)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.TabFocusReason and self.focused_link() is None:
            super().focusNextPrevChild(True)  # enter on the first link, not on the label
        elif event.reason() == Qt.FocusReason.BacktabFocusReason and self.focused_link() is None:
            for _ in self.links():  # walk to the last link
                if not super().focusNextPrevChild(True):
                    break
        self._link_moved()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._focused = None
        self.update()

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next) if self.hasFocus() else False
        if moved:
            self._link_moved()
        return moved or super().focusNextPrevChild(next)

    def link_rect(self, link: Link) -> QRect:
        """Where ``link`` is drawn, in this label's coordinates."""
        area = self.contentsRect()
        self.doc.setDefaultFont(self.font())
        self.doc.setTextWidth(area.width())
        self.doc.setDocumentMargin(0)
        layout = self.doc.documentLayout()
        block = self.doc.findBlock(link.start)
        origin = layout.blockBoundingRect(block).topLeft()
        lines = block.layout()
        rect = QRectF()
        for position in (link.start, max(link.start, link.end - 1)):
            line = lines.lineForTextPosition(position - block.position())
            if not line.isValid():
                continue
            x = _x(line, position - block.position())
            rect = rect.united(QRectF(x, line.y(), 1, line.height()))
            if position == link.start:
                first_line = line
        if rect.isNull():
            return area
        if rect.height() > first_line.height() * 1.5:  # wraps: the lines it covers, full width
            rect.setLeft(0)
            rect.setRight(area.width())
        else:
            end = lines.lineForTextPosition(link.end - block.position())
            if end.isValid():
                rect.setRight(_x(end, link.end - block.position()))
        return rect.translated(origin).translated(area.topLeft()).toAlignedRect().adjusted(-3, -2, 3, 2)

    def _link_moved(self) -> None:
        link = self.focused_link()
        if link == self._focused:
            return
        self._focused = link
        self.update()
        if link is None:
            return
        # After the scroll area's own ensureWidgetVisible (it runs once focus has moved).
        QTimer.singleShot(0, self._show_focused_link)
        if self.tree is not None:
            self.tree.focus_moved(link)

    def _show_focused_link(self) -> None:
        link = self.focused_link()
        scroll = self._scroll_area()
        body = scroll.widget() if scroll is not None else None
        if link is None or scroll is None or body is None:
            return
        rect = self.link_rect(link)
        centre = self.mapTo(body, rect.center())
        scroll.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 8, rect.height() // 2 + 24)

    def _scroll_area(self) -> QScrollArea | None:
        node = self.parentWidget()
        while node is not None and not isinstance(node, QScrollArea):
            node = node.parentWidget()
        return node

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        link = self.focused_link()
        if link is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_RING_WIDTH / 2
        ring = QRectF(self.link_rect(link)).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(ring, FOCUS_RING_RADIUS / 2, FOCUS_RING_RADIUS / 2)
        painter.end()

    def activate(self, link: Link) -> None:
        self.linkActivated.emit(link.href)


# ----- the accessibility tree --------------------------------------------------------------------
class _Node(QAccessibleInterface):
    """A block or a link inside a GuideText: no QObject of its own."""

    def __init__(self, tree: GuideTree, parent: QAccessibleInterface | None, role: QAccessible.Role) -> None:
        super().__init__()
        self.tree = tree
        self._parent = parent
        self._role = role
        self.kids: list[_LinkNode] = []

    def isValid(self) -> bool:
        return self.tree.alive()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.tree.label.window().windowHandle() if self.tree.alive() else None

    def relations(self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations) -> list:  # type: ignore[type-arg]
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((kid for kid in self.kids if kid.rect().contains(x, y)), None)

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._parent if self._parent is not None else self.tree.label_interface()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.kids[index] if 0 <= index < len(self.kids) else None

    def childCount(self) -> int:
        return len(self.kids)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, kid in enumerate(self.kids) if kid is child), -1)

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass

    def role(self) -> QAccessible.Role:
        return self._role

    def _screen(self, local: QRect) -> QRect:
        label = self.tree.label
        return QRect(label.mapToGlobal(local.topLeft()), local.size())


class _BlockNode(_Node):
    def __init__(self, tree: GuideTree, block: Block) -> None:
        super().__init__(tree, None, block.role)
        self.block = block
        self.kids = [_LinkNode(tree, self, link) for link in block.links]

    def text(self, kind: QAccessible.Text) -> str:
        return self.block.text if kind == QAccessible.Text.Name else ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        state.invisible = not self.tree.alive() or not self.tree.label.isVisible()
        return state

    def rect(self) -> QRect:
        if not self.tree.alive():
            return QRect()
        label = self.tree.label
        doc = label.doc
        label.link_rect(Link(self.block.start, self.block.start, "", ""))  # lays the document out
        box = doc.documentLayout().blockBoundingRect(doc.findBlock(self.block.start))
        local = box.translated(label.contentsRect().topLeft()).toAlignedRect()
        return self._screen(local)


class _LinkNode(_Node):
    """A link: Enter on the focused link opens it (the label handles the key)."""

    def __init__(self, tree: GuideTree, parent: _BlockNode, link: Link) -> None:
        super().__init__(tree, parent, QAccessible.Role.Link)
        self.link = link

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return " ".join(self.link.text.split())
        if kind == QAccessible.Text.Value:
            return self.link.href
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.linked = True
        alive = self.tree.alive()
        state.focused = alive and self.tree.label.focused_link() == self.link
        state.invisible = not alive or not self.tree.label.isVisible()
        return state

    def rect(self) -> QRect:
        return self._screen(self.tree.label.link_rect(self.link)) if self.tree.alive() else QRect()


class GuideTree(QObject):
    """The block and link interfaces of one GuideText. They have no QObject, so Qt's cache cannot
    drop them with the label: they are registered here and removed when the text changes or the
    label goes."""

    def __init__(self, label: GuideText) -> None:
        super().__init__(label)
        self.label = label
        self.nodes: list[_BlockNode] = []
        self.ids: list[int] = []
        label.destroyed.connect(self._forget)
        self.rebuild()

    def alive(self) -> bool:
        return shiboken6.isValid(self.label)

    def label_interface(self) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self.label) if self.alive() else None

    def rebuild(self) -> None:
        self._release()
        self.nodes = [_BlockNode(self, block) for block in self.label.blocks]
        for node in self.nodes:
            for interface in (node, *node.kids):
                self.ids.append(QAccessible.registerAccessibleInterface(interface))

    def _release(self) -> None:
        for ident in self.ids:
            QAccessible.deleteAccessibleInterface(ident)
        self.ids.clear()
        self.kept = self.nodes  # their Python side outlives the C++ side: never freed twice
        self.nodes = []

    def _forget(self) -> None:
        self._release()

    def focus_moved(self, link: Link) -> None:
        if not QAccessible.isActive():
            return
        node = next((kid for block in self.nodes for kid in block.kids if kid.link == link), None)
        if node is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(node, QAccessible.Event.Focus))


class GuideInterface(QAccessibleWidget):
    """The guide as a document: its blocks are its children."""

    def __init__(self, label: GuideText) -> None:
        super().__init__(label, QAccessible.Role.Document)
        if label.tree is None:
            label.tree = GuideTree(label)
        self.tree = label.tree

    def childCount(self) -> int:
        return len(self.tree.nodes)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        nodes = self.tree.nodes
        return nodes[index] if 0 <= index < len(nodes) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, node in enumerate(self.tree.nodes) if node is child), -1)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        link = self.tree.label.focused_link()
        for block in self.tree.nodes:
            for kid in block.kids:
                if kid.link == link:
                    return kid
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((n for n in self.tree.nodes if n.rect().contains(QPoint(x, y))), None)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.readOnly = True
        return state


accessible.register(GuideText, GuideInterface)
