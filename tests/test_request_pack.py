"""The aanmeldingsdossier for the CLB and the leersteuncentrum: what goes, what never does."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from conftest import TODAY
from pypdf import PdfReader
from test_services import add_group, add_pupil, current_cycle, open_for

from go_hgw_desktop.domain import screening
from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    ConsentBy,
    ConversationKind,
    GoalResult,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    Phase,
    PlanType,
    Role,
    ViewHolder,
)
from go_hgw_desktop.domain.cycle_items import (
    Conversation,
    EducationalNeed,
    FollowUpNote,
    Observation,
    PartnerView,
)
from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.school import StaffMember
from go_hgw_desktop.reports.request_pack import (
    CLB,
    LEERSTEUN,
    PackCycle,
    PackGoal,
    PackMeasure,
    PackPrevious,
    PackSignal,
    PackVoice,
    RequestPackContent,
    write_request_pack_pdf,
)
from go_hgw_desktop.services import audit_trail, exports, partners, school, staff, trajectories
from go_hgw_desktop.services.exports import confidential_texts
from go_hgw_desktop.services.file_names import suggested_file_name
from go_hgw_desktop.services.request_pack import PackNotPossible, latest_request, printable_pack

GOLDEN = Path(__file__).parent / "golden"
SECRETS = {
    "observation": "Vader is sinds de zomer opgenomen in een kliniek",
    "goal": "Praat over de scheiding thuis met de zorgleraar",
    "measure": "Medicatie om twaalf uur onder toezicht",
    "view": "Ik wil niet dat mama hoort wat ik vertel",
    "talk": "Thuis wordt er vaak geroepen en geslagen",
    "note": "Moeder belde boos over de juf van rekenen",
    "question": "Vermoeden van verwaarlozing thuis bespreken",
}


def _school(store) -> None:
    details = school.get_school(store)
    details.clb, details.leersteuncentrum = "GO! CLB Gent", "Leersteuncentrum Oost-Vlaanderen"
    school.update_school(store, details)
    staff.save_staff_member(store, StaffMember(name="Ingrid Vermeulen", role=Role.ZORGCOORDINATOR))


def _case(store, *, consent: bool = True):
    """A pupil with two years of care: cycle 1 in 2025-2026 (evaluated, closed), cycle 2 now."""
    _school(store)
    pupil = add_pupil(store, first="Łucja", last="Nguyễn", birth_year=2015, group=add_group(store, name="5A"))
    track = open_for(store, pupil_id=pupil.id, title="Lezen", start=date(2025, 9, 10))
    cycle = current_cycle(store, track.id)
    save = lambda item: trajectories.save_cycle_item(store, item, TODAY)  # noqa: E731
    save(
        Observation(
            cycle_id=cycle.id,
            observed_on=date(2025, 9, 20),
            source=ObservationSource.TOETS,
            text="AVI-toets: leest traag en radend, veel fouten bij tweelettergrepige woorden.",
        )
    )
    save(
        Observation(
            cycle_id=cycle.id,
            observed_on=date(2025, 9, 22),
            source=ObservationSource.GESPREK_OUDERS,
            text=SECRETS["observation"],
            confidential=True,
        )
    )
    save(
        EducationalNeed(
            cycle_id=cycle.id,
            slot=NeedSlot.INSTRUCTIE,
            goal_text="vlot lezen op AVI-E4",
            text="verlengde instructie in een klein groepje krijgt",
        )
    )
    save(
        PartnerView(
            cycle_id=cycle.id,
            holder=ViewHolder.OUDERS,
            recorded_on=date(2025, 10, 2),
            text="De ouders zien faalangst bij het luidop lezen.",
        )
    )
    save(PartnerView(cycle_id=cycle.id, holder=ViewHolder.LEERLING, text=SECRETS["view"], confidential=True))
    save(
        Conversation(
            cycle_id=cycle.id,
            kind=ConversationKind.OUDERGESPREK,
            held_on=date(2025, 10, 2),
            participants="mama, zorgcoördinator",
            said="Thuis leest ze graag strips.",
            agreements="Elke avond tien minuten samen lezen.",
        )
    )
    save(
        Conversation(
            cycle_id=cycle.id,
            kind=ConversationKind.KINDGESPREK,
            held_on=date(2025, 10, 3),
            participants="Łucja",
            said=SECRETS["talk"],
            confidential=True,
        )
    )
    plan = trajectories.save_plan(
        store,
        Plan(
            cycle_id=cycle.id,
            plan_type=PlanType.HANDELINGSPLAN,
            start_date=date(2025, 10, 6),
            evaluation_date=date(2025, 12, 15),
            discussed_with_parents_on=date(2025, 10, 2),
        ),
    )
    plan_item = lambda item: trajectories.save_plan_item(store, item)  # noqa: E731
    goal = plan_item(Goal(plan_id=plan.id, description="Leest een AVI-E4-tekst vlot en correct."))
    secret_goal = plan_item(Goal(plan_id=plan.id, description=SECRETS["goal"], confidential=True))
    plan_item(
        Measure(
            plan_id=plan.id,
            category=MeasureCategory.REMEDIEREN,
            responsible_role=Role.ZORGLERAAR,
            description="Dagelijks tien minuten duo-lezen met de zorgleraar.",
        )
    )
    plan_item(
        Measure(
            plan_id=plan.id,
            category=MeasureCategory.COMPENSEREN,
            responsible_role=Role.OUDERS,
            description=SECRETS["measure"],
            confidential=True,
        )
    )
    save(
        FollowUpNote(
            cycle_id=cycle.id, noted_on=date(2025, 11, 20), text="Duo-lezen loopt goed, ze durft meer."
        )
    )
    save(
        FollowUpNote(cycle_id=cycle.id, noted_on=date(2025, 11, 21), text=SECRETS["note"], confidential=True)
    )
    trajectories.evaluate_goal(
        store,
        goal.id,
        GoalResult.DEELS_BEREIKT,
        date(2025, 12, 15),
        "Leest vlotter, nog te veel fouten.",
        TODAY,
    )
    trajectories.evaluate_goal(store, secret_goal.id, GoalResult.BEREIKT, date(2025, 12, 15), "", TODAY)
    clb = partners.save_partner_item(
        store,
        ClbRequest(
            trajectory_id=track.id,
            requested_on=date(2025, 12, 1),
            question="Wat heeft Łucja nodig om vlot te leren lezen? "
            "Is er meer aan de hand dan een leesachterstand?",
            consent_by=ConsentBy.OUDERS if consent else None,
            consent_on=date(2025, 12, 3) if consent else None,
        ),
    )
    if consent:
        trajectories.change_phase(
            store,
            track.id,
            Phase.UITBREIDING_VAN_ZORG,
            date(2025, 12, 10),
            "Extra maatregelen volstaan niet.",
        )
    last_year = partners.save_partner_item(
        store,
        LeersteunRequest(
            trajectory_id=track.id,
            kind=LeersteunKind.LEERLINGGERICHT,
            requested_on=date(2026, 1, 15),
            status=LeersteunStatus.LOPEND,
            started_on=date(2026, 2, 1),
            theme="Lezen",
        ),
    )
    trajectories.close_cycle(store, cycle.id, date(2025, 12, 20))
    cycle2 = current_cycle(store, track.id)
    save(
        Observation(
            cycle_id=cycle2.id,
            observed_on=date(2026, 9, 15),
            source=ObservationSource.OBSERVATIE,
            text="Leest nu AVI-E4, spelling blijft moeilijk.",
        )
    )
    save(
        PartnerView(
            cycle_id=cycle2.id,
            holder=ViewHolder.OUDERS,
            recorded_on=date(2026, 9, 20),
            text="De ouders zien dat lezen beter gaat en vragen steun voor spelling.",
        )
    )
    this_year = partners.save_partner_item(
        store,
        LeersteunRequest(
            trajectory_id=track.id,
            kind=LeersteunKind.LEERLINGGERICHT,
            requested_on=date(2026, 10, 1),
            theme="Lezen en spelling",
            note="Verderzetting van de leersteun van vorig schooljaar.",
        ),
    )
    secret_clb = partners.save_partner_item(
        store,
        ClbRequest(
            trajectory_id=track.id,
            requested_on=date(2026, 10, 5),
            question=SECRETS["question"],
            question_confidential=True,
        ),
    )
    return pupil, track, clb, secret_clb, last_year, this_year


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _assert_nothing_confidential(store, text: str) -> None:
    for secret in SECRETS.values():
        assert secret not in text, secret
    with store.transaction() as session:
        secrets = confidential_texts(session)
    assert secrets and not secrets.found_in(text), secrets.found_in(text)


def test_the_clb_pack_holds_what_the_school_did_and_nothing_confidential(store, tmp_path):
    pupil, _track, clb, *_ = _case(store)
    path = tmp_path / "clb.pdf"
    content = exports.request_pack_pdf(store, CLB, clb.id, path, TODAY)
    text = _text(path)
    assert content.withheld
    for shown in (
        "Aanmelding bij het CLB",
        "Łucja Nguyễn",
        "geboren in 2015",
        "Voor GO! CLB Gent",
        "Hulpvraag",
        "Is er meer aan de hand dan een leesachterstand?",
        "Ouders, op 03/12/2025",
        "Wat de school al deed",
        "Cyclus 1 (gestart op 10/09/2025, afgesloten op 20/12/2025)",
        "AVI-toets: leest traag en radend",
        "verlengde instructie in een klein groepje krijgt",
        "Leest een AVI-E4-tekst vlot en correct.",
        "Deels bereikt (15/12/2025): Leest vlotter",
        "Dagelijks tien minuten duo-lezen met de zorgleraar.",
        "Remediëren",
        "Duo-lezen loopt goed",
        "besproken met de ouders op 02/10/2025",
        "Cyclus 2",
        "Leest nu AVI-E4",
        "Visie van de ouders (20/09/2026)",
        "De ouders zien dat lezen beter gaat",
        "Oudergesprek van 02/10/2025",
        "Afspraken: Elke avond tien minuten samen lezen.",
        "Ingrid Vermeulen (zorgcoördinator)",
        "Sommige onderdelen van het dossier zijn vertrouwelijk",
        "bevat persoonsgegevens",
        "Pagina 1 van",
    ):
        assert shown in text, shown
    assert "Visie van de leerling" not in text and "Kindgesprek" not in text  # both vertrouwelijk
    assert "Vorige aanvraag" not in text  # the first CLB request
    _assert_nothing_confidential(store, text)
    entry = audit_trail.entries(store, pupil_id=pupil.id)[0]
    assert entry.action == "afgedrukt" and "aanmeldingsdossier" in entry.what.lower()
    fonts = set()  # the fonts that draw visible text: the embedded one only

    def visit(shown, _cm, _tm, font, _size):
        if shown.strip() and font is not None:
            fonts.add(str(font["/BaseFont"]))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    assert fonts and all("DejaVuSans" in font for font in fonts), fonts


def test_the_yearly_leersteun_pack_shows_last_years_request_and_what_changed(store, tmp_path):
    _pupil, _track, _clb, _secret, _last, this_year = _case(store)
    path = tmp_path / "leersteun.pdf"
    content = exports.request_pack_pdf(store, LEERSTEUN, this_year.id, path, TODAY)
    assert content.previous is not None and content.previous.school_year == "2025-2026"
    text = _text(path)
    for shown in (
        "Aanvraag leersteun",
        "Voor Leersteuncentrum Oost-Vlaanderen",
        "Lezen en spelling",
        "Verderzetting van de leersteun",
        "Ouders, op 03/12/2025 (bij de CLB-aanvraag van 01/12/2025)",
        "Vorige aanvraag (2025-2026)",
        "Aangevraagd op 15/01/2026: Leerlinggericht, thema Lezen",
        "Wat veranderde sindsdien",
        "1 nieuw(e) signaal/signalen in cyclus 2",
        "Nieuwe visie van de ouders (20/09/2026)",
        "enkel voor het leersteuncentrum",
    ):
        assert shown in text, shown
    _assert_nothing_confidential(store, text)


def test_a_pack_without_consent_or_for_a_team_is_refused_and_nothing_is_written(store, tmp_path):
    _pupil, _track, clb, secret_clb, *_ = _case(store, consent=False)
    for request in (clb, secret_clb):
        with pytest.raises(PackNotPossible, match="toestemming"):
            exports.request_pack_pdf(store, CLB, request.id, tmp_path / "x.pdf", TODAY)
    team = partners.save_partner_item(
        store,
        LeersteunRequest(
            kind=LeersteunKind.TEAMGERICHT,
            requested_on=date(2026, 10, 1),
            school_id=school.get_school(store).id,
        ),
    )
    with pytest.raises(PackNotPossible, match="één leerling"):
        exports.request_pack_pdf(store, LEERSTEUN, team.id, tmp_path / "x.pdf", TODAY)
    assert not list(tmp_path.glob("*.pdf"))


def test_a_confidential_question_goes_empty_and_latest_request_finds_the_newest(store, tmp_path):
    pupil, _track, _clb, secret_clb, *_ = _case(store)
    assert latest_request(store, pupil.id, CLB) == secret_clb.id
    secret_clb.consent_by, secret_clb.consent_on = ConsentBy.OUDERS, date(2026, 10, 6)
    partners.save_partner_item(store, secret_clb)
    content = printable_pack(store, CLB, secret_clb.id, TODAY)
    assert (
        content.question == ""
        and content.withheld
        and content.consent == "Ouders, op 06/10/2026"
    )
    exports.request_pack_pdf(store, CLB, secret_clb.id, tmp_path / "x.pdf", TODAY)
    assert "De hulpvraag is niet ingevuld of vertrouwelijk" in _text(tmp_path / "x.pdf")
    other = add_pupil(store, first="Noah", group=add_group(store, name="6B"))
    with pytest.raises(PackNotPossible, match="geen leerlinggerichte leersteunaanvraag"):
        latest_request(store, other.id, LEERSTEUN)


def test_the_file_name_carries_the_code_never_the_name(store):
    pupil, *_ = _case(store)
    name = suggested_file_name(store, "aanmelding CLB", TODAY, code=pupil.code, suffix=".pdf")
    assert pupil.code in name and "Łucja" not in name and "Nguy" not in name


def test_cli_aanmelding(cli, data_dir, key_store, tmp_path):
    from go_hgw_desktop.services.workspace import open_workspace

    cli("init")
    store = open_workspace(data_dir, key_store).store
    pupil, _track, _clb, newest, *_ = _case(store)
    store.close()
    result, _, err = cli("aanmelding", pupil.code, "--clb", "--out", str(tmp_path / "none.pdf"))
    assert result == 1 and "toestemming" in err  # the newest request has no consent yet
    store = open_workspace(data_dir, key_store).store
    newest.consent_by, newest.consent_on = ConsentBy.OUDERS, date(2026, 10, 6)
    partners.save_partner_item(store, newest)
    store.close()
    out_file = tmp_path / "clb.pdf"
    result, out, err = cli("aanmelding", pupil.code, "--clb", "--out", str(out_file))
    assert result == 0, err
    assert "Aanmeldingsdossier" in out and pupil.code in out and "Łucja" not in out
    assert "Vermoeden van verwaarlozing" not in _text(out_file)
    result, out, err = cli("aanmelding", pupil.code, "--leersteun", "--out", str(tmp_path / "l.pdf"))
    assert result == 0, err
    assert "Vorige aanvraag (2025-2026)" in _text(tmp_path / "l.pdf")
    result, _, err = cli("aanmelding", pupil.code, "--clb", "--out", str(tmp_path / "x.txt"))
    assert result != 0 and ".pdf" in err
    result, _, err = cli("aanmelding", "LL-XXXXXX", "--clb", "--out", str(tmp_path / "y.pdf"))
    assert result != 0 and "Er is geen leerling met code" in err
    with pytest.raises(SystemExit) as refused:  # neither --clb nor --leersteun: argparse says so in Dutch
        cli("aanmelding", pupil.code, "--out", str(tmp_path / "z.pdf"))
    assert refused.value.code == 2
    assert not [p.name for p in tmp_path.iterdir() if p.suffix in (".txt", ".pdf")
                and p.name not in ("clb.pdf", "l.pdf")]


def test_the_pack_matches_the_golden_text(tmp_path):
    content = RequestPackContent(
        kind=LEERSTEUN,
        partner="Leersteuncentrum Oost-Vlaanderen",
        pupil_name="Łucja Nguyễn",
        birth_year=2015,
        class_name="5A",
        school_name="GO! Basisschool De Linde",
        institution_number="123456",
        school_year="2026-2027",
        requested_on=date(2026, 10, 1),
        request_facts=(
            ("Soort leersteun", "Leerlinggericht"),
            ("Thema", "Lezen en spelling"),
            ("Status", "Aangevraagd"),
        ),
        question="Verderzetting van de leersteun van vorig schooljaar.",
        consent="Ouders, op 03/12/2025 (bij de CLB-aanvraag van 01/12/2025)",
        trajectory="Lezen · Leren en studeren · Fase 2 – uitbreiding van zorg",
        cycles=(
            PackCycle(
                number=1,
                started_on=date(2025, 9, 10),
                closed_on=date(2025, 12, 20),
                plan="Individueel handelingsplan, 06/10/2025; evaluatie op 15/12/2025",
                signals=(PackSignal(date(2025, 9, 20), "Toets", "AVI-toets: leest traag en radend."),),
                needs=(
                    "Om het doel vlot lezen te bereiken heeft deze leerling nodig: instructie die kort is.",
                ),
                goals=(
                    PackGoal(
                        "Leest AVI-E4 vlot.", "Deels bereikt", date(2025, 12, 15), "Nog te veel fouten."
                    ),
                ),
                measures=(PackMeasure("Remediëren", "Duo-lezen", "Zorgleraar"),),
                notes=("20/11/2025: Loopt goed.",),
            ),
            PackCycle(number=2, started_on=date(2025, 12, 20), closed_on=None),
        ),
        voices=(PackVoice("Visie van de ouders (20/09/2026)", "Lezen gaat beter."),),
        contact="Ingrid Vermeulen (zorgcoördinator), GO! Basisschool De Linde",
        printed_on=date(2026, 11, 25),
        previous=PackPrevious(
            date(2026, 1, 15),
            "2025-2026",
            "Leerlinggericht, thema Lezen; status lopend",
            ("Cyclus 1 geëvalueerd en afgesloten op 20/12/2025",),
        ),
        withheld=True,
    )
    path = tmp_path / "pack.pdf"
    write_request_pack_pdf(content, path, invariant=True)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages).strip() + "\n"
    golden = GOLDEN / "aanmelding.txt"
    if os.environ.get("GO_HGW_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert screening.fold("Pagina 1 van") in screening.fold(text)
    assert SchoolYear(2026).label in text


# ---------------------------------------------------------------- the button in the pupil file


def test_the_pack_button_on_the_partners_page_prints_the_selected_request(qapp, modal_guard, qtbot, store,
                                                                          tmp_path):
    from PySide6.QtCore import Qt

    from go_hgw_desktop.ui.app import make_application
    from go_hgw_desktop.ui.controllers.interaction import Interaction
    from go_hgw_desktop.ui.controllers.pupil_file_controller import PupilFileController
    from go_hgw_desktop.ui.views.pupil_file import PupilFileView
    from go_hgw_desktop.ui.views.trajectory_view import PARTNERS_PAGE

    make_application()
    pupil, _track, clb, _secret, _last, this_year = _case(store)
    answers: dict = {"asked": [], "errors": [], "saved": []}

    def save_path(_parent, title, suggested, file_filter):
        answers["asked"].append(suggested)
        return tmp_path / f"pack{len(answers['asked'])}"  # typed without .pdf

    interaction = Interaction(today=lambda: TODAY, save_path=save_path,
                              notify=lambda _parent, error: answers["errors"].append(error.message),
                              file_saved=lambda _parent, path: answers["saved"].append(path))
    view = PupilFileView()
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    controller = PupilFileController(view, store, pupil.id, interaction)
    steps = controller.trajectory
    steps.show_page(PARTNERS_PAGE)
    clb_list, leersteun_list = steps.record_list("clb"), steps.record_list("leersteun")
    button = clb_list.view.packButton
    assert button.isVisible() and not button.isEnabled()  # no request chosen yet

    def choose(records, wanted) -> None:
        row = next(i for i in range(records.model.rowCount()) if records.model.record_at(i).id == wanted.id)
        rect = records.view.ui.table.visualRect(records.model.index(row, 1))
        qtbot.mouseClick(records.view.ui.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    choose(clb_list, clb)
    assert button.isEnabled()
    view.grab().save(str(tmp_path / "partners.png"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    choose(leersteun_list, this_year)
    qtbot.mouseClick(leersteun_list.view.packButton, Qt.MouseButton.LeftButton)

    assert answers["errors"] == [] and answers["saved"] == [tmp_path / "pack1.pdf", tmp_path / "pack2.pdf"]
    assert all(pupil.code in s and "Łucja" not in s for s in answers["asked"])
    assert "aanmelding-CLB" in answers["asked"][0] or "aanmelding CLB" in answers["asked"][0]
    first, second = _text(tmp_path / "pack1.pdf"), _text(tmp_path / "pack2.pdf")
    assert "Aanmelding bij het CLB" in first and "Aanvraag leersteun" in second
    assert "Vorige aanvraag (2025-2026)" in second
    for text in (first, second):
        _assert_nothing_confidential(store, text)
