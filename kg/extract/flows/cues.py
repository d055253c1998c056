"""How a list of places is tied to workers: the words before and after it (赴A, 在A务工, A是目的地)."""
from __future__ import annotations

import re


# Verbs after which a destination list follows directly (赴新疆、江苏等地; 输送返回上海市场; 足迹遍布北京、天津;
# 专车直达广东佛山; 南下广州). 落户 is left out: its subject is mostly a company; 进驻/入驻 move workers (月嫂已进驻A、B
# 的家政企业) unless a company is what moves in (guards.company_moves_in).
_MOVE_VERBS = ("赴", "前往", "奔赴", "开往", "去往", "送往", "输往", "发往", "返回", "返往", "派往", "输送到", "输送至",
               "输送", "输转到", "输转至", "转移到", "转移至", "输出到", "输出至", "外出到", "来到", "进入", "远赴", "分布在",
               "分布于", "集中在", "集中于", "散布在", "遍布", "遍及", "直达", "扎根", "扎根在", "北上", "南下", "东进", "西进",
               "转战",
               # 送到/运送至 move what follows; 就业于/务工于 place workers at the place; 落脚 settles
               # people (its subject is checked to be workers like any move)
               "送到", "送至", "运送到", "运送至", "就业于", "务工于", "落脚", "落脚在", "落脚于", "活跃在", "活跃于",
               # a bus or train with workers aboard 驶向/驶往/抵达 its destination
               "驶向", "驶往", "抵达", "到达",
               # where workers flow (外出务工人员主要流向A、B), and charter flights and deliveries
               "流向", "流入", "飞往", "送达", "送抵",
               # 返浙复工, 返沪务工: back to where the work is (a trip home goes to the origin, and is no flow)
               "返",
               # 走出大山，走进A的工厂: young people heading for the places' workplaces
               "走进", "走向", "奔向", "涌向",
               # the rest of the family of going (赶往A, 转往A, 外派到A, 闯荡A, 闯深圳)
               "赶往", "奔往", "转往", "迁往", "调往", "前去", "外派到", "外派至", "选派到", "选派至", "派驻到", "派驻",
               "闯荡", "闯",
               # arriving by air or road, or heading straight for the place (飞抵A, 驶抵A, 直奔A的工厂); 抵 alone is
               # the written form of 抵达 (抵温州)
               "飞抵", "驶抵", "运抵", "直奔", "抵",
               # setting off for the place (出发去A, 动身去A, 启程去A: 去 alone needs a work word after the place)
               "出发去", "动身去", "启程去", "出发赴", "出发前往",
               # 这批务工人员将被安置在A的企业
               "安置在", "安置到", "安置于", "安置至", "安排到",
               # 家政服务员服务于A的家庭: workers of a service trade at work there (as 就业于)
               "服务于", "进驻", "入驻",
               # 进军A市场: workers taking their trade to a market (a company doing so is no move: see 进驻)
               "进军",
               # placed by an employer or an office (被分配到A的鞋厂, 被招录到A的企业), crowding in (涌入A), and back to
               # the job (返岗A; 回到 only before a workplace, see _BACK_TO_WORK)
               "分配到", "分配至", "招录到", "招录至", "涌入", "返岗")
# 回到A的工厂, 重新回到了A的工作岗位: back to a workplace (回到A alone is as often a trip home, 回到家乡 a return)
_BACK_TO = re.compile(r"回到了?$")
_BACK_TO_WORK = re.compile(r"^的?[^，。；！？,;]{0,6}?(?:工厂|企业|岗位|工地|车间|公司|厂)")
# The aspect particle 了 may close the verb (被送到了A, 来到了A, 进入了A的工厂): the same move, told as done.
_MOVE_BEFORE = re.compile(f"(?:{'|'.join(_MOVE_VERBS)})了?$")
# Short verbs that only place workers when a work word follows the place (到苏州务工, 在江苏就业, 来锡转移就业).
# (迎来 receives: its place is where the workers come from, see _RECEIVE_BEFORE)
_PLACE_BEFORE = re.compile(r"(?<![达得受感提遇直做想看找回迎])(?:到|去|来|在|留在)$")
# The characters these verbs end with, for a cheap test before the patterns: a pattern ending in $ can only
# match where the text before a place ends with one of them (or with a newline, before which $ matches too).
_MOVE_ENDS = frozenset(verb[-1] for verb in _MOVE_VERBS) | {"了", "\n"}
_PLACE_ENDS = frozenset("到去来在\n")
# 进疆务工, 入粤, 闯上海, and the parallel series of newsroom Chinese (工人下广东、进京沪、上西藏): a one-character
# verb of going, right after its subject, an adverb or a list mark (so not 引进/纳入/推进/收入).
_SHORT_GO = re.compile(r"(?:^|[，,、]|人员|劳动力|农民工|工人|员工|们|名|人|批|者|都|纷纷|陆续|集体|组团|结伴|相继|再次|首次|"
                       r"将|已|先后|又|还|也)[进入闯下上战]$")
