"""A small horizontal bar chart for counts (the Overzicht's continuum and domains).

Painted directly: the rich-text table it replaces took a third of the Overzicht's first
paint, because a word-wrapped label lays its HTML out again for every width it is asked.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_WIDTH = 220  # at most; narrower when the box is
GAP = 8


class BarChart(QWidget):
    """Rows of label, count and a bar in proportion to the largest count.

    ``set_rows`` with nothing to count shows the ``empty`` hint instead; ``note`` is a line
    under the bars. ``text()`` is the chart in words, also given to screen readers.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, QColor]] = []
        self._empty = ""
        self._note = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_rows(self, rows: list[tuple[str, int, str]], empty: str, note: str = "") -> None:
        """Rows of (label, count, colour as "#rrggbb")."""
        self._rows = [(label, count, QColor(colour)) for label, count, colour in rows]
        self._empty = empty
        self._note = note
        self.setAccessibleDescription(self.text())
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        lines = ([f"{label}: {count}" for label, count, _ in self._rows] if self._has_counts()
                 else [self._empty])
        return "\n".join(lines + ([self._note] if self._note else []))

    def _has_counts(self) -> bool:
        return any(count for _, count, _ in self._rows)

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _columns(self) -> tuple[int, int]:
        """Widths of the label and count columns."""
        if not self._has_counts():
            return 0, 0
        label = max(self.fontMetrics().horizontalAdvance(text) for text, _, _ in self._rows)
        top = max(count for _, count, _ in self._rows)
        return label, QFontMetrics(self._bold()).horizontalAdvance(str(top)) + 4

    def _italic(self) -> QFont:
        italic = QFont(self.font())
        italic.setItalic(True)
        return italic

    def _wrapped(self, font: QFont, text: str, width: int) -> int:
        """Height of ``text`` word-wrapped to ``width``."""
        flags = Qt.TextFlag.TextWordWrap
        return QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 1), 10_000), flags, text).height()

    def hasHeightForWidth(self) -> bool:
        return True

    def _body_height(self, width: int) -> int:
        """Height of the bars, or of the hint when there is nothing to count."""
        if self._has_counts():
            return len(self._rows) * self._line()
        return self._wrapped(self._italic(), self._empty, width)

    def heightForWidth(self, width: int) -> int:
        note = GAP + self._wrapped(self.font(), self._note, width) if self._note else 0
        return self._body_height(width) + note + 4

    def sizeHint(self) -> QSize:
        label, count = self._columns()
        width = label + count + 2 * GAP + BAR_WIDTH
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        label, count = self._columns()
        width = label + count + 2 * GAP + BAR_WIDTH // 4
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        line = self._line()
        wrap = Qt.TextFlag.TextWordWrap
        if self._note:  # also beside the hint: a school with only group trajectories has one
            below = self._body_height(self.width()) + GAP
            painter.drawText(QRect(0, below, self.width(), self.height() - below), wrap, self._note)
        if not self._has_counts():
            painter.setFont(self._italic())
            painter.drawText(self.rect(), wrap, self._empty)
            return
        bold = self._bold()
        label_width, count_width = self._columns()
        top = max(count for _, count, _ in self._rows)
        bar_left = label_width + GAP + count_width + GAP
        bar_room = max(0, min(BAR_WIDTH, self.width() - bar_left - 2))
        middle = Qt.AlignmentFlag.AlignVCenter
        for row, (label, count, colour) in enumerate(self._rows):
            y = row * line
            painter.setFont(self.font())
            painter.drawText(QRect(0, y, label_width, line), middle | Qt.AlignmentFlag.AlignLeft, label)
            painter.setFont(bold)
            painter.drawText(QRect(label_width + GAP, y, count_width, line),
                             middle | Qt.AlignmentFlag.AlignRight, str(count))
            if count:
                # setBrush and drawRect rather than fillRect: resolving fillRect's overloads makes
                # PySide build QGradient's 169 presets, 4 ms of the first paint.
                painter.save()
                painter.setBrush(colour)
                painter.setPen(colour.darker(130))  # an edge: pale colours stay visible on paper
                painter.drawRect(QRect(bar_left, y + 3, max(2, round(bar_room * count / top)) - 1, line - 7))
                painter.restore()
