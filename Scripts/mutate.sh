#!/bin/sh
# Mutation testing: plants the mutations of Scripts/mutations.py one at a time in a scratch copy of the repository
# (never in the working tree), builds, runs the tests and reports which mutations the tests catch and which survive.
# See Scripts/mutate.py --help and Documentation/Testing.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
python="$root/.venv/bin/python3"
if [ ! -x "$python" ]; then
    python=python3
fi
exec "$python" "$root/Scripts/mutate.py" "$@"
