"""Checks particular to the held-out gold sets of session 15 (``gold_heldout217`` on, seven articles each),
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, load

FIRST, LAST = 217, 240
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}


def test_the_registry_update_counts_families_leaving_it_as_a_fall() -> None:
    # gold_heldout221-03: "ada 2.429 keluarga yang keluar dari DTKS dalam setahun, atau berkurang 7.558 jiwa"
    changes = {(f["value"], f["unit"]) for a in [article(SETS, 221, 3)] for f in a["figures"]
               if f["metric"] == "welfare_registry_count" and f["kind"] == "change"}
    assert {(-2429, "households"), (-7558, "persons")} <= changes


def test_the_district_list_under_a_kind_naming_lead_is_of_the_regencys_districts() -> None:
    # gold_heldout223-02: "Kecamatan dengan jumlah keluarga desil 1 terbanyak yakni:\n- Tongkuno: 612 keluarga ..."
    listed = [f["region_code"] for f in article(SETS, 223, 2)["figures"] if f["metric"] == "welfare_registry_count"
              and f["region_code"] and f["region_code"].count(".") == 2]
    assert len(listed) == 5 and all(c.startswith("74.03.") for c in listed)


def test_the_list_under_a_lead_with_a_bracketed_period_has_two_periods() -> None:
    # gold_heldout234-01: "... pada Maret 2013 (dalam kurung: Maret 2012):\n\n- Kabupaten Nganjuk: 13,22 persen (13,91 persen)"
    years = {f["year"] for f in article(SETS, 234, 1)["figures"] if f["region_code"] and f["region_code"].startswith("35.")}
    assert {2012, 2013} <= years


def test_a_village_named_with_its_type_word_is_the_one_in_the_city() -> None:
    # gold_heldout225-05: "Keuchik Gampong Pande ... di gampongnya terdapat 32 KPM" (Banda Aceh, not a "Pande" elsewhere)
    codes = {f["region_code"] for f in article(SETS, 225, 5)["figures"]}
    assert "11.71.06.2005" in codes and not any(c and c.startswith("72.") for c in codes)
