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


def test_back_to_the_place_in_view_after_an_earlier_year_of_a_part_of_it(extract):
    text = ("AMBON – Persentase penduduk miskin Provinsi Maluku pada September 2016 sebesar 19,26 persen.\n\n"
            "Gubernur mengatakan penurunan belum merata. \"Di kabupaten seperti Kepulauan Aru, angka kemiskinan tahun 2015 "
            "masih sekitar 27 persen,\" katanya.\n\n"
            "Kepala BPS Provinsi Maluku menjelaskan jumlah penduduk miskin di Maluku berkurang 4,2 ribu jiwa dalam setahun.")
    r = extract(text, "2017-01-04")
    assert one(r, "27 persen").year == 2015
    f = one(r, "4,2 ribu jiwa")
    assert (f.region_code, f.year, f.month) == ("81", 2016, 9)


def test_recipients_of_the_budget_pointed_back_to_are_of_its_year(extract):
    text = ("JAKARTA – Pemerintah mengalokasikan anggaran perlindungan sosial Rp493,5 triliun dalam RAPBN 2024. Nilai itu "
            "naik dibandingkan outlook 2023 yang sebesar Rp443,5 triliun.\n\n"
            "Menteri Keuangan mengatakan anggaran tersebut antara lain untuk PKH bagi 10 juta KPM dan Kartu Sembako bagi "
            "18,7 juta KPM.")
    r = extract(text, "2023-08-16")
    assert one(r, "10 juta KPM").year == 2024
    assert one(r, "18,7 juta KPM").year == 2024
    # (without the pointer back to the money the recipients are this year's)
    r = extract(text.replace("anggaran tersebut antara lain untuk", "pemerintah juga menyalurkan"), "2023-08-16")
    assert one(r, "10 juta KPM").year == 2023


def test_a_value_in_apposition_to_a_date_another_value_took(extract):
    r = extract("JAKARTA – Kemiskinan kini 9,03 persen pada Maret 2024. BPS pertama kali mencatat kemiskinan di bawah "
                "10 persen pada Maret 2018, yakni 9,82 persen.", "2024-08-12")
    f = one(r, "9,82 persen")
    assert (f.year, f.month) == (2018, 3)


def test_the_statistics_offices_count_after_a_registry_named_before_it(extract):
    r = extract("JAKARTA – Anggota Komisi VIII mempertanyakan DTKS. Menurut dia, DTKS per Agustus 2019 memuat 98,6 juta jiwa, "
                "padahal BPS mencatat jumlah penduduk miskin Maret 2019 hanya 25,14 juta orang.", "2019-09-04")
    assert one(r, "98,6 juta jiwa").metric == "welfare_registry_count"
    f = one(r, "25,14 juta orang")
    assert (f.metric, f.program) == ("poverty_count", None)


def test_the_value_of_a_ranked_place_pointed_back_to(extract):
    text = ("BANDAR LAMPUNG – BPS Provinsi Lampung merilis persentase penduduk miskin kabupaten/kota hasil Susenas Maret "
            "2023. Secara provinsi, persentase penduduk miskin Lampung tercatat 11,11 persen.\n\n"
            "Kabupaten Way Kanan menjadi daerah dengan persentase penduduk miskin tertinggi, yakni 12,86 persen. Angka itu "
            "turun 0,41 persen poin dibandingkan Maret 2022 yang sebesar 13,27 persen.")
    r = extract(text, "2023-12-06")
    assert one(r, "12,86 persen").region_code == "18.08"
    assert one(r, "0,41 persen poin").region_code == "18.08"
    assert one(r, "13,27 persen").region_code == "18.08"


