#!/usr/bin/env python3
"""specgen's benchmarks, each a ratio against a baseline measured in the same run.

These machines are noisy, so every comparison runs its two sides in turn (A B A B …) and reports medians and the
median of the per-pair ratios; absolute times are only context.

  1. Generator: `specgen` end to end on a large input (the osu-web docs repeated to about 5 MB, names made unique
     per copy) against `cmark` rendering the same file to HTML; `specgen` on spec/ alone (wall time including
     process start); and the cost per MB from 1x to 50x the input (it should stay flat: linear growth).
  2. Validators: on the frames that follow the docs, those that depart from them, and the mix: the generated
     `validate(json:)` (every issue, each with its pointer and message made) against jsonschema-rs `iter_errors`
     (every error, with its path and message), and the generated `isValid(json:)` (stops at the first issue)
     against jsonschema-rs `is_valid`, each in pairs in the same run; fastjsonschema and python-jsonschema on the
     mix for context. The Python validators get the emitted schema and parse with orjson.
  3. Decoding: the generated models through JSONDecoder against hand-written Codable structs for the same docs
     (JSONDecoder, `.iso8601` dates), the generated `init(json:)` against both, and peak memory per frame; these
     rates are frames per second of the process's CPU time, which other load disturbs far less than wall time.
  4. Compile time of the generated code: a clean build of only the generated module (debug and release) for
     spec/ and both osu-web corpora in Tests/Corpus, the lines generated and the lines per documented field, for
     the default output and without the one-pass decoders (`fastDecoders: false`), with and without validators.
  5. Build plugin: a no-op `swift build` of a package using SpecgenPlugin against the same package with the
     generated sources checked in.

Usage (after `Scripts/bootstrap.sh --with-benchmarks`, which installs the Python packages into .venv/):
  .venv/bin/python3 Benchmarks/bench.py            the full run (release builds; several minutes)
  .venv/bin/python3 Benchmarks/bench.py --smoke    a few seconds of each, on small inputs (CI runs this so the
                                                   benchmarks never rot)
"""
import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "Tests", "Corpus", "osu-web")


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_timed(command, cwd=None):
    """Runs a command to completion; returns (wall seconds, cpu seconds, peak RSS bytes)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        subprocess.run(command, cwd=cwd)  # again, to show what went wrong
        raise SystemExit(f"benchmark command failed ({process.returncode}): {' '.join(command)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def paired(a, b, runs, before=None):
    """Runs a and b in turn `runs` times (after one warm-up each); returns medians and the median ratio a/b."""
    for command in (a, b):
        if before:
            before()
        run_timed(command)
    times_a, times_b, ratios = [], [], []
    for _ in range(runs):
        if before:
            before()
        ta = run_timed(a)[0]
        if before:
            before()
        tb = run_timed(b)[0]
        times_a.append(ta)
        times_b.append(tb)
        ratios.append(ta / tb)
    return statistics.median(times_a), statistics.median(times_b), statistics.median(ratios)


def paired_with_cpu(a, b, runs, before=None):
    """Like `paired`, and the same for CPU time (user + system): (wall a, wall b, wall ratio, cpu a, cpu b, cpu ratio).

    On a loaded machine the wall time of a process that runs on several threads says little; its CPU time still
    compares with the baseline's."""
    for command in (a, b):
        if before:
            before()
        run_timed(command)
    walls_a, walls_b, cpus_a, cpus_b, wall_ratios, cpu_ratios = [], [], [], [], [], []
    for _ in range(runs):
        if before:
            before()
        wall_a, cpu_a, _ = run_timed(a)
        if before:
            before()
        wall_b, cpu_b, _ = run_timed(b)
        walls_a.append(wall_a)
        walls_b.append(wall_b)
        cpus_a.append(cpu_a)
        cpus_b.append(cpu_b)
        wall_ratios.append(wall_a / wall_b)
        cpu_ratios.append(cpu_a / max(cpu_b, 1e-6))
    median = statistics.median
    return (median(walls_a), median(walls_b), median(wall_ratios), median(cpus_a), median(cpus_b), median(cpu_ratios))