_SHORT_GO_ENDS = frozenset("进入闯下上战")
# 输出到京津冀地区和山东、江苏等省市 (去往长三角和珠三角的浙江、广东两省): an area that is no region (a city
# cluster, a delta) may open the list or hold it; the verb before it governs the places after it.
# (在苏南和上海的企业务工, 闽西、粤北和广州: a part of a province named by its one-letter form and a direction is such
# an area too)
_AREA_ITEM_END = re.compile(r"(?:地区|一带|三角|湾区|城市群|经济圈|经济带|"
                            r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇陇][东南西北中]部?)[和及与、的]$")
_AREA_LAST = frozenset("区带角群圈东南西北中部")  # the last characters of those words, for a cheap test first
AREA_ITEM_WINDOW = 4  # the area word (城市群) and the list mark before the place
AREA_NAME_LONGEST = 8  # 粤港澳大湾区, 京津冀地区: the area's whole name
# The list may end in 等地/等大城市/等沿海城市 and the work word may come after a short stretch of the same
# clause (在深圳、东莞的餐饮企业就业; 在北京、上海等大城市从事家政工作): 从事 places a worker at a trade.
LIST_END_PLAIN = r"等(?:[\u4e00-\u9fff]{0,3}?(?:地|省|市|城市|地区|省市|区域|地方|省份))?"
# (在A、B两市: a list closed by its size names the same places)
_LIST_END = rf"(?:{LIST_END_PLAIN}|市场|[两三四五六七八九十几]个?(?:地|市|省|县|区|城市|省市|地区))?"
# (在A、B等地的银饰加工企业和旅游商品店务工: a workplace named with 的 may take a longer stretch)
_WORK_AFTER = re.compile(rf"^{_LIST_END}(?P<gap>的[^，。；！？,;：:“”]{{0,18}}?|[^，。；！？,;：:“”]{{0,12}}?)"
                         r"(?:(?<!劳)务工|(?:就业|工作)(?!站|室|组|队|局|部门|服务|中心|专班|岗位|平台|机制|会)|打工|打拼|闯荡|谋生|上岗|复工|转移就业|从事|"
                         # the spoken words for going to work (到A上班, 在A做工, 到A干活)
                         r"上班|做工|干活|"
                         r"从业(?!人员|者)|"
                         # 月嫂在A服务: a service trade's work (a service station or centre is no work)
                         r"服务(?!站|中心|机构|队|平台|体系|保障|窗口|专区|点|活动|对接|企业)|"
                         # 在昆明、丽江等地开设银器作坊: workers running their own trade there
                         r"(?:开设|开办|经营|开)[\u4e00-\u9fff]{0,4}?(?:作坊|门店|店铺|小店|餐馆|饭店|工厂|加工厂))")
# A gap that names another act (在深圳设立工作站; 在广东的帮扶下就业; 在杭州举办的招聘会上) or an office
# serving the workers (在杭州的劳务工作站为务工人员…) is not about where the workers work.
_GAP_ACT = re.compile(r"设立|设置|成立|建立|建设|举办|召开|举行|开展|参加|提供|帮扶|帮助|支持|关心|协作|指导|带领|"
                      r"带动|对口|考察|招聘|培训|返回|回到|返乡|回乡|站|中心|办事处|商会|党支部|"
                      # 在A为务工人员提供服务: the workers are served there, the clause says nothing of their work
                      r"(?:为|给|替)$")
# 向广州、深圳、江苏等发达地区延伸拓展新的劳务基地: a direction of sending or of new labour bases.
# 向A、B等地，输送工人: the list may close with 等地 and a comma before the verb.
_TOWARDS_AFTER = re.compile(rf"^(?:{LIST_END_PLAIN}[，,])?[^，。；！？,;]{{0,14}}?"
                            r"(?:输送|输出|转移|输转|延伸|拓展|劳务基地|组织|引导|派遣|选派|推荐)")
