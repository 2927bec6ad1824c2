#!/usr/bin/env python3
"""Run `whosaid extract --format jsonl -` over a corpus on Apache Spark.

Reads articles (JSONL, or Parquet with an id and a text column), ships the
whosaid binary to the executors with `SparkContext.addFile`, pipes each
partition through one whosaid process, checks what comes back, and writes
the attributions as a DataFrame with an explicit schema to Parquet and CSV:

    OUTPUT/parquet/   part-*.parquet
    OUTPUT/csv/       part-*.csv (header, RFC 4180 quoting)

Examples (see README.md beside this file):

    python examples/spark/whosaid_spark.py --master 'local[2]' \\
        --binary target/release/whosaid articles.jsonl out/

    spark-submit --master yarn --deploy-mode client \\
        examples/spark/whosaid_spark.py --binary ./whosaid \\
        --partitions 200 hdfs:///corpus/articles.parquet hdfs:///corpus/quotes

Checks made on every partition (any failure fails the job):
- the binary is there and executable on the executor;
- whosaid exits 0 (all documents read) or 1 (some documents skipped: they are
  reported, counted and the job exits 1, or fails with --fail-on-skipped);
  status 2 (usage or fatal error), any other status, or death by a signal
  fails the task with whosaid's stderr in the message;
- every output line is a JSON object with exactly the 15 keys of the output
  row, with the right types (it is then parsed by Spark with the explicit
  schema, in FAILFAST mode);
- every row's doc_id is one of the ids sent in that partition, and rows come
  in input order;
- whosaid's closing summary (documents extracted + skipped, rows) matches
  the documents sent and the rows received.
A document without a usable id (a string or an integer) is not sent: it is
reported and counted as skipped, since whosaid's fallback id (<stdin>:LINE)
would not be unique across partitions.

Exit status: 0 when every document was read, 1 when some documents were
skipped (reported on stderr; the rows of all other documents are written),
2 on usage or fatal errors (missing binary, a failed partition).

Only the Python standard library is used on the executors.
"""

import argparse
import itertools
import json
import os
import re
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

PROG = "whosaid_spark"
# Marks our own error messages so the driver can pick them out of Spark's
# (long) task failure reports.
MARK = "WHOSAID-SPARK-ERROR: "

# The output row of DESIGN.md: (name, type, nullable), in order.
COLUMNS = [
    ("doc_id", "string", False),
    ("kind", "string", False),
    ("speaker", "string", True),
    ("speaker_canonical", "string", True),
    ("speaker_type", "string", False),
    ("speaker_country", "string", True),
    ("cue", "string", True),
    ("cue_lemma", "string", True),
    ("cue_class", "string", True),
    ("content", "string", False),
    ("content_start", "long", False),
    ("content_end", "long", False),
    ("speaker_start", "long", True),
    ("speaker_end", "long", True),
    ("rule", "string", False),
]
COLUMN_NAMES = [c[0] for c in COLUMNS]
KEYS = frozenset(COLUMN_NAMES)

# whosaid flags that the job sets itself, or that would break its checks.
OWN_FLAGS = {
    "--format": "always jsonl",
    "--input-format": "always jsonl",
    "-o": "rows go to stdout",
    "--output": "rows go to stdout",
    "--id-field": "use --id-col",
    "--text-field": "use --text-col",
    "--date-field": "use --date-col",
}

# How many lines of a failing process's stderr go into the error message.
STDERR_TAIL = 40


class JobError(Exception):
    """An error that ends the job with exit status 2 and a one-line message."""


# --------------------------------------------------------------------------
# Executor side: plain Python, no pyspark import needed except SparkFiles.
# --------------------------------------------------------------------------

def _fail(msg):
    """Raises the error that fails a task; the driver prints `msg`."""
    raise RuntimeError(MARK + msg)


