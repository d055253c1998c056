"""Property tests: any bytes through ingest, any text through normalise and every extractor, facts well formed."""
from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract.brand_links import link_brand_destinations
from kg.extract.brands import find_brands
from kg.extract.flows import find_flows
from kg.extract.metrics import find_metrics
from kg.extract.programs import find_programs
from kg.extract.regions import find_regions
from kg.gazetteer import Gazetteer
from kg.ingest import IngestError, read_document
from kg.model import LEVELS, Article, Document, Evidence
from kg.normalize import normalize

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@functools.lru_cache(maxsize=1)
def _place_names() -> list[str]:
    """Every 100th name of the gazetteer, in adcode order: provinces, cities and counties of all of China."""
    regions = sorted(Gazetteer.load(), key=lambda r: r.code)
    return [r.name for r in regions[::100]] + [s for r in regions[::400] for s in r.short_names]


_GENRE = st.sampled_from([
    "劳务品牌", "劳务输转", "输转", "赴", "到", "前往", "务工", "外出务工", "劳动力", "农村劳动力", "人", "人次",
    "万", "余", "多", "万余人", "%", "％", "亿元", "元", "年", "2021年", "2022年", "今年", "去年", "同比增长",
    "“", "”", "「", "」", "《", "》", "（", "）", "，", "。", "、", "；", "：", "！", "？", "\n", "\n\n", " ",
    "国家级", "省级", "市级", "县级", "春风行动", "行动", "工程", "计划", "修脚师", "月嫂", "建筑工", "品牌",
    "“紫阳修脚师”劳务品牌", "实施“春风行动”", "累计", "达", "约", "近", "其中", "分别", "至", "-", "~",
    '"', "\\", "<", ">", "{", "}", "#", "?x", "\u2028", "\ufffd", "\u0000", "\ufeff",
])
_NUMBER = st.builds(
    lambda n, frac, unit: f"{n}{frac}{unit}",
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(["", ".5", ".43", ".0"]),
    st.sampled_from(["", "万", "万人", "余人", "万余人", "%", "人", "亿元", "名", "个"]),
)
_PLACE = st.builds(lambda i: _place_names()[i % len(_place_names())], st.integers(min_value=0, max_value=10**6))
_JUNK = st.one_of(st.just(""), st.text(max_size=4), _GENRE)
# Sentences of the genre with arbitrary text in their joints, so that brands and flows are found at all.
_SENTENCE = st.one_of(
    st.builds("{}{}{}输转劳动力{}，其中赴{}{}务工{}。".format, _PLACE, _JUNK, _NUMBER, _NUMBER, _PLACE, _JUNK, _NUMBER),
    st.builds("“{}{}{}”劳务品牌{}".format, _PLACE, _JUNK, st.sampled_from(["修脚师", "月嫂", "焊工", "家政"]), _JUNK),
    st.builds("{}打造{}级劳务品牌“{}{}”，{}名{}赴{}务工。".format, _PLACE, st.sampled_from(["国家", "省", "县"]),
              _PLACE, _JUNK, _NUMBER, _JUNK, _PLACE),
    st.builds("实施“{}{}行动”，{}{}。".format, _JUNK, _PLACE, _JUNK, _NUMBER),
)
_FRAGMENT = st.one_of(_GENRE, _GENRE, _PLACE, _PLACE, _NUMBER, st.text(max_size=8), _SENTENCE, _SENTENCE)
ARTICLE_TEXT = st.lists(_FRAGMENT, max_size=40).map("".join)


def _article(text: str, date: str | None = "2022-03-08") -> Article:
    return normalize(Document(source_file="prop.txt", body=text, title="题", date=date))


def _evidence_ok(article: Article, evidence: Evidence) -> None:
    assert evidence.text
    assert article.text[evidence.start:evidence.end] == evidence.text
    assert evidence.text in article.text


def _name_ok(name: str) -> None:
    assert name and name == name.strip()
    assert not any(c in name for c in "\n\r“”「」")
    assert not name.startswith(('"', "'")) and not name.endswith(('"', "'"))


def _decimal_ok(value: Decimal) -> None:
    assert isinstance(value, Decimal) and value.is_finite()