def swift_build(package, configuration, product=None, standalone=False):
    """Builds a product; `standalone` builds it as installed (README): the Swift runtime linked in, on Linux."""
    command = ["swift", "build", "-c", configuration, "--package-path", package]
    if product:
        command += ["--product", product]
    if standalone and sys.platform.startswith("linux"):
        command += ["--static-swift-stdlib", "--build-path", os.path.join(package, ".build-standalone")]
    log(f"building {os.path.relpath(package, ROOT) or '.'} ({configuration})")
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(command + ["--show-bin-path"], check=True, capture_output=True, text=True)
    return out.stdout.strip()


# MARK: - 1. Generator

def bench_generator(specgen, work, smoke, results):
    target = 200_000 if smoke else 5_000_000
    runs = 3 if smoke else 7
    big = os.path.join(work, "input.md")
    subprocess.run([sys.executable, os.path.join(HERE, "make_input.py"), CORPUS, str(target), big], check=True,
                   stdout=subprocess.DEVNULL)
    size = os.path.getsize(big)
    out = os.path.join(work, "out")

    def clean():
        shutil.rmtree(out, ignore_errors=True)

    cmark = shutil.which("cmark")
    if cmark is None:
        raise SystemExit("cmark is not installed (apt-get install cmark)")
    def figures(times):
        a, b, ratio, cpu_a, cpu_b, cpu_ratio = times
        return (f"{a * 1000:.0f} ms vs {b * 1000:.0f} ms (CPU {cpu_a * 1000:.0f} ms vs {cpu_b * 1000:.0f} ms)",
                f"{ratio:.2f}x (CPU {cpu_ratio:.2f}x)")

    times = paired_with_cpu([specgen, big, "--out", out, "--quiet"], [cmark, big], runs, before=clean)
    results.append(("Generator", f"specgen on {size / 1e6:.1f} MB vs cmark to HTML", *figures(times), "<= 10x"))
    # Where the time goes: each output alone (reading and resolving the docs is in every one).
    for kind in ["schema", "models", "validators"]:
        times = paired_with_cpu([specgen, big, "--out", out, "--quiet", "--emit", kind], [cmark, big], runs,
                                before=clean)
        results.append(("Generator", f"  the same, --emit {kind} only", *figures(times), ""))

    walls, cpus = [], []
    for _ in range(3 if smoke else 11):
        clean()
        wall, cpu, _ = run_timed([specgen, os.path.join(ROOT, "spec"), "--out", out, "--quiet"])
        walls.append(wall)
        cpus.append(cpu)
    results.append(("Generator", "specgen on spec/ (wall, with process start)",
                    f"{statistics.median(walls) * 1000:.0f} ms (CPU {statistics.median(cpus) * 1000:.0f} ms)", "",
                    "< 40 ms"))

    factors = [1, 2, 5] if smoke else [1, 5, 10, 25, 50]
    unit = os.path.join(work, "unit.md")
    subprocess.run([sys.executable, os.path.join(HERE, "make_input.py"), CORPUS, "1", unit], check=True,
                   stdout=subprocess.DEVNULL)
    unit_size = os.path.getsize(unit)
    per_mb = {}
    for factor in factors:
        path = os.path.join(work, f"scale{factor}.md")
        subprocess.run([sys.executable, os.path.join(HERE, "make_input.py"), CORPUS, str(unit_size * factor), path],
                       check=True, stdout=subprocess.DEVNULL)
        times = []
        for _ in range(3):
            clean()
            times.append(run_timed([specgen, path, "--out", out, "--quiet"])[1])
        per_mb[factor] = statistics.median(times) / (os.path.getsize(path) / 1e6)
    growth = ", ".join(f"{f}x {per_mb[f] / per_mb[factors[0]]:.2f}" for f in factors)
    results.append(("Generator", f"CPU per MB from {factors[0]}x to {factors[-1]}x, relative to {factors[0]}x",
                    growth, f"{per_mb[factors[-1]] / per_mb[factors[0]]:.2f}x", "flat (linear)"))
    clean()


