"""Service settings from the environment and a `.env` file (pydantic-settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from api.invalid import invalid_said
from graph import open_store
from graph.store import GraphStore
from ingest.errors import VbgraphError


def _env(name: str, field: str) -> AliasChoices:
    """Read `name` from the environment; accept `field` as the keyword in code."""
    return AliasChoices(name, field)


class Settings(BaseSettings):
    """Where the graph lives and how the service guards it.

    Environment: VBGRAPH_BACKEND, VBGRAPH_DATA_DIR, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
    VBGRAPH_NEO4J_TIMEOUT,
    VBGRAPH_API_TOKEN, VBGRAPH_CORS_ORIGINS, VBGRAPH_MAX_UPLOAD_MB, VBGRAPH_MAX_REQUEST_MB,
    VBGRAPH_VIEW_NODE_LIMIT.
    """

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    backend: Literal["embedded", "neo4j", "sqlite"] = Field(
        default="sqlite", validation_alias=_env("VBGRAPH_BACKEND", "backend")
    )
    data_dir: Path = Field(
        default=Path(".data"), validation_alias=_env("VBGRAPH_DATA_DIR", "data_dir")
    )
    neo4j_uri: str = Field(
        default="bolt://127.0.0.1:7687", validation_alias=_env("NEO4J_URI", "neo4j_uri")
    )
    neo4j_user: str = Field(default="neo4j", validation_alias=_env("NEO4J_USER", "neo4j_user"))
    neo4j_password: str = Field(
        default="vbgraph-dev-password", validation_alias=_env("NEO4J_PASSWORD", "neo4j_password")
    )
    neo4j_timeout_s: float = Field(
        default=1.0, gt=0, le=300, validation_alias=_env("VBGRAPH_NEO4J_TIMEOUT", "neo4j_timeout_s")
    )
    api_token: str | None = Field(
        default=None, validation_alias=_env("VBGRAPH_API_TOKEN", "api_token")
    )
    cors_origins: list[str] = Field(
        default_factory=list, validation_alias=_env("VBGRAPH_CORS_ORIGINS", "cors_origins")
    )
    max_upload_mb: float = Field(
        default=20.0, gt=0, validation_alias=_env("VBGRAPH_MAX_UPLOAD_MB", "max_upload_mb")
    )
    max_request_mb: float = Field(
        default=50.0, gt=0, validation_alias=_env("VBGRAPH_MAX_REQUEST_MB", "max_request_mb")
    )
    view_node_limit: int = Field(
        default=2000, ge=1, validation_alias=_env("VBGRAPH_VIEW_NODE_LIMIT", "view_node_limit")
    )

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_request_bytes(self) -> int:
        return int(self.max_request_mb * 1024 * 1024)


class InvalidSettings(VbgraphError):
    """A setting from the environment (or `.env`) that cannot be used."""

    status = 500


def load_settings(**given: object) -> Settings:
    """The settings from the environment, `given` overriding them.

    Raises:
        InvalidSettings: a value cannot be used (VBGRAPH_BACKEND=foo).
    """
    try:
        return Settings(**given)  # type: ignore[arg-type]
    except ValidationError as exc:
        vi, en = invalid_said(exc.errors())
        raise InvalidSettings(f"cấu hình không dùng được: {vi}", f"invalid setting: {en}") from None


def open_configured_store(settings: Settings) -> GraphStore:
    """Open the store the settings name (embedded or SQLite data dir, or the Neo4j server).

    Raises:
        StoreUnavailable: if it cannot be opened.
    """
    return open_store(
        settings.backend,
        data_dir=settings.data_dir,
        neo4j_uri=settings.neo4j_uri,
        user=settings.neo4j_user,
        password=settings.neo4j_password,
        neo4j_timeout_s=settings.neo4j_timeout_s,
    )
