"""The pure text layer: claim extraction, no database or GraphQL imports.

>>> from claims.text import extract
>>> [f.kind.value for f in extract("Two soldiers were killed.", language="en").frames]
['CASUALTY']
"""

# First: whether the submodules below load compiled or from source.
from claims.text import _native  # noqa: F401
from claims.text.documents import DocumentFormatError, parse_front_matter
from claims.text.entities import Entity, EntityIndex
from claims.text.extract import (
    EXTRACTOR_NAME,
    EXTRACTOR_VERSION,
    Extractor,
    ExtractorSettings,
    default_extractor,
    extract,
)
from claims.text.frames import ClaimKind, Extraction, Frame, Qualifier
from claims.text.lang import detect_language
from claims.text.normalize import Normalized, fold, normalize
from claims.text.render import frames_as_json

__all__ = [
    "EXTRACTOR_NAME",
    "EXTRACTOR_VERSION",
    "ClaimKind",
    "DocumentFormatError",
    "Entity",
    "EntityIndex",
    "Extraction",
    "Extractor",
    "ExtractorSettings",
    "Frame",
    "Normalized",
    "Qualifier",
    "default_extractor",
    "detect_language",
    "extract",
    "fold",
    "frames_as_json",
    "normalize",
    "parse_front_matter",
]
