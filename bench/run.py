#!/usr/bin/env python3
"""The body of scripts/bench: every figure, one run, one report.

scripts/bench builds the Release tree (build/bench) and runs this. Sections:
  native  bench/check_bench (Google Benchmark) on the seed fact base: load,
          one check (p50, p99 over the dev claims), scan of a 1 MB draft,
          compile per MB; plus the whole `figcheck scan` command
          (scripts/bench-scan, which also writes the draft)
  wasm    bench/wasm_bench.mjs: the module under Node on the same inputs;
          size, instantiation, and each figure's ratio to native
  page    scripts/web-bench in headless Chromium: bytes the page transfers,
          navigation to the first verdict
  peers   quantity recognition on bench/data/mentions.jsonl and on the
          ranks, multiples, fractions and number words of
          bench/data/mentions_forms.jsonl (figcheck's reader,
          Recognizers-Text, compromise), and fact retrieval on the dev claims
          (figcheck, MiniSearch, FlexSearch), bench/peers/
  scale   synthetic fact bases (scripts/gen-scale): compile, size, load,
          memory, check p50 (bench/scale_bench)
Prints one JSON object per figure ({"metric", "value", "unit", "budget",
"ok"}) as it is measured, then a table; writes docs/benchmarks.md and
docs/scale.svg. A run that skips sections keeps the file's other sections,
each marked with the earlier run it comes from. Figures are medians of repeated runs; ratios are taken
between figures of the same run. Exit status 1 when a budget is missed.
"""
import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import zlib

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chart  # noqa: E402
import mentions  # noqa: E402
import retrieval  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build", "bench")
WORK = os.path.join(BUILD, "run")
DIST = os.path.join(ROOT, "build", "wasm", "dist")
CLAIMS = os.environ.get("FIGCHECK_CLAIMS", os.path.join(ROOT, "..", "shared", "claims", "dev.jsonl"))
DEFAULT_AS_OF = "2024-11-01"  # the date the dev claims were labelled against
PEERS = [("figcheck", None), ("recognizers", "Recognizers-Text"), ("compromise", "compromise")]
RECOGNIZERS = {"figcheck": "figcheck (reader, native)",
               "recognizers": "@microsoft/recognizers-text-number-with-unit",
               "compromise": "compromise + compromise-numbers"}


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


class Figures:
    """Every figure measured, printed as a JSON line when added."""

    def __init__(self):
        self.rows = []
        self.by_name = {}

    def add(self, name, value, unit, budget=None, rule="<=", section="", what=""):
        if value is None:
            ok = None
        elif budget is None:
            ok = None
        elif rule == "<=":
            ok = value <= budget
        elif rule == ">=":
            ok = value >= budget
        else:  # ">": strictly above
            ok = value > budget
        v = None if value is None else (round(value, 4) if isinstance(value, float) else value)
        row = {"metric": name, "value": v, "unit": unit, "budget": budget, "ok": ok}
        print(json.dumps(row), flush=True)
        self.rows.append(dict(row, section=section, what=what, rule=rule))
        self.by_name[name] = row
        return value

    def value(self, name):
        row = self.by_name.get(name)
        return None if row is None else row["value"]


def run(cmd, env=None, timeout=None, check=True, **kw):
    e = dict(os.environ)
    if env:
        e.update(env)
    p = subprocess.run(cmd, env=e, timeout=timeout, capture_output=True, text=True, **kw)
    if check and p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {p.returncode}:\n{p.stderr[-3000:]}")
    return p


def json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip().startswith("{")]


# --- machine ---------------------------------------------------------------------

def machine():
    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    os_name = platform.platform()
    if os.path.exists("/etc/os-release"):
        for line in open("/etc/os-release"):
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip().strip('"')

    def first_line(cmd):
        try:
            return run(cmd, check=False).stdout.splitlines()[0].strip()
        except Exception:  # noqa: BLE001 - a missing tool is reported as such
            return "not found"

    peers = []
    for pkg in ("@microsoft/recognizers-text-number-with-unit", "@microsoft/recognizers-text-number",
                "compromise", "compromise-numbers", "minisearch", "flexsearch"):
        try:
            version = json.load(open(os.path.join(ROOT, "node_modules", pkg, "package.json")))["version"]
        except OSError:
            version = "not installed"
        peers.append(f"{pkg} {version}")
    commit = first_line(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    # What this command writes itself does not make the commit's code dirty.
    dirty = run(["git", "-C", ROOT, "status", "--porcelain", "--", ".",
                 ":(exclude)docs/benchmarks.md", ":(exclude)docs/scale.svg"],
                check=False).stdout.strip() != ""
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "os": os_name, "kernel": platform.release(), "compiler": first_line(["c++", "--version"]),
            "node": first_line(["node", "--version"]), "peers": ", ".join(peers),
            "commit": commit + (" (with uncommitted changes)" if dirty else ""),
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "load_before": round(os.getloadavg()[0], 2)}


# --- native ----------------------------------------------------------------------

