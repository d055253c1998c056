"""Generate a synthetic, realistic Chinese news corpus about labour transfer for benchmarking `kg build`."""
from __future__ import annotations

import argparse
import math
import os
import random
import re
import sys
import time
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER_TSV = ROOT / "kg" / "data" / "gazetteer.tsv"
PER_DIR = 1000  # a folder of at most this many files: big flat folders are slow on some file systems

# Share of each output format, and of traditional / legacy-encoded articles (the brief's mix).
FORMATS = (("txt", 0.60), ("md", 0.20), ("html", 0.20))
TRADITIONAL = 0.10
GBK = 0.03  # share of simplified articles saved in GBK, as old county websites still do
BIG5 = 0.15  # share of traditional articles saved in Big5 (the rest are UTF-8)

# -- lexicons (invented for the benchmark; the seeds only taught the genre) -----------------------------
# Provinces that send many workers away get drawn more often as origins, as in real news.
EXPORTERS = {"甘肃省": 4, "贵州省": 4, "四川省": 4, "河南省": 4, "安徽省": 3, "湖南省": 3, "江西省": 3,
             "广西壮族自治区": 3, "云南省": 3, "陕西省": 3, "重庆市": 3, "湖北省": 3, "河北省": 2, "山西省": 2,
             "青海省": 2, "宁夏回族自治区": 2, "内蒙古自治区": 1, "新疆维吾尔自治区": 1, "黑龙江省": 1,
             "吉林省": 1, "山东省": 1, "西藏自治区": 1}
# Cities that receive many workers; the rest of the destinations are drawn from the whole gazetteer.
HUBS = ("苏州市", "无锡市", "常州市", "南京市", "杭州市", "宁波市", "温州市", "广州市", "深圳市", "东莞市",
        "佛山市", "中山市", "惠州市", "珠海市", "厦门市", "福州市", "泉州市", "青岛市", "烟台市", "天津市",
        "北京市", "上海市", "乌鲁木齐市", "昆山市", "义乌市", "晋江市", "嘉兴市", "绍兴市", "金华市", "台州市")

# occupation -> (industry words, typical monthly wage range in yuan)
OCCUPATIONS = {
    "修脚师": ("足浴保健", (6000, 15000)), "月嫂": ("家政服务", (7000, 15000)), "焊工": ("装备制造", (6000, 12000)),
    "厨师": ("餐饮", (5000, 11000)), "电工": ("电力安装", (5000, 10000)), "建筑工": ("建筑施工", (5000, 9000)),
    "绣娘": ("刺绣手工", (2500, 5000)), "拉面师": ("餐饮", (6000, 12000)), "家政员": ("家政服务", (4000, 8000)),
    "护工": ("医疗护理", (4500, 8000)), "挖掘机手": ("工程机械", (7000, 13000)), "司炉工": ("供热", (5000, 8000)),
    "保育员": ("托育", (4000, 7000)), "育婴师": ("家政服务", (6000, 12000)), "砌筑工": ("建筑施工", (5000, 9000)),
    "钢筋工": ("建筑施工", (6000, 10000)), "服装工": ("服装加工", (3500, 6500)), "采棉工": ("农业", (4000, 8000)),
    "茶艺师": ("茶产业", (3500, 7000)), "面点师": ("餐饮", (4500, 9000)), "汽修工": ("汽车维修", (5000, 9000)),
    "快递员": ("物流", (5000, 9000)), "保安员": ("安保", (3500, 6000)), "养老护理员": ("养老服务", (4000, 7500)),
    "电子装配工": ("电子信息", (4500, 7500)), "数控车工": ("装备制造", (6000, 11000)), "叉车工": ("物流", (5000, 8000)),
    "果树修剪工": ("林果", (3000, 6000)), "烤烟技工": ("烟草", (3000, 6000)), "木工": ("家具制造", (5500, 10000)),
    "油漆工": ("装饰装修", (5500, 9500)), "水电工": ("装饰装修", (5500, 9500)), "网约车司机": ("交通运输", (5000, 9000)),
    "渔工": ("远洋渔业", (7000, 14000)), "牛肉面师傅": ("餐饮", (6000, 12000)), "织女": ("民族手工", (2500, 5000)),
    "巧媳妇": ("手工编织", (2500, 5000)), "技工": ("制造业", (5000, 9000)), "砂锅厨师": ("餐饮", (5000, 10000)),
    "石匠": ("石材加工", (6000, 11000)), "瓦工": ("建筑施工", (5500, 9500)), "理疗师": ("康养", (5000, 10000)),
}
BRAND_LEVELS = ("国家级", "省级", "省级", "市级", "市级", "县级")
COMPANY_WORDS = ("电子", "精密机械", "服装", "食品", "光电", "汽车零部件", "纺织", "智能科技", "新材料", "物流",
                 "家政服务", "建筑工程", "医疗器械", "照明", "包装")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
