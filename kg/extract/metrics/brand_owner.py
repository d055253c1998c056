"""Figures of a labour brand (2万某某石匠, “某某月嫂”制定了12项…) go to the brand's origin."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.numbers import Quantity
from kg.model import RegionAnalysis, RegionMention, Sentence
from kg.extract.metrics.clauses import UNREAD, Clause, lead_words_end
from kg.extract.metrics.leads import CLOSING_QUOTES, OPENING_QUOTES

_LINK_BEFORE_FIGURE = re.compile(r"(?:已有|已达|已超|有|达到|达|为|共|约|超)$")
# The last letters of those words (and a line break, before which $ matches too): a figure after none of them
# follows no link word, and the search is not made (it runs for the figures of every sentence naming a brand).
_LINK_LAST = frozenset("有达到超为共约\n")
_LOOSE_SLACK = 2  # a shortened brand name may carry a character or two that the canonical one lacks


class BrandHomes:
    """The article's brand names (and their other spellings), longest first, each with its origin."""

    def __init__(self, pairs: list[tuple[str, str]]):
        self.pairs = sorted(pairs, key=lambda p: (-len(p[0]), p[0]))
        origins = {code for _, code in pairs}
        self.only_origin = next(iter(origins)) if len(origins) == 1 else None
        # by their first two characters: most positions start no brand name, and are rejected in one look-up
        self.by_head: dict[str, list[tuple[str, str]]] = {}
        # and by their last two, for the names that end where a figure starts (still longest first)
        self.by_tail: dict[str, list[tuple[str, str]]] = {}
        for name, code in self.pairs:
            self.by_head.setdefault(name[:2], []).append((name, code))
            self.by_tail.setdefault(name[-2:], []).append((name, code))

    @classmethod
    def of(cls, brands) -> BrandHomes:
        return cls([(name, b.origin) for b in brands if b.origin
                    for name in (b.name, *b.alt_labels) if len(name) >= 2])

    def may_own(self, text: str) -> bool:
        """Whether a figure of `text` can be a brand's at all (brand_owner, brand_subject): the first two letters of
        a brand's name occur in it or, in a one-origin article, a word for the company or the brand. Asked once
        per sentence, it spares every figure of most sentences the search for names."""
        return any(head in text for head in self.by_head) or (
            self.only_origin is not None and _BRAND_BODY_WORD.search(text) is not None)

    @staticmethod
    def names_a_body(text: str) -> bool:
        """Whether `text` holds a word for the company, association or brand (what brand_body_opening needs)."""
        return _BRAND_BODY_WORD.search(text) is not None

    def named_before(self, text: str, pos: int) -> str | None:
        """The origin of the brand whose name ends at `pos` (before a closing quote mark), if any."""
        link = (_LINK_BEFORE_FIGURE.search(text, max(0, pos - 3), pos)
                if pos and text[pos - 1] in _LINK_LAST else None)
        if link:
            pos = link.start()  # 某某银匠有2000余人
        if pos and text[pos - 1] in CLOSING_QUOTES:
            pos -= 1
        candidates = self.by_tail.get(text[pos - 2:pos]) if pos >= 2 else None
        if not candidates:
            return None
        return next((code for name, code in candidates if text.endswith(name, 0, pos)), None)

    def named_at(self, text: str, pos: int) -> str | None:
        """The origin of the brand whose name starts at `pos` (after an opening quote mark), if any."""
        if pos < len(text) and text[pos] in OPENING_QUOTES:
            pos += 1
        candidates = self.by_head.get(text[pos:pos + 2])
        if not candidates:
            return None
        exact = next((code for name, code in candidates if text.startswith(name, pos)), None)
        if exact is not None:
            return exact
        # 宣汉石匠 for the brand 宣汉巴山石匠: the same place and the same trade, a qualifier left out
        return next((code for name, code in candidates if len(name) >= 5
                     and name[-2:] in text[pos + 2:pos + len(name) + _LOOSE_SLACK]), None)


# 至今，公司已培训…: in an article whose brands all come from one place, the company, association or
# brand the sentence opens on is the brand's, and so are its figures.
_BRAND_BODY = re.compile(r"(?:该|这家|这个)?(?:公司|企业|协会|品牌)(?:已|已经|累计|共|先后|目前|还|也|又|现|今年)")
_BRAND_BODY_WORD = re.compile(r"公司|企业|协会|品牌")  # what _BRAND_BODY cannot match without