# 以广州、深圳两地的家庭服务市场为主要方向: the places named as where the workers are sent.
# (以A、B为主要输出地; 劳务输出以A、B等地为主: the same aim said with 地 or with 为主 alone)
_AIM_AFTER = re.compile(r"^[^，。；！？,;]{0,14}?为(?:(?:主要|重点)?(?:输出|输转|转移|务工|就业)?(?:方向|目的地|去向)|"
                        r"(?:主要|重点)?(?:输出|输转|转移|务工|就业)地|主(?![要导体力]))")
# 其中到浙江的约4.5万人; 有5.2万人在广东。: a count of people put at a place, without a work word (the
# sentence around it must be about workers, checked as for a move).
_NUMBER = r"[\d.一二两三四五六七八九十百千万]+[万千]?[余多]?"
# (在A的有N人, 在A的就有N人: 的 and 有 together)
_COUNTED_AT_AFTER = re.compile(rf"^{_LIST_END}(?:的|[，,])?(?:(?:就|也|还|共|则|已)?有)?(?:约|达|超过|超|近|逾)?{_NUMBER}(?:人|名)")
_COUNT_IN_BEFORE = re.compile(rf"{_NUMBER}(?:人|名)[\u4e00-\u9fff]{{0,4}}?在$")
# 务工人员大部分在A、B两市 (有一半以上在A): most of the workers are there, a stock without a count
_SHARE_IN_BEFORE = re.compile(r"(?:大部分|大多数|大多|多数|绝大多数|一半以上|过半)(?:人)?(?:都|均)?(?:在|集中在)$")
_MOST_AT_AFTER = re.compile(rf"^{_LIST_END}的?(?:人数)?(?:最多|较多|居多|最为集中|最集中|占多数)")  # 其中在A、B的最多
_CLAUSE_CLOSES = re.compile(rf"^{_LIST_END}(?:[，。；！？,;]|$)")
# 外出务工人员的目的地主要为A、B: the places named as where the workers go.
_DESTINATION_IS = re.compile(r"(?:目的地|去向|流向地?|务工地|就业地|输出地|输入地|流入地|去向地|集中地)(?:主要|大多|多|大部分)?(?:为|是|在|集中在)$")
# 浙江、广东是主要输入地; 宁波是本县劳动力转移的主要目的地: the same, said after the list.
DESTINATION_AFTER = re.compile(rf"^{_LIST_END}(?:已经|已|也|还|正|逐渐|一直|早已)?(?:是|为|成为)[^，。；！？,;]{{0,14}}?"
                               r"(?:输入地|目的地|务工地|就业地|流入地|去向地|聚集地|集中地)")
# 新疆、内蒙古等省外传统劳务基地: the places where the origin keeps its labour bases.
_BASE_AFTER = re.compile(r"^等?[^，。；！？,;]{0,8}?劳务基地")
# A、B等本县劳动力较集中的省份; 在本县工人较多的A、B等省份: where the origin's workers
# are (a stock statement), with the concentration said after or before the list. A place the workers' noun follows
# at once (A、B是X县务工人员最集中的地方: X县) is whose workers they are, not where they gather.
GATHERED_AFTER = re.compile(r"^(?!籍?(?:务工|就业|打工|工人|劳务|劳动力|农民工))等?[^，。；！？,;]{0,12}?"
                            r"(?:务工|就业|打工|工|劳务)[^，。；！？,;]{0,4}?"
                            r"(?:集中|较多|比较多|最多|聚集)的(?:省份|地区|城市|省市|地方)")
_GATHERED_BEFORE = re.compile(r"(?:务工|就业|打工|工|劳务)[^，。；！？,;“”]{0,4}?(?:集中|较多|比较多|最多|聚集)的$")
# 与A、B等地建立起劳务协作关系: the places the origin has labour ties with, where its
# workers are sent.
_PARTNER_AFTER = re.compile(r"^等?地?[^，。；！？,;]{0,4}?建立(?:了|起)?[^，。；！？,;]{0,6}?劳务(?:合作|协作|输出|输转)(?:关系|机制)")
# A、B等地的餐馆里都有X厨师的身影: the workers are seen working there.
# The verb of seeing in its forms (能见到, 可以看到, 看得到), and the place may close a locative phrase of its own
# (在A、B等地的酒店里，也都能见到X的身影), read in a window of its own (SEEN_WINDOW).
_SEEN_AFTER = re.compile(rf"^{_LIST_END}[^，。；！？,;]{{0,12}}?(?:[里中内上][，,])?[^，。；！？,;]{{0,12}}?"
                         r"(?:都有|随处可见|活跃着|(?:能|可以|可)?(?:看到|见到|看见|看得到|见得到))[^，。；！？,;]{0,12}?身影")
