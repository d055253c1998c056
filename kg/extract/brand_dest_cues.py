"""Brand destinations: the candidates (each list of places in the passage about a brand, with its owners),
decided by the cue rules of kg.extract.brand_dest_rules."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from kg.extract.brand_cues import (
    COMPOUND_AFTER, GENERAL_WORKFORCE, ONE_PERSON, OPENING, WORKER_END, names_a_part, occurrences, subject_mention,
    tells_one_person,
)
from kg.extract.brand_dest_rules import LITERARY_SHORT_RUN, STATION_WORDS, STOCK_THERE, cue
from kg.extract.event_words import alternation
from kg.gazetteer import Gazetteer
from kg.text.punct import CLAUSE_BREAK_RE
from kg.model import Article, Brand, RegionAnalysis, RegionMention, Sentence

# A clause ends at these marks: a cue ties only the places of its own clause.
_CLAUSE_BREAK = CLAUSE_BREAK_RE
# Between two places of one list: 、 和 及 或 a space, or nothing (A市B市、C市); not 与, which mostly joins
# partners (B县与A市签订协议).
_LIST_JOINER = re.compile(r"以及|[、和及或\s]?")
# Short forms after a reach verb or a place word, alone or in pairs (辐射京津, 在沪、粤, 向闽输送), up to a boundary
# (等 too: 遍及京津沪等20多个城市; or a workplace: 走进京津家庭).
# The verbs of a name made or a market won there take short forms too (走俏京津, 扎根沪苏, 红遍粤闽), as a headline
# writes them; the run may end the text (a headline has no closing mark).
# (The place words written as words, 在|到|…, not as a class: a search of alternatives that all open with a
# character skips to those characters, 2.5-4x faster here.)
_SHORT_FORM_VERBS = r"辐射|覆盖|遍布|遍及|服务于|进驻|走进|输送到|输出到|走俏|扎根|红遍|叫响|唱响|名扬|享誉|在|到|赴|往|向"
_SHORT_FORM_CUE = re.compile(_SHORT_FORM_VERBS)
_SHORT_FORM_RUN = re.compile(
    rf"(?:{_SHORT_FORM_VERBS})(?P<chars>[\u4e00-\u9fff](?:、?[\u4e00-\u9fff]){{0,2}})"
    r"(?=两地|三地|等|地区|一带|[、，,。；的\s]|$|务工|就业|打拼|工作|输送|输出|服务|市场|"
    r"家庭|企业|工厂|工地|医院|酒店|餐馆)")
# Two or three short forms that the words after them count as places (京津两地, 沪苏浙三地), wherever they stand.
_SHORT_FORMS_COUNTED = re.compile(r"(?<![\u4e00-\u9fff])(?P<chars>[\u4e00-\u9fff](?:、?[\u4e00-\u9fff]){1,2})(?=两地|三地)")
# Words that make a passage sentence about the brand's building or effect, not its workers (发挥…带动效应, 品牌建设带动…).
_LEVER = re.compile(r"发挥|效应|作用|打造|培育|品牌建设|品牌创建")
# The brand's practitioners counted (从业人员3000人, 从业者达5000余名).
# ... or opening the clause as its subject, which can only be the brand's (…劳务品牌，从业人员主要集中在A、B).
_PRACTITIONERS_OPEN = re.compile(r"^(?:其|该品牌|品牌)?(?:从业人员|从业者)")
_PRACTITIONERS = re.compile(r"(?:从业人员|从业者)(?:已|达到?|共|有|超过|约|近|逾)*(?:\d|[一二两三四五六七八九十百千万])")
# A station set up for the brand's workers (打造“X”品牌，在A设立工作站): the building clause does not stop the places.
_STATION = re.compile(alternation(STATION_WORDS) + r"|服务基地|输出基地")
# A trade word alone names a group only with a count or a plural (银匠们, 3000余名护工, 焊工八千多人, 比较多), or a
# word for many gathered in one place (建筑工较为集中的A, 焊工聚集的B), never one person (一人).
# (Searched as two patterns, the words and the counts, each opening with a character or one class, so that each
# search skips to those: the one alternation of both was tried at every position.)
_GROUP_WORD = re.compile(r"们|众多|较多|越来越多|大批|一批|集中|聚集|云集|密集|扎堆")
_GROUP_COUNT = re.compile(r"[\d一二两三四五六七八九十百千万](?:(?<=\d)\d*(?:\.\d+)?[万千百]?[余多]?[名人]|"
                          r"(?<=[一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万]*[余多]?名|"
                          r"(?<=[一二两三四五六七八九十百千万])(?:[一二两三四五六七八九十百千万]*[十百千万]|(?<=[十百千万]))"
                          r"[一二三四五六七八九]?[余多]?人)")
# 他/她 (not 他们/她们), 只身 or 独自 in the clause: one person's story, an anecdote.
_ANECDOTE = re.compile(r"[他她](?!们)|只身|独自")
# A clause that only carries on the list of the clause before (遍布A、B，以及C等地): its places share that cue.
_LIST_GOES_ON = re.compile(r"以及|还有|及|和|乃至|甚至")
# A clause that is nothing but places goes on with the list too, when a list is grouped by province with commas
# (遍布广东A、B，江苏C，浙江D等地的企业): the places, then the end of the clause or the list's 等 (等地的…).
_BARE_LIST_PART = re.compile(r"$|等")
# 其中 opening a clause: what follows is a part of the group the clause before counted.
_SUBSET = re.compile(r"^\s*其中")


@dataclass(frozen=True)
class _Naming:
    brand: Brand
    words: tuple[str, ...]  # every word that names the brand or its workers
    full: tuple[str, ...]  # the names proper (name and alt labels): no group marker needed


def cue_destinations(article: Article, regions: RegionAnalysis, brands: list[Brand], naming: list[list[int]],
                     words_of: list[tuple[Brand, tuple[str, ...]]], present_of) -> list[tuple[Brand, str, Sentence]]:
    """(brand, destination code, sentence) for every place a cue ties to a brand's workers.

    The passage about a brand is the sentence that names it and the sentences after it in its paragraph,
    and in the next paragraphs where each opens by referring back to the workers (他们, 这些绣娘, 该品牌),
    until another brand is named; a sentence naming several brands gives the places to the one whose word
    is in the place's clause. `naming[i]` holds the indices of the brands whose words sentence i contains, and
    `present_of(i, j)` says whether brand j is really named there (not only as part of a longer word).
    """
    gaz = Gazetteer.load()
    extra = _derived_words(article.text, brands)  # 建筑工 for A建筑, where the article writes it
    namings = [_Naming(b, words + extra.get(b.name, ()), (b.name, *b.alt_labels)) for b, words in words_of]
    out: list[tuple[Brand, str, Sentence]] = []
    scope: _Naming | None = None
    scope_paragraph = None
    named_next = _named_in_the_next_sentence(article, namings, naming, present_of)
    for index, sentence in enumerate(article.sentences):
        if index in named_next:
            scope, scope_paragraph = named_next[index], sentence.paragraph
        question = False
        if sentence.paragraph != scope_paragraph:
            # an interview's turns (记者问：…？ 负责人答：目前，…) split what a report writes as one paragraph: a
            # question naming no brand passes the passage on to its answer, and a turn's label opens no new topic
            turn = _TURN_LABEL.match(sentence.text)
            opening = sentence.text[turn.end():] if turn else sentence.text
            question = turn is not None and "问" in turn.group() and not naming[index]
            if scope is not None and article.sentences[index - 1].paragraph == scope_paragraph \
                    and (question or _REFERS_BACK.match(opening) or len(namings) == 1 and _NOW_OPENING.match(opening)):
                scope_paragraph = sentence.paragraph  # 他们大多在…: the next paragraph goes on about the workers
            else:
                scope = None
        if question:
            continue  # (a question's places are asked about, not where the workers are)
        present = [namings[j] for j in naming[index] if present_of(index, j)] if naming[index] else []  # (most)
        if extra:  # most articles have no derived word: skip the search
            present += [n for n in namings if n not in present and any(w in sentence.text for w in extra.get(n.brand.name, ()))]
        if present:
            scope, scope_paragraph = (present[0], sentence.paragraph) if len(present) == 1 else (None, None)
        elif scope is None and len(namings) == 1 and (_in_the_trade(sentence.text, namings[0])
                                                       or _group_in_trade_workplace(sentence.text, namings[0])):
            # 全县从事焊接行业的务工人员…, 一批A县人进入B的焊接厂: in an article about one brand, its trade's workers
            # open its passage
            scope, scope_paragraph = namings[0], sentence.paragraph
        elif scope is None:
            continue
        if tells_one_person(sentence):
            continue  # a clause opens with 他/她: one person's story, none of its places is the brand's
        mentions = _with_short_forms(gaz, article.text, sentence, regions.mentions_between(sentence.start, sentence.end))
        if not mentions:
            continue
        taken_before = False  # the run before, in this sentence, was a destination
        subject = _sending_subject(article.text, regions, sentence)  # (asked by every run's owners)
        whole: list[tuple[bool, bool]] = []  # rule 2's reading of the whole sentence, at its first run (_owners)
        owned: tuple[int, int, list[_Naming], bool] = (-1, -1, [], False)  # the last clause's owners (see below)
        breaks = _clause_breaks(article.text, sentence)
        for run in _place_runs(article.text, mentions):
            clause_start, clause_end = _clause_around(breaks, sentence, run[0].start, run[-1].end)
            clause = article.text[clause_start:clause_end]
            continued = taken_before and (_LIST_GOES_ON.fullmatch(article.text, clause_start, run[0].start) is not None
                                          or _BARE_LIST_PART.match(article.text, run[-1].end, clause_end) is not None
                                          and clause_start == run[0].start)
            taken_before = False
            if owned[:2] != (clause_start, clause_end):
                # the runs of one clause (从A组织…赴B) have the same owners: a third of the runs follow another in
                # their clause
                owned = (clause_start, clause_end,
                         *_owners(article, subject, gaz, sentence, clause, clause_end, present, scope, whole))
            owners, named_here = owned[2], owned[3]
            if not owners or _ANECDOTE.search(clause):
                continue
            if not continued and not cue(article.text, clause_start, clause_end, run, named_here=named_here,
                                         sentence_end=sentence.end, named_in_sentence=bool(present)):
                continue
            taken_before = True
            # 广东东莞、浙江义乌: a province written with its city is no destination of its own
            specific = [m for m in run if not any(o.code != m.code and gaz.contains(m.code, o.code) for o in run)]
            out.extend((owner.brand, mention.code, sentence) for owner in owners for mention in specific
                       if _is_away(gaz, owner.brand, mention.code, regions.subject))
    return out


# 她们被称为“X月嫂”: the sentence after a group's description gives it the brand's name.
_CALLED = re.compile(r"^\s*(?:(?:他们|她们|人们|大家|当地人|这些[^，,。]{0,6}?|这支[^，,。]{0,6}?|这批[^，,。]{0,6}?)[，,]?)?"
                     r"[^，,。]{0,4}?(?:被称为|被称作|被誉为|被叫做|称为|称作|叫做|人称|俗称|号称|誉为|亲切地称|称她们为|称他们为)"
                     r"[“「『]?")


def _named_in_the_next_sentence(article: Article, namings: list[_Naming], naming: list[list[int]],
                                present_of) -> dict[int, _Naming]:
    """{sentence index: brand} for a sentence whose next one, in the same paragraph, calls its group by the
    brand's name (每年上万名妇女到A当保姆。她们被称为“X月嫂”): the sentence is in the brand's passage."""
    out: dict[int, _Naming] = {}
    sentences = article.sentences
    for index in range(1, len(sentences)):
        if len(naming[index]) != 1 or sentences[index].paragraph != sentences[index - 1].paragraph:
            continue
        j = naming[index][0]
        called = _CALLED.match(sentences[index].text)
        if called and present_of(index, j) and any(sentences[index].text.startswith(w, called.end())
                                                   for w in namings[j].full):
            out[index - 1] = namings[j]
    return out


def _owners(article: Article, subject: str | None, gaz: Gazetteer, sentence: Sentence, clause: str,
            clause_end: int, present: list[_Naming], scope: _Naming | None,
            whole: list[tuple[bool, bool]]) -> tuple[list[_Naming], bool]:
    """The brands whose workers a clause with places is about, by these rules in turn:
    1. the brands the clause itself names;
    2. the one brand the sentence names in another clause, before the places or after them (在A的一家企业里，
       来自B县的鞋匠们正在…), unless that clause is about building the brand or its effect, or the places'
       clause is about a whole region's workforce (“X”入选名录，全县向A输出劳动力2万人);
    3. in a sentence naming no brand, the brand of the passage, unless the sentence is about the brand's
       building, opens with another region, or is about a whole region's workforce (全县输出劳动力…，主要流向A);
    and never workers that another region sends (毕节市组织800名厨师赴…), though a trade word names them.
    `whole` holds rule 2's reading of the sentence once a run of it has needed it (the same for every run).
    Returned with whether the clause names one of the owners (for cue's named_here): so by rule 1, not by
    rule 2, and by rule 3 if the clause names the passage's brand."""
    owners = [n for n in present if _names_in(clause, n)]
    if owners:
        return [n for n in owners if not _sent_by_another(gaz, subject, n)], True
    if len(present) == 1:
        if not whole:
            whole.append(_whole_sentence_names(sentence.text, present[0]))
        lever, named = whole[0]
        # 打造“X”劳务品牌，从业人员3000人，主要分布在A、B: a count of its practitioners makes the sentence theirs too
        building = lever and not _STATION.search(clause) and not _PRACTITIONERS.search(sentence.text) \
            and not _PRACTITIONERS_OPEN.match(clause)
        if named and not building and not _about_general_workforce(clause, present[0]):
            return [n for n in present if not _sent_by_another(gaz, subject, n)], False
    if not present and scope is not None and _about_the_scope(sentence, subject, scope) \
            and not _about_general_workforce(article.text[sentence.start:clause_end], scope) \
            and not _sent_by_another(gaz, subject, scope):
        return [scope], _names_in(clause, scope)
    return [], False


def _sending_subject(text: str, regions: RegionAnalysis, sentence: Sentence) -> str | None:
    """The region opening the sentence as the subject that may send workers of its own; one that opens a count of
    workers it has (北京现有X3000余人) hosts them, and sends none."""
    mention = subject_mention(regions, sentence)
    if mention is None or STOCK_THERE.match(text[mention.end:sentence.end]):
        return None
    return mention.code


def _whole_sentence_names(text: str, naming: _Naming) -> tuple[bool, bool]:
    """(the clause naming the brand last is about its building, the sentence names the brand): rule 2 of _owners."""
    return bool(_LEVER.search(_clause_of_word(text, naming))), _names_in(text, naming)


def _about_general_workforce(text: str, naming: _Naming) -> bool:
    """Whether a clause of the text speaks of a whole region's workforce; a clause opened by 其中 counts only
    part of the group just counted (实现就业N人，其中脱贫人口M人), so it does not change whom the sentence is about;
    nor does a workforce narrowed to the brand's trade (全县从事焊接行业的务工人员: the brand's welders)."""
    return any(GENERAL_WORKFORCE.search(clause) and not _SUBSET.match(clause) and not _in_the_trade(clause, naming)
               for clause in _CLAUSE_BREAK.split(text))


# A workforce narrowed to a trade: 从事焊接行业的, 从事模具、五金加工的 (the trade between 从事 and 的).
_ENGAGED_IN = re.compile(r"从事([\u4e00-\u9fff、]{1,10}?)(?:行业|工作|职业|产业)?的")
# The worker word at the end of an occupation, which the trade it names does without (焊工 -> 焊, 模具工 -> 模具).
_WORKER_SUFFIX = re.compile(r"(?:工人|师傅|工|师|匠|员|手|娘|嫂)$")


def _trade_stem(occupation: str) -> str:
    """The trade an occupation names, without its worker word: its first two characters, or its one (焊工 -> 焊)."""
    return _WORKER_SUFFIX.sub("", occupation)[:2]


def _in_the_trade(clause: str, naming: _Naming) -> bool:
    """The clause's workers are those engaged in the brand's trade: the trade after 从事 holds the stem of the
    brand's occupation (its first two characters, or its one)."""
    if "从事" not in clause or not naming.brand.occupation:
        return False  # (most clauses say no 从事)
    stem = _trade_stem(naming.brand.occupation)
    return bool(stem) and any(stem in m.group(1) for m in _ENGAGED_IN.finditer(clause))


# A group of people (a count, or 一批/大批 and a word for people) and, after it, a workplace of a trade
# (一批A县人进入B的五金、模具厂当学徒; 首批86名学员赴C的家电模具企业): the trade is the few characters before the
# workplace word.
_GROUP_OF_PEOPLE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)[余多]?名|(?:一批|大批|批批|一批批)[^，,。]{0,4}?(?:人|工|青年|劳动力)")
_TRADE_WORKPLACE = re.compile(r"([\u4e00-\u9fff、]{2,8}?)(?:厂|企业|工厂|车间|工地)")


