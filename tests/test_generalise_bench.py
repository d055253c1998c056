"""The transformations of bench/generalise.py keep text and gold consistent and add no facts (no timing here)."""
from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from kg.gazetteer import Gazetteer
from kg.normalize import strip_glosses, t2s
from tests.conftest import run_kg

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    "忻州市河曲县组织300名务工人员赴天津务工\n"
    "2月3日，忻州市河曲县300名务工人员乘专车赴天津务工。“河曲保姆”已在天津扎根多年，"
    "河曲籍务工人员在津从事家政服务。忻州今年计划输出务工人员1.2万人。\n"
)
GOLD = {
    "file": "a1.txt",
    "regions": [
        {"name": "忻州市", "level": "city", "parent": "山西省"},
        {"name": "河曲县", "level": "county", "parent": "忻州市"},
        {"name": "天津市", "level": "province", "parent": None},
    ],
    "brands": [{"name": "河曲保姆", "origin": "河曲县", "level": None, "destinations": ["天津市"],
                "aliases": []}],
    "programs": [],
    "flows": [{"from": "河曲县", "to": "天津市", "workers": 300}],
    "metrics": [{"region": "忻州市", "value": 12000, "unit": "人", "indicator": "忻州输出务工人员计划",
                 "year": None, "approx": False}],
    "aliases": {},
}


