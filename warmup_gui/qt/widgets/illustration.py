"""Shows an exercise: the figure moving through the rep, or a routine's own two pictures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from warmup_gui.core.assets import routine_illustration_path
from warmup_gui.core.figure import FLOOR_Y, VIEW_H, pacer_share, still_shapes
from warmup_gui.core.figure_motion import FigureTime, Half, quantized, reduced
from warmup_gui.core.pose_library import Movement, movement
from warmup_gui.core.routine import Illustration
from warmup_gui.core.words import Words
from warmup_gui.qt.svg import load_svg
from warmup_gui.qt.theme import Theme, current_theme, font
from warmup_gui.qt.widgets.figure_frames import FigureFrames
from warmup_gui.qt.widgets.shapes import close_up, paint_shapes, view_rect

IllustrationWords = Words("IllustrationWords")


class _Pose:
    """One pose's picture, rendered once per size, or the reason it cannot be shown."""

    def __init__(self, illustration_id: str, routine_dir: Path | None) -> None:
        self.id = illustration_id
        self.problem = ""
        self.alt = ""
        self._renderer: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        loaded = load_svg(illustration_id, routine_dir)
        if loaded.renderer is None:
            self.problem = IllustrationWords.tr("Illustration '{id}' {problem}").format(
                id=illustration_id, problem=loaded.problem)
            return
        self.alt = loaded.title
        self._renderer = loaded.renderer

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


def _alt(poses: tuple[_Pose, _Pose]) -> str:
    """What a start and an end picture show, in words (once where both say the same)."""
    alt = poses[0].alt if poses[0].alt == poses[1].alt else \
        IllustrationWords.tr(" Then: ").join(p.alt for p in poses if p.alt)
    return alt or IllustrationWords.tr("Exercise illustration")


class IllustrationView(QWidget):
    """The exercise picture on a light card. A movement of the pose model is drawn as one
    figure moving joint by joint (``show_moment``); a routine's own SVG pictures show the
    start pose on the way out and the end pose from halfway, never both at once."""

    ASPECT = 4 / 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        # It paints every pixel itself, so nothing beneath is repainted with each frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._bounds: QRectF | None = None  # where the figure was last drawn
        self._routine_dir: Path | None = None
        self._poses: tuple[_Pose, _Pose] | None = None
        self._movement: Movement | None = None
        self._mirrored = False
        self._figures: dict[tuple[Movement, bool, bool], FigureFrames] = {}
        self._shown: FigureFrames | None = None  # the figure now, kept: asked at every frame
        self._theme: Theme | None = None  # kept until the desktop's palette changes
        self._figure_box: tuple[tuple[int, int], QRectF] = ((0, 0), QRectF())
        self._moment = FigureTime.at_start()
        self._reduced_motion = False
        self._cache: dict[str, _Pose] = {}

    def set_routine_dir(self, routine_dir: Path | None) -> None:
        self._routine_dir = routine_dir
        self._cache.clear()

    def set_reduced_motion(self, on: bool) -> None:
        self._reduced_motion = on
        self.update()

    def _load(self, illustration_id: str) -> _Pose:
        if illustration_id not in self._cache:
            self._cache[illustration_id] = _Pose(illustration_id, self._routine_dir)
        return self._cache[illustration_id]

    def set_illustration(self, illustration: Illustration, mirrored: bool = False) -> None:
        own = any(routine_illustration_path(i, self._routine_dir) is not None
                  for i in (illustration.start, illustration.end))
        found = None if own else movement(illustration.start, illustration.end)
        poses = (self._load(illustration.start), self._load(illustration.end))
        if found is not None:
            self._movement, alias_mirror = found
            mirrored = mirrored != alias_mirror
        else:
            self._movement = None
        if (poses, mirrored) == (self._poses, self._mirrored):
            return
        self._poses, self._mirrored = poses, mirrored
        if self._shown is not None:
            self._shown.forget_placed()  # kept only for the figure on screen
        self._shown = None
        self.setAccessibleName(_alt(poses))
        self._place_overlays()
        self.update()

    @property
    def moving(self) -> bool:
        """True when the pose model draws this exercise as a moving figure."""
        return self._movement is not None

    def show_moment(self, moment: FigureTime) -> None:
        moment = reduced(moment) if self._reduced_motion else quantized(moment)
        if moment == self._moment:
            return
        self._moment = moment
        figure = self._figure()
        if figure is None:
            self.update()
            return
        # Only where the figure was and where it is now needs painting again.
        bounds = figure.bounds(moment, self._figure_rect(), self.devicePixelRatioF())
        dirty = bounds if self._bounds is None else bounds.united(self._bounds)
        self._bounds = bounds
        self.update(dirty.toAlignedRect().adjusted(-2, -2, 2, 2))

    def _figure(self) -> FigureFrames | None:
        if self._movement is None:
            return None
        if self._shown is None:
            theme = self._current_theme()
            key = (self._movement, self._mirrored, theme.dark)
            if key not in self._figures:
                self._figures[key] = FigureFrames(self._movement, self._mirrored,
                                                  theme.figure_palette)
            self._shown = self._figures[key]
        return self._shown

    def _current_theme(self) -> Theme:
        if self._theme is None:
            self._theme = current_theme()
        return self._theme

    def hideEvent(self, event: QHideEvent) -> None:
        # Off screen (a workout over, the presenter left), the placed frames go; the figure's
        # outlines stay, so showing it again places them anew without building them.
        if self._shown is not None:
            self._shown.forget_placed()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._theme = None
            self._shown = None
        super().changeEvent(event)

    def _figure_rect(self) -> QRectF:
        """Where the figure is drawn (kept per size: asked at every frame)."""
        size = (self.width(), self.height())
        if self._figure_box[0] != size:
            self._figure_box = (size, self.picture_rect().adjusted(8, 8, -8, -8))
        return self._figure_box[1]

    @property
    def moment(self) -> FigureTime:
        return self._moment

    @property
    def problem(self) -> str:
        if self._poses is None or self._movement is not None:
            return ""
        return " · ".join(p.problem for p in self._poses if p.problem)

    def picture_rect(self) -> QRectF:
        w, h = self.width(), self.height()
        if w / h > self.ASPECT:
            pw, ph = h * self.ASPECT, float(h)
        else:
            pw, ph = float(w), w / self.ASPECT
        return QRectF((w - pw) / 2, (h - ph) / 2, pw, ph)

    def corner_radius(self) -> float:
        """The card's rounded corners."""
        return min(self.width(), self.height()) * 0.03

    def pacer_rect(self) -> QRectF:
        """Where the breathing pacer goes: beside a figure drawn with room for it, clear of
        the card's rounded corners (its square backdrop would cover them), else over the
        whole picture (a routine's own pictures, or a figure that does not breathe)."""
        share = pacer_share(self._movement) if self._movement is not None else 0.0
        if not share:
            return QRectF(self.rect())
        picture = view_rect(self.picture_rect())
        right = not self._mirrored
        x = picture.right() - picture.width() * share if right else picture.left()
        r = self.corner_radius()
        inside = QRectF(self.rect()).adjusted(r, r, -r, -r)
        # Above the floor, which runs on under it while it comes and goes.
        height = picture.height() * (FLOOR_Y - 8.0) / VIEW_H
        return QRectF(x, picture.top(), picture.width() * share, height).intersected(inside)

    def _place_overlays(self) -> None:
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for overlay in self.findChildren(QWidget, options=direct):
            overlay.setGeometry(self.pacer_rect().toAlignedRect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlays()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self._current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        figure = self._figure()
        if figure is None or not self._figure_rect().contains(QRectF(event.rect())):
            painter.fillRect(event.rect(), theme.background)  # the card's rounded corners
            card = QRectF(self.rect())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.picture_card if figure is None else theme.figure_card)
            radius = self.corner_radius()
            painter.drawRoundedRect(card, radius, radius)
        if self._poses is None:
            painter.end()
            return
        if figure is not None:
            if event.rect() == self.rect():  # after a resize or a new exercise
                self._bounds = figure.bounds(self._moment, self._figure_rect(),
                                             self.devicePixelRatioF())
            figure.paint(painter, self._moment, self._figure_rect(), theme.figure_card,
                         self.devicePixelRatioF())
        elif self.problem:
            card = QRectF(self.rect())
            painter.setPen(theme.hurt)
            painter.setFont(font(max(16.0, self.height() * 0.04)))
            painter.drawText(card.adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.problem)
        else:
            self._paint_picture(painter)
        painter.end()

    def _paint_picture(self, painter: QPainter) -> None:
        assert self._poses is not None
        target = self.picture_rect().adjusted(12, 12, -12, -12)
        moment = reduced(self._moment)
        at_end = moment.half is Half.HOLD or moment.progress >= 0.5
        if moment.half is Half.BACK:
            at_end = not at_end
        pixmap = self._poses[1 if at_end else 0].pixmap(target.size().toSize(),
                                                         self.devicePixelRatioF())
        if pixmap is None:
            return
        if self._mirrored:
            pixmap = pixmap.transformed(QTransform().scale(-1, 1))
        painter.drawPixmap(target.topLeft(), pixmap)


