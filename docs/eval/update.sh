#!/usr/bin/env bash
# Regenerate the committed eval reports (run from the repository root with
# ../shared beside it). Commit the diff with the change that caused it.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
BIN=./target/release/whosaid
S=${SHARED:-../shared}
$BIN eval --gold "$S/seed/seed.gold.jsonl" "$S/seed/seed.docs.jsonl" > docs/eval/seed.txt
for split in dev train; do
  $BIN eval --gold "$S/eval/polnear/$split.gold.jsonl" "$S/eval/polnear/$split.docs.jsonl" > docs/eval/polnear-$split.txt
done
$BIN eval --gold "$S/eval/polnear/dev.gold.jsonl" "$S/eval/polnear/dev.docs.jsonl" --json > docs/eval/polnear-dev.json
head -8 docs/eval/polnear-dev.txt
