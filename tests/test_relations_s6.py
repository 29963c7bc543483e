"""Relation rules added in session 6, each on short articles written for these tests."""

from __future__ import annotations


def one(result, text):
    hits = [f for f in result.figures if f.text.startswith(text)]
    assert len(hits) == 1, (text, [f.text for f in result.figures])
    return hits[0]


def test_a_kampung_described_by_where_it_lies_stays_the_topic(extract):
    r = extract("Warga Kampung Kwimi Menanti Rumah Layak\n\n"
                "ARSO – Kepala Kampung Kwimi, Yosep Kimber, mengumpulkan warganya di gereja. Kampung di Distrik "
                "Arso, Kabupaten Keerom, itu sedang menyusun daftar penerima bantuan tahun 2022.\n\n"
                "\"Kampung kami punya 120 kepala keluarga dengan 455 jiwa. Sebanyak 52 KK tergolong miskin, dan "
                "30 KK di antaranya kami usulkan sebagai penerima BLT,\" kata Yosep. Setiap penerima mendapat "
                "Rp300 ribu per bulan.", "2022-04-10")
    got = {f.text: (f.metric, f.region_code) for f in r.figures}
    village = "91.11.02.2003"
    assert got["120 kepala keluarga"] == ("other", village)  # the village's households
    assert got["455 jiwa"] == ("population", village)  # its people, not recipients
    assert got["52 KK"] == ("poverty_count", village)
    assert got["30 KK"] == ("beneficiary_count", village)  # "kami usulkan sebagai penerima"
    assert got["Rp300 ribu"] == ("budget", village)


def test_a_district_named_as_where_something_is_still_counts_without_the_demonstrative(extract):
    r = extract("Di Distrik Arso, Kabupaten Keerom, tercatat 310 KK miskin pada 2022.", "2022-04-10")
    assert one(r, "310 KK").region_code == "91.11.02"
