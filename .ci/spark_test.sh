#!/usr/bin/env bash
# Spark integration test (issue 7): runs examples/spark/whosaid_spark.py in
# local[2] over ../shared/eval/polnear/dev.docs.jsonl and checks that its
# Parquet and CSV outputs hold exactly the rows of one local
# `whosaid extract --format jsonl` run; then checks the failure paths
# (missing binary, bad arguments, a partition whose whosaid exits 2 or dies,
# rows for documents that were never sent, skipped documents).
#
# usage: .ci/spark_test.sh [WHOSAID_BINARY]
#   default binary: target/release/whosaid, built here with cargo build --release
# env:   SPARK_TEST_VENV   virtualenv (default .ci/.venv; created if missing)
#        PYSPARK_VERSION   pyspark to install (default 3.5.3; needs Java 8/11/17)
#        WHOSAID_SHARED    the shared/ folder (default ../shared)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf 'spark_test: %s\n' "$*"; }
die() { printf 'spark_test: FAIL: %s\n' "$*" >&2; exit 1; }

VENV="${SPARK_TEST_VENV:-$ROOT/.ci/.venv}"
PYSPARK_VERSION="${PYSPARK_VERSION:-3.5.3}"
SHARED="${WHOSAID_SHARED:-$ROOT/../shared}"
DOCS="$SHARED/eval/polnear/dev.docs.jsonl"
JOB="$ROOT/examples/spark/whosaid_spark.py"
WORK="$ROOT/target/spark-test"
[ -f "$DOCS" ] || die "test corpus $DOCS not found (set WHOSAID_SHARED)"

# --- Java ------------------------------------------------------------------
if ! command -v java >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "no java: installing openjdk-17-jre-headless"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
    fi
    command -v java >/dev/null 2>&1 || die "java not found: Spark needs Java 17 (apt-get install openjdk-17-jre-headless)"
fi
say "$(java -version 2>&1 | head -1)"

# --- pyspark in a virtualenv ------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
    say "creating virtualenv $VENV"
    python3 -m venv "$VENV" || die "python3 -m venv failed (apt-get install python3-venv?)"
fi
if ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    say "installing pyspark==$PYSPARK_VERSION (about 300 MB)"
    "$VENV/bin/pip" install -q --disable-pip-version-check "pyspark==$PYSPARK_VERSION" \
        || die "pip install pyspark==$PYSPARK_VERSION failed"
fi
export PATH="$VENV/bin:$PATH"         # spark-submit finds pyspark through this python
export PYSPARK_PYTHON="$VENV/bin/python" PYSPARK_DRIVER_PYTHON="$VENV/bin/python"
export SPARK_LOCAL_IP=127.0.0.1       # local mode only: no other interface needed
unset SPARK_HOME

# --- the whosaid binary ---------------------------------------------------
if [ $# -ge 1 ]; then
    BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    say "cargo build --release"
    cargo build --release --quiet || die "cargo build --release failed"
    BIN="$ROOT/target/release/whosaid"
fi
[ -x "$BIN" ] || die "whosaid binary $BIN not found or not executable"

rm -rf "$WORK"
mkdir -p "$WORK/fakes"
PASSED=0

# Runs the job; its stdout+stderr go to $WORK/$1.log; sets RC.
run_job() {
    local name="$1"; shift
    local t0=$SECONDS
    set +e
    spark-submit --master 'local[2]' --conf spark.ui.showConsoleProgress=false \
        --driver-memory 1g "$JOB" "$@" >"$WORK/$name.log" 2>&1
    RC=$?
    set -e
    say "$name: job exit $RC in $((SECONDS - t0)) s"
}
show_log() { printf -- '--- %s (last 40 lines) ---\n' "$WORK/$1.log" >&2; tail -n 40 "$WORK/$1.log" >&2; }
pass() { PASSED=$((PASSED + 1)); say "ok: $*"; }

# Expects the job named $1 to have exited $2 with a line matching $3.
expect_failure() {
    local name="$1" want_rc="$2" pattern="$3"
    if [ "$RC" != "$want_rc" ]; then show_log "$name"; die "$name: exit $RC, expected $want_rc"; fi
    if ! grep -q -- "$pattern" "$WORK/$name.log"; then
        show_log "$name"; die "$name: no message matching '$pattern'"
    fi
    say "  $(grep -m1 '^whosaid_spark: \(error\|warning\)' "$WORK/$name.log" | cut -c1-200)"
}

# --- 1. equal rows: Spark local[2] vs one local process ----------------------
set +e
"$BIN" extract --format jsonl "$DOCS" >"$WORK/local.jsonl" 2>"$WORK/local.err"
LOCAL_RC=$?
set -e
case "$LOCAL_RC" in
    0|1) ;;
    *) cat "$WORK/local.err" >&2; die "whosaid extract on $DOCS exited $LOCAL_RC" ;;
