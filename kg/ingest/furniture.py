"""Page furniture: tell body lines from breadcrumbs, bylines, source lines, footers and titles."""
from __future__ import annotations

import re

from kg.ingest.dates import parse_date
from kg.ingest.markup import Meta
from kg.normalize import strip_glosses
from kg.text.chars import HAN
from kg.text.gate import gated, opening_chars

# Patterns are written for simplified and traditional script at once ([关關]) and matched
# against the line with its pinyin glosses removed.

# Everything from one of these headings to the end is a list of other pages, comments or tags.
_CUT_HEADINGS = (
    r"相[关關](?:文章|新[闻聞]|[阅閱][读讀]|[链鏈]接|[报報]道|推[荐薦]|[资資]讯|[资資]訊|留言|[问問][题題答])"
    r"|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|[热熱]门(?:文章|推[荐薦]|新[闻聞])|[热熱]點新[闻聞]"
    r"|[发發]表[评評][论論]|网友[评評][论論]|網友評論|[评評][论論]列表|[关關][键鍵](?:[词詞]|字)"
    r"|特[别別][关關]注|猜你喜[欢歡]|上一篇|下一篇|[热熱]门[标標]签|[标標]签|[标標]簽"
    # a public account's footer: 往期推荐, 往期回顾, 精彩推荐, 更多阅读
    r"|往期(?:推[荐薦]|回[顾顧]|精[选選]|精彩)|精彩(?:推[荐薦]|回[顾顧])|更多(?:[阅閱][读讀]|新[闻聞]|精彩)"
)
_CUT_RE = re.compile(r"^[【\[〖]?\s?(?:" + _CUT_HEADINGS + r")\s?[】\]〗]?\s?(?:[:：\s].{0,120})?$")
_BREADCRUMB_KEYS = r"您[现現]在的位置|您的位置|[当當]前位置|所在位置|[现現]在位置"
_BREADCRUMB_RE = re.compile(r"^(?:" + _BREADCRUMB_KEYS + r")\s?[:：]")
_BREADCRUMB_SEP_RE = re.compile(r"\s?[>›»]\s?")
_HOME_RE = re.compile(r"首[页頁]|主[页頁]|正文|[网網]站首")
# Separators that only a path uses (>>, », ›, >): a headline has no reason to print them.
_TRAIL_SPLIT_RE = re.compile(r"\s?(?:>>|>|»|›)\s?")
CRUMB_MAX = 12  # a site's or channel's name, never a headline's clause
# Every alternative opens with a literal character, never a class such as [转轉]: the regex engine
# then only tries the alternatives where one of those characters stands, which makes the search,
# run on almost every line, eight times faster (and gated, led by the class of those characters, 3x more).
_REPOST = r"[载載].{0,30}(?:注明|目的|[联聯][系繫]|授[权權]|出[处處])"
_COPYRIGHT_RE = gated(
    r"版[权權]所有|版[权權][归歸]|凡本[网網站刊报報]|转" + _REPOST + "|轉" + _REPOST +
    r"|免[责責][声聲]明|如有侵[权權]|如[涉有][及]?版[权權]|仅代表作者|僅代表作者"
    r"|不代表本[网網站]|并代表本[网網站]|並代表本[网網站]|©|\([Cc]\)\s?\d{4}"
    r"|Copyright|copyright|All [Rr]ights [Rr]eserved|all [Rr]ights [Rr]eserved|未[经經](?:本[网網站])?(?:书面)?授[权權]"
    # the filing numbers every site registered in China must print in its footer (ICP备案, 公安备案) and the
    # identifier of a government site (政府网站标识码): the footer line that holds them (主办单位, 地址) is chrome
    r"|ICP[备備证證]|公[网網]安[备備]|[网網]站[标標][识識][码碼]"
)
# 主办单位：某局 地址：某路 电话：…: a site's host and its contact fields, the footer of a page without filing numbers.
_SITE_HOST_RE = re.compile(r"^(?:主[办辦]|承[办辦]|[协協][办辦]|技[术術]支持)(?:[单單]位)?\s?[:：][^。]{0,80}?"
                           r"(?:地址|[电電][话話]|[邮郵][编編]|[联聯][系繫]方式)\s?[:：]")
