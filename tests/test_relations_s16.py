"""Relation and boilerplate rules added in session 16, each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def _values(r) -> set[str]:
    return {f.text for f in r.figures if f.metric != "other"}


def test_headlines_listed_under_a_related_links_heading_are_no_figures(extract):
    body = ("TERNATE – Persentase penduduk miskin Kota Ternate pada Maret 2019 sebesar 2,81 persen, turun dari 2,95 "
            "persen setahun sebelumnya.\n\n")
    lists = {
        "Baca juga:\n• BPS: Angka Kemiskinan Halmahera Barat Naik Jadi 9,12 Persen\n• Harga Cengkih Anjlok di Ternate\n",
        "BERITA TERKAIT\nGaris Kemiskinan Maluku Utara Tembus Rp480 Ribu per Bulan\nPemkot Salurkan Rp4 Miliar Bansos\n",
        "Artikel Terkait:\n\n- Penduduk Miskin Tidore Tinggal 5.410 Jiwa\n- Rp2,5 Miliar untuk 300 KPM di Sanana\n",
    }
    for block in lists:
        r = extract(body + block + "\nEditor: Nur", "2019-07-20")
        assert _values(r) == {"2,81 persen", "2,95 persen"}, block
        assert any(e.label == "PLACE" and e.text == "Kota Ternate" for e in r.entities)
        assert not any(e.start > len(body) and e.label in ("PLACE", "QUANTITY") for e in r.entities)
    # a paragraph of the article after a heading alone on its line is no headline: it ends a sentence
    r = extract(body + "Baca juga:\nKemiskinan ekstrem di Kota Ternate pada 2019 sebesar 0,61 persen, kata dia.\n",
                "2019-07-20")
    assert "0,61 persen" in _values(r)


def test_a_districts_count_goes_on_with_a_registry_given_in_two_units(extract):
    text = ("BERAU – Dinas Sosial Kabupaten Berau merilis sebaran warga miskin. Per Juni 2022, totalnya 21.300 jiwa dari "
            "7.020 keluarga tercatat dalam Data Terpadu Kesejahteraan Sosial (DTKS), tersebar di 13 kecamatan.\n\n"
            "Kecamatan Tanjung Redeb berada di urutan pertama dengan 5.210 jiwa. Posisi kedua ditempati Sambaliung dengan "
            "3.180 jiwa, lalu Gunung Tabur 2.640 jiwa.")
    r = extract(text, "2022-07-11")
    for value, code in (("5.210 jiwa", "64.03.05"), ("3.180 jiwa", "64.03.03"), ("2.640 jiwa", "64.03.06")):
        f = one(r, value)
        assert (f.metric, f.region_code, f.year) == ("welfare_registry_count", code, 2022), value
    # a count of its own after the registry, naming no district, stays other
    r = extract(text.split("\n\n")[0] + "\n\nSelama semester pertama, 1.120 jiwa diusulkan masuk.", "2022-07-11")
    assert one(r, "1.120 jiwa").metric == "other"


def test_the_value_of_what_a_comparative_compares_with_is_a_level(extract):
    r = extract("SEMARANG – Garis kemiskinan Jawa Tengah pada Maret 2017 sebesar Rp333.224 per kapita per bulan, lebih "
                "rendah dibanding garis kemiskinan nasional Rp374.478.", "2017-07-20")
    f = one(r, "Rp374.478")
    assert (f.metric, f.kind, f.value, f.region_code) == ("poverty_line", "level", 374478, "ID")
    # a period compared with keeps the difference
    r = extract("SEMARANG – Jumlah penduduk miskin Jawa Tengah pada Maret 2017 sebanyak 4,45 juta jiwa, lebih rendah "
                "dibanding tahun lalu 57 ribu jiwa.", "2017-07-20")
    assert one(r, "57 ribu jiwa").kind == "change"


def test_a_lag_behind_another_place_and_a_wage_rise_are_no_poverty_rate(extract):
    r = extract("SEMARANG – Kemiskinan Jawa Tengah pada Maret 2017 sebesar 13,01 persen. Artinya Jawa Tengah masih "
                "tertinggal 2,37 persen poin dari rata-rata Indonesia. Upah buruh tani naik 2,1 persen.", "2017-07-20")
    assert _values(r) == {"13,01 persen"}


def test_staff_on_duty_are_no_recipients(extract):
    r = extract("BIMA – Penerima PKH di Kabupaten Bima pada 2016 sebanyak 24.300 KPM. Namun pendamping PKH yang bertugas "
                "hanya sekitar 90 orang.", "2016-05-02")
    assert one(r, "24.300 KPM").metric == "beneficiary_count"
    assert one(r, "90 orang").metric == "other"


def test_back_to_the_place_in_view_named_in_the_sentence_before(extract):
    text = ("SOFIFI – Persentase penduduk miskin Maluku Utara pada Maret 2019 sebesar 6,77 persen.\n\n"
            "Di kabupaten, data 2018 menunjukkan Halmahera Selatan turun ke 4,94 persen.\n\n"
            "Kepala BPS Maluku Utara menjelaskan penurunan terjadi baik di perkotaan maupun perdesaan. Persentase "
            "penduduk miskin perkotaan turun menjadi 3,15 persen, sedangkan di perdesaan 8,01 persen.")
    r = extract(text, "2019-07-16")
    assert one(r, "4,94 persen").year == 2018
    for value in ("3,15 persen", "8,01 persen"):
        f = one(r, value)
        assert (f.region_code, f.year, f.month) == ("82", 2019, 3), value


def test_a_story_citing_bps_with_one_place_late_as_an_example_is_the_nations(extract):
    text = ("TAJUK: Satu Dekade Angka Kemiskinan\n\n"
            "Data Badan Pusat Statistik (BPS) mencatat persentase penduduk miskin Maret 2024 sebesar 9,03 persen, terendah "
            "sepanjang sejarah. Sepuluh tahun sebelumnya, pada September 2014, angkanya 10,96 persen. Penurunan itu "
            "patut dicatat, tetapi makin lambat dari tahun ke tahun, dan kelompok yang tersisa adalah yang paling sulit "
            "dijangkau oleh bantuan sosial biasa.\n\n"
            "Di Papua, misalnya, persentase penduduk miskin Maret 2024 masih 20,23 persen.")
    r = extract(text, "2024-10-21")
    assert one(r, "9,03 persen").region_code == "ID"
    assert one(r, "10,96 persen").region_code == "ID"
    assert one(r, "20,23 persen").region_code == "91"


def test_a_regency_described_with_the_province_it_lies_in_then_pointed_back_to(extract):
    text = ("SAMARINDA – Pemprov Kaltim menempatkan Kabupaten Mahakam Ulu sebagai prioritas. Persentase penduduk miskin di "
            "kabupaten termuda di Kaltim itu pada 2015 mencapai 11,62 persen.")
    r = extract(text, "2016-08-22")
    f = one(r, "11,62 persen")
    assert (f.region_code, f.year) == ("64.11", 2015)


def test_bare_values_after_a_unit_in_brackets_take_its_scale(extract):
    text = ("SURABAYA – Menurut BPS Jawa Timur, pada 2016 empat kabupaten di Madura menyumbang banyak penduduk miskin.\n\n"
            "Rinciannya (penduduk miskin dalam ribu jiwa; persentase): Bangkalan 205,71 (21,41 persen); "
            "Sampang 227,80 (24,11 persen).")
    r = extract(text, "2017-01-10")
    f = one(r, "205,71")
    assert (f.metric, f.value, f.unit, f.region_code) == ("poverty_count", 205710, "persons", "35.26")
    assert one(r, "227,80").value == 227800
    # without the bracket the bare number is left as it is written
    r = extract(text.replace(" (penduduk miskin dalam ribu jiwa; persentase)", ""), "2017-01-10")
    assert all(f.value != 205710 for f in r.figures)


def test_a_sentence_naming_the_latest_data_as_last_years_dates_the_next(extract):
    text = ("MERAUKE – Persentase penduduk miskin Papua Selatan pada Maret 2025 sebesar 15,91 persen.\n\n"
            "Di tingkat kabupaten, data terbaru yang tersedia adalah data tahun lalu. Kabupaten Asmat mencatat "
            "persentase tertinggi, yakni 24,61 persen.")
    r = extract(text, "2025-07-28")
    f = one(r, "24,61 persen")
    assert (f.region_code, f.year, f.month) == ("93.04", 2024, None)


def test_the_poor_a_distribution_reaches_after_a_long_object_are_its_recipients(extract):
    text = ("PELAIHARI – Baznas Kabupaten Tanah Laut menyalurkan zakat, infak dan sedekah senilai Rp2,4 miliar kepada "
            "3.150 keluarga miskin di 11 kecamatan pada 2022.")
    assert one(extract(text, "2022-04-18"), "3.150 keluarga").metric == "beneficiary_count"
    # the poor counted, with no distribution reaching them, stay a poverty count
    r = extract("PELAIHARI – Menurut Baznas, di Kabupaten Tanah Laut pada 2022 masih terdapat 3.150 keluarga miskin.",
                "2022-04-18")
    assert one(r, "3.150 keluarga").metric == "poverty_count"


def test_a_registry_of_tens_of_millions_in_a_provincial_story_is_the_nations(extract):
    text = ("JAKARTA – Anggota Komisi VIII menyoroti Jawa Tengah: penduduk miskin di provinsi itu pada Maret 2023 sebanyak "
            "3,79 juta orang. Menanggapi hal itu, Menteri menyebut DTKS per Mei 2023 memuat 61,4 juta keluarga atau "
            "sekitar 146,5 juta jiwa.")
    r = extract(text, "2023-06-12")
    assert one(r, "3,79 juta orang").region_code == "33"
    for value in ("61,4 juta keluarga", "146,5 juta jiwa"):
        f = one(r, value)
        assert (f.metric, f.region_code) == ("welfare_registry_count", "ID"), value


def test_headlines_under_a_promotion_heading_are_no_figures(extract):
    r = extract("KUPANG – Kemiskinan NTT pada Maret 2019 sebesar 21,09 persen.\n\nSimak berita lainnya:\n"
                "• Kemiskinan Sumba Timur Masih di Atas 30 Persen\n• Pemprov Siapkan Rp150 Miliar\n", "2019-07-20")
    assert _values(r) == {"21,09 persen"}


def test_the_second_review_guards_of_session_sixteen(extract):
    # a bracket that counts something is no unit for the values after it
    r = extract("PADANG – Festival itu (dikunjungi sekitar 3 ribu orang) digelar di kota ini. Indeks kedalaman kemiskinan "
                "Kota Padang pada Maret 2023 sebesar 1,02.", "2023-08-01")
    assert one(r, "1,02").value == 1.02
    # a venue's city in a sentence where nobody speaks is the story's place
    r = extract("Rapat koordinasi penanggulangan kemiskinan digelar di Aula Kantor Bupati, Kabupaten Lebak. Angka kemiskinan "
                "daerah itu pada 2023 sebesar 9,1 persen.", "2024-02-01")
    assert one(r, "9,1 persen").region_code == "36.02"
    # one period looked back to may be where the story goes on
    r = extract("KENDARI – Persentase penduduk miskin Kota Kendari Maret 2023 sebesar 4,2 persen, turun dibanding September "
                "2022. Pada September 2022 tercatat 4,53 persen. Pada periode yang sama jumlah penduduk miskin 16.800 jiwa.",
                "2023-07-20")
    f = one(r, "16.800 jiwa")
    assert (f.year, f.month) == (2022, 9)
    # thanks to the poor after a distribution, in another clause, is no reaching them
    r = extract("LOMBOK UTARA – Pemkab menyalurkan beras ke 17 kecamatan, lalu berterima kasih kepada 900 warga miskin yang "
                "membantu pada 2023.", "2023-05-01")
    assert one(r, "900 warga").metric != "beneficiary_count"


def test_the_review_guards_of_session_sixteen(extract):
    # a list's lead and its rows after a related-links heading are the article's
    r = extract("JEMBER – Persentase penduduk miskin Kabupaten Jember 2023 sebesar 9,4 persen.\nBaca juga:\n"
                "Bupati Jember Luncurkan Program Bedah Rumah\nBerikut sebaran penduduk miskin menurut kecamatan:\n"
                "- Kecamatan Sumberjambe: 12.300 jiwa\n- Kecamatan Silo: 11.800 jiwa\n", "2024-02-01")
    assert {"12.300 jiwa", "11.800 jiwa"} <= {f.text for f in r.figures}
    # a district's count that goes on to say what befell its people is no part of the registry
    r = extract("TANJUNG SELOR – Per April 2021, DTKS Kabupaten Bulungan memuat 15.740 jiwa dari 5.214 keluarga. Di "
                "Kecamatan Bunyu, 430 jiwa terdampak banjir pekan lalu.", "2021-05-18")
    assert one(r, "430 jiwa").metric == "other"
    # a comparison with an earlier time keeps the difference
    r = extract("SLEMAN – Jumlah penduduk miskin Kabupaten Sleman 2024 sebanyak 148.000 jiwa, lebih sedikit dibanding "
                "setahun sebelumnya 3.200 jiwa.", "2024-07-01")
    assert one(r, "3.200 jiwa").kind == "change"
    # a regional story citing BPS, its regency named late but not as an example, stays the regency's
    r = extract("Menurut data Badan Pusat Statistik (BPS), persentase penduduk miskin pada 2023 turun menjadi 14,2 persen. "
                "Penurunan itu didorong membaiknya harga komoditas pertanian dan perluasan bantuan sosial bagi keluarga "
                "rentan selama dua tahun terakhir, kata pejabat setempat.\n\n"
                "Bupati Sumbawa meminta semua perangkat daerah melanjutkan program itu.", "2024-01-10")
    assert one(r, "14,2 persen").region_code != "ID"


def test_both_ends_of_a_range_of_decimals_and_no_digit_inside_a_number(extract):
    r = extract("JAKARTA – Pemerintah menargetkan tingkat kemiskinan 2021 sebesar 9,2–9,7 persen dan 2022 sebesar 8,5-9,0 "
                "persen.", "2021-01-10")
    assert {(f.text, f.value, f.kind) for f in r.figures} >= {("9,2", 9.2, "target"), ("9,7 persen", 9.7, "target"),
                                                              ("8,5", 8.5, "target"), ("9,0 persen", 9.0, "target")}
    assert not any(f.value in (7, 0) for f in r.figures)
    # a span of years or a code stays no figure
    r = extract("JAKARTA – Dalam RPJMN 2020-2024 kemiskinan ditargetkan turun ke 6,5 persen.", "2021-01-10")
    assert {f.text for f in r.figures} == {"6,5 persen"}


def test_a_premium_paid_per_person_is_money_not_a_poverty_line(extract):
    r = extract("KARIMUN – Iuran yang dibayarkan pemkab kepada BPJS Kesehatan sebesar Rp23.000 per orang per bulan pada "
                "2018.", "2018-03-01")
    assert one(r, "Rp23.000").metric == "budget"


def test_in_terms_of_percentage_is_the_poverty_rate(extract):
    r = extract("BANDAR LAMPUNG – Jumlah penduduk miskin Lampung Tengah pada Maret 2020 mencapai 160,37 ribu jiwa, "
                "terbanyak di provinsi ini. Menurut BPS, besarnya jumlah itu tidak selalu berarti persentasenya paling "
                "tinggi. \"Lampung Tengah jumlahnya besar karena penduduknya banyak. Kalau dilihat persentase, Lampung "
                "Utara masih tertinggi, yakni 19,90 persen,\" ujarnya.", "2021-02-08")
    f = one(r, "19,90 persen")
    assert (f.metric, f.region_code) == ("poverty_rate", "18.03")
    # after a count of the extremely poor, their rate
    r = extract("JAKARTA – Pada Maret 2022, Jawa Timur menjadi provinsi dengan jumlah penduduk miskin ekstrem terbanyak, "
                "sekitar 1,2 juta jiwa. Secara persentase, angka tertinggi ada di Nusa Tenggara Timur, yakni 6,04 persen.",
                "2022-09-01")
    f = one(r, "6,04 persen")
    assert (f.metric, f.region_code) == ("extreme_poverty_rate", "53")


def test_the_values_of_the_periods_compared_with_are_a_look_back(extract):
    text = ("JAKARTA – BPS mencatat persentase penduduk miskin pada September 2020 sebesar 10,19 persen, naik 0,41 persen "
            "poin terhadap Maret 2020 dan 0,97 persen poin terhadap September 2019. Pada Maret 2020 angkanya 9,78 persen, "
            "sedangkan pada September 2019 masih 9,22 persen.\n\n"
            "Dibanding Maret 2020, penduduk miskin perkotaan naik 876,5 ribu orang menjadi 12,04 juta orang.")
    r = extract(text, "2021-02-16")
    assert (one(r, "9,22 persen").year, one(r, "9,22 persen").month) == (2019, 9)
    f = one(r, "12,04 juta orang")
    assert (f.year, f.month) == (2020, 9)


def test_the_city_of_a_venue_closing_its_sentence_is_no_topic(extract):
    text = ("JAKARTA – DPR menyetujui APBN-P 2015. Subsidi BBM yang semula Rp276,0 triliun kini tinggal Rp64,7 triliun, "
            "kata Menteri Keuangan usai rapat paripurna di Kompleks Parlemen, Jakarta.")
    r = extract(text, "2015-02-14")
    assert one(r, "Rp64,7 triliun").region_code == "ID"
    # a village named after "di halaman rumahnya di" is where the story is
    r = extract("Halimah menjemur ikan di halaman rumahnya di Desa Kataloka. Keluarga itu bisa mengantongi Rp1,5 juta per "
                "bulan.", "2019-10-20")
    assert one(r, "Rp1,5 juta").region_code == "81.05.04.2001"


def test_values_in_turn_over_a_span_of_years(extract):
    r = extract("MEUREUDU – Persentase penduduk miskin Pidie Jaya pada 2015 hingga 2019 berturut-turut 22,11 persen, 21,40 "
                "persen, 21,82 persen, 20,17 persen, dan 19,31 persen.", "2020-02-12")
    assert [one(r, v).year for v in ("22,11 persen", "21,40 persen", "21,82 persen", "20,17 persen", "19,31 persen")] \
        == [2015, 2016, 2017, 2018, 2019]


def test_a_comparatives_value_after_only_is_a_level(extract):
    r = extract("MATARAM – Kemiskinan NTB pada Maret 2019 sebesar 14,56 persen. \"Bali memang jauh lebih rendah, hanya 3,81 "
                "persen,\" katanya.", "2019-07-20")
    f = one(r, "3,81 persen")
    assert (f.kind, f.region_code) == ("level", "51")
    # a difference in points stays a change
    r = extract("MATARAM – Kemiskinan NTB pada Maret 2019 sebesar 14,56 persen, lebih rendah, hanya 0,07 persen poin.",
                "2019-07-20")
    assert one(r, "0,07 persen poin").kind == "change"


def test_a_village_heads_own_village(extract):
    text = ("WAKATOBI – Warga Desa Mola Samaturu, Kecamatan Wangi-Wangi Selatan, sebagian besar nelayan. Persentase "
            "penduduk miskin Kabupaten Wakatobi pada 2020 sebesar 14,09 persen.\n\n"
            "Kepala desa mengatakan, di desanya ada 96 keluarga yang menerima Program Keluarga Harapan (PKH).")
    r = extract(text, "2021-08-10")
    assert one(r, "96 keluarga").region_code == "74.07.05.2028"


def test_a_story_filed_from_jakarta_citing_bps_whose_other_place_is_where_one_spoke_is_the_nations(extract):
    text = ("JAKARTA – Ekonom Universitas Gadjah Mada (UGM), Wahyu Pramesti, menilai turunnya angka kemiskinan didorong "
            "bansos.\n\nBadan Pusat Statistik (BPS) melaporkan persentase penduduk miskin Maret 2024 sebesar 9,03 persen. "
            "\"Penurunannya ditopang bansos,\" kata Wahyu saat dihubungi di Yogyakarta, Selasa (2/7/2024).")
    r = extract(text, "2024-07-03")
    assert one(r, "9,03 persen").region_code == "ID"


def test_a_gap_in_points_to_another_place_is_no_change(extract):
    r = extract("TENGGARONG – Kemiskinan Kukar Maret 2018 sebesar 7,41 persen. \"Rata-rata Kaltim hanya 6,03 persen. Kita "
                "masih 1,38 persen poin di atasnya,\" ujarnya.", "2019-02-13")
    assert one(r, "1,38 persen poin").metric == "other"
    # a difference from an earlier time stays the poverty rate's change
    r = extract("TENGGARONG – Kemiskinan Kukar Maret 2018 sebesar 7,41 persen, turun 0,2 persen poin dibanding Maret 2017.",
                "2019-02-13")
    assert one(r, "0,2 persen poin").metric == "poverty_rate"


def test_a_rate_the_size_of_the_poverty_rate_after_the_extreme_one_is_the_poverty_rate(extract):
    text = ("RAHA – BPS mencatat persentase penduduk miskin Muna pada Maret 2024 sebesar 12,41 persen. Angka kemiskinan "
            "ekstrem tercatat 1,06 persen.\n\nMuna masih lebih tinggi dibanding kabupaten tetangganya, Muna Barat, yang "
            "mencatat 10,87 persen.")
    r = extract(text, "2025-01-20")
    assert one(r, "1,06 persen").metric == "extreme_poverty_rate"
    assert one(r, "10,87 persen").metric == "poverty_rate"
    # a rate of the extreme rate's own size stays extreme
    r = extract(text.replace("10,87 persen", "0,87 persen"), "2025-01-20")
    assert one(r, "0,87 persen").metric == "extreme_poverty_rate"


def test_a_country_abroad_named_right_before_a_value_is_its_region(extract):
    text = ("JAKARTA – Persentase penduduk miskin Indonesia pada Maret 2018 sebesar 9,82 persen. Menurut ADB, tingkat "
            "kemiskinan nasional Malaysia hanya 0,4 persen (2016) dan Thailand 7,9 persen (2017), sedangkan Indonesia "
            "masih lebih rendah dibanding Filipina yang 21,6 persen (2015). Kamboja berada di kisaran 13,5 persen.")
    r = extract(text, "2018-10-17")
    assert one(r, "9,82 persen").region_code == "ID"
    for value, country in (("0,4 persen", "Malaysia"), ("7,9 persen", "Thailand"), ("21,6 persen", "Filipina"),
                           ("13,5 persen", "Kamboja")):
        f = one(r, value)
        assert (f.region, f.region_code) == (country, None), value
    assert {"Malaysia", "Thailand", "Filipina", "Kamboja"} <= {e.text for e in r.entities if e.label == "PLACE"}
