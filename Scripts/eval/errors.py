#!/usr/bin/env python3
"""List concrete errors of a system file against gold, using the scorer's own matching.

  python3 Scripts/eval/errors.py --gold GOLD.jsonl --system SYS.jsonl
          [--score-py /work/shared/tools/score.py] [--include-indirect]
          [--surface-speakers] [--layer quotes|speakers|people|places|entities]
          [--limit 20] [--context 60]

SYS.jsonl is report_to_score.py output (keep it with EVAL_KEEP_DIR=/tmp/x when running
polnear.sh / conll.sh). Prints, per layer: missed gold items (FN), spurious system
items (FP) and, for quotes, matched pairs with a wrong speaker; each with the document
id and a text snippet. Output contains corpus text: do not commit it.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections import Counter


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("hearsay_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def snippet(text, start, end, ctx):
    if not isinstance(text, str) or not isinstance(start, int) or not isinstance(end, int):
        return ""
    a, b = max(0, start - ctx), min(len(text), end + ctx)
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).replace("\n", " / ")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--system", required=True)
    ap.add_argument("--score-py", default=os.environ.get("SCORE_PY", "/work/shared/tools/score.py"))
    ap.add_argument("--include-indirect", action="store_true")
    ap.add_argument("--surface-speakers", action="store_true")
    ap.add_argument("--layer", action="append",
                    choices=("quotes", "speakers", "people", "places", "entities"))
    ap.add_argument("--limit", type=int, default=20, help="items per category (0: all)")
    ap.add_argument("--context", type=int, default=60)
    args = ap.parse_args()
    sc = load_scorer(args.score_py)
    gold, system = sc.load_jsonl(args.gold), sc.load_jsonl(args.system)
    ann = sc.annotated_fields(gold)
    layers = args.layer or [l for l in ("quotes", "speakers", "people", "places", "entities")
                            if ann.get("quotes" if l == "speakers" else l)]
    out = {k: [] for k in ("quote FN", "quote FP", "wrong speaker", "people FN", "people FP",
                           "places FN", "places FP", "entity FN", "entity FP")}
    for gid, g in gold.items():
        s = system.get(gid) or {"id": gid}
        gt, st = g.get("text"), s.get("text")
        if "quotes" in layers or "speakers" in layers:
            gq = [q for q in sc._dicts(g.get("quotes")) if sc._kind_ok(q, args.include_indirect)]
            sq = [q for q in sc._dicts(s.get("quotes")) if sc._kind_ok(q, args.include_indirect)]
            gtok = [sc.WORD_RE.findall(sc.norm_quote(sc._quote_text(q, gt))) for q in gq]
            stok = [sc.WORD_RE.findall(sc.norm_quote(sc._quote_text(q, st))) for q in sq]
            pairs = sc.greedy_match(gtok, stok, 0.5)
            mg, ms = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
            for i, q in enumerate(gq):
                if i not in mg:
                    out["quote FN"].append(f"{gid}: ({q.get('kind')}, gold speaker "
                                           f"{q.get('speaker')!r}) {snippet(gt, q.get('start'), q.get('end'), args.context)}")
            for j, q in enumerate(sq):
                if j not in ms:
                    out["quote FP"].append(f"{gid}: ({q.get('kind')}, speaker {q.get('speaker')!r}, "
                                           f"sieve {q.get('sieve')}) {snippet(st, q.get('start'), q.get('end'), args.context)}")
            for i, j, _ in pairs:
                gs, ss = gq[i].get("speaker"), sc._sys_speaker(sq[j])
                ok = (sc.speaker_match(gs, ss) or (args.surface_speakers and sc.speaker_match(
                    gs, sq[j].get("speaker_mention")))) if gs else not ss
                if not ok:
                    out["wrong speaker"].append(
                        f"{gid}: gold {gs!r} / system {ss!r} (mention {sq[j].get('speaker_mention')!r}, "
                        f"sieve {sq[j].get('sieve')}) {snippet(st, sq[j].get('start'), sq[j].get('end'), args.context)}")
        for layer, key in (("people", sc.last_name), ("places", sc.norm_place)):
            if layer not in layers:
                continue
            gk = {key(x): x for x in (g.get(layer) or []) if x and key(x)}
            sk = {key(x): x for x in (s.get(layer) or []) if x and key(x)}
            for k in sorted(set(gk) - set(sk)):
                out[f"{layer} FN"].append(f"{gid}: {gk[k]!r}")
            for k in sorted(set(sk) - set(gk)):
                out[f"{layer} FP"].append(f"{gid}: {sk[k]!r}")
        if "entities" in layers and isinstance(g.get("entities"), list):
            gk = Counter((e.get("start"), e.get("end"), e.get("label")) for e in sc._dicts(g.get("entities")))
            sk = Counter((e.get("start"), e.get("end"), e.get("label")) for e in sc._dicts(s.get("entities")))
            for (a, b, lab) in sorted((gk - sk).elements(), key=lambda k: (k[0], k[1])):
                out["entity FN"].append(f"{gid}: {lab} {snippet(gt, a, b, args.context // 2)}")
            for (a, b, lab) in sorted((sk - gk).elements(), key=lambda k: (k[0] or 0, k[1] or 0)):
                out["entity FP"].append(f"{gid}: {lab} {snippet(st, a, b, args.context // 2)}")
    for cat, items in out.items():
        if not items:
            continue
        print(f"== {cat}: {len(items)}")
        for line in items[: args.limit or None]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