_URL_LINE_RE = re.compile(r"^<?(?:https?://|//|www\.)[^\s<>]{1,2000}>?$")
_CONTENT_RE = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]")
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_RELATIVE_TIME_RE = re.compile(r"\d{1,3}\s?(?:秒|分[钟鐘]|小[时時]|天|周|週|星期|个月|個月|年)前")
_SENTENCE_END = "。！？!?；;…"

_FIELD_KEYS = (
    r"文章来源|文章來源|稿件来源|稿件來源|信息来源|信息來源|本文来源|本文來源|来源|來源|稿源|[转轉][载載]?自|出[处處]"
    r"|[发發][布佈表稿](?:[时時][间間]|日期)|更新[时時][间間]|[时時][间間]|日期"
    # a broadcast's air date (播出时间), a notice's date of issue (发文日期, 成文日期, 印发日期) and a CMS's entry date
    r"|(?:播出|首播|[录錄]入|上[线線]|成文|[发發]文|印[发發]|公[开開])(?:[时時][间間]|日期)"
    r"|作者|[记記]者|通[讯訊][员員]|撰稿|供稿|[审審][核校稿]|[责責]任[编編][辑輯]|[编編][辑輯]|[编編]审|校[对對]"
    r"|[摄攝]影|[监監]制|[点點]击(?:数|數|量)?|[浏瀏][览覽](?:次数|次數|量)?|[阅閱][读讀](?:次数|次數|量|数|數)?|字[号號]"
    r"|[栏欄]目|[频頻]道|分[类類]"
)
# A key ends at its colon (来源：X) or is set in brackets (【来源】X, [作者] X), as many CMS print it.
_FIELD_RE = re.compile(f"(?:{_FIELD_KEYS})\\s?[:：]|(?<=[【\\[〖])(?:{_FIELD_KEYS})[】\\]〗]")
_DATE_KEYS = re.compile(r"[时時][间間]|日期")
_SOURCE_KEYS = re.compile(r"来源|來源|稿源|[转轉][载載]?自|出[处處]")
_AUTHOR_KEYS = re.compile(r"^(?:作者|[记記]者|撰稿)$")
_FIELD_NAME_RE = re.compile(f"^(?:{_FIELD_KEYS})")
_BRACKET_KEY_RE = re.compile(f"^[【\\[〖](?:{_FIELD_KEYS})[】\\]〗]")
_VALUE_STRIP = " \t【】[]〖〗（）()|｜/\\"
_BYLINE_RE = re.compile(
    r"^[□■◇◆●]\s{0,3}(?:本[报報])?(?:[记記]者|通[讯訊][员員]|文)?\s{0,3}"
    rf"([{HAN}·]{{2,4}}(?:[\s、，,]{{1,3}}[{HAN}·]{{2,4}}){{0,5}})$"
)
_HEAD_BYLINE_RE = re.compile(
    rf"^(?:文|本[报報][记記]者|[记記]者)\s?[/｜|：:\s]\s?([{HAN}·]{{2,4}}(?:[\s、，,]{{1,3}}[{HAN}·]{{2,4}}){{0,5}})$"
    # 新华社记者某某 某某: the agency's reporters, the names right after 记者
    rf"|^[{HAN}]{{1,6}}(?:社|[报報]|台|[网網])[记記]者\s?([{HAN}·]{{2,4}}(?:[\s、，,]{{1,3}}[{HAN}·]{{2,4}}){{0,5}})$"
)
# A page's date as it prints it (2023-01-31, 2023/1/31, 2023年1月31日) and a time after it (17:18, 17:18:46).
_YMD = r"\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?"
_HMS = r"\d{1,2}:\d{2}(?::\d{2})?"
_SHORT_YMD = r"\d{2}(?P<sep>[-/])\d{1,2}(?P=sep)\d{1,2}(?!\d)"  # 23-01-31: the century left out (a dash or a slash, never dots)
_LOOSE_DATE_LINE_RE = re.compile(rf"^{_YMD}(?:\s{{1,4}}{_HMS})?$")
# "2023-01-31 17:18:46 来源:央视新闻", "2020-03-20 10:47 记者某 来源:人民网": a page's date line, which
# may carry the reporters and the source after the date. The date may stand in brackets, with the weekday before
# or after the time: （2023年1月31日 星期二）, 2023-01-31 周二 09:30.
_WEEKDAY = r"(?:星期|[礼禮]拜|周|週)[一二三四五六日天]"
_DATE_LED_RE = re.compile(rf"^[（(【\[]?({_YMD}|{_SHORT_YMD})(?:\s{{0,4}}(?:{_WEEKDAY}|{_HMS})){{0,2}}[）)】\]]?(?P<rest>.*)$")
# The name of an outlet, as a page prints it beside its date without a 来源 key: a news site, paper, agency,
# station, app or county media centre (某某新闻网, 某某日报, 新华社, 某某发布, 某某县融媒体中心).
# A broadcaster may print its programme after its name (某某卫视《某某新闻》).
_OUTLET = (rf"[{HAN}A-Za-z]{{1,14}}(?:[网網]|[报報]|社|台|新[闻聞]|客[户戶]端|融媒[体體]中心|[发發]布|在[线線]|[卫衛]视|[频頻]道)"
           rf"(?:《[{HAN}A-Za-z0-9]{{1,16}}》)?")
