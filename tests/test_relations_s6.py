"""Relation rules added in session 6, each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def test_a_kampung_described_by_where_it_lies_stays_the_topic(extract):
    r = extract("Warga Kampung Kwimi Menanti Rumah Layak\n\n"
                "ARSO – Kepala Kampung Kwimi, Yosep Kimber, mengumpulkan warganya di gereja. Kampung di Distrik "
                "Arso, Kabupaten Keerom, itu sedang menyusun daftar penerima bantuan tahun 2022.\n\n"
                "\"Kampung kami punya 120 kepala keluarga dengan 455 jiwa. Sebanyak 52 KK tergolong miskin, dan "
                "30 KK di antaranya kami usulkan sebagai penerima BLT,\" kata Yosep. Setiap penerima mendapat "
                "Rp300 ribu per bulan.", "2022-04-10")
    got = {f.text: (f.metric, f.region_code) for f in r.figures}
    village = "91.11.02.2003"
    assert got["120 kepala keluarga"] == ("other", village)  # the village's households
    assert got["455 jiwa"] == ("population", village)  # its people, not recipients
    assert got["52 KK"] == ("poverty_count", village)
    assert got["30 KK"] == ("beneficiary_count", village)  # "kami usulkan sebagai penerima"
    assert got["Rp300 ribu"] == ("budget", village)


def test_a_district_named_as_where_something_is_still_counts_without_the_demonstrative(extract):
    r = extract("Di Distrik Arso, Kabupaten Keerom, tercatat 310 KK miskin pada 2022.", "2022-04-10")
    assert one(r, "310 KK").region_code == "91.11.02"


def test_a_from_value_after_a_dated_from_to_pair_takes_the_earlier_period(extract):
    r = extract("BPS Kabupaten Agam mencatat persentase penduduk miskin Maret 2018 sebesar 6,25 persen, turun dibanding "
                "Maret 2017 yang sebesar 6,41 persen. Garis kemiskinan naik dari Rp401.220 pada Maret 2017 menjadi "
                "Rp420.115 pada Maret 2018, atau meningkat 4,71 persen. Indeks kedalaman kemiskinan (P1) turun dari "
                "0,91 menjadi 0,83.", "2019-01-10")
    assert (one(r, "0,91").year, one(r, "0,91").month) == (2017, 3)  # the from-value: the comparison period
    assert (one(r, "0,83").year, one(r, "0,83").month) == (2018, 3)


def test_an_index_is_never_in_percent_after_a_demonstrative(extract):
    r = extract("Persentase penduduk miskin Kabupaten Agam pada Maret 2018 sebesar 6,25 persen. Indeks keparahan "
                "kemiskinan (P2) turun menjadi 0,17. Dengan capaian tersebut, Agam tetap di bawah angka Provinsi "
                "Sumatera Barat yang pada Maret 2018 sebesar 6,65 persen. IPM Agam 72,14. Capaian itu naik 0,62 poin.",
                "2019-01-10")
    assert one(r, "6,65").metric == "poverty_rate"
    assert one(r, "0,62").metric == "hdi"  # an index's own change in points stays the index


def test_money_per_family_of_a_village_programme_stays_with_the_village(extract):
    r = extract("Uang BLT Dana Desa Tiga Bulan Cair Sekaligus\n\n"
                "AJIBARANG – Sebanyak 96 keluarga di Desa Darmakradenan, Kecamatan Ajibarang, Kabupaten Banyumas, "
                "menerima BLT Dana Desa untuk tiga bulan, Senin (9/5/2022). Setiap keluarga membawa pulang Rp900.000. "
                "Dinas di Kabupaten Banyumas mencatat BLT tahun ini menjangkau 27.000 keluarga di Kabupaten Banyumas. "
                "Kemiskinan di Banyumas masih tinggi, dan Pemerintah Kabupaten Banyumas meminta desa di Banyumas "
                "memakai data terbaru.",
                "2022-05-09")
    village = "33.02.14.2001"
    assert one(r, "96 keluarga").region_code == village
    assert one(r, "Rp900.000").region_code == village  # the village's BLT DD, though the regency is the main region
    assert one(r, "27.000").region_code == "33.02"


def test_the_labour_force_is_no_unemployment_count_and_registered_participants_are_recipients(extract):
    r = extract("Tingkat pengangguran terbuka (TPT) Kabupaten Muaro Jambi pada Agustus 2025 tercatat 4,12 persen. "
                "Jumlah pengangguran sekitar 9,8 ribu orang dari 238,4 ribu angkatan kerja. Selain itu, 2.140 warga "
                "Muaro Jambi tercatat sudah mengikuti Kartu Prakerja.", "2025-11-20")
    assert one(r, "9,8 ribu").metric == "unemployment_count"
    assert one(r, "238,4 ribu").metric == "other"
    assert one(r, "2.140").metric == "beneficiary_count"


def test_people_leaving_the_poor_category_a_share_of_the_poor_at_work_and_a_place_inhabited_by(extract):
    r = extract("Di Kabupaten Pidie Jaya, angka kemiskinan 18,44 persen pada 2023. Artinya ada sekitar 250 orang yang "
                "keluar dari kategori miskin. Sekitar 41 persen penduduk miskin Pidie Jaya bekerja di sektor pertanian. "
                "Kecamatan Bandar Baru dihuni sekitar 18.700 jiwa.", "2023-08-01")
    f = one(r, "250 orang")
    assert (f.metric, f.kind, f.value) == ("poverty_count", "change", -250)
    assert one(r, "41 persen").metric == "other"  # a share of the poor, not a poverty rate
    assert one(r, "18.700 jiwa").metric == "population"


def test_a_programme_name_does_not_run_over_a_line_break_or_a_headline_verb(extract):
    r = extract("Program Pemkot Belum Menyentuh Warga\n\nKUALA TUNGKAL – Program Keluarga Harapan (PKH) berjalan.",
                "2024-01-16")
    progs = [e.text for e in r.entities if e.label == "PROGRAM"]
    assert progs == ["Program Keluarga Harapan", "PKH"]


def test_a_goal_year_without_a_figure_does_not_date_the_values_after_it(extract):
    r = extract("Persentase penduduk miskin nasional Maret 2025 sebesar 8,47 persen. Pemerintah menargetkan kemiskinan "
                "ekstrem hilang pada 2026 lewat bantuan sosial.\n\nDi kawasan timur, persentase penduduk miskin Papua "
                "Barat masih 20,66 persen.", "2025-07-25")
    f = one(r, "20,66")
    assert (f.kind, f.year, f.month) == ("level", 2025, 3)


def test_a_part_of_the_council_is_no_statistic(extract):
    r = extract("Data kemiskinan Klaten dibahas di DPRD. Sebanyak 41 dari 50 anggota dewan menandatangani daftar hadir.",
                "2016-11-28")
    assert {f.text: f.metric for f in r.figures} == {"41": "other", "50": "other"}


def test_the_countrys_value_a_province_compares_itself_with_does_not_become_the_topic(extract):
    r = extract("Persentase penduduk miskin Gorontalo pada September 2022 sebesar 15,51 persen. Meski naik, persentase "
                "Gorontalo masih di atas angka nasional pada periode yang sama, yakni 9,57 persen.\n\n"
                "Kenaikan terutama terjadi di perdesaan, yang mencapai 22,88 persen.", "2023-01-19")
    assert one(r, "9,57").region_code == "ID"
    assert one(r, "22,88").region_code == "75"


def test_a_whole_named_first_and_the_whole_of_a_share_are_no_statistic(extract):
    r = extract("Kepala Desa Songan B, Wayan Kerta, mengatakan dari 1.210 KK di desa yang berada di kawasan danau itu, "
                "sebanyak 102 KK tercatat miskin. Di kecamatan itu ada 9.100 KK yang masuk DTKS, atau sekitar 44 persen "
                "dari seluruh 20.700 KK. Dari 300 KK yang diusulkan, hanya 240 KK yang masuk DTKS.", "2023-03-10")
    got = {f.text: f.metric for f in r.figures}
    assert got["1.210 KK"] == "other" and got["102 KK"] == "poverty_count"
    assert got["44 persen"] == "other" and got["20.700 KK"] == "other"
    # ("yang diusulkan": people put forward, not yet in the registry, `other` since session 23, as most held-out sets
    # annotate proposals; the 240 accepted are the registry's)
    assert got["300 KK"] == "other" and got["240 KK"] == "welfare_registry_count"
    village = one(r, "102 KK").region_code
    assert village.count(".") == 3  # the village, not the district the lake lies in


def test_a_whole_that_is_the_poor_stays_a_poverty_count(extract):
    r = extract("Pada Maret 2023, dari 314,19 ribu penduduk miskin Sulawesi Tenggara, sebanyak 227,79 ribu orang "
                "tinggal di desa.", "2023-07-17")
    assert one(r, "314,19").metric == "poverty_count"


def test_a_headline_level_without_a_date_takes_its_restatements_period(extract):
    r = extract("Kemiskinan Paser Turun Tipis, Kini 9,04 Persen\n\nTANAH GROGOT – BPS mencatat, pada Maret 2023 "
                "persentase penduduk miskin Kabupaten Paser berada di angka 9,04 persen.", "2024-01-16")
    f = [f for f in r.figures if f.value == 9.04]
    assert len(f) == 1 and (f[0].year, f[0].month) == (2023, 3)


def test_money_named_as_a_fund_is_a_level_in_a_sentence_about_a_target(extract):
    r = extract("Kemiskinan Pidie Jaya ditargetkan 17 persen pada 2024. Untuk mengejar target itu, bupati meminta Dana "
                "Desa tahun ini yang mencapai Rp310 miliar dipakai untuk padat karya.", "2023-05-02")
    assert one(r, "Rp310").kind == "level"


def test_meeting_attendees_programme_targets_headline_recipients_and_prices(extract):
    r = extract("Bupati membuka rakor data kemiskinan di Kabupaten Pidie Jaya. Rapat itu diikuti sekitar 60 peserta dari "
                "unsur camat dan pendamping PKH. Tahun ini sebanyak 1.250 lansia di Meureudu menjadi sasaran program "
                "ATENSI. \"Kalau kemarau, warga harus beli air Rp120 ribu per tangki,\" katanya.", "2023-05-02")
    got = {f.text: f.metric for f in r.figures}
    assert got["60"] == "other"  # people at a meeting, not the programme's recipients
    assert got["1.250"] == "beneficiary_count"
    assert got["Rp120 ribu"] == "other"  # a price
    r = extract("Perbekel Kalisalak: 58 Keluarga Terima BLT Dana Desa\n\nBATANG – Warga menerima bantuan.", "2023-03-10")
    assert [f.metric for f in r.figures] == ["beneficiary_count"]


def test_a_village_described_by_its_district_owns_the_value_after_both(extract):
    r = extract("Pendataan di Kabupaten Batang tahun 2019 menemukan rumah tangga miskin terbanyak di Desa Deles 298 rumah "
                "tangga dan Desa Silurah di Kecamatan Wonotunggal 274 rumah tangga.", "2019-05-01")
    assert one(r, "274").region_code == "33.25.01.2001"


def test_a_rise_in_percent_after_the_lines_two_values_is_the_lines_rise(extract):
    r = extract("Persentase penduduk miskin Kabupaten Ende Maret 2022 sebesar 23,81 persen.\n\nGaris kemiskinan naik dari "
                "Rp401.114 menjadi Rp425.540 per kapita per bulan. \"Kenaikan sebesar 6,09 persen itu didorong harga "
                "beras,\" ujarnya.", "2023-01-18")
    f = one(r, "6,09")
    assert (f.metric, f.kind) == ("poverty_line", "change")


def test_a_headline_change_over_a_year_ends_at_the_latest_period(extract):
    r = extract("BPS: Penduduk Miskin Ende Berkurang 1.210 Orang dalam Setahun\n\nENDE – BPS merilis data Maret 2022. "
                "Jumlah penduduk miskin tercatat 68,20 ribu orang, sedangkan setahun sebelumnya 69,41 ribu orang.",
                "2023-01-18")
    f = one(r, "1.210")
    assert (f.kind, f.year, f.month) == ("change", 2022, 3)


def test_the_top_item_of_a_ranking_does_not_become_the_topic(extract):
    r = extract("Dinas Sosial Kabupaten Gowa menyalurkan PKH tahap II 2018 kepada 30.100 KPM. Kecamatan Bungaya "
                "mencatat penerima terbanyak, yakni 2.900 KPM.\n\nSelain PKH, sebanyak 45.200 KPM menerima BPNT.",
                "2018-05-14")
    assert one(r, "2.900").region_code.count(".") == 2  # the district
    assert one(r, "45.200").region_code == "73.06"


def test_a_band_of_the_population_is_no_poverty_rate(extract):
    r = extract("Kemiskinan di Kabupaten Langkat masih tinggi. DTSEN per Mei 2025 mencatat 20.100 keluarga di Langkat "
                "berada pada desil 1, yaitu kelompok 10 persen termiskin.", "2025-06-19")
    assert one(r, "10 persen").metric == "other"


def test_money_the_central_government_prepares_is_the_nations(extract):
    r = extract("Sekolah Rakyat di Kabupaten Kutai Timur dibuka. Pemerintah pusat menyiapkan anggaran Rp 24,9 triliun "
                "untuk program tersebut pada 2026. Pemkab Kutai Timur menyiapkan Rp 2 miliar.", "2025-08-01")
    assert one(r, "Rp 24,9").region_code == "ID"
    assert one(r, "Rp 2 miliar").region_code == "64.08"


def test_the_previous_period_of_a_from_value_is_the_comparison_base(extract):
    r = extract("Persentase penduduk miskin perkotaan Maluku pada Maret 2025 sebesar 4,21 persen. Jumlah penduduk miskin "
                "turun 0,7 ribu orang dari September 2024 yang mencapai 38,83 ribu orang. Tingkat kemiskinan perkotaan "
                "ikut turun dari 4,59 persen pada periode sebelumnya menjadi 4,21 persen.", "2025-07-25")
    f = one(r, "4,59")
    assert (f.year, f.month) == (2024, 9)


def test_a_headline_count_repeated_exactly_in_the_body_takes_the_bodys_metric(extract):
    r = extract("Kampar Kejar Nol Kemiskinan Ekstrem, 18.214 Keluarga Jadi Sasaran\n\nBANGKINANG – Kepala Bappeda Kampar "
                "menyebut data P3KE tahun 2023 mencatat 18.214 keluarga di Kampar masuk kategori miskin ekstrem.",
                "2023-06-19")
    heads = [f for f in r.figures if f.start < 70]
    assert [(f.metric, f.program) for f in heads] == [("welfare_registry_count", "P3KE")]


def test_names_struck_from_a_registry_and_a_difference_are_no_counts(extract):
    r = extract("Data P3KE Kabupaten Bengkalis yang mencatat 9.836 jiwa kini direvisi menjadi 6.412 jiwa. Selisih sekitar "
                "3.400 jiwa itu muncul karena banyak nama tidak lagi memenuhi kriteria. \"Lebih dari 1.200 jiwa sudah "
                "meninggal dunia atau pindah domisili, dan hampir 900 jiwa tercatat ganda,\" ujarnya.", "2023-08-23")
    got = {f.text: f.metric for f in r.figures}
    assert got["6.412 jiwa"] == "welfare_registry_count"
    assert got["3.400 jiwa"] == got["1.200 jiwa"] == got["900 jiwa"] == "other"


def test_a_familys_income_is_no_budget_even_when_named_again(extract):
    r = extract("Keluarga nelayan di Kabupaten Buru itu hidup pas-pasan. Jika tangkapan bagus, keluarga itu bisa "
                "mengantongi Rp1,4 juta per bulan. Dengan tujuh orang di rumah, Rp1,4 juta berarti sangat sedikit.",
                "2019-05-01")
    assert [f.metric for f in r.figures if f.value == 1400000] == ["other", "other"]


def test_people_whose_premium_the_government_pays_are_recipients(extract):
    r = extract("Kemiskinan di Kota Samarinda turun. Iuran BPJS Kesehatan untuk 48.100 warga kami tanggung lewat PBI "
                "APBD,\" kata Kepala Dinas Sosial.", "2025-03-01")
    assert one(r, "48.100").metric == "beneficiary_count"


def test_the_whole_of_the_poor_families_and_money_from_a_regencys_budget_to_a_village(extract):
    r = extract("Kepala Desa Tanjung Aru, Muhammad Saleh, mengatakan desanya menerima Dana Desa Rp 800 juta pada 2018. "
                "Desa juga mendapat Alokasi Dana Desa (ADD) dari APBD Paser sebesar Rp 1,1 miliar. \"Di desa kami ada "
                "90 keluarga miskin dari sekitar 400 keluarga,\" kata Saleh.", "2018-10-15")
    village = one(r, "Rp 800").region_code
    assert village.count(".") == 3 and one(r, "Rp 1,1").region_code == village
    assert one(r, "400 keluarga").metric == "other"
    assert one(r, "90 keluarga").metric == "poverty_count"


def test_review_guards_for_the_session_six_rules(extract):
    """Sentences where the new rules must not fire (found in review)."""
    def figs(text):
        return [(f.text, f.metric, f.kind, f.region_code) for f in extract(text, "2024-05-01").figures]

    # a common word that is also a village named before is no place without a word introducing it
    got = figs("Kepala Desa Baru, Ahmad, mengatakan 120 KK menerima BLT. Menjelang Tahun Baru, Pemkab Garut "
               "menyalurkan bantuan kepada 3.000 KPM.")
    assert got[-1][3] == "32.05"
    # a change's from-value is no whole; a from-value or a count of its own named first is no whole either
    assert figs("Jumlah penduduk miskin di Kabupaten Garut turun dari 12.000 jiwa menjadi 11.400 jiwa pada "
                "2023.")[0][1] == "poverty_count"
    assert figs("Dari 1.200 KPM tahun lalu, kini tinggal 900 KPM penerima PKH di Kabupaten Garut.")[0][1] == \
        "beneficiary_count"
    assert figs("Bupati Garut mengatakan, dari 5.000 KPM penerima PKH, sebanyak 300 KPM sudah mandiri.")[0][1] == \
        "beneficiary_count"
    # an amount a programme pays is its budget even when an income of that size came before
    assert figs("Warga itu mengantongi Rp600.000 per bulan. Pemkab Garut menyalurkan BLT Rp600.000 untuk "
                "200 KPM.")[1][1] == "budget"
    # the central government's money does not make a regional government's national
    assert [g[3] for g in figs("Pemerintah pusat menyiapkan anggaran Rp10 triliun, sedangkan pemerintah daerah "
                               "menyiapkan anggaran Rp2 triliun untuk warga miskin di Kabupaten Garut.")] == ["ID", "32.05"]
    # a typed regency in a landscape phrase and a district where villages lie stay the subject
    assert figs("Warga miskin di kawasan pesisir Kabupaten Indramayu ini mencapai 12.000 jiwa pada 2023.")[0][3] == "32.12"
    assert figs("Sebanyak 300 KK di sejumlah desa di Kecamatan Cibeber itu menerima BLT pada 2024. Cibeber ada di "
                "Kabupaten Cianjur.")[0][3] == "32.03.03"
    # thanks are no receiving; "semuanya sudah mendapatkan" after "dan" names no recipients
    assert figs("Sebanyak 300 warga miskin mengucapkan terima kasih kepada Pemkab Garut.")[0][1] == "poverty_count"
    assert figs("Penduduk miskin ekstrem di Kabupaten Garut tercatat 8.000 jiwa dan semuanya sudah mendapatkan "
                "bantuan.")[0][1] == "extreme_poverty_count"
    # three words between a count and "mengikuti" are too many for it to name participants
    assert figs("Komite konvensi menetapkan 18 nama untuk diundang mengikuti tahapan prakonvensi.")[0][1] == "other"
    # a change by a difference stays a change of its metric; a house's occupants are no population
    assert figs("Penduduk miskin Garut pada 2023 sebanyak 12.000 jiwa, bertambah dengan selisih 400 jiwa dibanding "
                "tahun sebelumnya.")[1][:3] == ("400 jiwa", "poverty_count", "change")
    assert figs("Rumah tidak layak huni itu dihuni 6 orang.")[0][1] == "other"
    # the largest fall is no ranking that keeps the next values from the regency
    assert figs("Angka kemiskinan Jawa Barat 7,62 persen. Kabupaten Garut mencatat penurunan terbesar, yakni menjadi "
                "9,5 persen. Jumlah penduduk miskin 250.000 jiwa.")[-1][3] == "32.05"


def test_now_in_early_year_after_a_look_back_is_the_latest_release_and_its_line(extract):
    r = extract("BANDAR LAMPUNG – Persentase penduduk miskin Kabupaten Mesuji pada Maret 2024 tercatat 6,71 persen.\n\n"
                "Setahun sebelumnya Mesuji masih berada di level 7,15 persen. Dalam jumlah jiwa, penduduk miskin Mesuji "
                "kini 16,58 ribu orang.\n\nGaris kemiskinan Mesuji tercatat Rp441.367 per kapita per bulan. Di Kabupaten "
                "Lampung Selatan, garisnya Rp468.905.", "2025-01-20")
    for text in ("16,58", "Rp441.367", "Rp468.905"):
        f = one(r, text)
        assert (f.year, f.month) == (2024, 3), text
    assert one(r, "Rp468.905").metric == "poverty_line"


def test_a_compared_province_with_an_approximate_value_owns_it(extract):
    r = extract("Garis kemiskinan Aceh Besar pada Maret 2024 Rp655.210 per kapita per bulan. Itu lebih tinggi dari "
                "Provinsi Aceh yang sekitar Rp640 ribu.", "2024-08-01")
    assert one(r, "Rp640").region_code == "11"


def test_a_draft_budget_dates_its_money_and_the_recipients_it_pays_for(extract):
    r = extract("WATANSOPPENG – Banggar DPRD Soppeng menggelar rapat pembahasan Rancangan APBD 2025 bersama TAPD, Senin "
                "(11/11/2024).\n\nDalam rancangan tersebut, belanja penanggulangan kemiskinan mencapai Rp38,6 miliar, naik "
                "dari Rp35,2 miliar pada APBD 2024. Porsi terbesar dipakai untuk iuran PBI-JK daerah bagi 21.500 jiwa "
                "dengan nilai Rp10,8 miliar.", "2024-11-12")
    assert one(r, "Rp38,6").year == 2025 and one(r, "Rp35,2").year == 2024
    f = one(r, "21.500")
    assert (f.metric, f.year, f.kind) == ("beneficiary_count", 2025, "level")


def test_a_regency_named_like_its_seat_an_event_venue_and_counts_spread_over_districts(extract):
    r = extract("Wabup Nganjuk: Angka Kemiskinan Turun\n\nNGANJUK – Wakil Bupati Nganjuk menyerahkan bantuan bedah rumah "
                "di Pendapa Kecamatan Rejoso, Senin (20/2/2023).\n\n\"Tahun 2022 angka kemiskinan kita 11,23 persen,\" "
                "katanya. Pemkab Nganjuk menyerahkan bantuan RTLH kepada 35 keluarga di Kecamatan Rejoso. Setiap rumah "
                "mendapat bantuan Rp20 juta. Sepanjang tahun ini pemerintah daerah menyiapkan bedah rumah untuk 410 "
                "keluarga penerima di 20 kecamatan.", "2023-02-20")
    assert one(r, "11,23").region_code == "35.18"  # the venue is where it was said, not the rate's region
    assert one(r, "35 keluarga").region_code == one(r, "Rp20").region_code == "35.18.16"  # Rejoso in Nganjuk
    assert one(r, "410").region_code == "35.18"


def test_the_fewest_named_with_paling_sedikit_di_owns_its_value(extract):
    r = extract("Penerima BPNT di Kabupaten Dairi tersebar di 15 kecamatan. Penerima terbanyak ada di Kecamatan Sidikalang "
                "sebanyak 2.104 KPM, sedangkan yang paling sedikit di Silahisabungan dengan 212 KPM.", "2022-03-01")
    assert one(r, "212").region_code == "12.11.14"


def test_the_capital_of_a_province_and_a_denominator_are_no_topic_or_antecedent(extract):
    r = extract("PEKANBARU – BPS Kota Pekanbaru mencatat jumlah penduduk miskin di ibu kota Provinsi Riau itu pada 2015 "
                "sebanyak 33,94 ribu jiwa atau 3,19% dari sekitar 1,06 juta penduduk. Angka ini naik dibanding 2014 yang "
                "tercatat 3,03% atau 31,68 ribu jiwa.", "2016-11-22")
    got = {f.text: (f.metric, f.region_code, f.year) for f in r.figures}
    assert got["3,19%"] == ("poverty_rate", "14.71", 2015)
    assert got["3,03%"] == ("poverty_rate", "14.71", 2014)
    assert got["31,68 ribu jiwa"] == ("poverty_count", "14.71", 2014)


def test_an_apposition_explaining_a_cue_names_no_metric_and_premium_recipients(extract):
    r = extract("Persentase penduduk miskin Temanggung Maret 2024 sebesar 8,43 persen. Garis kemiskinan, yakni batas "
                "pengeluaran minimum per orang, naik menjadi Rp447.318 per kapita per bulan.", "2025-01-08")
    assert one(r, "Rp447.318").metric == "poverty_line"
    r = extract("Tahun ini Pemkot Lubuklinggau menyiapkan Rp12,4 miliar untuk perlindungan sosial, termasuk iuran BPJS "
                "Kesehatan bagi 18.350 warga miskin melalui skema PBI daerah.", "2024-01-01")
    assert one(r, "18.350").metric == "beneficiary_count"


def test_an_outlet_line_with_a_comma_before_the_day_is_boilerplate(extract):
    text = "Warga Pekon Terima BLT\n\nLampung Raya Online, Selasa 12 April 2022\n\nPRINGSEWU – Warga menerima BLT."
    r = extract(text, "2022-04-12")
    assert [text[b.start:b.end] for b in r.boilerplate] == ["Lampung Raya Online, Selasa 12 April 2022"]


def test_money_prepared_for_a_goal_in_a_draft_budget_is_a_level(extract):
    r = extract("Untuk mengejar target itu, Pemkab Kotawaringin Timur menyiapkan anggaran penanggulangan kemiskinan "
                "sekitar Rp61,5 miliar dalam rancangan APBD 2020.", "2019-03-20")
    f = one(r, "Rp61,5")
    assert (f.kind, f.year) == ("level", 2020)


def test_a_registrys_own_date_dates_its_district_list(extract):
    r = extract("Sebaran 6.400 Keluarga Desil 1 dan 2 DTSEN di Samosir\n\n"
                "PANGURURAN – Dinas Sosial Kabupaten Samosir merilis jumlah keluarga desil 1 dan 2 DTSEN per Agustus 2025, "
                "yakni kelompok 20 persen penduduk dengan tingkat kesejahteraan terendah. Totalnya 6.400 kepala "
                "keluarga (KK).\n\nBerikut sebaran keluarga desil 1 dan 2 di Samosir:\n"
                "- Kecamatan Pangururan: 1.184 KK\n- Kecamatan Simanindo: 1.052 KK\n\nDari total tersebut, 2.903 KK berada "
                "di desil 1.", "2025-09-16")
    for text in ("1.184", "1.052", "2.903"):
        f = one(r, text)
        assert (f.metric, f.year, f.month) == ("welfare_registry_count", 2025, 8), text


def test_one_of_many_is_no_from_value_and_the_start_of_the_year_is_this_year(extract):
    r = extract("Usulan bedah rumah mereka diajukan sejak 2022 di Kabupaten Kayong Utara. Kepala desa mengatakan keluarga "
                "itu satu dari 150 kepala keluarga di desanya yang tercatat dalam DTKS.", "2024-10-21")
    assert one(r, "150").year == 2024
    r = extract("Penerima PKH di Kabupaten Pinrang kini tersisa 14.500 KPM, dari sebelumnya 15.700 KPM pada awal tahun.",
                "2024-12-03")
    assert one(r, "15.700").year == 2024


def test_programme_figures_told_at_that_time_take_its_year(extract):
    r = extract("Garis kemiskinan nasional September 2022 naik. Saat itu pemerintah menaikkan harga Pertalite dari "
                "Rp7.650 menjadi Rp10.000 per liter. Sebagai bantalan, BLT BBM senilai Rp600 ribu per keluarga "
                "disalurkan kepada 20,65 juta keluarga penerima manfaat.", "2023-01-20")
    assert one(r, "20,65").year == 2022 and one(r, "Rp600").year == 2022


def test_the_latest_data_available_dates_a_list_and_an_apposition_with_a_superlative_is_a_frame(extract):
    r = extract("Persentase penduduk miskin Sulawesi Selatan pada Maret 2024 sebesar 8,06 persen. Untuk tingkat "
                "kabupaten/kota, data terakhir yang tersedia adalah Maret 2023. Kabupaten Luwu mencatat persentase "
                "tertinggi, yakni 12,53 persen.", "2024-07-02")
    f = one(r, "12,53")
    assert (f.year, f.month, f.region_code) == (2023, 3, "73.17")
    r = extract("Namun angka provinsi menyembunyikan jurang. Kabupaten Mahakam Ulu, daerah otonom termuda di Kaltim, "
                "mencatat persentase penduduk miskin 11,92 persen pada 2017.", "2018-02-05")
    assert one(r, "11,92").region_code == "64.11"


def test_a_survey_named_after_menurut_is_no_official(extract):
    r = extract("Penjabat Bupati Sorong, Yohanes Kalasuat, mengatakan prevalensi stunting menurut Survei Kesehatan "
                "Indonesia (SKI) 2023 sebesar 24,6 persen.", "2024-03-18")
    assert [e.text for e in r.entities if e.label == "OFFICIAL"] == ["Yohanes Kalasuat"]


def test_a_month_named_without_its_year_is_of_the_year_in_view(extract):
    r = extract("Persentase penduduk miskin Provinsi Bengkulu pada September 2022 tercatat 14,34 persen. Pada Maret "
                "2022 jumlahnya 291,79 ribu orang. Persentase penduduk miskin perkotaan turun dari 16,12 persen pada "
                "Maret menjadi 15,81 persen pada September.", "2023-01-17")
    assert (one(r, "16,12").year, one(r, "16,12").month) == (2022, 3)
    assert (one(r, "15,81").year, one(r, "15,81").month) == (2022, 9)