esac
say "local run: $(wc -l <"$WORK/local.jsonl") rows, exit $LOCAL_RC"
run_job dev --binary "$BIN" --partitions 4 "$DOCS" "$WORK/out-dev"
if [ "$RC" != "$LOCAL_RC" ]; then show_log dev; die "dev: job exit $RC, local run exit $LOCAL_RC"; fi
grep '^whosaid_spark: [0-9]' "$WORK/dev.log" || true
python "$ROOT/.ci/spark_compare.py" "$WORK/local.jsonl" "$WORK/out-dev" >"$WORK/compare-dev.log" 2>&1 \
    || { grep -v ' INFO \| WARN ' "$WORK/compare-dev.log" >&2; die "dev: Spark rows differ from the local run"; }
grep '^spark_compare:' "$WORK/compare-dev.log"
pass "Parquet and CSV rows equal the local run on $(basename "$DOCS")"

# --- 2. Parquet input with other column names (integer ids) ------------------
python "$ROOT/.ci/spark_make_parquet.py" "$DOCS" "$WORK/docs.parquet" "$WORK/docs-pq.jsonl" \
    >"$WORK/make-parquet.log" 2>&1 || { tail -n 40 "$WORK/make-parquet.log" >&2; die "could not write the Parquet input"; }
set +e
"$BIN" extract --format jsonl "$WORK/docs-pq.jsonl" >"$WORK/local-pq.jsonl" 2>"$WORK/local-pq.err"
PQ_RC=$?
set -e
case "$PQ_RC" in 0|1) ;; *) cat "$WORK/local-pq.err" >&2; die "whosaid extract exited $PQ_RC" ;; esac
run_job parquet --binary "$BIN" --id-col doc_key --text-col body --title-col headline \
    "$WORK/docs.parquet" "$WORK/out-pq"
if [ "$RC" != "$PQ_RC" ]; then show_log parquet; die "parquet: job exit $RC, local run exit $PQ_RC"; fi
python "$ROOT/.ci/spark_compare.py" "$WORK/local-pq.jsonl" "$WORK/out-pq" >"$WORK/compare-pq.log" 2>&1 \
    || { grep -v ' INFO \| WARN ' "$WORK/compare-pq.log" >&2; die "parquet: Spark rows differ from the local run"; }
pass "Parquet input (--id-col/--text-col/--title-col) gives the rows of the local run"