def test_recipients_take_the_year_of_the_money_that_pays_for_them(extract):
    r = extract("BLITAR – Angka kemiskinan Kota Blitar 2015 sebesar 7,29 persen.\n\n"
                "Pemkot Blitar juga menanggung iuran JKN bagi lebih dari 12.000 warga miskin yang tidak tercakup kuota pusat, "
                "dengan anggaran Rp3,2 miliar pada 2015.", "2016-01-27")
    f = one(r, "12.000 warga")
    assert (f.metric, f.year) == ("beneficiary_count", 2015)


def test_an_interview_citing_bps_that_names_only_where_it_was_held_is_national(extract):
    r = extract("Wawancara: Kemiskinan Kian Sulit Diturunkan\n\n"
                "Badan Pusat Statistik (BPS) pertengahan Januari lalu mengumumkan persentase penduduk miskin September 2024 "
                "sebesar 8,57 persen, terendah sepanjang sejarah. Untuk membaca angka itu dalam rentang waktu yang lebih "
                "panjang, dengan segala naik turunnya selama pandemi dan sesudahnya, serta melihat apa yang masih harus "
                "dikerjakan pemerintah pusat dan daerah dalam beberapa tahun ke depan, kami "
                "mewawancarai peneliti senior Lembaga Riset Ekonomi, Sari Wulandari, di Jakarta, Jumat (17/1/2025).\n\n"
                "Tanya: Bagaimana trennya?\n\nJawab: Pada Maret 2011 angkanya masih 12,49 persen.", "2025-01-20")
    assert one(r, "8,57 persen").region_code == "ID"
    assert one(r, "12,49 persen").region_code == "ID"


def test_a_date_after_a_comma_opens_the_next_value(extract):
    r = extract("JAKARTA – Menurut peneliti itu, PKH pada 2014 hanya menjangkau sekitar 2,8 juta keluarga, kini 10 juta "
                "keluarga.", "2025-01-20")
    assert one(r, "2,8 juta keluarga").year == 2014
    assert one(r, "10 juta keluarga").year == 2025


def test_a_share_of_the_people_said_to_live_below_the_line(extract):
    r = extract("JAKARTA – Dengan garis baru itu, lembaga tersebut memperkirakan 61,2 persen penduduk Indonesia, atau sekitar "
                "172,4 juta orang, hidup di bawah garis kemiskinan pada 2023.", "2024-06-10")
    f = one(r, "61,2 persen")
    assert (f.metric, f.kind) == ("poverty_rate", "level")
    assert one(r, "172,4 juta orang").metric == "poverty_count"


def test_a_release_recorded_after_a_goal_is_a_level(extract):
    r = extract("JAKARTA – Pejabat Kemenko PMK menyebut sasaran penghapusan kemiskinan ekstrem tetap memakai data BPS, yang "
                "mencatat tingkat kemiskinan ekstrem Maret 2024 tinggal 0,83 persen.", "2025-06-12")
    f = one(r, "0,83 persen")
    assert (f.metric, f.kind, f.year, f.month) == ("extreme_poverty_rate", "level", 2024, 3)


def test_families_leaving_a_registry_and_the_same_change_in_people(extract):
    r = extract("SIBOLGA – Per Agustus 2022, DTKS Kota Sibolga memuat 9.406 keluarga, sedangkan pada Agustus 2021 tercatat "
                "10.112 keluarga.\n\n\"Artinya ada 706 keluarga yang keluar dari DTKS dalam setahun, atau berkurang 2.310 "
                "jiwa,\" kata Wali Kota.", "2022-09-14")
    f = one(r, "706 keluarga")
    assert (f.metric, f.kind, f.value) == ("welfare_registry_count", "change", -706)
    g = one(r, "2.310")
    assert (g.metric, g.kind) == ("welfare_registry_count", "change")
    # (leaving a decile is no change of the registry's size)
    r = extract("SIBOLGA – Dari hasil verifikasi DTKS, 812 rumah tangga diusulkan keluar dari desil 1 dan 2.", "2022-09-14")
    assert one(r, "812 rumah tangga").kind == "level"


