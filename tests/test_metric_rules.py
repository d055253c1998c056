"""The named rules of kg/extract/metrics: each holds on a sentence of its own kind and on no plain statement."""
from __future__ import annotations

import pytest

from kg.extract.metrics import statements
from kg.extract.numbers import find_quantities

# (rule, sentence, the figure it reads): sentences written for this test, about places of Yunnan.
CASES = [
    ("_ordinal_or_code", "泸西县第3批务工人员出发。", "3批"),
    ("_indefinite_article", "这是一个缩影。", "一个"),
    ("_slogan_structure", "弥勒市开展三项行动。", "三项"),
    ("_refers_back", "这两个品牌远近闻名。", "两个"),
    ("_bound", "招收300人以上的企业可申请补贴。", "300人以上"),
    ("_threshold", "每人补贴不超过2000元。", "超过2000元"),
    ("_duration", "开展为期10天的技能培训。", "10天"),
    ("_event_part", "活动设1个主会场。", "1个"),
    ("_size_of_place", "这是一个2000多人的村庄。", "2000多人"),
    ("_target", "全县力争输转劳动力5万人。", "5万人"),
    # a plan in an earlier clause, the verb of reaching right before the figure
    ("_target", "下一步，县里计划用三年时间，把“泸西厨师”从业人员扩大到1.2万人。", "1.2万人"),
    ("_subsidy_standard", "给予每人500元交通补贴。", "500元"),
    ("_restates_names", "培育了“阿庐厨娘”“建水陶匠”两个劳务品牌。", "两个"),
    ("_full_completion", "技能培训实现100%覆盖。", "100%"),
    ("_units_of_scope", "来自全州八个县市的选手参赛。", "八个"),
    ("_in_quote_or_aside", "启动“春风100天”招聘行动。", "100天"),
    ("_census", "石屏县户籍总人口为31万余人。", "31万余人"),
    ("_officers_elected", "个旧市家政协会成立，选举产生了7名理事。", "7名"),
    ("_visiting_party", "红河州副州长一行6人赴昆明考察。", "6人"),
    ("_batch_of_one_ceremony", "建水县举行12批“建水陶匠”外出务工欢送仪式。", "12批"),
    ("_condition", "只要同一城市的务工人员达到30人，就设一个服务点。", "30人"),
    ("_makeup_of_a_body", "由人社、农业农村等5个部门组成工作专班。", "5个"),
]
PLAIN = "2023年，开远市输转劳动力5.2万人，实现劳务收入12亿元。"


def _figure(text: str, raw: str):
    q = next(q for q in find_quantities(text) if q.raw == raw)
    ns = q.number_start
    masked = statements.masked_spans(text)
    figure = statements._Figure(q, text, masked, text[ns - 1] if ns > 0 else "",
                                text[q.end] if q.end < len(text) else "", text[max(0, ns - 4):ns],
                                statements.clause_start_of(text, q.start))
    return q, masked, figure


@pytest.mark.parametrize(("rule", "text", "raw"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_rejects_its_own_kind(rule, text, raw):
    q, masked, figure = _figure(text, raw)
    assert getattr(statements, rule)(figure)
    assert not statements.is_statement(q, text, masked)


def test_every_rule_is_listed_and_none_holds_on_a_plain_statement():
    assert {name for name, _, _ in CASES} == {rule.__name__ for rule in statements.NOT_A_STATEMENT}
    quantities = find_quantities(PLAIN)
    assert [q.raw for q in quantities if q.unit in ("人", "元")] == ["5.2万人", "12亿元"]
    for q in quantities:
        if q.unit in ("人", "元"):
            _, masked, figure = _figure(PLAIN, q.raw)
            assert [r.__name__ for r in statements.NOT_A_STATEMENT if r(figure)] == []
            assert statements.is_statement(q, PLAIN, masked)


@pytest.mark.parametrize("text", [
    "今年以来，“泸西厨师”从业人员扩大到1.2万人。",
    # 计划 ending a programme's name is no plan
    "泸西县把“泸西厨师”纳入雨露计划重点内容，从业人员突破1.2万人。",
])
def test_a_level_reached_without_a_plan_stays_a_statement(text):
    q, masked, _ = _figure(text, "1.2万人")
    assert statements.is_statement(q, text, masked)