SEEN_WINDOW = 40  # the list's end, a locative of up to 12 characters, the verb and the workers seen
# 在A，稳定就业的X籍务工人员超N人: the place opens the sentence and the next clause names who works there (the
# workers of a place written with 籍).
_HOST_BEFORE = re.compile(r"(?:^|[，,；;])在$")
_HOST_AFTER = re.compile(rf"^{_LIST_END}[，,][^，。；！？,;]{{0,16}}?籍[^，。；！？,;]{{0,6}}?"
                         r"(?:务工人员|劳动力|农民工|员工|工人|务工者|劳务人员)")
# 为浙江湖州的企业输送员工N名: the places whose employers the workers are sent for.
_FOR_AFTER = re.compile(rf"^{_LIST_END}的?[^，。；！？,;]{{0,6}}?(?:企业|工厂|公司|用工单位|园区|项目)[^，。；！？,;]{{0,4}}?"
                        r"(?:输送|输出|派遣|推荐|选派)")
_FOR_BEFORE = re.compile(r"(?<![成作认称被视列评定])为$")  # (成为/作为A: A is named, not served)
# 开启了A务工之旅, 踏上A返岗之路: the journey named by where it leads.
_JOURNEY_BEFORE = re.compile(r"(?:开启|踏上|开始|走上)了?$")
_JOURNEY_AFTER = re.compile(rf"^{_LIST_END}的?(?:务工|打工|返岗|就业|复工|淘金)(?:之旅|之路|路|旅程|征程)")
# 向东部地区输出劳动力N人，其中浙江湖州M人 (输送劳动力N人，其中湖州市M人): 其中 splits a destination named as an
# area, or not named, into places with counts (a place within the origin, 其中都安县1.2万人, is a part of the
# origin, and can_flow keeps it out).
_SHARE_OF_AREA_AFTER = re.compile(rf"^{_NUMBER}(?:人|名)")
_AREA_SENT = re.compile(r"(?:向|到|赴|去|往)[^，。；！？,;]{0,10}?(?:地区|省份|城市|省市|沿海|东部|发达)"
                        r"[^，。；！？,;]{0,8}?(?:输出|输送|转移|务工|就业)|"
                        # 输送劳动力1400人，其中A800人: a sending clause that names no destination at all
                        # (常年在外务工人员12万人，其中A3万人: a stock of the county's workers away, split the same way)
                        r"(?:输送|输出|劳务输出|外出务工|在外务工)[^，。；！？,;]{0,10}?\d[^，。；！？,;]{0,6}?人[，,]其中[，,]?$")
AREA_SENT_WINDOW = 40  # the clause before 其中 that sends workers to an area
# 企业派专车到A接务工人员返岗: the vehicle goes to fetch workers, so the place is where they come from (read as
# workers taken in by the clause's subject).
# (组织大巴赴A、B，接回N名务工人员返岗: the fetching may be said in the clause after the trip)
_PICKUP_AFTER = re.compile(rf"^{_LIST_END}[，,]?[^，。；！？,;]{{0,4}}?(?:接|迎接|接回|接送|接运|接返)(?:{_NUMBER}名)?"
                           r"(?:务工人员|工人|员工|老乡|劳动力|农民工|求职者|职工)")
PICKUP_WINDOW = 8  # 县城 or a station and 接 after the place
# 绍兴组织大巴，从A、B接回N名务工人员: the clause's subject fetches workers from the listed places (read as
# workers taken in, unless the trip is homeward or names no work: see guards.fetched_home).
_FETCHED_AFTER = re.compile(rf"^{_LIST_END}的?[^，。；！？,;]{{0,4}}?(?:接回|接返|接运|接来|迎回|接)了?"
                            rf"(?:{_NUMBER}(?:名|人))?[^，。；！？,;]{{0,6}}?"
                            r"(?:务工人员|劳动力|农民工|员工|工人|务工者|求职者)")
_PICKUP_GO = frozenset("到去赴往至")  # the vehicle goes there (a route's end, 阜阳—湖州大巴接回, is where it arrives)
# 就业辐射A、B等省市: where a county's employment reaches, a stock with no count of its own (the count
# before it is the county's total).
_REACH_VERBS = ("辐射", "辐射到", "辐射至")
# 就业范围覆盖A、B, 劳务输出延伸到A、B: the same reach, said of the employment's extent
_REACH_COVERS = re.compile(r"(?:就业|务工|劳务|输出|足迹)(?:范围|区域|地域|网络)?(?:已经|已|还|则|也)?(?:覆盖|延伸)"
                           r"(?:到|至|了)?$")
