#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora under fuzz/corpus/ (kept in the repo).

Seeds: sentences of data/sources that hold figures, a handful of claims in
the shapes of news copy (written here), the hostile inputs of issue 7 (invalid UTF-8, NUL, bidi and
zero-width marks, no-break and thin spaces, fullwidth digits, Unicode minus,
400-digit numbers, exponents), small Markdown and HTML drafts, and small
compiled fact bases with truncations and schema mutations. Deterministic:
a second run writes the same files.

usage: fuzz/seed_corpus.py FIGCHECK FACTBASE.json
  FIGCHECK       a built figcheck (to compile the small fact bases)
  FACTBASE.json  the compiled base of data/sources (for its sentences)
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")


def write(target, name, data):
    os.makedirs(os.path.join(CORPUS, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(CORPUS, target, name), "wb") as f:
        f.write(data)


WIRE_CLAIMS = {
    "attribution": "The port handled 49.2 million TEUs last year, the operator said on Monday.",
    "lead_in": "Speaking in Beijing, the mayor said the city's GDP grew 5 percent in 2023.",
    "other_place": "Nationwide, 53,000 new foreign firms were set up in 2023, up 39 percent.",
    "new_vs_total": "It added 30 research centres in 2023, bringing the total to 561.",
    "part_year": "In the first half, exports rose 4.2% to 1.9 trillion yuan.",
    "average": "Output grew about 4 percent a year on average from 2011 to 2021.",
}

HOSTILE_CLAIMS = {
    "nbsp_grouping": "Shanghai had 6\u00a0017 new foreign-invested enterprises in 2023.",
    "thin_grouping": "Shanghai had 6\u2009017 new foreign-invested enterprises in 2023.",
    "narrow_nbsp_grouping": "Shanghai had 6\u202f017 new foreign-invested enterprises in 2023.",
    "fullwidth_digits": "Shanghai's GDP reached \uff14.\uff17\uff12 trillion yuan in 2023.",
    "unicode_minus": "Exports changed by \u221242% in 2023.",
    "en_dash_range": "Industrial added value grew about 48% in 2011\u20132021.",
    "zero_width_space": "Shanghai's G\u200bDP reached 5 trillion yuan in 2023.",
    "bidi_marks": "Shanghai's \u202eGDP\u202c reached 5 trillion\u200f yuan in 2023.",
    "digits_400": "Shanghai's GDP reached " + "9" * 400 + " yuan in 2023.",
    "exponent": "Shanghai's GDP reached 4.72e12 yuan in 2023.",
    "exponent_huge": "Shanghai's GDP reached 1e309 trillion yuan, up 1e400% in 2023.",
    "decimal_400": "Shanghai's GDP grew 0." + "0" * 398 + "1% in 2023.",
    "invalid_utf8": b"Shanghai's GDP reached \xff\xfe 5 trillion yuan in 2023.",
    "overlong_utf8": b"GDP reached \xc0\xaf5 trillion yuan",
    "surrogate_utf8": b"GDP reached \xed\xa0\x80 5 trillion yuan",
    "nul_byte": b"Shanghai's GDP reached 5\x00 trillion yuan in 2023.",
    "empty": b"",
    "blank": " \t\r\n ",
    "many_numbers": " ".join(str(i * 7) + "," + str(100 + i) for i in range(60)),
    "many_periods": "GDP in 2019, 2020, 2021, 2022 and 2023 was 1, 2, 3, 4 and 5 trillion yuan.",
    "from_to": "The figure surged from 24.13 billion yuan to 75.93 billion yuan in the past decade.",
    "fractions": "One out of every four games, a quarter of firms and one-fifth of output doubled.",
}

MARKDOWN = {
    "front_matter": "---\ndate: 2024-03-28\ntitle: GDP\n---\n# Economy\n\n{0}\n\n{1}\n",
    "front_matter_unclosed": "---\ndate: 2023-13-45\ntitle: x\n\n{0}\n",
    "fences": "Intro.\n\n```\n{0}\n```\n\n~~~python\nx = 5\n~~~\n\n{1}\n\n```\nunclosed {2}\n",
    "inline_code_links": "{0} See `4 trillion` and [the {1}](http://example.com/7?x=8) or <http://a.b/9>.\n![chart 5%](img.png)\n",
    "table": "| year | GDP |\n| --- | --- |\n| 2023 | 4.72 trillion yuan |\n| 2022 | 4.47 trillion yuan |\n\n{0}\n",
    "lists": "- {0}\n- {1}\n  1. {2}\n  2. nested 3 items\n* star\n+ plus 42%\n",
    "quotes_headings": "> {0}\n>> {1}\n\nTitle\n=====\n\nSub\n---\n\n### {2} ###\n",
    "html_in_markdown": "<!-- 8 trillion -->\n<div>{0}</div>\n<!-- unclosed {1}\n",
    "emphasis_escapes": "**{0}** _{1}_ \\*not\\* \\[a\\] 5\\.3 billion yuan\n",
    "reference_links": "{0} [ref][1]\n\n[1]: http://example.com/5 \"Title 6\"\n",
    "hard_breaks": "{0}  \n{1}\\\n{2}\n",
    "crlf": "---\r\ndate: 2024-06-01\r\n---\r\n{0}\r\n\r\n{1}\r\n",
}

HTML = {
    "paragraphs": "<!DOCTYPE html><html><head><title>GDP 5</title></head><body><p>{0}</p><p>{1}</p></body></html>",
    "entities": "<p>GDP &amp; trade &#36;3 &#x24;4 &nbsp;x &thinsp;6&thinsp;017 &bogus; &#0; &#xD800; &#99999999; {0}</p>",
    "skipped": "<script>var x = '5 trillion';</script><style>p{{width:5px}}</style><code>7</code><pre>{0}</pre><p>{1}</p>",
    "comments": "<!-- 5 trillion --><p>{0}</p><!-- unclosed {1}",
    "attributes": "<a href=\"x>5\" title='6 trillion'>{0}</a><img alt=\"7%\" src=x><p data-x=>{1}</p>",
    "nested": "<div>" * 40 + "{0}" + "</div>" * 40,
    "unclosed": "<p>{0}<b>{1}<i><span",
    "table": "<table><tr><td>2023</td><td>{0}</td></tr><tr><th>{1}</th></tr></table>",
    "uppercase": "<P>{0}</P><SCRIPT>5</SCRIPT><BR><Br/>{1}",
    "cdata_template": "<![CDATA[5 trillion]]><template>{0}</template><textarea>{1}</textarea>",
    "inline_split": "<p>Shanghai's GDP reached <b>4.72</b> <i>trillion</i> yuan in <span>2023</span>.</p>",
    "stray_brackets": "< p>{0} a < b > c <> </ > <{1}",
}


def tiny_factbases(figcheck, sentences):
    """Compiles three small source sets with a short lexicon."""
    out = {}
    lexicon = {"stopwords": ["the", "a", "of", "in", "and", "reached", "was"],
               "synonyms": [["gross domestic product", "gdp"], ["economy", "gdp"]]}
    sets = {
        "one_doc": [sentences[:3]],
        "two_docs": [sentences[3:6], sentences[6:9]],
        "gdp": [["Shanghai's GDP reached 4.72 trillion yuan (about $663.7 billion) in 2023.",
                 "Industrial added value grew from 723.1 billion yuan in 2011 to 1.0739 trillion yuan in 2021.",
                 "By 2025, the metaverse industry will reach 350 billion yuan.",
                 "Exports declined by 42% last year, and more than 670,000 vehicles were sold."]],
    }
    for name, docs in sets.items():
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "sources")
            os.mkdir(src)
            manifest = {"documents": []}
            for i, doc in enumerate(docs):
                fname = "%03d_doc.txt" % i
                with open(os.path.join(src, fname), "w") as f:
                    f.write("\n\n".join(doc) + "\n")
                manifest["documents"].append({
                    "file": fname, "title": "Doc %d" % i, "publisher": "Pub",
                    "date": "2024-03-28", "language": "en",
                    "url": None if i else "http://example.com/"})
            with open(os.path.join(src, "manifest.json"), "w") as f:
                json.dump(manifest, f)
            lex = os.path.join(tmp, "lexicon.json")
            with open(lex, "w") as f:
                json.dump(lexicon, f)
            fb = os.path.join(tmp, "fb.json")
            subprocess.run([figcheck, "compile", "--sources", src, "--lexicon", lex,
                            "--out", fb], check=True, stdout=subprocess.DEVNULL)
            with open(fb) as f:
                out[name] = json.load(f)
    return out


