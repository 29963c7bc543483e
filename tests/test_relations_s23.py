"""Relation, quantity and metric rules added in session 23, each on short articles written for these tests."""

from __future__ import annotations

from kemiskinan_ie.components.quantities import QuantityTagger

from .test_relations import one


def test_people_named_by_their_work_then_where_they_live_take_that_place(extract):
    text = ("PADANG – Di Kelurahan Air Tawar Barat saja ada lebih dari 700 keluarga nelayan yang sudah didata dinas.\n\n"
            "Sepanjang 2022, sebanyak 1.180 nelayan dan ojek di Padang menerima BLT BBM daerah.")
    f = one(extract(text, "2023-01-20"), "1.180")
    assert (f.region_code, f.metric) == ("13.71", "beneficiary_count")


def test_a_part_of_the_year_after_a_place_dates_the_count_before_it(extract):
    text = ("MATARAM – Indeks Kedalaman Kemiskinan (P1) NTB turun dari 2,41 menjadi 2,25.\n\n"
            "Bantuan pangan beras diterima sekitar 610 ribu keluarga di NTB sepanjang semester kedua 2023.")
    assert one(extract(text, "2024-01-16"), "610 ribu keluarga").year == 2023


def test_the_gap_between_two_rates_is_no_rate_but_the_rates_in_brackets_after_it_are(extract):
    text = ("JAKARTA – Persentase penduduk miskin perdesaan pada Maret 2025 sebesar 11,10 persen, sementara di perkotaan "
            "6,70 persen. Selisihnya 4,4 persen poin. Pada Maret 2020, selisih itu sekitar 5,3 persen poin (perdesaan "
            "12,80 persen, perkotaan 7,50 persen).")
    r = extract(text, "2025-08-05")
    assert one(r, "4,4 persen poin").metric == "other"
    assert one(r, "5,3 persen poin").metric == "other"
    f = one(r, "12,80 persen")
    assert (f.metric, f.year) == ("poverty_rate", 2020)


def test_a_household_said_to_have_members_gives_its_size(extract):
    text = ("JAKARTA – Pada September 2024 rata-rata rumah tangga miskin beranggota 4,69 orang, sehingga garis "
            "kemiskinan per rumah tangga menjadi Rp2.790.100 per bulan.")
    assert one(extract(text, "2025-01-20"), "4,69 orang").metric == "household_size"


def test_kilocalories_are_counted_things(extract):
    r = extract("Menghitung Garis Kemiskinan: Dari 2.100 Kilokalori hingga Ongkos Sewa Rumah\n\nJAKARTA – Badan Pusat "
                "Statistik mengukur kemiskinan dengan pendekatan kebutuhan dasar.", "2025-01-20")
    assert all(f.metric == "other" for f in r.figures if f.value == 2100)


def test_a_count_said_per_item_before_it_is_no_aggregate() -> None:
    per_item = {q["value"]: q["per_item"] for q in QuantityTagger(None).find(
        "Tiap kelompok terdiri atas sepuluh orang, dan masing-masing desa mendapat 20 paket. Ada 45 Kube, masing-masing "
        "beranggotakan 12 keluarga. Setiap tahun ada 1.200 keluarga yang menerima bantuan.", [])}
    assert per_item[10] and per_item[20] and per_item[12]
    assert not per_item[1200]  # (a period's "setiap tahun" is no item)


def test_nilainya_after_a_line_named_without_a_value_is_that_line_and_otherwise_money(extract):
    text = ("JAKARTA – Pada September 2024, GKM tercatat Rp441.200. GKBM mencakup kebutuhan minimum perumahan dan "
            "sandang. Paketnya berisi 51 jenis komoditas di perkotaan. Nilainya pada periode yang sama Rp150.900.")
    f = one(extract(text, "2025-01-20"), "Rp150.900")
    assert (f.metric, f.year, f.month) == ("poverty_line_nonfood", 2024, 9)
    text = ("JAKARTA – Lonjakan garis kemiskinan dipicu harga BBM. \"BLT BBM memang membantu, tetapi nilainya Rp600.000 "
            "untuk empat bulan,\" kata ekonom itu.")
    assert one(extract(text, "2023-01-17"), "Rp600.000").metric == "budget"


