"""The words that show a clause is about workers and their work, shared by the flow stages."""
from __future__ import annotations

import re

from kg.text.gate import gated


# 工 closing a noun for workers of a trade (采棉工, 焊工, 季节工), unless a verb or a phase of work ends in it (加工, 施工,
# 开工, 复工) or it opens another noun (工程, 工作, 工厂, 工资); read by LABOUR, inbound_cues and origins.
NOT_WORKERS_BEFORE_GONG = "加施开动分用手竣完停复罢旷"
NOT_WORKERS_AFTER_GONG = "程作厂地资会业具艺序期种友匠商场"
WORKER_GONG = rf"(?<![{NOT_WORKERS_BEFORE_GONG}])工(?![{NOT_WORKERS_AFTER_GONG}])"

# N万农民在A打工: a bare number before a noun for people counts them as a counter word would.
PEOPLE_NOUN = re.compile(r"农民|劳动力|务工人员|务工者|农民工|工人|员工|劳务人员")
# Words that show the clause is about work, not travel.
# (Every alternative opens with its character and tests what stands before it after reading it, 厂(?<=[…]厂): a
# pattern whose alternatives all open with a character is searched by skipping to those characters, one whose
# alternative opens with a lookbehind is tried at every position, several times slower; gated, led by the class of
# those characters, re scans for them in C: 3-4x faster again over text without the words.)
LABOUR = gated(r"在外|工厂|车间|流水线|工地|输出|务工|上班|干活|做工|求职|受聘|受雇|应聘|找到?了?工作|厂(?<=[\u4e00-\u9fff]厂)(?!家|商|长|区|房)|"
                    # the service trades migrants work in (a cue, like the nouns for workers)
                    r"月嫂|保姆|家政|育婴|护工|厨师|司机|保安|快递员|骑手|"
                    r"就业|劳动力|农民工|工人|员工|务工人员|劳务|复工|上岗|返岗|输转|输送|打工|女工|技工|师傅|工匠|匠人|从业|"
                    # people running their own trade away from home (开办的拉面馆, 经营家政门店), as in move_cues.WORK_AFTER
                    r"(?:开办|开设|经营|开起)[\u4e00-\u9fff]{0,6}?(?:馆|店|铺|作坊)|"
                    # a noun for workers of a trade, ending in 工 (采棉工, 焊工), as in inbound_cues.WORKERS_AFTER
                    rf"工(?<=[\u4e00-\u9fff]工)(?<![{NOT_WORKERS_BEFORE_GONG}]工)(?![{NOT_WORKERS_AFTER_GONG}])")
