#!/usr/bin/env python3
"""Convert Hearsay JSONL reports to the scorer's system format.

  python3 Scripts/eval/report_to_score.py IN.jsonl OUT.jsonl      (- = stdin / stdout)

Input: one Hearsay report per line (`hearsay analyze ... --format jsonl`).
Output: one line per report, for /work/shared/tools/score.py --system:

  {"id", "text",
   "quotes":   [{"text","start","end","kind","speaker","speaker_mention",
                 "cue","sieve","confidence"}],   speaker = speaker.name,
                                                 speaker_mention = speaker.mention
   "people":   [names], "places": [names], "organizations": [names],
   "entities": [{"start","end","label","text"}]}  every mention of people (PER),
                                                 places (LOC), organizations (ORG);
                                                 code-point offsets into `text`

Quote kinds: the scorer counts only kind direct/partial unless --include-indirect (then
every kind). Hearsay's `block` (a <blockquote>) is direct quotation, so it is written as
"direct"; `mixed` (a quoted fragment inside a paraphrase, which PolNeAR files under its
indirect content) and `indirect` are passed through, so they are scored only with
--include-indirect. The original kind is kept in "hearsay_kind".

A report with an "error" key becomes {"id": id} (an empty system output, so the scorer
counts its gold as missed); the number of such records is printed to stderr.
Python 3 standard library only.
"""
from __future__ import annotations

import json
import sys
from typing import Any, Dict, List, Optional

LAYERS = (("people", "PER"), ("places", "LOC"), ("organizations", "ORG"))


def _list(x: Any) -> List[dict]:
    return [y for y in x if isinstance(y, dict)] if isinstance(x, list) else []


KIND_MAP = {"block": "direct"}


def convert_quote(q: dict) -> dict:
    sp = q.get("speaker") if isinstance(q.get("speaker"), dict) else None
    kind = q.get("kind")
    return {
        "text": q.get("text"),
        "start": q.get("start"),
        "end": q.get("end"),
        "kind": KIND_MAP.get(kind, kind),
        "hearsay_kind": kind,
        "speaker": sp.get("name") if sp else None,
        "speaker_mention": sp.get("mention") if sp else None,
        # not read by the scorer; kept for error analysis
        "cue": q.get("cue"),
        "sieve": q.get("sieve"),
        "confidence": q.get("confidence"),
    }


def convert(report: dict) -> dict:
    if "error" in report:
        return {"id": report.get("id")}
    out: Dict[str, Any] = {"id": report.get("id"), "text": report.get("text")}
    out["quotes"] = [convert_quote(q) for q in _list(report.get("quotes"))]
    entities = []
    for layer, label in LAYERS:
        items = _list(report.get(layer))
        out[layer] = [e.get("name") for e in items if e.get("name")]
        for e in items:
            for m in _list(e.get("mentions")):
                entities.append({"start": m.get("start"), "end": m.get("end"),
                                 "label": label, "text": m.get("text")})
    entities.sort(key=lambda e: (e["start"] if isinstance(e["start"], int) else -1,
                                 e["end"] if isinstance(e["end"], int) else -1))
    out["entities"] = entities
    return out


def main(argv: Optional[List[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2 or argv[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 0 if argv and argv[0] in ("-h", "--help") else 64
    src, dst = argv
    fin = sys.stdin if src == "-" else open(src, encoding="utf-8")
    fout = sys.stdout if dst == "-" else open(dst, "w", encoding="utf-8")
    n = errors = bad = 0
    try:
        for lineno, line in enumerate(fin, 1):
            line = line.strip()
            if not line:
                continue
            try:
                report = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"report_to_score: {src}:{lineno}: bad JSON: {e}", file=sys.stderr)
                bad += 1
                continue
            if not isinstance(report, dict):
                print(f"report_to_score: {src}:{lineno}: not an object", file=sys.stderr)
                bad += 1
                continue
            if "error" in report:
                errors += 1
                print(f"report_to_score: error record {report.get('id')!r}: "
                      f"{report.get('error')}", file=sys.stderr)
            fout.write(json.dumps(convert(report), ensure_ascii=False) + "\n")
            n += 1
    finally:
        if fin is not sys.stdin:
            fin.close()
        if fout is not sys.stdout:
            fout.close()
    print(f"report_to_score: {n} reports converted, {errors} error records "
          f"(scored as empty output)" + (f", {bad} unreadable lines" if bad else ""),
          file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
