"""Relation, quantity and place rules added in session 21, each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def test_a_table_whose_rows_name_the_statistic_takes_unit_and_scale_from_each_row(extract):
    text = ("Kemiskinan Kota Bima\n\nBIMA – BPS Kota Bima merilis angka kemiskinan terbaru.\n\n"
            "\"Pengeluaran warga miskin makin dekat ke garis kemiskinan,\" katanya.\n\n"
            "Indikator | Maret 2023 | Maret 2024\n"
            "Penduduk miskin (ribu jiwa) | 14,52 | 13,98\n"
            "Persentase (%) | 8,91 | 8,50\n"
            "P1 | 1,31 | 1,12\n")
    r = extract(text, "2024-07-20")
    count = one(r, "14,52")
    assert (count.metric, count.value, count.year, count.month) == ("poverty_count", 14520, 2023, 3)
    rate = one(r, "8,50")
    assert (rate.metric, rate.year) == ("poverty_rate", 2024)
    assert one(r, "1,12").metric == "poverty_gap_index" and one(r, "1,31").year == 2023


def test_now_is_no_occasion_that_makes_the_next_place_a_venue(extract):
    text = ("WAIKABUBAK – Dinas Sosial Kabupaten Sumba Barat mencatat 5.100 keluarga di DTSEN. Di Desa Tebara, petugas "
            "menemukan 80 keluarga miskin.\n\nSaat ini penerima PKH di Kabupaten Sumba Barat berjumlah 9.300 keluarga.")
    r = extract(text, "2025-04-15")
    assert one(r, "9.300 keluarga").region_code == "53.12"


def test_a_count_spread_over_two_listed_regencies_is_their_provinces(extract):
    r = extract("TERNATE – Pemerintah Provinsi Maluku Utara menyalurkan sembako kepada 2.800 keluarga miskin di Kabupaten "
                "Halmahera Timur dan Kabupaten Halmahera Tengah.", "2025-06-02")
    assert one(r, "2.800 keluarga").region_code == "82"


def test_people_named_by_what_they_are_who_receive_aid_are_recipients(extract):
    text = ("AMBON – Capaian program sosial tahun ini:\n- Ambon Cerdas: 940 siswa dari keluarga miskin menerima beasiswa\n"
            "\nBaznas Kota Ambon juga menyalurkan zakat kepada 215 mustahik.")
    r = extract(text, "2025-06-02")
    assert one(r, "940").metric == "beneficiary_count"
    assert one(r, "215").metric == "beneficiary_count"
    # not a sector's tools, nor a verb in another clause
    r = extract("AMBON – Dinas Perikanan menyalurkan bantuan alat tangkap kepada 120 nelayan. Dari sekitar 300 nelayan "
                "di desa itu, baru sebagian yang menerima bantuan.", "2025-06-02")
    assert one(r, "120").metric == "other" and one(r, "300").metric == "other"


def test_a_count_pointed_back_to_is_the_figure_told_before(extract):
    text = ("OKSIBIL – Dinas Sosial Kabupaten Pegunungan Bintang menyalurkan bantuan beras kepada 1.700 kepala keluarga "
            "(KK).\n\nIa menambahkan, dari 1.700 KK tersebut baru separuh yang tercatat dalam DTSEN.")
    r = extract(text, "2026-01-19")
    assert [f.metric for f in r.figures if f.value == 1700] == ["beneficiary_count"]


def test_recipients_in_a_village_named_after_them_are_the_villages(extract):
    text = ("Camat Kradenan Pantau BLT di Banjardowo\nSuara Grobogan | Kamis, 14 April 2022\n\nGROBOGAN – Sebanyak 88 "
            "keluarga penerima manfaat (KPM) di Desa Banjardowo, Kecamatan Kradenan, Kabupaten Grobogan, menerima BLT Dana "
            "Desa.")
    r = extract(text, "2022-04-14")
    assert one(r, "88 keluarga").region_code.count(".") == 3


def test_a_release_named_after_two_values_dates_both(extract):
    r = extract("PURWOREJO – Angka kemiskinan Purworejo masih 11,53 persen atau sekitar 83,6 ribu jiwa berdasarkan rilis "
                "BPS untuk Maret 2022.", "2023-02-09")
    assert (one(r, "11,53 persen").year, one(r, "11,53 persen").month) == (2022, 3)
    assert one(r, "83,6 ribu jiwa").year == 2022


def test_proposals_and_groups_counted_are_no_poverty_figures(extract):
    r = extract("METRO – Persentase penduduk miskin Kota Metro pada 2023 sebesar 7,61 persen. Pemkot juga mengusulkan 12 "
                "kube baru dan menerima 3.400 usulan baru dari kelurahan.", "2024-05-24")
    assert one(r, "12").metric == "other" and one(r, "3.400").metric == "other"


def test_a_superlative_right_before_a_district_named_by_its_kind_gives_it_its_value(extract):
    r = extract("DEPOK – Wilayah dengan warga DTKS terbanyak adalah Kecamatan Cimanggis, yakni 41.200 jiwa. Adapun yang "
                "paling sedikit Kecamatan Limo dengan 9.650 jiwa.", "2022-10-20")
    assert one(r, "9.650 jiwa").region_code == "32.76.04"  # Limo, not Cimanggis (32.76.02) before it


def test_a_budget_said_to_rise_in_percent_is_the_budgets_change(extract):
    text = ("TANA PASER – Anggaran bansos Kabupaten Paser tahun ini Rp21 miliar. Persentase penduduk miskin Paser pada "
            "Maret 2023 sebesar 8,1 persen.\n\n\"Anggaran naik hampir 24 persen, tapi datanya belum jelas,\" kata Hartono.")
    r = extract(text, "2024-03-07")
    change = one(r, "24 persen")
    assert (change.metric, change.kind) == ("budget", "change")
    # "nilainya" of a rate's fall is no money word
    r = extract("TENGGARONG – Angka kemiskinan di Kukar sudah berkurang walau nilainya kecil, kira-kira 0,35 persen.",
                "2023-05-01")
    assert one(r, "0,35 persen").metric == "poverty_rate"


def test_a_list_line_is_not_spread_over_the_districts_of_the_next_paragraph(extract):
    text = ("AMUNTAI – Sebaran warga miskin ekstrem di Hulu Sungai Utara menurut P3KE:\n- Banjang: 812 jiwa\n- Haur Gading: 540 jiwa\n\n"
            "Sisanya tersebar di lima kecamatan lain.")
    r = extract(text, "2022-10-12")
    assert one(r, "540 jiwa").region_code == "63.08.08"


def test_a_place_name_in_a_headline_that_the_body_writes_as_a_common_noun_is_none(extract):
    text = ("Berau Kaya Batu Bara, tapi Kemiskinannya 5,6 Persen\nBerau Post | 20/02/2023\n\nTANJUNG REDEB – Kabupaten "
            "Berau dikenal sebagai penghasil batu bara. Persentase penduduk miskin Berau pada Maret 2022 masih 5,6 persen."
            "\n\nBaca juga: Produksi Batu Bara Kaltim Naik")
    r = extract(text, "2023-02-20")
    assert not any(e.text == "Batu Bara" and e.start < 40 for e in r.entities)
    assert [f.region_code for f in r.figures if f.value == 5.6] == ["64.03"]


def test_recipients_who_left_a_programme_in_a_list_or_said_to_have_graduated_are_no_recipients(extract):
    text = ("BITUNG – Saat ini masih ada 6.100 KPM PKH di Bitung.\n\nBerikut sebaran KPM graduasi mandiri per kecamatan:\n"
            "- Madidir: 74 KPM\n- Girian: 58 KPM\n\nDinas Sosial Provinsi Sulawesi Utara mencatat sekitar 2.960 KPM PKH "
            "se-Sulut telah graduasi sepanjang 2024.")
    r = extract(text, "2024-11-20")
    assert one(r, "6.100 KPM").metric == "beneficiary_count"
    assert one(r, "74 KPM").metric == "other" and one(r, "58 KPM").metric == "other"
    assert one(r, "2.960 KPM").metric == "other"


def test_the_nations_goal_a_regency_measures_itself_by_does_not_make_the_story_national(extract):
    text = ("TILAMUTA – Prevalensi stunting Boalemo di angka 27,6 persen, masih jauh dari target nasional 14 persen pada "
            "2024.\n\n\"Kalau mau kejar target nasional, desa harus bergerak,\" ujarnya.\n\nUntuk kemiskinan ekstrem, "
            "angkanya pada 2022 masih 4,12 persen.")
    r = extract(text, "2023-08-14")
    assert one(r, "4,12 persen").region_code == "75.02"
    assert one(r, "14 persen").region_code == "ID"


def test_reducing_poverty_by_points_is_a_fall(extract):
    r = extract("LIWA – Dalam dua tahun terakhir, Lampung Barat mampu menurunkan kemiskinannya 0,6 persen poin.",
                "2018-10-15")
    assert one(r, "0,6 persen poin").value == -0.6
    # not a price lowered to a new level ("menurunkan harga beras menjadi Rp12.000")
    r = extract("BANDA ACEH – Bulog akan menurunkan harga beras menjadi Rp12.000 per kilogram.", "2023-05-01")
    assert one(r, "Rp12.000").kind == "level"


def test_a_period_below_which_a_value_lies_is_a_comparison_base(extract):
    text = ("JAKARTA – Persentase penduduk miskin pada Maret 2025 tercatat 8,47 persen, jauh di bawah posisi Maret 2015 "
            "yang masih 11,22 persen.\n\nDalam angka absolut, jumlah penduduk miskin turun dari 28,59 juta orang menjadi "
            "23,85 juta orang.")
    r = extract(text, "2025-08-04")
    assert one(r, "23,85 juta orang").year == 2025


def test_a_lead_naming_two_periods_dates_the_values_of_its_lines_in_order(extract):
    text = ("JAKARTA – BPS merilis angka kemiskinan Maret 2025.\n\nTabel ringkas, Maret 2015 dan Maret 2025:\n"
            "- Persentase penduduk miskin: 11,22% | 8,47%\n"
            "- Garis kemiskinan (per kapita per bulan): Rp330.776 | Rp609.160\n")
    r = extract(text, "2025-08-04")
    assert one(r, "11,22%").year == 2015 and one(r, "8,47%").year == 2025
    assert one(r, "Rp330.776").year == 2015 and one(r, "Rp609.160").year == 2025


def test_a_village_pointed_back_to_in_a_national_story_keeps_its_figures(extract):
    text = ("JAKARTA – Angka kemiskinan turun menjadi 8,47 persen pada Maret 2025, atau 23,85 juta orang. Garis "
            "kemiskinan Rp609.160 per kapita per bulan. Anggaran PKH tahun ini Rp28,7 triliun untuk 10 juta keluarga.\n\n"
            "Nurul mencontohkan Desa Girisekar, Kecamatan Panggang, Kabupaten Gunungkidul. Dari sekitar 2.100 keluarga "
            "di desa itu, 640 keluarga terdaftar dalam DTSEN.")
    r = extract(text, "2025-08-10")
    assert one(r, "640 keluarga").region_code == "34.03.06.2002"
    assert one(r, "Rp609.160").region_code == "ID"


def test_the_poor_named_after_a_share_and_its_count_without_commas(extract):
    text = ("BOGOR – Prevalensi stunting menurut SSGI 2021 sebesar 18,7 persen. Bappeda Kota Bogor mencatat 0,52 persen "
            "warga atau sekitar 5.600 jiwa masuk kategori miskin ekstrem.")
    r = extract(text, "2022-11-29")
    assert one(r, "0,52 persen").metric == "extreme_poverty_rate"
    assert one(r, "5.600 jiwa").metric == "extreme_poverty_count"
    assert one(r, "18,7 persen").metric == "stunting_rate"


def test_entries_struck_off_for_a_reason_fall_from_the_registry_in_view(extract):
    text = ("BEKASI – Jumlah warga dalam DTKS Kota Bekasi per Oktober 2022 tercatat 612.430 jiwa.\n\n"
            "Kepala Dinsos mengatakan sekitar 41.470 jiwa dicoret karena tidak lagi memenuhi syarat.")
    r = extract(text, "2022-10-20")
    fall = one(r, "41.470 jiwa")
    assert (fall.metric, fall.kind, fall.value) == ("welfare_registry_count", "change", -41470)


def test_a_registrys_vintage_year_does_not_date_the_aid_told_after_it(extract):
    text = ("BENGKULU – Di Kota Bengkulu terdapat 14.618 keluarga yang berhak menerima PSKS. Jumlah itu mengacu pada "
            "data penerima Raskin dari Pendataan Program Perlindungan Sosial (PPLS) 2011.\n\n\"Setiap keluarga "
            "menerima Rp200 ribu per bulan,\" kata Herwan.")
    r = extract(text, "2014-11-26")
    assert one(r, "Rp200 ribu").year == 2014


def test_hamlets_listed_under_a_village_are_no_villages_elsewhere(extract):
    text = ("LUMAJANG – Sebanyak 96 KPM di Desa Jambearum, Kecamatan Pasrujambe, menerima BLT DD.\n\nBerikut sebaran "
            "penerima BLT DD per dusun:\n- Dusun Krajan: 31 KPM\n- Dusun Kalibening: 22 KPM\n\nKades mengatakan.")
    r = extract(text, "2022-04-12")
    krajan = one(r, "31 KPM")
    assert krajan.region_code is None and krajan.region == "Dusun Krajan"


def test_an_index_named_in_a_table_header_does_not_make_it_a_row(extract):
    text = ("KENDARI – Data kemiskinan kota mengacu pada kondisi Maret setiap tahun.\n\nBerikut perkembangan indikator kemiskinan Kota Kendari:\n\n"
            "Tahun | Penduduk Miskin (ribu jiwa) | Persentase (%) | P1\n2019 | 15,72 | 4,56 | 0,62\n2020 | 16,19 | 4,58 | 0,71\n")
    r = extract(text, "2024-02-20")
    count = one(r, "15,72")
    assert (count.metric, count.value, count.year) == ("poverty_count", 15720, 2019)
    assert one(r, "4,58").metric == "poverty_rate" and one(r, "0,71").metric == "poverty_gap_index"


def test_one_national_count_makes_a_story_national_when_its_province_has_no_figure_of_its_own(extract):
    text = ("Ekonom: Garis Kemiskinan Belum Cerminkan Biaya Hidup\n\nYOGYAKARTA – Menurut BPS, pada September 2022 garis "
            "kemiskinan per rumah tangga mencapai Rp2.324.274 per bulan. Jumlah penduduk miskin 26,36 juta orang.\n\n"
            "Sebagai pembanding, upah minimum provinsi Jawa Tengah 2023 sebesar Rp1.958.169, terendah di Indonesia. "
            "\"Satu pekerja bergaji UMP di Jateng sudah hampir jatuh miskin,\" katanya.")
    r = extract(text, "2023-01-18")
    assert one(r, "Rp2.324.274").region_code == "ID"


def test_review_near_misses_of_session_21s_rules(extract):
    # a one-word place in a headline stays a place though the body uses the word as a common noun
    r = extract("Angka Kemiskinan Palu Turun Jadi 6,7 Persen\n\nPALU – DPRD mengetok palu APBD 2024. Persentase penduduk "
                "miskin turun menjadi 6,7 persen.", "2024-02-01")
    assert all(f.region_code == "72.71" for f in r.figures)
    # a lead naming a span of years, or a year in brackets, is no list of periods
    r = extract("KOLAKA – Data kemiskinan 2023 (angka 2024 belum rilis), per kabupaten:\n- Kolaka: 11,2% | 26,4 ribu jiwa\n",
                "2024-03-01")
    assert one(r, "26,4 ribu jiwa").year == 2023
    # a lead that names leavers in passing but lists those who remain
    r = extract("MANADO – Meski ada KPM graduasi, penerima PKH per kecamatan masih besar:\n- Wenang: 1.420 KPM\n"
                "- Tikala: 1.310 KPM\n", "2024-11-20")
    assert one(r, "1.420 KPM").metric == "beneficiary_count"
    # another regency's count pointed back to is its own
    r = extract("WAMENA – Penerima BPNT di Kabupaten Jayawijaya 2.400 KK. Di Kabupaten Yahukimo, penerima PKH 2.400 KK "
                "tersebut merupakan data 2025.", "2025-03-01")
    assert sorted(f.region_code for f in r.figures if f.value == 2400) == ["95.01", "95.03"]  # Yahukimo 95.03
    # a row of another unit than the row above it names no statistic of that row's
    text = ("KOLAKA – Rekap program sosial.\n\nKomponen | 2023 | 2024\nBelanja bansos (juta rupiah) | 12.500 | 13.100\n"
            "Rumah tidak layak huni (unit) | 1.200 | 950\n")
    r = extract(text, "2024-05-01")
    assert one(r, "950").metric == "other"


def test_people_named_by_what_they_are_whom_money_goes_to_are_recipients(extract):
    text = ("LHOKSUKON – Baitul Mal Kabupaten Aceh Utara menyalurkan zakat sebesar Rp9,6 miliar kepada sekitar 8.000 "
            "mustahik.\n\nRincian penyaluran zakat tahun ini:\n- Fakir dan miskin: Rp5,1 miliar untuk 6.200 mustahik\n")
    r = extract(text, "2024-03-28")
    assert one(r, "8.000").metric == "beneficiary_count" and one(r, "6.200").metric == "beneficiary_count"


def test_a_household_size_then_what_it_needs_a_month_is_the_household_line(extract):
    text = ("DENPASAR – Garis kemiskinan Kota Denpasar pada Maret 2024 sebesar Rp741.200 per kapita per bulan.\n\nDengan "
            "garis kemiskinan tersebut, rumah tangga miskin di Denpasar yang rata-rata beranggotakan 4,12 orang "
            "membutuhkan sekitar Rp3,05 juta per bulan agar tidak tergolong miskin.")
    r = extract(text, "2024-07-08")
    assert one(r, "Rp3,05 juta").metric == "poverty_line_household"
    assert one(r, "Rp741.200").metric == "poverty_line"


def test_a_table_of_areas_by_period_gives_each_row_its_area_and_unit(extract):
    text = ("JAKARTA – BPS merilis data kemiskinan Maret 2021.\n\nPerbandingan menurut daerah:\n"
            "Daerah | Sept 2020 | Maret 2021\nPerkotaan (persen) | 7,88 | 7,89\nPerdesaan (juta orang) | 15,51 | 15,37\n")
    r = extract(text, "2021-07-15")
    urban = one(r, "7,88")
    assert (urban.metric, urban.area, urban.year, urban.month) == ("poverty_rate", "urban", 2020, 9)
    rural = one(r, "15,37")
    assert (rural.metric, rural.value, rural.area, rural.year) == ("poverty_count", 15370000, "rural", 2021)


def test_course_participants_and_switched_off_records_are_no_recipients_or_poor(extract):
    r = extract("SERANG – \"Pelatihan kerja tahun ini kami anggarkan Rp3,4 miliar untuk sekitar 1.200 peserta,\" ujarnya.",
                "2024-05-01")
    assert one(r, "1.200").metric == "other"
    text = ("SURABAYA – DTKS hasil pemutakhiran per Oktober 2021 kini memuat 139,8 juta jiwa.\n\nDi Jawa Timur, data yang "
            "dinonaktifkan mencapai 3,9 juta jiwa.")
    r = extract(text, "2021-11-22")
    assert one(r, "3,9 juta jiwa").metric != "poverty_count"


def test_a_new_clause_after_a_fall_counts_a_level_and_a_quota_counts_recipients(extract):
    r = extract("BENGKULU – \"Angka kemiskinan kita memang turun, tetapi masih ada 21.540 keluarga yang terdaftar di DTKS,\" "
                "kata Rizal.", "2024-11-12")
    f = one(r, "21.540 keluarga")
    assert (f.metric, f.kind) == ("welfare_registry_count", "level")
    r = extract("KUPANG – Kuota Jamkesmas NTT tahun ini 2,3 juta jiwa, sementara warga miskin 1,01 juta jiwa.", "2012-03-14")
    assert one(r, "2,3 juta jiwa").metric == "beneficiary_count" and one(r, "1,01 juta jiwa").metric == "poverty_count"


def test_review_near_misses_of_session_21s_later_rules(extract):
    # in Jambi a "Dusun X" is a village and keeps its code
    r = extract("JAMBI – Sebanyak 86 KK miskin di Dusun Sungai Gambir menerima BLT Dana Desa tahun ini.", "2024-04-01")
    assert one(r, "86 KK").region_code == "15.08.05.2007"
    # a span's two ends over values of one unit date them in order
    r = extract("KUPANG – Kemiskinan NTT sejak 2019 hingga 2024 terus turun, rinciannya:\n- Persentase: 21,09% | 19,48%\n",
                "2024-08-01")
    assert one(r, "21,09%").year == 2019 and one(r, "19,48%").year == 2024
    # a group's share said to be poor is no poverty rate
    r = extract("BIMA – Sebanyak 240 nelayan atau sekitar 35 persen dinilai miskin oleh dinas.", "2024-05-01")
    assert one(r, "35 persen").metric == "other"
    # teachers paid from a budget are no recipients
    r = extract("BIMA – Pemkab menganggarkan Rp500 juta untuk 50 guru honorer.", "2024-05-01")
    assert one(r, "50").metric == "other"
