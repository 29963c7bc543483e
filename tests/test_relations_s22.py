"""Relation, quantity and place rules added in session 22, each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def test_a_header_of_programmes_over_districts_gives_each_cell_its_district_and_programme(extract):
    text = ("JEMBER – Dinas Sosial Kabupaten Jember menyalurkan bantuan sosial triwulan ketiga.\n\n"
            "Sebaran penerima di kecamatan pesisir:\n\n"
            "Kecamatan | PKH | BPNT\n"
            "Puger | 2.140 KPM | 3.085 KPM\n"
            "Wuluhan | 1.870 KPM | 2.640 KPM\n\n"
            "Penyaluran dilakukan lewat kantor pos.")
    r = extract(text, "2023-09-20")
    first = one(r, "2.140 KPM")
    assert (first.region_code, first.program, first.metric) == ("35.09.08", "PKH", "beneficiary_count")
    last = one(r, "2.640 KPM")
    assert (last.region_code, last.program) == ("35.09.11", "BPNT")


def test_a_count_of_all_of_a_district_names_it_after_se(extract):
    text = ("LUMAJANG – Kepala Desa Bades, Kecamatan Pasirian, Hartono, menyebut 140 KPM menerima BLT Dana Desa di "
            "desanya. Penyaluran tahap akhir rampung pekan lalu. \"Jumlahnya 1.260 KPM se-Kecamatan Pasirian,\" "
            "kata camat.")
    r = extract(text, "2023-11-02")
    assert one(r, "1.260 KPM").region_code == "35.08.04"


def test_a_superlative_village_inside_the_sentences_district_takes_its_value(extract):
    text = ("LUMAJANG – Bupati Lumajang membuka rapat penanganan kemiskinan. Di Kecamatan Pasirian, menurut dia, "
            "masih ada 2.310 keluarga yang terdata dalam DTKS, terbanyak di Desa Condro dengan 415 keluarga.")
    r = extract(text, "2024-02-12")
    assert one(r, "415 keluarga").region_code == "35.08.04.2006"
    assert one(r, "2.310 keluarga").region_code == "35.08.04"


def test_an_outlet_line_with_a_date_and_a_zoned_time_but_no_day_name_is_boilerplate(extract):
    text = ("Warga Miskin di Sikka Terima Beras\nFlores Kini | 4 Mei 2024, 09:15 WITA\n\n"
            "MAUMERE – Sebanyak 8.200 keluarga di Kabupaten Sikka menerima bantuan beras 10 kilogram.")
    r = extract(text, "2024-05-04")
    assert any(text[b.start:b.end].startswith("Flores Kini") for b in r.boilerplate)
    assert one(r, "8.200 keluarga").region_code == "53.07"


def test_a_comparison_with_last_year_after_a_named_year_counts_from_that_year(extract):
    text = ("Garis kemiskinan Kabupaten Kendal pada Maret 2022 sebesar Rp451.300 per kapita per bulan, naik 5,2 persen "
            "dibanding tahun lalu yang Rp428.900.")
    r = extract(text, "2023-01-10")
    earlier = one(r, "Rp428.900")
    assert (earlier.year, earlier.month, earlier.kind) == (2021, 3, "level")


def test_a_whole_named_first_with_nearly_before_its_number_is_the_population(extract):
    text = ("Camat Sukorejo, Kabupaten Kendal, mengatakan dari hampir 64.000 penduduk kecamatan itu, 7.350 jiwa "
            "terdaftar dalam Data Terpadu Kesejahteraan Sosial (DTKS).")
    r = extract(text, "2023-03-01")
    assert one(r, "64.000 penduduk").metric == "population"
    assert one(r, "7.350 jiwa").metric == "welfare_registry_count"


def test_a_pointing_back_after_a_whole_and_its_parts_is_the_wholes(extract):
    text = ("Garis kemiskinan Kabupaten Kebumen pada Maret 2023 tercatat Rp455.870 per kapita per bulan, terdiri atas "
            "garis kemiskinan makanan Rp344.120 dan garis kemiskinan bukan makanan Rp111.750. Nilai itu naik 6,4 persen "
            "dibanding Maret 2022.")
    r = extract(text, "2023-08-01")
    rise = one(r, "6,4 persen")
    assert (rise.metric, rise.kind) == ("poverty_line", "change")


def test_a_statistic_named_after_a_count_of_provinces_is_what_the_next_sentence_points_back_to(extract):
    text = ("JAKARTA – Rasio gini nasional pada September 2024 tercatat 0,381.\n\n"
            "Menurut BPS, sebanyak 31 provinsi mencatat penurunan persentase penduduk miskin dibanding Maret 2024. "
            "Penurunan terbesar terjadi di Maluku yang angkanya turun 0,66 persen poin menjadi 15,12 persen.")
    r = extract(text, "2025-01-16")
    drop = one(r, "0,66 persen poin")
    assert (drop.metric, drop.kind) == ("poverty_rate", "change")
    assert one(r, "15,12 persen").metric == "poverty_rate"


def test_a_place_named_as_an_example_is_not_the_articles_region(extract):
    text = ("Kemiskinan Ekstrem Turun ke 0,83 Persen\nKabar Negeri | Senin, 5 Agustus 2024\n\n"
            "JAKARTA – Pemerintah menyebut kemiskinan ekstrem nasional pada Maret 2024 tinggal 0,83 persen. "
            "Target penghapusannya tetap 0 persen pada akhir tahun.\n\n"
            "Sebarannya belum merata. Di Kabupaten Asmat, Papua Selatan, misalnya, angkanya masih di atas 10 persen.\n\n"
            "Pemerintah menyiapkan tiga strategi: mengurangi beban pengeluaran keluarga miskin, menambah pendapatan "
            "lewat pemberdayaan ekonomi, dan mengurangi kantong kemiskinan lewat perbaikan rumah serta sanitasi. "
            "Semua kementerian diminta memakai data sasaran yang sama agar bantuan tidak salah sasaran.")
    r = extract(text, "2024-08-05")
    assert one(r, "0,83 Persen").region_code == "ID"
    assert one(r, "0 persen").region_code == "ID"


def test_a_national_storys_paragraph_with_no_place_after_a_regency_aside_is_the_countrys(extract):
    text = ("Pemerintah Kejar Nol Persen Kemiskinan Ekstrem\n\n"
            "JAKARTA – Tingkat kemiskinan ekstrem nasional pada Maret 2024 tercatat 0,83 persen atau 2,2 juta jiwa.\n\n"
            "Di Kabupaten Nduga, misalnya, angkanya masih jauh di atas rata-rata nasional. Kabupaten Asmat juga "
            "masuk daftar prioritas.\n\n"
            "Tahun ini, anggaran penghapusan kemiskinan ekstrem yang tersebar di 19 kementerian/lembaga mencapai "
            "Rp52,1 triliun. Program Sekolah Rakyat menampung 8.400 siswa dari keluarga miskin ekstrem.")
    r = extract(text, "2024-08-05")
    assert one(r, "Rp52,1 triliun").region_code == "ID"
    assert one(r, "19").metric == "other"  # ministries counted are no registry's records
    assert one(r, "8.400").region_code == "ID"


def test_a_quote_opening_a_paragraph_goes_on_with_the_regency_its_speaker_leads(extract):
    text = ("Pemerintah Kejar Nol Persen Kemiskinan Ekstrem\n\n"
            "JAKARTA – Tingkat kemiskinan ekstrem nasional pada Maret 2024 tercatat 0,83 persen.\n\n"
            "Di Jawa Tengah, Kabupaten Kebumen masuk daftar prioritas. Bupati Kebumen Arif Sugiyanto menyebut "
            "pemkab memadankan data penerima.\n\n"
            "\"Tahun ini ada 12.400 keluarga penerima BLT Dana Desa,\" ujar Arif.")
    r = extract(text, "2024-08-05")
    assert one(r, "12.400 keluarga").region_code == "33.05"


def test_places_counted_lie_in_a_region_above_their_level(extract):
    text = ("JAKARTA – Tingkat kemiskinan ekstrem nasional pada Maret 2024 tercatat 0,83 persen.\n\n"
            "Kabupaten Nduga masih masuk daftar prioritas. Sebaliknya, sebanyak 198 kabupaten/kota "
            "dilaporkan sudah bebas dari kemiskinan ekstrem.")
    r = extract(text, "2024-08-05")
    assert one(r, "198").region_code == "ID"


def test_a_registry_named_before_funds_no_budget_the_next_sentence_tells(extract):
    text = ("JAKARTA – Data P3KE kini sudah dipadankan ke DTSEN.\n\n"
            "Anggaran penghapusan kemiskinan ekstrem tahun ini mencapai Rp52,1 triliun.")
    r = extract(text, "2024-08-05")
    assert one(r, "Rp52,1 triliun").program is None


def test_a_from_value_under_a_span_of_two_periods_is_the_spans_start(extract):
    text = ("Menurut ekonom itu, sepanjang Maret 2015 hingga September 2019 angka kemiskinan turun sekitar 2,0 persen "
            "poin, dari 11,22 persen menjadi 9,22 persen.")
    r = extract(text, "2020-01-20")
    start = one(r, "11,22 persen")
    assert (start.year, start.month) == (2015, 3)
    end = one(r, "9,22 persen")
    assert (end.year, end.month) == (2019, 9)


def test_people_still_living_on_an_island_are_the_islands(extract):
    text = "Lebih dari separuh penduduk miskin, sekitar 13,3 juta orang, masih tinggal di Pulau Jawa."
    r = extract(text, "2019-07-15")
    assert one(r, "13,3 juta orang").region == "Pulau Jawa"


def test_a_village_column_under_a_header_with_a_numbered_label_names_its_villages(extract):
    text = ("KEDIRI – Dinas Sosial Kota Kediri memutakhirkan data keluarga miskin di Kecamatan Pesantren.\n\n"
            "Hasil pemutakhiran per kelurahan:\n\n"
            "Kelurahan | Keluarga DTKS | Desil 1\n"
            "Bangsal | 1.120 | 310\n"
            "Blabak | 980 | 265\n"
            "Betet | 1.045 | 288\n\n"
            "Data itu dikirim ke Kementerian Sosial.")
    r = extract(text, "2025-03-11")
    first = one(r, "1.120")
    assert (first.region_code, first.metric) == ("35.71.03.1001", "welfare_registry_count")
    assert one(r, "265").region_code == "35.71.03.1006"


def test_a_line_ending_in_a_landmark_word_does_not_take_the_next_paragraphs_place(extract):
    text = ("CIREBON – Dinas Sosial Kota Cirebon merampungkan verval DTKS.\n\n"
            "Baca juga: Harga Beras Naik, Warga Serbu Operasi Pasar\n\n"
            "Kecamatan Harjamukti masih menjadi wilayah dengan penerima terbanyak, yakni 3.900 KPM PKH.")
    r = extract(text, "2024-03-18")
    assert any(e.label == "PLACE" and e.text == "Kecamatan Harjamukti" for e in r.entities)
    assert one(r, "3.900 KPM").region_code == "32.74.03"


def test_an_outlet_line_with_the_day_and_a_digit_date_and_time_is_boilerplate(extract):
    text = ("Verval DTKS Rampung di Kota Cirebon\nWarta Pantura - Senin, 18/03/2024 | 14:02\n\n"
            "CIREBON – Dinas Sosial merampungkan verifikasi data.")
    r = extract(text, "2024-03-18")
    assert any(text[b.start:b.end].startswith("Warta Pantura") for b in r.boilerplate)


def test_a_survey_round_in_brackets_after_a_value_dates_it(extract):
    text = ("POLEWALI – Persentase penduduk miskin Kabupaten Polewali Mandar pada Maret 2024 sebesar 15,1 persen. Target "
            "tahun depan antara lain:\n\n- prevalensi stunting turun dari 33,4 persen (SSGI 2023) menjadi 28 persen.")
    r = extract(text, "2025-02-10")
    assert one(r, "33,4 persen").year == 2023


def test_targets_listed_under_a_lead_naming_next_year_are_for_that_year(extract):
    text = ("POLEWALI – Persentase penduduk miskin Kabupaten Polewali Mandar pada Maret 2024 sebesar 15,1 persen. "
            "Sejumlah target untuk tahun depan juga dipatok, antara lain:\n\n"
            "- persentase penduduk miskin turun menjadi 13,9 persen;\n"
            "- tingkat pengangguran terbuka ditekan menjadi 3,1 persen.")
    r = extract(text, "2025-03-12")
    goal = one(r, "13,9 persen")
    assert (goal.kind, goal.year) == ("target", 2026)
    assert one(r, "3,1 persen").year == 2026


def test_the_area_an_official_heads_pointed_back_to_is_the_topic_of_the_next_sentence(extract):
    text = ("LEBAK – Camat Bayah, Kabupaten Lebak, Asep Mulyana, memaparkan sebaran keluarga miskin di wilayahnya dalam "
            "rapat koordinasi, Senin (5/2/2024). Berdasarkan data P3KE, terdapat 3.118 keluarga miskin yang tersebar "
            "di seluruh desa.")
    r = extract(text, "2024-02-06")
    assert one(r, "3.118 keluarga").region_code == "36.02.03"


def test_a_hamlet_called_kampung_named_like_a_village_elsewhere_has_no_code(extract):
    text = ("LEBAK – Bantuan beras disalurkan kepada warga Desa Bayah Barat, Kecamatan Bayah, Kabupaten Lebak. Sebagian "
            "penerima tinggal di Kampung Cikujang yang terisolasi saat musim hujan.")
    r = extract(text, "2024-02-06")
    place = next(e for e in r.entities if e.text == "Kampung Cikujang")
    assert place.attrs is not None and place.attrs.code is None and place.attrs.canonical == "Kampung Cikujang"


def test_families_struck_off_closing_their_clause_in_a_registry_headline_are_a_fall(extract):
    text = ("Verval DTKS Tebo: 2.904 Keluarga Dicoret\nJambi Hari Ini | Senin, 8 Agustus 2022 10:00 WIB\n\n"
            "MUARA TEBO – Dinas Sosial Kabupaten Tebo merampungkan verifikasi Data Terpadu Kesejahteraan Sosial (DTKS). "
            "Di satu kelurahan, 75 keluarga pekerja harian baru didaftarkan.")
    r = extract(text, "2022-08-08")
    fall = one(r, "2.904 Keluarga")
    assert (fall.metric, fall.kind, fall.value) == ("welfare_registry_count", "change", -2904)


def test_recipients_struck_off_in_a_headline_stay_the_programmes(extract):
    text = ("Bansos Pakai DTSEN, Sekitar 1,2 Juta KPM Dicoret\nWarta Kita | Jumat, 16 Mei 2025 - 13:00 WIB\n\n"
            "JAKARTA – Kementerian Sosial memakai Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) untuk penyaluran "
            "bantuan sosial triwulan kedua.")
    r = extract(text, "2025-05-16")
    assert one(r, "1,2 Juta KPM").metric == "beneficiary_count"


def test_what_the_statistics_office_announced_after_a_projections_word_is_measured(extract):
    text = ("JAKARTA – Bank Dunia memproyeksikan kemiskinan naik akibat pandemi. Proyeksi itu dirilis sehari setelah "
            "Badan Pusat Statistik (BPS) mengumumkan angka kemiskinan Maret 2021 naik menjadi 10,14 persen atau 27,54 "
            "juta orang.")
    r = extract(text, "2021-07-16")
    assert one(r, "10,14 persen").kind == "level"
    assert one(r, "27,54 juta orang").kind == "level"


def test_a_rate_estimated_to_rise_to_a_value_is_a_projection(extract):
    text = ("JAKARTA – Pada skenario terberat, tingkat kemiskinan nasional diperkirakan naik ke 11,2 persen pada akhir "
            "tahun ini.")
    r = extract(text, "2020-07-16")
    assert one(r, "11,2 persen").kind == "target"


def test_a_change_the_sentence_dates_back_with_no_level_before_it_keeps_that_year(extract):
    text = ("Persentase penduduk miskin Kabupaten Bone pada Maret 2024 sebesar 10,42 persen, turun 0,29 persen poin "
            "dibanding Maret 2023. Setahun sebelumnya, penurunan mencapai 0,64 persen poin.")
    r = extract(text, "2024-11-14")
    earlier = one(r, "0,64 persen poin")
    assert (earlier.kind, earlier.year) == ("change", 2023)
    assert one(r, "0,29 persen poin").year == 2024


def test_a_release_named_after_a_value_now_dates_it_and_the_from_value_a_year_before(extract):
    text = ("Saat ini, persentase penduduk miskin Nias Selatan masih 16,48 persen berdasarkan data BPS kondisi Maret "
            "2024. Angka itu sudah turun dari 17,02 persen setahun sebelumnya.")
    r = extract(text, "2025-03-10")
    now = one(r, "16,48 persen")
    assert (now.year, now.month) == (2024, 3)
    assert one(r, "17,02 persen").year == 2023


def test_recipients_coming_from_a_district_are_its_and_those_no_longer_receiving_a_fall(extract):
    text = ("DOLOKSANGGUL – Dinas Sosial Humbang Hasundutan mencatat penerima bansos berkurang. Pada triwulan II, "
            "sebanyak 1.940 KPM PKH di Humbahas tidak lagi menerima bantuan karena datanya tidak padan. Dari total "
            "penerima PKH, 860 KPM berasal dari Kecamatan Dolok Sanggul.")
    r = extract(text, "2025-05-20")
    fall = one(r, "1.940 KPM")
    assert (fall.kind, fall.value) == ("change", -1940)
    assert one(r, "860 KPM").region_code == "12.16.06"


def test_a_count_after_or_as_many_as_restates_the_rate_before_it(extract):
    text = "Persentase penduduk miskin Kabupaten Sumba Barat pada Maret 2024 sebesar 27,17 persen, atau sebanyak 39,6 ribu jiwa."
    r = extract(text, "2024-07-20")
    assert one(r, "39,6 ribu jiwa").metric == "poverty_count"


def test_a_regency_kept_out_of_running_text_is_found_as_the_next_line_of_a_list(extract):
    text = ("NABIRE – BPS merilis persentase penduduk miskin kabupaten di Papua Tengah pada Maret 2023, tertinggi di "
            "wilayah pegunungan:\n- Kabupaten Intan Jaya: 41,82 persen\n- Deiyai: 40,12 persen\n- Puncak: 36,27 persen\n")
    r = extract(text, "2023-07-17")
    assert one(r, "40,12 persen").region_code == "94.08"
    assert one(r, "36,27 persen").region_code == "94.05"


def test_the_area_a_regent_reports_on_stays_the_topic_in_a_national_visit_story(extract):
    text = ("Menko PM Kunjungi Sumba Barat, Sebut Kemiskinan Nasional Tinggal 8,57 Persen\n"
            "NTT Kini | Jumat, 24 Januari 2025 17:40 WITA\n\n"
            "WAIKABUBAK – Menteri Koordinator Bidang Pemberdayaan Masyarakat menyambangi Desa Tebara, Kecamatan Kota "
            "Waikabubak, Kabupaten Sumba Barat, Kamis (23/1/2025). Ia menyebut angka kemiskinan nasional pada September "
            "2024 tinggal 8,57 persen atau 24,06 juta orang, sedangkan kemiskinan ekstrem nasional 0,83 persen.\n\n"
            "\"Target nasional kita kemiskinan ekstrem nol persen pada 2026,\" katanya. Provinsi Nusa Tenggara Timur "
            "masih mencatat 19,02 persen.\n\n"
            "Bupati Sumba Barat melaporkan angka kemiskinan di daerahnya pada Maret 2024 sebesar 27,17 persen. Sepanjang "
            "tahun lalu, BPNT disalurkan kepada 9.930 KPM.\n\n"
            "\"Kami butuh dukungan pusat untuk air bersih,\" kata bupati.\n\n"
            "Dalam kunjungan itu, menteri juga menyerahkan bantuan modal usaha senilai total Rp600 juta.")
    r = extract(text, "2025-01-24")
    assert one(r, "8,57 Persen").region_code == "ID"
    assert one(r, "9.930 KPM").region_code == "53.12"
    assert one(r, "Rp600 juta").region_code == "53.12"


def test_a_price_rising_before_a_programmes_reach_makes_no_change_of_the_count(extract):
    text = ("Pemerintah menyiapkan bantuan tunai bila harga kebutuhan pokok melonjak, selain mempertahankan Program "
            "Keluarga Harapan (PKH) yang tahun ini menjangkau 720.000 rumah tangga sangat miskin.")
    r = extract(text, "2008-11-18")
    assert one(r, "720.000 rumah tangga").kind == "level"


def test_a_list_of_villages_reads_a_districts_name_as_its_village(extract):
    text = ("SEPAKU – Dinas Sosial Penajam Paser Utara mencatat keluarga miskin di Kecamatan Sepaku dalam DTKS.\n\n"
            "Sebaran keluarga miskin di empat desa dan kelurahan di sekitar kawasan inti adalah sebagai berikut:\n"
            "1. Bumi Harapan: 305 KK\n2. Sepaku: 281 KK\n3. Bukit Raya: 240 KK\n4. Tengin Baru: 198 KK\n")
    r = extract(text, "2022-09-20")
    assert one(r, "281 KK").region_code == "64.09.04.1005"
    assert one(r, "305 KK").region_code == "64.09.04.2004"


def test_a_hamlet_labelling_a_list_line_is_the_lines_place_with_no_code(extract):
    text = ("GUNUNGKIDUL – Kalurahan Purwodadi, Kapanewon Tepus, mencatat 290 KK miskin dalam DTKS.\n\n"
            "Rinciannya sebagai berikut:\n- Padukuhan Ngasem: 51 KK\n- Padukuhan Danggolo: 44 KK\n")
    r = extract(text, "2022-09-20")
    line = one(r, "51 KK")
    assert line.region_code is None and line.region == "Padukuhan Ngasem"


def test_a_national_story_naming_many_provinces_once_or_twice_is_the_countrys(extract):
    text = ("Kemiskinan Maret 2023 Turun ke 9,36 Persen, Papua Pegunungan Masih Tertinggi\n\n"
            "JAKARTA – Persentase penduduk miskin pada Maret 2023 tercatat 9,36 persen, turun 0,21 persen poin "
            "terhadap September 2022. \"Daya beli pulih,\" kata Deputi BPS, Ateng Hartono, di Jakarta.\n\n"
            "Garis kemiskinan naik menjadi Rp550.458 per kapita per bulan.\n\n"
            "Persentase tertinggi di Papua Pegunungan, disusul Papua Tengah, Papua, Papua Barat dan Nusa Tenggara Timur. "
            "Terendah di Bali, Kalimantan Selatan dan DKI Jakarta.")
    r = extract(text, "2023-07-17")
    assert one(r, "9,36 Persen").region_code == "ID"
    assert one(r, "Rp550.458").region_code == "ID"


def test_a_rate_and_its_count_parted_by_a_bar_are_twins(extract):
    text = ("KUNINGAN – Perbandingan kemiskinan Maret 2017 (persentase | jumlah):\n"
            "Kabupaten Kuningan: 13,27 persen | 140,38 ribu jiwa\nJawa Barat: 7,83 persen | 3,77 juta jiwa\n"
            "Indonesia: 10,64 persen | 27,77 juta jiwa\n")
    r = extract(text, "2018-01-15")
    jabar = one(r, "3,77 juta jiwa")
    assert (jabar.metric, jabar.region_code, jabar.year) == ("poverty_count", "32", 2017)
    assert one(r, "27,77 juta jiwa").region_code == "ID"


def test_a_labelled_line_does_not_take_the_next_lines_recipients_word_and_a_signed_change_label_is_a_change(extract):
    text = ("INDRAMAYU – Ringkasan data kemiskinan Kabupaten Indramayu:\n\n"
            "Jumlah penduduk miskin: 191,46 ribu jiwa\nPerubahan jumlah penduduk miskin: -21,48 ribu jiwa\n"
            "IPM 2019: 68,36\nPenerima PKH: 105.230 KPM\n")
    r = extract(text, "2020-01-28")
    assert one(r, "68,36").metric == "hdi"
    change = one(r, "-21,48 ribu jiwa")
    assert (change.kind, change.value) == ("change", -21480)


def test_a_regency_name_describing_another_place_names_no_region(extract):
    text = ("Potret Desa Cikawungading: 540 Rumah Tangga Miskin di Pesisir Selatan Tasikmalaya\n\n"
            "TASIKMALAYA – Di Desa Cikawungading, Kecamatan Cipatujah, Kabupaten Tasikmalaya, tercatat 540 rumah tangga "
            "miskin.")
    r = extract(text, "2018-10-08")
    assert not any(e.label == "PLACE" and e.text == "Pesisir Selatan" for e in r.entities)
    assert one(r, "540 Rumah Tangga").region_code == "32.06.01.2004"


def test_a_comparison_with_last_year_after_a_goals_year_counts_from_the_article(extract):
    text = ("Target 2026 garis kemiskinan Kabupaten Kendal dipatok Rp560.000, sedangkan saat ini garis kemiskinan "
            "Rp551.600, naik 4,6 persen dibanding tahun lalu yang Rp527.900.")
    r = extract(text, "2024-01-10")
    assert one(r, "Rp527.900").year == 2023


def test_more_regencies_than_a_province_has_are_the_countrys(extract):
    text = ("KUPANG – Pemprov NTT menargetkan kemiskinan ekstrem nol persen. Pemerintah pusat menetapkan 212 "
            "kabupaten/kota prioritas, 21 di antaranya berada di NTT.")
    r = extract(text, "2023-05-01")
    assert one(r, "212").region_code == "ID"


def test_houses_and_latrines_counted_on_a_villages_list_line_are_no_rates(extract):
    text = ("BREBES – Program ini untuk menekan angka kemiskinan Brebes yang pada 2018 masih 17,17 persen.\n\n"
            "Kepala Disperkim menjelaskan bedah RTLH di Kecamatan Ketanggungan dikerjakan bersamaan. Rinciannya per desa "
            "sebagai berikut:\n\n- Desa Cikeusal Kidul: 118 RTLH, 210 jamban\n- Desa Jemasih: 91 RTLH, 175 jamban\n")
    r = extract(text, "2019-09-24")
    assert one(r, "91").metric == "other" and one(r, "118").metric == "other"


def test_a_count_dated_by_the_reckoning_it_comes_from_takes_that_year(extract):
    text = ("Pemkab Tulang Bawang menargetkan kemiskinan ekstrem nol persen pada 2024. Saat ini, tingkat kemiskinan "
            "ekstrem di Kabupaten Tulang Bawang masih 1,62 persen atau sekitar 7.400 jiwa berdasarkan perhitungan tahun "
            "2022.")
    r = extract(text, "2023-03-09")
    assert one(r, "1,62 persen").year == 2022 and one(r, "7.400 jiwa").year == 2022


def test_small_traders_given_aid_are_people_the_programme_counts(extract):
    text = ("BANDA ACEH – Baitul Mal Aceh menyalurkan modal usaha kepada 640 pedagang kecil melalui program Aceh Meugoe.")
    r = extract(text, "2025-02-10")
    traders = one(r, "640")
    assert (traders.metric, traders.unit) == ("beneficiary_count", "persons")


def test_a_sentence_whose_only_numbers_are_row_numbers_does_not_break_the_article(extract):
    # (a table row whose one number is its row number, with a statistic's words and no figure: the row after it is read)
    text = ("KOTA PALU – Daftar kelurahan prioritas.\n\nNo | Kelurahan | Jumlah KK\n"
            "1 | Tondo | persentase penduduk miskin tertinggi\n2 | Talise | 280\n")
    r = extract(text, "2024-01-01")
    assert one(r, "280").region_code is not None
