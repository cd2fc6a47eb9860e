#!/usr/bin/env bash
# Fuzzes specgen's whole reader (Markdown → dialect → schema IR → Swift emitter, and lint) with libFuzzer and
# AddressSanitizer, then the generated `init(json:)` of the golden models against `JSONDecoder`.
#
#   Scripts/fuzz.sh [seconds] [extra libFuzzer flags…]
#
# Builds Fuzz/ (a package of its own) with -sanitize=fuzzer,address, seeds the run with every Markdown file of both
# osu-web revisions in Tests/Corpus (read in place), spec/ and the construct fixtures, and runs for the given time
# (default 60 s). The decoding target (Fuzz/Sources/SpecgenDecodeFuzz) then runs for the same time, seeded with the
# sample frames of Tests/SpecModelsTests/Frames; it crashes when `init(json:)` and `JSONDecoder` disagree (one throws,
# or the values differ). Any crash, hang (an input taking over 10 s), memory blow-up or sanitizer report stops the run,
# leaves the input in .build/fuzz/artifacts/, and makes the script exit non-zero.
# Replay an artifact with: Fuzz/.build/debug/SpecgenFuzz <file> (or SpecgenDecodeFuzz <file>)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true

swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    --product SpecgenFuzz
swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    --product SpecgenDecodeFuzz
binary="Fuzz/.build/debug/SpecgenFuzz"

work=".build/fuzz"
mkdir -p "$work/corpus" "$work/artifacts"
seeds=(Tests/Corpus/osu-web Tests/Corpus/osu-web-seed-era spec Tests/Fixtures/constructs)

# New inputs go to the first folder; the seed folders are only read.
# Leak checks are off for this target: LeakSanitizer cannot follow a reference that Swift stores with an enum's tag
# in its spare bits (the parsed templates' section bodies), so it reports the built-in templates, which a static
# holds, as leaked (during the run and at exit). Crashes, hangs and AddressSanitizer's memory errors still stop the
# run; the decoding target below keeps its leak checks.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" "$binary" "$work/corpus" "${seeds[@]}" \
    -detect_leaks=0 \
    -dict=Fuzz/specgen.dict \
    -max_total_time="$seconds" \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -max_len=65536 \
    -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" \
    "$@"

# The generated decoders against JSONDecoder.
mkdir -p "$work/decode-corpus"
"Fuzz/.build/debug/SpecgenDecodeFuzz" "$work/decode-corpus" Tests/SpecModelsTests/Frames \
    -dict=Fuzz/json.dict \
    -max_total_time="$seconds" \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -max_len=65536 \
    -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" \
    "$@"
