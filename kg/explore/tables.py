"""The page's data: the catalog as compact JSON tables indexed by node id, with the styles of the legend."""
from __future__ import annotations

import os
from collections import defaultdict

from kg.explore.view import CLASSES, REGION_CLASSES, Catalog
from kg.rdfio import curie

__all__ = ["CLASS_STYLE", "DEFAULT_MAX_NODES", "EDGE_STYLE", "FONT_FACE", "page_data"]

# Nodes on screen in one view: past this a graph stops reading as anything but a hairball.
DEFAULT_MAX_NODES = 120

# Canvas labels are drawn with this list; Noto Sans CJK SC is what Debian's fonts-noto-cjk
# installs, the others cover Windows and macOS, sans-serif is the last resort.
FONT_FACE = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", '
             '"Microsoft YaHei", "PingFang SC", sans-serif')

# Hierarchical colouring: provinces dark, cities mid, counties light blue; brands stand out.
CLASS_STYLE: dict[str, dict] = {
    "Province": {"label": "省级 Province", "color": "#1f4e79", "shape": "dot"},
    "City": {"label": "地级 City", "color": "#2e75b6", "shape": "dot"},
    "County": {"label": "县级 County", "color": "#9dc3e6", "shape": "dot"},
    "Region": {"label": "地区 Region", "color": "#bdd7ee", "shape": "dot"},
    "LabourBrand": {"label": "劳务品牌 LabourBrand", "color": "#e46c0a", "shape": "star"},
    "Program": {"label": "项目 Program", "color": "#548235", "shape": "diamond"},
    "Article": {"label": "文章 Article", "color": "#8c8c8c", "shape": "square"},
}
EDGE_STYLE: dict[str, dict] = {
    "partOf": {"label": "partOf 隶属", "color": "#a6a6a6", "dashes": True},
    "origin": {"label": "origin 来源地", "color": "#c55a11", "dashes": False},
    "destination": {"label": "destination 去向", "color": "#d62728", "dashes": False},
    "flow": {"label": "flow 劳务输转 (workers)", "color": "#7030a0", "dashes": False},
    "mentions": {"label": "mentions 提及", "color": "#c8c8c8", "dashes": False},
}

# Evidence kept in the page: a sentence for each origin→destination pair, the largest flows first,
# within a budget (every count is kept, so sums stay right); a long sentence is clipped. The rest
# is one `kg query` away.
EVIDENCE_PER_PAIR = 1
SENTENCE_MAX = 120
SENTENCE_BUDGET = 200_000  # characters, about 600 kB of the page


SOURCE_FILE = "sourceFile 文件"


def _source_root(cat: Catalog, order: list[int]) -> str:
    """The folder all article files share (with its separator), written once instead of per article."""
    paths = [v for o in order for k, v in cat.facts.get(o, ()) if k == SOURCE_FILE]
    try:
        root = os.path.commonpath(paths) if len(paths) > 1 else ""
    except ValueError:  # absolute and relative paths mixed
        return ""
    return root + os.sep if root and all(p.startswith(root + os.sep) for p in paths) else ""


def _short_curie(iri: str) -> str:
    """`region/610924` for id:region/610924 (the page puts the `id:` back)."""
    text = curie(iri)
    return text.removeprefix("id:")


def _int_or_text(workers: str | None):
    return int(workers) if workers is not None and workers.isdigit() else workers


def _evidenced(flows: list, budget: int) -> list[int]:
    """Which flows keep their sentence: one per origin→destination pair, the pairs with the most
    workers first, until the budget of characters is spent."""
    pairs: dict[tuple[int, int], list[int]] = defaultdict(list)
    for k, flow in enumerate(flows):
        if flow.sentence:
            pairs[(flow.origin, flow.destination)].append(k)

    def volume(pair) -> tuple:
        total = sum(int(flows[k].workers) for k in pairs[pair] if (flows[k].workers or "").isdigit())
        return (-total, pair)

    chosen = []
    for pair in sorted(pairs, key=volume):
        for k in pairs[pair][:EVIDENCE_PER_PAIR]:
            cost = min(len(flows[k].sentence), SENTENCE_MAX)
            if cost > budget:
                return sorted(chosen)
            budget -= cost
            chosen.append(k)
    return sorted(chosen)


def _clip(text: str) -> str:
    return text if len(text) <= SENTENCE_MAX else text[: SENTENCE_MAX - 1] + "…"


