"""Plain typed records that the pipeline stages hand to each other."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from operator import attrgetter

# Brand levels as the ontology names them (lw:NationalLevel, ...).
LEVELS = ("national", "provincial", "municipal", "county")


@dataclass(frozen=True)
class Document:
    """One input file after ingest: body text and metadata, still in its original script."""

    source_file: str  # the path as given to `kg build`
    body: str  # paragraphs separated by "\n", page furniture removed
    title: str | None = None
    date: str | None = None  # "YYYY-MM-DD", or "YYYY" when only the year is known
    date_inferred: bool = False  # True when the date was read off the body rather than metadata
    author: str | None = None
    source: str | None = None  # the publisher named by a 来源 line or front matter
    categories: tuple[str, ...] = ()
    encoding: str = "utf-8"
    media_type: str = "text/plain"  # text/plain, text/markdown or text/html
    content_hash: str = ""  # sha256 hex of the raw bytes


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int  # character offsets into Article.text
    end: int
    paragraph: int  # index into Article.paragraphs
    text: str


@dataclass(frozen=True)
class Article:
    """A document after normalisation: simplified, repaired text with sentence offsets."""

    document: Document
    title: str | None
    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    unreliable: tuple[Span, ...] = ()  # garbled stretches no fact may be drawn from
    text_hash: str = ""  # sha256 hex of `text`

    @property
    def year(self) -> int | None:
        """The article's year, the anchor for 今年 / 去年 / 目前."""
        date = self.document.date
        return int(date[:4]) if date and date[:4].isdigit() else None

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def paragraph_of(self, offset: int) -> int | None:
        for index, span in enumerate(self.paragraphs):
            if span.start <= offset < span.end:
                return index
        return None

    def is_reliable(self, start: int, end: int) -> bool:
        return not any(u.start < end and start < u.end for u in self.unreliable)


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, sentence: Sentence) -> "Evidence":
        return cls(sentence.text, sentence.start, sentence.end)


@dataclass(frozen=True, init=False)
class RegionMention:
    code: str  # six-digit adcode of the resolved region
    start: int
    end: int
    surface: str  # the text as written (紫阳, 赴苏 -> 苏, 张北县)

    # Written out, the same as the generated one: a frozen dataclass's __init__ sets each field through
    # object.__setattr__, and every place named in every article becomes one. Keep the parameters in field
    # order (tests/test_regions.py checks).
    def __init__(self, code: str, start: int, end: int, surface: str) -> None:
        self.__dict__.update(code=code, start=start, end=end, surface=surface)


_TEXT_ORDER = attrgetter("start", "end", "code")  # of mentions


@dataclass(frozen=True)
class RegionAnalysis:
    """The regions an article mentions and what each part of it is about."""

    mentions: tuple[RegionMention, ...] = ()
    subject: str | None = None  # the article's subject region
    paragraph_subjects: tuple[str | None, ...] = ()  # per paragraph; None falls back to `subject`

    def __post_init__(self) -> None:
        # Kept in text order, so that mentions_between can bisect instead of scanning.
        ordered = tuple(sorted(self.mentions, key=_TEXT_ORDER))
        object.__setattr__(self, "mentions", ordered)

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(m.code for m in self.mentions)

    def subject_of_paragraph(self, paragraph: int | None) -> str | None:
        if paragraph is not None and 0 <= paragraph < len(self.paragraph_subjects):
            return self.paragraph_subjects[paragraph] or self.subject
        return self.subject

    def mentions_between(self, start: int, end: int) -> tuple[RegionMention, ...]:
        """The mentions that lie within [start, end), in text order."""
        starts = self._starts
        first = bisect_left(starts, start)
        # the mentions starting in [start, end): bisected, not sliced off the rest of the article
        found = self.mentions[first:bisect_left(starts, end, first)]
        for mention in found:
            if mention.end > end:  # rare: a mention running past `end`
                return tuple(m for m in found if m.end <= end)
        return found


@dataclass(frozen=True)
class Brand:
    name: str  # canonical name, no quotes
    evidence: Evidence
    alt_labels: tuple[str, ...] = ()
    occupation: str | None = None  # 修脚, 司炉工
    origin: str | None = None  # adcode
    level: str | None = None  # one of LEVELS


@dataclass(frozen=True)
class BrandDestination:
    brand: str  # Brand.name
    destination: str  # adcode
    evidence: Evidence


@dataclass(frozen=True)
class Program:
    name: str
    evidence: Evidence
    alt_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Flow:
    origin: str  # adcode
    destination: str  # adcode
    evidence: Evidence
    workers: int | None = None
    approximate: bool = False
    year: int | None = None


@dataclass(frozen=True)
class Observation:
    region: str  # adcode
    value: Decimal  # the value, or a range's lower bound
    unit: str
    indicator: str
    evidence: Evidence
    year: int | None = None
    approximate: bool = False
    value_max: Decimal | None = None  # a range's upper bound


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    regions: RegionAnalysis
    brands: tuple[Brand, ...] = ()
    brand_destinations: tuple[BrandDestination, ...] = ()
    programs: tuple[Program, ...] = ()
    flows: tuple[Flow, ...] = ()
    observations: tuple[Observation, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input file that could not be built, and why."""

    source_file: str
    reason: str


@dataclass
class BuildReport:
    articles: int = 0
    cached: int = 0  # articles whose facts came from the cache of an earlier build
    skipped: list[Skipped] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    seconds: float = 0.0
