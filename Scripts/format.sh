#!/usr/bin/env bash
# Checks (or, with --fix, applies) the house style of .swift-format on the project's own Swift sources. The
# generated goldens (Tests/SpecModels, Tests/ConstructModels, Tests/GatewayModels) are not formatted here: the
# generator must emit them formatted, which the tests check.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t files < <(git ls-files '*.swift' | grep -v -e '^Tests/SpecModels/' -e '^Tests/ConstructModels/' \
    -e '^Tests/GatewayModels/' -e '^Tests/Corpus/' -e '^Fuzz/Sources/FuzzModels')
if [[ "${1:-}" == "--fix" ]]; then
    swift format format --in-place --parallel "${files[@]}"
fi
swift format lint --strict --parallel "${files[@]}"
echo "swift format: ${#files[@]} files follow .swift-format"
