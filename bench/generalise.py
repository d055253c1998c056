"""Score the real set rewritten with other places, scripts, encodings and page chrome: what depends on names or forms.

Writes every variant to a temporary folder (the real articles are third-party text: never into the
repository), builds each with `kg build`, scores it with tests/gold_scorer.py and prints, per kind, the
original's score and each variant's score with its drop. See bench/README.md ("generalise.py").
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from variants import (  # noqa: E402  (bench/ is a folder of scripts: its modules sit beside this one)
    BIG5_FAMILY, add_pinyin_glosses, already_traditional, chrome_places, encode, swap_places, to_traditional,
    wrap_html)

from kg.gazetteer import Gazetteer  # noqa: E402

SCORER = ROOT / "tests" / "gold_scorer.py"
KINDS = ("regions", "hierarchy", "brands", "brand_origin", "brand_dest", "programs", "flows", "flow_workers",
         "metrics", "metric_year", "metric_indicator")
# A drop larger than this is worth a look (the brief of issue 16's perturbation round).
NOTABLE_DROP = 0.02


def default_real() -> Path:
    shared = os.environ.get("KG_SHARED_DIR")
    return Path(shared) / "real" if shared else ROOT.parent / "shared" / "real"


@dataclass
class Source:
    name: str
    data: bytes  # the file as it is
    text: str  # decoded as the tool decodes it
    encoding: str
    gold: dict


def load_set(real: Path) -> list[Source]:
    """Every article that has a gold file, decoded as `kg build` decodes it (UTF-8, GB18030, Big5…)."""
    from kg.ingest.decode import IngestError, decode_bytes

    out = []
    for gold_file in sorted((real / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = real / "articles" / gold["file"]
        if not article.is_file():
            continue
        data = article.read_bytes()
        try:
            text, encoding = decode_bytes(data)
        except IngestError as err:
            print(f"  left out {gold['file']}: {err.reason}", file=sys.stderr)
            continue
        out.append(Source(gold["file"], data, text, encoding, gold))
    return out


def read_headlines(real: Path, sources: list[Source]) -> dict[str, str]:
    """The title the tool reads from each article: the page variant puts it in <h1>."""
    from kg.ingest import IngestError, read_document

    out = {}
    for src in sources:
        try:
            title = read_document(real / "articles" / src.name, src.name).title
        except IngestError:
            continue
        if title:
            out[src.name] = title
    return out


def common_words() -> frozenset[str]:
    rows = (ROOT / "kg" / "data" / "region_common_words.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(r.split("\t")[0] for r in rows if r and not r.startswith("#"))


# Written into each variant folder, so a later run replaces only folders this script made (--workdir may
# name a folder that holds other things).
VARIANT_MARKER = ".laowu-generalise"


def clear_variant(folder: Path) -> None:
    """Remove a variant folder left by an earlier run; refuse one this script did not write."""
    if not folder.exists():
        return
    if not (folder / VARIANT_MARKER).is_file():
        sys.exit(f"generalise.py: {folder} exists and was not written by this script "
                 f"(no {VARIANT_MARKER}): choose another --workdir")
    shutil.rmtree(folder)


def write_variant(folder: Path, items: list[tuple[str, bytes, dict]]) -> None:
    (folder / "articles").mkdir(parents=True)
    (folder / VARIANT_MARKER).write_text("variant written by bench/generalise.py\n", encoding="utf-8")
    (folder / "gold").mkdir()
    for name, data, gold in items:
        (folder / "articles" / name).write_bytes(data)
        (folder / "gold" / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")


def place_variants(sources: list[Source], seeds: list[int], gaz: Gazetteer, words: frozenset[str]):
    """placeN -> items, and per seed: substitutions, skipped articles, regions kept, the swaps made."""
    variants, notes = {}, {}
    for seed in seeds:
        items, subs, skipped, kept, swaps = [], 0, [], 0, {}
        for src in sources:
            result = swap_places(src.text, src.gold, gaz, random.Random(f"{seed}:{src.name}"), words)
            if result.skipped:  # left unchanged, so every variant scores the same articles
                skipped.append(src.name)
            swaps[src.name] = result.mapping
            subs += result.substitutions
            kept += sum(1 for why in result.kept.values() if why != "province")
            data = src.data if not result.mapping else encode(result.text, (src.encoding,))[0]
            items.append((src.name, data, result.gold))
        variants[f"place{seed}"] = items
        notes[f"place{seed}"] = {"substitutions": subs, "articles": len(items), "skipped": skipped,
                                 "regions_kept_below_province": kept, "swaps": swaps}
    return variants, notes


def script_variants(sources: list[Source]):
    """trad (every other file Big5), pinyin (glossed traditional, UTF-8), gbk (simplified) -> items; counts."""
    trad, pinyin, gbk = [], [], []
    counts = {"trad": {"big5": 0, "utf-8": 0, "left_as_is": 0}, "pinyin": {"left_as_is": 0}, "gbk": {"gbk": 0}}
    for i, src in enumerate(sources):
        text, as_is = src.text, already_traditional(src.text)
        if i % 2 == 0:  # every other file a Big5 page, in the Taiwan forms Big5 holds
            data, used = encode(text if as_is else to_traditional(text, "s2tw"), BIG5_FAMILY)
        else:
            data, used = encode(text if as_is else to_traditional(text), ())
        counts["trad"]["big5" if used in BIG5_FAMILY else "utf-8"] += 1
        counts["trad"]["left_as_is"] += as_is
        trad.append((src.name, data, src.gold))
        counts["pinyin"]["left_as_is"] += as_is
        pinyin.append((src.name, (text if as_is else add_pinyin_glosses(text)).encode("utf-8"), src.gold))
        data, used = encode(text, ("gbk",))
        counts["gbk"]["gbk"] += used == "gbk"
        gbk.append((src.name, data, src.gold))
    return {"trad": trad, "pinyin": pinyin, "gbk": gbk}, counts


def page_variant(sources: list[Source], gaz: Gazetteer, headlines: dict[str, str]):
    """Each article as a news page (a file that is a page already stays as it is) -> items; counts."""
    from kg.ingest.markup import meta_from_front_matter, split_front_matter, strip_markdown

    pages, already = [], 0
    for src in sources:
        if Path(src.name).suffix.lower() in (".html", ".htm"):
            pages.append((src.name, src.data, src.gold))
            already += 1
            continue
        text, headline = src.text, headlines.get(src.name)
        front, rest = split_front_matter(text)
        if front is not None or Path(src.name).suffix.lower() == ".md":
            # Markdown: its front matter becomes the page's headline and info line, its body plain text.
            meta = meta_from_front_matter(front) if front else None
            info = " ".join(x for x in (meta and meta.date and f"发布时间：{meta.date}",
                                        meta and meta.source and f"来源：{meta.source}") if x)
            text = info + "\n" + strip_markdown(rest, markdown=True)
            headline = (meta and meta.title) or headline
        places = chrome_places(src.gold, src.text, gaz, random.Random(f"html:{src.name}"))
        page_name = Path(src.name).stem + ".html"
        page = wrap_html(text, Path(src.name).stem, places, headline)
        pages.append((page_name, page.encode("utf-8"), {**src.gold, "file": page_name}))
    return pages, {"pages_already": already}


def make_variants(sources: list[Source], seeds: list[int], gaz: Gazetteer, avoid_common: bool = False,
                  headlines: dict[str, str] | None = None) -> tuple[dict, dict]:
    """variant name -> [(file name, bytes, gold)], and what each transformation did (counts)."""
    words = common_words() if avoid_common else frozenset()
    variants: dict[str, list] = {"original": [(src.name, src.data, src.gold) for src in sources]}
    places, notes = place_variants(sources, seeds, gaz, words)
    scripts, counts = script_variants(sources)
    page, page_notes = page_variant(sources, gaz, headlines or {})
    variants.update(places)
    variants.update(scripts)
    variants["html"] = page
    notes.update(counts)
    notes["html"] = page_notes
    return variants, notes


def rewrite_variant(sources: list[Source], folder: Path) -> tuple[list, dict]:
    """Rewritten copies of real articles made outside this script (a paraphrase by someone who never saw the
    extractor: same facts, new wording), one file per original with the original's name: each scored against
    the original's gold."""
    gold_of = {src.name: src.gold for src in sources}
    items, unknown = [], []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        if path.name in gold_of:
            items.append((path.name, path.read_bytes(), gold_of[path.name]))
        else:
            unknown.append(path.name)
    return items, {"articles": len(items), "skipped": unknown}


