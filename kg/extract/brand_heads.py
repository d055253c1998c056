"""Brands named as the heads of the paragraphs that introduce them one by one (A焊工：从业人员…，主要在B、C务工), as a
notice or a work report about labour brands lays out its list's profiles.

A head names a brand when it is a place and a trade, or when the article's table of brands (brand_tables) lists the
same name; an interview's "王师傅：" or a body's "联系人：" is none. Unless the table lists them, the heads must
introduce two brands at least, so that one line of another kind of text is not read as a list.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import NamedTuple

from kg.model import Article, Sentence

# A paragraph head: maybe an ordinal, then the name and a colon.
_HEAD = re.compile(r"^\s*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]\s*)?([\u4e00-\u9fff]{2,12})[：:]")
# How many heads must introduce brands for them to be read as a list.
_LEAST_HEADS = 2


class HeadedBrand(NamedTuple):
    sentence: Sentence
    start: int  # offsets of the name in the sentence
    end: int
    name: str


def headed_brands(article: Article, tabled: Collection[str],
                  place_and_trade: Callable[[str], bool]) -> list[HeadedBrand]:
    """The brands that open the article's paragraphs before a colon. `tabled` holds the names the article's table
    lists; `place_and_trade` says whether a name is a place and a trade."""
    if "品牌" not in article.text:
        return []  # profiles of anything else (people, companies) name no brand
    heads = []
    for i, sentence in enumerate(article.sentences):
        if i and article.sentences[i - 1].paragraph == sentence.paragraph:
            continue  # only a paragraph's first sentence opens with its head
        head = _HEAD.match(sentence.text)
        if head and (head.group(1) in tabled or place_and_trade(head.group(1))):
            heads.append(HeadedBrand(sentence, head.start(1), head.end(1), head.group(1)))
    if len(heads) >= _LEAST_HEADS:
        return heads
    return [h for h in heads if h.name in tabled]
