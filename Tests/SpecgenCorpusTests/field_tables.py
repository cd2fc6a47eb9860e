#!/usr/bin/env python3
"""Counts the field tables of an osu! docs folder, independently of specgen.

Reads every .md file below the folder as plain text (no Markdown library), finds the pipe tables (a line with a
pipe followed by a delimiter row; rows go on while lines contain a pipe), and classifies each one by its header:
a field table has `Field` or `Name` as its first cell and a `Type` cell; a header of just `Field` lists field names;
anything else is a value table. For every field-table row it prints the field name, the Type cell, whether the row
is optional (the nearest heading or the paragraph right before the table matches /optional|may be additionally
included/i), whether it is nullable (a trailing `?` or a `null` union member), and whether its table is one of
several main tables of one heading that repeat field names (another shape of the same object).

Output: JSON, {"files": {path: [{"line", "kind", "header", "rows": [...]}]}}, paths relative to the folder.
"""
import json
import os
import re
import sys

OPTIONAL = re.compile(r"optional|may be additionally included", re.IGNORECASE)
DELIMITER_CELL = re.compile(r"^:?-+:?$")


def split_cells(line):
    """Splits a row on unescaped pipes; one leading and one trailing pipe are framing."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    cells, current, escaped = [], "", False
    for char in text:
        if escaped:
            current += char
            escaped = False
        elif char == "\\":
            current += char
            escaped = True
        elif char == "|":
            cells.append(current.strip())
            current = ""
        else:
            current += char
    cells.append(current.strip())
    return cells


def has_pipe(line):
    return re.search(r"(?<!\\)\|", line) is not None


def is_delimiter(line):
    return "-" in line and all(DELIMITER_CELL.match(cell) for cell in split_cells(line))


def field_name(cell):
    cell = re.sub(r"<sup>.*?</sup>", "", cell)
    return cell.replace("`", "").strip()


def nullable(type_cell):
    text = type_cell.replace("\\|", "|").replace(" ", "").strip("`")
    return text.endswith("?") or "|null" in text or text.startswith("null|")


def read_file(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    tables = []
    heading = ""
    previous_block = []  # the lines of the block before the current position
    in_fence = False
    index = 0
    block = []
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            in_fence = not in_fence
            block = ["```"]
            index += 1
            continue
        if in_fence:
            index += 1
            continue
        if re.match(r"^#{1,6}\s", stripped) or re.match(r"^#{1,6}$", stripped):
            heading = stripped.lstrip("#").strip()
            block = ["#"]
            previous_block = ["#"]
            index += 1
            continue
        if stripped == "":
            if block:
                previous_block = block
            block = []
            index += 1
            continue
        if has_pipe(line) and index + 1 < len(lines) and is_delimiter(lines[index + 1]):
            # The paragraph right before the table (on the lines just above, or before one blank line).
            lead_in = " ".join(block if block else previous_block)
            if lead_in.startswith(("<", "#", "```", "|", "- ")):
                lead_in = ""
            header = split_cells(line)
            titles = [cell.lower() for cell in header]
            if titles[0] in ("field", "name") and "type" in titles[1:]:
                kind = "fields"
            elif titles == ["field"]:
                kind = "fieldNames"
            else:
                kind = "values"
            type_column = titles.index("type") if kind == "fields" else None
            optional = bool(OPTIONAL.search(heading)) or bool(OPTIONAL.search(lead_in))
            rows = []
            row_index = index + 2
            while row_index < len(lines) and lines[row_index].strip() and has_pipe(lines[row_index]):
                cells = split_cells(lines[row_index])
                if kind == "fields":
                    name = field_name(cells[0])
                    type_cell = cells[type_column] if type_column < len(cells) else ""
                    description = cells[type_column + 1] if type_column + 1 < len(cells) else ""
                    if name:
                        rows.append({
                            "line": row_index + 1, "name": name, "type": type_cell, "description": description,
                            "optional": optional, "nullable": nullable(type_cell), "alternative": False,
                        })
                else:
                    rows.append({"line": row_index + 1, "name": field_name(cells[0])})
                row_index += 1
            tables.append({"line": index + 1, "kind": kind, "header": header, "rows": rows,
                           "heading": heading, "optional": optional})
            previous_block = ["|"]
            block = []
            index = row_index
            continue
        block.append(stripped)
        index += 1
    mark_alternatives(tables)
    for table in tables:
        del table["heading"]
    return tables


def mark_alternatives(tables):
    """Main tables under one heading that repeat a field name describe other shapes of one object."""
    by_heading = {}
    for table in tables:
        if table["kind"] == "fields" and not table["optional"]:
            by_heading.setdefault(table["heading"], []).append(table)
    for group in by_heading.values():
        seen = set()
        for position, table in enumerate(group):
            names = {row["name"] for row in table["rows"]}
            if position > 0 and names & seen:
                for other in group[: position + 1]:
                    for row in other["rows"]:
                        row["alternative"] = True
            seen |= names


def main():
    root = sys.argv[1]
    files = {}
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            if name.endswith(".md"):
                path = os.path.join(folder, name)
                files[os.path.relpath(path, root)] = read_file(path)
    print(json.dumps({"files": files}, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