def test_the_top_place_of_a_ranking_that_names_its_kind_and_the_next_one(extract):
    r = extract("SIBOLGA – Kepala Dinas Sosial Kota Sibolga menambahkan kecamatan dengan keluarga DTKS terbanyak adalah "
                "Sibolga Utara, yakni 2.102 keluarga, disusul Sibolga Kota dengan 1.718 keluarga.", "2022-09-14")
    assert one(r, "2.102 keluarga").region_code == "12.73.01"
    assert one(r, "1.718 keluarga").region_code == "12.73.02"


def test_the_labels_of_a_list_whose_lead_names_their_kind(extract):
    r = extract("RAHA – Menurut data P3KE, tercatat 4.120 keluarga di Muna yang masuk desil 1. Kecamatan dengan jumlah "
                "keluarga desil 1 terbanyak yakni:\n- Tongkuno: 512 keluarga\n- Kabawo: 433 keluarga\n\nKepala Bappeda "
                "menyebut data itu jadi acuan.", "2023-06-14")
    assert one(r, "512 keluarga").region_code == "74.03.27"
    assert one(r, "433 keluarga").region_code == "74.03.24"


def test_money_spent_on_the_work_of_a_year_just_told_is_of_that_year(extract):
    r = extract("SUWAWA – Hal itu disampaikan Wakil Bupati saat membuka Musrenbang RKPD 2015, Selasa (11/3/2014).\n\n"
                "Menurut dia, sepanjang 2013 Pemkab Bone Bolango menyalurkan Raskin kepada 11.200 rumah tangga sasaran. "
                "Melalui program RTLH, pemkab memperbaiki 300 unit rumah dengan anggaran Rp3,6 miliar.", "2014-03-12")
    f = one(r, "Rp3,6 miliar")
    assert (f.metric, f.year, f.month) == ("budget", 2013, None)


def test_half_a_million_written_in_words(extract):
    r = extract("KASONGAN – Kepala Dinas Sosial Katingan mengatakan setiap KPM PKH akan menerima rata-rata setengah juta "
                "rupiah per tahap pada 2016. Setengah dari penerima tinggal di hulu sungai.", "2016-02-10")
    f = one(r, "setengah juta rupiah")
    assert (f.metric, f.value, f.unit) == ("budget", 500000, "idr")
    assert not [x for x in r.figures if x.text.lower().startswith("setengah dari")]


def test_a_survey_round_named_after_the_value(extract):
    r = extract("SUNGAI RAYA – Prevalensi stunting Kubu Raya menurut SSGI 2022 sebesar 24,3 persen, lalu turun menjadi "
                "20,9 persen berdasarkan SKI 2023.", "2024-02-20")
    assert one(r, "24,3 persen").year == 2022
    assert one(r, "20,9 persen").year == 2023


def test_the_recipients_year_holds_after_the_amount_each_gets(extract):
    r = extract("BLITAR – Persentase penduduk miskin Kabupaten Blitar pada Maret 2020 sebesar 9,33 persen.\n\n"
                "Kepala Dinas Sosial menyebut sepanjang 2020 pemerintah pusat menyalurkan BST kepada 20.100 KPM di Kabupaten "
                "Blitar dengan nilai Rp600.000 per bulan. Selain itu, BLT Dana Desa menjangkau 27.300 KPM.", "2021-02-16")
    assert one(r, "27.300 KPM").year == 2020


def test_a_village_whose_own_name_holds_its_type_word(extract):
    r = extract("BANDA ACEH – Pemko Banda Aceh menyalurkan BLT Dana Desa 2021.\n\nKeuchik Gampong Pande, Amiruddin, mengatakan "
                "di gampongnya terdapat 30 KPM.", "2021-05-04")
    assert one(r, "30 KPM").region_code == "11.71.06.2005"


