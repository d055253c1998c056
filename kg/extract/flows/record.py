"""The raw flow: one origin -> destination read in one clause, before a sentence's flows are merged."""
from __future__ import annotations

from dataclasses import dataclass

from kg.model import Sentence, fast_record


@fast_record
@dataclass(frozen=True, init=False)
class RawFlow:
    """One origin -> destination read in one clause, before merging."""

    origin: str
    destination: str
    sentence: Sentence
    clause_start: int  # absolute offsets of the comma-clause holding the destination
    clause_end: int
    workers: int | None
    approximate: bool
    kind: str = "move"  # move | place | base | inbound | absorb | trade ...: how the clause ties the workers to the place
    shared: bool = False  # the count covers a list of places, not this pair alone
    label: bool = False  # the destination is a lone one-letter short form (赴粤务工人员), a campaign's label
