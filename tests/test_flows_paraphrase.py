"""Flows told in another reporter's words: each family of wordings a paraphrase of the same fact may take (an
aspect particle after the verb, a count in another clause, another verb of signing or seeing), on sentences
written for this test about counties outside the real news set, with the near-misses that move no workers.
"""
from __future__ import annotations

import pytest

from tests.test_flows_written import flows_of_paragraph

CASES = [
    # 了 after a verb of going: the move told as done
    ("到3月10日，两地间的直达大巴已开出12趟，380名沅陵县务工人员被顺利送到了浙江嘉兴。", {("沅陵县", "嘉兴市", 380)}),
    ("2月20日，巧家县216名务工人员乘坐专列来到了江苏无锡。", {("巧家县", "无锡市", 216)}),
    ("3月5日，会昌县考察团一行12人来到了福建厦门，考察劳务协作项目。", set()),
    # the count in the clause before the destination's, which names one company (一家: no count of other things)
    ("当天，126名通道县农民工乘坐三辆大巴车，前往浙江湖州一家纺织企业。", {("通道侗族自治县", "湖州市", 126)}),
    ("2月18日，麻阳县85名务工人员登上专车，奔赴福建晋江的一家鞋厂。", {("麻阳苗族自治县", "晋江市", 85)}),
    ("当天，通道县人社局一行5人前往浙江湖州一家纺织企业考察。", set()),
    # the sentence opens with the vehicle; the workers are named only with the count of a later clause
    ("爱心专车从会同县汽车总站出发，开往厦门、泉州等2个站点，分3批次陆续发车，累计发车12车次，预计一共送520名农民工返程复工。",
     {("会同县", "厦门市", 520), ("会同县", "泉州市", 520)}),
    ("专列从兴国县出发，驶往浙江嘉兴、湖州，途中在沿线多个车站作短暂停靠和补给，全程运行约九个小时，共运送务工人员860人。",
     {("兴国县", "嘉兴市", 860), ("兴国县", "湖州市", 860)}),
    ("专列从兴国县出发，驶往浙江嘉兴、湖州，途中在沿线多个车站作短暂停靠和补给，全程运行约九个小时，共运送游客860人。", set()),
    # the agreement signed with 签下 (as with 签订): the employers' places receive the signing county's workers
    ("来自江苏、浙江的60家用工企业在会上与威宁县人社局签下劳务合作协议，协议转移农村劳动力3000人。",
     {("威宁彝族回族苗族自治县", "江苏省", 3000), ("威宁彝族回族苗族自治县", "浙江省", 3000)}),
    ("常州某电子公司与彝良县签下了招用300名装配工的协议。", {("彝良县", "常州市", 300)}),
    ("威宁县与江苏常州签下劳务协作框架协议。", set()),
    # 抵达/直达 govern the place after them, though 达 and its first character make a word (达成)
    ("当天，巧家县300名务工人员乘坐专列抵达成都，在当地的电子厂务工。", {("巧家县", "成都市", 300)}),
    ("2月16日，载着彝良县260名务工人员的专车直达成都的电子厂。", {("彝良县", "成都市", 260)}),
    ("3月2日，巧家县考察团一行抵达成都，考察劳务协作项目。", set()),
    # the directional verbs of the literary chain (北上, 南下) before two one-letter forms written together
    ("多年来，麻阳县的建筑工人南下广东、北上京津，在工地上闯出了名气。",
     {("麻阳苗族自治县", "广东省", None), ("麻阳苗族自治县", "北京市", None), ("麻阳苗族自治县", "天津市", None)}),
    ("近年来，会同县大批家政服务员南下苏浙务工。",
     {("会同县", "江苏省", None), ("会同县", "浙江省", None)}),
    ("麻阳县篮球队北上京津，参加友谊比赛。", set()),
    # workers seen at work there: the verb of seeing in its forms, after a locative phrase of its own
    ("在厦门、泉州等地的知名酒店里，也都能见到会同县厨师忙碌的身影，他们在餐饮界闯出了名号。",
     {("会同县", "厦门市", None), ("会同县", "泉州市", None)}),
    ("嘉兴、湖州的纺织厂里，随处都能看到麻阳县女工的身影。",
     {("麻阳苗族自治县", "嘉兴市", None), ("麻阳苗族自治县", "湖州市", None)}),
    ("在厦门、泉州等地的超市里，也都能见到会同县农产品的身影。", set()),
    # 该县 opening a sentence is the county the sentence before named, not the place it sent workers to
    ("今年以来，会同县把赴福建采茶这项季节性劳务输出当作农民增收的重要举措来抓。该县目前已组织引导近3000名采茶工前往福建，"
     "实现劳务收入1500万元。", {("会同县", "福建省", 3000)}),
    ("近年来，兴国县把赴浙江务工作为增收的重要渠道。该县今年已组织2600名务工人员前往浙江嘉兴。",
     {("兴国县", "嘉兴市", 2600)}),
    ("近年来，兴国县把赴浙江务工作为增收的重要渠道。该县今年计划组织2600名务工人员前往浙江嘉兴。", set()),
    # a train's departure station (由A开往B的专列) is not whose workers board it on the way
    ("2月10日，由贵阳北开往浙江温州的G1234次务工专列停靠凯里站，300多名黔东南务工人员登上专列，奔赴温州。",
     {("黔东南苗族侗族自治州", "温州市", 300)}),
    ("当天，从南昌西发往福建厦门的务工专列在兴国站停靠，兴国县420名务工人员乘车前往厦门。", {("兴国县", "厦门市", 420)}),
    ("当天，专列从兴国县出发，载着420名务工人员前往厦门。", {("兴国县", "厦门市", 420)}),
    ("由南昌开往厦门的旅游专列载着420名游客出发。", set()),
    # a clause that adds the reported vehicle into a total (连同/算上这趟A—B专列，共接回N名) gives it no count of its own
    ("3月2日，载着300名会同县务工人员的专列抵达浙江湖州。连同这趟会同—湖州专列，湖州今年已共接回会同籍员工900名。",
     {("会同县", "湖州市", 300)}),
    ("2月26日，420名会同县务工人员乘坐专列抵达福建晋江。加上这趟专列，晋江今年已接回会同籍员工1500名。",
     {("会同县", "晋江市", 420)}),
    ("连同这趟会同—湖州专列，湖州今年已共接回会同籍员工900名。", {("会同县", "湖州市", 900)}),
    # the clause's subject fetches workers from the listed places to work (从A、B接回N名务工人员)
    ("此前，嘉兴市已组织6辆就业大巴，从湖南会同、麻阳接回168名务工人员返岗。",
     {("会同县", "嘉兴市", 168), ("麻阳苗族自治县", "嘉兴市", 168)}),
    ("湖州市人社局派出专车，从江西兴国县接返务工人员320人，帮助企业复工复产。", {("兴国县", "湖州市", 320)}),
    ("会同县人社局从厦门接回200名务工人员返乡过年。", set()),
    ("会同县人社局从厦门接回200名务工人员。", set()),
    # a carload in a private car is one person's trip, whoever drives it; a convoy of them is a flow
    ("会同县志愿者陈小军今天要开着自家的私家车，把4名外出务工人员送往浙江温州。", set()),
    ("会同县的一位志愿者开私家车把3名务工人员送到厦门。", set()),
    ("当天，会同县组织12辆私家车把48名务工人员送往浙江温州。", {("会同县", "温州市", 48)}),
    ("当天，会同县9名务工人员乘坐包车前往浙江温州。", {("会同县", "温州市", 9)}),
    # one couple or one family, even travelling with workmates, is a portrait; many couples are a flow
    ("会同县林城镇村民陈家明、李秀英夫妇每年过完春节都和工友们一起坐高铁，到温州的鞋厂打工。", set()),
    ("兴国县的刘建国一家三口和老乡们一起在厦门的电子厂务工。", set()),
    ("会同县的务工人员中，不少夫妻结伴到温州的鞋厂打工。", {("会同县", "温州市", None)}),
    # the workers the move describes, named with their place after it (前往A的B县务工人员, 赴A务工的N名B县农民工)
    ("前往浙江嘉兴的会同县务工人员共有380名。", {("会同县", "嘉兴市", 380)}),
    ("2月10日，赴福建晋江务工的260名兴国县农民工乘专列出发。", {("兴国县", "晋江市", 260)}),
    ("2月10日，赴福建晋江考察的兴国县干部一行8人出发。", set()),
    # a place that welcomes workers (迎来, 迎接) takes them in: never a move from it to their county
    ("2月10日，浙江嘉兴迎来了会同县380名务工人员。", {("会同县", "嘉兴市", 380)}),
    ("2月10日，浙江嘉兴迎来会同县的380名务工人员。", {("会同县", "嘉兴市", 380)}),
    ("当天，晋江市迎接兴国县的260名务工人员。", {("兴国县", "晋江市", 260)}),
    ("2月10日，浙江嘉兴迎来了会同县考察团一行12人。", set()),
    # setting off for the place (出发去, 动身去) and 抵 alone, the written 抵达
    ("2月10日，会同县380名务工人员出发去浙江温州。", {("会同县", "温州市", 380)}),
    ("2月10日，会同县380名务工人员乘专列抵温州。", {("会同县", "温州市", 380)}),
    ("2月10日，会同县考察团一行12人出发去浙江温州考察。", set()),
    # the places named as where the county's workers gather, the county named after them
    ("温州、湖州是会同县务工人员最集中的地方。", {("会同县", "温州市", None), ("会同县", "湖州市", None)}),
    ("泉州、厦门等城市是兴国县劳务输出较为集中的地区。", {("兴国县", "泉州市", None), ("兴国县", "厦门市", None)}),
    ("温州、湖州是会同县客商投资最集中的地方。", set()),
    # a bare number that 人数 names counts people
    ("会同县常年在温州务工的人数超过2万。", {("会同县", "温州市", 20000)}),
    ("目前，兴国县在厦门就业的人数已达1.2万。", {("兴国县", "厦门市", 12000)}),
    ("会同县在温州开办的企业数超过200。", set()),
    # the group's origins said in a clause of their own, before the move or after it (分别来自)
    ("1300余名务工人员来自于都县、宁都县和瑞金市，他们乘坐专列抵达浙江温州。",
     {("于都县", "温州市", 1300), ("宁都县", "温州市", 1300), ("瑞金市", "温州市", 1300)}),
    ("乘坐专列抵达浙江温州的1300余名务工人员，分别来自于都县、宁都县和瑞金市。",
     {("于都县", "温州市", 1300), ("宁都县", "温州市", 1300), ("瑞金市", "温州市", 1300)}),
    ("今天，抵达温州的考察团成员分别来自于都县、宁都县和瑞金市。", set()),
    # a place that holds workers of another (现有, 共有 X籍务工人员): a stock, taken in from X
    ("厦门市现有瑞金籍务工人员1.2万人。", {("瑞金市", "厦门市", 12000)}),
    ("目前，温州市共有于都县务工人员8000余人。", {("于都县", "温州市", 8000)}),
    ("厦门市现有瑞金籍企业家120人。", set()),
    # no place before the list: the workers named with their place later in the sentence are whose move it is
    ("今天，由赣州开往厦门的D1234次列车，载着560名于都县务工人员出发。", {("于都县", "厦门市", 560)}),
    ("今天，开往厦门的D1234次列车驶出赣州站，车上是560名于都籍务工人员。", {("于都县", "厦门市", 560)}),
    ("今天，开往厦门的D1234次列车驶出赣州站，车上有560名旅客。", set()),
    # people running their own trade (开办的拉面馆, 经营的门店) are at work where their shops are
    ("于都县群众开办的拉面馆主要分布在江苏、福建、浙江等省份。",
     {("于都县", "江苏省", None), ("于都县", "福建省", None), ("于都县", "浙江省", None)}),
    ("于都县群众开起的米粉店遍布厦门、泉州等城市。", {("于都县", "厦门市", None), ("于都县", "泉州市", None)}),
    ("于都县群众种植的脐橙主要销往江苏、福建等省份。", set()),
    # where a county's employment reaches, said of its extent (就业范围覆盖, 劳务输出延伸到)
    ("于都县家政服务员已实现就业1.2万人，就业范围覆盖厦门、泉州、福州等城市。",
     {("于都县", "厦门市", None), ("于都县", "泉州市", None), ("于都县", "福州市", None)}),
    ("近年来，于都县的劳务输出已经延伸到厦门、泉州等城市。", {("于都县", "厦门市", None), ("于都县", "泉州市", None)}),
    ("于都县的4G网络已经覆盖全县各乡镇，并延伸到相邻的宁都县。", set()),
    # a standing tie of labour cooperation (劳务协作关系 or 劳务协作机制) with the places
    ("于都县积极拓展输出渠道，同厦门、泉州等地建立起长期稳定的劳务协作机制。",
     {("于都县", "厦门市", None), ("于都县", "泉州市", None)}),
    ("于都县下一步将同厦门、泉州等地建立劳务协作机制。", set()),
    # three one-letter provinces written together (京津沪, 苏浙沪), and the list closed by 等地
    ("目前，在京津沪等地从事安保服务的会同籍保安超过6000人。",
     {("会同县", "北京市", 6000), ("会同县", "天津市", 6000), ("会同县", "上海市", 6000)}),
    ("近年来，会同县大批建筑工人赴苏浙沪务工。",
     {("会同县", "江苏省", None), ("会同县", "浙江省", None), ("会同县", "上海市", None)}),
    ("会同县考察团赴苏浙沪考察劳务协作。", set()),
    # workers moving into the places' workplaces (进驻, 入驻); a company moving in is no move of workers
    ("目前，会同县的月嫂们已进驻厦门、泉州等市的200多家家政企业。", {("会同县", "厦门市", None), ("会同县", "泉州市", None)}),
    ("今年，于都县300名家政服务员入驻福建厦门的月子中心。", {("于都县", "厦门市", 300)}),
    ("今年，于都县一家服装企业进驻福建厦门的产业园，吸纳就业300人。", set()),
    # a quoted name of workers of a trade names a group of them (not one of them: 一名“X月嫂”)
    ("目前，“于都月嫂”已进驻厦门、泉州的家政企业。", {("于都县", "厦门市", None), ("于都县", "泉州市", None)}),
    ("近年来，「会同厨师」走进了厦门、泉州的酒店后厨。", {("会同县", "厦门市", None), ("会同县", "泉州市", None)}),
    ("昨天，一名“于都月嫂”前往厦门的雇主家中。", set()),
    # workers who sign with the places' employers are hired there (与A、B的家政公司签订了服务合同)
    ("当天，于都县62名月嫂结业，其中40人与厦门、泉州的家政公司签订了服务合同。",
     {("于都县", "厦门市", 40), ("于都县", "泉州市", 40)}),
    ("招聘会上，会同县180名求职者与温州的鞋业企业签下用工合同。", {("会同县", "温州市", 180)}),
    ("会同县人社局与温州市人社局签订劳务协作协议。", set()),
    # an item of the list may be a zone of its place (台州经济开发区、温岭): the list goes on after it
    ("今年，会同县向台州经济开发区、温岭、玉环等地输送务工人员600人。",
     {("会同县", "台州市", 600), ("会同县", "温岭市", 600), ("会同县", "玉环市", 600)}),
    ("于都县的务工人员主要在厦门火炬高新区、泉州等地的电子企业务工。",
     {("于都县", "厦门市", None), ("于都县", "泉州市", None)}),
    ("会同县考察团参观了台州经济开发区、温岭开发区等地的产业园。", set()),
    # a part of a province named by its one-letter form and a direction (苏南, 闽西) opens the list as an area does
    ("目前，会同县有焊工八千多人，其中近一半在苏南和上海的造船企业务工。", {("会同县", "上海市", None)}),
    ("于都县的务工人员大多在闽南和广州的电子厂打工。", {("于都县", "广州市", None)}),
    ("于都县考察团先后到闽南和广州考察。", set()),
    # the people just moved, named by a pronoun, come from the counties of their prefecture the next sentence names
    ("1月30日，531名贵州毕节籍务工人员搭乘专列从毕节站出发，奔赴浙江宁波。他们分别来自毕节市大方、黔西、金沙三县。",
     {("毕节市", "宁波市", 531), ("大方县", "宁波市", 531), ("黔西市", "宁波市", 531), ("金沙县", "宁波市", 531)}),
    ("2月2日，300名会同县务工人员乘专列抵达温州。她们来自会同县的坪村、若水两镇。", {("会同县", "温州市", 300)}),
    ("1月30日，531名贵州毕节籍务工人员乘专列奔赴浙江宁波。他们中有不少人来自湖南。",
     {("毕节市", "宁波市", 531)}),
    # a comma between thousands (12,000人) separates digits, not clauses
    ("今年以来，会同县已向浙江温州输送劳动力12,000人。", {("会同县", "温州市", 12000)}),
    ("当天，1,038名于都县务工人员乘专列抵达厦门。", {("于都县", "厦门市", 1038)}),
    ("会同县今年发出专车12趟,300名务工人员乘车前往温州。", {("会同县", "温州市", 300)}),
    # a later clause that opens by adding up the people just sent (共计N人, 人数达N人) gives the move its count
    ("当天，兴国县两批务工人员分别前往福建厦门和广东惠州，共计520人。",
     {("兴国县", "厦门市", 520), ("兴国县", "惠州市", 520)}),
    ("今年以来，会同县输送劳动力前往浙江温州，人数达2000余人。", {("会同县", "温州市", 2000)}),
    ("当天，兴国县两批务工人员分别前往福建厦门和广东惠州，全县共有返乡人员5万人。",
     {("兴国县", "厦门市", None), ("兴国县", "惠州市", None)}),
    # the people the sentence before put aboard (登上, 坐上), named again by the vehicle or a pronoun
    ("2月10日上午，会同县380名务工人员登上返岗专列。当天下午，专列顺利抵达浙江温州。", {("会同县", "温州市", 380)}),
    ("2月10日上午，会同县380名务工人员坐上返岗大巴。经过八个小时的车程，他们顺利抵达浙江温州。",
     {("会同县", "温州市", 380)}),
    ("2月10日上午，会同县380名务工人员参加了招聘会。当天下午，专列顺利抵达浙江温州。", set()),
    # the spoken words for going to work after the place (到A上班, 在A做工, 到A干活)
    ("今年，会同县有3000余名农民工到温州上班。", {("会同县", "温州市", 3000)}),
    ("今年，于都县有1200名妇女在厦门做工。", {("于都县", "厦门市", 1200)}),
    ("王师傅说他每天到温州上班。", set()),
    # the verbs of sending workers out to employers (派遣/选派/推荐 N名 … 至A)
    ("今年，会同县派遣3000余名农民工至温州。", {("会同县", "温州市", 3000)}),
    ("今年，于都县选派120名家政服务员到厦门的家政企业。", {("于都县", "厦门市", 120)}),
    ("今年，会同县派遣3名干部至温州挂职。", set()),
    # workers taking their trade to a market (进军A市场); a company doing so is no move of workers
    ("今年，会同县3000余名农民工进军温州鞋业市场。", {("会同县", "温州市", 3000)}),
    ("近年来，于都县大批家政服务员进军厦门、泉州的高端家政市场。", {("于都县", "厦门市", None), ("于都县", "泉州市", None)}),
    ("今年，于都县一家鞋企进军温州市场。", set()),
    # most of the county's workers are at the places (大部分在A、B两市, 有一半以上在A), a list closed by its size
    ("会同县的务工人员大部分在温州、厦门两市。", {("会同县", "温州市", None), ("会同县", "厦门市", None)}),
    ("会同县的外出务工者中，有一半以上在温州。", {("会同县", "温州市", None)}),
    ("会同县的游客大部分在温州、厦门两市。", set()),
    # the aim of the county's labour output said with 为主 or 输出地
    ("会同县劳务输出以温州、厦门等地为主。", {("会同县", "温州市", None), ("会同县", "厦门市", None)}),
    ("于都县的劳动力转移以厦门为主要输出地。", {("于都县", "厦门市", None)}),
    ("会同县的脐橙销售以温州、厦门等地为主。", set()),
    # a stock of the county's workers away (在外务工人员N人), split by 其中 among places with their counts
    ("会同县常年在外务工人员12万人，其中温州3万人、厦门2万人。", {("会同县", "温州市", 30000), ("会同县", "厦门市", 20000)}),
    # 不少人/有的 after a count picks some of those counted: the places they went to take no count
    ("于都县在厦门务工的家政人员有1600余人，不少人还进驻了杭州的高端家政市场。",
     {("于都县", "厦门市", 1600), ("于都县", "杭州市", None)}),
    ("会同县今年输出劳动力3000人，有的还走进了温州的鞋厂。", {("会同县", "温州市", None)}),
    ("会同县今年组织3000名务工人员，乘专列前往温州。", {("会同县", "温州市", 3000)}),
    # placed by an employer (被分配到, 被招录到), crowding in (涌入), back to the job (返岗A, 回到A的工厂)
    ("今年，会同县3000余名务工人员被分配到温州的鞋厂。", {("会同县", "温州市", 3000)}),
    ("春节后，会同县3000余名务工人员重新回到了温州的工作岗位。", {("会同县", "温州市", 3000)}),
    ("今年，会同县3000余名务工人员返岗温州。", {("会同县", "温州市", 3000)}),
    ("春节前，温州市3000余名务工人员回到会同县团聚。", set()),
    ("疫情期间，温州市的3000余名务工人员回到了会同县。", set()),
    # the vehicle goes to the places to fetch workers, the fetching said in the clause after (赴A、B，接回N名务工人员)
    ("此前，嘉兴市已组织8辆大巴赴湖南会同、麻阳，接回159名务工人员返岗。",
     {("会同县", "嘉兴市", 159), ("麻阳苗族自治县", "嘉兴市", 159)}),
    ("2月20日，湖州市派出专车前往江西兴国县，接返320名务工人员复工。", {("兴国县", "湖州市", 320)}),
    ("2月20日，湖州市派出考察组前往江西兴国县，考察劳务协作。", set()),
    # the fetched workers' place of work named after them (从A、B接回N名务工人员到C)
    ("此前，8辆就业大巴已从湖南会同、麻阳接回159名务工人员到嘉兴市。",
     {("会同县", "嘉兴市", 159), ("麻阳苗族自治县", "嘉兴市", 159)}),
    ("2月20日，专车从江西兴国县接回320名务工人员至湖州复工。", {("兴国县", "湖州市", 320)}),
    ("春节前，专车从湖州接回320名务工人员到兴国县过年。", set()),
    # a place inside the one named first, named later before the list (the venue of the send-off), is the subject
    # at its most specific; a place outside it is not
    ("1月29日，贵州省在威宁县举行欢送仪式，欢送5166名农村劳动力赴江苏、浙江等地就业。",
     {("威宁彝族回族苗族自治县", "江苏省", 5166), ("威宁彝族回族苗族自治县", "浙江省", 5166)}),
    ("1月29日，贵州省在威宁县举行欢送仪式，5166名当地农村劳动力踏上了前往江苏的返岗之路。",
     {("威宁彝族回族苗族自治县", "江苏省", 5166)}),
    ("1月29日，贵州省与江苏省南京市共同举行劳务协作对接会，组织500名劳动力赴南京就业。", {("贵州省", "南京市", 500)}),
    # a transcript's speaker label (【记者 …】) before the place a sentence opens with: that place, not the passage's
    # wider region, is the subject of the next sentence's 全县
    ("【主持人】怀化市人社局今年将组织招聘会120场，怀化市各县区也将同步开展春风行动。【记者 王磊】会同县是劳务输出大县。"
     "目前，全县有焊工八千多人，其中三千人在温州的造船企业务工。", {("会同县", "温州市", 3000)}),
    ("【记者 王磊】怀化市今年将组织招聘会120场。【记者 王磊】会同县是劳务输出大县。目前，全县有焊工八千多人，"
     "其中三千人在温州的造船企业务工。", {("会同县", "温州市", 3000)}),
    ("【主持人】怀化市人社局今年将组织招聘会120场。【记者 王磊】目前，全市有焊工八千多人，其中三千人在温州的造船企业务工。",
     {("怀化市", "温州市", 3000)}),
    # speech in 「」 or 『』 is what someone says, as in “”; a short quote is still a name
    ("会同县务工人员李强说：「去年我们村有三十多名老乡在温州的鞋厂打工，今年大家还要一起去。」", set()),
    ("于都县务工人员刘芳说：『去年村里有二十多名姐妹在厦门的电子厂上班，今年都还想去。』", set()),
    ("会同县今年向温州输送务工人员3000人，「会同焊工」还进驻了温州的造船企业。", {("会同县", "温州市", 3000)}),
    # an agreement reached (达成) with a count of workers, as one signed
    ("来自江苏、浙江的60家用工企业与威宁县人社局达成劳务合作协议，协议转移农村劳动力3000人。",
     {("威宁彝族回族苗族自治县", "江苏省", 3000), ("威宁彝族回族苗族自治县", "浙江省", 3000)}),
    ("常州某电子公司与彝良县达成了招用300名装配工的协议。", {("彝良县", "常州市", 300)}),
    ("威宁县与江苏常州达成劳务协作意向协议。", set()),
    # the agreement's count said with a modal (按协议将转移, 可转移)
    ("来自江苏、浙江的60家用工企业与威宁县人社局签订劳务合作协议，按协议将转移农村劳动力3000人。",
     {("威宁彝族回族苗族自治县", "江苏省", 3000), ("威宁彝族回族苗族自治县", "浙江省", 3000)}),
    ("来自江苏的60家用工企业与彝良县签订劳务合作协议，可转移农村劳动力2000余人。", {("彝良县", "江苏省", 2000)}),
    ("来自江苏的60家用工企业与彝良县签订劳务合作协议，可提供岗位2000余个。", set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_paraphrased_wording(tmp_path, body, expected):
    assert flows_of_paragraph(tmp_path, body) == expected


@pytest.mark.parametrize(("traditional", "simplified"), [
    ("列車載著600名務工人員", "列车载着600名务工人员"),  # the aspect particle
    ("帶著行李，懷著期盼", "带着行李，怀着期盼"),
    ("著力打造勞務品牌", "着力打造劳务品牌"),  # the zhuó reading
    ("以手藝精湛著稱的著名廚師", "以手艺精湛著称的著名厨师"),  # zhù: the words that keep 著
    ("效果顯著", "效果显著"),
])
def test_traditional_particle_is_simplified(traditional, simplified):
    from kg.text.script import t2s

    assert t2s(traditional) == simplified