GIVEN = "建国红梅志强海燕秀英明华小军丽娟永刚文斌春花玉兰德林晓东雪峰国庆桂芳金凤振华立新彩霞宏伟凤英玉珍俊杰"
NATIONAL_PROGRAMS = ("春风行动", "就业援助月", "东西部劳务协作", "雨露计划", "职业技能提升行动", "民营企业招聘月",
                     "金秋招聘月", "百日千万招聘专项行动", "以工代训", "新型学徒制", "春潮行动", "技能中国行动")
PROGRAM_HEADS = ("行动", "计划", "工程", "专项行动", "提升行动", "服务月")
PROGRAM_WORDS = ("稳岗", "暖心", "送岗", "春暖", "万人", "技能", "护航", "强技", "富民", "增收", "暖企", "安薪",
                 "筑巢", "雁归", "巧手", "引凤", "铸匠", "点对点", "家门口", "同心", "携手", "百企千岗", "乡村工匠")
SLOGANS = ("春风送暖 就业送情", "贴心服务 帮助就业", "精准对接 稳岗增收", "技能培训 提质增效", "劳务协作 携手共进",
           "品牌引领 富民增收", "组织输转 点对点服务", "稳住就业基本盘", "就业路上不掉队", "出家门上车门 下车门进厂门",
           "一人就业 全家脱贫", "家门口就业 稳稳的幸福", "跑出劳务输转加速度", "念好就业经 奏响增收曲",
           "以品牌带动就业", "小工种撬动大产业", "让技能成为致富金钥匙", "打通就业最后一公里")
GROUPS = ("脱贫劳动力", "农村劳动力", "农民工", "务工人员", "返乡人员", "易地搬迁群众", "监测户劳动力", "富余劳动力")
MEDIA = ("日报", "新闻网", "融媒体中心", "发布", "人社", "电视台", "晚报", "手机台")

_STRIP_SUFFIX = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "特别行政区",
                 "省", "市", "县", "区", "旗", "盟", "地区", "林区", "特区")


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    level: str
    parent: str
    kind: str
    short: str


class Geo:
    """Provinces, cities and counties of the gazetteer, with weighted choices for origins and destinations."""

    def __init__(self, path: Path = GAZETTEER_TSV):
        self.by_code: dict[str, Place] = {}
        with open(path, encoding="utf-8") as fh:
            next(fh)  # header: code name level parent type short_names former_names
            for line in fh:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 5 or not cols[0]:
                    continue
                shorts = [s for s in (cols[5] if len(cols) > 5 else "").split("|") if s]
                short = shorts[0] if shorts else _strip(cols[1])
                self.by_code[cols[0]] = Place(cols[0], cols[1], cols[2], cols[3], cols[4], short)
        # Sorted iteration everywhere so that the same seed always gives the same corpus.
        places = sorted(self.by_code.values(), key=lambda p: p.code)
        self.provinces = [p for p in places if p.level == "province"]
        self.cities = [p for p in places if p.level == "city"]
        self.counties = [p for p in places if p.level == "county"]
        self.children: dict[str, list[Place]] = {}
        for p in places:
            if p.parent:
                self.children.setdefault(p.parent, []).append(p)
        by_name = {p.name: p for p in places}
        self.hubs = [by_name[n] for n in HUBS if n in by_name]
        # Origins: rural counties (县, 县级市, 自治县, 旗) mostly, in provinces weighted by how many they send.
        self.origins: list[Place] = []
        self.origin_weights: list[float] = []
        for c in self.counties:
            prov = self.province_of(c)
            w = EXPORTERS.get(prov.name, 0.3) * (0.25 if c.kind == "市辖区" else 1.0)
            self.origins.append(c)
            self.origin_weights.append(w)
        acc, total = [], 0.0
        for w in self.origin_weights:
            total += w
            acc.append(total)
        self._origin_cum = acc

    def parent(self, p: Place) -> Place | None:
        return self.by_code.get(p.parent) if p.parent else None

    def province_of(self, p: Place) -> Place:
        while p.parent:
            p = self.by_code[p.parent]
        return p

    def city_of(self, p: Place) -> Place:
        """The prefecture a county belongs to; for the districts of a 直辖市, the municipality itself."""
        return self.by_code[p.parent] if p.level == "county" and p.parent else p

    def origin(self, rng: random.Random) -> Place:
        return rng.choices(self.origins, cum_weights=self._origin_cum, k=1)[0]

    def destination(self, rng: random.Random) -> Place:
        if rng.random() < 0.7:
            return rng.choice(self.hubs)
        return rng.choice(self.cities)


def _strip(name: str) -> str:
    for suf in _STRIP_SUFFIX:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


# -- numbers as news write them ---------------------------------------------------------------------------
_CN = "零一二三四五六七八九"


def people(rng: random.Random, lo: int, hi: int, unit: str = "人") -> str:
    """A head count as news write it: 449人, 3200余人, 8.43万人, 近5000名, 1万多人, 两千余人."""
    n = int(math.exp(rng.uniform(math.log(lo), math.log(hi))))
    r = rng.random()
    if n >= 10000 and r < 0.55:
        wan = n / 10000
        digits = rng.choice((0, 1, 2)) if wan < 100 else 0
        s = f"{wan:.{digits}f}".rstrip("0").rstrip(".") if digits else str(round(wan))
        return s + rng.choice(("万", "万", "万余", "万多", "余万")) + unit if digits == 0 else s + rng.choice(("万", "万余")) + unit
    if r < 0.15:
        n = round(n, -max(1, len(str(n)) - 2))
        return f"{n}{rng.choice(('余', '多'))}{unit}"
    if r < 0.22:
        n = round(n, -max(1, len(str(n)) - 1))
        return f"近{n}{unit}"
    if r < 0.25 and 1000 <= n < 10000:
        return f"{'两' if n // 1000 == 2 else _CN[n // 1000]}千余{unit}"
    return f"{n}{unit}"