def _weights(cat: Catalog, keep: list[int]) -> dict[int, int]:
    """Facts under each node: for a region everything stated about it or any region below it."""
    own: dict[int, int] = defaultdict(int)
    for flow in cat.flows:
        own[flow.origin] += 1
        if flow.destination != flow.origin:
            own[flow.destination] += 1
    for brand, region in cat.origins:
        own[region] += 1
        own[brand] += 1
    for (brand, region) in cat.destinations:
        own[region] += 1
        own[brand] += 1
    for region, count in cat.observation_count.items():
        own[region] += count
    for article, targets in cat.mentions.items():
        own[article] += len(targets)
        for target in targets:
            own[target] += 1
    total = dict(own)
    for node in keep:
        if cat.cls[node] in REGION_CLASSES and own.get(node):
            seen, up = {node}, cat.parent[node]
            while up >= 0 and up not in seen:
                total[up] = total.get(up, 0) + own[node]
                seen.add(up)
                up = cat.parent[up]
    return total


def page_data(cat: Catalog, keep: set[int] | None = None, *, max_nodes: int = DEFAULT_MAX_NODES,
              articles: bool = True, start: dict | None = None):
    """The page's data: tables indexed by dense node id (the catalog's order, narrowed to `keep`)."""
    order = sorted(keep) if keep is not None else list(range(len(cat)))
    new = {old: i for i, old in enumerate(order)}
    if not articles:
        # Articles are not drawn, but their titles still name the source of each piece of evidence.
        shown = {old for old in order if cat.cls[old] != "Article"}
    else:
        shown = set(order)
    sentences: dict[str, int] = {}

    def sentence(text: str) -> int:
        if not text:
            return -1
        return sentences.setdefault(_clip(text), len(sentences))

    weights = _weights(cat, order)
    nodes = []
    for old in order:
        parent = cat.parent[old]
        nodes.append([CLASSES.index(cat.cls[old]), cat.label[old], new.get(parent, -1),
                      _short_curie(cat.iris[old]), weights.get(old, 0)])
    dests = []
    for (brand, region), lines in sorted(cat.destinations.items()):
        if brand in new and region in new:
            dests.append([new[brand], new[region],
                          [[new.get(a, -1), sentence(s)] for a, s in lines[:EVIDENCE_PER_PAIR]]])
    kept = [flow for flow in cat.flows if flow.origin in new and flow.destination in new]
    # A count said once for several destinations ("200 workers to Xinjiang and Jiangsu") is one
    # statement: the page sums a statement once per pair of shown regions, however many it names.
    statements: dict[tuple, int] = {}
    flows = []
    for flow in kept:
        key = (flow.article, flow.sentence, flow.origin, flow.workers, flow.year)
        flows.append([new[flow.origin], new[flow.destination], _int_or_text(flow.workers), flow.year,
                      int(flow.approximate), new.get(flow.article, -1), -1,
                      statements.setdefault(key, len(statements))])
    for k in _evidenced(kept, SENTENCE_BUDGET - sum(len(t) for t in sentences)):
        flows[k][6] = sentence(kept[k].sentence)
    root = _source_root(cat, order)
    fact_index: dict[str, int] = {}
    fact_names: list[str] = []  # filled below, once the facts have numbered their names
    counts = {c: 0 for c in CLASSES}
    for old in order:
        if old in shown:
            counts[cat.cls[old]] += 1
    data = {
        "articlesShown": articles,
        "classes": [{"cls": c, "label": CLASS_STYLE[c]["label"], "color": CLASS_STYLE[c]["color"],
                     "shape": CLASS_STYLE[c]["shape"], "count": counts[c]}
                    for c in CLASSES],
        "dests": dests,
        "edgeKinds": [{"kind": k, **EDGE_STYLE[k]} for k in EDGE_STYLE],
        "factNames": fact_names,
        "facts": {str(new[o]): [[fact_index.setdefault(k, len(fact_index)), v[len(root):] if k == SOURCE_FILE else v]
                            for k, v in cat.facts[o]]
                  for o in order if o in cat.facts},
        "sourceRoot": root,
        "flows": flows,
        "font": FONT_FACE,
        "maxNodes": max_nodes,
        "mentions": [[new[a], [new[t] for t in cat.mentions[a] if t in new]]
                     for a in order if a in cat.mentions and a in shown],
        "names": {str(new[o]): cat.names[o] for o in order if o in cat.names},
        "nodes": nodes,
        "observations": {str(new[o]): [cat.observation_count[o], cat.observations[o]]
                         for o in order if o in cat.observations},
        "origins": [[new[b], new[r]] for b, r in cat.origins if b in new and r in new],
        "start": start or {"view": "overview"},
        "subjects": [[new[a], [new[r] for r in cat.subjects[a] if r in new]]
                     for a in order if cat.subjects.get(a) and a in shown],
    }
    fact_names.extend(sorted(fact_index, key=fact_index.get))
    # Sentences last: they are numbered while the tables above are built.
    data["sentences"] = [text for text, _ in sorted(sentences.items(), key=lambda kv: kv[1])]
    return data
