"""How many workers a clause moves: its own count, an earlier or later clause's, 分别 and 其中 breakdowns."""
from __future__ import annotations

import re

from kg.extract.numbers import find_quantities
from kg.text.numerals import DIGIT_VALUES, MYRIADS, TEN_POWERS
from kg.model import Article, RegionMention, Sentence
from kg.extract.flows.clauses import clause_bounds, next_in_paragraph, previous_in_paragraph
from kg.extract.flows.places import contains_region
from kg.extract.flows.labour_words import LABOUR, PEOPLE_NOUN


# 大部分在北京: a share between a count and the places means the count is not theirs.
# 从业人员N人，主要在A、B / 主要分布在 / 主要服务于 / 足迹遍布: where a whole workforce mostly is, not a count of each
# place (a transfer's 输出地主要为A、B still shares its count)
# (…1600余人，不少人还进驻A: 不少, 有的 and 许多 pick some of them too; 从业人员N人，常年在A、B: where they work
# year-round, as 主要在)
_SHARE = re.compile(r"大部分|大多|多数|部分|一半|近半|少数|一些|不少|有的|许多|主要(?:在|分布|服务|集中)|足迹|"
                    r"常年(?:在|分布|活跃)")
# 务工的人数超过2万: a bare number that 人数 names counts people (as 名 or 人 after it would)
_HEADCOUNT_BEFORE = re.compile(r"人数(?:已|共|累计|总计|合计|就)?(?:达到|达|为|有|是|突破)?$")
_COUNT_LOOKBACK = 4  # earlier clauses of the sentence searched for a count
# the verbs of sending workers (clause_count's 人次 counts, sent_next_clause's tie served)
_SENDING = re.compile(r"输送|输出|转移|输转|派遣|选派|推荐")
_ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")


def part_counts(text: str, base: int, mentions: list[RegionMention], c_end: int,
                origin: str) -> list[tuple[str, tuple[int, bool]]]:
    """河池市向广东输送劳动力3.6万人，其中都安县1.2万人: a 其中 clause right after gives places within the
    origin their own share of the same flow."""
    if c_end >= len(text) or not text.startswith("其中", c_end + 1):
        return []
    n_start, n_end = clause_bounds(text, c_end + 1)
    out = []
    for m in mentions:
        rel_start, rel_end = m.start - base, m.end - base
        if not (n_start <= rel_start and rel_end <= n_end and contains_region(origin, m.code)):
            continue
        q = next(iter(find_quantities(text[rel_end:min(n_end, rel_end + 12)])), None)
        if q is not None and q.start == 0 and q.unit == "人" and q.value > 1:
            out.append((m.code, (int(q.value), q.approximate)))
    return out


# 专列共搭载务工人员N人。列车将于次日抵达A。: the vehicle opening a sentence (after a short lead: 据悉，上午10时，)
# is the one the sentence before counted people aboard; 又有N名务工人员踏上返岗之路。这批务工人员将被送往A
# (他们将前往A): the group it counted.
VEHICLE_OPENS = re.compile(r"^(?:[^，。；！？,;]{1,10}[，,])?(?:(?:该|这趟|此趟|本次|这批|这些)?(?:列车|专列|专车|大巴|包车|车辆|班车|航班|车队)|"
                           # 列车驶离A站。车上，N名务工人员…: aboard the vehicle just named
                           r"车上|车厢里|车厢内|车内|"
                           r"(?:这批|这些|该批|此批)(?:务工人员|工人|劳动力|农民工|员工|求职者|人员)|"
                           # 当天共有N名务工人员踏上行程。他们将前往A: the people just counted
                           r"(?:他们|她们|这些人|这批人|大家)(?!中|之中|当中|里|有的|部分|一部分|多数|大多))")
_ABOARD = re.compile(r"搭载|载着|满载|载有|乘坐|搭乘|共有|又有|踏上|出发|启程|动身|登车|上车|送别|欢送|集结|"
                     r"登上|坐上|乘上|搭上|坐着|坐满")  # (N名务工人员登上返岗专列。专列…抵达A; 车上坐着N名…)


def aboard_before(article: Article, sentence: Sentence) -> tuple[int, bool] | None:
    """The count of workers the previous sentence put aboard the vehicle this sentence opens with."""
    if not VEHICLE_OPENS.match(sentence.text):
        return None
    previous = previous_in_paragraph(article, sentence)
    if previous is None or not _ABOARD.search(previous.text) or not LABOUR.search(previous.text):
        return None
    return _one_count(previous.text)


