"""The counterfactual fairness audit as figures: how many verdicts and scores change when the
same statements are written by applicants of other names, pronouns, ages and nationalities.

Run ``python -m benchmarks.bench_fairness`` (``make bench`` runs it too). It renders exactly
what tests/test_fairness_counterfactual.py renders (same corpus, seed and identity lists) and
prints the number of comparisons and of changes, which must be 0; it exits 1 otherwise.
"""

from __future__ import annotations

import random
import sys
import time

from criteria.roles import library_role
from matching.applicant import Applicant
from matching.engine import get_engine
from tests.test_fairness_counterfactual import (
    AGES,
    BASE,
    NAMES,
    NATIONALITIES,
    OPENINGS,
    PRONOUNS,
    REFERENCE_DATE,
    RENDERINGS_PER_STATEMENT,
    SEED,
    _corpus_criteria_spec,
    _identities,
    _outcome,
    _role_cases,
)


def main() -> int:
    started = time.perf_counter()
    engine = get_engine()
    rng = random.Random(SEED)
    cases = _role_cases()
    comparisons = scored = 0
    changes: list[str] = []
    for number, case in enumerate(cases):
        applicant = Applicant.model_validate(case.get("applicant", {}))
        opening = OPENINGS[number % len(OPENINGS)]
        for spec in (library_role(case["role"]), _corpus_criteria_spec()):
            statement = BASE.render(case["statement"], opening)
            base = _outcome(
                engine.score(spec, statement, reference_date=REFERENCE_DATE, applicant=applicant)
            )
            scored += 1
            for identity in _identities(RENDERINGS_PER_STATEMENT, rng):
                text = identity.render(case["statement"], opening)
                rendered = _outcome(
                    engine.score(spec, text, reference_date=REFERENCE_DATE, applicant=applicant)
                )
                scored += 1
                comparisons += len(base)
                changes += [
                    f"{case['id']} / {spec.id} / ({identity}): {key}"
                    for key in base
                    if rendered.get(key) != base[key]
                ]
    seconds = time.perf_counter() - started
    print("Counterfactual fairness audit (tests/test_fairness_counterfactual.py)")
    print(f"  statements (whole-statement corpus cases)  {len(cases)}")
    print(f"  identities per statement and role         {RENDERINGS_PER_STATEMENT}")
    print(
        f"  drawn from                                 {len(NAMES)} names, {len(PRONOUNS)} "
        f"pronoun sets, ages {AGES[0]}-{AGES[-1]}, {len(NATIONALITIES)} nationalities"
    )
    print(f"  statements scored                          {scored}")
    print(f"  comparisons (verdicts, scores, outcomes)   {comparisons:,}")
    print(f"  changes                                    {len(changes)}")
    print(f"  time                                       {seconds:.1f} s")
    for change in changes[:20]:
        print("  CHANGED", change)
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main())
