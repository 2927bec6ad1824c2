#!/usr/bin/env bash
# End-to-end throughput of `whosaid extract` (JSONL in, CSV out, default
# gazetteer): MB/s with 1 thread and with all cores, peak RSS, linear-time
# checks on hostile inputs, and the split of time per stage.
#
# usage: [PROFILE=release-lto] [GB=1] benches/throughput.sh [MB]    (default 200)
# Corpus: ../shared/eval/polnear/train.docs.jsonl repeated to MB when
# present, else a generated corpus (benches/gen_corpus.py).
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-200}
W=target/bench
mkdir -p $W
# PROFILE=release-lto measures the distribution build (fat LTO, one
# codegen unit: Cargo.toml); the default is the everyday release build.
PROFILE=${PROFILE:-release}
cargo build --profile "$PROFILE" --quiet --bin whosaid
cargo build --release --quiet --example stage_times
BIN=${BIN:-./target/$PROFILE/whosaid}
SRC=../shared/eval/polnear/train.docs.jsonl

python3 - "$SRC" "$W/seed.jsonl" <<'PY'
import os, subprocess, sys
src, out = sys.argv[1], sys.argv[2]
if os.path.exists(src):
    open(out, "wb").write(open(src, "rb").read())
else:
    with open(out, "w") as f:
        subprocess.run([sys.executable, "benches/gen_corpus.py", "2000"], stdout=f, check=True)
PY
python3 - "$W/seed.jsonl" "$W/corpus.jsonl" "$MB" <<'PY'
import json, sys
src, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
docs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
size, rep = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < mb * 1e6:
        for d in docs:
            d2 = dict(d); d2["id"] = f"{d['id']}#{rep}"
            line = json.dumps(d2, ensure_ascii=False) + "\n"
            f.write(line); size += len(line.encode())
        rep += 1
PY
SIZE=$(stat -c %s $W/corpus.jsonl)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $(basename "$SRC") repeated, $((SIZE / 1000000)) MB"

run() { # name, args...
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o $W/time.txt "$@" > /dev/null || true
  read -r secs rss < <(tail -n 1 $W/time.txt)
  python3 -c "import sys; s=float(sys.argv[1]); print(f'{sys.argv[3]:<34} {s:7.2f} s  {int(sys.argv[4])/1e6/s:7.1f} MB/s  peak RSS {int(sys.argv[2])//1024} MB')" "$secs" "$rss" "$name" "$SIZE"
}
run "extract -j 1 (JSONL in, CSV out)" $BIN extract -q -j 1 $W/corpus.jsonl
run "extract -j $(nproc)" $BIN extract -q $W/corpus.jsonl
if [ "${GB:-0}" = 1 ]; then
  # Peak memory on a 1 GB input (set GB=1; takes a minute or two).
  python3 - $W/corpus.jsonl $W/corpus1g.jsonl <<'PY'
import sys
src, out = sys.argv[1], sys.argv[2]
size, rep = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < 1e9:
        for line in open(src, encoding="utf-8"):
            f.write(line.replace('", "text"', f'@{rep}", "text"', 1)); size += len(line.encode())
            if size >= 1e9:
                break
        rep += 1
PY
  SIZE=$(stat -c %s $W/corpus1g.jsonl)
  run "extract -j $(nproc), 1 GB input" $BIN extract -q $W/corpus1g.jsonl
  rm -f $W/corpus1g.jsonl
fi

echo; echo "linear time (each at two sizes; time should double):"
python3 - $W <<'PY'
import json, sys
w = sys.argv[1]
sent = "The minister said the plan would cost more than expected, officials said on Tuesday. "
for n in (1, 2):
    # one document, no line breaks
    with open(f"{w}/oneline{n}.jsonl", "w") as f:
        f.write(json.dumps({"id": "big", "text": sent * (n * 1_200_000)}) + "\n")
    # unmatched quote marks
    with open(f"{w}/quotes{n}.jsonl", "w") as f:
        f.write(json.dumps({"id": "q", "text": "He said \" and \u201c then " * (n * 50_000)}) + "\n")
    # one sentence with no stop, a cue every few words
    with open(f"{w}/nostop{n}.jsonl", "w") as f:
        f.write(json.dumps({"id": "s", "text": "Smith said that Jones told Lee that " * (n * 50_000)}) + "\n")
    # sentences of many closing attributions in a row (", he said" 400 times)
    with open(f"{w}/tags{n}.jsonl", "w") as f:
        f.write(json.dumps({"id": "t", "text": ("The plan will fail" + ", he said" * 400 + ". ") * (n * 250)}) + "\n")
    # second references far from their antecedent ("The group said" 20,000
    # times after one named group and one unknown one)
    with open(f"{w}/groups{n}.jsonl", "w") as f:
        head = "Common Cause said the rules were unfair. Northside Table said it disagreed. "
        body = "The group said it would sue over the rules. Rain fell on the hills all week. "
        f.write(json.dumps({"id": "g", "text": head + body * (n * 10_000)}) + "\n")
    # many short documents
    with open(f"{w}/short{n}.jsonl", "w") as f:
        for i in range(n * 500_000):
            f.write(json.dumps({"id": str(i), "text": "\"Yes,\" he said."}) + "\n")
PY
for k in oneline quotes nostop tags groups short; do
  for n in 1 2; do SIZE=$(stat -c %s $W/$k$n.jsonl); run "$k x$n" $BIN extract -q -j 1 --max-doc-bytes 1000000000 $W/$k$n.jsonl; done
done

echo; echo "stages (single thread, $(basename "$SRC") once):"
./target/release/examples/stage_times $W/seed.jsonl
