#!/usr/bin/env python3
"""Measures the peers on the benchmark's inputs, one process, one core, prints RESULT lines.

    peers.py trafilatura SCRAPINGHUB_DIR/test.jsonl
    peers.py spacy POLNEAR_DIR/*.jsonl

trafilatura 2.3.1: `trafilatura.extract(html)` with its defaults on each inflated page.
spaCy 3.8 + en_core_web_sm 3.8.0 + textacy 0.13.0: `nlp(text)` then
`textacy.extract.triples.direct_quotations(doc)` on each text.

A peer that is not installed prints `SKIP name reason` instead; the bench goes on.
RESULT columns match hearsay-bench: name jobs documents bytes seconds cpu_seconds peak_kb.
"""
import gzip
import json
import os
import resource
import sys
import time


def result(name, docs, size, wall, cpu):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"RESULT\t{name}\t1\t{docs}\t{size}\t{wall:.4f}\t{cpu:.4f}\t{peak}")


def timed(work):
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def trafilatura_case(index):
    try:
        import trafilatura
    except ImportError as e:
        print(f"SKIP\ttrafilatura\tnot installed ({e})")
        return
    base = os.path.dirname(index)
    pages = []
    for r in records(index):
        with open(os.path.join(base, r["html_path"]), "rb") as f:
            data = f.read()
        pages.append(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data)
    texts = [p.decode("utf-8", errors="replace") for p in pages]
    trafilatura.extract(texts[0])  # warm up (imports, caches)
    wall, cpu = timed(lambda: [trafilatura.extract(t) for t in texts])
    result(f"trafilatura-{trafilatura.__version__}", len(pages), sum(len(p) for p in pages), wall, cpu)


def spacy_case(paths):
    try:
        import spacy
        import textacy.extract
        nlp = spacy.load("en_core_web_sm")
    except Exception as e:  # ImportError, or OSError when the model is missing
        hint = " (en_core_web_sm is published outside PyPI)" if "en_core_web_sm" in str(e) else ""
        print(f"SKIP\tspacy+textacy\t{type(e).__name__}: {str(e).splitlines()[0][:120]}{hint}")
        return
    texts = [r["text"] for p in paths for r in records(p)]

    def run():
        for doc in nlp.pipe(texts):
            list(textacy.extract.triples.direct_quotations(doc))

    wall, cpu = timed(run)
    result(f"spacy-{spacy.__version__}+textacy", len(texts), sum(len(t.encode("utf-8")) for t in texts), wall, cpu)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("trafilatura", "spacy"):
        raise SystemExit(__doc__)
    if sys.argv[1] == "trafilatura":
        trafilatura_case(sys.argv[2])
    else:
        spacy_case(sys.argv[2:])
