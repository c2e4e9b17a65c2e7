"""The one reader and the one writer for every file a user gives the program (standard library only).

Reading (``read_json``): only a regular file is opened (a folder, device, pipe or socket is refused after ``stat``,
and the file is opened with ``O_NONBLOCK`` so a pipe swapped in between cannot block); at most ``limit + 1`` bytes
are read, whatever size the file reports; a UTF-8 byte-order mark is accepted and any other encoding is refused;
the JSON is strict (no NaN or Infinity, no key given twice) and a number too large for a float is refused as out
of range, naming its key.  Every refusal is a ``FileRefused`` whose one-line message starts with the file name.

Writing (``write_file``), as a careful editor does: the target is checked first (a read-only file or folder, or a
target that is not a regular file, is refused before anything is written), the data go to a temporary file in the
target's own folder, are flushed to disk and renamed over the target.  A symlink is written through (the file it
points to is replaced, the link stays); the old file's permission bits and, where allowed, its owner are kept.
Temporary files left by earlier interrupted saves (``.NAME.XXXXXXXX.psoas-viz.tmp``, older than a minute) are
removed when the folder is next written to.  Failures are ``OSError`` whose ``strerror`` says why.

The messages speak the current language (:func:`psoas_viz.i18n.translate`, Qt-free); a number from the file or a
limit on it is written as JSON writes it (:func:`psoas_viz.i18n.as_typed`), so that it can be typed into the file.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import tempfile
import time
from typing import Callable
from pathlib import Path

from psoas_viz.i18n import QT_TRANSLATE_NOOP, as_typed, fill_template, translate

TEMP_SUFFIX = ".psoas-viz.tmp"
STALE_SECONDS = 60.0
_TEMP_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX), re.DOTALL)
_CHUNK = 1 << 16
_MAX_DIGITS = 400  # an integer with more digits cannot be a float (|x| < 1.8e308 has at most 309 digits)
_OTHER_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
               (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"))
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_MESSAGE = 400  # characters: a message quotes keys and values from the file, which may be huge
# what a file holds (``read_bytes``'s ``what``), as the size limit names such files
FILE_KINDS = {"file": QT_TRANSLATE_NOOP("Files", "files"),
              "scenario": QT_TRANSLATE_NOOP("Files", "scenario files"),
              "lesson": QT_TRANSLATE_NOOP("Files", "lesson files"),
              "question set": QT_TRANSLATE_NOOP("Files", "question files")}


def _say(template: str, **values) -> str:
    return fill_template(template, values)


def file_kind(what: str) -> str:
    """``what`` (a key of FILE_KINDS) as the current language names such files."""
    return translate("Files", FILE_KINDS[what])


def one_line(message: str) -> str:
    """``message`` with line breaks and other control characters (from a file name or a key) written as escapes
    and cut to MAX_MESSAGE characters, so that it stays one readable line on a terminal or in a dialog."""
    message = _CONTROL.sub(lambda m: repr(m.group())[1:-1], str(message))
    return message if len(message) <= MAX_MESSAGE else message[:MAX_MESSAGE - 1] + "…"


class FileRefused(ValueError):
    """A file that cannot be used; the message is one line starting with the file's name."""

    def __init__(self, message: str):
        super().__init__(one_line(message))


# -- reading ---------------------------------------------------------------------------------------------------
def read_bytes(path, limit: int, what: str = "file") -> bytes:
    """The bytes of the regular file ``path`` (at most ``limit``); FileRefused naming the file otherwise."""
    path = Path(os.fspath(path))
    try:
        info = os.stat(path)
        _check_regular(path, info)
        if info.st_size > limit:
            raise FileRefused(_say(translate("Files", "{path}: the file is {size} bytes; {files} are at most {limit} "
                                                     "bytes"), path=path, size=info.st_size, files=file_kind(what),
                                   limit=limit))
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(path, flags)
        try:
            _check_regular(path, os.fstat(fd))  # the file opened is the file checked
            chunks, size = [], 0
            while size <= limit:
                chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        finally:
            os.close(fd)
    except OSError as error:
        raise FileRefused(_say(translate("Files", "{path}: cannot be read ({reason})"), path=path,
                               reason=error.strerror or error)) from None
    if size > limit:
        raise FileRefused(_say(translate("Files", "{path}: the file is more than {limit} bytes; {files} are at most "
                                                  "{limit} bytes"), path=path, files=file_kind(what), limit=limit))
    return b"".join(chunks)


