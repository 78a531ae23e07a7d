#!/usr/bin/env python3
"""Writes all PolNeAR articles (train, dev, test) as one Hearsay JSONL corpus.

Usage: polnear-corpus-input.py POLNEAR_DIR OUT.jsonl

One {"id", "text", "title", "date", "site_name"} record per article, so that the speakers and
compare commands have dates and outlets. Used by corpus-check.sh and spark/run-local-check.sh.
"""
import json
import sys


def main() -> None:
    data, out = sys.argv[1], sys.argv[2]
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for split in ("train", "dev", "test"):
            for line in open(f"{data}/{split}.jsonl", encoding="utf-8"):
                r = json.loads(line)
                f.write(json.dumps({"id": r["id"], "text": r["text"], "title": r.get("title"),
                                    "date": r.get("publication_date"), "site_name": r.get("publisher")}) + "\n")
                n += 1
    print(f"input: {n} articles")


if __name__ == "__main__":
    main()
