#!/usr/bin/env python3
"""Generates the benchmark's synthetic inputs from the PolNeAR texts (stdlib only).

    make_inputs.py POLNEAR_DIR OUT_DIR [--corpus-mb 200] [--article-mb 50] [--paragraphs 100000]
                   [--quote-paragraphs 20000]

Writes into OUT_DIR (never into the repository):
  corpus.jsonl       records {"id", "text"} cycling through the texts until the text adds up to
                     at least --corpus-mb MB (the streaming / flat-memory case);
  article-1mb.txt,
  article-5mb.txt    single plain-text articles of about 1 and 5 MB (steps on the way to the big one);
  article-50mb.txt   one plain-text article of at least --article-mb MB: the texts' paragraphs
                     joined by blank lines;
  paragraphs.txt     one article of exactly --paragraphs paragraphs (short ones, one per line pair);
  quotes.txt         one article of exactly --quote-paragraphs paragraphs that each hold a quotation
                     mark (tens of thousands of quotes and reported speech in one document: the case
                     where asking, for each quote, about every other quote would be quadratic);
and prints one line per file: `INPUT name documents text_bytes path`.
"""
import argparse
import glob
import json
import os


def texts(polnear):
    out = []
    for path in sorted(glob.glob(os.path.join(polnear, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    out.append(json.loads(line)["text"])
    if not out:
        raise SystemExit(f"make_inputs: no PolNeAR texts in {polnear}")
    return out


def article(paragraphs, target_bytes, path):
    """Writes paragraphs (cycled) separated by blank lines until target_bytes; returns the size."""
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        k = 0
        while size < target_bytes:
            chunk = ("\n\n" if k else "") + paragraphs[k % len(paragraphs)]
            f.write(chunk)
            size += len(chunk.encode("utf-8"))
            k += 1
    return size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("polnear")
    ap.add_argument("out")
    ap.add_argument("--corpus-mb", type=float, default=200)
    ap.add_argument("--article-mb", type=float, default=50)
    ap.add_argument("--paragraphs", type=int, default=100_000)
    ap.add_argument("--quote-paragraphs", type=int, default=20_000)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    docs = texts(args.polnear)
    paragraphs = [p.strip() for d in docs for p in d.split("\n\n") if p.strip()]

    path = os.path.join(args.out, "corpus.jsonl")
    size, n = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < args.corpus_mb * 1e6:
            text = docs[n % len(docs)]
            f.write(json.dumps({"id": f"synthetic-{n}", "text": text}, ensure_ascii=False) + "\n")
            size += len(text.encode("utf-8"))
            n += 1
    print(f"INPUT\tcorpus\t{n}\t{size}\t{path}")

    steps = [(f"article-{mb}mb", mb) for mb in (1, 5) if mb < args.article_mb]
    for name, mb in steps + [(f"article-{args.article_mb:g}mb", args.article_mb)]:
        path = os.path.join(args.out, name + ".txt")
        print(f"INPUT\t{name}\t1\t{article(paragraphs, mb * 1e6, path)}\t{path}")

    path = os.path.join(args.out, "paragraphs.txt")
    short = [p for p in paragraphs if len(p) < 400] or paragraphs
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(short[k % len(short)] for k in range(args.paragraphs)))
    print(f"INPUT\tparagraphs-{args.paragraphs}\t1\t{os.path.getsize(path)}\t{path}")

    path = os.path.join(args.out, "quotes.txt")
    quoted = [p for p in paragraphs if any(mark in p for mark in ('"', "\u201c", "\u2018", "''"))] or paragraphs
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(quoted[k % len(quoted)] for k in range(args.quote_paragraphs)))
    print(f"INPUT\tquotes-{args.quote_paragraphs}\t1\t{os.path.getsize(path)}\t{path}")


if __name__ == "__main__":
    main()