def _check_regular(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused(_say(translate("Files", "{path}: is a folder, not a file"), path=path))
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(_say(translate("Files", "{path}: is not a regular file (a device, pipe or socket cannot be "
                                                  "opened)"), path=path))


def read_json(path, limit: int, what: str = "file"):
    """The strict JSON document in the file ``path`` (see the module notes); FileRefused naming the file."""
    path = Path(os.fspath(path))
    raw = read_bytes(path, limit, what)
    try:
        return decode_json(raw)
    except FileRefused as error:
        raise FileRefused(f"{path}: {error}") from None


def decode_json(raw: bytes):
    """Strict JSON from UTF-8 bytes (a leading byte-order mark is allowed); FileRefused saying what is wrong."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    for bom, name in _OTHER_BOMS:
        if raw.startswith(bom):
            raise FileRefused(_say(translate("Files", "the file is {encoding} text; it must be UTF-8 (save it again as "
                                                      "UTF-8)"), encoding=name))
    if b"\x00" in raw:  # never in JSON text; UTF-16 without a byte-order mark is full of them
        raise FileRefused(translate("Files", "the file must be UTF-8 text (it has zero bytes, as UTF-16 text or a "
                                             "binary file does)"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FileRefused(_say(translate("Files", "the file must be UTF-8 text (byte {position} is not UTF-8)"),
                               position=as_typed(error.start))) from None
    too_large = []

    def integer(digits: str):
        if len(digits.lstrip("-")) <= _MAX_DIGITS:
            value = int(digits)
            try:
                float(value)
                return value
            except OverflowError:
                pass
        marker = _OutOfRange(digits)
        too_large.append(marker)
        return marker

    def real(digits: str):
        value = float(digits)
        if value in (float("inf"), float("-inf")):
            value = _OutOfRange(digits)
            too_large.append(value)
        return value

    try:
        document = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys,
                              parse_int=integer, parse_float=real)
    except RecursionError:
        raise FileRefused(translate("Files", "nested too deeply")) from None
    except json.JSONDecodeError as error:  # the problem in the json module's English words, placed in ours
        raise FileRefused(_say(translate("Files", "not valid JSON: line {line}, column {column}: {problem}"),
                               line=error.lineno, column=error.colno, problem=error.msg)) from None
    except ValueError as error:  # ours, from the hooks below
        raise FileRefused(_say(translate("Files", "not valid JSON ({problem})"), problem=error)) from None
    if too_large:
        key, marker = _find_marker(document)
        if key:
            raise FileRefused(_say(translate("Files", "{key}: the number {number} is out of range"), key=key,
                                   number=marker))
        raise FileRefused(_say(translate("Files", "the number {number} is out of range"), number=marker))
    return document


class _OutOfRange:
    """Stands in for a JSON number no float can hold, until the reader names its key."""

    def __init__(self, digits: str):
        self.digits = digits

    def __str__(self) -> str:
        if len(self.digits) <= 24:
            return self.digits
        unsigned = self.digits.lstrip("-")
        if unsigned.isdigit():
            return _say(translate("Files", "{start}… ({count} digits)"), start=self.digits[:12], count=len(unsigned))
        return _say(translate("Files", "{start}… ({count} characters)"), start=self.digits[:12],
                    count=len(self.digits))


def _find_marker(document) -> tuple[str, _OutOfRange]:
    """The key path ("posture.pelvic_tilt", "steps[2].scenario…") and marker of the first out-of-range number
    (an explicit stack: a document may be nested as deeply as the JSON parser allows)."""
    stack = [("", document)]
    while stack:
        key, value = stack.pop()
        if isinstance(value, _OutOfRange):
            return key, value
        if isinstance(value, dict):
            stack.extend((f"{key}.{k}" if key else str(k), v) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((f"{key}[{i}]", v) for i, v in reversed(list(enumerate(value))))
    raise AssertionError("an out-of-range number was parsed but not found")


def _reject_constant(name):
    raise ValueError(_say(translate("Files", "{name} is not allowed"), name=name))


def _unique_keys(pairs):
    """A JSON object, refusing a key given twice (which one would win is not obvious to the writer)."""
    out = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(_say(translate("Files", "the key {key!r} is given twice"), key=key))
        out[key] = value
    return out


# -- writing ---------------------------------------------------------------------------------------------------
def writable_target(path) -> tuple[Path, os.stat_result | None]:
    """The file a save to ``path`` replaces (symlinks followed) and its current status (None if it is new);
    OSError saying why not when it may not be written, checked before anything is written."""
    target = Path(os.path.realpath(os.fspath(path)))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, translate("Files", "is a folder; choose a file name"))
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, translate("Files", "is not a regular file (a device, pipe or socket)"))
        if not os.access(target, os.W_OK):
            raise PermissionError(errno.EACCES, translate("Files", "the file is read-only"))
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, _say(translate("Files", "the folder {folder} does not exist"),
                                                   folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, _say(translate("Files", "the folder {folder} is read-only"), folder=folder))
    return target, info


def write_file(path, data: bytes) -> None:
    """Replace the file ``path`` by ``data`` whole, or leave it as it was (see the module notes)."""
    replace_file(path, lambda temporary: temporary.write_bytes(data))


def replace_file(path, fill: Callable[[Path], None]) -> None:
    """Replace the file ``path`` by what ``fill`` writes into the temporary file it is given (for writers that
    want a path, such as Pillow or ffmpeg), or leave it as it was: the temporary file already has the old file's
    owner and mode; it is flushed to disk and renamed into place only when ``fill`` returns, and removed when
    ``fill`` raises (a cancel included)."""
    target, old = writable_target(path)
    folder = target.parent
    remove_stale_temporaries(folder)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if old is not None:
                _take_owner(handle.fileno(), old)
                mode = stat.S_IMODE(old.st_mode) & 0o777
            else:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask  # mkstemp makes it private; a new file gets a normal file's mode
            os.chmod(temporary, mode)  # before any data is in it
        fill(temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def _take_owner(fd: int, old: os.stat_result) -> None:
    """Give the new file the old one's owner and group where this user may (root, or a group it belongs to)."""
    if not hasattr(os, "fchown"):
        return
    for uid, gid in ((old.st_uid, old.st_gid), (-1, old.st_gid)):
        try:
            os.fchown(fd, uid, gid)
            return
        except OSError:
            continue


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk (best effort: not every system can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(folder) -> None:
    """Remove this writer's own temporary files in ``folder`` older than a minute (left by a save that was
    killed); a younger one may belong to a save still under way."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not _TEMP_NAME.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_SECONDS:
                os.unlink(entry.path)
        except OSError:
            continue
