"""Labour flows: clauses that move or place workers from an origin region to destination regions."""
from __future__ import annotations

import re

from kg.model import Article, Evidence, Flow, RegionAnalysis, Sentence
from kg.extract.flows.record import RawFlow
from kg.extract.flows.batches import (
    batch_origins, boarded_provinces, changed_onward, changing_at, counted_onward, implied_by_cities, is_event,
    same_batch,
)
from kg.extract.flows.sentence import article_readings, flows_in_sentence, flows_read
from kg.extract.flows.tables import table_flows

__all__ = ["RawFlow", "article_readings", "find_flows", "flows_in_sentence", "flows_read"]


# (no digit before the year: tested after it, so that the search skips to a 2 or a 1)
_YEAR = re.compile(r"(20\d{2}|19\d{2})(?<!\d\d{4})年")
# the present and the reported event (当天, 首批, 2月20日) take the year of the article's date line
_NOW = re.compile(r"今年|目前|日前|近日|当前|止目前|截至目前|当天|当日|昨天|昨日|今天|今日|此次|本次|本批|首批|"
                  r"(?<![\d年])\d{1,2}月\d{1,2}日")
BATCH_LOOKBACK = 3  # 这批 points back to the move told a sentence or two before, across a paragraph break
CHANGE_LOOKAHEAD = 2  # the train the workers changed onto leaves in the next sentence or the one after


def find_flows(article: Article, regions: RegionAnalysis) -> tuple[Flow, ...]:
    """One Flow per (origin, destination), first evidence and first stated count kept."""
    merged: dict[tuple[str, str], Flow] = {}
    shared: dict[tuple[str, str], bool] = {}
    labels: set[tuple[str, str]] = set()
    events: set[tuple[str, str]] = set()  # pairs whose count is that of the reported event
    last_moved: tuple[int, list[RawFlow]] = (-BATCH_LOOKBACK - 1, [])  # the latest sentence that moved workers
    changing: tuple[int, tuple[list[str], str]] = (-CHANGE_LOOKAHEAD - 1, ([], ""))  # workers come to change trains
    readings = article_readings(article, regions)
    rows = table_flows(article, regions)
    for index, sentence in enumerate(article.sentences):
        raws = flows_read(readings, article, regions, sentence) or rows.get(index, [])
        if raws and "来自" in sentence.text:
            # 这批务工人员分别来自X市“六县一区”，即A、B…，到达C后…: the sentence that goes on moving the batch (to C)
            # names its finer origins too
            raws = raws + batch_origins(sentence, regions, raws)
        if index - last_moved[0] <= BATCH_LOOKBACK:
            raws = same_batch(sentence, regions, raws, last_moved[1]) if raws else \
                batch_origins(sentence, regions, last_moved[1])
            for key in boarded_provinces(raws):  # (the stations name the province's workers at their most specific)
                merged.pop(key, None)
                shared.pop(key, None)
                events.discard(key)
                labels.discard(key)
        if raws:
            last_moved = (index, raws)
            if index - changing[0] <= CHANGE_LOOKAHEAD:
                raws = raws + changed_onward(raws, changing[1])
        elif "乘" in sentence.text and (change := changing_at(sentence, regions)) is not None:  # (every change names 乘)
            changing = (index, change)
        for raw in raws:
            key = (raw.origin, raw.destination)
            if raw.label:
                labels.add(key)
            if raw.workers is None and ("后" in sentence.text or "到了" in sentence.text):
                raw = counted_onward(raw, sentence, regions, merged)
            flow = merged.get(key)
            if flow is None:
                merged[key] = Flow(raw.origin, raw.destination, Evidence.of(sentence), raw.workers,
                                   raw.approximate, _year(article, sentence))
                shared[key] = raw.shared
                if raw.workers is not None and is_event(sentence.text, raw, base=sentence.start):
                    events.add(key)
            elif raw.workers is not None and (flow.workers is None or shared[key] and not raw.shared
                                              or key not in events and is_event(sentence.text, raw, base=sentence.start)):
                # a count stated for this pair alone outranks one shared by a list of destinations; the count
                # of the reported event (本次, 首批, 当天) outranks a total given before it
                merged[key] = Flow(flow.origin, flow.destination, flow.evidence, raw.workers, raw.approximate,
                                   flow.year)
                shared[key] = raw.shared
                if is_event(sentence.text, raw, base=sentence.start):
                    events.add(key)
    return tuple(flow for key, flow in merged.items() if not implied_by_cities(key, merged, labels))


def _year(article: Article, sentence: Sentence) -> int | None:
    years = _YEAR.findall(sentence.text) if "年" in sentence.text else []
    if len(set(years)) == 1:
        return int(years[0])
    if not years and _NOW.search(sentence.text):
        return article.year
    return None
