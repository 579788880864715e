"""Screening that cannot be dodged: names, pupil codes and vertrouwelijk texts are found
however they are typed (capitals, accents, zero-width spaces, soft hyphens, Cyrillic
look-alikes), a vertrouwelijk text by any six consecutive words, and every way out of the
store (command line, export service, the frozen foto of a MICRO-overleg) refuses alike."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY
from test_services import YEAR, add_group, add_plan, add_pupil, current_cycle, open_for

from go_hgw_desktop.domain import screening
from go_hgw_desktop.domain.choices import ConsultationType, MeasureCategory, ObservationSource, Role
from go_hgw_desktop.domain.consultation import ActionItem, Consultation, Participant
from go_hgw_desktop.domain.cycle_items import Observation
from go_hgw_desktop.domain.plan import Measure
from go_hgw_desktop.domain.pupil import CODE_PATTERN
from go_hgw_desktop.reports.schoolfoto import WITHHELD
from go_hgw_desktop.services import consultations, exports, schoolfoto, trajectories
from go_hgw_desktop.services.exports import ConfidentialInExport
from go_hgw_desktop.services.schoolfoto import PupilNamedError

ZWSP, SHY, ZWJ = "\u200b", "\u00ad", "\u200d"
CYRILLIC = str.maketrans("aeopcxyAEOPCXHKMT", "аеорсхуАЕОРСХНКМТ")  # Latin → Cyrillic look-alikes

SECRET = ("Moeder vertelde in vertrouwen dat vader sinds de zomer opgenomen is in de psychiatrie "
          "en dat de kinderen bij oma wonen.")
ONE_SENTENCE = "vader sinds de zomer opgenomen is"  # six consecutive words of it


def test_the_skeleton_ignores_case_accents_invisible_and_look_alike_letters():
    plain = screening.words("Peeters Şahin Łukasz Janssens")
    assert plain == ["peeters", "sahin", "lukasz", "janssens"]
    for dodged in (
        "PEETERS ŞAHİN ŁUKASZ JANSSENS",                                  # capitals (and Turkish İ)
        f"Pe{ZWSP}eters Şa{SHY}hin Łu{ZWJ}kasz Jans\u2060sens",             # invisible characters
        "Peeters Şahin Łukasz Janssens".translate(CYRILLIC),              # Cyrillic look-alikes
        "Ｐｅｅｔｅｒｓ Sahin Lukasz J.a.n.s.s.e.n.s",                         # full width, spelled out
        "Pe\u0435ters S\u0430hin \u0141ukasz Jan\u0455sens",               # mixed
    ):
        assert screening.words(dodged) == plain, dodged


def test_names_and_codes_are_found_however_typed():
    names = {"Peeters", "Nguyễn", "Li", "Zoë"}
    text = f"Gesprek met {('P' + ZWSP + 'EETERS').translate(CYRILLIC)} en n{SHY}guyen; ook LI komt."
    # "Li" is short, but not an ordinary word: found too (see the short-name test below).
    assert screening.names_in(text, names) == ["Li", "Nguyễn", "Peeters"]
    assert screening.names_in("De peterselie groeit", names) == []
    codes = {"LL-7K3Q9M", "LL-ABCDEF"}
    assert screening.codes_in("zie ll-7k3q9m", codes) == ["LL-7K3Q9M"]
    assert screening.codes_in(f"code 7K3{ZWSP}Q9M uit de lijst", codes) == ["LL-7K3Q9M"]
    assert screening.codes_in("LL-7K3Q9 is geen code", codes) == []


def test_any_six_consecutive_words_of_a_secret_are_caught():
    secrets = screening.Secrets()
    secrets.add(SECRET)
    assert secrets.found_in(f"Punt: {ONE_SENTENCE.upper()}.")
    assert secrets.found_in(f"punt: {ONE_SENTENCE.replace(' ', ' ' + ZWSP)}".translate(CYRILLIC))
    assert not secrets.found_in("vader sinds de zomer opgenomen")  # five words: too little to tell
    secrets.clear("Iets anders: vader sinds de zomer opgenomen is, zegt de kinderarts.")
    assert not secrets.found_in(ONE_SENTENCE)  # an item not marked vertrouwelijk says it too
    assert secrets.found_in("Zij zegt dat de kinderen bij oma wonen.")


def _confidential_observation(store, text: str) -> None:
    pupil = add_pupil(store, group=add_group(store))
    cycle = current_cycle(store, open_for(store, pupil_id=pupil.id).id)
    trajectories.save_cycle_item(store, Observation(
        cycle_id=cycle.id, observed_on=date(2026, 9, 10), source=ObservationSource.GESPREK_OUDERS,
        text=text, confidential=True))


@pytest.mark.parametrize("points", [
    f"Punt voor het overleg: {ONE_SENTENCE}.",
    f"PUNT: {ONE_SENTENCE.upper()}!",
    f"Punt: {ONE_SENTENCE.replace('de', 'd' + SHY + 'e').translate(CYRILLIC)}",
])
def test_one_sentence_of_a_vertrouwelijk_text_in_the_points_is_refused(store, tmp_path, points):
    _confidential_observation(store, SECRET)
    schoolfoto.save_foto_points(store, YEAR, points)
    foto = schoolfoto.schoolfoto(store, YEAR, TODAY)
    for write, name in ((exports.schoolfoto_pdf, "f.pdf"), (exports.schoolfoto_data, "f.json")):
        with pytest.raises(ConfidentialInExport) as refused:
            write(store, foto, tmp_path / name)
        assert "vader sinds de zomer" in refused.value.hint  # says which words to rewrite
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".json")]


def test_string_columns_of_a_vertrouwelijk_item_are_screened_too(store, tmp_path):
    pupil = add_pupil(store, group=add_group(store))
    cycle = current_cycle(store, open_for(store, pupil_id=pupil.id).id)
    plan = add_plan(store, cycle.id, date(2026, 12, 1))
    trajectories.save_plan_item(store, Measure(
        plan_id=plan.id, category=MeasureCategory.COMPENSEREN, description="Extra tijd",
        responsible_role=Role.KLASLERAAR, frequency="elke dinsdag na het bezoek aan de therapeut",
        confidential=True))
    schoolfoto.save_foto_points(store, YEAR, "Afspraak: elke dinsdag na het bezoek aan de therapeut.")
    with pytest.raises(ConfidentialInExport):
        exports.schoolfoto_data(store, schoolfoto.schoolfoto(store, YEAR, TODAY), tmp_path / "f.json")


def _named_points(store) -> tuple[str, str]:
    pupil = add_pupil(store, first="Ştefan", last="Wiśniewski", group=add_group(store))
    return pupil.code, f"Opvolging voor WI{ZWSP}ŚNIEW{SHY}SKI".translate(CYRILLIC)


def test_a_dodged_name_or_a_code_in_the_points_is_refused_everywhere(store, cli, tmp_path):
    code, named = _named_points(store)
    for points in (named, f"Zie dossier {code.lower()}", f"Zie {code[3:]}"):
        schoolfoto.save_foto_points(store, YEAR, points)
        foto = schoolfoto.schoolfoto(store, YEAR, TODAY)
        assert schoolfoto.names_in_points(store, points)
        for write, name in ((exports.schoolfoto_pdf, "f.pdf"), (exports.schoolfoto_data, "f.json")):
            with pytest.raises(PupilNamedError):
                write(store, foto, tmp_path / name)
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".json")]


def test_the_command_line_refuses_a_dodged_name_in_the_points(cli, data_dir, key_store, tmp_path):
    from go_hgw_desktop.services.workspace import open_workspace

    opened = open_workspace(data_dir, key_store)
    _code, named = _named_points(opened.store)
    schoolfoto.save_foto_points(opened.store, YEAR, named)
    opened.store.close()
    code, _, err = cli("schoolfoto", "--out", str(tmp_path / "f.pdf"), "--reference-date", TODAY.isoformat())
    assert code == 1 and "noemen een leerling" in err and not (tmp_path / "f.pdf").exists(), err


def test_a_dodged_name_in_an_agreement_is_withheld(store):
    add_pupil(store, first="Zoë", last="Nguyễn", group=add_group(store))
    meeting = consultations.save_consultation(store, Consultation(
        kind=ConsultationType.MICRO, held_on=date(2026, 10, 1), participants=[Participant(role=Role.CLB)]))
    consultations.save_action_item(store, ActionItem(
        consultation_id=meeting.id, description=f"Gesprek met NG{ZWSP}UYEN".translate(CYRILLIC),
        owner_role=Role.DIRECTIE))
    assert [a.description for a in schoolfoto.schoolfoto(store, YEAR, TODAY).agreements] == [WITHHELD]


def test_the_frozen_foto_refuses_a_name_as_the_export_does(store):
    _code, named = _named_points(store)
    meeting = consultations.save_consultation(store, Consultation(
        kind=ConsultationType.MICRO, held_on=date(2026, 11, 20), participants=[Participant(role=Role.CLB)]))
    schoolfoto.save_foto_points(store, YEAR, named)
    with pytest.raises(PupilNamedError):
        consultations.attach_schoolfoto(store, meeting.id, attached_on=TODAY)
    assert consultations.attached_foto(store, meeting.id) is None
    schoolfoto.save_foto_points(store, YEAR, "Vragen rond taal.")
    attached = consultations.attach_schoolfoto(store, meeting.id, attached_on=TODAY)
    assert attached.foto.points == "Vragen rond taal."


# ---------------------------------------------------------------- the adversary's second round

def _stroked(word: str) -> str:
    """Each letter as a precomposed Latin letter with a stroke, bar or hook where Unicode has
    one that does not decompose (read as the same letter)."""
    import unicodedata

    out = []
    for ch in word:
        case = "SMALL" if ch.islower() else "CAPITAL"
        for mark in ("WITH STROKE", "WITH BAR", "WITH HOOK", "WITH MIDDLE TILDE", "WITH PALATAL HOOK",
                     "WITH RETROFLEX HOOK", "WITH CURL"):
            try:
                alt = unicodedata.lookup(f"LATIN {case} LETTER {ch.upper()} {mark}")
            except KeyError:
                continue
            if unicodedata.decomposition(alt) == "":
                ch = alt
                break
        out.append(ch)
    return "".join(out)


def test_greek_capitals_small_capitals_and_letters_with_a_stroke_fold_to_their_letter():
    names = {"Nora", "Hannah", "Bram", "Yusuf", "Clara", "Boukhari"}
    for dodged in ("\u039dora", "\u0397annah", "\u0392ram", "\u03a5usuf", "\u03f9lara", "\u03f2lara",
                   "\U0001d6b4ora",  # mathematical bold capital nu
                   "ʙᴏᴜᴋʜᴀʀɪ", _stroked("Boukhari"), _stroked("BOUKHARI")):
        assert screening.names_in(f"Gesprek met {dodged} volgende week.", names), dodged
    assert _stroked("Boukhari") != "Boukhari"
    # A Greek capital iota reads as a Latin I (folded to i), as before.
    assert screening.fold("\u0399van") == "ivan"


def test_a_short_last_name_is_found_where_it_cannot_be_an_ordinary_word():
    pupils = [("Minh", "Lê"), ("Anh", "Võ"), ("Bo", "Peeters")]
    for text in ("Gesprek met Lê over de klas.", "Opvolging: Minh Le", "LE MINH komt", "over lê",
                 "Vo heeft nood aan rust.", "de aanpak voor VÕ", "Ook Bo komt.", "Le Minh"):
        assert screening.names_in(text, pupils), text
    for text in ("Le chat est sur la table.", "le vélo de la classe", "Elle a dit: le plan marche.",
                 "BO en SO werken samen", "Bo: zie verslag.", "Nota. Le plan is klaar."):
        assert not screening.names_in(text, pupils), text
    # Side by side, two short names are one pupil however they are written; found alone, the
    # names are what is reported (one pupil, one hit).
    assert screening.names_in("BO LE komt", [("Bo", "Lê")]) == ["Bo Lê"]
    assert screening.names_in("Gesprek met Yuna Boukhari", [("Yuna", "Boukhari")]) == ["Boukhari", "Yuna"]
    # Not an ordinary word: found as a word of its own however it is written.
    assert screening.names_in("gesprek met vo", pupils) == ["Võ"]
    assert screening.names_in("ook LI komt", {"Li"}) == ["Li"]
    assert screening.names_in("de lieve klas", {"Li"}) == []


def test_a_last_name_of_several_words_is_found_glued_and_by_its_last_word():
    pupils = [("Bram", "Van de Velde"), ("Jan", "De Wit"), ("Lies", "De Groot")]
    for text in ("Zie VandeVelde.", "gesprek met vandevelde", "Gesprek met Velde later", "van-de-velde",
                 "V\u0430n de Velde", "vande velde"):
        assert "Van de Velde" in screening.names_in(text, pupils), text
    assert screening.names_in("DeWit komt", pupils) == ["De Wit"]
    # The last word alone only written as a name: "groot" and "wit" are words of the language.
    for text in ("een witte muur, wit geverfd", "Een groot probleem in de klas.", "GROOT PROBLEEM",
                 "Groot nieuws: de klas verhuist.", "De Groote Markt"):
        assert screening.names_in(text, pupils) == [], text
    assert screening.names_in("Gesprek met Groot over de klas", pupils) == ["De Groot"]


def test_a_name_shown_reversed_by_a_right_to_left_override_is_found():
    assert screening.names_in("Aanpak voor \u202eirahkuoB\u202c bespreken.", {"Boukhari"}) == ["Boukhari"]
    assert screening.codes_in("Dossier \u202ePSVZRU", {"LL-URZVSP"}) == ["LL-URZVSP"]


def test_a_code_split_by_a_space_hyphen_or_dot_is_found_and_a_longer_word_is_not():
    codes = {"LL-URZVSP"}
    for text in ("Dossier URZ VSP opvolgen.", "Dossier URZ-VSP opvolgen.", "Dossier URZ.VSP.", "ll urz vsp",
                 "LL-URZ VSP", "U R Z V S P", "urzv sp", "L L - U R Z V S P", "UR ZV SP"):
        assert screening.codes_in(text, codes) == ["LL-URZVSP"], text
    for text in ("URZVSPX", "URZ VS", "XURZ VSP", "murz vsp"):
        assert screening.codes_in(text, codes) == [], text


def test_a_short_sentence_of_a_longer_vertrouwelijk_text_is_caught():
    secrets = screening.Secrets()
    secrets.add("De leerling vertelde in vertrouwen over de situatie thuis. Vader zit in de gevangenis. "
                "Ja. Zie verslag. Niet doorvertellen aan het team.")
    assert secrets.found_in("Vader zit in de gevangenis.")
    assert secrets.found_in("Te bespreken:\nVADER ZIT IN DE GEVANGENIS\nVolgende keer verder.")
    assert secrets.found_in("Niet doorvertellen aan het team!")
    assert not secrets.found_in("Ja, zie verslag.")  # too short to be a piece of its own
    assert not secrets.found_in("Vader zit in de cel.")
    # A sentence that a text not marked vertrouwelijk also holds gives nothing away.
    secrets.clear("Niet doorvertellen aan het team.")
    assert not secrets.found_in("Niet doorvertellen aan het team!")
    assert secrets.found_in("Vader zit in de gevangenis.")


# What a coordinator writes, with every name the demo school uses: nothing is refused.
INNOCENT = (
    "Punten voor het overleg:\n- De aanpak van de leerlingen in 3A en 5B bespreken.\n"
    "- Le Petit Prince lezen in de Franse les; le plan de la classe aanpassen.\n"
    "- Van de week een groot probleem met de bus van De Lijn, zie de mail van het CLB.",
    "Het is een jong team en de klein groepjes werken goed. Wit en zwart bord in de klas. "
    "Zie ook: BO en SO, het OV, de GOK-uren, de ZOCO en de MDO's. Leerjaar 1 tot 6, K1 tot K3.",
    "Afspraken met de directie: Elke dinsdag overleg. Ouders informeren via Smartschool. "
    "De zorgleerkracht neemt contact op met het CLB. Do en Ma zijn geen lesdagen voor de stagiair.",
    "Vragen over dyslexie, dyscalculie en ADHD; nood aan differentiatie bij lezen en rekenen. "
    "A. Wat loopt goed? B. Wat kan beter? Na de herfstvakantie opnieuw.",
)


def test_ordinary_school_texts_name_none_of_the_demo_pupils():
    from go_hgw_desktop.services.demo_names import FIRST_NAMES, LAST_NAMES

    count = max(len(FIRST_NAMES), len(LAST_NAMES))
    pupils = {(FIRST_NAMES[i % len(FIRST_NAMES)], LAST_NAMES[i % len(LAST_NAMES)]) for i in range(count)}
    for text in INNOCENT:
        assert screening.names_in(text, pupils) == [], text
    # Codes have no I, L, O, 0 or 1 (domain/pupil.py): few glued words of the language make one.
    codes = {"LL-" + c for c in ("3FZ48C", "6SVDPB", "URZVSP", "2A2B3K", "WEGAAN")}
    assert all(CODE_PATTERN.match(code) for code in codes)
    for text in INNOCENT:
        assert screening.codes_in(text, codes) == [], text


def test_a_theme_naming_a_pupil_is_refused_with_what_to_change(store, tmp_path):
    from go_hgw_desktop.domain.cycle_items import TeacherSupportNeed

    pupil = add_pupil(store, first="Yuna", last="Boukhari", group=add_group(store))
    cycle = current_cycle(store, open_for(store, pupil_id=pupil.id).id)

    def themes(*names: str) -> list:
        return [trajectories.save_cycle_item(store, TeacherSupportNeed(
            wants_to_achieve="rust in de klas", needs="tips", theme=name, cycle_id=cycle.id,
            recorded_on=date(2026, 10, 1))) for name in names]

    themes(*("Klasmanagement",) * 5)
    code = f"{pupil.code[3:6]}-{pupil.code[6:]}"
    for named in ("Omgaan met Yuna Boukhari", "Omgaan met ʙᴏᴜᴋʜᴀʀɪ", f"Dossier {code}"):
        made = themes(*(named,) * 5)
        foto = schoolfoto.schoolfoto(store, YEAR, TODAY)
        assert named in foto.table("support_themes").rows
        with pytest.raises(PupilNamedError, match="thema") as refused:
            exports.schoolfoto_data(store, foto, tmp_path / "f.json")
        assert "Thema (kort)" in refused.value.hint and named in refused.value.message
        assert not (tmp_path / "f.json").exists()
        for item in made:
            trajectories.delete_cycle_item(store, TeacherSupportNeed, item.id)
    # Fewer than five share a theme: it is counted under "Overige", never printed, so no refusal.
    themes(*("Omgaan met Yuna",) * 2)
    foto = schoolfoto.schoolfoto(store, YEAR, TODAY)
    assert not any("Yuna" in row for row in foto.table("support_themes").rows)
    written = exports.schoolfoto_data(store, foto, tmp_path / "f.json")
    assert "Klasmanagement" in written.read_text(encoding="utf-8")