_OPENS_A_LIST = re.compile(r"[“「\"‘][^”」\"’，,；;。]{1,16}[”」\"’]、?[“「\"‘]")


def brand_owner(q: Quantity, text: str, homes: BrandHomes) -> str | None:
    """2万宣汉石匠, 12项“某某月嫂”服务规范, 在外从业的某某焊工超过1.2万人: a figure written right before or
    right after a brand's name is the brand's."""
    if not homes.pairs:
        return None
    return homes.named_at(text, q.end) or homes.named_before(text, q.start)


def brand_subject(text: str, clauses: list[Clause], index: int, homes: BrandHomes, fallback: str | None,
                   gaz) -> str | None:
    """The origin of the brand that the figure's clause, or an earlier clause of its sentence with no place of
    its own, opens on (“某某月嫂”依托…，制定了12项…)."""
    if not homes.pairs:
        return None
    for clause in reversed(clauses[:index + 1]):
        code = clause.opening_brand
        if code is UNREAD:  # each clause is read once, whichever figure of the sentence asks first
            code = clause.opening_brand = _opening_brand(text, clause, homes, fallback, gaz)
        if code is not None:
            return code
        if clause.lead:
            return None
    return None


def brand_body_opening(text: str, clause: Clause, homes: BrandHomes, fallback: str | None, gaz) -> str | None:
    """The brand's origin when `clause` opens on the company, association or brand of a one-origin article
    (截至目前，公司已累计培训…): that subject goes on into the next sentence of its paragraph, as a place that
    opens a sentence does (…有了手艺；带动就业3.6万人: a semicolon or a full stop ends the sentence, not the
    company's account). A quoted name is not carried on: the next sentence is the paragraph's again."""
    if homes.only_origin is None or fallback is None or gaz is None:
        return None
    if not _BRAND_BODY.match(text, lead_words_end(text, clause.start)):
        return None
    origin = homes.only_origin
    return origin if origin == fallback or gaz.contains(fallback, origin) else None


def _opening_brand(text: str, clause: Clause, homes: BrandHomes, fallback: str | None, gaz) -> str | None:
    """The origin of the brand (or, in a one-origin article, the company or brand) that `clause` opens on."""
    start = lead_words_end(text, clause.start)  # past its lead words
    # “A”“B”“C”等N个品牌: a clause opening on a list of names speaks of them together, not of the first one's
    code = homes.named_at(text, start) if not _OPENS_A_LIST.match(text, start) else None
    if code is None and homes.only_origin and _BRAND_BODY.match(text, start) and fallback and gaz is not None \
            and (homes.only_origin == fallback or gaz.contains(fallback, homes.only_origin)):
        code = homes.only_origin
    return code


class QuotedAccount(NamedTuple):
    """A quote that runs over several sentences of a paragraph: its text, the places it names, the brands."""
    text: str
    mentions: list[RegionMention]
    homes: BrandHomes


def quoted_accounts(text: str, sentences: list[Sentence], regions: RegionAnalysis,
                    homes: BrandHomes) -> dict[int, QuotedAccount]:
    """Sentence index -> the quote running over several sentences that holds it (a speaker's account told in
    several sentences names its brand in one of them); {} where no quote does (most paragraphs). `text` is the
    article's, searched once over the paragraph's span for an opening quote."""
    if not homes.pairs or len(sentences) < 2:
        return {}
    start, end = sentences[0].start, sentences[-1].end
    if text.find("“", start, end) < 0 and text.find("「", start, end) < 0 and text.find('"', start, end) < 0:
        return {}
    accounts: dict[int, QuotedAccount] = {}
    group: list[int] = []
    depth = 0
    # A reposted page writes its quotes with the straight mark, the same to open and to close: an odd count
    # in a sentence opens a quote, or closes the one an earlier sentence opened.
    straight_open = False
    for i, sentence in enumerate(sentences):
        said = sentence.text
        opened = depth > 0 or straight_open
        # (most quotes are names, closed where they open: the depth stays 0 through the paragraph)
        depth = max(0, depth + said.count("“") + said.count("「") - said.count("”") - said.count("」"))
        if said.count('"') % 2:
            straight_open = not straight_open
        if opened or depth > 0 or straight_open:
            group.append(i)
        if depth == 0 and not straight_open and group:
            if len(group) > 1:
                members = [sentences[j] for j in group]
                account = QuotedAccount("".join(s.text for s in members),
                                         list(regions.mentions_between(members[0].start, members[-1].end)), homes)
                accounts.update((j, account) for j in group)
            group = []
    return accounts
