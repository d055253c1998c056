"""Rewrite one article and its gold into a variant: other places, traditional script, pinyin glosses, a web page."""
from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field

from kg.gazetteer import Gazetteer, Region
from kg.normalize import PINYIN, TONED, clean_text

# Gold fields that hold no text of the article: never rewritten.
_FIXED_KEYS = {"file", "level"}
# The place swap leaves provinces alone: their one-letter abbreviations (粤, 鲁, 苏) and the
# 鲁字号-style words built on them could not be swapped consistently.
SWAPPED_LEVELS = ("city", "county")
# Last letters of an administrative unit's name (the gazetteer lists 大通县 as a short form of 大通回族土族自治县).
UNIT_LETTERS = "省市县区旗州盟"
# How many letters either side of a swapped name are checked for a place name made across its edge.
EDGE = 3
LONGEST_CROSSING = 6  # names up to this long are looked for across the edge (short and two-letter full names)
# Share of eligible words (multi-character, changed by s2t) that get a pinyin gloss: garbled pages
# gloss some words, not all of them.
GLOSS_EVERY = 3


# -- a) place swap -------------------------------------------------------------------------------------
@dataclass
class SwapResult:
    text: str
    gold: dict
    mapping: dict[str, str] = field(default_factory=dict)  # official name -> official name
    substitutions: int = 0  # occurrences replaced in the text
    kept: dict[str, str] = field(default_factory=dict)  # region left as it is -> why
    skipped: str | None = None  # why the whole article was left out, else None


def _gold_region_names(gold: dict) -> set[str]:
    names = set()
    for r in gold.get("regions", []):
        names.add(r["name"])
        if r.get("parent"):
            names.add(r["parent"])
    for b in gold.get("brands", []):
        if b.get("origin"):
            names.add(b["origin"])
        names.update(b.get("destinations", []))
    for f in gold.get("flows", []):
        names.update(x for x in (f.get("from"), f.get("to")) if x)
    for m in gold.get("metrics", []):
        if m.get("region"):
            names.add(m["region"])
    return names


def _resolve(name: str, gold: dict, gaz: Gazetteer) -> Region | None:
    """The gazetteer region a gold name stands for (the gold parent settles same-named districts)."""
    hits = [r for r in gaz.lookup(name) if r.name == name]
    if len(hits) > 1:
        parents = {r["parent"] for r in gold.get("regions", []) if r["name"] == name}
        hits = [r for r in hits if r.parent and gaz.get(r.parent) and gaz.get(r.parent).name in parents]
    return hits[0] if len(hits) == 1 else None


def _surfaces(region: Region) -> tuple[str, ...]:
    return (region.name, *region.short_names, *region.former_names, *_kind_forms(region))


# 威宁自治县, 恩施自治州: an autonomous unit written with its stem and kind but not its peoples.
_AUTONOMOUS_KINDS = ("自治县", "自治州", "自治旗")


def _kind_forms(region: Region) -> tuple[str, ...]:
    if region.kind not in _AUTONOMOUS_KINDS or not region.short_names:
        return ()
    form = min(region.short_names, key=len) + region.kind
    return () if form == region.name else (form,)


def _with_unit(short: str, region: Region) -> bool:
    """大通县 beside 大通, 恩施州 beside 恩施: a short form that is another one plus a unit letter (温州 is
    a plain stem, though 州 is also a unit letter)."""
    return short[-1] in UNIT_LETTERS and short[:-1] in region.short_names


def _unambiguous(region: Region, gaz: Gazetteer, common_words: frozenset[str]) -> bool:
    return all(len(gaz.lookup(n)) == 1 and n not in common_words for n in (region.name, *region.short_names))


def _candidates(region: Region, parent_code: str | None, gaz: Gazetteer, text: str, taken: set[str],
                abbreviated: set[str]) -> list[Region]:
    """Regions that can stand in for `region`: same level and parent, a stem, not named in the text."""
    siblings = gaz.children(parent_code) if parent_code else []
    contexts = _contexts(region, text)
    out = []
    for r in siblings:
        if r.level != region.level or r.code in taken or r.code in abbreviated or not r.short_names:
            continue
        if any(len(s) < 2 for s in r.short_names):
            continue
        if any(n in text for n in _surfaces(r)):
            continue
        if _straddles(r.short_names[0], contexts, gaz):
            continue
        out.append(r)
    return out


