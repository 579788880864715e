"""The fixed vocabularies of the domain, each value with its Dutch label.

Values are short, stable English-free codes stored in the database; labels are
what the interface and reports show. Never rename a value without a migration.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Choice(StrEnum):
    """A string enum whose members carry a Dutch ``label``."""

    label: str

    def __new__(cls, value: str, label: str) -> Choice:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def from_label(cls, label: str) -> Choice:
        for member in cls:
            if member.label.casefold() == label.strip().casefold():
                return member
        raise ValueError(label)


class Phase(IntEnum):
    """Zorgcontinuüm phase of a trajectory (never a label on a pupil)."""

    BREDE_BASISZORG = 0
    VERHOOGDE_ZORG = 1
    UITBREIDING_VAN_ZORG = 2
    IAC_OF_BUITENGEWOON = 3

    @property
    def label(self) -> str:
        return _PHASE_LABELS[self]

    @property
    def short_label(self) -> str:
        return f"Fase {int(self)}"


_PHASE_LABELS = {
    Phase.BREDE_BASISZORG: "Fase 0 – brede basiszorg",
    Phase.VERHOOGDE_ZORG: "Fase 1 – verhoogde zorg",
    Phase.UITBREIDING_VAN_ZORG: "Fase 2 – uitbreiding van zorg",
    Phase.IAC_OF_BUITENGEWOON: "Fase 3 – IAC of buitengewoon onderwijs",
}


class HgwStep(Choice):
    WAARNEMEN = ("waarnemen", "Waarnemen")
    BEGRIJPEN = ("begrijpen", "Begrijpen")
    ORGANISEREN = ("organiseren", "Organiseren")
    REALISEREN = ("realiseren", "Realiseren")

    def next(self) -> HgwStep | None:
        order = list(HgwStep)
        index = order.index(self)
        return order[index + 1] if index + 1 < len(order) else None


class CareDomain(Choice):
    """The four domains of pupil guidance (decree of 2018)."""

    LEREN_EN_STUDEREN = ("leren_studeren", "Leren en studeren")
    ONDERWIJSLOOPBAAN = ("onderwijsloopbaan", "Onderwijsloopbaan")
    PREVENTIEVE_GEZONDHEIDSZORG = ("gezondheid", "Preventieve gezondheidszorg")
    PSYCHISCH_EN_SOCIAAL = ("psychisch_sociaal", "Psychisch en sociaal functioneren")


class SubTheme(Choice):
    LEZEN_SPELLEN = ("lezen_spellen", "Lezen en spellen")
    REKENEN = ("rekenen", "Rekenen / wiskunde")
    TAAL = ("taal", "Taal")
    NEDERLANDS_ALS_TWEEDE_TAAL = ("nt2", "Nederlands als tweede taal")
    WERKHOUDING = ("werkhouding", "Werkhouding en leren leren")
    SOCIAAL_EMOTIONEEL = ("sociaal_emotioneel", "Sociaal-emotioneel")
    GEDRAG = ("gedrag", "Gedrag")
    WELBEVINDEN = ("welbevinden", "Welbevinden")
    AFWEZIGHEDEN = ("afwezigheden", "Afwezigheden")
    MOTORIEK = ("motoriek", "Motoriek")
    STUDIEKEUZE = ("studiekeuze", "Studiekeuze en schoolloopbaan")
    GEZONDHEID = ("gezondheid", "Gezondheid")
    ANDERS = ("anders", "Ander thema")


# Which sub-themes usually fall under which domain (a suggestion in forms, not a rule).
SUB_THEMES_BY_DOMAIN: dict[CareDomain, tuple[SubTheme, ...]] = {
    CareDomain.LEREN_EN_STUDEREN: (
        SubTheme.LEZEN_SPELLEN, SubTheme.REKENEN, SubTheme.TAAL,
        SubTheme.NEDERLANDS_ALS_TWEEDE_TAAL, SubTheme.WERKHOUDING, SubTheme.MOTORIEK,
    ),
    CareDomain.ONDERWIJSLOOPBAAN: (SubTheme.STUDIEKEUZE, SubTheme.AFWEZIGHEDEN),
    CareDomain.PREVENTIEVE_GEZONDHEIDSZORG: (SubTheme.GEZONDHEID, SubTheme.AFWEZIGHEDEN),
    CareDomain.PSYCHISCH_EN_SOCIAAL: (
        SubTheme.SOCIAAL_EMOTIONEEL, SubTheme.GEDRAG, SubTheme.WELBEVINDEN,
    ),
}


class TrajectoryStatus(Choice):
    LOPEND = ("lopend", "Lopend")
    ON_HOLD = ("on_hold", "Gepauzeerd")
    AFGESLOTEN = ("afgesloten", "Afgesloten")


class Role(Choice):
    """Roles of the people involved; records name roles, not staff members."""

    ZORGCOORDINATOR = ("zorgcoordinator", "Zorgcoördinator")
    KLASLERAAR = ("klasleraar", "Klasleraar")
    LERAAR = ("leraar", "Leraar")
    ZORGLERAAR = ("zorgleraar", "Zorgleraar")
    DIRECTIE = ("directie", "Directie")
    CLB = ("clb", "CLB-medewerker")
    LEERSTEUN = ("leersteun", "Leersteuncentrum")
    PBD = ("pbd", "Pedagogische begeleidingsdienst")
    SCHOLENGROEP = ("scholengroep", "Scholengroep")
    OUDERS = ("ouders", "Ouders")
    LEERLING = ("leerling", "Leerling")
    EXTERN = ("extern", "Externe hulpverlener")


class ObservationSource(Choice):
    TOETS = ("toets", "Toets")
    OBSERVATIE = ("observatie", "Observatie in de klas")
    GESPREK_OUDERS = ("gesprek_ouders", "Gesprek met ouders")
    GESPREK_LEERLING = ("gesprek_leerling", "Gesprek met leerling")
    LEERLINGVOLGSYSTEEM = ("lvs", "Leerlingvolgsysteem")
    SIGNAAL_LERAAR = ("signaal_leraar", "Signaal van leraar")
    CLB = ("clb", "CLB")
    ANDERE = ("andere", "Andere bron")


class ConversationKind(Choice):
    """A talk in which parents or the pupil have their say (waarnemen)."""

    OUDERGESPREK = ("oudergesprek", "Oudergesprek")
    KINDGESPREK = ("kindgesprek", "Kindgesprek")


class ViewHolder(Choice):
    """Whose view of the problem and of the plan a visie records (begrijpen)."""

    OUDERS = ("ouders", "Visie van de ouders")
    LEERLING = ("leerling", "Visie van de leerling")


class FactorKind(Choice):
    STIMULEREND = ("stimulerend", "Stimulerend")
    BELEMMEREND = ("belemmerend", "Belemmerend")


class FactorContext(Choice):
    LEERLING = ("leerling", "Leerling")
    ONDERWIJSLEERSITUATIE = ("onderwijsleersituatie", "Onderwijsleersituatie / leraar")
    GROEP = ("groep", "Groep")
    SCHOOL = ("school", "School")
    THUIS = ("thuis", "Thuis")


class NeedSlot(Choice):
    """Slots of the helper sentence for onderwijsbehoeften."""

    INSTRUCTIE = ("instructie", "instructie die")
    OPDRACHTEN = ("opdrachten", "opdrachten die")
    LEERACTIVITEITEN = ("leeractiviteiten", "leeractiviteiten die")
    FEEDBACK = ("feedback", "feedback die")
    LERAAR = ("leraar", "een leraar die")
    GROEPSGENOTEN = ("groepsgenoten", "groepsgenoten die")
    OUDERS = ("ouders", "ouders die")


class MeasureCategory(Choice):
    """STICORDI / REDICODIS categories of reasonable adjustments."""

    STIMULEREN = ("stimuleren", "Stimuleren")
    REMEDIEREN = ("remedieren", "Remediëren")
    DIFFERENTIEREN = ("differentieren", "Differentiëren")
    COMPENSEREN = ("compenseren", "Compenseren")
    DISPENSEREN = ("dispenseren", "Dispenseren")


class PlanType(Choice):
    HANDELINGSPLAN = ("handelingsplan", "Individueel handelingsplan")
    GROEPSPLAN = ("groepsplan", "Groepsplan")
    HANDELINGSPLAN_IAC = ("iac_plan", "Plan individueel aangepast curriculum")


class GoalResult(Choice):
    BEREIKT = ("bereikt", "Bereikt")
    DEELS_BEREIKT = ("deels", "Deels bereikt")
    NIET_BEREIKT = ("niet", "Niet bereikt")


class ConsultationType(Choice):
    LEERLINGENBESPREKING = ("leerlingenbespreking", "Leerlingenbespreking")
    GROEPSBESPREKING = ("groepsbespreking", "Groepsbespreking")
    MDO = ("mdo", "Multidisciplinair overleg (MDO)")
    ADVIESGESPREK = ("adviesgesprek", "Adviesgesprek")
    MICRO = ("micro", "MICRO-overleg")
    MACRO = ("macro", "MACRO-overleg")

    @property
    def is_about_pupils(self) -> bool:
        return self not in (ConsultationType.MICRO, ConsultationType.MACRO)


class ConsentBy(Choice):
    LEERLING = ("leerling", "Leerling (vanaf 12 jaar)")
    OUDERS = ("ouders", "Ouders")


class DiagnosticPhase(Choice):
    """Phases of a handelingsgericht diagnostisch traject at the CLB."""

    INTAKE = ("intake", "Intake")
    STRATEGIE = ("strategie", "Strategie")
    ONDERZOEK = ("onderzoek", "Onderzoek")
    INTEGRATIE = ("integratie", "Integratie")
    ADVIES = ("advies", "Advies")


class RequestStatus(Choice):
    """Status of a CLB request."""

    AANGEVRAAGD = ("aangevraagd", "Aangevraagd")
    LOPEND = ("lopend", "Lopend")
    AFGESLOTEN = ("afgesloten", "Afgesloten")


class VerslagType(Choice):
    GC = ("gc", "Verslag GC (gemeenschappelijk curriculum)")
    IAC = ("iac", "Verslag IAC (individueel aangepast curriculum)")
    OV4 = ("ov4", "Verslag OV4 (buitengewoon secundair onderwijs)")


class VerslagStatus(Choice):
    AANGEVRAAGD = ("aangevraagd", "Aangevraagd")
    IN_OPMAAK = ("in_opmaak", "In opmaak bij het CLB")
    AFGELEVERD = ("afgeleverd", "Afgeleverd")
    VERVALLEN = ("vervallen", "Vervallen")


class LeersteunKind(Choice):
    LEERLINGGERICHT = ("leerling", "Leerlinggericht")
    LERAARGERICHT = ("leraar", "Leraargericht")
    TEAMGERICHT = ("team", "Teamgericht")


class LeersteunStatus(Choice):
    AANGEVRAAGD = ("aangevraagd", "Aangevraagd")
    LOPEND = ("lopend", "Lopend")
    ON_HOLD = ("on_hold", "Gepauzeerd")
    AFGESLOTEN = ("afgesloten", "Afgesloten")


class SubgroupKind(Choice):
    BASIS = ("basis", "Basis")
    INTENSIEF = ("intensief", "Intensief")
    MEER = ("meer", "Meer")
    EIGEN = ("eigen", "Eigen naam")
