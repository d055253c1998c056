"""The gazetteer of China's administrative divisions (province, prefecture, county), read from kg/data."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LEVELS = ("province", "city", "county")


@dataclass(frozen=True)
class Region:
    code: str  # six-digit adcode
    name: str  # official name (甘州区, 新疆维吾尔自治区)
    level: str  # province | city | county
    parent: str | None  # adcode of the parent; None for provinces
    kind: str  # unit type as the MCA gives it (省, 地级市, 自治州, 县, 市辖区, 县级市, 自治县, 旗, ...)
    short_names: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()


class Gazetteer:
    """All divisions in force, with name indexes; build it with Gazetteer.load()."""

    def __init__(self, regions: list[Region], abbreviations: list[tuple[str, str, bool]]):
        self._by_code: dict[str, Region] = {r.code: r for r in regions}
        self._order: tuple[Region, ...] = tuple(sorted(regions, key=lambda r: r.code))
        self._children: dict[str, list[Region]] = {}
        self._by_name: dict[str, list[Region]] = {}
        for r in self._order:
            if r.parent:
                self._children.setdefault(r.parent, []).append(r)
            for name in (r.name, *r.short_names, *r.former_names):
                bucket = self._by_name.setdefault(name, [])
                if r not in bucket:
                    bucket.append(r)
        # char -> (code, strict); strict abbreviations need a work word after them (赴港就业, not 到港).
        self._abbr: dict[str, tuple[str, bool]] = {a: (c, s) for a, c, s in abbreviations}
        # Parent chains, walked once here: the extractors ask contains/ancestors tens of thousands of times
        # an article set. A chain stops at a parent the gazetteer lacks.
        self._chain: dict[str, tuple[Region, ...]] = {}
        for code, r in self._by_code.items():
            chain: list[Region] = []
            region: Region | None = r
            while region is not None and region.parent:
                region = self._by_code.get(region.parent)
                if region is None:
                    break
                chain.append(region)
            self._chain[code] = tuple(chain)
        self._chain_codes: dict[str, frozenset[str]] = {
            code: frozenset(a.code for a in chain) for code, chain in self._chain.items()}

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer, parsed once per process."""
        return _load()

    # -- lookups ---------------------------------------------------------------------------------
    def get(self, code: str) -> Region | None:
        return self._by_code.get(code)

    def __iter__(self):
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def lookup(self, name: str) -> list[Region]:
        """Regions bearing `name` as official, short or former name, in code order."""
        return list(self._by_name.get(name, ()))

    def names(self) -> dict[str, list[Region]]:
        """Every name (official, short, former) -> the regions that bear it."""
        return self._by_name

    def abbreviation(self, char: str) -> Region | None:
        """The region a one-character abbreviation (苏, 黔, 锡) stands for, in its verb patterns only."""
        hit = self._abbr.get(char)
        return self._by_code[hit[0]] if hit else None

    def abbreviations(self) -> dict[str, tuple[str, bool]]:
        """char -> (adcode, strict): strict ones only count before a work word, not punctuation."""
        return dict(self._abbr)

    def ancestors(self, code: str) -> list[Region]:
        """The parent chain up to the province, nearest first (甘州区 -> [张掖市, 甘肃省])."""
        return list(self._chain.get(code, ()))

    def province_code(self, code: str) -> str:
        """The province a region lies in (itself for a province, or for a code not in the gazetteer)."""
        chain = self._chain.get(code)
        return chain[-1].code if chain else code

    def children(self, code: str) -> list[Region]:
        return list(self._children.get(code, ()))

    def contains(self, ancestor_code: str, code: str) -> bool:
        """True when `code` lies within `ancestor_code` (a region contains itself)."""
        if ancestor_code == code:
            return code in self._by_code
        chain = self._chain_codes.get(code)
        return chain is not None and ancestor_code in chain

    def counts(self) -> dict[str, int]:
        out = {level: 0 for level in LEVELS}
        for r in self._order:
            out[r.level] += 1
        return out


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in cell.split("|") if x) if cell else ()


@lru_cache(maxsize=1)
def _load() -> Gazetteer:
    data = resources.files("kg") / "data"
    regions: list[Region] = []
    lines = (data / "gazetteer.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line:
            continue
        code, name, level, parent, kind, shorts, formers = line.split("\t")
        regions.append(Region(code, name, level, parent or None, kind, _split(shorts), _split(formers)))
    abbreviations: list[tuple[str, str, bool]] = []
    for line in (data / "region_abbreviations.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("abbr\t"):
            continue
        char, code, strict = line.split("\t")
        abbreviations.append((char, code, strict == "yes"))
    return Gazetteer(regions, abbreviations)
