"""Relation and entity rules added in session 10 (held-out sets 109-112), each on short articles written for
these tests."""

from __future__ import annotations

from .test_relations import one


def test_a_change_with_no_direction_word_goes_the_way_its_two_levels_went(extract):
    r = extract("SAROLANGUN – Persentase penduduk miskin Sarolangun pada Maret 2023 sebesar 7,95 persen. "
                "Angka itu turun dari 8,21 persen pada Maret 2022.\n\n"
                "\"Dalam setahun hanya 0,26 poin. Kita harus bekerja lebih keras,\" kata Bupati Sarolangun.",
                "2023-08-10")
    f = one(r, "0,26 poin")
    assert (f.kind, f.value, f.unit, f.year, f.month) == ("change", -0.26, "percent_point", 2023, 3)


def test_a_rise_with_no_direction_word_stays_positive(extract):
    r = extract("SAROLANGUN – Persentase penduduk miskin Sarolangun pada Maret 2023 sebesar 8,47 persen. "
                "Angka itu naik dari 8,21 persen pada Maret 2022.\n\n"
                "\"Dalam setahun bertambah 0,26 poin,\" kata Bupati Sarolangun.", "2023-08-10")
    assert one(r, "0,26 poin").value == 0.26


def test_a_change_after_its_earlier_level_ends_at_the_later_period_named_before(extract):
    r = extract("KEPAHIANG – Anggota DPRD Kepahiang menilai angka kemiskinan 13,40 persen untuk Maret 2023 "
                "terlalu rendah. \"BPS bilang penduduk miskin kita sekitar 18,2 ribu jiwa,\" katanya.\n\n"
                "Pada Maret 2022, persentase penduduk miskin Kepahiang 13,95 persen. "
                "\"Setahun cuma turun 0,55 poin,\" ujarnya.", "2024-02-01")
    f = one(r, "0,55 poin")
    assert (f.value, f.year, f.month) == (-0.55, 2023, 3)


def test_the_whole_a_fraction_is_taken_of_is_no_registry_count(extract):
    r = extract("Sebanyak 96 keluarga di Desa Nanga Mau tercatat dalam Data Terpadu Kesejahteraan Sosial (DTKS). "
                "Jumlah itu hampir sepertiga dari 310 kepala keluarga di desa tersebut.", "2023-05-02")
    assert one(r, "96 keluarga").metric == "welfare_registry_count"
    assert one(r, "310 kepala keluarga").metric == "other"


def test_a_provinces_average_after_a_comma_is_the_provinces(extract):
    r = extract("Berdasarkan data BPS, persentase penduduk miskin Kulon Progo pada Maret 2024 tercatat 16,39 "
                "persen. Angka itu tertinggi di Daerah Istimewa Yogyakarta, yang rata-ratanya 10,83 persen.",
                "2024-08-01")
    assert one(r, "16,39 persen").region_code == "34.01"
    assert one(r, "10,83 persen").region_code == "34"


def test_a_from_value_with_no_date_after_a_dated_level_and_its_change_is_of_that_earlier_period(extract):
    r = extract("AMBON – Berdasarkan data BPS Maret 2023, persentase penduduk miskin Kabupaten Seram Bagian Timur "
                "mencapai 23,70 persen dan Kabupaten Buru 15,20 persen.\n\n"
                "Pada Maret 2022 persentase Seram Bagian Timur 24,28 persen, sehingga hanya turun 0,58 persen poin. "
                "Buru lebih baik, turun dari 15,92 persen menjadi 15,20 persen.", "2023-08-01")
    f = one(r, "15,92 persen")
    assert (f.region_code, f.year, f.month) == ("81.04", 2022, 3)
    assert one(r, "23,70 persen").year == 2023


def test_a_series_of_dated_levels_is_no_comparison_base(extract):
    r = extract("Pada tahun 2019 jumlah penduduk miskin di Kabupaten Tabalong sekitar 15.210 jiwa dan angka "
                "kemiskinannya 6,10%, sedangkan pada tahun 2020 jumlahnya turun menjadi 14.980 jiwa dengan angka "
                "kemiskinan 5,95% dan untuk 2021 jumlahnya menjadi 15.400 jiwa dengan angka kemiskinan 6,05%.\n\n"
                "Pada tahun 2022 ini, tingkat pengangguran di Kabupaten Tabalong adalah 3,10% dari 250 ribu "
                "penduduknya.", "2022-10-01")
    assert one(r, "250 ribu penduduknya").year == 2022


