"""The helper sentences practitioners use, as templates rather than free form only."""

from __future__ import annotations

from go_hgw_desktop.domain.choices import NeedSlot

NEED_OPENING = "Om het doel {goal} te bereiken heeft deze leerling nodig:"
GROUP_NEED_OPENING = "Om het doel {goal} te bereiken hebben deze leerlingen nodig:"
SUPPORT_NEED_PARTS = (
    ("wants_to_achieve", "Als leraar wil ik bereiken dat"),
    ("already_does", "Zelf doe ik al"),
    ("needs", "Daarvoor heb ik nodig:"),
)


def need_sentence(goal: str, parts: dict[NeedSlot, str], *, group: bool = False) -> str:
    """Write the onderwijsbehoeften as the one sentence practitioners know."""
    opening = (GROUP_NEED_OPENING if group else NEED_OPENING).format(goal=goal.strip() or "…")
    filled = [f"{slot.label} {text.strip()}" for slot, text in parts.items() if text.strip()]
    return opening + (" " + "; ".join(filled) + "." if filled else " …")


def support_need_sentence(wants_to_achieve: str, already_does: str, needs: str) -> str:
    values = {"wants_to_achieve": wants_to_achieve, "already_does": already_does, "needs": needs}
    return " ".join(
        f"{prefix} {values[key].strip()}"
        for key, prefix in SUPPORT_NEED_PARTS
        if values[key].strip()
    )