_OUTLET_RE = re.compile(f"^{_OUTLET}$")
# 某某新闻网 2023-03-02 08:30: the same, outlet first.
_OUTLET_DATE_RE = re.compile(rf"^(?P<outlet>{_OUTLET})\s{{1,4}}(?P<date>{_YMD})(?:\s{{1,4}}{_HMS})?$")
_DATE_VALUE_RE = re.compile(r"^[\d\s:./年月日-]+$")
# "来源：某报 作者：某 2023-10-17", "作者：某 2023年10月17日 09:30": a date standing after a gap at the end
# of a field's value is the page's date printed on the same line, not part of the value.
_TRAILING_DATE_RE = re.compile(rf"\s({_YMD}(?:\s{{1,4}}{_HMS})?)$")
# A navigation bar: many short items between bars (首页|国内|国际|…).
_NAV_SPLIT_RE = re.compile(r"[|｜]")
NAV_MIN_ITEMS = 6  # fewer items than this may be a headline's own "A | B" or a table row
NAV_ITEM_MAX = 10  # a menu item is a word or two, not a clause
NAV_LINE_MAX = 120
_SPACED_MENU_RE = re.compile(rf"^[{HAN}A-Za-z0-9]{{1,6}}(?: [{HAN}A-Za-z0-9]{{1,6}}){{{NAV_MIN_ITEMS - 1},}}$")
# 【字体：大 中 小】【打印本页】【关闭窗口】: a row of the page's buttons, each in brackets.
_BUTTON_ROW_RE = re.compile(r"^(?:[【\[〖][^】\]〗]{1,14}[】\]〗]\s?){2,}$")
# Head lines that are a site's chrome, never a headline: site names and channels, app and betting spam,
# picture placeholders. Written for both scripts, as the other patterns here.
_CHROME_RE = re.compile(r"[网網]站|[频頻]道|欢迎|歡迎|官[网網]|首[页頁]|投注|下[载載]|客[户戶]端|手机版|手機版|登[录錄]|"
                        r"注[册冊]|[资資]料[图圖]|^[(（【\[][^)）】\]]{0,12}[)）】\]]$|"
                        # 某某网 | 农民培训: the site's name and a channel, set apart by a bar no headline uses
                        r"[网網]\s?[|｜]")
_SITE_NAME_RE = re.compile(rf"^[{HAN}A-Za-z]{{1,10}}(?:[网網]|在[线線])$")
CHROME_MAX = 4  # a head line of at most this many letters is a label (图片, 重要新闻), not a headline
HEAD_LINES = 8  # the headline stands among the first lines of a captured page
# 原标题：X (the repost's note of the original headline) and 某某日报：X (a masthead before the headline).
_ORIGINAL_TITLE_RE = re.compile(r"^(?:原[标標][题題]|原[题題])\s?[:：]")
# 【某某新闻】X, [视频] X: a programme's, column's or medium's label in brackets before the headline, told by the
# word that ends it (a place in brackets, [某省] X, is the headline's own and names the story's region).
_TITLE_PREFIX_RE = re.compile(r"^(?:(?:原[标標][题題]|原?[题題]|.{0,10}?(?:日[报報]|晚[报報]|[网網]|客[户戶]端))\s?[:：]"
                              r"|[【\[〖][^】\]〗]{0,8}(?:新[闻聞]|[联聯]播|[视視][频頻]|直播|快[讯訊]|[资資][讯訊]|[头頭]条|"
                              r"[关關]注|聚焦|播[报報]|[时時][评評]|[图圖]片|[专專][题題]|[观觀]察|[访訪][谈談])[】\]〗])\s?(?=.{6})")
