"""Reading inputs (files, folders, globs, JSONL, HTML) and writing outputs (JSONL, CSV, Parquet)."""

from .readers import InputFile, InputNotFound, expand_inputs, html_to_article, iter_records, read_jsonl
from .writers import JsonlAppender, jsonl_to_tables, output_paths, repair_jsonl, scan_jsonl

__all__ = [
    "InputFile", "InputNotFound", "expand_inputs", "html_to_article", "iter_records", "read_jsonl",
    "JsonlAppender", "jsonl_to_tables", "output_paths", "repair_jsonl", "scan_jsonl",
]
