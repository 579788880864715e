"""The printed pupil plan: what of a cycle's plan may go on paper for a talk with parents.

The plan is printed with the pupil's name (that is its purpose), but nothing marked
vertrouwelijk: a confidential goal or measure is left out whole, and a confidential plan
loses its beginsituatie and aanpak. The views of the parents and of the pupil are printed
unless vertrouwelijk. The report only learns *that* something was left out.
"""

from __future__ import annotations

from datetime import date

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import ViewHolder
from go_hgw_desktop.domain.pupil import Pupil
from go_hgw_desktop.domain.trajectory import Cycle
from go_hgw_desktop.errors import UserError
from go_hgw_desktop.reports.pupil_plan import PrintedGoal, PrintedMeasure, PupilPlanContent
from go_hgw_desktop.services import records
from go_hgw_desktop.services.pupils import class_in
from go_hgw_desktop.services.school import school_in
from go_hgw_desktop.services.staff import staff_names_in
from go_hgw_desktop.services.trajectories import _cycle_detail, _load_trajectory
from go_hgw_desktop.storage.store import Store


class PlanNotPrintable(UserError):
    """This cycle has nothing to print as a pupil plan."""


def printable_plan(store: Store, cycle_id: int, today: date | None = None) -> PupilPlanContent:
    """The printable content of the plan of one cycle of a pupil's trajectory.

    Vertrouwelijke goals and measures are left out, as are the beginsituatie and aanpak of
    a vertrouwelijk plan; ``withheld`` says that something was. Raises
    :class:`PlanNotPrintable` when the cycle has no plan or belongs to a group.
    """
    today = today or date.today()
    with store.transaction() as session:
        cycle = records.load(session, Cycle, cycle_id)
        trajectory = _load_trajectory(session, cycle.trajectory_id)
        if trajectory.pupil_id is None:
            raise PlanNotPrintable(
                "Alleen het plan van één leerling kan als handelingsplan afgedrukt worden.",
                "Een groepsplan print je (nog) niet vanuit dit scherm.",
            )
        detail = _cycle_detail(session, cycle)
        plan = detail.plan
        if plan is None:
            raise PlanNotPrintable(
                "Deze cyclus heeft nog geen plan om af te drukken.",
                "Schrijf eerst het plan bij stap 3 · Organiseren (knop ‘Plan schrijven…’).",
            )
        pupil = records.load(session, Pupil, trajectory.pupil_id)
        year = SchoolYear.containing(plan.start_date)
        group = class_in(session, pupil.id, year)
        if group is None:  # a plan written in August for the coming school year
            later = SchoolYear.containing(plan.evaluation_date)
            if (group := class_in(session, pupil.id, later)) is not None:
                year = later
        names = staff_names_in(session)
        views = {v.holder: v.text for v in detail.views if not v.confidential}
        goals = [g for g in detail.goals if not g.confidential]
        measures = [m for m in detail.measures if not m.confidential]
        withheld = (
            len(goals) < len(detail.goals) or len(measures) < len(detail.measures)
            or (plan.confidential and bool(plan.starting_situation.strip() or plan.approach.strip()))
            or len(views) < len(detail.views)
        )
        school = school_in(session)
        return PupilPlanContent(
            pupil_name=pupil.full_name,
            class_name=group.name if group else "",
            school_name=school.name,
            school_year=year.label,
            trajectory_title=trajectory.title,
            domain=trajectory.domain,
            sub_theme=trajectory.sub_theme,
            phase=trajectory.phase_on(cycle.closed_on or today) or trajectory.current_phase,
            responsible_role=trajectory.responsible_role,
            cycle_number=cycle.number,
            cycle_closed_on=cycle.closed_on,
            plan_type=plan.plan_type,
            start_date=plan.start_date,
            end_date=plan.end_date,
            evaluation_date=plan.evaluation_date,
            printed_on=today,
            starting_situation="" if plan.confidential else plan.starting_situation,
            approach="" if plan.confidential else plan.approach,
            goals=tuple(
                PrintedGoal(description=g.description, criterion=g.criterion, deadline=g.deadline,
                            result=g.result, evaluated_on=g.evaluated_on,
                            evaluation_note=g.evaluation_note)
                for g in goals
            ),
            measures=tuple(
                PrintedMeasure(category=m.category, description=m.description,
                               responsible_role=m.responsible_role, frequency=m.frequency,
                               responsible_name=names.get(m.responsible_staff_id, ""))
                for m in measures
            ),
            parents_view=views.get(ViewHolder.OUDERS, ""),
            pupil_view=views.get(ViewHolder.LEERLING, ""),
            discussed_with_parents_on=plan.discussed_with_parents_on,
            signatures=school.plan_signatures,
            withheld=withheld,
        )


def plan_owner(store: Store, cycle_id: int) -> int | None:
    """The pupil whose cycle this is (None for a group's)."""
    with store.transaction() as session:
        return _load_trajectory(session, records.load(session, Cycle, cycle_id).trajectory_id).pupil_id