# The wire's lead before a first sentence made title: its dateline (新华社兰州3月5日电, (中央社台北10日电),
# 某某网讯; in either script) and the reporters in brackets after it; the news starts after them.
_LEAD_RE = re.compile(rf"^[(（【]?[{HAN}A-Za-z]{{0,12}}?(?:(?:\d{{1,2}}月)?\d{{1,2}}日[电電讯訊]|[网網][讯訊]|[报報][讯訊])[)）】]?\s*"
                      r"(?:[(（](?:[记記]者|通[讯訊][员員]|文|[图圖])[^)）]{0,24}[)）])?\s*")
# 新华社某地2月25日电 题：X — the wire's dateline with the story's headline after 题: the line is the headline.
_WIRE_TITLE_RE = re.compile(_LEAD_RE.pattern + r"[题題]\s?[:：]\s?(?P<title>.{4,80})$")
_TOPIC_LINE_RE = re.compile(r"^[题題]\s?[:：]\s?(.{4,80})$")
# A first sentence's opening clause that only says when (2月6日9时15分，3月9日清早，): no title's words.
_WHEN_RE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}[时時:：]\d{0,2}分?|上午|下午|中午|晚上?|早上|清早|凌晨|傍晚)?"
                      r"\s*[，,]\s*")
_PROSE_RE = re.compile("[。！？；]")
_SQUASH_RE = re.compile(r"[\W_]+")
_CLAUSE_END_RE = re.compile(r"[，,、；;：:—…\s]")
_FIRST_SENTENCE_RE = re.compile(r"^[^。！？!?；;\n]{1,400}")

TITLE_MAX = 60  # a first line longer than this is prose, not a headline
TITLE_CUT = 40  # a title made of the first sentence stops near here


def _meta_fields(line: str) -> list[tuple[str, str]] | None:
    """[(key, value), …] when the whole line is `key：value` fields, e.g. 作者：X  审核：Y."""
    head = line[:14]
    if ":" not in head and "：" not in head and "】" not in head and "]" not in head and "〗" not in head:
        return None  # every key is a few characters long, so its colon or bracket comes early
    bracketed = _BRACKET_KEY_RE.match(line) is not None  # 【来源】X: the bracket is the key's, keep it
    body = line.strip() if bracketed else line.strip(" 【[（(〖")
    if len(body) > 160:
        return None
    keys = list(_FIELD_RE.finditer(body))
    if not keys or keys[0].start() != (1 if bracketed else 0):
        return None
    fields = []
    for i, m in enumerate(keys):
        end = keys[i + 1].start() if i + 1 < len(keys) else len(body)
        value = body[m.end() : end].strip(_VALUE_STRIP)
        if len(value) > 60 or "。" in value:
            return None
        key = _FIELD_NAME_RE.match(m.group()).group()
        trailing = None if _DATE_KEYS.search(key) else _TRAILING_DATE_RE.search(value)
        if trailing:
            value = value[: trailing.start()].strip(_VALUE_STRIP)
            fields.append(("日期", trailing.group(1)))
        fields.append((key, value))
    return fields


def _apply_fields(fields: list[tuple[str, str]], meta: Meta) -> None:
    for key, value in fields:
        if not value:
            continue
        if _DATE_KEYS.search(key) or (_SOURCE_KEYS.search(key) and _DATE_VALUE_RE.match(value)):
            # 来源: 2006-05-29 10:28 — a page that prints its date where the source would be
            meta.date = meta.date or parse_date(value)
        elif _SOURCE_KEYS.search(key):
            meta.source = meta.source or value
        elif _AUTHOR_KEYS.match(key):
            meta.author = meta.author or value
        else:
            meta.extra.setdefault(key, value)


