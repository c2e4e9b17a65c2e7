"""Files that cannot hurt (issue 13): what a teacher's USB stick or e-mail brings is refused with one line and exit 2
by every command that reads it, and saving keeps permissions, symlinks and the old file when it cannot finish."""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time

import pytest

from psoas_viz.io.files import TEMP_SUFFIX, FileRefused, read_json, write_file
from psoas_viz.model import load_model
from psoas_viz.model.scenario import Scenario, ScenarioError, load_scenario, save_scenario

HUGE = "9" * 401
HUGE_TILT = ('{"format": "psoas-viz/scenario", "version": 1, "posture": {"pelvic_tilt": %s}}' % HUGE).encode()
GOOD = {"format": "psoas-viz/scenario", "version": 1, "posture": {"pelvic_tilt": 7.5}, "title": "Ünïcode ok"}
HANG = 20  # seconds: far beyond the ~0.2 s a refusal takes, so only a hang (the old FIFO behaviour) trips it


def run(*args, prefix=(), timeout=HANG):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*prefix, sys.executable, "-m", "psoas_viz", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def refused(result, *words):
    """One line on stderr naming the problem, exit 2, nothing on stdout, no traceback."""
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stdout == ""
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


COMMANDS = {
    "settle": lambda scenario, out: ("settle", "--scenario", scenario),
    "sweep": lambda scenario, out: ("sweep", "--param", "pelvic_tilt", "--start", "0", "--stop", "5", "--step", "5",
                                    "--scenario", scenario),
    "export": lambda scenario, out: ("export", "--scenario", scenario, "--out", str(out / "d.png")),
    "gui": lambda scenario, out: ("gui", "--scenario", scenario, "--screenshot", str(out / "s.png")),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_401_digit_integer_is_out_of_range_in_every_command(tmp_path, command):
    path = tmp_path / "huge.json"
    path.write_bytes(HUGE_TILT)
    out = tmp_path / "out"
    out.mkdir()
    line = refused(run(*COMMANDS[command](str(path), out)), str(path), "posture.pelvic_tilt", "out of range")
    assert len(line) < 200  # the 401 digits are not printed
    assert list(out.iterdir()) == []  # no partial output


@pytest.mark.parametrize("device", ["zero", "fifo", "folder"])
def test_devices_pipes_and_folders_are_refused_at_once(tmp_path, device):
    if device == "zero":
        path = "/dev/zero"
        if not os.path.exists(path):
            pytest.skip("no /dev/zero here")
    elif device == "fifo":
        path = str(tmp_path / "pipe.json")
        os.mkfifo(path)
    else:
        path = str(tmp_path)
    refused(run("settle", "--scenario", path), path)


def test_huge_exponents_and_other_encodings_are_refused_naming_the_problem(tmp_path):
    model = load_model()
    cases = {
        b'{"format": "psoas-viz/scenario", "version": 1, "posture": {"thigh_angle": -1e999}}':
            "posture.thigh_angle: the number -1e999 is out of range",
        b'{"format": "psoas-viz/scenario", "version": 1, "muscles": {"iliacus": {"activation": 1E+400}}}':
            "muscles.iliacus.activation: the number 1E+400 is out of range",
        codecs.BOM_UTF16_LE + json.dumps(GOOD).encode("utf-16-le"): "UTF-16 text; it must be UTF-8",
        json.dumps(GOOD, ensure_ascii=False).encode("latin-1"): "must be UTF-8 text",
        json.dumps(GOOD).encode("utf-16-be"): "must be UTF-8 text (it has zero bytes",
        b'{"format": "psoas-viz/scenario", "version": 1, "title\\n\\nTraceback": 1}': "title\\n\\nTraceback",
    }
    for data, words in cases.items():
        path = tmp_path / "s.json"
        path.write_bytes(data)
        with pytest.raises(ScenarioError) as error:
            load_scenario(path, model)
        message = str(error.value)
        assert message.startswith(str(path)) and words in message and "\n" not in message


def test_a_scenario_saved_with_a_byte_order_mark_opens(tmp_path):
    path = tmp_path / "notepad.json"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps(GOOD, ensure_ascii=False).encode("utf-8"))
    scenario = load_scenario(path, load_model())
    assert scenario.posture.pelvic_tilt == 7.5 and scenario.title == "Ünïcode ok"
    result = run("settle", "--scenario", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "pelvic_tilt_deg" in json.loads(result.stdout)


def test_a_file_that_grows_past_the_limit_is_not_read_past_it(tmp_path):
    path = tmp_path / "s.json"
    path.write_bytes(b"[" + b"0," * 600 + b"0]")
    with pytest.raises(FileRefused, match="at most 1000 bytes"):
        read_json(path, 1000)
    assert read_json(path, 2000) == [0] * 601


# -- saving ------------------------------------------------------------------------------------------------------
def test_saving_over_a_private_file_keeps_it_private_and_its_owner(tmp_path):
    path = tmp_path / "private.json"
    path.write_text("{}")
    path.chmod(0o600)
    owner = (4321, 4321) if os.geteuid() == 0 else (os.getuid(), os.getgid())
    if os.geteuid() == 0:
        os.chown(path, *owner)
    save_scenario(path, Scenario(load_model().default_posture()))
    info = path.stat()
    assert stat.S_IMODE(info.st_mode) == 0o600
    assert (info.st_uid, info.st_gid) == owner
    assert json.loads(path.read_text())["format"] == "psoas-viz/scenario"


def test_saving_to_a_symlink_updates_its_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "shared" / "lesson-1.json"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "current.json"
    link.symlink_to(os.path.relpath(real, tmp_path))
    save_scenario(link, Scenario(load_model().default_posture(), title="new"))
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(real, tmp_path)
    assert json.loads(real.read_text())["title"] == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["lesson-1.json"]


def test_a_pipe_is_not_replaced_by_a_save(tmp_path):
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="not a regular file"):
        write_file(pipe, b"{}")
    assert stat.S_ISFIFO(pipe.stat().st_mode) and sorted(tmp_path.iterdir()) == [pipe]


