"""A foto for a past peildatum counts CLB requests, leersteun and verslagen as they stood then.

Each item goes through its statuses on fixed days (the day of each save is passed as
``today``); fotos on days in between must count the status of that day, not today's.
"""

from __future__ import annotations

from datetime import date

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    CareDomain,
    ConsentBy,
    DiagnosticPhase,
    LeersteunKind,
    LeersteunStatus,
    Phase,
    RequestStatus,
    VerslagStatus,
    VerslagType,
)
from go_hgw_desktop.domain.partners import (
    ClbRequest,
    LeersteunRequest,
    StatusChange,
    VerslagReference,
    leersteun_on,
)
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.trajectory import Trajectory
from go_hgw_desktop.services import partners, pupils, records, schoolfoto, trajectories

YEAR = SchoolYear.parse("2026-2027")


def _track(store, name: str = "Lotte") -> int:
    pupil = pupils.create_pupil(store, Pupil(first_name=name, last_name="Peeters", birth_year=2014))
    return trajectories.open_trajectory(store, Trajectory(
        title="Lezen", domain=CareDomain.LEREN_EN_STUDEREN, start_date=date(2026, 9, 2), pupil_id=pupil.id,
    ), Phase.VERHOOGDE_ZORG).id


def _on(store, day: date):
    return schoolfoto.gather_facts(store, YEAR, day)


def test_a_clb_request_counts_by_its_status_and_phase_of_that_day(store):
    request = partners.save_partner_item(store, ClbRequest(
        trajectory_id=_track(store), requested_on=date(2026, 9, 10), consent_by=ConsentBy.OUDERS,
        consent_on=date(2026, 9, 12)), today=date(2026, 9, 10))
    request.status, request.started_on = RequestStatus.LOPEND, date(2026, 10, 1)
    request.diagnostic_phase = DiagnosticPhase.INTAKE
    partners.save_partner_item(store, request, today=date(2026, 10, 2))
    request.diagnostic_phase = DiagnosticPhase.ONDERZOEK
    partners.save_partner_item(store, request, today=date(2026, 11, 10))
    request.status, request.closed_on = RequestStatus.AFGESLOTEN, date(2026, 11, 20)
    partners.save_partner_item(store, request, today=date(2026, 11, 22))

    assert _on(store, date(2026, 9, 5)).clb_requests == ()
    seen = {day: [(r.status, r.diagnostic_phase, r.started_on) for r in _on(store, day).clb_requests]
            for day in (date(2026, 9, 20), date(2026, 10, 15), date(2026, 11, 15), date(2026, 11, 25))}
    assert seen == {
        date(2026, 9, 20): [(RequestStatus.AANGEVRAAGD, None, None)],
        date(2026, 10, 15): [(RequestStatus.LOPEND, DiagnosticPhase.INTAKE, date(2026, 10, 1))],
        date(2026, 11, 15): [(RequestStatus.LOPEND, DiagnosticPhase.ONDERZOEK, date(2026, 10, 1))],
        date(2026, 11, 25): [(RequestStatus.AFGESLOTEN, DiagnosticPhase.ONDERZOEK, date(2026, 10, 1))],
    }


def test_leersteun_on_hold_and_resumed_counts_as_it_was(store):
    track = _track(store)
    for _ in range(5):  # five alike, so the foto's table shows them instead of '< 5'
        request = partners.save_partner_item(store, LeersteunRequest(
            kind=LeersteunKind.LEERLINGGERICHT, trajectory_id=track, requested_on=date(2026, 9, 5)),
            today=date(2026, 9, 5))
        request.status, request.started_on = LeersteunStatus.LOPEND, date(2026, 9, 20)
        partners.save_partner_item(store, request, today=date(2026, 9, 21))
        request.status = LeersteunStatus.ON_HOLD
        partners.save_partner_item(store, request, today=date(2026, 10, 20))
        request.status = LeersteunStatus.LOPEND
        partners.save_partner_item(store, request, today=date(2026, 11, 5))

    def column_totals(day: date) -> dict[str, int | None]:
        table = schoolfoto.schoolfoto(store, YEAR, day).table("leersteun")
        return {label: table.column_total(c).value for c, label in enumerate(table.columns)}

    assert {r.status for r in _on(store, date(2026, 9, 10)).leersteun} == {LeersteunStatus.AANGEVRAAGD}
    assert column_totals(date(2026, 10, 1))["Lopend"] == 5
    assert column_totals(date(2026, 10, 25)) == {"Aangevraagd": 0, "Lopend": 0, "Gepauzeerd": 5,
                                                 "Afgesloten": 0}
    assert column_totals(date(2026, 11, 10))["Lopend"] == 5
    assert all(r.started_on is None for r in _on(store, date(2026, 9, 10)).leersteun)


