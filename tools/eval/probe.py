#!/usr/bin/env python3
"""probe.py FILE LEDE [v]"""
import json, subprocess, sys
f, lede = sys.argv[1], sys.argv[2]
verbose = len(sys.argv) > 3
rows = [json.loads(l) for l in open(f) if l.strip()]
inp = '\n'.join(json.dumps({"id": r["id"], "text": r["text"], "title": r.get("title", ""), "date": r.get("date", "2025-06-12")}) for r in rows)
out = subprocess.run([lede, 'code', '--format', 'jsonl', '-'], input=inp, capture_output=True, text=True)
res = {json.loads(l)['id']: json.loads(l) for l in out.stdout.splitlines()}
c3 = lambda c: (c or '')[:3]
TP = G = O = 0
for r in rows:
    prod = [(e['root'], c3((e.get('source') or {}).get('code')), c3((e.get('target') or {}).get('code'))) for e in res.get(r['id'], {'events': []})['events']]
    O += len(prod)
    exp = [(e['root'], c3(e['source']), c3(e['target'])) for e in r['expect']]
    G += len(exp)
    miss = []
    for k in exp:
        if k in prod:
            prod.remove(k); TP += 1
        else:
            miss.append(k)
    if verbose and (miss or prod):
        print(f"{r['id']}: miss {miss} extra {prod} | {r['text'][:150]}")
P = TP / max(O, 1); R = TP / max(G, 1)
F = 2 * P * R / (P + R) if P + R else 0
print(f"{f}: R {TP}/{G} P {TP}/{O} F1 {F:.2f}")