def resolve_binary(name):
    """Finds the shipped binary on an executor and makes sure it can run."""
    from pyspark import SparkFiles

    candidates = []
    try:
        candidates.append(SparkFiles.get(name))
    except Exception:  # no SparkContext files root: fall through to cwd
        pass
    # On YARN, `--files` lands in the container's working directory.
    candidates.append(os.path.abspath(name))
    for path in candidates:
        if os.path.isfile(path):
            break
    else:
        _fail(
            "whosaid binary %r not found on executor (looked in: %s); "
            "ship it with --binary PATH (SparkContext.addFile) or "
            "spark-submit --files PATH --shipped-binary NAME"
            % (name, ", ".join(candidates))
        )
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return path
    except OSError:
        # Read-only files directory: run a private executable copy.
        fd, copy = tempfile.mkstemp(prefix="whosaid-")
        os.close(fd)
        shutil.copyfile(path, copy)
        os.chmod(copy, 0o755)
        return copy


# Ids that whosaid and this job turn into the same string: str, and integers
# that serde_json reads as i64/u64 (larger ones become floats there).
_INT_MIN, _INT_MAX = -(1 << 63), (1 << 64) - 1


def _classify(line):
    """('doc', id) for a document with a usable id; ('noid', None) for a
    document without one; ('bad', None) for a line whosaid will skip."""
    try:
        obj = json.loads(line)
    except ValueError:
        return "bad", None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return "bad", None
    v = obj.get("id")
    if isinstance(v, str):
        return "doc", v
    if isinstance(v, int) and not isinstance(v, bool) and _INT_MIN <= v <= _INT_MAX:
        return "doc", str(v)
    return "noid", None


# whosaid's stderr: a skipped line, and the closing summary.
_SKIP_RE = re.compile(r"^whosaid: skipped: <stdin>:(\d+): ?(.*)$")
_SUMMARY_RE = re.compile(
    r"^whosaid: (\d+) documents read, (\d+) extracted, (\d+) skipped, (\d+) rows$")


def _check_row(obj, lineno, line):
    """Validates one output object against the output row; returns its doc_id."""
    if not isinstance(obj, dict):
        _fail("output line %d is not a JSON object: %.200s" % (lineno, line))
    keys = set(obj)
    if keys != KEYS:
        missing = sorted(KEYS - keys)
        extra = sorted(keys - KEYS)
        _fail(
            "output line %d does not match the output row (missing: %s; unexpected: %s)"
            % (lineno, missing or "none", extra or "none")
        )
    for name, typ, nullable in COLUMNS:
        v = obj[name]
        if v is None:
            if not nullable:
                _fail("output line %d: %s is null" % (lineno, name))
        elif typ == "string":
            if not isinstance(v, str):
                _fail("output line %d: %s is not a string: %r" % (lineno, name, v))
        elif isinstance(v, bool) or not isinstance(v, int):
            _fail("output line %d: %s is not an integer: %r" % (lineno, name, v))
    return obj["doc_id"]


def _describe_exit(rc):
    if rc < 0:
        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = "signal %d" % -rc
        return "was killed by %s" % name
    return "exited with status %d" % rc