def _contexts(region: Region, text: str) -> set[tuple[str, str]]:
    """The letters just before and after each place where the text writes the region's bare stem (the
    place the stand-in's stem will take; a full name keeps its unit letter, 天水市)."""
    surfaces = sorted(_surfaces(region), key=len, reverse=True)
    stems = {s for s in region.short_names if not _with_unit(s, region)}
    out = set()
    for m in re.finditer("|".join(map(re.escape, surfaces)), text):
        if m.group(0) in stems:
            out.add((text[max(0, m.start() - EDGE):m.start()], text[m.end():m.end() + EDGE]))
    return out


def _straddles(stem: str, contexts: set[tuple[str, str]], gaz: Gazetteer) -> bool:
    """True when the stem, put where the old name stood, would make another place name across its edge
    (晋中 before 山: 中山). The swap is to change the place, not to write a new one by accident."""
    names = gaz.names()
    for before, after in contexts:
        window = before + stem + after
        lo, hi = len(before), len(before) + len(stem)
        for a in range(len(window)):
            for b in range(a + 2, min(len(window), a + LONGEST_CROSSING) + 1):
                if (a < lo < b or a < hi < b) and window[a:b] in names:
                    return True
    return False


# Kinds that a text calls by the same word (全县 for a 县, an autonomous 县 or a 旗 alike).
_KIND_GROUPS = {"自治县": "县", "旗": "县", "自治旗": "县", "林区": "县", "特区": "市辖区"}


def _kind_group(kind: str) -> str:
    return _KIND_GROUPS.get(kind, kind)


