"""Exceptions the library raises; the CLI turns them into one-line `Error: …` messages."""

__all__ = ["PolicyKGError", "InputError", "OutputError"]


class PolicyKGError(Exception):
    """Base class: a problem the user can fix, with an optional hint."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class InputError(PolicyKGError):
    """An input file or directory that cannot be read as policy text."""

    def __init__(self, path, problem: str, hint: str = ""):
        super().__init__(f"{path}: {problem}", hint)
        self.path = str(path)
        self.problem = problem


class OutputError(PolicyKGError):
    """An output file or folder that cannot be written (read-only, unwritable, full)."""

    def __init__(self, path, problem: str, hint: str = ""):
        super().__init__(f"{path}: {problem}", hint)
        self.path = str(path)
        self.problem = problem
