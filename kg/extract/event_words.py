"""Words that make a clause about a visit, a meeting or goods, not about workers: read by flows and brand links."""
from __future__ import annotations

# Built from how labour news reports the things that name places without sending anyone there to work:
# officials' and delegations' trips (考察, 调研, 慰问 …), meetings and fairs (对接会, 推介会, 论坛 …) and goods
# sold to places (销往, 远销). Each extractor adds the words that only its own decision needs.
VISITS = ("考察", "调研", "慰问", "走访", "参观", "学习", "洽谈")
MEETINGS = ("对接会", "推介会", "论坛", "博览会", "会议")
GOODS = ("产品", "销往", "远销")
NOT_ABOUT_WORKERS = VISITS + MEETINGS + GOODS


def alternation(*groups: tuple[str, ...]) -> str:
    """The words of the groups as one regex alternation (plain words: no character needs escaping)."""
    return "|".join(word for group in groups for word in group)
