"""The overdracht to another school: what goes, what never goes, and every way a file is refused."""

from __future__ import annotations

import functools
import json
from datetime import date

import pytest
from conftest import TODAY
from pypdf import PdfReader

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    CareDomain,
    MeasureCategory,
    ObservationSource,
    PlanType,
    Role,
    VerslagType,
)
from go_hgw_desktop.domain.cycle_items import FollowUpNote, Observation
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.partners import VerslagReference
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports import transfer_file
from go_hgw_desktop.services import audit_trail, exports, transfers
from go_hgw_desktop.services import partners as partner_service
from go_hgw_desktop.services import pupils as pupil_service
from go_hgw_desktop.services import school as school_service
from go_hgw_desktop.services import trajectories as trajectory_service
from go_hgw_desktop.services.workspace import MemoryKeyStore, open_workspace

FIRST, LAST = "Łucja Thị", "Nguyễn-Şahin"
SECRET = "De vader verblijft sinds de zomer in de gevangenis van Brugge"
SECRET_GOAL = "Praat wekelijks over de scheiding van de ouders thuis"
WITHHELD = "Kreeg in oktober drie keer een strafstudie wegens pesten op de speelplaats"
WITHHELD_TRAJECTORY = "Gedrag op de speelplaats en in de refter"
KEPT = "Leest een AVI-E3-tekst nog hakkerend maar correct voor"
VERSLAG_REF = "CLB-dossier in LARS, gemotiveerd verslag van 2026"


@pytest.fixture(autouse=True)
def cheap_argon(monkeypatch):
    """The file's own cost is measured in benchmarks; here a cheap Argon2id, and one derivation
    per salt and code (the flipped-byte loop would otherwise spend minutes deriving)."""
    monkeypatch.setattr(transfer_file, "OPSLIMIT", transfer_file.OPS_RANGE[0])
    monkeypatch.setattr(transfer_file, "MEMLIMIT", transfer_file.MEM_RANGE[0])
    monkeypatch.setattr(transfer_file, "derive", functools.lru_cache(maxsize=256)(transfer_file.derive))


def _school(store):
    """One pupil with: a kept trajectory (a kept, a vertrouwelijk and a withheld observation, a plan
    with a vertrouwelijk goal, a verslag), and a second trajectory the parents withhold whole (its
    verslag still goes)."""
    group = school_service.save_group(store, ClassGroup(name="5A", school_year=SchoolYear(2026), grade="5"))
    pupil = pupil_service.create_pupil(
        store, Pupil(first_name=FIRST, last_name=LAST, birth_year=2015, external_ref="12345"), group.id
    )
    reading = trajectory_service.open_trajectory(
        store,
        Trajectory(
            title="Vlot lezen",
            domain=CareDomain.LEREN_EN_STUDEREN,
            start_date=date(2026, 9, 15),
            pupil_id=pupil.id,
        ),
    )
    cycle = trajectory_service.trajectory_file(store, reading.id).current.cycle
    save = lambda item: trajectory_service.save_cycle_item(store, item)  # noqa: E731
    save(
        Observation(
            cycle_id=cycle.id, observed_on=date(2026, 9, 20), source=ObservationSource.TOETS, text=KEPT
        )
    )
    save(
        Observation(
            cycle_id=cycle.id,
            observed_on=date(2026, 9, 21),
            source=ObservationSource.GESPREK_OUDERS,
            text=SECRET,
            confidential=True,
        )
    )
    withheld = save(
        Observation(
            cycle_id=cycle.id,
            observed_on=date(2026, 10, 20),
            source=ObservationSource.SIGNAAL_LERAAR,
            text=WITHHELD,
        )
    )
    save(FollowUpNote(cycle_id=cycle.id, noted_on=date(2026, 10, 2), text="Duo-lezen loopt goed."))
    plan = trajectory_service.save_plan(
        store,
        Plan(
            cycle_id=cycle.id,
            plan_type=PlanType.HANDELINGSPLAN,
            start_date=date(2026, 10, 1),
            evaluation_date=date(2026, 12, 10),
            starting_situation="Leest AVI-E3.",
            approach="Dagelijks duo-lezen.",
        ),
    )
    trajectory_service.save_plan_item(
        store, Goal(plan_id=plan.id, description="Leest AVI-E4 vlot.", position=0)
    )
    trajectory_service.save_plan_item(
        store, Goal(plan_id=plan.id, description=SECRET_GOAL, position=1, confidential=True)
    )
    trajectory_service.save_plan_item(
        store,
        Measure(
            plan_id=plan.id,
            category=MeasureCategory.STIMULEREN,
            responsible_role=Role.KLASLERAAR,
            description="Duo-lezen met een sterke lezer.",
        ),
    )
    partner_service.save_partner_item(
        store,
        VerslagReference(
            trajectory_id=reading.id, kind=VerslagType.GC, issued_on=date(2026, 10, 5), reference=VERSLAG_REF
        ),
        today=TODAY,
    )
    behaviour = trajectory_service.open_trajectory(
        store,
        Trajectory(
            title=WITHHELD_TRAJECTORY,
            domain=CareDomain.PSYCHISCH_EN_SOCIAAL,
            start_date=date(2026, 9, 1),
            pupil_id=pupil.id,
        ),
    )
    partner_service.save_partner_item(
        store,
        VerslagReference(trajectory_id=behaviour.id, kind=VerslagType.IAC, issued_on=date(2026, 10, 6)),
        today=TODAY,
    )
    return pupil, withheld, behaviour


