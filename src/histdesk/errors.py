"""The one exception tree of histdesk, caught once at the edges (CLI, web).

    HistdeskError                 base; never raised itself
    ├── InputError                the user's input is wrong: one line that names the fix (exit 2)
    │   ├── UnknownEpisodeError   an episode code that is not in the workspace
    │   ├── UnreadableFileError   empty, binary, not UTF-8, invalid JSON, unknown shape
    │   └── WorkspaceError        the workspace file is not a histdesk database
    └── ExtractionError           a bug or a broken model install, not the user's fault
"""


class HistdeskError(Exception):
    """Base of every error histdesk raises on purpose."""


class InputError(HistdeskError):
    """Bad input. The message is one line: what is wrong, then what to do."""


class UnknownEpisodeError(InputError):
    def __init__(self, code: str):
        super().__init__(
            f"episode {code!r} is not in this workspace; "
            f'add it first: histdesk episode add "{code}" "TITLE"'
        )
        self.code = code


class UnreadableFileError(InputError):
    """A file no reader can take."""


class WorkspaceError(InputError):
    """The database file cannot be used as a histdesk workspace."""


class ExtractionError(HistdeskError):
    """The NLP pipeline could not run (for example the spaCy model is not installed)."""
