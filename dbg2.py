import sys
from matching.engine import get_engine
from matching.evidence import EvidenceScorer
eng = get_engine()
sc = EvidenceScorer.of(eng.nlp)
text = sys.stdin.read()
st = eng.parse_many([text])[0]
rd = sc.reader.reading(st)
for i, s in enumerate(st.sentences):
    tops = rd.topics[i]
    if not tops: 
        print(f"[{i}] -- {s.text[:100]!r}"); continue
    sc.reader.prepare(st, rd, [i])
    out = []
    for t, ms in tops.items():
        st_ = sc.reader.stances(st, rd, i, t)
        out.append(f"{t}:{'/'.join(m.stance.name for m in st_)}:{'|'.join(m.text if hasattr(m,'text') else str(m.start) for m in ms[:2])}")
    print(f"[{i}] {s.text[:100]!r}\n     " + "  ".join(out))
