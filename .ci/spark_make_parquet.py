#!/usr/bin/env python3
"""Writes a JSONL documents file as Parquet with other column names, and the
same documents as JSONL with only the keys the Spark job sends (id, text,
title), so that a local whosaid run on the latter is the expected output of a
Spark run on the former. Used by .ci/spark_test.sh.

usage: spark_make_parquet.py DOCS.jsonl OUT.parquet OUT.jsonl
Parquet columns: doc_key (long, 1..n), body, headline, dev_id (the original id).
"""

import json
import sys


def main():
    if len(sys.argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    src, parquet_out, jsonl_out = sys.argv[1:]
    rows = []
    with open(src, encoding="utf-8") as f, open(jsonl_out, "w", encoding="utf-8") as out:
        for n, line in enumerate((l for l in f if l.strip()), 1):
            d = json.loads(line)
            rows.append((n, d["text"], d.get("title"), d["id"]))
            doc = {"id": str(n), "text": d["text"]}
            if d.get("title") is not None:
                doc["title"] = d["title"]
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")

    from pyspark.sql import SparkSession
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    spark = (SparkSession.builder.appName("whosaid-spark-make-parquet")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    schema = StructType([StructField("doc_key", LongType()), StructField("body", StringType()),
                         StructField("headline", StringType()), StructField("dev_id", StringType())])
    spark.createDataFrame(rows, schema).repartition(3).write.mode("overwrite").parquet(parquet_out)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

