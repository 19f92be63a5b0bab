"""Print distinct failing excerpts of the given capabilities."""
import sys
from matching.engine import get_engine
from tests.behaviour.capabilities import capabilities
from tests.behaviour.suite import measure, excerpt
wanted = set(sys.argv[1:])
e = get_engine()
for cap in capabilities():
    if wanted and cap.id not in wanted: continue
    m = measure(cap, e)
    seen=set()
    print(f"== {cap.id}: {len(m.failures)} failures, fnm {m.false_not_met}")
    for o in m.failures:
        x = excerpt(o.case, 260)
        key = x[:80]
        if key in seen: continue
        seen.add(key)
        print(f"  [{o.expected} / {o.got}] {x}")
        if len(seen) >= 8: break
