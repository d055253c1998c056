"""SPARQL 1.1 aggregates for rdflib with the spec's error rules, so rdflib answers as Oxigraph does."""
from __future__ import annotations

import collections
import contextlib
import contextvars
from collections.abc import Iterator
from decimal import ROUND_DOWN, Decimal
from typing import Any

# Why: rdflib skips unbound values and ill-typed ones in SUM, AVG and GROUP_CONCAT, crashes
# with NotBoundError on a DISTINCT aggregate over an unbound OPTIONAL variable, and gives no
# row for an empty ungrouped aggregate. SPARQL 1.1 (section 18.5.1, and the W3C tests
# agg-err-01/02, agg-empty-group) says an error in any row makes the aggregate an error, so
# the variable is left unbound; COUNT skips errors; an empty ungrouped query has one group.
# Oxigraph follows the spec, so these accumulators make the two engines give the same rows.
# They are plugged in through rdflib's documented CUSTOM_EVALS hook, and only while
# kg.query runs a query (a context variable), so other rdflib users in the process keep
# rdflib's own behaviour.

_ACTIVE: contextvars.ContextVar[bool] = contextvars.ContextVar("kg_spec_aggregates", default=False)
_HOOK_NAME = "kg.query.aggregates"
_FAILED = object()
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
_DECIMAL_STEP = Decimal(1).scaleb(-18)


@contextlib.contextmanager
def spec_aggregates() -> Iterator[None]:
    """Evaluate AggregateJoin with the accumulators below while the block runs."""
    from rdflib.plugins.sparql import CUSTOM_EVALS

    CUSTOM_EVALS.setdefault(_HOOK_NAME, _eval_aggregate_join)
    token = _ACTIVE.set(True)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def _value(expr: Any, row: Any) -> Any:
    """The expression's value for one row, or _FAILED on an error (unbound, type error...)."""
    from rdflib.plugins.sparql.evalutils import _eval
    from rdflib.plugins.sparql.sparql import SPARQLError

    try:
        value = _eval(expr, row)
    except SPARQLError:
        return _FAILED
    return _FAILED if value is None or isinstance(value, SPARQLError) else value


class _Accumulator:
    def __init__(self, aggregation: Any):
        self.var = aggregation.res
        self.expr = aggregation.vars
        self.distinct = bool(aggregation.distinct)
        self.seen: set = set()
        self.failed = False

    def update(self, row: Any) -> None:
        if self.failed:
            return
        value = _value(self.expr, row)
        if value is _FAILED:
            self.fail_on_error()
            return
        if self.distinct:
            if value in self.seen:
                return
            self.seen.add(value)
        self.add(value)

    def fail_on_error(self) -> None:
        self.failed = True

    def add(self, value: Any) -> None:
        raise NotImplementedError

    def result(self) -> Any:
        """The aggregate's value, or None to leave the variable unbound."""
        raise NotImplementedError


class _Count(_Accumulator):
    def __init__(self, aggregation: Any):
        super().__init__(aggregation)
        self.count = 0

    def update(self, row: Any) -> None:
        if self.expr == "*":
            key = frozenset(row.items()) if self.distinct else None
            if key is not None and key in self.seen:
                return
            if key is not None:
                self.seen.add(key)
            self.count += 1
            return
        super().update(row)

    def fail_on_error(self) -> None:
        pass  # COUNT counts the rows where the expression has a value

    def add(self, value: Any) -> None:
        self.count += 1

    def result(self) -> Any:
        from rdflib import Literal

        return Literal(self.count)


class _Sum(_Accumulator):
    def __init__(self, aggregation: Any):
        super().__init__(aggregation)
        self.total: Any = None  # an rdflib Literal once a value is added
        self.count = 0

    def add(self, value: Any) -> None:
        from rdflib import Literal
        from rdflib.plugins.sparql.operators import numeric
        from rdflib.plugins.sparql.sparql import SPARQLError

        try:
            numeric(value)  # raises on a non-numeric literal, an IRI, a blank node
            self.total = value if self.total is None else _add(self.total, value)
        except (SPARQLError, TypeError, ValueError, AttributeError):
            self.failed = True
            return
        self.count += 1
        if not isinstance(self.total, Literal):
            self.failed = True

    def result(self) -> Any:
        from rdflib import Literal

        if self.failed:
            return None
        return Literal(0) if self.total is None else self.total


class _Avg(_Sum):
    def result(self) -> Any:
        from rdflib import Literal

        if self.failed:
            return None
        if self.total is None:
            return Literal(0)
        datatype = str(self.total.datatype)
        if datatype in (XSD + "double", XSD + "float"):
            return Literal(float(self.total.toPython()) / self.count, datatype=self.total.datatype)
        # xsd:decimal as Oxigraph (and many engines) hold it: 18 digits after the point, cut off.
        mean = (Decimal(str(self.total.toPython())) / Decimal(self.count)).quantize(
            _DECIMAL_STEP, rounding=ROUND_DOWN)
        return Literal(mean, datatype=XSD + "decimal")


