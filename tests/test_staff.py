"""School details, the staff list, klasleraars, and a person as owner of agreements and measures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import TODAY

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import ConsultationType, MeasureCategory, Role
from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.plan import Measure
from go_hgw_desktop.domain.school import ClassGroup, School, StaffMember
from go_hgw_desktop.services import consultations, dashboard, school, staff
from go_hgw_desktop.services.records import NotFoundError

YEAR = SchoolYear.containing(TODAY)


def _classes(store, *names):
    return [school.save_group(store, ClassGroup(name=n, school_year=YEAR)) for n in names]


def _person(store, name="An Peeters", role=Role.KLASLERAAR) -> StaffMember:
    return staff.save_staff_member(store, StaffMember(name=name, role=role))


def _micro(store, held_on=TODAY) -> Consultation:
    return consultations.save_consultation(store, Consultation(
        kind=ConsultationType.MICRO, held_on=held_on, participants=[Participant(role=Role.CLB)]))


def test_the_details_and_klasleraars_are_saved_together(store):
    a, b = _classes(store, "3A", "3B")
    an = _person(store)
    saved = staff.save_school_details(
        store, School(name="  GO! Atheneum  Zuid ", institution_number="012 345", scholengroep="GO! Stroom",
                      clb="GO! CLB Gent", leersteuncentrum="LSC Oost-Vlaanderen"),
        {a.id: an.id, b.id: None})
    assert (saved.name, saved.institution_number) == ("GO! Atheneum Zuid", "012345")
    details = staff.school_details(store, YEAR)
    assert (details.school.clb, details.school.leersteuncentrum) == ("GO! CLB Gent", "LSC Oost-Vlaanderen")
    assert [(t.class_name, details.staff_name(t.staff_id)) for t in details.class_teachers] == [
        ("3A", "An Peeters"), ("3B", "")]


def test_a_wrong_instellingsnummer_saves_nothing(store):
    (a,) = _classes(store, "1A")
    an = _person(store)
    with pytest.raises(ValidationError, match="uit 6 cijfers"):
        staff.save_school_details(store, School(name="Nieuwe naam", institution_number="12A"), {a.id: an.id})
    details = staff.school_details(store, YEAR)
    assert details.school.name == "GO! Testschool Şirin"
    assert details.class_teachers[0].staff_id is None  # the klasleraar went with the refused save


def test_the_staff_list_refuses_doubles_parents_and_empty_names(store):
    _person(store, "An Peeters")
    with pytest.raises(ValidationError, match="staat al in de personeelslijst"):
        _person(store, "  an   PEETERS ", Role.ZORGLERAAR)
    with pytest.raises(ValidationError, match="niet in de personeelslijst"):
        _person(store, "Mevrouw Janssens", Role.OUDERS)
    with pytest.raises(ValidationError, match="Geef de naam"):
        _person(store, "   ")
    assert [s.label for s in staff.list_staff(store)] == ["An Peeters (klasleraar)"]


def test_a_person_as_owner_keeps_the_role_and_outlives_removal(store):
    an = _person(store)
    (a,) = _classes(store, "2B")
    staff.save_school_details(store, school.get_school(store), {a.id: an.id})
    micro = _micro(store)
    # The form sent another role: the person's role is what is kept.
    item = consultations.save_action_item(store, ActionItem(
        consultation_id=micro.id, description="Ouders uitnodigen", owner_role=Role.DIRECTIE,
        owner_staff_id=an.id, due_on=TODAY))
    assert (item.owner_role, item.owner_staff_id) == (Role.KLASLERAAR, an.id)
    [open_item] = dashboard.dashboard(store, TODAY).open_action_items
    assert open_item.owner == "An Peeters (klasleraar)"

    usage = staff.staff_usage(store, an.id)
    assert (usage.agreements, usage.measures, usage.classes) == (1, 0, [f"2B ({YEAR})"])
    staff.delete_staff_member(store, an.id)
    [kept] = consultations.action_items(store, micro.id)
    assert (kept.owner_role, kept.owner_staff_id) == (Role.KLASLERAAR, None)
    assert dashboard.dashboard(store, TODAY).open_action_items[0].owner == "Klasleraar"
    assert staff.school_details(store, YEAR).class_teachers[0].staff_id is None


def test_a_removed_person_cannot_be_chosen(store):
    an = _person(store)
    micro = _micro(store)
    staff.delete_staff_member(store, an.id)
    with pytest.raises(ValidationError, match="niet meer in de personeelslijst"):
        consultations.save_action_item(store, ActionItem(
            consultation_id=micro.id, description="Bellen", owner_role=Role.KLASLERAAR, owner_staff_id=an.id))
    with pytest.raises(NotFoundError):
        staff.delete_staff_member(store, an.id)


def test_a_measure_names_its_person_on_the_printed_plan_and_in_the_next_cycle(demo_store):
    from go_hgw_desktop.services import pupil_plan, trajectories

    els = _person(demo_store, "Els Maes", Role.ZORGLERAAR)
    track = next(t for t in trajectories.list_trajectories(demo_store)
                 if t.pupil_id and trajectories.trajectory_file(demo_store, t.id).current.plan is not None
                 and trajectories.trajectory_file(demo_store, t.id).current.cycle.is_open)
    detail = trajectories.trajectory_file(demo_store, track.id).current
    measure = trajectories.save_plan_item(demo_store, Measure(
        plan_id=detail.plan.id, category=MeasureCategory.COMPENSEREN, description="Voorleessoftware",
        responsible_staff_id=els.id))
    assert measure.responsible_role is Role.ZORGLERAAR
    content = pupil_plan.printable_plan(demo_store, detail.cycle.id, TODAY)
    printed = next(m for m in content.measures if m.description == "Voorleessoftware")
    assert printed.responsible_name == "Els Maes"
    assert trajectories.trajectory_file(demo_store, track.id).staff[0].name == "Els Maes"


def test_the_schoolfoto_carries_the_school_and_counts_owners_by_role_only(store, tmp_path):
    from go_hgw_desktop.reports.data_file import read_data_file
    from go_hgw_desktop.reports.scholengroep import identity_key
    from go_hgw_desktop.services import exports, schoolfoto

    staff.save_school_details(store, School(name="GO! Basisschool Łąka", institution_number="123456",
                                            scholengroep="GO! Scholengroep Brussel"), {})
    an = _person(store, "Annelies Vandeputte")
    micro = _micro(store, TODAY - date.resolution * 3)
    consultations.save_action_item(store, ActionItem(
        consultation_id=micro.id, description="Nascholing aanvragen", owner_role=Role.KLASLERAAR,
        owner_staff_id=an.id))
    foto = schoolfoto.schoolfoto(store, YEAR, TODAY)
    assert foto.school.institution_number == "123456"
    assert foto.school.scholengroep == "GO! Scholengroep Brussel"
    assert [a.owner_role for a in foto.agreements] == ["Klasleraar"]
    assert identity_key(foto.school) == "123456"
    data = tmp_path / "foto.json"
    exports.schoolfoto_data(store, foto, data, TODAY)
    exports.schoolfoto_pdf(store, foto, tmp_path / "foto.pdf", TODAY)
    text = data.read_text(encoding="utf-8")
    assert "Vandeputte" not in text and "Annelies" not in text
    assert '"institution_number": "123456"' in text.replace('":"', '": "')
    assert read_data_file(data).school.scholengroep == "GO! Scholengroep Brussel"
    from pypdf import PdfReader

    cover = PdfReader(tmp_path / "foto.pdf").pages[0].extract_text()
    assert "123456" in cover and "GO! Scholengroep Brussel" in cover
    assert "Vandeputte" not in "".join(p.extract_text() for p in PdfReader(tmp_path / "foto.pdf").pages)


def test_change_school_is_all_or_nothing(store):
    _classes(store, "4A")
    change = staff.SchoolChange(school={"clb": "GO! CLB Antwerpen"}, add_staff=["Jan De Smet"],
                                role=Role.KLASLERAAR,
                                class_teachers=[("4A", "Jan De Smet"), ("9Z", "Jan De Smet")])
    with pytest.raises(ValidationError, match="Klas ‘9Z’ bestaat niet"):
        staff.change_school(store, YEAR, change)
    details = staff.school_details(store, YEAR)
    assert (details.school.clb, details.staff) == ("", [])

    change.class_teachers = [("4a", "jan de smet")]
    report = staff.change_school(store, YEAR, change)
    assert [m.name for m in report.added] == ["Jan De Smet"]
    assert report.class_teachers == [("4A", "Jan De Smet")]
    again = staff.change_school(store, YEAR,
                                staff.SchoolChange(add_staff=["jan de smet"], role=Role.DIRECTIE))
    assert [(m.name, m.role, old) for m, old in again.role_changed] == [("Jan De Smet", Role.DIRECTIE,
                                                                         Role.KLASLERAAR)]


def test_a_schoolfoto_whose_text_names_a_colleague_is_refused(store, tmp_path):
    from go_hgw_desktop.services import exports, schoolfoto

    _person(store, "Annelies Vandeputte")
    micro = _micro(store, TODAY - date.resolution)
    consultations.save_action_item(store, ActionItem(
        consultation_id=micro.id, description="Juf ANNELIES vandeputte vraagt nascholing aan",
        owner_role=Role.KLASLERAAR))
    foto = schoolfoto.schoolfoto(store, YEAR, TODAY)
    with pytest.raises(schoolfoto.StaffNamedError, match=r"De afspraken .* \(Annelies Vandeputte\)"):
        exports.schoolfoto_pdf(store, foto, tmp_path / "foto.pdf", TODAY)
    assert not (tmp_path / "foto.pdf").exists()
    [item] = consultations.action_items(store, micro.id)
    item.description = "De klasleraar vraagt nascholing aan"
    consultations.save_action_item(store, item)
    foto = schoolfoto.schoolfoto(store, YEAR, TODAY)
    foto = replace(foto, points="Annelies Vandeputte zoekt een vervanger.")
    with pytest.raises(schoolfoto.StaffNamedError, match="De punten voor het overleg"):
        schoolfoto.refuse_pupils_named(store, foto)
