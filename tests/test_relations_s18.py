"""Relation and place rules added in session 18, each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def test_a_from_value_listed_after_a_dated_one_leaves_the_period_in_view(extract):
    r = extract("LAHAT – Kepala Bappeda menyebut persentase penduduk miskin Lahat pada Maret 2023 sebesar 14,11 persen, "
                "turun dari 14,52 persen pada Maret 2022 dan 15,09 persen pada Maret 2021. Jumlahnya berkurang 1.150 "
                "jiwa dalam setahun menjadi 58,2 ribu jiwa.", "2024-01-15")
    assert (one(r, "15,09 persen").year, one(r, "15,09 persen").month) == (2021, 3)
    for value in ("1.150 jiwa", "58,2 ribu jiwa"):
        assert (one(r, value).year, one(r, value).month) == (2023, 3), value
    # a value after the dated from-value that is no list item of it ("... pada Maret 2022 dan kini 13 persen"): no from-value
    r = extract("LAHAT – Persentase penduduk miskin Lahat turun dari 14,52 persen pada Maret 2022 dan kini tinggal "
                "13,90 persen. Jumlahnya 58,2 ribu jiwa.", "2024-01-15")
    assert one(r, "58,2 ribu jiwa").year != 2022


def test_a_table_row_names_its_district_bare_under_a_district_column(extract):
    text = ("MUARA ENIM – Jumlah keluarga miskin di Kabupaten Muara Enim pada 2024 tercatat 9.310 keluarga.\n\n"
            "Kecamatan | Keluarga | Jiwa\nTanjung Agung | 1.204 | 4.511\nSemende Darat Laut | 877 | 3.120\n")
    r = extract(text, "2024-06-03")
    codes = {f.text: f.region_code for f in r.figures}
    assert codes["1.204"] == codes["4.511"] != "16.03"
    assert codes["1.204"].startswith("16.03.") and codes["877"].startswith("16.03.") and codes["877"] != codes["1.204"]
    # a column of another kind ("Program"): the bare first cell is no district of the row
    r = extract(text.replace("Kecamatan | Keluarga", "Program | Keluarga"), "2024-06-03")
    assert one(r, "1.204").region_code == "16.03"


def test_a_headline_verb_striking_entries_from_a_registry_is_a_fall(extract):
    r = extract("Dinsos Kota Blitar Coret 1.460 Warga dari DTKS\n\nBLITAR – Dinas Sosial merampungkan pemutakhiran DTKS.",
                "2023-03-02")
    f = one(r, "1.460 Warga")
    assert (f.metric, f.kind, float(f.value)) == ("welfare_registry_count", "change", -1460.0)
    # a lower-case "coret" in running text is no headline verb
    r = extract("BLITAR – Petugas menulis coret 1.460 warga di lembar DTKS.", "2023-03-02")
    assert one(r, "1.460 warga").kind != "change"


def test_a_provinces_transfer_is_no_region_of_a_regency_list_line(extract):
    r = extract("CIAMIS – Pemkab Ciamis memperbaiki rumah warga tahun ini. Sumber dananya:\n"
                "- APBD Kabupaten Ciamis: Rp9 miliar\n- Bantuan keuangan Provinsi Jawa Barat: Rp6 miliar\n", "2024-03-07")
    assert one(r, "Rp6 miliar").region_code == "32.07"


def test_the_date_of_a_side_counts_from_value_does_not_move_the_period(extract):
    r = extract("JAKARTA – Tingkat kemiskinan ekstrem nasional pada Maret 2024 sebesar 0,83 persen.\n\n"
                "Pemerintah menetapkan 212 kabupaten/kota sebagai wilayah prioritas pada 2024, naik dari 140 "
                "kabupaten/kota pada 2023.\n\nTingkat kemiskinan ekstrem di perdesaan mencapai 1,26 persen.", "2024-10-03")
    f = one(r, "1,26 persen")
    assert (f.year, f.month) == (2024, 3)


def test_a_look_back_said_as_such_is_recalled_in_passing(extract):
    r = extract("JAKARTA – Jumlah penduduk miskin ekstrem pada Maret 2024 tinggal 2,3 juta jiwa. \"Kalau melihat ke "
                "belakang, pada 2021 jumlahnya masih 5,8 juta jiwa,\" ujarnya.\n\nTingkat kemiskinan ekstrem di "
                "perdesaan tercatat 1,26 persen.", "2024-10-03")
    assert one(r, "5,8 juta jiwa").year == 2021
    assert (one(r, "1,26 persen").year, one(r, "1,26 persen").month) == (2024, 3)


def test_a_change_listed_against_a_second_base_is_a_change_too(extract):
    r = extract("JAKARTA – Jumlah penduduk miskin pada Maret 2025 sebanyak 23,85 juta orang, berkurang 0,21 juta orang "
                "dibanding September 2024 dan 1,37 juta orang dibanding Maret 2024.", "2025-08-01")
    f = one(r, "1,37 juta orang")
    assert (f.kind, float(f.value)) == ("change", -1370000.0)
    # the same words with a level after them, compared with nothing: a level
    r = extract("JAKARTA – Jumlah penduduk miskin pada Maret 2025 berkurang 0,21 juta orang dibanding September 2024 dan "
                "23,85 juta orang kini tercatat.", "2025-08-01")
    assert one(r, "23,85 juta orang").kind == "level"


def test_the_actual_a_goal_is_compared_with_is_a_level(extract):
    r = extract("JAKARTA – Bappenas menetapkan sasaran kemiskinan 2026. Sasaran itu lebih rendah dibanding capaian "
                "terakhir BPS, yakni 8,47 persen pada Maret 2025.", "2025-08-14")
    f = one(r, "8,47 persen")
    assert (f.metric, f.kind, f.year, f.month) == ("poverty_rate", "level", 2025, 3)


def test_a_registry_pointed_back_to_holds_the_count_after_it(extract):
    r = extract("JAKARTA – Penyaluran bansos tahun ini mengacu pada Data Tunggal Sosial dan Ekonomi Nasional (DTSEN). "
                "Data itu mencakup sekitar 285 juta jiwa penduduk.", "2025-01-20")
    f = one(r, "285 juta jiwa")
    assert (f.metric, f.program) == ("welfare_registry_count", "DTSEN")
    # with no registry in the sentence before: the residents
    r = extract("JAKARTA – Pemerintah memperbarui data. Data itu mencakup sekitar 285 juta jiwa penduduk.", "2025-01-20")
    assert one(r, "285 juta jiwa").metric != "welfare_registry_count"


def test_a_part_of_the_recipients_and_a_daily_amount_are_no_statistic(extract):
    r = extract("JAKARTA – Tingkat kemiskinan ekstrem nasional pada Maret 2024 sebesar 0,83 persen. Menurutnya, masih ada "
                "sekitar 40 persen penerima bansos yang tergolong mampu.", "2024-07-02")
    assert one(r, "40 persen").metric == "other"
    r = extract("JAKARTA – Garis kemiskinan Maret 2024 sebesar Rp582.932 per kapita per bulan. \"Kalau dibagi per hari, "
                "itu kurang dari Rp20.000 per orang,\" ujarnya.", "2024-07-02")
    assert one(r, "Rp582.932").metric == "poverty_line" and one(r, "Rp20.000").metric == "other"


def test_bps_island_groups_written_out_without_pulau(extract):
    text = ("JAKARTA – Sebaran penduduk miskin menurut pulau pada Maret 2023:\n1. Sumatera: 9,49 persen\n"
            "2. Bali dan Nusa Tenggara: 13,63 persen\n3. Kalimantan: 5,67 persen\n4. Maluku dan Papua: 19,68 persen\n")
    r = extract(text, "2023-07-17")
    assert (one(r, "13,63 persen").region, one(r, "13,63 persen").region_code) == ("Pulau Bali dan Nusa Tenggara", None)
    assert one(r, "19,68 persen").region == "Pulau Maluku dan Papua"
    # with no other island named, "Maluku dan Papua" are two provinces
    r = extract("AMBON – Tim itu berkunjung ke Maluku dan Papua pekan lalu.", "2023-07-17")
    assert {e.text for e in r.entities if e.label == "PLACE"} >= {"Maluku", "Papua"}


def test_a_value_pointed_back_to_keeps_its_island(extract):
    r = extract("JAKARTA – Jumlah penduduk miskin Indonesia pada September 2019 sebanyak 24,79 juta orang. Hampir "
                "separuh penduduk miskin, sekitar 12,48 juta orang, tinggal di Pulau Jawa. Angka itu berkurang sekitar "
                "290 ribu orang dibanding Maret 2019.", "2020-01-15")
    f = one(r, "290 ribu orang")
    assert (f.region, f.kind) == ("Pulau Jawa", "change")


def test_the_next_of_a_ranking_of_changes_keeps_their_direction(extract):
    r = extract("JAKARTA – Dibanding September 2022, persentase penduduk miskin turun di hampir semua pulau. Penurunan "
                "terbesar terjadi di Maluku dan Papua yang turun 0,42 persen "
                "poin, disusul Bali dan Nusa Tenggara sebesar 0,27 persen poin. Sumatera dan Kalimantan juga turun.",
                "2023-07-17")
    assert float(one(r, "0,27 persen poin").value) == -0.27


def test_years_counted_on_or_back_from_a_named_period(extract):
    r = extract("JAKARTA – Pada Maret 2014, kemiskinan perdesaan masih 14,17 persen; sepuluh tahun kemudian menjadi 11,79 "
                "persen.", "2024-08-01")
    assert one(r, "11,79 persen").year == 2024
    r = extract("JAKARTA – Pada Maret 2024 kemiskinan nasional 9,03 persen. Lima tahun sebelumnya angkanya 9,41 persen.",
                "2024-08-01")
    assert one(r, "9,41 persen").year == 2019


def test_a_peak_recalled_in_passing_leaves_the_period(extract):
    r = extract("JAKARTA – Persentase penduduk miskin Maret 2024 sebesar 9,03 persen, turun dari 9,36 persen pada Maret "
                "2023 dan jauh di bawah puncak pandemi 10,19 persen pada September 2020. Tingkat kemiskinan ekstrem "
                "juga turun menjadi 0,83 persen.", "2024-08-20")
    assert (one(r, "0,83 persen").year, one(r, "0,83 persen").month) == (2024, 3)
    # a regency named Puncak Jaya is no peak
    r = extract("JAKARTA – Tingkat kemiskinan ekstrem nasional pada 2023 sebesar 0,83 persen. Di Kabupaten Puncak Jaya, "
                "tingkat kemiskinan ekstrem pada 2022 masih 16,87 persen. Sebaliknya, Kabupaten Tapanuli Selatan "
                "mencatat 0,38 persen pada tahun yang sama.", "2024-08-20")
    assert one(r, "0,38 persen").year == 2022


def test_a_place_ranked_second_nationally_keeps_its_count(extract):
    r = extract("SERANG – Tingkat pengangguran terbuka (TPT) Banten pada Agustus 2023 tercatat 7,52 persen, tertinggi "
                "kedua secara nasional, dengan jumlah pengangguran sekitar 434 ribu orang.", "2024-01-16")
    assert one(r, "434 ribu orang").region_code == "36"


# --- narrowings and near variants after the review of session 18's rules (/work/helpers/review18) ---


def test_a_later_dated_value_after_a_from_value_is_no_from_value(extract):
    r = extract("LAHAT – Persentase penduduk miskin Lahat turun dari 14,52 persen pada Maret 2022 dan 13,90 persen pada "
                "Maret 2024. Jumlahnya 58,2 ribu jiwa.", "2024-08-01")
    assert (one(r, "58,2 ribu jiwa").year, one(r, "58,2 ribu jiwa").month) == (2024, 3)


def test_every_item_of_a_ranking_of_changes_keeps_the_direction(extract):
    r = extract("JAKARTA – Persentase penduduk miskin turun di semua pulau dibanding September 2022. Penurunan terbesar "
                "terjadi di Pulau Sulawesi yang turun 0,42 persen poin, disusul Pulau Kalimantan 0,27 persen poin, dan "
                "Pulau Jawa 0,15 persen poin.", "2023-07-17")
    assert [float(one(r, v).value) for v in ("0,27 persen poin", "0,15 persen poin")] == [-0.27, -0.15]
    r = extract("JAKARTA – Persentase penduduk miskin Maret 2025 turun 0,10 persen poin terhadap September 2024, serta "
                "sebesar 0,55 persen poin jika dibandingkan Maret 2024.", "2025-08-01")
    assert float(one(r, "0,55 persen poin").value) == -0.55


def test_a_headline_share_word_on_the_next_line_is_no_share(extract):
    r = extract("Angka Kemiskinan Garut Turun Jadi 9,5 Persen\n\nPenerima bansos di Garut juga akan diverifikasi ulang.",
                "2024-03-01")
    assert one(r, "9,5 Persen").metric == "poverty_rate"


def test_a_goal_compared_with_another_goal_stays_a_target(extract):
    r = extract("JAKARTA – Bappenas menetapkan sasaran kemiskinan 2026 sebesar 6,5-7,5 persen. Sasaran itu lebih rendah "
                "dibanding angka target tahun ini, yakni 7,0-8,0 persen.", "2025-08-14")
    assert one(r, "8,0 persen").kind == "target"


def test_years_counted_on_from_a_look_back_start_from_it(extract):
    r = extract("JAKARTA – Jumlah penduduk miskin pada Maret 2024 sebanyak 25,22 juta orang. Kilas balik ke Maret 2015, "
                "jumlahnya mencapai 28,59 juta orang. Setahun kemudian turun menjadi 28,01 juta orang.", "2024-08-01")
    f = one(r, "28,01 juta orang")
    assert (f.kind, f.year) == ("level", 2016)


def test_two_provinces_each_with_a_value_are_no_island_group(extract):
    r = extract("JAKARTA – Kemiskinan di Sumatera dan Kalimantan relatif rendah. Persentase penduduk miskin Maluku dan Papua "
                "masing-masing 15,78 persen dan 20,23 persen.", "2024-08-01")
    assert (one(r, "15,78 persen").region_code, one(r, "20,23 persen").region_code) == ("81", "91")
    # islands written with "Pulau" count as the story's other islands
    r = extract("JAKARTA – Di Pulau Jawa persentase penduduk miskin 8,79 persen, di Pulau Sumatera 9,15 persen. Sementara "
                "Maluku dan Papua mencatat 19,39 persen.", "2024-08-01")
    assert one(r, "19,39 persen").region == "Pulau Maluku dan Papua"


def test_a_registry_pointed_back_to_only_when_it_is_the_source_in_view(extract):
    r = extract("JAKARTA – Penyaluran bansos mengacu pada DTKS, sementara angka kemiskinan resmi berasal dari Susenas BPS. "
                "Data tersebut mencatat 24,06 juta penduduk miskin pada September 2024.", "2025-01-20")
    assert one(r, "24,06 juta").metric == "poverty_count"
    r = extract("JAKARTA – Penyaluran bansos tahun ini mengacu pada DTSEN. Data itu mencatat 18,3 juta keluarga penerima "
                "PKH.", "2025-01-20")
    assert one(r, "18,3 juta keluarga").metric == "beneficiary_count"
    r = extract("JAKARTA – Penyaluran bansos tahun ini mengacu pada DTSEN. Adapun data itu mencakup sekitar 285 juta jiwa "
                "penduduk.", "2025-01-20")
    assert one(r, "285 juta jiwa").metric == "welfare_registry_count"


def test_a_headline_verb_needs_the_registry_it_strikes_from(extract):
    r = extract("Pemkot Keluarkan 3.500 Warga Miskin dari Jerat Kemiskinan, DTKS Diperbarui\n\nBLITAR – Pemerintah kota "
                "menyebut program pemberdayaan berhasil.", "2023-03-02")
    assert one(r, "3.500 Warga").kind == "level"
    r = extract("Pemutakhiran DTSEN di Gianyar Coret 1.230 Keluarga\n\nGIANYAR – Dinas Sosial merampungkan pemutakhiran.",
                "2025-06-12")
    assert (one(r, "1.230 Keluarga").kind, float(one(r, "1.230 Keluarga").value)) == ("change", -1230.0)


def test_other_ranks_and_words_of_a_national_ranking(extract):
    for rank in ("tertinggi keenam secara nasional", "tertinggi kedua di tingkat nasional"):
        r = extract(f"SERANG – Tingkat pengangguran terbuka (TPT) Banten pada Agustus 2023 tercatat 7,52 persen, {rank}, "
                    "dengan jumlah pengangguran sekitar 434 ribu orang.", "2024-01-16")
        assert one(r, "434 ribu orang").region_code == "36", rank


def test_a_special_provincial_transfer_is_no_region_either(extract):
    r = extract("CIAMIS – Pemkab Ciamis memperbaiki rumah warga tahun ini. Sumber dananya:\n"
                "- APBD Kabupaten Ciamis: Rp9 miliar\n- BKK Provinsi Jawa Barat: Rp6 miliar\n", "2024-03-07")
    assert one(r, "Rp6 miliar").region_code == "32.07"


def test_a_list_under_a_lead_after_the_line_named_keeps_the_line_and_household_sizes(extract):
    r = extract("JAKARTA – Garis kemiskinan per rumah tangga berbeda antarprovinsi, tergantung jumlah anggota keluarga. "
                "Berikut beberapa provinsi pada September 2022:\n1. DKI Jakarta: Rp3.559.418 (4,62 anggota)\n"
                "2. Papua: Rp3.045.884 (4,49 anggota)\n", "2023-01-20")
    for money, size in (("Rp3.559.418", "4,62"), ("Rp3.045.884", "4,49")):
        assert (one(r, money).metric, one(r, money).year, one(r, money).month) == ("poverty_line_household", 2022, 9)
        assert one(r, size).metric == "household_size"
    # a lead after a sentence of another kind: money in its lines stays money spent
    r = extract("CIAMIS – Bupati meninjau pembangunan jalan desa. Berikut rinciannya:\n1. Desa Sukamaju: Rp350.000.000\n",
                "2023-01-20")
    assert one(r, "Rp350.000.000").metric == "budget"


def test_a_story_citing_bps_whose_provinces_are_only_list_items_is_the_nations(extract):
    text = ("JAKARTA – Badan Pusat Statistik (BPS) mencatat garis kemiskinan per rumah tangga pada September 2022 sebesar "
            "Rp2.324.274 per bulan. Angka itu naik dibanding Maret 2022. " + "Rumah tangga miskin rata-rata beranggotakan "
            "4,34 orang. " * 3 + "\n\nBerikut beberapa provinsi:\n1. DKI Jakarta: Rp3.559.418\n2. Papua: Rp3.045.884\n"
            "3. Jawa Tengah: Rp1.956.230\n\nJawa Tengah tercatat paling rendah.")
    r = extract(text, "2023-01-20")
    assert one(r, "Rp2.324.274").region_code == "ID"
    # a province named in running text before the list is the story's
    r = extract(text.replace("JAKARTA – Badan Pusat Statistik (BPS) mencatat", "SEMARANG – Badan Pusat Statistik (BPS) "
                             "Jawa Tengah mencatat"), "2023-01-20")
    assert one(r, "Rp2.324.274").region_code != "ID"


def test_a_survey_written_out_before_its_acronym_dates_its_value(extract):
    r = extract("TANJUNG SELOR – Prevalensi stunting di Provinsi Kalimantan Utara turun dari 22,1 persen pada Survei Status "
                "Gizi Indonesia (SSGI) 2022 menjadi 17,4 persen berdasarkan Survei Kesehatan Indonesia (SKI) 2023.",
                "2024-05-22")
    assert (one(r, "22,1 persen").year, one(r, "17,4 persen").year) == (2022, 2023)
    # the headline restating the value takes that date too
    r = extract("Stunting Kaltara Turun ke 17,4 Persen\n\nTANJUNG SELOR – Prevalensi stunting di Provinsi Kalimantan Utara "
                "turun dari 22,1 persen pada SSGI 2022 menjadi 17,4 persen berdasarkan SKI 2023.", "2024-05-22")
    assert one(r, "17,4 Persen").year == 2023


def test_people_counted_over_several_regions_are_their_sum_not_a_bound(extract):
    r = extract("JAKARTA – Secara total, penduduk miskin di enam provinsi Tanah Papua pada Maret 2024 mencapai lebih dari "
                "1,5 juta jiwa.", "2024-07-02")
    f = one(r, "1,5 juta jiwa")
    assert (f.metric, f.approx) == ("poverty_count", "at_least")
    # a bound on a rate after counted regions stays a bound
    r = extract("JAKARTA – Sebanyak 12 provinsi mencatat kemiskinan ekstrem di bawah 0,5 persen pada Maret 2024.",
                "2024-07-02")
    assert one(r, "0,5 persen").metric == "other"


def test_values_listed_for_those_periods_again_take_them_in_order(extract):
    r = extract("KAYUAGUNG – Persentase penduduk miskin OKI pada Maret 2022, Maret 2023, dan Maret 2024 berturut-turut "
                "sebesar 14,02 persen, 13,65 persen, dan 13,10 persen. Secara absolut, jumlah penduduk miskin pada tiga "
                "periode tersebut berturut-turut 116,47 ribu jiwa, 114,12 ribu jiwa, dan 110,86 ribu jiwa.", "2024-11-12")
    assert [one(r, v).year for v in ("116,47 ribu jiwa", "114,12 ribu jiwa", "110,86 ribu jiwa")] == [2022, 2023, 2024]
    # as many values with no pointing back: the period in view
    r = extract("KAYUAGUNG – Persentase penduduk miskin OKI pada Maret 2022, Maret 2023, dan Maret 2024 berturut-turut "
                "sebesar 14,02 persen, 13,65 persen, dan 13,10 persen. Jumlah penerima PKH dan BPNT berturut-turut "
                "21.300 keluarga, 18.200 keluarga dan 9.100 keluarga.", "2024-11-12")
    assert one(r, "21.300 keluarga").year != 2022


def test_a_value_pointed_back_to_after_a_ranked_place_of_two_units(extract):
    r = extract("JAKARTA – Badan Pusat Statistik Provinsi DKI Jakarta merilis data kemiskinan kabupaten/kota hasil Susenas "
                "Maret 2023. Kabupaten Administrasi Kepulauan Seribu kembali mencatat persentase penduduk miskin tertinggi di "
                "Ibu Kota, yakni 12,46 persen, meski jumlahnya hanya 3.910 jiwa. Persentase itu turun 0,32 persen poin "
                "dibanding Maret 2022.", "2023-12-12")
    assert one(r, "0,32 persen poin").region_code == "31.01"


def test_a_list_a_few_sentences_after_a_registry_count_counts_the_registry(extract):
    r = extract("Pemkot Surabaya Petakan 2.316 Keluarga Miskin Ekstrem\n\nSURABAYA – Berdasarkan data Pensasaran "
                "Percepatan Penghapusan Kemiskinan Ekstrem (P3KE) per Februari 2023, tercatat 2.316 keluarga di Surabaya "
                "masuk kategori miskin ekstrem. Kepala Dinas Sosial mengatakan keluarga miskin ekstrem paling banyak "
                "berada di wilayah utara. Lima kecamatan dengan jumlah terbanyak yakni:\n\n1. Semampir: 312 keluarga\n"
                "2. Kenjeran: 241 keluarga\n", "2023-03-01")
    assert [one(r, v).metric for v in ("312 keluarga", "241 keluarga")] == ["welfare_registry_count"] * 2
    # after a survey's statistic: the survey's
    r = extract("SURABAYA – Berdasarkan data P3KE per Februari 2023, tercatat 2.316 keluarga di Surabaya masuk kategori "
                "miskin ekstrem. Persentase penduduk miskin ekstrem Surabaya pada Maret 2022 sebesar 0,5 persen. Lima "
                "kecamatan dengan jumlah terbanyak yakni:\n\n1. Semampir: 312 keluarga\n", "2023-03-01")
    assert one(r, "312 keluarga").metric != "welfare_registry_count"


# --- narrowings after the second review of session 18's rules (/work/helpers/review18b) ---


def test_a_headline_verb_with_the_registry_written_out_or_another_list(extract):
    r = extract("Dinsos Coret 2.318 Warga dari Data Terpadu Kesejahteraan Sosial\n\nBANJAR – Dinas Sosial merampungkan "
                "pemutakhiran.", "2023-03-02")
    assert (one(r, "2.318 Warga").kind, float(one(r, "2.318 Warga").value)) == ("change", -2318.0)
    # struck off an insurance scheme, the registry named elsewhere: no fall of the registry
    r = extract("Kemensos Coret 9.000 Warga dari BPJS PBI, DTKS Diperbarui\n\nJAKARTA – Kementerian Sosial menonaktifkan "
                "peserta.", "2023-03-02")
    assert one(r, "9.000 Warga").kind == "level"


def test_a_bound_on_each_of_several_regions_stays_a_bound(extract):
    for text in ("JAKARTA – Jumlah penduduk miskin di 12 provinsi masih di bawah 100 ribu jiwa pada Maret 2024.",
                 "JAKARTA – Penduduk miskin di tiga provinsi lebih dari 4 juta jiwa, yakni Jawa Timur, Jawa Barat, dan "
                 "Jawa Tengah."):
        r = extract(text, "2024-07-02")
        assert [f.metric for f in r.figures if f.unit == "persons"] == ["other"], text


def test_islands_listed_with_their_values_in_order(extract):
    r = extract("JAKARTA – Persentase penduduk miskin di Sumatera, Jawa, Kalimantan, Sulawesi, serta Maluku dan Papua "
                "berturut-turut 9,15 persen, 8,79 persen, 5,60 persen, 10,10 persen, dan 19,39 persen.", "2024-07-02")
    assert [one(r, v).region for v in ("9,15 persen", "5,60 persen", "19,39 persen")] == [
        "Pulau Sumatera", "Pulau Kalimantan", "Pulau Maluku dan Papua"]
    # the group's parts in the other order
    r = extract("JAKARTA – Persentase penduduk miskin di Sumatera 9,15 persen dan di Kalimantan 5,60 persen. Papua dan "
                "Maluku mencatat 19,39 persen.", "2024-07-02")
    assert one(r, "19,39 persen").region == "Pulau Maluku dan Papua"


def test_a_groups_members_in_brackets_are_no_household_size(extract):
    r = extract("SUMEDANG – Sebanyak 15 Kelompok Usaha Bersama (Kube) menerima bantuan. Kube Mawar (12 anggota) mendapat "
                "Rp20 juta.", "2023-05-02")
    assert one(r, "12").metric != "household_size"
    # a lead with no date after the sentence naming the household line
    r = extract("JAKARTA – Garis kemiskinan per rumah tangga berbeda antarprovinsi. Berikut beberapa provinsi:\n"
                "1. DKI Jakarta: Rp3.559.418 (4,62 anggota)\n2. Papua: Rp3.045.884 (4,49 anggota)\n", "2023-01-20")
    assert (one(r, "Rp3.045.884").metric, one(r, "4,49").metric) == ("poverty_line_household", "household_size")


def test_a_contrast_ends_a_ranking_of_changes(extract):
    r = extract("JAKARTA – Persentase penduduk miskin turun di Pulau Sulawesi sebesar 0,42 persen poin, disusul Pulau "
                "Kalimantan 0,27 persen poin, sedangkan di Pulau Jawa perubahannya hanya 0,01 persen poin ke atas.",
                "2023-07-17")
    assert float(one(r, "0,27 persen poin").value) == -0.27 and float(one(r, "0,01 persen poin").value) > 0


def test_a_registry_updated_by_a_field_survey_is_still_the_source(extract):
    r = extract("JAKARTA – Penyaluran bansos mengacu pada DTSEN yang dimutakhirkan lewat survei lapangan. Data itu "
                "mencakup sekitar 285 juta jiwa.", "2025-01-20")
    assert one(r, "285 juta jiwa").metric == "welfare_registry_count"
    r = extract("JAKARTA – Bansos kini disalurkan berbasis DTSEN. Basis data yang dikelola BPS itu kini memuat 285,9 juta "
                "jiwa.", "2025-06-12")
    assert one(r, "285,9 juta jiwa").metric == "welfare_registry_count"


def test_a_table_with_row_numbers_and_two_place_columns(extract):
    r = extract("PALU – Data Terpadu Kesejahteraan Sosial (DTKS) per Agustus 2024 tercatat 18.940 keluarga di Kota Palu. "
                "Kelurahan dengan keluarga DTKS terbanyak sebagai berikut:\n\nNo | Kelurahan | Kecamatan | Keluarga | Jiwa\n"
                "1 | Tondo | Mantikulore | 1.284 | 4.117\n2 | Petobo | Palu Selatan | 1.102 | 3.656\n", "2024-09-01")
    assert sorted(f.text for f in r.figures) == sorted(["18.940 keluarga", "1.284", "4.117", "1.102", "3.656"])
    for value, code in (("1.284", "72.71.08"), ("1.102", "72.71.03")):
        # (the district's code, or its village's when the village column's name is known)
        assert one(r, value).metric == "welfare_registry_count" and one(r, value).region_code.startswith(code), value


def test_a_survey_named_in_lower_case_is_no_nation(extract):
    r = extract("MAJENE – Prevalensi stunting Majene masih tinggi. Berdasarkan hasil survei kesehatan nasional (SKI) 2023, "
                "angkanya 35,7 persen.", "2025-02-20")
    assert one(r, "35,7 persen").region_code == "76.05"
    # the nation, named plainly, still is
    r = extract("MAJENE – Prevalensi stunting secara nasional pada 2023 sebesar 21,5 persen.", "2025-02-20")
    assert one(r, "21,5 persen").region_code == "ID"


def test_the_means_to_a_target_listed_under_it_are_no_targets(extract):
    text = ("DOMPU – Bupati memasang target kemiskinan turun ke 11,5 persen tahun ini. Untuk mengejar target tersebut, "
            "Pemkab Dompu menyiapkan sejumlah intervensi, antara lain:\n- bedah rumah sebanyak 350 unit dengan anggaran "
            "Rp7 miliar;\n- pendampingan 17.560 keluarga penerima PKH.\n")
    r = extract(text, "2023-03-15")
    assert (one(r, "Rp7 miliar").kind, one(r, "17.560 keluarga").kind) == ("level", "level")
    # a lead that names the targets themselves: its lines are targets
    r = extract(text.replace("Untuk mengejar target tersebut, Pemkab Dompu menyiapkan sejumlah intervensi, antara lain:",
                             "Target lain yang dipasang Pemkab Dompu antara lain:"), "2023-03-15")
    assert one(r, "17.560 keluarga").kind == "target"


def test_bare_village_names_in_a_tables_village_column_are_places(extract):
    r = extract("PALU – Data Terpadu Kesejahteraan Sosial (DTKS) per Agustus 2024 tercatat 18.940 keluarga di Kota Palu. "
                "Kelurahan dengan keluarga DTKS terbanyak sebagai berikut:\n\nNo | Kelurahan | Kecamatan | Keluarga | Jiwa\n"
                "1 | Tondo | Mantikulore | 1.284 | 4.117\n2 | Petobo | Palu Selatan | 1.102 | 3.656\n", "2024-09-01")
    places = {e.text: e.attrs.code for e in r.entities if e.label == "PLACE"}
    assert places["Tondo"].startswith("72.71.08.") and places["Petobo"].startswith("72.71.03.")
    assert one(r, "1.284").region_code == places["Tondo"]
    # the same names under a column of another kind are no places
    r = extract("PALU – Program tahun ini sebagai berikut:\n\nNo | Nama Kegiatan | Anggaran\n1 | Tondo | 1.284\n",
                "2024-09-01")
    assert "Tondo" not in {e.text for e in r.entities if e.label == "PLACE"}
