#!/usr/bin/env python3
"""Writes the benchmark's websocket frames as JSON Lines: every sample frame of the test suite (the shapes the osu!
server sends, for every event), each followed by mutated copies that break the docs in the usual ways (a value of
the wrong JSON type, a missing key, a null where the docs forbid it, an undocumented enum value). About half the
frames conform. Deterministic: the same seed gives the same file.

Usage: make_frames.py OUT_FILE [COPIES]
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FRAMES = os.path.join(HERE, "..", "Tests", "SpecModelsTests", "Frames")


def leaves(value, path=()):
    """Every (path, value) below an object or array, containers included."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield path + (key,), child
            yield from leaves(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield path + (index,), child
            yield from leaves(child, path + (index,))


def mutate(frame, rng):
    copy = json.loads(json.dumps(frame))
    paths = [p for p, _ in leaves(copy) if p and p[0] == "data"]
    if not paths:
        return None
    path = rng.choice(paths)
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    kind = rng.choice(["type", "drop", "null", "enum"])
    old = parent[path[-1]]
    if kind == "drop" and isinstance(parent, dict):
        del parent[path[-1]]
    elif kind == "null":
        parent[path[-1]] = None
    elif kind == "enum" and isinstance(old, str):
        parent[path[-1]] = old.upper() + "_X"
    else:
        parent[path[-1]] = {"type": "?"} if not isinstance(old, dict) else "text"
    return copy


def main():
    out = sys.argv[1]
    copies = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    rng = random.Random(20261129)
    originals = []
    for name in sorted(os.listdir(FRAMES)):
        if name.endswith(".json"):
            with open(os.path.join(FRAMES, name), encoding="utf-8") as handle:
                frame = json.load(handle)
            if "event" in frame:
                originals.append(frame)
    lines = []
    for _ in range(copies):
        for frame in originals:
            lines.append(frame)
            mutated = mutate(frame, rng)
            if mutated is not None:
                lines.append(mutated)
    with open(out, "w", encoding="utf-8") as handle:
        for frame in lines:
            handle.write(json.dumps(frame, separators=(",", ":")) + "\n")
    print(f"{out}: {len(lines)} frames")


if __name__ == "__main__":
    main()