def _group_in_trade_workplace(sentence: str, naming: _Naming) -> bool:
    """In the sentence, a group of people goes to or works in a workplace of the brand's trade: its stem stands
    right before the workplace word."""
    if not naming.brand.occupation or not _GROUP_OF_PEOPLE.search(sentence):
        return False  # (most sentences count no group)
    stem = _trade_stem(naming.brand.occupation)
    return bool(stem) and any(m.group(1).endswith(stem) for m in _TRADE_WORKPLACE.finditer(sentence))


# The groups of regions that national planning names by their short forms written as one word (京津冀协同发展): no
# region of their own. Any other run of short forms (京津沪, 苏浙沪) lists its regions.
_GROUP_NAMES = frozenset({"京津冀"})


def _with_short_forms(gaz: Gazetteer, text: str, sentence: Sentence,
                      mentions: tuple[RegionMention, ...]) -> tuple[RegionMention, ...]:
    """The mentions, with the short forms a reach verb or a place word puts before a boundary: 辐射京津、…,
    服务于沪、粤的…, 向闽、疆输送 (one to three 简称 of the gazetteer's abbreviation list, not the strict ones
    that need a work word), and those of a chain of literary verbs (北上京津、转战皖赣)."""
    runs = [*_SHORT_FORM_RUN.finditer(sentence.text)] if _SHORT_FORM_CUE.search(sentence.text) else []
    if "两地" in sentence.text or "三地" in sentence.text:
        runs += _SHORT_FORMS_COUNTED.finditer(sentence.text)  # 京津两地的家政市场上
    runs += LITERARY_SHORT_RUN.finditer(sentence.text)
    if not runs:
        return mentions
    abbreviations = gaz.abbreviations()
    extra = []
    for m in runs:
        written = m.group("chars")
        start = sentence.start + m.start("chars")
        chars = [(start + i, c) for i, c in enumerate(written) if c != "、"]
        if written in _GROUP_NAMES:
            continue  # three letters written as one word that name a group of regions (京津冀), which is no region
        if any(c not in abbreviations or abbreviations[c][1] for _, c in chars) or len({c for _, c in chars}) < len(chars):
            continue
        if any(x.start < start + len(written) and start < x.end and x.end - x.start > 1 for x in mentions):
            continue  # the characters are part of a longer name (上海 read as 上 + 海)
        # the region finder may have read part of the run already (在沪 alone): add the rest of it
        extra.extend(RegionMention(abbreviations[c][0], at, at + 1, c) for at, c in chars
                     if not any(x.start <= at < x.end for x in mentions))
    if not extra:
        return mentions
    return tuple(sorted((*mentions, *extra), key=lambda x: (x.start, x.end, x.code)))


