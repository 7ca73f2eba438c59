"""Sizing the window to the screen and sharing its width between the reading column and panels.

The reading column is what the window is for: it gets about 35-45 Chinese characters per line
at 100% zoom, and the side panels give way first. Lines never grow past READING_MAX_CHARS on a
wide screen either: the topic pane widens its side margins instead (TopicPane.fit_measure).
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget

from viewer.ui.common.fonts import reading_font

PREFERRED_SIZE = QSize(1280, 800)
SMALL_SCREEN = QSize(1440, 900)  # up to this, a new window takes all of the free area
READING_MIN_CHARS, READING_IDEAL_CHARS, READING_MAX_CHARS = 35, 42, 45
DOCUMENT_MARGIN = 18  # TopicPane's document margin, on each side of the text
TEXT_CHROME = 2 * DOCUMENT_MARGIN + 24  # margins, a scroll bar and the frame
SIDE_MIN = 170  # narrowest useful side panel (titles elide, lists still read)
# With no document open the centre holds one line of guidance: the panels (a library's long
# titles, its results) get the room the reading column will take back when a document opens.
EMPTY_CENTRE_CHARS = 16
LEFT_IDEAL, RIGHT_IDEAL = 300, 360
LIBRARY_LEFT_IDEAL = 460  # titles of laws are long
# Beside a library the reading column gives up more: at 1024 pixels its list and results need
# room to tell laws apart, and 30 characters a line still read well.
LIBRARY_CENTRE_CHARS = 30
LIBRARY_LEAST_CHARS = 26  # a law read beside the library gives this much for whole tab titles
SEPARATOR = 6  # the splitter between a dock column and the centre
TAB_PADDING = 28  # a dock tab's margins around its title (Fusion: about 26)
TAB_SLACK = 8  # the column's frame around its tab bar


def char_width(zoom: int = 0) -> float:
    return QFontMetricsF(reading_font(zoom)).horizontalAdvance("中")


def reading_width(chars: int, zoom: int = 0) -> int:
    """Width of a topic pane showing `chars` Chinese characters per line."""
    return round(chars * char_width(zoom)) + TEXT_CHROME


def available_rect(window) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def first_size(rect: QRect) -> QSize:
    """Size of a window opened for the first time on a screen whose free area is `rect`: the
    whole of a small screen (up to SMALL_SCREEN), else PREFERRED_SIZE."""
    width = rect.width() if rect.width() <= SMALL_SCREEN.width() else PREFERRED_SIZE.width()
    height = rect.height() if rect.height() <= SMALL_SCREEN.height() else PREFERRED_SIZE.height()
    return QSize(width, height)


def fit_to_screen(window, rect: QRect | None = None) -> None:
    """Shrink (never grow) the window so all of it, frame included, is on `rect`."""
    rect = rect or available_rect(window)
    frame = window.frameGeometry().size() - window.geometry().size()  # empty before show()
    limit = rect.size() - frame
    size = (
        window.size()
        if window.isVisible() or window.testAttribute(QtCore.Qt.WidgetAttribute.WA_Resized)
        else PREFERRED_SIZE
    )
    size = size.boundedTo(limit)
    window.resize(size)
    top_left = window.frameGeometry().topLeft()
    x = min(max(top_left.x(), rect.left()), rect.right() + 1 - size.width() - frame.width())
    y = min(max(top_left.y(), rect.top()), rect.bottom() + 1 - size.height() - frame.height())
    window.move(max(rect.left(), x), max(rect.top(), y))


# Room for a window manager's frame and title bar, which Qt only knows after the first show.
FRAME_RESERVE = QSize(16, 40)


def fit_dialog(dialog, width: int, height: int, parent=None) -> None:
    """Give a dialog or secondary window its preferred size, shrunk to what the screen of
    `parent` (else its own) has free, frame included, so no button ends up off screen."""
    rect = available_rect(parent or dialog.parentWidget() or dialog)
    size = QSize(width, height).boundedTo(rect.size() - FRAME_RESERVE)
    dialog.resize(size.expandedTo(dialog.minimumSize()))


def _side_docks(window, area) -> list[QDockWidget]:
    """The visible docks of one side: one per column (tabbed ones share theirs)."""
    docks = [
        d
        for d in window.findChildren(QDockWidget)
        if window.dockWidgetArea(d) == area and not d.isHidden() and not d.isFloating()
    ]
    return docks[:1] if docks else []


def side_widths(
    total: int, zoom: int, library: bool, right_need: int = 0, centre_chars: int = 0
) -> tuple[int, int]:
    """(left, right) panel widths for a window `total` pixels wide: their ideal widths if the
    reading column keeps `centre_chars` (default READING_IDEAL_CHARS), else both shrink alike
    down to SIDE_MIN. The right column keeps `right_need` (its tab titles, unelided) while the
    left can give way."""
    left_ideal = LIBRARY_LEFT_IDEAL if library else LEFT_IDEAL
    right_ideal = max(RIGHT_IDEAL, right_need)
    chars = centre_chars or READING_IDEAL_CHARS
    room = total - reading_width(chars, zoom) - 2 * SEPARATOR
    if right_need > room - SIDE_MIN and chars > READING_MIN_CHARS:
        # whole tab titles on the right ("文档信息", not "文档…"): the text gives up width, down
        # to its least measure, before the titles are cut
        least = total - reading_width(READING_MIN_CHARS, zoom) - 2 * SEPARATOR
        room = max(room, min(least, right_need + SIDE_MIN))
    scale = min(1.0, max(0.0, room / (left_ideal + right_ideal)))
    left, right = round(left_ideal * scale), round(right_ideal * scale)
    if right < right_need <= room - SIDE_MIN:
        left, right = room - right_need, right_need
    return max(SIDE_MIN, left), max(SIDE_MIN, right)


def tab_titles_width(window, docks) -> int:
    """Width a tab bar needs to show the titles of `docks` in full: the bar's own size hints
    when Qt has made it, else an estimate from the font."""
    titles = sorted(d.windowTitle() for d in docks)
    from PySide6.QtWidgets import QTabBar  # not before the first frame (its Python class)

    # A column may hold several groups of tabs (Search | Bookmarks above Info | Cited by):
    # the widest group's bar sets the need.
    needs = [
        sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + TAB_SLACK
        for bar in window.findChildren(QTabBar)
        if bar.isVisible()
        and bar.count()
        and {bar.tabText(i) for i in range(bar.count())} <= set(titles)
    ]
    if needs:
        return max(needs)
    metrics = QFontMetrics(QApplication.font())
    return sum(metrics.horizontalAdvance(t) + TAB_PADDING for t in titles) + TAB_SLACK


def _column(window, area) -> list[QDockWidget]:
    return [
        d
        for d in window.findChildren(QDockWidget)
        if window.dockWidgetArea(d) == area
        and not d.isFloating()
        and d.widget() is not None
        and not (d.isHidden() and not window.tabifiedDockWidgets(d))
    ]


def balance_docks(window) -> None:
    """Give the side columns their share of the window's width (see side_widths)."""
    left_area, right_area = (
        QtCore.Qt.DockWidgetArea.LeftDockWidgetArea,
        QtCore.Qt.DockWidgetArea.RightDockWidgetArea,
    )
    library = getattr(window, "library", None) is not None
    right_need = tab_titles_width(window, _column(window, right_area))
    # a library with nothing open yet (a document loading at start-up keeps its measure)
    empty = library and getattr(window, "current_document", True) is None
    window.sides_for_empty_centre = empty  # show_document gives the text its room back
    centre = (
        EMPTY_CENTRE_CHARS if empty else (LIBRARY_CENTRE_CHARS if library else READING_IDEAL_CHARS)
    )
    left, right = side_widths(window.width(), window.zoom, library, right_need, centre)
    if library and not empty:  # a law beside the library: whole tab titles on the left too
        left = _left_tabs_whole(window, left, right, LIBRARY_LEAST_CHARS)
    docks, sizes = [], []
    for area, width in ((left_area, left), (right_area, right)):
        for dock in _side_docks(window, area):
            docks.append(dock)
            sizes.append(width)
    if docks:
        window.resizeDocks(docks, sizes, QtCore.Qt.Orientation.Horizontal)