def test_what_could_be_reached_if_the_rate_fell_is_a_target(extract):
    r = extract("TIOM – Pj Bupati Lanny Jaya menargetkan kemiskinan ekstrem turun menjadi 6 persen pada akhir 2024. "
                "Saat ini kemiskinan ekstrem Lanny Jaya masih 9,86 persen.\n\n"
                "\"Kalau bisa turun sampai 6 persen, itu sudah lompatan besar,\" ujarnya.", "2024-05-16")
    assert all(f.kind == "target" for f in r.figures if f.text.startswith("6 persen"))
    assert one(r, "9,86 persen").kind == "level"


def test_state_bank_group_and_glued_social_office_names_are_agencies(extract):
    r = extract("WONOSARI – Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak (DinsosP3A) Gunungkidul "
                "menyalurkan bantuan lewat bank Himbara. Kepala Bappeda dan Litbang Gunungkidul hadir.",
                "2025-06-23")
    agencies = {e.text for e in r.entities if e.label == "AGENCY"}
    assert "Himbara" in agencies
    assert any(a.startswith("DinsosP3A") for a in agencies)
    assert any(a.startswith("Bappeda dan Litbang") for a in agencies)


def test_counts_ranked_by_place_right_after_a_registry_count_are_the_registrys(extract):
    r = extract("TEGAL – Pemkot Tegal memetakan sasaran hingga tingkat kelurahan. Berdasarkan data Pensasaran "
                "Percepatan Penghapusan Kemiskinan Ekstrem (P3KE), terdapat 2.310 keluarga miskin ekstrem di Kota "
                "Tegal atau sekitar 8,1 ribu jiwa.\n\nKelurahan Muarareja di Kecamatan Tegal Barat mencatat jumlah "
                "terbanyak dengan 187 keluarga, disusul Kelurahan Tegalsari 152 keluarga.", "2023-09-01")
    for t in ("187 keluarga", "152 keluarga"):
        assert one(r, t).metric == "welfare_registry_count"


def test_a_headline_level_after_now_is_no_change(extract):
    r = extract("Penduduk Miskin Kota Blitar Berkurang, Kini 7.930 Jiwa\n\nBLITAR – BPS Kota Blitar mencatat "
                "jumlah penduduk miskin pada Maret 2023 sebanyak 7.930 jiwa.", "2023-08-01")
    f = one(r, "7.930 Jiwa")
    assert (f.kind, f.value) == ("level", 7930)


def test_the_regency_government_giving_to_households_after_a_village_story_is_the_regencys(extract):
    r = extract("PAINAN – Nelayan di Pesisir Selatan kesulitan melaut. Wali Nagari Air Haji, Zulkarnain, menyebut "
                "sebagian nelayan menjual perahu.\n\nUntuk meringankan beban, pemkab menyalurkan bantuan pangan "
                "kepada 2.800 rumah tangga nelayan dengan anggaran Rp350 juta.", "2022-10-11")
    assert one(r, "2.800 rumah tangga").region_code == "13.01"


def test_a_count_of_boats_is_no_statistic(extract):
    r = extract("Berdasarkan DTKS, 3.900 rumah tangga nelayan di Pesisir Selatan tergolong miskin. Di Kecamatan "
                "Lengayang, sekitar 260 perahu tertambat di muara.", "2022-10-11")
    assert all(f.metric == "other" for f in r.figures if f.text.startswith("260"))


def test_residents_living_below_the_line_are_the_poor_whatever_the_headline_counts(extract):
    r = extract("Kemiskinan Boalemo Turun, Bupati Minta Data Penerima Bantuan Diperbarui\n\nTILAMUTA – Sekitar 26 ribu "
                "jiwa penduduk Kabupaten Boalemo masih hidup di bawah garis kemiskinan.", "2024-01-10")
    assert one(r, "26 ribu jiwa").metric == "poverty_count"


def test_families_named_by_their_programme_or_a_programmes_money_are_its_recipients(extract):
    r = extract("Dinsos Pati Salurkan Bansos Tahap II untuk 18.240 Keluarga PKH\n\nPATI – Dinas Sosial Kabupaten "
                "Pati menyalurkan bantuan sosial tahap II.", "2025-05-02")
    assert one(r, "18.240 Keluarga").metric == "beneficiary_count"
    r = extract("Rehabilitasi rumah tidak layak huni (RTLH) dialokasikan Rp18,6 miliar untuk 930 keluarga.",
                "2024-10-01")
    assert one(r, "930 keluarga").metric == "beneficiary_count"
    r = extract("Pemkab menyiapkan bedah rumah tidak layak huni (RTLH) sebanyak 120 unit, serta bantuan bibit "
                "bagi 400 keluarga.", "2024-10-01")
    assert one(r, "400 keluarga").metric == "other"  # other aid named in between


