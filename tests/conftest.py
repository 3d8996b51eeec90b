"""Shared fixtures: the sibling ../shared folder (tests that need it skip with a reason), and analyses made
once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


# Scores that tests report rather than assert (e.g. the sample's coreference_should), shown after the run.
SCORES: dict[str, str] = {}


def pytest_terminal_summary(terminalreporter) -> None:
    if SCORES:
        terminalreporter.section("presslens scores")
        for name, line in SCORES.items():
            terminalreporter.write_line(f"{name}: {line}")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip naming what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: this test needs the ../shared folder beside the checkout")
    return path


@pytest.fixture(scope="session")
def analyze():
    """presslens.analyze with strict settings: an analyzer that fails makes the test fail."""
    import presslens
    from presslens.settings import Settings

    strict = Settings(strict=True)

    def run(text: str, **kw):
        return presslens.analyze(text, settings=kw.pop("settings", strict), **kw)

    return run


@pytest.fixture(scope="session")
def example_analysis(analyze):
    return analyze((EXAMPLES / "baltic-grain-talks.md").read_text(encoding="utf-8"))
