"""Validation errors of the domain rules."""

from __future__ import annotations

from go_hgw_desktop.errors import UserError


class ValidationError(UserError):
    """One or more domain rules are broken; ``problems`` lists each in Dutch."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(" ".join(self.problems))


class Problems:
    """Collects broken rules and raises them together, so a form shows them all at once."""

    def __init__(self) -> None:
        self._items: list[str] = []

    def check(self, condition: bool, message: str) -> None:
        if not condition:
            self._items.append(message)

    def raise_if_any(self) -> None:
        if self._items:
            raise ValidationError(self._items)