def test_a_radio_frequency_is_no_figure(extract):
    r = extract("NASKAH RADIO | Radio Suara Lebak 101,2 FM | Senin, 12 Februari 2024\n\nPersentase penduduk miskin "
                "Lebak pada Maret 2023 sebesar 9,08 persen.", "2024-02-12")
    assert [f.text for f in r.figures] == ["9,08 persen"]


def test_a_tables_caption_month_dates_its_rows(extract):
    r = extract("Tabel berikut merangkum data kemiskinan Maret 2023:\n\n"
                "Wilayah | Persentase (%) | Penduduk miskin (ribu jiwa)\n"
                "Aceh Singkil | 20,29 | 26,08\nPidie | 18,48 | 83,62\n", "2024-01-18")
    assert {(f.year, f.month) for f in r.figures} == {(2023, 3)}
    assert len(r.figures) == 4


def test_aceh_zakat_office_is_an_agency(extract):
    r = extract("Baitul Mal Kabupaten Aceh Besar menyalurkan zakat produktif. Menurut Baitul Mal, dana tahun ini "
                "lebih besar.", "2024-01-01")
    assert {"Baitul Mal Kabupaten Aceh Besar", "Baitul Mal"} <= {e.text for e in r.entities if e.label == "AGENCY"}


def test_a_look_back_holds_to_the_end_of_its_paragraph(extract):
    r = extract("GARUT – Menurut BPS, persentase penduduk miskin Kabupaten Garut pada Maret 2023 sebesar 9,77 persen "
                "dan Kabupaten Ciamis 7,48 persen. Setahun sebelumnya, Garut masih 10,42 persen, sedangkan Ciamis "
                "7,52 persen.\n\nDalam jumlah orang, Kabupaten Garut mencatat 254.200 jiwa penduduk miskin.",
                "2024-01-17")
    assert one(r, "10,42 persen").year == 2022
    f = one(r, "254.200 jiwa")
    assert (f.metric, f.year, f.month) == ("poverty_count", 2023, 3)
    # within its own paragraph the look back still holds ("ketika itu")
    r = extract("Persentase penduduk miskin Mesuji pada Maret 2024 tercatat 6,71 persen. Setahun sebelumnya Mesuji "
                "masih berada di level 7,15 persen. Lampung Selatan ketika itu 13,62 persen.", "2025-01-17")
    assert one(r, "13,62 persen").year == 2023


def test_people_counted_as_extremely_poor_are_the_extreme_poor(extract):
    r = extract("\"Pada 2023 masih ada 6.150 jiwa yang masuk kategori miskin ekstrem,\" kata Bupati Lebak.",
                "2024-02-01")
    assert one(r, "6.150 jiwa").metric == "extreme_poverty_count"


def test_poor_residents_after_a_population_are_the_poor_but_a_share_of_them_is_no_rate(extract):
    r = extract("Penduduk Kabupaten Garut hampir 2,7 juta jiwa. Kabupaten Tasikmalaya mencatat 198.400 jiwa penduduk "
                "miskin.", "2024-01-17")
    assert one(r, "198.400 jiwa").metric == "poverty_count"
    r = extract("Ketiga provinsi itu menyumbang lebih dari 40 persen penduduk miskin nasional.", "2024-01-17")
    assert all(f.metric == "other" for f in r.figures)


def test_the_value_a_change_is_measured_against_is_a_level(extract):
    r = extract("Jumlah warga dalam desil 1 sampai 5 DTSEN kini 35.580 jiwa, turun dibanding DTKS per Desember 2024 "
                "yang memuat 38.914 jiwa.", "2025-05-01")
    f = one(r, "38.914 jiwa")
    assert (f.kind, f.value) == ("level", 38914)
    r = extract("Anggaran iuran PBI daerah tahun ini Rp18,7 miliar, bertambah dibanding 2023 yang sekitar Rp16,7 "
                "miliar.", "2024-03-01")
    f = one(r, "Rp16,7")
    assert (f.kind, f.year) == ("level", 2023)


