"""``go-hgw school``: show and set the school's details, the staff list and the klasleraars."""

from __future__ import annotations

from go_hgw_desktop.domain.calendar import SchoolYear
from go_hgw_desktop.domain.choices import Role
from go_hgw_desktop.domain.school import ClassGroup
from go_hgw_desktop.services import school, staff
from go_hgw_desktop.services.workspace import open_workspace


def _school_with_classes(data_dir, key_store, *names: str) -> SchoolYear:
    store = open_workspace(data_dir, key_store, school_name="GO! Basisschool Ödül").store
    year = school.current_school_year(store)
    for name in names:
        school.save_group(store, ClassGroup(name=name, school_year=year))
    store.close()
    return year


def _details(data_dir, key_store, year):
    store = open_workspace(data_dir, key_store).store
    try:
        return staff.school_details(store, year)
    finally:
        store.close()


def test_show_set_and_show_again(cli, data_dir, key_store):
    year = _school_with_classes(data_dir, key_store, "3A", "3B")
    code, out, _ = cli("school")
    assert code == 0
    assert "School:            GO! Basisschool Ödül" in out
    assert "Instellingsnummer: –" in out and "Personeel: nog niemand" in out
    assert f"Klasleraars in {year}:" in out and "3A  –" in out

    code, out, err = cli("school", "--instellingsnummer", "012.345",
                         "--scholengroep", "GO! Scholengroep Stroom", "--clb", "GO! CLB Gent",
                         "--leersteuncentrum", "LSC Oost-Vlaanderen",
                         "--add-staff", "An Peeters", "--add-staff", "Ömer Öztürk", "--role", "klasleraar",
                         "--klasleraar", "3a=An Peeters", "--klasleraar", "3B=omer ozturk")
    assert code == 0, err
    assert "Gewijzigd: instellingsnummer, scholengroep, CLB, leersteuncentrum." in out
    assert "Toegevoegd: An Peeters (klasleraar)." in out
    assert "Klasleraar van 3B: Ömer Öztürk." in out
    assert "Instellingsnummer: 012345" in out
    details = _details(data_dir, key_store, year)
    assert details.school.clb == "GO! CLB Gent"
    assert [(t.class_name, details.staff_name(t.staff_id)) for t in details.class_teachers] == [
        ("3A", "An Peeters"), ("3B", "Ömer Öztürk")]

    code, out, _ = cli("school", "--remove-staff", "ömer öztürk", "--add-staff", "An Peeters", "--role",
                       "Zorgleraar", "--klasleraar", "3A=")
    assert code == 0
    assert "An Peeters: rol gewijzigd van klasleraar naar zorgleraar." in out
    assert "Verwijderd uit de personeelslijst: Ömer Öztürk. Geen klasleraar meer voor 3B" in out
    assert "3A heeft geen klasleraar meer." in out
    details = _details(data_dir, key_store, year)
    assert [(s.name, s.role) for s in details.staff] == [("An Peeters", Role.ZORGLERAAR)]
    assert all(t.staff_id is None for t in details.class_teachers)


def test_wrong_arguments_are_usage_errors_before_the_store_opens(cli, data_dir, key_store):
    _school_with_classes(data_dir, key_store, "1A")
    for args, said in (
        (("--add-staff", "Jan"), "Geef de rol"),
        (("--role", "klasleraar"), "--role hoort bij --add-staff"),
        (("--add-staff", "Mevrouw Claes", "--role", "ouders"), "geen rol voor de personeelslijst"),
        (("--klasleraar", "1A"), "schrijf --klasleraar KLAS=NAAM"),
        (("--klasleraar", "1A=Jan", "--school-year", "2026"), "schooljaar"),
    ):
        code, out, err = cli("school", *args)
        assert code == 2, (args, err)
        assert said in err and "Traceback" not in err and out == ""


def test_a_refused_change_saves_nothing(cli, data_dir, key_store):
    year = _school_with_classes(data_dir, key_store, "1A")
    code, _out, err = cli("school", "--clb", "GO! CLB Brugge", "--add-staff", "Els Maes",
                          "--role", "zorgleraar", "--klasleraar", "2C=Els Maes")
    assert code == 1
    assert "Klas ‘2C’ bestaat niet" in err and "1A" in err
    code, _out, err = cli("school", "--klasleraar", "1A=Niemand")
    assert code == 1 and "‘Niemand’ staat niet in de personeelslijst" in err
    code, _out, err = cli("school", "--instellingsnummer", "12-AB")
    assert code == 1 and "uit 6 cijfers" in err
    details = _details(data_dir, key_store, year)
    assert (details.school.clb, details.school.institution_number, details.staff) == ("", "", [])


def test_no_store_in_the_folder_is_said(cli):
    code, _out, err = cli("school")
    assert code == 3 and "Fout:" in err