def build_and_score(folder: Path, jobs: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder / "articles"), "--out", str(folder / "out"),
                    "--quiet", "--no-cache", "--jobs", str(jobs)], env=env, check=True, timeout=600)
    result = subprocess.run([sys.executable, str(SCORER), "--kg", str(folder / "out" / "kg.ttl"),
                             "--gold", str(folder / "gold"), "--json"],
                            env=env, capture_output=True, text=True, check=True, timeout=600)
    return json.loads(result.stdout)


def figure(row: dict) -> float | None:
    if not isinstance(row, dict):
        return None
    return row.get("f1", row.get("accuracy"))


PER_SEED_COLUMNS = 3  # with more seeds of the place swap, the table shows their mean and worst instead


def collapse_seeds(scores: dict[str, dict]) -> dict[str, dict]:
    """With many seeds, one 'place mean' and one 'place worst' column instead of a column per seed."""
    seeds = [n for n in scores if n.startswith("place")]
    if len(seeds) <= PER_SEED_COLUMNS:
        return scores
    out = {n: v for n, v in scores.items() if n not in seeds}
    mean, worst = {}, {}
    for kind in KINDS:
        values = [figure(scores[n].get(kind)) for n in seeds]
        values = [v for v in values if v is not None]
        if values:
            mean[kind] = {"f1": round(sum(values) / len(values), 3)}
            worst[kind] = {"f1": min(values)}
    return {"original": out.pop("original"), f"place mean/{len(seeds)}": mean, "place worst": worst, **out}


