"""The Schoolfoto section as a coordinator uses it: preview, points, exports, scholengroepfoto."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import TODAY
from fotofiles import as_school
from gui_user import type_date
from pypdf import PdfReader
from PySide6.QtCore import Qt

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
        self.confirmed = []  # files the person was told about
        self.saved_to.mkdir()
        self.open = []
        self.questions = []
        self.errors = []
        self.answer = False

    def interaction(self) -> Interaction:
        return Interaction(
            today=lambda: TODAY,
            save_path=lambda parent, title, suggested, filter_: self.saved_to / suggested,
            file_saved=lambda parent, path: self.confirmed.append(path),
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


def test_the_peildatum_of_a_micro_foto_shows_that_foto_and_exports_are_remembered(screen, qtbot, tmp_path):
    from datetime import timedelta

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
    type_date(qtbot, page.ui.referenceDateEdit, held)
    assert controller.foto == frozen
    assert "bewaard bij het MICRO-overleg" in page.ui.modeLabel.text()
    QApplication.processEvents()
    page.grab().save(str(tmp_path / "schoolfoto-micro.png"))

    type_date(qtbot, page.ui.referenceDateEdit, TODAY)
    assert controller.foto != frozen and page.ui.modeLabel.text() == f"Schoolfoto {controller.year.label}"
    # Every hidden cell the frozen foto already published is an 'x' now, never '< 5'.
    assert controller.foto.disclosure.carried > 0
    before = foto_history.export_history(controller.store, controller.year).exports
    controller.export_json()
    assert foto_history.export_history(controller.store, controller.year).exports == before + 1


def _dodged(name: str) -> str:
    """The name in capitals, a zero-width space after its first letter, Cyrillic look-alikes."""
    upper = name.upper()
    cyrillic = str.maketrans("AEOPC", "\u0410\u0415\u041e\u0420\u0421")
    return (upper[0] + "\u200b" + upper[1:]).translate(cyrillic)


def test_points_are_saved_and_a_pupil_name_is_refused_without_a_way_around(screen, qtbot):
    controller, answers = screen
    page = controller.page
    name = pupil_service.list_pupils(controller.store, controller.year)[0].last_name
    page.ui.pointsEdit.setPlainText(f"Extra begeleiding nodig voor {_dodged(name)}.")
    qtbot.waitUntil(lambda: page.ui.namesWarningLabel.isVisible(), timeout=3000)
    assert "naam" in page.ui.namesWarningLabel.text()
    answers.answer = True  # even a coordinator who would say "yes, anyway" is not asked
    assert controller.export_pdf() is None and controller.export_json() is None
    assert not answers.questions and not list(answers.saved_to.iterdir())
    assert answers.errors and all("noemen een leerling" in error for error in answers.errors)
    page.ui.pointsEdit.setPlainText("Vragen rond taal in de kleuterklassen.")
    controller.save_points()
    assert not page.ui.namesWarningLabel.isVisible()
    assert controller.foto.points == "Vragen rond taal in de kleuterklassen."


def test_scholengroepfoto_from_files_and_a_bad_file_is_named(screen, tmp_path):
    controller, answers = screen
    first = controller.export_json()
    second = as_school(first, tmp_path / "tweede.json", "GO! Atheneum Łódź", "123456")
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
    assert " scholengroepfoto-" in pdf.name and "Łódź" in "".join(
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


def test_the_peildatum_is_typed_and_a_date_outside_the_school_year_is_refused(screen, qtbot):
    controller, _answers = screen
    edit = controller.page.ui.referenceDateEdit
    type_date(qtbot, edit, date(2026, 10, 1), style=1)  # 1/10/26, then Tab
    assert controller.reference == date(2026, 10, 1) and controller.foto.reference_date == date(2026, 10, 1)
    qtbot.mouseClick(edit.line, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit.line, "01092027")  # the next school year
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)
    assert edit.error.isVisible() and "01/09/2026 tot en met 31/08/2027" in edit.error.text()
    assert controller.foto.reference_date == date(2026, 10, 1)  # the foto stays what it was


def test_the_scholengroepfoto_shows_fingerprints_and_asks_before_accepting_a_new_key(screen, tmp_path):
    controller, answers = screen
    data = controller.export_json()
    other = as_school(data, tmp_path / "b.json", "GO! Basisschool Łódź", "654321")
    answers.open = [data, other]
    assert controller.make_group() is not None
    keys = controller.page.ui.keysLabel
    assert not keys.isHidden() and keys.text().count("nieuw, nu onthouden") == 2
    controller.page.grab().save(str(tmp_path / "scholengroepfoto.png"))
    controller.back_to_school()
    assert keys.isHidden()

    moved = as_school(data, tmp_path / "c.json", "GO! Basisschool Łódź", "654321", signer="iemand anders")
    answers.open, answers.answer = [data, moved], False
    assert controller.make_group() is None  # the coordinator says no
    assert "ondertekende vroeger" in answers.questions[-1] and not answers.errors
    answers.answer = True
    assert controller.make_group() is not None
    assert "NIEUWE SLEUTEL aanvaard" in keys.text()


def test_a_forged_count_is_refused_on_screen_naming_the_file(screen, tmp_path):
    controller, answers = screen
    content = json.loads(controller.export_json().read_text(encoding="utf-8"))
    content["threshold"] = 6  # changed after signing, checksum made to fit
    from go_hgw_desktop.reports.data_file import checksum

    content["checksum"] = checksum(content)
    forged = tmp_path / "vervalst.json"
    forged.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    answers.open = [forged]
    assert controller.make_group() is None
    assert answers.errors and answers.errors[0].startswith("vervalst.json: is gewijzigd na het ondertekenen")


def test_a_school_that_looks_like_a_known_one_under_a_new_key_is_a_question_on_screen(screen, tmp_path):
    controller, answers = screen
    data = controller.export_json()
    real = as_school(data, tmp_path / "echt.json", "GO! Basisschool De Linde", "123456")
    answers.open = [real]
    assert controller.make_group() is not None
    controller.back_to_school()
    forged = as_school(data, tmp_path / "vervalst.json", "GO! Basisschool De Lіnde", "123457",
                       signer="de vervalser")  # a Ukrainian і
    answers.open, answers.answer = [forged], False
    assert controller.make_group() is None
    assert "vervalst.json" in answers.questions[-1] and "lijkt op GO! Basisschool De Linde (123456)" \
        in answers.questions[-1]
    from go_hgw_desktop import paths
    from go_hgw_desktop.services import school_keys

    remembered = json.loads((paths.config_dir() / school_keys.MEMORY_FILE).read_text(encoding="utf-8"))
    assert set(remembered["schools"]) == {"123456"}  # the refused file left no key behind
    answers.answer = True
    assert controller.make_group() is not None
    assert "NIEUWE SCHOOL aanvaard" in controller.page.ui.keysLabel.text()
