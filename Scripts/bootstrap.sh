#!/usr/bin/env bash
# Sets up a clone of specgen for building and testing, then generates spec/ once. Run it from anywhere:
#
#   Scripts/bootstrap.sh                     everything `swift test` needs
#   Scripts/bootstrap.sh --with-benchmarks   and also the Python packages of Benchmarks/bench.py
#
# 1. System packages, only those missing: libcmark-dev (the Markdown parser specgen links), cmark (its command line:
#    the generator benchmark's baseline), python3 and python3-venv, with apt-get on Debian/Ubuntu (through sudo when
#    not root), or cmark and python with Homebrew on macOS.
# 2. A Python virtual environment in .venv/ (git ignores it) with the pinned packages of
#    Tests/Differential/requirements.txt, which the differential and corpus tests run; the tests use .venv/bin/python3
#    when it exists (python3 on PATH otherwise).
# 3. `swift run specgen spec/ --out Generated/`: builds the generator and writes the osu! models to Generated/.
#
# Idempotent: a second run installs nothing that is there already and only rebuilds what changed. Needs the Swift
# toolchain (https://www.swift.org/install/).
set -euo pipefail
cd "$(dirname "$0")/.."

benchmarks=false
for argument in "$@"; do
    case "$argument" in
        --with-benchmarks) benchmarks=true ;;
        -h | --help) sed -n '2,16s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "bootstrap.sh: error: unknown option '$argument' (see --help)" >&2; exit 64 ;;
    esac
done

say() { echo "bootstrap: $*" >&2; }
fail() { echo "bootstrap.sh: error: $*" >&2; exit 1; }

command -v swift >/dev/null || fail "the Swift toolchain is not on PATH; install it from https://www.swift.org/install/"

# MARK: - 1. System packages

# Runs a command as root: directly when this is root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        fail "installing system packages needs root, and sudo is not installed; run as root: $*"
    fi
}

if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    missing=()
    for package in libcmark-dev cmark python3 python3-venv; do
        status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
        [ "$status" = "install ok installed" ] || missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        say "installing ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    fi
elif command -v brew >/dev/null; then
    # cmark's formula has both the library (with its pkg-config file) and the command line.
    brew list --formula cmark >/dev/null 2>&1 || { say "installing cmark"; brew install cmark; }
    command -v python3 >/dev/null || { say "installing python"; brew install python; }
else
    # Another system: check what is needed and say what is missing.
    problems=()
    { pkg-config --exists libcmark 2>/dev/null || [ -f /usr/include/cmark.h ] || [ -f /usr/local/include/cmark.h ]; } \
        || problems+=("libcmark with its headers")
    command -v cmark >/dev/null || problems+=("the cmark command line")
    command -v python3 >/dev/null || problems+=("python3 with its venv module")
    [ "${#problems[@]}" -eq 0 ] \
        || fail "no apt-get or brew here; install these with your package manager and run again: ${problems[*]}"
fi

# MARK: - 2. The Python virtual environment

venv=".venv"
python="$venv/bin/python3"
requirements=(Tests/Differential/requirements.txt)
$benchmarks && requirements+=(Benchmarks/requirements.txt)

# An environment that cannot run pip (the python3 it was made from is gone, or it was made without pip because
# python3-venv was missing) is made again.
if [ -e "$venv" ] && ! "$python" -m pip --version >/dev/null 2>&1; then
    say "$venv/ cannot run pip; making it again"
    rm -rf "$venv"
fi
if [ ! -e "$python" ]; then
    say "making the Python virtual environment $venv/"
    python3 -m venv "$venv" \
        || fail "python3 -m venv failed; on Debian/Ubuntu install python3-venv (apt-get install python3-venv)"
fi

# pip installs only what is missing or at another version (the requirements are pinned), so a second run is quick.
arguments=()
for file in "${requirements[@]}"; do arguments+=(-r "$file"); done
say "installing the Python packages of ${requirements[*]} (when missing)"
"$python" -m pip install -q --disable-pip-version-check "${arguments[@]}"

# MARK: - 3. Build the generator and generate spec/

say "generating spec/ into Generated/"
swift run specgen spec/ --out Generated/
say "done; run the tests with: swift test"