def _step(pupil, withheld, behaviour) -> transfers.ParentsStep:
    return transfers.ParentsStep(
        informed_on=date(2026, 11, 10),
        inspected=True,
        inspected_on=date(2026, 11, 12),
        objection="De ouders willen de strafstudies niet doorgeven.",
        withheld={("observation", withheld.id), ("trajectory", behaviour.id)},
        to_school="GO! Basisschool De Linde",
    )


@pytest.fixture
def sent(store, tmp_path):
    """The first school's side, done: (store, pupil, content, code, pdf, file)."""
    pupil, withheld, behaviour = _school(store)
    transfers.record_parents_step(store, pupil.id, _step(pupil, withheld, behaviour), TODAY)
    pdf, sealed = tmp_path / "overdracht.pdf", tmp_path / "overdracht.hgwo"
    content, code = exports.transfer_out(store, pupil.id, pdf, sealed, TODAY)
    return store, pupil, content, code, pdf, sealed


@pytest.fixture
def second(tmp_path):
    opened = open_workspace(tmp_path / "school-2", MemoryKeyStore(), school_name="GO! Basisschool De Linde")
    yield opened.store
    opened.store.close()


def _every_text(content) -> str:
    return json.dumps(content, ensure_ascii=False)


def test_a_round_trip_brings_what_may_go_and_nothing_else(sent, second):
    store, pupil, content, code, _pdf, sealed = sent
    arrival = transfers.open_transfer(second, sealed, code)
    assert arrival.candidates == () and arrival.matched is None
    received_pupil = transfers.receive(second, arrival, None, date(2026, 12, 1))
    assert (received_pupil.first_name, received_pupil.last_name, received_pupil.birth_year) == (
        FIRST,
        LAST,
        2015,
    )
    [history] = transfers.received(second, received_pupil.id)
    assert history.content == content == transfers.transferable(store, pupil.id, TODAY)
    assert history.from_school == "GO! Testschool Şirin"
    text = _every_text(history.content)
    assert KEPT in text and "Leest AVI-E4 vlot." in text and "Duo-lezen met een sterke lezer." in text
    for absent in (SECRET, SECRET_GOAL, WITHHELD, WITHHELD_TRAJECTORY, "strafstudies"):
        assert absent not in text
    # Both verslagen go, the one of the withheld trajectory without its title.
    assert sorted((v["kind"], v["trajectory"]) for v in history.content["verslagen"]) == [
        ("gc", "Vlot lezen"),
        ("iac", ""),
    ]
    assert history.content["parents"] == {"informed_on": "2026-11-10", "inspected": True, "objected": True}
    # Both sides logged it; the store still holds its vertrouwelijk text.
    assert any(
        e.record_type == "transfer" and e.action == "geëxporteerd" and e.what.startswith("Overdracht van")
        for e in audit_trail.entries(store, pupil_id=pupil.id)
    )
    assert any(
        e.record_type == "transfer" and e.action == "geïmporteerd" and e.what.startswith("Overdracht van")
        for e in audit_trail.entries(second, pupil_id=received_pupil.id)
    )
    assert SECRET in _every_text(
        [
            o.text
            for o in trajectory_service.trajectory_file(
                store, trajectory_service.list_trajectories(store, pupil_id=pupil.id)[0].id
            ).current.observations
        ]
    )


