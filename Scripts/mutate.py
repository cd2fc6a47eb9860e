#!/usr/bin/env python3
"""Mutation testing: plants small, realistic bugs one at a time and reports which ones the tests catch.

Each mutation (Scripts/mutations.py) names a file, an exact snippet that must occur in it exactly once, its
replacement, a short description and the test filters that are relevant to it. The script never touches the working
tree: it copies the repository (without .build/ and .git/) into a scratch folder, kept between runs so that its build
is incremental, and plants each mutation there, builds, runs the tests and puts the file back. The scratch copy is
re-synchronised from the working tree at every start, so whatever an interrupted run left behind is undone then too.

Outcomes:
  caught      the build of the tests or a test failed
  survived    everything built and every test that ran passed: a bug the tests miss
  stale       the snippet is not in the file (any more), or occurs more than once: the mutation needs updating
  uncompilable  the mutated sources do not build (the mutation is not a realistic bug; fix the mutation)
  timeout     the tests did not finish within --timeout seconds (counted as caught, reported separately)

By default each mutation runs the whole test suite, the honest measure. --relevant runs only each mutation's own
filters, and --filter REGEX only the tests that match REGEX: faster, and the report says so.
"""

import argparse
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Scripts"))
from mutations import MUTATIONS  # noqa: E402

# What is not copied into the scratch folder: folders of these names at any depth (build products, git, the
# Python environment, which is linked instead).
EXCLUDED = {".build", ".git", ".swiftpm", ".venv", "__pycache__"}
MARKER = ".specgen-mutation-applied"


class Interrupted(Exception):
    """A signal asked the run to stop; the planted mutation is removed before leaving."""


def on_signal(number, _frame):
    raise Interrupted(f"signal {number}")


def scratch_folder(explicit):
    if explicit:
        return Path(explicit).resolve()
    digest = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"specgen-mutate-{digest}"


def synchronise(scratch):
    """Makes the scratch copy's sources equal to the working tree's; keeps its .build/ (for incremental builds)."""
    scratch.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for folder, subfolders, files in os.walk(ROOT):
        relative = Path(folder).relative_to(ROOT)
        subfolders[:] = sorted(s for s in subfolders if s not in EXCLUDED)
        # Symbolic links (Plugins/*/PluginsShared) are copied as links, not followed.
        for name in [s for s in subfolders + files if (Path(folder) / s).is_symlink()]:
            rel = relative / name
            wanted.add(rel)
            link = os.readlink(Path(folder) / name)
            target = scratch / rel
            if target.is_symlink() and os.readlink(target) == link:
                continue
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.is_symlink() or target.exists():
                target.unlink()
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(link)
        subfolders[:] = [s for s in subfolders if not (Path(folder) / s).is_symlink()]
        for name in sorted(files):
            source = Path(folder) / name
            rel = relative / name
            if source.is_symlink():
                continue
            wanted.add(rel)
            target = scratch / rel
            if target.is_file() and not source.is_symlink():
                s, t = source.stat(), target.stat()
                if s.st_size == t.st_size and s.st_mtime_ns == t.st_mtime_ns:
                    continue
                if s.st_size == t.st_size and source.read_bytes() == target.read_bytes():
                    continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.is_symlink() or target.exists():
                target.unlink()
            shutil.copy2(source, target, follow_symlinks=True)
    # Files that are gone from the working tree go from the copy too (its .build/ and .venv stay).
    for folder, subfolders, files in os.walk(scratch):
        relative = Path(folder).relative_to(scratch)
        subfolders[:] = [s for s in subfolders if s not in EXCLUDED]
        for name in [s for s in subfolders if (Path(folder) / s).is_symlink()]:
            if relative / name not in wanted:
                (Path(folder) / name).unlink()
        subfolders[:] = [s for s in subfolders if not (Path(folder) / s).is_symlink()]
        for name in files:
            rel = relative / name
            if rel not in wanted and rel.name != MARKER:
                (scratch / rel).unlink()
    # The tests run Python from .venv/ in the package root.
    venv = ROOT / ".venv"
    link = scratch / ".venv"
    if venv.exists() and not link.exists():
        link.symlink_to(venv.resolve())
    (scratch / MARKER).unlink(missing_ok=True)