def run_partition(pid, lines, cfg, acc):
    """Pipes one partition's JSONL documents through whosaid; yields its
    output lines (JSON rows), each checked.

    `lines` are JSON document lines (one per document); `cfg` is a dict
    (binary name, whosaid args, flags); `acc` a dict of accumulators.
    """
    binary = resolve_binary(cfg["binary_name"])
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return  # an empty partition: no process
    lines = itertools.chain([first], lines)
    # --input-format: on stdin, whosaid would otherwise guess from the first byte.
    cmd = ([binary, "extract", "--format", "jsonl", "--input-format", "jsonl"]
           + cfg["whosaid_args"] + ["-"])
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=1 << 16,
        )
    except OSError as e:
        _fail("cannot run %s: %s" % (binary, e))

    # Ids of the documents sent, by their line number in this partition's
    # stream (1-based, as whosaid reports them), and their positions.
    ids = [None]
    position = {}
    duplicates = [0]
    no_id = []  # documents without a usable id: not sent (see README)
    writer_error = []

    def feed():
        try:
            for line in lines:
                if not line.strip():
                    continue
                kind, i = _classify(line)
                if kind == "noid":
                    no_id.append(line[:120])
                    continue
                # Record before writing: a row can only come back after this.
                ids.append(i)
                if i is not None:
                    if i in position:
                        duplicates[0] += 1
                    else:
                        position[i] = len(ids) - 1
                proc.stdin.write(line.encode("utf-8"))
                proc.stdin.write(b"\n")
        except BrokenPipeError:
            pass  # whosaid died; its exit status tells why
        except Exception as e:  # e.g. an error reading the input partition
            writer_error.append(e)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    err_lines = []  # the first 1000 lines of stderr, without skips and summary
    skips = []  # (stream line, message)
    summary = []

    def drain_stderr():
        for raw in proc.stderr:
            e = raw.decode("utf-8", "replace").rstrip("\n")
            m = _SKIP_RE.match(e)
            if m:
                skips.append((int(m.group(1)), m.group(2)))
                continue
            m = _SUMMARY_RE.match(e)
            if m:
                summary[:] = [int(g) for g in m.groups()]
                continue
            if len(err_lines) < 1000:
                err_lines.append(e)

    writer = threading.Thread(target=feed, daemon=True)
    reader = threading.Thread(target=drain_stderr, daemon=True)
    writer.start()
    reader.start()

    rows = 0
    docs_with_rows = 0
    last_pos = 0
    last_id = object()
    try:
        for lineno, raw in enumerate(proc.stdout, 1):
            line = raw.decode("utf-8")
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                _fail("partition %d: output line %d is not JSON (%s): %.200s" % (pid, lineno, e, line))
            doc_id = _check_row(obj, lineno, line)
            if doc_id != last_id:
                pos = position.get(doc_id)
                if pos is None:
                    _fail(
                        "partition %d: whosaid returned rows for doc_id %r, which is not "
                        "among the %d documents sent to it" % (pid, doc_id, len(ids) - 1)
                    )
                if pos < last_pos and not duplicates[0]:
                    _fail(
                        "partition %d: rows out of input order (doc_id %r after a later document)"
                        % (pid, doc_id)
                    )
                last_pos = max(last_pos, pos)
                last_id = doc_id
                docs_with_rows += 1
            rows += 1
            yield line
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    rc = proc.wait()
    writer.join()
    reader.join()

    sent = len(ids) - 1
    tail = "\n".join(err_lines[-STDERR_TAIL:] + ["whosaid: skipped: <stdin>:%d: %s" % s for s in skips[:STDERR_TAIL]])
    if writer_error:
        _fail("partition %d: error while feeding whosaid: %r" % (pid, writer_error[0]))
    if rc not in (0, 1):
        _fail(
            "partition %d (%d documents sent): whosaid %s (command: %s); its stderr:\n%s"
            % (pid, sent, _describe_exit(rc), " ".join(shlex.quote(c) for c in cmd), tail or "(empty)")
        )
    # Documents in and rows out, as whosaid counted them.
    if summary:
        _read, extracted, skipped_w, rows_w = summary
        if extracted + skipped_w != sent:
            _fail("partition %d: %d documents sent, but whosaid extracted %d and skipped %d"
                  % (pid, sent, extracted, skipped_w))
        if rows_w != rows:
            _fail("partition %d: whosaid wrote %d rows, but %d arrived" % (pid, rows_w, rows))
    else:
        skipped_w = len(skips)
    if rc == 1 and not skipped_w:
        skipped_w = max(1, len(skips))  # exit 1 means something was skipped
    skipped = skipped_w + len(no_id)

    if skipped:
        details = []
        for n, why in skips[:20]:
            i = ids[n] if 0 < n < len(ids) else None
            details.append("stream line %d%s: %s" % (n, " (id %r)" % i if i is not None else "", why))
        details += ["no usable id (a string or an integer), not sent: %s" % d for d in no_id[:20]]
        msg = "partition %d: %d of %d documents skipped:\n  %s" % (
            pid, skipped, sent + len(no_id), "\n  ".join(details) or tail or "see whosaid's stderr")
        if cfg["fail_on_skipped"]:
            _fail(msg)
        print(PROG + ": warning: " + msg, file=sys.stderr)
        acc["skipped_partitions"].add(1)
    if err_lines:
        print("%s: partition %d: whosaid stderr:\n%s" % (PROG, pid, "\n".join(err_lines[-STDERR_TAIL:])),
              file=sys.stderr)
    acc["docs_in"].add(sent + len(no_id))
    acc["docs_skipped"].add(skipped)
    acc["docs_with_rows"].add(docs_with_rows)
    acc["rows_out"].add(rows)


