#!/usr/bin/env python3
"""Lists C# methods, constructors and local functions longer than a limit (default 150 lines), longest first.

A rough scan, not a parser: a member starts at a line that declares it (a modifier or a return type, a name, an
opening parenthesis, no trailing semicolon) and ends at the brace that closes its body; strings, chars and comments
are skipped when counting braces. Good enough to find the methods that need splitting by what they do.
Usage: scripts/long-methods.py [--limit N] [paths...]   (default path: src)
"""
import argparse
import pathlib
import re
import sys

DECL = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|private|protected|internal|static|async|override|virtual|sealed|unsafe|extern|new|partial)\s+)+"
    r"[\w<>\[\],.?() ]*?\b(\w+)\s*(?:<[^>]*>)?\s*\(")


def strip_code(line, state):
    """Returns the line without string/char literals and comments; state carries an open block comment or verbatim string."""
    out = []
    i = 0
    while i < len(line):
        if state["block"]:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out)
            state["block"] = False
            i = end + 2
            continue
        if state["verbatim"]:
            end = line.find('"', i)
            if end < 0:
                return "".join(out)
            if end + 1 < len(line) and line[end + 1] == '"':
                i = end + 2
                continue
            state["verbatim"] = False
            i = end + 1
            continue
        c = line[i]
        if line.startswith("//", i):
            break
        if line.startswith("/*", i):
            state["block"] = True
            i += 2
            continue
        if line.startswith('"""', i):
            end = line.find('"""', i + 3)
            i = len(line) if end < 0 else end + 3
            continue
        if c == "@" and i + 1 < len(line) and line[i + 1] == '"' or line.startswith('$@"', i) or line.startswith('@$"', i):
            state["verbatim"] = True
            i = line.index('"', i) + 1
            continue
        if c == '"':
            i += 1
            while i < len(line) and line[i] != '"':
                i += 2 if line[i] == "\\" else 1
            i += 1
            continue
        if c == "'":
            i += 1
            while i < len(line) and line[i] != "'":
                i += 2 if line[i] == "\\" else 1
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def methods(path):
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    state = {"block": False, "verbatim": False}
    code = [strip_code(l, state) for l in lines]
    for start, raw in enumerate(code):
        m = DECL.match(raw)
        if not m or raw.rstrip().endswith(";") or " class " in raw or " record " in raw or " struct " in raw:
            continue
        depth = 0
        opened = False
        for j in range(start, len(code)):
            if not opened and j > start and code[j].strip().startswith("=>"):
                break
            for ch in code[j]:
                if ch == "{":
                    depth += 1
                    opened = True
                elif ch == "}":
                    depth -= 1
            if opened and depth <= 0:
                yield m.group(1), start + 1, j - start + 1
                break
            if not opened and code[j].rstrip().endswith(";"):
                break


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("paths", nargs="*", default=["src"])
    args = ap.parse_args()
    found = []
    for root in args.paths:
        for f in sorted(pathlib.Path(root).rglob("*.cs")):
            if "/obj/" in f.as_posix() or "/bin/" in f.as_posix():
                continue
            found.extend((n, f.as_posix(), line, name) for name, line, n in methods(f) if n > args.limit)
    for n, f, line, name in sorted(found, reverse=True):
        print(f"{n:5d}  {f}:{line}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
