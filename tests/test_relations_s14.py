"""Relation rules added in session 14 (held-out set 196), each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def test_a_compared_year_with_its_growth_is_that_years_level(extract):
    r = extract("JAKARTA – Ekonomi nasional sepanjang 2018 tumbuh 5,17 persen, lebih tinggi dibandingkan 2017 yang "
                "tumbuh 5,07 persen.", "2019-02-06")
    f = one(r, "5,07 persen")
    assert (f.metric, f.kind, f.year) == ("economic_growth", "level", 2017)
    assert one(r, "5,17 persen").year == 2018


def test_a_sentence_opening_on_the_compared_period_takes_the_metric_named_after_its_comma(extract):
    r = extract("JAKARTA – Garis kemiskinan Maret 2019 tercatat Rp425.250 per kapita per bulan. Komponen bukan "
                "makanan sebesar Rp112.000.\n\n"
                "Dibandingkan Maret 2018 yang sebesar Rp401.220, garis kemiskinan naik 5,99 persen.", "2019-07-15")
    assert one(r, "Rp112.000").metric == "poverty_line_nonfood"
    f = one(r, "Rp401.220")
    assert (f.metric, f.year, f.month) == ("poverty_line", 2018, 3)
    # (without the opening on the compared period the metric after the comma is not taken)
    r = extract("JAKARTA – Garis kemiskinan Maret 2019 tercatat Rp425.250 per kapita per bulan. Komponen bukan "
                "makanan sebesar Rp112.000.\n\n"
                "Pada Maret 2018 sebesar Rp101.220, garis kemiskinan naik 5,99 persen.", "2019-07-15")
    assert one(r, "Rp101.220").metric != "poverty_line"


def test_a_legislators_electoral_district_is_not_the_topic(extract):
    r = extract("JAKARTA – Persentase penduduk miskin nasional pada Maret 2024 tercatat 9,03 persen.\n\n"
                "Anggota Komisi VIII dari daerah pemilihan Jawa Tengah, Sutrisno, menilai penurunannya lambat. "
                "Menurut dia, pemerintah menyiapkan Rp496 triliun untuk perlindungan sosial.", "2024-08-20")
    assert one(r, "Rp496 triliun").region_code == "ID"
    # (but the member's own "dapil saya" points back to it)
    r = extract("JAKARTA – Kementerian Sosial mencoret 1,2 juta keluarga dari daftar penerima PKH tahun ini.\n\n"
                "Anggota Komisi VIII dari daerah pemilihan Jawa Tengah, Sutrisno, meminta verifikasi ulang. \"Di "
                "dapil saya ada lebih dari 3.000 keluarga yang mengadu,\" ujarnya.", "2024-08-20")
    assert one(r, "3.000 keluarga").region_code == "33"


def test_places_just_named_taken_together_have_no_one_region(extract):
    r = extract("JAKARTA – Secara jumlah, Jawa Timur mencatat 4,2 juta penduduk miskin, disusul Jawa Tengah 3,9 "
                "juta orang dan Jawa Barat 3,8 juta orang. Ketiga provinsi itu menampung hampir 12 juta orang "
                "miskin.", "2023-01-20")
    assert one(r, "3,8 juta orang").region_code == "32"
    f = one(r, "12 juta orang")
    assert (f.metric, f.region_code) == ("poverty_count", None)
    # (the group named after the subject is a frame: the subject keeps the figure)
    r = extract("KENDARI – Muna mencatat 13,95 persen, Buton Utara 14,12 persen dan Konawe Utara 13,21 persen. "
                "Konawe Utara mencatat penurunan paling besar di antara ketiga kabupaten itu, yakni 0,58 persen "
                "poin.", "2020-02-10")
    assert one(r, "0,58 persen").region_code == "74.09"


def test_the_central_government_raising_an_allocation_spends_the_nations_money(extract):
    r = extract("MANOKWARI – Persentase penduduk miskin Papua Barat pada September 2019 mencapai 21,51 persen.\n\n"
                "Pemerintah pusat menaikkan alokasi Dana Desa 2020 menjadi Rp72 triliun.", "2020-01-16")
    f = one(r, "Rp72 triliun")
    assert (f.metric, f.region_code) == ("budget", "ID")
    # (a regency government raising its own allocation keeps its place)
    r = extract("MANOKWARI – Persentase penduduk miskin Papua Barat pada September 2019 mencapai 21,51 persen.\n\n"
                "Pemerintah provinsi menaikkan alokasi bantuan sosial 2020 menjadi Rp72 miliar.", "2020-01-16")
    assert one(r, "Rp72 miliar").region_code == "92"


def test_a_sectors_growth_is_not_the_economys(extract):
    r = extract("JAKARTA – Ekonomi Indonesia pada 2023 tumbuh 5,05 persen. Sektor transportasi dan pergudangan "
                "tumbuh paling tinggi, yakni 13,96 persen.", "2024-02-05")
    assert one(r, "5,05 persen").metric == "economic_growth"
    assert one(r, "13,96 persen").metric == "other"


def test_a_compared_province_with_its_abbreviation_in_brackets_keeps_its_value(extract):
    r = extract("ENDE – Persentase penduduk miskin Kabupaten Ende pada 2022 masih 23,65 persen, meski sedikit lebih "
                "rendah dari angka Provinsi Nusa Tenggara Timur (NTT) yang mencapai 20,05 persen pada September "
                "2022.", "2023-03-02")
    assert one(r, "23,65 persen").region_code == "53.08"
    assert one(r, "20,05 persen").region_code == "53"


def test_a_sentence_opening_on_one_district_is_an_aside(extract):
    r = extract("BAJAWA – Dinas Sosial Kabupaten Ngada menyalurkan PKH tahap II kepada 6.410 KPM.\n\n"
                "Khusus di Kecamatan Golewa, tercatat 1.120 KPM PKH.\n\n"
                "Menurut Kepala Dinas, jumlah penerima PKH tahap ini turun dibandingkan tahap I yang mencapai 6.650 "
                "KPM.", "2023-06-12")
    assert one(r, "1.120 KPM").region_code == "53.09.02"
    assert one(r, "6.650 KPM").region_code == "53.09"


def test_poor_families_counted_in_a_place_named_right_after_them(extract):
    r = extract("SAMARINDA – Persentase penduduk miskin Kalimantan Timur pada Maret 2024 sebesar 5,78 persen.\n\n"
                "Berdasarkan data P3KE, terdapat 1.940 keluarga miskin ekstrem di Kutai Barat.", "2024-09-03")
    assert one(r, "1.940 keluarga").region_code == "64.07"
    # (spread over a list of districts: their regency's)
    r = extract("NEGARA – Dinas Sosial Kabupaten Jembrana tahun ini membentuk Kube yang beranggotakan 180 keluarga "
                "miskin di Kecamatan Melaya, Mendoyo dan Pekutatan.", "2022-05-03")
    assert one(r, "180 keluarga").region_code == "51.01"


def test_a_poverty_line_is_never_a_districts(extract):
    r = extract("BAJAWA – Persentase penduduk miskin Kabupaten Ngada pada 2022 sebesar 11,67 persen.\n\n"
                "Petani kopi di sekitar Kecamatan Golewa, misalnya, masih menjual hasil panen kepada tengkulak.\n\n"
                "Dengan garis kemiskinan Rp395.020 per kapita per bulan pada 2022, guncangan harga kecil saja "
                "sudah terasa.", "2023-01-09")
    assert one(r, "Rp395.020").region_code == "53.09"
    # (and the district stays the topic of what follows)
    r = extract("BAJAWA – Di Desa Were I, Kecamatan Golewa, Maria menjual kopi ke tengkulak. Pendapatannya kurang "
                "dari garis kemiskinan Rp395.020 per kapita per bulan. Keluarganya menerima PKH sekitar Rp750 ribu "
                "per tahap.", "2023-01-09")
    assert one(r, "Rp395.020").region_code == "53.09"
    assert one(r, "Rp750 ribu").region_code.startswith("53.09.02")


def test_the_members_of_the_groups_a_programme_forms_are_its_recipients(extract):
    r = extract("PONOROGO – Dinas Sosial tahun ini membentuk Kelompok Usaha Bersama (Kube) yang beranggotakan 310 "
                "keluarga miskin. Setiap Kube beranggotakan 10 keluarga dan menerima modal usaha Rp20 juta.",
                "2022-05-03")
    f = one(r, "310 keluarga")
    assert (f.metric, f.program) == ("beneficiary_count", "Kube")
    assert one(r, "10 keluarga").metric == "other"


def test_money_dated_by_its_fiscal_year_leaves_the_release_period_alone(extract):
    r = extract("KUPANG – Jumlah penduduk miskin Kabupaten Kupang pada Maret 2017 mencapai 80,33 ribu jiwa. Pemkab "
                "menyiapkan Rp12,6 miliar dalam APBD 2018 untuk pemberdayaan ekonomi desa.\n\n"
                "Sementara Kota Kupang memiliki penduduk miskin sekitar 38,96 ribu jiwa.", "2017-11-20")
    assert one(r, "Rp12,6 miliar").year == 2018
    f = one(r, "38,96 ribu jiwa")
    assert (f.kind, f.year, f.month, f.region_code) == ("level", 2017, 3, "53.71")


def test_a_compared_province_with_its_period_before_yang_keeps_its_value(extract):
    r = extract("TAMIANG LAYANG – Persentase penduduk miskin Barito Timur pada 2018 sebesar 6,9 persen. \"Angka "
                "kita masih lebih tinggi dari Provinsi Kalimantan Tengah pada Maret 2018 yang sebesar 5,10 persen,\" "
                "ujarnya.", "2018-11-21")
    assert one(r, "5,10 persen").region_code == "62"


def test_the_gap_between_a_regency_and_its_province_is_no_change(extract):
    r = extract("CIREBON – Persentase penduduk miskin Kabupaten Cirebon pada 2010 sebesar 16,1 persen, sedangkan "
                "Jawa Barat 11,27 persen. Jarak Kabupaten Cirebon dengan provinsi masih hampir 5 persen poin.",
                "2011-06-01")
    assert one(r, "5 persen poin").metric == "other"


def test_a_paragraph_looking_at_the_province_keeps_its_place(extract):
    r = extract("KARANG TINGGI – Jumlah penduduk miskin Kabupaten Bengkulu Tengah pada 2010 mencapai 11.920 jiwa.\n\n"
                "Di tingkat provinsi, BPS Provinsi Bengkulu mencatat persentase penduduk miskin pada Maret 2011 "
                "sebesar 17,50 persen. Persentase penduduk miskin di perkotaan mencapai 19,13 persen.\n\n"
                "Angka kemiskinan Bengkulu Tengah pada 2011 turun menjadi 10,5 persen.", "2011-07-12")
    assert one(r, "17,50 persen").region_code == "17"
    assert one(r, "19,13 persen").region_code == "17"
    assert one(r, "10,5 persen").region_code == "17.09"


def test_money_for_a_list_of_districts_is_the_citys(extract):
    r = extract("DENPASAR – Pemkot Denpasar tahun ini menganggarkan Rp6,2 miliar untuk bedah rumah 85 unit di "
                "Denpasar Selatan dan Denpasar Utara.", "2026-01-10")
    assert one(r, "Rp6,2 miliar").region_code == "51.71"


def test_the_meals_programme_for_the_elderly_is_a_programme(extract):
    r = extract("TARAKAN – Pemkot tahun ini menyalurkan bantuan Permakanan untuk lansia tunggal sebanyak 315 orang.",
                "2024-07-22")
    assert [e.text for e in r.entities if e.label == "PROGRAM"] == ["Permakanan"]
    f = one(r, "315 orang")
    assert (f.metric, f.program) == ("beneficiary_count", "Permakanan")


def test_a_lead_comparing_with_last_years_outlook_keeps_its_own_year(extract):
    r = extract("JAKARTA – Pemerintah mengalokasikan anggaran perlindungan sosial dalam RAPBN 2024.\n\n"
                "Berikut rincian alokasi program utama dalam RAPBN 2024 dibandingkan outlook 2023:\n"
                "- PKH: Rp28,6 triliun untuk 10 juta keluarga penerima manfaat.\n", "2023-08-17")
    assert one(r, "Rp28,6 triliun").year == 2024
    assert one(r, "10 juta keluarga").year == 2024


def test_a_columnists_note_at_the_end_names_no_place(extract):
    r = extract("Menakar Angka Kemiskinan\n\nSetiap kali Badan Pusat Statistik (BPS) merilis angka kemiskinan, publik "
                "menunggu satu angka. Pada Maret 2018, angka itu tercatat 9,82 persen.\n\n"
                "*Penulis adalah dosen ekonomi di Makassar.", "2018-08-01")
    assert all(e.label != "PLACE" for e in r.entities)
    f = one(r, "9,82 persen")
    assert (f.metric, f.region_code) == ("poverty_rate", "ID")


def test_places_listed_before_masing_masing_berada_di_angka_go_one_by_one(extract):
    r = extract("MAKASSAR – Dua kabupaten penyangga ibu kota provinsi, Maros dan Takalar, masing-masing berada di "
                "angka 9,89 persen dan 8,44 persen pada Maret 2019.", "2020-01-20")
    assert one(r, "9,89 persen").region_code == "73.09"
    assert one(r, "8,44 persen").region_code == "73.05"


def test_money_with_its_recipients_dated_after_them_is_of_that_year(extract):
    r = extract("JAKARTA – Berikut rincian alokasi program dalam RAPBN 2024 dibandingkan outlook 2023:\n"
                "- PBI-JK: Rp46,5 triliun untuk 96,8 juta jiwa, dibandingkan Rp46,2 triliun untuk 96,6 juta jiwa "
                "pada 2023.\n"
                "- BLT Dana Desa: Rp28,8 triliun pada 2023 untuk sekitar 7,5 juta keluarga.\n", "2023-08-17")
    f = one(r, "96,8 juta jiwa")
    assert (f.metric, f.program, f.year) == ("beneficiary_count", "PBI-JK", 2024)
    assert one(r, "Rp46,2 triliun").year == 2023
    assert one(r, "96,6 juta jiwa").year == 2023
    assert one(r, "7,5 juta keluarga").year == 2023


def test_review_guards_for_the_session_fourteen_rules(extract):
    # a member's district pointed back to in the same sentence ("di daerah pemilihannya") is that place
    r = extract("JAKARTA – Persentase penduduk miskin nasional Maret 2023 sebesar 9,36 persen.\n\n"
                "Anggota Komisi XI dari daerah pemilihan Jawa Timur, Budi, menyebut kemiskinan di daerah "
                "pemilihannya mencapai 10,35 persen.", "2023-08-10")
    assert one(r, "10,35 persen").region_code == "35"
    # ... also when nothing else of the article has a place
    r = extract("JAKARTA – Kemensos mencoret 900 ribu penerima bansos dari DTKS tahun ini.\n\n"
                "Anggota Komisi VIII dari daerah pemilihan Nusa Tenggara Barat, Hasan, meminta verifikasi. \"Di "
                "dapil saya ada lebih dari 2.500 keluarga yang protes,\" katanya.", "2023-05-11")
    assert one(r, "2.500 keluarga").region_code == "52"
    # the central government's money stays the nation's after a member's district
    r = extract("JAKARTA – Anggota DPR dari daerah pemilihan Papua, Yohanes, menyebut pemerintah pusat "
                "menggelontorkan Rp35 triliun untuk menghapus kemiskinan ekstrem.", "2023-06-02")
    assert one(r, "Rp35 triliun").region_code == "ID"
    # one group's size, pointed back to or one of several, is no count of recipients or of the poor
    for text in ("MADIUN – Kube itu beranggotakan 10 keluarga dan mendapat modal Rp20 juta.",
                 "KEDIRI – Dinas Sosial membentuk 12 Kube. Kube tersebut beranggotakan 10 keluarga miskin.",
                 "KEDIRI – Salah satu Kube di Desa Bangsongan beranggotakan 10 keluarga miskin."):
        assert one(extract(text, "2022-05-03"), "10 keluarga").metric == "other", text
    # the gap to the province, however it is named, is no change
    r = extract("CIREBON – Persentase penduduk miskin Kabupaten Cirebon pada 2010 sebesar 16,1 persen. Jarak "
                "dengan provinsi masih hampir 5 persen poin.", "2011-06-01")
    assert one(r, "5 persen poin").metric == "other"


def test_the_second_set_of_session_fourteen_rules(extract):
    # recipients struck off with the programme's abbreviation between ("(KPM) dikeluarkan") fall; those added rise
    r = extract("JAKARTA – Untuk PKH, sebanyak 512.300 keluarga penerima manfaat (KPM) dikeluarkan dari daftar "
                "penerima, sementara 401.200 KPM baru ditambahkan.", "2026-02-10")
    assert (one(r, "512.300 keluarga").kind, one(r, "512.300 keluarga").value) == ("change", -512300)
    assert (one(r, "401.200 KPM").kind, one(r, "401.200 KPM").value) == ("change", 401200)
    # (an official who "adds" something is no addition)
    r = extract("SOE – Kepala Dinas Sosial menambahkan sebanyak 9.436 KPM menerima PKH tahun ini.", "2024-03-01")
    assert one(r, "9.436 KPM").kind == "level"
    # "kini" early in the year, of another area of the release just told, is still that release
    r = extract("JAKARTA – Persentase penduduk miskin September 2020 sebesar 10,19 persen. Persentase penduduk "
                "miskin perkotaan kini 7,88 persen dan perdesaan 13,20 persen.", "2021-02-15")
    assert (one(r, "7,88 persen").year, one(r, "7,88 persen").month) == (2020, 9)
    # an amount each recipient gets, in a sentence setting a goal for their number, is no goal
    r = extract("JAKARTA – BPNT tahun ini ditargetkan menjangkau 15,6 juta KPM dengan nilai Rp110.000 per bulan.",
                "2019-01-21")
    assert one(r, "Rp110.000").kind == "level"
    assert one(r, "15,6 juta KPM").kind == "target"
    # (an income wished for stays a goal)
    r = extract("TAMBOLAKA – \"Kami ingin pendapatan penenun naik menjadi Rp1 juta per bulan pada 2026,\" ujarnya.",
                "2024-11-04")
    assert one(r, "Rp1 juta").kind == "target"
    # a value said to be a metric ("merupakan garis kemiskinan bukan makanan")
    r = extract("TAPAKTUAN – Garis kemiskinan makanan Aceh Selatan pada Maret 2016 sebesar Rp318.950. Sisanya, "
                "Rp98.582, merupakan garis kemiskinan bukan makanan.", "2017-01-20")
    f = one(r, "Rp98.582")
    assert (f.metric, f.year, f.month) == ("poverty_line_nonfood", 2016, 3)
    # what a registry holds, though recipients are named on the way
    r = extract("JAKARTA – Data Terpadu Kesejahteraan Sosial (DTKS) yang menjadi dasar penetapan penerima saat ini "
                "memuat 98,2 juta jiwa.", "2019-01-21")
    assert one(r, "98,2 juta jiwa").metric == "welfare_registry_count"


def test_the_third_set_of_session_fourteen_rules(extract):
    # the places of the sentence before, pointed back to as a group before "masing-masing"
    r = extract("SORONG – Persentase penduduk miskin Maybrat pada Maret 2025 sebesar 28,40 persen, sedangkan "
                "Tambrauw 30,12 persen. Tingkat kemiskinan ekstrem kedua daerah itu masing-masing 9,41 persen dan "
                "8,76 persen.", "2026-01-16")
    assert one(r, "9,41 persen").region_code == "96.05"
    assert one(r, "8,76 persen").region_code == "96.04"
    # "ours" after a compared place is the speaker's own place again; the compared one stays an aside
    r = extract("BOBONG – Bupati Pulau Taliabu mengatakan penduduk miskin di Pulau Taliabu pada 2015 sebesar 8,62 "
                "persen. \"Itu lebih rendah dari kabupaten induk kami, Kepulauan Sula, yang 9,47 persen, tapi garis "
                "kemiskinan kita sudah Rp361.275 per kapita per bulan.\" Pemkab menyiapkan Rp12,5 miliar pada 2016.",
                "2016-11-08")
    assert one(r, "9,47 persen").region_code == "82.05"
    assert one(r, "Rp361.275").region_code == "82.08"
    assert one(r, "Rp12,5 miliar").region_code == "82.08"
    # the place a regency is highest in, with its own average after "yang rata-rata"
    r = extract("MAMASA – Penduduk miskin di Mamasa pada 2010 sebanyak 16,99 persen, tertinggi di Sulawesi Barat "
                "yang rata-rata 13,58 persen.", "2011-05-01")
    assert one(r, "16,99 persen").region_code == "76.03"
    assert one(r, "13,58 persen").region_code == "76"


def test_the_fourth_set_of_session_fourteen_rules(extract):
    # a rate compared with an earlier period's, its value after "sebesar", is that period's level
    r = extract("TABANAN – Tingkat pengangguran terbuka Tabanan pada Agustus 2011 tercatat 2,31 persen, sedikit lebih "
                "rendah dibanding Agustus 2010 sebesar 2,54 persen.", "2011-12-01")
    f = one(r, "2,54 persen")
    assert (f.kind, f.value, f.year, f.month) == ("level", 2.54, 2010, 8)
    # a compared place told where it lies, then its value
    r = extract("DOMPU – Persentase penduduk miskin Dompu pada Maret 2025 sebesar 12,1 persen. \"Kalau dibandingkan "
                "Kabupaten Bima di sebelah timur yang masih 13,52 persen, Dompu relatif lebih baik,\" ujarnya.",
                "2026-02-10")
    assert one(r, "13,52 persen").region_code == "52.06"
    assert one(r, "12,1 persen").region_code == "52.05"


def test_a_short_form_written_in_capitals_only_is_not_read_in_another_case(extract):
    # "OI" is Ogan Ilir; "Oi Ndano", a hamlet's name, is not
    r = extract("BIMA – Di Desa Tawali, Kecamatan Wera, BLT Dana Desa disalurkan kepada 120 KPM. Di Dusun Oi Ndano "
                "ada 41 KPM.", "2020-05-14")
    assert all(e.attrs.code != "16.10" for e in r.entities if e.label == "PLACE")
    assert one(r, "41 KPM").region_code != "16.10"
    r = extract("INDRALAYA – Persentase penduduk miskin OI pada 2022 sebesar 12,9 persen.", "2023-01-10")
    assert one(r, "12,9 persen").region_code == "16.10"


def test_a_value_no_region_below_the_nation_reaches_is_the_nations(extract):
    r = extract("SURABAYA – Persentase penduduk miskin Jawa Timur pada September 2020 sebesar 11,46 persen. \"Jumlah "
                "penduduk miskin perkotaan di Jawa Timur naik,\" ujarnya.\n\nPada 2020, kepesertaan PKH dinaikkan "
                "menjadi 10 juta KPM dan Kartu Sembako menjadi 20 juta KPM. Untuk 2021, pemerintah menganggarkan "
                "perlindungan sosial Rp408,8 triliun.", "2021-02-16")
    assert one(r, "11,46 persen").region_code == "35"
    for text in ("10 juta KPM", "20 juta KPM", "Rp408,8 triliun"):
        assert one(r, text).region_code == "ID", text
    # (a province's own programme, or a sum over years, keeps its place)
    r = extract("BANDA ACEH – Pemerintah Aceh menyalurkan bantuan kepada 120.000 KPM. Sejak 2008, Aceh telah menerima "
                "dana otsus lebih dari Rp100 triliun.", "2023-07-18")
    assert one(r, "120.000 KPM").region_code == "11"
    assert one(r, "Rp100 triliun").region_code == "11"


def test_the_latest_data_named_in_a_sentence_of_its_own_dates_the_figures_after_it(extract):
    r = extract("KUPANG – Persentase penduduk miskin NTT pada Maret 2018 sebesar 21,35 persen.\n\n"
                "Untuk tingkat kabupaten/kota, data terakhir yang tersedia adalah tahun 2017. Kabupaten Sumba Tengah "
                "mencatat persentase tertinggi, sekitar 34,85 persen.", "2018-08-01")
    f = one(r, "34,85 persen")
    assert (f.year, f.month, f.region_code) == (2017, None, "53.17")
    assert (one(r, "21,35 persen").year, one(r, "21,35 persen").month) == (2018, 3)