# --------------------------------------------------------------------------
# Driver side.
# --------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(
        prog=PROG,
        usage="%(prog)s [options] INPUT OUTPUT [-- WHOSAID_ARGS...]",
        description="Run `whosaid extract --format jsonl -` over a corpus on Spark and "
        "write the attributions to OUTPUT/parquet and OUTPUT/csv.",
        epilog="Exit status: 0 all documents read; 1 some documents skipped by whosaid "
        "(reported); 2 usage or fatal error.",
    )
    p.add_argument("input", help="JSONL file(s)/directory/glob, or Parquet (any Spark path)")
    p.add_argument("output", help="output directory; gets parquet/ and csv/ subdirectories")
    g = p.add_mutually_exclusive_group()
    g.add_argument(
        "--binary",
        help="whosaid binary to ship with SparkContext.addFile (local path or any Hadoop "
        "URI); default: target/release/whosaid, else whosaid on PATH",
    )
    g.add_argument(
        "--shipped-binary",
        metavar="NAME",
        help="the binary was already shipped (spark-submit --files .../NAME): use it by name",
    )
    p.add_argument("--whosaid-args", default="", metavar="ARGS",
                   help="extra arguments for `whosaid extract`, one shell-quoted string "
                   "(write --whosaid-args='--flag value'); or put them after `--`")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="repartition the documents into N partitions (default: as read)")
    p.add_argument("--input-format", choices=("auto", "jsonl", "parquet"), default="auto",
                   help="default: parquet if the path ends in .parquet, else jsonl")
    p.add_argument("--id-col", default="id", help="id column/key (default: id)")
    p.add_argument("--text-col", default="text", help="text column/key (default: text)")
    p.add_argument("--date-col",
                   help="date column/key, YYYY-MM-DD (default: date, else publication_date, "
                   "as whosaid does; none if absent)")
    p.add_argument("--title-col", default="title",
                   help="title column/key (default: title; skipped if absent)")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--log-level", default="WARN",
                   help="Spark log level once the session is up (default: WARN)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output")
    p.add_argument("--csv-single-file", action="store_true",
                   help="write the CSV as one part file (coalesce(1))")
    p.add_argument("--fail-on-skipped", action="store_true",
                   help="fail the job when whosaid skips a document (default: report, exit 1)")
    p.add_argument("--no-preflight", action="store_true",
                   help="do not run the binary once on the driver before the job")
    # Everything after `--` goes to `whosaid extract` as is.
    tail = []
    if "--" in argv:
        i = argv.index("--")
        argv, tail = argv[:i], argv[i + 1:]
    a = p.parse_args(argv)
    if a.partitions is not None and a.partitions < 1:
        p.error("--partitions must be at least 1")
    try:
        a.whosaid_args = shlex.split(a.whosaid_args) + tail
    except ValueError as e:
        p.error("--whosaid-args: %s" % e)
    for w in a.whosaid_args:
        flag = w.split("=", 1)[0]
        if flag in OWN_FLAGS:
            p.error("whosaid argument %s is set by this job (%s)" % (flag, OWN_FLAGS[flag]))
    return a


def _is_uri(path):
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", path) is not None and not path.startswith("file://")


def locate_binary(args):
    """Returns (path to ship or None, name on the executors, local path or None)."""
    if args.shipped_binary:
        return None, os.path.basename(args.shipped_binary), None
    path = args.binary
    if path is None:
        here = os.path.dirname(os.path.abspath(__file__))
        default = os.path.normpath(os.path.join(here, "..", "..", "target", "release", "whosaid"))
        path = default if os.path.isfile(default) else shutil.which("whosaid")
        if path is None:
            raise JobError(
                "whosaid binary not found: build it (cargo build --release) or pass --binary PATH"
            )
    if _is_uri(path):
        return path, os.path.basename(path), None
    if path.startswith("file://"):
        path = path[len("file://"):]
    if not os.path.exists(path):
        raise JobError("whosaid binary not found: %s does not exist (pass --binary PATH)" % path)
    if not os.path.isfile(path):
        raise JobError("whosaid binary %s is not a file" % path)
    if not os.access(path, os.X_OK):
        raise JobError("whosaid binary %s is not executable (chmod +x it)" % path)
    path = os.path.abspath(path)
    return path, os.path.basename(path), path


