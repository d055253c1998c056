"""The words around a list of places that name it as where workers are or are bound (A是主要输入地, 在A的有N人)."""
from __future__ import annotations

import re

from kg.extract.flows.list_forms import LIST_END, LIST_END_PLAIN, NUMBER

# the places where workers of a place are counted at work (在A的建筑工地上, 在A的电子企业里)
WORKPLACE = r"(?:工地|企业|工厂|车间|厂|酒店|医院|家庭|餐馆|饭店|公司|园区|项目)"


# 向广州、深圳、江苏等发达地区延伸拓展新的劳务基地: a direction of sending or of new labour bases.
# 向A、B等地，输送工人: the list may close with 等地 and a comma before the verb.
TOWARDS_AFTER = re.compile(rf"^(?:{LIST_END_PLAIN}[，,])?[^，。；！？,;]{{0,14}}?"
                           r"(?:输送|输出|转移|输转|延伸|拓展|劳务基地|组织|引导|派遣|选派|推荐)")
# 以广州、深圳两地的家庭服务市场为主要方向: the places named as where the workers are sent.
# (以A、B为主要输出地; 劳务输出以A、B等地为主: the same aim said with 地 or with 为主 alone)
AIM_AFTER = re.compile(r"^[^，。；！？,;]{0,14}?为(?:(?:主要|重点)?(?:输出|输转|转移|务工|就业)?(?:方向|目的地|去向)|"
                       r"(?:主要|重点)?(?:输出|输转|转移|务工|就业)地|主(?![要导体力]))")
# 其中到浙江的约4.5万人; 有5.2万人在广东。: a count of people put at a place, without a work word (the
# sentence around it must be about workers, checked as for a move).
# (在A的有N人, 在A的就有N人: 的 and 有 together)
# (在A、B分别有N人和M人, 各有N人: the counts of the listed places, paired by 分别)
# (在A、B的建筑工地上已有N人: the places' workplaces, where the workers are counted)
COUNTED_AT_AFTER = re.compile(rf"^{LIST_END}(?:的[\u4e00-\u9fff]{{0,6}}?{WORKPLACE}[上里中内]?|的|[，,])?"
                              rf"(?:(?:就|也|还|共|则|已|分别|各)?有)?(?:约|达|超过|超|近|逾)?{NUMBER}(?:人|名)")
COUNT_IN_BEFORE = re.compile(rf"{NUMBER}(?:人|名)[\u4e00-\u9fff]{{0,4}}?在$")
# 务工人员大部分在A、B两市 (有一半以上在A): most of the workers are there, a stock without a count
SHARE_IN_BEFORE = re.compile(r"(?:大部分|大多数|大多|多数|绝大多数|一半以上|过半)(?:人)?(?:都|均)?(?:在|集中在)$")
MOST_AT_AFTER = re.compile(rf"^{LIST_END}的?(?:人数)?(?:最多|较多|居多|最为集中|最集中|占多数)")  # 其中在A、B的最多
CLAUSE_CLOSES = re.compile(rf"^{LIST_END}(?:[，。；！？,;]|$)")
# 外出务工人员的目的地主要为A、B: the places named as where the workers go (他们的目的地，是A: 是 set off by a comma).
DESTINATION_IS = re.compile(r"(?:目的地|去向|流向地?|务工地|就业地|输出地|输入地|流入地|去向地|集中地)(?:主要|大多|多|大部分)?(?:[，,]?(?:为|是)|在|集中在)$")
# 浙江、广东是主要输入地; 宁波是本县劳动力转移的主要目的地: the same, said after the list.
DESTINATION_AFTER = re.compile(rf"^{LIST_END}(?:已经|已|也|还|正|逐渐|一直|早已)?(?:是|为|成为)[^，。；！？,;]{{0,14}}?"
                               r"(?:输入地|目的地|务工地|就业地|流入地|去向地|聚集地|集中地)")
