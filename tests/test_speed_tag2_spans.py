"""Span attributes set many at a time read back like ones set one by one."""

import kemiskinan_ie
from kemiskinan_ie import pipeline
from kemiskinan_ie.extensions import set_many_span_attrs, set_span_attrs

TEXT = "Garis kemiskinan Kota Padang naik menjadi Rp 712.000 per kapita per bulan pada Maret 2024."


def test_many_equals_one_by_one():
    nlp = kemiskinan_ie.load()
    a = pipeline.make_doc(nlp, TEXT)
    b = pipeline.make_doc(nlp, TEXT)
    items = [(42, 52, {"value": 712000.0, "unit": "idr"}), (79, 89, {"year": 2024, "month": 3})]
    for s, e, attrs in items:
        set_span_attrs(a, "QUANTITY", s, e, attrs)
    set_many_span_attrs(b, "QUANTITY", items)
    assert a._.span_attrs == b._.span_attrs
    assert b.char_span(42, 52, label="QUANTITY")._.attrs == {"value": 712000.0, "unit": "idr"}


def test_nothing_to_set_leaves_no_table():
    nlp = kemiskinan_ie.load()
    doc = pipeline.make_doc(nlp, TEXT)
    set_many_span_attrs(doc, "DATE", [])
    assert doc._.span_attrs is None


def test_pipeline_span_attrs_on_metric_and_date():
    nlp = kemiskinan_ie.load()
    doc = nlp(pipeline.make_doc(nlp, TEXT, "2024-07-01"))
    metric = [sp for sp in doc.spans["metric"] if sp.text == "Garis kemiskinan"]
    assert metric and metric[0]._.attrs == {"metric": "poverty_line"}
    date = [sp for sp in doc.spans["date"] if "2024" in sp.text]
    assert date and date[0]._.attrs.get("year") == 2024


def test_doc_ext_reads_what_doc_underscore_reads():
    from kemiskinan_ie.extensions import doc_ext

    nlp = kemiskinan_ie.load()
    doc = nlp(pipeline.make_doc(nlp, TEXT, "2024-07-01"))
    names = ("published", "article_date", "span_attrs", "figures", "warnings")
    for name in names:
        assert doc_ext(doc, name) == getattr(doc._, name)
    assert doc_ext(doc, "published") == "2024-07-01" and doc_ext(doc, "figures")
    bare = pipeline.make_doc(nlp, TEXT)
    assert [doc_ext(bare, n) for n in names] == [None] * len(names)
