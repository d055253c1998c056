"""The words around a list of places that send or take workers there (赴A, 在A务工, 输送…到A, 开启A务工之旅)."""
from __future__ import annotations

import re

from kg.extract.flows.list_forms import LIST_END, NUMBER


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
               # a bus or train with workers aboard 驶向/驶往/抵达 its destination (驶入/开进: entering it; 停靠: a train
               # that stops there at the end of its run)
               "驶向", "驶往", "抵达", "到达", "驶入", "驶进", "开进", "开入", "停靠",
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
               # 家政服务员服务于A的家庭: workers of a service trade at work there (as 就业于); 受聘于A的茶企: hired
               # by its employers
               "服务于", "进驻", "入驻", "受聘于", "受雇于", "受聘到", "应聘到", "应聘至",
               # 进军A市场: workers taking their trade to a market (a company doing so is no move: see 进驻)
               "进军",
               # placed by an employer or an office (被分配到A的鞋厂, 被招录到A的企业), crowding in (涌入A), and back to
               # the job (返岗A; 回到 only before a workplace, see BACK_TO_WORK)
               "分配到", "分配至", "招录到", "招录至", "涌入", "返岗")
# 回到A的工厂, 重新回到了A的工作岗位: back to a workplace (回到A alone is as often a trip home, 回到家乡 a return)
BACK_TO = re.compile(r"回到了?$")
BACK_TO_WORK = re.compile(r"^的?[^，。；！？,;]{0,6}?(?:工厂|企业|岗位|工地|车间|公司|厂)")
# The aspect particle 了 may close the verb (被送到了A, 来到了A, 进入了A的工厂): the same move, told as done.
MOVE_BEFORE = re.compile(f"(?:{'|'.join(_MOVE_VERBS)})了?$")
# Short verbs that only place workers when a work word follows the place (到苏州务工, 在江苏就业, 来锡转移就业).
# (迎来 receives: its place is where the workers come from, see inbound_cues.RECEIVE_BEFORE)
PLACE_BEFORE = re.compile(r"(?<![达得受感提遇直做想看找回迎])(?:到|去|来|在|留在)$")
# The characters these verbs end with, for a cheap test before the patterns: a pattern ending in $ can only
# match where the text before a place ends with one of them (or with a newline, before which $ matches too).
MOVE_ENDS = frozenset(verb[-1] for verb in _MOVE_VERBS) | {"了", "\n"}
PLACE_ENDS = frozenset("到去来在\n")
# 进疆务工, 入粤, 闯上海, and the parallel series of newsroom Chinese (工人下广东、进京沪、上西藏): a one-character
# verb of going, right after its subject, an adverb or a list mark (so not 引进/纳入/推进/收入).
# (南下广东，北进京沪，远上西藏: the series with a direction or 远 before the verb, opening its clause; 登上A,
# 挺进B: the series told with two-character verbs, the place being a region, not a vehicle)
SHORT_GO = re.compile(r"(?:^|[，,、]|人员|劳动力|农民工|工人|员工|们|名|人|批|者|都|纷纷|陆续|集体|组团|结伴|相继|再次|首次|"
                      r"将|已|先后|又|还|也)[东南西北远登挺]?[进入闯下上战]$")
SHORT_GO_ENDS = frozenset("进入闯下上战")
# (在A、B等地的银饰加工企业和旅游商品店务工: a workplace named with 的 may take a longer stretch)
WORK_AFTER = re.compile(rf"^{LIST_END}(?P<gap>的[^，。；！？,;：:“”]{{0,18}}?|[^，。；！？,;：:“”]{{0,12}}?)"
                        r"(?:(?<!劳)务工|(?:就业|工作)(?!站|室|组|队|局|部门|服务|中心|专班|岗位|平台|机制|会)|打工|打拼|闯荡|谋生|上岗|复工|转移就业|从事|"
                        # the spoken words for going to work (到A上班, 在A做工, 到A干活)
                        r"上班|做工|干活|"
                        r"从业(?!人员|者)|"
                        # 月嫂在A服务: a service trade's work (a service station or centre is no work)
                        r"服务(?!站|中心|机构|队|平台|体系|保障|窗口|专区|点|活动|对接|企业)|"
                        # 在大理、西双版纳等地开设银器作坊: workers running their own trade there
                        r"(?:开设|开办|经营|开)[\u4e00-\u9fff]{0,4}?(?:作坊|门店|店铺|小店|餐馆|饭店|工厂|加工厂))")
# A gap that names another act (在深圳设立工作站; 在广东的帮扶下就业; 在杭州举办的招聘会上) or an office
# serving the workers (在杭州的劳务工作站为务工人员…) is not about where the workers work.
GAP_ACT = re.compile(r"设立|设置|成立|建立|建设|举办|召开|举行|开展|参加|提供|帮扶|帮助|支持|关心|协作|指导|带领|"
                     r"带动|对口|考察|招聘|培训|返回|回到|返乡|回乡|站|中心|办事处|商会|党支部|"
                     # 在A为务工人员提供服务: the workers are served there, the clause says nothing of their work
                     r"(?:为|给|替)$")
# 专列载着N名工人，向A驶去 (朝A进发): the vehicle or the workers heading for the places, the verb of going after them
TOWARDS_GO_AFTER = re.compile(rf"^{LIST_END}(?:方向)?(?:驶去|开去|进发|奔去|飞去|挺进|疾驰而去|飞驰而去|驶来|开来)")
# 为浙江湖州的企业输送员工N名: the places whose employers the workers are sent for.
FOR_AFTER = re.compile(rf"^{LIST_END}的?[^，。；！？,;]{{0,6}}?(?:企业|工厂|公司|用工单位|园区|项目)[^，。；！？,;]{{0,4}}?"
                       r"(?:输送|输出|派遣|推荐|选派)")