class _Extremum(_Accumulator):
    largest = False

    def __init__(self, aggregation: Any):
        super().__init__(aggregation)
        self.best: Any = None

    def add(self, value: Any) -> None:
        if self.best is None:
            self.best = value
            return
        try:
            new, best = _order_key(value), _order_key(self.best)
            if (new > best) if self.largest else (new < best):
                self.best = value
        except TypeError:
            self.failed = True  # terms that cannot be ordered against each other


    def result(self) -> Any:
        return None if self.failed else self.best


class _Min(_Extremum):
    largest = False


class _Max(_Extremum):
    largest = True


class _Sample(_Accumulator):
    def __init__(self, aggregation: Any):
        super().__init__(aggregation)
        self.sample: Any = None

    def fail_on_error(self) -> None:
        pass  # any value of the group will do; rows without one are passed over

    def add(self, value: Any) -> None:
        if self.sample is None:
            self.sample = value

    def result(self) -> Any:
        return self.sample


class _GroupConcat(_Accumulator):
    def __init__(self, aggregation: Any):
        super().__init__(aggregation)
        self.separator = " " if aggregation.separator is None else str(aggregation.separator)
        self.parts: list[str] = []
        self.languages: set = set()

    def add(self, value: Any) -> None:
        from rdflib import Literal

        # Only string literals (plain, xsd:string or language-tagged) may be concatenated.
        if not isinstance(value, Literal) or (value.datatype is not None
                                              and str(value.datatype) != XSD_STRING):
            self.failed = True
            return
        self.parts.append(str(value))
        self.languages.add(value.language)

    def result(self) -> Any:
        from rdflib import Literal

        if self.failed:
            return None
        language = next(iter(self.languages)) if len(self.languages) == 1 else None
        return Literal(self.separator.join(self.parts), lang=language)


def _order_key(term: Any) -> tuple:
    """SPARQL ORDER BY's order as Oxigraph applies it: blank nodes, IRIs, then literals, numbers
    by value before other literals by lexical form (rdflib orders language tags first)."""
    from rdflib import BNode, Literal, URIRef
    from rdflib.plugins.sparql.operators import numeric
    from rdflib.plugins.sparql.sparql import SPARQLError

    if isinstance(term, BNode):
        return (0, str(term))
    if isinstance(term, URIRef):
        return (1, str(term))
    if isinstance(term, Literal):
        try:
            return (2, 0, numeric(term))
        except SPARQLError:
            return (2, 1, str(term), term.language or "", str(term.datatype or ""))
    return (3, str(term))


_ACCUMULATORS = {
    "Aggregate_Count": _Count, "Aggregate_Sum": _Sum, "Aggregate_Avg": _Avg,
    "Aggregate_Min": _Min, "Aggregate_Max": _Max, "Aggregate_Sample": _Sample,
    "Aggregate_GroupConcat": _GroupConcat,
}


def _add(left: Any, right: Any) -> Any:
    from rdflib.plugins.sparql.operators import AdditiveExpression
    from rdflib.plugins.sparql.parserutils import Expr

    return _arithmetic(left, right, "+", AdditiveExpression, Expr)


def _arithmetic(left: Any, right: Any, op: str, function: Any, expr_type: Any) -> Any:
    """left OP right with rdflib's own numeric type promotion (integer + decimal = decimal)."""
    expression = expr_type("AdditiveExpression", function, expr=left, op=[op], other=[right])
    return function(expression, {})


def _eval_aggregate_join(ctx: Any, part: Any) -> Any:
    if part.name != "AggregateJoin" or not _ACTIVE.get():
        raise NotImplementedError  # rdflib evaluates everything else, and this outside kg.query
    return _aggregate_rows(ctx, part)


def _aggregate_rows(ctx: Any, part: Any) -> Iterator[Any]:
    from rdflib.plugins.sparql.evalutils import _eval
    from rdflib.plugins.sparql.evaluate import evalPart
    from rdflib.plugins.sparql.sparql import FrozenBindings

    group_by = part.p.expr

    def new_group() -> list[_Accumulator]:
        return [_ACCUMULATORS[a.name](a) for a in part.A]

    groups: dict[Any, list[_Accumulator]] = collections.OrderedDict()
    if group_by is None:
        groups[()] = new_group()  # no GROUP BY: one group, even when no row matches
    for row in evalPart(ctx, part.p):
        key = () if group_by is None else tuple(_eval(e, row, False) for e in group_by)
        accumulators = groups.get(key)
        if accumulators is None:
            accumulators = groups[key] = new_group()
        for accumulator in accumulators:
            accumulator.update(row)
    for accumulators in groups.values():
        bindings = {}
        for accumulator in accumulators:
            value = accumulator.result()
            if value is not None:
                bindings[accumulator.var] = value
        yield FrozenBindings(ctx, bindings)
