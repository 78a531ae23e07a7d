"""Runs Hearsay over a corpus on Apache Spark: reports, a quotes table and the corpus speakers.

    spark-submit hearsay_spark.py --hearsay .build/release/hearsay --output OUT INPUT...

INPUT is a JSON Lines file of Hearsay records ({"id", "text"} or {"id", "html"}, optionally with
"title", "date", "url", "site_name", "language", "authors"), or a folder of HTML/text files
(.gz too). The `hearsay` binary and its `Hearsay_Hearsay.resources` folder are shipped to the
executors as one archive; each partition is piped through `hearsay analyze - --format jsonl`,
which streams one report per record in order. Nothing of Hearsay's logic is in this file:

- OUT/reports/   the reports, JSON Lines (part files in input order);
- OUT/quotes/    one row per quote: id, quote, kind, speaker, mention, cue, sieve, confidence,
                 start, end (CSV with a header, or Parquet with --quotes-format parquet);
- OUT/speakers/  the corpus speakers, one JSON object per line, most quoted first, as
                 `hearsay speakers --format json` lists them. Executors turn reports into
                 per-article speaker facts (`hearsay identities observe`), the distinct name
                 observations are counted with reduceByKey and resolved once on the driver by
                 `hearsay identities resolve`, and the per-speaker tallies are sums over the facts.
"""
import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import unicodedata
from collections import Counter

from pyspark import SparkContext, SparkFiles, StorageLevel
from pyspark.sql import Row, SparkSession

BUNDLE = "hearsay-bundle.tar.gz"
RESOURCES = "Hearsay_Hearsay.resources"
TOP = 5  # outlets, places and people listed per speaker, as `hearsay speakers`


def make_bundle(binary, folder):
    """Packs the binary and the resources folder beside it into FOLDER/hearsay-bundle.tar.gz."""
    resources = os.path.join(os.path.dirname(os.path.abspath(binary)), RESOURCES)
    if not os.path.isdir(resources):
        sys.exit(f"hearsay_spark: {resources} not found (build with `swift build -c release`)")
    path = os.path.join(folder, BUNDLE)
    with tarfile.open(path, "w:gz") as tar:
        tar.add(binary, arcname="hearsay")
        tar.add(resources, arcname=RESOURCES)
    return path


