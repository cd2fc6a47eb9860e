#!/usr/bin/env python3
"""Checks a JSON Schema file against the JSON Schema 2020-12 metaschema.

Prints `valid`, or `skipped` when the `jsonschema` package is not installed; exits 1 with the reason otherwise.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("skipped: the jsonschema package is not installed")
    sys.exit(0)

with open(sys.argv[1], encoding="utf-8") as handle:
    schema = json.load(handle)
try:
    jsonschema.Draft202012Validator.check_schema(schema)
except jsonschema.exceptions.SchemaError as error:
    print(f"invalid: {error.message} at {list(error.absolute_path)}")
    sys.exit(1)
print("valid")
