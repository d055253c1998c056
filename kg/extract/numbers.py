"""Numbers as Chinese news writes them (192076, 8.43万, 近万, 两万余, 百分之三十, 3000-4000元) parsed to exact Decimals with unit."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

from kg.model import fast_record
from kg.text.memo import article_memo
from kg.text.numerals import DIGIT_VALUES, FULLWIDTH_DIGITS, MYRIADS, TEN_POWERS

__all__ = ["Quantity", "Unit", "find_quantities", "parse_number", "read_quantities", "units"]

# Chinese digits (with the financial forms 壹贰叁), the powers of ten and 万/亿 (and 萬/億) that survive normalisation.
_DIGITS = DIGIT_VALUES
_SMALL = TEN_POWERS
_LARGE = MYRIADS
_FULLWIDTH = FULLWIDTH_DIGITS

_CN = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE)
_NUM_CHARS = "0-9０-９." + _CN
# One number: an Arabic figure with thousands separators, or a run of digits, '.', Chinese numerals
# and multipliers (3万2千, 8.43万, 两万). A single bounded character class keeps the scan linear.
# A Chinese decimal (一点二万, 十八点六亿, 三十三点六) is tried first: the 点 joins a Chinese integer part and
# Chinese digits; the fraction may not run on into 十/百/千 (八点三十分 is a clock time, not 8.3).
_CN_INT = "".join(_DIGITS) + "".join(_SMALL)
_CN_DECIMAL = rf"[{_CN_INT}]{{1,12}}点[{''.join(_DIGITS)}]{{1,6}}(?![{''.join(_SMALL)}])"
_NUMTOK = (rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}}){{1,6}}(?![0-9,])[万亿萬億]?|{_CN_DECIMAL}(?![点])"
           rf"|[{_NUM_CHARS}]{{1,24}})")
_PRE_APPROX = ("将近", "超过", "大约", "接近", "近", "超", "逾", "约")
_VAGUE = ("上", "数", "几")  # 上万人, 数百名, 几十家: only before a bare multiplier
_POST_APPROX = ("以上", "左右", "上下", "之多")
# X成 is X tenths (六成 = 60 %, 3成 = 30 %). 一成 only after a word of share or degree (占一成, 近一成), since
# 一成 is also inside words (统一成立, 一成不变); a following character that makes 成 a verb or noun
# (成熟, 成员, 成立, 成为, 成本, 成果 …) is no share either.
# (written whole: (?:(?<=[占近约逾超达仅足过为到])一|[二两三四五六七八九]|(?<![0-9.])[1-9](?:\.[0-9])?)成)
_CHENG_NOT_A_SHARE = r"(?![熟新员立功为绩本果交长型品群团年家批套效片])"
# _NUMTOK and 成 as they go on after their first letter (group `h` of the number pattern, a letter of _FIRST,
# the characters every number starts on): a bounded run keeps its total length ([0-9]{1,3} is that letter and
# [0-9]{0,2}), and what tested the first letter looks back at it.
_FIRST = "0-9０-９" + _CN  # (百 is among _CN)
_NUMTOK_AFTER_FIRST = (rf"(?:(?<=[0-9])[0-9]{{0,2}}(?:,[0-9]{{3}}){{1,6}}(?![0-9,])[万亿萬億]?"
                       rf"|(?<=[{_CN_INT}])[{_CN_INT}]{{0,11}}点[{''.join(_DIGITS)}]{{1,6}}(?![{''.join(_SMALL)}])(?![点])"
                       rf"|[{_NUM_CHARS}]{{0,23}})")
_CHENG_AFTER_FIRST = (r"(?:(?<=[占近约逾超达仅足过为到]一)|(?<=[二两三四五六七八九])|(?<=[1-9])(?<![0-9.][1-9])(?:\.[0-9])?)成"
                      + _CHENG_NOT_A_SHARE)
# A plain Arabic figure, alone or times 万/亿 (192076, 8.43万): most numbers in the news, read without the
# general tokenizer below. Bounded to 18 digits so that every step stays exact at the default precision.
_PLAIN_FIGURE = re.compile(r"([0-9]{1,12}(?:\.[0-9]{1,6})?)([万亿萬億]?)")


@dataclass(frozen=True)
class Unit:
    surface: str
    unit: str  # normalised (名 -> 人, 场次 -> 场)
    kind: str  # count | money | area | percent | time | age | length | other


@fast_record
@dataclass(frozen=True, init=False)
class Quantity:
    start: int  # offsets into the text given to find_quantities, prefix and suffix words included
    end: int
    value: Decimal  # the value, or a range's lower bound, multipliers applied (8.43万 -> 84300)
    value_max: Decimal | None  # a range's upper bound
    unit: str | None  # normalised counter word, None when the number stands alone
    approximate: bool
    raw: str
    kind: str | None = None  # the unit's kind (see units.tsv); None without unit
    chinese: bool = False  # written only in Chinese numerals (两场, 一批), no Arabic digit
    bare: bool = False  # only a multiplier (近万人, 千余名), no digit before it
    suffix: str = ""  # 以上 / 以下 / 左右 … written after the unit
    number_start: int = 0  # where the figure itself starts (after 近, 超过 …)


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """The units table kg/data/units.tsv: surface form -> Unit."""
    text = (resources.files("kg") / "data" / "units.tsv").read_text(encoding="utf-8")
    table: dict[str, Unit] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("surface\t"):
            continue
        surface, unit, kind = line.split("\t")
        table[surface] = Unit(surface, unit, kind)
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # Longest unit first so that 个月 wins over 个 and 人次 over 人.
    unit_alt = "|".join(re.escape(u) for u in sorted(units(), key=lambda s: (-len(s), s)))
    pattern = re.compile(
        # Every number starts on one of these characters: the pattern opens with them as a class (group `h`,
        # the first letter of what each branch below reads) so that sre's search leaps over the others in one
        # step, instead of trying the pattern at each (as a leading lookahead would have it). Each branch goes
        # on after that letter, and looks back at it for what it needs there.
        rf"(?P<h>[{_FIRST}])(?:"
        rf"(?<=百)分之(?P<pct>{_CN_DECIMAL}|[{_CN}]{{1,12}}|[0-9]{{1,4}}(?:\.[0-9]{{1,6}})?)"
        rf"|(?P<cheng>{_CHENG_AFTER_FIRST})(?P<cpost>以上|左右|上下)?"
        rf"|(?P<a>{_NUMTOK_AFTER_FIRST})"
        rf"(?:(?P<sep>[-~～—–－至到])(?P<b>{_NUMTOK}))?"
        rf"(?P<s1>[余多])?"
        rf"(?:[ \u3000\u00a0]?(?P<mul>[万亿萬億]{{1,2}}))?"
        rf"(?P<s2>[余多])?"
        rf"(?:[ \u3000\u00a0]?(?P<unit>{unit_alt}))?"
        rf"(?P<post>以上|以下|左右|上下|之多)?)"
    )
    if sorted(pattern.groupindex, key=pattern.groupindex.get) != list(_GROUPS):
        raise AssertionError("_GROUPS must name the number pattern's groups in their order")
    return pattern


@lru_cache(maxsize=4096)
def parse_number(text: str) -> Decimal | None:
    """The value of one written number (192076, 8.43万, 两万三千, 3万2千, 一千二, 二〇二二), or None."""
    if len(text) <= 12 and text.isascii() and text.isdigit():
        return Decimal(text)  # ASCII digits alone, the commonest figure: what the plain reading below gives
    text = text.translate(_FULLWIDTH).replace(",", "")
    plain = _PLAIN_FIGURE.fullmatch(text)
    if plain:
        value = Decimal(plain[1])
        if plain[2]:
            # As the general reading below has it: a multiplier after a zero counts once (0万 = 10000).
            value = (value if value else Decimal(1)) * _LARGE[plain[2]]
        return _clean(value)
    if "点" in text:
        return _parse_cn_decimal(text)
    if not text or text.startswith(".") or text.endswith("."):
        return None
    tokens: list[tuple[str, object]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit() and ch.isascii():
            j = i
            while j < len(text) and (text[j].isascii() and (text[j].isdigit() or text[j] == ".")):
                j += 1
            try:
                tokens.append(("arabic", Decimal(text[i:j])))
            except InvalidOperation:
                return None
            i = j
        elif ch in _DIGITS:
            tokens.append(("digit", _DIGITS[ch]))
            i += 1
        elif ch in _SMALL:
            tokens.append(("small", _SMALL[ch]))
            i += 1
        elif ch in _LARGE:
            tokens.append(("large", _LARGE[ch]))
            i += 1
        else:
            return None
    if not tokens:
        return None
    # 二〇二二: a string of Chinese digits without multipliers is read digit by digit.
    if len(tokens) > 1 and all(kind == "digit" for kind, _ in tokens):
        return Decimal("".join(str(v) for _, v in tokens))
    total = Decimal(0)  # whole 亿 groups
    wan = Decimal(0)  # whole 万 groups below the last 亿
    section = Decimal(0)  # below 万
    current: Decimal | None = None
    current_is_digit = False
    last_mult: int | None = None
    zero = False  # a 零 since the last multiplier: 一千零二 is 1002, not 1200
    for kind, value in tokens:
        if kind in ("arabic", "digit"):
            if kind == "digit" and value == 0:
                if current is not None:
                    return None
                zero = True
                continue
            if current is not None:
                return None  # two figures in a row (十四五) are a name, not a number
            current = Decimal(value)
            current_is_digit = kind == "digit"
        elif kind == "small":
            if last_mult is not None and last_mult <= value and last_mult < 10**4:
                return None  # 百千, 十百: out of order
            section += (current if current is not None else Decimal(1)) * value
            current, last_mult, zero = None, value, False
        else:
            below = section + (current if current is not None else 0)
            if value == 10**4:
                if last_mult == 10**4:
                    return None
                wan += (below if below else Decimal(1)) * value
            else:
                below += wan
                total += (below if below else Decimal(1)) * value
                wan = Decimal(0)
            section, current, last_mult, zero = Decimal(0), None, value, False
    if current is not None:
        # 一千二 = 1200, 三万五 = 35000: a lone digit after a multiplier ≥ 百 counts in its tenths.
        if current_is_digit and not zero and last_mult is not None and last_mult >= 100:
            current *= Decimal(last_mult) / 10
        section += current
    return _clean(total + wan + section)


def _parse_cn_decimal(text: str) -> Decimal | None:
    """一点二万 = 12000, 十八点六亿 = 1860000000, 三十三点六 = 33.6: integer part, 点, digits, multipliers."""
    whole, _, rest = text.partition("点")
    fraction = rest.rstrip("".join(_LARGE))
    multipliers = rest[len(fraction):]
    integer = parse_number(whole) if whole else None
    if integer is None or not fraction or any(c not in _DIGITS for c in fraction):
        return None
    value = integer + Decimal("0." + "".join(str(_DIGITS[c]) for c in fraction))
    for ch in multipliers:
        value *= _LARGE[ch]
    return _clean(value)


def _clean(value: Decimal) -> Decimal:
    """An exact Decimal without exponent or trailing zeros (84300.00 -> 84300, 11602.480 -> 11602.48)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


