"""How a list of places is written where the cues read it: its end (等地, 两市), an area opening it, a count."""
from __future__ import annotations

import re


# 输出到京津冀地区和山东、江苏等省市 (去往长三角和珠三角的浙江、广东两省): an area that is no region (a city
# cluster, a delta) may open the list or hold it; the verb before it governs the places after it.
# (在苏南和上海的企业务工, 闽西、粤北和广州: a part of a province named by its one-letter form and a direction is such
# an area too)
AREA_ITEM_END = re.compile(r"(?:地区|一带|三角|湾区|城市群|经济圈|经济带|"
                           r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇陇][东南西北中]部?)[和及与、的]$")
AREA_LAST = frozenset("区带角群圈东南西北中部")  # the last characters of those words, for a cheap test first
AREA_ITEM_WINDOW = 4  # the area word (城市群) and the list mark before the place
AREA_NAME_LONGEST = 8  # 粤港澳大湾区, 京津冀地区: the area's whole name
# The list may end in 等地/等大城市/等沿海城市 and the work word may come after a short stretch of the same
# clause (在深圳、东莞的餐饮企业就业; 在北京、上海等大城市从事家政工作): 从事 places a worker at a trade.
LIST_END_PLAIN = r"等(?:[\u4e00-\u9fff]{0,3}?(?:地|省|市|城市|地区|省市|区域|地方|省份))?"
# (在A、B两市: a list closed by its size names the same places)
LIST_END = rf"(?:{LIST_END_PLAIN}|市场|[两三四五六七八九十几]个?(?:地|市|省|县|区|城市|省市|地区))?"
# A count as news writes it (4.5万, 1100余, 一千六百).
NUMBER = r"[\d.一二两三四五六七八九十百千万]+[万千]?[余多]?"
