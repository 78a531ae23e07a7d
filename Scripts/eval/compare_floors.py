#!/usr/bin/env python3
"""Compare evaluation results against accuracy floors (the CI regression check).

  python3 Scripts/eval/compare_floors.py [--floors Scripts/eval/floors.json]
                                         [--results out/eval] [--update [--margin 0.02]]

floors.json maps a result name (the file RESULTS/<name>.json written by polnear.sh,
conll.sh, scrapinghub.sh) to {metric: floor}. Metric names:
  <layer>_f1 / <layer>_precision / <layer>_recall   layer = quotes, quotes_e2e, people,
                                                    places, text, text_bow, text_en
  entities_f1 (micro), entities_<LABEL>_f1 (e.g. entities_PER_f1)
  attribution_accuracy
Prints one line per metric; exits 1 when any metric is below its floor or missing.
--update rewrites the floors file from the current results: floor = value - margin,
rounded down to 3 decimals (never below 0), for the metrics already listed in it.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from typing import Optional

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def metric_value(res: dict, metric: str) -> Optional[float]:
    if metric == "attribution_accuracy":
        return (res.get("attribution") or {}).get("accuracy")
    layer, _, stat = metric.rpartition("_")
    if stat not in ("f1", "precision", "recall"):
        return None
    if layer == "entities":
        return ((res.get("entities") or {}).get("micro") or {}).get(stat)
    if layer.startswith("entities_"):
        lab = layer[len("entities_"):]
        return (((res.get("entities") or {}).get("per_label") or {}).get(lab) or {}).get(stat)
    d = res.get(layer)
    return d.get(stat) if isinstance(d, dict) else None


def floor_of(value: float, margin: float) -> float:
    # round down to 3 decimals; the 1e-9 guards against 0.7299999999 style artefacts
    return max(0.0, math.floor((value - margin) * 1000 + 1e-9) / 1000)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--floors", default=os.path.join(HERE, "floors.json"))
    ap.add_argument("--results", default=os.environ.get("EVAL_OUT_DIR",
                                                        os.path.join(ROOT, "out", "eval")))
    ap.add_argument("--update", action="store_true",
                    help="rewrite the floors from the current results")
    ap.add_argument("--margin", type=float, default=0.02)
    args = ap.parse_args()

    with open(args.floors, encoding="utf-8") as f:
        floors = json.load(f)
    failures, missing, new = [], [], {}
    for name, metrics in floors.items():
        path = os.path.join(args.results, f"{name}.json")
        try:
            with open(path, encoding="utf-8") as f:
                res = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            print(f"FAIL {name}: no readable result file {path} ({e})")
            failures.append(f"{name}: no result file")
            missing.append(name)
            continue
        new[name] = {}
        for metric, floor in metrics.items():
            v = metric_value(res, metric)
            label = f"{name}.{metric}"
            if v is None:
                print(f"FAIL {label:<34} missing from {path}")
                failures.append(f"{label}: missing from the results")
                missing.append(label)
                continue
            new[name][metric] = floor_of(v, args.margin)
            ok = v >= floor
            print(f"{'ok  ' if ok else 'FAIL'} {label:<34} {v:.4f}  floor {floor:.3f}  "
                  f"({v - floor:+.4f})")
            if not ok:
                failures.append(f"{label} = {v:.4f} < floor {floor:.3f}")

    if args.update:
        if missing:
            print("not updating floors: some results are missing", file=sys.stderr)
            return 1
        with open(args.floors, "w", encoding="utf-8") as f:
            json.dump(new, f, indent=2)
            f.write("\n")
        print(f"floors updated: {args.floors} (value - {args.margin}, rounded down)")
        return 0
    if failures:
        print(f"accuracy check FAILED: {len(failures)} metric(s) below floor or missing: "
              + "; ".join(failures))
        return 1
    print(f"accuracy check passed ({sum(len(m) for m in floors.values())} metrics)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
