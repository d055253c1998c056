"""Plain typed records that the pipeline stages hand to each other."""
from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from operator import attrgetter


def fast_record(cls: type) -> type:
    """A frozen dataclass, declared with init=False, given an __init__ that fills its __dict__ in one call.

    The __init__ dataclasses generate for a frozen class sets each field through object.__setattr__: for
    the records made by the hundred per article (figures, mentions, flows, observations) that cost more
    than finding what they hold. Like dataclasses, this compiles the __init__ from the field names, which
    are the class's own identifiers, never text from an article.
    """
    fields = dataclasses.fields(cls)
    if any(f.default_factory is not dataclasses.MISSING or not f.init for f in fields):
        raise TypeError(f"{cls.__name__}: fast_record takes plain fields with plain defaults only")
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    parameters = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}"
                           for f in fields)
    assignments = ", ".join(f"{f.name}={f.name}" for f in fields)
    source = f"def __init__(self, {parameters}):\n    self.__dict__.update({assignments})\n"
    namespace = dict(defaults)
    exec(source, namespace)  # noqa: S102 - identifiers of this module's own classes only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls

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
    url: str | None = None  # the article's address as the page or its front matter gives it
    encoding: str = "utf-8"
    media_type: str = "text/plain"  # text/plain, text/markdown or text/html
    content_hash: str = ""  # sha256 hex of the raw bytes


@fast_record
@dataclass(frozen=True, init=False)
class Span:
    start: int
    end: int


@fast_record
@dataclass(frozen=True, init=False)
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
        starts = self._sentence_starts
        if starts is not None:
            # of disjoint sentences in order, only the last one starting at or before `offset` may hold it
            i = bisect_right(starts, offset) - 1
            return self.sentences[i] if i >= 0 and offset < self.sentences[i].end else None
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    @cached_property  # asked for many offsets of an article by the brand readers
    def _sentence_starts(self) -> list[int] | None:
        """The sentences' starts when they are in text order and disjoint (as normalize makes them), else None."""
        sentences = self.sentences
        if all(a.end <= b.start for a, b in zip(sentences, sentences[1:])):
            return [sentence.start for sentence in sentences]
        return None

    def paragraph_of(self, offset: int) -> int | None:
        for index, span in enumerate(self.paragraphs):
            if span.start <= offset < span.end:
                return index
        return None

    def is_reliable(self, start: int, end: int) -> bool:
        return not any(u.start < end and start < u.end for u in self.unreliable)


@fast_record
@dataclass(frozen=True, init=False)
class Evidence:
    """The sentence a fact was read from."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, sentence: Sentence) -> Evidence:
        return cls(sentence.text, sentence.start, sentence.end)


@fast_record
@dataclass(frozen=True, init=False)
class RegionMention:
    code: str  # six-digit adcode of the resolved region
    start: int
    end: int
    surface: str  # the text as written (紫阳, 赴苏 -> 苏, 张北县)


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

    @cached_property  # read by several stages of each article; the mentions never change
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


@fast_record
@dataclass(frozen=True, init=False)
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
    cache_rejected: int = 0  # cache entries found damaged, edited or another article's: extracted again
    skipped: list[Skipped] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    seconds: float = 0.0