def _is_breadcrumb(line: str) -> bool:
    if _BREADCRUMB_RE.match(line):
        return True
    if len(line) > 80 or not (">" in line or "›" in line or "»" in line) or any(c in line for c in "。，"):
        return False
    if len(_BREADCRUMB_SEP_RE.findall(line)) >= 2 and _HOME_RE.search(line) is not None:
        return True
    # 某某网 >> 新闻中心 >> 县区动态: a path of short names from the site down, without the word 首页
    items = [item.strip() for item in _TRAIL_SPLIT_RE.split(line)]
    return len(items) >= 2 and all(0 < len(item) <= CRUMB_MAX for item in items) and (
        len(items) >= 3 or _SITE_NAME_RE.match(_squash(items[0])) is not None)


# 县区人社：A区 B县 C县 …, 友情链接：…: a menu under a short label of its own.
_MENU_LABEL_RE = re.compile(rf"^[{HAN}A-Za-z0-9]{{2,8}}[:：]\s?")


def _is_nav_bar(line: str) -> bool:
    label = _MENU_LABEL_RE.match(line)
    if label is not None and _is_nav_bar(line[label.end():]):
        return True
    if "|" not in line and "｜" not in line:
        # 新闻 政务 某市 某县 …: a menu set with spaces, each item a word (and never a sentence's mark)
        return (line.count(" ") >= NAV_MIN_ITEMS - 1 and len(line) <= NAV_LINE_MAX
                and _SPACED_MENU_RE.match(line) is not None)
    if line.startswith(("|", "｜")):
        return False  # a line opening with a bar is a table's row
    items = [item.strip() for item in _NAV_SPLIT_RE.split(line)]
    return (len(items) >= NAV_MIN_ITEMS and all(len(item) <= NAV_ITEM_MAX for item in items)
            and not any(c in line for c in "。，,"))


def _date_led_line(line: str, meta: Meta) -> bool:
    """A line opening with a date, with nothing after it but reporters and `key：value` fields."""
    m = _DATE_LED_RE.match(line)
    if m is None:
        return False
    rest = m.group("rest")
    if len(rest) > 120 or _PROSE_RE.search(rest) or "，" in rest:
        return False
    keys = list(_FIELD_RE.finditer(rest))
    outlet = None if keys else _OUTLET_RE.match(rest.strip(_VALUE_STRIP))
    if rest.strip(_VALUE_STRIP + "?？") and not keys and not outlet:
        return False
    date = parse_date(m.group(1))
    if date is None:
        return False
    meta.date = meta.date or date
    if outlet:  # 2023年3月2日 08:30 某某新闻网: the outlet printed after the date, without 来源
        meta.source = meta.source or outlet.group()
    fields = []
    for i, key in enumerate(keys):
        end = keys[i + 1].start() if i + 1 < len(keys) else len(rest)
        # a value ends at a wide gap ("来源:新华网  编辑:某"), where the next field would start
        value = re.split(r"\s{2,}", rest[key.end():end].strip(_VALUE_STRIP), maxsplit=1)[0].strip(_VALUE_STRIP)
        fields.append((_FIELD_NAME_RE.match(key.group()).group(), value))
    _apply_fields(fields, meta)
    return True


def _outlet_date_line(line: str, meta: Meta) -> bool:
    """某某新闻网 2023-03-02 08:30: an outlet and the page's date, nothing else."""
    m = _OUTLET_DATE_RE.match(line) if len(line) <= 40 else None
    date = parse_date(m.group("date")) if m else None
    if date is None:
        return False
    meta.date = meta.date or date
    meta.source = meta.source or m.group("outlet")
    return True


# The page's tools: share, print, close, font size, scan to read on a phone. A line of nothing else is furniture.
_PAGE_TOOLS_RE = re.compile(r"分享到|分享|收藏|打印本页|打印本頁|打印|关闭窗口|關閉窗口|关闭|關閉|字[号號体體]|[大中小]|扫一扫|掃一掃|"
                            r"在手机打开当前页|在手機打開當前頁|手机看新闻|手機看新聞|微信|微博|QQ空间|QQ空間|返回顶部|返回頂部|"
                            r"[TtAa]|[\s|｜【】\[\]:：/、，,]")


