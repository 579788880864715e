"""The audit trail in words: every line says in Dutch what it is about, never "afspraak 3",
and the stored entries hold no text and no name (they outlive a purge)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from test_services import YEAR, add_group, add_plan, add_pupil, current_cycle, give_consent, open_for

from go_hgw_desktop.domain.choices import (
    ConsultationType,
    FactorContext,
    FactorKind,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    Phase,
    RequestStatus,
    Role,
    SubgroupKind,
    VerslagType,
)
from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.cycle_items import (
    EducationalNeed,
    Factor,
    FollowUpNote,
    Observation,
    TeacherSupportNeed,
)
from go_hgw_desktop.domain.partners import LeersteunRequest, VerslagReference
from go_hgw_desktop.domain.plan import Goal, Measure
from go_hgw_desktop.domain.school import Subgroup
from go_hgw_desktop.services import (
    access_request,
    audit_trail,
    consultations,
    partners,
    pupils,
    retention,
    school,
    trajectories,
)
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.audit import RECORD_LABELS

TODAY = date(2026, 11, 25)
HELD = date(2026, 10, 8)
# "afspraak 3", "deelnemer 7", "doel 12": a record named by its number is what this replaces.
# ("Fase 1" and "Cyclus 2" are a phase and a cycle's number in its trajectory, as on screen.)
BY_NUMBER = re.compile(r"\b(" + "|".join(re.escape(label) for label in RECORD_LABELS.values()
                                         if label not in ("fase", "cyclus")) + r") \d+\b", re.IGNORECASE)


def _lines(store, **filters) -> list[str]:
    return [e.what for e in audit_trail.entries(store, today=TODAY, **filters)]


def _stored(store) -> list[str]:
    """Every text field of every stored trail entry, as written."""
    with store.transaction() as session:
        return [f"{r.action} {r.record_type} {r.detail}" for r in session.scalars(select(m.AuditEntryRecord))]


def _pupil_with_track(store, first="Emma", last="Janssens", title="Lezen"):
    group = add_group(store, name=f"3{first[0]}")
    pupil = add_pupil(store, first=first, last=last, group=group)
    track = open_for(store, pupil_id=pupil.id, title=title, phase=Phase.BREDE_BASISZORG)
    return pupil, track, current_cycle(store, track.id)


def test_every_record_type_is_said_in_dutch_with_where_it_belongs(store):
    pupil, track, cycle = _pupil_with_track(store)
    code = pupil.code
    trajectories.change_phase(store, track.id, Phase.VERHOOGDE_ZORG, date(2026, 9, 20), "Meer nodig")
    trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.TOETS,
        text="AVI-E3 traag"))
    trajectories.save_cycle_item(store, Factor(cycle_id=cycle.id, kind=FactorKind.BELEMMEREND,
                                               context=FactorContext.THUIS, text="Weinig boeken"))
    trajectories.save_cycle_item(store, EducationalNeed(cycle_id=cycle.id, slot=NeedSlot.INSTRUCTIE,
                                                        text="kort en visueel is"))
    trajectories.save_cycle_item(store, TeacherSupportNeed(cycle_id=cycle.id, wants_to_achieve="rust",
                                                           needs="tips", theme="Klasmanagement"))
    trajectories.save_cycle_item(store, FollowUpNote(cycle_id=cycle.id, noted_on=date(2026, 11, 12),
                                                     text="Gaat beter", author_role=Role.KLASLERAAR))
    plan = add_plan(store, cycle.id, date(2026, 12, 1))
    goal = trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest AVI-M4 vlot",
                                                   criterion="90 % juist"))
    goal.criterion = "95 % juist"
    trajectories.save_plan_item(store, goal)
    trajectories.save_plan_item(store, Measure(plan_id=plan.id, category=MeasureCategory.COMPENSEREN,
                                               description="Extra leestijd bij toetsen",
                                               responsible_role=Role.KLASLERAAR))
    trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Geheim doel", confidential=True))
    request = give_consent(store, track.id)
    request.status = RequestStatus.LOPEND
    request.started_on = date(2026, 10, 5)
    partners.save_partner_item(store, request, TODAY)
    partners.save_partner_item(store, VerslagReference(trajectory_id=track.id, kind=VerslagType.IAC,
                                                       issued_on=date(2026, 11, 2)))
    partners.save_partner_item(store, LeersteunRequest(kind=LeersteunKind.TEAMGERICHT, requested_on=date(
        2026, 10, 11), school_id=school.get_school(store).id, status=LeersteunStatus.AANGEVRAAGD))
    add_group(store, name="4B")
    own_class = pupils.class_of(store, pupil.id, YEAR)
    subgroup = school.save_subgroup(store, Subgroup(group_id=own_class.id, name="Intensief",
                                                    kind=SubgroupKind.INTENSIEF))
    school.set_subgroup_members(store, subgroup.id, [pupil.id])
    meeting = consultations.save_consultation(store, Consultation(
        kind=ConsultationType.MDO, held_on=HELD, participants=[Participant(role=Role.CLB)],
        pupil_ids=[pupil.id]))
    consultations.save_action_item(store, ActionItem(
        consultation_id=meeting.id, description="Ouders uitnodigen", owner_role=Role.ZORGCOORDINATOR))
    audit_trail.record_opening(store, pupil.id)

    lines = _lines(store)
    mdo = "Multidisciplinair overleg (MDO) van 08/10/2026"
    expected = [
        f"Leerling {code} toegevoegd",
        f"Inschrijving in klas 3E ({YEAR.label}) toegevoegd ({code})",
        f"Traject ‘Lezen’ toegevoegd ({code})",
        f"Fase 1 – verhoogde zorg toegevoegd (traject Lezen, {code})",
        f"Cyclus 1 toegevoegd (traject Lezen, {code})",
        f"Waarneming ‘Toets’ van 10/09/2026 toegevoegd (traject Lezen, {code})",
        f"Belemmerende factor ‘Thuis’ toegevoegd (traject Lezen, {code})",
        f"Onderwijsbehoefte ‘instructie die …’ toegevoegd (traject Lezen, {code})",
        f"Ondersteuningsbehoefte ‘Klasmanagement’ toegevoegd (traject Lezen, {code})",
        f"Opvolgnotitie van 12/11/2026 toegevoegd (traject Lezen, {code})",
        f"Individueel handelingsplan van 21/09/2026 toegevoegd (traject Lezen, {code})",
        f"Doel ‘Leest AVI-M4 vlot’ gewijzigd (traject Lezen, {code})",
        f"Maatregel ‘Extra leestijd bij toetsen’ toegevoegd (traject Lezen, {code})",
        f"Doel (vertrouwelijk) toegevoegd (traject Lezen, {code})",
        f"CLB-aanvraag van 28/09/2026 gewijzigd (traject Lezen, {code})",
        f"Status ‘Lopend’ van CLB-aanvraag van 28/09/2026 toegevoegd (traject Lezen, {code})",
        f"Verslag IAC (individueel aangepast curriculum) van 02/11/2026 toegevoegd (traject Lezen, {code})",
        "Teamgerichte leersteun van 11/10/2026 toegevoegd (hele school)",
        "Klas 4B toegevoegd (2026-2027)",
        "Subgroep ‘Intensief’ toegevoegd (klas 3E)",
        "Leden van subgroepen gewijzigd",
        f"Overleg toegevoegd ({mdo}): besproken {code} (Janssens, Emma)",
        f"Deelnemer ‘CLB-medewerker’ toegevoegd ({mdo})",
        f"Leerling {code} toegevoegd aan {mdo}",
        f"Afspraak ‘Ouders uitnodigen’ toegevoegd ({mdo})",
        f"Dossier van {code} geopend",
    ]
    missing = [line for line in expected if line not in lines]
    assert not missing, (missing, [line for line in lines if 'Status' in line])
    assert not [line for line in lines if BY_NUMBER.search(line)]
    # The pupil's own lines name them in the Leerling column, with name and code.
    assert {e.pupil for e in audit_trail.entries(store, pupil_id=pupil.id)} == {f"Janssens, Emma ({code})"}
    # What was stored holds none of it: no text, no name.
    stored = " ".join(_stored(store))
    for text in ("Leest AVI-M4", "Extra leestijd", "Ouders uitnodigen", "Janssens", "Emma", "Lezen",
                 "Klasmanagement", "Geheim"):
        assert text not in stored, text


def test_an_excerpt_is_short_and_cut_at_a_word(store):
    pupil, _track, cycle = _pupil_with_track(store)
    plan = add_plan(store, cycle.id, date(2026, 12, 1))
    trajectories.save_plan_item(store, Goal(plan_id=plan.id, description=(
        "Leest een tekst van AVI-niveau M4 vlot en met begrip voor, zonder hulp\nvan de leerkracht")))
    line = _lines(store, pupil_id=pupil.id)[0]
    assert line == f"Doel ‘Leest een tekst van AVI-niveau M4 vlot…’ toegevoegd (traject Lezen, {pupil.code})"


def test_a_deleted_record_says_so_and_keeps_its_pupil(store):
    pupil, _track, cycle = _pupil_with_track(store)
    plan = add_plan(store, cycle.id, date(2026, 12, 1))
    goal = trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest AVI-M4 vlot"))
    before = _lines(store, pupil_id=pupil.id)[0]
    assert before == f"Doel ‘Leest AVI-M4 vlot’ toegevoegd (traject Lezen, {pupil.code})"
    trajectories.delete_plan_item(store, Goal, goal.id)
    lines = _lines(store, pupil_id=pupil.id)
    assert lines[:2] == [f"Doel verwijderd ({pupil.code})", f"Doel (verwijderd) toegevoegd ({pupil.code})"]
    assert "Leest AVI-M4" not in " ".join(lines)


def test_a_purged_pupil_is_a_number_and_their_consultation_still_counts_them(store):
    pupil, _track, _cycle = _pupil_with_track(store, first="Wilhelmina", last="Zwartwoud")
    other = add_pupil(store, first="Blijft", last="Hier", group=add_group(store, name="5A"))
    meeting = consultations.save_consultation(store, Consultation(
        kind=ConsultationType.LEERLINGENBESPREKING, held_on=HELD, title="Leerlingenbespreking 3A",
        pupil_ids=[pupil.id, other.id]))
    pupils.mark_left(store, pupil.id, date(2025, 6, 30))
    retention.purge(store, [pupil.id], TODAY)
    gone = f"gewiste leerling nr. {pupil.id}"
    trail = audit_trail.entries(store, pupil_id=pupil.id, today=TODAY)
    assert trail[0].what == f"Dossier van {gone} gewist" and trail[0].pupil == gone
    assert f"Leerling {gone} weggehaald uit overleg ‘Leerlingenbespreking 3A’ (Leerlingenbespreking van " \
           f"08/10/2026)" in [e.what for e in trail]
    assert f"Traject (verwijderd) toegevoegd ({gone})" in [e.what for e in trail]
    assert {e.pupil for e in trail} == {gone}
    created = next(e.what for e in audit_trail.entries(store, today=TODAY)
                   if e.record_type == "consultation" and e.action == "toegevoegd")
    assert created == (f"Overleg ‘Leerlingenbespreking 3A’ toegevoegd (Leerlingenbespreking van 08/10/2026): "
                       f"besproken {other.code} (Hier, Blijft), {gone}")
    assert consultations.get_consultation(store, meeting.id).pupil_ids == [other.id]
    assert not [line for line in _lines(store) if "Wilhelmina" in line or "Zwartwoud" in line]


def test_a_consultation_names_the_pupils_it_discussed_then(store):
    group = add_group(store)
    ana = add_pupil(store, first="Ana", last="Abreu", group=group)
    bart = add_pupil(store, first="Bart", last="Bosmans", group=group)
    cem = add_pupil(store, first="Cem", last="Çelik", group=group)
    meeting = consultations.save_consultation(store, Consultation(
        kind=ConsultationType.LEERLINGENBESPREKING, held_on=HELD, title="Leerlingenbespreking 3A",
        participants=[Participant(role=Role.KLASLERAAR, name="Mevr. Peeters"), Participant(role=Role.CLB)],
        pupil_ids=[ana.id, bart.id]))
    meeting.pupil_ids = [bart.id, cem.id]
    meeting.participants = [Participant(role=Role.KLASLERAAR, name="Mevr. Peeters")]
    consultations.save_consultation(store, meeting)
    meeting.decisions = "Opvolgen in januari"
    consultations.save_consultation(store, meeting)  # only the text: no pupil lines
    said = [e for e in audit_trail.entries(store, today=TODAY) if e.record_type in (
        "consultation", "consultation_pupil", "consultation_participant")]
    where = "(Leerlingenbespreking van 08/10/2026)"
    now = (f"Overleg ‘Leerlingenbespreking 3A’ gewijzigd {where}: besproken {bart.code} (Bosmans, Bart), "
           f"{cem.code} (Çelik, Cem)")
    assert [e.what for e in said] == [
        now,  # the decisions
        now,  # the lists
        f"Leerling {ana.code} weggehaald uit overleg ‘Leerlingenbespreking 3A’ {where}",
        f"Leerling {cem.code} toegevoegd aan overleg ‘Leerlingenbespreking 3A’ {where}",
        "Deelnemer verwijderd (Leerlingenbespreking ‘Leerlingenbespreking 3A’ van 08/10/2026)",
        f"Leerling {bart.code} toegevoegd aan overleg ‘Leerlingenbespreking 3A’ {where}",
        f"Leerling {ana.code} toegevoegd aan overleg ‘Leerlingenbespreking 3A’ {where}",
        "Deelnemer (verwijderd) toegevoegd (Leerlingenbespreking ‘Leerlingenbespreking 3A’ van 08/10/2026)",
        "Deelnemer ‘Klasleraar’ toegevoegd (Leerlingenbespreking ‘Leerlingenbespreking 3A’ van 08/10/2026)",
        f"Overleg ‘Leerlingenbespreking 3A’ toegevoegd {where}: besproken {ana.code} (Abreu, Ana), "
        f"{bart.code} (Bosmans, Bart)",
    ]
    # Each pupil's own trail shows their consultation, and only codes leave for an export.
    assert [e.what for e in audit_trail.entries(store, pupil_id=ana.id, today=TODAY)][:2] == [
        said[2].what, said[-4].what]
    plain = [e.what for e in audit_trail.entries(store, names=False, today=TODAY)
             if e.record_type == "consultation"]
    assert plain[-1].endswith(f"besproken {ana.code}, {bart.code}")
    # The deleted consultation keeps naming the pupils it had, in every line about it.
    consultations.delete_consultation(store, meeting.id)
    lines = [e for e in audit_trail.entries(store, today=TODAY) if e.record_type == "consultation"]
    assert lines[0].what == (f"Overleg verwijderd: besproken {bart.code} (Bosmans, Bart), "
                             f"{cem.code} (Çelik, Cem)")
    assert lines[-1].what == (f"Overleg (verwijderd) toegevoegd: besproken {ana.code} (Abreu, Ana), "
                              f"{bart.code} (Bosmans, Bart)")
    assert audit_trail.entries(store, pupil_id=cem.id, today=TODAY)[0].what == \
        f"Leerling {cem.code} weggehaald uit overleg (verwijderd)"
    assert "Peeters" not in " ".join(_stored(store))


def test_saving_an_unchanged_consultation_writes_no_line(store):
    pupil = add_pupil(store, group=add_group(store))
    meeting = consultations.save_consultation(store, Consultation(
        kind=ConsultationType.MDO, held_on=HELD, participants=[Participant(role=Role.OUDERS)],
        pupil_ids=[pupil.id]))
    before = len(audit_trail.entries(store))
    consultations.save_consultation(store, meeting)
    assert len(audit_trail.entries(store)) == before


def test_the_filter_lists_every_pupil_leavers_marked(store):
    staying = add_pupil(store, first="Blijft", last="Aerts", group=add_group(store))
    leaving = add_pupil(store, first="Gaat", last="Weg", group=add_group(store, name="6A"))
    pupils.mark_left(store, leaving.id, date(2026, 10, 1))
    last_year = add_pupil(store, first="Vorig", last="Jaar", group=add_group(store, name="2A",
                                                                            year=YEAR.previous()))
    listed = audit_trail.pupils(store, TODAY)
    assert [(p.id, p.has_left) for p in listed] == [
        (staying.id, False), (last_year.id, False), (leaving.id, True)]


def test_the_access_request_says_the_pupils_trail_in_the_same_words(store):
    pupil, _track, cycle = _pupil_with_track(store)
    other = add_pupil(store, first="Ander", last="Kind", group=add_group(store, name="1A"))
    plan = add_plan(store, cycle.id, date(2026, 12, 1))
    trajectories.save_plan_item(store, Goal(plan_id=plan.id, description="Leest AVI-M4 vlot"))
    consultations.save_consultation(store, Consultation(
        kind=ConsultationType.MDO, held_on=HELD, pupil_ids=[pupil.id, other.id]))
    content = access_request.dossier(store, pupil.id, TODAY)
    trail = next(s for s in content.sections if s.title.startswith("Logboek"))
    said = [next(f.text for f in record.fields if f.label == "Wat") for record in trail.records]
    assert f"Doel ‘Leest AVI-M4 vlot’ toegevoegd (traject Lezen, {pupil.code})" in said
    assert f"Leerling {pupil.code} toegevoegd aan Multidisciplinair overleg (MDO) van 08/10/2026" in said
    assert not [line for line in said if BY_NUMBER.search(line)]
    flat = access_request.dossier_json(content)
    assert other.code not in flat and "Kind" not in flat  # another pupil never shows in this one's export
