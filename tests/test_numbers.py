"""Number parsing: every written form of a figure, checked by example and by property."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.numbers import find_quantities, parse_number

# -- an independent writer of Chinese numerals, for the properties ------------------------------------------
_CN_DIGITS = "零一二三四五六七八九"


def _section(n: int, leading: bool) -> str:
    """0 < n < 10000 as Chinese numerals, with 零 for gaps; a leading 一十 is written 十 when `leading`."""
    out = []
    zero = False
    for power, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        if not (leading and not out and power == 10 and digit == 1):
            out.append(_CN_DIGITS[digit])
        out.append(name)
    return "".join(out)


def to_chinese(n: int) -> str:
    if n == 0:
        return "零"
    parts = []
    groups = [(10**8, "亿"), (10**4, "万"), (1, "")]
    rest = n
    need_zero = False
    first = True
    for size, name in groups:
        chunk = rest // size
        rest = rest % size
        if chunk == 0:
            if parts:
                need_zero = True
            continue
        if need_zero or (parts and chunk < 1000):
            parts.append("零")
        need_zero = False
        parts.append(_section(chunk, first) + name)
        first = False
    return "".join(parts)


def test_independent_writer_examples():
    assert to_chinese(10) == "十"
    assert to_chinese(1002) == "一千零二"
    assert to_chinese(32000) == "三万二千"
    assert to_chinese(100000005) == "一亿零五"


# -- properties -------------------------------------------------------------------------------------------------

@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_integers_parse_to_their_value(n):
    assert parse_number(str(n)) == n


@given(st.text(alphabet="0123456789", min_size=1, max_size=16))
def test_plain_digits_read_as_the_general_reading_has_them(digits):
    # ASCII digits alone take a short cut; fullwidth ones (the same figure) take the general reading.
    fullwidth = digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert str(parse_number(digits)) == str(parse_number(fullwidth)) == str(int(digits))


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_arabic_decimals_parse_exactly(d):
    assert parse_number(str(d)) == d


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_numerals_parse_to_their_value(n):
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=1, max_value=99999), st.sampled_from([("万", 10**4), ("亿", 10**8), ("萬", 10**4)]),
       st.integers(min_value=0, max_value=2))
def test_mixed_with_multiplier(coefficient, mult, places):
    text = str(Decimal(coefficient).scaleb(-places))
    expected = Decimal(text) * mult[1]
    assert parse_number(text + mult[0]) == expected
    [q] = find_quantities(f"共{text}{mult[0]}人")
    assert q.value == expected and q.unit == "人"


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9))
def test_mixed_arabic_and_multipliers(wan, qian):
    assert parse_number(f"{wan}万{qian}千") == wan * 10000 + qian * 1000


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=10**6),
       st.sampled_from(["-", "~", "～", "至", "到"]), st.sampled_from(["元", "人", "个"]))
def test_ranges_keep_min_and_max(low, span, sep, unit):
    high = low + span
    [q] = find_quantities(f"月收入{low}{sep}{high}{unit}")
    assert q.value == low and q.value_max == high
    assert q.value <= q.value_max


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["近", "超", "超过", "逾", "约", "将近"]))
def test_approximate_prefixes(n, word):
    [q] = find_quantities(f"累计输转{word}{n}人")
    assert q.approximate and q.value == n and q.unit == "人"


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["余人", "多人", "人以上", "人左右", "人上下"]))
def test_approximate_suffixes(n, tail):
    [q] = find_quantities(f"培训{n}{tail}。")
    assert q.approximate and q.value == n and q.unit == "人"


@given(st.integers(min_value=1, max_value=10**6))
def test_da_is_not_approximate(n):
    [q] = find_quantities(f"人数达{n}人")
    assert not q.approximate


@settings(max_examples=50)
@given(st.integers(min_value=2, max_value=10**8))
def test_chinese_numeral_with_counter(n):
    [q] = find_quantities(f"共有{to_chinese(n)}名")
    assert q.value == n and q.unit == "人" and q.chinese


# -- each written form ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,unit,approx", [
    ("192076人", 192076, "人", False),
    ("8.43万人", 84300, "人", False),
    ("23.71亿元", 2371000000, "元", False),
    ("1.2万余个", 12000, "个", True),
    ("3200余人", 3200, "人", True),
    ("近万人", 10000, "人", True),
    ("逾千名", 1000, "人", True),
    ("千余名", 1000, "人", True),
    ("两万余人", 20000, "人", True),
    ("5.4萬人", 54000, "人", False),
    ("2.8%", Decimal("2.8"), "%", False),
    ("95.8%", Decimal("95.8"), "%", False),
    ("近70%", 70, "%", True),
    ("百分之三十", 30, "%", False),
    ("300万元", 3000000, "元", False),
    ("4.91 亿元", 491000000, "元", False),
    ("170多家", 170, "家", True),
    ("4000余平方米", 4000, "平方米", True),
    ("6场次", 6, "场", False),
    ("2690人次", 2690, "人次", False),
    ("7.93万户", 79300, "户", False),
    ("5期", 5, "期", False),
    ("1400袋", 1400, "袋", False),
    ("两场", 2, "场", False),
    ("30余万人", 300000, "人", True),
    ("4000元以上", 4000, "元", True),
    ("100人左右", 100, "人", True),
    ("3位", 3, "人", False),
    ("上百家", 100, "家", True),
    ("１２３人", 123, "人", False),
    ("1,234万元", 12340000, "元", False),
    ("11602.48元", Decimal("11602.48"), "元", False),
])
def test_written_forms(text, value, unit, approx):
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.approximate) == (Decimal(value), unit, approx)
    assert q.raw == text and (q.start, q.end) == (0, len(text))


@pytest.mark.parametrize("text,value", [
    ("一千", 1000), ("十", 10), ("十五", 15), ("二十", 20), ("一百零五", 105), ("一千零二", 1002),
    ("三万二千", 32000), ("3万2千", 32000), ("一千二", 1200), ("三万五", 35000), ("两万", 20000),
    ("二〇二二", 2022), ("一亿二千万", 120000000), ("5.4萬", 54000), ("壹仟贰佰", 1200),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["十四五", "十三五", "", ".", "1.2.3", "万万"])
def test_not_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,value,approx", [
    ("六成", 60, False), ("三成", 30, False), ("超过六成", 60, True), ("近七成", 70, True),
    ("八成以上", 80, True), ("约3成", 30, True), ("5.5成", 55, False), ("占一成", 10, False),
])
def test_tenths_are_percent(text, value, approx):
    q = find_quantities(text)[-1]
    assert (q.value, q.unit, q.kind, q.approximate) == (Decimal(value), "%", "percent", approx)


@pytest.mark.parametrize("text", ["统一成立", "一成不变", "三五成群", "九成新", "七成熟", "建成", "完成"])
def test_cheng_inside_words_is_no_share(text):
    assert all(q.unit != "%" for q in find_quantities(text))


def test_ranges():
    [q] = find_quantities("3000-4000元")
    assert (q.value, q.value_max, q.unit) == (3000, 4000, "元")
    [q] = find_quantities("4200~4500元")
    assert (q.value, q.value_max) == (4200, 4500)
    [q] = find_quantities("1万至3万元")
    assert (q.value, q.value_max, q.unit) == (10000, 30000, "元")
    [q] = find_quantities("1至3万元")
    assert (q.value, q.value_max) == (10000, 30000)
    [q] = find_quantities("3000到4000")
    assert (q.value, q.value_max, q.unit) == (3000, 4000, None)


def test_values_are_exact_decimals():
    [q] = find_quantities("8.43万人")
    assert isinstance(q.value, Decimal) and str(q.value) == "84300"
    [q] = find_quantities("0.1万人")
    assert str(q.value) == "1000"


def test_time_units_win_over_counters():
    assert [(q.value, q.unit, q.kind) for q in find_quantities("10个月前")] == [(10, "个月", "time")]
    assert [q.kind for q in find_quantities("2022年2月15日")] == ["time", "time", "time"]


def test_bare_multipliers_need_an_approximation():
    assert find_quantities("万家灯火") == []
    assert find_quantities("暖春送福万岗万人") == []
    assert find_quantities("千方百计") == []


def test_offsets_point_into_the_text():
    text = "全县输转劳动力5.6万人，实现收入12亿元。"
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.raw


def test_long_runs_are_linear():
    import time
    text = ("1" * 5000 + "." + "万" * 3000 + "-" * 2000 + "余" * 2000) * 5
    started = time.perf_counter()
    find_quantities(text)
    # A guard against catastrophic backtracking (minutes), not a benchmark.
    assert time.perf_counter() - started < 10.0


# -- Chinese decimals with 点 --------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("一点五万人", Decimal("15000"), "人"),
    ("二十七点三亿元", Decimal("2730000000"), "元"),
    ("百分之四十五点八", Decimal("45.8"), "%"),
    ("百分之一百零二点三", Decimal("102.3"), "%"),
    ("增长九点二%", Decimal("9.2"), "%"),
    ("两点零八万元", Decimal("20800"), "元"),
])
def test_chinese_decimals(text, value, unit):
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


def test_clock_time_and_words_with_dian_are_no_decimals():
    assert all(q.value != Decimal("8.3") for q in find_quantities("晚上八点三十分出发"))
    assert find_quantities("一点点进步") == []
    assert parse_number("三点五") == Decimal("3.5")


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9))
@settings(max_examples=200, deadline=None)
def test_chinese_decimal_property(whole, tenth):
    text = to_chinese(whole) + "点" + _CN_DIGITS[tenth]
    assert parse_number(text) == Decimal(f"{whole}.{tenth}")
    assert parse_number(text + "万") == Decimal(f"{whole}.{tenth}") * 10000


def test_percentage_points_unit():
    assert [(q.value, q.unit) for q in find_quantities("比重提高近五个百分点")] == [(Decimal("5"), "百分点")]


def test_every_field_of_a_quantity_is_set():
    [q] = find_quantities("共有超过3至5万名务工人员以上")
    assert (q.start, q.end, q.value, q.value_max, q.unit, q.approximate, q.raw, q.kind, q.chinese, q.bare, q.suffix,
            q.number_start) == (2, 9, 30000, 50000, "人", True, "超过3至5万名", "count", False, False, "", 4)
    [q] = find_quantities("近万人左右")
    assert (q.start, q.end, q.value, q.value_max, q.unit, q.approximate, q.raw, q.kind, q.chinese, q.bare, q.suffix,
            q.number_start) == (0, 5, 10000, None, "人", True, "近万人左右", "count", True, True, "左右", 1)


def test_trips_counted_by_vehicle_and_by_run():
    from kg.extract.numbers import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("累计发车15车次，开行500趟次，共12班次")] == [
        (15, "车次"), (500, "趟次"), (12, "班次")]
