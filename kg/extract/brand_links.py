"""Where a labour brand's workers go: a brand and a flow's destination in the same clause."""
from __future__ import annotations

import re

from kg.extract.brands import GENERIC_OCCUPATIONS
from kg.extract.flows import flows_in_sentence
from kg.model import Article, Brand, BrandDestination, Evidence, Flow, RegionAnalysis


def link_brand_destinations(article: Article, regions: RegionAnalysis, brands: tuple[Brand, ...],
                            flows: tuple[Flow, ...]) -> tuple[BrandDestination, ...]:
    """A destination for a brand where the article ties the brand's workers to the place.

    The tie is a clause that names the brand (or its workers by occupation: 修脚师 for 紫阳修脚) and moves
    them to a place (紫阳县欢送修脚师返回上海市场). A brand in one clause of a sentence and a destination in
    another (发挥“甘州劳务”等品牌带动效应，巩固新疆、内蒙古等劳务基地) is not a tie: the sentence says the place
    uses the brands, not that their workers go there.
    """
    out: list[BrandDestination] = []
    seen: set[tuple[str, str]] = set()
    flow_pairs = [(f.origin, f.destination) for f in flows]
    for sentence in article.sentences:
        words_by_brand = [(b, _words(b)) for b in brands]
        present = [(b, w) for b, w in words_by_brand if any(x in sentence.text for x in w)]
        if not present:
            continue
        raws = flows_in_sentence(article, regions, sentence, need_group=False)
        for brand, words in present:
            for raw in raws:
                clause = article.text[raw.clause_start:raw.clause_end]
                # the brand's workers may also be named in the clause that opens the sentence
                head = article.text[sentence.start:raw.clause_end]
                if not any(x in clause or x in head and _before_move(head, x) for x in words):
                    continue
                from_brand = brand.origin is None or raw.origin == brand.origin or \
                    (brand.origin, raw.destination) in flow_pairs
                if not from_brand:
                    continue
                key = (brand.name, raw.destination)
                if key in seen:
                    continue
                seen.add(key)
                out.append(BrandDestination(brand.name, raw.destination, Evidence.of(sentence)))
    return tuple(out)


# A brand used as a lever or an example is not a statement about where its workers go.
_ONLY_USED = re.compile(r"发挥|依托|借助|利用|带动效应|效应|作用|打造|培育")


def _words(brand: Brand) -> tuple[str, ...]:
    """The strings that name the brand or its workers in running text."""
    words = [brand.name, *brand.alt_labels]
    occupation = brand.occupation
    if occupation and len(occupation) >= 2 and occupation not in GENERIC_OCCUPATIONS:
        words.append(occupation)
    return tuple(w for w in words if w)


def _before_move(head: str, word: str) -> bool:
    """The brand's workers are the subject that the moving clause continues (“湘西织女”们，今年又有…赴广东):
    the word opens the sentence's first clause and nothing says the brand is only used (发挥…品牌带动效应)."""
    first_clause = re.split(r"[，,；;：:]", head, maxsplit=1)[0]
    return word in first_clause and not _ONLY_USED.search(head)
