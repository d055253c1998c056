"""Memos that live for one article: of functions of its text (emptied before the next), or of its last reading."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

__all__ = ["article_memo", "last_call_memo", "new_article"]

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


def last_call_memo(function: F) -> F:
    """`function` memoised for its last arguments, compared by identity (an Article and its RegionAnalysis):
    what one article's reading gives is reused while that article is read and replaced by the next one's.

    The arguments are held with the value, so no identity is reused while they are compared."""
    last: list = [None]  # (arguments, value) of the last call

    @wraps(function)
    def memo(*args):
        held = last[0]  # read once: a thread reading another article may replace it meanwhile
        if held is not None and len(held[0]) == len(args) and all(a is b for a, b in zip(held[0], args)):
            return held[1]
        value = function(*args)
        last[0] = (args, value)
        return value
    return memo  # type: ignore[return-value]
