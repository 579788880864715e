"""The printed groepsplan, verslag and bespreking sheet: what reaches paper, what never does."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import TODAY
from meeting_school import SECRETS, SUBGROUP_GOAL, SUBGROUP_MEASURE, build
from pypdf import PdfReader
from sqlalchemy import select

from go_hgw_desktop.domain.choices import ConsultationType, GoalResult, HgwStep, MeasureCategory, Phase, Role
from go_hgw_desktop.domain.consultation import ActionItem
from go_hgw_desktop.reports.bespreking import (
    BesprekingContent,
    SheetAction,
    SheetGoal,
    SheetPupil,
    SheetResult,
    SheetTrajectory,
    write_bespreking_pdf,
)
from go_hgw_desktop.reports.groepsplan import (
    GroepsplanContent,
    OverviewLine,
    SubgroupPlan,
    write_groepsplan_pdf,
)
from go_hgw_desktop.reports.pupil_plan import PrintedGoal, PrintedMeasure
from go_hgw_desktop.reports.verslag import (
    VerslagAction,
    VerslagContent,
    VerslagParticipant,
    write_verslag_pdf,
)
from go_hgw_desktop.services import consultations, exports
from go_hgw_desktop.services.exports import ConfidentialInExport, confidential_texts
from go_hgw_desktop.services.schoolfoto import pupil_names
from go_hgw_desktop.services.verslag import PupilNamedInVerslagError
from go_hgw_desktop.storage import models as m

GOLDEN = Path(__file__).parent / "golden"
BAD_GLYPHS = re.compile("[\u25a0\u25a1\ufffd\x00]")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _fonts(path: Path) -> set[str]:
    found = set()

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            found.add(str(font["/BaseFont"]))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return found


def _pupil_names(store) -> list[tuple[str, str]]:
    with store.transaction() as session:
        return sorted(pupil_names(session))


def _well_formed(path: Path, footer: str) -> str:
    """The shared guarantees: embedded font only, no missing glyph, "Pagina X van Y", the footer."""
    text = _text(path)
    pages = len(PdfReader(path).pages)
    assert not BAD_GLYPHS.search(text)
    fonts = _fonts(path)
    assert fonts and all("DejaVuSans" in font for font in fonts), fonts
    for number in range(1, pages + 1):
        assert f"Pagina {number} van {pages}" in text
    assert text.count(footer) == pages, footer
    return text


def _nothing_confidential(store, text: str) -> None:
    """No text of any item marked vertrouwelijk in the store, however the PDF wrote it."""
    with store.transaction() as session:
        secrets = confidential_texts(session)
    assert secrets
    assert not secrets.found_in(text), secrets.found_in(text)
    flat = _flat(text)
    for secret in SECRETS:
        assert secret not in flat and secret.split()[0] + " " + secret.split()[1] not in flat, secret


@pytest.fixture
def school(demo_store):
    return build(demo_store, TODAY)


# ------------------------------------------------------------------ groepsplan


def test_the_groepsplan_prints_the_overview_and_each_subgroup_plan_but_nothing_confidential(school, tmp_path):
    store, group = school.store, school.group
    path = tmp_path / "groepsplan.pdf"
    content = exports.groepsplan_pdf(store, group.id, path, TODAY)
    text = _well_formed(path, f"Groepsplan klas {group.name} · {group.school_year} · bevat persoonsgegevens")
    flat = _flat(text)
    # The overview is the Groepen screen's: every pupil of the class, with subgroup.
    from go_hgw_desktop.services.group_overview import group_overview

    rows = group_overview(store, group.id, TODAY)
    assert [line.name for line in content.overview] == [r.name for r in rows]
    for row in rows:
        assert row.name in flat, row.name
    assert "(vertrouwelijk: zie het dossier)" in flat  # the secret observation: only that it is there
    # The intensief subgroup's plan, on a page of its own, with its pupils, goal, measure and dates.
    pages = [page.extract_text() for page in PdfReader(path).pages]
    intensief = [p for p in pages if "Groepsplan subgroep Intensief" in p]
    assert len(intensief) == 1
    page = _flat(intensief[0])
    for shown in (
        SUBGROUP_GOAL,
        SUBGROUP_MEASURE,
        "Remediëren",
        "Fase 1",
        "Looptijd",
        "Evaluatie op",
        "Sommige onderdelen van dit groepsplan zijn vertrouwelijk",
    ):
        assert shown in page, shown
    plan = next(p for p in content.plans if p.subgroup == "Intensief")
    assert plan.members and all(name in page for name in plan.members)
    assert "Compenseren" not in page  # its only measure is vertrouwelijk: not even the heading
    # The whole-class plan of the demo, with its evaluated results.
    whole = next(p for p in content.plans if not p.subgroup)
    assert "Groepsplan voor de hele klas" in flat and whole.trajectory_title in flat
    for goal in whole.goals:
        if goal.result is not None:
            assert goal.result.label in flat
    # Basis and meer have no plan: listed with their pupils.
    assert {name for name, _ in content.without_plan} == {"Basis", "Meer"}
    assert "Subgroepen zonder groepsplan" in flat
    _nothing_confidential(store, text)


def test_every_document_is_logged_without_a_name(school, tmp_path):
    store = school.store
    exports.groepsplan_pdf(store, school.group.id, tmp_path / "a.pdf", TODAY)
    exports.verslag_pdf(store, school.mdo_id, tmp_path / "b.pdf", TODAY)
    exports.bespreking_pdf(store, school.group.id, tmp_path / "c.pdf", TODAY)
    with store.transaction() as session:
        rows = session.execute(
            select(
                m.AuditEntryRecord.record_type, m.AuditEntryRecord.action, m.AuditEntryRecord.detail
            ).where(m.AuditEntryRecord.record_type.in_(("groepsplan", "overleg_verslag", "bespreking")))
        ).all()
    assert sorted(r[0] for r in rows) == ["bespreking", "groepsplan", "overleg_verslag"]
    assert all(action == "afgedrukt" for _t, action, _d in rows)
    assert sorted(detail for _t, _a, detail in rows) == ["PDF a.pdf", "PDF b.pdf", "PDF c.pdf"]


# ------------------------------------------------------------------ verslag


def test_an_mdo_verslag_names_its_pupils_participants_and_agreements_but_not_secret_decisions(
    school, tmp_path
):
    store = school.store
    path = tmp_path / "mdo.pdf"
    content = exports.verslag_pdf(store, school.mdo_id, path, TODAY)
    text = _well_formed(path, "Verslag Multidisciplinair overleg (MDO) van ")
    flat = _flat(text)
    assert "bevat persoonsgegevens" in text
    mdo = consultations.get_consultation(store, school.mdo_id)
    assert len(content.pupils) == len(mdo.pupil_ids) >= 1
    for pupil in content.pupils:
        assert pupil in flat
    for role in ("Zorgcoördinator", "CLB-medewerker", "Ouders", "Klasleraar"):
        assert role.lower() in flat.lower()
    for item in consultations.action_items(store, school.mdo_id):
        assert item.description in flat
    assert "De beslissingen van dit overleg zijn vertrouwelijk" in flat
    _nothing_confidential(store, text)


def test_a_micro_verslag_names_no_pupil_of_the_store(school, tmp_path):
    store = school.store
    path = tmp_path / "micro.pdf"
    content = exports.verslag_pdf(store, school.micro_id, path, TODAY)
    assert content.pupils == ()
    text = _well_formed(path, "Verslag MICRO-overleg van ")
    flat = _flat(text).casefold()
    assert "noemt geen leerlingen" in flat and "besproken leerlingen" not in flat
    for first, last in _pupil_names(store):
        assert f"{first} {last}".casefold() not in flat and f"{last}, {first}".casefold() not in flat
    from go_hgw_desktop.domain.screening import codes_in
    from go_hgw_desktop.services.schoolfoto import pupil_codes

    with store.transaction() as session:
        assert codes_in(text, pupil_codes(session)) == []
    _nothing_confidential(store, text)


@pytest.mark.parametrize("where", ["decisions", "agreement"])
def test_a_micro_verslag_whose_text_names_a_pupil_is_refused_and_nothing_is_written(school, tmp_path, where):
    store = school.store
    first, last = _pupil_names(store)[3]
    micro = consultations.get_consultation(store, school.micro_id)
    if where == "decisions":
        consultations.save_consultation(
            store, replace(micro, decisions=f"Extra hulp voor {first.upper()} {last}.")
        )
    else:
        consultations.save_action_item(
            store,
            ActionItem(
                consultation_id=micro.id,
                owner_role=Role.DIRECTIE,
                description=f"Bel de ouders van {last}, {first}",
            ),
        )
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(PupilNamedInVerslagError) as raised:
        exports.verslag_pdf(store, micro.id, out / "micro.pdf", TODAY)
    assert "er is niets bewaard" in raised.value.message and "Overleg" in raised.value.hint
    assert list(out.iterdir()) == []


def test_a_participant_is_named_only_where_the_staff_list_is_sure(school, tmp_path):
    content = exports.verslag_pdf(school.store, school.micro_id, tmp_path / "v.pdf", TODAY)
    by_role = {p.role: p.name for p in content.participants}
    assert by_role[Role.ZORGCOORDINATOR] and by_role[Role.DIRECTIE]  # one of each in the staff list
    assert by_role[Role.CLB] == "" and by_role[Role.LEERSTEUN] == ""  # nobody with that role listed


def test_the_export_guard_stops_a_secret_copied_into_unmarked_text(school, tmp_path):
    """The builders leave vertrouwelijke items out; the guard is the net: a secret sentence
    typed again into an agreement (which has no mark) stops the verslag."""
    store = school.store
    consultations.save_action_item(
        store,
        ActionItem(
            consultation_id=school.mdo_id, owner_role=Role.CLB, description=f"Opvolgen: {SECRETS[5].upper()}"
        ),
    )
    path = tmp_path / "mdo.pdf"
    with pytest.raises(ConfidentialInExport):
        exports.verslag_pdf(store, school.mdo_id, path, TODAY)
    assert not path.exists()


# ------------------------------------------------------------------ bespreking


def test_the_bespreking_sheet_lists_pupils_with_running_care_and_nothing_confidential(school, tmp_path):
    store = school.store
    path = tmp_path / "bespreking.pdf"
    content = exports.bespreking_pdf(store, school.group.id, path, TODAY)
    text = _well_formed(path, f"Voorbereiding bespreking klas {school.group.name} ·")
    flat = _flat(text)
    assert content.pupils and content.withheld
    assert "Sommige doelen zijn vertrouwelijk" in flat
    for pupil in content.pupils:
        assert pupil.name in flat
        for trajectory in pupil.trajectories:
            assert trajectory.title in flat
            for goal in trajectory.goals:
                assert goal.description[:30] in flat
    names = {p.name for p in content.pupils} | set(content.others)
    from go_hgw_desktop.services.group_overview import group_overview

    assert names == {r.name for r in group_overview(store, school.group.id, TODAY)}
    # The MDO discussed the pupil and left open agreements: on the pupil's line.
    ours = next(p for p in content.pupils if any("MDO" in a.where for a in p.actions))
    assert ours.actions and "Multidisciplinair overleg (MDO)" in flat
    _nothing_confidential(store, text)


# ------------------------------------------------------------------ file names


def test_suggested_file_names_carry_the_class_or_date_never_a_name(school):
    from go_hgw_desktop.services.file_names import suggested_file_name

    name = suggested_file_name(school.store, f"groepsplan {school.group.name}", TODAY, suffix=".pdf")
    assert f"groepsplan-{school.group.name}" in name and TODAY.isoformat() in name
    for _first, last in _pupil_names(school.store):
        assert last not in name or last in school.group.name


# ------------------------------------------------------------------ golden texts


def _golden(name: str, path: Path) -> None:
    """After an intended change: GO_HGW_UPDATE_GOLDEN=1, then read tests/golden/NAME before committing."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages).strip() + "\n"
    golden = GOLDEN / name
    if os.environ.get("GO_HGW_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_the_groepsplan_matches_the_golden_text(tmp_path):
    content = GroepsplanContent(
        school_name="GO! Basisschool De Linde",
        class_name="3A",
        school_year="2026-2027",
        printed_on=date(2026, 11, 25),
        overview=(
            OverviewLine(
                "Nguyễn, Łucja",
                "Intensief",
                Phase.VERHOOGDE_ZORG,
                ("12/11/2026: Leest hakkerend",),
                ("instructie die kort is",),
            ),
            OverviewLine("Peeters, Noah", "Basis"),
        ),
        plans=(
            SubgroupPlan(
                subgroup="Intensief",
                members=("Nguyễn, Łucja",),
                trajectory_title="Leesgroep",
                phase=Phase.VERHOOGDE_ZORG,
                cycle_number=1,
                cycle_closed_on=None,
                start_date=date(2026, 10, 1),
                end_date=date(2026, 12, 19),
                evaluation_date=date(2026, 12, 10),
                approach="Dagelijks duo-lezen.",
                goals=(
                    PrintedGoal("Leest AVI-M5 vlot", "90 woorden per minuut", date(2026, 12, 10)),
                    PrintedGoal(
                        "Gebruikt leesstrategieën",
                        result=GoalResult.DEELS_BEREIKT,
                        evaluated_on=date(2026, 11, 20),
                    ),
                ),
                measures=(
                    PrintedMeasure(
                        MeasureCategory.REMEDIEREN,
                        "Verlengde instructie",
                        Role.KLASLERAAR,
                        "dagelijks",
                        "An Peeters",
                    ),
                ),
                withheld=True,
            ),
        ),
        without_plan=(("Basis", ("Peeters, Noah",)),),
    )
    path = tmp_path / "g.pdf"
    write_groepsplan_pdf(content, path, invariant=True)
    _golden("groepsplan.txt", path)


def test_the_verslag_matches_the_golden_text(tmp_path):
    content = VerslagContent(
        school_name="GO! Basisschool De Linde",
        kind=ConsultationType.MDO,
        held_on=date(2026, 11, 15),
        printed_on=date(2026, 11, 25),
        title="Afstemming thuis en school",
        participants=(
            VerslagParticipant(Role.ZORGCOORDINATOR, "Hilde Verhaegen"),
            VerslagParticipant(Role.OUDERS),
        ),
        pupils=("Nguyễn, Łucja (3A)",),
        decisions="Leesplan bijsturen.",
        actions=(
            VerslagAction("Ouders uitnodigen", Role.KLASLERAAR, "An Peeters", date(2026, 12, 1)),
            VerslagAction("Plan bijsturen", Role.ZORGCOORDINATOR, "", date(2026, 12, 5), date(2026, 12, 2)),
        ),
    )
    path = tmp_path / "v.pdf"
    write_verslag_pdf(content, path, invariant=True)
    _golden("verslag.txt", path)


def test_a_micro_verslag_cannot_even_be_given_a_pupil():
    with pytest.raises(ValueError):
        VerslagContent(
            school_name="S",
            kind=ConsultationType.MICRO,
            held_on=date(2026, 9, 6),
            printed_on=date(2026, 9, 6),
            pupils=("Peeters, Noah",),
        )


def test_the_bespreking_matches_the_golden_text(tmp_path):
    content = BesprekingContent(
        school_name="GO! Basisschool De Linde",
        class_name="3A",
        school_year="2026-2027",
        printed_on=date(2026, 11, 25),
        pupils=(
            SheetPupil(
                "Nguyễn, Łucja",
                (
                    SheetTrajectory(
                        "Lezen",
                        Phase.VERHOOGDE_ZORG,
                        HgwStep.ORGANISEREN,
                        (SheetGoal("Leest AVI-M5 vlot", date(2026, 12, 10)),),
                        (SheetResult("Leest AVI-M4 vlot", GoalResult.BEREIKT, date(2026, 9, 30), "Mooi."),),
                    ),
                    SheetTrajectory("Rekenen", Phase.BREDE_BASISZORG, HgwStep.WAARNEMEN),
                ),
                (SheetAction("Ouders uitnodigen", "Klasleraar", date(2026, 12, 1), "MDO 15/11/2026"),),
            ),
        ),
        others=("Peeters, Noah",),
        withheld=True,
    )
    path = tmp_path / "b.pdf"
    write_bespreking_pdf(content, path, invariant=True)
    _golden("bespreking.txt", path)


# ------------------------------------------------------------------ command line


def test_the_command_line_lists_consultations_and_prints_the_documents(cli, data_dir, key_store, tmp_path):
    from go_hgw_desktop.services.demo import fill_demo
    from go_hgw_desktop.services.workspace import open_workspace

    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=60, seed=7)
    school = build(opened.store, date.today())
    group, micro = school.group.name, school.micro_id
    opened.store.close()

    code, out, _err = cli("overleg")
    assert code == 0
    assert re.search(rf"^\s*{micro}\s+\d\d/\d\d/\d{{4}}\s+MICRO-overleg\s+\S", out, re.M), out
    assert "Multidisciplinair overleg (MDO)" in out
    code, out, err = cli("verslag", str(micro), "--out", str(tmp_path / "micro.pdf"))
    assert code == 0, err
    assert "noemt geen leerlingen" in out and "MICRO-overleg" in _text(tmp_path / "micro.pdf")
    code, out, err = cli("groepsplan", "--class", group.lower(), "--out", str(tmp_path / "g.pdf"))
    assert code == 0, err
    assert SUBGROUP_MEASURE in _flat(_text(tmp_path / "g.pdf"))
    code, out, err = cli("bespreking", "--class", group, "--out", str(tmp_path / "b.pdf"))
    assert code == 0, err
    assert "Voorbereiding leerlingenbespreking" in _text(tmp_path / "b.pdf")

    code, _out, err = cli("verslag", "999", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "Er is geen overleg met nummer 999" in err and "go-hgw overleg" in err
    code, _out, err = cli("groepsplan", "--class", "9Z", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "Klas ‘9Z’ bestaat niet" in err and group in err
    code, _out, err = cli("bespreking", "--class", group, "--out", str(tmp_path / "x.txt"))
    assert code == 2 and "moet eindigen op .pdf" in err
    code, _out, err = cli("groepsplan", "--class", group, "--out", str(tmp_path / "nergens" / "x.pdf"))
    assert code != 0 and "bestaat niet" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.txt").exists()