def native(F, args, out):
    log("native: scripts/bench-scan (the whole `figcheck scan` command; writes the 1 MB draft)")
    p = run([os.path.join(ROOT, "scripts", "bench-scan"), "--runs", "5" if args.quick else "7"], check=False)
    if p.returncode not in (0, 1):
        raise RuntimeError("scripts/bench-scan failed:\n" + p.stderr[-2000:])
    cli = {r["metric"]: r["value"] for r in json_lines(p.stdout)}
    draft = os.path.join(BUILD, "bench-scan.md")
    out["draft_bytes"] = os.path.getsize(draft)

    reps = 3 if args.quick else 10
    log(f"native: bench/check_bench, {reps} repetitions")
    report_path = os.path.join(WORK, "check_bench.json")
    cmd = [os.path.join(BUILD, "bench", "check_bench"), f"--benchmark_repetitions={reps}",
           "--benchmark_report_aggregates_only=true",
           f"--benchmark_min_time={0.05 if args.quick else 0.2}",
           f"--benchmark_out={report_path}", "--benchmark_out_format=json"] + args.benchmark_flags
    run(cmd, env={"FIGCHECK_BENCH_CLAIMS": CLAIMS, "FIGCHECK_BENCH_DRAFT": draft})
    report = json.load(open(report_path))
    to_us = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}
    med = {}
    for b in report["benchmarks"]:
        if b.get("error_occurred"):
            raise RuntimeError(f"{b['run_name']}: {b.get('error_message')}")
        if b.get("aggregate_name") == "median":
            b["real_us"] = b["real_time"] * to_us[b["time_unit"]]
            b["cpu_us"] = b["cpu_time"] * to_us[b["time_unit"]]
            med[b["run_name"]] = b
    out["native"] = med
    S = "native"
    if "CheckLatency" in med:
        c = med["CheckLatency"]
        F.add("check_p50_us", c["p50_us"], "us", 50, section=S,
              what=f"one Check(), p50 of single calls over the {int(c['claims'])} dev claims")
        F.add("check_p99_us", c["p99_us"], "us", section=S, what="the same calls, p99")
        F.add("check_json_p50_us", c["json_p50_us"], "us", section=S,
              what="Check() and the result rendered as JSON (what the CLI and the module return), p50")
    checks = [b["real_us"] for n, b in med.items() if n.startswith("Check/")]
    if checks:
        F.add("check_bench_claims_p50_us", statistics.median(checks), "us", section=S,
              what=f"median of the {len(checks)} benchmark claims' medians (bench/check_bench.cc)")
        F.add("check_bench_claims_max_us", max(checks), "us", section=S,
              what="the slowest benchmark claim's median")
    if "LoadFactBase" in med:
        F.add("factbase_load_ms", med["LoadFactBase"]["real_us"] / 1e3, "ms", 2, section=S,
              what="LoadFactBase() of the seed fact base")
        F.add("factbase_load_cpu_ms", med["LoadFactBase"]["cpu_us"] / 1e3, "ms", section=S,
              what="the same by CPU time: what other load on the machine cannot slow down")
        fb = open(os.path.join(BUILD, "factbase.json"), "rb").read()
        F.add("factbase_bytes", len(fb), "bytes", section=S, what="the seed fact base, raw")
        F.add("factbase_gzip_bytes", len(zlib.compress(fb, 9)), "bytes", section=S, what="gzip -9")
    if "Scan" in med:
        F.add("scan_mb_per_s", med["Scan"]["bytes_per_second"] / 1e6, "MB/s", 5, ">=", section=S,
              what="Scan() of a 1 MB Markdown draft and its findings as JSON, in process")
    if "scan_mb_per_s" in cli:
        F.add("scan_cli_mb_per_s", cli["scan_mb_per_s"], "MB/s", 5, ">=", section=S,
              what="the whole `figcheck scan` command on the same draft (start-up, load, output)")
    if "CompileFactBase" in med:
        c = med["CompileFactBase"]
        F.add("compile_ms_per_mb", c["real_us"] / 1e3 / (c["source_bytes"] / 1e6), "ms/MB", section=S,
              what=f"CompileFactBase() of data/sources ({c['source_bytes'] / 1e3:.0f} KB), per MB")


# --- wasm ------------------------------------------------------------------------

def wasm(F, args, out):
    if not args.no_build:
        log("wasm: scripts/wasm-build")
        run([os.path.join(ROOT, "scripts", "wasm-build")])
    runs, rounds = (3, 2) if args.quick else (15, 10)
    log(f"wasm: bench/wasm_bench.mjs ({runs} runs, {rounds} rounds of the dev claims)")
    p = run(["node", os.path.join(ROOT, "bench", "wasm_bench.mjs"), "--dist", DIST,
             "--factbase", os.path.join(BUILD, "factbase.json"), "--claims", CLAIMS,
             "--draft", os.path.join(BUILD, "bench-scan.md"), "--runs", str(runs), "--rounds", str(rounds)])
    w = json_lines(p.stdout)[-1]
    out["wasm"] = w
    S = "wasm"
    F.add("wasm_bytes", w["wasm"]["raw"], "bytes", section=S, what="figcheck-core.wasm")
    F.add("wasm_gzip_bytes", w["wasm"]["gzip"], "bytes", section=S, what="figcheck-core.wasm, gzip -9")
    F.add("wasm_js_gzip_bytes", w["glue"]["gzip"] + w["wrapper"]["gzip"], "bytes", section=S,
          what="its JavaScript (Emscripten's loader and figcheck.mjs), gzip -9")
    F.add("wasm_compile_ms", w["compile_ms"], "ms", section=S, what="WebAssembly.compile() of the module (Node)")
    F.add("wasm_instantiate_ms", w["instantiate_ms"], "ms", section=S,
          what="compile and instantiate, createFigcheckCore({wasmBinary})")
    F.add("wasm_load_ms", w["load_raw_ms"], "ms", section=S, what="the seed fact base into the module and LoadFactBase()")
    F.add("wasm_load_api_ms", w["load_api_ms"], "ms", section=S, what="the same through the JS API, load({factbase})")
    F.add("wasm_check_p50_us", w["check_raw_p50_us"], "us", section=S,
          what="Check() and the result as JSON (Embind checkJson), p50 over the dev claims")
    F.add("wasm_check_p99_us", w["check_raw_p99_us"], "us", section=S, what="the same, p99")
    F.add("wasm_check_api_p50_us", w["check_api_p50_us"], "us", section=S,
          what="check() of the JS API (adds JSON.parse and argument checks), p50")
    F.add("wasm_scan_mb_per_s", w["scan_raw_mb_per_s"], "MB/s", section=S,
          what="Scan() of the 1 MB draft and its findings as JSON (Embind scanJson)")
    F.add("wasm_scan_api_mb_per_s", w["scan_api_mb_per_s"], "MB/s", section=S,
          what="scan() of the JS API (adds JSON.parse and string indexes)")
    n = out.get("native", {})
    if "LoadFactBase" in n:
        F.add("wasm_load_ratio", w["load_raw_ms"] / (n["LoadFactBase"]["real_us"] / 1e3), "x", 3, section=S,
              what="WASM load / native load")
    if "CheckLatency" in n:
        F.add("wasm_check_ratio", w["check_raw_p50_us"] / n["CheckLatency"]["json_p50_us"], "x", 3, section=S,
              what="WASM check p50 / native check p50, both with the result as JSON")
        F.add("wasm_check_p99_ratio", w["check_raw_p99_us"] / n["CheckLatency"]["json_p99_us"], "x", section=S,
              what="the same at p99")
    if "Scan" in n:
        # Through the JS API: the raw Embind call writes a compact result
        # (each source once) that figcheck.mjs expands into the CLI's JSON,
        # so only the API figure does the same work as native ScanToJson.
        F.add("wasm_scan_ratio", (n["Scan"]["bytes_per_second"] / 1e6) / w["scan_api_mb_per_s"], "x", 3,
              section=S, what="native scan MB/s / WASM scan() MB/s (JS API: the same JSON as native)")


