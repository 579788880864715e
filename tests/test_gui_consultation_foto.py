"""The Overleg page as a coordinator uses it for a MICRO-overleg: attach the foto, PDF, compare."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import TODAY
from pypdf import PdfReader
from sqlalchemy import update

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import ConsultationType
from go_hgw_desktop.reports.data_file import foto_to_dict
from go_hgw_desktop.services import consultations as service
from go_hgw_desktop.services import pupils, schoolfoto
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.foto_comparison import key_figures
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.ui.app import build_main_window
from go_hgw_desktop.ui.controllers.interaction import Interaction


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    yield


class Answers:
    """A test's stand-in for the person at the screen."""

    def __init__(self, tmp_path):
        self.saved_to = tmp_path / "uit"
        self.confirmed = []  # files the person was told about
        self.saved_to.mkdir()
        self.questions: list[str] = []
        self.errors: list[str] = []
        self.answer = True

    def interaction(self) -> Interaction:
        return Interaction(
            today=lambda: TODAY,
            save_path=lambda parent, title, suggested, filter_: self.saved_to / suggested,
            file_saved=lambda parent, path: self.confirmed.append(path),
            ask=lambda parent, title, text: self.questions.append(text) or self.answer,
            notify=lambda parent, error: self.errors.append(error.message),
        )


@pytest.fixture
def screen(qtbot, data_dir, key_store, tmp_path):
    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=120, seed=3, today=TODAY)
    opened.store.close()
    answers = Answers(tmp_path)
    window, main = build_main_window(data_dir, lambda: key_store, interaction=answers.interaction())
    qtbot.addWidget(window)
    window.show()
    main.show_section(3)
    yield main.consultations, answers
    main.close_store()


def _meetings(controller, kind):
    return sorted((c for c in service.list_consultations(controller.store) if c.kind is kind),
                  key=lambda c: c.held_on)


def _foto_tab_shown(ui) -> bool:
    return ui.detailTabs.isTabVisible(ui.detailTabs.indexOf(ui.fotoTab))


def test_attach_export_and_compare_with_the_previous_micro(screen):
    controller, answers = screen
    ui = controller.page.ui
    earlier, later = _meetings(controller, ConsultationType.MICRO)

    controller.select(earlier.id)
    ui.detailTabs.setCurrentWidget(ui.fotoTab)
    assert _foto_tab_shown(ui) and ui.detailTabs.tabBar().isVisible()
    assert "Nog geen schoolfoto gekoppeld" in ui.fotoStatusLabel.text()
    assert not ui.fotoPdfButton.isEnabled() and not ui.detachFotoButton.isEnabled()
    assert ui.compareStack.currentWidget() is ui.compareEmptyLabel

    ui.attachFotoButton.click()
    assert "Gekoppeld: schoolfoto 2025-2026" in ui.fotoStatusLabel.text()
    assert "drempel 5" in ui.fotoStatusLabel.text()
    assert "Nog geen eerdere foto" in ui.compareEmptyLabel.text()
    assert not answers.questions  # nothing to replace yet

    pdf = controller.export_foto_pdf()
    assert pdf is not None and pdf.exists() and pdf.suffix == ".pdf"
    assert pdf.name.endswith(f" schoolfoto-2025-2026-MICRO-overleg {earlier.held_on.isoformat()}.pdf")
    assert answers.confirmed == [pdf]  # told where it went, with a way to open the folder
    assert "Schoolfoto" in PdfReader(pdf).pages[0].extract_text()
    assert f"Bewaard: {pdf}" in ui.fotoStatusLabel.text()

    controller.select(later.id)
    assert controller.attach_foto() is not None
    assert "moet nog plaatsvinden" in ui.fotoStatusLabel.text()  # 16/12 is after TODAY
    assert ui.compareStack.currentWidget() is ui.compareTable
    assert "27/08/2026" in ui.compareSourceLabel.text()
    expected = key_figures(controller.foto.foto, service.attached_foto(controller.store, earlier.id).foto)
    shown = [[_text(ui.compareTable, r, c) for c in range(4)] for r in range(ui.compareTable.rowCount())]
    wanted = []
    for group in expected:
        wanted.append([group.title, "", "", ""])
        wanted += [[f"   {f.label}", f.now, f.before, f.change] for f in group.figures]
    assert shown == wanted
    hidden = [f for g in expected for f in g.figures if f.now_hidden or f.before_hidden]
    assert hidden  # the demo school has small counts: they show as markers, never as numbers
    for figure in hidden:
        for text, is_hidden in ((figure.now, figure.now_hidden), (figure.before, figure.before_hidden)):
            assert not is_hidden or not text.isdigit()


