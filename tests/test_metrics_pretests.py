"""The letter tests that the metrics ask before a pattern (so as not to try it) cover every match of that pattern.

Each pre-test is a set of letters kept beside its pattern; a word added to the pattern without its letter would
silently never match. These tests read the patterns themselves (parsed by the re module) and fail then."""
from __future__ import annotations

import importlib
import itertools
import re
import re._parser as sre_parse  # (the parser of the re module: these tests only read what it makes)
from re._constants import (
    ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_SPACE, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, RANGE, SUBPATTERN,
)

# (by module path: the package exports functions named as some of its modules)
clauses = importlib.import_module("kg.extract.metrics.clauses")
indicators = importlib.import_module("kg.extract.metrics.indicators")
brand_owner_module = importlib.import_module("kg.extract.metrics.brand_owner")
statements = importlib.import_module("kg.extract.metrics.statements")


def _openers(items, last: bool = False) -> set:
    """What a non-empty match of `items` can open with (`last`: end with): letters, ("range", lo, hi) and
    categories."""
    out: set = set()
    for op, av in (reversed(items) if last else items):
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero width
        if op is LITERAL:
            return out | {chr(av)}
        if op is IN:
            for member_op, member in av:
                if member_op is LITERAL:
                    out.add(chr(member))
                elif member_op is RANGE:
                    out.add(("range", member[0], member[1]))
                else:
                    out.add((member_op, member))
            return out
        if op is BRANCH:
            for alternative in av[1]:
                out |= _openers(alternative, last)
            return out
        if op is SUBPATTERN:
            return out | _openers(av[3], last)
        if op in (MAX_REPEAT, MIN_REPEAT):
            low, _, sub = av
            out |= _openers(sub, last)
            if low:
                return out
            continue  # it may match nothing: what comes next may open (or end) the match too
        raise AssertionError(f"unexpected {op} in the pattern")
    return out


def _parsed(pattern: re.Pattern):
    return list(sre_parse.parse(pattern.pattern, pattern.flags))


def test_lead_letters_cover_every_lead_word():
    openers = _openers(_parsed(clauses.LEAD_WORDS))
    spaces = {o for o in openers if o == (CATEGORY, CATEGORY_SPACE)}
    letters = {o for o in openers if isinstance(o, str)}
    assert openers == letters | spaces, openers - letters - spaces
    assert letters <= clauses.LEAD_LETTERS, letters - clauses.LEAD_LETTERS


def test_lead_words_end_reads_as_the_pattern():
    pieces = ["", " ", "“", "（", "其中", "据悉", "2023年", "全县", "就业", "就", "共", "输送", "务工人员", "，", "本市",
              "目前", "已经", "这批", "1", "\u3000"]
    for a, b, c in itertools.product(pieces, repeat=3):
        text = a + b + c
        assert clauses.lead_words_end(text) == clauses.LEAD_WORDS.match(text).end(), text
        assert clauses.lead_words_end("，" + text, 1) == clauses.LEAD_WORDS.match(text).end() + 1, text


def test_verb_letters_cover_every_verb_after_a_noun():
    openers = _openers(_parsed(indicators._VERB_AFTER_NOUN))
    letters = {o for o in openers if isinstance(o, str)}
    assert letters <= indicators._VERB_LETTERS, letters - indicators._VERB_LETTERS
    # the one alternative opening on any Chinese letter is “X着”: its 着 is among the letters
    assert openers - letters == {("range", 0x4E00, 0x9FFF)}
    assert "[\\u4e00-\\u9fff]着|" in indicators._VERB_AFTER_NOUN.pattern and "着" in indicators._VERB_LETTERS


def test_verb_after_noun_reads_as_the_pattern():
    for text in ["300名务工人员背着行李", "600余名务工人员分别从各地出发", "2000名工人在宁波就业", "5名学员脱颖而出",
                 "3辆专车开往某市的工地", "12家企业", "80名工友正有序排队", "湖北籍在浙务工人员", ""]:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 2):
                expected = indicators._VERB_AFTER_NOUN.search(text, start, end)
                found = indicators._verb_after_noun(text, start, end)
                assert (found and found.span()) == (expected and expected.span()), (text, start, end)


def test_link_last_letters_cover_every_link_word():
    closers = _openers(_parsed(brand_owner_module._LINK_BEFORE_FIGURE), last=True)
    assert closers and all(isinstance(c, str) for c in closers)
    assert closers <= brand_owner_module._LINK_LAST, closers - brand_owner_module._LINK_LAST


def test_level_last_letters_cover_every_verb_of_reaching():
    closers = _openers(_parsed(statements._TO_LEVEL), last=True)
    assert closers and all(isinstance(c, str) for c in closers)
    assert closers <= statements._TO_LEVEL_LAST, closers - statements._TO_LEVEL_LAST


def test_reaches_level_reads_as_the_pattern():
    for text in ["把从业人员扩大到1.2万人", "人数达到3000人", "收入突破10亿元", "规模增至5万人", "扩大到\n3万", "输送3000人", ""]:
        for at in range(len(text) + 1):
            expected = statements._TO_LEVEL.search(text, max(0, at - 4), at) is not None
            assert statements._reaches_level(text, at) == expected, (text, at)