def preflight(local_path, whosaid_args):
    """Runs the binary once on empty input, so bad arguments fail before Spark starts."""
    cmd = [local_path, "extract", "--format", "jsonl", "--input-format", "jsonl"] + whosaid_args + ["-"]
    try:
        r = subprocess.run(cmd, input=b"", capture_output=True, timeout=120)
    except OSError as e:
        if e.errno == 8:  # ENOEXEC: built for the executors' platform, not ours
            print("%s: warning: cannot run %s on the driver (%s); skipping the preflight"
                  % (PROG, local_path, e), file=sys.stderr)
            return
        raise JobError("cannot run %s: %s" % (local_path, e))
    except subprocess.TimeoutExpired:
        raise JobError("%s did not finish on empty input within 120 s" % " ".join(cmd))
    if r.returncode not in (0, 1):
        raise JobError(
            "preflight: `%s` on empty input %s:\n%s"
            % (" ".join(shlex.quote(c) for c in cmd), _describe_exit(r.returncode),
               r.stderr.decode("utf-8", "replace").strip() or "(no stderr)")
        )


def spark_schema():
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    types = {"string": StringType(), "long": LongType()}
    return StructType([StructField(n, types[t], nullable) for n, t, nullable in COLUMNS])


def _text_lines(spark, args):
    """The lines of a text input, split into --partitions input splits when the
    files allow it (no shuffle); compressed files give one split per file."""
    sc = spark.sparkContext
    if args.partitions:
        return sc.textFile(args.input, minPartitions=args.partitions)
    return sc.textFile(args.input)


def read_documents(spark, args):
    """Returns an RDD of JSONL document lines and whether ids must be parsed."""
    from pyspark.sql import functions as F

    fmt = args.input_format
    if fmt == "auto":
        fmt = "parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl"
    default_cols = (args.id_col, args.text_col, args.date_col, args.title_col) == (
        "id", "text", None, "title")
    date_cols = [args.date_col] if args.date_col else ["date", "publication_date"]

    if fmt == "jsonl" and default_cols:
        # Pass the lines through unchanged: whosaid parses them exactly as it
        # would in a local run (and reports bad ones itself).
        return _text_lines(spark, args)

    if fmt == "jsonl":
        id_col, text_col, title_col = args.id_col, args.text_col, args.title_col

        def rename(line):
            try:
                obj = json.loads(line)
            except ValueError:
                return line  # whosaid reports it
            if not isinstance(obj, dict):
                return line
            doc = {"id": obj.get(id_col), "text": obj.get(text_col)}
            if isinstance(doc["id"], int) and not isinstance(doc["id"], bool):
                doc["id"] = str(doc["id"])
            date = next((obj[c] for c in date_cols if obj.get(c) is not None), None)
            if date is not None:
                doc["date"] = date
            if obj.get(title_col) is not None:
                doc["title"] = obj[title_col]
            return json.dumps(doc, ensure_ascii=False)

        return _text_lines(spark, args).map(rename)

    df = spark.read.parquet(args.input)
    cols = set(df.columns)
    for opt, col in (("--id-col", args.id_col), ("--text-col", args.text_col)):
        if col not in cols:
            raise JobError("input has no column %r (%s); its columns: %s"
                           % (col, opt, ", ".join(df.columns)))
    sel = [F.col(args.id_col).cast("string").alias("id"), F.col(args.text_col).alias("text")]
    date_col = next((c for c in date_cols if c in cols), None)
    if date_col:
        sel.append(F.col(date_col).cast("string").alias("date"))
    if args.title_col in cols:
        sel.append(F.col(args.title_col).alias("title"))

    def to_line(row):
        doc = {k: v for k, v in row.asDict().items() if v is not None or k in ("id", "text")}
        return json.dumps(doc, ensure_ascii=False)

    return df.select(*sel).rdd.map(to_line)


