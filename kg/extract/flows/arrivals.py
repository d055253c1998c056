"""Where the workers a clause takes in arrive when it names no receiver: a station welcoming them, their train's end."""
from __future__ import annotations

import re

from kg.extract.flows.clauses import sentence_index
from kg.extract.flows.places import can_flow
from kg.extract.flows.reading import Reading


# 嘉兴南站迎来…来自A县的N名务工人员: the city whose station welcomes the workers takes them in.
_STATION_WELCOMES = re.compile(r"[东南西北]?(?:火车站|高铁站|汽车站|客运站|机场|站)[^，。；！？]{0,6}?(?:迎来|迎接|接到|接回)")


def welcoming_station(r: Reading, places: list[str]) -> str | None:
    base, text = r.base, r.text
    for m in r.scan.mentions:
        if m.end > r.first.start:
            break
        if _STATION_WELCOMES.match(text, m.end - base) and all(can_flow(p, m.code) for p in places):
            return m.code
    return None


# 等待乘坐G3105次专列前往A。…此趟G3105次专列…来自B、C的N名务工人员乘坐专列: one train number, one train, so the
# workers said to ride it go where the sentence before sent it.
_TRAIN_NUMBER = re.compile(r"[A-Z]\d{1,5}次")
# 去 alone is a verb of going here (坐G1234次专列去宁波), never the 去 of 去年 (the train's opening year).
_TRAIN_GOES = re.compile(r"前往|开往|驶往|驶向|开赴|奔赴|直达|抵达|到达|发往|去往|去(?!年)")
TRAIN_LOOKBACK = 3  # sentences back to the one that named the train's destination
TRAIN_VERB_WINDOW = 24  # from the train number to its verb of going (…次务工专列前往)


def train_destination(r: Reading, places: list[str]) -> str | None:
    number = _TRAIN_NUMBER.search(r.text)
    if number is None:
        return None
    article, regions = r.scan.article, r.scan.regions
    index = sentence_index(article, r.scan.sentence)
    for previous in reversed(article.sentences[max(0, index - TRAIN_LOOKBACK):index]):
        at = previous.text.find(number.group())
        goes = _TRAIN_GOES.search(previous.text, at, at + TRAIN_VERB_WINDOW) if at >= 0 else None
        if goes is None:
            continue
        after = regions.mentions_between(previous.start + goes.end(), previous.end)
        if after and all(can_flow(p, after[0].code) for p in places):
            return after[0].code
    return None
