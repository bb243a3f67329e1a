"""What every message a user reads must be: Vietnamese first, then " / " and the English
(`ingest.errors.bilingual`)."""

from __future__ import annotations

import re

from ingest.errors import SEPARATOR

# Letters only Vietnamese writes (with their marks); an English word.
_VIETNAMESE = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)
_WORD = re.compile(r"\b[A-Za-z]{2,}\b")


def said_in_both(message: str) -> bool:
    """Whether `message` says it in Vietnamese, then " / " and in English.

    >>> said_in_both("a.txt: tệp rỗng / the file is empty")
    True
    >>> said_in_both("a.txt is empty")
    False
    """
    vi, sep, en = message.partition(SEPARATOR)
    letters = sum(c.isalpha() for c in en)
    english = len(_WORD.findall(en)) >= 2 and len(_VIETNAMESE.findall(en)) < 0.05 * letters
    return bool(sep) and bool(_VIETNAMESE.search(vi)) and english
