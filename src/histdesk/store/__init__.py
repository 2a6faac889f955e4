"""The only package that touches a database: the workspace file and its migrations."""

from histdesk.store.extractions import DocumentExtraction
from histdesk.store.workspace import Workspace, open_workspace

__all__ = ["DocumentExtraction", "Workspace", "open_workspace"]
