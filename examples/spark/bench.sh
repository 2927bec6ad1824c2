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

# Best of 3 wall-clock seconds of a command.
best3() {
    local best="" t
    for _ in 1 2 3; do
        local t0; t0=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        t=$(echo "$(date +%s.%N) - $t0" | bc)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    printf '%.2f' "$best"
}
rate() { echo "scale=0; $N / $1" | bc; }

T_BIN=$(best3 "$BIN" extract --format jsonl "$W/corpus.jsonl")
echo "bench: binary alone:                  $T_BIN s  ($(rate "$T_BIN") docs/s)"

cat >"$W/session.py" <<'PY'
from pyspark.sql import SparkSession
SparkSession.builder.appName("bench-session").getOrCreate().stop()
PY
T_SESSION=$(best3 spark-submit --master 'local[2]' "$W/session.py")
echo "bench: spark-submit + session only:   $T_SESSION s"

printf '#!/bin/sh\nexec cat >/dev/null\n' >"$W/null-whosaid"
chmod +x "$W/null-whosaid"
job() {
    spark-submit --master 'local[2]' --conf spark.ui.showConsoleProgress=false "$JOB" \
        --overwrite --partitions "${PARTS:-4}" "$@" "$W/corpus.jsonl" "$W/out"
}
T_NULL=$(best3 job --binary "$W/null-whosaid")
echo "bench: job, binary that reads only:   $T_NULL s"
T_JOB=$(best3 job --binary "$BIN")
echo "bench: job, real binary, local[2]:    $T_JOB s  ($(rate "$T_JOB") docs/s end to end)"
ROWS=$("$BIN" extract --format jsonl "$W/corpus.jsonl" 2>/dev/null | wc -l)
echo "bench: rows: $ROWS"
echo "bench: spark-only (job - session - binary): $(echo "$T_JOB - $T_SESSION - $T_BIN" | bc) s"
