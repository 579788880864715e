"""From the school's facts to the anonymised schoolfoto (sections 1-9 of the domain brief).

The facts (:class:`SchoolFacts`) are counts-to-be: one small record per trajectory,
plan or request, with no name, no note and no date of birth. They are gathered by
``services.schoolfoto`` and never leave the process; only the :class:`SchoolFoto` does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from go_hgw_desktop.domain.choices import (
    CareDomain,
    DiagnosticPhase,
    GoalResult,
    HgwStep,
    LeersteunKind,
    LeersteunStatus,
    MeasureCategory,
    Phase,
    PlanType,
    RequestStatus,
    VerslagStatus,
    VerslagType,
)
from go_hgw_desktop.domain.text import names_in
from go_hgw_desktop.reports.history import ExportHistory
from go_hgw_desktop.reports.tables import (
    MIN_THRESHOLD,
    TOTAL,
    CountTable,
    DisclosureReport,
    Link,
    ProtectedTable,
    Statistic,
    Sums,
    check_threshold,
    disclosure_report,
    hidden_statistic,
    protect_median,
    protect_tables,
)

SECTION_TITLES = {
    1: "Leerlingenpopulatie",
    2: "Lopende trajecten: fase en HGW-stap",
    3: "Trajecten per domein en subthema",
    4: "Plannen, maatregelen en evaluatie",
    5: "Ondersteuningsbehoeften van leraren en team",
    6: "CLB: aanvragen, diagnostiek en verslagen",
    7: "Leersteuncentrum",
    8: "Afspraken van het vorige MICRO-overleg",
    9: "Punten voor het overleg",
}
NO_CYCLE = "Tussen twee cycli"
NO_SUB_THEME = "Geen subthema"
NO_THEME = "Geen thema opgegeven"
NO_PHASE = "Fase niet ingevuld"
SMALL_CLASSES = "Kleinere klassen samen"
NO_GRADE = "Zonder leerjaar"
WITHHELD = "(afspraak niet getoond: de tekst bevat mogelijk de naam van een leerling)"


@dataclass(frozen=True)
class SchoolIdentity:
    name: str
    institution_number: str = ""
    scholengroep: str = ""


@dataclass(frozen=True)
class TrajectoryFact:
    phase: Phase
    step: HgwStep | None  # None between two cycles
    domain: CareDomain
    sub_theme_label: str | None
    for_group: bool


@dataclass(frozen=True)
class PlanFact:
    plan_type: PlanType
    evaluation_date: date
    evaluated_on: date | None  # first evaluation of one of its goals, or the cycle's close
    goal_results: tuple[GoalResult | None, ...] = ()
    measures: tuple[MeasureCategory, ...] = ()


@dataclass(frozen=True)
class ClbFact:
    status: RequestStatus
    requested_on: date
    started_on: date | None
    diagnostic_phase: DiagnosticPhase | None


@dataclass(frozen=True)
class LeersteunFact:
    kind: LeersteunKind
    status: LeersteunStatus
    requested_on: date
    started_on: date | None


@dataclass(frozen=True)
class Agreement:
    description: str
    owner_role: str  # Dutch label
    due_on: date | None
    done: bool


@dataclass(frozen=True)
class SchoolFacts:
    school: SchoolIdentity
    school_year: str
    reference_date: date
    classes: tuple[tuple[str, str, int], ...] = ()  # (grade, class name, pupils)
    trajectories: tuple[TrajectoryFact, ...] = ()
    plans: tuple[PlanFact, ...] = ()
    support_themes: tuple[str, ...] = ()
    clb_requests: tuple[ClbFact, ...] = ()
    verslagen: tuple[tuple[VerslagType, VerslagStatus], ...] = ()
    leersteun: tuple[LeersteunFact, ...] = ()
    last_micro_on: date | None = None
    agreements: tuple[Agreement, ...] = ()
    points: str = ""
    # For screening only: every pupil's (first name, last name), see domain.screening.names_in.
    pupil_names: frozenset[str | tuple[str, str]] = field(default=frozenset(), repr=False)


@dataclass(frozen=True)
class SchoolFoto:
    """A schoolfoto or scholengroepfoto as published: protected tables and statistics only."""

    kind: str  # "schoolfoto" | "scholengroepfoto"
    school: SchoolIdentity  # for a scholengroepfoto: the scholengroep
    school_year: str
    reference_date: date
    threshold: int
    tables: tuple[ProtectedTable, ...]
    statistics: tuple[Statistic, ...]
    agreements: tuple[Agreement, ...]
    last_micro_on: date | None
    points: str
    disclosure: DisclosureReport
    schools: tuple[SchoolIdentity, ...] = ()  # the schools a scholengroepfoto combines
    # "< n" holds 1..n-1: 5 in every foto this version makes, whatever its threshold, so a
    # mark means the same in fotos at different thresholds (older data files: their threshold).
    marks_below: int = MIN_THRESHOLD

    def table(self, key: str) -> ProtectedTable:
        return next(t for t in self.tables if t.key == key)

    def statistic(self, key: str) -> Statistic:
        return next(s for s in self.statistics if s.key == key)


# ---------------------------------------------------------------------------- building


def _cross(key: str, title: str, section: int, row_header: str, rows: Sequence[str],
           columns: Sequence[str], pairs: Iterable[tuple[str, str]], merge_rare: bool = False,
           note: str = "") -> CountTable:
    counts = Counter(pairs)
    return CountTable(
        key, title, row_header, tuple(rows), tuple(columns),
        tuple(tuple(counts[(r, c)] for c in columns) for r in rows),
        section, merge_rare, note,
    )


def _labels(members: Iterable) -> list[str]:
    return [m.label for m in members]


def _ordered(values: Iterable[str], last: str | None = None) -> list[str]:
    """Distinct values, most frequent first; ``last`` (a 'none' row) at the end."""
    counts = Counter(values)
    ordered = sorted((v for v in counts if v != last), key=lambda v: (-counts[v], v))
    return ordered + ([last] if last in counts else [])


SMALL_CLASS = 2 * MIN_THRESHOLD  # a class under 10 pupils never has a row of its own


def _population_tables(facts: SchoolFacts) -> tuple[list[CountTable], tuple[str, ...]]:
    grades: Counter[str] = Counter()
    for grade, _, pupils in facts.classes:
        grades[grade or NO_GRADE] += pupils
    by_grade = CountTable(
        "population_grade", "Leerlingen per leerjaar", "Leerjaar", tuple(grades),
        ("Leerlingen",), tuple((n,) for n in grades.values()), 1,
    )
    # A class smaller than 2k is not shown on its own (brief: class-level breakdowns). Classes
    # under 2 x 5 share one row at every threshold (so fotos at different thresholds have the
    # same rows); a higher threshold hides the rows of classes under 2k (see build_schoolfoto).
    big = [(name, n) for _, name, n in facts.classes if n >= SMALL_CLASS]
    small = [(name, n) for _, name, n in facts.classes if 0 < n < SMALL_CLASS]
    rows = [name for name, _ in big] + ([SMALL_CLASSES] if small else [])
    counts = [(n,) for _, n in big] + ([(sum(n for _, n in small),)] if small else [])
    by_class = CountTable(
        "population_class", "Leerlingen per klas", "Klas", tuple(rows), ("Leerlingen",),
        tuple(counts), 1, note=f"Klassen met minder dan {SMALL_CLASS} leerlingen staan samen op één rij.",
    )
    dropped = (f"{len(small)} klas(sen) met minder dan {SMALL_CLASS} leerlingen samengenomen",) \
        if small else ()
    return [by_grade, by_class], dropped


def population_sums(facts: SchoolFacts) -> Sums:
    """What the class names tell a reader (5A and 5B are in grade 5): each grade's pupils are
    the pupils of its classes, its smaller classes' share unknown but part of the 'Kleinere
    klassen samen' row; a class with a row of its own has at least 10 pupils. Protected with
    the tables, so a class hidden at a raised threshold is not given back by its grade."""
    members: dict[str, list[tuple[str, int]]] = {}
    for grade, name, pupils in facts.classes:
        members.setdefault(grade or NO_GRADE, []).append((name, pupils))
    lines, shares = [], {}
    for grade, classes in members.items():
        line: list = [("population_class", name, TOTAL) for name, n in classes if n >= SMALL_CLASS]
        small = sum(n for _, n in classes if 0 < n < SMALL_CLASS)
        if small:
            shares[f"kleinere klassen van {grade}"] = small
            line.append(f"kleinere klassen van {grade}")
        lines.append((*line, ("population_grade", grade, TOTAL)))
    if shares:
        lines.append((*shares, ("population_class", SMALL_CLASSES, TOTAL)))
    named = [name for _, name, n in facts.classes if n >= SMALL_CLASS]
    return Sums(tuple(lines), shares, {("population_class", name, column): SMALL_CLASS
                                       for name in named for column in ("Leerlingen", TOTAL)})


def _plan_status(plan: PlanFact, reference: date) -> str:
    if plan.evaluation_date > reference:
        return "Evaluatie gepland"
    if plan.evaluated_on is None or plan.evaluated_on > reference:
        return "Evaluatie achterstallig"
    return "Op tijd geëvalueerd" if plan.evaluated_on <= plan.evaluation_date else "Te laat geëvalueerd"


PLAN_STATUSES = ("Op tijd geëvalueerd", "Te laat geëvalueerd", "Evaluatie achterstallig", "Evaluatie gepland")


def count_tables(facts: SchoolFacts, k: int = MIN_THRESHOLD) -> tuple[list[CountTable], tuple[str, ...]]:
    """Every count table of the foto, exact (before disclosure control); the same at every
    threshold ``k`` (kept for callers that pass it)."""
    tables, dropped = _population_tables(facts)
    running = facts.trajectories
    steps = _labels(HgwStep) + ([NO_CYCLE] if any(t.step is None for t in running) else [])
    phases = _labels(Phase)
    tables.append(_cross(
        "phase_step", "Lopende trajecten per fase en HGW-stap", 2, "Fase", phases, steps,
        ((t.phase.label, t.step.label if t.step else NO_CYCLE) for t in running),
    ))
    tables.append(_cross(
        "phase_kind", "Lopende trajecten per fase: leerling of groep", 2, "Fase", phases,
        ("Leerling", "Groep"), ((t.phase.label, "Groep" if t.for_group else "Leerling") for t in running),
    ))
    themes = _ordered((t.sub_theme_label or NO_SUB_THEME for t in running), last=NO_SUB_THEME)
    tables.append(_cross(
        "domain_theme", "Lopende trajecten per subthema en domein", 3, "Subthema", themes,
        _labels(CareDomain), ((t.sub_theme_label or NO_SUB_THEME, t.domain.label) for t in running),
        merge_rare=True,
    ))
    plan_types = _labels(PlanType)
    tables.append(_cross(
        "measures", "Maatregelen in gebruik per categorie (STICORDI)", 4, "Categorie",
        _labels(MeasureCategory), plan_types,
        ((m.label, p.plan_type.label) for p in facts.plans for m in p.measures),
    ))
    tables.append(_cross(
        "plans", "Plannen dit schooljaar en hun evaluatie", 4, "Soort plan", plan_types,
        PLAN_STATUSES, ((p.plan_type.label, _plan_status(p, facts.reference_date)) for p in facts.plans),
    ))
    results = [*_labels(GoalResult), "Nog niet geëvalueerd"]
    tables.append(_cross(
        "goals", "Doelen en hun resultaat", 4, "Soort plan", plan_types, results,
        ((p.plan_type.label, r.label if r else results[-1]) for p in facts.plans for r in p.goal_results),
    ))
    support = [_theme_label(t) for t in facts.support_themes]
    tables.append(_cross(
        "support_themes", "Ondersteuningsbehoeften van leraren en team, per thema", 5, "Thema",
        _ordered(support, last=NO_THEME), ("Aantal",), ((t, "Aantal") for t in support), merge_rare=True,
    ))
    tables.append(_cross(
        "clb_requests", "CLB-aanvragen per status", 6, "Status", _labels(RequestStatus), ("Aanvragen",),
        ((r.status.label, "Aanvragen") for r in facts.clb_requests),
    ))
    tables.append(_cross(
        "clb_diagnostics", "Lopende diagnostische trajecten per fase", 6, "Fase van het traject",
        [*_labels(DiagnosticPhase), NO_PHASE], ("Trajecten",),
        ((r.diagnostic_phase.label if r.diagnostic_phase else NO_PHASE, "Trajecten")
         for r in facts.clb_requests if r.status is RequestStatus.LOPEND),
    ))
    tables.append(_cross(
        "verslagen", "Verslagen per type en status", 6, "Type verslag", _labels(VerslagType),
        _labels(VerslagStatus), ((t.label, s.label) for t, s in facts.verslagen), merge_rare=True,
    ))
    tables.append(_cross(
        "leersteun", "Leersteun per soort en status", 7, "Soort leersteun", _labels(LeersteunKind),
        _labels(LeersteunStatus), ((r.kind.label, r.status.label) for r in facts.leersteun),
    ))
    return tables, dropped


# Tables whose counts run on over 1 September: running trajectories, open CLB requests and
# leersteun, verslagen, and teachers' needs recorded without a date. What the exports of the
# school year before (or after) published about them binds the year's exports as well
# (``services.foto_history``): a June foto beside a September one must not tell what each hides.
CARRIED_OVER = ("phase_step", "phase_kind", "domain_theme", "support_themes", "clb_requests",
                "clb_diagnostics", "verslagen", "leersteun")

# Figures that two tables both print (see protect_tables).
SHARED_FIGURES: tuple[Link, ...] = (
    *((("phase_step", p.label, TOTAL), ("phase_kind", p.label, TOTAL)) for p in Phase),
    (("phase_step", TOTAL, TOTAL), ("phase_kind", TOTAL, TOTAL)),
    (("phase_step", TOTAL, TOTAL), ("domain_theme", TOTAL, TOTAL)),
    (("population_grade", TOTAL, TOTAL), ("population_class", TOTAL, TOTAL)),
    ((("clb_requests", RequestStatus.LOPEND.label, "Aanvragen"), ("clb_diagnostics", TOTAL, TOTAL))),
)


def _theme_label(theme: str) -> str:
    cleaned = " ".join(theme.split())
    return cleaned[:1].upper() + cleaned[1:] if cleaned else NO_THEME


def _waits(requests: Iterable[ClbFact | LeersteunFact], reference: date, started: bool) -> list[int]:
    return [
        max(0, ((r.started_on if started else reference) - r.requested_on).days)
        for r in requests
        if (r.started_on is not None and r.started_on <= reference) == started
        and r.requested_on <= reference
    ]


# The published entries whose counts hold each median's cases ("still waiting for leersteun"
# are exactly the leersteun table's Aangevraagd column). A median is shown only when they are
# all visible: else "shown" would tell that a hidden cell holds 5 or more. Hidden entries stay
# hidden for the rest of the school year (``reports.history``), so such a median does too.
MEDIAN_CASES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "clb_wait_started": (("clb_requests", RequestStatus.LOPEND.label, "Aanvragen"),
                         ("clb_requests", RequestStatus.AFGESLOTEN.label, "Aanvragen")),
    "clb_wait_open": (("clb_requests", RequestStatus.AANGEVRAAGD.label, "Aanvragen"),
                      ("clb_requests", RequestStatus.LOPEND.label, "Aanvragen")),
    "lsc_wait_started": tuple(("leersteun", TOTAL, s.label) for s in (
        LeersteunStatus.LOPEND, LeersteunStatus.ON_HOLD, LeersteunStatus.AFGESLOTEN)),
    "lsc_wait_open": (("leersteun", TOTAL, LeersteunStatus.AANGEVRAAGD.label),),
}


def statistics(facts: SchoolFacts, k: int = MIN_THRESHOLD,
               tables: Iterable[ProtectedTable] = ()) -> list[Statistic]:
    """Median waiting times, each hidden when it rests on fewer than 5 requests or when an
    entry of ``tables`` (the foto's protected tables) that counts its cases is hidden.

    At every threshold 5 cases: a median shown at 5 and hidden at 7 would tell that it rests
    on 5 or 6 requests, and that number is (nearly) a cell of the requests table. A higher
    threshold hides a median only with the cells it counts.
    """
    k = MIN_THRESHOLD
    reference = facts.reference_date
    waiting_clb = [r for r in facts.clb_requests if r.status is not RequestStatus.AFGESLOTEN]
    waiting_lsc = [r for r in facts.leersteun if r.status is not LeersteunStatus.AFGESLOTEN]
    medians = [
        protect_median("clb_wait_started", "CLB: mediane wachttijd tot de start", _waits(
            facts.clb_requests, reference, started=True), k, 6),
        protect_median("clb_wait_open", "CLB: mediane wachttijd van wie nog wacht", _waits(
            waiting_clb, reference, started=False), k, 6),
        protect_median("lsc_wait_started", "Leersteun: mediane wachttijd tot de start", _waits(
            facts.leersteun, reference, started=True), k, 7),
        protect_median("lsc_wait_open", "Leersteun: mediane wachttijd van wie nog wacht", _waits(
            waiting_lsc, reference, started=False), k, 7),
    ]
    hidden = {(t.key, (*t.rows, TOTAL)[r], (*t.columns, TOTAL)[c])
              for t in tables for r, line in enumerate(t.grid) for c, cell in enumerate(line) if cell.hidden}
    return [replace(s, value=None, basis=None, reason=hidden_statistic(k))
            if s.value is not None and hidden.intersection(MEDIAN_CASES[s.key]) else s for s in medians]


def screened_agreements(agreements: Iterable[Agreement], names: frozenset[str]) -> tuple[Agreement, ...]:
    """Agreements whose text names a pupil are replaced by a notice, never printed."""
    return tuple(
        Agreement(WITHHELD, a.owner_role, a.due_on, a.done) if names_in(a.description, names) else a
        for a in agreements
    )


def build_schoolfoto(facts: SchoolFacts, k: int = 5, history: ExportHistory | None = None) -> SchoolFoto:
    """The published schoolfoto: tables after disclosure control, with its disclosure report.

    ``history``: what earlier exports of the school year published (see ``reports.history``).
    """
    check_threshold(k)
    raw, dropped = count_tables(facts)
    extra = {}
    if k > MIN_THRESHOLD:
        hidden_classes = [name for _, name, n in facts.classes if SMALL_CLASS <= n < 2 * k]
        extra["population_class"] = {(name, TOTAL) for name in hidden_classes} | {
            (name, "Leerlingen") for name in hidden_classes}
        if hidden_classes:
            dropped += (f"{len(hidden_classes)} klas(sen) met minder dan {2 * k} leerlingen verborgen",)
        raw = [replace(t, note=f"{t.note} Bij drempel {k} is een klas met minder dan {2 * k} leerlingen "
                               "verborgen (‘x’).") if t.key == "population_class" else t for t in raw]
    tables = protect_tables(raw, k, SHARED_FIGURES, history, extra, population_sums(facts))
    stats = statistics(facts, tables=tables)
    agreements = screened_agreements(facts.agreements, facts.pupil_names)
    withheld = sum(1 for a in agreements if a.description == WITHHELD)
    notes = (f"{withheld} afspraak/afspraken niet getoond omdat de tekst een leerlingnaam kan bevatten.",) \
        if withheld else ()
    return SchoolFoto(
        kind="schoolfoto", school=facts.school, school_year=facts.school_year,
        reference_date=facts.reference_date, threshold=k, tables=tuple(tables),
        statistics=tuple(stats), agreements=agreements, last_micro_on=facts.last_micro_on,
        points=facts.points, disclosure=disclosure_report(k, tables, stats, dropped, notes),
    )