def spark_error_message(exc):
    """Our message from a failed Spark job, or Spark's first error line."""
    text = str(exc)
    i = text.find(MARK)
    if i >= 0:
        msg = text[i + len(MARK):]
        # The message ends where the Python/Java traceback resumes.
        end = re.search(r"\n\s*(at |\tat |Traceback|\n\n|Driver stacktrace)", msg)
        return msg[: end.start()] if end else msg
    # A Python exception raised on an executor: its last line names it.
    m = re.search(r"^(?:[A-Za-z_][\w.]*)?(?:Error|Exception): .*$", text, re.M)
    first = next((l.strip() for l in text.splitlines() if l.strip()), repr(exc))
    return "%s (%s)" % (first, m.group(0).strip()) if m and m.group(0).strip() != first else first


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return run(args)
    except JobError as e:
        print("%s: error: %s" % (PROG, e), file=sys.stderr)
        return 2


def run(args):
    ship, name, local = locate_binary(args)
    if local and not args.no_preflight:
        preflight(local, args.whosaid_args)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("whosaid")
    if args.master:
        builder = builder.master(args.master)
    if not sys.stderr.isatty():
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel(args.log_level)
    try:
        return _run_job(spark, sc, args, ship, name)
    except JobError:
        raise
    except Exception as e:  # Spark's: missing input, failed tasks, ...
        from pyspark.errors import AnalysisException

        if isinstance(e, AnalysisException) and "already exists" in str(e):
            raise JobError("output %s already exists (use --overwrite)" % args.output)
        raise JobError(spark_error_message(e))
    finally:
        spark.stop()


def _run_job(spark, sc, args, ship, name):
    if ship:
        sc.addFile(ship)
    acc = {k: sc.accumulator(0) for k in
           ("docs_in", "docs_skipped", "docs_with_rows", "rows_out", "skipped_partitions")}
    cfg = {
        "binary_name": name,
        "whosaid_args": args.whosaid_args,
        "fail_on_skipped": args.fail_on_skipped,
    }

    docs = read_documents(spark, args)
    if args.partitions and docs.getNumPartitions() != args.partitions:
        docs = docs.repartition(args.partitions)
    rows = docs.mapPartitionsWithIndex(lambda pid, it: run_partition(pid, it, cfg, acc))
    # The checked JSON rows go to the JVM as UTF-8 text (no pickling) and are
    # parsed there against the explicit schema: much faster than building
    # Python tuples for createDataFrame.
    df = (spark.read.schema(spark_schema()).option("mode", "FAILFAST")
          .json(rows))

    out = args.output.rstrip("/")
    mode = "overwrite" if args.overwrite else "errorifexists"
    t0 = time.time()
    # whosaid runs once: the CSV is written from the Parquet output.
    df.write.mode(mode).parquet(out + "/parquet")
    written = spark.read.schema(spark_schema()).parquet(out + "/parquet")
    if args.csv_single_file:
        written = written.coalesce(1)
    (written.write.mode(mode)
     .option("header", True).option("quote", '"').option("escape", '"')
     # Spark trims values by default when writing CSV: keep content as is.
     .option("ignoreLeadingWhiteSpace", False).option("ignoreTrailingWhiteSpace", False)
     .csv(out + "/csv"))
    secs = time.time() - t0

    n_in = acc["docs_in"].value
    n_skipped = acc["docs_skipped"].value
    print(
        "%s: %d documents in, %d skipped, %d with attributions, %d rows out, "
        "%.1f s (%.0f documents/s); wrote %s/parquet and %s/csv"
        % (PROG, n_in, n_skipped, acc["docs_with_rows"].value, acc["rows_out"].value,
           secs, n_in / secs if secs > 0 else 0.0, out, out),
        file=sys.stderr,
    )
    if acc["skipped_partitions"].value:
        print("%s: documents were skipped in %d partition(s); see the warnings above"
              % (PROG, acc["skipped_partitions"].value), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
