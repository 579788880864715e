"""The voice of parents and pupil: oudergesprek, kindgesprek, their views, the printed plan."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY
from pypdf import PdfReader
from test_services import add_group, add_pupil, current_cycle, open_for

from go_hgw_desktop.domain.choices import ConversationKind, PlanType, ViewHolder
from go_hgw_desktop.domain.cycle_items import Conversation, PartnerView
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.plan import Plan
from go_hgw_desktop.services import audit_trail, exports, retention, school, trajectories
from go_hgw_desktop.services.access_request import dossier
from go_hgw_desktop.services.exports import ConfidentialInExport
from go_hgw_desktop.services.pupil_plan import printable_plan
from go_hgw_desktop.services.records import NotFoundError

SAID = "Mama vertelt dat lezen thuis een strijd is"
AGREED = "Elke avond tien minuten samen lezen"
PARENTS = "De ouders zien vooral faalangst bij het luidop lezen"
PUPIL = "Ik lees liever met een vriend dan alleen"
SECRET_TALK = "Vader verblijft sinds de zomer in de gevangenis"
SECRET_VIEW = "Moeder vraagt het niet aan de leerkracht te vertellen"


def _pupil_cycle(store, first="Ngozi"):
    pupil = add_pupil(store, first=first, group=add_group(store, name=f"3{first[0]}"))
    track = open_for(store, pupil_id=pupil.id, title="Lezen")
    return pupil, track, current_cycle(store, track.id)


def _voices(store, cycle, *, secrets=True):
    save = lambda item: trajectories.save_cycle_item(store, item, TODAY)  # noqa: E731
    save(Conversation(cycle_id=cycle.id, kind=ConversationKind.OUDERGESPREK, held_on=date(2026, 10, 6),
                      participants="mama, klasleraar, zorgcoördinator", said=SAID, agreements=AGREED))
    save(Conversation(cycle_id=cycle.id, kind=ConversationKind.KINDGESPREK, held_on=date(2026, 10, 8),
                      participants="Ngozi, zorgcoördinator", said="Vindt de leesboeken saai."))
    save(PartnerView(cycle_id=cycle.id, holder=ViewHolder.OUDERS, text=PARENTS,
                     recorded_on=date(2026, 10, 6)))
    if secrets:
        save(Conversation(cycle_id=cycle.id, kind=ConversationKind.OUDERGESPREK, held_on=date(2026, 10, 20),
                          participants="papa", said=SECRET_TALK, confidential=True))
        save(PartnerView(cycle_id=cycle.id, holder=ViewHolder.LEERLING, text=SECRET_VIEW, confidential=True))
    else:
        save(PartnerView(cycle_id=cycle.id, holder=ViewHolder.LEERLING, text=PUPIL))


def _plan(store, cycle, discussed: date | None = date(2026, 10, 6)) -> Plan:
    return trajectories.save_plan(store, Plan(
        cycle_id=cycle.id, plan_type=PlanType.HANDELINGSPLAN, start_date=date(2026, 10, 1),
        evaluation_date=date(2026, 12, 10), approach="Duo-lezen in de klas.",
        discussed_with_parents_on=discussed))


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_talks_and_views_belong_to_the_cycle_and_are_checked(store):
    _pupil, _track, cycle = _pupil_cycle(store)
    _voices(store, cycle, secrets=False)
    detail = trajectories.trajectory_file(store, cycle.trajectory_id).current
    assert [(c.kind, c.held_on) for c in detail.conversations] == [
        (ConversationKind.OUDERGESPREK, date(2026, 10, 6)), (ConversationKind.KINDGESPREK, date(2026, 10, 8))]
    assert detail.conversations[0].agreements == AGREED
    assert [v.holder for v in detail.views] == [ViewHolder.OUDERS, ViewHolder.LEERLING]
    # One view of the parents per cycle: a second one is refused, with what to do instead.
    with pytest.raises(ValidationError, match="al een visie van de ouders"):
        trajectories.save_cycle_item(store, PartnerView(cycle_id=cycle.id, holder=ViewHolder.OUDERS,
                                                        text="Nog een visie"))
    changed = detail.views[0]
    changed.text = "Aangepast"
    trajectories.save_cycle_item(store, changed)  # changing the one there is fine
    for bad, message in (
        (Conversation(cycle_id=cycle.id, kind=ConversationKind.KINDGESPREK, held_on=date(2026, 12, 1),
                      participants="Ngozi", said="x"), "toekomst"),
        (Conversation(cycle_id=cycle.id, kind=ConversationKind.KINDGESPREK, held_on=TODAY,
                      participants=" ", said="x"), "wie deelnam"),
        (Conversation(cycle_id=cycle.id, kind=ConversationKind.KINDGESPREK, held_on=TODAY,
                      participants="Ngozi", said=""), "wat er gezegd werd"),
    ):
        with pytest.raises(ValidationError, match=message):
            trajectories.save_cycle_item(store, bad, TODAY)


def test_the_printed_plan_shows_the_views_and_the_talk_but_nothing_confidential(store, tmp_path):
    _pupil, _track, cycle = _pupil_cycle(store)
    _voices(store, cycle)
    _plan(store, cycle)
    path = tmp_path / "plan.pdf"
    content = exports.pupil_plan_pdf(store, cycle.id, path, TODAY)
    assert content.parents_view == PARENTS and content.pupil_view == "" and content.withheld
    text = _pdf_text(path)
    for shown in ("Samen met de ouders en de leerling", "Visie van de ouders", PARENTS,
                  "Besproken met de ouders", "op 06/10/2026",
                  "Sommige onderdelen van dit plan zijn vertrouwelijk"):
        assert shown in text, shown
    for secret in (SECRET_VIEW, SECRET_TALK, "Visie van de leerling", "Voor akkoord"):
        assert secret not in text, secret


def test_a_plan_not_yet_discussed_leaves_a_line_and_a_school_can_ask_for_signatures(store, tmp_path):
    _pupil, _track, cycle = _pupil_cycle(store)
    _voices(store, cycle, secrets=False)
    _plan(store, cycle, discussed=None)
    details = school.get_school(store)
    details.plan_signatures = True
    school.update_school(store, details)
    path = tmp_path / "plan.pdf"
    exports.pupil_plan_pdf(store, cycle.id, path, TODAY)
    text = _pdf_text(path)
    assert "Visie van de leerling" in text and PUPIL in text
    assert "nog niet besproken" in text
    for shown in ("Voor akkoord", "Voor de ouders", "De leerling", "Voor de school", "Naam:", "Datum:"):
        assert shown in text, shown


def test_a_copied_plan_is_not_yet_discussed(store):
    _pupil, track, cycle = _pupil_cycle(store)
    _plan(store, cycle)
    trajectories.close_cycle(store, cycle.id, date(2026, 11, 1))
    new_cycle = current_cycle(store, track.id)
    copied = trajectories.copy_previous_plan(store, new_cycle.id, date(2026, 11, 2))
    assert copied.discussed_with_parents_on is None


def test_the_export_guard_knows_confidential_talks_and_views(store):
    _pupil, _track, cycle = _pupil_cycle(store)
    _voices(store, cycle)
    for secret in (SECRET_TALK, SECRET_VIEW.upper()):
        with pytest.raises(ConfidentialInExport):
            exports.guard(store, {"tekst": f"Opvolgen: {secret}."})
    exports.guard(store, {"tekst": PARENTS})  # not vertrouwelijk: may go


def test_the_access_request_holds_the_talks_and_views_with_the_confidential_ones_marked(store):
    pupil, _track, cycle = _pupil_cycle(store)
    _voices(store, cycle)
    content = dossier(store, pupil.id)
    sections = {s.title: s for s in content.sections}
    talks = sections["Oudergesprekken en kindgesprekken"].records
    views = sections["Visie van ouders en leerling"].records
    assert len(talks) == 3 and len(views) == 2
    assert [r.confidential for r in talks].count(True) == 1
    assert [r.confidential for r in views].count(True) == 1
    labels = {f.label for r in talks for f in r.fields}
    assert {"Wie nam deel", "Wat werd er gezegd", "Afspraken", "Datum"} <= labels
    assert any(SECRET_TALK in f.text for r in talks for f in r.fields)


def test_the_trail_names_talks_and_views_without_their_words(store):
    pupil, _track, cycle = _pupil_cycle(store, first="Emma")
    _voices(store, cycle)
    lines = [e.what for e in audit_trail.entries(store, today=TODAY)]
    assert f"Oudergesprek van 06/10/2026 toegevoegd (traject Lezen, {pupil.code})" in lines
    assert f"Kindgesprek van 08/10/2026 toegevoegd (traject Lezen, {pupil.code})" in lines
    assert f"Visie van de ouders toegevoegd (traject Lezen, {pupil.code})" in lines
    assert not [line for line in lines if "Mama vertelt" in line or "faalangst" in line]


def test_purge_removes_the_talks_and_views(store):
    from go_hgw_desktop.services import pupils

    pupil, _track, cycle = _pupil_cycle(store)
    _voices(store, cycle)
    pupils.mark_left(store, pupil.id, date(2025, 6, 30))
    retention.purge(store, [pupil.id], TODAY)
    with pytest.raises(NotFoundError):
        pupils.get_pupil(store, pupil.id)
    with store.transaction() as session:
        from sqlalchemy import func, select

        from go_hgw_desktop.storage import models as m

        for record in (m.ConversationRecord, m.PartnerViewRecord):
            assert session.scalar(select(func.count()).select_from(record)) == 0


# ---------------------------------------------------------------- through the screen


def test_talks_views_and_the_discussed_date_through_the_cycle_screen(qapp, modal_guard, qtbot, store,
                                                                     tmp_path):
    from gui_user import ScriptedUser
    from PySide6.QtCore import Qt

    from go_hgw_desktop.domain.choices import HgwStep
    from go_hgw_desktop.ui.app import make_application
    from go_hgw_desktop.ui.controllers.trajectory_controller import TrajectoryController
    from go_hgw_desktop.ui.views.trajectory_view import TrajectoryView

    make_application()
    _pupil, track, cycle = _pupil_cycle(store)
    user = ScriptedUser(qtbot)
    view = TrajectoryView()
    qtbot.addWidget(view)
    view.resize(1300, 680)
    view.show()
    steps = TrajectoryController(view, store, track.id, user.interaction(TODAY))
    left = Qt.MouseButton.LeftButton

    # Waarnemen: an oudergesprek (dates typed key by key) and a confidential kindgesprek.
    steps.show_page(HgwStep.WAARNEMEN)
    talks = steps.record_list("conversations")
    assert talks.view.isVisible() and "Nog geen oudergesprek" in talks.view.ui.emptyLabel.text()
    user.will("gesprek", kind=ConversationKind.OUDERGESPREK, held_on=date(2026, 10, 6),
              participants="mama, klasleraar", said="Lezen thuis is een strijd.",
              agreements="Elke avond tien minuten samen lezen.")
    qtbot.mouseClick(talks.view.ui.addButton, left)
    user.will("gesprek", confidential=True, kind=ConversationKind.KINDGESPREK, held_on=date(2026, 10, 8),
              participants="Ngozi", said="Thuis wordt er veel geroepen.")
    qtbot.mouseClick(talks.view.ui.addButton, left)
    user.will("gesprek", kind=ConversationKind.KINDGESPREK, held_on=date(2026, 12, 8),
              participants="Ngozi", said="x", expect_error="toekomst")
    qtbot.mouseClick(talks.view.ui.addButton, left)
    view.grab().save(str(tmp_path / "waarnemen.png"))

    # Begrijpen: the parents' view, then the pupil's (the form proposes the one still missing).
    steps.show_page(HgwStep.BEGRIJPEN)
    views = steps.record_list("views")
    user.will("visie", text="Ze zien faalangst bij het luidop lezen.")
    qtbot.mouseClick(views.view.ui.addButton, left)
    user.will("visie", text="Ik lees liever met een vriend.")
    qtbot.mouseClick(views.view.ui.addButton, left)
    user.will("visie", holder=ViewHolder.OUDERS, text="Nog een.", expect_error="al een visie van de ouders")
    qtbot.mouseClick(views.view.ui.addButton, left)
    view.grab().save(str(tmp_path / "begrijpen.png"))

    # Organiseren: the plan, with the day it was discussed with the parents typed in.
    steps.show_page(HgwStep.ORGANISEREN)
    user.will("plan", start_date=date(2026, 10, 1), evaluation_date=date(2026, 12, 10),
              approach="Duo-lezen.", discussed_with_parents_on=date(2026, 10, 13))
    qtbot.mouseClick(view.ui.editPlanButton, left)
    user.done()

    detail = trajectories.trajectory_file(store, track.id).current
    assert [(c.kind, c.held_on, c.confidential) for c in detail.conversations] == [
        (ConversationKind.OUDERGESPREK, date(2026, 10, 6), False),
        (ConversationKind.KINDGESPREK, date(2026, 10, 8), True)]
    assert detail.conversations[0].agreements == "Elke avond tien minuten samen lezen."
    assert {v.holder: v.text for v in detail.views} == {
        ViewHolder.OUDERS: "Ze zien faalangst bij het luidop lezen.",
        ViewHolder.LEERLING: "Ik lees liever met een vriend."}
    assert detail.plan.discussed_with_parents_on == date(2026, 10, 13)
    assert user.dates_typed >= 4
    content = printable_plan(store, cycle.id, TODAY)
    assert content.discussed_with_parents_on == date(2026, 10, 13)
    assert content.pupil_view == "Ik lees liever met een vriend."


def test_the_signature_setting_is_a_checkbox_in_schoolgegevens(qapp, modal_guard, qtbot, store):
    from PySide6.QtCore import QPoint, Qt

    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.ui.app import make_application
    from go_hgw_desktop.ui.controllers.interaction import Interaction
    from go_hgw_desktop.ui.controllers.school_details_controller import SchoolDetailsController

    make_application()
    controller = SchoolDetailsController(store, SchoolYear(2026), Interaction(today=lambda: TODAY))
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    dialog.show()
    check = dialog.ui.signaturesCheck
    assert not check.isChecked() and not dialog.is_dirty()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))  # the box
    assert check.isChecked() and dialog.is_dirty()  # leaving now would ask before dropping it
    controller.save()
    assert school.get_school(store).plan_signatures