# 开通至A、B的返岗直通车, 开行到A的务工专列: a vehicle put on towards the places (its count is the sending
# verb's, found later in the sentence).
_VEHICLE_TO = re.compile(r"(?:开通|开行|开出|发出|安排|组织|包租|租用|调度)了?(?:[\u4e00-\u9fff]{0,4}?)(?:至|到|往)$")
_VEHICLE_AFTER = re.compile(rf"^{_LIST_END}的?[^，。；！？,;]{{0,8}}?(?:专列|专车|直通车|包车|大巴|班车|客车|列车|动车|航班)")
# N人与A、B的家政公司签订了服务合同: workers hired by the places' employers (an agreement between governments,
# 与A市签订劳务协作协议, names no employer and is read by agreements.py)
SIGNED_WITH_AFTER = re.compile(rf"^{_LIST_END}的?[^，。；！？,;]{{0,8}}?(?:企业|公司|用工单位|工厂|酒店|医院|中心|机构)"
                               r"[^，。；！？,;]{0,4}?签(?:订|署|约|下)了?[^，。；！？,;]{0,8}?(?:合同|协议)")
# 下一步将与X建立…关系: ties still to come send no one yet.
_PLAN_BEFORE = re.compile(r"将|拟|计划|准备|争取|力争|下一步")
# 来自四川、贵州等地外来务工人员: workers arriving from the listed places.
# 来自周边A、B等地: a word for nearby or the province's own may stand between.
_FROM_BEFORE = re.compile(r"来自(?:周边|附近|邻近|省内外?|省外|外省|本省|全省)?(?:的)?$")
# 来自四川宣汉、湖北恩施建始等地的1100余名务工人员: the list end and the count come between.
_WORKERS_AFTER = re.compile(rf"^{_LIST_END}[^，。；！？,;：:]{{0,12}}?(?:务工人员|劳动力|农民工|员工|工人|务工者|劳务人员|"
                            # any noun ending in 工 names workers (季节工, 临时工, 采摘工), not 加工/施工/工程
                            r"(?<![加施开动分用手竣完停复罢旷])工(?![程作厂地资会业具艺序期种友匠商场]))")
# 其中来自A县的有N人: the people counted without their noun.
_COUNTED_FROM_AFTER = re.compile(rf"^{_LIST_END}的(?:就|也|还)?(?:有|达|占)?(?:约|近|超过|超|逾)?{_NUMBER}(?:人|名)")
# 引进外来务工人员3万人，主要来自A、B等省: the places the workers a receiver took in come from.
_RECEIVED_BEFORE = re.compile(r"(?:引进|吸纳|接收|招用|招收|接纳|外来)[^。；！？]{0,24}?(?:务工人员|劳动力|农民工|员工|工人)")
RECEIVED_WINDOW = 40  # the receiving clause (引进外来务工人员3万人) and 主要来自 before the list
# 吸纳西吉籍务工人员: a receiving verb before a place written with 籍 takes workers in from it.
# 接回N名X籍工人: the count may stand between the verb and the place.
# 吸纳A、B两县劳动力: the list counted by its kind of place before the workers' noun; 招用了A县300名工人: the
# workers counted before it.
_PLACES_COUNTED = re.compile(r"[两二三四五六七八九几]个?(?:县区|县市|旗县|县|市|区|旗|地|省|州)|"
                             rf"{_NUMBER}(?:名|人)")
_RECEIVE_ENDS = frozenset("纳收引进录聘用回返了名来接有着")  # the last characters _RECEIVE_BEFORE can match
_PLACE_COUNT_STARTS = frozenset("两二三四五六七八九几0123456789十百千万")


def _people_after(post: str) -> bool:
    """The workers right after a place (籍, the noun, or a count of them), or after 的 (X县的N名务工人员)."""
    if post.startswith("的"):
        post = post[1:]
    return post.startswith("籍") and _WORKERS_OF_NATIVES.match(post) is not None or bool(PEOPLE_NOUN.match(post)) \
        or post[:1] in _PLACE_COUNT_STARTS and _counted_people(post)