def table(scores: dict[str, dict]) -> str:
    scores = collapse_seeds(scores)
    names = list(scores)
    lines = ["kind".ljust(17) + "".join(n.rjust(15) for n in names)]
    for kind in KINDS:
        base = figure(scores["original"].get(kind))
        cells = []
        for n in names:
            value = figure(scores[n].get(kind))
            if value is None:
                cells.append("-")
            elif n == "original" or base is None:
                cells.append(f"{value:.3f}")
            else:
                drop = value - base
                mark = "*" if drop < -NOTABLE_DROP else " "
                cells.append(f"{value:.3f} {drop:+.3f}{mark}")
        lines.append(kind.ljust(17) + "".join(c.rjust(15) for c in cells))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", type=Path, default=default_real(),
                    help="the real set: a folder with articles/ and gold/ (default REPO/../shared/real, "
                         "or $KG_SHARED_DIR/real)")
    ap.add_argument("--seed", type=int, default=0, help="first seed of the place swap (default 0)")
    ap.add_argument("--seeds", type=int, default=3, help="how many seeds of the place swap (default 3)")
    ap.add_argument("--avoid-common-stems", action="store_true",
                    help="prefer stand-ins whose stem jieba does not tag as an ordinary word or a person's name "
                         "(安顺, 白银, 和平): without it they are drawn like any other, as new articles will name them")
    ap.add_argument("--only", default="", help="comma-separated variants to build (default all): "
                                               "place,trad,pinyin,gbk,html")
    ap.add_argument("--workdir", type=Path, help="write the variants here (default: a new temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the variants and graphs (printed at the end)")
    ap.add_argument("--jobs", type=int, default=1, help="kg build --jobs (default 1)")
    ap.add_argument("--json", action="store_true", help="also print every score as JSON")
    ap.add_argument("--rewrites", action="append", default=[], metavar="NAME=DIR",
                    help="also score a folder of rewritten copies of the real articles (same file names; e.g. a "
                         "paraphrase written blind to the extractor) against the originals' gold; repeatable. "
                         "Compare it with the original's column only where it rewrites every article")
    args = ap.parse_args(argv)
    if not (args.real / "articles").is_dir() or not (args.real / "gold").is_dir():
        ap.error(f"no real set at {args.real} (it needs articles/ and gold/; it sits beside the repository in "
                 "../shared and is not in a clone): pass --real DIR or set KG_SHARED_DIR")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="laowu-generalise-"))
    if workdir.resolve().is_relative_to(ROOT):
        ap.error(f"--workdir {workdir} is inside the repository: the real articles are third-party text")
    articles = load_set(args.real)
    started = time.monotonic()
    variants, notes = make_variants(articles, list(range(args.seed, args.seed + args.seeds)), Gazetteer.load(),
                                   args.avoid_common_stems, read_headlines(args.real, articles))
    for spec in args.rewrites:
        name, _, folder = spec.partition("=")
        if not name or not folder or not Path(folder).is_dir():
            ap.error(f"--rewrites {spec}: expected NAME=DIR with DIR a folder of rewritten articles")
        if Path(folder).resolve().is_relative_to(ROOT):
            ap.error(f"--rewrites {spec}: the folder is inside the repository, where third-party text may not be")
        variants[name], notes[name] = rewrite_variant(articles, Path(folder))
    wanted = {w.strip() for w in args.only.split(",") if w.strip()}
    wanted |= {spec.partition("=")[0] for spec in args.rewrites} if wanted else set()
    scores = {}
    for name, items in variants.items():
        if name != "original" and wanted and name not in wanted and name.rstrip("0123456789") not in wanted:
            continue
        folder = workdir / name
        clear_variant(folder)
        write_variant(folder, items)
        if notes.get(name, {}).get("swaps"):  # to read the errors of a place swap back in the original's names
            (folder / "swaps.json").write_text(json.dumps(notes[name]["swaps"], ensure_ascii=False, indent=1),
                                               encoding="utf-8")
        scores[name] = build_and_score(folder, args.jobs)
        print(f"  built {name}: {len(items)} articles ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    print(f"real set: {args.real} ({len(articles)} articles); '*' marks a drop of more than {NOTABLE_DROP}")
    print(table(scores))
    for name, note in notes.items():
        if name in scores:
            print(f"{name}: " + ", ".join(f"{k} {v if not isinstance(v, list) else len(v)}" for k, v in note.items()
                                          if k != "swaps")
                  + (f" ({', '.join(note['skipped'])})" if note.get("skipped") else ""))
    if args.json:
        print(json.dumps({"scores": scores, "notes": notes}, ensure_ascii=False, indent=1))
    if args.keep or args.workdir:
        print(f"variants and graphs kept in {workdir} (third-party text: do not copy into the repository)")
    else:
        shutil.rmtree(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