# --- 3. skipped documents: reported, exit 1, other rows kept ------------------
# Two lines whosaid skips, and a document without an id, which the job skips
# (whosaid's fallback id, <stdin>:LINE, would not be unique across partitions).
{ head -n 3 "$DOCS"; echo '{"id": "broken", "text": '; echo '[1, 2]'; sed -n '4,6p' "$DOCS"; } >"$WORK/bad-local.jsonl"
{ cat "$WORK/bad-local.jsonl"; echo '{"text": "\"We will win,\" Smith said."}'; } >"$WORK/bad.jsonl"
set +e
"$BIN" extract --format jsonl "$WORK/bad-local.jsonl" >"$WORK/local-bad.jsonl" 2>"$WORK/local-bad.err"
BAD_RC=$?
set -e
[ "$BAD_RC" = 1 ] || die "whosaid extract on a file with 2 bad lines exited $BAD_RC, expected 1"
run_job skipped --binary "$BIN" --partitions 2 "$WORK/bad.jsonl" "$WORK/out-bad"
expect_failure skipped 1 "documents skipped"
grep -q "no usable id" "$WORK/skipped.log" || { show_log skipped; die "skipped: the document without an id was not reported"; }
python "$ROOT/.ci/spark_compare.py" "$WORK/local-bad.jsonl" "$WORK/out-bad" >"$WORK/compare-bad.log" 2>&1 \
    || { grep -v ' INFO \| WARN ' "$WORK/compare-bad.log" >&2; die "skipped: Spark rows differ from the local run"; }
pass "skipped documents (bad lines, no id) are reported (exit 1) and the other rows kept"

# --- 4. missing binary -------------------------------------------------------
run_job missing --binary "$WORK/no-such-whosaid" "$DOCS" "$WORK/out-missing"
expect_failure missing 2 "whosaid binary not found"
pass "missing binary: exit 2 with a clear message"

run_job missing-executor --shipped-binary whosaid-not-shipped "$DOCS" "$WORK/out-missing-exec"
expect_failure missing-executor 2 "not found on executor"
pass "binary missing on the executors: exit 2 with a clear message"

# --- 5. whosaid exits 2 -------------------------------------------------------
run_job bad-arg --binary "$BIN" "$DOCS" "$WORK/out-bad-arg" -- --no-such-flag-for-spark-test
expect_failure bad-arg 2 "preflight"
pass "bad whosaid argument: caught by the preflight, exit 2"

run_job bad-arg-partition --binary "$BIN" --no-preflight --partitions 2 "$DOCS" "$WORK/out-bad-arg2" \
    -- --no-such-flag-for-spark-test
expect_failure bad-arg-partition 2 "whosaid exited with status 2"
pass "a partition's whosaid exits 2: the job fails, exit 2"

# --- 6. whosaid dies, or returns rows for documents it was not sent -----------
cat >"$WORK/fakes/whosaid-killed" <<'FAKE'
#!/bin/sh
# reads its input, then dies by SIGKILL (empty input: exits 0)
n=$(wc -l)
[ "$n" -gt 0 ] && kill -9 $$
exit 0
FAKE
cat >"$WORK/fakes/whosaid-foreign" <<'FAKE'
#!/bin/sh
# returns a row for a document that was never sent
n=$(wc -l)
[ "$n" -gt 0 ] && echo '{"doc_id":"never-sent","kind":"direct","speaker":null,"speaker_canonical":null,"speaker_type":"unknown","speaker_country":null,"cue":null,"cue_lemma":null,"cue_class":null,"content":"x","content_start":0,"content_end":1,"speaker_start":null,"speaker_end":null,"rule":"fake"}'
exit 0
FAKE
chmod +x "$WORK/fakes/"*
run_job killed --binary "$WORK/fakes/whosaid-killed" --partitions 2 "$DOCS" "$WORK/out-killed"
expect_failure killed 2 "killed by SIGKILL"
pass "a partition's whosaid dies: the job fails, exit 2"

run_job foreign --binary "$WORK/fakes/whosaid-foreign" --partitions 2 "$DOCS" "$WORK/out-foreign"
expect_failure foreign 2 "not among the"
pass "rows for a document that was not sent: the job fails, exit 2"

for d in out-missing out-missing-exec out-bad-arg out-bad-arg2 out-killed out-foreign; do
    [ ! -e "$WORK/$d/parquet/_SUCCESS" ] || die "$d: a failed job left a committed output"
done
pass "failed jobs commit no output"

echo "spark_test: $PASSED passed, 0 failed"
