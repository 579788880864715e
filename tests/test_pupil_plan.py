"""The printed pupil plan: what reaches paper, what never does, and how failure looks."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import TODAY
from pypdf import PdfReader
from PySide6.QtCore import Qt

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import CareDomain, GoalResult, MeasureCategory, PlanType, Role, SubTheme
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.domain.text import TEXT_MAX, file_name
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.pdf import ReportWriteError
from go_hgw_desktop.reports.pupil_plan import write_pupil_plan_pdf
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.file_names import suggested_file_name
from go_hgw_desktop.services.pupil_plan import PlanNotPrintable, printable_plan

FIRST, LAST = "Łucja Thị", "Nguyễn-Şahin"
SECRET_GOAL = "Praat over de scheiding thuis"
SECRET_MEASURE = "Medicatie om twaalf uur"
SECRET_SITUATION = "Vader verblijft in het buitenland"
# What a missing glyph or a broken encoding leaves in extracted text.
BAD_GLYPHS = re.compile("[\u25a0\u25a1\ufffd\x00]")


def _pupil_with_trajectory(store, first=FIRST, last=LAST):
    group = school_service.save_group(store, ClassGroup(name="4B", school_year=SchoolYear(2026), grade="4"))
    pupil = pupil_service.create_pupil(store, Pupil(first_name=first, last_name=last, birth_year=2016),
                                       group.id)
    trajectory = trajectory_service.open_trajectory(store, Trajectory(
        title="Vlot lezen", domain=CareDomain.LEREN_EN_STUDEREN, sub_theme=SubTheme.LEZEN_SPELLEN,
        start_date=date(2026, 9, 15), pupil_id=pupil.id))
    cycle = trajectory_service.trajectory_file(store, trajectory.id).current.cycle
    return pupil, trajectory, cycle


def _plan(store, cycle, *, confidential=False, secrets=True) -> Plan:
    plan = trajectory_service.save_plan(store, Plan(
        cycle_id=cycle.id, plan_type=PlanType.HANDELINGSPLAN, start_date=date(2026, 10, 1),
        evaluation_date=date(2026, 12, 10), end_date=date(2026, 12, 19),
        starting_situation=f"Leest AVI-E3 nog hakkerend. {SECRET_SITUATION if confidential else ''}",
        approach="De klasleraar geeft dagelijks tien minuten duo-lezen.", confidential=confidential))
    save = lambda item: trajectory_service.save_plan_item(store, item)  # noqa: E731
    save(Goal(plan_id=plan.id, description="Leest een AVI-E4-tekst vlot en correct.",
              criterion="minder dan 5 fouten per minuut", deadline=date(2026, 12, 10), position=0))
    save(Goal(plan_id=plan.id, description="Durft luidop voor te lezen in de kleine groep.", position=2))
    save(Measure(plan_id=plan.id, category=MeasureCategory.DISPENSEREN, responsible_role=Role.LERAAR,
                 description="Niet onverwacht luidop laten lezen voor de klas.", frequency="altijd"))
    save(Measure(plan_id=plan.id, category=MeasureCategory.STIMULEREN, responsible_role=Role.KLASLERAAR,
                 description="Duo-lezen met een sterke lezer.", frequency="dagelijks"))
    if secrets:
        save(Goal(plan_id=plan.id, description=SECRET_GOAL, criterion="geheim criterium", position=1,
                  confidential=True))
        save(Measure(plan_id=plan.id, category=MeasureCategory.COMPENSEREN, responsible_role=Role.OUDERS,
                     description=SECRET_MEASURE, frequency="elke middag", confidential=True))
    return plan


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _fonts_with_text(path: Path) -> set[str]:
    """The fonts that actually draw visible text (the canvas also declares an unused default)."""
    found = set()

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            found.add(str(font["/BaseFont"]))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_the_plan_prints_the_name_goals_and_measures_but_nothing_confidential(store, tmp_path):
    pupil, _trajectory, cycle = _pupil_with_trajectory(store)
    _plan(store, cycle)
    content = printable_plan(store, cycle.id, TODAY)
    path = tmp_path / "plan.pdf"
    write_pupil_plan_pdf(content, path)

    text = _text(path)
    flat = _flat(text)
    assert pupil.full_name == f"{FIRST} {LAST}"
    assert pupil.full_name in text
    assert not BAD_GLYPHS.search(text)
    fonts = _fonts_with_text(path)
    assert fonts and all("DejaVuSans" in font for font in fonts), fonts  # no fallback font
    for shown in ("Individueel handelingsplan", "4B", "GO! Testschool Şirin", "2026-2027", "Vlot lezen",
                  "Fase 1 – verhoogde zorg", "01/10/2026 – 19/12/2026", "Evaluatie op 10/12/2026",
                  "Leest een AVI-E4-tekst vlot en correct.", "minder dan 5 fouten per minuut",
                  "Duo-lezen met een sterke lezer.", "Klasleraar", "dagelijks", "Dispenseren",
                  "Leest AVI-E3 nog hakkerend.", "De klasleraar geeft dagelijks tien minuten duo-lezen."):
        assert shown in flat, shown
    for secret in (SECRET_GOAL, SECRET_MEASURE, "geheim criterium", "elke middag", "Ouders"):
        assert secret not in flat, secret
    assert "Compenseren" not in flat  # its only measure is confidential: not even the heading
    assert "Sommige onderdelen van dit plan zijn vertrouwelijk" in flat
    assert (f"Handelingsplan van {FIRST} {LAST} · bevat persoonsgegevens · niet doorgeven buiten de school"
            in text)
    # Measures follow STICORDI order, whatever order they were written in.
    assert flat.index("Stimuleren") < flat.index("Dispenseren")


def test_a_confidential_plan_prints_its_goals_but_not_its_situation_or_approach(store, tmp_path):
    _pupil, _trajectory, cycle = _pupil_with_trajectory(store)
    _plan(store, cycle, confidential=True, secrets=False)
    content = printable_plan(store, cycle.id, TODAY)
    assert content.withheld and content.starting_situation == "" and content.approach == ""
    path = tmp_path / "plan.pdf"
    write_pupil_plan_pdf(content, path)
    flat = _flat(_text(path))
    assert SECRET_SITUATION not in flat and "hakkerend" not in flat and "duo-lezen." not in flat
    assert "Beginsituatie" not in flat
    assert "Leest een AVI-E4-tekst vlot en correct." in flat
    assert "Sommige onderdelen van dit plan zijn vertrouwelijk" in flat


def test_a_plan_without_confidential_items_says_nothing_about_them(store, tmp_path):
    _pupil, _trajectory, cycle = _pupil_with_trajectory(store)
    _plan(store, cycle, secrets=False)
    content = printable_plan(store, cycle.id, TODAY)
    assert not content.withheld
    path = tmp_path / "plan.pdf"
    write_pupil_plan_pdf(content, path)
    assert "vertrouwelijk" not in _text(path).lower()


def test_an_evaluated_goal_shows_its_result(store, tmp_path):
    _pupil, trajectory, cycle = _pupil_with_trajectory(store)
    _plan(store, cycle, secrets=False)
    goals = trajectory_service.trajectory_file(store, trajectory.id).current.goals
    trajectory_service.evaluate_goal(store, goals[0].id, GoalResult.DEELS_BEREIKT, date(2026, 11, 20),
                                     "Vlotter, nog te veel fouten bij lange woorden.")
    path = tmp_path / "plan.pdf"
    write_pupil_plan_pdf(printable_plan(store, cycle.id, TODAY), path)
    flat = _flat(_text(path))
    assert "Deels bereikt" in flat and "op 20/11/2026" in flat
    assert "Vlotter, nog te veel fouten bij lange woorden." in flat
    assert "Nog niet geëvalueerd" in flat  # the second goal


def test_a_closed_cycle_prints_its_own_plan(store, tmp_path):
    _pupil, trajectory, cycle = _pupil_with_trajectory(store)
    _plan(store, cycle, secrets=False)
    for goal in trajectory_service.trajectory_file(store, trajectory.id).current.goals:
        trajectory_service.evaluate_goal(store, goal.id, GoalResult.BEREIKT, date(2026, 11, 20))
    trajectory_service.close_cycle(store, cycle.id, date(2026, 11, 21))
    content = printable_plan(store, cycle.id, TODAY)
    assert content.cycle_number == 1 and content.cycle_closed_on == date(2026, 11, 21)
    newest = trajectory_service.trajectory_file(store, trajectory.id).current.cycle
    with pytest.raises(PlanNotPrintable) as raised:
        printable_plan(store, newest.id, TODAY)
    assert raised.value.message == "Deze cyclus heeft nog geen plan om af te drukken."


def test_a_cycle_without_plan_or_a_group_trajectory_is_refused_in_dutch(store):
    _pupil, _trajectory, cycle = _pupil_with_trajectory(store)
    with pytest.raises(PlanNotPrintable) as raised:
        printable_plan(store, cycle.id, TODAY)
    assert isinstance(raised.value, UserError)
    assert "Organiseren" in raised.value.hint
    group = school_service.list_groups(store, SchoolYear(2026))[0]
    group_track = trajectory_service.open_trajectory(store, Trajectory(
        title="Rekenen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=date(2026, 9, 15),
        group_id=group.id))
    group_cycle = trajectory_service.trajectory_file(store, group_track.id).current.cycle
    trajectory_service.save_plan(store, Plan(
        cycle_id=group_cycle.id, plan_type=PlanType.GROEPSPLAN, start_date=date(2026, 10, 1),
        evaluation_date=date(2026, 11, 26)))
    with pytest.raises(PlanNotPrintable, match="één leerling"):
        printable_plan(store, group_cycle.id, TODAY)


def test_very_long_texts_run_onto_the_next_page_instead_of_failing(store, tmp_path):
    _pupil, _trajectory, cycle = _pupil_with_trajectory(store)
    plan = _plan(store, cycle, secrets=False)
    long_text = ("Leest een lange tekst met begrip en vat ze samen in eigen woorden. " * 400)[:TEXT_MAX]
    trajectory_service.save_plan(store, replace(plan, starting_situation=long_text))
    trajectory_service.save_plan_item(store, Goal(plan_id=plan.id, description=long_text, position=9))
    trajectory_service.save_plan_item(store, Measure(
        plan_id=plan.id, category=MeasureCategory.REMEDIEREN, description=long_text))
    path = tmp_path / "plan.pdf"
    write_pupil_plan_pdf(printable_plan(store, cycle.id, TODAY), path)
    reader = PdfReader(path)
    assert len(reader.pages) > 6
    # The long beginsituatie starts on the first page instead of pushing everything on.
    assert "Leest een lange tekst met begrip" in reader.pages[0].extract_text()
    assert f"Pagina {len(reader.pages)} van {len(reader.pages)}" in reader.pages[-1].extract_text()


def test_a_failed_write_is_a_dutch_error_and_leaves_no_file(store, tmp_path):
    _pupil, _trajectory, cycle = _pupil_with_trajectory(store)
    _plan(store, cycle)
    content = printable_plan(store, cycle.id, TODAY)
    out = tmp_path / "uit"
    out.mkdir()
    missing = out / "bestaat-niet" / "plan.pdf"
    with pytest.raises(ReportWriteError) as raised:
        write_pupil_plan_pdf(content, missing)
    assert "bestaat niet" in raised.value.message and not missing.parent.exists()
    # The chosen name is an existing folder: the build runs, the final rename fails.
    folder = out / "plan.pdf"
    folder.mkdir()
    with pytest.raises(ReportWriteError) as raised:
        write_pupil_plan_pdf(content, folder)
    assert "kon niet worden bewaard" in raised.value.message
    assert folder.is_dir() and list(out.iterdir()) == [folder]  # no temp file left behind


def test_a_layout_failure_is_a_dutch_error_and_leaves_no_file(store, tmp_path, monkeypatch):
    from reportlab.platypus import Table

    from go_hgw_desktop.reports import pupil_plan

    _pupil, _trajectory, cycle = _pupil_with_trajectory(store)
    _plan(store, cycle)
    content = printable_plan(store, cycle.id, TODAY)
    # Something that can never fit on a page, whatever a future change to the layout does.
    monkeypatch.setattr(pupil_plan, "pupil_plan_story", lambda _c: [Table([["x"]], rowHeights=[2000])])
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ReportWriteError) as raised:
        write_pupil_plan_pdf(content, out / "plan.pdf")
    assert "kon niet opgemaakt worden" in raised.value.message and raised.value.hint
    assert list(out.iterdir()) == []


def test_invariant_output_is_byte_for_byte_reproducible(store, tmp_path):
    _pupil, _trajectory, cycle = _pupil_with_trajectory(store)
    _plan(store, cycle)
    content = printable_plan(store, cycle.id, TODAY)
    write_pupil_plan_pdf(content, tmp_path / "a.pdf", invariant=True)
    write_pupil_plan_pdf(content, tmp_path / "b.pdf", invariant=True)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_suggested_file_name_is_safe_on_windows_and_never_names_the_pupil(store):
    pupil, _trajectory, _cycle = _pupil_with_trajectory(store, first="Zoë", last='Ab/de: "Kim"?')
    name = suggested_file_name(store, "handelingsplan", TODAY, code=pupil.code, suffix=".pdf")
    assert name == f"GO-Testschool-Şirin handelingsplan {pupil.code} {TODAY.isoformat()}.pdf"
    assert "Zoë" not in name and "Kim" not in name
    assert file_name('GO! "A/B": C?', "x", suffix=".db") == "GO-A-B-C x.db"


def test_a_very_long_name_is_shortened_in_the_footer_only(store):
    _pupil, _trajectory, cycle = _pupil_with_trajectory(store, first="Anna-Maria " * 9, last="Ōkami")
    _plan(store, cycle, secrets=False)
    content = printable_plan(store, cycle.id, TODAY)
    assert content.pupil_name.endswith("Ōkami")
    assert "…" in content.footer and len(content.footer) < 140
    assert replace(content, pupil_name="Kim Ōkami").footer.startswith("Handelingsplan van Kim Ōkami ·")


# ------------------------------------------------------------------ GUI


@pytest.fixture
def pupil_file(qapp, modal_guard, qtbot, store):
    from go_hgw_desktop.ui.app import make_application
    from go_hgw_desktop.ui.controllers.interaction import Interaction
    from go_hgw_desktop.ui.controllers.pupil_file_controller import PupilFileController
    from go_hgw_desktop.ui.views.pupil_file import PupilFileView

    make_application()
    pupil, _trajectory, cycle = _pupil_with_trajectory(store)
    answers: dict = {"path": None, "asked": [], "errors": [], "confirmed": []}

    def save_path(_parent, title, suggested, file_filter):
        answers["asked"].append((title, suggested, file_filter))
        return answers["path"]

    interaction = Interaction(today=lambda: TODAY, save_path=save_path,
                              notify=lambda _parent, error: answers["errors"].append(error),
                              file_saved=lambda _parent, path: answers["confirmed"].append(path))
    view = PupilFileView()
    qtbot.addWidget(view)
    controller = PupilFileController(view, store, pupil.id, interaction)
    view.resize(1180, 760)
    view.show()
    return controller, cycle, answers


def _organiseren(controller):
    from go_hgw_desktop.domain.choices import HgwStep

    controller.trajectory.show_page(HgwStep.ORGANISEREN)
    return controller.trajectory.view.ui


def test_print_button_writes_the_pdf_where_the_user_chose(pupil_file, qtbot, store, tmp_path):
    controller, cycle, answers = pupil_file
    ui = _organiseren(controller)
    assert ui.printPlanButton.isVisible() and not ui.printPlanButton.isEnabled()

    _plan(store, cycle)
    controller.trajectory.reload()
    assert ui.printPlanButton.isEnabled()
    answers["path"] = tmp_path / "gesprek met ouders"  # typed without extension
    qtbot.mouseClick(ui.printPlanButton, Qt.MouseButton.LeftButton)

    written = tmp_path / "gesprek met ouders.pdf"
    assert written.is_file() and answers["errors"] == []
    _title, suggested, file_filter = answers["asked"][0]
    # The school, the kind of plan, the pupil's code and the date; never the pupil's name.
    code = pupil_service.get_pupil(store, controller.pupil_id).code
    assert suggested.endswith(f" individueel-handelingsplan {code} {TODAY.isoformat()}.pdf"), suggested
    assert FIRST.split()[0] not in suggested and answers["confirmed"] == [written]
    assert file_filter == "PDF-bestanden (*.pdf)"
    assert f"{FIRST} {LAST}" in _text(written) and SECRET_GOAL not in _text(written)
    assert ui.planPrintedLabel.isVisible() and str(written) in ui.planPrintedLabel.text()
    assert "Vertrouwelijke onderdelen staan er niet op" in ui.planPrintedLabel.text()


def test_print_button_reports_a_failed_write_in_dutch(pupil_file, qtbot, store, tmp_path):
    controller, cycle, answers = pupil_file
    _plan(store, cycle)
    controller.trajectory.reload()
    ui = _organiseren(controller)
    answers["path"] = tmp_path / "weg" / "plan.pdf"
    qtbot.mouseClick(ui.printPlanButton, Qt.MouseButton.LeftButton)
    assert [type(e) for e in answers["errors"]] == [ReportWriteError]
    assert "bestaat niet" in answers["errors"][0].message
    assert not (tmp_path / "weg").exists() and not ui.planPrintedLabel.isVisible()

    answers["path"] = None  # the person cancels the file dialog: nothing happens
    qtbot.mouseClick(ui.printPlanButton, Qt.MouseButton.LeftButton)
    assert len(answers["errors"]) == 1 and not ui.planPrintedLabel.isVisible()


def test_a_group_trajectory_has_no_print_button(qapp, modal_guard, qtbot, store):
    from go_hgw_desktop.ui.app import make_application
    from go_hgw_desktop.ui.controllers.interaction import Interaction
    from go_hgw_desktop.ui.controllers.trajectory_controller import TrajectoryController
    from go_hgw_desktop.ui.views.trajectory_view import TrajectoryView

    make_application()
    group = school_service.save_group(store, ClassGroup(name="2A", school_year=SchoolYear(2026)))
    track = trajectory_service.open_trajectory(store, Trajectory(
        title="Rekenen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=date(2026, 9, 15),
        group_id=group.id))
    view = TrajectoryView()
    qtbot.addWidget(view)
    controller = TrajectoryController(view, store, track.id, Interaction(today=lambda: TODAY))
    assert view.ui.printPlanButton.isHidden()
    assert controller.print_plan() is None
