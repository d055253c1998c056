"""Which region a labour brand comes from, and one record per brand: merging its spellings, reading its origin."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.brand_cues import COMPOUND_AFTER, GENERIC_OCCUPATIONS, LONGEST_REGION_NAME, occurrences, sentence_subject
from kg.extract.brand_levels import stated_level
from kg.gazetteer import Gazetteer
from kg.model import Article, Brand, Evidence, RegionAnalysis
from kg.text.memo import last_call_memo
from kg.text.punct import QUOTE_OPEN

if TYPE_CHECKING:  # the finder builds the records this module reads, and imports it
    from kg.extract.brands import FoundBrand


def _variant_key(name: str) -> str:
    """万载花炮师 and 万载花炮 are one brand: drop a trailing 师/工/人 when the rest is long enough."""
    if len(name) >= 4 and name[-1] in "师工人":
        return name[:-1]
    return name


def merge_found(found: list[FoundBrand]) -> list[FoundBrand]:
    """One record per brand, first mention first; later mentions add spellings and a stated level."""
    merged: list[FoundBrand] = []
    merged_keys: list[set[str]] = []  # the variant keys of each record's spellings, grown with them
    for f in found:
        keys = _variant_keys(f)
        at = next((i for i, known in enumerate(merged_keys) if not known.isdisjoint(keys)), None)
        if at is None:
            merged.append(f)
            merged_keys.append(keys)
            continue
        hit = merged[at]
        for name in (f.name, *f.alts):
            if name != hit.name and name not in hit.alts:
                hit.alts.append(name)
                merged_keys[at].add(_variant_key(name))
        if hit.level is None and f.level is not None:
            hit.level = f.level
        if hit.builder is None and f.builder is not None:
            hit.builder = f.builder  # the region a later sentence says builds it (作为A县打造的…，“X”)
    return merged


def same_brand(a: FoundBrand, b: FoundBrand) -> bool:
    return not _variant_keys(a).isdisjoint(_variant_keys(b))


def _variant_keys(f: FoundBrand) -> set[str]:
    return {_variant_key(n) for n in (f.name, *f.alts)}


# Who built or bred a brand, written around its name: 由A县打造的“X”, A县倾力培育的“X”; “X”(劳务品牌)由A县于…创建,
# “X”发源于A县. The verbs are those of building a brand and of a thing's source.
_BUILT = "打造|培育|创建|创立|推出|孵化|创响|培养|叫响"
_BUILT_BEFORE = re.compile(rf"由?[^，,；;。！？“”「」]{{2,16}}?(?:{_BUILT})出?的$")
_BUILT_AFTER = re.compile(rf"^[”」』]?(?:劳务品牌|品牌)?(?:是|系)?(?:由([^，,；;。！？“”「」]{{2,16}}?)(?:{_BUILT})|"
                          r"(?:发源于|起源于|源自|源于|诞生于|来自)([^，,；;。！？“”「」]{2,12}))")


_COMPANY_WORDS = re.compile(r"公司|企业|集团|机构|协会")


def builder_phrase(article: Article, regions: RegionAnalysis, f: FoundBrand) -> tuple[int, int] | None:
    """The span of a phrase right before or after the name, at the mention found or at any other place the article
    writes the name, that says which region built it or where it comes from, when a region is named in it."""
    read = _builders_read(article, regions)
    found = _builder_once(read, article, regions, f.start, f.end, f.sentence.start, f.sentence.end)
    if found or f.name not in article.text:
        return found
    for at in occurrences(article.text, f.name):
        sentence = article.sentence_at(at)
        if sentence is not None and at != f.start:
            found = _builder_once(read, article, regions, at, at + len(f.name), sentence.start, sentence.end)
            if found:
                return found
    return None


@last_call_memo
def _builders_read(article: Article, regions: RegionAnalysis) -> dict:
    """{(start, end, sentence_start, sentence_end): _builder_at's answer} for the article being read: a brand is
    found at each of its mentions, and each asks again at every other place its name is written."""
    return {}


def _builder_once(read: dict, article: Article, regions: RegionAnalysis, *span: int) -> tuple[int, int] | None:
    if span not in read:
        read[span] = _builder_at(article, regions, *span)
    return read[span]


def _builder_at(article: Article, regions: RegionAnalysis, start: int, end: int, sentence_start: int,
                sentence_end: int) -> tuple[int, int] | None:
    text = article.text
    at = start - 1 if start and text[start - 1] in QUOTE_OPEN else start
    before = _BUILT_BEFORE.search(text, max(sentence_start, at - 24), at)
    if before:
        span = (before.start(), before.end())
    else:
        after = _BUILT_AFTER.match(text[end:sentence_end])
        if after is None:
            return None
        group = 1 if after.group(1) else 2
        span = (end + after.start(group), end + after.end(group))
    if _COMPANY_WORDS.search(text, *span):
        return None  # 由B市一家公司打造的“X”: the region is the company's, not the brand's home
    return span if regions.mentions_between(*span) else None


def to_brand(article: Article, regions: RegionAnalysis, f: FoundBrand, our_county: str | None = None) -> Brand:
    """The record of a found brand. `our_county` is the county an article written by a county calls 我县
    (home_county), the home of a name that opens with one of its towns."""
    place, surface = _place_of(regions, f)
    town_home = None
    if place and _namesake_elsewhere(article, regions, f, place, our_county):
        if our_county and _written_as_town(article.text, f.name, place):
            town_home = our_county  # 我县A镇的“A茶师”: the town is 我县's
        place, surface = None, None  # a town's name that is also a county's far away: the brand is local
    # 安图县的“长白山参农”: the region the brand is said to belong to outranks a place read inside its name
    owner = _possessor(article, regions, f)
    if owner and place and _contains(owner, place):
        owner = None  # 广东省的“兴宁裁缝”: the place in the name is the more specific
    builder = None
    if f.builder and not place:
        # “黎苗绣娘”是琼中县着力培育的劳务品牌: the region that builds it is its home
        builder = _builder_region(regions, f.builder)
    if not (owner or place or builder):
        # A市“X山厨师”: a region written right before a name without a place is its home; else the region
        # that opens the sentence as its subject (B区…推出“A”“C”等劳务品牌)
        owner = _region_right_before(article, regions, f) or sentence_subject(regions, f.sentence)
    origin = town_home or owner or place or builder or regions.subject_of_paragraph(f.sentence.paragraph)
    alts = list(f.alts)
    # The X师 / X工 spelling written elsewhere in the article is the same brand (万载花炮 / 万载花炮师).
    for variant in _variants(f.name):
        # (most variants are nowhere in the text: tested before reading the brand's longer names around them)
        if variant not in alts and variant in article.text and _written_alone(article.text, variant, [f.name, *alts]):
            alts.append(variant)
    occupation = None
    if surface and f.name.startswith(surface) and len(f.name) > len(surface):
        occupation = f.name[len(surface):]
        if occupation in GENERIC_OCCUPATIONS:
            occupation = None  # 甘州劳务: 劳务 names no trade
    # the level its own sentence awards it outranks a lower one read first (先后被评为市级…和省级…)
    level = stated_level(article, (f.name, *f.alts), f.level)
    return Brand(name=f.name, evidence=Evidence.of(f.sentence), alt_labels=tuple(alts),
                 occupation=occupation, origin=origin, level=level)


def _namesake_elsewhere(article: Article, regions: RegionAnalysis, f: FoundBrand, place: str,
                        our_county: str | None = None) -> bool:
    """The place read in the name is a region of another province than the one the text ties the brand to,
    and the article names it nowhere but in the brand: B县大力培育“A镇厨娘” where A is also a county far
    away is B县's brand (a town or village of B县), not that county's. The tie must be written next to the
    brand (a region right before it, the builder of a 是…打造的 predicate, or the sentence's subject)."""
    gaz = Gazetteer.load()
    local = _region_right_before(article, regions, f) or sentence_subject(regions, f.sentence)
    if f.builder and not local:
        local = _builder_region(regions, f.builder)
    if local is None and _written_as_town(article.text, f.name, place):
        local = our_county or regions.subject  # 我县A镇的“A茶师”: the town is the article's county's
    if local is None:
        return False
    if gaz.province_code(local) == gaz.province_code(place):
        return False
    if _hosts_the_workers(article, regions, f, local):
        return False  # 在B区务工的“A电工”: B is where the brand's workers are, not its home
    names = [f.name, *f.alts]
    inside = [(at, at + len(n)) for n in names for at in occurrences(article.text, n)]
    return not any(m.code == place and not any(s <= m.start and m.end <= e for s, e in inside)
                   for m in regions.mentions)


# How an article written by a county names it: 我县, 本县.
_OUR_COUNTY = re.compile(r"我县|本县")


def home_county(article: Article, regions: RegionAnalysis, found: list[FoundBrand]) -> str | None:
    """The county an article says 我县 of: the one county that its brands' names open with (A大嫂 of A县), when they
    all agree; None where the text says no 我县 or the names point to several counties or none."""
    if not _OUR_COUNTY.search(article.text):
        return None
    places = ((f, _place_of(regions, f)[0]) for f in found)
    return _one_county(code for f, code in places if code and not _written_as_town(article.text, f.name, code))


def home_subject(article: Article, regions: RegionAnalysis, brands: tuple[Brand, ...]) -> str | None:
    """我县 … “政和大嫂”: a county's own post that never writes its county's name in full (its short form is also a
    word, so it is read only after its parent) names it through its brand's. The one county that the article's
    brands come from is then its subject, where the subject found from the mentions is no county. The same reading
    as home_county, after the brands' origins are known: one county behind all of them."""
    from kg.extract.regions import speaks_as_a_county
    subject = Gazetteer.load().get(regions.subject) if regions.subject else None
    if subject is not None and subject.level == "county" or not brands or not speaks_as_a_county(article):
        return None
    home = _one_county(b.origin for b in brands if b.origin)
    return home if home not in regions.codes else None


def _one_county(codes) -> str | None:
    """The one county among the codes (each a region of the gazetteer or not), None if there are none or several."""
    gaz = Gazetteer.load()
    counties = {code for code in codes if (region := gaz.get(code)) is not None and region.level == "county"}
    return counties.pop() if len(counties) == 1 else None


# The words that make a place name a town's or a village's (A镇, A乡, A村, A街道).
_TOWN_WORDS = ("镇", "乡", "村", "街道")


def _written_as_town(text: str, name: str, place: str) -> bool:
    """The article writes the name's place prefix as a town or a village (A镇) and never as the county it also
    names (A县)."""
    surface = _surface_from_gazetteer(name, place)
    if not surface:
        return False
    full = Gazetteer.load().get(place).name
    return any(surface + word in text for word in _TOWN_WORDS) and full not in text


# A place word before the region (在B, 赴B, 来B) or a workplace or work after it (B的企业, B务工): the region hosts
# workers who came from elsewhere.
_HOST_BEFORE = re.compile(r"[在赴到来往于]$")
_HOST_AFTER = re.compile(r"(?:的?(?:企业|工厂|工地|车间|市场|家庭|酒店|餐馆)|务工|就业|打工|工作|从业)")


def _hosts_the_workers(article: Article, regions: RegionAnalysis, f: FoundBrand, local: str) -> bool:
    """The brand's sentence names the region it is tied to as the place its workers work in."""
    s = f.sentence
    for m in regions.mentions_between(s.start, s.end):
        if m.code == local and (_HOST_BEFORE.search(article.text, max(s.start, m.start - 1), m.start)
                                or _HOST_AFTER.match(article.text, m.end, s.end)):
            return True
    return False


def _builder_region(regions: RegionAnalysis, span: tuple[int, int]) -> str | None:
    """The region a builder phrase names: its first mention, or the one written after it inside it (A市B县打造的: B县,
    the most specific of a region written with its parents)."""
    built_by = regions.mentions_between(*span)
    if not built_by:
        return None
    code, end = built_by[0].code, built_by[0].end
    for mention in built_by[1:]:
        if mention.start != end or not _contains(code, mention.code):
            break
        code, end = mention.code, mention.end
    return code


def _contains(a: str, b: str) -> bool:
    return Gazetteer.load().contains(a, b)


def _possessor(article: Article, regions: RegionAnalysis, f: FoundBrand) -> str | None:
    at = f.start - 1 if f.start and article.text[f.start - 1] in QUOTE_OPEN else f.start
    if article.text[at - 1:at] != "的":
        return None
    before = [m for m in regions.mentions_between(max(0, at - 12), at - 1) if m.end == at - 1]
    if before:
        return before[-1].code
    return _named_possessor(article.text, at - 1)


# What may stand before a possessor that is a whole place name (，A的“X”; 、B的“Y”): a mark or the text's start.
_BEFORE_POSSESSOR = "，,、；;。：:（( \n"


def _named_possessor(text: str, end: int) -> str | None:
    """A division's name written whole right before 的 (，A的“X”) that the region finder did not read as a mention
    (it weighs a name that is also a word or a scenic area): the gazetteer's one reading of it, if it has one."""
    gaz = Gazetteer.load()
    for n in range(min(LONGEST_REGION_NAME, end), 1, -1):
        start = end - n
        if start > 0 and text[start - 1] not in _BEFORE_POSSESSOR:
            continue
        found = gaz.lookup(text[start:end])
        if len(found) == 1:
            return found[0].code
    return None


def _region_right_before(article: Article, regions: RegionAnalysis, f: FoundBrand) -> str | None:
    at = f.start - 1 if f.start and article.text[f.start - 1] in QUOTE_OPEN else f.start
    before = [m for m in regions.mentions_between(max(0, at - LONGEST_REGION_NAME), at) if m.end == at]
    return before[-1].code if before else None


def _variants(name: str) -> tuple[str, ...]:
    if name[-1] in "师工":
        return (name[:-1],) if len(name) >= 4 else ()
    return (name + "师", name + "工", name + "员")  # A修脚师, A刺绣工, A家政员


def _written_alone(text: str, word: str, names: list[str]) -> bool:
    """`word` occurs as itself, not only as the head of a longer brand word (张北司炉 inside 张北司炉工) nor
    inside another name of the brand (兴国建 inside 兴国建筑)."""
    longer = [n for n in names if len(n) > len(word) and word in n]
    covered = [(at, at + len(n)) for n in longer for at in occurrences(text, n)]
    # X工匠, X工人, X师傅: the last character of the variant starts another word (林州建筑工匠 is a description)
    compound = COMPOUND_AFTER if word[-1] in "师工" else None
    size = len(word)
    return any(not text.startswith(("师", "工"), at + size) and not any(s <= at and at + size <= e for s, e in covered)
               and not (compound and compound.match(text, at + size))
               for at in occurrences(text, word))


def _place_of(regions: RegionAnalysis, f: FoundBrand) -> tuple[str | None, str | None]:
    """The region named at the start of the brand name, and the surface that names it."""
    code = None
    try:
        from kg.extract.regions import place_in_name
        code = place_in_name(f.name, regions)
    except ImportError:  # the region finder is built by another stage; fall back to its mentions
        pass
    surface = None
    for m in regions.mentions_between(f.start, f.end + 1):
        if m.start == f.start:
            code = code or m.code
            surface = m.surface if code == m.code else surface
            break
    if code and surface is None:
        surface = _surface_from_gazetteer(f.name, code)
    return code, surface


def _surface_from_gazetteer(name: str, code: str) -> str | None:
    gaz = Gazetteer.load()
    for length in range(min(len(name) - 1, 10), 1, -1):
        if any(r.code == code for r in gaz.lookup(name[:length])):
            return name[:length]
    return None