def run(command, cwd, log, timeout):
    """Runs a command with its output appended to `log`; returns its status, or None on timeout."""
    with open(log, "ab") as out:
        out.write(("\n$ " + " ".join(command) + "\n").encode())
        out.flush()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            stop(process)
            return None
        except BaseException:
            # Interrupted: stop the build or the tests started here before restoring.
            stop(process)
            raise


def stop(process):
    """Stops a `swift build` or `swift test` started by `run`: SIGINT first, which SwiftPM handles by cancelling the
    compiler jobs it started (they run in process groups of their own), then SIGKILL if it does not end."""
    for number, grace in ((signal.SIGINT, 60), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, number)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


def test_command(filters):
    command = ["swift", "test", "--skip-build"]
    for f in filters:
        command += ["--filter", f]
    return command


def build_and_test(scratch, filters, log, timeout):
    """Builds the tests, then runs them: `passed`, `failed`, `build-failed`, `timeout` or `build-timeout`."""
    status = run(["swift", "build", "--build-tests"], scratch, log, timeout)
    if status is None:
        return "build-timeout"
    if status != 0:
        return "build-failed"
    status = run(test_command(filters), scratch, log, timeout)
    if status is None:
        return "timeout"
    return "passed" if status == 0 else "failed"


def sources_build(scratch, log, timeout):
    """Whether the library and executable targets (not the tests) build: tells a realistic bug from a typo."""
    return run(["swift", "build"], scratch, log, timeout) == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--only", action="append", default=[], help="run only these mutations, in this order (ids, comma-separated)")
    parser.add_argument(
        "--filter", action="append", default=[], help="run only tests matching this (swift test --filter)")
    parser.add_argument("--relevant", action="store_true", help="run only each mutation's own test filters")
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--check", action="store_true", help="only check that every snippet matches the working tree")
    parser.add_argument("--scratch", help="the scratch copy's folder (default: in the temporary folder)")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds for one build or test run")
    parser.add_argument("--no-baseline", action="store_true", help="skip the run without mutations (not advised)")
    parser.add_argument("--report", help="also write the report to this file")
    options = parser.parse_args()

    ids = [m["id"] for m in MUTATIONS]
    if len(set(ids)) != len(ids):
        sys.exit("mutate: mutation ids must be unique")
    if options.list:
        for m in MUTATIONS:
            print(f"{m['id']:32} {m['file']}\n{'':32} {m['description']}  [{', '.join(m['filters'])}]")
        return 0
    if options.check:
        stale = 0
        for m in MUTATIONS:
            path = ROOT / m["file"]
            count = path.read_text(encoding="utf-8").count(m["find"]) if path.is_file() else 0
            if count != 1:
                stale += 1
                print(f"stale        {m['id']}: snippet found {count} times in {m['file']}")
        print(f"{len(MUTATIONS) - stale} of {len(MUTATIONS)} mutations match the working tree")
        return 1 if stale else 0
    chosen = MUTATIONS
    if options.only:
        wanted = [i for group in options.only for i in group.split(",") if i]
        unknown = [i for i in wanted if i not in ids]
        if unknown:
            sys.exit(f"mutate: no mutation named {', '.join(unknown)} (see --list)")
        by_id = {m["id"]: m for m in MUTATIONS}
        chosen = [by_id[i] for i in dict.fromkeys(wanted)]  # in the order given
    if options.relevant and options.filter:
        sys.exit("mutate: give either --relevant or --filter")

    scratch = scratch_folder(options.scratch)
    if scratch == ROOT or ROOT in scratch.parents and scratch.parts[len(ROOT.parts)] != ".build":
        sys.exit("mutate: the scratch folder must be outside the working tree (or in its .build/)")
    log = scratch.parent / (scratch.name + ".log")
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, on_signal)

    if options.relevant:
        scope = "each mutation's own test filters (--relevant): a subset of the suite"
    elif options.filter:
        scope = f"only the tests matching {' | '.join(options.filter)} (--filter): a subset of the suite"
    else:
        scope = "the whole test suite"
    print(f"mutate: {len(chosen)} mutations, each with {scope}")
    print(f"mutate: scratch copy {scratch}, log {log}")
    log.write_text("")
    synchronise(scratch)

    if not options.no_baseline:
        filters = sorted({f for m in chosen for f in m["filters"]}) if options.relevant else options.filter
        print("mutate: baseline (no mutation) ...", flush=True)
        try:
            outcome = build_and_test(scratch, filters, log, options.timeout)
        except Interrupted as reason:
            print(f"mutate: stopped ({reason}) before any mutation was planted", file=sys.stderr)
            return 130
        if outcome != "passed":
            print(f"mutate: the tests do not pass without a mutation ({outcome}); see {log}", file=sys.stderr)
            return 2

    results = []
    current = None
    try:
        for m in chosen:
            started = time.monotonic()
            path = scratch / m["file"]
            text = path.read_text(encoding="utf-8") if path.is_file() else None
            count = text.count(m["find"]) if text is not None else 0
            if count != 1:
                outcome = "stale"
                detail = "file not found" if text is None else f"snippet found {count} times"
            else:
                current = (path, text)
                (scratch / MARKER).write_text(m["id"] + "\n")
                path.write_text(text.replace(m["find"], m["replace"]), encoding="utf-8")
                filters = m["filters"] if options.relevant else options.filter
                with open(log, "a") as out:
                    out.write(f"\n===== {m['id']}: {m['description']}\n")
                result = build_and_test(scratch, filters, log, options.timeout)
                detail = ""
                if result == "failed":
                    outcome = "caught"
                elif result == "passed":
                    outcome = "survived"
                elif result in ("timeout", "build-timeout"):
                    outcome = "timeout"
                elif sources_build(scratch, log, options.timeout):
                    outcome = "caught"
                    detail = "a test target no longer builds"
                else:
                    outcome = "uncompilable"
                path.write_text(text, encoding="utf-8")
                (scratch / MARKER).unlink(missing_ok=True)
                current = None
            seconds = time.monotonic() - started
            results.append((m, outcome, detail))
            print(f"  {outcome:12} {m['id']:32} {seconds:6.0f}s  {detail}", flush=True)
    except Interrupted as reason:
        print(f"mutate: stopped ({reason}); the scratch copy is restored", file=sys.stderr)
    finally:
        if current is not None:
            current[0].write_text(current[1], encoding="utf-8")
            (scratch / MARKER).unlink(missing_ok=True)

    counted = [r for r in results if r[1] in ("caught", "survived", "timeout")]
    caught = [r for r in counted if r[1] in ("caught", "timeout")]
    lines = [f"mutation testing with {scope}"]
    for m, outcome, detail in results:
        lines.append(f"{outcome:12} {m['id']:32} {m['file']}: {m['description']}" + (f" ({detail})" if detail else ""))
    percent = 100.0 * len(caught) / len(counted) if counted else 0.0
    lines.append(
        f"caught {len(caught)} of {len(counted)} ({percent:.0f} %); "
        + ", ".join(
            f"{sum(1 for r in results if r[1] == k)} {k}"
            for k in ("survived", "stale", "uncompilable", "timeout")))
    survivors = [r[0] for r in results if r[1] == "survived"]
    if survivors:
        lines.append("survivors:")
        lines += [f"  {m['id']}: {m['description']} ({m['file']})" for m in survivors]
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if options.report:
        Path(options.report).write_text(report)
    if len(results) < len(chosen):
        return 130
    return 1 if survivors or any(r[1] in ("stale", "uncompilable") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
