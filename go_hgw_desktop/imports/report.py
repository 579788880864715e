"""The preview of an import in Dutch words, the same for the wizard and the command line."""

from __future__ import annotations

from dataclasses import dataclass

from go_hgw_desktop.imports.plan import ImportPlan


@dataclass(frozen=True)
class Section:
    key: str  # new, changes, leavers, duplicates, ambiguous, problems
    title: str
    entries: tuple[str, ...]
    needs_decision: bool = False  # rows that are only skipped when the user says so


def sections(plan: ImportPlan) -> list[Section]:
    """The preview's groups of rows, each entry naming its row number and why."""
    found = [
        Section("new", "Nieuwe leerlingen", tuple(
            f"rij {line.row}: {line.name}, klas {line.class_name}, geboortejaar {line.birth_year}"
            for line in plan.new)),
        Section("changes", "Andere klas of aangepaste gegevens", tuple(
            f"rij {c.line.row}: {c.pupil.name}: {c.describe()}" for c in plan.changes)),
        Section("leavers", "Niet meer in de lijst (vertrokken?)", tuple(p.describe() for p in plan.leavers)),
        Section("duplicates", "Dubbel in de lijst", tuple(
            f"rij {u.row}: {u.name} {u.reason}" for u in plan.duplicates), True),
        Section("ambiguous", "Niet eenduidig te koppelen", tuple(
            f"rij {u.row}: {u.name} {u.reason}" for u in plan.ambiguous), True),
        Section("problems", "Rijen met fouten", tuple(
            f"rij {p.row}" + (f" ({p.name})" if p.name else "") + f": {p.reason}" for p in plan.errors),
            True),
        Section("skipped", "Overgeslagen: geen leerling", tuple(
            f"rij {p.row}: {p.reason}" for p in plan.not_pupils)),
    ]
    return [section for section in found if section.entries]


def summary(plan: ImportPlan) -> str:
    parts = [f"{len(plan.new)} nieuw", f"{len(plan.changes)} gewijzigd", f"{plan.unchanged} ongewijzigd"]
    if plan.leavers:
        parts.append(f"{len(plan.leavers)} niet meer in de lijst")
    if plan.rows_not_imported:
        parts.append(f"{plan.rows_not_imported} niet in te lezen")
    text = f"Schooljaar {plan.school_year}: " + ", ".join(parts) + "."
    if not plan.writes_anything and not plan.leavers and not plan.rows_not_imported:
        text += " Niets te veranderen: alles staat er al zo in."
    return text


def notes(plan: ImportPlan, dropped_columns: list[str], keeps_birth_year_only: bool,
          similar_sheets: tuple[str, ...] = ()) -> list[str]:
    """What the import does beside the rows: classes it creates, what it leaves out."""
    found = []
    if similar_sheets:
        found.append(f"Nog {len(similar_sheets)} blad(en) met dezelfde kolommen ("
                     + ", ".join(similar_sheets[:6]) + (" …" if len(similar_sheets) > 6 else "")
                     + ") worden niet ingelezen: importeer ze één voor één, of zet alle klassen op één blad.")
    if plan.untouched:
        found.append("Klassen die niet in de lijst staan (" + ", ".join(plan.untouched[:8])
                     + (" …" if len(plan.untouched) > 8 else "")
                     + "): hun leerlingen blijven zoals ze zijn, niemand van hen telt als vertrokken.")
    if plan.new_classes:
        found.append("Nieuwe klassen in " + str(plan.school_year) + ": " + ", ".join(plan.new_classes) + ".")
    if keeps_birth_year_only:
        found.append("Van de geboortedatum wordt alleen het geboortejaar bewaard.")
    if dropped_columns:
        found.append("Niet ingelezen (worden nergens bewaard): " + ", ".join(dropped_columns) + ".")
    if plan.skipped_duplicates:
        found.append(f"{plan.skipped_duplicates} rij(en) stonden er twee keer precies hetzelfde in; "
                     "ze tellen één keer.")
    return found