def test_a_verslag_counts_by_the_status_recorded_by_that_day(store):
    verslag = partners.save_partner_item(store, VerslagReference(
        trajectory_id=_track(store), kind=VerslagType.IAC, issued_on=date(2026, 9, 15),
        status=VerslagStatus.AANGEVRAAGD), today=date(2026, 9, 16))
    verslag.status = VerslagStatus.IN_OPMAAK
    partners.save_partner_item(store, verslag, today=date(2026, 10, 10))
    verslag.status = VerslagStatus.AFGELEVERD
    partners.save_partner_item(store, verslag, today=date(2026, 11, 1))
    assert _on(store, date(2026, 9, 10)).verslagen == ()
    days = (date(2026, 10, 1), date(2026, 10, 20), date(2026, 11, 10))
    assert [_on(store, day).verslagen for day in days] == [
        ((VerslagType.IAC, VerslagStatus.AANGEVRAAGD),),
        ((VerslagType.IAC, VerslagStatus.IN_OPMAAK),),
        ((VerslagType.IAC, VerslagStatus.AFGELEVERD),),
    ]


def test_items_without_recorded_changes_count_by_their_dates(store):
    """Rows from before the app recorded changes (or written around the service): the dates
    they carry decide, and what no date says keeps the present status."""
    track = _track(store)
    with store.transaction() as session:  # as an older version stored them: no status_change rows
        records.save(session, ClbRequest(
            trajectory_id=track, requested_on=date(2026, 9, 10), consent_by=ConsentBy.OUDERS,
            consent_on=date(2026, 9, 14), status=RequestStatus.AFGESLOTEN, started_on=None,
            diagnostic_phase=DiagnosticPhase.ADVIES, closed_on=date(2026, 11, 1)))
        records.save(session, LeersteunRequest(
            kind=LeersteunKind.LEERLINGGERICHT, trajectory_id=track, requested_on=date(2026, 9, 5),
            status=LeersteunStatus.ON_HOLD, started_on=date(2026, 9, 20)))
    days = (date(2026, 9, 12), date(2026, 10, 1), date(2026, 11, 20))
    early, later, now = (_on(store, day) for day in days)
    # No start date: lopend from the consent; the phase is the present one.
    assert [(r.status, r.diagnostic_phase) for r in early.clb_requests] == [(RequestStatus.AANGEVRAAGD,
                                                                             DiagnosticPhase.ADVIES)]
    assert [r.status for r in later.clb_requests] == [RequestStatus.LOPEND]
    assert [r.status for r in now.clb_requests] == [RequestStatus.AFGESLOTEN]
    # On hold without a recorded date: on hold from its start.
    assert [r.status for r in early.leersteun] == [LeersteunStatus.AANGEVRAAGD]
    assert [r.status for r in later.leersteun] == [LeersteunStatus.ON_HOLD]


def test_the_rules_never_run_ahead_of_the_present_status():
    """A request that is lopend again after a wrong 'afgesloten' was never closed, whatever
    stale end date it still carries; two changes on one day: the one saved last counts."""
    request = LeersteunRequest(kind=LeersteunKind.TEAMGERICHT, requested_on=date(2026, 9, 1),
                               status=LeersteunStatus.LOPEND, started_on=date(2026, 9, 10),
                               ended_on=date(2026, 10, 1))
    assert leersteun_on(request, [], date(2026, 10, 20)) is LeersteunStatus.LOPEND
    same_day = [StatusChange("status", "on_hold", date(2026, 10, 5)), StatusChange("status", "lopend",
                                                                                   date(2026, 10, 5))]
    assert leersteun_on(request, same_day, date(2026, 10, 5)) is LeersteunStatus.LOPEND
