"""`policykg serve`: not written yet (placeholder; its issue replaces this module)."""
from __future__ import annotations

__all__ = ["register"]


def register(sub) -> None:
    """Placeholder: registers nothing until the command is written."""
