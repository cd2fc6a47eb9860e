#!/usr/bin/env python3
"""Differential checks of specgen's JSON Schema against the reference JSON Schema implementations.

    differential.py check-schema SCHEMA
        Checks SCHEMA (a schema.json written by specgen) against the draft 2020-12 metaschema with python-jsonschema
        and with jsonschema-rs, and checks that `{"$ref": "schema.json#/$defs/T"}` resolves in both.

    differential.py payloads SCHEMA OUT [--per-schema N] [--seed S]
        Writes JSON Lines to OUT, one payload a line: {"type": T, "json": TEXT, "valid": BOOL, "origin": WHY}. The
        payloads are valid instances of each type under $defs (drawn with hypothesis-jsonschema, derandomized) and
        systematic mutations of them; "valid" is python-jsonschema's verdict on TEXT, with formats checked and
        date-time checked as strict RFC 3339, and numbers read exactly (an integer is a number whose exact decimal
        value is whole: 1E-400 is not one). The Swift tests run specgen's generated validators on the same text and
        require the same verdict.

    differential.py verdicts SCHEMA TYPE JSON...
        Prints python-jsonschema's verdict on each JSON text as an instance of TYPE (under SCHEMA's $defs), one line
        each, "valid" or "invalid" followed by the first error's instance path, checked as for "payloads".

Everything is deterministic for a given schema, seed and package versions (see requirements.txt). Exit status 3
means a required package is missing.
"""

import argparse
import decimal
import json
import random
import sys

try:
    import jsonschema
    import jsonschema_rs
    import referencing
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis.errors import InvalidArgument, Unsatisfiable
    from hypothesis import strategies as st
    from hypothesis_jsonschema import from_schema
    from rfc3339_validator import validate_rfc3339
except ImportError as error:  # pragma: no cover - reported to the Swift test
    print(f"missing Python package ({error}); run Scripts/bootstrap.sh to install the test packages into .venv/ "
          "(or: python3 -m pip install -r Tests/Differential/requirements.txt)", file=sys.stderr)
    sys.exit(3)

DRAFT = "https://json-schema.org/draft/2020-12/schema"
ANNOTATIONS = ("description", "title", "x-spec-location")


# MARK: - The reference verdict

def strict_date_time(instance):
    """RFC 3339 date-time as rfc3339-validator checks it, without the regex quirk that accepts a final newline."""
    if not isinstance(instance, str):
        return True
    return not instance.endswith("\n") and validate_rfc3339(instance.upper())


def format_checker():
    checker = jsonschema.FormatChecker()
    checker.checks("date-time")(strict_date_time)
    return checker


