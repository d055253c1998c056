"""The words labour-brand names end in: trades and the people who work them, from the national classification.

A labour brand is named as a place or an epithet followed by a trade (家政, 建筑, 缝纫) or by a word for its
workers (焊工, 月嫂, 厨娘). Rather than the endings seen in some articles, the lexicon below is built from

- the category names of 中华人民共和国职业分类大典 (2022 edition), 大类四 (社会生产服务和生活服务人员),
  大类五 (农、林、牧、渔业生产及辅助人员) and 大类六 (生产制造及有关人员): each 细类 name with its person suffix
  (员, 工, 师) removed gives the trade (家政服务员 -> 家政, 养老护理员 -> 护理/养老, 中式面点师 -> 面点,
  焊工 -> 焊, 砌筑工 -> 砌筑, 缝纫工 -> 缝纫, 评茶员 -> 评茶, 农机驾驶操作员 -> 农机/驾驶);
- the generic trade words of the 人力资源社会保障部 et al. guidance on labour brands (关于劳务品牌建设的指导
  意见, 2021), which names the kinds of brand to build: 家政服务, 养老护理, 建筑, 餐饮, 制造, 电商, 传统手工艺;
- the person suffixes and address terms Chinese forms worker names with (word-formation, not a list of brands):
  the suffixes of the classification's titles (员 工 师 匠 手), kinship and address terms used for workers
  (嫂 姐 妹 哥 娘 郎 姑 婶 娃 女 汉 妹子 媳妇), and group words (帮, 军 as in X铁军, 大军).

Each entry is a trade or a role, never a place or a brand.
"""
from __future__ import annotations

import re

# Trades, from the 细类 names of the classification (suffix removed) and the ministry's guidance. Grouped as the
# classification's 中类 are, so a missing trade has an obvious place to go. Goods are left out even where a trade
# makes them (茶叶, 陶瓷, 家具, 五金): “A茶叶”品牌 is a product's brand; their workers' names end in a person word
# (A五金工, A陶瓷工) and are read by that.
TRADES = (
    # 居民服务: 家政, 养老, 育婴, 保育, 保洁, 保安, 美容美发, 足部保健 (修脚), 按摩, 洗衣
    "家政", "家政服务", "保洁", "保安", "护理", "养老", "养老护理", "育婴", "育儿", "母婴", "月子", "托育", "陪护",
    "护工", "保育", "美容", "美发", "理发", "美甲", "修脚", "足浴", "足疗", "按摩", "推拿", "康养", "康复", "照护", "保健",
    "洗染", "物业", "摄影",
    # 餐饮: 中式烹调, 中式面点, 西式面点, 餐厅服务, 茶艺, 调酒
    "烹饪", "烹调", "厨艺", "面点", "餐饮", "小吃", "拉面", "茶艺", "评茶", "制茶", "调酒",
    # 交通运输、仓储和邮政: 驾驶, 装卸, 快递, 配送, 港口
    "驾驶", "运输", "物流", "快递", "配送", "装卸", "搬运", "港口", "船运", "叉车",
    # 信息传输 / 电子商务
    "电商", "直播", "客服",
    # 旅游, 文化体育
    "导游", "旅游", "民宿", "讲解",
    # 建筑施工: 砌筑, 钢筋, 架子, 混凝土, 防水, 装饰装修, 水电安装, 供暖
    "建筑", "建工", "建设", "砌筑", "钢筋", "架子", "混凝土", "防水", "装修", "装饰", "装饰装修", "安装", "水电",
    "油漆", "泥瓦", "供暖", "暖通", "市政", "路桥", "桥梁", "隧道", "爆破", "石材", "钢结构", "幕墙", "管道", "电梯",
    "制冷", "光伏", "锅炉",
    # 机械制造 / 汽车 / 维修: 焊接, 铸造, 锻造, 钳, 车, 数控, 模具, 汽车维修
    "焊接", "电焊", "铸造", "锻造", "机械", "机电", "数控", "模具", "汽修", "维修", "修理", "电力", "电气", "挖掘",
    "挖机", "农机", "起重", "塔吊",
    # 纺织服装, 工艺美术: 缝纫, 服装, 刺绣, 编织, 雕刻, 制陶
    "缝纫", "裁缝", "裁剪", "制版", "服装", "制衣", "针织", "绣", "纺织", "织布", "刺绣", "绣花", "织锦", "编织",
    "竹编", "藤编", "草编", "蜡染", "扎染", "木雕", "石雕", "根雕", "雕刻", "雕塑", "制陶", "陶艺", "铁艺", "剪纸",
    "制鞋", "木作",
    # 农林牧渔: 种植, 养殖, 园艺, 采棉, 采茶, 林业
    "种植", "养殖", "园艺", "园林", "绿化", "采棉", "采茶", "采摘", "林业", "渔业", "畜牧",
    # 食品加工
    "酿酒", "酿造", "烘焙", "屠宰", "水产加工",
)
# The person words a brand name ends with: the classification's title suffixes, address terms used for
# workers, and words for a body of them. One character each unless written with its compound.
PERSON_WORDS = (
    "工", "师", "匠", "手", "员", "嫂", "姐", "妹", "哥", "娘", "郎", "姑", "婶", "娃", "女", "汉", "厨", "农",
    "工人", "妹子", "媳妇", "巧妇", "保姆", "月嫂", "师傅", "大厨", "司机", "织女", "绣娘", "匠人", "艺人", "能人", "传人",
    "帮", "军", "铁军", "大军", "人",
)
# 人 alone ends a worker name only after a trade of two or more characters (供暖人, 手艺人), never after a place
# or an epithet alone (A县人 is where one is from).
_PERSON_RE = "|".join(sorted((w for w in PERSON_WORDS if w != "人"), key=len, reverse=True))
_TRADE_RE = "|".join(sorted(TRADES, key=len, reverse=True))
# A name's tail as a worker name or a trade: (trade)(person word)? or a person word alone, at the end.
WORKER_NAME_END = re.compile(rf"(?:(?:{_TRADE_RE})(?:{_PERSON_RE}|人)?|(?:{_PERSON_RE}))$")
# A trade alone at the end (no person word): X家政, X建筑, X缝纫.
TRADE_END = re.compile(rf"(?:{_TRADE_RE})$")


# Trades whose word also names one who works them (一名保安, 请了护工), and the classification's title suffix 员
# (家政员, 保安员): a name ending so names people, not a trade's goods or services.
PERSON_END = re.compile(r"(?:保安|保洁|护工|陪护|导游|[员])$")


def ends_as_worker_name(name: str) -> bool:
    """The name ends in a trade, a trade and its person word, or a person word: A家政, B焊工, C月嫂."""
    return bool(WORKER_NAME_END.search(name))


def ends_in_trade(name: str) -> bool:
    """The name ends in a trade of the classification with no person word after it: A家政, B建筑."""
    return bool(TRADE_END.search(name))