def _one_count(text: str) -> tuple[int, bool] | None:
    """(count, approximate) of the one count of people in `text` (人次 are trips, not people), if it counts more
    than one."""
    people = [q for q in find_quantities(text) if q.unit == "人" and text[q.end:q.end + 1] != "次"]
    return (int(people[0].value), people[0].approximate) if len(people) == 1 and people[0].value > 1 else None


def counted_aboard_next(article: Article, sentence: Sentence) -> bool:
    """专列平稳停靠A。车上N名务工人员，全部来自B: the next sentence counts the workers aboard the vehicle this one
    moved."""
    following = next_in_paragraph(article, sentence)
    if following is None or not VEHICLE_OPENS.match(following.text) \
            or not LABOUR.search(following.text):
        return False
    return _one_count(following.text) is not None


def own_counts(text: str, c_end: int, group: list[RegionMention]) -> dict[int, tuple[int, bool]]:
    """{id(place mention in group): count} from a following 其中 clause that gives every place its number."""
    if c_end >= len(text) or not text.startswith("其中", c_end + 1):
        return {}
    n_start, n_end = c_end + 1, clause_bounds(text, c_end + 1)[1]
    own: dict[int, tuple[int, bool]] = {}
    clause = text[n_start:n_end]
    for g in group:
        # the place is written again as in the list (a surface the region finder may not repeat)
        at = clause.find(g.surface)
        if at < 0:
            return {}
        after = at + len(g.surface)
        q = next(iter(find_quantities(clause[after:after + 12])), None)
        if q is None or q.start != 0 or q.unit != "人" or q.value <= 1:
            return {}
        own[id(g)] = (int(q.value), q.approximate)
    return own


# Every number find_quantities reads starts with one of these (its pattern's first lookahead): a clause without
# any (most earlier clauses searched for a count) has no quantity, known without parsing it.
_NUMBER_STARTS = frozenset("0123456789０１２３４５６７８９百") | frozenset(DIGIT_VALUES) | frozenset(TEN_POWERS) \
    | frozenset(MYRIADS)


def _quantities_in(clause: str) -> list:
    """find_quantities(clause), with no parse of a clause that has no numeral."""
    return find_quantities(clause) if not _NUMBER_STARTS.isdisjoint(clause) else []


def _vague(clause: str, start: int) -> bool:
    return clause[start:start + 1] in _VAGUE or start > 0 and clause[start - 1] in _VAGUE


_VAGUE = ("数", "几")


def clause_count(text: str, c_start: int, c_end: int, pos: int) -> tuple[int | None, bool, bool]:
    """(workers, approximate, single person) for the clause; earlier clauses of the sentence if it has none.

    A share (近70%) is not a count, and a subset clause (其中…) does not inherit the total.
    """
    s, e = c_start, c_end
    # A count further back than a few clauses belongs to another statement (and looking further
    # would make a sentence of many clauses quadratic). Each earlier clause is found only if needed.
    for index in range(_COUNT_LOOKBACK + 1):
        if index:
            if s == 0:
                break
            s, e = clause_bounds(text, s - 1)[0], s - 1
        clause = text[s:e]
        # D5678次, G1234次: a train's number, not a count
        quantities = [q for q in _quantities_in(clause) if not (q.start and clause[q.start - 1].isascii()
                                                                  and clause[q.start - 1].isalpha())]
        if "（" in clause or "(" in clause:
            # 1200名务工人员（其中脱贫劳动力300名）: a count in parentheses is a part, said in passing
            asides = [(m.start(), m.end()) for m in _ASIDE.finditer(clause)]
            quantities = [q for q in quantities if not any(a <= q.start < b for a, b in asides)]
        if any(q.unit == "%" for q in quantities):
            return None, False, False
        if any(q.unit == "人" and _vague(clause, q.start) for q in quantities):
            return None, False, False  # 数百名, 几千名: a size, not a count
        people = [q for q in quantities if (q.unit == "人" and not clause[q.end:q.end + 1] == "次"
                                            or q.unit is None and (PEOPLE_NOUN.match(clause, q.end)
                                                                   or _HEADCOUNT_BEFORE.search(clause, 0, q.start)))]
        if people and ("其" in clause or "另外" in clause):
            people = [q for q in people if not _others(clause, q.start)]
        if not people and index == 0 and "人次" in clause and _SENDING.search(clause):
            # 输送务工人员1.86万人次到广东: the only count a sending clause gives is its count
            people = [q for q in quantities if q.unit == "人次"]
        if index == 0:
            # in the destination's own clause, the count nearest before the place, else the first after it;
            # but in an enumeration (赴粤务工人员46万人、赴浙务工人员21万人) a place's own item keeps its count
            item_start = clause.rfind("、", 0, pos - s) + 1
            item_end = clause.find("、", pos - s)
            item_end = len(clause) if item_end < 0 else item_end
            own = [q for q in people if item_start <= q.start and q.end <= item_end]
            before = [q for q in people if s + q.end <= pos]
            if own and all(s + q.start >= pos for q in own) and not any(item_start <= q.start for q in before):
                people = own[:1]
            else:
                people = (before[-1:] or people[:1])
        if people:
            q = people[-1] if index else people[0]
            if s + q.end <= pos and _SHARE.search(text, s + q.end, pos):
                return None, False, False  # 四千人，大部分在北京: the places hold a share of them
            value = int(q.value)
            if value <= 1:
                return None, False, True
            return value, q.approximate, False
        if index == 0 and clause.lstrip().startswith("其中"):
            return None, False, False
        if index == 0 and any(q.kind == "count" and q.unit != "人" and not _indefinite(q) for q in quantities):
            return None, False, False  # 举家外出务工家庭N个: the clause counts something else
        if index and any(q.kind == "count" and not _indefinite(q) for q in quantities):
            # 从业人员达2.1万人，企业1180余家，足迹遍布…: a count of other things in between starts another statement
            return None, False, False
    return None, False, False