def is_exact_integer(checker, instance):
    """JSON Schema's integer: "a number with a zero fractional part", by the number's exact decimal value. Payloads
    are read with parse_float=Decimal, so 1E-400 is not rounded to 0.0 (python-jsonschema alone, reading floats,
    would call it an integer) and 9223372036854775807.0 is not rounded to 2**63."""
    if isinstance(instance, decimal.Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return jsonschema.Draft202012Validator.TYPE_CHECKER.is_type(instance, "integer")


EXACT = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", is_exact_integer))


def parse_exactly(text):
    """A payload with its numbers read exactly (fractions and exponents as Decimal)."""
    return json.loads(text, parse_float=decimal.Decimal)


def validator_for(schema, type_name):
    return EXACT({"$schema": DRAFT, "$defs": schema["$defs"], "$ref": "#/$defs/" + type_name},
                 format_checker=format_checker())


# MARK: - check-schema

def check_schema(path):
    with open(path, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema_rs.meta.validate(schema)
    if not schema.get("$defs"):
        raise SystemExit("the schema has no $defs")
    # A reference from another document, by file name, resolves in both implementations.
    registry = referencing.Registry().with_resource(
        "schema.json", referencing.jsonschema.DRAFT202012.create_resource(schema))
    first = sorted(schema["$defs"])[0]
    reference = {"$ref": "schema.json#/$defs/" + first}
    python = jsonschema.Draft202012Validator(reference, registry=registry)
    rust = jsonschema_rs.validator_for(reference, registry=jsonschema_rs.Registry([("schema.json", schema)]))
    for instance in [None, 0, "x", [], {}]:
        if python.is_valid(instance) != rust.is_valid(instance):
            raise SystemExit(f"python-jsonschema and jsonschema-rs disagree on {instance!r} as {first}")
    print(f"{path}: valid draft 2020-12 for python-jsonschema and jsonschema-rs; {len(schema['$defs'])} definitions")


# MARK: - Valid instances

def shallow(node, defs):
    """The schema with each reference to an object-like definition replaced by a placeholder object
    {"__ref": NAME}, filled in afterwards; enumerations are inlined. Annotations are dropped."""
    if isinstance(node, dict):
        if "$ref" in node:
            name = node["$ref"].split("/")[-1]
            if "enum" in defs[name]:
                return shallow(defs[name], defs)
            rest = shallow({k: v for k, v in node.items() if k not in ("$ref", "required")}, defs)
            return {"type": "object", "properties": {"__ref": {"const": name}}, "required": ["__ref"],
                    "maxProperties": 1, **rest}
        return {k: ({name: shallow(member, defs) for name, member in v.items()} if k == "properties"
                    else shallow(v, defs))
                for k, v in node.items() if k not in ANNOTATIONS}
    if isinstance(node, list):
        return [shallow(item, defs) for item in node]
    return node


def cases(name, definition):
    """The schemas to draw instances of a definition from: a tagged definition (allOf of if/then on one key) gives
    one schema per documented tag value and one for other values; others give one."""
    branches = definition.get("allOf")
    if not branches:
        return [(name, definition)]
    base = {k: v for k, v in definition.items() if k != "allOf"}
    key = next(iter(branches[0]["if"]["properties"]))
    tags = [branch["if"]["properties"][key]["const"] for branch in branches]
    result = []
    for branch, tag in zip(branches, tags):
        then = branch["then"]
        result.append((f"{name}[{tag}]", {"allOf": [base, then], "properties": {key: {"const": tag}},
                                           "required": [key]}))
    result.append((f"{name}[other]", {"allOf": [base, {"properties": {key: {"not": {"enum": tags}}}}]}))
    return result


def draw(schema, count):
    """`count` instances of a schema, drawn by hypothesis-jsonschema in one derandomized run."""
    found = []

    @settings(max_examples=1, derandomize=True, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(st.lists(from_schema(schema), min_size=count, max_size=count))
    def collect(values):
        found.extend(values)

    try:
        collect()
    except (InvalidArgument, Unsatisfiable):
        return []  # no instance exists (a tag that the closed enumeration of tags leaves no room for)
    return found


def resolve_frame_refs(schema, defs):
    """Inline a top-level `then` reference (a frame event's type) so that its members are drawn too."""
    if isinstance(schema, dict) and "allOf" in schema:
        parts = []
        for part in schema["allOf"]:
            if isinstance(part, dict) and set(part) <= {"$ref"} | set(ANNOTATIONS) and "$ref" in part:
                parts.append(defs[part["$ref"].split("/")[-1]])
            else:
                parts.append(part)
        return {**schema, "allOf": parts}
    return schema


def fill(value, pools, rng, depth=0):
    """Replaces placeholders with instances of the definitions they stand for."""
    if isinstance(value, dict):
        if set(value) == {"__ref"} and isinstance(value["__ref"], str):
            pool = pools.get(value["__ref"]) or [{}]
            if depth > 6:
                pool = [item for item in pool if "__ref" not in json.dumps(item)] or pool
            return fill(rng.choice(pool), pools, rng, depth + 1)
        return {k: fill(v, pools, rng, depth) for k, v in value.items()}
    if isinstance(value, list):
        return [fill(item, pools, rng, depth) for item in value]
    return value


# MARK: - Mutations

RAW = "\u0000raw:"  # a string that stands for raw JSON number text, substituted after serializing

NUMBERS = ["0", "-0", "1.0", "1e2", "100e-2", "0.5", "-1.5", "4300000123", "9223372036854775807",
           "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "9.3e18", "1e400", "-1e400",
           "1e-400", "123456789012345678901234567890", "2.0E0", "9007199254740993", "9223372036854775807.0"]
DATE_TIMES = ["2025-06-01T12:00:00Z", "2025-06-01T12:00:00+00:00", "2025-06-01T12:00:05.123456Z",
              "2025-06-01t12:00:00z", "2024-02-29T23:59:59-05:30", "2025-06-01 12:00:00Z", "2025-06-01T12:00:00",
              "2023-02-29T00:00:00Z", "2025-06-01T24:00:00Z", "2025-06-01T23:59:60Z", "0000-01-01T00:00:00Z",
              "2025-06-01T12:00:00+0000", "2025-06-01T12:00:00.Z", "2025-06-01", "2025-06-01T12:00:00Z\n",
              "2025-06-01T12:00:00.5+14:00", "2025-13-01T00:00:00Z"]
STRINGS = ["", "x", "café", "🎵 gl hf", "line\nbreak", "quote \" and \\ slash /", "\u0001", "TEAM", "socket"]
ODD_VALUES = [None, True, False, 0, 1.5, "x", [], {}, [None], {"socket": None}]


def paths(value, prefix=()):
    """Every position in a value, as a tuple of keys and indices."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, prefix + (index,))


def get(value, path):
    for step in path:
        value = value[step]
    return value


def replaced(value, path, new):
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = replaced(value[path[0]], path[1:], new)
    return copy


def removed(value, path):
    parent = get(value, path[:-1])
    copy = dict(parent)
    del copy[path[-1]]
    return replaced(value, path[:-1], copy)


def mutations(value, rng, tags):
    """Systematic edits of a value, each with a short description."""
    every = list(paths(value))
    keyed = [p for p in every if p and isinstance(get(value, p[:-1]), dict)]
    strings = [p for p in every if isinstance(get(value, p), str)]
    numbers = [p for p in every if isinstance(get(value, p), (int, float)) and not isinstance(get(value, p), bool)]
    objects = [p for p in every if isinstance(get(value, p), dict)]
    out = []
    for path in rng.sample(keyed, min(4, len(keyed))):
        out.append((removed(value, path), f"drop {path}"))
    for path in rng.sample(every, min(4, len(every))):
        out.append((replaced(value, path, None), f"null {path}"))
    for path in rng.sample(every, min(4, len(every))):
        odd = rng.choice(ODD_VALUES)
        out.append((replaced(value, path, odd), f"set {path} to {odd!r}"))
    for path in rng.sample(strings, min(3, len(strings))):
        new = rng.choice(tags + ["UNDOCUMENTED"] if tags else ["UNDOCUMENTED"])
        out.append((replaced(value, path, new), f"value {path} = {new!r}"))
    for path in rng.sample(strings, min(3, len(strings))):
        new = rng.choice(DATE_TIMES + STRINGS)
        out.append((replaced(value, path, new), f"string {path} = {new!r}"))
    for path in rng.sample(numbers, min(4, len(numbers))):
        new = rng.choice(NUMBERS)
        out.append((replaced(value, path, RAW + new), f"number {path} = {new}"))
    # Targeted edits: date-times get the edge cases of RFC 3339, documented values other documented values.
    for path in [p for p in strings if strict_date_time(get(value, p)) and len(get(value, p)) >= 20]:
        for new in rng.sample(DATE_TIMES, 6):
            out.append((replaced(value, path, new), f"date-time {path} = {new!r}"))
    for path in [p for p in strings if get(value, p) in tags]:
        for new in rng.sample(tags, min(3, len(tags))) + [get(value, path).lower(), get(value, path) + " "]:
            out.append((replaced(value, path, new), f"documented value {path} = {new!r}"))
    for path in rng.sample(objects, min(2, len(objects))):
        out.append((replaced(value, path, {**get(value, path), "socket": None, "extra": [1]}), f"extra keys at {path}"))
    if out:
        first, why = rng.choice(out)
        second, why2 = rng.choice(mutations_once(first, rng, tags))
        out.append((second, f"{why}; {why2}"))
    return out


def mutations_once(value, rng, tags):
    every = list(paths(value))
    path = rng.choice(every)
    return [(replaced(value, path, None), f"null {path}"),
            (replaced(value, path, rng.choice(ODD_VALUES)), f"odd {path}")]


def serialize(value, rng):
    """JSON text for a value, in one of several styles; placeholders of raw number text are substituted."""
    style = rng.randrange(3)
    text = json.dumps(value, ensure_ascii=style != 0, allow_nan=False,
                      separators=(",", ":") if style == 1 else None, indent=2 if style == 2 else None)
    while RAW_JSON in text:
        start = text.index(RAW_JSON)
        end = text.index('"', start + len(RAW_JSON))
        text = text[:start - 1] + text[start + len(RAW_JSON):end] + text[end + 1:]
    return text


RAW_JSON = json.dumps(RAW)[1:-1]


# MARK: - payloads

def payloads(schema_path, out_path, per_schema, seed):
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    defs = schema["$defs"]
    rng = random.Random(seed)
    tags = sorted({value for d in defs.values() for value in d.get("enum", []) if isinstance(value, str)}
                  | {b["if"]["properties"][k]["const"] for d in defs.values() for b in d.get("allOf", [])
                     for k in b["if"]["properties"]})

    # Instances with placeholders, by case; then pools of filled instances by definition.
    drawn = {}
    for name, definition in sorted(defs.items()):
        for label, case in cases(name, definition):
            drawn[label] = (name, draw(shallow(resolve_frame_refs(case, defs), defs), per_schema))
    raw_pools = {}
    for label, (name, values) in drawn.items():
        raw_pools.setdefault(name, []).extend(values)
    pools = {name: [fill(v, raw_pools, rng) for v in values] for name, values in raw_pools.items()}

    validators = {name: validator_for(schema, name) for name in defs}
    count = {True: 0, False: 0}
    seen = set()
    with open(out_path, "w", encoding="utf-8") as out:
        def emit(name, value, origin):
            try:
                text = serialize(value, rng)
            except (ValueError, TypeError):
                return
            if (name, text) in seen:
                return
            seen.add((name, text))
            valid = validators[name].is_valid(parse_exactly(text))
            count[valid] += 1
            out.write(json.dumps({"type": name, "json": text, "valid": valid, "origin": origin}) + "\n")

        for name in sorted(pools):
            for index, value in enumerate(pools[name]):
                emit(name, value, f"hypothesis #{index}")
                for mutated, why in mutations(value, rng, tags):
                    emit(name, mutated, f"hypothesis #{index}, {why}")
            # Instances of other types, as a wrong whole payload.
            other = rng.choice(sorted(pools))
            emit(name, rng.choice(pools[other]), f"an instance of {other}")
    print(f"{out_path}: {count[True]} valid and {count[False]} invalid payloads for {len(defs)} types")


# MARK: - verdicts

def verdicts(schema_path, type_name, texts):
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = validator_for(schema, type_name)
    for text in texts:
        errors = sorted(validator.iter_errors(parse_exactly(text)), key=lambda error: list(error.absolute_path))
        if errors:
            print("invalid /" + "/".join(str(part) for part in errors[0].absolute_path))
        else:
            print("valid")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check-schema")
    check.add_argument("schema")
    generate = commands.add_parser("payloads")
    generate.add_argument("schema")
    generate.add_argument("out")
    generate.add_argument("--per-schema", type=int, default=8)
    generate.add_argument("--seed", type=int, default=20250601)
    verdict = commands.add_parser("verdicts")
    verdict.add_argument("schema")
    verdict.add_argument("type")
    verdict.add_argument("json", nargs="*")
    args = parser.parse_args()
    if args.command == "check-schema":
        check_schema(args.schema)
    elif args.command == "verdicts":
        verdicts(args.schema, args.type, args.json)
    else:
        payloads(args.schema, args.out, args.per_schema, args.seed)


if __name__ == "__main__":
    main()
