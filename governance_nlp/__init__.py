"""governance_nlp: structured data from UK local-government minutes.

    >>> import governance_nlp
    >>> minutes = governance_nlp.extract("Present: Cllr David Parsons (Leicestershire CC) ...")
    >>> minutes.to_dict()["councillors"]
"""
from .api import extract, extract_dataset, extract_many, load
from .errors import EmptyDocumentWarning, InputError, ModelError
from .minutes import Action, Councillor, Decision, Declaration, Entity, Item, Minutes, Motion, Officer
from .version import __version__

__all__ = ["extract", "extract_dataset", "extract_many", "load", "Minutes", "Entity", "Decision", "Action", "Councillor",
           "Officer", "Item", "Motion", "Declaration", "InputError", "ModelError", "EmptyDocumentWarning", "__version__"]
