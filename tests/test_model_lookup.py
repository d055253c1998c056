"""Article.sentence_at bisects sentences in text order and scans any others: the same sentence either way."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import Article, Document, Sentence


def _scanned(sentences, offset):
    return next((s for s in sentences if s.start <= offset < s.end), None)


@st.composite
def _sentences(draw):
    out, pos = [], draw(st.integers(0, 3))
    for _ in range(draw(st.integers(0, 8))):
        start = pos + draw(st.integers(0, 2))
        pos = start + draw(st.integers(0, 4))  # an empty sentence too
        out.append(Sentence(start, pos, 0, "x"))
    if draw(st.booleans()):
        out = draw(st.permutations(out))  # out of order: scanned
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(_sentences())
def test_sentence_at_finds_the_sentence_holding_each_offset(sentences):
    article = Article(Document("x.txt", "body"), None, "text", (), sentences)
    for offset in range(-1, (max((s.end for s in sentences), default=0)) + 2):
        assert article.sentence_at(offset) is _scanned(sentences, offset)
