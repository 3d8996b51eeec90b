"""One options object, built at the edge (CLI flags or API arguments) and passed down; nothing reads the
environment on its own."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_chars: int = Field(default=5_000_000, gt=0, description="refuse texts longer than this")
    only: tuple[str, ...] = Field(default=(), description="run only these analyzers (and what they need)")
    skip: tuple[str, ...] = Field(default=(), description="do not run these analyzers")
    day_first: bool = Field(default=True, description="read 03/04/2021 as 3 April")
    allow_private_urls: bool = Field(default=False, description="let the fetcher reach private addresses")
    fetch_timeout: float = Field(default=20.0, gt=0, description="seconds for a whole URL fetch")
    fetch_max_bytes: int = Field(default=10_000_000, gt=0)
    fetch_max_redirects: int = Field(default=5, ge=0)
    strict: bool = Field(default=False, description="let analyzer errors raise instead of becoming warnings")
