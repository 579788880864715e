"""The demo school holds vertrouwelijke items whose texts stand nowhere else without the mark,
so every document made of it can be read back for them (issue 15, item 6)."""

from __future__ import annotations

from conftest import TODAY
from pypdf import PdfReader
from sqlalchemy import select

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.services import consultations, exports, klasfiche, school, schoolfoto
from go_hgw_desktop.services.demo import SECRET_TEXTS
from go_hgw_desktop.storage import models as m


def _text(path) -> str:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        return "\n".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True)
                         for cell in row if cell is not None)
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_the_demo_schools_secrets_are_marked_and_in_no_document(demo_store, tmp_path):
    store = demo_store
    with store.transaction() as session:
        marked = {
            "need": session.scalars(select(m.EducationalNeedRecord.confidential)
                                    .where(m.EducationalNeedRecord.text == SECRET_TEXTS["need"])).all(),
            "goal": session.scalars(select(m.GoalRecord.confidential)
                                    .where(m.GoalRecord.description == SECRET_TEXTS["goal"])).all(),
            "measure": session.scalars(select(m.MeasureRecord.confidential)
                                       .where(m.MeasureRecord.description == SECRET_TEXTS["measure"])).all(),
            "note": session.scalars(select(m.FollowUpNoteRecord.confidential)
                                    .where(m.FollowUpNoteRecord.text == SECRET_TEXTS["note"])).all(),
            "decisions": session.scalars(
                select(m.ConsultationRecord.decisions_confidential)
                .where(m.ConsultationRecord.decisions == SECRET_TEXTS["decisions"])).all(),
        }
    assert all(flags and all(flags) for flags in marked.values()), marked  # present, and always marked

    year = SchoolYear.containing(TODAY)
    groups = school.list_groups(store, year)
    made = []
    book = klasfiche.build_klasfiches(store, year, today=TODAY)
    exports.klasfiche(store, book, tmp_path / "klasfiche.pdf", tmp_path / "klasfiche.xlsx")
    made += [tmp_path / "klasfiche.pdf", tmp_path / "klasfiche.xlsx"]
    for group in groups:
        for name, write in (("groepsplan", exports.groepsplan_pdf), ("bespreking", exports.bespreking_pdf),
                            ("overdracht", exports.overdracht_pdf)):
            path = tmp_path / f"{name}-{group.name}.pdf"
            write(store, group.id, path, TODAY)
            made.append(path)
    for consultation in consultations.list_consultations(store):
        path = tmp_path / f"verslag-{consultation.id}.pdf"
        exports.verslag_pdf(store, consultation.id, path, TODAY)
        made.append(path)
    path = tmp_path / "schoolfoto.pdf"
    exports.schoolfoto_pdf(store, schoolfoto.schoolfoto(store, year, TODAY), path, TODAY)
    made.append(path)

    for path in made:
        text = " ".join(_text(path).split())
        for kind, secret in SECRET_TEXTS.items():
            assert secret not in text, (path.name, kind)