def page(F, args, out):
    log("page: scripts/web-bench (headless Chromium)")
    # Native: the difference of a batch of 2N copies of a claim and one of N
    # (web-bench.mjs), a few ms of two ~15 ms runs: N must be large enough
    # for that difference to stand out of the runs' own noise.
    p = run([os.path.join(ROOT, "scripts", "web-bench"), "--runs", "5" if args.quick else "9",
             "--repeats", "5" if args.quick else "10", "--native-repeats", "50" if args.quick else "100"])
    lines = {r["metric"]: r for r in json_lines(p.stdout)}
    out["page"] = lines
    S = "page"
    t = lines.get("transfer_total")
    if t:
        F.add("page_transfer_bytes", t["sent"], "bytes", t["budget"], section=S,
              what=f"everything the claim page transfers, as sent (gzip), {t['files']} files")
    v = lines.get("first_verdict_ms")
    if v:
        F.add("page_first_verdict_ms", v["median"], "ms", v["budget"], section=S,
              what=f"navigation to the first verdict, headless Chromium, median of {v['runs']}")
        F.add("page_module_loaded_ms", v["loaded_median"], "ms", section=S,
              what="navigation to module and fact base loaded (instantiated in the page)")
    c = lines.get("check_ms")
    if c:
        F.add("page_check_ratio", c["ratio"], "x", c["budget_ratio"], section=S,
              what=f"one check in the page's own module (check only, built for size; Node) / the native "
                   f"CLI, medians over the dev claims ({c['wasm_median'] * 1e3:.0f} / "
                   f"{c['native_median'] * 1e3:.0f} µs; each claim's first check, before V8 "
                   f"compiles the module for speed: {c.get('wasm_first_pass_median', 0) * 1e3:.0f} µs)")


def widget(F, args, out):
    log("widget: scripts/widget-bench (headless Chromium)")
    p = run([os.path.join(ROOT, "scripts", "widget-bench"), "--runs", "10" if args.quick else "15"])
    lines = json_lines(p.stdout)
    out["widget"] = lines
    S = "widget"
    m = next((r for r in lines if r["metric"] == "widget_marks_ms"), None)
    if m:
        F.add("widget_marks_ms", m["value"], "ms", m["budget"], section=S,
              what=f"{m['words']:,}-word article, {m['findings']} figures: module loaded → every mark placed, "
                   f"median of {m['runs']} (min {m['min']}, max {m['max']}; scan() {m['scan_median']} ms)")
        F.add("widget_start_to_done_ms", m["start_to_done_median"], "ms", section=S,
              what=f"widget start → every mark placed, loading included (module and fact base "
                   f"{m['load_median']} ms, warm-up scans in idle moments {m['warm_up_median']} ms)")
    b = next((r for r in lines if r["metric"] == "widget_bytes_gz"), None)
    if b:
        F.add("widget_bytes_gz", b["value"], "bytes", b["budget"], section=S,
              what=f"everything the widget adds to a page, gzipped as sent ({b['files']} files)")


# --- peers -----------------------------------------------------------------------

def recognize(labels, manifest, stem, runs):
    """Every system over one labelled set: {name: (figures, summary)}."""
    batch = os.path.join(WORK, f"{stem}-sentences.jsonl")
    mentions.write_batch(labels, manifest, batch)
    commands = {
        "figcheck": [os.path.join(BUILD, "bench", "read_figures"), batch, "--runs", runs],
        "recognizers": ["node", os.path.join(ROOT, "bench", "peers", "recognizers.mjs"), batch, "--runs", runs],
        "compromise": ["node", os.path.join(ROOT, "bench", "peers", "compromise.mjs"), batch, "--runs", runs],
    }
    read = {}
    for name, cmd in commands.items():
        log(f"peers: quantity recognition ({stem}), {name}")
        path = os.path.join(WORK, f"{stem}-{name}.jsonl")
        with open(path, "w") as f:
            f.write(run(cmd).stdout)
        read[name] = mentions.read_output(path)
    return read


def peers(F, args, out):
    manifest = json.load(open(os.path.join(ROOT, "data", "sources", "manifest.json")))
    labels = mentions.load(os.path.join(ROOT, "bench", "data", "mentions.jsonl"))
    runs = "2" if args.quick else "7"
    rec = {}
    S = "recognition"
    for name, (figures, summary) in recognize(labels, manifest, "recognition", runs).items():
        s = mentions.score(labels, manifest, figures)
        s_years = mentions.score(labels, manifest, figures, drop_years=True)
        # This set labels ranks as non-figures; the forms set scores them.
        s_ranks = mentions.score(labels, manifest, figures, drop_ranks=True)
        kb_s = summary["bytes"] / 1e3 / (summary["median_ms"] / 1e3)
        rec[name] = {"score": s, "no_years": s_years, "no_ranks": s_ranks, "summary": summary, "kb_per_s": kb_s}
        F.add(f"recognition_f1_{name}", s["f1"], "ratio", section=S,
              what=f"{name}: F1 (precision {s['precision']:.3f}, recall {s['recall']:.3f})")
        F.add(f"recognition_kb_per_s_{name}", kb_s, "KB/s", section=S,
              what=f"{name}: labelled sentences read per second")
    margin = rec["figcheck"]["score"]["f1"] - max(rec[p]["score"]["f1"] for p in ("recognizers", "compromise"))
    F.add("recognition_f1_margin", margin, "ratio", 0, ">", section=S,
          what="figcheck's F1 less the better peer's (must be above 0)")
    out["recognition"] = rec

    # Ranks, multiples, fractions and number words: a set written for them.
    S = "forms"
    labels = mentions.load(os.path.join(ROOT, "bench", "data", "mentions_forms.jsonl"))
    forms = {}
    for name, (figures, summary) in recognize(labels, manifest, "forms", runs).items():
        s = mentions.score(labels, manifest, figures)
        forms[name] = {"score": s, "summary": summary}
        F.add(f"forms_f1_{name}", s["f1"], "ratio", section=S,
              what=f"{name}: F1 (precision {s['precision']:.3f}, recall {s['recall']:.3f})")
    margin = forms["figcheck"]["score"]["f1"] - max(forms[p]["score"]["f1"] for p in ("recognizers", "compromise"))
    F.add("forms_f1_margin", margin, "ratio", 0, ">", section=S,
          what="figcheck's F1 less the better peer's (must be above 0)")
    out["forms"] = forms

    # Retrieval: the same fact sentences and claims for every system.
    S = "retrieval"
    factbase = json.load(open(os.path.join(BUILD, "factbase.json")))
    claims = [json.loads(line) for line in open(CLAIMS) if line.strip()]
    rin = os.path.join(WORK, "retrieval.json")
    retrieval.write_input(factbase, claims, rin)
    ret = {}
    for name in ("minisearch", "flexsearch"):
        log(f"peers: fact retrieval, {name}")
        p = run(["node", os.path.join(ROOT, "bench", "peers", f"{name}.mjs"), rin, "--runs", runs])
        ret[name] = retrieval.score_peer(factbase, claims, json_lines(p.stdout))
    log("peers: fact retrieval, figcheck (decisive citation of `figcheck check --batch`)")
    labelled = retrieval.labelled(claims)
    qpath = os.path.join(WORK, "retrieval-claims.jsonl")
    with open(qpath, "w") as f:
        for c in labelled:
            f.write(json.dumps({"id": c["id"], "claim": c["claim"], "as_of": c.get("as_of") or DEFAULT_AS_OF}) + "\n")
    p = run([os.path.join(BUILD, "figcheck"), "check", "--batch", qpath, "--factbase",
             os.path.join(BUILD, "factbase.json")], check=False)
    results = {r.get("id"): r for r in json_lines(p.stdout)}
    ret["figcheck"] = retrieval.score_figcheck(claims, results)
    p = run([os.path.join(BUILD, "bench", "scale_bench"), "--factbase", os.path.join(BUILD, "factbase.json"),
             "--claims", qpath, "--load-runs", "1", "--rounds", runs])
    ret["figcheck"]["median_query_ms"] = json_lines(p.stdout)[-1]["check_p50_us"] / 1e3
    systems = ["figcheck", "minisearch", "flexsearch"]
    if not args.skip_wasm and os.path.exists(os.path.join(DIST, "figcheck-core.wasm")):
        # The same checks inside Node, where the peers run.
        p = run(["node", os.path.join(ROOT, "bench", "wasm_bench.mjs"), "--dist", DIST, "--check-only",
                 "--factbase", os.path.join(BUILD, "factbase.json"), "--claims", qpath, "--rounds", runs])
        w = json_lines(p.stdout)[-1]
        ret["figcheck_wasm"] = dict(ret["figcheck"], median_query_ms=w["check_api_p50_us"] / 1e3)
        systems.insert(1, "figcheck_wasm")
    for name in systems:
        r = ret[name]
        if name != "figcheck_wasm":
            F.add(f"retrieval_top1_{name}", r["accuracy"], "ratio", section=S,
                  what=f"{name}: top answer is the labelled fact, {r['right']}/{r['claims']} dev claims")
        F.add(f"retrieval_query_us_{name}", r["median_query_ms"] * 1e3, "us", section=S,
              what=f"{name}: median time per query" + (" (check() in Node)" if name == "figcheck_wasm" else ""))
    out["retrieval"] = ret


