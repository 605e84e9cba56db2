"""Quantity recognition, scored the same way for every system.

The labelled set is bench/data/mentions.jsonl: one line per mention, taken
by hand from data/sources/ and read as a careful reader would, figures
({"figure": true, "value", "unit", "qualifier"}) and things a recognizer may
wrongly return ({"figure": false, "kind": "year" | "date" | "ordinal" | ...}).
Every figure of a listed sentence is labelled, so anything else a system
returns for it is a false positive.

Rules (docs/benchmarks.md repeats them):
  - a returned figure matches a labelled one of the same sentence when the
    units agree and the values agree within 0.1% (magnitudes: the sign of a
    change is not scored); each label matches once
  - units: ISO currency codes, %, pp, x, count, years, months, m2, km2, km,
    t; "tce" (tons of standard coal) also accepts t; a rate ("yuan per
    person") is scored by its numerator's unit
  - precision = matched / returned, recall = matched / labelled, F1
  - qualifier agreement is reported apart, over matched figures, for the
    systems that read qualifiers
"""
import json
import os
import re

UNIT_ALSO = {"tce": {"t"}}


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def sentences(mentions, manifest):
    """[(doc, sentence, date)] in the file's order, each once."""
    dates = {d["file"]: d["date"] for d in manifest["documents"]}
    seen = {}
    for m in mentions:
        seen.setdefault((m["doc"], m["sentence"]), dates[m["doc"]])
    return [(doc, s, date) for (doc, s), date in seen.items()]


def write_batch(mentions, manifest, path):
    """The sentences as `figcheck check --batch` lines (the input of every system)."""
    with open(path, "w", encoding="utf-8") as f:
        for i, (doc, s, date) in enumerate(sentences(mentions, manifest)):
            f.write(json.dumps({"id": i, "claim": s, "as_of": date}, ensure_ascii=False) + "\n")


def read_output(path):
    """A system's output lines → ({id: figures}, summary)."""
    figures, summary = {}, None
    for row in load(path):
        if "summary" in row:
            summary = row["summary"]
        else:
            figures[row["id"]] = row["figures"]
    return figures, summary


def base_unit(unit):
    """"CNY/person" → "CNY": a rate is scored by its numerator."""
    return (unit or "").split("/")[0]


def unit_ok(label_unit, got_unit):
    got = base_unit(got_unit)
    return got == label_unit or got in UNIT_ALSO.get(label_unit, ())


def value_ok(label, got):
    return abs(abs(got) - abs(label)) <= 1e-3 * max(abs(label), 1e-9)


def is_year(fig):
    """A bare four-digit year, the one filter a user of a peer would add first."""
    t = re.sub(r"[^\w]", "", fig.get("text") or "")
    return t.isdigit() and len(t) == 4 and 1900 <= fig["value"] <= 2100


def score(mentions, manifest, figures, drop_years=False):
    """Precision, recall, F1 and the details, for one system's output."""
    order = sentences(mentions, manifest)
    gold = {}
    negatives = {}
    for m in mentions:
        key = (m["doc"], m["sentence"])
        if m["figure"]:
            gold.setdefault(key, []).append(m)
        else:
            negatives.setdefault(key, []).append(m)
    tp = returned = labelled = 0
    qual_total = qual_ok = 0
    negatives_returned = 0
    misses, extras = [], []
    for i, (doc, s, _) in enumerate(order):
        got = [f for f in figures.get(i, []) if not (drop_years and is_year(f))]
        want = gold.get((doc, s), [])
        returned += len(got)
        labelled += len(want)
        used = [False] * len(want)
        for f in got:
            hit = None
            for k, w in enumerate(want):
                if not used[k] and unit_ok(w["unit"], f.get("unit")) and value_ok(w["value"], f["value"]):
                    hit = k
                    break
            if hit is None:
                text = (f.get("text") or "").strip().lower()
                if text and any(text in n["text"].lower() or n["text"].lower() in text
                                for n in negatives.get((doc, s), [])):
                    negatives_returned += 1
                extras.append({"doc": doc, "sentence": s, "got": f})
                continue
            used[hit] = True
            tp += 1
            if f.get("qualifier") is not None:
                qual_total += 1
                qual_ok += f["qualifier"] == want[hit]["qualifier"]
        for k, w in enumerate(want):
            if not used[k]:
                misses.append(w)
    p = tp / returned if returned else 0.0
    r = tp / labelled if labelled else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "matched": tp, "returned": returned,
            "labelled": labelled, "negatives_labelled": sum(len(v) for v in negatives.values()),
            "negatives_returned": negatives_returned,
            "qualifier_agreement": qual_ok / qual_total if qual_total else None,
            "qualifier_scored": qual_total, "misses": misses, "extras": extras}


if __name__ == "__main__":
    # python3 bench/mentions.py OUTPUT.jsonl: scores one system's output and
    # lists its misses and extras (for looking at errors by hand).
    import sys
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    mentions = load(os.path.join(root, "bench", "data", "mentions.jsonl"))
    manifest = json.load(open(os.path.join(root, "data", "sources", "manifest.json")))
    figures, _ = read_output(sys.argv[1])
    s = score(mentions, manifest, figures)
    for m in s["misses"]:
        print(f"MISS  {m['text']!r} {m['value']} {m['unit']}  | {m['sentence'][:90]}")
    for e in s["extras"]:
        g = e["got"]
        print(f"EXTRA {g.get('text')!r} {g['value']} {g.get('unit')}  | {e['sentence'][:90]}")
    print({k: v for k, v in s.items() if k not in ("misses", "extras")})