def test_money_points_back_only_to_money(extract):
    text = ("MARTAPURA – Dinsos menyalurkan Program Sembako kepada 31.200 KPM. Nilai itu naik menjadi Rp200 ribu per "
            "bulan per KPM mulai bulan ini.")
    assert one(extract(text, "2020-04-15"), "Rp200 ribu").metric == "budget"


def test_people_put_forward_for_a_registry_are_not_yet_in_it(extract):
    text = ("LEBAK – Dinas Sosial Kabupaten Lebak mengusulkan 380 rumah tangga baru masuk DTKS agar bisa menerima PKH. "
            "Di sisi lain, 2.410 warga baru diusulkan masuk.")
    r = extract(text, "2024-05-02")
    assert one(r, "380 rumah tangga").metric == "other"
    assert one(r, "2.410 warga").metric == "other"


def test_a_village_heads_own_people_are_the_villages_though_spread_over_hamlets(extract):
    text = ("LEBAK – Kepala Desa Kanekes, Jaro Sarpin, mengatakan penduduk desanya kini sekitar 26.100 jiwa yang "
            "tersebar di 68 kampung.")
    assert one(extract(text, "2023-05-25"), "26.100 jiwa").region_code == "36.02.06.2001"


def test_registry_entries_switched_off_or_lost_are_its_fall(extract):
    text = ("BONE – Dinas Sosial Kabupaten Bone merampungkan pemutakhiran DTKS. Hasilnya, warga yang terdaftar dalam "
            "DTKS kini berjumlah 318.400 jiwa. \"Sebanyak 12.100 jiwa kami nonaktifkan karena meninggal, pindah, atau "
            "sudah mampu,\" kata Kepala Dinsos.\n\nDi Kecamatan Kahu, misalnya, Desa Sanrego kehilangan 211 jiwa dari "
            "daftar.")
    r = extract(text, "2021-06-14")
    for text_, value in (("12.100 jiwa", -12100), ("211 jiwa", -211)):
        f = one(r, text_)
        assert (f.metric, f.kind, f.value) == ("welfare_registry_count", "change", value)


def test_the_registrys_switched_off_entries_after_a_programmes_fall(extract):
    text = ("SURABAYA – Menurut dia, DTKS hasil pemutakhiran per Oktober 2021 kini memuat 139,8 juta jiwa. Pembersihan "
            "itu juga menyentuh peserta PBI JKN: sebanyak 9,6 juta jiwa dinonaktifkan dan digantikan warga miskin lain."
            "\n\nDi Jawa Timur, data yang dinonaktifkan mencapai 3,8 juta jiwa, terbanyak kedua setelah Jawa Barat.")
    r = extract(text, "2021-11-22")
    f = one(r, "9,6 juta jiwa")
    assert (f.metric, f.kind, f.value) == ("beneficiary_count", "change", -9600000)
    f = one(r, "3,8 juta jiwa")
    assert (f.metric, f.kind, f.value) == ("welfare_registry_count", "change", -3800000)


def test_an_estimate_of_a_release_month_already_past_is_measured(extract):
    text = ("JAKARTA – Susenas adalah survei sampel untuk memperkirakan jumlah penduduk miskin, yakni 25,90 juta orang "
            "pada Maret 2018. Penerima bansos ditetapkan dari Basis Data Terpadu.")
    f = one(extract(text, "2018-08-02"), "25,90 juta orang")
    assert (f.kind, f.year, f.month) == ("level", 2018, 3)


def test_a_part_of_a_count_of_places_is_no_statistic(extract):
    text = ("LABUHA – Bupati menargetkan angka kemiskinan turun ke bawah 4 persen pada 2024. Ia menambahkan, dari 30 "
            "kecamatan di Halmahera Selatan, 18 di antaranya merupakan wilayah kepulauan.")
    assert one(extract(text, "2023-08-15"), "18").metric == "other"