def _derived_words(text: str, brands: list[Brand]) -> dict[str, tuple[str, ...]]:
    """A name that ends in a trade (X建筑, X缝纫) names its workers as trade + 工 (建筑工), where the
    article writes that word; so does a trade that opens a name ending in a collective epithet of its people
    (建筑X军, 装修X帮: a province's army or band of a trade), as trade + 工人 or 工."""
    out: dict[str, tuple[str, ...]] = {}
    for brand in brands:
        name = brand.name
        trade = name[-2:]
        if len(name) >= 4 and trade[-1] not in "工师匠娘嫂姐妹哥郎手厨人员" and trade + "工" in text:
            out[name] = (trade + "工",)
        elif len(name) >= 4 and _COLLECTIVE_END.search(name):
            words = tuple(w for w in (name[:2] + "工人", name[:2] + "工") if w in text)
            if words:
                out[name] = words
    return out


# A paragraph that opens by referring back to the workers or the brand of the paragraph before.
# 这些年 (these years) is time, not the workers. A meeting's 会上 refers back to the meeting the paragraph before
# held for them (对接会上，来自A的企业…). An opening phrase may come first (据介绍，这些月嫂…).
_REFERS_BACK = re.compile(r"^\s*(?:(?:同时|此外|另外|目前|如今|现在|近年来|多年来|\d{4}年|据介绍|据了解|据统计|记者了解到)[，,]?)*"
                          r"(?:他们|她们|该品牌|这一品牌|这个品牌|(?:这些|这批|这支)(?!年|天|日子|时候)|此类|"
                          # the meeting the paragraph before held for the workers (在对接会上，…; 签约仪式上，…)
                          r"在?(?:这次|本次|此次|当天的?)?[\u4e00-\u9fff]{0,4}?(?:会|仪式)上[，,])")