# --- scale -----------------------------------------------------------------------

def gzip_size(path):
    z = zlib.compressobj(6, zlib.DEFLATED, 31)
    n = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            n += len(z.compress(chunk))
    return n + len(z.flush())


def scale(F, args, out):
    rows = []
    figcheck = os.path.join(BUILD, "figcheck")
    lexicon = os.path.join(ROOT, "data", "lexicon.json")
    S = "scale"
    # The seed fact base first, measured by the same program.
    seed = os.path.join(BUILD, "factbase.json")
    p = run([os.path.join(BUILD, "bench", "scale_bench"), "--factbase", seed, "--claims", CLAIMS,
             "--load-runs", "10", "--rounds", "5"])
    r = json_lines(p.stdout)[-1]
    compile_s = []
    for _ in range(5):
        t0 = time.perf_counter()
        run([figcheck, "compile", "--sources", os.path.join(ROOT, "data", "sources"), "--lexicon", lexicon,
             "--out", os.path.join(WORK, "seed-factbase.json")])
        compile_s.append(time.perf_counter() - t0)
    src_bytes = sum(os.path.getsize(os.path.join(ROOT, "data", "sources", f))
                    for f in os.listdir(os.path.join(ROOT, "data", "sources")))
    rows.append(dict(r, name="seed", compile_s=statistics.median(compile_s), source_bytes=src_bytes,
                     bytes=os.path.getsize(seed), gzip_bytes=gzip_size(seed), agreement=None))
    for n in args.scale:
        d = os.path.join(ROOT, "build", "scale", n)
        log(f"scale {n}: scripts/gen-scale")
        info = json_lines(run([os.path.join(ROOT, "scripts", "gen-scale"), n, "--out", d]).stdout)[-1]
        fb = os.path.join(d, "factbase.json")
        compile_runs = 2 if info["n"] >= 1_000_000 else 3
        compile_s, compiled = [], True
        for _ in range(compile_runs):
            log(f"scale {n}: figcheck compile")
            t0 = time.perf_counter()
            try:
                run([figcheck, "compile", "--sources", os.path.join(d, "sources"), "--lexicon", lexicon,
                     "--out", fb], timeout=args.compile_timeout)
            except subprocess.TimeoutExpired:
                compiled = False
                log(f"scale {n}: compile took longer than {args.compile_timeout} s; stopped")
                break
            compile_s.append(time.perf_counter() - t0)
        if not compiled:
            rows.append({"name": n, "facts": info["n"], "compile_s": None, "timed_out": True})
            continue
        big = info["n"] >= 1_000_000
        log(f"scale {n}: bench/scale_bench")
        verdicts = os.path.join(d, "verdicts.txt")
        p = run([os.path.join(BUILD, "bench", "scale_bench"), "--factbase", fb,
                 "--claims", os.path.join(d, "claims.jsonl"), "--verdicts", verdicts,
                 "--load-runs", "3" if big else "5", "--rounds", "2" if big else "5"])
        r = json_lines(p.stdout)[-1]
        # Verdicts against what the generator meant: the checks did their work.
        expect = [json.loads(line)["expect"] for line in open(os.path.join(d, "claims.jsonl"))]
        got = open(verdicts).read().split()
        agree = sum(e == v for e, v in zip(expect, got)) / len(expect)
        rows.append(dict(r, name=n, compile_s=statistics.median(compile_s), source_bytes=info["source_bytes"],
                         bytes=os.path.getsize(fb), gzip_bytes=gzip_size(fb), agreement=agree))
    out["scale"] = rows
    for r in rows:
        if r.get("timed_out"):
            F.add(f"scale_{r['name']}_compile_s", None, "s", section=S, what="compile did not finish in time")
            continue
        big = r["facts"] >= 900_000
        k = f"scale_{r['name']}"
        F.add(f"{k}_facts", r["facts"], "facts", section=S, what="facts in the compiled base")
        F.add(f"{k}_compile_s", r["compile_s"], "s", section=S,
              what=f"`figcheck compile` of {r['source_bytes'] / 1e6:.1f} MB of sources")
        F.add(f"{k}_bytes", r["bytes"], "bytes", section=S, what="compiled fact base, raw")
        F.add(f"{k}_gzip_bytes", r["gzip_bytes"], "bytes", section=S, what="gzip -6")
        F.add(f"{k}_load_ms", r["load_ms"], "ms", 1000 if big else None, section=S,
              what=f"LoadFactBase(), median (CPU time {r['load_cpu_ms']:.1f} ms)")
        F.add(f"{k}_memory_mb", r["memory_mb"], "MB", 1024 if big else None, section=S,
              what=f"resident memory the loaded base holds (peak while loading {r['peak_rss_mb']:.0f} MB)")
        F.add(f"{k}_check_p50_us", r["check_p50_us"], "us", 1000 if big else None, section=S,
              what=f"one Check(), p50 over {r['claims']} claims (CPU time {fmt(r['check_cpu_p50_us'], 'us')})")
        F.add(f"{k}_check_p99_us", r["check_p99_us"], "us", section=S, what="the same, p99")
    small = next((r for r in rows if r["name"] == "10k" and not r.get("timed_out")), None)
    large = next((r for r in rows if r["name"] == "1M" and not r.get("timed_out")), None)
    if small and large:
        F.add("scale_check_growth_x", large["check_p50_us"] / small["check_p50_us"], "x", 10, section=S,
              what="check p50 at 1 M facts / at 10 k")


