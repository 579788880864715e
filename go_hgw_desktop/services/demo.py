"""A fictional demo school: classes, pupils and care work across the whole continuum.

Reproducible: the same seed and the same ``today`` give the same school. Everything is
invented; the texts are typical of what coordinators write, the names are combined at
random from :mod:`.demo_names`.
"""

from __future__ import annotations

import math
import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import (
    SUB_THEMES_BY_DOMAIN,
    CareDomain,
    ConsentBy,
    ConsultationType,
    ConversationKind,
    DiagnosticPhase,
    FactorContext,
    FactorKind,
    GoalResult,
    HgwStep,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    NeedSlot,
    ObservationSource,
    Phase,
    PlanType,
    RequestStatus,
    Role,
    SubgroupKind,
    VerslagStatus,
    VerslagType,
    ViewHolder,
)
from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.cycle_items import (
    Conversation,
    EducationalNeed,
    Factor,
    FollowUpNote,
    Observation,
    PartnerView,
    TeacherSupportNeed,
)
from go_hgw_desktop.domain.errors import ValidationError
from go_hgw_desktop.domain.partners import ClbRequest, LeersteunRequest, VerslagReference
from go_hgw_desktop.domain.plan import Goal, Measure, Plan
from go_hgw_desktop.domain.pupil import CODE_ALPHABET, CODE_LENGTH, Pupil
from go_hgw_desktop.domain.school import ClassGroup, StaffMember, Subgroup
from go_hgw_desktop.domain.trajectory import Cycle, Trajectory
from go_hgw_desktop.services import records
from go_hgw_desktop.services.consultations import save_action_item_in, save_consultation_in
from go_hgw_desktop.services.demo_names import FIRST_NAMES, LAST_NAMES, STAFF_FIRST_NAMES, STAFF_LAST_NAMES
from go_hgw_desktop.services.partners import save_partner_item_in
from go_hgw_desktop.services.pupils import create_pupil_in
from go_hgw_desktop.services.school import (
    CURRENT_YEAR_SETTING,
    put_setting,
    save_group_in,
    school_in,
)
from go_hgw_desktop.services.trajectories import change_phase_in, open_trajectory_in
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.store import Store

DEMO_SCHOOL = "GO! Basisschool De Vlinderboom (demo)"
DEMO_SCHOLENGROEP = "Scholengroep Voorbeeldstad (demo)"
PUPILS_PER_CLASS = 22
# kleuterschool K1-K3, lagere school L1-L6; age in the school year's first calendar year
GRADES = (("K1", 3), ("K2", 4), ("K3", 5), ("1", 6), ("2", 7), ("3", 8), ("4", 9), ("5", 10), ("6", 11))

