from matching.engine import get_engine
from matching.evidence import EvidenceScorer
from criteria.roles import library_role
import datetime as dt, sys
spec = library_role("advanced-occupational-therapist-reablement-grade-l")
eng = get_engine()
sc = EvidenceScorer.of(eng.nlp)
for cid in ["financial-spend","audit-research","managing-change","supervision"]:
    c = spec.criterion(cid)
    a = sc.compiler.compile(c.text)
    print(cid, a.topics, a.kind, a.recognised, a.describe())
text = "I have no experience of monitoring financial spend. I have not done audit or research but I attend our journal club.\n\nManaging people through change\n\nI am happy to receive training and support in the areas I am less experienced in, such as supervision and training staff."
r = eng.score(spec, text, reference_date=dt.date(2026,11,22))
for x in r.criteria:
    if x.id in ("financial-spend","audit-research","managing-change","supervision"):
        print(x.id, x.verdict, x.explanation)
