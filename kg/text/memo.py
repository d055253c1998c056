"""Memos of functions of article text that live for one article: the pipeline empties them before the next."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

__all__ = ["article_memo", "new_article"]

F = TypeVar("F", bound=Callable)
_MEMOS: list = []


def article_memo(maxsize: int) -> Callable[[F], F]:
    """lru_cache for a pure function of a sentence or clause, emptied by new_article().

    Within an article several extractors read the same clause, and it is parsed once. Nothing is kept
    from one article to the next: a corpus that repeats sentences (a synthetic one) must not build faster
    than news, which does not, and a memo must not grow with the corpus."""
    def wrap(function: F) -> F:
        memo = lru_cache(maxsize=maxsize)(function)
        _MEMOS.append(memo)
        return memo  # type: ignore[return-value]
    return wrap


def new_article() -> None:
    """Empty every article memo (kg.pipeline.extract calls it first)."""
    for memo in _MEMOS:
        memo.cache_clear()
