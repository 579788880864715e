"""Data files of other schools for the scholengroepfoto tests: each school signs with its own key."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from go_hgw_desktop.reports.data_file import checksum, sign


def school_seed(name: str) -> bytes:
    """A school's signing key, the same for a name in every test."""
    return hashlib.sha256(f"sleutel van {name}".encode()).digest()


def as_school(source: Path, target: Path, name: str, number: str, signer: str | None = None) -> Path:
    """``source``'s figures as another school's file, signed with that school's key (or with
    ``signer``'s: a forger)."""
    content = json.loads(source.read_text(encoding="utf-8"))
    content["school"] = {**content["school"], "name": name, "institution_number": number}
    content.pop("signature", None)
    content["signature"] = sign(content, school_seed(signer or name))
    content["checksum"] = checksum(content)
    target.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return target
