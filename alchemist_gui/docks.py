"""The column of tabs on the right of the stage: experiments, the inspector and the before/after view.

The pyqtgraph panels (inspector, before/after) are made once the first story is on the stage (``build_plots``): importing
pyqtgraph and making its widgets would otherwise delay the first window by about a second.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QTabWidget, QWidget

from .experiments import ExperimentsPanel
from .retranslate import tr
from .scrolling import scrolling

SIDE_WIDTH = 400  # the tabbed column; the stage takes the rest
STATE_VERSION = 2  # bumped when the default layout changes, so an older saved layout is not restored


def _placeholder() -> QWidget:
    label = QLabel("…")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setObjectName("hint")
    return label


class Docks:
    def __init__(self, window):
        self.window = window
        self._extra: list[QDockWidget] = []  # docks the extensions added
        self._managed: set[QDockWidget] = set()  # those of them the extension shows and hides itself
        self._titles: dict = {}
        self.experiments = ExperimentsPanel()
        self.inspector = self.compare = None
        scroll = scrolling(self.experiments)
        # never narrower than its widest line (a check box's label does not wrap), so nothing is cut off
        scroll.setMinimumWidth(self.experiments.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 4)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.experiments_dock = self._dock("experimentsDock", scroll, right)
        self.inspector_dock = self._dock("inspectorDock", _placeholder(), right)
        self.compare_dock = self._dock("compareDock", _placeholder(), right)
        # one column of tabs, named on top: the stage gets the width, every panel stays one click away
        window.tabifyDockWidget(self.experiments_dock, self.inspector_dock)
        window.tabifyDockWidget(self.inspector_dock, self.compare_dock)
        window.setTabPosition(right, QTabWidget.TabPosition.North)
        window.setDocumentMode(True)
        self.experiments_dock.raise_()
        window.resizeDocks([self.experiments_dock], [SIDE_WIDTH], Qt.Orientation.Horizontal)
        self._tidy_title_bars()
        self.default_state = None
        self._folded: tuple = ()  # the docks the last fold hid

    def all(self) -> tuple[QDockWidget, ...]:
        return (self.experiments_dock, self.inspector_dock, self.compare_dock, *self._extra)

    def add(self, name: str, widget: QWidget, title, managed: bool = False) -> QDockWidget:
        """Another panel in the column of tabs (an extension's); ``title()`` gives its translated name.
        ``managed``: the extension alone shows and hides it (the game's challenge panel, only while playing), so
        Reset the layout leaves it as it is."""
        dock = self._dock(name, widget, Qt.DockWidgetArea.RightDockWidgetArea)
        self.window.tabifyDockWidget(self.compare_dock if not self._extra else self._extra[-1], dock)
        self._extra.append(dock)
        if managed:
            self._managed.add(dock)
        self._titles[dock] = title
        dock.setWindowTitle(title())
        self._tidy_title_bars()
        self.experiments_dock.raise_()  # a new tab does not take the place of the first thing to click
        return dock

    def raise_inspector(self) -> None:
        self.inspector_dock.show()
        self.inspector_dock.raise_()

    def build_plots(self, bind) -> None:
        """Make the inspector and the before/after view and hand each to ``bind(panel)``; once."""
        if self.inspector is not None:
            return
        from .compare import CompareView
        from .inspector import Inspector

        self.inspector, self.compare = Inspector(), CompareView()
        for dock, widget in ((self.inspector_dock, self.inspector), (self.compare_dock, self.compare)):
            old = dock.widget()
            dock.setWidget(widget)
            old.deleteLater()
            # a panel draws only while it can be seen (a dock behind another's tab cannot)
            dock.visibilityChanged.connect(widget.set_on_screen)
            widget.set_on_screen(dock.isVisible() and not dock.visibleRegion().isEmpty())
            bind(widget)

    def _dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.window.addDockWidget(area, dock)
        for signal in (dock.dockLocationChanged, dock.topLevelChanged, dock.visibilityChanged):
            signal.connect(lambda *_: self._tidy_title_bars())
        return dock

    def _tidy_title_bars(self) -> None:
        """A dock in a tab group is named by its tab: its own title bar would only say it again.  Alone or
        floating, it keeps the title bar (to read, drag and close it by)."""
        for dock in self.all():
            tabbed = not dock.isFloating() and bool(self.window.tabifiedDockWidgets(dock))
            if tabbed != (dock.titleBarWidget() is not None):
                dock.setTitleBarWidget(QWidget() if tabbed else None)

    def set_shown(self, shown: bool) -> None:
        """Fold the whole column away (more room for the stage) or bring back the panels it held."""
        if shown:
            for dock in self._folded or (self.experiments_dock,):
                dock.show()
            self._folded = ()
        else:
            self._folded = tuple(d for d in self.all() if d.isVisible())
            for dock in self._folded:
                dock.hide()

    def any_shown(self) -> bool:
        return any(d.isVisible() for d in self.all())

    def restore(self, state) -> None:
        """Remember the default layout, then take the saved one if it is of this layout's version."""
        self.default_state = self.window.saveState(STATE_VERSION)
        if state is not None:
            self.window.restoreState(state, STATE_VERSION)  # refused (the default kept) if saved by an older one

    def save(self):
        return self.window.saveState(STATE_VERSION)

    def reset(self) -> None:
        """The window's first layout: every panel back in the column, the extensions' too (the saved default
        was taken before they were added), the ones an extension manages shown or hidden as they were."""
        shown = {dock: dock.isVisible() for dock in self._managed}
        self.window.restoreState(self.default_state, STATE_VERSION)
        previous = self.compare_dock
        for dock in self.all():
            dock.setFloating(False)
            if dock in self._extra:
                self.window.tabifyDockWidget(previous, dock)
                previous = dock
            dock.setVisible(shown.get(dock, True))
        self._tidy_title_bars()
        self.experiments_dock.raise_()

    def retranslate(self) -> None:
        self.experiments_dock.setWindowTitle(tr("Experiments"))
        self.inspector_dock.setWindowTitle(tr("Inspector"))
        self.compare_dock.setWindowTitle(tr("Before / after"))
        for dock, title in self._titles.items():
            dock.setWindowTitle(title())
