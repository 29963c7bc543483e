"""``kie_relations``: link every statistic to metric, region, period, kind and more.

For each QUANTITY outside boilerplate the linker decides, reading left to right as a careful
reader does:

* **metric** from the nearest metric cue before it in the sentence whose unit map fits the
  quantity (``data/metric_cues.yaml``), anaphora ("angka tersebut", "jumlahnya") repeating the
  metric before, a registry cited in the sentence making level counts ``welfare_registry_count``;
  quantities with no fitting cue become ``other`` (kept, but not claimed as a known statistic);
* **kind**: a change verb governing the number ("turun 0,21 persen poin", "berkurang 61 KPM")
  makes a signed change unless a level word intervenes ("turun menjadi 7.316 jiwa"); target
  cues make a ``target``;
* **period**: a date attached after the number ("8.590 jiwa pada 2023"), else the nearest date
  before it in its clause or sentence (comparison bases such as "dibandingkan Maret 2022" are
  skipped for changes), else the period carried over from earlier sentences, else the article's
  own date; a "dari X menjadi Y" from-value takes the comparison period; "tiga tahun
  berturut-turut" series are counted back;
* **region**: the nearest subject place before it in the sentence (comparison frames such as
  "terendah di Kalsel" and appositions such as "Bone, Sulawesi Selatan" are not subjects;
  "nasional" is Indonesia), else the region carried over, else the article's main region;
* **area**, **approx**, **program** (for beneficiaries, budgets, registries), **source**
  (the agency cited) and **speaker** (the official quoted).

Results: ``doc._.figures`` (dicts with ``schema.Figure`` fields) and ``state(doc)["figures"]``.
"""

from .linker import RelationLinker, make_relations

__all__ = ["RelationLinker", "make_relations"]