SIGNALS = {
    CareDomain.LEREN_EN_STUDEREN: (
        "Leest traag en radend; AVI-niveau ligt twee niveaus onder de klasgroep.",
        "Maakt veel fouten bij het splitsen tot 20, ook met materiaal.",
        "Spelling van klankzuivere woorden lukt niet zonder luidop te verklanken.",
        "Begint moeilijk aan zelfstandig werk en vraagt telkens bevestiging.",
        "Toets begrijpend lezen: onder het klasgemiddelde, vooral bij lange teksten.",
        "Begrijpt instructie in het Nederlands beter met beeldondersteuning.",
    ),
    CareDomain.PSYCHISCH_EN_SOCIAAL: (
        "Trekt zich terug op de speelplaats en speelt vaak alleen.",
        "Reageert fel bij verlies tijdens groepsspelletjes.",
        "Vertelt in het kringgesprek dat hij slecht slaapt.",
        "Ouders melden buikpijn op maandagochtend.",
    ),
    CareDomain.ONDERWIJSLOOPBAAN: (
        "Twijfelt over de overstap naar het secundair; ouders vragen advies.",
        "Mist regelmatig het eerste lesuur.",
    ),
    CareDomain.PREVENTIEVE_GEZONDHEIDSZORG: (
        "Knijpt de ogen dicht bij het lezen van het bord.",
        "Komt vaak zonder ontbijt naar school en is moe tegen de middag.",
    ),
}
FACTORS = {
    FactorKind.STIMULEREND: (
        "Werkt graag samen met een vaste buur.", "Is creatief en vertelt graag.",
        "Ouders lezen thuis elke avond samen.", "Reageert goed op een beloningskaart.",
        "De leraar geeft korte, heldere instructie met voorbeelden.",
    ),
    FactorKind.BELEMMEREND: (
        "Raakt snel afgeleid door geluid in de klas.", "Weinig Nederlands thuis.",
        "Grote klasgroep met veel wissels van leraar.", "Faalangst bij toetsen.",
        "Thuis weinig rust om huiswerk te maken.",
    ),
}
NEEDS = {
    NeedSlot.INSTRUCTIE: "verlengde instructie in een klein groepje krijgt",
    NeedSlot.OPDRACHTEN: "kort en in stappen opgedeeld zijn",
    NeedSlot.LEERACTIVITEITEN: "met concreet materiaal werken",
    NeedSlot.FEEDBACK: "meteen en positief is, gericht op de aanpak",
    NeedSlot.LERAAR: "vooraf zegt wat er gaat gebeuren",
    NeedSlot.GROEPSGENOTEN: "samen met hem oefenen in duo",
    NeedSlot.OUDERS: "thuis tien minuten per dag samen lezen",
}
GOALS = {  # per domain, so a plan's goals fit what the trajectory is about
    CareDomain.LEREN_EN_STUDEREN: (
        ("Leest een AVI-tekst van zijn niveau vlot en correct.", "Minder dan 5 fouten per minuut"),
        ("Splitst getallen tot 20 zonder materiaal.", "9 op 10 juist in de wekelijkse test"),
        ("Start zelfstandig aan een taak na de instructie.", "Binnen 2 minuten, 4 dagen op 5"),
        ("Plant een weektaak met het stappenplan.", "Weektaak af op vrijdag, 3 weken na elkaar"),
    ),
    CareDomain.PSYCHISCH_EN_SOCIAAL: (
        ("Speelt op de speelplaats samen met minstens één klasgenoot.", "Observatie 3x per week"),
        ("Benoemt zijn gevoel voor hij reageert.", "Gebruikt de gevoelsmeter zelfstandig"),
        ("Vraagt hulp aan de leraar als hij vastloopt.", "Minstens 1 keer per dag, zonder aansporing"),
    ),
    CareDomain.ONDERWIJSLOOPBAAN: (
        ("Kiest samen met ouders een richting in het secundair.", "Keuze besproken voor de paasvakantie"),
        ("Is elke dag op tijd op school.", "Hoogstens 1 keer te laat per maand"),
        ("Zegt wat hij goed kan en graag doet.", "Noemt drie sterktes in het loopbaangesprek"),
    ),
    CareDomain.PREVENTIEVE_GEZONDHEIDSZORG: (
        ("Draagt zijn bril in de klas.", "Elke les, 4 weken na elkaar"),
        ("Eet een ontbijt voor de lessen beginnen.", "4 dagen op 5, volgens het ontbijtschrift"),
        ("Kan een hele voormiddag actief meedoen.", "Observatie door de leraar, 2x per week"),
    ),
}
MEASURES = (
    (MeasureCategory.STIMULEREN, "Beloningskaart voor zelfstandig starten"),
    (MeasureCategory.REMEDIEREN, "Twee keer per week leesbegeleiding door de zorgleraar"),
    (MeasureCategory.DIFFERENTIEREN, "Minder oefeningen, zelfde doelen"),
    (MeasureCategory.COMPENSEREN, "Gebruik van een tafelkaart en rekenmachine bij toetsen"),
    (MeasureCategory.DISPENSEREN, "Vrijstelling van dictee op tijd; wel zonder tijdsdruk"),
    (MeasureCategory.COMPENSEREN, "Voorleessoftware bij lange teksten"),
    (MeasureCategory.DIFFERENTIEREN, "Extra verwerkingstijd bij toetsen"),
)
# Texts of the demo's vertrouwelijke items that stand nowhere else without the mark (issue 15):
# a document of the demo school that holds one of them leaks.
SECRET_TEXTS = {
    "need": "een vaste vertrouwenspersoon heeft sinds de scheiding van de ouders",
    "goal": "Vertelt in het gesprek met de psycholoog wat hem bang maakt",
    "measure": "Mag bij paniek naar het zorgloket zonder het te vragen (advies kinderpsychiater)",
    "note": "Moeder meldt dat vader opnieuw opgenomen is in de psychiatrie",
    "decisions": "Het CLB meldt de gezinssituatie aan bij het Vertrouwenscentrum Kindermishandeling",
}