def still_pixmap(illustration: Illustration, mirrored: bool, routine_dir: Path | None,
                 size: QSize, ratio: float) -> QPixmap | None:
    """A thumbnail of an exercise: its end pose with the motion arrow from the pose model, or
    the routine's own end picture; None when there is nothing to show."""
    own = any(routine_illustration_path(i, routine_dir) is not None
              for i in (illustration.start, illustration.end))
    found = None if own else movement(illustration.start, illustration.end)
    if found is None:
        pixmap = _Pose(illustration.end, routine_dir).pixmap(size, ratio)
        if pixmap is not None and mirrored:
            pixmap = pixmap.transformed(QTransform().scale(-1, 1))
        return pixmap
    picture, alias_mirror = found
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    theme = current_theme()
    pixmap.fill(theme.figure_card)
    painter = QPainter(pixmap)
    shapes = still_shapes(picture, True, mirrored != alias_mirror)
    paint_shapes(painter, shapes, close_up(shapes, QRectF(0, 0, size.width(), size.height())),
                 theme.figure_palette)
    painter.end()
    return pixmap


def still_picture(illustration: Illustration, mirrored: bool, routine_dir: Path | None
                  ) -> tuple[Callable[[QSize, float], QPixmap | None], str]:
    """A thumbnail's picture, as a function of its size and pixel ratio (``still_pixmap`` on
    the card it is drawn for), and what the exercise's pictures show, in words."""
    alt = _alt((_Pose(illustration.start, routine_dir), _Pose(illustration.end, routine_dir)))

    def make(size: QSize, ratio: float) -> QPixmap | None:
        still = still_pixmap(illustration, mirrored, routine_dir, size, ratio)
        if still is None or not still.hasAlphaChannel():
            return still
        # A routine's own picture is drawn dark: on the light card, whatever the desktop.
        pixmap = QPixmap(still.size())
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(current_theme().picture_card)
        painter = QPainter(pixmap)
        painter.drawPixmap(0, 0, still)
        painter.end()
        return pixmap

    return make, alt