def hearsay_pipe(arguments):
    """A partition function that pipes lines through the shipped `hearsay ARGUMENTS` (as
    RDD.pipe does, but finding the binary on the executor, where the archive was unpacked)."""
    def run(lines):
        root = SparkFiles.get(BUNDLE)
        binary = os.path.join(root, "hearsay")
        if not os.access(binary, os.X_OK):
            os.chmod(binary, 0o755)
        env = dict(os.environ, HEARSAY_RESOURCES=os.path.join(root, RESOURCES, "Resources"))
        process = subprocess.Popen([binary] + arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        failure = []

        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
            except Exception as error:  # noqa: BLE001 (re-raised below, on the task's thread)
                failure.append(error)
            finally:
                process.stdin.close()

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        for out in process.stdout:
            yield out.decode("utf-8").rstrip("\n")
        writer.join()
        status = process.wait()
        if failure:
            raise failure[0]
        if status not in (0, 1):  # 1: some records failed, each has its error record
            raise RuntimeError(f"hearsay {' '.join(arguments)} exited with status {status}")
    return run


def file_record(item):
    """A {"id", "html"|"text"} record for one file of a folder input."""
    uri, data = item
    path = uri[len("file:"):] if uri.startswith("file:") else uri
    name = path.lower()
    if name.endswith(".gz"):
        data, name = gzip.decompress(data), name[:-3]
    text = data.decode("utf-8", errors="replace")
    field = "text" if name.endswith((".txt", ".text", ".md")) else "html"
    return json.dumps({"id": path, field: text}, ensure_ascii=False)


def read_records(sc, paths, partitions):
    """The input records, one JSON line each, in input order."""
    parts = []
    for path in paths:
        if path.endswith(".jsonl"):
            lines = sc.textFile(path, minPartitions=partitions).filter(lambda line: line.strip())
        else:
            lines = sc.binaryFiles(path, minPartitions=partitions).map(file_record)
        parts.append(lines)
    records = parts[0] if len(parts) == 1 else sc.union(parts)
    return records.repartition(partitions) if records.getNumPartitions() < partitions else records


def quote_rows(line):
    """One row per quote of a report (none for an error record)."""
    report = json.loads(line)
    for quote in report.get("quotes", []) if "error" not in report else []:
        speaker = quote.get("speaker") or {}
        yield Row(id=report["id"], quote=quote["text"], kind=quote["kind"], speaker=speaker.get("name"),
                  mention=speaker.get("mention"), cue=quote.get("cue"), sieve=quote.get("sieve"),
                  confidence=quote.get("confidence"), start=quote["start"], end=quote["end"])


def key(observation):
    """A name observation as a canonical string (the dictionary key of its identity)."""
    return json.dumps(observation, sort_keys=True, ensure_ascii=False)


def resolve_identities(binary, counts, folder):
    """Runs `hearsay identities resolve` on the driver: observation key -> speaker (or None)."""
    path = os.path.join(folder, "observations.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for observation, count in counts:
            f.write(json.dumps({"observation": json.loads(observation), "count": count}, ensure_ascii=False) + "\n")
    out = subprocess.run([binary, "identities", "resolve", path], check=True, capture_output=True).stdout
    assignments = [json.loads(line) for line in out.decode("utf-8").splitlines() if line]
    return {key(a["observation"]): a.get("speaker") for a in assignments}


def speaker_tallies(facts_line, identities):
    """(speaker id, tally) for each speaker quoted in one article, counted as SpeakerIndex does:
    quotes, 1 article, first and last date, outlets, places and the other people mentioned."""
    facts = json.loads(facts_line)
    assigned = identities.value
    quoted = Counter()
    for item in facts["quoted"]:
        speaker = assigned.get(key(item["observation"]))
        if speaker:
            quoted[speaker["id"]] += item["quotes"]
    if not quoted:
        return []
    people = [((assigned.get(key(p["observation"])) or {}).get("name") or p["observation"]["name"], p["mentions"])
              for p in facts["people"]]
    places = Counter()
    for place in facts["places"]:
        places[place["name"]] += place["count"]
    date, outlet = facts.get("date"), facts.get("outlet")
    names = {s["id"]: s["name"] for s in assigned.values() if s}
    result = []
    for speaker_id, quotes in quoted.items():
        others = Counter()
        for person, mentions in people:
            if person != names[speaker_id]:
                others[person] += mentions
        result.append((speaker_id, (quotes, 1, date, date, Counter([outlet] if outlet else []), places, others)))
    return result


def add_tallies(a, b):
    """Adds two tallies of one speaker."""
    first = min((d for d in (a[2], b[2]) if d), default=None)
    last = max((d for d in (a[3], b[3]) if d), default=None)
    return (a[0] + b[0], a[1] + b[1], first, last, a[4] + b[4], a[5] + b[5], a[6] + b[6])


def swift_order(text):
    """The sort key that orders strings as Swift's `<` does: by the scalars of their NFC form."""
    return unicodedata.normalize("NFC", text)


def summarise(tallies, identities):
    """The speakers list from (speaker id, tally) pairs: most quoted first, ties by name."""
    def top(counter):
        ranked = sorted(counter.items(), key=lambda kv: (-kv[1], swift_order(kv[0])))
        return [{"name": k, "count": v} for k, v in ranked[:TOP]]
    speakers = []
    for speaker_id, (quotes, articles, first, last, outlets, places, people) in tallies:
        identity = identities[speaker_id]
        speaker = {"name": identity["name"], "aliases": identity["aliases"], "kind": identity["kind"], "quotes": quotes,
                   "articles": articles, "outlets": top(outlets), "places": top(places), "people": top(people)}
        if first:
            speaker["first_date"], speaker["last_date"] = first, last
        speakers.append(speaker)
    return sorted(speakers, key=lambda s: (-s["quotes"], swift_order(s["name"])))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSONL record files or folders of HTML/text files")
    parser.add_argument("--output", required=True, help="output folder (must not exist)")
    parser.add_argument("--hearsay", default=".build/release/hearsay", help="the hearsay binary (its resources beside it)")
    parser.add_argument("--partitions", type=int, help="partitions of the input (default: 4 per core)")
    parser.add_argument("--quotes-format", choices=["csv", "parquet"], default="csv")
    parser.add_argument("--indirect", action="store_true", help="also report indirect speech")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("hearsay").getOrCreate()
    sc = spark.sparkContext
    binary = os.path.abspath(args.hearsay)
    scratch = tempfile.mkdtemp(prefix="hearsay-spark-driver-")
    sc.addArchive(make_bundle(binary, scratch))
    partitions = args.partitions or 4 * sc.defaultParallelism
    timings = {}

    start = time.time()
    records = read_records(sc, args.inputs, partitions)
    analyze = ["analyze", "-", "--format", "jsonl", "--quiet", "--jobs", sc.getConf().get("spark.task.cpus", "1")]
    reports = records.mapPartitions(hearsay_pipe(analyze + (["--indirect"] if args.indirect else [])))
    reports.persist(StorageLevel.MEMORY_AND_DISK)
    reports.saveAsTextFile(os.path.join(args.output, "reports"))
    timings["analyze + write reports"] = time.time() - start

    start = time.time()
    quotes = spark.createDataFrame(reports.flatMap(quote_rows), schema="id string, quote string, kind string, speaker string, "
                                   "mention string, cue string, sieve string, confidence double, start long, end long")
    writer = quotes.write.mode("error")
    if args.quotes_format == "csv":
        writer.option("header", True).option("escape", '"').option("multiLine", True).csv(os.path.join(args.output, "quotes"))
    else:
        writer.parquet(os.path.join(args.output, "quotes"))
    timings["quotes table"] = time.time() - start

    start = time.time()
    facts = reports.mapPartitions(hearsay_pipe(["identities", "observe", "-"]))
    facts.persist(StorageLevel.MEMORY_AND_DISK)
    counts = (facts.flatMap(lambda line: [key(o) for o in json.loads(line)["observations"]])
              .map(lambda k: (k, 1)).reduceByKey(lambda a, b: a + b).collect())
    identities = sc.broadcast(resolve_identities(binary, counts, scratch))
    names = {s["id"]: s for s in identities.value.values() if s}
    tallies = facts.flatMap(lambda line: speaker_tallies(line, identities)).reduceByKey(add_tallies).collect()
    speakers = summarise(tallies, names)
    sc.parallelize([json.dumps(s, ensure_ascii=False, sort_keys=True) for s in speakers], 1) \
        .saveAsTextFile(os.path.join(args.output, "speakers"))
    timings["speakers"] = time.time() - start

    for label, seconds in timings.items():
        print(f"{label:<28} {seconds:6.1f} s")
    print(f"observations: {len(counts)} distinct, speakers: {len(speakers)}")
    shutil.rmtree(scratch, ignore_errors=True)
    spark.stop()


if __name__ == "__main__":
    main()
