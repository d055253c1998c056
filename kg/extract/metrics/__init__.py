"""Quantitative statements (lw:Observation): each figure with value, unit, indicator, region and year."""
from __future__ import annotations

import re

from kg.extract.numbers import Quantity, read_quantities
from kg.model import Article, Brand, Evidence, Observation, RegionAnalysis, RegionMention, Sentence
from kg.extract.metrics.brand_owner import BrandHomes, brand_body_opening, brand_owner, quoted_accounts
from kg.extract.metrics.clauses import Clause
from kg.extract.metrics.indicators import THIS_FIGURE, aboard_of_vehicle_before, caption_place, indicator_of
from kg.extract.metrics.parts import respective_items
from kg.extract.metrics.leads import (
    CLOSING_QUOTES, OPENING_QUOTES, QUOTED_LEAD, load_gazetteer, mentions_in, opens_on_a_firms_speaker, split_clauses,
    town_counties,
)
from kg.extract.metrics.owners import ABOARD_OPENING, departure_before, region_for, respectively
from kg.extract.metrics.tables import table_rows
from kg.extract.metrics.statements import (
    baseline_in_brackets, baseline_of, is_anecdote, is_footer, is_statement, keeps_in_anecdote, masked_spans,
    metric_unit, own_wage, section_heading,
)
from kg.extract.metrics.years import (CAPTION_MARKS, SPAN_KINDS, TABLE_LINE, caption_year, headline_year,
                                      present_after, year_after, year_for, year_markers)

__all__ = ["find_metrics"]


