"""All Qt code of psoas-viz. PySide6 is imported before pyqtgraph so pyqtgraph binds to it."""

import sys

import PySide6  # noqa: F401  (must precede any pyqtgraph import)


def _guard_singleton_refcounts() -> bool:
    """Work around a binding bug seen with PySide6 6.12 on Python 3.11.

    There every call of a C++ method returning ``void`` (``setText``, ``setValue``, ``setPath`` …) takes one
    reference from ``None`` that it never gave (and some bool returns do the same to True/False).  Python 3.12+
    makes these singletons immortal, so nothing happens there; on 3.11 the interpreter aborts with "Fatal Python
    error: none_dealloc" after some tens of thousands of calls, i.e. after a minute of dragging.  We detect
    the leak with a probe and, only if it is present, give the three singletons a practically endless
    reference count.  Returns True when the guard was applied.
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6 import QtCore

    probe = QtCore.QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    if sys.getrefcount(None) >= before:
        return False
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True


SINGLETON_GUARD = _guard_singleton_refcounts()