# A paragraph that opens with the present (目前，…; 如今，…), a span of years up to now (近年来，…; 每年，…) or a
# reporter's source (据介绍，…) sums up where the story stands: in an article about one brand, it goes on about that
# brand's workers (the paragraph before built the brand, this one says where they work).
_NOW_OPENING = re.compile(r"^\s*(?:(?:据介绍|据了解|记者了解到)[，,])?"
                          r"(?:目前|如今|现在|当前|截至目前|眼下|近年来|近几年|这几年|多年来|每年|今年以来)[，,]")
# The label of an interview's turn: who speaks, then 问 or 答 and a colon (记者问：, 答：, 县人社局负责人答：).
_TURN_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{0,8}[问答][：:]")
# The collective epithets of a place's workers in a trade: 川军 (the army of Sichuan), 宁波帮 (the band of Ningbo).
_COLLECTIVE_END = re.compile(r"[\u4e00-\u9fff](?:军|帮)$")


def _place_runs(text: str, mentions: tuple[RegionMention, ...]) -> list[list[RegionMention]]:
    """Mentions that follow each other with only a list joiner between them, as lists."""
    runs: list[list[RegionMention]] = []
    for mention in mentions:
        if runs and runs[-1][-1].end <= mention.start and \
                _LIST_JOINER.fullmatch(text[runs[-1][-1].end:mention.start]):
            runs[-1].append(mention)
        elif not runs or runs[-1][-1].end <= mention.start:
            runs.append([mention])
    return runs