def find_metrics(article: Article, regions: RegionAnalysis, brands: tuple[Brand, ...] | list[Brand] = ()
                 ) -> tuple[Observation, ...]:
    """One Observation per quantitative statement of the article, in order of appearance (the headline's first,
    where the headline stands apart from the body). `brands` lets a brand's figures go to the brand's origin."""
    homes = BrandHomes.of(brands)
    headline = _headline_metrics(article, regions, homes)
    out: list[Observation] = []
    gaz = load_gazetteer()
    by_paragraph: dict[int, list[Sentence]] = {}
    paragraph_order: list[int] = []
    for sentence in article.sentences:
        if sentence.paragraph not in by_paragraph:
            paragraph_order.append(sentence.paragraph)
            by_paragraph[sentence.paragraph] = []
        by_paragraph[sentence.paragraph].append(sentence)
    towns = town_counties(article, regions, gaz)
    article_year = article.year
    # The year in force at the end of the last paragraph that named a time: a table of "指标：数值" lines
    # under a heading (一季度主要数据：) reports for the time said before it.
    table_year: int | None = None
    # A report with a date line reports the state and the events of its date: a figure with no time word
    # is of that year. A year read off the text alone starts nothing.
    event_year: int | None = None if article.document.date_inferred else article_year
    # A headline that names one year (某县2023年度转移就业工作总结, 2023年某市输出劳动力12万人) says which year the
    # report is of: figures with no time word are of it, and so are its bare months (8月，首批…), even where the
    # report came out early in the next year.
    report_year = headline_year(article.title, article_year)
    if report_year is not None:
        event_year = report_year
    # unit -> what the last figure of that unit in an earlier sentence counted (这一数字 refers back to it)
    last_of_unit: dict[str, str] = {}
    county_named: str | None = None  # the county the article named last (全县 refers to it, in its prefecture)
    values_stated: set = set()  # (a value stated twice is rare: only then is _said_again asked)
    stated_twice = False
    in_plan_section = False
    rows = table_rows(article, regions)  # (序号 品牌名称 申报地区 … 从业人数: each row's figures are its region's)
    for paragraph in paragraph_order:
        sentences = by_paragraph[paragraph]
        if is_footer(article, paragraph, sentences):
            break
        heading = section_heading(sentences)
        if heading is not None:
            in_plan_section = heading  # (a heading that names no plan ends the plan's section)
        if in_plan_section:
            continue  # 三、2024年工作打算 / 下一步工作计划: what follows are goals, not what was done
        fallback = regions.subject_of_paragraph(paragraph)
        if fallback is not None and regions.subject is not None and fallback != regions.subject \
                and gaz is not None and not gaz.contains(regions.subject, fallback) \
                and opens_on_a_firms_speaker(sentences[0].text, mentions_in(regions, sentences[0]), sentences[0].start):
            # 某市某某公司总经理表示：“…”, that city outside the article's subject: the firm's city is who speaks,
            # not what the paragraph is about
            fallback = regions.subject
        if homes.pairs and (origin := _item_brand(sentences[0].text, homes)) is not None and (
                fallback is None or gaz is None or gaz.contains(fallback, origin)):
            fallback = origin  # 2．某县焊工。现有从业人员…: an item of a list of brands tells of that brand
        # the year in force, carried sentence to sentence; a report's own year (its date line's, or today's)
        # goes on into the next paragraph, which tells the same event (the train left at noon, 565 aboard)
        year_state: int | None = event_year
        last_dated: int | None = report_year  # the last year a marker named outright, for 当年 and bare dates
        carry_region: str | None = None
        dated = False
        previous_mentions: list[RegionMention] = []
        previous_sentence: tuple[str, int, list[RegionMention]] | None = None  # (text, offset, mentions)
        accounts = quoted_accounts(article.text, sentences, regions, homes)
        for index_in_paragraph, sentence in enumerate(sentences):
            text = sentence.text
            mentions = mentions_in(regions, sentence)
            candidates, masked = _candidates(text, homes)
            # (a sentence without figures is read for the region it carries on only)
            clauses = split_clauses(text, mentions, sentence.start, carry_region or fallback, fallback, gaz, towns,
                                    lead_only=not candidates, county_named=county_named)
            # A lead read off a quoted name (“巴东建工”入选…) is the brand's place: it holds for its own clause
            # but does not carry the next sentence (目前，“硒都茶师”品牌从业人员… is the paragraph's again).
            lead = _carried_lead(text, clauses)
            markers = year_markers(text)
            dated = dated or bool(markers)
            if not markers and year_state is None and TABLE_LINE.match(text):
                year_state = table_year
            paired = (respectively(text, candidates, mentions, sentence.start, previous_mentions)
                      if "分别" in text else {})
            items = (respective_items(text, [q for q, _ in candidates], mentions, sentence.start)
                     if "分别" in text and not paired else {})
            previous: tuple[int, str] | None = None  # (end of the last figure, its indicator)
            sentence_counts: dict[str, str] = {}  # unit -> the indicator of its last figure in this sentence
            compares = "比" in text or "较" in text or "与" in text
            evidence = Evidence.of(sentence) if candidates else None  # one record for all its figures
            # the article's brands, where the sentence may name one (else no figure of it can be a brand's)
            sentence_homes = homes if candidates and homes.may_own(text) else None
            # where each figure's next one starts (the noun after a figure ends there); figures come in text order
            followings = [other.start for other, _ in candidates[1:]] + [len(text)]
            # 车上，280多名…: the train the sentence before saw off (asked once per sentence, not per figure)
            aboard = previous_sentence if candidates and text.lstrip().startswith(ABOARD_OPENING) else None
            for (q, unit), following in zip(candidates, followings):
                a_start, a_end = sentence.start + q.start, sentence.start + q.end
                if article.unreliable and not article.is_reliable(a_start, a_end):
                    continue
                region = paired.get(q.start) or region_for(q, text, clauses, mentions, sentence.start, carry_region,
                                                            fallback, gaz, sentence_homes, regions.subject,
                                                            accounts.get(index_in_paragraph) if accounts else None)
                row = rows.get(sentence.start) if rows else None
                if row is not None:
                    region = row.region
                if q.end < len(text) and text[q.end] in CAPTION_MARKS and mentions:
                    region = caption_place(q, text, mentions, sentence.start) or region  # (N——某县…: the county's)
                if region is None:
                    continue
                if aboard is not None and unit == "人":
                    region = departure_before(region, text, aboard, gaz) or region
                baseline = baseline_in_brackets(q, text) if masked else None
                if baseline is None and compares:
                    baseline = baseline_of(q, text)  # 比去年同期的2.8万人增加: the same, written with 的
                if baseline is not None:
                    # 较去年同期（1.48万人）增加…: last year's figure, of what the figure before it counts; the
                    # change after the brackets still compares with that figure, so `previous` stays
                    when, back = baseline
                    # (与去年同期的1.2万人相比 opening its sentence: the count of that unit the sentence before gave)
                    base = (previous[1].split("同比")[0] if previous else last_of_unit.get(unit)
                            or indicator_of(q, text, clauses, mentions, sentence.start, masked, None))
                    out.append(Observation(
                        region=region, value=q.value, unit=unit, indicator=when + base, evidence=evidence,
                        year=article_year - back if article_year and back is not None else None,
                        approximate=q.approximate, value_max=q.value_max))
                    continue
                indicator = (items.get(q.start) or (row.indicator_at(q.start) if row is not None else None)
                             or indicator_of(q, text, clauses, mentions, sentence.start, masked, previous, following))
                if aboard is not None and unit == "人":
                    indicator = aboard_of_vehicle_before(indicator, aboard[0]) or indicator
                if "数" in indicator and (this := THIS_FIGURE.search(indicator)) and unit in last_of_unit:
                    # 上年同期该数据为2.3万人: the figure an earlier sentence counted, at another time
                    indicator = indicator[:this.start()] + last_of_unit[unit] + indicator[this.end():]
                previous = (q.end, indicator)
                year = year_for(q.number_start, markers, year_state, last_dated, article_year)
                if markers and q.end < len(text) and text[q.end] in CAPTION_MARKS:
                    year = caption_year(q, text, markers, last_dated, article_year) or year
                if year is None and markers and present_after(q, text, markers):
                    year = article_year  # 6个品牌正在培育中: the clause's own present tense dates it
                # (positional, as the fields run: region, value, unit, indicator, evidence, year, approximate,
                # value_max; keywords cost more, once per figure)
                out.append(Observation(region, q.value, unit, indicator, evidence, year, q.approximate, q.value_max))
                sentence_counts[unit] = indicator
                if q.value in values_stated:
                    stated_twice = True
                else:
                    values_stated.add(q.value)
            prior = year_state
            year_state, last_dated = year_after(markers, year_state, last_dated, article_year)
            if markers and all(m.kind in SPAN_KINDS for m in markers):
                year_state = prior  # 每年带回20亿元；100多家…: a span of years dates its own sentence only
            if lead:
                carry_region = lead
            elif sentence_homes is not None and homes.only_origin is not None and homes.names_a_body(text):
                carry_region = _carried_brand_body(text, clauses, homes, fallback, gaz) or carry_region
            previous_mentions = mentions
            if gaz is not None:
                for m in mentions:
                    if m.code != county_named and (named := gaz.get(m.code)) is not None and named.level == "county":
                        county_named = m.code
            previous_sentence = (text, sentence.start, mentions)
            if sentence_counts:
                last_of_unit.update(sentence_counts)
        if dated:
            table_year = year_state
        event_year = year_state if year_state is not None and year_state in (article_year, report_year) else None
    if stated_twice:
        out = _said_again(out, gaz)
    if not headline:
        return tuple(out)  # (most articles: no set of the body's values to make)
    # A headline figure the body states too (in whatever words or counter) is read from the body, which says more.
    stated = {o.value for o in out}
    return tuple([o for o in headline if o.value not in stated] + out)