def mutations(base):
    """Schema-level edits of a valid base; each should be one clear error."""
    def edit(fn):
        b = json.loads(json.dumps(base))
        fn(b)
        return b

    def set_path(b, path, value):
        cur = b
        for k in path[:-1]:
            cur = cur[k]
        cur[path[-1]] = value

    yield "version_1", edit(lambda b: set_path(b, ["version"], 1))
    yield "version_2", edit(lambda b: set_path(b, ["version"], 2))
    yield "version_3", edit(lambda b: set_path(b, ["version"], 3))
    yield "version_4", edit(lambda b: set_path(b, ["version"], 4))
    yield "version_5", edit(lambda b: set_path(b, ["version"], 5))
    yield "version_6", edit(lambda b: set_path(b, ["version"], 6))
    yield "version_string", edit(lambda b: set_path(b, ["version"], "7"))
    yield "format_other", edit(lambda b: set_path(b, ["format"], "other"))
    yield "doc_length_short", edit(lambda b: set_path(b, ["documents", 0, "length"], 3))
    yield "doc_topic_beyond_terms", edit(lambda b: set_path(b, ["documents", 0, "topic"], [4096]))
    yield "terms_missing", edit(lambda b: b.pop("terms"))
    yield "terms_twice", edit(lambda b: set_path(b, ["terms"], b["terms"] + b["terms"][:1]))
    # Rows (factbase_json.h): a sentence is [doc, start, text]; a fact is
    # [sentence, start, length, value, step, unit, qualifier, kind, direction,
    # period, target, pair, pair_from, nouns, terms, aspect, names].
    yield "sentence_end_past_doc", edit(lambda b: set_path(b, ["sentences", 0, 1], 10 ** 9))
    yield "sentence_doc_missing", edit(lambda b: set_path(b, ["sentences", 0, 0], 99))
    yield "sentence_negative", edit(lambda b: set_path(b, ["sentences", 0, 1], -1))
    yield "sentence_object", edit(lambda b: set_path(b, ["sentences", 0], {"doc": 0}))
    yield "fact_sentence_missing", edit(lambda b: set_path(b, ["facts", 0, 0], 4096))
    yield "fact_pair_missing", edit(lambda b: set_path(b, ["facts", 0, 11], 4096))
    yield "fact_length_past_sentence", edit(lambda b: set_path(b, ["facts", 0, 2], 10 ** 6))
    yield "fact_value_string", edit(lambda b: set_path(b, ["facts", 0, 3], "5"))
    yield "fact_value_huge", edit(lambda b: set_path(b, ["facts", 0, 3], 1e308))
    yield "fact_qualifier_bad", edit(lambda b: set_path(b, ["facts", 0, 6], "lots"))
    yield "fact_period_short", edit(lambda b: set_path(b, ["facts", 0, 9], [2023]))
    yield "fact_short", edit(lambda b: set_path(b, ["facts", 0], b["facts"][0][:5]))
    yield "terms_not_pairs", edit(lambda b: set_path(b, ["facts", 0, 14], [0]))
    yield "term_id_beyond", edit(lambda b: set_path(b, ["facts", 0, 14], [4096, 1000]))
    yield "term_ids_descending", edit(lambda b: set_path(b, ["facts", 0, 14], [3, 500, 0, 500]))
    yield "term_weight_above", edit(lambda b: set_path(b, ["facts", 0, 14], [0, 1001]))
    yield "fact_aspect_bad", edit(lambda b: set_path(b, ["facts", 0, 15], "sideways"))
    yield "fact_names_not_strings", edit(lambda b: set_path(b, ["facts", 0, 16], [1, 2]))
    yield "lexicon_places_not_strings", edit(lambda b: set_path(b, ["lexicon", "places"], [7]))
    yield "coverage_not_object", edit(lambda b: set_path(b, ["coverage"], [1]))
    yield "coverage_empty", edit(lambda b: set_path(b, ["coverage"], {}))
    yield "coverage_missing", edit(lambda b: b.pop("coverage"))
    yield "lexicon_missing", edit(lambda b: b.pop("lexicon"))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    figcheck, factbase = sys.argv[1], sys.argv[2]
    rng = random.Random(7)
    with open(factbase) as f:
        fb = json.load(f)
    # Sentences are rows [doc, start, text] (fact base version 7).
    sentences = [s[2] if isinstance(s, list) else s["text"] for s in fb["sentences"]]
    sentences = [s for s in sentences if 40 < len(s) < 240]
    picked = rng.sample(sentences, 24)
    for target in ("check", "scan_markdown", "scan_html", "factbase"):
        shutil.rmtree(os.path.join(CORPUS, target), ignore_errors=True)

    for i, s in enumerate(picked):
        write("check", "source_%02d" % i, s)
    # Claims in the shapes news copy takes (written for the corpus, not
    # taken from any labelled set).
    for name, claim in WIRE_CLAIMS.items():
        write("check", "wire_" + name, claim)
    for name, data in HOSTILE_CLAIMS.items():
        write("check", "hostile_" + name, data)

    for k, (name, template) in enumerate(MARKDOWN.items()):
        args = [picked[(k * 3 + j) % len(picked)] for j in range(3)]
        write("scan_markdown", name + ".md", template.format(*args))
    write("scan_markdown", "hostile_mix.md",
          "# Hostile\n\n" + "\n\n".join(v if isinstance(v, str) else v.decode("utf-8", "replace")
                                       for v in list(HOSTILE_CLAIMS.values())[:12]) + "\n")
    for k, (name, template) in enumerate(HTML.items()):
        args = [picked[(k * 2 + j + 5) % len(picked)] for j in range(2)]
        write("scan_html", name + ".html", template.format(*args) if "{" in template else template)
    write("scan_html", "hostile_mix.html",
          "".join("<p>%s</p>" % v for v in list(HOSTILE_CLAIMS.values())[:12] if isinstance(v, str)))

    bases = tiny_factbases(figcheck, picked)
    for name, base in bases.items():
        text = json.dumps(base, separators=(",", ":"), ensure_ascii=False)
        write("factbase", "valid_" + name + ".json", text)
    gdp = json.dumps(bases["gdp"], separators=(",", ":"), ensure_ascii=False)
    for frac in (0.1, 0.5, 0.9):
        write("factbase", "truncated_%02d.json" % int(frac * 100), gdp[: int(len(gdp) * frac)])
    for name, base in mutations(bases["gdp"]):
        write("factbase", "bad_" + name + ".json", json.dumps(base, separators=(",", ":")))
    # A section twice (JSON allows a key twice; the loader must not read both).
    head, sep, tail = gdp.partition('"sentences":')
    table = gdp[gdp.index('"terms":['):gdp.index("]", gdp.index('"terms":[')) + 1]
    write("factbase", "bad_section_twice.json", head + table + "," + sep + tail)
    write("factbase", "bad_empty_object.json", "{}")
    write("factbase", "bad_array.json", "[]")
    write("factbase", "bad_deep.json", "[" * 2000 + "]" * 2000)
    write("factbase", "bad_not_json.json", b"\xff\x00figcheck-factbase")

    total = 0
    for target in sorted(os.listdir(CORPUS)):
        files = os.listdir(os.path.join(CORPUS, target))
        size = sum(os.path.getsize(os.path.join(CORPUS, target, n)) for n in files)
        total += size
        print("%-14s %3d files %7d bytes" % (target, len(files), size))
    print("%-14s %17d bytes" % ("total", total))


if __name__ == "__main__":
    main()
