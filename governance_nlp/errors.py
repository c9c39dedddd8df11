"""The project's own exception types, so callers can catch bad input apart from bugs."""
from __future__ import annotations


class InputError(ValueError):
    """A source file cannot be read as minutes text (wrong type, undecodable, corrupt or encrypted).

    The message names the file and says what to do, because it reaches users of
    the command line and of ``extract()`` directly.
    """


class ModelError(RuntimeError):
    """A model directory is missing or corrupt, so no pipeline can be loaded from it.

    Kept apart from ``InputError``: the fix is to reinstall or retrain the
    model, not to change the document.
    """


class EmptyDocumentWarning(UserWarning):
    """A document has no text to analyse (empty or whitespace only).

    A warning, not an error: the result is an empty but well-formed record,
    and a batch goes on; filter it with ``warnings.simplefilter`` if expected.
    """
