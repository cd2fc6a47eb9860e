#!/usr/bin/env python3
"""Builds a large docs input by repeating a folder of Markdown docs with every name made unique per copy.

Each copy's headings get a suffix (` C3`), and every anchor and link target the same suffix, so the copies do not
collide and links still resolve. Writes one concatenated file (the same file the baseline renders).

Usage: make_input.py SOURCE_FOLDER TARGET_BYTES OUT_FILE
"""
import os
import re
import sys


def copy_text(text, k):
    suffix = f"C{k}"
    text = re.sub(r'^(#{1,4} )(.+)$', lambda m: f"{m.group(1)}{m.group(2)} {suffix}", text, flags=re.M)
    text = re.sub(r'\(#([A-Za-z0-9_-]+)\)', lambda m: f"(#{m.group(1)}-{suffix.lower()})", text)
    text = re.sub(r'(id|data-unique)="([^"]+)"', lambda m: f'{m.group(1)}="{m.group(2)}-{suffix.lower()}"', text)
    return text


def main():
    source, target, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(source)
                   for name in names if name.endswith(".md"))
    texts = [open(f, encoding="utf-8").read() for f in files]
    parts, size, k = [], 0, 0
    while size < target:
        for text in texts:
            part = copy_text(text, k)
            parts.append(part)
            size += len(part.encode("utf-8")) + 2
        k += 1
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n\n".join(parts))
    print(f"{out}: {os.path.getsize(out)} bytes, {k} copies of {len(files)} files")


if __name__ == "__main__":
    main()
