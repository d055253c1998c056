"""The noun window's scan after a figure passes over runs of Han letters in one step: it still stops where it did."""
from kg.extract.metrics.indicators import _end_of_han_run


def test_han_run_ends_at_the_first_other_character():
    text = "共有务工人员，分别前往"
    assert _end_of_han_run(text, 0, len(text)) == text.index("，")


def test_han_run_never_passes_its_stop():
    text = "返岗专列陆续开出"
    assert _end_of_han_run(text, 2, 5) == 5


def test_han_run_from_its_stop_on_stays_where_it_is():
    text = "返岗专列"
    assert _end_of_han_run(text, 4, 4) == 4
    assert _end_of_han_run(text, 3, 2) == 3


def test_han_run_stops_before_digits_and_latin_letters():
    text = "乘坐D658次专列"
    assert _end_of_han_run(text, 0, len(text)) == 2