FOR_BEFORE = re.compile(r"(?<![成作认称被视列评定])为$")  # (成为/作为A: A is named, not served)
# 开启了A务工之旅, 踏上A返岗之路: the journey named by where it leads.
JOURNEY_BEFORE = re.compile(r"(?:开启|踏上|开始|走上)了?$")
JOURNEY_AFTER = re.compile(rf"^{LIST_END}的?(?:务工|打工|返岗|就业|复工|淘金)(?:之旅|之路|路|旅程|征程)")
# 向东部地区输出劳动力N人，其中浙江湖州M人 (输送劳动力N人，其中湖州市M人): 其中 splits a destination named as an
# area, or not named, into places with counts (a place within the origin, 其中都安县1.2万人, is a part of the
# origin, and can_flow keeps it out).
SHARE_OF_AREA_AFTER = re.compile(rf"^{NUMBER}(?:人|名)")
AREA_SENT = re.compile(r"(?:向|到|赴|去|往)[^，。；！？,;]{0,10}?(?:地区|省份|城市|省市|沿海|东部|发达)"
                       r"[^，。；！？,;]{0,8}?(?:输出|输送|转移|务工|就业)|"
                       # 输送劳动力1400人，其中A800人: a sending clause that names no destination at all
                       # (常年在外务工人员12万人，其中A3万人: a stock of the county's workers away, split the same way)
                       r"(?:输送|输出|劳务输出|外出务工|在外务工)[^，。；！？,;]{0,10}?\d[^，。；！？,;]{0,6}?人[，,]其中[，,]?$")
AREA_SENT_WINDOW = 40  # the clause before 其中 that sends workers to an area
# 开通至A、B的返岗直通车, 开行到A的务工专列: a vehicle put on towards the places (its count is the sending
# verb's, found later in the sentence).
VEHICLE_TO = re.compile(r"(?:开通|开行|开出|发出|安排|组织|包租|租用|调度)了?(?:[\u4e00-\u9fff]{0,4}?)(?:至|到|往)$")
VEHICLE_AFTER = re.compile(rf"^{LIST_END}的?[^，。；！？,;]{{0,8}}?(?:专列|专车|直通车|包车|大巴|班车|客车|列车|动车|航班)")
# 输送务工人员1.86万人次到广东; 输送4850名务工人员至福建晋江: 到/至 closing a sending verb's clause
# (派遣/选派/推荐N名农民工至A: the verbs of sending workers out to employers)
SENT_TO = re.compile(r"(?:输送|输出|转移|输转|组织|派遣|选派|推荐)[^，。；！？,;：:“”]{0,16}?(?:到|至)$")
# 向对口帮扶城市厦门输送, 赴东部协作城市宁波务工: a noun phrase naming what kind of place it is stands between
# the verb and the place (an apposition); the verb is read before it.
# (前往目的地浙江湖州: the word 目的地 itself)
APPOSITION = re.compile(r"(?:(?:对口|结对|协作|帮扶|友好|合作|东部|沿海|发达|省外|外省)[\u4e00-\u9fff]{0,4}?"
                        r"(?:城市|地区|省份|省市|地市|县区|地)|目的地)$")
APPOSITION_ENDS = frozenset("市区份地\n")  # the last characters it can end with (or a newline, before which $ matches)
APPOSITION_WINDOW = 12  # 对口帮扶协作城市 and the verb before it
# 奔赴1800多公里外的A, 远赴千里之外的A, 前往三千公里以外的A: how far the place lies says nothing of the move,
# so the verb before the distance governs the place (奔赴远在2000多公里之外的A, 远隔千里的A: the distance said with
# 远在/远隔 before it, or with no 外).
DISTANCE_BEFORE = re.compile(r"(?:远在|远隔|相隔|相距|远)?(?:[\d.,一二两三四五六七八九十百千万几数]+[余多]?(?:公里|千米|里路?)|千里|万里)"
                             r"(?:(?:之|以)?外)?的$")
DISTANCE_WINDOW = 18  # 远在2000多公里之外的 (the verb before it is read from the distance's start)
# 把拉面馆开到了A、B; 将生意做到A、B: people taking their own trade (a business, a shop) to the places; the
# construction itself says who moved, so no word for workers is needed (products sold there are no flow).
BUSINESS_TO = re.compile(r"(?:把|将)[\u4e00-\u9fff]{0,4}?(?:生意|买卖|店|馆|铺|摊|作坊|档口)[\u4e00-\u9fff]{0,2}?"
                         r"(?:开|做|办|铺|摆)(?:到|进|至|在)了?$")
BUSINESS_WINDOW = 14  # 把 + a short object (生意, 拉面馆, 家政门店) + the verb
SENT_TO_WINDOW = 22  # SENT_TO: the sending verb, up to 16 characters of object, and 到/至
# 专车开往的5个站点依次为A、B (输送到的城市分别是A、B; 前往的目的地包括A、B): the places named as what the move's
# noun phrase (its stops, cities, destinations) holds
GONE_TO_ARE = re.compile(r"(?:开往|发往|驶往|前往|去往|送往|输往|输送到|转移到|抵达)的[^，。；！？,;]{0,8}?"
                         r"(?:站点|城市|地方|地区|省份|省市|目的地|方向|企业)(?:依次|分别|主要)?(?:为|是|有|包括)[：:]?$")
GONE_TO_ENDS = frozenset("为是有括：:")
GONE_TO_WINDOW = 24  # 开往的 + 5个站点 + 依次为
