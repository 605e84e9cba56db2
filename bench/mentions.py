"""Quantity recognition, scored the same way for every system.

Two labelled sets, one line per mention, each read as a careful reader
would: figures ({"figure": true, "value", "unit", "qualifier"}) and things
a recognizer may wrongly return ({"figure": false, "kind": "year" | "date" |
"ordinal" | ...}). Every figure of a listed sentence is labelled, so
anything else a system returns for it is a false positive.
  - bench/data/mentions.jsonl: taken by hand from data/sources/ (its
    "doc" names the source, whose date the manifest gives). Labelled
    before ranks were figures: "ranks first in the country" is a
    non-figure of kind "rank" there, and its rules stay as they were so
    that its scores compare across runs.
  - bench/data/mentions_forms.jsonl: sentences written for this benchmark
    in the style of news copy about a city's economy (none taken from the
    claim sets), each line with its "date" and its "form": "rank",
    "multiple", "fraction", "compound" (number words: "nine hundred and
    sixty-five thousand"), "streak" ("the fourth year running"), "plain"
    (the other figures of those sentences) or "non-figure". It adds:
      ranks: unit "rank", value the position ("came third" 3,
        "second-largest" 2, "No. 2 in the country" 2, "the world's
        busiest" 1, "came top" 1); an ordinal in a name ("No. 1 Middle
        School", "the 14th Five-Year Plan") or a list ("First, ...") is
        not a figure
      multiples: unit "x", value the factor ("doubled" 2, "fivefold" 5,
        "one and a half times" 1.5)
      fractions: unit "%", value the share in percent ("a third"
        33.333333, "one in every four" 25, "half" 50), as mentions.jsonl
        already scored "one-fifth"
      streaks: an ordinal counting consecutive years is a count of years
        ("for the fourth year running" 4 years)

Rules (docs/benchmarks.md repeats them):
  - a returned figure matches a labelled one of the same sentence when the
    units agree and the values agree within 0.1% (magnitudes: the sign of a
    change is not scored); each label matches once
  - units: ISO currency codes, %, pp, x, rank, count, years, months, m2,
    km2, km, t; "tce" (tons of standard coal) also accepts t; a rate ("yuan
    per person") is scored by its numerator's unit
  - precision = matched / returned, recall = matched / labelled, F1
  - qualifier agreement is reported apart, over matched figures, for the
    systems that read qualifiers
  - by form (sets that label forms): matched / labelled for each form of
    figure; for non-figures, how many of them a returned extra overlaps
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
        # Written sentences carry their own date; source ones take the document's.
        seen.setdefault((m["doc"], m["sentence"]), m.get("date") or dates[m["doc"]])
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


def is_rank(fig):
    """A returned rank: mentions.jsonl labels ranks as non-figures (see above)."""
    return base_unit(fig.get("unit")) == "rank"


def is_year(fig):
    """A bare four-digit year, the one filter a user of a peer would add first."""
    t = re.sub(r"[^\w]", "", fig.get("text") or "")
    return t.isdigit() and len(t) == 4 and 1900 <= fig["value"] <= 2100


def overlaps(a, b):
    a, b = a.strip().lower(), b.strip().lower()
    return bool(a) and bool(b) and (a in b or b in a)


def score(mentions, manifest, figures, drop_years=False, drop_ranks=False):
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
    matched, n_hit = set(), set()  # ids of the labels a system found / wrongly returned
    for i, (doc, s, _) in enumerate(order):
        got = [f for f in figures.get(i, [])
               if not (drop_years and is_year(f)) and not (drop_ranks and is_rank(f))]
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
                on = [n for n in negatives.get((doc, s), []) if overlaps(f.get("text") or "", n["text"])]
                if on:
                    negatives_returned += 1
                for n in on:
                    n_hit.add(id(n))
                extras.append({"doc": doc, "sentence": s, "got": f})
                continue
            used[hit] = True
            matched.add(id(want[hit]))
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
            "qualifier_scored": qual_total, "misses": misses, "extras": extras,
            "by_form": by_form(mentions, matched, n_hit)}


def by_form(mentions, matched, n_hit):
    """{form: {"labelled", "found"}}: figures matched, or non-figures returned."""
    forms = {}
    for m in mentions:
        if "form" not in m:
            continue
        row = forms.setdefault(m["form"], {"labelled": 0, "found": 0})
        row["labelled"] += 1
        row["found"] += id(m) in (matched if m["figure"] else n_hit)
    return forms


if __name__ == "__main__":
    # python3 bench/mentions.py OUTPUT.jsonl [LABELS.jsonl]: scores one
    # system's output and lists its misses and extras (for looking at errors
    # by hand); the labels default to bench/data/mentions.jsonl.
    import sys
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    labels = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "bench", "data", "mentions.jsonl")
    mentions = load(labels)
    manifest = json.load(open(os.path.join(root, "data", "sources", "manifest.json")))
    figures, _ = read_output(sys.argv[1])
    s = score(mentions, manifest, figures)
    for m in s["misses"]:
        print(f"MISS  {m['text']!r} {m['value']} {m['unit']}  | {m['sentence'][:90]}")
    for e in s["extras"]:
        g = e["got"]
        print(f"EXTRA {g.get('text')!r} {g['value']} {g.get('unit')}  | {e['sentence'][:90]}")
    print({k: v for k, v in s.items() if k not in ("misses", "extras")})
