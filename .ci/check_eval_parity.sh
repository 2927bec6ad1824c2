#!/usr/bin/env bash
# Checks that `whosaid eval --pred` prints the same numbers as the
# reference scorer eval/score.py, on the PolNeAR dev gold and the seed
# article: the gold itself as predictions, and perturbed copies (shifted
# offsets, dropped and duplicated records, changed speakers, predictions
# without offsets, unknown doc ids, --docs and --kinds).
#
# usage: .ci/check_eval_parity.sh [SHARED_DIR]   (default: ../shared)
# Needs python3 (standard library only). Exit 0 when all numbers agree.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-${WHOSAID_SHARED:-$root/../shared}}"
score="$shared/eval/score.py"
if [[ ! -f "$score" ]]; then
    echo "check_eval_parity: $score not found (give the shared dir)" >&2
    exit 2
fi

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
whosaid="$root/target/release/whosaid"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Perturbed prediction files, deterministic.
perturb() { # GOLD OUT
    python3 - "$1" "$2" <<'PY'
import json, random, sys
gold = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
rng = random.Random(7)
names = ["President Barack Obama", "Mr. Trump", "Clinton's", "he", "Cruz", "Lavrov’s", "xyz"]
out = []
for g in gold:
    r = dict(g)
    c = rng.random()
    if c < 0.15:
        continue  # dropped
    if "content_start" in r and rng.random() < 0.5:  # shifted
        n = max(1, r["content_end"] - r["content_start"])
        r["content_start"] = max(0, r["content_start"] + rng.randint(-n // 2, n // 2))
        r["content_end"] = max(0, r["content_end"] + rng.randint(-n // 2, n // 2))
    s = rng.random()
    if s < 0.2:  # another name, no span
        r["speaker"] = rng.choice(names)
        r["speaker_start"] = r["speaker_end"] = None
        r.pop("speaker_canonical", None)
    elif s < 0.3 and r.get("speaker"):  # surname only, or an honorific and 's
        r["speaker"] = rng.choice([r["speaker"].split()[-1], "President " + r["speaker"] + "'s"])
        r["speaker_start"] = r["speaker_end"] = None
    elif s < 0.35:
        r["speaker"] = None
        r.pop("speaker_canonical", None)
    if rng.random() < 0.1:  # no offsets: token Dice on the text
        r.pop("content_start", None)
        r.pop("content_end", None)
        w = r.get("content", "").split()
        r["content"] = " ".join(w[rng.randint(0, len(w) // 2):]) + " more words"
    r["kind"] = rng.choice(["direct", "indirect", "mixed", "stance", r["kind"]])
    r["rule"] = rng.choice(["q1", "q2", "say"])
    out.append(r)
    if rng.random() < 0.1:
        out.append(dict(r, doc_id="not-a-doc"))
    if rng.random() < 0.1:  # a duplicate competing for the same gold
        out.append(dict(r, speaker=rng.choice(names), speaker_start=None))
rng.shuffle(out)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
}

lines='^(docs|quotes|speaker acc|end-to-end|  recall\[)'
fail=0
check() { # NAME GOLD PRED [score.py/whosaid options...]
    local name="$1" gold="$2" pred="$3"
    shift 3
    python3 "$score" "$gold" "$pred" "$@" >"$tmp/want"
    "$whosaid" eval --gold "$gold" --pred "$pred" "$@" \
        | grep -E "$lines" >"$tmp/got" || true
    if diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
        echo "ok    $name: $(grep end-to-end "$tmp/want" | tr -s ' ')"
    else
        echo "FAIL  $name"
        cat "$tmp/diff"
        fail=1
    fi
}

for set in "polnear/dev:$shared/eval/polnear/dev" "seed:$shared/seed/seed"; do
    name="${set%%:*}"
    base="${set#*:}"
    gold="$base.gold.jsonl"
    docs="$base.docs.jsonl"
    perturb "$gold" "$tmp/pert.jsonl"
    check "$name gold as predictions" "$gold" "$gold"
    check "$name perturbed" "$gold" "$tmp/pert.jsonl"
    check "$name perturbed --docs" "$gold" "$tmp/pert.jsonl" --docs "$docs"
    check "$name perturbed --kinds" "$gold" "$tmp/pert.jsonl" \
        --kinds direct,mixed
done

if [[ $fail -ne 0 ]]; then
    echo "check_eval_parity: whosaid eval and score.py disagree" >&2
    exit 1
fi
echo "check_eval_parity: all numbers agree with score.py"
