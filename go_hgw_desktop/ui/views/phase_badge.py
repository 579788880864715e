"""Colour badges for zorgcontinuüm phases (lists, headers, the pupil table)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QStyledItemDelegate

from go_hgw_desktop.domain.choices import Phase

# Light backgrounds with dark text: readable when printed in grey too.
PHASE_COLOURS = {
    Phase.BREDE_BASISZORG: ("#d9ead3", "#274e13"),
    Phase.VERHOOGDE_ZORG: ("#fff2cc", "#7f6000"),
    Phase.UITBREIDING_VAN_ZORG: ("#fce5cd", "#783f04"),
    Phase.IAC_OF_BUITENGEWOON: ("#f4cccc", "#660000"),
}


def style_badge(label: QLabel, phase: Phase | None) -> None:
    if phase is None:
        label.clear()
        label.setStyleSheet("")
        return
    background, foreground = PHASE_COLOURS[phase]
    label.setText(phase.short_label)
    label.setToolTip(phase.label)
    label.setStyleSheet(
        f"QLabel {{ background: {background}; color: {foreground}; border-radius: 8px;"
        " padding: 2px 8px; font-weight: bold; }"
    )


class PhaseBadgeDelegate(QStyledItemDelegate):
    """Paints the cell's phase (given by ``phase_role``) as a rounded badge."""

    def __init__(self, phase_role: int, parent=None) -> None:
        super().__init__(parent)
        self.phase_role = phase_role

    def paint(self, painter: QPainter, option, index) -> None:
        phase = index.data(self.phase_role)
        if phase is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(
            option.widget.style().ControlElement.CE_ItemViewItem, option, painter, option.widget
        )
        background, foreground = PHASE_COLOURS[phase]
        text = phase.short_label
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRectF(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
