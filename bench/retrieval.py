"""Fact retrieval: does the top answer name the right fact?

Every system gets the fact base's sentences (the sentences that hold the
facts, build/bench/factbase.json) and each dev claim as it is. A claim's
label names the source document and the figure as written ("source",
"figure"); the top answer is right when it is a sentence of that document
holding that figure (compared in lower case, spaces folded). figcheck's top
answer is the sentence of its decisive citation (`figcheck check --batch`).
Claims whose label names no source (unverifiable ones) are not counted.
"""
import json
import re


def fold(text):
    return re.sub(r"\s+", " ", (text or "").replace("\u00a0", " ")).strip().lower()


def labelled(claims):
    return [c for c in claims if c.get("source") and c.get("figure")]


def write_input(factbase, claims, path):
    sentences = [{"id": i, "text": s[2]} for i, s in enumerate(factbase["sentences"])]
    queries = [{"id": c["id"], "text": c["claim"]} for c in labelled(claims)]
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"sentences": sentences, "queries": queries}, f, ensure_ascii=False)


def right(claim, doc_file, sentence_text):
    return doc_file == claim["source"] and fold(claim["figure"]) in fold(sentence_text)


def reachable(factbase, claims):
    """Labelled claims whose right sentence is among the fact sentences at all."""
    docs = factbase["documents"]
    n = 0
    for c in labelled(claims):
        n += any(right(c, docs[s[0]]["file"], s[2]) for s in factbase["sentences"])
    return n


def score_peer(factbase, claims, output_lines):
    """A peer's output lines → {accuracy, right, claims, median_query_ms, index_ms}."""
    docs = factbase["documents"]
    sentences = factbase["sentences"]
    tops, summary = {}, None
    for line in output_lines:
        if "summary" in line:
            summary = line["summary"]
        else:
            tops[line["id"]] = line["top"]
    ok = 0
    claims = labelled(claims)
    for c in claims:
        top = tops.get(c["id"])
        if top is not None:
            s = sentences[top]
            ok += right(c, docs[s[0]]["file"], s[2])
    return {"right": ok, "claims": len(claims), "accuracy": ok / len(claims),
            "median_query_ms": summary["median_query_ms"], "index_ms": summary["index_ms"]}


def score_figcheck(claims, results):
    """figcheck's batch results ({id: result}) → {accuracy, right, claims}."""
    ok = 0
    claims = labelled(claims)
    for c in claims:
        cite = (results.get(c["id"]) or {}).get("citation")
        if cite:
            ok += right(c, cite["source"]["file"], cite["quote"])
    return {"right": ok, "claims": len(claims), "accuracy": ok / len(claims)}
