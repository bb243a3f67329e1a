"""The vis-network script and stylesheet pyvis ships, read from the installed package.

Read once per process (lru_cache) so every page inlines them and works offline.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

# pyvis 0.3.2 ships the same files under lib/ and templates/lib/
_VIS_DIRS = ("lib/vis-9.1.2", "templates/lib/vis-9.1.2")


def _read(name: str) -> str:
    root = resources.files("pyvis")
    for folder in _VIS_DIRS:
        path = root.joinpath(*folder.split("/"), name)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"{name} not found in the installed pyvis package ({_VIS_DIRS})")


def _inline_safe(text: str, tag: str) -> str:
    # "</script" or "</style" inside an inlined asset would end the element early
    return re.sub(rf"</({tag})", r"<\\/\1", text, flags=re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def vis_js() -> str:
    """vis-network's minified script, safe to put inside <script>."""
    return _inline_safe(_read("vis-network.min.js"), "script")


@functools.lru_cache(maxsize=1)
def vis_css() -> str:
    """vis-network's stylesheet, safe to put inside <style>."""
    return _inline_safe(_read("vis-network.css"), "style")