def _assign(regions: dict[str, Region], kept: dict[str, str], gaz: Gazetteer, text: str, rng: random.Random,
            common_words: frozenset[str], abbreviated: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Pick a stand-in for every region not kept: cities first, then counties under their new city.

    When a county finds no sibling under its city's stand-in (嘉峪关市 has no counties), the city is
    kept instead and the choice starts again, so that every county in the gold keeps its true parent.
    """
    state = rng.getstate()
    while True:
        rng.setstate(state)
        taken = {r.code for r in regions.values()}
        code_map: dict[str, str] = {}
        mapping: dict[str, str] = {}
        order = sorted((r for n, r in regions.items() if n not in kept),
                       key=lambda r: (SWAPPED_LEVELS.index(r.level), r.code))
        stranded = None
        for region in order:
            parent_code = code_map.get(region.parent, region.parent)
            # Only a unit of the same kind: the text calls it 全市 or 全县, 我区 or 我州, which must stay true.
            pool = [r for r in _candidates(region, parent_code, gaz, text, taken, abbreviated)
                    if _kind_group(r.kind) == _kind_group(region.kind)]
            preferred = [r for r in pool if _unambiguous(r, gaz, common_words)]
            if not pool:
                if region.parent in code_map:
                    stranded = gaz.get(region.parent).name
                    break
                kept[region.name] = "no sibling of its kind left to swap with"
                continue
            choice = rng.choice(preferred or pool)
            taken.add(choice.code)
            code_map[region.code] = choice.code
            mapping[region.name] = choice.name
        if stranded is None:
            return code_map, mapping
        kept[stranded] = "its counties could not all move with it"


def _replacer(table: dict[str, str]):
    """One pass, longest name first, so 天水市 is replaced as a whole before its stem 天水 is tried."""
    if not table:
        return None
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=lambda k: (-len(k), k))))
    return pattern


def _rewrite(value, pattern, table):
    """The gold with every string (and dict key) rewritten, but for the fields that hold no article text."""
    if isinstance(value, str):
        return pattern.sub(lambda m: table[m.group(0)], value)
    if isinstance(value, list):
        return [_rewrite(v, pattern, table) for v in value]
    if isinstance(value, dict):
        return {(_rewrite(k, pattern, table) if isinstance(k, str) else k):
                (v if k in _FIXED_KEYS else _rewrite(v, pattern, table)) for k, v in value.items()}
    return value


def _surface_table(regions: dict[str, Region], mapping: dict[str, str], code_map: dict[str, str],
                   gaz: Gazetteer) -> tuple[dict[str, str], str | None]:
    """Every form a gold region is written in -> what replaces it (itself for a kept region), and a clash:
    two regions that share a form but not its replacement (then the article cannot stay consistent)."""
    table: dict[str, str] = {}
    owner: dict[str, str] = {}
    clash = None
    for name, region in regions.items():
        if name in mapping:
            target = gaz.get(code_map[region.code])
            stem = target.short_names[0]
            # A short form that keeps its unit letter (大通县 beside 大通) is written as the full name.
            forms = {region.name: target.name,
                     **{s: target.name if _with_unit(s, region) else stem for s in region.short_names},
                     **{f: target.name for f in (*region.former_names, *_kind_forms(region))}}
        else:
            forms = {s: s for s in _surfaces(region)}
        for surface, replacement in forms.items():
            if surface in owner and owner[surface] != name and table[surface] != replacement:
                clash = f"{owner[surface]} and {name} share the form {surface}"
            owner.setdefault(surface, name)
            table.setdefault(surface, replacement)
    return table, clash


def swap_places(text: str, gold: dict, gaz: Gazetteer, rng: random.Random,
                common_words: frozenset[str] = frozenset()) -> SwapResult:
    """Replace each city and county of the gold by a sibling region, in the text and the gold alike.

    Cities go first, then counties among the children of their (possibly new) parent, so the gold's
    hierarchy stays true. A region is kept as it is when it cannot be swapped safely: a province, a
    region without a short name of two or more characters (攸县: its stem would be one letter), a city
    with a one-letter abbreviation (锡, 蓉), a name the gazetteer cannot resolve, or no sibling left;
    its parent is kept too. Every name of a kept region is protected, so a stem never matches inside
    it. Two regions that share a surface form make the article skipped (it could not stay consistent).
    """
    abbreviated = {code for code, _strict in gaz.abbreviations().values()}
    names = sorted(_gold_region_names(gold))
    regions: dict[str, Region] = {}
    kept: dict[str, str] = {}
    for name in names:
        region = _resolve(name, gold, gaz)
        if region is None:
            kept[name] = "not resolved in the gazetteer"
        else:
            regions[name] = region
    for name, region in regions.items():
        if region.level not in SWAPPED_LEVELS:
            kept[name] = "province"
        elif region.code in abbreviated:
            kept[name] = "has a one-letter abbreviation"
        elif not region.short_names or any(len(s) < 2 for s in region.short_names):
            kept[name] = "stem shorter than two letters"
    # A kept region keeps its parent, or the gold hierarchy would be wrong after the swap.
    for name in list(kept):
        region = regions.get(name)
        parent = gaz.get(region.parent) if region and region.parent else None
        while parent is not None and parent.name in regions and parent.level in SWAPPED_LEVELS:
            kept.setdefault(parent.name, "parent of a kept region")
            parent = gaz.get(parent.parent) if parent.parent else None
    code_map, mapping = _assign(regions, kept, gaz, text, rng, common_words, abbreviated)
    table, clash = _surface_table(regions, mapping, code_map, gaz)
    if clash:
        return SwapResult(text, gold, kept=kept, skipped=clash)
    pattern = _replacer(table)
    if pattern is None or not mapping:
        return SwapResult(text, gold, kept=kept)
    count = 0

    # Articles in traditional characters name the places in that script; the gold stays simplified.
    text_table = dict(table)
    for surface, replacement in table.items():
        text_table.setdefault(to_traditional(surface), to_traditional(replacement))
    text_pattern = _replacer(text_table)

    def sub(m: re.Match) -> str:
        nonlocal count
        new = text_table[m.group(0)]
        count += new != m.group(0)
        return new

    # A gloss or mojibake inside a name (遂寧(níng)市) hides it from the swap while the tool still reads
    # it: check on the text as the tool cleans it, retry without glosses, else leave the article alone.
    for attempt in (text, _BRACKET_GLOSS.sub("", text)):
        count = 0
        new_text = text_pattern.sub(sub, attempt)
        survivor = _survivor(new_text, regions, mapping, table)
        if survivor is None:
            return SwapResult(new_text, _rewrite(gold, pattern, table), mapping=mapping, substitutions=count,
                              kept=kept)
    return SwapResult(text, gold, kept=kept, skipped=f"{survivor} survives the swap (a gloss or mojibake in it)")


# 遂寧(níng)市: a whole gloss in brackets. Not the half-eaten form (?níng)) that the tool needs to repair
# the GBK mojibake around it, which kg.normalize.strip_glosses would also remove.
_BRACKET_GLOSS = re.compile(f"(?<=[^\\x00-\\x7f])[(（](?=[{PINYIN}]{{0,7}}[{TONED}])[{PINYIN}]{{1,8}}[)）]")


def _survivor(new_text: str, regions: dict[str, Region], mapping: dict[str, str], table: dict[str, str]) -> str | None:
    """A swapped-out name that the tool would still read in the new text, else None."""
    cleaned = clean_text(new_text)[0]
    for name in mapping:
        for surface in (regions[name].name, *regions[name].short_names):
            if surface in cleaned and not any(surface in other for other in table.values()):
                return surface
    return None


# -- b) traditional characters, c) pinyin glosses ----------------------------------------------------
_converters: dict[str, object] = {}
# Below this share of its Han letters changed by s2t, an article is in traditional script already (and
# may hold GBK mojibake that the tool repairs, which converting it again would break).
TRADITIONAL_ALREADY = 0.1
BIG5_FAMILY = ("big5", "cp950", "big5hkscs")


def to_traditional(text: str, config: str = "s2t") -> str:
    """The text in traditional characters, as OpenCC (the project's own dependency) writes it.

    s2t gives OpenCC's standard forms (爲, 着, 羣), which Big5 cannot hold; s2tw gives the Taiwan
    forms (為, 著, 群) that a Big5 page carries.
    """
    if config not in _converters:
        import opencc

        _converters[config] = opencc.OpenCC(config)
    return _converters[config].convert(text)


def already_traditional(text: str) -> bool:
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    changed = sum(1 for a, b in zip(text, to_traditional(text)) if a != b)
    return han == 0 or changed / han < TRADITIONAL_ALREADY


def add_pinyin_glosses(text: str, every: int = GLOSS_EVERY) -> str:
    """Traditional text with the pinyin of some characters in brackets after them, as garbled pages do.

    Every `every`-th multi-character word (jieba) whose traditional form differs gets the toned pinyin
    of its last changed character right after that character: 劳务 -> 勞務(wù), 经济 -> 經(jīng)濟.
    """
    import jieba
    from pypinyin import Style, pinyin

    out = []
    seen = 0
    for word in jieba.cut(text, HMM=False):
        trad = to_traditional(word)
        changed = [i for i, (a, b) in enumerate(zip(word, trad)) if a != b]
        if len(word) < 2 or not changed or len(trad) != len(word):
            out.append(trad)
            continue
        seen += 1
        if seen % every:
            out.append(trad)
            continue
        i = changed[-1]
        syllable = pinyin(word, style=Style.TONE)[i][0]
        out.append(f"{trad[:i + 1]}({syllable}){trad[i + 1:]}")
    return "".join(out)


def encode(text: str, encodings: tuple[str, ...]) -> tuple[bytes, str]:
    """The text's bytes in the first of `encodings` that holds all of it, else UTF-8; and the codec used."""
    for encoding in encodings:
        try:
            return text.encode(encoding), encoding
        except UnicodeEncodeError:
            continue
    return text.encode("utf-8"), "utf-8"


# -- d) a web page around the article ------------------------------------------------------------------
_DATE_LINE = re.compile(r"(19|20)\d\d\s*[-年/.]\s*\d{1,2}")
_SOURCE_WORD = re.compile(r"^(来源|來源|发布时间|發布時間|作者|编辑|編輯)|(来源|來源)[:：]")
HEAD_LINES = 6  # where a page's headline and its date/source lines are looked for
# A headline is a short line that ends no sentence; a longer first line is the article's first paragraph.
HEADLINE_MAX = 40
HEADLINE_MIN = 6  # shorter lines on top of a page are labels (图片, 重要新闻)


# Marks of a site's own lines above an article (a channel path, a tab bar, a spam banner), never a headline.
_CHROME_MARKS = (">", "»", "|", "｜", "_", "官网", "首页", "位置")


def _headline(line: str) -> bool:
    return (HEADLINE_MIN <= len(line) <= HEADLINE_MAX and "。" not in line
            and not any(m in line for m in _CHROME_MARKS))


def chrome_places(gold: dict, text: str, gaz: Gazetteer, rng: random.Random, n: int = 7) -> list[Region]:
    """Provinces and cities that neither the gold nor the text names, for the page's navigation and links."""
    used = _gold_region_names(gold)
    pool = [r for r in gaz if r.level in ("province", "city") and r.name not in used
            and r.short_names and not any(s in text for s in _surfaces(r))]
    return rng.sample(pool, min(n, len(pool)))


def _info_line(line: str) -> bool:
    return len(line) < 80 and (_DATE_LINE.search(line) is not None or _SOURCE_WORD.search(line) is not None)


def split_head(text: str, fallback: str, headline: str | None = None) -> tuple[str, list[str], list[str]]:
    """(headline, date/source lines, body lines) of a plain-text article.

    `headline` is the title as the tool reads the plain-text article, when known: the page then differs
    from the text only by its chrome. Else the first short line among the first few that is no date or
    source line and carries no mark of site chrome. An article without one shows its first words as the
    page's headline and keeps the whole paragraph in the body, so that no sentence leaves the body.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    info = [ln for ln in lines[:HEAD_LINES] if _info_line(ln)]
    rest = [ln for ln in lines if ln not in info]
    if headline:
        squashed = _squash(headline)
        return headline, info, [ln for ln in rest if _squash(_ORIGINAL_TITLE.sub("", ln)) != squashed]
    for i, line in enumerate(rest[:HEAD_LINES]):
        if _headline(line):
            return line, info, rest[:i] + rest[i + 1:]
    first = rest[0] if rest else fallback
    return re.split(r"[。！？!?]", first)[0][:HEADLINE_MAX] or fallback, info, rest


_ORIGINAL_TITLE = re.compile(r"^\s*(原标题|原標題|原標\(biāo\)題)[:：]\s*")


def _squash(line: str) -> str:
    return re.sub(r"\s+", "", line)


def wrap_html(text: str, title_fallback: str, places: list[Region], headline: str | None = None) -> str:
    """The article as a news page: a header with a site named after some other place, navigation naming
    other places, a breadcrumb, the headline in <h1>, the date/source line, the body in <p>, and a footer
    with related links naming other places and a copyright line. Adds no fact about the article."""
    title, info, body = split_head(text, title_fallback, headline)
    e = html.escape
    site = f"{places[0].short_names[0]}新闻网" if places else "民生资讯网"
    nav_places, related_places = places[1:1 + len(places) // 2], places[1 + len(places) // 2:]
    nav = "".join(f'<li><a href="/{i}/">{e(r.short_names[0])}</a></li>' for i, r in enumerate(nav_places))
    related = "".join(f'<li><a href="/news/{i}.html">{e(r.short_names[0])}举办春季返乡创业座谈会</a></li>'
                      for i, r in enumerate(related_places))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{e(title)}_{e(site)}</title></head><body>",
        f'<header class="site-header"><a class="logo" href="/">{e(site)}</a> <span>民生 · 就业 · 社保</span></header>',
        f'<nav class="nav"><ul><li><a href="/">首页</a></li>{nav}<li><a href="/jy/">就业</a></li></ul></nav>',
        '<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/jy/">就业</a> &gt; 正文</div>',
        "<article>",
        f"<h1>{e(title)}</h1>",
        *(f'<div class="info">{e(ln)}</div>' for ln in info),
        *(f"<p>{e(ln)}</p>" for ln in body),
        "</article>",
        f'<footer><div class="related"><h3>相关文章</h3><ul>{related}</ul></div>',
        f"<p>Copyright © 2003-2025 {e(site)} 版权所有 未经授权禁止转载</p></footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"