def test_people_counted_as_vulnerable_are_not_the_poor(extract):
    text = ("JAKARTA – Jumlah penduduk miskin diperkirakan naik. \"Sekitar 112 juta orang Indonesia tergolong rentan, "
            "satu guncangan saja bisa membuat mereka jatuh miskin,\" ujarnya.")
    assert one(extract(text, "2020-04-20"), "112 juta orang").metric == "other"


def test_a_to_value_after_a_dated_from_value_is_of_the_latest_period(extract):
    text = ("JAKARTA – Persentase penduduk miskin pada September 2021 sebesar 9,71 persen. Pada September 2019 angkanya "
            "9,22 persen, lalu melonjak menjadi 10,19 persen pada September 2020.\n\nMenurut wilayah, persentase "
            "penduduk miskin perkotaan turun dari 7,89 persen pada Maret 2021 menjadi 7,60 persen.")
    f = one(extract(text, "2022-01-17"), "7,60 persen")
    assert (f.year, f.month, f.area) == (2021, 9, "urban")


def test_a_table_of_struck_off_and_added_families_by_district_gives_their_changes(extract):
    text = ("LANGKAT – Dinas Sosial Kabupaten Langkat merampungkan pemutakhiran DTKS. Sebanyak 6.100 keluarga dicoret "
            "dari DTKS.\n\n\"Dari 6.100 keluarga yang dicoret, 2.050 karena kepala keluarganya meninggal dunia,\" kata "
            "kepala dinas.\n\nBerikut rincian per kecamatan (jumlah keluarga):\n\n"
            "Kecamatan | Dicoret | Ditambah\nStabat | 705 | 531\nBabalan | 590 | 466\n\nPemutakhiran berikutnya pada Juni.")
    r = extract(text, "2024-02-21")
    assert one(r, "2.050").metric == "other"  # a reason's share of the removals
    for text_, value, code in (("705", -705, "12.05.07"), ("531", 531, "12.05.07"), ("466", 466, "12.05.14")):
        f = one(r, text_)
        assert (f.metric, f.kind, f.value, f.region_code) == ("welfare_registry_count", "change", value, code)


def test_a_table_of_kapanewon_gives_each_row_its_kapanewon(extract):
    text = ("GUNUNGKIDUL – Dinas Sosial Gunungkidul mencatat 48.100 keluarga miskin dalam DTKS per Juni 2023. "
            "Rinciannya:\n\n| Kapanewon | Keluarga dalam DTKS |\n| Semanu | 6.400 |\n| Ponjong | 5.900 |\n\n"
            "Kepala Dinas Sosial Gunungkidul menyampaikan hal itu.")
    r = extract(text, "2023-07-13")
    assert (one(r, "6.400").region_code, one(r, "5.900").region_code) == ("34.03.08", "34.03.10")


def test_last_years_month_after_a_sentence_pointing_back_counts_from_its_year(extract):
    text = ("YOGYAKARTA – Dinas Sosial mencatat per September 2024 terdapat 13.400 keluarga dalam DTKS. Jumlah itu turun "
            "dibanding September tahun lalu yang mencapai 14.100 keluarga.")
    f = one(extract(text, "2025-01-16"), "14.100 keluarga")
    assert (f.year, f.month) == (2023, 9)


def test_a_province_ranked_beside_the_storys_takes_its_value_and_stays_an_aside(extract):
    text = ("BANDA ACEH – Persentase penduduk miskin Aceh pada Maret 2023 sebesar 14,45 persen. Angka kemiskinan Aceh "
            "masih di atas rata-rata nasional yang sebesar 9,36 persen. Bengkulu menyusul di posisi kedua di Sumatera "
            "dengan 14,04 persen.\n\nIndeks kedalaman kemiskinan (P1) turun menjadi 2,38.")
    r = extract(text, "2023-07-17")
    assert one(r, "14,04 persen").region_code == "17"
    assert one(r, "2,38").region_code == "11"


def test_what_the_food_part_adds_to_the_line_in_money_is_the_food_line(extract):
    text = ("BANDA ACEH – Garis kemiskinan Maret 2023 sebesar Rp634.201 per kapita per bulan. Sumbangan komoditas makanan "
            "terhadap garis kemiskinan mencapai Rp475.330.")
    assert one(extract(text, "2023-07-17"), "Rp475.330").metric == "poverty_line_food"


