#!/usr/bin/env python3
"""Checks a JSON Schema file against the JSON Schema 2020-12 metaschema.

Prints `valid`; exits 1 with the reason otherwise, and 3 when the `jsonschema` package is not installed (the calling
test fails and says to run Scripts/bootstrap.sh).
"""
import json
import sys

try:
    import jsonschema
except ImportError as error:
    print(f"missing Python package ({error}); run Scripts/bootstrap.sh to install the test packages into .venv/",
          file=sys.stderr)
    sys.exit(3)

with open(sys.argv[1], encoding="utf-8") as handle:
    schema = json.load(handle)
try:
    jsonschema.Draft202012Validator.check_schema(schema)
except jsonschema.exceptions.SchemaError as error:
    print(f"invalid: {error.message} at {list(error.absolute_path)}")
    sys.exit(1)
print("valid")
