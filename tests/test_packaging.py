"""The data files travel with the program: a checkout, a zip on sys.path, an sdist and wheel installed into a new
venv (-m slow), and the one-folder app of tools/bundle run without Python (-m bundle).  .ci/run runs them all."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from psoas_viz.resources import asset, assets_dir

ROOT = Path(__file__).resolve().parents[1]
DATA = ["models/sagittal_model.json", "anatomy.json", "claims.json", "scenarios/02_anterior_tilt.json",
        "lessons/psoas_tilt_and_claims.json"]
VERSION = metadata.version("psoas-viz")
PNG = b"\x89PNG\r\n\x1a\n"


def run(command, cwd="/", env=None, timeout=600):
    return subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def installed_layout(target: Path) -> Path:
    """The package as a wheel installs it (psoas_viz/ with its data in psoas_viz/assets), in ``target``."""
    shutil.copytree(ROOT / "psoas_viz", target / "psoas_viz", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "assets", target / "psoas_viz" / "assets")
    return target


def python_with(path: Path) -> dict:
    return dict(os.environ, PYTHONPATH=str(path), QT_QPA_PLATFORM="offscreen")


def test_a_checkout_finds_its_data_in_the_top_level_assets_folder():
    assert assets_dir() == ROOT / "assets"
    for name in DATA:
        assert asset(*name.split("/")).is_file(), name


def test_the_program_runs_from_a_zip_on_sys_path(tmp_path):
    layout = installed_layout(tmp_path / "layout")
    archive = tmp_path / "psoas_viz.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in sorted(layout.rglob("*")):
            if file.is_file():
                zf.write(file, file.relative_to(layout).as_posix())
    where = run([sys.executable, "-c", "import psoas_viz, psoas_viz.resources as r; "
                 "print(psoas_viz.__file__); print(r.asset('claims.json'))"], env=python_with(archive))
    assert where.returncode == 0, where.stderr
    module, claims = where.stdout.splitlines()
    assert module.startswith(str(archive))
    assert not claims.startswith(str(ROOT)) and claims.endswith("claims.json")
    info = run([sys.executable, "-m", "psoas_viz", "info", "--format", "json"], env=python_with(archive))
    assert info.returncode == 0, info.stderr
    assert "anterior_tilt" in json.dumps(json.loads(info.stdout))


@pytest.mark.parametrize("damage", ["delete", "truncate"])
@pytest.mark.parametrize("command,name", [(["info"], "models/sagittal_model.json"), (["claims"], "claims.json"),
                                          (["gui", "--screenshot", "shot.png"], "models/sagittal_model.json")])
def test_a_missing_or_damaged_data_file_is_one_line_naming_it_and_exit_2(tmp_path, command, name, damage):
    layout = installed_layout(tmp_path / "site")
    data = layout / "psoas_viz" / "assets" / name
    if damage == "delete":
        data.unlink()
    else:
        data.write_bytes(data.read_bytes()[:200])
    command = [str(tmp_path / c) if c.endswith(".png") else c for c in command]
    result = run([sys.executable, "-m", "psoas_viz", *command], env=python_with(layout))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert str(data) in lines[0]
    assert ("missing" if damage == "delete" else "damaged") in lines[0]
    assert not (tmp_path / "shot.png").exists()


def test_version_comes_from_the_package_metadata():
    result = run([sys.executable, "-m", "psoas_viz", "--version"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"psoas-viz {VERSION}"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'\nversion = "{VERSION}"' in pyproject  # the one place it is written


def _source_copy(target: Path) -> Path:
    """The working tree as a clean clone would have it (no venv, build output or caches)."""
    skip = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                  ".hypothesis")
    shutil.copytree(ROOT, target, ignore=skip)
    return target


@pytest.mark.slow
def test_sdist_and_wheel_carry_the_data_and_the_wheel_works_from_any_folder(tmp_path):
    source = _source_copy(tmp_path / "src")
    out = tmp_path / "dist"
    built = run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", out, source], cwd=tmp_path)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (sdist,) = out.glob("psoas_viz-*.tar.gz")
    (wheel,) = out.glob("psoas_viz-*.whl")
    with tarfile.open(sdist) as tf:
        in_sdist = {name.split("/", 1)[1] for name in tf.getnames() if "/" in name}
    with zipfile.ZipFile(wheel) as zf:
        in_wheel = set(zf.namelist())
    for name in DATA:
        assert f"assets/{name}" in in_sdist, name
        assert f"psoas_viz/assets/{name}" in in_wheel, name
    assert "psoas_viz/resources.py" in in_wheel
    assert any(n.endswith(".dist-info/licenses/THIRD_PARTY.md") for n in in_wheel)

    venv = tmp_path / "venv"
    assert run([sys.executable, "-m", "venv", venv]).returncode == 0
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    installed = run([bin_dir / "python", "-m", "pip", "install", "-q", wheel], timeout=900)
    assert installed.returncode == 0, installed.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    version = run([bin_dir / "psoas-viz", "--version"], env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"psoas-viz {VERSION}"
    png = tmp_path / "x.png"
    exported = run([bin_dir / "psoas-viz", "export", "--preset", "anterior_tilt", "--out", png], env=env)
    assert exported.returncode == 0, exported.stderr
    assert png.read_bytes()[:8] == PNG and png.stat().st_size > 20_000
    where = run([bin_dir / "python", "-c", "from psoas_viz.resources import asset; print(asset('claims.json'))"],
                env=env)
    assert where.stdout.strip().startswith(str(venv))  # the wheel's copy, not the checkout's


def _bundle_exe() -> Path:
    return ROOT / "dist" / "psoas-viz" / ("psoas-viz.exe" if os.name == "nt" else "psoas-viz")


@pytest.mark.bundle
def test_tools_bundle_builds_an_app_folder_that_runs_without_python(tmp_path):
    started = time.monotonic()
    built = run([sys.executable, ROOT / "tools" / "bundle"], cwd=ROOT, timeout=3600)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    print(f"tools/bundle: {time.monotonic() - started:.0f} s; {built.stdout.strip().splitlines()[-1]}")
    app = _bundle_exe().parent
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 300e6
    for name in ("THIRD_PARTY.md", "LICENSE"):
        assert (app / name).is_file()
    for name in DATA:
        assert (app / "_internal" / "psoas_viz" / "assets" / name).is_file(), name

    # no virtual environment, no PYTHON* variables, and a PATH with no Python of ours on it
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    version = run([_bundle_exe(), "--version"], env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"psoas-viz {VERSION}"
    png = tmp_path / "x.png"
    strace = shutil.which("strace")
    trace = tmp_path / "trace"
    command = [_bundle_exe(), "export", "--preset", "anterior_tilt", "--out", png]
    if strace:  # every program started and every Python file opened must be the app folder's own
        command = [strace, "-f", "-qq", "-e", "trace=execve,openat", "-o", trace, *command]
    exported = run(command, env=env)
    assert exported.returncode == 0, exported.stderr
    assert png.read_bytes()[:8] == PNG and png.stat().st_size > 20_000
    if strace:
        calls = [line for line in trace.read_text().splitlines() if "= -1" not in line]
        programs = [line.split('"')[1] for line in calls if "execve(" in line]
        assert programs and set(programs) == {str(_bundle_exe())}, programs  # (the bootloader restarts itself)
        opened = [line.split('"')[1] for line in calls if "openat(" in line]
        python_files = [p for p in opened if "python" in p.lower() or p.endswith((".py", ".pyc"))]
        assert python_files and all(p.startswith(str(app)) for p in python_files), \
            [p for p in python_files if not p.startswith(str(app))]
    shot = tmp_path / "window.png"
    window = run([_bundle_exe(), "gui", "--screenshot", shot], env=env)
    assert window.returncode == 0, window.stderr
    assert shot.read_bytes()[:8] == PNG