def money(rng: random.Random, lo_wan: float, hi_wan: float) -> str:
    """An amount in 万元 or 亿元: 23.71亿元, 4500万元, 1.2亿余元."""
    v = math.exp(rng.uniform(math.log(lo_wan), math.log(hi_wan)))
    if v >= 10000:
        return f"{v / 10000:.2f}".rstrip("0").rstrip(".") + rng.choice(("亿元", "亿元", "亿余元"))
    return f"{int(v)}{rng.choice(('万元', '万元', '余万元'))}"


def pct(rng: random.Random, lo: float, hi: float) -> str:
    return f"{rng.uniform(lo, hi):.1f}%"


def wage_range(rng: random.Random, occ: str) -> str:
    lo, hi = OCCUPATIONS[occ][1]
    a = rng.randrange(lo, (lo + hi) // 2, 100)
    b = rng.randrange(a + 500, hi + 1000, 500)
    sep = rng.choice(("-", "～", "~", "至", "到"))
    return f"{a}{sep}{b}元"


def date(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")


def join_list(items: list[str]) -> str:
    """A、B和C, as lists of places are written."""
    if len(items) == 1:
        return items[0]
    return "、".join(items[:-1]) + "和" + items[-1]


# -- one article ------------------------------------------------------------------------------------------
class Article:
    """The slots an article keeps for all its paragraphs: focus region, year, brands, programs, destinations."""

    def __init__(self, geo: Geo, rng: random.Random):
        self.geo, self.rng = geo, rng
        self.county = geo.origin(rng)
        self.city = geo.city_of(self.county)
        self.province = geo.province_of(self.county)
        # Some articles speak for a whole city or province rather than one county.
        r = rng.random()
        self.focus = self.county if r < 0.7 else (self.city if r < 0.9 else self.province)
        self.year = rng.randint(2016, 2025)
        self.dests = sorted({geo.destination(rng) for _ in range(rng.randint(2, 6))}, key=lambda p: p.code)
        occs = sorted(OCCUPATIONS)
        self.occupations = rng.sample(occs, rng.randint(1, 3))
        self.brands = [self.brand_name(o) for o in self.occupations]
        self.programs = [self.program_name() for _ in range(rng.randint(1, 3))]

    def brand_name(self, occ: str) -> str:
        rng = self.rng
        owner = self.county if rng.random() < 0.75 else self.city
        name = owner.short + (rng.choice(("巧手", "金牌", "放心", "")) if rng.random() < 0.2 else "") + occ
        return name

    def program_name(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return rng.choice(NATIONAL_PROGRAMS)
        words = rng.sample(PROGRAM_WORDS, 2)
        return words[0] + words[1] + rng.choice(PROGRAM_HEADS)

    def sibling(self) -> Place:
        sibs = self.geo.children.get(self.city.code) or [self.county]
        return self.rng.choice(sibs)

    def company(self) -> str:
        rng = self.rng
        return rng.choice(self.dests).short + rng.choice(COMPANY_WORDS) + rng.choice(("有限公司", "股份有限公司", "集团"))


def p_send_off(a: Article) -> str:
    rng, f = a.rng, a.focus
    dests = [d.name if rng.random() < 0.5 else d.short for d in a.dests]
    n, buses = people(rng, 80, 3000, rng.choice(("名", "人"))), rng.randint(2, 40)
    prog = a.programs[0]
    t = rng.choice((
        "{d}，{f}在{site}举行{y}年“{prog}”暨组织化输转发车仪式，{buses}辆大巴车载着{n}{grp}奔赴{dests}等地务工就业。",
        "{d}上午，随着一声令下，满载{n}务工人员的{buses}辆“返岗直通车”从{f}{site}缓缓驶出，开往{dests}。",
        "为帮助{grp}尽早返岗，{f}人社局于{d}组织开展“点对点”输转服务，共发送专车{buses}辆，输送{n}赴{dests}就业。",
        "{d}，{f}“{prog}”劳务输转欢送会在{site}举行。本次共组织{n}{grp}乘坐{buses}辆大巴前往{dests}，实现“出家门上车门、下车门进厂门”。",
        "“车票、口罩、矿泉水都给我们准备好了，心里暖暖的。”{d}，{person}和{n}老乡一起登上了开往{dest}的专车。当天，{f}共发车{buses}辆。",
    ))
    return t.format(d=date(rng), f=f.name, site=rng.choice(("县政府广场", "劳务市场", "人社局门前", "客运站", "文化广场", "高铁站")),
                    y=a.year, prog=prog, buses=buses, n=n, grp=rng.choice(GROUPS), dests=join_list(dests),
                    dest=dests[0], person=person(rng))


def p_brand(a: Article) -> str:
    rng = a.rng
    i = rng.randrange(len(a.brands))
    b, occ = a.brands[i], a.occupations[i]
    lvl = rng.choice(BRAND_LEVELS)
    ind = OCCUPATIONS[occ][0]
    t = rng.choice((
        "近年来，{f}立足{ind}产业基础，全力打造“{b}”劳务品牌，该品牌先后被评为{lvl}劳务品牌，从业人员达{n}，年创收{m}。",
        "“{b}”是{f}着力培育的{lvl}劳务品牌。目前，全{lv}从事{occ}行业的人员已有{n}，遍布{dest}等{k}个城市，人均月收入{w}。",
        "说起“{b}”，在{dest}几乎无人不知。{y}年，“{b}”入选{lvl}劳务品牌，带动{n}{grp}稳定就业。",
        "{f}坚持“以品牌带就业、以就业促增收”，叫响“{b}”劳务品牌，累计培训{occ}{t}，实现劳务收入{m}。",
        "在{dest}的一家{ind}企业里，来自{f}的{person}已经干了{k}年{occ}。“{b}这块牌子响，老板愿意要我们。”他说，现在每月能挣{w}。",
        "{f}将“{b}”劳务品牌建设纳入{prog}重点内容，建立品牌培育、技能培训、就业服务一体化机制，品牌从业者超过{n}。",
    ))
    return t.format(f=a.focus.name, ind=ind, b=b, lvl=lvl, n=people(rng, 300, 60000), m=money(rng, 500, 300000),
                    lv=a.focus.name[-1], occ=occ, dest=rng.choice(a.dests).name, k=rng.randint(2, 30),
                    w=wage_range(rng, occ), y=a.year, grp=rng.choice(GROUPS), t=people(rng, 200, 20000, "人次"),
                    person=person(rng), prog=a.programs[0])


def p_brand_list(a: Article) -> str:
    rng = a.rng
    brands = list(a.brands)
    for _ in range(rng.randint(0, 3)):
        sib = a.sibling()
        brands.append(sib.short + rng.choice(sorted(OCCUPATIONS)))
    quoted = "、".join(f"“{b}”" for b in brands)
    counts = [(lvl, rng.randint(1, 3)) for lvl in ("国家级", "省级", "市级") if rng.random() < 0.7] or [("省级", 1)]
    cnt = "、".join(f"{c}个{lvl}" for lvl, c in counts)
    t = rng.choice((
        "{f}成功打造了{q}等{cnt}劳务品牌，品牌带动就业{n}。",
        "截至{y}年底，{f}共培育{q}等劳务品牌{k}个，其中{cnt}，带动{n}{grp}实现就业。",
        "围绕“一县一品”目标，{f}先后推出{q}等特色劳务品牌，形成了{cnt}的品牌梯队。",
    ))
    return t.format(f=a.focus.name, q=quoted, cnt=cnt, n=people(rng, 1000, 100000), y=a.year,
                    k=sum(c for _, c in counts), grp=rng.choice(GROUPS))


def p_program(a: Article) -> str:
    rng = a.rng
    progs = a.programs
    t = rng.choice((
        "{y}年以来，{f}深入开展“{p0}”，{m}{d}期间共举办线上线下招聘会{k}场，提供就业岗位{jobs}，达成就业意向{n}。",
        "以“{p0}”为抓手，{f}组织开展“{p1}”“{p2}”等系列活动，送政策、送岗位、送技能到村到户，惠及{grp}{n}。",
        "{f}印发《{f}{y}年{pn}实施方案》，明确{k}项重点任务，力争全年输转{grp}{n}。",
        "按照“政府牵头、统一组织、供需对接、全程管控、贴心服务”的原则，{f}扎实推进“{p0}”，截至{d}，已帮助{n}{grp}实现就业。",
        "在“{p1}”中，{f}与{dest}人社部门联合开展专场招聘，{c}家企业带来{jobs}，现场签约{n}。",
    ))
    names = progs + rng.sample(NATIONAL_PROGRAMS, 2)
    return t.format(y=a.year, f=a.focus.name, p0=names[0], p1=names[1], p2=names[2], pn=names[0].strip("“”"),
                    m=f"{rng.randint(1, 6)}月", d=date(rng), k=rng.randint(3, 60), jobs=people(rng, 500, 50000, "个岗位"),
                    n=people(rng, 100, 30000), grp=rng.choice(GROUPS), dest=rng.choice(a.dests).name,
                    c=rng.randint(12, 400))


_FIGURES = (
    lambda r: f"城镇新增就业{people(r, 800, 60000)}",
    lambda r: f"{r.choice(('输转', '转移输出', '转移就业'))}{r.choice(('城乡劳动力', '农村劳动力', '劳动力'))}{people(r, 5000, 900000)}",
    lambda r: f"实现劳务收入{money(r, 5000, 3000000)}",
    lambda r: f"培训{r.choice(('各类劳动力', '农民工', '脱贫劳动力'))}{people(r, 500, 80000, '人次')}",
    lambda r: f"城镇登记失业率控制在{pct(r, 2.0, 4.5)}以内",
    lambda r: f"其中有组织输转{people(r, 300, 50000)}",
    lambda r: f"城镇失业人员再就业{people(r, 300, 20000)}",
    lambda r: f"就业困难人员实现就业{people(r, 100, 5000)}",
    lambda r: f"劳务收入同比增长{pct(r, 1, 18)}",
)


def p_figures(a: Article) -> str:
    rng = a.rng
    # Only the figures used are drawn: this paragraph kind is the most frequent.
    parts = [fn(rng) for fn in rng.sample(_FIGURES, rng.randint(2, 6))]
    lead = rng.choice(("{y}年，{f}", "{y}年以来，{f}", "截至{y}年{m}月底，{f}累计", "今年以来，{f}", "据统计，{y}年全年{f}"))
    return lead.format(y=a.year, f=a.focus.name, m=rng.randint(2, 11)) + "，".join(parts) + "。"


def p_training(a: Article) -> str:
    rng = a.rng
    occ = rng.choice(a.occupations)
    t = rng.choice((
        "在{town}{village}，培训老师以理论教学与实践教学相结合的方式，手把手教学员掌握{occ}技能。今年以来，{f}共开展{occ}、电工、家政服务等培训{k}期，培训{n}，{cert}人取得职业技能等级证书。",
        "{f}出台《农村劳动力技能培训券管理使用办法》，推行“培训券”制度，全年发放培训券{m}张，开展订单式、定向式培训{n}。",
        "{f}依托{school}，围绕{ind}产业需求开设{occ}培训班，学员结业后由企业直接录用，月薪可达{w}。",
        "为提升务工人员技能水平，{f}实施“{prog}”，累计培训{n}，培训后就业率达{p}。",
    ))
    return t.format(town=a.sibling().short + rng.choice(("镇", "乡")), village=rng.choice("东西南北新红") + rng.choice(("星村", "光村", "河村", "岭村")),
                    occ=occ, f=a.focus.name, k=rng.randint(5, 300), n=people(rng, 300, 90000, "人次"),
                    cert=rng.randint(100, 9000), m=rng.randint(1000, 80000),
                    school=a.city.short + rng.choice(("技师学院", "职业技术学院", "公共实训基地", "职业中专")),
                    ind=OCCUPATIONS[occ][0], w=wage_range(rng, occ), prog=a.programs[-1], p=pct(rng, 60, 98))


def p_county_section(a: Article) -> list[tuple[str, str]]:
    """A heading "X县：…" (as in a city's round-up) followed by a paragraph about that county."""
    rng = a.rng
    c = a.sibling()
    head = f"{c.name}：{rng.choice(SLOGANS)}"
    body = rng.choice((
        "{y}年以来，{c}突出{k}项举措，全力推进劳务输转工作。一是做实返乡统计建台账，统计返乡人员{n1}；二是开展网络招聘，共发布{j}期招聘公告，{e}家企业参与，提供就业岗位{jobs}；三是开展组织输转点对点，为{n2}农民工包专车赴{dest}。",
        "{c}采取线上推送、线下招聘的方式，深入开展“{prog}”，累计输转劳动力{n1}，其中稳岗留工{n2}，实现劳务收入{m}。",
        "{c}把劳务输转作为群众增收的“铁杆庄稼”，在{dest}设立劳务工作站，全年向{dest}输送务工人员{n2}，人均年收入{inc}元。",
    ))
    body = body.format(y=a.year, c=c.name, k=rng.choice("三四五六"), n1=people(rng, 1000, 60000), j=rng.randint(2, 12),
                       e=rng.randint(20, 500), jobs=people(rng, 300, 20000, "个"), n2=people(rng, 50, 8000),
                       dest=rng.choice(a.dests).name, prog=a.programs[0], m=money(rng, 1000, 200000),
                       inc=rng.randrange(30000, 90000, 100))
    return [("h", head), ("p", body)]


def p_inbound(a: Article) -> str:
    rng = a.rng
    d = rng.choice(a.dests)
    t = rng.choice((
        "{y}年，{d}吸纳{prov}籍务工人员{n}在{ds}就业，其中脱贫劳动力{n2}，超额完成协作任务。",
        "作为劳务输入大市，{d}与{c}建立常态化劳务对接机制，{y}年新增{cs}籍务工人员{n}来{ds}就业。",
        "“{ds}工作环境好，企业包吃住，我打算让孩子以后也来{ds}。”来自{c}的{person}在{co}从事{occ}工作，月收入{w}。",
        "{co}负责人介绍，公司现有员工{n}，其中来自{prov}{c}的员工占三成以上。",
    ))
    occ = rng.choice(a.occupations)
    return t.format(y=a.year, d=d.name, ds=d.short, prov=a.province.short, c=a.focus.name if a.focus is not a.province else a.city.name,
                    cs=a.city.short, n=people(rng, 200, 20000), n2=people(rng, 100, 20000), person=person(rng),
                    co=a.company(), occ=occ, w=wage_range(rng, occ))


def p_cooperation(a: Article) -> str:
    rng = a.rng
    d = rng.choice(a.dests)
    t = rng.choice((
        "{d0}，{f}与{d}签订东西部劳务协作框架协议，双方约定每年向{d}输送务工人员不少于{n}，并在{d}设立驻外劳务服务站{k}个。",
        "依托东西部劳务协作机制，{f}累计向{d}输转劳动力{n}，{d}为来{ds}务工的{grp}发放一次性交通补贴{m}。",
        "{f}在{d}等{k}个城市设立劳务工作站，配备专职人员{k2}名，为在外务工人员提供维权、培训、就业等“一站式”服务，服务覆盖{n}。",
    ))
    return t.format(d0=date(rng), f=a.focus.name, d=d.name, ds=d.short, n=people(rng, 500, 30000), k=rng.randint(2, 15),
                    k2=rng.randint(3, 40), grp=rng.choice(GROUPS), m=money(rng, 20, 5000))


def p_story(a: Article) -> str:
    rng = a.rng
    occ = rng.choice(a.occupations)
    t = rng.choice((
        "“以前在家一年到头挣不了几个钱，现在当{occ}，一个月就能拿{w}。”{age}岁的{person}笑着说。{y}年，她参加了{f}组织的{occ}培训，随后被推荐到{dest}工作。",
        "{person}是{town}人，{y}年跟随老乡到{dest}务工，从学徒干起，如今已是{co}的技术骨干，还带动{k}名同村人外出就业。",
        "“政府帮我们联系企业、包车送到厂里，我们只管安心上班。”在{dest}务工的{person}说，他和妻子两人月收入合计超过{inc}元。",
    ))
    return t.format(occ=occ, w=wage_range(rng, occ), age=rng.randint(22, 55), person=person(rng), y=a.year,
                    f=a.focus.name, dest=rng.choice(a.dests).name, town=a.sibling().name, co=a.company(),
                    k=rng.randint(3, 60), inc=rng.randrange(8000, 20000, 500))


def p_job_fair(a: Article) -> str:
    rng = a.rng
    t = rng.choice((
        "{d}，{f}{y}年“{prog}”大型招聘会在{site}举行。本次招聘会共吸引{e}家企业参会，提供{jobs}，进场求职人员达{n}，初步达成就业意向{n2}。",
        "据统计，本次招聘会历时{k}天，参与企业{e}家，进场咨询人员达{n}，签订意向性协议{n2}。",
        "{f}坚持每月{dd}日举办招聘会，{y}年累计举办{k}场，为用人单位和劳动者搭建供需对接平台，帮助{n2}实现就业。",
    ))
    return t.format(d=date(rng), f=a.focus.name, y=a.year, prog=a.programs[0], site=rng.choice(("人力资源市场", "体育馆", "会展中心", "文化广场")),
                    e=rng.randint(15, 600), jobs=people(rng, 500, 30000, "个岗位"), n=people(rng, 800, 30000),
                    n2=people(rng, 100, 5000), k=rng.randint(2, 30), dd=rng.randint(1, 28))


def p_public_jobs(a: Article) -> str:
    rng = a.rng
    t = rng.choice((
        "对无法外出的困难群众，{f}开发乡村公益性岗位{k}个，为{n}脱贫劳动力筑牢就业底线；认定帮扶车间{c}家，吸纳就近就业{n2}。",
        "{f}采取“企业+车间+脱贫户”模式，在易地搬迁安置区建设社区工厂{c}家，吸纳{n2}搬迁群众在家门口就业，人均月收入{w}。",
    ))
    return t.format(f=a.focus.name, k=rng.randint(200, 20000), n=people(rng, 500, 40000, "名"), c=rng.randint(3, 120),
                    n2=people(rng, 100, 9000), w=wage_range(rng, "服装工"))


def p_returnees(a: Article) -> str:
    rng = a.rng
    t = rng.choice((
        "{f}鼓励引导外出务工人员返乡创业，{y}年新增返乡创业{k}人，带动就业{n}，发放创业担保贷款{m}。",
        "从{dest}回到家乡的{person}，办起了一家{ind}加工厂，吸纳周边群众{k}人就业，年产值超过{m}。",
    ))
    occ = rng.choice(a.occupations)
    return t.format(f=a.focus.name, y=a.year, k=rng.randint(20, 3000), n=people(rng, 100, 20000), m=money(rng, 100, 80000),
                    dest=rng.choice(a.dests).name, person=person(rng), ind=OCCUPATIONS[occ][0])


def p_wages(a: Article) -> str:
    rng = a.rng
    t = rng.choice((
        "{f}持续开展根治欠薪冬季专项行动，{y}年共受理劳动保障监察案件{k}件，为{n}农民工追回工资待遇{m}。",
        "{f}在{dest}设立农民工维权服务点，帮助务工人员解决劳动纠纷{k}起，涉及金额{m}。",
    ))
    return t.format(f=a.focus.name, y=a.year, k=rng.randint(10, 900), n=people(rng, 100, 9000), m=money(rng, 20, 20000),
                    dest=rng.choice(a.dests).name)


def p_filler(a: Article) -> str:
    rng = a.rng
    sents = (
        "就业是最大的民生。",
        "{f}深入实施就业优先战略和积极就业政策，把劳务输转作为促进群众增收的重要途径。",
        "下一步，{f}将继续加大组织化输转力度，进一步擦亮劳务品牌，推动劳务经济高质量发展。",
        "稳住了重点群体，就稳住了就业基本盘。",
        "高校毕业生、农民工、就业困难人员、失业人员就业是稳就业的重点，需要不断健全完善公共就业服务体系。",
        "{f}人社局相关负责人表示，将聚焦群众“急难愁盼”问题，持续优化就业服务。",
        "一人就业，全家增收。",
        "在乡村振兴的大背景下，劳务经济已成为{f}群众增收的重要支柱。",
        "春节刚过，{f}各乡镇的劳务输转工作就已全面展开。",
        "{f}建立了覆盖县、乡、村三级的就业服务网络，实现就业信息“一键通达”。",
        "各乡镇、村组干部逐户摸排劳动力就业意愿，建立动态管理台账。",
        "当前正值春季用工高峰，各地企业用工需求旺盛。",
    )
    picks = rng.sample(sents, rng.randint(2, 4))
    return "".join(s.format(f=a.focus.name) for s in picks)


def p_subheading(a: Article) -> list[tuple[str, str]]:
    rng = a.rng
    h = rng.choice(("春风送岗——助重点群体就业创业", "技能培训——为出彩人生创造机会", "品牌引领——小工种撬动大产业",
                    "精准对接——让群众就业更稳当", "兜牢底线 稳住就业基本盘", "工厂建在家门口，安居又乐业",
                    "劳务协作——架起东西部就业桥梁", "服务保障——让务工人员安心暖心"))
    return [("h", h)]


KINDS = ((p_send_off, 3), (p_brand, 3), (p_brand_list, 1), (p_program, 2), (p_figures, 3), (p_training, 2),
         (p_county_section, 2), (p_inbound, 2), (p_cooperation, 2), (p_story, 2), (p_job_fair, 2),
         (p_public_jobs, 1), (p_returnees, 1), (p_wages, 1), (p_filler, 3), (p_subheading, 1))
_KIND_FNS = [k for k, _ in KINDS]
_KIND_CUM = []
_t = 0
for _, _w in KINDS:
    _t += _w
    _KIND_CUM.append(_t)


# A count before a group noun takes the measure word 名 (带动4万多名农民工), never 人 (4万多人农民工).
_RENMING = re.compile("人(?=(?:" + "|".join(GROUPS) + "|老乡))")


def title(a: Article) -> str:
    rng = a.rng
    f = a.focus
    return rng.choice((
        f"{f.name}：{rng.choice(SLOGANS)}",
        f"{f.name}{a.year}年劳务输转工作综述",
        f"{f.name}组织化输转务工人员赴{rng.choice(a.dests).short}就业",
        f"“{a.brands[0]}”叫响全国 {f.name}劳务品牌助农增收",
        f"{f.name}多措并举稳就业促增收",
        f"从有就业到就好业——{f.name}“稳就业促增收”工作侧记",
        f"{f.name}：“{a.programs[0]}”送岗到家门口",
    ))


def compose(a: Article) -> tuple[str, list[tuple[str, str]]]:
    """The title and (kind, text) blocks, 'h' for headings and 'p' for paragraphs, to a target length."""
    rng = a.rng
    # Lengths like real news: log-normal around 3.5 KB, kept within 1-8 KB of UTF-8 text.
    target = min(7600, max(1100, int(math.exp(rng.gauss(math.log(3300), 0.55)))))
    blocks: list[tuple[str, str]] = []
    size = 0
    # Most news lead with a dated event or a figure summary.
    first = rng.choice((p_send_off, p_figures, p_program, p_brand, p_job_fair))
    while size < target:
        fn = first if first else rng.choices(_KIND_FNS, cum_weights=_KIND_CUM, k=1)[0]
        first = None
        out = fn(a)
        new = out if isinstance(out, list) else [("p", out)]
        new = [(k, _RENMING.sub("名", t)) for k, t in new]
        add = sum(len(t.encode("utf-8")) for _, t in new)
        if size + add > 7900 and blocks:
            break
        blocks.extend(new)
        size += add
    while blocks and blocks[-1][0] == "h":  # a heading never ends an article
        blocks.pop()
    return title(a), blocks


# -- formats ----------------------------------------------------------------------------------------------
def render_txt(a: Article, head: str, blocks, source: str, when: str) -> str:
    rng = a.rng
    indent = "　　" if rng.random() < 0.4 else ""
    sep = "\n\n" if rng.random() < 0.5 else "\n"
    lines = []
    if rng.random() < 0.9:
        lines.append(head)
        if rng.random() < 0.6:
            lines.append(f"时间：{when}    来源：{source}")
    lines += [(indent + t) if k == "p" else t for k, t in blocks]
    if rng.random() < 0.3:
        lines.append(f"（责任编辑：{person(rng)}）")
    return sep.join(lines) + "\n"


def render_md(a: Article, head: str, blocks, source: str, when: str) -> str:
    rng = a.rng
    tags = sorted({a.province.short, "劳务输转", rng.choice(("就业", "劳务品牌", "乡村振兴", "人社"))})
    fm = [
        "---",
        "layout: post",
        f'title: "{head}"',
        f"date: {when}:00 +0800",
        f"categories: {source}",
        "tags:",
        *[f"  - {t}" for t in tags],
        f"author: {person(rng)}",
        "---",
        "",
    ]
    body = [f"## {t}" if k == "h" else t for k, t in blocks]
    return "\n".join(fm) + "\n\n".join(body) + "\n"


def render_html(a: Article, head: str, blocks, source: str, when: str, charset: str) -> str:
    rng = a.rng
    body = []
    for k, t in blocks:
        if k == "h":
            body.append(f"<h3>{t}</h3>" if rng.random() < 0.5 else f"<p><strong>{t}</strong></p>")
        else:
            body.append(f"<p>{t}</p>")
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
        f"<meta charset=\"{charset}\">\n<title>{head}_{source}</title>\n"
        "<style>body{font-family:sans-serif}.nav a{margin:0 4px}</style>\n"
        "<script>var _hmt=_hmt||[];</script>\n</head>\n<body>\n"
        "<div class=\"nav\">您现在的位置：<a href=\"/\">首页</a> &gt; <a href=\"/news/\">新闻中心</a> &gt; 正文</div>\n"
        f"<div class=\"article\">\n<h1>{head}</h1>\n"
        f"<div class=\"info\">时间：{when}&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;浏览：{rng.randint(10, 9999)}</div>\n"
        "<div class=\"content\">\n" + "\n".join(body) + "\n</div>\n</div>\n"
        f"<div class=\"footer\">版权所有：{source} 备案号：ICP{rng.randint(10000000, 99999999)}号</div>\n"
        "</body>\n</html>\n"
    )


_S2T = None


def _s2t(text: str) -> str:
    global _S2T
    if _S2T is None:
        import opencc  # the official OpenCC, as the project uses

        _S2T = opencc.OpenCC("s2t")
    return _S2T.convert(text)


def make_article(geo: Geo, seed: int, i: int) -> tuple[str, bytes]:
    """Article number i of the corpus for `seed`: (relative path, bytes). Independent of the corpus size."""
    rng = random.Random(f"laowu-bench:{seed}:{i}")  # str seeds hash with SHA-512: stable across runs
    a = Article(geo, rng)
    head, blocks = compose(a)
    when = f"{a.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    source = a.city.short + rng.choice(MEDIA)
    r = rng.random()
    fmt = "txt" if r < FORMATS[0][1] else ("md" if r < FORMATS[0][1] + FORMATS[1][1] else "html")
    traditional = rng.random() < TRADITIONAL
    encoding = "utf-8"
    if traditional and rng.random() < BIG5:
        encoding = "big5"
    elif not traditional and rng.random() < GBK:
        encoding = "gbk"
    if fmt == "txt":
        text = render_txt(a, head, blocks, source, when)
    elif fmt == "md":
        text = render_md(a, head, blocks, source, when)
    else:
        text = render_html(a, head, blocks, source, when, "gbk" if encoding == "gbk" else ("big5" if encoding == "big5" else "utf-8"))
    if traditional:
        text = _s2t(text)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        # A character Big5/GBK lacks: such a site would have published UTF-8; keep the article, change the encoding.
        data = text.replace('charset="gbk"', 'charset="utf-8"').replace('charset="big5"', 'charset="utf-8"').encode("utf-8")
    rel = f"{i // PER_DIR:04d}/{i:07d}.{fmt}"
    return rel, data


_GEO: Geo | None = None


def _geo() -> Geo:
    global _GEO
    if _GEO is None:
        _GEO = Geo()
    return _GEO


def _write_range(args: tuple[str, int, int, int]) -> int:
    out, seed, start, stop = args
    geo = _geo()
    base = Path(out)
    written = 0
    for i in range(start, stop):
        rel, data = make_article(geo, seed, i)
        path = base / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += len(data)
    return written


def generate(n: int, out: str | os.PathLike, seed: int = 0, jobs: int | None = None) -> int:
    """Write n articles under out/ (subfolders of PER_DIR files); return the bytes written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = jobs or os.cpu_count() or 1
    chunk = PER_DIR  # one folder per task: no two processes write the same folder
    tasks = [(str(out), seed, s, min(n, s + chunk)) for s in range(0, n, chunk)]
    if jobs == 1 or len(tasks) == 1:
        return sum(_write_range(t) for t in tasks)
    with Pool(jobs) as pool:
        return sum(pool.imap_unordered(_write_range, tasks))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, required=True, help="number of articles")
    ap.add_argument("--out", required=True, help="output folder (articles go in subfolders of 1000)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (same seed, same corpus)")
    ap.add_argument("--jobs", type=int, default=None, help="processes (default: all cores); output does not depend on it")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    size = generate(args.articles, args.out, args.seed, args.jobs)
    dt = time.perf_counter() - t0
    print(f"{args.articles} articles, {size / 1e6:.1f} MB in {args.out} ({dt:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
