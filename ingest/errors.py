"""The errors vbgraph raises on purpose: one root, narrow subclasses, each with its HTTP status.

The API maps every `VbgraphError` to one problem+json response in one place; nothing under
`ingest/` or `graph/` knows about HTTP beyond the `status` number carried here.
"""


class VbgraphError(Exception):
    """Root of every error vbgraph raises on purpose.

    `status` is the HTTP status the API maps it to.
    """

    status = 500


class UnreadableDocument(VbgraphError):
    """A document's bytes could not be turned into text (empty, binary, corrupt, no text layer)."""

    status = 422


class LegacyEncodingError(UnreadableDocument):
    """TCVN3/VNI text that could not be converted to Unicode with confidence."""


class UnsupportedFormat(UnreadableDocument):
    """A file type vbgraph does not read (judged by its extension)."""

    status = 415
