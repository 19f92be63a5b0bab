import datetime as dt
from criteria.roles import library_role
from matching.engine import get_engine
e=get_engine()
for role in ["experienced-occupational-therapist-g10","occupational-therapist-community-mental-health-kr10","occupational-therapist-home-first-g10-11"]:
    spec=library_role(role)
    s=("I have worked as an occupational therapist for six years. Because of my epilepsy I am not allowed to hold a driving licence, "
       "so I cannot drive.")
    r=e.score(spec, s, reference_date=dt.date(2026,11,22))
    for c in r.criteria:
        crit=spec.criterion(c.id)
        if "travel" in crit.text.lower() or (c.rule_kind=="driving"):
            print(role, c.id, c.verdict.value, c.needs_review, c.flags, c.explanation[:200])
    print("  ->", r.recommendation.value)
