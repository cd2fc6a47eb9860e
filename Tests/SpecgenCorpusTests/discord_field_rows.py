#!/usr/bin/env python3
"""Counts the field rows of Discord's API reference pages, independently of specgen.

Reads the reference pages below a discord-api-docs folder (every `.mdx` under `developers/resources/`, `events/`,
`topics/`, `interactions/`, `components/`, and `developers/reference.mdx`) as plain text, with no Markdown library.
A pipe table is a line with a pipe followed by a delimiter row; its rows go on while lines contain a pipe. A field
table's first header cell is `Field`, `Name`, `Property` or `Param` (any case) and it has a `Type` column; a table
whose Type cells are mostly integers is a table of values, not fields. Tables inside code fences are skipped.

For every row it prints the file and line, the JSON key (the name without backticks, footnote marks such as `\\*`
and `\\[1\\]`, and the `?` that marks a field that may be absent), the Type cell as written, whether the field may be
absent (`name?`, a `Required` cell `false`, or a `Default` cell other than empty or `-`), whether it may be null
(`?type`; the suffix `type?` is written a few times too) and, for a primitive type phrase, the JSON type it means
(`string`, `integer`, `number`, `boolean`, `timestamp`, `snowflake`, `array`, `any`), else null (a link to another type),
and the headings its Type and Description cells link to (`path:line`): a link `/developers/<page>#<anchor>` or
`#<anchor>` names the heading whose `<ManualAnchor id>` line is right above it, or else the first heading whose slug
(lower case, punctuation dropped, spaces as hyphens) is the anchor.

Output: JSON, {"pages": N, "tables": N, "rows": [{"path", "line", "key", "type", "optional", "nullable", "json",
"links"}]}, paths relative to the folder (`developers/resources/user.mdx`).
"""
import json
import os
import re
import sys

AREAS = ("resources/", "events/", "topics/", "interactions/", "components/")
NAME_TITLES = ("field", "name", "property", "param")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
DESTINATION = re.compile(r"\]\(([^)#\s]*)#([^)\s]+)\)")
MANUAL_ANCHOR = re.compile(r'^<ManualAnchor id="([^"]+)"\s*/>$')
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
MARKS = re.compile(r"(\s*(\\\*|\*|\\\[\d+\\\]|\[\d+\]))+$")

# The table-line helpers are the osu! counter's: both docs families frame rows alike.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from field_tables import is_delimiter, split_cells  # noqa: E402

PRIMITIVES = {
    "string": "string", "integer": "integer", "int": "integer", "boolean": "boolean", "bool": "boolean",
    "float": "number", "double": "number", "number": "number", "snowflake": "snowflake",
    "iso8601 timestamp": "timestamp", "iso8601": "timestamp", "is08601 timestamp": "timestamp", "mixed": "any",
    "null": "any", "image data": "string", "data uri": "string", "file contents": "string", "file": "string",
    "array": "array",
}


def strip_marks(text):
    return MARKS.sub("", text.strip()).strip()


def json_type(type_cell):
    """The JSON type a primitive type phrase means, `array` for a list phrase, else None."""
    text = strip_marks(type_cell).strip("?").strip()
    text = strip_marks(text)
    plain = LINK.sub(lambda m: m.group(1), text).replace("`", "").strip().lower()
    plain = re.sub(r"\s*\([^)]*\)$", "", plain)  # a remark: "mixed (any JSON value)"
    if plain.startswith(("array of", "list of", "array\\[")) or re.match(r"^\[array\]\(", text.lower()):
        return "array"
    return PRIMITIVES.get(plain)


def slug(text):
    plain = LINK.sub(lambda m: m.group(1), text).replace("`", "").strip().lower()
    return re.sub(r"\s+", "-", re.sub(r"[^\w\s-]", "", plain))


