"""Where regions lie: seat coordinates by adcode and simplified province outlines, projected for drawing."""
from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Seat", "Projection", "seats", "seat_of", "outlines", "south_china_sea"]


@dataclass(frozen=True)
class Seat:
    lon: float
    lat: float
    code: str  # the code whose seat this is: the region's own, or an ancestor's when it has none
    source: str  # where the point comes from (kg/data/geo/SOURCE.md)


def _geo_file(name: str):
    return resources.files("kg").joinpath("data", "geo", name)


@lru_cache(maxsize=1)
def seats() -> dict[str, Seat]:
    """code -> its seat, for every code kg/data/geo/seats.tsv lists."""
    with _geo_file("seats.tsv").open("r", encoding="utf-8") as handle:
        return {row["code"]: Seat(float(row["longitude"]), float(row["latitude"]), row["code"], row["source"])
                for row in csv.DictReader(handle, delimiter="\t")}


def _parents(code: str) -> list[str]:
    """The code's ancestors by the structure of GB/T 2260 (prefecture xxxx00, province xx0000)."""
    from kg.gazetteer import Gazetteer

    chain: list[str] = []
    region = Gazetteer.load().get(code)
    while region is not None and region.parent:
        chain.append(region.parent)
        region = Gazetteer.load().get(region.parent)
    # A code the gazetteer does not know (newer, or older) still has the structural parents.
    for structural in (code[:4] + "00", code[:2] + "0000"):
        if structural != code and structural not in chain:
            chain.append(structural)
    return chain


def seat_of(code: str) -> Seat | None:
    """The seat of `code`, else of its nearest ancestor that has one (Seat.code says which); None
    when neither the code nor any ancestor is known."""
    table = seats()
    if code in table:
        return table[code]
    if not (len(code) == 6 and code.isdigit()):
        return None
    for parent in _parents(code):
        if parent in table:
            return table[parent]
    return None


@lru_cache(maxsize=1)
def _shapes() -> dict:
    return json.loads(_geo_file("provinces.json").read_text("utf-8"))


def outlines() -> list[dict]:
    """[{code, name, rings: [[[lon, lat], ...], ...]}] for the 34 province-level units, by code."""
    return _shapes()["provinces"]


def south_china_sea() -> list[list[list[float]]]:
    """The rings of the South China Sea inset (frame, islands, the dashes) in lon/lat."""
    return _shapes()["south_china_sea"]


class Projection:
    """Equirectangular with the longitude scaled by cos(35°): a schematic view of China, north up."""

    WEST, EAST, NORTH, SOUTH = 73.0, 135.5, 54.0, 17.5

    def __init__(self, width: float, left: float = 0.0, top: float = 0.0):
        self.left, self.top = left, top
        self.xscale = math.cos(math.radians(35))
        self.scale = width / ((self.EAST - self.WEST) * self.xscale)
        self.width = width
        self.height = (self.NORTH - self.SOUTH) * self.scale

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (self.left + (lon - self.WEST) * self.xscale * self.scale,
                self.top + (self.NORTH - lat) * self.scale)
