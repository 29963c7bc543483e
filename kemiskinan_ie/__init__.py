"""kemiskinan_ie: structured, checkable data from Indonesian poverty news.

>>> import kemiskinan_ie
>>> result = kemiskinan_ie.extract("Pada 2022 jumlah penduduk miskin di Kabupaten Balangan 7.064 jiwa.")
>>> [(f.metric, f.value, f.year) for f in result.figures]
[('poverty_count', 7064, 2022)]
"""

from .pipeline import extract, extract_many, load
from .schema import ArticleResult, Entity, Figure, json_schema

__version__ = "0.1.0"
__all__ = ["load", "extract", "extract_many", "ArticleResult", "Entity", "Figure", "json_schema", "__version__"]