# MARK: - 2. Validators and 3. decoding

PYTHON_VALIDATORS = r"""
import json, sys, time, orjson
schema_path, frames_path, which, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
schema = json.load(open(schema_path))
root = dict(schema)
root["$ref"] = "#/$defs/WebsocketEvent"
frames = [line for line in open(frames_path, "rb").read().split(b"\n") if line]
if which.startswith("jsonschema-rs") or which == "split":
    import jsonschema_rs
    validator = jsonschema_rs.Draft202012Validator(root, validate_formats=True)
if which == "split":
    # Writes the frames that conform and those that do not to two files beside the input.
    base = frames_path.rsplit(".", 1)[0]
    with open(base + ".valid.jsonl", "wb") as good, open(base + ".invalid.jsonl", "wb") as bad:
        for data in frames:
            (good if validator.is_valid(orjson.loads(data)) else bad).write(data + b"\n")
    sys.exit(0)
if which == "jsonschema-rs":
    # Every error, each with its path and message, like the generated validate(json:).
    def check(data):
        return sum(1 for error in validator.iter_errors(orjson.loads(data)) if (error.instance_path, error.message))
elif which == "jsonschema-rs-is-valid":
    check = lambda data: validator.is_valid(orjson.loads(data))
elif which == "python-jsonschema":
    import jsonschema
    validator = jsonschema.Draft202012Validator(root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    check = lambda data: sum(1 for _ in validator.iter_errors(orjson.loads(data)))
else:
    import fastjsonschema
    compiled = fastjsonschema.compile(root)
    def check(data):
        try:
            compiled(orjson.loads(data))
            return 0
        except fastjsonschema.JsonSchemaException:
            return 1
passes, start = 0, time.perf_counter()
while True:
    for data in frames:
        check(data)
    passes += 1
    elapsed = time.perf_counter() - start
    if elapsed >= seconds:
        break
print(json.dumps({"frames": passes * len(frames), "bytes": passes * sum(map(len, frames)), "seconds": elapsed}))
"""


