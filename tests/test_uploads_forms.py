"""A long text's comparable form, made where the file is read and kept by the writer
(api.uploads._form_of): the same answers as reading both files again, without reading them
while they stay as they were."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from api import uploads
from api.uploads import DEFAULT_READ, LONG_TEXT, Prepared, ReadOptions, commit, prepare
from graph import open_store
from graph.store import GraphStore

PAGES = Path(__file__).parent / "pages"
# Nghị quyết 113/NQ-CP as Công báo số 271 gives it, read from its PDF and as its TXT
# (tests/test_graph_store.py::test_one_document_as_pdf_and_txt_is_stored_once): made long by
# repeating it, so only the ends of each text are compared.
FORMS = ("cb-113-nq-cp.from-pdf.txt", "cb-113-nq-cp.txt")


@pytest.fixture
def store() -> Iterator[GraphStore]:
    s = open_store("embedded")
    yield s
    s.close()


@pytest.fixture(autouse=True)
def no_forms_kept() -> Iterator[None]:
    uploads._forms.clear()
    yield
    uploads._forms.clear()


def _long(tmp_path: Path, name: str) -> Path:
    text = (PAGES / name).read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_text("\n".join([text] * (LONG_TEXT // len(text) + 2)), encoding="utf-8")
    return path


def _prepared(path: Path, options: ReadOptions = DEFAULT_READ) -> Prepared:
    out = prepare(path, filename=str(path), options=options)
    assert isinstance(out, Prepared), out
    return out


def test_a_long_text_in_two_forms_is_one_document_without_reading_either_again(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = (_prepared(_long(tmp_path, name)) for name in FORMS)
    assert first.compared is not None and second.compared is not None

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(uploads, "read_document", no_reading)
    assert commit(store, first).outcome == "stored"
    report = commit(store, second)
    assert report.outcome == "duplicate" and report.same_as == str(tmp_path / FORMS[0])
    assert report.similarity is not None and report.similarity >= 90


def test_the_kept_form_gives_what_reading_again_gives(store: GraphStore, tmp_path: Path) -> None:
    first, second = (_prepared(_long(tmp_path, name)) for name in FORMS)
    commit(store, first)
    kept = commit(store, second)
    other = open_store("embedded")
    try:
        uploads._forms.clear()
        commit(other, first)
        uploads._forms.clear()  # (both files read again)
        read = commit(other, second)
    finally:
        other.close()
    assert (kept.outcome, kept.similarity) == (read.outcome, read.similarity)


def test_a_file_changed_since_its_reading_is_read_again(store: GraphStore, tmp_path: Path) -> None:
    first, second = (_prepared(_long(tmp_path, name)) for name in FORMS)
    commit(store, first)
    stored = tmp_path / FORMS[0]  # replaced by another text since: the two are two documents
    stored.write_text(
        (PAGES / FORMS[0]).read_text(encoding="utf-8") + "\nx" * LONG_TEXT, encoding="utf-8"
    )
    os.utime(stored, ns=(1, 1))
    assert commit(store, second).outcome == "stored"


def test_no_form_of_a_short_text_an_upload_or_a_whole_page_reading(tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_bytes((PAGES / FORMS[1]).read_bytes())
    assert _prepared(short).compared is None
    long = _long(tmp_path, FORMS[1])
    assert _prepared(long, ReadOptions(whole_page=True)).compared is None
    upload = prepare(long.read_bytes(), filename="cb.txt")
    assert isinstance(upload, Prepared) and upload.compared is None


@pytest.mark.parametrize(
    "text",
    [
        "4\nbảo hiểm", "bảo hiểm\n4", "a\n4\n5\nb", " 12 \n\t1234\t\n12345\n", "1\n", "\n\n",
        "", "bắt-\nbuộc", "bắt- \t\n\n  buộc", "2016-\n2020", "x -\ny", "a-\n", "Số 4\n  7  \nĐiều",
        (PAGES / FORMS[0]).read_text(encoding="utf-8"),
    ],
)
def test_folding_finds_the_page_numbers_and_hyphens_the_line_patterns_find(text: str) -> None:
    # the patterns as first written (the hyphen looked for after its word character, the page
    # number line by ^ and $); `_folded` finds them through their "-" and "\n" instead
    hyphen = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")
    page_number = re.compile(r"(?m)^[ \t]*\d{1,4}[ \t]*$")
    want = " ".join(page_number.sub(" ", hyphen.sub("", text)).split()).casefold()
    assert uploads._folded(text) == want