def _carried_lead(text: str, clauses: list[Clause]) -> str | None:
    """The first clause lead that is not read off a quoted name (a loop: this runs for every sentence)."""
    for clause in clauses:
        if clause.lead and not QUOTED_LEAD.match(text, clause.start):
            return clause.lead
    return None


# The number of an item in a list (1． 2、 （3） 四、) and a brand's name right after it, closed by a stop or colon.
_ITEM_NUMBER = re.compile(r"\s*(?:[0-9]{1,2}[．.、]|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s*")
_ITEM_NAME_END = ("。", "：", ":", "——", "，", " ", "\n")


def _item_brand(text: str, homes: BrandHomes) -> str | None:
    """The origin of the brand a numbered item opens on (3．某县车工。截至目前…), where the item names it alone
    before its first stop: a notice's annex of brand profiles, one paragraph per brand."""
    number = _ITEM_NUMBER.match(text)
    if number is None:
        return None
    at = number.end()
    if text[at:at + 1] in OPENING_QUOTES:
        at += 1
    for name, code in homes.by_head.get(text[at:at + 2], ()):
        if text.startswith(name, at):
            after = at + len(name)
            if text[after:after + 1] in CLOSING_QUOTES:
                after += 1
            return code if text.startswith(_ITEM_NAME_END, after) or after == len(text) else None
    return None


