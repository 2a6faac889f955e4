"""bytes -> ParsedDocument; pure; raises InputError; never writes. See README.md."""

from histdesk.ingest.read import read_document, read_paths

__all__ = ["read_document", "read_paths"]
