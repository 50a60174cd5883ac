"""Settings: the one place configuration is read.

Every setting has a default, an environment variable, and (for the CLI) a
flag that wins over both. Nothing else in the package reads ``os.environ``
for its own configuration, so the README's table of settings is this file.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_DATABASE_URL = "sqlite:///./claims.db"


def _env_bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(environ: Mapping[str, str], name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None


@dataclass(frozen=True)
class ApiLimits:
    """Guards on what one GraphQL request may ask for."""

    max_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 2000
    max_batch: int = 10
    max_body_bytes: int = 1_000_000
    page_default: int = 20
    page_max: int = 100


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    # Largest document text accepted, counted in characters after decoding.
    max_document_chars: int = 2_000_000
    # Documents per transaction on JSON Lines ingest: large enough that a
    # commit per row does not bound throughput, small enough that a failure
    # re-runs little work.
    ingest_batch_size: int = 200
    sqlite_busy_timeout_ms: int = 10_000
    private: bool = False
    ide: bool = True
    introspection: bool = True
    match_config: Path | None = None
    limits: ApiLimits = field(default_factory=ApiLimits)

    def with_overrides(self, **changes: object) -> "Settings":
        """A copy with the given non-None values replaced (CLI flags)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})  # type: ignore[arg-type]


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read settings from the environment.

    >>> load_settings({"CLAIMS_DATABASE_URL": "sqlite:///x.db"}).database_url
    'sqlite:///x.db'
    >>> load_settings({"CLAIMS_PRIVATE": "1"}).private
    True
    """
    env = os.environ if environ is None else environ
    limits = ApiLimits(
        max_depth=_env_int(env, "CLAIMS_MAX_QUERY_DEPTH", ApiLimits.max_depth),
        max_aliases=_env_int(env, "CLAIMS_MAX_ALIASES", ApiLimits.max_aliases),
        max_tokens=_env_int(env, "CLAIMS_MAX_TOKENS", ApiLimits.max_tokens),
        max_batch=_env_int(env, "CLAIMS_MAX_BATCH", ApiLimits.max_batch),
        max_body_bytes=_env_int(env, "CLAIMS_MAX_BODY_BYTES", ApiLimits.max_body_bytes),
    )
    match_config = env.get("CLAIMS_MATCH_CONFIG")
    if not match_config and Path("claims.toml").is_file():
        match_config = "claims.toml"
    return Settings(
        database_url=env.get("CLAIMS_DATABASE_URL") or DEFAULT_DATABASE_URL,
        max_document_chars=_env_int(env, "CLAIMS_MAX_DOCUMENT_CHARS", 2_000_000),
        ingest_batch_size=_env_int(env, "CLAIMS_INGEST_BATCH_SIZE", 200),
        sqlite_busy_timeout_ms=_env_int(env, "CLAIMS_SQLITE_BUSY_TIMEOUT_MS", 10_000),
        private=_env_bool(env.get("CLAIMS_PRIVATE"), False),
        ide=_env_bool(env.get("CLAIMS_IDE"), True),
        introspection=_env_bool(env.get("CLAIMS_INTROSPECTION"), True),
        match_config=Path(match_config) if match_config else None,
        limits=limits,
    )