def _others(clause: str, start: int) -> bool:
    """和其他N名, 与其余N位: the people counted are the others besides someone named."""
    return clause.endswith(_OTHERS, 0, start)


_OTHERS = ("其他", "其余", "另外")


def _indefinite(q) -> bool:
    """一家电子企业, 一所学校: 一 with a classifier is the indefinite article, not a count of other things."""
    return q.value == 1


_COUNT_LOOKAHEAD = 3  # later clauses of the sentence searched for the count a sending verb gives
# (车上共有N名务工人员: the people aboard the vehicle just named)
_SENDS = re.compile(r"运送|输送|输出|转移|输转|送|接返|接回|载|搭|车上|车厢里|机上")
# …专车发车，N名务工人员踏上返岗路: the people counted board the vehicle just named
_BOARD_AFTER = re.compile(r"[^，。；！？,;]{0,6}?(?:踏上|乘坐|搭乘|登上|坐上|登车|上车)")
# 专列驶向A，B县的N名拾棉工随车出发 (同车前往): the workers counted go along with the vehicle just named (a noun of
# labour between: 3名带队干部随车 are not the workers moved)
_ALONG_AFTER = re.compile(r"[^，。；！？,;]{0,6}?(?:随车|随专列|随同专列|同车)")
# 专列由A开往B，把N名务工人员平安送到 (N名务工人员被平安送达): the people counted before the verb that delivers them
_DELIVERED_AFTER = re.compile(r"[^，。；！？,;]{0,8}?(?:送达|送到|送抵|送往|运抵|运送到|接到|接回)")


# 进驻A、B等地的N家企业，稳定就业1600余人: a clause that is only the count of those at work there (not 从业人员N人,
# the trade's whole workforce, wherever it works)
_EMPLOYED_BEFORE = re.compile(r"(?:稳定|实现|累计|共|已|先后|目前)*(?:就业|务工|上岗|在岗)(?:人数)?"
                              r"(?:达到|达|超过|超|近|约|逾)?")
# 分别前往A和B，共计520人 (人数达N人): a clause that opens by adding up the people just sent
_TALLY_OPENS = re.compile(r"(?:共计|合计|总计|一共|人数)")


