#!/usr/bin/env python3
"""Checks the module boundaries of src/ from its #include lines.

One table says, for each module (a folder of src/, or a room of model/), which
modules it may use, which of their headers are public, and which third-party
libraries it may include. A file breaks a boundary when it includes
  - a header of a module its own module may not use (layout -> pdf),
  - a header another module keeps to itself (not in that module's public list),
  - a third-party header its module may not use (PoDoFo outside pdf/ and sign/),
    directly or through the project headers it includes.
The same table is printed in docs/ARCHITECTURE.md; CMakeLists.txt links the
third-party libraries privately along the same lines.

Usage: check_boundaries.py SRC_DIR   (exit 0: clean, 1: broken, 2: usage)
"""
import os
import re
import sys

# module: (modules it may use, its public headers, third-party libraries).
# "*" as public headers: every header of the module is public.
# A library stays inside its module (linked PRIVATE) unless EXPORTS names it.
MODULES = {
    "util": ([], "*", ["icu"]),
    "display": (["util"], ["display_list.h", "dump.h"], []),
    "model/yaml": (["util"], "*", ["yaml-cpp"]),
    "model/document": (["model/yaml", "util"], "*", []),
    "model/report": (["model/document", "model/yaml", "util"],
                     ["report.h", "report_reader.h", "check.h", "scaffold.h"], []),
    "model": (["model/report", "model/document", "model/yaml", "util"], ["load.h"], []),
    "style": (["model/yaml", "util"], ["style.h"], []),
    "font": (["model/yaml", "util"], ["font_set.h"], ["harfbuzz", "fontconfig", "freetype"]),
    "text": (["font", "util"], ["breaks.h", "shape.h", "title_breaks.h"], ["harfbuzz", "icu"]),
    "layout": (["model", "model/document", "style", "text", "font", "display", "util"],
               ["document_layout.h", "measure/measure.h"], ["icu", "fmt"]),
    "pdf": (["display", "util"],
            ["writer.h", "font_cache.h", "metadata.h", "number_format.h", "signature_field.h"],
            ["podofo", "harfbuzz", "freetype", "libdeflate", "openssl"]),
    "sign": (["pdf", "util"], ["sign_command.h"], ["podofo", "openssl", "libpng"]),
    "cli": (["layout", "pdf", "sign", "model", "model/report", "model/document", "style", "font",
             "display", "util"], ["cli.h"], ["fmt", "cli11"]),
    "main.cpp": (["cli"], [], []),
}
# Libraries a module's public headers hand on to its users (linked PUBLIC):
# util/utf8.h stands on ICU's inline macros, the YAML room hands out yaml-cpp's marks.
EXPORTS = {"util": ["icu"], "model/yaml": ["yaml-cpp"]}

# Third-party headers by library: a prefix of the include path, or a macro.
LIBRARIES = [
    ("podofo/", "podofo"), ("hb.h", "harfbuzz"), ("hb-", "harfbuzz"), ("unicode/", "icu"),
    ("yaml-cpp/", "yaml-cpp"), ("ft2build.h", "freetype"), ("freetype/", "freetype"),
    ("FT_", "freetype"), ("fontconfig/", "fontconfig"), ("openssl/", "openssl"),
    ("png.h", "libpng"), ("libdeflate.h", "libdeflate"), ("fmt/", "fmt"), ("CLI/", "cli11"),
]
# POSIX headers any module may use.
SYSTEM = {"fcntl.h", "limits.h", "sys/stat.h", "sys/types.h", "unistd.h"}

INCLUDE = re.compile(r'^\s*#\s*include\s*(?:"([^"]+)"|<([^>]+)>|([A-Z_][A-Z0-9_]*))')


def module_of(path):
    """The module of a path relative to src/ (the longest match in MODULES)."""
    parts = path.split("/")
    for n in (2, 1):
        name = "/".join(parts[:n])
        if name in MODULES and (n == 1 or len(parts) > n):
            return name
    return None


def library_of(header):
    """The third-party library of an <include> or macro; '' for the C++ library."""
    if header in SYSTEM:
        return ""
    for prefix, library in LIBRARIES:
        if header.startswith(prefix):
            return library
    if header.endswith((".h", ".hpp")) or "/" in header:
        return None  # a header the table does not know
    return ""


def scan(src):
    """{path: [(line, project header or None, third-party header or None)]}"""
    files = {}
    for root, _, names in os.walk(src):
        for name in sorted(names):
            if not name.endswith((".h", ".cpp")):
                continue
            full = os.path.join(root, name)
            rel = os.path.relpath(full, src).replace(os.sep, "/")
            found = []
            with open(full, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if m:
                        found.append((number, m.group(1), m.group(2) or m.group(3)))
            files[rel] = found
    return files


def third_party(files, path, seen):
    """The third-party headers `path` includes, directly or through project
    headers, less those another module's headers hand on by design (EXPORTS)."""
    if path in seen or path not in files:
        return []
    seen.add(path)
    out = []
    for number, project, other in files[path]:
        if other:
            out.append((other, f"{path}:{number}"))
        elif project:
            theirs = module_of(project)
            handed_on = EXPORTS.get(theirs, []) if theirs != module_of(path) else []
            out.extend((h, via) for h, via in third_party(files, project, seen)
                       if library_of(h) not in handed_on)
    return out


def check(src):
    files = scan(src)
    problems = []
    for path in sorted(files):
        mine = module_of(path)
        if mine is None:
            problems.append(f"{path}: this file is in no module; add its folder to MODULES")
            continue
        uses, _, libraries = MODULES[mine]
        for number, project, _ in files[path]:
            if not project:
                continue
            theirs = module_of(project)
            if theirs is None or project not in files:
                problems.append(f"{path}:{number}: \"{project}\" is not a header of src/")
                continue
            if theirs == mine:
                continue
            if theirs not in uses:
                problems.append(f"{path}:{number}: {mine} may not use {theirs} "
                                f"(includes \"{project}\"; {mine} may use: "
                                f"{', '.join(uses) or 'nothing'})")
                continue
            public = MODULES[theirs][1]
            inner = project[len(theirs) + 1:]
            if public != "*" and inner not in public:
                problems.append(f"{path}:{number}: \"{project}\" is internal to {theirs} "
                                f"(its public headers: {', '.join(public)})")
        for header, via in third_party(files, path, set()):
            library = library_of(header)
            if library is None:
                problems.append(f"{path}: <{header}> (in {via}) belongs to no library in "
                                f"the table; add it to LIBRARIES")
            elif library and library not in libraries:
                direct = via.rsplit(":", 1)[0] == path
                where = via if direct else path
                route = "" if direct else f" through {via}"
                problems.append(f"{where}: {mine} may not include {library} "
                                f"(<{header}>{route}; {mine} may use: "
                                f"{', '.join(libraries) or 'no third-party library'})")
    return problems


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print("usage: check_boundaries.py SRC_DIR", file=sys.stderr)
        return 2
    problems = check(sys.argv[1])
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) cross a module boundary; "
              "see the table in scripts/check_boundaries.py")
        return 1
    print(f"module boundaries hold ({len(MODULES)} modules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
