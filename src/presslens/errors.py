"""The one error type of presslens: an input it cannot analyse, with a reason a person can read."""


class Rejected(Exception):
    """An input presslens refuses, with a one-line reason naming it (shown as is by the CLI, exit code 2)."""

    def __init__(self, reason: str, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)
