"""Region readings that a reporter's other wording must not lose, and their near-misses (sentences written here,
about places of the team's choosing)."""
from tests.test_regions import names


# -- a county's short form before 的 and a count of its workers ------------------------------------------------

def test_county_short_before_its_counted_workers():
    assert names("宁陵的月嫂达3000余名，远赴各地。") == ["宁陵县"]
    assert names("鄢陵的花木工人有2万人。") == ["鄢陵县"]
    assert names("泌阳的厨师近5000人在外打拼。") == ["泌阳县"]


def test_county_short_before_a_quoted_brand():
    assert names("近年来，泌阳的“香菇师傅”走出了大山。") == ["泌阳县"]


def test_counted_people_with_no_trade_word_make_no_place():
    assert names("长寿的老人有300名。") == []
    assert names("宁陵的风景很美。") == []


# -- a place name that is a person's given name in this article ------------------------------------------------

def test_given_name_after_a_kinship_word_is_a_person():
    assert names("儿子刘湖南早早起床。刘湖南说：“妈，放心。”") == []
    assert names("村民张四川说，今年要去浙江。") == ["浙江省"]


def test_given_name_called_out_at_a_quote_opening():
    assert names("“湖南，路上小心。”村民张湖南的母亲叮嘱道。张湖南点点头。") == []


def test_place_beside_a_person_word_without_a_surname_stays():
    assert names("他从湖南来，儿子在四川打工。") == ["湖南省", "四川省"]
    assert names("刘师傅从湖南来到广东。") == ["湖南省", "广东省"]
    assert names("“湖南，你好”是一句问候。") == ["湖南省"]