# X籍务工人员, X籍脱贫劳动力: the natives of a place taken in are workers (not X籍企业家, X籍学生)
_WORKERS_OF_NATIVES = re.compile(r"籍[\u4e00-\u9fff]{0,4}?(?:农民|劳动力|务工|农民工|工人|员工|劳务|职工|老乡|群众|人员|工友)")


def _counted_people(post: str) -> bool:
    places = _PLACES_COUNTED.match(post)
    return places is not None and PEOPLE_NOUN.match(post, places.end()) is not None


# (A迎来B县的N名务工人员: a place that welcomes workers takes them in; A现有B籍务工人员N人: a place that holds
# them, a stock)
_RECEIVE_BEFORE = re.compile(r"(?:吸纳|接收|吸引|引进|招收|招录|招聘|招用|录用|聘用|雇用|接纳|接回|接返|迎来|迎接|"
                             r"现有|共有|拥有|聚集了|聚集着|汇聚了)了?"
                             r"(?:[\d.]+[万千百]?[余多]?名)?$")
# 其中福安市吸纳一千六百人: a place that takes in a count of the workers the sentence brings from an X籍 place.
_ABSORB_AFTER = re.compile(r"^(?:共|累计|已|则|也|就|分别)?(?:吸纳|接收|接纳)了?[^，。；！？]{0,4}?[\d一二两三四五六七八九十百千万]")
# N万农民在A打工: a bare number before a noun for people counts them as a counter word would.
PEOPLE_NOUN = re.compile(r"农民|劳动力|务工人员|务工者|农民工|工人|员工|劳务人员")
# Words that show the clause is about work, not travel.
# (Every alternative opens with its character and tests what stands before it after reading it, 厂(?<=[…]厂): a
# pattern whose alternatives all open with a character is searched by skipping to those characters, one whose
# alternative opens with a lookbehind is tried at every position, several times slower.)
LABOUR = re.compile(r"在外|工厂|车间|流水线|工地|输出|务工|上班|干活|做工|求职|找到?了?工作|厂(?<=[\u4e00-\u9fff]厂)(?!家|商|长|区|房)|"
                    # the service trades migrants work in (a cue, like the nouns for workers)
                    r"月嫂|保姆|家政|育婴|护工|厨师|司机|保安|快递员|骑手|"
                    r"就业|劳动力|农民工|工人|员工|务工人员|劳务|复工|上岗|返岗|输转|输送|打工|女工|技工|师傅|工匠|匠人|从业|"
                    # people running their own trade away from home (开办的拉面馆, 经营家政门店), as in _WORK_AFTER
                    r"(?:开办|开设|经营|开起)[\u4e00-\u9fff]{0,6}?(?:馆|店|铺|作坊)|"
                    # a noun for workers of a trade, ending in 工 (采棉工, 焊工), as in _WORKERS_AFTER
                    r"工(?<=[\u4e00-\u9fff]工)(?<![加施开动分用手竣完停复罢旷]工)(?![程作厂地资会业具艺序期种友匠商场])")
# 输送务工人员1.86万人次到广东; 输送4850名务工人员至福建晋江: 到/至 closing a sending verb's clause
# (派遣/选派/推荐N名农民工至A: the verbs of sending workers out to employers)
_SENT_TO = re.compile(r"(?:输送|输出|转移|输转|组织|派遣|选派|推荐)[^，。；！？,;：:“”]{0,16}?(?:到|至)$")
# 向对口帮扶城市厦门输送, 赴东部协作城市宁波务工: a noun phrase naming what kind of place it is stands between
# the verb and the place (an apposition); the verb is read before it.
# (前往目的地浙江湖州: the word 目的地 itself)
_APPOSITION = re.compile(r"(?:(?:对口|结对|协作|帮扶|友好|合作|东部|沿海|发达|省外|外省)[\u4e00-\u9fff]{0,4}?"
                         r"(?:城市|地区|省份|省市|地市|县区|地)|目的地)$")
_APPOSITION_ENDS = frozenset("市区份地\n")  # the last characters it can end with (or a newline, before which $ matches)
APPOSITION_WINDOW = 12  # 对口帮扶协作城市 and the verb before it
# 奔赴1800多公里外的A, 远赴千里之外的A, 前往三千公里以外的A: how far the place lies says nothing of the move,
# so the verb before the distance governs the place.
_DISTANCE_BEFORE = re.compile(r"(?:[\d.,一二两三四五六七八九十百千万几数]+[余多]?(?:公里|千米|里路?)|千里|万里)"
                              r"(?:之|以)?外的$")
