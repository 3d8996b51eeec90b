"""Feature hashing shared by the trained analyzers: a string key's bucket is its CRC32 under a bit mask, the
same in training and at run time."""

from __future__ import annotations

import functools
import zlib


def crc_bucket(key: str, mask: int) -> int:
    return zlib.crc32(key.encode("utf-8")) & mask


@functools.lru_cache(maxsize=1_000_000)
def bucket(key: str, mask: int) -> int:
    """`crc_bucket`, remembered: news vocabularies repeat, so most keys are hashed once per process."""
    return zlib.crc32(key.encode("utf-8")) & mask
