"""Shows an exercise's start and end poses, moving between them in time with the rep."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from warmup_gui.core.assets import illustration_path
from warmup_gui.core.routine import Illustration
from warmup_gui.qt.theme import current_theme, font

_TITLE = re.compile(rb"<title>([^<]{1,300})</title>")
MAX_SVG_BYTES = 512 * 1024


class _Pose:
    """One pose's picture, rendered once per size, or the reason it cannot be shown."""

    def __init__(self, illustration_id: str, routine_dir: Path | None) -> None:
        self.id = illustration_id
        self.problem = ""
        self.alt = ""
        self._renderer: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        path = illustration_path(illustration_id, routine_dir)
        if path is None:
            self.problem = f"Illustration '{illustration_id}' not found"
            return
        try:
            data = path.read_bytes()[: MAX_SVG_BYTES + 1]
        except OSError as exc:
            self.problem = f"Illustration '{illustration_id}' cannot be read: {exc.strerror}"
            return
        renderer = QSvgRenderer(data) if len(data) <= MAX_SVG_BYTES else None
        if renderer is None or not renderer.isValid():
            self.problem = f"Illustration '{illustration_id}' is not a valid SVG"
            return
        title = _TITLE.search(data)
        self.alt = title.group(1).decode("utf-8", "replace").strip() if title else ""
        self._renderer = renderer

    def pixmap(self, size: QSize, ratio: float) -> QPixmap | None:
        if self._renderer is None:
            return None
        wanted = QSize(round(size.width() * ratio), round(size.height() * ratio))
        if self._pixmap is None or self._pixmap.size() != wanted:
            pixmap = QPixmap(wanted)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.render(painter, QRectF(0, 0, wanted.width(), wanted.height()))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            self._pixmap = pixmap
        return self._pixmap


class IllustrationView(QWidget):
    """The exercise picture on a light card; ``set_pose(0..1)`` blends start into end pose."""

    ASPECT = 4 / 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self._routine_dir: Path | None = None
        self._poses: tuple[_Pose, _Pose] | None = None
        self._pose = 0.0
        self._cache: dict[str, _Pose] = {}

    def set_routine_dir(self, routine_dir: Path | None) -> None:
        self._routine_dir = routine_dir
        self._cache.clear()

    def _load(self, illustration_id: str) -> _Pose:
        if illustration_id not in self._cache:
            self._cache[illustration_id] = _Pose(illustration_id, self._routine_dir)
        return self._cache[illustration_id]

    def set_illustration(self, illustration: Illustration) -> None:
        poses = (self._load(illustration.start), self._load(illustration.end))
        if self._poses is not None and poses[0] is self._poses[0] and poses[1] is self._poses[1]:
            return
        self._poses = poses
        alt = poses[0].alt if poses[0].alt == poses[1].alt else \
            " Then: ".join(p.alt for p in poses if p.alt)
        self.setAccessibleName(alt or "Exercise illustration")
        self.update()

    def set_pose(self, pose: float) -> None:
        pose = min(1.0, max(0.0, pose))
        if abs(pose - self._pose) < 0.004:
            return
        self._pose = pose
        self.update()

    @property
    def problem(self) -> str:
        if self._poses is None:
            return ""
        return " · ".join(p.problem for p in self._poses if p.problem)

    def picture_rect(self) -> QRectF:
        w, h = self.width(), self.height()
        if w / h > self.ASPECT:
            pw, ph = h * self.ASPECT, float(h)
        else:
            pw, ph = float(w), w / self.ASPECT
        return QRectF((w - pw) / 2, (h - ph) / 2, pw, ph)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Overlays such as the breathing pacer cover the whole picture.
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for overlay in self.findChildren(QWidget, options=direct):
            overlay.setGeometry(self.rect())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.picture_card)
        radius = min(card.width(), card.height()) * 0.03
        painter.drawRoundedRect(card, radius, radius)
        if self._poses is None:
            painter.end()
            return
        if self.problem:
            painter.setPen(theme.hurt)
            painter.setFont(font(max(16.0, self.height() * 0.04)))
            painter.drawText(card.adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.problem)
            painter.end()
            return
        target = self.picture_rect().adjusted(12, 12, -12, -12)
        ratio = self.devicePixelRatioF()
        size = target.size().toSize()
        start, end = (p.pixmap(size, ratio) for p in self._poses)
        # A short cross-fade around the middle of the movement (the eased pose passes it
        # quickly), so each pose reads clearly and two figures are seldom seen at once.
        blend = min(1.0, max(0.0, (self._pose - 0.45) / 0.1))
        for pixmap, opacity in ((start, 1.0 - blend), (end, blend)):
            if pixmap is not None and opacity > 0.001:
                painter.setOpacity(opacity)
                painter.drawPixmap(target.topLeft(), pixmap)
        painter.end()