DISTANCE_WINDOW = 16  # 2000多公里之外的 and a verb of two characters before it
# 把拉面馆开到了A、B; 将生意做到A、B: people taking their own trade (a business, a shop) to the places; the
# construction itself says who moved, so no word for workers is needed (products sold there are no flow).
_BUSINESS_TO = re.compile(r"(?:把|将)[\u4e00-\u9fff]{0,4}?(?:生意|买卖|店|馆|铺|摊|作坊|档口)[\u4e00-\u9fff]{0,2}?"
                          r"(?:开|做|办|铺|摆)(?:到|进|至|在)了?$")
BUSINESS_WINDOW = 14  # 把 + a short object (生意, 拉面馆, 家政门店) + the verb
CUE_BEFORE = 8  # the longest verb before a list with what may stand between (输送返回, 开通了至, 拟继续向)
CUE_AFTER = 24  # the list's end (等沿海城市), a short gap and the work word or predicate (务工, 是…主要目的地)
SENT_TO_WINDOW = 22  # _SENT_TO: the sending verb, up to 16 characters of object, and 到/至


def kind_at(text: str, chain_start: int, rel_end: int) -> str | None:
    just_before = text[chain_start - 1:chain_start]  # (the character before the chain, read once for the tests below)
    if just_before in ("到", "进", "至", "在", "了") and _BUSINESS_TO.search(
            text, max(0, chain_start - BUSINESS_WINDOW), chain_start):
        return "trade"
    apposition = just_before in _APPOSITION_ENDS and _APPOSITION.search(
        text, max(0, chain_start - APPOSITION_WINDOW), chain_start)
    if apposition:
        chain_start = apposition.start()
    elif just_before == "的" and (
            distance := _DISTANCE_BEFORE.search(text, max(0, chain_start - DISTANCE_WINDOW), chain_start)):
        chain_start = distance.start()
    kind = kind_of(text[max(0, chain_start - CUE_BEFORE):chain_start], text[rel_end:rel_end + CUE_AFTER])  # kind_around
    if kind == "source" and _RECEIVED_BEFORE.search(text, max(0, chain_start - RECEIVED_WINDOW), chain_start):
        return "inbound"
    if kind == "area-share":
        area = _AREA_SENT.search(text, max(0, chain_start - AREA_SENT_WINDOW), chain_start)
        return "move" if area else None
    if kind is None and text[chain_start - 2:chain_start - 1] in _AREA_LAST and (
            area := _AREA_ITEM_END.search(text, max(0, chain_start - AREA_ITEM_WINDOW), chain_start)):
        kind = _kind_before_area(text, area.start(), rel_end)
    if kind is None and "身影" in text[rel_end:rel_end + SEEN_WINDOW] and _SEEN_AFTER.match(
            text[rel_end:rel_end + SEEN_WINDOW]):
        return "seen"  # (a locative phrase that runs past the window of kind_of)
    if kind is None and text[chain_start - 1:chain_start] in ("到", "至"):
        if _SENT_TO.search(text, max(0, chain_start - SENT_TO_WINDOW), chain_start):
            return "move"
    return kind


def _kind_before_area(text: str, area_end: int, rel_end: int) -> str | None:
    """The kind read before the area that opens the list, trying its name from the shortest (三角 of 长三角; 苏南 is
    all in the match)."""
    for start in range(area_end, max(-1, area_end - AREA_NAME_LONGEST - 1), -1):
        kind = kind_around(text, start, rel_end)
        if kind is not None:
            return kind
    return None


def kind_around(text: str, chain_start: int, rel_end: int) -> str | None:
    """The kind read from the words just before a place chain starting at `chain_start` and just after `rel_end`."""
    return kind_of(text[max(0, chain_start - CUE_BEFORE):chain_start], text[rel_end:rel_end + CUE_AFTER])


# Every last character of `pre` that a rule of kind_of tests for (or that one of its patterns of `pre` can end on:
# 辐射 of _REACH_VERBS), but the comma, tested only after 其中: before a list after any other character (a comma,
# an opening quote, the sentence's start: most lists), and without 来自 or 其中, only the rules reading `post` alone
# can find a kind (see _kind_after).
_CUE_LASTS = (_PICKUP_GO | _RECEIVE_ENDS | _MOVE_ENDS | _SHORT_GO_ENDS | _PLACE_ENDS
              | frozenset("至到往在去为是启上始了中以向的与同射从盖伸"))


