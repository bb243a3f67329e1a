"""Upload documents into the graph (needs the API token)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Query, UploadFile

from api.deps import ExtractionDep, SettingsDep, StoreDep, TokenDep
from api.errors import PayloadTooLarge
from api.routes.lineage import ERRORS
from api.schemas import IngestFileOut, IngestOut, Problem, RemovedOut
from api.uploads import ReadOptions, commit
from graph.errors import StoreUnavailable
from graph.removal import NotIngested

router = APIRouter(
    tags=["ingest"],
    responses={
        **ERRORS,
        401: {"model": Problem, "description": "Missing or wrong bearer token"},
        413: {"model": Problem, "description": "A file or the request is too large"},
    },
)

Field = Annotated[str | None, Form(max_length=200)]


@router.post("/ingest")
def ingest(
    _: TokenDep,
    store: StoreDep,
    settings: SettingsDep,
    extraction: ExtractionDep,
    files: Annotated[list[UploadFile], File(description="txt, md, html, docx, doc or pdf files")],
    province: Field = None,
    district: Field = None,
    commune: Field = None,
    issuing_body: Field = None,
    level: Annotated[Literal["central", "province", "district", "commune"] | None, Form()] = None,
    code: Field = None,
    date: Annotated[
        str | None, Form(pattern=r"^\d{4}-\d{2}-\d{2}$", description="ISO date, 2022-11-02")
    ] = None,
    whole_page: Annotated[
        bool,
        Form(
            description="Saved web pages (.html): read the whole page, the site's menus, "
            "lists of other items and footer included (their codes are then read as the "
            "page's citations). Default false: only the page's main content."
        ),
    ] = False,
) -> IngestOut:
    """Read, extract and store each file; a bad file gets its own error, the others go on.

    Files are read and extracted in a worker process, within the per-file budgets
    (VBGRAPH_FILE_TIMEOUT, VBGRAPH_WORKER_MEMORY_MB), so no upload can hold the server.
    """
    limit = settings.max_upload_bytes
    for f in files:
        if f.size is not None and f.size > limit:
            raise PayloadTooLarge(
                f"tệp nặng {f.size:,} byte, quá giới hạn mỗi tệp {limit:,} byte "
                f"(VBGRAPH_MAX_UPLOAD_MB={settings.max_upload_mb:g}); chưa lưu tệp nào",
                f"the file is {f.size:,} bytes, over the per-file limit of {limit:,} bytes "
                f"(VBGRAPH_MAX_UPLOAD_MB={settings.max_upload_mb:g}); no file was stored",
                subject=f.filename,
            )
    meta = {
        "province": province,
        "district": district,
        "commune": commune,
        "issuing_body": issuing_body,
        "level": level,
        "code": code,
        "date": date,
    }
    given = {k: v for k, v in meta.items() if v}
    options = ReadOptions(whole_page=whole_page)
    reports: list[IngestFileOut] = []
    for i, f in enumerate(files):
        data = f.file.read()
        name = f.filename or "upload"
        prepared = extraction.prepare(
            data, filename=name, metadata=given, max_bytes=limit, options=options
        )
        try:
            reports.append(commit(store, prepared))
        except StoreUnavailable as exc:
            # Each file is its own write: say which ones are stored, which one and which
            # others are not, so the client resends only those.
            stored = ", ".join(r.filename for r in reports if r.ok)  # or stored already
            missing = ", ".join(g.filename or "upload" for g in files[i:])
            raise StoreUnavailable(
                f"{exc.vi}; đã lưu trước đó: {stored or 'không tệp nào'}; chưa lưu: {missing}",
                f"{exc.en}; stored before this: {stored or 'none'}; not stored: {missing}",
                subject=exc.subject,
            ) from exc
    same = sum(r.outcome == "duplicate" for r in reports)
    ok = sum(r.ok for r in reports) - same
    return IngestOut(ingested=ok, duplicates=same, failed=len(reports) - ok - same, files=reports)


@router.delete(
    "/ingest",
    responses={
        404: {"model": Problem, "description": "A document id names no stored document"},
        501: {"model": Problem, "description": "The store cannot remove documents"},
    },
)
def remove(
    _: TokenDep,
    store: StoreDep,
    doc: Annotated[
        list[str],
        Query(min_length=1, max_length=100, description="document ids (doc-…), as a "
              "document's `sources` and its edges' `doc` list them"),  # fmt: skip
    ],
) -> RemovedOut:
    """Take documents ingested by mistake out, as if never ingested (`vbgraph remove`): all
    of them, or none when one id names no stored document (404) or the store cannot (501)."""
    missing = [d for d in doc if store.document(d) is None]
    if missing:
        raise NotIngested(missing)
    docs = list(dict.fromkeys(doc))
    removed = sum(store.remove_document(d) for d in docs)
    return RemovedOut(removed=removed, documents=docs)
