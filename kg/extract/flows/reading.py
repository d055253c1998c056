"""What the rules read: a sentence's lists of places with their kinds, and one list read in its clause."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Article, RegionAnalysis, RegionMention, Sentence
from kg.extract.flows.clauses import ADDING_IN, speech_spans
from kg.extract.flows.counts import (
    aboard_before, clause_count, later_count, next_clause_count, sent_next_clause, tallied_next_clause,
)
from kg.extract.flows.lists import group_kinds, place_lists
from kg.extract.flows.routes import find_routes


class _once:
    """functools.cached_property without the lock it takes in Python 3.11 on each first read (a few per list
    of places read): computed on the first read, then found in the instance's __dict__."""

    def __init__(self, compute):
        self.compute, self.name = compute, compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass
class SentenceScan:
    """A sentence's places, grouped into lists, each list with the kind of tie to workers read around it.

    Most sentences move no one: what only a moving list needs (speech, subjects) is worked out at the first one.
    """

    article: Article
    regions: RegionAnalysis
    sentence: Sentence
    mentions: list[RegionMention]  # in text order

    def __post_init__(self) -> None:
        self.text, self.base = self.sentence.text, self.sentence.start
        self.groups = place_lists(self.mentions, self.text, self.base)
        self.kinds = group_kinds(self.groups, self.text, self.base)
        self.routes = find_routes(self.text, self.base, self.groups, self.kinds)  # (marks both ends in kinds)
        # 来自A县的工人随专列去往B: the places the workers come from are the origins of the
        # move that follows them in the sentence, not a destination of their own
        # (N名务工人员来自A、B和C，他们乘专列抵达D: a list of origins closed by a comma is read as their source)
        self.arrivals = [i for i, ((g, g_start), k) in enumerate(zip(self.groups, self.kinds))
                         if k in ("inbound", "source") and self.text.endswith("来自", 0, g_start)] \
            if "inbound" in self.kinds or "source" in self.kinds else []

    @_once
    def speech(self) -> list[tuple[int, int]]:
        return speech_spans(self.text)

    @_once
    def subjects(self) -> list[RegionMention]:
        """Places the sentence sends workers to (or receives them from), and the provinces folded into them, are
        never the origin of another list: the rest."""
        base = self.base
        listed = {id(m) for (g, g_start), k in zip(self.groups, self.kinds) if k
                  for m in self.mentions if g_start <= m.start - base < g[-1].end - base}
        return [m for m in self.mentions if id(m) not in listed]


@dataclass
class Reading:
    """One list of places read in its comma-clause (offsets relative to the sentence)."""

    scan: SentenceScan
    index: int  # of the list among the sentence's lists
    group: list[RegionMention]
    kind: str
    rel_start: int  # where the list's first place chain starts
    rel_end: int
    c_start: int
    c_end: int
    # where the clause that gave the count ends, past c_end when a later clause counts the workers sent
    # (开往A、B，…，共运送N名农民工): their noun is a word of labour of this move (set by `counted`)
    count_end: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        # the sentence's text and start, read by every rule of guards.py: attributes, not properties
        self.text, self.base = self.scan.text, self.scan.base

    @property
    def first(self) -> RegionMention:
        return self.group[0]

    @_once
    def clause(self) -> str:
        return self.text[self.c_start:self.c_end]

    @_once
    def context(self) -> str:
        """The context reaching back to the sentence's start is where a count or a group is named."""
        return self.text[:self.c_end]

    @_once
    def aboard(self) -> tuple[int, bool] | None:
        """The count of workers the sentence before put aboard the vehicle a moving sentence opens with."""
        # (他们的目的地，是A: the destination the group is bound for, said as a base)
        return aboard_before(self.scan.article, self.scan.sentence) if self.kind in ("move", "base") else None

    @_once
    def counted(self) -> tuple[int | None, bool, bool]:
        """(workers, approximate, single person): the clause's count, else the one its kind looks for."""
        text, kind, c_end = self.text, self.kind, self.c_end
        workers, approx, single = clause_count(text, self.c_start, c_end, self.rel_start)
        if workers is None and self.aboard:
            workers, approx = self.aboard
        if kind == "reach":
            workers, approx = None, False
        if kind in ("move", "base", "route", "inbound") and workers is None and not single \
                and not text.startswith(ADDING_IN, self.c_start):
            # 开往A、B两个站点，…，共接送N名工人: the sending verb's count follows the list (赴A、B，接回N名务工人员: the
            # fetching verb's, for workers taken in; but 连同这趟A—B专列，共接回N名:
            # the clause adds the list's vehicle into a total, which is not its count)
            workers, approx, self.count_end = later_count(text, c_end)
        if kind == "partner" and workers is None:
            # 与A、B的企业建立定向输送关系，全年输送N人: the count of the sending the tie serves, in the clause after it
            workers, approx = sent_next_clause(text, c_end)
        if kind in ("aim", "host") and workers is None:
            # 以X为主要方向，去年共输出…四百六十人 (在A，X籍务工人员超N人): the count is stated by the clause that
            # follows
            workers, approx = next_clause_count(text, c_end)
        if kind == "place" and workers is None and not single:
            # 在A、B打工的X县农民，每年有N人: the people named at the clause's end, tallied by the next clause
            workers, approx = tallied_next_clause(text, c_end)
        return workers, approx, single