def kind_of(pre: str, post: str) -> str | None:
    last = pre[-1:]  # a cheap test on it, or on a word in `post`, before each pattern (see _MOVE_ENDS)
    if last not in _CUE_LASTS and "来自" not in pre and "其中" not in pre:
        return _kind_after(post)  # (most lists: no tie word just before them)
    if last in _PICKUP_GO and "接" in post[:PICKUP_WINDOW] and _PICKUP_AFTER.match(post):
        return "inbound"
    if last == "从" and "接" in post[:PICKUP_WINDOW + 4] and _FETCHED_AFTER.match(post):
        return "fetched"
    if last in _RECEIVE_ENDS and _RECEIVE_BEFORE.search(pre) and _people_after(post):
        return "inbound"  # 吸纳X籍务工人员, 吸纳X县劳动力N人, 迎来X县的N名务工人员
    if ("纳" in post or "收" in post) and _ABSORB_AFTER.match(post):  # 吸纳, 接收, 接纳
        return "absorb"
    if "来自" in pre and _FROM_BEFORE.search(pre):
        # (过去厂里的工人多来自A、B等地: a source of workers is never who takes them in)
        return "inbound" if _WORKERS_AFTER.match(post) or _COUNTED_FROM_AFTER.match(post) else "source"
    if pre.endswith(_REACH_VERBS) or last in "盖伸到至了" and _REACH_COVERS.search(pre):
        return "reach"
    if last in ("至", "到", "往") and _VEHICLE_TO.search(pre) and _VEHICLE_AFTER.match(post):
        return "move"
    if last in _MOVE_ENDS and _MOVE_BEFORE.search(pre) or last in _SHORT_GO_ENDS and _SHORT_GO.search(pre):
        return "move"
    if last in "到了" and _BACK_TO.search(pre) and _BACK_TO_WORK.match(post):
        return "move"
    if last in _PLACE_ENDS and _PLACE_BEFORE.search(pre) and (work := _WORK_AFTER.match(post)) \
            and not _GAP_ACT.search(work.group("gap")):
        return "place"
    if last == "在" and "籍" in post and _HOST_BEFORE.search(pre) and _HOST_AFTER.match(post):
        return "host"
    if last in ("到", "在", "去") and (_COUNTED_AT_AFTER.match(post) or _MOST_AT_AFTER.match(post)
                                     or (_COUNT_IN_BEFORE.search(pre) or _SHARE_IN_BEFORE.search(pre))
                                     and _CLAUSE_CLOSES.match(post)):
        return "stock"
    if last in ("为", "是", "在") and _DESTINATION_IS.search(pre) or \
            ("是" in post or "为" in post) and DESTINATION_AFTER.match(post):
        return "base"
    if last == "为" and _FOR_BEFORE.search(pre) and _FOR_AFTER.match(post):
        return "move"
    if last in "启上始了" and last and _JOURNEY_BEFORE.search(pre) and _JOURNEY_AFTER.match(post):
        return "move"
    if last in ("中", "，", ",") and pre.endswith(("其中", "其中，", "其中,")) and _SHARE_OF_AREA_AFTER.match(post):
        return "area-share"
    if last == "以" and _AIM_AFTER.match(post):
        return "aim"
    if last == "向" and _TOWARDS_AFTER.match(post):
        return "base"
    if "的" in post and ("集" in post or "多" in post) and GATHERED_AFTER.match(post) \
            or last == "的" and _GATHERED_BEFORE.search(pre):
        return "base"
    if "身影" in post and _SEEN_AFTER.match(post):
        return "seen"
    if last in ("与", "同") and "签" in post and SIGNED_WITH_AFTER.match(post) and not _PLAN_BEFORE.search(pre):
        return "signed"
    if last in ("与", "同") and ("关系" in post or "机制" in post) and _PARTNER_AFTER.match(post) \
            and not _PLAN_BEFORE.search(pre):
        return "partner"
    if "劳务基地" in post and _BASE_AFTER.match(post):
        return "base"
    return None


def _kind_after(post: str) -> str | None:
    """kind_of's rules that read only the words after the list, in its order (for a `pre` no other rule reads)."""
    if ("纳" in post or "收" in post) and _ABSORB_AFTER.match(post):
        return "absorb"
    if ("是" in post or "为" in post) and DESTINATION_AFTER.match(post):
        return "base"
    if "的" in post and ("集" in post or "多" in post) and GATHERED_AFTER.match(post):
        return "base"
    if "身影" in post and _SEEN_AFTER.match(post):
        return "seen"
    if "劳务基地" in post and _BASE_AFTER.match(post):
        return "base"
    return None
