#!/usr/bin/env python3
"""One pass's figures from two callgrind outputs (input once, input twice).

usage: callgrind_pass.py TAG ONCE.out TWICE.out [N]

Prints est = Ir + 15 Bcm + 10 D1mr + 40 DLmr, Ir, Bcm, D1mr and DLmr of
the second run less the first; with N > 0 also the N functions of the
pass with the highest est, each with what is inlined into it (from
callgrind_annotate's per-function table of each run).
"""
import re
import subprocess
import sys

EVENTS = ["Ir", "Bcm", "D1mr", "DLmr"]


def est(v):
    return v["Ir"] + 15 * v["Bcm"] + 10 * v["D1mr"] + 40 * v["DLmr"]


def totals(path):
    names, values = None, None
    with open(path) as f:
        for line in f:
            if line.startswith("events:"):
                names = line.split()[1:]
            elif line.startswith(("summary:", "totals:")):
                values = [int(x) for x in line.split()[1:]]
    if names is None or values is None:
        sys.exit(f"callgrind_pass.py: {path}: no events or totals")
    return dict(zip(names, values))


FIELD = re.compile(r"\s*(?:([\d,]+)(?: \(\s*[\d.]+%\))?|(\.))")


def functions(path):
    out = subprocess.run(
        ["callgrind_annotate", "--inclusive=no", "--auto=no", "--threshold=100",
         "--show=" + ",".join(EVENTS), path],
        capture_output=True, text=True, check=True).stdout
    table, on = {}, False
    for line in out.splitlines():
        if "file:function" in line:
            on = True
            continue
        if not on or not line.strip() or line.startswith("-"):
            continue
        pos, values = 0, []
        for _ in EVENTS:
            m = FIELD.match(line, pos)
            if not m:
                break
            values.append(int(m.group(1).replace(",", "")) if m.group(1) else 0)
            pos = m.end()
        if len(values) < len(EVENTS):
            continue
        # "file:function [binary]": the function, its inlined lines from
        # every file together.
        name = re.sub(r" \[[^]]*\]$", "", line[pos:].strip()).split(":", 1)[-1]
        old = table.get(name, [0] * len(EVENTS))
        table[name] = [a + b for a, b in zip(old, values)]
    return table


def main():
    tag, once, twice = sys.argv[1], sys.argv[2], sys.argv[3]
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    a, b = totals(once), totals(twice)
    d = {k: b[k] - a.get(k, 0) for k in EVENTS}
    print(f"{tag}: est {est(d) / 1e6:.2f} M  Ir {d['Ir'] / 1e6:.2f} M  Bcm {d['Bcm'] / 1e3:.0f} K  "
          f"D1mr {d['D1mr'] / 1e3:.0f} K  DLmr {d['DLmr'] / 1e3:.0f} K  (a pass of the input)")
    if n > 0:
        fa, fb = functions(once), functions(twice)
        rows = []
        for name, vb in fb.items():
            va = fa.get(name, [0] * len(EVENTS))
            v = dict(zip(EVENTS, (y - x for x, y in zip(va, vb))))
            rows.append((est(v), v, name))
        rows.sort(key=lambda r: -r[0])
        print(f"{'est M':>8} {'Ir M':>8} {'Bcm K':>7} {'D1mr K':>7}  function")
        for e, v, name in rows[:n]:
            print(f"{e / 1e6:8.2f} {v['Ir'] / 1e6:8.2f} {v['Bcm'] / 1e3:7.0f} {v['D1mr'] / 1e3:7.0f}  {name}")


if __name__ == "__main__":
    main()
