#!/usr/bin/env python3
"""Small helpers for the Scripts/eval/*.sh scripts (stdlib only).

  _evalutil.py make-input text GOLD.jsonl OUT.jsonl
        {"id","text"} per gold record (the gold text, unchanged)
  _evalutil.py make-input path GOLD.jsonl OUT.jsonl --base DIR [--field html_path]
        {"id","path"} with the absolute path DIR/<field>
  _evalutil.py inflated-size INPUT.jsonl
        total inflated bytes of the {"path"} files (gunzipped when .gz), printed
  _evalutil.py filter GOLD.jsonl OUT.jsonl KEY=VALUE
        keeps the gold records whose KEY equals VALUE
  _evalutil.py timed-run TIMING.json -- CMD [ARGS...]
        runs CMD, writes {"wall_s","cpu_user_s","cpu_sys_s","exit_status"}, exits with
        CMD's status (CPU time is the child's rusage: robust when the machine is busy)
  _evalutil.py finish SCORE.json OUT.json [--meta JSON] [--extra NAME=SCORE.json]
        writes the scorer's --json result plus a "run" object (and extra results)
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


def make_input(args) -> int:
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for d in read_jsonl(args.gold):
            if args.mode == "text":
                rec = {"id": d["id"], "text": d["text"]}
            else:
                rel = d[args.field]
                rec = {"id": d["id"], "path": os.path.abspath(os.path.join(args.base, rel))}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} records -> {args.out}", file=sys.stderr)
    return 0 if n else 1


def inflated_size(args) -> int:
    total = 0
    for d in read_jsonl(args.input):
        p = d["path"]
        opener = gzip.open if p.endswith(".gz") else open
        with opener(p, "rb") as f:
            while True:
                chunk = f.read(1 << 20)
                if not chunk:
                    break
                total += len(chunk)
    print(total)
    return 0


def filter_gold(args) -> int:
    key, _, value = args.cond.partition("=")
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for d in read_jsonl(args.gold):
            if str(d.get(key)) == value:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
                n += 1
    print(n)
    return 0


def timed_run(args) -> int:
    cmd = args.cmd[1:] if args.cmd and args.cmd[0] == "--" else args.cmd
    if not cmd:
        print("timed-run: no command", file=sys.stderr)
        return 2
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    rc = subprocess.call(cmd)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(args.timing, "w", encoding="utf-8") as f:
        json.dump({"wall_s": round(wall, 3),
                   "cpu_user_s": round(after.ru_utime - before.ru_utime, 3),
                   "cpu_sys_s": round(after.ru_stime - before.ru_stime, 3),
                   "exit_status": rc}, f)
    return rc


def finish(args) -> int:
    with open(args.score, encoding="utf-8") as f:
        res = json.load(f)
    if args.meta:
        res["run"] = json.loads(args.meta)
    for item in args.extra or []:
        name, _, path = item.partition("=")
        with open(path, encoding="utf-8") as f:
            res[name] = json.load(f)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(res, f, indent=2, sort_keys=False)
        f.write("\n")
    os.replace(tmp, args.out)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("make-input")
    p.add_argument("mode", choices=("text", "path"))
    p.add_argument("gold")
    p.add_argument("out")
    p.add_argument("--base", default=".")
    p.add_argument("--field", default="html_path")
    p.set_defaults(fn=make_input)
    p = sub.add_parser("inflated-size")
    p.add_argument("input")
    p.set_defaults(fn=inflated_size)
    p = sub.add_parser("filter")
    p.add_argument("gold")
    p.add_argument("out")
    p.add_argument("cond")
    p.set_defaults(fn=filter_gold)
    p = sub.add_parser("timed-run")
    p.add_argument("timing")
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    p.set_defaults(fn=timed_run)
    p = sub.add_parser("finish")
    p.add_argument("score")
    p.add_argument("out")
    p.add_argument("--meta")
    p.add_argument("--extra", action="append")
    p.set_defaults(fn=finish)
    args = ap.parse_args()
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
