#!/usr/bin/env bash
# Callgrind's count of one pass of `whosaid extract -q -j 1` over PolNeAR
# train, with branch and cache simulation: the run over train twice less
# the run over train once, so that start-up (the gazetteer's build) drops
# out. Prints the pass's figures and the estimate of cycles the speed
# rounds of docs/benchmarks.md use:
#
#     est = Ir + 15 Bcm + 10 D1mr + 40 DLmr
#
# (instructions, mispredicted conditional branches, first-level and
# last-level data read misses: a model with round weights, not a time).
# With FUNCS=N it also prints the N costliest functions of the pass by est
# (a function's own lines with what is inlined into it).
#
# usage: [FUNCS=N] benches/callgrind.sh BIN TAG      (outputs in target/callgrind/TAG.*)
#
# One binary measured twice can differ by up to about 0.6 M instructions a
# pass, all of it in the allocator (the reader thread and the worker take
# and give back buffers in an order that varies): compare a change by its
# own functions' figures too, and measure twice.
set -euo pipefail
[ $# = 2 ] || { echo "usage: [FUNCS=N] benches/callgrind.sh BIN TAG" >&2; exit 2; }
BIN=$(realpath "$1"); TAG=$2
cd "$(dirname "$0")/.."
SRC=../shared/eval/polnear/train.docs.jsonl
[ -f "$SRC" ] || { echo "callgrind.sh: $SRC not found" >&2; exit 2; }
command -v valgrind > /dev/null || { echo "callgrind.sh: valgrind not installed" >&2; exit 2; }
D=target/callgrind; mkdir -p $D target/bench
# Train twice, as benches/same_output.sh makes it.
TWICE=target/bench/train2.jsonl
cat "$SRC" "$SRC" > $TWICE
rm -f $D/$TAG.1.out $D/$TAG.2.out
for n in 1 2; do
  in=$SRC; [ $n = 2 ] && in=$TWICE
  valgrind --tool=callgrind --branch-sim=yes --cache-sim=yes --callgrind-out-file=$D/$TAG.$n.out \
    "$BIN" extract -q -j 1 "$in" > /dev/null 2> $D/$TAG.$n.log &
done
wait
for n in 1 2; do
  [ -s $D/$TAG.$n.out ] || { echo "callgrind.sh: the run failed:" >&2; cat $D/$TAG.$n.log >&2; exit 1; }
done
python3 benches/callgrind_pass.py "$TAG" $D/$TAG.1.out $D/$TAG.2.out "${FUNCS:-0}"
