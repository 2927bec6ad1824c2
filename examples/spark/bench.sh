#!/usr/bin/env bash
# Measures the "Scaling out" figures of README.md: documents/s of
# `whosaid extract` alone vs the Spark job in local[2] on the same input, and
# where Spark's overhead goes.
#
# usage: examples/spark/bench.sh [WHOSAID_BINARY] [COPIES]
#   input: ../shared/eval/polnear/{train,dev}.docs.jsonl repeated COPIES times
#   (default 10: 9,240 documents, 45 MB) with unique ids.
# Needs pyspark on PATH's python (e.g. . .ci/.venv/bin/activate) and Java 17.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${1:-$ROOT/target/release/whosaid}"
COPIES="${2:-10}"
SHARED="${WHOSAID_SHARED:-$ROOT/../shared}"
W="$ROOT/target/spark-bench"
JOB="$ROOT/examples/spark/whosaid_spark.py"
[ -x "$BIN" ] || { echo "bench: $BIN is not an executable" >&2; exit 2; }
command -v spark-submit >/dev/null || { echo "bench: spark-submit not on PATH (activate .ci/.venv)" >&2; exit 2; }
export SPARK_LOCAL_IP=127.0.0.1
mkdir -p "$W"

python3 - "$SHARED" "$COPIES" "$W/corpus.jsonl" <<'PY'
import json, sys
shared, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
docs = []
for part in ("train", "dev"):
    with open("%s/eval/polnear/%s.docs.jsonl" % (shared, part), encoding="utf-8") as f:
        docs += [json.loads(l) for l in f if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for k in range(copies):
        for d in docs:
            d = dict(d, id="%s#%d" % (d["id"], k))
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
PY
N=$(wc -l <"$W/corpus.jsonl")
MB=$(( $(stat -c %s "$W/corpus.jsonl") / 1000000 ))
echo "bench: $N documents, $MB MB, binary $BIN"

# Best of 3 runs: sets WALL (s) and CPU (user+sys s of the process tree).
best3() {
    local w c
    WALL="" CPU=""
    for _ in 1 2 3; do
        /usr/bin/time -f '%e %U %S' -o "$W/time.txt" "$@" >"$W/last.out" 2>"$W/last.err" || {
            tail -n 20 "$W/last.err" >&2; echo "bench: failed: $*" >&2; exit 1; }
        read -r w u s <"$W/time.txt"
        c=$(echo "$u + $s" | bc)
        if [ -z "$WALL" ] || [ "$(echo "$w < $WALL" | bc)" = 1 ]; then WALL=$w CPU=$c; fi
    done
}
rate() { echo "scale=0; $N / $1" | bc; }
report() { printf 'bench: %-36s %6.2f s wall %6.2f s cpu%s\n' "$1" "$WALL" "$CPU" "${2:-}"; }

echo "bench: load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
best3 "$BIN" extract --format jsonl "$W/corpus.jsonl"
T_BIN=$WALL
report "binary alone" "  ($(rate "$WALL") docs/s)"

cat >"$W/session.py" <<'PY'
from pyspark.sql import SparkSession
SparkSession.builder.appName("bench-session").getOrCreate().stop()
PY
best3 spark-submit --master 'local[2]' "$W/session.py"
T_SESSION=$WALL
report "spark-submit + session, no job"

printf '#!/bin/sh\nexec cat >/dev/null\n' >"$W/null-whosaid"
chmod +x "$W/null-whosaid"
JOBCMD=(spark-submit --master 'local[2]' --conf spark.ui.showConsoleProgress=false "$JOB"
        --overwrite --partitions "${PARTS:-4}")
best3 "${JOBCMD[@]}" --binary "$W/null-whosaid" "$W/corpus.jsonl" "$W/out"
report "job, a binary that only reads"
best3 "${JOBCMD[@]}" --binary "$BIN" "$W/corpus.jsonl" "$W/out"
T_JOB=$WALL
report "job, whosaid, local[2]" "  ($(rate "$WALL") docs/s end to end)"
grep -h "^whosaid_spark: [0-9]" "$W/last.out" "$W/last.err" || true
echo "bench: job minus session start: $(echo "$T_JOB - $T_SESSION" | bc) s ($(rate "$(echo "$T_JOB - $T_SESSION" | bc)") docs/s)"
echo "bench: load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
