"""Check a frozen Linux bundle: every shared library each binary needs resolves (inside the bundle or on
the system), and name the Debian packages that provide the system ones (for the .deb's Depends).

    python3 packaging/check_bundle.py BUNDLE_DIR [--debian-depends]

Exit status 0 when everything resolves, 1 when a library is missing (each one is printed). Standard
library only; uses ldd and, with --debian-depends, dpkg-query.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def direct_links(binary: Path) -> set[str]:
    """Sonames ``binary`` links itself (DT_NEEDED), unlike ldd's whole closure."""
    result = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True, check=False)
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout))


def resolve(bundle: Path) -> tuple[dict[str, list[str]], set[str]]:
    """(missing library → binaries needing it, system libraries a bundled binary links directly).

    The libraries those pull in are their packages' business, so Depends names only the direct ones."""
    binaries = elf_files(bundle)
    lib_dirs = sorted({str(p.parent) for p in binaries})
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(lib_dirs)}
    missing: dict[str, list[str]] = {}
    system: set[str] = set()
    root = str(bundle.resolve())
    for binary in binaries:
        result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env, check=False)
        direct = direct_links(binary)
        for line in result.stdout.splitlines():
            match = LDD_LINE.match(line)
            if not match:
                continue
            name, where = match.groups()
            if where == "not found":
                users = missing.setdefault(name, [])
                if str(binary.relative_to(bundle)) not in users:
                    users.append(str(binary.relative_to(bundle)))
            elif name in direct and not os.path.realpath(where).startswith(root):
                system.add(os.path.realpath(where))
    return missing, system


def debian_packages(paths: set[str]) -> list[str]:
    if not paths:
        return []
    result = subprocess.run(["dpkg-query", "-S", *sorted(paths)], capture_output=True, text=True, check=False)
    packages = {line.split(":", 1)[0].strip() for line in result.stdout.splitlines() if ":" in line}
    # usrmerge: /lib/... is listed under /usr/lib/... or the other way round; try the twin path.
    unknown = [p for p in paths if p not in result.stdout]
    twins = [p.replace("/usr/lib/", "/lib/", 1) if p.startswith("/usr/lib/") else "/usr" + p for p in unknown]
    if twins:
        more = subprocess.run(["dpkg-query", "-S", *twins], capture_output=True, text=True, check=False)
        packages |= {line.split(":", 1)[0].strip() for line in more.stdout.splitlines() if ":" in line}
    return sorted(packages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--debian-depends", action="store_true", help="print the Depends list and exit")
    args = parser.parse_args(argv)
    missing, system = resolve(args.bundle)
    for link in sorted(p for p in args.bundle.rglob("*") if p.is_symlink() and not p.exists()):
        missing[f"{link.name} (a link to nothing)"] = [str(link.relative_to(args.bundle))]
    for name, users in sorted(missing.items()):
        print(
            f"missing {name} (needed by {', '.join(users[:3])}{' …' if len(users) > 3 else ''})",
            file=sys.stderr,
        )
    if args.debian_depends:
        print(", ".join(debian_packages(system)))
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
