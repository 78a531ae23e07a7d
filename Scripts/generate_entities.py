#!/usr/bin/env python3
"""Regenerates Sources/Hearsay/Resources/Entities/html5-entities.tsv from Python's html.entities.html5."""
import pathlib
from html.entities import html5

out = pathlib.Path(__file__).resolve().parent.parent / "Sources/Hearsay/Resources/Entities/html5-entities.tsv"
lines = ["# HTML5 named character references: name (with trailing ';' where the spec has it) TAB code points (hex, space separated).",
         "# Generated from Python's html.entities.html5 (the WHATWG HTML entity list) by Scripts/generate_entities.py."]
for name in sorted(html5):
    lines.append(name + "\t" + " ".join("%X" % ord(c) for c in html5[name]))
out.write_text("\n".join(lines) + "\n")
print(f"{len(html5)} entities -> {out}")
