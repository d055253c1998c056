"""Tests of the gazetteer table and its API."""
from kg.gazetteer import Gazetteer


def g():
    return Gazetteer.load()


def test_counts_match_the_mca_list_of_2025_12_31():
    # MCA Xzqh20251231: 34 province-level (incl. 台湾省, coded 710000), 333 prefecture-level, 2845
    # county-level; the municipalities' 市辖区 pseudo-cities are folded away, not counted.
    assert g().counts() == {"province": 34, "city": 333, "county": 2845}


def test_loaded_once_per_process():
    assert Gazetteer.load() is Gazetteer.load()


def test_table_sorted_by_code_and_parents_exist():
    regions = list(g())
    assert [r.code for r in regions] == sorted(r.code for r in regions)
    for r in regions:
        if r.level == "province":
            assert r.parent is None
        else:
            parent = g().get(r.parent)
            assert parent is not None and parent.level in ("province", "city")


def test_municipality_districts_hang_on_the_municipality():
    assert g().get("110102").name == "西城区" and g().get("110102").parent == "110000"
    assert [r.name for r in g().ancestors("120116")] == ["天津市"]  # 滨海新区
    assert g().get("110100") is None  # the MCA's 市辖区 level is folded


def test_county_level_units_directly_under_a_province():
    for code, name in [("429004", "仙桃市"), ("429021", "神农架林区"), ("419001", "济源市"), ("659004", "五家渠市")]:
        region = g().get(code)
        assert region.name == name and region.level == "county" and g().get(region.parent).level == "province"
    assert g().get("441900").level == "city" and g().children("441900") == []  # 东莞市


def test_short_names_by_rule():
    assert g().get("522600").short_names == ("黔东南", "黔东南州")
    assert "印江" in g().get("520625").short_names
    assert "循化" in g().get("630225").short_names
    assert "新疆" in g().get("650000").short_names
    assert "广西" in g().get("450000").short_names
    assert "伊犁" in g().get("654000").short_names  # 哈萨克 without 族
    assert "三都" in g().get("522732").short_names  # 水族: one-character nationality with 族
    assert g().get("150724").short_names == ()  # 鄂温克族自治旗: stem is a nationality
    assert g().get("120116").short_names == ("滨海",)  # 滨海新区 loses the whole 新区
    assert g().get("310115").short_names == ("浦东",)  # 浦东新区
    assert all(len(s) >= 2 for r in g() for s in r.short_names)


def test_former_names_map_to_current_units():
    assert [r.code for r in g().lookup("旬阳县")] == ["610981"]
    assert [r.code for r in g().lookup("华亭县")] == ["620881"]
    assert [r.name for r in g().lookup("襄樊市")] == ["襄阳市"]


def test_lookup_ancestors_children_contains():
    assert sorted(r.parent for r in g().lookup("朝阳区")) == ["110000", "220100"]
    assert len(g().lookup("鼓楼区")) == 4
    assert [r.name for r in g().ancestors("610924")] == ["安康市", "陕西省"]
    assert "610924" in [r.code for r in g().children("610900")]
    assert g().contains("610000", "610924") and g().contains("610900", "610924")
    assert not g().contains("620000", "610924")
    assert g().lookup("城关镇") == []  # towns are not regions


def test_abbreviations():
    assert g().abbreviation("苏").code == "320000"
    assert g().abbreviation("锡").code == "320200"
    assert g().abbreviation("黔").code == "520000"
    assert g().abbreviation("新") is None  # 在新就业形态


def test_province_code_is_the_last_ancestor_or_the_code_itself():
    assert g().province_code("610924") == "610000"  # a county of 陕西省
    assert g().province_code("120116") == "120000"  # a district of 天津市
    assert g().province_code("610000") == "610000"  # a province is its own
    assert g().province_code("999999") == "999999"  # not in the gazetteer: left as it is