def test_the_second_pair_of_a_sentence_arrives_in_the_latest_period_too(extract):
    text = ("BANDA ACEH – Persentase penduduk miskin Aceh pada Maret 2023 sebesar 14,45 persen.\n\nUntuk tingkat "
            "kabupaten/kota, data terakhir yang tersedia adalah hasil Maret 2022.\n\nIndeks kedalaman kemiskinan (P1) "
            "turun dari 2,50 pada September 2022 menjadi 2,38, sedangkan indeks keparahan kemiskinan (P2) turun dari "
            "0,64 menjadi 0,59.")
    r = extract(text, "2023-07-17")
    assert (one(r, "0,64").year, one(r, "0,64").month) == (2022, 9)
    assert (one(r, "0,59").year, one(r, "0,59").month) == (2023, 3)


def test_money_after_a_household_size_is_no_restatement_of_it(extract):
    text = ("MANADO – Garis kemiskinan Manado pada September 2023 mencapai Rp684.210 per kapita per bulan. Adapun rata-rata "
            "rumah tangga miskin memiliki 4,6 anggota, sehingga garis kemiskinan per rumah tangga setara Rp3.147.366.")
    assert one(extract(text, "2024-01-18"), "Rp3.147.366").metric == "poverty_line_household"


def test_an_outlet_line_with_a_digit_date_and_a_bare_time_is_boilerplate(extract):
    text = ("Kemiskinan Bengkulu September 2022 Naik Tipis\nBengkuluTerkini | 17/01/2023 10.05\n\nBENGKULU – Persentase "
            "penduduk miskin di Provinsi Bengkulu pada September 2022 tercatat 14,34 persen.")
    r = extract(text, "2023-01-17")
    assert [f.value for f in r.figures] == [14.34]


def test_a_headlines_second_clause_with_its_own_subject_and_verb_gives_a_level(extract):
    text = ("Kemiskinan Kaltim September 2024 Turun, Samarinda Catat 4,42 Persen\nSamarinda Pos | Kamis, 16 Januari 2025 "
            "14:05 WITA\n\nSAMARINDA – BPS Kalimantan Timur mencatat persentase penduduk miskin turun.")
    f = one(extract(text, "2025-01-16"), "4,42 Persen")
    assert (f.kind, f.value, f.region_code) == ("level", 4.42, "64.72")


def test_the_next_of_a_ranked_pair_in_brackets_is_a_change_too(extract):
    text = ("BORONG – Dinas Sosial Manggarai Timur mencoret 3.412 keluarga dari DTKS. Kecamatan dengan pencoretan "
            "terbanyak adalah Lamba Leda Selatan (412 keluarga) dan Kota Komba (389 keluarga).")
    f = one(extract(text, "2023-08-08"), "389 keluarga")
    assert (f.kind, f.value) == ("change", -389)


def test_a_value_alone_after_the_comma_of_a_compared_year_is_that_years(extract):
    text = ("PENAJAM – Persentase penduduk miskin PPU pada Maret 2023 sebesar 6,89 persen. Angka itu sedikit membaik "
            "dibanding tahun sebelumnya, 7,07 persen.")
    f = one(extract(text, "2024-03-05"), "7,07 persen")
    assert (f.year, f.month) == (2022, 3)


def test_a_fall_said_as_already_brought_down_is_negative(extract):
    text = ("SAMPANG – Pemkab Sampang menargetkan kemiskinan ekstrem nol persen pada 2024. \"Tahun lalu kami sudah "
            "turunkan sekitar 1,3 persen poin,\" ujarnya.")
    f = one(extract(text, "2023-03-09"), "1,3 persen poin")
    assert (f.kind, f.value) == ("change", -1.3)


def test_people_named_by_their_work_and_a_regency_after_them_who_begin_receiving(extract):
    text = ("Nelayan Situbondo Terima BLT BBM\n\nSITUBONDO – Sebanyak 4.700 nelayan kecil di Kabupaten Situbondo mulai "
            "menerima BLT BBM dari pemerintah daerah, Senin (26/9/2022).")
    f = one(extract(text, "2022-09-27"), "4.700")
    assert (f.metric, f.region_code) == ("beneficiary_count", "35.12")