def later_count(text: str, c_end: int) -> tuple[int | None, bool, int]:
    """(workers, approximate, end of the clause that counts them) of the first later clause (of the next few) that
    sends people and counts them."""
    end = c_end
    for _ in range(_COUNT_LOOKAHEAD):
        if end >= len(text):
            break
        n_start, end = clause_bounds(text, end + 1)
        clause = text[n_start:end]
        quantities = _quantities_in(clause)
        people = [q for q in quantities if q.unit == "人" and clause[q.end:q.end + 1] != "次"]
        if len(people) == 1 and _others(clause, people[0].start):
            break  # 工人张某和其他N名老乡一起踏上旅途: one person and the others, not the batch's count
        if len(people) == 1 and people[0].value > 1 and (_SENDS.search(clause, 0, people[0].start + 4)
                                                         or _BOARD_AFTER.match(clause, people[0].end)
                                                         or _DELIVERED_AFTER.match(clause, people[0].end)
                                                         or _goes_along(clause, people[0].end)
                                                         or _TALLY_OPENS.match(clause)
                                                         or _EMPLOYED_BEFORE.fullmatch(clause, 0, people[0].start)):
            return int(people[0].value), people[0].approximate, end
        if people or any(q.unit == "%" for q in quantities):
            break  # a count of another statement
    return None, False, c_end


def _goes_along(clause: str, count_end: int) -> bool:
    along = _ALONG_AFTER.match(clause, count_end) if "随" in clause or "同车" in clause else None
    return along is not None and LABOUR.search(clause, count_end, along.end()) is not None


def carries_people(text: str, c_start: int) -> bool:
    """A count of people in the clause or the one after it (载着500名务工人员), or in the clauses of the same
    sentence before it (N名务工人员从A站出发，乘坐D次列车前往B)."""
    if any(q.unit == "人" for q in find_quantities(text[:c_start])):
        return True
    start = c_start
    for _ in range(2):
        if start > len(text):
            break
        s, e = clause_bounds(text, start)
        if any(q.unit == "人" for q in find_quantities(text[s:e])):
            return True
        start = e + 1
    return False


def next_clause_count(text: str, c_end: int) -> tuple[int | None, bool]:
    if c_end >= len(text):
        return None, False
    n_start, n_end = clause_bounds(text, c_end + 1)
    clause = text[n_start:n_end]
    if not LABOUR.search(clause):
        return None, False
    return _one_count(clause) or (None, False)


# 在A、B打工的X县农民，每年有N人 (常年保持在N人左右): a clause that is only the tally of the people the clause before
# ended naming
_TALLY_LEAD = re.compile(r"(?:每年|常年|长年|目前|现|如今|总数|人数)?(?:共|总共|约|大约)?(?:有|达到|达|保持在|在|超过|超|近|逾|约)?")
_TALLY_TAIL = re.compile(r"(?:左右|以上|之多)?")


def tallied_next_clause(text: str, c_end: int) -> tuple[int | None, bool]:
    """The count of the clause after `c_end` when the clause ends naming people (…的X县农民) and the next one
    only tallies them."""
    if not text.startswith(("，", ","), c_end) \
            or not any(PEOPLE_NOUN.fullmatch(text, start, c_end) for start in range(max(0, c_end - 4), c_end - 1)):
        return None, False
    n_start, n_end = clause_bounds(text, c_end + 1)
    clause = text[n_start:n_end].rstrip("。；！？;")
    people = [q for q in find_quantities(clause) if q.unit == "人"]
    if len(people) != 1 or people[0].value <= 1 or not _TALLY_LEAD.fullmatch(clause, 0, people[0].start) \
            or not _TALLY_TAIL.fullmatch(clause, people[0].end):
        return None, False
    return int(people[0].value), people[0].approximate


# (…，向A、B等国输送N人: a sending to places of its own, not those of the tie; 向当地/向两地 point back at them)
_ELSEWHERE = re.compile(r"(?:向|到|至|赴|往)(?!当地|两地|三地|上述|这些|该地|其|那里|这里)")


def sent_next_clause(text: str, c_end: int) -> tuple[int | None, bool]:
    """The count of workers the clause after `c_end` sends (全年输送N人), if it sends any."""
    if c_end >= len(text):
        return None, False
    n_start, n_end = clause_bounds(text, c_end + 1)
    if not _SENDING.search(text, n_start, n_end) or _ELSEWHERE.search(text, n_start, n_end):
        return None, False
    return next_clause_count(text, c_end)


def respective_counts(text: str, rel_start: int, c_end: int, n: int) -> list[tuple[int, bool]] | None:
    """深圳、东莞务工的分别有6.2万人、4.1万人: with 分别, N places and N counts pair up in order."""
    if n < 2:
        return None
    rest = text[rel_start:c_end]
    at = rest.find("分别")
    if at < 0:
        return None
    people = [q for q in find_quantities(rest[at:]) if q.unit == "人"]
    if len(people) != n or any(q.value <= 1 for q in people):
        return None
    return [(int(q.value), q.approximate) for q in people]
