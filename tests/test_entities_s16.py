"""Entity rules added in session 16, on short texts written for these tests."""

from __future__ import annotations


def _tagged(r, *labels: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in r.entities if e.label in labels}


def test_a_whole_agency_name_does_not_run_on_into_the_persons_name(extract):
    r = extract("JAKARTA – Kepala Badan Pusat Statistik Darmawan Sukirno menjelaskan penurunan itu kecil.", "2016-01-04")
    assert ("AGENCY", "Badan Pusat Statistik") in _tagged(r, "AGENCY")
    assert ("OFFICIAL", "Darmawan Sukirno") in _tagged(r, "OFFICIAL")
    # a region after it is still part of the name
    r = extract("MATARAM – Badan Pusat Statistik Provinsi Nusa Tenggara Barat mencatat 14 persen penduduk miskin.",
                "2019-07-15")
    assert ("AGENCY", "Badan Pusat Statistik Provinsi Nusa Tenggara Barat") in _tagged(r, "AGENCY")


def test_think_tanks_and_data_offices_by_name(extract):
    r = extract("JAKARTA – Ekonom Center of Reform on Economics (CORE), Fadhil Ramadhan, menilai penurunan lambat. Peneliti "
                "Lembaga Penelitian SMERU menyebut data Ditjen Dukcapil belum padan.", "2023-07-18")
    tagged = _tagged(r, "AGENCY", "OFFICIAL")
    assert {("AGENCY", "Center of Reform on Economics"), ("AGENCY", "CORE"), ("AGENCY", "Lembaga Penelitian SMERU"),
            ("AGENCY", "Ditjen Dukcapil")} <= tagged
    assert ("OFFICIAL", "Center") not in tagged
