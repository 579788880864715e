"""The Schoolfoto section as a coordinator uses it: preview, points, exports, scholengroepfoto."""

from __future__ import annotations

import json

import pytest
from conftest import TODAY
from pypdf import PdfReader

from go_hgw_desktop.reports.data_file import checksum
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.views.schoolfoto_page import TABLE_ROLE


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    yield


class Answers:
    """A test's stand-in for the person at the screen."""

    def __init__(self, tmp_path):
        self.saved_to = tmp_path / "uit"
        self.saved_to.mkdir()
        self.open = []
        self.questions = []
        self.errors = []
        self.answer = False

    def interaction(self) -> Interaction:
        return Interaction(
            today=lambda: TODAY,
            save_path=lambda parent, title, suggested, filter_: self.saved_to / suggested,
            open_paths=lambda parent, title, filter_: list(self.open),
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
    main.show_section(4)
    yield main.schoolfoto, answers
    main.close_store()


def test_preview_marks_hidden_cells_and_exports_pdf_and_json(screen):
    controller, _answers = screen
    page = controller.page
    listing = page.ui.tableList
    keys = [listing.item(i).data(TABLE_ROLE) for i in range(listing.count())]
    assert "phase_step" in keys and None in keys  # tables under their section headings
    listing.setCurrentRow(keys.index("phase_step"))
    view = page.ui.previewTable
    texts = {view.item(r, c).text() for r in range(view.rowCount()) for c in range(view.columnCount())}
    assert texts & {"< 5", "x"}
    assert "Drempel 5" in page.ui.disclosureLabel.text()

    pdf = controller.export_pdf()
    data = controller.export_json()
    assert pdf.exists() and data.exists() and pdf.suffix == ".pdf"
    assert "Schoolfoto" in PdfReader(pdf).pages[0].extract_text()
    assert json.loads(data.read_text(encoding="utf-8"))["threshold"] == 5

    page.ui.thresholdSpin.setValue(10)
    assert controller.foto.threshold == 10
    assert controller.export_json() and json.loads(data.read_text(encoding="utf-8"))["threshold"] == 10


def test_the_peildatum_of_a_micro_foto_shows_that_foto_and_exports_are_remembered(screen, tmp_path):
    from datetime import timedelta

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from go_hgw_desktop.domain.choices import ConsultationType
    from go_hgw_desktop.domain.consultation import Consultation
    from go_hgw_desktop.services import consultations, foto_history

    controller, _answers = screen
    page = controller.page
    held = TODAY - timedelta(days=10)
    meeting = consultations.save_consultation(controller.store, Consultation(kind=ConsultationType.MICRO,
                                                                             held_on=held))
    frozen = consultations.attach_schoolfoto(controller.store, meeting.id, attached_on=TODAY).foto
    page.ui.referenceDateEdit.setDate(QDate(held.year, held.month, held.day))
    assert controller.foto == frozen
    assert "bewaard bij het MICRO-overleg" in page.ui.modeLabel.text()
    QApplication.processEvents()
    page.grab().save(str(tmp_path / "schoolfoto-micro.png"))

    page.ui.referenceDateEdit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    assert controller.foto != frozen and page.ui.modeLabel.text() == f"Schoolfoto {controller.year.label}"
    # Every hidden cell the frozen foto already published is an 'x' now, never '< 5'.
    assert controller.foto.disclosure.carried > 0
    before = foto_history.export_history(controller.store, controller.year).exports
    controller.export_json()
    assert foto_history.export_history(controller.store, controller.year).exports == before + 1


def test_points_are_saved_and_a_pupil_name_warns_before_export(screen, qtbot):
    controller, answers = screen
    page = controller.page
    name = pupil_service.list_pupils(controller.store, controller.year)[0].last_name
    page.ui.pointsEdit.setPlainText(f"Extra begeleiding nodig voor {name}.")
    qtbot.waitUntil(lambda: page.ui.namesWarningLabel.isVisible(), timeout=3000)
    assert "naam" in page.ui.namesWarningLabel.text()
    assert controller.export_pdf() is None  # the coordinator says no
    assert answers.questions and not list(answers.saved_to.iterdir())
    page.ui.pointsEdit.setPlainText("Vragen rond taal in de kleuterklassen.")
    controller.save_points()
    assert not page.ui.namesWarningLabel.isVisible()
    assert controller.foto.points == "Vragen rond taal in de kleuterklassen."


def test_scholengroepfoto_from_files_and_a_bad_file_is_named(screen, tmp_path):
    controller, answers = screen
    first = controller.export_json()
    content = json.loads(first.read_text(encoding="utf-8"))
    content["school"] = {**content["school"], "name": "GO! Atheneum Łódź", "institution_number": "123456"}
    content["checksum"] = checksum(content)
    second = tmp_path / "tweede.json"
    second.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    broken = tmp_path / "kapot.json"
    broken.write_text("{", encoding="utf-8")

    answers.open = [first, broken]
    assert controller.make_group() is None
    assert answers.errors and "kapot.json" in answers.errors[0]

    answers.open = [first, second]
    group = controller.make_group()
    assert group is not None and len(group.schools) == 2
    assert "Scholengroepfoto" in controller.page.ui.modeLabel.text()
    assert controller.page.ui.backButton.isVisible()
    pdf = controller.export_pdf()
    assert pdf.name.startswith("scholengroepfoto") and "Łódź" in "".join(
        p.extract_text() for p in PdfReader(pdf).pages)
    controller.back_to_school()
    assert "Schoolfoto" in controller.page.ui.modeLabel.text()


def test_export_into_a_missing_folder_is_a_dutch_message(screen, tmp_path):
    controller, answers = screen
    answers.saved_to = tmp_path / "bestaat-niet"
    assert controller.export_pdf() is None
    assert answers.errors and "bestaat niet" in answers.errors[0]


def test_points_typed_just_before_a_lock_survive_it(qtbot, data_dir, key_store, tmp_path):
    opened = open_workspace(data_dir, key_store)
    opened.store.close()
    window, main = build_main_window(data_dir, lambda: key_store, interaction=Answers(tmp_path).interaction())
    qtbot.addWidget(window)
    main.show_section(4)
    qtbot.keyClicks(main.schoolfoto.page.ui.pointsEdit, "Nascholing rond taal")
    main.lock()  # at once: the autosave timer has not fired yet
    main.unlock()
    main.show_section(4)
    assert main.schoolfoto.page.ui.pointsEdit.toPlainText() == "Nascholing rond taal"
    main.close_store()