def test_where_a_district_lies_is_no_subject_of_its_own(extract):
    r = extract("MASOHI – Kemiskinan Maluku Tengah tidak merata. Angka kemiskinan di Kecamatan Telutih di pesisir selatan Pulau "
                "Seram diperkirakan sekitar 24 persen pada 2021.", "2021-06-23")
    assert one(r, "24 persen").region_code == "81.01.23"


def test_the_regencys_rate_named_by_its_level_word(extract):
    r = extract("MASOHI – Persentase penduduk miskin Kabupaten Maluku Tengah pada 2020 sebesar 18,2 persen.\n\n\"Di Kota "
                "Masohi angkanya sudah di bawah 10 persen,\" ujar Rahman di Masohi. Ia menyebut angka kemiskinan kabupaten "
                "tahun ini masih sekitar 17 persen.", "2021-06-23")
    assert one(r, "17 persen").region_code == "81.01"


def test_an_estimate_of_a_year_gone_by_is_a_level(extract):
    r = extract("JAKARTA – Dengan garis itu, lembaga riset tersebut memperkirakan angka kemiskinan Indonesia pada 2023 sebesar "
                "9,1 persen.", "2024-06-10")
    assert one(r, "9,1 persen").kind == "level"
    # (this year's estimate stays a goal or projection)
    r = extract("JAKARTA – Lembaga riset tersebut memperkirakan angka kemiskinan Indonesia pada 2024 sebesar 9,1 persen.",
                "2024-06-10")
    assert one(r, "9,1 persen").kind == "target"


def test_the_place_a_new_regency_was_split_from_is_a_frame(extract):
    r = extract("MAUMERE – Persentase penduduk miskin di Kabupaten Sikka pada 2015 tercatat 13,98 persen.\n\nKabupaten Malaka, "
                "daerah otonom baru hasil pemekaran Belu, mencatat 16,82 persen, naik dari 16,35 persen setahun "
                "sebelumnya.", "2016-03-01")
    assert one(r, "16,82 persen").region_code == "53.21"


def test_an_economy_shrinking_as_far_as_minus(extract):
    r = extract("MANGUPURA – Tingkat pengangguran terbuka Badung pada Agustus 2021 sebesar 8,73 persen. Sementara itu, "
                "ekonomi Badung pada 2020 terkontraksi hingga minus 16,55 persen.", "2021-12-13")
    f = one(r, "minus 16,55 persen")
    assert (f.metric, f.value) == ("economic_growth", -16.55)


def test_money_in_a_revised_budget_named_after_it(extract):
    r = extract("JAKARTA – Anggaran penanggulangan kemiskinan dalam RAPBN 2016 diusulkan Rp218,7 triliun, naik dari "
                "Rp206,6 triliun dalam APBN-P 2015.", "2015-06-10")
    assert one(r, "Rp206,6 triliun").year == 2015
    assert one(r, "Rp218,7 triliun").year == 2016


def test_a_top_five_and_bottom_five_story_is_the_nations(extract):
    provinces = ["Papua Pegunungan", "Papua Tengah", "Papua Barat", "Papua", "Nusa Tenggara Timur"]
    lowest = ["Bali", "Kalimantan Selatan", "Bangka Belitung", "Jakarta", "Kalimantan Tengah"]
    text = ("JAKARTA – Badan Pusat Statistik (BPS) merilis persentase penduduk miskin September 2024 sebesar 8,57 persen, "
            "turun 0,46 persen poin dibandingkan Maret 2024. Meski angka nasional terus turun, kesenjangan antarprovinsi "
            "masih lebar.\n\nLima provinsi tertinggi:\n"
            + "".join(f"{i + 1}. {p}: {30 - 3 * i},1 persen\n" for i, p in enumerate(provinces))
            + "\nLima provinsi terendah:\n"
            + "".join(f"{i + 1}. {p}: {4 + i},2 persen\n" for i, p in enumerate(lowest))
            + "\nPj Gubernur Papua Pegunungan mengatakan pemprov menyiapkan program padat karya. Pemprov Papua Pegunungan "
            "juga menambah bantuan pangan.")
    r = extract(text, "2025-01-16")
    assert one(r, "8,57 persen").region_code == "ID"
    assert one(r, "0,46 persen poin").region_code == "ID"