def test_review_guards_for_the_session_ten_rules(extract):
    # a qualified whole keeps its count ("sepertiga dari 9.600 keluarga yang terdaftar dalam DTKS")
    r = extract("Sepertiga dari 9.600 keluarga yang terdaftar dalam DTKS Kota Serang belum pernah menerima bansos.",
                "2024-06-01")
    assert one(r, "9.600 keluarga").metric == "welfare_registry_count"
    r = extract("Sebagian besar dari 1.150 KPM PKH di Kecamatan Cikulur adalah ibu rumah tangga.", "2024-06-01")
    assert one(r, "1.150 KPM").metric == "beneficiary_count"
    # a change that runs to now leaves no base for a later from-value
    r = extract("Pada 2015 kemiskinan Kabupaten Jayapura 14,00 persen, sehingga turun 2,5 persen poin hingga kini. "
                "Bupati berjanji menekan kemiskinan dari 11,5 persen menjadi 9 persen pada 2026.", "2024-06-01")
    assert one(r, "11,5 persen").year == 2024
    # "sekarang N lebih banyak dari ..." is still a difference
    r = extract("Penduduk miskin Kabupaten Kendal bertambah, sekarang 1.500 jiwa lebih banyak dari tahun lalu.",
                "2024-06-01")
    assert one(r, "1.500 jiwa").kind == "change"
    # the village named again after the count keeps it
    r = extract("Nelayan di Pesisir Selatan kesulitan melaut. Wali Nagari Air Haji, Zulkarnain, menyebut sebagian "
                "nelayan menjual perahu.\n\nPemkab menyalurkan bantuan pangan kepada 60 rumah tangga nelayan di "
                "nagari itu.", "2024-06-01")
    assert one(r, "60 rumah tangga").region_code != "13.01"
    # a gap to a target or another place is not signed by the two levels before it
    r = extract("Tingkat kemiskinan Kota Bandung tahun 2022 sebesar 4,25 persen, sedangkan tahun 2023 sebesar 3,95 "
                "persen. Namun angka itu masih 0,30 poin di atas target daerah.", "2024-06-01")
    assert all(f.value >= 0 for f in r.figures)


def test_a_neighbours_rate_after_its_poverty_word_is_its_own(extract):
    r = extract("Kondisi Musi Rawas masih lebih baik dibanding Kabupaten Empat Lawang yang angka kemiskinannya pada "
                "Maret 2022 mencapai 12,46 persen.", "2023-10-01")
    assert one(r, "12,46 persen").region_code == "16.11"


def test_the_poor_families_an_aid_is_for_are_its_recipients(extract):
    r = extract("Pemkab Gorut tahun ini mengalokasikan Rp3,6 miliar untuk bantuan bibit dan alat tangkap bagi 1.500 "
                "keluarga miskin di 11 kecamatan.", "2024-05-01")
    assert one(r, "1.500 keluarga").metric == "beneficiary_count"
    r = extract("Di Gorontalo Utara tercatat 1.500 keluarga miskin pada 2023.", "2024-05-01")
    assert one(r, "1.500 keluarga").metric == "poverty_count"


def test_a_place_word_after_a_superlative_is_a_frame_not_the_figures_place(extract):
    r = extract("WAIBAKUL – Angka kemiskinan Sumba Tengah pada Maret 2023 sebesar 33,94 persen. Angka itu jauh di atas "
                "rata-rata NTT sebesar 19,96 persen. Sebagai pembanding, Kota Kupang yang menjadi daerah dengan "
                "kemiskinan terendah di provinsi ini hanya mencatat 8,61 persen.", "2023-09-01")
    assert one(r, "8,61 persen").region_code == "53.71"


def test_families_after_a_price_rise_are_no_change(extract):
    r = extract("Untuk meredam dampak kenaikan BBM, pemerintah pusat menyalurkan BLT BBM kepada 9.874 keluarga di "
                "Majene.", "2022-10-01")
    f = one(r, "9.874 keluarga")
    assert (f.kind, f.metric) == ("level", "beneficiary_count")


def test_a_percentage_of_allocated_money_is_a_share(extract):
    r = extract("Angka kemiskinan Tanimbar pada 2023 sebesar 26,4 persen. Bupati juga meminta kepala desa "
                "mengalokasikan Dana Desa untuk ketahanan pangan paling sedikit 20 persen.", "2023-06-01")
    assert all(f.metric == "other" for f in r.figures if f.text.startswith("20"))


def test_families_who_never_got_aid_are_no_recipients(extract):
    r = extract("Ketua Komisi IV DPRD HSU mengatakan pihaknya banyak menerima aduan. \"Di Paminggir saja, lebih dari "
                "300 keluarga mengadu tidak pernah dapat bantuan apa pun,\" ujarnya.", "2024-02-01")
    assert all(f.metric != "beneficiary_count" for f in r.figures if f.text.startswith("300"))


def test_the_holders_of_a_programmes_card_are_its_recipients(extract):
    r = extract("Dari jumlah itu, baru 4.930 orang yang memiliki Kartu Pelaku Usaha Kelautan dan Perikanan (Kusuka).",
                "2022-09-01")
    assert one(r, "4.930 orang").metric == "beneficiary_count"
