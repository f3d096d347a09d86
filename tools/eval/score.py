#!/usr/bin/env python3
"""score.py DIR LEDE [v]: code every DIR/*.json (gold format) with LEDE; multiset root+src3+tgt3."""
import json, subprocess, sys, glob, os
d, lede = sys.argv[1], sys.argv[2]
verbose = len(sys.argv) > 3
files = sorted(glob.glob(os.path.join(d, '*.json')))
arts = []
for f in files:
    j = json.load(open(f))
    arts.append(j)
inp = '\n'.join(json.dumps({"id": a["id"], "text": a["text"], "title": a.get("title", ""),
                            "date": a.get("published")}) for a in arts)
out = subprocess.run([lede, 'code', '--format', 'jsonl', '-'],
                     input=inp, capture_output=True, text=True)
res = {}
for line in out.stdout.splitlines():
    o = json.loads(line)
    res[o['id']] = o
c3 = lambda c: (c or '')[:3]
TP = G = O = 0
neg = []
for a in arts:
    r = res.get(a['id'], {'events': []})
    prod = [(e['root'], c3((e.get('source') or {}).get('code')), c3((e.get('target') or {}).get('code')), e.get('sentence', '')[:90], e.get('modality')) for e in r['events']]
    if a.get('negative') and prod:
        neg.append((a['id'], len(prod)))
    O += len(prod)
    opt = []
    lines = []
    for e in a['gold']['events']:
        k = (e['root'], c3(e.get('source')), c3(e.get('target')))
        if e.get('uncertain') or e.get('background'):
            opt.append(k); continue
        G += 1
        i = next((i for i, p in enumerate(prod) if p[:3] == k), None)
        if i is not None:
            prod.pop(i); TP += 1
        else:
            lines.append(f"  MISS {k} | {e.get('sentence','')[:110]}")
    for k in opt:
        i = next((i for i, p in enumerate(prod) if p[:3] == k), None)
        if i is not None:
            prod.pop(i); O -= 1
    for p in prod:
        lines.append(f"  EXTRA {p[:3]} {p[4] or ''} | {p[3]}")
    if verbose and lines:
        print(a['id']); print('\n'.join(lines))
P = TP / max(O, 1); R = TP / max(G, 1)
F = 2 * P * R / (P + R) if P + R else 0
print(f"{d}: R {TP}/{G} P {TP}/{O} F1 {F:.2f}  negatives with events: {neg}")