@pytest.fixture(scope="module")
def variants():
    spec = importlib.util.spec_from_file_location("variants", ROOT / "bench" / "variants.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def _region(gaz, name):
    return next(r for r in gaz.lookup(name) if r.name == name)


def test_place_swap_moves_text_and_gold_together(variants, gaz):
    result = variants.swap_places(ARTICLE, GOLD, gaz, random.Random(0))
    assert result.skipped is None
    assert set(result.mapping) == {"忻州市", "河曲县"}
    city, county = _region(gaz, result.mapping["忻州市"]), _region(gaz, result.mapping["河曲县"])
    # same level, and the county lies in the stand-in city: the gold hierarchy stays true
    assert (city.level, city.parent) == ("city", _region(gaz, "山西省").code)
    assert county.level == "county" and county.parent == city.code
    for old in ("忻州", "河曲"):
        assert old not in result.text and old not in json.dumps(result.gold, ensure_ascii=False)
    city_stem, county_stem = city.short_names[0], county.short_names[0]
    assert "天津" in result.text and result.gold["regions"][2] == GOLD["regions"][2]  # provinces stay
    gold = result.gold
    assert [r["name"] for r in gold["regions"][:2]] == [city.name, county.name]
    assert gold["regions"][1]["parent"] == city.name
    brand = gold["brands"][0]
    assert brand["name"] == county_stem + "保姆" and brand["origin"] == county.name
    assert f"“{brand['name']}”" in result.text
    assert gold["flows"][0]["from"] == county.name and gold["metrics"][0]["region"] == city.name
    assert gold["metrics"][0]["indicator"].startswith(city_stem)
    # in the text: 忻州市 ×2 and 河曲县 ×2 (full names first), 河曲 ×2 (the brand, 河曲籍), 忻州 ×1 (忻州今年)
    assert result.substitutions == 7


def test_place_swap_is_reproducible(variants, gaz):
    first = variants.swap_places(ARTICLE, GOLD, gaz, random.Random("s:a1"))
    again = variants.swap_places(ARTICLE, GOLD, gaz, random.Random("s:a1"))
    assert (first.text, first.gold) == (again.text, again.gold)


def test_a_county_without_a_stem_stays_with_its_city(variants, gaz):
    text = "张家口市蔚县组织200名务工人员赴北京务工。"
    gold = {"file": "a2.txt", "regions": [{"name": "张家口市", "level": "city", "parent": "河北省"},
                                          {"name": "蔚县", "level": "county", "parent": "张家口市"}],
            "flows": [{"from": "蔚县", "to": "北京市", "workers": 200}]}
    result = variants.swap_places(text, gold, gaz, random.Random(0))
    assert result.mapping == {} and result.text == text and result.gold == gold
    assert result.kept["蔚县"] == "stem shorter than two letters"
    assert result.kept["张家口市"] == "parent of a kept region"


def test_two_regions_sharing_a_stem_skip_the_article(variants, gaz):
    text = "通化县300名务工人员随通化市务工队伍赴大连。"
    gold = {"file": "a3.txt", "regions": [{"name": "通化市", "level": "city", "parent": "吉林省"},
                                          {"name": "通化县", "level": "county", "parent": "通化市"}]}
    result = variants.swap_places(text, gold, gaz, random.Random(0))
    assert result.skipped and "通化" in result.skipped and result.text == text


def test_no_stand_in_makes_a_place_name_across_its_edge(variants, gaz):
    # The stem is followed by 山区: a stand-in ending in 中 would write 中山区, another district.
    county = _region(gaz, "河曲县")
    assert variants._straddles("汉中", {("", "山区")}, gaz)
    assert not variants._straddles(county.short_names[0], {("", "山区")}, gaz)


def test_pinyin_glosses_come_off_again(variants):
    text = "劳务输出带动经济发展，务工人员收入增长。"
    garbled = variants.add_pinyin_glosses(text, every=1)
    assert "(" in garbled and garbled != variants.to_traditional(text)
    assert t2s(strip_glosses(garbled)) == text


def test_encode_falls_back_to_utf8_where_big5_lacks_a_letter(variants):
    assert variants.encode("勞務輸出", variants.BIG5_FAMILY)[1] == "big5"
    data, used = variants.encode("ā勞務", ("big5",))
    assert used == "utf-8" and data.decode("utf-8") == "ā勞務"


def test_page_headline_and_body(variants):
    title, info, body = variants.split_head("来源：某某日报 2024-03-01\n河曲保姆走进京津\n第一段。\n第二段。\n", "x")
    assert (title, info, body) == ("河曲保姆走进京津", ["来源：某某日报 2024-03-01"], ["第一段。", "第二段。"])
    # no headline: the first words show as one and the whole paragraph stays
    long_first = "今年以来，河曲县组织务工人员外出就业，成效明显，群众收入稳步增长，受到广泛好评。\n第二段。"
    title, _info, body = variants.split_head(long_first, "x")
    assert title == "今年以来，河曲县组织务工人员外出就业，成效明显，群众收入稳步增长，受到广泛好评"[:40]
    assert body[0].startswith("今年以来")


def test_the_page_wrapper_adds_no_facts(variants, gaz, tmp_path):
    places = variants.chrome_places(GOLD, ARTICLE, gaz, random.Random(0))
    assert not {r.name for r in places} & {"忻州市", "河曲县", "天津市", "山西省"}
    page = variants.wrap_html(ARTICLE, "a1", places)
    assert all(r.short_names[0] in page for r in places)  # the chrome does name the other places
    src = tmp_path / "in"
    src.mkdir()
    (src / "plain.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "page.html").write_text(page, encoding="utf-8")
    run_kg("build", str(src), "--out", str(tmp_path / "out"), "--quiet", "--no-cache", check=True)
    scorer = ROOT / "tests" / "gold_scorer.py"
    scores = {}
    for name in ("plain.txt", "page.html"):
        gold_dir = tmp_path / name.replace(".", "_")
        gold_dir.mkdir()
        (gold_dir / "g.json").write_text(json.dumps({**GOLD, "file": name}, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(scorer), "--kg", str(tmp_path / "out" / "kg.ttl"),
                              "--gold", str(gold_dir), "--json"], capture_output=True, text=True, check=True)
        scores[name] = json.loads(out.stdout)
    assert scores["plain.txt"]["regions"]["f1"] >= 0.8 and scores["plain.txt"]["flows"]["f1"] >= 0.5
    for kind in ("regions", "brands", "brand_origin", "brand_dest", "flows", "metrics"):
        assert scores["page.html"][kind] == scores["plain.txt"][kind], kind


def test_a_stem_ending_in_zhou_stays_a_stem_and_a_county_form_becomes_a_full_name(variants, gaz):
    # 衢州 ends in 州, a unit letter too: it is still a bare stem (a bug once wrote the full name for it).
    # 丰宁县 is the county's stem plus its unit letter: the stand-in's full name takes its place.
    text = "衢州的务工人员与丰宁县的务工人员一起赴杭州就业。"
    gold = {"file": "a4.txt", "regions": [{"name": "衢州市", "level": "city", "parent": "浙江省"},
                                          {"name": "丰宁满族自治县", "level": "county", "parent": "承德市"}]}
    result = variants.swap_places(text, gold, gaz, random.Random(0))
    city, county = (_region(gaz, result.mapping[n]) for n in ("衢州市", "丰宁满族自治县"))
    assert result.text.startswith(city.short_names[0] + "的务工人员")
    assert f"与{county.name}的务工人员" in result.text


def test_an_autonomous_county_written_with_stem_and_kind_becomes_the_full_name(variants, gaz):
    # 丰宁自治县 is how news shortens 丰宁满族自治县; its stand-in need not be autonomous (a bug once left
    # "<new stem>自治县", a name no region bears).
    text = "丰宁自治县组织300名务工人员赴北京务工。"
    gold = {"file": "a5.txt", "regions": [{"name": "丰宁满族自治县", "level": "county", "parent": "承德市"}]}
    result = variants.swap_places(text, gold, gaz, random.Random(0))
    county = _region(gaz, result.mapping["丰宁满族自治县"])
    assert result.text == f"{county.name}组织300名务工人员赴北京务工。"


def test_a_stand_in_is_of_the_same_kind(variants, gaz):
    # 全市 after a county-level city must stay true: a county (县) stand-in made the county's figures go to
    # its prefecture (heldout 005).
    text = "侯马市今年输出务工人员1.2万人，全市劳务收入稳步增长。"
    gold = {"file": "a6.txt", "regions": [{"name": "侯马市", "level": "county", "parent": "临汾市"}]}
    for seed in range(5):
        result = variants.swap_places(text, gold, gaz, random.Random(seed))
        stand_in = _region(gaz, result.mapping["侯马市"])
        # the parent city is in the gold and moves too, unless its stand-in has no 县级市 left: then it stays
        assert stand_in.kind == "县级市" and "全市" in result.text


def _one_article_set(tmp_path):
    """A real set of one article and its gold, laid out as ../shared/real is."""
    real = tmp_path / "real"
    (real / "articles").mkdir(parents=True)
    (real / "gold").mkdir()
    (real / "articles" / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (real / "gold" / "a1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return real


def test_a_folder_the_script_did_not_write_is_never_removed(tmp_path):
    """Bug: a rerun removed workdir/<variant> whatever it held; now only folders carrying the script's marker go."""
    real = _one_article_set(tmp_path)
    workdir = tmp_path / "work"
    mine = workdir / "original" / "notes.txt"
    mine.parent.mkdir(parents=True)
    mine.write_text("the user's own notes", encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "generalise.py"), "--real", str(real),
                           "--workdir", str(workdir), "--seeds", "1"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode != 0
    assert "was not written by this script" in done.stderr
    assert mine.read_text(encoding="utf-8") == "the user's own notes"


def test_a_folder_of_rewrites_is_scored_against_the_originals_gold(tmp_path):
    real = _one_article_set(tmp_path)
    rewrites = tmp_path / "para"
    rewrites.mkdir()
    # the same facts in other words, and a file that rewrites no article of the set
    (rewrites / "a1.txt").write_text(
        "河曲县300名务工人员奔赴天津\n2月3日，300名河曲县务工人员坐专车前往天津打工。在津做家政的河曲籍人员不少，"
        "“河曲保姆”在天津扎根多年。忻州今年计划输出务工人员1.2万人。\n", encoding="utf-8")
    (rewrites / "b9.txt").write_text("无关的文章。\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "generalise.py"), "--real", str(real),
                           "--only", "gbk", "--rewrites", f"para={rewrites}", "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout[done.stdout.index("\n{") + 1:])
    assert report["notes"]["para"] == {"articles": 1, "skipped": ["b9.txt"]}
    assert report["scores"]["para"]["flows"]["f1"] == 1.0


def test_rewrites_inside_the_repository_are_refused(tmp_path):
    real = _one_article_set(tmp_path)
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "generalise.py"), "--real", str(real),
                           "--rewrites", f"para={ROOT / 'seeds'}"], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert done.returncode != 0
    assert "inside the repository" in done.stderr