# The only digits the number pattern admits ([0-9０-９]); a figure's text holds no other character that
# isdigit(). A set: tested for every figure.
_ARABIC_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _has_digit(figure: str) -> bool:
    """An Arabic digit in the text of a matched figure (else it is written in Chinese numerals only)."""
    return not _ARABIC_DIGITS.isdisjoint(figure)


def find_quantities(text: str) -> list[Quantity]:
    """Every number written in `text` with its unit, range and approximation, in order of appearance."""
    return list(_quantities(text))


def read_quantities(text: str) -> tuple[Quantity, ...]:
    """find_quantities for a caller that reads each text once and keeps what it found (the metrics read every
    sentence once): parsed afresh, not through the cache, where it would only push out the entries of the
    clauses that other rules read again (and keeping them there costs more than the rare hit saves)."""
    out: list[Quantity] = []
    table = units()
    for m in _pattern().finditer(text):
        first, pct, cheng, cpost, a, _, b, s1, mul, s2, unit_surface, post = m.groups()  # as _GROUPS names them
        if cheng is not None:
            digit = first + cheng[:-1]
            value = _clean(parse_number(digit) * 10)
            start = _approx_start(text, m.start())
            post = cpost or ""
            out.append(Quantity(start, m.end(), value, None, "%", start < m.start() or bool(post),
                                text[start:m.end()], "percent", not _has_digit(digit), False, post, m.start()))
            continue
        if pct is not None:
            value = parse_number(pct)
            if value is None:
                continue
            start = _approx_start(text, m.start())
            out.append(Quantity(start, m.end(), value, None, "%", start < m.start(), text[start:m.end()],
                                "percent", not _has_digit(pct), False, "", m.start()))
            continue
        a = first + a  # (the number's first letter is read apart: see _pattern)
        start, end = m.span()
        # A run may end in '.', the sentence's full stop: give it back.
        if b is None and a.endswith(".") and not (s1 or mul or s2 or unit_surface or post):
            a = a.rstrip(".")
            end = start + len(a)
        if not a:
            continue
        mul = mul or ""
        if len(a) == 1 and a in _DIGITS and not (b or mul or unit_surface or s1 or s2):
            continue  # a lone 一/三 without counter is a word (统一, 三农), the bulk of all matches
        # 十名 is ten people, but a lone 百/千/万/亿 is as often a word (千家万户, 万家灯火).
        bare = _BARE_CHARS.issuperset(a)
        value = parse_number(a + (mul if b is None else ""))
        if value is None:
            continue
        value_max = None
        if b is not None:
            high = parse_number(b + mul)
            if high is None:
                continue
            low_scaled = _scale_like(a, b + mul, value)
            value, value_max = low_scaled, high
            if value > value_max:
                continue
        s1, s2, post = s1 or "", s2 or "", post or ""
        num_start = start
        approx = bool(s1 or s2 or post in _POST_APPROX)
        # (_approx_start's own first test, inline: most figures have no prefix)
        pre = _approx_start(text, start) if start and text[start - 1] in _PRE_APPROX_LAST else start
        if pre < start:
            approx = True
            start = pre
        elif bare:
            vague = _vague_start(text, start)
            if vague < start:
                approx, start = True, vague
        # A lone 万/千 is a number only when something says so (近万人, 千余名, 上百家); else 万家灯火.
        if bare and not approx:
            continue
        unit = table[unit_surface] if unit_surface else None
        # Positional, as above (keywords cost a third more per record): start, end, value, value_max, unit,
        # approximate, raw, kind, chinese, bare, suffix, number_start.
        out.append(Quantity(start, end, value, value_max, unit.unit if unit else None, approx, text[start:end],
                            unit.kind if unit else None,
                            _ARABIC_DIGITS.isdisjoint(a) and (b is None or _ARABIC_DIGITS.isdisjoint(b)), bare,
                            post, num_start))
    return tuple(out)


