"""Generate a deterministic synthetic laowu-kg graph (docs/GRAPH.md shape) as N-Triples."""
from __future__ import annotations

import argparse
import hashlib
import random
from pathlib import Path

LW = "https://w3id.org/laowu-kg/ontology#"
ID = "https://w3id.org/laowu-kg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
XSD = "http://www.w3.org/2001/XMLSchema#"

# The real province-level units with their adcode prefixes, so names and codes look right.
PROVINCES = [
    ("11", "北京市"), ("12", "天津市"), ("13", "河北省"), ("14", "山西省"), ("15", "内蒙古自治区"),
    ("21", "辽宁省"), ("22", "吉林省"), ("23", "黑龙江省"), ("31", "上海市"), ("32", "江苏省"),
    ("33", "浙江省"), ("34", "安徽省"), ("35", "福建省"), ("36", "江西省"), ("37", "山东省"),
    ("41", "河南省"), ("42", "湖北省"), ("43", "湖南省"), ("44", "广东省"), ("45", "广西壮族自治区"),
    ("46", "海南省"), ("50", "重庆市"), ("51", "四川省"), ("52", "贵州省"), ("53", "云南省"),
    ("54", "西藏自治区"), ("61", "陕西省"), ("62", "甘肃省"), ("63", "青海省"), ("64", "宁夏回族自治区"),
    ("65", "新疆维吾尔自治区"),
]
MUNICIPALITIES = {"11", "12", "31", "50"}  # 直辖市: districts sit directly under the province
SYLLABLES = "安康紫阳旬白河张北甘州平凉静宁崆峒华亭泾川灵台崇信庄浪铜仁海东循化乐都梁溪惠山启东留坝南江巴中通江新化娄底湘西仙桃潜江天门"
TRADES = ["修脚", "家政", "月嫂", "焊工", "司炉工", "厨师", "建工", "电工", "保安", "纺织", "拉面", "护工"]
INDICATORS = ["输转城乡劳动力", "城镇新增就业", "农村劳动力转移就业", "劳务收入", "技能培训", "脱贫劳动力务工"]
UNITS = ["人", "人", "人", "元", "人次", "家"]
PROGRAMS = ["春风行动", "东西部劳务协作", "雨露计划", "以工代训", "百日千万招聘", "就业援助月",
            "技能中国行动", "职业技能提升行动", "苏陕协作", "粤黔协作"]
LEVELS = ["NationalLevel", "ProvincialLevel", "MunicipalLevel", "CountyLevel"]


