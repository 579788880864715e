"""Retention purges for real; an access request holds everything about one pupil."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader
from test_services import add_group, add_pupil, current_cycle, open_for

from go_hgw_desktop.domain.choices import ObservationSource
from go_hgw_desktop.domain.cycle_items import Observation
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.services import audit_trail, exports, pupils, retention, trajectories
from go_hgw_desktop.services.records import NotFoundError

TODAY = date(2026, 11, 25)


def _leaver(store, first, left_on, note="Ziet slecht op het bord"):
    pupil = add_pupil(store, first=first, group=add_group(store, name=f"K{first[:2]}"))
    cycle = current_cycle(store, open_for(store, pupil_id=pupil.id).id)
    trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2024, 10, 1), source=ObservationSource.OBSERVATIE, text=note))
    pupils.mark_left(store, pupil.id, left_on)
    return pupil


def test_only_pupils_past_the_retention_period_are_listed(store):
    gone = _leaver(store, "Oud", date(2025, 6, 30))  # left in 2024-2025: two years before 2026-2027
    _leaver(store, "Recent", date(2026, 6, 30))  # left in 2025-2026: only one year
    plan = retention.purge_plan(store, TODAY)
    assert [leaver.pupil_id for leaver in plan.leavers] == [gone.id]
    assert plan.leavers[0].records >= 5  # pupil, class, trajectory, phase, cycle, observation
    retention.set_retention_years(store, 2)
    assert retention.purge_plan(store, TODAY).leavers == []
    with pytest.raises(ValidationError):
        retention.set_retention_years(store, 0)


def test_purge_removes_everything_and_leaves_no_trace_in_the_file(store):
    secret = "Uniek woord Zwartwoudkers"
    gone = _leaver(store, "Wilhelmina", date(2025, 6, 30), note=secret)
    kept = _leaver(store, "Blijft", date(2026, 6, 30))
    removed = retention.purge(store, [gone.id], TODAY)
    assert removed >= 5
    assert pupils.get_pupil(store, kept.id).first_name == "Blijft"
    with pytest.raises(NotFoundError):
        pupils.get_pupil(store, gone.id)
    trail = audit_trail.entries(store, pupil_id=gone.id)
    assert trail[0].action == "gewist" and "Wilhelmina" not in trail[0].detail
    assert audit_trail.check_trail(store) == []
    store.close()
    data_dir = store.path.parent
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"Wilhelmina" not in content and secret.encode() not in content, path.name


def test_a_pupil_still_in_the_retention_period_is_refused(store):
    recent = _leaver(store, "Recent", date(2026, 6, 30))
    with pytest.raises(ValidationError):
        retention.purge(store, [recent.id], TODAY)


def test_the_access_export_holds_everything_with_confidential_items_marked(store, tmp_path):
    pupil = add_pupil(store, first="Ngozi", group=add_group(store))
    cycle = current_cycle(store, open_for(store, pupil_id=pupil.id).id)
    trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.GESPREK_OUDERS,
        text="Thuis is er een moeilijke periode", confidential=True))
    trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 11), source=ObservationSource.OBSERVATIE,
        text="Leest traag en radend"))
    content = exports.access_request(store, pupil.id, tmp_path / "inzage.pdf", tmp_path / "inzage.json")
    titles = [s.title for s in content.sections]
    assert titles[:2] == ["Identiteit", "Klassen"] and "Waarnemingen" in titles
    assert content.confidential_items == 1
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "inzage.pdf").pages)
    assert "Leest traag en radend" in text and "moeilijke periode" in text and "VERTROUWELIJK" in text
    data = json.loads((tmp_path / "inzage.json").read_text(encoding="utf-8"))
    assert data["format"] == "go-hgw-inzage" and data["code"] == pupil.code
    assert audit_trail.entries(store, pupil_id=pupil.id)[0].action == "geëxporteerd"


def test_cli_purge_and_export_pupil(cli, data_dir, key_store, tmp_path):
    from go_hgw_desktop.services.workspace import open_workspace

    cli("init")
    store = open_workspace(data_dir, key_store).store
    gone = _leaver(store, "Oud", date(2025, 6, 30))
    code = pupils.get_pupil(store, gone.id).code
    store.close()
    result, out, err = cli("export-pupil", code, "--out", str(tmp_path / "x.pdf"))
    assert result == 0 and "Inzage voor" in out, err
    result, out, _ = cli("purge", "--dry-run")
    assert result == 0 and "Oud" in out and "Proefrun" in out
    result, out, _ = cli("purge", "--yes")
    assert result == 0 and "Gewist: 1 leerling(en)" in out
    result, _, err = cli("export-pupil", code, "--out", str(tmp_path / "y.pdf"))
    assert result != 0 and "Er is geen leerling met code" in err


def test_the_access_export_labels_every_field_in_dutch(store):
    from go_hgw_desktop.services.access_request import dossier

    pupil = add_pupil(store, first="Ngozi", group=add_group(store))
    open_for(store, pupil_id=pupil.id)
    labels = {f.label for s in dossier(store, pupil.id).sections for r in s.records for f in r.fields}
    assert "Klas" in labels and not {"Group", "Subgroup", "Consultation"} & labels


def test_the_access_export_shows_the_recorded_status_changes_in_words(store):
    from test_services import give_consent

    from go_hgw_desktop.domain.choices import DiagnosticPhase, RequestStatus
    from go_hgw_desktop.services import partners
    from go_hgw_desktop.services.access_request import dossier

    pupil = add_pupil(store, first="Ngozi", group=add_group(store), birth_year=2013)
    request = give_consent(store, open_for(store, pupil_id=pupil.id).id)
    request.status, request.started_on = RequestStatus.LOPEND, date(2026, 10, 5)
    request.diagnostic_phase = DiagnosticPhase.ONDERZOEK
    partners.save_partner_item(store, request, today=date(2026, 10, 6))
    section = next(s for s in dossier(store, pupil.id).sections if s.title == "Verloop van statussen")
    shown = [{f.label: f.text for f in r.fields} for r in section.records]
    assert {"Bij": "CLB-aanvraag", "Wat": "Status", "Werd": "Lopend", "Sinds": "05/10/2026"} in shown
    phase = {"Bij": "CLB-aanvraag", "Wat": "Fase onderzoek", "Werd": "Onderzoek", "Sinds": "06/10/2026"}
    assert phase in shown