# The marks a portal's section titles open with (■ 从一个人到一支队伍): a title's figure is the section's, which
# the body states again in full, as a headline's is.
_SUBHEADING_MARKS = ("■", "●", "▲", "◆", "★", "□", "○")


def _subheading(o: Observation) -> bool:
    return o.evidence is not None and o.evidence.text.lstrip().startswith(_SUBHEADING_MARKS)


def _said_again(out: list[Observation], gaz) -> list[Observation]:
    """A count the article states twice (a lede's 400名工友踏上归途, then 车厢里坐着400名某县籍工友) is
    one statement: the reading of the wider region goes where another of the same value and unit is placed inside
    it and counts the same noun with more words."""
    if gaz is None:
        return out
    by_value: dict[tuple, list[Observation]] = {}
    for o in out:
        by_value.setdefault((o.value, o.unit), []).append(o)
    dropped = {id(o) for same in by_value.values() if len(same) > 1 for o in same
               if o.indicator and any(other.region != o.region and gaz.contains(o.region, other.region)
                                      and o.indicator in other.indicator and o.indicator != other.indicator
                                      for other in same)
               or _subheading(o) and any(not _subheading(other) for other in same)}
    return [o for o in out if id(o) not in dropped] if dropped else out


def _carried_brand_body(text: str, clauses: list[Clause], homes: BrandHomes, fallback: str | None,
                        gaz) -> str | None:
    """The brand's origin where a clause before any place opens on the brand's company (到目前为止，公司…)."""
    for clause in clauses:
        if clause.lead:
            return None
        origin = brand_body_opening(text, clause, homes, fallback, gaz)
        if origin:
            return origin
    return None


def _candidates(text: str, homes: BrandHomes) -> tuple[list[tuple[Quantity, str]], list[tuple[int, int]]]:
    """The figures of one sentence that are statements, each with its unit, and the sentence's masked spans."""
    # One pass over the figures, each test in the order of the filters it stands for (a unit, an anecdote's
    # figure kept, no one person's wage, a statement); the sentence-wide readings that some figure needs (is
    # it an anecdote, its masked spans) are read at the first figure that needs them, once.
    candidates: list[tuple[Quantity, str]] = []
    anecdote: bool | None = None
    masked: list[tuple[int, int]] | None = None
    for q in read_quantities(text):
        unit = metric_unit(q, text, homes)
        if unit is None:
            continue
        if anecdote is None:
            anecdote = is_anecdote(text)
        if anecdote and not keeps_in_anecdote(q, text):
            continue
        if unit == "元" and own_wage(q, unit, text):  # (own_wage holds of 元 only)
            continue
        if masked is None:
            masked = masked_spans(text)
        if is_statement(q, text, masked):
            candidates.append((q, unit))
    return candidates, masked if masked is not None else []


def _headline_metrics(article: Article, regions: RegionAnalysis, homes: BrandHomes) -> list[Observation]:
    """A headline kept apart from the body (HTML <title>, front matter) often gives the article's own round
    figure (…带动12万人就业) that the body states differently: it is a figure about the article's subject,
    of the article's year. A headline the body repeats is read with the body."""
    title = article.title
    if not title or title in article.text or regions.subject is None:
        return []
    candidates, masked = _candidates(title, homes)
    if not candidates:
        return []
    evidence = Evidence(title, 0, 0)  # the headline has no offsets in the body
    out, previous = [], None
    for q, unit in candidates:
        region = brand_owner(q, title, homes) or regions.subject
        indicator = indicator_of(q, title, [], [], 0, masked, previous)
        previous = (q.end, indicator)
        out.append(Observation(region=region, value=q.value, unit=unit, indicator=indicator, evidence=evidence,
                               year=article.year, approximate=q.approximate, value_max=q.value_max))
    return out
