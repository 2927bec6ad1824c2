#!/usr/bin/env python3
"""Generated inputs on which two builds must give the same output.

usage: benches/gen_variants.py SEED OUTDIR

Writes, from PolNeAR train and dev and the seed (../shared) and the
default gazetteer (gazetteer/), with a seeded random generator:
  mix.jsonl     sentences shuffled into new documents, quote marks swapped
  mut.jsonl     documents with characters deleted, inserted and replaced,
                cut at random, and a few degenerate texts
  join.jsonl    documents joined into a dozen long ones
  stance.jsonl  quote and stance templates with the gazetteer's names and
                every cue form
  gz1/, gz2/    user gazetteers: people.csv cut and added to, verbs.csv cut
                and given a new verb
benches/same_output.sh runs two binaries over such a directory.
"""
import csv
import json
import os
import random
import re
import sys

seed = int(sys.argv[1]); out = sys.argv[2]; os.makedirs(out, exist_ok=True)
R = random.Random(seed)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
S = os.path.join(ROOT, "..", "shared")
G = os.path.join(ROOT, "gazetteer")
docs = []
for f in ["eval/polnear/train.docs.jsonl", "eval/polnear/dev.docs.jsonl", "seed/seed.docs.jsonl"]:
    docs += [json.loads(l) for l in open(f"{S}/{f}", encoding="utf-8") if l.strip()]
texts = [d["text"] for d in docs]
sents = [s for t in texts for s in re.split(r"(?<=[.!?\"”])\s+", t) if s]
people = [r["name"] for r in csv.DictReader(open(os.path.join(G, "people.csv")))]
orgs = [r["name"] for r in csv.DictReader(open(os.path.join(G, "organizations.csv")))]
states = [r["name"] for r in csv.DictReader(open(os.path.join(G, "states.csv")))]
verbs = [r for r in csv.DictReader(open(os.path.join(G, "verbs.csv")))]
forms = [f for v in verbs for f in v["forms"].split("|")]
def w(name, items):
    with open(f"{out}/{name}.jsonl", "w", encoding="utf-8") as f:
        for i, t in enumerate(items):
            f.write(json.dumps({"id": f"{name}-{seed}-{i}", "text": t}, ensure_ascii=False) + "\n")
# mix: sentences shuffled into documents, paragraphs, quote marks swapped
mix = []
for i in range(600):
    k = R.randint(1, 40); ss = R.sample(sents, k); t = ""
    for s in ss:
        if R.random() < 0.1: s = s.replace('"', R.choice(['“', '”', "'", '«', '']))
        t += s + R.choice([" ", " ", "\n\n", "\n", "  "])
    mix.append(t)
w("mix", mix)
# mut: train/dev docs with character mutations and cuts
chars = list('"“”‘’\'(),.:;—-–?! \n') + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + ["é", "ß", "中", "\u00a0", "\u200b", "\t"]
mut = []
for i in range(800):
    t = list(R.choice(texts))
    for _ in range(R.randint(1, 60)):
        if not t: break
        p = R.randrange(len(t)); op = R.random()
        if op < 0.4: del t[p]
        elif op < 0.8: t.insert(p, R.choice(chars))
        else: t[p] = R.choice(chars)
    t = "".join(t)
    if R.random() < 0.2: t = t[R.randrange(len(t) + 1):]
    if R.random() < 0.2: t = t[:R.randrange(len(t) + 1)]
    mut.append(t)
mut += ["", " ", '"', '""', "“", "said", '"Yes," he said.', "\n\n\n", "(", "A. B. C. said.", '"' * 500, "He said " * 3000]
w("mut", mut)
# join: many documents joined into a few long ones
join = []
for i in range(12):
    join.append(R.choice(["\n\n", "\n", " "]).join(R.sample(texts, R.randint(20, 120))))
w("join", join)
# stance: templates with gazetteer names and verb forms
tmpl = ['{s} {v} that {c}.', '"{c}," {s} {v}.', '{s} {v} {c}.', 'According to {s}, {c}.', '"{c}," {v} {s}, "and more."',
        '{s}, the {r} of {st}, {v} on Tuesday that {c}.', 'The {st} government {v} {c}.', '{s} {v}: "{c}"', '{s} has long {v} {c}.']
stance = []
for i in range(700):
    t = []
    for _ in range(R.randint(1, 12)):
        c = R.choice(sents).rstrip(".!?\"”")
        s = R.choice([R.choice(people), R.choice(orgs), R.choice(states), "He", "She", "They", "the minister", "officials"])
        t.append(R.choice(tmpl).format(s=s, v=R.choice(forms), c=c, r=R.choice(["president", "spokesman", "minister"]), st=R.choice(states)))
    stance.append(" ".join(t))
w("stance", stance)
# user gazetteers
for g in (1, 2):
    d = f"{out}/gz{g}"; os.makedirs(d, exist_ok=True)
    rows = list(csv.DictReader(open(os.path.join(G, "people.csv"))))
    keep = [r for r in rows if R.random() < 0.7]
    for j in range(30):
        n = R.choice(["Alma", "Boris", "Chen", "Dara", "Ed"]) + " " + R.choice(["Quill", "Rask", "Sato", "Tunde", "Voss"]) + str(j)
        keep.append({"id": f"per:gen-{seed}-{g}-{j}", "name": n, "aliases": n, "gender": "F", "country": R.choice(["USA", "FRA", ""]), "short": ""})
    with open(f"{d}/people.csv", "w", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=list(rows[0].keys())); wr.writeheader(); wr.writerows(keep)
    vs = [v for v in verbs if R.random() < 0.85]
    vs.append({"lemma": "harrumph", "class": "say", "forms": "harrumph|harrumphs|harrumphed|harrumphing", "frames": "that|obj"})
    with open(f"{d}/verbs.csv", "w", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=list(verbs[0].keys())); wr.writeheader(); wr.writerows(vs)