def test_persentasenya_is_the_rate_of_the_count_before_it_or_the_poverty_rate(extract):
    text = ("JAKARTA – Di luar kawasan timur, Jawa Barat tercatat memiliki penduduk miskin ekstrem terbanyak secara "
            "absolut, sekitar 410 ribu jiwa, walaupun persentasenya hanya 0,82 persen.")
    assert one(extract(text, "2024-07-05"), "0,82 persen").metric == "extreme_poverty_rate"
    text = ("BPS: Sampang Masih Kabupaten Termiskin di Jatim, Persentasenya 20,70 Persen\n\nSURABAYA – BPS Jawa Timur "
            "merilis data kemiskinan kabupaten/kota.")
    assert one(extract(text, "2019-12-19"), "20,70 Persen").metric == "poverty_rate"


def test_the_added_beside_the_struck_off_are_the_lists_rise(extract):
    text = ("Verifikasi DTKS Bengkalis: 3.210 Keluarga Dicoret, 2.080 Keluarga Baru Masuk\n\nBENGKALIS – Dinas Sosial "
            "Kabupaten Bengkalis merampungkan verifikasi DTKS.")
    f = one(extract(text, "2024-03-07"), "2.080 Keluarga")
    assert (f.metric, f.kind, f.value) == ("welfare_registry_count", "change", 2080)


def test_the_review_narrowings_hold(extract):
    # (review 23) handing aid out is no fall; a gap over time is a change; "Nilainya" with no figure before it; bare cells
    r = extract("PATI – Tahun lalu kami sudah turunkan bantuan sebanyak 1.200 paket ke Kabupaten Pati.", "2024-01-16")
    assert one(r, "1.200").kind == "level"
    r = extract("BREBES – Angka kemiskinan turun dari 17,4 persen menjadi 15,8 persen, selisih 1,6 persen poin dibanding "
                "tahun lalu.", "2024-01-16")
    assert one(r, "1,6 persen poin").metric == "poverty_rate"
    r = extract("PONTIANAK – Garis kemiskinan Kalimantan Barat Maret 2023 terdiri dari GKM dan GKBM. GKBM mencakup "
                "perumahan, pendidikan, dan kesehatan. Nilainya Rp162.400 per kapita per bulan.", "2024-01-16")
    assert one(r, "Rp162.400").metric == "poverty_line_nonfood"
    r = extract("SLEMAN – Hasil verifikasi DTKS Kabupaten Sleman per kecamatan.\nKecamatan | Dicoret | Ditambah\n"
                "Depok | 410 | 120\nMlati | 318 | 95", "2024-03-01")
    f = one(r, "410")
    assert (f.metric, f.kind, f.value, f.region_code) == ("welfare_registry_count", "change", -410, "34.04.07")


def test_a_table_of_lembang_gives_each_row_its_village(extract):
    text = ("RANTEPAO – Dinas Sosial Toraja Utara merampungkan pemutakhiran DTKS. Berikut lima lembang dengan jumlah "
            "keluarga dalam DTKS terbanyak:\n\nLembang | Kecamatan | Keluarga\nSa'dan Ulusalu | Sa'dan | 310\n"
            "Bululangkan | Rindingallo | 285\n\nPemutakhiran berikutnya pada Juni.")
    r = extract(text, "2021-03-22")
    assert (one(r, "310").region_code, one(r, "285").region_code) == ("73.26.06.2001", "73.26.04.2001")


def test_a_district_column_reads_a_cell_named_like_the_regency_as_its_district(extract):
    text = ("AMLAPURA – Dinas Sosial Karangasem mencatat keluarga dalam DTKS per Desember 2019 sebagai berikut:\n\n"
            "Kecamatan | Jumlah KK\nKubu | 7.100\nKarangasem | 5.410\nSelat | 3.100\n\nData itu dipakai untuk PKH.")
    r = extract(text, "2020-01-15")
    assert (one(r, "5.410").region_code, one(r, "3.100").region_code) == ("51.07.04", "51.07.07")
