"""clinicdesk: the clinic-side desktop client for a Danish patient portal."""

__version__ = "0.1.0"
APP_NAME = "clinicdesk"


def _keep_none_alive() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11: every call of a Qt method that returns
    void drops one reference to ``None`` too many, so after a few thousand calls the
    interpreter aborts ("Fatal Python error: none_dealloc"). From Python 3.12 on, None is
    immortal and the bug is harmless; here we give None a huge reference count once, which
    is what 3.12 does. (PySide6-Pdf pins Essentials==6.12.0, so downgrading is no option.)
    ``True`` and ``False`` suffer the same ("Fatal Python error: bool_dealloc", seen after
    a long run of a table view in bench/inbox.py), so they get the same treatment.
    """
    import sys

    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


_keep_none_alive()