def in_process(command):
    """Runs a benchmark process; its JSON result, with the CPU time the process used (`cpuSeconds`)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"benchmark command failed ({process.returncode}): {' '.join(command)}")
    result = json.loads(out.strip().splitlines()[-1])
    result["cpuSeconds"] = usage.ru_utime + usage.ru_stime
    return result


def rate(result):
    return result["frames"] / result["seconds"]


def cpu_rate(result):
    """Frames per second of CPU time, which other load on the machine disturbs far less than wall time; both sides
    of a pair are the same Swift process, whose start and frame loading count in both."""
    return result["frames"] / result["cpuSeconds"] if result.get("cpuSeconds") else rate(result)


def paired_rates(a, b, rounds, measure=rate):
    """Runs two in-process benchmarks in turn; returns the median rates and the median of the per-pair ratios."""
    rates_a, rates_b, ratios = [], [], []
    for _ in range(rounds):
        ra, rb = measure(in_process(a)), measure(in_process(b))
        rates_a.append(ra)
        rates_b.append(rb)
        ratios.append(ra / rb)
    return statistics.median(rates_a), statistics.median(rates_b), statistics.median(ratios)


def make_frames(work, smoke):
    frames = os.path.join(work, "frames.jsonl")
    subprocess.run([sys.executable, os.path.join(HERE, "make_frames.py"), frames, "2" if smoke else "8"],
                   check=True, stdout=subprocess.DEVNULL)
    return frames


def bench_validators(bench, schema, frames, work, smoke, results):
    seconds = "0.3" if smoke else "2"
    rounds = 1 if smoke else 5
    script = os.path.join(work, "python_validators.py")
    with open(script, "w") as handle:
        handle.write(PYTHON_VALIDATORS)
    subprocess.run([sys.executable, script, schema, frames, "split", "0"], check=True)
    sets = [("frames that follow the docs", os.path.join(work, "frames.valid.jsonl")),
            ("frames that depart from the docs", os.path.join(work, "frames.invalid.jsonl")),
            ("the mix", frames)]
    for label, path in sets:
        count = sum(1 for line in open(path, "rb") if line.strip())
        python = lambda which: [sys.executable, script, schema, path, which, seconds]
        a, b, ratio = paired_rates([bench, "validate", path, "--seconds", seconds], python("jsonschema-rs"),
                                   rounds)
        results.append(("Validators", f"{label} ({count}): `validate(json:)` vs jsonschema-rs `iter_errors`, "
                        "every issue with its path and message (frames/s)", f"{a:,.0f} vs {b:,.0f}",
                        f"{ratio:.1f}x", ">= 5x"))
        a, b, ratio = paired_rates([bench, "is-valid", path, "--seconds", seconds],
                                   python("jsonschema-rs-is-valid"), rounds)
        results.append(("Validators", f"{label}: `isValid(json:)` vs jsonschema-rs `is_valid` (frames/s)",
                        f"{a:,.0f} vs {b:,.0f}", f"{ratio:.1f}x", ">= 2x"))
    swift = in_process([bench, "validate", frames, "--seconds", seconds])
    for name in ["fastjsonschema", "python-jsonschema"]:
        a, b, ratio = paired_rates([bench, "validate", frames, "--seconds", seconds],
                                   [sys.executable, script, schema, frames, name, seconds], 1 if smoke else 3)
        results.append(("Validators", f"the mix: `validate(json:)` vs {name} (frames/s)", f"{a:,.0f} vs {b:,.0f}",
                        f"{ratio:.0f}x", ""))
    results.append(("Validators", "`validate(json:)` throughput on the mix (bytes in, every issue out)",
                    f"{swift['bytes'] / swift['seconds'] / 1e6:.0f} MB/s", "", ""))


def bench_decoding(bench, frames, smoke, results):
    seconds = "0.3" if smoke else "2"
    rounds = 1 if smoke else 5
    mode = lambda name: [bench, name, frames, "--seconds", seconds]
    first = in_process(mode("fast"))
    if first["decodedPerPass"] != in_process(mode("decode"))["decodedPerPass"]:
        raise SystemExit("init(json:) and JSONDecoder decode different frames")
    count = first["decodedPerPass"]
    a, b, ratio = paired_rates(mode("decode"), mode("handwritten"), rounds, cpu_rate)
    results.append(("Decoding", f"JSONDecoder into the models vs into hand-written Codable structs, `.iso8601` "
                    f"dates ({count} frames both decode; frames per CPU second)", f"{a:,.0f} vs {b:,.0f}", f"{ratio:.2f}x",
                    ">= 1x"))
    # Per event: which frames cost more through the models than through the hand-written structs.
    events = sorted({json.loads(line).get("event") for line in open(frames, "rb") if line.strip()} - {None})
    for event in events:
        per_event = lambda name: mode(name) + ["--event", event]
        decoded = in_process(per_event("fast"))["decodedPerPass"]
        if decoded == 0:
            continue
        a, b, ratio = paired_rates(per_event("decode"), per_event("handwritten"), 1 if smoke else 3, cpu_rate)
        results.append(("Decoding", f"the same, `{event}` frames only ({decoded} frames)", f"{a:,.0f} vs {b:,.0f}",
                        f"{ratio:.2f}x", ""))
    a, b, ratio = paired_rates(mode("fast"), mode("handwritten"), rounds, cpu_rate)
    results.append(("Decoding", "generated `init(json:)` vs hand-written Codable structs (frames per CPU second)",
                    f"{a:,.0f} vs {b:,.0f}", f"{ratio:.1f}x", ""))
    a, b, ratio = paired_rates(mode("fast"), mode("decode"), rounds, cpu_rate)
    results.append(("Decoding", "generated `init(json:)` vs JSONDecoder into the models (frames per CPU second)",
                    f"{a:,.0f} vs {b:,.0f}", f"{ratio:.1f}x", ">= 4x"))
    a, b, ratio = paired_rates(mode("decode"), mode("foundation"), rounds, cpu_rate)
    results.append(("Decoding", "JSONDecoder into the models vs JSONSerialization (frames per CPU second)",
                    f"{a:,.0f} vs {b:,.0f}", f"{ratio:.2f}x", ""))
    hold = in_process([bench, "hold", frames])
    per_frame = (hold["peakAfter"] - hold["peakBefore"]) / max(hold["frames"], 1)
    results.append(("Decoding", "peak memory per decoded frame held", f"{per_frame / 1024:.1f} KiB "
                    f"({hold['bytes'] / max(hold['frames'], 1):.0f} B of JSON each)", "", ""))


# MARK: - 4. Compile time of the generated code

GENERATED_MANIFEST = """// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "CompileTime",
    dependencies: [.package(name: "specgen", path: "{root}")],
    targets: [
{targets}
    ],
    swiftLanguageModes: [.v6]
)
"""

# What is generated for each timed module: the build plugin's default outputs (models with their one-pass
# decoders, and validators), the same without the one-pass decoders (`fastDecoders: false`), and the models alone
# without them (`outputs: [models]`).
COMPILE_VARIANTS = [
    ("Full", "models and validators", ["--emit", "models", "--emit", "validators"], ""),
    ("Lean", "the same, `fastDecoders: false`", ["--emit", "models", "--emit", "validators"],
     "fastDecoders: false\n"),
    ("ModelsOnly", "models only, `fastDecoders: false`", ["--emit", "models"], "fastDecoders: false\n"),
]


def documented_fields(docs):
    """The rows of the docs' field tables, counted independently of specgen (the corpus tests' script)."""
    script = os.path.join(ROOT, "Tests", "SpecgenCorpusTests", "field_tables.py")
    out = subprocess.run([sys.executable, script, docs], check=True, capture_output=True, text=True)
    tables = [t for ts in json.loads(out.stdout)["files"].values() for t in ts]
    return sum(len(t["rows"]) for t in tables if t["kind"] == "fields")


def bench_compile(specgen, work, smoke, results, runs=None, configurations=None, only=None):
    """A clean build of only a generated module: the package (one target per variant of the generated code) is
    built once, then before each timed `swift build --target X` that module's build products are removed; a no-op
    build of the same target, timed in turn, is subtracted (SwiftPM's own planning). The variants are built in turn
    within each run, so their ratios are paired."""
    corpora = [("spec/", os.path.join(ROOT, "spec"))]
    if not smoke:
        corpora += [("osu-web", CORPUS), ("osu-web seed era", os.path.join(ROOT, "Tests", "Corpus",
                                                                            "osu-web-seed-era"))]
    if only:
        corpora = [c for c in corpora if c[0] in only]
    runs = runs or (1 if smoke else 3)
    configurations = configurations or (["debug"] if smoke else ["debug", "release"])
    for label, docs in corpora:
        package = os.path.join(work, "compile-" + label.replace("/", "").replace(" ", "-"))
        shutil.rmtree(package, ignore_errors=True)
        files, lines = {}, {}
        for target, _, emit, settings in COMPILE_VARIANTS:
            sources = os.path.join(package, "Sources", target)
            config = os.path.join(package, target + ".yml")
            os.makedirs(package, exist_ok=True)
            with open(config, "w") as handle:
                handle.write(settings or "outputs: [models, validators]\n")
            subprocess.run([specgen, docs, "--out", sources, "--quiet", "--config", config] + emit, check=True,
                           stderr=subprocess.DEVNULL)
            files[target] = [os.path.join(d, f) for d, _, fs in os.walk(sources) for f in fs if f.endswith(".swift")]
            lines[target] = sum(sum(1 for _ in open(f, encoding="utf-8")) for f in files[target])
        targets = "\n".join(f'        .target(name: "{t}", dependencies: [.product(name: "SpecgenRuntime", '
                            f'package: "specgen")]),' for t, _, _, _ in COMPILE_VARIANTS)
        with open(os.path.join(package, "Package.swift"), "w") as handle:
            handle.write(GENERATED_MANIFEST.format(root=ROOT, targets=targets))
        fields = documented_fields(docs)
        figures = {t: [] for t, _, _, _ in COMPILE_VARIANTS}
        for configuration in configurations:
            base = ["swift", "build", "--package-path", package, "-c", configuration]
            subprocess.run(base, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            products = subprocess.run(base + ["--show-bin-path"], check=True, capture_output=True,
                                      text=True).stdout.strip()

            def clean(target):
                # The module's compiled products go (SwiftPM's plan for it stays) and its sources are touched.
                objects = os.path.join(products, target + ".build")
                for name in os.listdir(objects):
                    if name.endswith((".o", ".swiftdeps", ".d", ".dia", ".priors", ".swiftmodule")):
                        os.remove(os.path.join(objects, name))
                for name in os.listdir(os.path.join(products, "Modules")):
                    if name.startswith(target + "."):
                        path = os.path.join(products, "Modules", name)
                        shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else os.remove(path)
                for path in files[target]:
                    os.utime(path)

            cleans = {t: [] for t in figures}
            noops = {t: [] for t in figures}
            for _ in range(runs):
                for target in figures:
                    build = base + ["--target", target]
                    clean(target)
                    cleans[target].append(run_timed(build)[:2])
                    noops[target].append(run_timed(build)[:2])
            for target in figures:
                # Wall time, and CPU time (the compiler processes included), which a loaded machine disturbs less;
                # and the per-run ratio of CPU time to the full variant's.
                cpu = [c[1] - n[1] for c, n in zip(cleans[target], noops[target])]
                full = [c[1] - n[1] for c, n in zip(cleans["Full"], noops["Full"])]
                figures[target].append((
                    statistics.median(c[0] for c in cleans[target]) - statistics.median(n[0] for n in noops[target]),
                    statistics.median(cpu), statistics.median(a / b for a, b in zip(cpu, full))))
        for target, title, _, _ in COMPILE_VARIANTS:
            log(f"  {label}, {title}: " + " / ".join(f"wall {w:.1f} s, CPU {c:.1f} s, {r:.2f}x"
                                                     for w, c, r in figures[target]) + f", {lines[target]} lines")
            results.append((
                "Compile time", f"{label}: clean build of the generated module, debug / release, {title} "
                f"({lines[target]:,} lines, {len(files[target])} files)",
                " / ".join(f"wall {w:.1f} s, CPU {c:.1f} s" for w, c, _ in figures[target]),
                " / ".join(f"{r:.2f}x" for _, _, r in figures[target]) if target != "Full" else "",
                "debug: half of today's"))
            results.append((
                "Compile time", f"{label}: generated Swift lines per documented field ({fields} fields), {title}",
                f"{lines[target] / max(fields, 1):.0f}", "", ""))


# MARK: - 5. Build plugin

PLAIN_MANIFEST = """// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "PlainBenchmarks",
    dependencies: [.package(name: "specgen", path: "{root}")],
    targets: [
        .target(name: "BenchModels", dependencies: [.product(name: "SpecgenRuntime", package: "specgen")]),
        .executableTarget(name: "specgen-bench", dependencies: ["BenchModels"]),
    ],
    swiftLanguageModes: [.v6]
)
"""


def bench_plugin(specgen, work, results):
    """No-op builds (debug) of this package with the plugin and of a copy with the generated sources checked in."""
    plain = os.path.join(work, "plain")
    shutil.copytree(os.path.join(HERE, "Sources"), os.path.join(plain, "Sources"))
    os.remove(os.path.join(plain, "Sources", "BenchModels", "specgen.yml"))
    subprocess.run([specgen, os.path.join(ROOT, "spec"), "--out",
                    os.path.join(plain, "Sources", "BenchModels", "Generated"), "--quiet"], check=True,
                   stderr=subprocess.DEVNULL)
    with open(os.path.join(plain, "Package.swift"), "w") as handle:
        handle.write(PLAIN_MANIFEST.format(root=ROOT))
    for package in (HERE, plain):
        # Settle: the first builds after a fresh one may still relink plugin tools.
        for _ in range(3):
            subprocess.run(["swift", "build", "--package-path", package], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    a, b, ratio = paired(["swift", "build", "--package-path", HERE], ["swift", "build", "--package-path", plain], 5)
    results.append(("Build plugin", "no-op swift build with the plugin vs generated sources checked in",
                    f"{a * 1000:.0f} ms vs {b * 1000:.0f} ms", f"{ratio:.2f}x", ""))


# MARK: - Report

def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}"


def require_python_packages():
    """Stops with a clear message, before anything is built, when the validators' Python peers are missing."""
    wanted = {"orjson": "orjson", "jsonschema_rs": "jsonschema-rs", "fastjsonschema": "fastjsonschema",
              "jsonschema": "jsonschema"}
    missing = [package for module, package in wanted.items() if importlib.util.find_spec(module) is None]
    if missing:
        sys.exit(f"bench.py: error: {sys.executable} lacks {', '.join(missing)}, which the validator benchmark "
                 "runs beside specgen; install them with `Scripts/bootstrap.sh --with-benchmarks` and run "
                 "`.venv/bin/python3 Benchmarks/bench.py`, or leave the validators out (`--only generator`, …)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="a short run on small inputs (seconds)")
    parser.add_argument("--skip-plugin", action="store_true", help="leave out the build plugin benchmark")
    parser.add_argument("--skip-compile", action="store_true", help="leave out the compile-time benchmark")
    parser.add_argument("--only", choices=["generator", "validators", "decoding", "compile"],
                        help="run one part (validators and decoding share their frames)")
    parser.add_argument("--specgen", help="time this specgen executable instead of building one")
    parser.add_argument("--compile-runs", type=int, help="clean builds per variant of the generated code (3)")
    parser.add_argument("--compile-configurations", nargs="+", choices=["debug", "release"],
                        help="the build configurations the compile-time benchmark times (both)")
    parser.add_argument("--compile-corpora", nargs="+", choices=["spec/", "osu-web", "osu-web seed era"],
                        help="the docs the compile-time benchmark generates from (all three)")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    if args.only in (None, "validators"):
        require_python_packages()
    configuration = "debug" if args.smoke else "release"
    if args.specgen:
        specgen = os.path.abspath(args.specgen)
    else:
        specgen = os.path.join(swift_build(ROOT, configuration, "specgen", standalone=not args.smoke), "specgen")
    needs_bench = args.only in (None, "validators", "decoding")
    bench = os.path.join(swift_build(HERE, configuration, "specgen-bench"), "specgen-bench") if needs_bench else None
    results = []
    with tempfile.TemporaryDirectory(prefix="specgen-bench-") as work:
        schema_out = os.path.join(work, "schema")
        subprocess.run([specgen, os.path.join(ROOT, "spec"), "--out", schema_out, "--quiet", "--emit", "schema"],
                       check=True, stderr=subprocess.DEVNULL)
        wanted = lambda part: args.only in (None, part)
        if wanted("generator"):
            log("generator")
            bench_generator(specgen, work, args.smoke, results)
        frames = make_frames(work, args.smoke)
        if wanted("validators"):
            log("validators")
            bench_validators(bench, os.path.join(schema_out, "schema.json"), frames, work, args.smoke, results)
        if wanted("decoding"):
            log("decoding")
            bench_decoding(bench, frames, args.smoke, results)
        if wanted("compile") and not args.skip_compile:
            log("compile time")
            bench_compile(specgen, work, args.smoke, results, args.compile_runs, args.compile_configurations,
                          args.compile_corpora)
        if args.only is None and not (args.smoke or args.skip_plugin):
            log("build plugin")
            bench_plugin(specgen, work, results)
    title = f"specgen benchmarks ({configuration} builds) on {machine()}, {time.strftime('%Y-%m-%d')}"
    print(title)
    print()
    print("| Area | Measure | Figures (medians) | Ratio | Target |")
    print("| --- | --- | --- | --- | --- |")
    for area, measure, figures, ratio, target in results:
        print(f"| {area} | {measure} | {figures} | {ratio} | {target} |")
    if args.json:
        with open(args.json, "w") as handle:
            json.dump({"title": title, "results": results}, handle, indent=2)


if __name__ == "__main__":
    main()
