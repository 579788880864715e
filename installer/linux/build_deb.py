"""Build the Debian package from the frozen bundle (``make deb``).

    python installer/linux/build_deb.py dist/go-hgw-desktop --out dist

The package holds the bundle under /opt/go-hgw-desktop, ``/usr/bin/go-hgw`` (a link), a
``.desktop`` file, hicolor icons and the copyright file. ``Depends`` names only what the
bundle takes from the system: the shared libraries its own files need that are not inside
it, found with ``readelf`` and mapped to their packages with ``dpkg -S``; glibc with the
build machine's version as the minimum (the bundle needs it or newer: build on the oldest
distribution you support). ``Recommends`` a Secret Service (the database key lives there).
No maintainer scripts: dpkg's triggers refresh the menu and icon caches, and purging
removes every file the package installed; the user's data folder is never the package's.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from go_hgw_desktop import APP_NAME, __version__  # noqa: E402

PACKAGE = "go-hgw-desktop"
PREFIX = Path("opt") / PACKAGE
DESKTOP_ID = "go-hgw-desktop"
ICON_SIZES = (32, 48, 64, 128, 256)
SECRET_SERVICE = "gnome-keyring | kwalletmanager | keepassxc"
MAINTAINER = "GO! HGW Desktop <go-hgw-desktop@invalid>"

DESKTOP_ENTRY = f"""[Desktop Entry]
Type=Application
Name={APP_NAME}
GenericName=Zorgcontinuüm en handelingsgericht werken
Comment=Leerlingenbegeleiding langs het zorgcontinuüm, versleuteld op deze computer
Exec=go-hgw
Icon={DESKTOP_ID}
Terminal=false
Categories=Education;
Keywords=zorg;leerlingbegeleiding;HGW;schoolfoto;CLB;
StartupWMClass=go-hgw
"""


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _needed(elf: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True, check=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def _library_cache() -> dict[str, Path]:
    """ldconfig's cache: soname → path, for this machine's architecture only."""
    tag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(platform.machine(), "")
    cache = {}
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines()[1:]:
        described, _, where = line.strip().partition(" => ")
        soname, _, flags = described.partition(" ")
        if tag in flags and soname not in cache:
            cache[soname] = Path(where)
    return cache


def system_dependencies(bundle: Path) -> dict[str, str]:
    """Each shared library the bundle needs from outside it, and the package that has it."""
    elves = _elf_files(bundle)
    inside = {p.name for p in bundle.rglob("*.so*")}
    wanted = set().union(*(_needed(elf) for elf in elves)) - inside
    packages = {}
    cache = _library_cache()
    for soname in sorted(wanted):
        path = cache.get(soname)
        if path is None:
            raise SystemExit(f"{soname} is needed by the bundle but not installed on this build machine")
        owner = subprocess.run(["dpkg", "-S", str(path.resolve())], capture_output=True, text=True)
        if owner.returncode != 0:  # /lib vs /usr/lib (merged /usr): ask for the other spelling
            real = str(path.resolve())
            other = real.removeprefix("/usr") if real.startswith("/usr") else f"/usr{real}"
            owner = subprocess.run(["dpkg", "-S", other], capture_output=True, text=True, check=True)
        packages[soname] = owner.stdout.split(":")[0]
    return packages


def _version(package: str) -> str:
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True,
                          check=True).stdout.split("-")[0]


def depends(packages: set[str]) -> str:
    parts = []
    for package in sorted(packages):
        # glibc: the build machine's version or newer (symbol versions); the others by soname.
        parts.append(f"{package} (>= {_version(package)})" if package == "libc6" else package)
    return ", ".join(parts)


def _icons(target: Path) -> None:
    """hicolor: the SVG as scalable, and PNGs rendered from it for menus that want bitmaps."""
    svg = ROOT / "resources" / "icons" / "app.svg"
    hicolor = target / "usr" / "share" / "icons" / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(svg, hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        if not image.save(str(folder / f"{DESKTOP_ID}.png")):
            raise SystemExit(f"could not render the {size} px icon")


def _copyright(target: Path) -> None:
    doc = target / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n\n"
        "Files: *\nLicense: EUPL-1.2\n\n"
        "Files: opt/go-hgw-desktop/_internal/*\n"
        "License: various\n"
        " The third-party parts (Qt and PySide6 under the LGPL-3.0, Python, SQLCipher, OpenSSL,\n"
        " the DejaVu fonts and the rest) and the full text of each licence are listed in\n"
        f" /{PREFIX}/_internal/resources/licenses/index.json and shipped beside it; the app shows\n"
        " them under Help > Over GO! HGW Desktop. The Qt libraries are separate files in\n"
        f" /{PREFIX}/_internal and may be replaced by other builds of the same version.\n",
        encoding="utf-8")


def build(bundle: Path, out: Path, compression: str = "zstd") -> Path:
    if not (bundle / "go-hgw").is_file():
        raise SystemExit(f"{bundle} holds no go-hgw: run `make bundle` first")
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                                  check=True).stdout.strip()
    libraries = system_dependencies(bundle)
    with tempfile.TemporaryDirectory(prefix="go-hgw-deb-") as work:
        target = Path(work) / "root"
        shutil.copytree(bundle, target / PREFIX, symlinks=True)
        (target / "usr" / "bin").mkdir(parents=True)
        (target / "usr" / "bin" / "go-hgw").symlink_to(f"/{PREFIX}/go-hgw")
        applications = target / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        (applications / f"{DESKTOP_ID}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
        subprocess.run(["desktop-file-validate", str(applications / f"{DESKTOP_ID}.desktop")], check=True)
        _icons(target)
        _copyright(target)
        for path in target.rglob("*"):  # root-owned, readable by all, no group or world writing
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        files = [p for p in target.rglob("*") if p.is_file() and not p.is_symlink()]
        size_kb = sum(p.stat().st_size for p in files) // 1024
        control = target / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: {PACKAGE}\nVersion: {__version__}\nArchitecture: {architecture}\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {size_kb}\nSection: education\nPriority: optional\n"
            f"Depends: {depends(set(libraries.values()))}\nRecommends: {SECRET_SERVICE}\n"
            f"Description: {APP_NAME}: handelingsgericht werken langs het zorgcontinuüm\n"
            " For care coordinators in Flemish GO! schools: the HGW-GO! cycle per pupil and group,\n"
            " encrypted on this computer (SQLCipher, key in the Secret Service), and anonymised\n"
            " school photos for the MICRO and MACRO consultations. Interface in Dutch.\n",
            encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        deb = out / f"{PACKAGE}_{__version__}_{architecture}.deb"
        level = {"zstd": ["-z9"], "xz": ["-z6"]}.get(compression, [])
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", *level, "--build",
                        str(target), str(deb)], check=True, stdout=subprocess.DEVNULL)
    print(f"{deb} ({deb.stat().st_size / 2**20:.1f} MB); Depends on system libraries:")
    for soname, package in sorted(libraries.items()):
        print(f"  {soname:28} {package}")
    return deb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    # zstd: 89 MB in seconds (dpkg reads it since Debian 12 and Ubuntu 21.10); xz: 70 MB in minutes.
    parser.add_argument("--compression", choices=("zstd", "xz", "gzip"), default="zstd")
    args = parser.parse_args()
    build(args.bundle.resolve(), args.out.resolve(), args.compression)


if __name__ == "__main__":
    main()
