#!/usr/bin/env bash
# Profile-guided build of whosaid (same output, fewer instructions): an
# instrumented build, one run over news text, and a build optimized with
# that profile. The binary is target/pgo/whosaid.
#
# usage: benches/pgo.sh
# Training text: ../shared/eval/polnear/train.docs.jsonl when present, else
# the committed generated corpus benches/corpus.jsonl.
# Needs an llvm-profdata that reads the raw profiles of rustc's LLVM:
# `rustup component add llvm-tools` gives one; on Debian 12, rustc 1.95
# (LLVM 22) works with the llvm-19 package. LLVM_PROFDATA=... chooses it.
# Then: BIN=target/pgo/whosaid benches/throughput.sh
set -euo pipefail
cd "$(dirname "$0")/.."
W=target/pgo
PROFDATA=${LLVM_PROFDATA:-}
if [ -z "$PROFDATA" ]; then
  for p in "$(rustc --print sysroot)"/lib/rustlib/*/bin/llvm-profdata \
           $(ls -d /usr/lib/llvm-*/bin/llvm-profdata 2>/dev/null | sort -V -r) \
           "$(command -v llvm-profdata || true)"; do
    if [ -x "$p" ]; then PROFDATA=$p; break; fi
  done
fi
[ -n "$PROFDATA" ] || { echo "pgo.sh: no llvm-profdata (set LLVM_PROFDATA)" >&2; exit 2; }
SRC=../shared/eval/polnear/train.docs.jsonl
[ -f "$SRC" ] || SRC=benches/corpus.jsonl
rm -rf $W/data && mkdir -p $W/data
echo "pgo.sh: instrumented build" >&2
RUSTFLAGS="-Cprofile-generate=$PWD/$W/data" \
  cargo build --release --quiet --bin whosaid --target-dir $W/gen
$W/gen/release/whosaid extract -q -j 1 "$SRC" > /dev/null
$W/gen/release/whosaid extract -q -j 1 --format jsonl "$SRC" examples/article.txt > /dev/null
"$PROFDATA" merge -o $W/merged.profdata $W/data/*.profraw
echo "pgo.sh: optimized build with $(basename "$PROFDATA") $("$PROFDATA" --version 2>/dev/null | grep -o 'version [0-9.]*' | head -1)" >&2
RUSTFLAGS="-Cprofile-use=$PWD/$W/merged.profdata" \
  cargo build --release --quiet --bin whosaid --target-dir $W/use
cp $W/use/release/whosaid $W/whosaid
# The profile changes speed only: the output must be byte-identical.
cargo build --release --quiet --bin whosaid
for fmt in csv jsonl; do
  cmp <(./target/release/whosaid extract -q --format $fmt "$SRC") \
      <($W/whosaid extract -q --format $fmt "$SRC") \
    || { echo "pgo.sh: output differs from the standard build" >&2; exit 1; }
done
echo "pgo.sh: $W/whosaid (output identical to target/release/whosaid on $SRC)" >&2
