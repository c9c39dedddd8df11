"""Evaluation over character offsets: scores, error analysis and baselines.

``scoring`` and ``errors`` are plain Python; ``baselines`` imports scikit-learn
when a TF-IDF model is fitted, so it is not imported here.
"""
from .errors import error_analysis, error_summary, write_error_analysis
from .scoring import char_iou, evaluate, format_table, prf

__all__ = ["char_iou", "error_analysis", "error_summary", "evaluate", "format_table", "prf", "write_error_analysis"]
