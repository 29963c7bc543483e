"""Relation rules added in session 15, each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def test_the_same_places_earlier_data_compared_with_does_not_date_what_follows(extract):
    text = ("PONOROGO – Berdasarkan data registri yang diterima dari Kementerian Sosial pada April 2025, warga miskin "
            "ekstrem di Kabupaten Ponorogo tercatat 2.880 jiwa.\n\n"
            "Jumlah itu menyusut dibandingkan data P3KE tahun 2022 yang mencatat 7.410 jiwa miskin ekstrem di "
            "kabupaten ini.\n\n"
            "Sebaran per kecamatan:\n- Kecamatan Sawoo: 540 jiwa\n- Kecamatan Ngrayun: 505 jiwa")
    r = extract(text, "2025-05-20")
    assert one(r, "7.410 jiwa").year == 2022
    f = one(r, "540 jiwa")
    assert (f.year, f.month) == (2025, 4)
    # (another region's value compared with is no aside of the topic: the figure after it keeps its period)
    r = extract("CURUP – Persentase penduduk miskin Rejang Lebong pada Maret 2024 sebesar 14,01 persen. Posisi ini lebih "
                "baik dibanding rata-rata Provinsi Bengkulu yang pada Maret 2023 mencatat 14,04 persen. Kabupaten "
                "tetangga, Lebong, berada di angka 12,10 persen.", "2024-07-02")
    assert (one(r, "12,10 persen").year, one(r, "12,10 persen").month) == (2023, 3)