# --- ingest -----------------------------------------------------------------------------------------


@SETTINGS
@given(
    st.one_of(
        st.binary(max_size=400),
        ARTICLE_TEXT.map(lambda s: s.encode("utf-8", "surrogatepass")),
        ARTICLE_TEXT.map(lambda s: s.encode("gb18030", "replace")),
        ARTICLE_TEXT.map(lambda s: s.encode("big5", "replace")),
        ARTICLE_TEXT.map(lambda s: s.encode("utf-16", "surrogatepass")),
        ARTICLE_TEXT.map(lambda s: f"<html><body><div><p>{s}</div>".encode("utf-8", "surrogatepass")),
    ),
    st.sampled_from(["a.txt", "a.md", "a.html", "noext"]),
)
def test_ingest_gives_a_document_or_an_ingest_error(tmp_path, data, name):
    path = tmp_path / name
    Path(path).write_bytes(data)
    try:
        doc = read_document(path, name)
    except IngestError as error:
        assert error.reason
        return
    assert doc.body.strip() and len(doc.content_hash) == 64
    assert "\x00" not in doc.body and (doc.title is None or "\x00" not in doc.title)


# --- normalise --------------------------------------------------------------------------------------


@SETTINGS
@given(st.one_of(ARTICLE_TEXT, st.text(max_size=300)))
def test_normalise_gives_consistent_offsets(text):
    article = _article(text)
    for span in article.paragraphs:
        assert 0 <= span.start < span.end <= len(article.text)
        assert "\n" not in article.text[span.start:span.end]
    previous_end = 0
    for sentence in article.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(article.text)
        assert article.text[sentence.start:sentence.end] == sentence.text == sentence.text.strip()
        span = article.paragraphs[sentence.paragraph]
        assert span.start <= sentence.start and sentence.end <= span.end
        previous_end = sentence.end
    for span in article.unreliable:
        assert 0 <= span.start < span.end <= len(article.text)
    assert not any(c in article.text for c in "\x00\x0e\x0f\r")


# --- extractors -------------------------------------------------------------------------------------


@SETTINGS
@given(ARTICLE_TEXT, st.sampled_from(["2022-03-08", "2019", None]))
def test_every_extractor_emits_well_formed_facts(text, date):
    gazetteer = Gazetteer.load()
    article = _article(text, date)

    regions = find_regions(article)
    for m in regions.mentions:
        assert gazetteer.get(m.code) is not None
        assert 0 <= m.start < m.end <= len(article.text)
    assert regions.subject is None or gazetteer.get(regions.subject) is not None
    assert all(c is None or gazetteer.get(c) is not None for c in regions.paragraph_subjects)

    brands = find_brands(article, regions)
    for brand in brands:
        _name_ok(brand.name)
        assert all(a for a in brand.alt_labels)
        _evidence_ok(article, brand.evidence)
        assert brand.origin is None or gazetteer.get(brand.origin) is not None
        assert brand.level is None or brand.level in LEVELS
        assert brand.occupation is None or brand.occupation.strip()

    programs = find_programs(article)
    for program in programs:
        _name_ok(program.name)
        _evidence_ok(article, program.evidence)

    flows = find_flows(article, regions)
    for flow in flows:
        assert gazetteer.get(flow.origin) is not None and gazetteer.get(flow.destination) is not None
        assert flow.workers is None or (isinstance(flow.workers, int) and flow.workers >= 0)
        assert flow.year is None or 1949 <= flow.year <= 2100
        _evidence_ok(article, flow.evidence)

    for link in link_brand_destinations(article, regions, brands, flows):
        assert link.brand in {b.name for b in brands}
        assert gazetteer.get(link.destination) is not None
        _evidence_ok(article, link.evidence)

    for obs in find_metrics(article, regions):
        assert gazetteer.get(obs.region) is not None
        _decimal_ok(obs.value)
        assert obs.value_max is None or (_decimal_ok(obs.value_max) is None and obs.value_max >= obs.value)
        assert obs.unit and obs.unit.strip() and obs.indicator and obs.indicator.strip()
        assert obs.year is None or 1949 <= obs.year <= 2100
        _evidence_ok(article, obs.evidence)
