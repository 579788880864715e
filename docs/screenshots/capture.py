"""Capture the README's screenshots from the fictional demo school.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/capture.py

Builds a demo school in a temporary directory (never your own data), opens each main
screen and saves it as PNG next to this script.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from go_hgw_desktop.domain.choices import HgwStep, Phase
from go_hgw_desktop.reports.foto_pdf import write_foto_pdf
from go_hgw_desktop.services.demo import fill_demo
from go_hgw_desktop.services.workspace import MemoryKeyStore, open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers.interaction import Interaction
from go_hgw_desktop.ui.views.schoolfoto_page import TABLE_ROLE

OUT = Path(__file__).resolve().parent
TODAY = date(2026, 11, 25)
SIZE = (1280, 800)


def _foto_pages(foto) -> None:
    """The demo school's printed foto, its first pages as PNG for the README (needs pdftoppm)."""
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found (Debian: poppler-utils); foto pages not rendered")
        return
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "schoolfoto.pdf"
        write_foto_pdf(foto, pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "4", str(pdf),
                        str(OUT / "schoolfoto-pagina")], check=True)
    print("saved schoolfoto-pagina-*")


def _import_preview(main, tmp: Path, shot) -> None:
    """The import wizard's preview for next year's class list of the demo school."""
    from go_hgw_desktop.ui.controllers.import_controller import ImportController
    from go_hgw_desktop.ui.views.import_dialog import ImportDialog

    rows = main.pupils.model.visible_rows()
    lines = ["Klaslijst schooljaar 2027-2028", "", "Naam;Voornaam;Klas;Geboortedatum;Adres"]
    for r in rows[:60]:
        grade = r.class_name[:-1]
        moved = "K3" if grade == "K2" else str(int(grade) + 1) if grade.isdigit() else grade
        klass = moved + r.class_name[-1]
        if grade != "6":
            lines.append(f"{r.last_name};{r.first_name};{klass};01/01/{r.birth_year};Dorpsstraat 1")
    lines += ["Ilunga;Grâce;K1A;14/05/2024;Kerkstraat 2", "Ó Briain;Aoife;K1A;31/02/2024;",
              "Totaal: 60 leerlingen;;;;"]
    source = tmp / "klaslijst-2027-2028.csv"
    source.write_text("\n".join(lines), encoding="utf-8-sig")
    dialog = ImportDialog(main.window)
    dialog.resize(900, 620)
    year = main.year.next()
    controller = ImportController(dialog, main.store, [year, main.year], year,
                                  Interaction(today=lambda: TODAY, open_paths=lambda *_: [source]))
    dialog.show()
    controller.choose_file()
    controller.next()
    shot(dialog, "import-kolommen")
    controller.next()
    shot(dialog, "import-voorbeeld")
    dialog.close()


def _new_year(data_dir: Path, keys, shot) -> None:
    """The Overzicht on 2 September 2027 once the new year is started and its lists are in."""
    from go_hgw_desktop.domain.calendar import SchoolYear
    from go_hgw_desktop.services import class_import, new_year, pupils

    today, year = date(2027, 9, 2), SchoolYear(2027)
    store = open_workspace(data_dir, keys).store
    lines = ["Naam;Voornaam;Klas;Geboortejaar"]
    for r in pupils.list_pupils(store, SchoolYear(2026), TODAY):
        grade = r.class_name[:-1]
        if r.has_left or not grade or grade == "6" or r.code.endswith(("2", "7")):  # leavers
            continue
        moved = "K3" if grade == "K2" else "1" if grade == "K3" else (
            f"K{int(grade[1]) + 1}" if grade.startswith("K") else str(int(grade) + 1))
        lines.append(f"{r.last_name};{r.first_name};{moved}{r.class_name[-1]};{r.birth_year}")
    source = data_dir.parent / "klaslijst-nieuw-schooljaar.csv"
    source.write_text("\n".join(lines), encoding="utf-8")
    new_year.start_year(store, year, today)
    read = class_import.read_class_list(store, source)
    preview = class_import.preview_import(store, read.table, read.mapping, year, today)
    class_import.apply_import(store, preview, skip_unclear=True, today=today)  # a namesake or two
    store.close()
    window, main = build_main_window(data_dir, lambda: keys, interaction=Interaction(today=lambda: today))
    window.resize(*SIZE)
    window.show()
    shot(window, "nieuw-schooljaar")
    main.close_store()
    window.close()


def main() -> int:
    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        keys = MemoryKeyStore()
        opened = open_workspace(Path(tmp), keys)
        fill_demo(opened.store, pupils=400, seed=2026, today=TODAY)
        opened.store.close()
        window, main = build_main_window(Path(tmp), lambda: keys,
                                         interaction=Interaction(today=lambda: TODAY))
        window.resize(*SIZE)
        window.show()

        def shot(widget, name: str) -> None:
            app.processEvents()
            widget.grab().save(str(OUT / f"{name}.png"))
            print("saved", name)

        shot(window, "overzicht")
        main.show_section(1)
        shot(window, "leerlingen")
        _import_preview(main, Path(tmp), shot)
        rows = main.pupils.model.visible_rows()
        pupil = next(r for r in rows if r.highest_phase is Phase.UITBREIDING_VAN_ZORG)
        file = main.open_pupil(pupil.id)
        file.view.resize(*SIZE)
        for step, name in ((HgwStep.WAARNEMEN, "dossier-waarnemen"), (HgwStep.BEGRIJPEN, "dossier-begrijpen"),
                           (HgwStep.ORGANISEREN, "dossier-organiseren"),
                           (HgwStep.REALISEREN, "dossier-realiseren"), ("partners", "dossier-fasen")):
            file.trajectory.show_page(step)
            shot(file.view, name)
        file.close()
        main.show_section(2)
        shot(window, "groepen")
        main.groups.page.ui.groupTabs.setCurrentIndex(1)
        shot(window, "groepsplan")
        main.show_section(3)
        shot(window, "overleg")
        main.show_section(4)
        foto = main.schoolfoto
        foto.page.ui.pointsEdit.setPlainText("Veel vragen rond taalondersteuning in de kleuterklassen.")
        foto.save_points()
        list_widget = foto.page.ui.tableList
        list_widget.setCurrentRow(next(i for i in range(list_widget.count())
                                       if list_widget.item(i).data(TABLE_ROLE) == "phase_step"))
        shot(window, "schoolfoto")
        _foto_pages(foto.foto)
        main.show_section(5)
        shot(window, "privacy")
        main.lock()
        shot(window, "vergrendeld")
        window.close()
        _new_year(Path(tmp), keys, shot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
