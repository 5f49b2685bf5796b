"""The keys a claim is indexed by (issue 15), without Flask or a database, so that a worker
process can compute them: ``services/claim_index.py`` parses a large batch of claims here, in
a second process, while it matches and writes the chunk before.

A key is one of ``claims.parse(text).keys`` or a pair of them, hashed to a signed 64-bit integer
(the index's ``claim_key.key``), with a weight: 1 for a key, 2 for a pair (a pair shared is two
keys shared).
"""

import hashlib
from functools import lru_cache

from annotate import claims

# The keys of a claim paired with each other in the index (numbers first, then the longest words).
PAIRED_KEYS = 5


@lru_cache(maxsize=100_000)
def key_hash(key: str) -> int:
    """A key as the index stores it: a signed 64-bit hash, the same in every process."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)


def hashed(claim: claims.Claim) -> dict[int, int]:
    """A claim's index keys (hashed) with their weights: each of ``claim.keys`` (1), and each
    pair of its PAIRED_KEYS first keys (2). A pair is rare where its keys are not ("#12" and
    "exports" are each in thousands of claims, together in a few), so a claim whose every key
    is common is still found through its pairs."""
    ranked = sorted(claim.keys, key=lambda key: (not key.startswith("#"), -len(key), key))[:PAIRED_KEYS]
    keys = {key_hash(key): 1 for key in claim.keys}
    keys.update((key_hash(f"{a}&{b}"), 2) for i, a in enumerate(ranked) for b in ranked[i + 1:])
    return keys


def parsed_for_index(texts: list[str]) -> list[tuple[list, dict[int, int]]]:
    """Each text's claim, as its stored features (``claims.features``), and its hashed keys:
    what indexing needs of a text, in values that cross a process boundary cheaply."""
    found = []
    for text in texts:
        claim = claims.parse(text)
        found.append((claims.features(claim), hashed(claim)))
    return found
