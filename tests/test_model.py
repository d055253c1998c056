"""kg.model: the records stages hand each other, and fast_record, which builds the busiest of them."""
from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from kg.extract.flows import RawFlow
from kg.extract.numbers import Quantity
from kg.model import Evidence, Observation, RegionMention, fast_record

FAST_RECORDS = [Quantity, RegionMention, RawFlow, Evidence, Observation]


@pytest.mark.parametrize("cls", FAST_RECORDS, ids=lambda cls: cls.__name__)
def test_a_fast_record_behaves_as_the_frozen_dataclass_it_declares(cls):
    fields = dataclasses.fields(cls)
    names = [f.name for f in fields]
    parameters = inspect.signature(cls).parameters
    assert list(parameters) == names
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    assert {n: p.default for n, p in parameters.items() if p.default is not inspect.Parameter.empty} == defaults
    values = [f"value-{n}" for n in names]
    record = cls(*values)
    assert [getattr(record, n) for n in names] == values
    assert cls(**dict(zip(names, values))) == record and hash(cls(*values)) == hash(record)
    assert pickle.loads(pickle.dumps(record)) == record
    first = names[0]
    assert getattr(dataclasses.replace(record, **{first: 1}), first) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, first, 2)
    required = [f for f in fields if f.default is dataclasses.MISSING]
    with pytest.raises(TypeError):
        cls(*values[: len(required) - 1])


def test_fast_record_refuses_fields_it_cannot_build():
    with pytest.raises(TypeError):
        @fast_record
        @dataclasses.dataclass(frozen=True, init=False)
        class WithFactory:
            items: list = dataclasses.field(default_factory=list)
