"""The overdrachtsfiche for next year's teacher: what reaches paper, what never does."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import TODAY
from meeting_school import SECRETS, build
from sqlalchemy import select
from test_meeting_documents import _flat, _golden, _nothing_confidential, _well_formed

from go_hgw_desktop.domain.choices import (
    CareDomain,
    GoalResult,
    HgwStep,
    MeasureCategory,
    NeedSlot,
    Phase,
    TrajectoryStatus,
)
from go_hgw_desktop.domain.cycle_items import EducationalNeed
from go_hgw_desktop.domain.plan import Measure
from go_hgw_desktop.reports.overdracht import (
    FichePupil,
    FicheResult,
    FicheTrajectory,
    OverdrachtContent,
    WorkedPlan,
    write_overdracht_pdf,
)
from go_hgw_desktop.services import exports, trajectories
from go_hgw_desktop.services.exports import ConfidentialInExport
from go_hgw_desktop.services.group_overview import group_overview
from go_hgw_desktop.storage import models as m

SECRET_MEASURE = "Dagelijks even bellen met de pleegmoeder over de nacht"


@pytest.fixture
def school(demo_store):
    built = build(demo_store, TODAY)
    # A vertrouwelijk measure in the plan of a pupil on the fiche, beside the secret goal and need.
    [trajectory, *_] = trajectories.list_trajectories(demo_store, pupil_id=built.pupil_id)
    plan = trajectories.trajectory_file(demo_store, trajectory.id).current.plan
    trajectories.save_plan_item(demo_store, Measure(plan_id=plan.id, category=MeasureCategory.COMPENSEREN,
                                                    description=SECRET_MEASURE, confidential=True))
    return built


def _pupil_name(store, pupil_id: int) -> str:
    with store.transaction() as session:
        pupil = session.get(m.PupilRecord, pupil_id)
        return f"{pupil.last_name}, {pupil.first_name}"


def test_the_fiche_hands_over_needs_measures_and_what_worked_but_nothing_confidential(school, tmp_path):
    store, group = school.store, school.group
    path = tmp_path / "fiche.pdf"
    content = exports.overdracht_pdf(store, group.id, path, TODAY)
    text = _well_formed(path, f"Overdrachtsfiche klas {group.name} · {group.school_year} · bevat "
                              "persoonsgegevens")
    flat = _flat(text)
    assert "alleen voor het schoolteam" in flat and f"Voor schooljaar {group.school_year.next()}" in flat
    # Every pupil of the class: on the fiche with their care, or by name among the others.
    names = {p.name for p in content.pupils} | set(content.others)
    assert names == {r.name for r in group_overview(store, group.id, TODAY)}
    assert _pupil_name(store, school.pupil_id) in {p.name for p in content.pupils}
    for name in names:
        assert name in flat, name
    # Per trajectory: where it stands, the needs, the measures in force, and what worked.
    worked = 0
    for pupil in content.pupils:
        for t in pupil.trajectories:
            assert t.title in flat and t.phase.label in flat
            assert not t.closed and t.step is not None
            for line in (*t.needs, *t.measures, *t.goals):
                assert _flat(line)[:40] in flat, line
            for plan in t.worked:
                worked += 1
                assert plan.results and all(r.result.label.lower() in flat for r in plan.results)
                for r in plan.results:
                    assert _flat(r.description).rstrip(" .")[:30] in flat
    assert worked, "the demo has evaluated plans: what worked must be on the fiche"
    assert "Wat werkte: doelen met hun resultaat en de maatregelen erbij" in flat
    assert "volgende evaluatie" in flat and "stap " in flat
    # Vertrouwelijk: the measure, goal and need of the pupil's plan are left out; the fiche says so.
    assert content.withheld and "Sommige onderdelen zijn vertrouwelijk" in flat
    assert SECRET_MEASURE not in flat
    _nothing_confidential(store, text)
    # Logged as printed, with the file name (it holds the class, never a pupil).
    with store.transaction() as session:
        rows = session.execute(select(m.AuditEntryRecord.action, m.AuditEntryRecord.detail)
                               .where(m.AuditEntryRecord.record_type == "overdrachtsfiche")).all()
    assert [tuple(r) for r in rows] == [("afgedrukt", "PDF fiche.pdf")]


def test_a_closed_trajectory_is_handed_over_only_while_its_measures_still_apply(school, tmp_path):
    store = school.store
    name = _pupil_name(store, school.pupil_id)
    [trajectory, *_] = trajectories.list_trajectories(store, pupil_id=school.pupil_id)
    with store.transaction() as session:
        others = session.scalars(select(m.TrajectoryRecord).where(
            m.TrajectoryRecord.pupil_id == school.pupil_id, m.TrajectoryRecord.id != trajectory.id)).all()
        for other in others:
            other.status = TrajectoryStatus.AFGESLOTEN  # only the one trajectory counts below
            other.end_date = TODAY
        record = session.get(m.TrajectoryRecord, trajectory.id)
        record.status, record.end_date = TrajectoryStatus.AFGESLOTEN, TODAY
        plan = session.scalars(select(m.PlanRecord)
                               .join(m.CycleRecord, m.CycleRecord.id == m.PlanRecord.cycle_id)
                               .where(m.CycleRecord.trajectory_id == trajectory.id)
                               .order_by(m.CycleRecord.number.desc())).first()
        plan.end_date = TODAY + timedelta(days=60)
        for other in others:  # their plans ended
            for p in session.scalars(select(m.PlanRecord).join(m.CycleRecord).where(
                    m.CycleRecord.trajectory_id == other.id)):
                p.end_date = TODAY - timedelta(days=1)
    content = exports.overdracht_pdf(store, school.group.id, tmp_path / "a.pdf", TODAY)
    [pupil] = [p for p in content.pupils if p.name == name]
    [line] = pupil.trajectories
    assert line.title == trajectory.title and line.closed and line.measures
    text = _flat(_well_formed(tmp_path / "a.pdf", "Overdrachtsfiche klas"))
    assert "traject afgesloten, de maatregelen gelden nog" in text

    with store.transaction() as session:
        plan = session.get(m.PlanRecord, plan.id)
        plan.end_date = TODAY - timedelta(days=1)
    content = exports.overdracht_pdf(store, school.group.id, tmp_path / "b.pdf", TODAY)
    assert name in content.others and name not in {p.name for p in content.pupils}


def test_the_guard_stops_a_secret_typed_again_into_a_measure_and_nothing_is_written(school, tmp_path):
    store = school.store
    [trajectory, *_] = trajectories.list_trajectories(store, pupil_id=school.pupil_id)
    plan = trajectories.trajectory_file(store, trajectory.id).current.plan
    current = trajectories.trajectory_file(store, trajectory.id).current
    trajectories.save_cycle_item(store, EducationalNeed(cycle_id=current.cycle.id, slot=NeedSlot.OUDERS,
                                                        text="Slaapt vaak bij oma", confidential=True))
    trajectories.save_plan_item(store, Measure(plan_id=plan.id, category=MeasureCategory.STIMULEREN,
                                               description="Opvolgen: SLAAPT VAAK BIJ OMA"))
    path = tmp_path / "fiche.pdf"
    with pytest.raises(ConfidentialInExport):
        exports.overdracht_pdf(store, school.group.id, path, TODAY)
    assert not path.exists()


def test_the_suggested_file_name_carries_the_class_and_date():
    from go_hgw_desktop.domain.text import file_name

    # The controller asks suggested_file_name for "overdrachtsfiche KLAS" (the GUI test clicks it).
    assert file_name("GO! De Linde", "overdrachtsfiche 3A", "", "2026-06-28", suffix=".pdf") == \
        "GO-De-Linde overdrachtsfiche-3A 2026-06-28.pdf"


def test_the_overdrachtsfiche_matches_the_golden_text(tmp_path):
    content = OverdrachtContent(
        school_name="GO! Basisschool De Linde", class_name="3A", school_year="2026-2027",
        next_year="2027-2028",
        printed_on=date(2027, 6, 28),
        pupils=(
            FichePupil("Nguyễn, Łucja", (
                FicheTrajectory(
                    "Lezen", CareDomain.LEREN_EN_STUDEREN, Phase.VERHOOGDE_ZORG, HgwStep.REALISEREN, 3,
                    date(2027, 9, 20),
                    needs=("instructie die in kleine stappen gaat", "feedback die meteen komt"),
                    measures=("Compenseren: Voorleessoftware (Klasleraar, bij elke toets)",),
                    goals=("Leest AVI-M5 vlot",),
                    worked=(
                        WorkedPlan(1, date(2026, 12, 10), (
                            FicheResult("Leest AVI-M4 vlot.", GoalResult.BEREIKT, "Mooi."),
                            FicheResult("Leest hardop in de klas", GoalResult.NIET_BEREIKT),
                        ), ("Remediëren: Verlengde instructie (Zorgleraar, dagelijks)",)),
                    ),
                ),
                FicheTrajectory("Rekenen", CareDomain.LEREN_EN_STUDEREN, Phase.BREDE_BASISZORG, None, 1, None,
                                closed=True, measures=("Compenseren: Rekenmachine bij toetsen",)),
            )),
            FichePupil("Şahin, Emre", (
                FicheTrajectory("Welbevinden", CareDomain.PSYCHISCH_EN_SOCIAAL, Phase.BREDE_BASISZORG,
                                HgwStep.BEGRIJPEN, 1, None),
            )),
        ),
        others=("Peeters, Noah", "Wouters, Elif"),
        withheld=True,
    )
    path = tmp_path / "o.pdf"
    write_overdracht_pdf(content, path, invariant=True)
    _golden("overdracht.txt", path)


def test_the_command_line_prints_the_fiche_of_a_class(cli, data_dir, key_store, tmp_path):
    from go_hgw_desktop.services.demo import fill_demo
    from go_hgw_desktop.services.workspace import open_workspace

    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=60, seed=7)
    school = build(opened.store, date.today())
    group = school.group
    opened.store.close()

    out_file = tmp_path / "fiche.pdf"
    code, out, err = cli("overdracht", "--class", group.name.lower(), "--out", str(out_file),
                         "--school-year", group.school_year.label)
    assert code == 0, err
    assert f"Overdrachtsfiche van klas {group.name}" in out and "geef het alleen aan het schoolteam" in out
    text = _flat(_well_formed(out_file, f"Overdrachtsfiche klas {group.name}"))
    assert "Overdrachtsfiche" in text and SECRETS[4] not in text

    code, _out, err = cli("overdracht", "--class", "9Z", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "Klas ‘9Z’ bestaat niet" in err and group.name in err
    code, _out, err = cli("overdracht", "--class", group.name, "--out", str(tmp_path / "x.txt"))
    assert code == 2 and "moet eindigen op .pdf" in err
    code, _out, err = cli("overdracht", "--class", group.name, "--out", str(tmp_path / "x.pdf"),
                          "--school-year", "2019-2020")
    assert code == 2 and "bestaat niet in schooljaar 2019-2020" in err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.txt").exists()
