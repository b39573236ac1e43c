"""The partner workspace: one tab per part of the routine (overview, persons, onboarding,
1on1s, goals, activity). Tabs reload lazily and only after a change that concerns them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from prm_core.queries.partners import PartnerSummary
from prm_core.services.changes import Changes
from prm_desktop.views.tabs.activity_tab import ActivityTab
from prm_desktop.views.tabs.base import PartnerTab
from prm_desktop.views.tabs.goals_tab import GoalsTab
from prm_desktop.views.tabs.meetings_tab import MeetingsTab
from prm_desktop.views.tabs.onboarding_tab import OnboardingTab
from prm_desktop.views.tabs.overview_tab import OverviewTab
from prm_desktop.views.tabs.persons_tab import PersonsTab
from prm_desktop.workspace import Workspace


class PartnerDetailWidget(QWidget):
    """Shows the selected partner; an empty state when nothing is selected."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.partner_id: int | None = None
        self._stack = QStackedWidget(self)
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._stack.addWidget(self._empty)

        page = QWidget(self)
        self.title = QLabel(page)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(page)
        self.overview = OverviewTab(workspace, self.tabs)
        self.persons = PersonsTab(workspace, self.tabs)
        self.onboarding = OnboardingTab(workspace, self.tabs)
        self.meetings = MeetingsTab(workspace, self.tabs)
        self.goals = GoalsTab(workspace, self.tabs)
        self.activity = ActivityTab(workspace, self.tabs)
        self._tabs: list[PartnerTab] = [
            self.overview,
            self.persons,
            self.onboarding,
            self.meetings,
            self.goals,
            self.activity,
        ]
        for tab in self._tabs:
            self.tabs.addTab(tab, "")
        self._extra_titles: list[tuple[PartnerTab, Callable[[], str]]] = []
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self._stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        workspace.bus.changed.connect(self._on_changes)
        self._retranslate()

    def add_tab(self, tab: PartnerTab, title: Callable[[], str]) -> None:
        """Add a partner tab (a feature module's); ``title`` is re-read on language change."""
        self._tabs.append(tab)
        self._extra_titles.append((tab, title))
        self.tabs.addTab(tab, title())
        tab.show_partner(self.partner_id)

    @property
    def summary(self) -> PartnerSummary | None:
        return self.overview.summary

    def show_partner(self, partner_id: int | None) -> None:
        self.partner_id = partner_id
        for tab in self._tabs:
            tab.show_partner(partner_id)
        self.overview.refresh()  # the title needs the summary even when another tab shows
        self._stack.setCurrentIndex(0 if partner_id is None or self.summary is None else 1)
        self.title.setText(self.summary.name if self.summary else "")

    def _on_changes(self, changes: Changes) -> None:
        for tab in self._tabs:
            tab.on_changes(changes)
        if self.partner_id is not None and changes.partner_id in (None, self.partner_id):
            self.overview.refresh()
            if self.summary is None:  # deleted
                self.show_partner(None)
            else:
                self.title.setText(self.summary.name)

    def _retranslate(self) -> None:
        self._empty.setText(self.tr("Select a partner in the list to see its details."))
        names = [
            self.tr("Overview"),
            self.tr("Persons"),
            self.tr("Onboarding"),
            self.tr("1on1 log"),
            self.tr("Goals"),
            self.tr("Activity"),
        ]
        for i, name in enumerate(names):
            self.tabs.setTabText(i, name)
        for tab, title in self._extra_titles:
            self.tabs.setTabText(self.tabs.indexOf(tab), title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