def _is_page_tools(line: str) -> bool:
    return len(line) <= 40 and _CJK_RE.search(line) is not None and not _PAGE_TOOLS_RE.sub("", line)


def _is_furniture(line: str) -> bool:
    if _URL_LINE_RE.match(line) or not _CONTENT_RE.search(line):
        return True
    if _is_breadcrumb(line) or _is_nav_bar(line) or _BUTTON_ROW_RE.match(line) or _is_page_tools(line):
        return True
    return _is_copyright(line) or _SITE_HOST_RE.match(line) is not None


def _is_copyright(line: str) -> bool:
    return len(line) <= 300 and _COPYRIGHT_RE.search(line) is not None


# The characters the headings of _CUT_RE and the keys of _BREADCRUMB_RE open with, read from the patterns
# themselves (kg.text.gate) so that a heading added there is never taken for prose.
_RULE_OPENERS = opening_chars(_CUT_HEADINGS) | opening_chars(_BREADCRUMB_KEYS)


def _plain_prose(key: str) -> bool:
    """A line no rule of body_lines but the copyright notice can take, told by two cheap tests (most lines pass).

    It holds a full stop, which no menu, button row, page-tools row, byline, date line (a date opening prose is
    followed by its clause), `key：value` field line (a value has no full stop) or one-line breadcrumb holds; and
    it opens with an ideograph outside _RULE_OPENERS or an ASCII digit, which no heading that cuts the page,
    breadcrumb, link, bracketed button or bullet opens with. Such a line is kept unless it is a copyright
    notice, as the full path decides.
    """
    first = key[:1]
    return "。" in key and ("\u4e00" <= first <= "\u9fff" and first not in _RULE_OPENERS or "0" <= first <= "9")


def body_lines(text: str, meta: Meta) -> list[tuple[str, str]]:
    """(line, gloss-free line) pairs of the body; metadata lines go into `meta`."""
    kept: list[tuple[str, str]] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        key = strip_glosses(line)
        if _plain_prose(key):
            if not _is_copyright(key):
                kept.append((line, key))
            continue
        if _CUT_RE.match(key) and len(key) <= 130:
            if any(_CJK_RE.search(k) for _, k in kept):
                break
            continue
        if _is_furniture(key):
            continue
        fields = _meta_fields(key)
        if fields:
            _apply_fields(fields, meta)
            if meta.headline_at is None and (meta.date or meta.source):
                meta.headline_at = len(kept)
            continue
        if _date_led_line(key, meta) or _outlet_date_line(key, meta):
            if meta.headline_at is None:
                meta.headline_at = len(kept)
            continue
        head = len(kept) < 3
        byline = _BYLINE_RE.match(key) or (head and _HEAD_BYLINE_RE.match(key))
        if byline:
            meta.author = meta.author or next(name for name in byline.groups() if name)
            continue
        if head and len(key) <= 40 and not any(c in key for c in "。，,"):
            if _RELATIVE_TIME_RE.search(key):
                continue  # "admin 10个月前 资讯动态 136": the CMS's posting stamp
            if _LOOSE_DATE_LINE_RE.match(key):
                meta.date = meta.date or parse_date(key)
                if meta.headline_at is None:
                    meta.headline_at = len(kept)
                continue
        kept.append((line, key))
    kept = _without_menus(kept)
    if kept and meta.source is None:
        meta.source = _dateline_agency(kept[0][1])
    return _join_broken_paragraphs(kept)


# A menu flattened one item a line (<li>首页</li><li>新闻</li><li>某县</li>…): a run of short lines of words, no
# figures (a table's cells carry them), no marks, above the story's first line of prose or below its last (a list
# of names between paragraphs is the story's own).
_MENU_ITEM_RE = re.compile(rf"^[{HAN}A-Za-z ]{{1,6}}$")