# --- report ----------------------------------------------------------------------

def fmt(v, unit):
    if v is None:
        return "—"
    if unit == "bytes":
        return f"{v / 1e6:.2f} MB" if v >= 1e6 else f"{v / 1e3:.1f} KB"
    if unit == "ratio":
        return f"{v:.3f}"
    if unit == "x":
        return f"{v:.2f}×"
    if unit == "us":
        return f"{v / 1e3:.2f} ms" if v >= 1e4 else f"{v:.1f} µs"
    if unit == "facts":
        return f"{v:,}"
    if isinstance(v, float):
        text = f"{v:,.0f}" if v >= 100 else (f"{v:.1f}" if v >= 10 else f"{v:.3g}")
        return f"{text} {unit}"
    return f"{v} {unit}"


def budget_text(row):
    if row["budget"] is None:
        return ""
    sign = {"<=": "≤", ">=": "≥", ">": ">"}[row["rule"]]
    return f"{sign} {fmt(row['budget'], row['unit'])}"


def ok_text(row):
    return "" if row["ok"] is None else ("yes" if row["ok"] else "NO")


def print_table(F):
    print()
    print(f"{'metric':34s} {'value':>14s} {'budget':>14s}  ok")
    for r in F.rows:
        print(f"{r['metric']:34s} {fmt(r['value'], r['unit']):>14s} {budget_text(r):>14s}  {ok_text(r)}")


def md_table(F, section):
    lines = ["| figure | value | budget | ok |", "| --- | ---: | ---: | --- |"]
    for r in F.rows:
        if r["section"] == section:
            lines.append(f"| `{r['metric']}`: {r['what']} | {fmt(r['value'], r['unit'])} | {budget_text(r)} | {ok_text(r)} |")
    return "\n".join(lines)


