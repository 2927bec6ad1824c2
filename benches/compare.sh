#!/usr/bin/env bash
# Compares the speed of two whosaid binaries on a noisy machine: N rounds of
# A B B A, each run `extract -q -j 1` over the same input, timed as user +
# system CPU. A round's ratio is (B1 + B2) / (A1 + A2), so a slow spell of
# the host that covers a round weighs on both binaries alike; the median of
# the rounds is the comparison. About 100 rounds tell a 2% change.
#
# usage: benches/compare.sh A B [ROUNDS] [INPUT]      (default 100 rounds)
# INPUT defaults to the first 15 MB of target/bench/corpus.jsonl (made by
# benches/throughput.sh), cut at a line end.
set -euo pipefail
A=$1; B=$2; N=${3:-100}; IN=${4:-}
cd "$(dirname "$0")/.."
if [ -z "$IN" ]; then
  [ -f target/bench/corpus.jsonl ] || { echo "compare.sh: run benches/throughput.sh first, or give INPUT" >&2; exit 2; }
  IN=target/bench/compare15.jsonl
  python3 - target/bench/corpus.jsonl "$IN" <<'PY'
import sys
d = open(sys.argv[1], "rb").read(15_000_000)
open(sys.argv[2], "wb").write(d[: d.rfind(b"\n") + 1])
PY
fi
T=$(mktemp)
trap 'rm -f "$T"' EXIT
cpu() { /usr/bin/time -f "%U %S" -o "$T" "$1" extract -q -j 1 "$IN" > /dev/null; tail -n 1 "$T" | awk '{print $1 + $2}'; }
R=()
for _ in $(seq 1 "$N"); do
  a1=$(cpu "$A"); b1=$(cpu "$B"); b2=$(cpu "$B"); a2=$(cpu "$A")
  R+=("$(python3 -c "import sys; a1,b1,b2,a2=map(float,sys.argv[1:]); print((b1+b2)/max(a1+a2,1e-9))" "$a1" "$b1" "$b2" "$a2")")
done
python3 - "${R[@]}" <<'PY'
import statistics, sys
r = [float(x) for x in sys.argv[1:]]
print(f"B/A over {len(r)} rounds of A B B A: median {statistics.median(r):.4f}, "
      f"mean {statistics.mean(r):.4f}, B faster in {sum(x < 1 for x in r)}")
PY