def anchors_of(path, relative):
    """Every anchor of a page (`developers/resources/user#user-object`) with its heading's `path:line`."""
    page = relative[:-len(".mdx")]
    anchors, pending, fence = {}, [], False
    for number, line in enumerate(open(path, encoding="utf-8").read().split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        manual = MANUAL_ANCHOR.match(stripped)
        if manual:
            pending.append(manual.group(1))
            continue
        heading = HEADING.match(stripped)
        if heading:
            at = "%s:%d" % (relative, number)
            for anchor in pending:
                anchors.setdefault(page + "#" + anchor, at)
            anchors.setdefault(page + "#" + slug(heading.group(2)), at)
        if stripped:
            pending = []
    return anchors


def links(text, page, anchors):
    """The headings (`path:line`) that the links of a cell lead to."""
    found = []
    for path, anchor in DESTINATION.findall(text):
        target = (path.lstrip("/") if path else page) + "#" + anchor.lstrip("#")
        if target in anchors:
            found.append(anchors[target])
    return found


def rows_of(path, relative):
    lines = open(path, encoding="utf-8").read().split("\n")
    tables, rows = 0, []
    index, fence = 0, False
    while index < len(lines):
        stripped = lines[index].strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            fence = not fence
            index += 1
            continue
        if not fence and "|" in stripped and index + 1 < len(lines) and is_delimiter(lines[index + 1]):
            header = [cell.lower() for cell in split_cells(lines[index])]
            end = index + 2
            body = []
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                body.append((end + 1, split_cells(lines[end])))
                end += 1
            if header[0] in NAME_TITLES and "type" in header:
                type_column = header.index("type")
                integers = sum(
                    1 for _, cells in body
                    if type_column < len(cells) and re.fullmatch(r"-?\d+", cells[type_column].strip()))
                if not integers * 2 > len(body):
                    tables += 1
                    for line, cells in body:
                        rows.append(row(relative, line, header, cells, type_column))
            index = end
            continue
        index += 1
    return tables, rows


def cell(header, cells, title):
    if title in header and header.index(title) < len(cells):
        return cells[header.index(title)].strip()
    return None


def row(relative, line, header, cells, type_column):
    """One row, without its links (see `links`)."""
    name = strip_marks(cells[0].replace("`", ""))
    optional = name.endswith("?")
    key = re.sub(r"\\(.)", r"\1", strip_marks(name.rstrip("?")))
    type_cell = strip_marks(cells[type_column]) if type_column < len(cells) else ""
    required = cell(header, cells, "required")
    if required is not None and required.lower().replace("`", "") in ("false", "no"):
        optional = True
    default = cell(header, cells, "default")
    if default is not None and default.replace("`", "") not in ("", "-"):
        optional = True
    nullable = type_cell.startswith("?") or type_cell.endswith("?")
    return {
        "path": relative, "line": line, "key": key, "type": type_cell, "optional": optional,
        "nullable": nullable, "json": json_type(type_cell),
        "cells": [type_cell, cell(header, cells, "description") or ""],
    }


def main(root):
    pages, tables, rows, anchors = 0, 0, [], {}
    developers = os.path.join(root, "developers")
    for folder, _, files in sorted(os.walk(developers)):
        for name in sorted(files):
            if name.endswith(".mdx"):
                path = os.path.join(folder, name)
                anchors.update(anchors_of(path, os.path.relpath(path, root)))
    for folder, _, files in sorted(os.walk(developers)):
        for name in sorted(files):
            if not name.endswith(".mdx"):
                continue
            path = os.path.join(folder, name)
            inside = os.path.relpath(path, developers)
            if not (inside.startswith(AREAS) or inside == "reference.mdx"):
                continue
            count, found = rows_of(path, os.path.relpath(path, root))
            if count:
                pages += 1
                tables += count
                rows += found
    for found in rows:
        page = found["path"][:-len(".mdx")]
        found["links"] = links(" ".join(found.pop("cells")), page, anchors)
    json.dump({"pages": pages, "tables": tables, "rows": rows}, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