def _without_menus(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    flags = [_MENU_ITEM_RE.match(key) is not None for _, key in lines]
    if sum(flags) < NAV_MIN_ITEMS:
        return lines
    prose = [i for i, (_, key) in enumerate(lines) if _PROSE_RE.search(key) or "，" in key]
    if not prose:
        return lines
    first, last = prose[0], prose[-1]
    drop = [False] * len(lines)
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or not flags[i]:
            if i - start >= NAV_MIN_ITEMS and (i <= first or start > last):
                drop[start:i] = [True] * (i - start)
            start = i + 1
    return [line for line, dropped in zip(lines, drop) if not dropped]


# 新华社兰州3月5日电, 东北网4月13日电, (中央社台北10日电), 华龙网讯: the agency or site that filed the story.
_AGENCY_RE = re.compile(rf"^[(（【]?([{HAN}]{{1,6}}?(?:社|[网網]|[报報]|台))[{HAN}]{{0,8}}?"
                        r"(?:(?:\d{1,2}月)?\d{1,2}日[电電讯訊]|[讯訊])")
_OWN_PAPER = ("本报", "本網", "本网", "本台", "本報")  # the page's own paper, whose name the line does not give


def _dateline_agency(line: str) -> str | None:
    m = _AGENCY_RE.match(line)
    return m.group(1) if m and m.group(1) not in _OWN_PAPER else None


def _join_broken_paragraphs(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Re-join prose a page split mid-sentence ("…，多</p><p>渠道促进就业").

    Only a line of prose (one with a full stop, or two commas) that ends on a CJK character is
    continued; headings have neither, so they keep their own line.
    """
    out: list[tuple[str, str]] = []
    for line, key in lines:
        if out:
            prev_line, prev_key = out[-1]
            # The two one-character tests first: most lines end on a full stop, so the scan of
            # the whole previous line for prose is rarely needed.
            if (
                _CJK_RE.match(prev_key[-1:])
                and _CJK_RE.match(key[:1])
                and (_PROSE_RE.search(prev_key) is not None or prev_key.count("，") >= 2
                     or _left_open(prev_key, key))
            ):
                out[-1] = (prev_line + line, prev_key + key)
                continue
        out.append((line, key))
    return out


# Marks that open a name and the marks that close it: a line that leaves one open, followed by a line that closes
# it, is one name split by the page (开展“春风</p><p>行动”), whatever else the lines hold.
_NAME_MARKS = (("“", "”"), ("《", "》"), ("「", "」"), ("『", "』"))


def _left_open(prev_key: str, key: str) -> bool:
    for opener, closer in _NAME_MARKS:
        if prev_key.rfind(opener) > prev_key.rfind(closer):
            close, reopen = key.find(closer), key.find(opener)
            if close >= 0 and (reopen < 0 or close < reopen):
                return True
    return False


def _squash(text: str) -> str:
    return _SQUASH_RE.sub("", text)


def choose_title(lines: list[tuple[str, str]], meta: Meta) -> tuple[str | None, list[tuple[str, str]]]:
    """The title and the body lines left once a line that only repeats the title is gone.

    Metadata (front matter, <h1>/<title>) first; else the first line when it is short and does
    not end a sentence; else the first sentence, cut at a clause boundary near TITLE_CUT.
    """
    if meta.title:
        title = strip_glosses(meta.title)
        lines = _without_leading_chrome(lines)
        target = _squash(title)
        for i, (_, key) in enumerate(lines[:5]):
            if target and _squash(key) == target:
                return title, lines[:i] + lines[i + 1 :]
        return title, lines
    if not lines:
        return None, lines
    lines = _without_head_chrome(lines, meta)
    first = lines[0][1]
    wire = _WIRE_TITLE_RE.match(first) if len(lines) > 1 else None
    if wire:
        return wire.group("title").strip(), lines[1:]
    if len(lines) > 2 and _LEAD_RE.fullmatch(first) and (topic := _TOPIC_LINE_RE.match(lines[1][1])):
        return topic.group(1).strip(), lines[:1] + lines[2:]  # the dateline on a line, then 题：X on the next
    if len(lines) > 1 and _headline_like(first) and not _LEAD_RE.match(first):  # a dateline opens the body
        return _clean_title(first), lines[1:]
    m = _FIRST_SENTENCE_RE.match(first)
    sentence = (m.group() if m else first).strip()
    sentence = _LEAD_RE.sub("", sentence, count=1).strip() or sentence
    sentence = _WHEN_RE.sub("", sentence, count=1).strip() or sentence
    if len(sentence) > TITLE_CUT:
        cuts = [c.start() for c in _CLAUSE_END_RE.finditer(sentence, 10, TITLE_CUT + 1)]
        sentence = sentence[: cuts[-1]] if cuts else sentence[:TITLE_CUT]
    return sentence.strip(" ，,、；;：:—") or None, lines


def _without_leading_chrome(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The lines less the site's chrome (its name, a label, a channel) among the head lines before the first prose."""
    head = 0
    while head < min(len(lines), HEAD_LINES) and len(lines[head][1]) <= TITLE_MAX and "。" not in lines[head][1]:
        head += 1
    if not any(_is_chrome(key) for _, key in lines[:head]):
        return lines
    return [line for i, line in enumerate(lines) if i >= head or not _is_chrome(line[1])]


def _headline_like(key: str) -> bool:
    """A short line that does not end a sentence (a headline may end in ！: 鼓掌！X再添一个品牌！)."""
    return (len(key) <= TITLE_MAX and bool(_CJK_RE.search(key)) and key[-1] not in _SENTENCE_END.replace("！", "")
            .replace("!", "") and "。" not in key)


def _is_chrome(key: str) -> bool:
    """A head line that is the site's, not the article's: its name, a channel, a label, spam."""
    letters = _squash(key)
    return (len(letters) <= CHROME_MAX or not _CJK_RE.search(key) or _CHROME_RE.search(key) is not None
            or _SITE_NAME_RE.match(letters) is not None)


# The lines a headline may carry under it: a subtitle led by a dash, and a speech's speaker (an office, then the name).
_SUBTITLE_RE = re.compile(r"^(?:——|—|──|--)")
_SPEAKER_RE = re.compile(rf"^[{HAN}、，,]{{0,24}}(?:书记|書記|[长長]|主任|主席|委[员員]|[专專][员員])[\s\u3000]{{1,3}}[{HAN}·]{{2,4}}$")


def _under_headline(key: str) -> bool:
    return _SUBTITLE_RE.match(key) is not None or _SPEAKER_RE.match(key) is not None


def _without_head_chrome(lines: list[tuple[str, str]], meta: Meta) -> list[tuple[str, str]]:
    """The lines from the headline on, less the chrome a page prints above it and a second copy of it.

    The headline is the line right above the page's date or source line where there is one; else the
    first head line that is not chrome. Lines after the first line of prose are never touched.
    """
    head = 0
    while head < min(len(lines), HEAD_LINES) and len(lines[head][1]) <= TITLE_MAX and "。" not in lines[head][1]:
        head += 1
    at = meta.headline_at
    if at is not None and 0 < at <= head and not _is_chrome(lines[at - 1][1]):
        pick = at - 1
        # above the date stands a subtitle (——某县劳务品牌调查) or a speech's speaker (县长 某某): the headline is
        # the line above it
        while pick > 0 and _under_headline(lines[pick][1]) and not _is_chrome(lines[pick - 1][1]):
            pick -= 1
    else:
        pick = next((i for i in range(head) if not _is_chrome(lines[i][1])), head)
    if pick >= len(lines):
        return lines
    # the headline first, then what stood above it and is not chrome (a kicker line), as body
    kept = [lines[pick]] + [line for line in lines[:pick]
                            if not _is_chrome(line[1]) and not _ORIGINAL_TITLE_RE.match(line[1])]
    # a headline printed twice (in the page's header and above the text) is one headline
    target = _squash(lines[pick][1])
    again = next((i for i in range(pick + 1, min(len(lines), pick + HEAD_LINES)) if _squash(lines[i][1]) == target),
                 None)
    return kept + [line for i, line in enumerate(lines[pick + 1:], pick + 1) if i != again]


# 某某标题 全球热资讯: an aggregator's channel label set after the headline, past a space.
_TITLE_CHANNEL_SUFFIX_RE = re.compile(rf"\s[{HAN}]{{0,4}}(?:资讯|資訊|快讯|快訊|热点|熱點|头条|頭條|焦点|焦點)$")


def _clean_title(title: str) -> str:
    return _TITLE_CHANNEL_SUFFIX_RE.sub("", _TITLE_PREFIX_RE.sub("", title, count=1), count=1)
