"""Body names written from capitals as Vietnamese texts write them (`body_name_case`).
"""

from __future__ import annotations

# Second syllables written in lower case inside body names ("Ban Chấp hành", "Thường vụ").
_LOWER_SYLLABLES = frozenset({"Hành", "Vụ", "Trực", "Trị", "Thư", "Ương", "Nhân", "Dân", "Ban"})
_AFTER_UNIT = frozenset({"Tỉnh", "Huyện", "Đảng", "Thị", "Quận", "Thành", "Xã", "Phường"})
_PLACE_WORDS = frozenset({"Tỉnh", "Huyện", "Xã", "Phường", "Quận"})
# What follows a unit word that names a body of its own ("Tỉnh ủy", "Huyện đoàn", "Tỉnh Đoàn").
_OWN_BODY = frozenset({"Ủy", "Uỷ", "Đoàn"})
# Abbreviations kept in capitals ("UBND huyện", "Ban Thường vụ Tỉnh đoàn TNCS Hồ Chí Minh").
_ACRONYMS = frozenset({"UBND", "HĐND", "MTTQ", "BCH", "BTV", "BCĐ", "TW", "TƯ", "TNCS", "TP"})


def body_name_case(name: str) -> str:
    """Write a body name from capitals as Vietnamese texts do: "BAN THƯỜNG VỤ TỈNH ỦY" →
    "Ban Thường vụ Tỉnh ủy", "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN" → "Ban Chấp hành Đảng bộ huyện",
    "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" → "Ủy ban nhân dân tỉnh Cao Bằng"."""
    words = [w if w.upper() in _ACRONYMS else w.title() for w in name.split()]
    out: list[str] = []
    for i, word in enumerate(words):
        previous = words[i - 1] if i else ""
        following = words[i + 1] if i + 1 < len(words) else ""
        if i and (
            word in _LOWER_SYLLABLES
            or (word in {"Ủy", "Uỷ"} and previous in _AFTER_UNIT)
            or (word == "Bộ" and previous == "Đảng")
            or (word in _PLACE_WORDS and _unit_word(previous, word, following))
            or _unit_before_name(words, i)
            or (previous, word) in _SECOND_SYLLABLES
            or (previous, word) == ("Xã", "Hội") and words[i - 2 : i - 1] == ["Và"]
            or word == "Và"
        ):
            word = word.lower()
        out.append(word)
    return " ".join(out)


def _unit_word(previous: str, word: str, following: str) -> bool:
    """Whether a place word stands as the unit of a place ("… nhân dân tỉnh Cao Bằng", "Đảng bộ
    huyện", "UBND huyện"), not as the start of a body's own name ("Tỉnh ủy", "Huyện đoàn") or
    of "Xã hội" ("… Thương binh và Xã hội")."""
    if previous in {"Bộ", "Dân", "UBND", "HĐND", "Ủy", "Uỷ"}:
        return True
    return following not in _OWN_BODY and (word, following) != ("Xã", "Hội")


# Titles and the words of government names, written with their second syllable in lower case
# ("Chủ tịch", "Hội đồng", "Bộ trưởng Bộ Tài chính", "Sở Giáo dục và Đào tạo").
_SECOND_SYLLABLES = frozenset({
    ("Hội", "Đồng"), ("Chủ", "Tịch"), ("Bộ", "Trưởng"), ("Thủ", "Tướng"), ("Chính", "Phủ"),
    ("Văn", "Phòng"), ("Giám", "Đốc"), ("Tài", "Chính"), ("Giáo", "Dục"), ("Đào", "Tạo"),
    ("Y", "Tế"), ("Công", "An"), ("Quốc", "Phòng"), ("Xây", "Dựng"), ("Tư", "Pháp"),
    ("Ngoại", "Giao"), ("Kế", "Hoạch"), ("Đầu", "Tư"), ("Nông", "Nghiệp"), ("Phát", "Triển"),
    ("Lao", "Động"), ("Thương", "Binh"), ("Văn", "Hóa"), ("Thể", "Thao"), ("Du", "Lịch"),
})  # fmt: skip
# A unit word of two syllables before a place's name ("… nhân dân THÀNH PHỐ Huế", "THỊ XÃ …").
_UNIT_PAIRS = frozenset({("Thành", "Phố"), ("Thị", "Xã"), ("Thị", "Trấn")})


def _unit_before_name(words: list[str], i: int) -> bool:
    """Whether words[i] is part of a two-syllable unit word after a government's name ("Ủy ban
    nhân dân thành phố", "Hội đồng nhân dân thị xã"), written in lower case."""
    if i + 1 < len(words) and (words[i], words[i + 1]) in _UNIT_PAIRS:
        return words[i - 1] == "Dân"
    return i >= 2 and (words[i - 1], words[i]) in _UNIT_PAIRS and words[i - 2] == "Dân"