NOTES = (
    "Eerste weken: beloningskaart werkt, start sneller aan taken.",
    "Leesbegeleiding twee keer gemist door afwezigheid zorgleraar.",
    "Ouders geven aan dat thuis lezen beter lukt.",
    "Gesprek met leerling: voelt zich beter in de klas.",
)
SUPPORT_THEMES = ("Differentiëren bij lezen", "Klasmanagement", "Omgaan met gedrag",
                  "Nederlands als tweede taal", "Rekenen met materiaal")


@dataclass(frozen=True)
class DemoSummary:
    pupils: int
    classes: int
    trajectories: int
    consultations: int


class DemoRefusedError(ValidationError):
    pass


def _shifted(rng: random.Random, around: date, days_before: int, days_after: int = 0) -> date:
    return around + timedelta(days=rng.randint(-days_before, days_after))


class _DemoBuilder:
    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.year = SchoolYear.containing(today)
        self.year_start = self.year.first_day
        self.codes: set[str] = set()

    def past(self, day: date) -> date:
        """Records describe what happened: never after the demo's today."""
        return min(day, self.today)

    def code(self) -> str:
        while True:
            code = "LL-" + "".join(self.rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if code not in self.codes:
                self.codes.add(code)
                return code

    def classes(self, pupil_count: int) -> list[ClassGroup]:
        n_classes = max(1, math.ceil(pupil_count / PUPILS_PER_CLASS))
        groups = []
        for i in range(n_classes):
            grade, _ = GRADES[i % len(GRADES)]
            n = i // len(GRADES)
            name = f"{grade}{string.ascii_uppercase[n % 26]}{n // 26 or ''}"
            groups.append(save_group_in(self.session, ClassGroup(
                name=name, grade=grade, school_year=self.year,
            )))
        return groups

    def pupils(self, groups: list[ClassGroup], count: int) -> list[tuple[Pupil, ClassGroup]]:
        made = []
        for i in range(count):
            group = groups[i % len(groups)]
            age = dict(GRADES)[group.grade]
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
            born = self.year.start_year - age - self.rng.choice((0, 0, 0, 0, 1))
            code = self.code()  # drawn in this order, so a seed gives the school it always gave
            # Enrolled up to five years ago, but not before the child was three.
            entered = max(self.year.start_year - self.rng.randint(0, 5), born + 3)
            pupil = Pupil(first_name=first, last_name=last, birth_year=born, code=code,
                          entry_date=date(entered, 9, 1))
            made.append((create_pupil_in(self.session, pupil, group.id), group))
        # A few pupils left the school last year: material for retention. They are in no
        # class of this school year.
        for pupil, _ in self.rng.sample(made, count // 80):  # none in a tiny demo
            pupil.leave_date = self.year_start - timedelta(days=self.rng.randint(30, 400))
            pupil.entry_date = min(pupil.entry_date, pupil.leave_date)
            records.save(self.session, pupil)
            self.session.execute(sql_delete(m.ClassMembershipRecord).where(
                m.ClassMembershipRecord.pupil_id == pupil.id,
                m.ClassMembershipRecord.school_year == self.year,
            ))
        return made

    def fill_cycle(self, cycle: Cycle, domain: CareDomain, *, group: bool, done: bool) -> None:
        """Give a cycle what its steps so far hold; ``done`` evaluates every goal."""
        rng, s = self.rng, self.session
        step_index = list(HgwStep).index(cycle.step)
        for _ in range(rng.randint(2, 4)):
            records.save(s, Observation(
                cycle_id=cycle.id, observed_on=self.past(_shifted(rng, cycle.started_on, 0, 20)),
                source=rng.choice(list(ObservationSource)), text=rng.choice(SIGNALS[domain]),
                author_role=rng.choice((Role.KLASLERAAR, Role.ZORGLERAAR, Role.ZORGCOORDINATOR)),
                confidential=rng.random() < 0.1,
            ))
        if not group:
            self.voices(cycle, understood=step_index >= 1 or done)
        if step_index >= 1 or done:
            for kind in FactorKind:
                records.save(s, Factor(
                    cycle_id=cycle.id, kind=kind, context=rng.choice(list(FactorContext)),
                    text=rng.choice(FACTORS[kind]), confidential=rng.random() < 0.1,
                ))
            goal_text = rng.choice(GOALS[domain])[0]
            for slot in rng.sample(list(NeedSlot), 3):
                records.save(s, EducationalNeed(
                    cycle_id=cycle.id, slot=slot, text=NEEDS[slot], goal_text=goal_text,
                ))
            if rng.random() < 0.5:
                records.save(s, TeacherSupportNeed(
                    cycle_id=cycle.id, theme=rng.choice(SUPPORT_THEMES),
                    wants_to_achieve="alle leerlingen mee zijn met de instructie",
                    already_does="werk met een instructietafel",
                    needs="tips van de zorgleraar en tijd om samen voor te bereiden",
                    recorded_on=self.past(cycle.started_on + timedelta(days=14)),
                ))
        if step_index >= 2 or done:
            # A finished cycle's plan is evaluated before the cycle closes (day 100).
            weeks = rng.randint(6, 10) if done else rng.randint(6, 12)
            start = cycle.started_on + timedelta(days=21)
            if not done:
                # A running plan is evaluated around now: a few late, most still ahead.
                evaluation = self.today + timedelta(days=rng.randint(-12, 45))
                start = max(cycle.started_on, evaluation - timedelta(weeks=weeks))
                weeks = max(1, (evaluation - start).days // 7)
            plan = records.save(s, Plan(
                cycle_id=cycle.id,
                plan_type=PlanType.GROEPSPLAN if group else PlanType.HANDELINGSPLAN,
                start_date=start, evaluation_date=start + timedelta(weeks=weeks),
                end_date=start + timedelta(weeks=weeks),
                starting_situation="Zie waarnemingen; vertrekt van wat al lukt in de klas.",
                discussed_with_parents_on=None if group or cycle.id % 2 else self.past(start),
                approach="Klasleraar past maatregelen dagelijks toe; zorgleraar begeleidt "
                         "twee keer per week; ouders oefenen thuis.",
            ))
            for position, (text, criterion) in enumerate(rng.sample(GOALS[domain], rng.randint(1, 3))):
                result = rng.choice(list(GoalResult)) if done else None
                records.save(s, Goal(
                    plan_id=plan.id, description=text, criterion=criterion, position=position,
                    deadline=plan.evaluation_date, result=result,
                    evaluated_on=plan.evaluation_date if result else None,
                    evaluation_note="Besproken met leraar en ouders." if result else "",
                ))
            for category, text in rng.sample(MEASURES, rng.randint(1, 3)):
                records.save(s, Measure(
                    plan_id=plan.id, category=category, description=text,
                    responsible_role=rng.choice((Role.KLASLERAAR, Role.ZORGLERAAR)),
                    frequency=rng.choice(("dagelijks", "2x per week", "bij elke toets")),
                ))
            if not group and cycle.id % 7 == 3:
                self.secrets(cycle, plan, done)
        if step_index >= 3 or done:
            for text in rng.sample(NOTES, 2):
                records.save(s, FollowUpNote(
                    cycle_id=cycle.id, noted_on=min(self.today, cycle.started_on + timedelta(days=50)),
                    text=text, confidential=rng.random() < 0.1,
                ))

    def secrets(self, cycle: Cycle, plan: Plan, done: bool) -> None:
        """Vertrouwelijke items whose texts stand nowhere else unmarked (a need, a goal, a
        measure, a note), so every document of the demo school can be checked against them.
        Chosen by the cycle's id, not by the random generator: the rest of the demo stays."""
        s = self.session
        records.save(s, EducationalNeed(cycle_id=cycle.id, slot=NeedSlot.INSTRUCTIE, goal_text="rust vinden",
                                        text=SECRET_TEXTS["need"], confidential=True))
        records.save(s, Goal(plan_id=plan.id, description=SECRET_TEXTS["goal"], position=9,
                             deadline=plan.evaluation_date, confidential=True,
                             result=GoalResult.DEELS_BEREIKT if done else None,
                             evaluated_on=plan.evaluation_date if done else None))
        records.save(s, Measure(plan_id=plan.id, category=MeasureCategory.COMPENSEREN,
                                description=SECRET_TEXTS["measure"], responsible_role=Role.ZORGLERAAR,
                                confidential=True))
        records.save(s, FollowUpNote(cycle_id=cycle.id, noted_on=min(self.today, plan.start_date),
                                     text=SECRET_TEXTS["note"], confidential=True))

    def voices(self, cycle: Cycle, *, understood: bool) -> None:
        """Issue 16: an oudergesprek or kindgesprek and the views of parents and pupil. Chosen by
        the cycle's number, not by the random generator, so the rest of the demo stays as it was."""
        s, held = self.session, self.past(cycle.started_on + timedelta(days=7))
        if cycle.id % 2 == 0:
            records.save(s, Conversation(
                cycle_id=cycle.id, kind=ConversationKind.OUDERGESPREK, held_on=held,
                participants="ouders, klasleraar, zorgcoördinator",
                said="De ouders herkennen de signalen; thuis gaat het huiswerk moeizaam.",
                agreements="Elke avond kort samen oefenen; over zes weken opnieuw samen zitten."))
        if cycle.id % 5 == 0:
            records.save(s, Conversation(
                cycle_id=cycle.id, kind=ConversationKind.KINDGESPREK, held_on=held,
                participants="leerling, zorgcoördinator",
                said="Vertelt dat het thuis onrustig is sinds de verhuis.", confidential=True))
        if understood:
            records.save(s, PartnerView(
                cycle_id=cycle.id, holder=ViewHolder.OUDERS, recorded_on=held,
                text="De ouders zien vooral dat hun kind snel ontmoedigd raakt en willen thuis helpen."))
            if cycle.id % 3 == 0:
                records.save(s, PartnerView(
                    cycle_id=cycle.id, holder=ViewHolder.LEERLING, recorded_on=held,
                    text="Het lukt beter als ik naast iemand zit die me helpt."))

    def trajectory(self, trajectory: Trajectory, target_phase: Phase, *, birth_year: int | None) -> None:
        rng, s = self.rng, self.session
        domain = trajectory.domain
        group = trajectory.group_id is not None
        open_trajectory_in(s, trajectory, min(target_phase, Phase.VERHOOGDE_ZORG),
                           reason="Signalen uit de leerlingenbespreking.")
        cycle = records.all_of(s, Cycle, m.CycleRecord.trajectory_id == trajectory.id)[0]
        # Older trajectories already finished a cycle.
        if (self.today - trajectory.start_date).days > 120:
            cycle.step = HgwStep.REALISEREN
            records.save(s, cycle)
            self.fill_cycle(cycle, domain, group=group, done=True)
            cycle.closed_on = trajectory.start_date + timedelta(days=100)
            records.save(s, cycle)
            cycle = records.save(s, Cycle(trajectory_id=trajectory.id, number=2,
                                          started_on=cycle.closed_on))
        cycle.step = rng.choice(list(HgwStep))
        records.save(s, cycle)
        self.fill_cycle(cycle, domain, group=group, done=False)
        if target_phase >= Phase.UITBREIDING_VAN_ZORG:
            consent_on = self.past(trajectory.start_date + timedelta(days=rng.randint(40, 70)))
            consent_by = ConsentBy.LEERLING if birth_year and consent_on.year - birth_year >= 12 \
                else ConsentBy.OUDERS
            started = consent_on + timedelta(days=rng.randint(10, 60))
            save_partner_item_in(s, ClbRequest(
                trajectory_id=trajectory.id, requested_on=consent_on - timedelta(days=3),
                question="Wat heeft deze leerling nodig om mee te kunnen in de klas?",
                consent_by=consent_by, consent_on=consent_on,
                status=RequestStatus.LOPEND if started <= self.today else RequestStatus.AANGEVRAAGD,
                started_on=started if started <= self.today else None,
                diagnostic_phase=rng.choice(list(DiagnosticPhase)) if started <= self.today else None,
            ), today=self.today)
            change_phase_in(s, trajectory.id, Phase.UITBREIDING_VAN_ZORG, consent_on,
                            reason="Extra maatregelen volstaan niet; CLB betrokken.")
        if target_phase is Phase.IAC_OF_BUITENGEWOON:
            issued = max(consent_on, self.past(trajectory.start_date + timedelta(days=rng.randint(100, 150))))
            save_partner_item_in(s, VerslagReference(
                trajectory_id=trajectory.id, kind=rng.choice((VerslagType.IAC, VerslagType.OV4)),
                issued_on=issued, status=VerslagStatus.AFGELEVERD,
                reference="CLB-dossier (niet in deze toepassing)",
            ), today=self.today)
            change_phase_in(s, trajectory.id, Phase.IAC_OF_BUITENGEWOON, issued,
                            reason="Verslag afgeleverd; aangepast curriculum.")
        if target_phase >= Phase.VERHOOGDE_ZORG and rng.random() < 0.25:
            requested = self.past(trajectory.start_date + timedelta(days=rng.randint(10, 60)))
            status = rng.choice(list(LeersteunStatus))
            started = requested + timedelta(days=rng.randint(7, 70))
            if started > self.today:
                status, started = LeersteunStatus.AANGEVRAAGD, None
            ended = None
            if status is LeersteunStatus.AFGESLOTEN:
                ended = min(self.today, started + timedelta(days=60))
            elif status is LeersteunStatus.AANGEVRAAGD:
                started = None
            save_partner_item_in(s, LeersteunRequest(
                trajectory_id=trajectory.id, kind=LeersteunKind.LEERLINGGERICHT,
                requested_on=requested, status=status, started_on=started, ended_on=ended,
                theme=trajectory.sub_theme.label if trajectory.sub_theme else "",
            ), today=self.today)

    def new_trajectory(self, *, pupil_id: int | None = None, group_id: int | None = None,
                       domain: CareDomain | None = None) -> Trajectory:
        rng = self.rng
        domain = domain or rng.choices(list(CareDomain), weights=(60, 8, 7, 25))[0]
        sub_theme = rng.choice(SUB_THEMES_BY_DOMAIN[domain])
        return Trajectory(
            title=sub_theme.label, domain=domain, sub_theme=sub_theme,
            pupil_id=pupil_id, group_id=group_id,
            start_date=max(self.year_start - timedelta(days=200),
                           self.today - timedelta(days=rng.randint(20, 330))),
            responsible_role=rng.choice((Role.ZORGCOORDINATOR, Role.KLASLERAAR, Role.ZORGLERAAR)),
        )

    def consultations(self, groups: list[ClassGroup], pupil_ids: list[int]) -> int:
        rng, s = self.rng, self.session
        made = 0
        plans: list[tuple[ConsultationType, date, list[Role]]] = []
        for offset in (-70, -35, 14, 40):
            plans.append((ConsultationType.LEERLINGENBESPREKING, self.today + timedelta(days=offset),
                          [Role.ZORGCOORDINATOR, Role.KLASLERAAR, Role.CLB]))
        plans += [
            (ConsultationType.MDO, self.today - timedelta(days=20),
             [Role.ZORGCOORDINATOR, Role.CLB, Role.OUDERS, Role.KLASLERAAR]),
            (ConsultationType.MICRO, self.today - timedelta(days=90),
             [Role.ZORGCOORDINATOR, Role.DIRECTIE, Role.CLB, Role.LEERSTEUN]),
            (ConsultationType.MICRO, self.today + timedelta(days=21),
             [Role.ZORGCOORDINATOR, Role.DIRECTIE, Role.CLB, Role.LEERSTEUN]),
            (ConsultationType.GROEPSBESPREKING, self.today - timedelta(days=10),
             [Role.ZORGCOORDINATOR, Role.KLASLERAAR]),
        ]
        topics = {  # what such a meeting is about; the kind and date are in their own columns
            ConsultationType.LEERLINGENBESPREKING: iter(("Start van het schooljaar", "Na de herfstvakantie",
                                                         "Voor het kerstrapport", "Na de kerstvakantie")),
            ConsultationType.MDO: iter(("Afstemming tussen thuis, school en CLB",)),
            ConsultationType.MICRO: iter(("Afspraken voor het nieuwe schooljaar",
                                          "Schoolfoto en ondersteuningsnoden")),
            ConsultationType.GROEPSBESPREKING: iter(("Groepsoverzicht en subgroepen",)),
        }
        for kind, held_on, roles in plans:
            about_pupils = kind in (ConsultationType.LEERLINGENBESPREKING, ConsultationType.MDO)
            consultation = save_consultation_in(s, Consultation(
                kind=kind, held_on=held_on, title=next(topics[kind]),
                decisions=("" if held_on > self.today else SECRET_TEXTS["decisions"]
                           if kind is ConsultationType.MDO else "Afspraken zie actiepunten."),
                decisions_confidential=kind is ConsultationType.MDO and held_on <= self.today,
                participants=[Participant(role=r) for r in roles],
                pupil_ids=rng.sample(pupil_ids, min(len(pupil_ids), 4)) if about_pupils else [],
                group_ids=[rng.choice(groups).id] if kind is ConsultationType.GROEPSBESPREKING else [],
            ))
            made += 1
            if held_on <= self.today:
                for text, role in (
                    ("Ouders uitnodigen voor een gesprek", Role.KLASLERAAR),
                    ("Plan bijsturen na evaluatie", Role.ZORGCOORDINATOR),
                    ("Nascholing differentiëren aanvragen", Role.DIRECTIE),
                ):
                    due = held_on + timedelta(days=rng.randint(7, 40))
                    save_action_item_in(s, ActionItem(
                        consultation_id=consultation.id, description=text, owner_role=role,
                        due_on=due, done_on=due if rng.random() < 0.4 and due <= self.today else None,
                    ))
        return made


def fill_demo(
    store: Store, pupils: int = 400, seed: int = 2026, today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty store with the demo school, in one transaction."""
    if pupils < 1 or pupils > 20_000:
        raise ValidationError("Kies tussen 1 en 20.000 leerlingen voor de demoschool.")
    today = today or date.today()
    rng = random.Random(seed)
    with store.transaction() as session:
        if session.scalar(select(func.count()).select_from(m.PupilRecord)):
            raise DemoRefusedError(
                "Deze database bevat al leerlingen; de demoschool komt alleen in een lege "
                "database. Gebruik een aparte map: go-hgw --data-dir MAP demo."
            )
        school = school_in(session)
        school.name, school.scholengroep = DEMO_SCHOOL, DEMO_SCHOLENGROEP
        records.save(session, school)
        builder = _DemoBuilder(session, rng, today)
        put_setting(session, CURRENT_YEAR_SETTING, builder.year.label)
        groups = builder.classes(pupils)
        made = builder.pupils(groups, pupils)
        present = [(p, g) for p, g in made if p.leave_date is None]
        trajectories = 0
        # phase mix of pupils with a trajectory: mostly verhoogde zorg, some CLB, few IAC
        for index, (pupil, group) in enumerate(present):
            roll = rng.random()
            if roll < 0.22:
                phase = Phase.VERHOOGDE_ZORG
            elif roll < 0.28:
                phase = Phase.UITBREIDING_VAN_ZORG
            elif roll < 0.30:
                # An IAC or a move to special education is not for a kleuter of three.
                grade = group.grade
                phase = Phase.UITBREIDING_VAN_ZORG if grade.startswith("K") else Phase.IAC_OF_BUITENGEWOON
            elif roll < 0.33:
                phase = Phase.BREDE_BASISZORG
            else:
                continue
            builder.trajectory(builder.new_trajectory(pupil_id=pupil.id), phase,
                               birth_year=pupil.birth_year)
            trajectories += 1
            if progress and index % 50 == 0:
                progress(index, len(present))
        for group in groups[:: max(1, len(groups) // 6)]:
            trajectory = builder.new_trajectory(group_id=group.id, domain=CareDomain.LEREN_EN_STUDEREN)
            builder.trajectory(trajectory, rng.choice((Phase.BREDE_BASISZORG, Phase.VERHOOGDE_ZORG)),
                               birth_year=None)
            trajectories += 1
            members = [p.id for p, g in present if g.id == group.id]
            rng.shuffle(members)
            cut = [0, len(members) * 2 // 3, len(members) * 5 // 6, len(members)]
            for kind, lo, hi in zip(
                (SubgroupKind.BASIS, SubgroupKind.INTENSIEF, SubgroupKind.MEER), cut, cut[1:], strict=False
            ):
                subgroup = records.save(session, Subgroup(group_id=group.id, name=kind.label, kind=kind))
                if members[lo:hi]:
                    session.execute(m.subgroup_member.insert(), [
                        {"subgroup_id": subgroup.id, "pupil_id": pid} for pid in members[lo:hi]
                    ])
        save_partner_item_in(session, LeersteunRequest(
            kind=LeersteunKind.TEAMGERICHT, requested_on=today - timedelta(days=45),
            status=LeersteunStatus.AANGEVRAAGD, theme="Differentiëren in de lagere school",
        ), today=today)
        consultations = builder.consultations(groups, [p.id for p, _ in present])
        _team(session, groups, random.Random(f"team-{seed}"))
    return DemoSummary(len(made), len(groups), trajectories, consultations)


def _team(session: Session, groups: list[ClassGroup], rng: random.Random) -> None:
    """The demo school's staff: a klasleraar per class and the care team, named on the measures
    of their class's pupils and on some afspraken. A random stream of its own: the pupils and
    their care stay what the seed always gave."""
    from go_hgw_desktop.services.staff import save_staff_member_in

    names = [f"{first} {last}" for first in STAFF_FIRST_NAMES for last in STAFF_LAST_NAMES]
    rng.shuffle(names)
    team = {role: save_staff_member_in(session, StaffMember(name=names.pop(), role=role))
            for role in (Role.ZORGCOORDINATOR, Role.ZORGLERAAR, Role.DIRECTIE)}
    teacher_of: dict[int, int] = {}
    for group in groups[:len(names)]:  # a very big demo leaves its last classes without one
        teacher = save_staff_member_in(session, StaffMember(name=names.pop(), role=Role.KLASLERAAR))
        session.add(m.ClassTeacherRecord(group_id=group.id, staff_id=teacher.id))
        teacher_of[group.id] = teacher.id
    session.flush()
    # A measure for the klasleraar goes to the klasleraar of the pupil's class; the zorgleraar's
    # to the zorgleraar. Measures of group plans keep their role.
    rows = session.execute(
        select(m.MeasureRecord, m.ClassMembershipRecord.group_id)
        .join(m.PlanRecord, m.PlanRecord.id == m.MeasureRecord.plan_id)
        .join(m.CycleRecord, m.CycleRecord.id == m.PlanRecord.cycle_id)
        .join(m.TrajectoryRecord, m.TrajectoryRecord.id == m.CycleRecord.trajectory_id)
        .join(m.ClassMembershipRecord, m.ClassMembershipRecord.pupil_id == m.TrajectoryRecord.pupil_id)
    ).all()
    for measure, group_id in rows:
        if measure.responsible_role is Role.KLASLERAAR and group_id in teacher_of and rng.random() < 0.7:
            measure.responsible_staff_id = teacher_of[group_id]
        elif measure.responsible_role is Role.ZORGLERAAR and rng.random() < 0.7:
            measure.responsible_staff_id = team[Role.ZORGLERAAR].id
    for item in session.scalars(select(m.ActionItemRecord)):
        if item.owner_role in team and rng.random() < 0.5:
            item.owner_staff_id = team[item.owner_role].id
    session.flush()