def _left_tabs_whole(window, left: int, right: int, least_chars: int) -> int:
    """The left column widened to its tab titles ("Topics | Outline | Articles", not "Top… |
    Outl…"), taking from the text down to `least_chars` a line."""
    need = tab_titles_width(window, _column(window, QtCore.Qt.DockWidgetArea.LeftDockWidgetArea))
    spare = window.width() - 2 * SEPARATOR - right - left - reading_width(least_chars, window.zoom)
    return left + max(0, min(need - left, spare))


def cap_side_minimums(window) -> None:
    """Panels may shrink to SIDE_MIN whatever their content asks for, so the window fits a
    1024-pixel screen with both columns shown."""
    for dock in window.findChildren(QDockWidget):
        widget = dock.widget()
        if widget is not None and widget.minimumWidth() != SIDE_MIN:
            widget.setMinimumWidth(SIDE_MIN)


def keep_reading_room(window) -> None:
    """After a resize: if the reading column got narrower than READING_MIN_CHARS, the side
    panels give up width (down to their minimum) before the text does."""
    central = window.centralWidget()
    if getattr(window, "sides_for_empty_centre", False):  # a library, nothing to read yet
        return
    least = (
        LIBRARY_CENTRE_CHARS if getattr(window, "library", None) is not None else READING_MIN_CHARS
    )
    if central is None or central.width() >= reading_width(least, window.zoom):
        return
    balance_docks(window)


def schedule_keep_reading_room(window) -> None:
    """Resize events come in bursts while the user drags: act once, after the burst."""
    timer = getattr(window, "_reading_room_timer", None)
    if timer is None:
        timer = QTimer(window)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(lambda: keep_reading_room(window))
        window._reading_room_timer = timer
    timer.start()