# Quantity records are frozen, so the same clause read twice in an article (flows, brand links) shares one parse.
_quantities = article_memo(maxsize=512)(read_quantities)


# The number pattern's groups in their order (m.groups(), one call per figure, reads them all).
_GROUPS = ("h", "pct", "cheng", "cpost", "a", "sep", "b", "s1", "mul", "s2", "unit", "post")
_BIG_SMALL = frozenset(c for c, v in _SMALL.items() if v >= 100)
_LARGE_CHARS = frozenset(_LARGE)
_BARE_CHARS = _LARGE_CHARS | _BIG_SMALL  # a figure of these alone is a bare multiplier (万, 千, 百)
# Characters that make 约 the end of a word (签约, 节约, 预约, 合约, 公约, 契约, 特约, 邀约, 相约, 制约, 履约, 违约,
# 解约, 条约, 赴约, 集约, 婚约, 守约, 毁约, 践约, 失约, 缔约, 立约, 誓约, 续约): the common two-character words
# ending in 约; 大约 hedges, and is a prefix of its own above.
BOUND_BEFORE_YUE = frozenset("签节预合公契特邀相制履违解条赴集婚守毁践失缔立誓续")
# The last characters of the approximating prefixes: a cheap test before trying each prefix.
_PRE_APPROX_LAST = frozenset(w[-1] for w in _PRE_APPROX)


def _approx_start(text: str, start: int) -> int:
    """Where an approximating prefix (近, 超过, 逾, 约 …) before `start` begins, else `start`."""
    if start == 0 or text[start - 1] not in _PRE_APPROX_LAST:
        return start
    for word in _PRE_APPROX:
        if start >= len(word) and text.startswith(word, start - len(word)):
            if word == "约" and start >= 2 and text[start - 2] in BOUND_BEFORE_YUE:
                return start  # 签约3200人, 节约20万元: 约 ends a word there, it hedges nothing
            return start - len(word)
    return start


def _vague_start(text: str, start: int) -> int:
    for word in _VAGUE:
        if start >= len(word) and text.startswith(word, start - len(word)):
            return start - len(word)
    return start


def _scale_like(low_text: str, high_text: str, low: Decimal) -> Decimal:
    """1至3万元: a bare lower bound takes the upper bound's multiplier when it has none of its own."""
    if not _LARGE_CHARS.isdisjoint(low_text):
        return low
    for ch in reversed(high_text):
        if ch in _LARGE:
            coefficient = parse_number(high_text[: high_text.rindex(ch)])
            scaled = _clean(low * _LARGE[ch])
            if coefficient is not None and low <= coefficient:
                return scaled
            return low
    return low