def _clause_breaks(text: str, sentence: Sentence) -> list[int]:
    """Where the sentence's clause marks stand (each one character), found once for all its runs of places."""
    return [m.start() for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]


def _clause_around(breaks: list[int], sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence that holds [start, end): from just after the last mark before it to the first
    mark at or after its end."""
    before = bisect_left(breaks, start)
    after = bisect_left(breaks, end)
    return (breaks[before - 1] + 1 if before else sentence.start), (breaks[after] if after < len(breaks) else sentence.end)


def _names_in(text: str, naming: _Naming) -> bool:
    """The text names the brand: by a name proper, or by a word for its workers used for the group (with a
    count or a plural, or as the bare subject opening a clause: X将手艺带到A), never for one person."""
    if not any(word in text for word in naming.words) and not any(word in text for word in naming.full):
        return False  # (most clauses of a passage)
    covered: list[tuple[int, int]] = []
    for word in naming.full:
        for at in occurrences(text, word):
            if not ONE_PERSON.search(text, 0, at):
                return True  # 一名A县木匠在B市打拼: one worker of the brand is an anecdote
            covered.append((at, at + len(word)))
    for word in naming.words:
        if not (WORKER_END.search(word) or word.endswith("工人")):
            continue
        for at in occurrences(text, word):
            if any(s <= at and at + len(word) <= e for s, e in covered):
                continue
            compound = word[-1] in "工师" and COMPOUND_AFTER.match(text, at + len(word))
            if compound or names_a_part(text, at):
                continue  # 钢筋工人 (a compound), 其中不少是钢筋工 (some of a group, not the brand's workers)
            if not ONE_PERSON.search(text, 0, at) and (_names_a_group(text) or _opens_clause(text, at)):
                return True
    return False


def _names_a_group(text: str) -> bool:
    """A plural or group word (们, 众多, 一批) or a count of people (3000余名, 三百多名) stands in the text."""
    return _GROUP_WORD.search(text) is not None or _GROUP_COUNT.search(text) is not None


def _opens_clause(text: str, at: int) -> bool:
    clause_head = _CLAUSE_BREAK.split(text[:at])[-1]
    return OPENING.fullmatch(clause_head) is not None


def _about_the_scope(sentence: Sentence, subject: str | None, scope: _Naming) -> bool:
    """A sentence that does not name the passage's brand is still about it, unless it is about the brand's
    building (发挥…效应, 品牌建设) or opens with another region as its subject (同时，B县在A设立工作站)."""
    if _LEVER.search(sentence.text):
        return False
    return subject is None or subject == scope.brand.origin


def _sent_by_another(gaz: Gazetteer, subject: str | None, naming: _Naming) -> bool:
    home = naming.brand.origin
    return bool(subject and home and subject != home and not gaz.contains(home, subject))


def _clause_of_word(head: str, naming: _Naming) -> str:
    """The clause of `head` that names the brand last."""
    at = max(head.rfind(w) for w in naming.words)
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(head, 0, at)), default=0)
    stop = _CLAUSE_BREAK.search(head, at)
    return head[start:stop.start() if stop else len(head)]


def _is_away(gaz: Gazetteer, brand: Brand, code: str, subject: str | None) -> bool:
    """The place is not the brand's home: neither its origin, nor a place above or within it."""
    home = brand.origin or subject
    if home is None:
        return True
    return code != home and not gaz.contains(code, home) and not gaz.contains(home, code)