def _unprivileged() -> list[str]:
    """A command prefix that takes away root's power to write read-only files (tests run as root)."""
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--inh-caps=-dac_override", "--bounding-set=-dac_override"]
    if shutil.which("setpriv") is None or subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip("setpriv (util-linux) and the right to drop CAP_DAC_OVERRIDE are needed as root")
    return prefix


@pytest.mark.parametrize("command", ["export", "screenshot"])
@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_read_only_target_is_refused_and_left_byte_identical(tmp_path, locked, command):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("numbers.csv" if command == "export" else "shot.png")
    target.write_bytes(b"teacher's own numbers\x00\xff")
    (target if locked == "file" else folder).chmod(0o444 if locked == "file" else 0o555)
    args = (("export", "--preset", "sitting", "--out", str(target)) if command == "export"
            else ("gui", "--screenshot", str(target)))
    try:
        refused(run(*args, prefix=_unprivileged()), str(target), "read-only")
        assert target.read_bytes() == b"teacher's own numbers\x00\xff"
        assert [p.name for p in folder.iterdir()] == [target.name]  # nothing written beside it either
    finally:
        folder.chmod(0o755)


SAVER = """
import sys
from psoas_viz.io.files import write_file
first, second = b"A" * 65536 + b"\\n", b"B" * 98304 + b"\\n"
print("ready", flush=True)
while True:
    write_file(sys.argv[1], first)
    write_file(sys.argv[1], second)
"""


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_file_whole(tmp_path):
    target = tmp_path / "s.json"
    old = b"old and precious\n" * 100
    target.write_bytes(old)
    whole = {old, b"A" * 65536 + b"\n", b"B" * 98304 + b"\n"}
    rng = random.Random()
    for attempt in range(50):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(target)], stdout=subprocess.PIPE)
        assert saver.stdout.readline() == b"ready\n"
        delay = rng.uniform(0.0, 0.015)
        time.sleep(delay)
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        assert target.read_bytes() in whole, f"attempt {attempt}, killed after {delay * 1000:.1f} ms"
    temporaries = [p for p in tmp_path.iterdir() if p != target]
    assert all(p.name.startswith(".s.json.") and p.name.endswith(TEMP_SUFFIX) for p in temporaries)
    an_hour_ago = time.time() - 3600
    for p in temporaries:
        os.utime(p, (an_hour_ago, an_hour_ago))
    write_file(target, b"after\n")
    assert list(tmp_path.iterdir()) == [target] and target.read_bytes() == b"after\n"


def test_only_its_own_stale_temporaries_are_removed(tmp_path):
    old = time.time() - 120
    mine_stale = tmp_path / f".a.json.k3j_9x0q{TEMP_SUFFIX}"
    mine_young = tmp_path / f".b.json.a1b2c3d4{TEMP_SUFFIX}"  # maybe another save under way: kept
    others = [tmp_path / ".a.json.k3j_9x0q.part", tmp_path / f"notes{TEMP_SUFFIX}", tmp_path / "a.json"]
    for p in (mine_stale, mine_young, *others):
        p.write_text("x")
    for p in (mine_stale, *others):
        os.utime(p, (old, old))
    write_file(tmp_path / "c.json", b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine_young.name, "c.json", *(p.name for p in others)])


def test_the_file_layer_needs_only_the_standard_library():
    """psoas_viz.io sits below the model (which imports it): it must import neither the model, numpy nor Qt; only
    the languages its messages speak (psoas_viz.i18n, standard library only, with psoas_viz.resources to find the
    catalogues)."""
    code = ("import sys, psoas_viz.io.files; print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('numpy', 'PySide6', 'pyqtgraph') or m.startswith('psoas_viz.') and not m.startswith('psoas_viz.io') "
            "and m not in ('psoas_viz.i18n', 'psoas_viz.resources')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stdout + result.stderr
