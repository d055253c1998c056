"""The passage about brands: its sentences counted whole, and the words in it that refer back to a brand."""
from __future__ import annotations

import re

from kg.model import Article, Sentence

# The marks after which the segmenter ends a segment that the sentence goes on after.
_SEGMENT_GOES_ON = ("；", ";")
# The marks after which a paragraph's sentence goes on in the next paragraph: a list laid out one item a line
# (其中：⏎A 3万人；⏎B 2万人。) is one sentence however many lines it takes.
_PARAGRAPH_GOES_ON = ("；", ";", "：", ":")


def full_sentence_numbers(article: Article) -> list[int]:
    """For each segment, the number of the full sentence it belongs to: a segment ending in ； is followed by
    more of its sentence; so is a paragraph ending in ； or ：, by the next paragraph."""
    sentences = article.sentences
    text = article.text
    if "；" not in text and ";" not in text and "：" not in text and ":" not in text:
        return list(range(len(sentences)))  # no semicolon or colon: every segment is a sentence
    numbers, number, paragraph, last = [], -1, -1, ""
    for sentence in sentences:
        if not (last in _SEGMENT_GOES_ON or last in _PARAGRAPH_GOES_ON and sentence.paragraph != paragraph):
            number += 1
        numbers.append(number)
        paragraph, last = sentence.paragraph, sentence.text.rstrip()[-1:]
    return numbers


def whole_sentence(article: Article, numbers: list[int], last: int) -> Sentence:
    """The full sentence whose last segment is `last`, as one sentence (the segment itself when it is whole)."""
    first = last
    while first and numbers[first - 1] == numbers[last]:
        first -= 1
    if first == last:
        return article.sentences[last]
    start, end = article.sentences[first].start, article.sentences[last].end
    return Sentence(start, end, article.sentences[last].paragraph, article.text[start:end])


# A sentence that opens by pointing back at a brand (这一劳务品牌…, 该品牌…): the one quoted name of the sentence
# before, in its paragraph, is that brand (提起“X”，A地无人不知。这一劳务品牌由B县创建). Not an event or the work
# of building brands (这一品牌活动, 该品牌建设).
_POINTS_BACK_TO_BRAND = re.compile(r"^(?:(?:目前|如今|近年来|同时)[，,]?)?(?:这一|这个|该|此)(?:劳务)?品牌"
                                   r"(?!活动|赛事|大赛|工程|行动|建设|创建|培育)")


def points_back_to_brand(text: str) -> bool:
    """The sentence opens with 这一劳务品牌, 该品牌 or the like, about a brand."""
    return _POINTS_BACK_TO_BRAND.match(text) is not None


# “X”就是其中之一 (其中的佼佼者, 其中的代表) right after the anchor's sentence or clause: one of the brands it named.
_ONE_OF_THEM = re.compile(r"[“「『]([^“”「」『』\n]{2,16})[”」』](?:就|便|正|也|则|更)?(?:是|为|属|算是)"
                          r"(?:其中之一|其中的(?:一个|一员|代表|佼佼者|典型|翘楚|优秀代表))")


def one_of_them(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each quoted name the text says is one of those just named; the caller decides which
    are brands."""
    out = []
    for m in _ONE_OF_THEM.finditer(text):
        name = m.group(1).strip()
        start = m.start(1) + m.group(1).index(name) if name else m.start(1)
        out.append((start, start + len(name), name))
    return out
