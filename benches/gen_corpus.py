#!/usr/bin/env python3
"""Generate a news-like corpus (JSONL documents) from templates, for benchmarks
on machines without the PolNeAR data. Deterministic for a given seed.

usage: gen_corpus.py N_DOCS [--seed S] > corpus.jsonl
"""
import json
import random
import sys

FIRST = ["Maria", "John", "Aisha", "Kenji", "Olga", "Pedro", "Fatima", "Lars", "Chen", "Amara", "Tomas", "Ines"]
LAST = ["Lopez", "Smith", "Okafor", "Tanaka", "Petrova", "Silva", "Haddad", "Berg", "Wang", "Diallo", "Novak", "Costa"]
ROLES = ["a spokeswoman for the ministry", "the city's mayor", "a senior official", "the union leader", "an analyst at a bank"]
PLACES = ["Russia", "the U.S.", "Germany", "France", "China", "Brazil", "Moscow", "Washington", "the Kremlin", "NATO"]
CUES = ["said", "told reporters", "warned", "insisted", "added", "noted", "claimed"]
STANCES = ["threatened to", "agreed to", "vowed to", "refused to", "plans to"]
CLAUSES = [
    "the talks would continue next week",
    "prices had risen faster than expected",
    "the plan was never going to work",
    "the border would stay closed until further notice",
    "nobody had been told about the decision",
    "the vote should be delayed",
]
VERBS = ["raise taxes", "close the plant", "reopen the embassy", "cut spending", "hold new elections"]
FILLER = [
    "The meeting took place in the capital on a rainy morning.",
    "Markets were calm after the announcement.",
    "The report runs to more than 200 pages.",
    "Several hundred people gathered outside the building.",
    "The decision follows months of negotiations.",
]


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def paragraph(r):
    k = r.randrange(7)
    p, q = person(r), r.choice(CLAUSES)
    if k == 0:
        return f'"{q[0].upper() + q[1:]}," {p} {r.choice(CUES)}.'
    if k == 1:
        return f"{p}, {r.choice(ROLES)}, {r.choice(CUES)} that {q}."
    if k == 2:
        return f"{q[0].upper() + q[1:]}, {r.choice(PLACES)} {r.choice(CUES)} on Monday."
    if k == 3:
        return f"{r.choice(PLACES)} {r.choice(STANCES)} {r.choice(VERBS)} if {q}."
    if k == 4:
        return f'According to {p}, {q}. "We will see," {r.choice(["he", "she"])} said.'
    if k == 5:
        return f'{p} said {q}, calling it "a {r.choice(["serious", "long overdue", "risky"])} step."'
    return " ".join(r.choice(FILLER) for _ in range(3))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    r = random.Random(seed)
    for i in range(n):
        paras = [paragraph(r) for _ in range(r.randrange(6, 18))]
        print(json.dumps({"id": f"gen-{i}", "text": "\n\n".join(paras)}))


if __name__ == "__main__":
    main()