# 新疆、内蒙古等省外传统劳务基地: the places where the origin keeps its labour bases.
BASE_AFTER = re.compile(r"^等?[^，。；！？,;]{0,8}?劳务基地")
# A、B等本县劳动力较集中的省份; 在本县工人较多的A、B等省份: where the origin's workers
# are (a stock statement), with the concentration said after or before the list. A place the workers' noun follows
# at once (A、B是X县务工人员最集中的地方: X县) is whose workers they are, not where they gather.
GATHERED_AFTER = re.compile(r"^(?!籍?(?:外出|在外)?(?:务工|就业|打工|工人|劳务|劳动力|农民工))等?[^，。；！？,;]{0,12}?"
                            r"(?:务工|就业|打工|工|劳务)[^，。；！？,;]{0,4}?"
                            r"(?:集中|较多|比较多|最多|聚集)的(?:省份|地区|城市|省市|地方)")
GATHERED_BEFORE = re.compile(r"(?:务工|就业|打工|工|劳务)[^，。；！？,;“”]{0,4}?(?:集中|较多|比较多|最多|聚集)的$")
# X县务工较为集中的省份包括A、B (…的城市主要是A、B): the same stock, the places named as what the noun holds
GATHERED_ARE = re.compile(r"(?:务工|就业|打工|工|劳务)[^，。；！？,;“”]{0,4}?(?:集中|较多|比较多|最多|聚集)的"
                          r"(?:省份|地区|城市|省市|地方)(?:主要|依次|分别)?(?:包括|有|是|为)[：:]?$")
# 与A、B等地建立起劳务协作关系: the places the origin has labour ties with, where its
# workers are sent.
# (结成, 形成, 搭建, 构建, 建成: the same tie, said with another verb of making)
# (与A、B两地的N家企业建立定向输送关系: the places' employers as the partner, a tie of sending workers; 劳动力供需关系)
PARTNER_AFTER = re.compile(r"^等?地?[^，。；！？,;]{0,16}?(?:建立|结成|形成|搭建|构建|建成)(?:了|起)?[^，。；！？,;]{0,6}?"
                           r"(?:劳务|输送|劳动力|用工)(?:合作|协作|输出|输转|输送|供需)?(?:关系|机制)")
# A、B等地的餐馆里都有X厨师的身影: the workers are seen working there.
# The verb of seeing in its forms (能见到, 可以看到, 看得到), and the place may close a locative phrase of its own
# (在A、B等地的酒店里，也都能见到X的身影), read in a window of its own (SEEN_WINDOW).
SEEN_AFTER = re.compile(rf"^{LIST_END}[^，。；！？,;]{{0,12}}?(?:[里中内上][，,])?[^，。；！？,;]{{0,12}}?"
                        r"(?:都有|随处可见|活跃着|(?:能|可以|可)?(?:看到|见到|看见|看得到|见得到))[^，。；！？,;]{0,12}?身影")
SEEN_WINDOW = 40  # the list's end, a locative of up to 12 characters, the verb and the workers seen
# 在A，稳定就业的X籍务工人员超N人: the place opens the sentence and the next clause names who works there (the
# workers of a place written with 籍).
HOST_BEFORE = re.compile(r"(?:^|[，,；;])在$")
HOST_AFTER = re.compile(rf"^{LIST_END}[，,][^，。；！？,;]{{0,16}}?籍[^，。；！？,;]{{0,6}}?"
                        r"(?:务工人员|劳动力|农民工|员工|工人|务工者|劳务人员)")
# 就业辐射A、B等省市: where a county's employment reaches, a stock with no count of its own (the count
# before it is the county's total).
REACH_VERBS = ("辐射", "辐射到", "辐射至")
# 就业范围覆盖A、B, 劳务输出延伸到A、B: the same reach, said of the employment's extent
REACH_COVERS = re.compile(r"(?:就业|务工|劳务|输出|足迹)(?:范围|区域|地域|网络)?(?:已经|已|还|则|也)?(?:覆盖|延伸)"
                          r"(?:到|至|了)?$")
# N人与A、B的家政公司签订了服务合同: workers hired by the places' employers (an agreement between governments,
# 与A市签订劳务协作协议, names no employer and is read by agreements.py)
SIGNED_WITH_AFTER = re.compile(rf"^{LIST_END}的?[^，。；！？,;]{{0,8}}?(?:企业|公司|用工单位|工厂|酒店|医院|中心|机构)"
                               r"[^，。；！？,;]{0,4}?签(?:订|署|约|下)了?[^，。；！？,;]{0,8}?(?:合同|协议)")
# 下一步将与X建立…关系: ties still to come send no one yet.
PLAN_BEFORE = re.compile(r"将|拟|计划|准备|争取|力争|下一步")
