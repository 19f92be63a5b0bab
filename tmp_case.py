from tests.behaviour.capabilities import capabilities
from tests.behaviour.suite import measure
from matching.engine import get_engine
e=get_engine()
for cap in capabilities():
    if cap.id=="years-pq-post-registration":
        m=measure(cap,e)
        for o in m.failures[:1]:
            print(repr(o.case.statement)); print(o.case.spec.criteria)
            r=e.score(o.case.spec, o.case.statement, reference_date=__import__('datetime').date(2026,11,22))
            for c in r.criteria: print(c.id, c.verdict, c.explanation)
