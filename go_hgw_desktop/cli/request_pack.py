"""``go-hgw aanmelding CODE (--clb | --leersteun) --out F.pdf``: the aanmeldingsdossier.

The pack of the pupil's newest CLB request or pupil-directed leersteun request; it names the
pupil (that is its purpose) and never holds anything vertrouwelijk.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from go_hgw_desktop.cli.fotos import ArgumentError


def today() -> date:
    """Today's date; one place, so tests can fix it."""
    return date.today()


def add_commands(commands) -> None:
    pack = commands.add_parser(
        "aanmelding",
        help="het aanmeldingsdossier (PDF) bij een CLB- of leersteunaanvraag",
        description="Maakt het aanmeldingsdossier voor de nieuwste CLB-aanvraag (--clb) of leerlinggerichte "
        "leersteunaanvraag (--leersteun) van één leerling: de hulpvraag, de toestemming, wat de school al "
        "deed, de visie van ouders en leerling en de contactpersoon. Het noemt de leerling; vertrouwelijke "
        "gegevens staan er nooit in. De toestemming moet genoteerd zijn.",
    )
    pack.add_argument("code", metavar="CODE", help="de leerlingcode, bv. LL-7K3Q9M")
    which = pack.add_mutually_exclusive_group(required=True)
    which.add_argument("--clb", action="store_true", help="voor de CLB-aanvraag")
    which.add_argument("--leersteun", action="store_true", help="voor de leersteunaanvraag")
    pack.add_argument("--out", metavar="BESTAND.pdf", required=True, help="waar de PDF komt")


def cmd_aanmelding(args: argparse.Namespace, open_store, say) -> int:
    from go_hgw_desktop.reports.request_pack import CLB, LEERSTEUN
    from go_hgw_desktop.services import exports, pupils
    from go_hgw_desktop.services.request_pack import latest_request

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ArgumentError("Het aanmeldingsdossier is een PDF: laat --out eindigen op .pdf.")
    kind = CLB if args.clb else LEERSTEUN
    store = open_store(args)
    try:
        pupil = pupils.find_by_code(store, args.code)
        content = exports.request_pack_pdf(store, kind, latest_request(store, pupil.id, kind), out, today())
    finally:
        store.close()
    left_out = " Vertrouwelijke onderdelen staan er niet in." if content.withheld else ""
    partner = "CLB" if kind == CLB else "leersteun"
    say(f"Aanmeldingsdossier ({partner}) van {pupil.code}, bij de aanvraag van "
        f"{content.requested_on:%d/%m/%Y}, bewaard: {out}.{left_out}")
    return 0