def _lit(text: str, lang: str | None = "zh", datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{escaped}"@{lang}'
    if datatype:
        return f'"{escaped}"^^<{datatype}>'
    return f'"{escaped}"'


def _h(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


class Writer:
    """Counts triples while writing N-Triples lines."""

    def __init__(self, handle):
        self.handle, self.count = handle, 0

    def t(self, s: str, p: str, o: str) -> None:
        self.handle.write(f"<{s}> <{p}> {o} .\n")
        self.count += 1

    def iri(self, s: str, p: str, o: str) -> None:
        self.t(s, p, f"<{o}>")


def generate(path: Path, target_triples: int = 1_000_000, seed: int = 20240601) -> int:
    """Write a graph of at least `target_triples` triples to `path`; return the exact count."""
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)

    def name(k: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(k))

    with open(path, "w", encoding="utf-8") as handle:
        w = Writer(handle)

        def region(code: str, label: str, kind: str, division: str, parent: str | None) -> str:
            iri = f"{ID}region/{code}"
            w.iri(iri, RDF_TYPE, LW + kind)
            w.t(iri, RDFS_LABEL, _lit(label))
            w.t(iri, LW + "adcode", _lit(code, None))
            w.t(iri, LW + "divisionType", _lit(division))
            if parent:
                w.iri(iri, LW + "partOf", parent)
            return iri

        # ---- regions: 31 provinces, ~10 cities each, ~9 counties per city (≈ China's 2,800)
        counties: list[str] = []
        cities: list[str] = []
        everything: list[str] = []
        for prefix, label in PROVINCES:
            province = region(f"{prefix}0000", label, "Province", "直辖市" if prefix in MUNICIPALITIES else "省", None)
            everything.append(province)
            if prefix in MUNICIPALITIES:
                for d in range(1, 17):
                    counties.append(region(f"{prefix}01{d:02d}", name(2) + "区", "County", "市辖区", province))
                continue
            for c in range(1, rng.randint(8, 14)):
                city = region(f"{prefix}{c:02d}00", name(2) + "市", "City", "地级市", province)
                cities.append(city)
                for d in range(1, rng.randint(6, 13)):
                    counties.append(region(f"{prefix}{c:02d}{d:02d}", name(2) + rng.choice("县区市旗"),
                                           "County", "县", city))
        everything += cities + counties
        destinations = cities + [f"{ID}region/{p}0000" for p in ("11", "12", "31", "50")]

        programs = []
        for label in PROGRAMS:
            iri = f"{ID}program/{_h(label)}"
            w.iri(iri, RDF_TYPE, LW + "Program")
            w.t(iri, RDFS_LABEL, _lit(label))
            programs.append(iri)

        # ---- articles, each with brands, links, flows and observations, until the target
        n = 0
        while w.count < target_triples:
            n += 1
            article = f"{ID}article/{_h('article', n)}"
            subject = rng.choice(counties)
            year = rng.randint(2018, 2024)
            w.iri(article, RDF_TYPE, LW + "Article")
            w.t(article, LW + "sourceFile", _lit(f"corpus/{n:06d}.txt", None))
            title = f"{name(2)}劳务品牌带动{name(2)}就业（{n}）"
            w.t(article, RDFS_LABEL, _lit(title))
            w.t(article, DCT + "title", _lit(title))
            w.t(article, DCT + "date", _lit(f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", None, XSD + "date"))
            w.t(article, DCT + "source", _lit("中国网", None))
            w.t(article, LW + "textHash", _lit(_h("text", n), None))
            w.iri(article, LW + "subjectRegion", subject)
            for mentioned in {subject, *rng.sample(everything, 4)}:
                w.iri(article, LW + "mentions", mentioned)
            for program in rng.sample(programs, rng.randint(0, 2)):
                w.iri(article, LW + "mentions", program)

            # one brand per article on average
            if rng.random() < 0.9:
                trade = rng.choice(TRADES)
                label = f"{name(2)}{trade}"
                brand = f"{ID}brand/{_h('brand', label, n)}"
                w.iri(brand, RDF_TYPE, LW + "LabourBrand")
                w.t(brand, RDFS_LABEL, _lit(label))
                w.t(brand, SKOS + "altLabel", _lit(label + "师"))
                w.t(brand, LW + "occupation", _lit(trade))
                origin = subject if rng.random() < 0.85 else rng.choice(cities)
                w.iri(brand, LW + "origin", origin)
                if rng.random() < 0.5:
                    w.iri(brand, LW + "level", LW + rng.choice(LEVELS))
                w.iri(article, LW + "mentions", brand)
                for dest in rng.sample(destinations, rng.randint(1, 2)):
                    w.iri(brand, LW + "destination", dest)
                    link = f"{ID}brand-destination/{_h(brand, dest, article)}"
                    w.iri(link, RDF_TYPE, LW + "BrandDestinationLink")
                    w.iri(link, LW + "brand", brand)
                    w.iri(link, LW + "destination", dest)
                    w.t(link, LW + "evidence", _lit(f"{label}遍布各地，务工人员走进{name(2)}。"))
                    w.iri(link, PROV_DERIVED, article)

            for _ in range(rng.randint(0, 2)):
                dest = rng.choice(destinations)
                flow = f"{ID}flow/{_h(article, subject, dest, _)}"
                w.iri(flow, RDF_TYPE, LW + "LabourFlow")
                w.iri(flow, LW + "origin", subject)
                w.iri(flow, LW + "destination", dest)
                if rng.random() < 0.7:
                    w.t(flow, LW + "workers", _lit(str(rng.randint(10, 20000)), None, XSD + "integer"))
                w.t(flow, LW + "year", _lit(str(year), None, XSD + "gYear"))
                w.t(flow, LW + "evidence", _lit(f"{name(2)}劳动力赴{name(2)}务工。"))
                w.iri(flow, PROV_DERIVED, article)

            for k in range(rng.randint(1, 3)):
                obs = f"{ID}observation/{_h(article, k)}"
                w.iri(obs, RDF_TYPE, LW + "Observation")
                w.iri(obs, LW + "region", subject)
                w.t(obs, LW + "value", _lit(str(rng.randint(1, 900000)), None, XSD + "decimal"))
                w.t(obs, LW + "unit", _lit(rng.choice(UNITS), None))
                w.t(obs, LW + "indicator", _lit(rng.choice(INDICATORS)))
                w.t(obs, LW + "year", _lit(str(year), None, XSD + "gYear"))
                w.t(obs, LW + "approximate", _lit(rng.choice(("true", "false")), None, XSD + "boolean"))
                w.t(obs, LW + "evidence", _lit(f"全县{rng.choice(INDICATORS)}{rng.randint(1, 99)}万人。"))
                w.iri(obs, PROV_DERIVED, article)
        return w.count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="the .nt file to write")
    parser.add_argument("--triples", type=int, default=1_000_000, help="at least this many (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    print(f"{generate(args.out, args.triples, args.seed):,} triples -> {args.out}")


if __name__ == "__main__":
    main()
