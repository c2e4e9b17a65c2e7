"""The session: settings, undo/redo, view state and one derived snapshot per change (Qt-free)."""

from .session import VIEW_DEFAULTS, CompareSpec, Session
from .snapshot import Settings, Snapshot

__all__ = ["CompareSpec", "Session", "Settings", "Snapshot", "VIEW_DEFAULTS"]
