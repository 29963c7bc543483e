"""Relation, quantity and place rules added in session 20, each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def test_the_extreme_poor_named_after_a_share_make_it_an_extreme_poverty_rate(extract):
    r = extract("DOMPU – Sekitar 3,1 persen penduduk Dompu masuk kategori miskin ekstrem pada 2023.", "2024-02-01")
    assert one(r, "3,1 persen").metric == "extreme_poverty_rate"
    r = extract("DOMPU – Sebanyak 4.100 warga Dompu masih hidup dalam kemiskinan ekstrem.", "2024-02-01")
    assert one(r, "4.100 warga").metric == "extreme_poverty_count"
    # without "ekstrem" the same words give the poverty rate and count
    r = extract("DOMPU – Sekitar 13,1 persen penduduk Dompu masuk kategori miskin pada 2023.", "2024-02-01")
    assert one(r, "13,1 persen").metric == "poverty_rate"
    r = extract("DOMPU – Sebanyak 41.000 warga Dompu masih hidup dalam kemiskinan.", "2024-02-01")
    assert one(r, "41.000 warga").metric == "poverty_count"


def test_a_programme_total_too_large_for_a_regency_is_the_nations(extract):
    text = ("Menteri Salurkan Bansos\n\nBLORA – Menteri Sosial menyerahkan bantuan kepada warga di Kabupaten Blora. "
            "Menurutnya, anggaran PKH tahun ini mencapai Rp28,7 triliun. Di Blora sendiri, penerima PKH sebanyak "
            "41.300 KPM dengan anggaran Rp96 miliar.")
    r = extract(text, "2024-03-05")
    assert one(r, "Rp28,7 triliun").region_code == "ID"
    assert one(r, "Rp96 miliar").region_code == "33.16" and one(r, "41.300 KPM").region_code == "33.16"


def test_a_related_link_title_does_not_make_the_next_paragraphs_place_a_venue(extract):
    text = ("Dana Desa untuk BLT\n\nMAUMERE – Dinas Sosial Sikka mencatat 9.870 KPM menerima BLT DD tahun ini.\n\n"
            "Baca juga: Festival Kembali Digelar\n\nDi Desa Egon, Kecamatan Waigete, pemerintah desa menganggarkan "
            "Rp118,8 juta untuk BLT DD bagi 33 KPM.")
    r = extract(text, "2023-03-15")
    assert one(r, "33 KPM").region_code == "53.07.09.2002"
    assert one(r, "Rp118,8 juta").region_code == "53.07.09.2002"


def test_a_relative_date_that_opens_a_change_clause_does_not_date_the_value_before(extract):
    r = extract("SOE – \"Tahun lalu penerimanya 52 KPM, sekarang berkurang karena sebagian sudah masuk PKH,\" kata "
                "kepala desa.", "2024-02-14")
    assert one(r, "52 KPM").year == 2023
    # a date after the value with no change after it still dates it
    r = extract("SOE – Penerimanya 52 KPM, tahun lalu.", "2024-02-14")
    assert one(r, "52 KPM").year == 2023
    r = extract("SOE – Penerimanya 52 KPM, tahun ini.", "2023-02-14")
    assert one(r, "52 KPM").year == 2023


def test_two_places_listed_side_by_side_do_not_become_the_topic_even_when_one_is_framed(extract):
    text = ("NAIBONAT – Prevalensi stunting di Kabupaten Kupang tercatat 18,7 persen.\n\n\"Penurunan terbesar ada di "
            "Kupang Timur dan Fatuleu,\" kata Maria.\n\nIntervensi dilakukan lewat PMT lokal bagi 3.200 balita berisiko.")
    assert one(extract(text, "2024-05-22"), "3.200").region_code == "53.01"


def test_poor_families_counted_after_a_registry_was_named_are_the_registrys(extract):
    text = ("SAMBAS – Pemkab Sambas mencatat 9.412 keluarga masuk kategori miskin ekstrem berdasarkan data P3KE.\n\n"
            "Keluarga miskin ekstrem paling banyak ditemukan di Kecamatan Teluk Keramat dengan 1.104 keluarga, disusul "
            "Jawai 987 keluarga.")
    r = extract(text, "2023-03-14")
    assert one(r, "1.104 keluarga").metric == "welfare_registry_count"
    assert one(r, "987 keluarga").metric == "welfare_registry_count"
    # with no registry named, the same counts stay counts of the poor
    r = extract(text.replace(" berdasarkan data P3KE", ""), "2023-03-14")
    assert one(r, "1.104 keluarga").metric != "welfare_registry_count"


def test_the_members_of_the_families_just_counted_are_the_same_count_in_persons(extract):
    r = extract("SAMBAS – Data P3KE mencatat 9.412 keluarga miskin ekstrem di Sambas. Jumlah anggota keluarga tersebut "
                "mencapai sekitar 31.600 jiwa.", "2023-03-14")
    f = one(r, "31.600 jiwa")
    assert (f.metric, f.unit) == ("welfare_registry_count", "persons")


def test_a_line_said_to_reach_a_value_is_its_level_whatever_changed_before(extract):
    r = extract("Penduduk Miskin Batola Turun, Garis Kemiskinan Tembus Rp541 Ribu\n\nMARABAHAN – Persentase penduduk "
                "miskin Barito Kuala pada Maret 2024 tercatat 4,71 persen.", "2024-07-25")
    f = one(r, "Rp541 Ribu")
    assert (f.metric, f.kind, f.value) == ("poverty_line", "level", 541000)


def test_a_list_of_indicators_that_are_set_gives_targets(extract):
    text = ("INDRALAYA – Selain kemiskinan, sejumlah indikator makro ikut dipatok:\n- Prevalensi stunting: dari 17,3 "
            "persen pada 2024 menjadi maksimal 14 persen;\n- Kemiskinan ekstrem: 0 persen, dari 0,92 persen pada 2024.")
    r = extract(text, "2025-02-20")
    assert one(r, "14 persen").kind == "target" and one(r, "0 persen").kind == "target"
    assert one(r, "17,3 persen").kind == "level" and one(r, "0,92 persen").kind == "level"


def test_the_same_target_for_another_year_is_a_target(extract):
    r = extract("INDRALAYA – \"Sasaran kemiskinan kita dalam RKPD 2026 adalah 11,2 persen, dan untuk tahun ini 11,6 "
                "persen,\" ujarnya.", "2025-02-20")
    assert one(r, "11,2 persen").kind == "target" and one(r, "11,6 persen").kind == "target"


def test_a_household_lines_change_in_percent_is_the_lines(extract):
    text = ("PALEMBANG – Garis kemiskinan per kapita naik menjadi Rp588.772 per bulan. Dengan rata-rata 4,85 jiwa per "
            "rumah tangga miskin, garis kemiskinan per rumah tangga di Sumsel mencapai Rp2.855.544 per bulan, naik "
            "sekitar 2,1 persen dari Maret.")
    r = extract(text, "2025-01-15")
    f = one(r, "2,1 persen")
    assert (f.metric, f.kind) == ("poverty_line_household", "change")
    assert one(r, "4,85 jiwa").metric == "household_size"


def test_the_spending_under_which_a_family_counts_as_poor_is_the_household_line(extract):
    r = extract("JAMBI – \"Karena rata-rata rumah tangga miskin di Kota Jambi beranggotakan 4,87 orang, sebuah keluarga "
                "dihitung miskin bila pengeluarannya di bawah Rp3.469.632 per bulan,\" kata Hendri.", "2023-12-20")
    assert one(r, "Rp3.469.632").metric == "poverty_line_household"


def test_a_later_dateline_of_a_brief_moves_the_topic_with_its_goals(extract):
    text = ("KALIANDA – Total anggaran BLT DD Kab. Lamsel th 2024 Rp8,46 M utk 58 desa.\n\nKAYUAGUNG – Dinas Perkim OKI "
            "targetkan bedah 120 unit RTLH th ini. Anggaran Rp2,4 M dr APBD.")
    r = extract(text, "2024-03-14")
    assert one(r, "Rp2,4 M").region_code == "16.02"
    assert one(r, "Rp8,46 M").region_code == "18.01"


def test_two_districts_joined_by_an_ampersand_give_their_regency(extract):
    r = extract("KALIANDA – Wabup Lamsel serahkan BLT DD kpd 2.350 KPM di Kec. Kalianda & Kec. Ketapang, Selasa (12/3). "
                "\n\nPenyaluran berjalan lancar di Kec. Kalianda & Kec. Ketapang. Sebanyak 1.200 KPM lain menyusul pekan "
                "depan.", "2024-03-14")
    assert one(r, "1.200 KPM").region_code == "18.01"


def test_an_outlet_line_dated_in_digits_is_boilerplate_and_names_no_place(extract):
    text = ("Bojonegoro Bedah 1.250 Rumah\nJatim Terkini | 20/08/2024 14:05 WIB\n\nBOJONEGORO – Pemkab Bojonegoro "
            "memperbaiki rumah warga sepanjang 2024. Program itu dibiayai APBD dengan anggaran sekitar Rp25 miliar.")
    r = extract(text, "2024-08-20")
    assert any(text[b.start:b.end].startswith("Jatim Terkini") for b in r.boilerplate)
    assert one(r, "Rp25 miliar").region_code == "35.22"


def test_a_list_of_goals_that_must_be_reached_gives_targets(extract):
    text = ("BREBES – Bupati merinci sejumlah sasaran yang harus dicapai perangkat daerah tahun ini:\n- tingkat "
            "pengangguran terbuka turun ke 7,5 persen dari 8,03 persen pada Agustus 2024;\n- prevalensi stunting ditekan "
            "menjadi 18 persen.")
    r = extract(text, "2025-03-18")
    assert one(r, "7,5 persen").kind == "target" and one(r, "18 persen").kind == "target"
    assert one(r, "8,03 persen").kind == "level"
    # what was reached is no goal: "Target dan realisasi ...:" keeps its lines' levels
    r = extract(text.replace("sasaran yang harus dicapai", "capaian yang sudah dicapai"), "2025-03-18")
    assert one(r, "7,5 persen").kind != "target"


def test_asking_for_a_fall_sets_a_target(extract):
    r = extract("BREBES – \"Tahun ini saya minta turun minimal satu persen poin, jadi di kisaran 13,8 persen,\" kata "
                "Bupati Brebes.", "2025-03-18")
    assert one(r, "13,8 persen").kind == "target"


def test_bare_village_names_leading_a_list_under_their_district_are_the_villages(extract):
    text = ("SAMPANG – Data P3KE mencatat keluarga miskin ekstrem di Kecamatan Sokobanah.\n\nSebaran keluarga miskin "
            "ekstrem di Sokobanah menurut P3KE:\nTamberu Daya – 318 KK\nSokobanah Daya – 274 KK\nDesa lainnya – 729 KK")
    r = extract(text, "2025-02-11")
    assert one(r, "318 KK").region_code == "35.27.11.2008"
    assert one(r, "274 KK").region_code == "35.27.11.2010"
    assert one(r, "729 KK").region_code is None


def test_a_change_in_percent_of_an_amount_pointed_back_to_is_that_amounts(extract):
    r = extract("NABIRE – Pemprov Papua Tengah menerima Dana Otsus tahun 2025 sebesar Rp1,27 triliun. Angka itu naik "
                "sekitar 6,7 persen dibanding tahun lalu yang sebesar Rp1,19 triliun.", "2025-03-11")
    f = one(r, "6,7 persen")
    assert (f.metric, f.kind) == ("budget", "change")
    assert one(r, "Rp1,19 triliun").metric == "budget"
    # a share of the amount is no change of it
    r = extract("NABIRE – Pemprov Papua Tengah menerima Dana Otsus tahun 2025 sebesar Rp1,27 triliun. Angka itu sekitar "
                "6,7 persen dari APBD.", "2025-03-11")
    assert one(r, "6,7 persen").metric == "other"


def test_a_change_in_percent_right_after_an_amount_is_that_amounts(extract):
    r = extract("SIGLI – Alokasi dana desa (ADD) tahun 2019 ditetapkan Rp118,6 miliar, naik sekitar 12 persen dibanding "
                "tahun lalu.", "2019-02-18")
    f = one(r, "12 persen")
    assert (f.metric, f.kind) == ("budget", "change")


def test_a_share_said_to_be_poor_under_a_world_bank_line_is_a_poverty_rate(extract):
    r = extract("JAKARTA – Dengan garis US$8,30 per orang per hari, Bank Dunia menghitung 68,3 persen penduduk Indonesia "
                "pada 2024 tergolong miskin.", "2025-06-12")
    assert one(r, "68,3 persen").metric == "poverty_rate"
    # a share under that line that is not said to be poor stays other
    r = extract("JAKARTA – Dengan garis US$8,30 per orang per hari, Bank Dunia menghitung 68,3 persen penduduk Indonesia "
                "pada 2024 berada di kelompok itu.", "2025-06-12")
    assert one(r, "68,3 persen").metric != "poverty_rate"


def test_a_table_with_places_as_columns_gives_each_cell_its_columns_place(extract):
    text = ("WONOSOBO – BPS Wonosobo merilis angka kemiskinan Maret 2024.\n\nPerbandingan kondisi Maret 2024:\n"
            "Indikator | Wonosobo | Jawa Tengah | Nasional\nPersentase penduduk miskin | 14,62% | 10,47% | 9,03%\n"
            "Garis kemiskinan | Rp452.318 | Rp520.205 | Rp582.932")
    r = extract(text, "2024-07-26")
    assert [one(r, t).region_code for t in ("14,62%", "10,47%", "9,03%")] == ["33.07", "33", "ID"]
    assert [one(r, t).region_code for t in ("Rp452.318", "Rp520.205", "Rp582.932")] == ["33.07", "33", "ID"]
    assert one(r, "Rp520.205").metric == "poverty_line"


def test_a_table_opened_and_closed_by_its_separator_with_places_as_columns(extract):
    text = ("SINGARAJA – BPS Buleleng merilis angka kemiskinan.\n\nPerbandingan indikator kemiskinan Maret 2023:\n\n"
            "| Indikator | Buleleng | Bali |\n| Persentase penduduk miskin (%) | 5,41 | 4,25 |\n"
            "| Garis kemiskinan (Rp/kapita/bulan) | 462.318 | 525.127 |")
    r = extract(text, "2023-12-06")
    assert one(r, "4,25").region_code == "51" and one(r, "525.127").region_code == "51"
    assert one(r, "5,41").region_code == "51.08"


def test_a_table_under_a_registrys_lead_counts_the_registry_whatever_its_label_numbers(extract):
    text = ("INDRAMAYU – Data P3KE mencatat keluarga miskin ekstrem di Indramayu.\n\nBerikut kecamatan dengan jumlah "
            "keluarga desil 1 terbanyak menurut P3KE:\n\nNo | Kecamatan | Keluarga Desil 1\n1 | Haurgeulis | 4.812\n"
            "2 | Kandanghaur | 4.506")
    r = extract(text, "2022-11-21")
    assert [f.text for f in r.figures if f.text in ("1", "2")] == []  # (row numbers)
    f = one(r, "4.812")
    assert (f.metric, f.region_code) == ("welfare_registry_count", "32.12.01")


def test_poor_families_dated_by_a_registry_month_after_a_registry_are_the_registrys(extract):
    text = ("AMLAPURA – Penerima bantuan diambil dari DTKS. Per Juni 2023, di Karangasem tercatat 21.684 KK berstatus "
            "miskin dan rentan miskin dalam data tersebut.")
    assert one(extract(text, "2023-08-22"), "21.684 KK").metric == "welfare_registry_count"


def test_a_count_in_words_closed_by_lebih_before_a_comparison(extract):
    r = extract("RANGKASBITUNG – Jumlah penduduk miskin Lebak tercatat 110,52 ribu jiwa, berkurang tiga ribu lebih "
                "dibanding tahun lalu.", "2024-12-04")
    f = one(r, "tiga ribu lebih")
    assert (f.metric, f.kind, f.value, f.approx) == ("poverty_count", "change", -3000, "at_least")


def test_the_nation_as_the_whole_of_a_part_is_no_subject(extract):
    r = extract("JAKARTA – BPS mencatat sekitar 13,34 juta penduduk miskin tinggal di Jawa, lebih dari separuh total "
                "nasional, meski persentasenya hanya 8,94 persen.", "2018-07-16")
    assert one(r, "8,94 persen").region == "Pulau Jawa"
    # the nation named as the subject still is: "..., sedangkan angka nasional 9,82 persen"
    r = extract("JAKARTA – Sekitar 13,34 juta penduduk miskin tinggal di Jawa, sedangkan angka nasional 9,82 persen.",
                "2018-07-16")
    assert one(r, "9,82 persen").region_code == "ID"


def test_review_guards_for_the_session_twenty_rules(extract):
    # regressions a helper's review (110 probes, old code against new) found in the first versions of the rules above
    # a share of a group said to live in poverty is no poverty rate of the place
    r = extract("BIMA – Sekitar 12 persen anak di Kabupaten Bima hidup dalam kemiskinan, menurut kajian UNICEF.",
                "2024-02-01")
    assert one(r, "12 persen").metric == "other"
    # a large regency's health-insurance members stay the regency's
    r = extract("CIBINONG – Jumlah peserta JKN di Kabupaten Bogor mencapai 4,9 juta jiwa.", "2024-03-05")
    assert one(r, "4,9 juta jiwa").region_code == "32.01"
    # "anggota keluarganya" beside an amount per family takes nothing from the count before
    r = extract("SAMBAS – Sebanyak 1.200 KPM menerima BPNT. Setiap KPM dan anggota keluarganya mendapat Rp200 ribu per "
                "bulan.", "2023-03-14")
    assert one(r, "Rp200 ribu").metric == "budget"
    # amounts fixed by rule ("dipatok sebagai berikut") are no targets
    r = extract("INDRALAYA – Besaran bantuan PKH per tahun dipatok sebagai berikut:\n- Ibu hamil: Rp3 juta;\n- Anak SD: "
                "Rp900 ribu.", "2025-02-20")
    assert one(r, "Rp3 juta").kind == "level" and one(r, "Rp900 ribu").kind == "level"
    # people per household of a slum is no household size of the poor
    r = extract("PALEMBANG – Kepadatan hunian di kawasan kumuh rata-rata 6 jiwa per rumah tangga.", "2025-01-15")
    assert one(r, "6 jiwa").metric != "household_size"
    # spending per head under which a family counts as poor is no household line
    r = extract("JAMBI – Setiap keluarga dianggap miskin bila pengeluarannya per kapita di bawah Rp712.450 per bulan.",
                "2023-12-20")
    assert one(r, "Rp712.450").metric != "poverty_line_household"
    # a table row dated in digits is no outlet line
    r = extract("SOE – Jadwal penyaluran BLT DD di TTS:\nTahap 1 | 15/04/2024 | 2.300 KPM\nTahap 2 | 15/05/2024 | 2.280 KPM",
                "2024-04-20")
    assert {f.text for f in r.figures} >= {"2.300 KPM", "2.280 KPM"}
    # a count cannot change in points
    r = extract("SIGLI – Penerima PKH di Pidie 28.400 KPM. Angka itu turun 1,4 persen poin dibanding tahun lalu.",
                "2024-02-18")
    assert one(r, "1,4 persen poin").metric != "beneficiary_count"


def test_a_list_under_a_lead_naming_a_year_to_come_gives_goals_of_rates_not_of_money(extract):
    text = ("JAKARTA – Titik awal yang dipakai adalah angka kemiskinan September 2024 sebesar 8,57 persen.\n\nUntuk "
            "mencapai sasaran itu, Bappenas menyiapkan sejumlah indikator antara pada 2029, antara lain:\n- tingkat "
            "pengangguran terbuka 4,5 persen;\n- prevalensi stunting pada balita 14,2 persen.")
    r = extract(text, "2025-02-20")
    assert one(r, "4,5 persen").kind == "target" and one(r, "14,2 persen").kind == "target"
    assert one(r, "8,57 persen").kind == "level"
    # money planned for a year to come stays a level (the budget of that year)
    r = extract("JAKARTA – Berikut rincian anggaran perlindungan sosial dalam APBN 2026:\n- PKH: Rp28,7 triliun untuk 10 "
                "juta KPM;\n- Kartu Sembako: Rp43,8 triliun.", "2025-08-20")
    assert one(r, "Rp28,7 triliun").kind == "level" and one(r, "Rp43,8 triliun").kind == "level"


def test_a_statistic_named_with_nya_after_a_regencys_figure_in_a_national_story_is_the_regencys(extract):
    text = ("JAKARTA – Penyaluran bansos triwulan kedua 2025 untuk pertama kalinya memakai DTSEN. Hasilnya, sekitar 1,9 "
            "juta keluarga penerima manfaat (KPM) dinyatakan tidak lagi layak.\n\nMenteri Sosial mengatakan DTSEN kini "
            "mencakup sekitar 285 juta jiwa penduduk Indonesia. \"Kuota PKH tetap 10 juta KPM,\" kata Menteri saat "
            "meninjau penyaluran di Kabupaten Brebes, Jawa Tengah, Kamis (15/5/2025).\n\nDi tingkat kabupaten, BPS "
            "mencatat jumlah penduduk miskin Kabupaten Brebes pada Maret 2024 sebanyak 283,9 ribu jiwa atau 15,09 persen, "
            "salah satu yang tertinggi di Jawa Tengah. Tingkat kemiskinan ekstremnya masih sekitar 2,3 persen.")
    assert one(extract(text, "2025-05-16"), "2,3 persen").region_code == "33.29"


def test_a_count_spread_over_places_takes_the_date_after_them(extract):
    r = extract("SIGI – Pemerintah Kabupaten Sigi mencatat ada 15.206 KPM BLT Dana Desa di 176 desa pada 2022.",
                "2023-04-22")
    assert one(r, "15.206 KPM").year == 2022


def test_a_release_story_whose_only_province_tops_a_ranking_late_is_the_nations(extract):
    text = ("Kemiskinan Maret 2024 Turun ke 9,03 Persen\n\nJAKARTA – Badan Pusat Statistik (BPS) mencatat persentase "
            "penduduk miskin pada Maret 2024 sebesar 9,03 persen. Jumlah penduduk miskin tercatat 25,22 juta orang. "
            "Garis kemiskinan tercatat Rp582.932 per kapita per bulan, dan rasio gini berada di angka 0,379.\n\n"
            "Penurunan terjadi baik di perkotaan maupun di perdesaan, kata Kepala BPS dalam jumpa pers.\n\n"
            "Provinsi dengan persentase kemiskinan tertinggi kini adalah Papua Pegunungan.")
    r = extract(text, "2024-07-01")
    assert one(r, "25,22 juta orang").region_code == "ID" and one(r, "Rp582.932").region_code == "ID"


def test_the_first_counts_of_a_list_take_the_metric_its_lead_names(extract):
    r = extract("JAKARTA – BPS mencatat tingkat kemiskinan ekstrem 0,83 persen atau sekitar 2,3 juta jiwa.\n\nSebaran "
                "penduduk miskin menurut wilayah:\n- Pulau Jawa: 13,24 juta orang\n- Pulau Sumatera: 5,51 juta orang",
                "2024-07-01")
    assert one(r, "13,24 juta orang").metric == "poverty_count" and one(r, "5,51 juta orang").metric == "poverty_count"
    assert one(r, "2,3 juta jiwa").metric == "extreme_poverty_count"


def test_a_change_in_percent_of_an_amount_takes_the_amounts_year_not_its_bases(extract):
    r = extract("JAKARTA – Pemerintah mengalokasikan anggaran perlindungan sosial sebesar Rp381 triliun dalam RAPBN 2019. "
                "Nilai itu naik sekitar 17,1 persen dibandingkan perkiraan realisasi tahun ini yang mencapai Rp325,3 "
                "triliun.", "2018-08-17")
    f = one(r, "17,1 persen")
    assert (f.metric, f.kind, f.year) == ("budget", "change", 2019)
    assert one(r, "Rp325,3 triliun").year == 2018
