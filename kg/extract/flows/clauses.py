"""Clauses of a sentence: their bounds, quoted speech, a company's name starting at a place, the sentence before."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

from kg.model import Article, Sentence
from kg.text.clauses import clause_bounds as shared_clause_bounds, mark_stops


# (「…」 and 『…』: the quotation marks of traditional-script and some simplified text)
_SPEECH = re.compile(r"“[^“”]{13,400}”|「[^「」]{13,400}」|『[^『』]{13,400}』")
# a company's name follows its place directly: 等地的家政公司 / 的服装企业 are where workers work, not a name
# (在苏州一家电子公司务工: a counted or unnamed company, 一家/某/多家, is where workers work, not a name)
_COMPANY_AFTER = re.compile(r"^(?![一两几多某各数][家个所]?)(?:(?![的等])[\u4e00-\u9fff]){0,8}?"
                            r"(?:有限|公司|集团|工厂|学院|学校|大学|分公司)")
COMPANY_NAME_WINDOW = 12  # _COMPANY_AFTER: up to 8 characters of a name and the word that makes it one


# 连同这趟A—B专列，共接回N名: a clause opening with one of these adds what it names into a total said after it
ADDING_IN = ("连同", "加上", "再加上", "算上", "包括", "加之")


def starts_company_name(text: str, rel_end: int) -> bool:
    """A place that starts a company's or a school's name (苏州欧普照明有限公司) is not a destination."""
    return bool(_COMPANY_AFTER.match(text[rel_end:rel_end + COMPANY_NAME_WINDOW]))


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Quoted stretches long enough to be speech (short quotes are names: “点对点”)."""
    if "“" not in text and "「" not in text and "『" not in text:
        return []
    return [(m.start(), m.end()) for m in _SPEECH.finditer(text)]


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The comma-clause of `text` that holds `pos` (the last one runs to the sentence's end, its end mark included)."""
    return shared_clause_bounds(_stops(text), pos, len(text))


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # 12,000人: a separator of thousands, no clause mark


@lru_cache(maxsize=8)
def _stops(text: str) -> list[int]:
    stops = mark_stops(text)
    if "," not in text:
        return stops
    separators = {m.start() for m in _THOUSANDS.finditer(text)}
    return [i for i in stops if i not in separators] if separators else stops


def sentence_index(article: Article, sentence: Sentence) -> int:
    """Where `sentence` stands in the article: sentences are in text order, so a bisection finds it (the rules
    of a clause ask for it per list read, and a scan comparing whole sentences grows with the article)."""
    sentences = article.sentences
    index = bisect_left(sentences, sentence.start, key=attrgetter("start"))
    if index < len(sentences) and sentences[index] == sentence:
        return index
    return sentences.index(sentence)


def previous_in_paragraph(article: Article, sentence: Sentence) -> Sentence | None:
    """The sentence just before `sentence` in its paragraph (其中…, 两县…, 列车… lean on it), or None."""
    index = sentence_index(article, sentence)
    previous = article.sentences[index - 1] if index else None
    return previous if previous is not None and previous.paragraph == sentence.paragraph else None


def next_in_paragraph(article: Article, sentence: Sentence) -> Sentence | None:
    """The sentence just after `sentence` in its paragraph (车上N名…, 按照协议… finish what it says), or None."""
    index = sentence_index(article, sentence) + 1
    following = article.sentences[index] if index < len(article.sentences) else None
    return following if following is not None and following.paragraph == sentence.paragraph else None
