#!/usr/bin/env python3
"""Checks that the Spark job's Parquet and CSV outputs hold exactly the rows
of a local `whosaid extract --format jsonl` run (as multisets of canonical
JSON rows). Used by .ci/spark_test.sh.

usage: spark_compare.py EXPECTED.jsonl JOB_OUTPUT_DIR
"""

import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "examples", "spark"))
import whosaid_spark  # noqa: E402  (COLUMNS and the Spark schema)


def canon(obj):
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def report(label, got, want):
    if got == want:
        print("spark_compare: %s: %d rows, equal to the local run" % (label, sum(got.values())))
        return True
    missing = want - got
    extra = got - want
    print("spark_compare: FAIL: %s: %d rows, local run %d; %d missing, %d unexpected"
          % (label, sum(got.values()), sum(want.values()),
             sum(missing.values()), sum(extra.values())))
    for tag, rows in (("missing", missing), ("unexpected", extra)):
        for row in list(rows)[:5]:
            print("  %s: %s" % (tag, row[:300]))
    return False


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    expected_path, out = sys.argv[1], sys.argv[2].rstrip("/")
    want = collections.Counter()
    with open(expected_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                if sorted(obj) != sorted(whosaid_spark.COLUMN_NAMES):
                    print("spark_compare: FAIL: local run row has keys %s" % sorted(obj))
                    return 1
                want[canon(obj)] += 1
    if not want:
        print("spark_compare: warning: the local run produced no rows; "
              "the comparison only checks that the job produced none either")

    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.appName("whosaid-spark-compare")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    schema = whosaid_spark.spark_schema()
    ok = True
    try:
        pq = spark.read.parquet(out + "/parquet")
        if pq.schema.simpleString() != schema.simpleString():
            print("spark_compare: FAIL: Parquet schema %s, expected %s"
                  % (pq.schema.simpleString(), schema.simpleString()))
            ok = False
        got = collections.Counter(canon(r.asDict()) for r in pq.collect())
        ok = report("parquet", got, want) and ok

        csv = (spark.read.schema(schema).option("header", True).option("multiLine", True)
               .option("quote", '"').option("escape", '"').option("mode", "FAILFAST")
               .option("ignoreLeadingWhiteSpace", False).option("ignoreTrailingWhiteSpace", False)
               .csv(out + "/csv"))
        # CSV cannot always tell an empty string from a null: compare with "" -> None.
        def blank_to_null(obj):
            return canon({k: (None if v == "" else v) for k, v in obj.items()})

        got = collections.Counter(blank_to_null(r.asDict()) for r in csv.collect())
        want_csv = collections.Counter()
        for row, n in want.items():
            want_csv[blank_to_null(json.loads(row))] += n
        ok = report("csv", got, want_csv) and ok
    finally:
        spark.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