def test_the_date_of_the_data_a_value_is_based_on(extract):
    r = extract("NGAMPRAH – Saat ini tingkat kemiskinan ekstrem di Bandung Barat masih 1,86 persen atau sekitar 34.200 jiwa "
                "berdasarkan data Maret 2022.", "2023-10-05")
    f = one(r, "1,86 persen")
    assert (f.year, f.month) == (2022, 3)
    assert (one(r, "34.200 jiwa").year, one(r, "34.200 jiwa").month) == (2022, 3)


def test_a_date_in_the_cause_of_a_change_is_not_the_changes(extract):
    r = extract("MANNA – BPS mencatat, pada Maret 2015 penduduk miskin Bengkulu Selatan mencapai 33.120 jiwa. Setahun "
                "sebelumnya, jumlahnya 31.940 jiwa.\n\nKepala BPS mengatakan kenaikan sebanyak 1.180 jiwa itu tidak lepas dari "
                "lonjakan harga setelah pemerintah menaikkan harga BBM bersubsidi pada November 2014.", "2015-09-16")
    f = one(r, "1.180 jiwa")
    assert (f.kind, f.year, f.month) == ("change", 2015, 3)


def test_a_lists_lead_with_the_earlier_period_in_brackets(extract):
    text = ("SURABAYA – BPS Jawa Timur merilis data kemiskinan kabupaten/kota kondisi Maret 2013.\n\n"
            "Berikut persentase penduduk miskin sejumlah kabupaten pada Maret 2013 (dalam kurung: Maret 2012):\n\n"
            "- Kabupaten Nganjuk: 12,20 persen (12,95 persen)\n- Kabupaten Magetan: 10,40 persen (11,10 persen)\n")
    r = extract(text, "2014-01-23")
    for value, year in (("12,20 persen", 2013), ("12,95 persen", 2012), ("10,40 persen", 2013), ("11,10 persen", 2012)):
        f = one(r, value)
        assert (f.year, f.month) == (year, 3), value


def test_the_value_a_lines_rise_is_counted_from_is_the_line(extract):
    r = extract("SERPONG – Garis kemiskinan Kota Tangerang Selatan pada Maret 2023 tercatat Rp820.110 per kapita per bulan. "
                "Angka ini naik 5,80 persen dibanding Maret 2022 yang sebesar Rp775.150.", "2024-01-18")
    f = one(r, "Rp775.150")
    assert (f.metric, f.year, f.month) == ("poverty_line", 2022, 3)


def test_that_figure_after_a_rate_and_a_line_is_the_rate(extract):
    r = extract("KEFAMENANU – \"Penduduk miskin TTU tahun 2015 sebanyak 56,58 ribu jiwa atau 22,34 persen, dengan garis "
                "kemiskinan Rp282.914 per kapita per bulan. Angka itu turun dari 23,02 persen pada 2014,\" kata Kepala BPS.",
                "2016-02-10")
    f = one(r, "23,02 persen")
    assert (f.metric, f.year) == ("poverty_rate", 2014)


def test_the_place_left_out_is_no_region_but_a_sentences_opening_scope_is_none_either(extract):
    r = extract("JAKARTA – Kementerian Sosial (Kemensos) mencatat, pada 2020 pemerintah menyalurkan BST Rp600.000 per bulan "
                "kepada 9 juta keluarga di luar Jabodetabek dan memperluas Kartu Sembako menjadi 20 juta KPM.", "2021-03-02")
    assert one(r, "20 juta KPM").region_code == "ID"
    r = extract("JAKARTA – Papua Pegunungan masih yang tertinggi dengan 32,97 persen. Di luar Tanah Papua, Nusa Tenggara "
                "Timur mencatat 19,48 persen dan Maluku 15,78 persen.", "2024-07-02")
    assert one(r, "19,48 persen").region_code == "53"


