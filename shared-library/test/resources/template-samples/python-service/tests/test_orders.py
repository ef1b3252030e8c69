import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from orders import version  # noqa: E402


def test_version_is_set():
    assert version() == "v1"
