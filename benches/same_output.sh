#!/usr/bin/env bash
# Checks that two whosaid binaries give byte-identical output, error
# messages and exit codes: a speed change must change none of them.
#
# usage: [BIG=1] benches/same_output.sh OLD NEW [DIR...]
#
# Always: the seed, PolNeAR dev and train (../shared), train twice in one
# file, and the example article, as CSV with -j 1 and -j 2, TSV and JSONL;
# the eval reports of seed and dev. BIG=1 adds the 201 MB corpus of
# benches/throughput.sh. Each DIR (made by benches/gen_variants.py) adds
# its documents with -j 1 and -j 2, as JSONL, with its two user
# gazetteers and with the first on an empty default, and train and dev
# with its user verbs.csv. Prints "ALL SAME", or each difference (exit 1).
set -uo pipefail
[ $# -ge 2 ] || { echo "usage: [BIG=1] benches/same_output.sh OLD NEW [DIR...]" >&2; exit 2; }
A=$(realpath "$1"); B=$(realpath "$2"); shift 2
cd "$(dirname "$0")/.."
S=../shared; P=$S/eval/polnear
for f in $S/seed/seed.docs.jsonl $P/dev.docs.jsonl $P/train.docs.jsonl; do
  [ -f "$f" ] || { echo "same_output.sh: $f not found" >&2; exit 2; }
done
O=$(mktemp -d); trap 'rm -rf "$O"' EXIT
mkdir -p target/bench; cat $P/train.docs.jsonl $P/train.docs.jsonl > target/bench/train2.jsonl
bad=0; runs=0
same() { # input, options...
  local f=$1; shift
  "$A" extract -q "$@" "$f" > $O/a 2> $O/ae; local ra=$?
  "$B" extract -q "$@" "$f" > $O/b 2> $O/be; local rb=$?
  runs=$((runs + 1))
  if ! cmp -s $O/a $O/b || ! cmp -s $O/ae $O/be || [ $ra != $rb ]; then
    echo "DIFFERENT: $f $*"; bad=1
  fi
}
ins="$S/seed/seed.docs.jsonl $P/dev.docs.jsonl $P/train.docs.jsonl target/bench/train2.jsonl examples/article.txt"
[ "${BIG:-0}" = 1 ] && ins="$ins target/bench/corpus.jsonl"
for f in $ins; do
  same "$f" -j 1; same "$f" -j 2; same "$f" -j 1 --format tsv; same "$f" -j 1 --format jsonl
done
for k in seed/seed eval/polnear/dev; do
  runs=$((runs + 1))
  cmp -s <("$A" eval --gold $S/$k.gold.jsonl $S/$k.docs.jsonl 2>&1) \
         <("$B" eval --gold $S/$k.gold.jsonl $S/$k.docs.jsonl 2>&1) || { echo "DIFFERENT: eval $k"; bad=1; }
done
for D in "$@"; do
  for f in "$D"/*.jsonl; do
    same "$f" -j 1; same "$f" -j 2; same "$f" -j 1 --format jsonl
    same "$f" -j 2 --gazetteer "$D/gz1"; same "$f" -j 1 --gazetteer "$D/gz2"
    same "$f" -j 1 --no-default-gazetteer --gazetteer "$D/gz1"
  done
  for f in $P/train.docs.jsonl $P/dev.docs.jsonl; do
    same "$f" -j 1 --gazetteer "$D/gz2"; same "$f" -j 2 --gazetteer "$D/gz2"
  done
done
[ $bad = 0 ] && echo "ALL SAME ($runs runs)"
exit $bad