def test_the_review_guards_of_session_fifteen(extract):
    # a regional story citing BPS with only its dateline named is not the nation's
    r = extract("KUPANG – BPS mencatat sebanyak 4.000 keluarga menerima bantuan pangan tahun ini.", "2024-05-02")
    assert one(r, "4.000 keluarga").region_code != "ID"
    # "Angka itu" then a word for the province: the province's value, not the ranked regency's
    r = extract("PALEMBANG – Persentase penduduk miskin Sumatera Selatan pada Maret 2024 sebesar 11,78 persen.\n\nKabupaten "
                "Musi Rawas Utara menjadi daerah dengan persentase tertinggi, yakni 18,79 persen. Angka ini menurut Gubernur "
                "belum memuaskan karena jumlah penduduk miskin provinsi masih 1,01 juta jiwa.", "2024-07-10")
    assert one(r, "1,01 juta jiwa").region_code == "16"
    # a part named after "di wilayah" is the place, not a frame
    r = extract("SELONG – Di Kabupaten Lombok Timur di wilayah Kecamatan Jerowaru, jumlah keluarga miskin mencapai 4.300 KK.",
                "2024-03-01")
    assert one(r, "4.300 KK").region_code == "52.03.20"
    # a forecast made before the year it is for stays a goal
    r = extract("KENDAL – Pada awal 2023 Pemkab memperkirakan kemiskinan Kendal akan turun menjadi 8 persen pada 2024.",
                "2025-02-01")
    assert one(r, "8 persen").kind == "target"
    # a budget document after a comma is the next clause's
    r = extract("SEMARANG – Pada 2024 Pemkab menyalurkan bantuan Rp3 miliar, dalam APBD 2025 dinaikkan.", "2025-01-15")
    assert one(r, "Rp3 miliar").year == 2024
    # the value's own date holds against a source's date after it
    r = extract("ATAMBUA – Pada Maret 2024 kemiskinan Belu 14,6 persen menurut data BPS tahun 2023 yang diperbarui.",
                "2024-08-01")
    assert one(r, "14,6 persen").year == 2024
    # a cause without an event of its own keeps the value's date
    r = extract("DENPASAR – Angka kemiskinan Bali naik 0,9 persen poin akibat pandemi Covid-19 pada 2020.", "2022-03-01")
    assert one(r, "0,9 persen poin").year == 2020
    # an unemployment rate is no poverty rate whatever follows
    r = extract("SUMBAWA BESAR – Tingkat pengangguran terbuka Sumbawa 3,4 persen dari total penduduk usia kerja, banyak di "
                "antaranya tergolong miskin.", "2024-02-01")
    assert one(r, "3,4 persen").metric == "unemployment_rate"
    # one and a half million in words
    r = extract("JAKARTA – Jumlah penerima bantuan mencapai satu setengah juta orang pada 2023.", "2024-01-10")
    assert one(r, "satu setengah juta orang").value == 1500000
    # leaving a poverty group is no change of the registry
    r = extract("RANGKASBITUNG – Dari 45.000 keluarga di DTKS Lebak, 3.100 keluarga telah keluar dari kelompok sangat miskin.",
                "2024-06-01")
    assert one(r, "3.100 keluarga").kind == "level"
    # a new province named as a split is still the place
    r = extract("SORONG – Kemiskinan di daerah pemekaran Papua Barat Daya masih 18,1 persen pada 2023.", "2024-01-05")
    assert one(r, "18,1 persen").region_code == "96"
    # an economy shrinking "hingga 2021" names no growth
    r = extract("DENPASAR – Ekonomi Bali yang terkontraksi hingga 2021 membuat 4,53 persen warganya jatuh miskin.", "2022-01-05")
    assert one(r, "4,53 persen").metric != "economic_growth"