def markdown(F, m, out, args):
    L = ["# figcheck benchmarks", "",
         "<!-- Generated by scripts/bench (bench/run.py); do not edit by hand. -->", "",
         "Every figure here comes from one run of `scripts/bench` and can be reproduced by running it "
         "again. Figures are medians of repeated runs; ratios are taken between figures of the same run. "
         "The command prints each figure as a JSON line "
         '(`{"metric", "value", "unit", "budget", "ok"}`) and exits 1 when a budget is missed.', "",
         "## Machine", "",
         "| | |", "| --- | --- |",
         f"| CPU | {m['cpu']}, {m['cores']} cores |", f"| memory | {m['ram_gb']} GB |",
         f"| OS | {m['os']}, Linux {m['kernel']} |", f"| compiler | {m['compiler']} (`-O3 -DNDEBUG`) |",
         f"| Node | {m['node']} |", f"| peer libraries (npm) | {m['peers']} |", f"| commit | {m['commit']} |", f"| taken | {m['date']} |",
         f"| load average | {m['load_before']} before, {m['load_after']} after "
         f"(other work on the machine slows wall-clock figures) |", ""]
    missed = [r for r in F.rows if r["ok"] is False]
    L += ["## Budgets", "", "| figure | value | budget | ok |", "| --- | ---: | ---: | --- |"]
    for r in F.rows:
        if r["budget"] is not None:
            L.append(f"| `{r['metric']}` | {fmt(r['value'], r['unit'])} | {budget_text(r)} | {ok_text(r)} |")
    L += ["", f"{len(missed)} budget(s) missed." if missed else "Every budget is met.", ""]

    if any(r["section"] == "native" for r in F.rows):
        L += ["## Native, seed fact base", "",
              "`bench/check_bench` (Google Benchmark, Release build) on the fact base compiled from "
              "`data/sources`. One check is timed call by call over the 150 dev claims "
              "(`../shared/claims/dev.jsonl`), every claim once per iteration; p50 and p99 are over all "
              "calls, and the median over repetitions is reported. The scan draft is the 1 MB Markdown "
              "file `scripts/bench-scan` writes with a fixed seed.", "", md_table(F, "native"), ""]
    if any(r["section"] == "wasm" for r in F.rows):
        L += ["## WebAssembly (Node) against native", "",
              "`bench/wasm_bench.mjs` runs the module Node code imports (`build/wasm/dist`, compiled and "
              "linked `-O2`; the page and the widget send smaller modules built `-Oz`, timed below) under "
              "Node on the same fact "
              "base, claims and draft, in the same run. The ratios compare the same work: Check() and the "
              "result rendered as JSON on both sides (the native `check_json_p50_us`), the findings of a "
              "scan rendered as JSON on both sides. What a JavaScript caller pays on top (JSON.parse, "
              "string indexes) is shown apart. The module has no compile step (sources are compiled "
              "natively), so compile time has no WASM figure.", "", md_table(F, "wasm"), ""]
    if any(r["section"] == "page" for r in F.rows):
        L += ["## The claim page (headless Chromium)", "",
              "From `scripts/web-bench`: the page as deployed (`build/wasm/site`), served on localhost.",
              "", md_table(F, "page"), ""]
    if any(r["section"] == "widget" for r in F.rows):
        L += ["## The widget (headless Chromium)", "",
              "From `scripts/widget-bench`: `<fig-check>` on a generated news article in the demo page, "
              "each run in a fresh browser context.", "", md_table(F, "widget"), ""]
    rec = out.get("recognition")
    if rec:
        n_fig = rec["figcheck"]["score"]["labelled"]
        n_neg = rec["figcheck"]["score"]["negatives_labelled"]
        n_sent = rec["figcheck"]["summary"]["sentences"]
        L += ["## Quantity recognition against peers", "",
              f"`bench/data/mentions.jsonl`: {n_fig} figure mentions in {n_sent} sentences of "
              f"`data/sources/`, labelled by hand (value, unit, qualifier as a reader understands them), "
              f"and {n_neg} things in the same sentences that are not figures (years, dates, ordinals, "
              "list numbers, product codes like 5G or 14nm, names like \"five centers\", periods like "
              "\"over the past 10 years\"). Every system reads the same sentences "
              "(figcheck: `bench/read_figures`, the reader; peers: `bench/peers/*.mjs`).", "",
              "| system | precision | recall | F1 | F1, bare years dropped | F1, ranks set aside | "
              "qualifier agreement | non-figures returned | throughput |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for k, r in rec.items():
            s, y, n = r["score"], r["no_years"], r["no_ranks"]
            q = "not read" if s["qualifier_agreement"] is None else \
                f"{s['qualifier_agreement']:.3f} ({s['qualifier_scored']})"
            L.append(f"| {RECOGNIZERS[k]} | {s['precision']:.3f} ({s['matched']}/{s['returned']}) | "
                     f"{s['recall']:.3f} ({s['matched']}/{s['labelled']}) | **{s['f1']:.3f}** | {y['f1']:.3f} | "
                     f"{n['f1']:.3f} ({s['returned'] - n['returned']}) | "
                     f"{q} | {s['negatives_returned']} of {s['negatives_labelled']} | "
                     f"{r['kb_per_s']:.0f} KB/s ({r['summary']['median_ms'] / r['summary']['sentences'] * 1e3:.0f} "
                     f"µs/sentence) |")
        L += ["", "Scoring (`bench/mentions.py`, the same for every system): a returned figure matches a "
              "labelled one of the same sentence when the units agree and the values agree within 0.1% "
              "(magnitudes; the sign of a change is not scored); each label matches once; anything else "
              "returned is a false positive. Units: ISO currency codes, `%`, `pp`, `x`, `rank`, `count`, "
              "`years`, `months`, `m2`, `km`, `t` (`tce`, tons of standard coal, also accepts `t`); a "
              "rate (\"400,000 yuan per person\") is scored by its numerator's unit. Qualifier agreement "
              "(exact, approximately, more than, …) is over matched figures of the systems that read "
              "qualifiers. \"Bare years dropped\" removes four-digit numbers from 1900 to 2100 from a "
              "system's output first: the filter a user of a peer would add at once. This set was labelled "
              "before ranks were figures: \"ranks first in the country\" is one of its non-figures, and "
              "its rules are kept as they were so that its scores compare across runs; \"ranks set "
              "aside\" leaves out the returned figures of unit `rank` (how many in brackets), which the "
              "next set scores.", "",
              "How the peers' answers are mapped to the schema (generously: each peer is given a unit "
              "where its own answer has none):", "",
              "- Recognizers-Text (`bench/peers/recognizers.mjs`): currency, percentage, dimension, "
              "ordinal and number models, built once; where results overlap, currency beats percentage "
              "beats dimension beats ordinal beats number. Currency → its ISO code (\"Dollar\" → USD); "
              "percentage → `%`, or `pp` for percentage points; dimension → `m2`, `km2`, `km`, `t` (an "
              "Inch read from the word \"in\", as in \"three in ten\", is left to the number model); "
              "a spelled fraction (\"one-fifth\", \"three in ten\") → percent; \"No. 2\" → `rank` "
              "unless a capitalised name follows; any other number → the unit of a currency sign before "
              "it or of the words after it (percent, years, times, square meters, …), else `count`.",
              "- compromise (`bench/peers/compromise.mjs`): `nlp(sentence).numbers()`; "
              "a fraction below 1 (`doc.fractions()`) → percent; \"No. 2\" → `rank` as above; `$` → "
              "USD, its unit word \"yuan\" → CNY, \"percent\" → `%`; else the same before/after-words "
              "rule.",
              "- Ordinals (Recognizers' ordinal model, compromise's `Ordinal` tag) → `rank` where the words "
              "around say it is a place (\"ranked\", \"came\", \"placed\" or \"slipped to\" "
              "before it; \"place\", \"-largest\", \"-busiest\", \"in the world\", "
              "\"nationwide\" after it), `years` before \"consecutive year\" or \"year running\", "
              "else nothing (`bench/peers/harness.mjs` `ordinalAround`): a rule neither library has, "
              "given to both.",
              "- Neither peer reads qualifiers, nor multiples in words (\"twice\", \"doubled\", "
              "\"fivefold\": not in Recognizers-Text 1.3.1's English number grammar nor in compromise); "
              "\"three times\" is their number three made `x` by the words after it.", "",
              md_table(F, "recognition"), ""]
    forms = out.get("forms")
    if forms:
        s0 = forms["figcheck"]["score"]
        fig_forms = [f for f in ("rank", "multiple", "fraction", "compound", "streak", "plain") if f in s0["by_form"]]
        L += ["### Ranks, multiples, fractions and number words", "",
              f"`bench/data/mentions_forms.jsonl`: {s0['labelled']} figures and {s0['negatives_labelled']} "
              f"non-figures in {forms['figcheck']['summary']['sentences']} sentences written for this "
              "benchmark in the style of news copy about a city's economy (none taken from the claim sets), "
              "each labelled with its form. Same scoring and mappings as above; ranks are unit `rank` with "
              "the position as value (\"came third\" 3, \"second-largest\" 2, \"No. 2 in the country\" "
              "2, \"the world's busiest\" 1), multiples unit `x` (\"doubled\" 2, \"fivefold\" 5), "
              "fractions `%` (\"a third\" 33.3, \"one in every four\" 25), an ordinal counting "
              "consecutive years a count of `years` (\"the fourth year running\" 4); ordinals in names "
              "and lists (\"No. 1 Middle School\", \"the 14th Five-Year Plan\", \"First, …\") are "
              "non-figures.", "",
              "| system | precision | recall | F1 | qualifier agreement |",
              "| --- | ---: | ---: | ---: | ---: |"]
        for k, r in forms.items():
            s = r["score"]
            q = "not read" if s["qualifier_agreement"] is None else \
                f"{s['qualifier_agreement']:.3f} ({s['qualifier_scored']})"
            L.append(f"| {RECOGNIZERS[k]} | {s['precision']:.3f} ({s['matched']}/{s['returned']}) | "
                     f"{s['recall']:.3f} ({s['matched']}/{s['labelled']}) | **{s['f1']:.3f}** | {q} |")
        form_names = {"rank": "ranks (\"came third\", \"No. 2\", \"second-largest\")",
                      "multiple": "multiples (\"doubled\", \"fivefold\", \"2.5 times\")",
                      "fraction": "fractions (\"a third\", \"three in ten\", \"half\")",
                      "compound": "compound number words (\"nine hundred and sixty-five thousand\")",
                      "streak": "streaks (\"the fourth year running\")",
                      "plain": "other figures of these sentences"}
        L += ["", "By form: labelled figures found; for non-figures, how many a system returned (fewer is "
              "better).", "",
              "| form | " + " | ".join(RECOGNIZERS[k].split(" (")[0] for k in forms) + " |",
              "| --- |" + " ---: |" * len(forms)]
        for f in fig_forms:
            L.append(f"| {form_names[f]} | " + " | ".join(
                f"{r['score']['by_form'][f]['found']} of {r['score']['by_form'][f]['labelled']}"
                for r in forms.values()) + " |")
        if "non-figure" in s0["by_form"]:
            L.append("| non-figures returned (\"No. 1 Middle School\", \"14th Five-Year Plan\", years) | " +
                     " | ".join(f"{r['score']['by_form']['non-figure']['found']} of "
                                f"{r['score']['by_form']['non-figure']['labelled']}" for r in forms.values()) + " |")
        L += ["", md_table(F, "forms"), ""]
    ret = out.get("retrieval")
    if ret:
        L += ["## Fact retrieval against peers", "",
              "Each system gets the fact sentences of the seed fact base (`sentences` of "
              "`build/bench/factbase.json`) and each dev claim that names its source and figure, as it "
              "is. The top answer is right when it is a sentence of the labelled document holding the "
              "labelled figure. figcheck's top answer is the sentence of its decisive citation "
              "(`figcheck check --batch`); its time is the whole Check() (reading the claim, matching, "
              "deciding), native, and in Node through the WebAssembly module's check() beside the peers. "
              "MiniSearch: default options (BM25, any term). FlexSearch: `Index` "
              "defaults, `suggest: true` (else a whole claim seldom matches anything), limit 1. Peer "
              "times are per query in Node, index built beforehand.", "",
              "| system | top-1 right fact | median query time | index build |", "| --- | ---: | ---: | ---: |"]
        labels = {"figcheck": "figcheck (native)", "figcheck_wasm": "figcheck (WebAssembly in Node, check())",
                  "minisearch": "MiniSearch (Node)", "flexsearch": "FlexSearch (Node)"}
        for k in ("figcheck", "figcheck_wasm", "minisearch", "flexsearch"):
            if k not in ret:
                continue
            r = ret[k]
            idx = f"{r['index_ms']:.1f} ms" if "index_ms" in r else "(compile step)"
            L.append(f"| {labels[k]} | {r['accuracy']:.3f} ({r['right']}/{r['claims']}) | "
                     f"{r['median_query_ms'] * 1e3:.1f} µs | {idx} |")
        L += ["", md_table(F, "retrieval"), ""]
    if rec or ret or forms:
        L += ["## Where the peers beat figcheck", ""] + [f"- {line}" for line in peer_wins(out, F)] + [""]
    rows = out.get("scale")
    if rows:
        L += ["## Scale", "",
              "`scripts/gen-scale N` writes statistical bulletins of made-up regions (one document per "
              "region; 40 indicators in money, counts, percentages, changes, areas, lengths and tons; "
              "years 2005–2024; goals now and then) and 200 claims about them, written in other words "
              "than the sources' (right, approximate and wrong values, goals told as achieved, "
              "indicators no source gives). `figcheck compile` makes the fact base; `bench/scale_bench` "
              "measures it in a fresh process; wall-clock figures carry the budgets, this thread's CPU "
              "time is shown beside them (other work on a shared machine stretches the first, not the "
              "second). Memory is the resident memory the loaded base holds "
              "(VmRSS after loading, the JSON text freed, less VmRSS before reading it). "
              "\"verdicts as meant\" is the share of the claims whose verdict is the one the generator "
              "meant: the checks did their work rather than finding nothing. The seed row is the real "
              "fact base with the dev claims.", "",
              "![figcheck at scale](scale.svg)", "",
              "| facts | sources | compile | size | gzipped | load (CPU) | memory (peak) | check p50 (CPU) | "
              "check p99 | verdicts as meant |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for r in rows:
            if r.get("timed_out"):
                L.append(f"| {r['facts']:,} | | did not finish in {args.compile_timeout} s | | | | | | | |")
                continue
            agree = "—" if r["agreement"] is None else f"{r['agreement']:.0%}"
            L.append(f"| {r['facts']:,} ({r['name']}) | {fmt(r['source_bytes'], 'bytes')} | {r['compile_s']:.2f} s | "
                     f"{fmt(r['bytes'], 'bytes')} | {fmt(r['gzip_bytes'], 'bytes')} | "
                     f"{fmt(r['load_ms'], 'ms')} ({fmt(r['load_cpu_ms'], 'ms')}) | "
                     f"{r['memory_mb']:.0f} MB ({r['peak_rss_mb']:.0f} MB) | {fmt(r['check_p50_us'], 'us')} "
                     f"({fmt(r['check_cpu_p50_us'], 'us')}) | {fmt(r['check_p99_us'], 'us')} | {agree} |")
        L += ["", md_table(F, "scale"), ""]
    L += ["## Reproducing", "", "```sh",
          "scripts/bench                 # everything, several minutes; writes this file and docs/scale.svg",
          "scripts/bench --quick         # a smoke run: fewer repetitions, 10 k facts only, no page, no docs",
          "scripts/bench --skip-scale --skip-page   # native, WASM and peers only",
          "scripts/bench --skip-native --skip-wasm --skip-page --skip-scale   # the peers only",
          "scripts/bench --scale 10k,100k           # other scale points",
          "scripts/bench --benchmark_filter=Check   # flags for bench/check_bench pass through",
          "```", "",
          "A run that skips sections rewrites the ones it measured and keeps the others from this file, "
          "each marked with the run it comes from.", "",
          "Pieces can be run alone: `build/bench/bench/check_bench`, `build/bench/bench/scale_bench "
          "--factbase F --claims C`, `build/bench/bench/read_figures SENTENCES.jsonl`, "
          "`node bench/wasm_bench.mjs …`, `node bench/peers/NAME.mjs INPUT`, `scripts/gen-scale 100k`. "
          "`python3 bench/mentions.py OUTPUT.jsonl [LABELS.jsonl]` lists one system's misses and extras on "
          "the labelled mentions (`build/bench/run/recognition-NAME.jsonl`, `forms-NAME.jsonl`).", ""]
    return "\n".join(L)


def sections(text):
    """Markdown → (preamble, [(heading, body)]) at its "## " headings."""
    parts = re.split(r"(?m)^(?=## )", text)
    return parts[0], [(p.split("\n", 1)[0], p.split("\n", 1)[1] if "\n" in p else "") for p in parts[1:]]


def merge_docs(old, new):
    """The new run's sections, and the old file's for the sections this run
    skipped, each marked with the run it comes from: a partial run (e.g.
    --skip-scale) refreshes its own figures without dropping the others."""
    old_head, old_secs = sections(old)
    head, new_secs = sections(new)
    machine = dict(re.findall(r"(?m)^\| (commit|taken|CPU) \| (.+?) \|$", dict(old_secs).get("## Machine", "")))
    earlier = f"commit {machine.get('commit', '?')}, {machine.get('taken', '?')}, {machine.get('CPU', '?')}"
    note = f"_From an earlier run ({earlier}); the run above did not measure this section._"
    head = head.replace("Every figure here comes from one run of `scripts/bench`",
                        "Every figure here comes from a run of `scripts/bench` (the sections a partial run "
                        "skipped keep an earlier run's figures, marked so)")
    new_by = dict(new_secs)
    kept = []
    out = []
    for h, body in old_secs:
        if h in new_by:
            out.append((h, new_by.pop(h)))
        elif h not in ("## Budgets", "## Machine"):
            lines = body.split("\n")
            # A section kept by an earlier partial run already names its run.
            if not (len(lines) > 1 and lines[1].startswith("_From an earlier run")):
                lines[1:1] = [note, ""]
            out.append((h, "\n".join(lines)))
            kept.append((h, body, re.match(r"_From an earlier run \((.*)\);", lines[1]).group(1)))
    # Sections only the new run has go before the last one (Reproducing).
    out[-1:-1] = list(new_by.items())
    # Budget rows of the kept sections, as that run measured them.
    budgets = dict(out).get("## Budgets")
    if budgets is not None:
        have = set(re.findall(r"(?m)^\| `(\w+)` \|", budgets))
        row = re.compile(r"\| `(\w+)`( \(earlier run\))? \|")
        extra = [line for line in dict(old_secs).get("## Budgets", "").split("\n")
                 if (m := row.match(line)) and m.group(1) not in have
                 and any(f"`{m.group(1)}`" in b for _, b, _ in kept)]
        if extra:
            lines = budgets.split("\n")
            last = max(i for i, line in enumerate(lines) if line.startswith("| `"))
            lines[last + 1:last + 1] = [line if "(earlier run)" in line else line.replace(" |", " (earlier run) |", 1)
                                        for line in extra]
            missed = sum(line.rstrip().endswith("| NO |") for line in lines)
            lines = [(f"{missed} budget(s) missed." if missed else "Every budget is met.")
                     if line == "Every budget is met." or line.endswith("budget(s) missed.") else line
                     for line in lines]
            out = [(h, "\n".join(lines) if h == "## Budgets" else b) for h, b in out]
    if kept:
        runs = {}
        for h, _, run_ in kept:
            runs.setdefault(run_, []).append(h[3:])
        where = "; ".join(f"{', '.join(names)}: {run_}" for run_, names in runs.items())
        out = [(h, b.replace("\n| load average |", f"\n| earlier sections | {where} |\n| load average |", 1)
                if h == "## Machine" else b) for h, b in out]
    return head + "".join(f"{h}\n{b}" for h, b in out)


def peer_wins(out, F):
    wins = []
    rec = out.get("recognition", {})
    if rec:
        f = rec["figcheck"]
        for k, name in (("recognizers", "Recognizers-Text"), ("compromise", "compromise")):
            p = rec[k]
            if p["score"]["recall"] > f["score"]["recall"]:
                wins.append(f"{name} finds more of the labelled figures (recall {p['score']['recall']:.3f} "
                            f"against {f['score']['recall']:.3f}).")
            if p["kb_per_s"] > f["kb_per_s"]:
                wins.append(f"{name} reads faster ({p['kb_per_s']:.0f} KB/s against {f['kb_per_s']:.0f}).")
    for key in ("recognition", "forms"):
        if key not in out:
            continue
        f = out[key]["figcheck"]
        fig_only = {(m["text"], m["sentence"]) for m in f["score"]["misses"]}
        for k, name in (("recognizers", "Recognizers-Text"), ("compromise", "compromise")):
            theirs = {(m["text"], m["sentence"]) for m in out[key][k]["score"]["misses"]}
            found = sorted(t for t, _ in fig_only - theirs)
            if found:
                wins.append(f"{name} reads figures figcheck misses: " + ", ".join(f'"{t}"' for t in found) +
                            (" (written forms)." if key == "forms" else "."))
    ret = out.get("retrieval", {})
    if ret:
        f = ret["figcheck"]
        for k in ("minisearch", "flexsearch"):
            p = ret[k]
            for mine, where in (("figcheck", "native"), ("figcheck_wasm", "WebAssembly in Node")):
                g = ret.get(mine)
                if g and p["median_query_ms"] < g["median_query_ms"]:
                    wins.append(f"{k} answers a query in {p['median_query_ms'] * 1e3:.1f} µs; figcheck's "
                                f"whole check ({where}) takes {g['median_query_ms'] * 1e3:.1f} µs "
                                f"({g['median_query_ms'] / p['median_query_ms']:.1f}× longer; it also reads "
                                "the claim's figures and decides a verdict, which a search index does not).")
            if p["accuracy"] >= f["accuracy"]:
                wins.append(f"{k} finds the right fact as often as figcheck or more "
                            f"({p['accuracy']:.3f} against {f['accuracy']:.3f}).")
    if not wins:
        wins.append("Nowhere in this run.")
    return wins


def main():
    ap = argparse.ArgumentParser(description="figcheck's benchmarks (scripts/bench)")
    ap.add_argument("--quick", action="store_true",
                    help="smoke run: few repetitions, 10k facts only, no page, no docs")
    ap.add_argument("--skip-native", action="store_true")
    ap.add_argument("--skip-wasm", action="store_true")
    ap.add_argument("--skip-page", action="store_true")
    ap.add_argument("--skip-peers", action="store_true")
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--scale", default=None, help="scale points, e.g. 10k,100k,1M (default: all three)")
    ap.add_argument("--compile-timeout", type=int, default=900, help="seconds a scale compile may take")
    ap.add_argument("--no-build", action="store_true", help="use the WASM build as it is")
    ap.add_argument("--docs", action="store_true", help="write docs/ even with --quick")
    ap.add_argument("--no-docs", action="store_true", help="do not write docs/benchmarks.md and docs/scale.svg")
    args, rest = ap.parse_known_args()
    bad = [a for a in rest if not a.startswith("--benchmark_")]
    if bad:
        ap.error(f"unknown arguments: {' '.join(bad)}")
    args.benchmark_flags = rest
    args.scale = (args.scale or ("10k" if args.quick else "10k,100k,1M")).split(",")
    if args.quick:
        args.skip_page = True
    write_docs = (args.docs or not args.quick) and not args.no_docs
    os.makedirs(WORK, exist_ok=True)

    m = machine()
    F = Figures()
    out = {}
    t0 = time.time()
    if not args.skip_native:
        native(F, args, out)
    if not args.skip_wasm:
        wasm(F, args, out)
    if not args.skip_page:
        page(F, args, out)
        widget(F, args, out)
    if not args.skip_peers:
        peers(F, args, out)
    if not args.skip_scale:
        scale(F, args, out)
    m["load_after"] = round(os.getloadavg()[0], 2)
    m["seconds"] = round(time.time() - t0)
    print_table(F)
    print(f"\n{m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB; {m['os']}; commit {m['commit']}; "
          f"{m['seconds']} s; load average {m['load_before']} → {m['load_after']}")
    json.dump({"machine": m, "figures": F.rows}, open(os.path.join(WORK, "figures.json"), "w"), indent=1)
    if write_docs:
        docs = os.path.join(ROOT, "docs")
        os.makedirs(docs, exist_ok=True)
        path = os.path.join(docs, "benchmarks.md")
        text = markdown(F, m, out, args)
        skipped = [k for k in ("native", "wasm", "page", "peers", "scale") if getattr(args, f"skip_{k}")]
        if skipped and os.path.exists(path):
            text = merge_docs(open(path, encoding="utf-8").read(), text)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        rows = [r for r in out.get("scale", []) if not r.get("timed_out")]
        if len(rows) >= 2:
            with open(os.path.join(docs, "scale.svg"), "w", encoding="utf-8") as f:
                f.write(chart.scale_svg(rows, f"{m['cpu']}, {m['cores']} cores; commit {m['commit']}; {m['date']}"))
        log("wrote docs/benchmarks.md" + (" and docs/scale.svg" if len(rows) >= 2 else ""))
    missed = [r["metric"] for r in F.rows if r["ok"] is False]
    if missed:
        log("budgets missed: " + ", ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
