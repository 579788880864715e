"""A label of one or a few short lines that ends in "…" where its room runs out.

For the Overzicht's new-year steps: a word-wrapped label would make the whole page as tall
as it would like to be (Qt asks a wrapping label its height for the narrowest width), and a
plain one would be cut off mid-letter in a narrow window. The full text is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel

SHORTEST = 24  # characters still shown in the narrowest window


class ElidedLabel(QLabel):
    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * SHORTEST), hint.height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        metrics, room = self.fontMetrics(), self.contentsRect()
        lines = self.text().split("\n")
        step = metrics.lineSpacing()
        top = room.top() + max(0, (room.height() - step * len(lines)) // 2)
        for number, line in enumerate(lines):
            painter.drawText(QRect(room.left(), top + number * step, room.width(), step),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, room.width()))
