"""The schoolfoto a MICRO-overleg discussed: frozen with it, read back unchanged, compared."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from conftest import TODAY
from sqlalchemy import func, select, update

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import ConsultationType, Phase, Role
from go_hgw_desktop.domain.consultation import Consultation, Participant
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.reports.data_file import foto_to_dict
from go_hgw_desktop.reports.tables import TOTAL
from go_hgw_desktop.services import consultations, school, schoolfoto, trajectories
from go_hgw_desktop.services.consultations import StoredFotoError
from go_hgw_desktop.services.foto_comparison import MISSING, key_figures
from go_hgw_desktop.storage import models as m

MICRO_DAY = date(2026, 11, 20)


def _meeting(store, kind=ConsultationType.MICRO, held_on=MICRO_DAY) -> int:
    return consultations.save_consultation(store, Consultation(
        kind=kind, held_on=held_on, participants=[Participant(role=Role.ZORGCOORDINATOR)],
    )).id


def _rows(store) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(m.ConsultationFotoRecord))


def test_attach_freezes_the_foto_of_the_meetings_year_and_date(demo_store):
    cid = _meeting(demo_store)
    attached = consultations.attach_schoolfoto(demo_store, cid, attached_on=TODAY)
    expected = schoolfoto.schoolfoto(demo_store, SchoolYear(2026), MICRO_DAY, 5)
    assert attached.foto == expected
    assert foto_to_dict(attached.foto) == foto_to_dict(expected)
    assert (attached.held_on, attached.attached_on) == (MICRO_DAY, TODAY)
    assert consultations.attached_foto(demo_store, cid) == attached
    with demo_store.transaction() as session:
        record = session.get(m.ConsultationFotoRecord, cid)
        assert (record.school_year, record.reference_date, record.threshold) == (
            SchoolYear(2026), MICRO_DAY, 5)
        # Aggregates only: no pupil's name is in the stored copy.
        names = {n for pair in session.execute(select(m.PupilRecord.first_name, m.PupilRecord.last_name))
                 for n in pair}
        assert not any(f'"{name}"' in record.content for name in names)


def test_a_second_attach_replaces_the_first_and_detach_removes_it(demo_store):
    cid = _meeting(demo_store)
    assert consultations.attached_foto(demo_store, cid) is None
    consultations.attach_schoolfoto(demo_store, cid, attached_on=TODAY)
    again = consultations.attach_schoolfoto(demo_store, cid, threshold=10, attached_on=TODAY + timedelta(1))
    assert again.foto.threshold == 10 and again.attached_on == TODAY + timedelta(1)
    assert _rows(demo_store) == 1
    assert consultations.detach_foto(demo_store, cid) is True
    assert consultations.attached_foto(demo_store, cid) is None
    assert consultations.detach_foto(demo_store, cid) is False


@pytest.mark.parametrize("kind", [k for k in ConsultationType if k is not ConsultationType.MICRO])
def test_only_a_micro_consultation_takes_a_foto(store, kind):
    cid = _meeting(store, kind)
    foto = schoolfoto.schoolfoto(store, SchoolYear(2026), MICRO_DAY)
    with pytest.raises(ValidationError, match="alleen bij een MICRO-overleg"):
        consultations.attach_foto(store, cid, foto)
    with pytest.raises(ValidationError, match="alleen bij een MICRO-overleg"):
        consultations.attach_schoolfoto(store, cid)
    assert _rows(store) == 0


def test_a_micro_with_a_foto_cannot_silently_become_another_kind(store):
    cid = _meeting(store)
    consultations.attach_schoolfoto(store, cid)
    meeting = consultations.get_consultation(store, cid)
    meeting.kind = ConsultationType.MACRO
    with pytest.raises(ValidationError, match="Ontkoppel eerst"):
        consultations.save_consultation(store, meeting)
    assert consultations.get_consultation(store, cid).kind is ConsultationType.MICRO
    consultations.detach_foto(store, cid)
    assert consultations.save_consultation(store, meeting).kind is ConsultationType.MACRO


def test_deleting_the_consultation_deletes_its_foto(store):
    cid = _meeting(store)
    consultations.attach_schoolfoto(store, cid)
    consultations.delete_consultation(store, cid)
    assert _rows(store) == 0


def test_the_frozen_copy_does_not_follow_later_changes(demo_store):
    cid = _meeting(demo_store)
    frozen = consultations.attach_schoolfoto(demo_store, cid, attached_on=TODAY).foto
    renamed = school.get_school(demo_store)
    renamed.name = "GO! Basisschool Ngozi Åkesson"
    school.update_school(demo_store, renamed)
    schoolfoto.save_foto_points(demo_store, SchoolYear(2026), "Nascholing rond lezen in de eerste graad.")
    for trajectory_id in _running_trajectories(demo_store)[:7]:
        trajectories.close_trajectory(demo_store, trajectory_id, MICRO_DAY - timedelta(days=30))

    # That peildatum gives that foto: a fresh one beside it would tell what was corrected.
    assert schoolfoto.schoolfoto(demo_store, SchoolYear(2026), MICRO_DAY) == frozen
    fresh = schoolfoto.schoolfoto(demo_store, SchoolYear(2026), MICRO_DAY, frozen=False)
    assert fresh.school.name == renamed.name and fresh.points
    assert fresh.table("phase_step").total != frozen.table("phase_step").total
    kept = consultations.attached_foto(demo_store, cid).foto
    assert kept == frozen
    assert kept.school.name != renamed.name and kept.points == ""


def _running_trajectories(store) -> list[int]:
    with store.transaction() as session:
        return list(session.scalars(
            select(m.TrajectoryRecord.id).where(m.TrajectoryRecord.end_date.is_(None),
                                                m.TrajectoryRecord.start_date < MICRO_DAY - timedelta(30))
            .order_by(m.TrajectoryRecord.id)
        ))


def test_the_previous_foto_is_the_latest_earlier_micro_with_one(store):
    last_year = _meeting(store, held_on=date(2025, 11, 18))
    without = _meeting(store, held_on=date(2026, 3, 10))  # no foto attached: skipped
    this = _meeting(store)
    same_day = _meeting(store)  # entered later on the same day: comes after ``this``
    _meeting(store, ConsultationType.LEERLINGENBESPREKING, date(2026, 5, 1))
    for cid in (last_year, this, same_day):
        consultations.attach_schoolfoto(store, cid)

    assert consultations.previous_attached_foto(store, last_year) is None
    assert consultations.previous_attached_foto(store, without).consultation_id == last_year
    previous = consultations.previous_attached_foto(store, this)
    assert previous.consultation_id == last_year and previous.foto.school_year == "2025-2026"
    assert previous.held_on == date(2025, 11, 18)
    assert consultations.previous_attached_foto(store, same_day).consultation_id == this


def test_a_damaged_stored_foto_is_a_dutch_message(store):
    cid = _meeting(store)
    consultations.attach_schoolfoto(store, cid)
    with store.transaction() as session:
        session.execute(update(m.ConsultationFotoRecord).values(
            content=m.ConsultationFotoRecord.content.op("||")(" ")))  # still JSON, checksum intact
    assert consultations.attached_foto(store, cid).foto
    with store.transaction() as session:
        session.execute(update(m.ConsultationFotoRecord).values(
            content=func.replace(m.ConsultationFotoRecord.content, '"threshold": 5', '"threshold": 6')))
    with pytest.raises(StoredFotoError) as caught:
        consultations.attached_foto(store, cid)
    assert "controlegetal" in caught.value.message and "opnieuw" in caught.value.hint
    with store.transaction() as session:
        session.execute(update(m.ConsultationFotoRecord).values(content="{"))
    with pytest.raises(StoredFotoError, match="beschadigd"):
        consultations.attached_foto(store, cid)


def test_key_figures_show_markers_for_hidden_cells_and_no_change_for_them(demo_store):
    now = schoolfoto.schoolfoto(demo_store, SchoolYear(2026), TODAY, 5)
    before = schoolfoto.schoolfoto(demo_store, SchoolYear(2026), TODAY - timedelta(days=60), 10)
    groups = key_figures(now, before)
    assert [g.title for g in groups] == ["Lopende trajecten per fase", "Lopende trajecten per domein",
                                         "CLB-aanvragen per status", "Leersteun per status"]
    phases = groups[0].figures
    assert [f.label for f in phases] == [p.label for p in Phase] + [TOTAL]
    table = now.table("phase_step")
    assert [f.now for f in phases] == [table.row_total(r).text(5) for r in range(4)] + [table.total.text(5)]
    figures = [f for g in groups for f in g.figures]
    hidden = [f for f in figures if f.now_hidden or f.before_hidden]
    assert hidden, "the demo school has small counts to hide"
    for figure in figures:
        for text, is_hidden in ((figure.now, figure.now_hidden), (figure.before, figure.before_hidden)):
            assert is_hidden == (text in ("< 5", "< 10", "x") or text.startswith("≥"))
        if figure.now_hidden or figure.before_hidden:
            assert figure.change == ""
        else:
            assert figure.change == _signed(int(figure.now) - int(figure.before))


def test_a_category_only_one_foto_has_shows_a_dash(store):
    cid = _meeting(store)
    now = consultations.attach_schoolfoto(store, cid).foto
    table = now.table("clb_requests")
    renamed = replace(table, rows=("Nieuw", *table.rows[1:]))
    before = replace(now, tables=tuple(renamed if t.key == table.key else t for t in now.tables))
    clb = key_figures(now, before)[2].figures
    first = next(f for f in clb if f.label == table.rows[0])
    new = next(f for f in clb if f.label == "Nieuw")
    assert (first.now, first.before, first.change) == ("0", MISSING, "")
    assert (new.now, new.before) == (MISSING, "0")
    assert clb[-1].label == TOTAL and clb[-1].change == "0"


def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else f"−{-n}" if n < 0 else "0"


def test_a_foto_for_a_meeting_still_to_come_carries_the_day_it_was_made(demo_store):
    # A reviewer saw "Peildatum 22/12/2026" printed on a foto made on 01/12/2026.
    cid = _meeting(demo_store, held_on=TODAY + timedelta(days=20))
    attached = consultations.attach_schoolfoto(demo_store, cid, attached_on=TODAY)
    assert attached.foto.reference_date == TODAY