def test_replacing_asks_first_and_detaching_too(screen):
    controller, answers = screen
    ui = controller.page.ui
    micro = _meetings(controller, ConsultationType.MICRO)[0]
    controller.select(micro.id)
    first = controller.attach_foto()

    answers.answer = False
    assert controller.attach_foto() is None
    assert answers.questions and "Vervangen" in answers.questions[-1]
    assert controller.foto == first
    answers.answer = True
    assert controller.attach_foto() is not None

    answers.answer = False
    assert controller.detach_foto() is False
    assert service.attached_foto(controller.store, micro.id) is not None
    answers.answer = True
    assert controller.detach_foto() is True
    assert service.attached_foto(controller.store, micro.id) is None
    assert "Nog geen schoolfoto gekoppeld" in ui.fotoStatusLabel.text()
    assert not ui.fotoPdfButton.isEnabled()
    assert answers.errors == []


def test_other_consultations_have_no_foto(screen):
    controller, _answers = screen
    ui = controller.page.ui
    micro = _meetings(controller, ConsultationType.MICRO)[0]
    controller.select(micro.id)
    ui.detailTabs.setCurrentWidget(ui.fotoTab)
    other = _meetings(controller, ConsultationType.MDO)[0]
    controller.select(other.id)
    assert not _foto_tab_shown(ui) and not ui.detailTabs.tabBar().isVisible()
    assert ui.detailTabs.currentWidget() is ui.actionsHost
    assert controller.attach_foto() is None and controller.export_foto_pdf() is None
    assert service.attached_foto(controller.store, other.id) is None


def test_a_pdf_into_a_missing_folder_is_a_dutch_message(screen, tmp_path):
    controller, answers = screen
    controller.select(_meetings(controller, ConsultationType.MICRO)[0].id)
    controller.attach_foto()
    answers.saved_to = tmp_path / "bestaat-niet"
    assert controller.export_foto_pdf() is None
    assert answers.errors and "bestaat niet" in answers.errors[0]


def _text(view, row: int, column: int) -> str:
    item = view.item(row, column)
    return item.text() if item else ""


def test_a_damaged_copy_is_explained_and_can_be_replaced(screen):
    controller, answers = screen
    ui = controller.page.ui
    earlier, later = _meetings(controller, ConsultationType.MICRO)
    for meeting in (earlier, later):
        controller.select(meeting.id)
        controller.attach_foto()
    with controller.store.transaction() as session:
        session.execute(update(m.ConsultationFotoRecord)
                        .where(m.ConsultationFotoRecord.consultation_id == earlier.id).values(content="{"))

    controller.select(later.id)  # this foto is fine; only the comparison cannot be made
    assert "Gekoppeld" in ui.fotoStatusLabel.text() and ui.fotoPdfButton.isEnabled()
    assert "vorige foto kan niet" in ui.compareEmptyLabel.text()

    controller.select(earlier.id)
    assert "beschadigd" in ui.fotoStatusLabel.text() and not ui.fotoPdfButton.isEnabled()
    assert controller.attach_foto() is not None  # attaching again repairs it
    assert "Gekoppeld" in ui.fotoStatusLabel.text()
    assert answers.errors == []


def test_attach_and_pdf_refuse_a_pupil_named_in_the_points_without_a_way_around(screen):
    controller, answers = screen
    ui = controller.page.ui
    earlier, _later = _meetings(controller, ConsultationType.MICRO)
    year = SchoolYear.containing(earlier.held_on)
    controller.select(earlier.id)
    ui.detailTabs.setCurrentWidget(ui.fotoTab)
    ui.attachFotoButton.click()  # a clean foto first, to try the PDF of a frozen copy below
    assert ui.fotoPdfButton.isEnabled()

    name = pupils.list_pupils(controller.store, year)[0].last_name
    schoolfoto.save_foto_points(controller.store, year, f"Opvolging {name[0]}\u200b{name[1:].upper()}")
    answers.questions.clear()
    ui.attachFotoButton.click()  # "replace?" is asked and answered yes; the name refuses it
    # "Declercq" names both the demo's Declercq and De Clercq: "noemen 2 leerlingen".
    assert answers.errors and "(naam of leerlingcode)" in answers.errors[-1]
    assert "naam" not in service.attached_foto(controller.store, earlier.id).foto.points.casefold()
    assert not any("Toch" in q for q in answers.questions)

    frozen = service.attached_foto(controller.store, earlier.id)
    with controller.store.transaction() as session:  # a copy frozen before this screening existed
        row = session.get(m.ConsultationFotoRecord, earlier.id)
        row.content = json.dumps(foto_to_dict(replace(frozen.foto, points=f"Over {name.upper()}")))
    controller.select(earlier.id)
    assert controller.export_foto_pdf() is None
    assert "(naam of leerlingcode)" in answers.errors[-1] and not list(answers.saved_to.iterdir())