def test_the_pdf_reads_back_without_what_may_not_go(sent):
    _store, _pupil, _content, _code, pdf, _sealed = sent
    reader = PdfReader(pdf)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"{FIRST} {LAST}" in text and KEPT in text and VERSLAG_REF in text
    assert f"Pagina 1 van {len(reader.pages)}" in text and "bevat persoonsgegevens" in text
    for absent in (SECRET, SECRET_GOAL, WITHHELD, WITHHELD_TRAJECTORY):
        assert " ".join(absent.split()[:6]) not in text
    fonts = set()  # the fonts that draw visible text (the canvas also declares an unused default)

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            fonts.add(str(font["/BaseFont"]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert fonts and all("DejaVu" in name for name in fonts), fonts


def test_the_file_is_not_readable_without_the_code(sent):
    *_, _code, _pdf, sealed = sent
    data = sealed.read_bytes()
    assert KEPT.encode() not in data and FIRST.encode("utf-8") not in data
    assert sealed.stat().st_mode & 0o077 == 0


def test_a_wrong_code_is_refused_and_nothing_is_imported(sent, second):
    *_, code, _pdf, sealed = sent
    wrong = transfer_file.new_code()
    with pytest.raises(transfer_file.WrongCode, match="de code klopt niet"):
        transfers.open_transfer(second, sealed, wrong)
    with pytest.raises(UserError, match="geen geldige overdrachtscode"):
        transfers.open_transfer(second, sealed, "1234")
    assert pupil_service.list_pupils(second, SchoolYear(2026)) == []
    # The code may be typed in small letters, with spaces instead of dashes.
    assert (
        transfers.open_transfer(second, sealed, code.lower().replace("-", " ")).pupil_name
        == f"{FIRST} {LAST}"
    )


def test_every_single_changed_byte_is_refused(sent):
    *_, code, _pdf, sealed = sent
    data = sealed.read_bytes()
    assert transfer_file.unseal(data, code)["pupil"]["last_name"] == LAST
    for position in range(len(data)):
        changed = bytearray(data)
        changed[position] ^= 0x01
        with pytest.raises(transfer_file.TransferFileError):
            transfer_file.unseal(bytes(changed), code)


def test_a_truncated_or_extended_file_is_refused(sent):
    *_, code, _pdf, sealed = sent
    data = sealed.read_bytes()
    for length in (
        0,
        5,
        transfer_file.HEADER.size - 1,
        transfer_file.HEADER.size,
        len(data) // 2,
        len(data) - 1,
    ):
        with pytest.raises(transfer_file.TransferFileError):
            transfer_file.unseal(data[:length], code)
    with pytest.raises(transfer_file.TransferFileError, match="onvolledig"):
        transfer_file.unseal(data[:-1], code)
    with pytest.raises(transfer_file.TransferFileError, match="gewijzigd"):
        transfer_file.unseal(data + b"\0", code)


def test_a_file_from_a_newer_version_says_so(sent, monkeypatch):
    _store, _pupil, content, code, _pdf, _sealed = sent
    monkeypatch.setattr(transfer_file, "VERSION", 2)
    newer = transfer_file.seal(content, code)
    monkeypatch.setattr(transfer_file, "VERSION", 1)
    with pytest.raises(transfer_file.TransferFileError, match="nieuwere versie"):
        transfer_file.unseal(newer, code)


def test_the_same_file_twice_is_refused(sent, second):
    *_, code, _pdf, sealed = sent
    transfers.receive(second, transfers.open_transfer(second, sealed, code), None, TODAY)
    with pytest.raises(transfers.AlreadyReceived, match="al ingelezen"):
        transfers.open_transfer(second, sealed, code)


def test_the_receiving_school_matches_one_pupil_and_asks_between_two(sent, second):
    *_, code, _pdf, sealed = sent
    known = pupil_service.create_pupil(
        second, Pupil(first_name="ŁUCJA THI", last_name="Nguyen-Sahin", birth_year=2015)
    )
    arrival = transfers.open_transfer(second, sealed, code)
    assert arrival.matched == known
    twin = pupil_service.create_pupil(second, Pupil(first_name=FIRST, last_name=LAST, birth_year=2015))
    arrival = transfers.open_transfer(second, sealed, code)
    assert arrival.matched is None and {p.id for p in arrival.candidates} == {known.id, twin.id}
    other = pupil_service.create_pupil(second, Pupil(first_name="Emma", last_name="Peeters", birth_year=2015))
    with pytest.raises(ValidationError):
        transfers.receive(second, arrival, other.id, TODAY)
    transfers.receive(second, arrival, twin.id, TODAY)
    assert transfers.received(second, known.id) == [] and len(transfers.received(second, twin.id)) == 1


def test_the_parents_step_comes_first_and_a_verslag_cannot_be_withheld(store, tmp_path):
    pupil, withheld, behaviour = _school(store)
    with pytest.raises(transfers.NoParentsStep):
        exports.transfer_out(store, pupil.id, tmp_path / "a.pdf", tmp_path / "a.hgwo", TODAY)
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "a.hgwo").exists()
    verslag = next(p for p in transfers.parts(store, pupil.id) if p.required)
    step = _step(pupil, withheld, behaviour)
    step.withheld.add(verslag.key)
    with pytest.raises(ValidationError, match="gaat altijd mee"):
        transfers.record_parents_step(store, pupil.id, step, TODAY)
    with pytest.raises(ValidationError, match="toekomst"):
        transfers.record_parents_step(
            store, pupil.id, transfers.ParentsStep(informed_on=date(2027, 1, 1)), TODAY
        )
    assert transfers.parents_step(store, pupil.id) is None


def test_the_export_guard_is_the_net_under_the_builder(store, tmp_path, monkeypatch):
    """Should the builder ever let a vertrouwelijk text through, the one export guard refuses it
    and no file is written."""
    pupil, withheld, behaviour = _school(store)
    transfers.record_parents_step(store, pupil.id, _step(pupil, withheld, behaviour), TODAY)
    honest = transfers.transferable

    def leaking(*args):
        content = honest(*args)
        content["trajectories"][0]["cycles"][0]["notes"][0]["text"] = f"Zie gesprek: {SECRET.upper()}."
        return content

    monkeypatch.setattr(transfers, "transferable", leaking)
    with pytest.raises(exports.ConfidentialInExport):
        exports.transfer_out(store, pupil.id, tmp_path / "b.pdf", tmp_path / "b.hgwo", TODAY)
    assert not list(tmp_path.glob("b.*"))


def test_cli_round_trip_between_two_data_dirs(sent, tmp_path, capsys, monkeypatch, key_store, data_dir):
    from go_hgw_desktop.cli import run

    store, pupil, *_ = sent
    pdf, sealed = tmp_path / "cli.pdf", tmp_path / "cli.hgwo"
    store.close()
    assert (
        run(
            [
                "--data-dir",
                str(data_dir),
                "transfer-out",
                pupil.code,
                "--out",
                str(pdf),
                "--file",
                str(sealed),
            ],
            key_store_factory=lambda: key_store,
        )
        == 0
    )
    out = capsys.readouterr().out
    code = next(
        line.split()[-1] for line in out.splitlines() if "CODE" in line.upper() and "-" in line.split()[-1]
    )
    assert pupil.code in out and FIRST not in str(sealed)
    other_dir, other_keys = tmp_path / "andere-school", MemoryKeyStore()
    opened = open_workspace(other_dir, other_keys, school_name="GO! De Linde")
    opened.store.close()
    receive = ["--data-dir", str(other_dir), "transfer-in", str(sealed)]
    monkeypatch.setenv("GO_HGW_TRANSFER_CODE", transfer_file.new_code())
    assert run(receive, key_store_factory=lambda: other_keys) == 2
    assert "code klopt niet" in capsys.readouterr().err
    sealed_bytes = sealed.read_bytes()
    sealed.write_bytes(sealed_bytes[:-10])
    monkeypatch.setenv("GO_HGW_TRANSFER_CODE", code)
    assert run(receive, key_store_factory=lambda: other_keys) == 2
    assert "onvolledig" in capsys.readouterr().err
    sealed.write_bytes(sealed_bytes)
    assert run(receive, key_store_factory=lambda: other_keys) == 0
    assert "ingelezen" in capsys.readouterr().out
    assert run(receive, key_store_factory=lambda: other_keys) == 2
    assert "al ingelezen" in capsys.readouterr().err


def test_cli_records_the_parents_step_and_withholds_a_part(store, tmp_path, capsys, key_store, data_dir):
    from go_hgw_desktop.cli import run

    pupil, withheld, _behaviour = _school(store)
    store.close()

    def go(*args):
        code = run(["--data-dir", str(data_dir), *args], key_store_factory=lambda: key_store)
        out, err = capsys.readouterr()
        return code, out, err

    pdf, sealed = tmp_path / "p.pdf", tmp_path / "p.hgwo"
    code, _out, err = go("transfer-out", pupil.code, "--out", str(pdf), "--file", str(sealed))
    assert code == 1 and "Noteer eerst wanneer de ouders ingelicht werden" in err and not pdf.exists()
    code, out, _err = go("transfer-out", pupil.code, "--parts")
    assert code == 0 and f"waarneming:{withheld.id}" in out and "gaat nooit mee" in out
    code, _out, err = go("transfer-out", pupil.code, "--out", str(pdf), "--file", str(sealed),
                         "--parents-informed", "2026-11-10", "--withhold", "verslag:1")
    assert code == 1 and "gaat altijd mee" in err and not sealed.exists()
    code, out, _err = go("transfer-out", pupil.code, "--out", str(pdf), "--file", str(sealed),
                         "--parents-informed", "2026-11-10", "--inspected", "2026-11-12",
                         "--withhold", f"waarneming:{withheld.id}", "--objection", "Niet de strafstudies.")
    assert code == 0 and "OVERDRACHTSCODE" in out
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert KEPT in text and " ".join(WITHHELD.split()[:6]) not in text and "strafstudies" not in text


def test_the_inzage_export_names_the_withheld_parts_in_dutch(sent):
    from go_hgw_desktop.services.access_request import dossier

    store, pupil, *_ = sent
    sections = dossier(store, pupil.id, TODAY).sections
    [section] = [s for s in sections if s.title == "Niet doorgegeven na bezwaar"]
    kinds = sorted(f.text for record in section.records for f in record.fields if f.label == "Bij")
    assert kinds == ["Traject", "Waarneming"]
    assert "observation" not in str(section) and "trajectory" not in str(section)
