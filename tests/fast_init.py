"""One check for the frozen records whose __init__ is written out by hand for speed."""
from __future__ import annotations

import dataclasses
import inspect

import pytest


def check_fast_init(cls: type) -> None:
    """The hand-written __init__ takes every field, in order, with the fields' defaults, and sets it."""
    names = [f.name for f in dataclasses.fields(cls)]
    parameters = inspect.signature(cls).parameters
    assert list(parameters) == names
    defaults = {f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}
    assert {n: p.default for n, p in parameters.items() if p.default is not inspect.Parameter.empty} == defaults
    values = [object() for _ in names]
    record = cls(*values)
    assert [getattr(record, n) for n in names] == values
    first = names[0]
    assert getattr(dataclasses.replace(record, **{first: 1}), first) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, first, 2)
