"""Relation rules added in session 7, each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def _period(r, text):
    f = one(r, text)
    return f.year, f.month


def test_a_change_after_a_look_back_ends_at_the_latest_release_with_its_month(extract):
    r = extract("Angka Kemiskinan Wonosobo Turun\n\n"
                "WONOSOBO – BPS Kabupaten Wonosobo mencatat persentase penduduk miskin pada Maret 2024 sebesar "
                "14,01 persen. Jumlahnya kini 125,3 ribu jiwa. Setahun sebelumnya tercatat 128.470 jiwa, sehingga "
                "berkurang 3,17 ribu jiwa.\n\n"
                "Garis kemiskinan naik dari Rp412.600 menjadi Rp433.905 per kapita per bulan.", "2025-01-09")
    assert _period(r, "3,17 ribu jiwa") == (2024, 3)  # the change ends in March 2024, not just in 2024
    # and the release's month carries on to the next paragraph
    assert _period(r, "Rp433.905") == (2024, 3)


def test_a_population_dated_by_context_takes_no_release_month_and_moves_no_period(extract):
    r = extract("Menurut BPS, persentase penduduk miskin Kabupaten Sumba Tengah pada Maret 2023 sebesar 31,78 "
                "persen. Kabupaten itu kecil, penduduknya sekitar 86 ribu jiwa. Garis kemiskinan pada periode itu "
                "Rp 390.115 per kapita per bulan.", "2023-08-01")
    assert _period(r, "86 ribu jiwa") == (2023, None)  # a head count is no figure of the March release
    assert _period(r, "Rp 390.115") == (2023, 3)  # the release's month is still in view after it


def test_a_from_value_takes_the_earlier_period_of_its_own_release_not_of_an_aside(extract):
    r = extract("Persentase penduduk miskin Kabupaten Lebong pada Maret 2024 sebesar 11,20 persen. Setahun "
                "sebelumnya, Maret 2023, angkanya 11,85 persen. Jadi turun 0,65 persen poin.\n\n"
                "Pertumbuhan ekonomi Lebong 2023 juga cukup baik, 5,02 persen.\n\n"
                "Garis kemiskinan Maret 2024 sebesar Rp 498.220 per kapita per bulan. Indeks kedalaman kemiskinan "
                "(P1) turun dari 1,97 menjadi 1,71.", "2025-01-20")
    assert _period(r, "1,97") == (2023, 3)  # March 2023, the release's earlier period, not growth's "2023"
    assert _period(r, "1,71") == (2024, 3)
    assert _period(r, "5,02 persen") == (2023, None)


def test_a_release_value_after_a_programme_aside_keeps_its_release_month(extract):
    r = extract("Persentase penduduk miskin Kabupaten Pidie Jaya pada Maret 2024 sebesar 17,98 persen. PKH di "
                "Pidie Jaya menjangkau 9.310 keluarga tahun ini.\n\n"
                "Garis kemiskinan kabupaten itu Rp601.450 per kapita per bulan.", "2024-09-02")
    assert _period(r, "9.310 keluarga") == (2024, None)
    assert _period(r, "Rp601.450") == (2024, 3)  # the poverty release's month, not the aside's bare year


def test_an_estimated_range_dated_by_context_takes_no_release_month(extract):
    r = extract("Persentase penduduk miskin Kabupaten Parigi Moutong pada Maret 2021 sebesar 15,72 persen. BLT "
                "disalurkan kepada 1.240 KPM tahun ini. Kepala Dinas Sosial menambahkan kemiskinan ekstrem di "
                "daerahnya diperkirakan antara 2,5 sampai 3 persen.", "2021-10-04")
    assert _period(r, "2,5") == (2021, None)
    assert _period(r, "3 persen") == (2021, None)


def test_the_denominator_of_a_share_says_nothing_of_the_values_after_it(extract):
    r = extract("Jumlah penduduk miskin di Jambi pada September 2016 tercatat 290,81 ribu orang atau 8,37 persen dari "
                "total penduduk, berkurang 4,3 ribu orang dibandingkan Maret 2016 yang mencapai 295,11 ribu orang atau "
                "8,70 persen.", "2017-01-04")
    got = {f.text: (f.metric, f.kind, f.year, f.month) for f in r.figures}
    assert got["4,3 ribu orang"] == ("poverty_count", "change", 2016, 9)
    assert got["295,11 ribu orang"] == ("poverty_count", "level", 2016, 3)  # not the population
    assert got["8,70 persen"] == ("poverty_rate", "level", 2016, 3)


def test_the_population_a_share_is_of_is_still_the_population(extract):
    r = extract("Penduduk miskin Kabupaten Tebo sebanyak 21.400 jiwa dari total penduduk sebanyak 350.000 jiwa pada "
                "2022.", "2023-02-01")
    assert one(r, "350.000 jiwa").metric == "population"


def test_a_compared_place_with_a_comma_before_its_relative_clause_owns_the_value(extract):
    r = extract("Persentase penduduk miskin Kabupaten Dairi pada Maret 2019 sebesar 8,12 persen. Angka itu masih lebih "
                "rendah dibanding Provinsi Sumatera Utara, yang pada Maret 2019 tercatat 8,83 persen.", "2019-12-19")
    assert one(r, "8,12 persen").region_code == "12.11"
    assert one(r, "8,83 persen").region_code == "12"


def test_a_relative_clause_after_a_superlative_place_is_not_that_place_s_value(extract):
    r = extract("Garis kemiskinan DKI Jakarta pada Maret 2023 Rp 792.515 per kapita per bulan, garis tertinggi di "
                "Indonesia, yang naik 5,3 persen dalam setahun.", "2023-07-20")
    assert one(r, "5,3 persen").region_code == "31"


def test_a_to_value_after_a_look_back_is_of_the_latest_release(extract):
    r = extract("BPS Kabupaten Karo mencatat persentase penduduk miskin Maret 2019 sebesar 8,50 persen. Garis "
                "kemiskinan Karo pada Maret 2019 sebesar Rp412.300 per kapita per bulan. Setahun sebelumnya, garis "
                "kemiskinan masih Rp398.150.\n\nIndeks kedalaman kemiskinan justru naik tipis dari 1,12 menjadi 1,20.",
                "2019-12-19")
    assert _period(r, "Rp398.150") == (2018, 3)
    assert _period(r, "1,12") == (2018, 3)  # the from-value: the look back's period
    assert _period(r, "1,20") == (2019, 3)  # the value it arrives at: the latest release


def test_a_decile_count_is_the_registry_s_however_far_back_it_was_named(extract):
    r = extract("Keluarga Miskin di Batang Berkurang\n\n"
                "BATANG – Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) per Agustus 2025 mencatat 31.870 keluarga "
                "desil 1 di Kabupaten Batang. Jumlah itu turun dibanding data sebelumnya.\n\n"
                "Kepala Dinas Sosial, Hartono, mengatakan pengecekan lapangan dilakukan operator desa. \"Banyak yang "
                "sudah bekerja di pabrik,\" ujarnya.\n\n"
                "Ia menambahkan, bantuan akan diarahkan ke keluarga yang masih rentan.\n\n"
                "Di Desa Kembanglangit, Kecamatan Blado, keluarga desil 1 berkurang dari 190 keluarga menjadi 164 "
                "keluarga.", "2025-09-30")
    for text in ("190 keluarga", "164 keluarga"):
        f = one(r, text)
        assert (f.metric, f.program) == ("welfare_registry_count", "DTSEN")
        assert f.region_code.startswith("33.25.")


def test_a_decile_count_after_the_registry_takes_the_registry_s_date(extract):
    r = extract("Berdasarkan data P3KE per Juni 2023, sebanyak 2.410 keluarga di Kecamatan Walantaka berada di desil "
                "1. Persentase penduduk miskin Kota Serang pada Maret 2022 tercatat 5,71 persen.\n\n"
                "Di Kelurahan Pipitan, jumlah keluarga desil 1 tercatat 175 keluarga.", "2023-08-29")
    f = one(r, "175 keluarga")
    assert (f.metric, f.year, f.month) == ("welfare_registry_count", 2023, 6)


def test_a_headline_count_of_a_part_is_the_body_s_count_of_that_part(extract):
    r = extract("Walantaka Jadi Kantong Kemiskinan di Kota Serang, 2.410 Keluarga Masuk Desil 1\n\n"
                "SERANG – Berdasarkan data P3KE per Juni 2023, sebanyak 2.410 keluarga di Kecamatan Walantaka berada di "
                "desil 1.", "2023-08-29")
    f = r.figures[0]
    assert f.text.startswith("2.410 Keluarga")
    assert (f.metric, f.region_code, f.year, f.month) == ("welfare_registry_count", "36.73.03", 2023, 6)
    assert len([g for g in r.figures if g.value == 2410]) == 1  # the body's repeat is the same figure


def test_the_average_size_of_a_poor_household_in_a_labelled_list_line(extract):
    r = extract("Angka utama rilis BPS Riau Maret 2024:\n\n"
                "- Rata-rata anggota rumah tangga miskin: 4,62 orang\n"
                "- Garis kemiskinan per rumah tangga: Rp3.010.400 per bulan", "2024-07-01")
    assert one(r, "4,62 orang").metric == "household_size"


def test_places_listed_before_masing_masing_take_the_values_in_order(extract):
    r = extract("Data P3KE mencatat 8.120 keluarga di Kabupaten Batu Bara masuk desil 1. Kecamatan Tanjung Tiram "
                "dan Nibung Hangus, dua wilayah pesisir, menyumbang terbanyak, masing-masing 1.702 dan 1.190 "
                "keluarga.", "2022-10-13")
    a, b = one(r, "1.702"), one(r, "1.190 keluarga")
    assert (a.region_code, b.region_code) == ("12.19.06", "12.19.12")
    assert a.metric == b.metric == "welfare_registry_count"


def test_a_plan_s_baselines_are_measured_and_its_goals_are_targets(extract):
    r = extract("Rancangan RPJMD Kabupaten Kaur 2016-2021 menargetkan Indeks Pembangunan Manusia naik dari 63,10 pada "
                "2015 menjadi 67,5 pada 2021, serta tingkat pengangguran terbuka ditekan dari 3,82 persen menjadi di "
                "bawah 3 persen. Pertumbuhan ekonomi dipatok rata-rata 6 persen per tahun hingga 2021. \"Dalam lima "
                "tahun kita harus menurunkan hampir 3 poin,\" kata Kepala Bappeda.", "2016-07-28")
    kinds = {f.text: f.kind for f in r.figures}
    assert kinds["63,10"] == "level" and kinds["3,82 persen"] == "level"  # the baselines
    assert kinds["67,5"] == "target" and kinds["3 persen"] == "target"
    assert kinds["6 persen"] == "target"  # "dipatok"
    assert kinds["3 poin"] == "target"  # "harus menurunkan"


def test_a_bound_after_lebih_dari_in_a_forecast_is_still_a_forecast(extract):
    r = extract("Dinas Sosial memprediksi jumlah keluarga miskin di Kabupaten Kaur akan bertambah lebih dari 900 "
                "keluarga tahun depan.", "2024-03-01")
    assert one(r, "900 keluarga").kind == "target"


def test_a_share_of_the_line_a_commodity_contributes_is_no_rate(extract):
    r = extract("Persentase penduduk miskin Sumatera Barat pada September 2019 sebesar 6,29 persen. Garis kemiskinan "
                "Sumbar pada September 2019 sebesar Rp521.238 per kapita per bulan. Komoditas makanan menyumbang 73,9 "
                "persen, dengan beras sebagai penyumbang terbesar.", "2020-01-16")
    assert one(r, "73,9 persen").metric == "other"


def test_a_headline_change_next_to_kini_ends_at_the_body_s_release(extract):
    r = extract("Penduduk Miskin Jatim Berkurang 190,5 Ribu, Kini 10,98 Persen\n\n"
                "SURABAYA – BPS Jawa Timur mencatat jumlah penduduk miskin pada September 2018 sebanyak 4.292,15 ribu "
                "orang. Jumlah itu berkurang 190,5 ribu orang dibanding Maret 2018. Persentase penduduk miskin turun "
                "menjadi 10,98 persen.", "2019-01-15")
    heads = [f for f in r.figures if f.start < 70]
    assert [(f.text, f.year, f.month) for f in heads] == [("190,5 Ribu", 2018, 9), ("10,98 Persen", 2018, 9)]
    assert len([f for f in r.figures if abs(f.value) == 190500]) == 1  # the body's repeat is the same figure


def test_families_leaving_a_programme_are_no_beneficiaries(extract):
    r = extract("Sebanyak 318 keluarga penerima manfaat (KPM) Program Keluarga Harapan (PKH) di Kabupaten Kolaka "
                "menyatakan keluar dari program secara sukarela sepanjang 2022. Graduasi terbanyak berasal dari "
                "Kecamatan Wolo dengan 51 KPM, disusul Kecamatan Samaturu 47 KPM. Dengan adanya graduasi itu, "
                "penerima PKH di Kolaka kini tersisa 9.870 KPM.", "2022-12-09")
    assert [one(r, t).metric for t in ("318 keluarga", "51 KPM", "47 KPM")] == ["other"] * 3
    assert one(r, "9.870 KPM").metric == "beneficiary_count"  # those who remain


def test_the_recipients_a_programme_has_now_are_of_no_month(extract):
    r = extract("Bantuan itu disalurkan sepanjang Januari hingga November 2024 kepada warga lanjut usia, kata Kepala "
                "Dinas Sosial. Penerima PKH di Pinrang kini tersisa 14.100 KPM.", "2024-12-03")
    assert _period(r, "14.100 KPM") == (2024, None)


def test_kini_early_in_a_year_with_a_value_read_off_the_release_is_the_release_s(extract):
    r = extract("BPS Provinsi Sumatera Utara mencatat persentase penduduk miskin September 2024 turun 0,80 persen poin "
                "dibandingkan Maret 2024 yang masih 7,99 persen. Jumlah penduduk miskin kini sekitar 1,11 juta orang.",
                "2025-01-16")
    assert _period(r, "1,11 juta orang") == (2024, 9)


def test_a_round_guess_kini_early_in_a_year_stays_the_article_s(extract):
    r = extract("BPS Provinsi Sumatera Utara mencatat persentase penduduk miskin September 2024 sebesar 7,19 persen. "
                "Menurut Bupati, kemiskinan di daerahnya kini sekitar 7 persen.", "2025-01-16")
    assert one(r, "7 persen").year == 2025


def test_minimum_wages_and_premiums(extract):
    r = extract("UMK Kota Serang 2023 ditetapkan Rp4.010.000 per bulan. \"Untuk PBI APBD, tahun ini kami alokasikan "
                "Rp20,1 miliar. Iurannya Rp35.000 per orang per bulan,\" ujar Kepala Dinas Sosial.", "2022-12-08")
    assert one(r, "Rp4.010.000").metric == "other"  # a wage, no budget
    assert one(r, "Rp35.000").metric == "budget"  # a premium paid, no poverty line


def test_members_switched_off_or_not_yet_reached_are_no_beneficiaries(extract):
    r = extract("Kementerian Sosial menonaktifkan 12.300 peserta PBI JK di Kabupaten Garut pada Juni 2021. Penerima "
                "PIP tahun ini sebanyak 48.100 siswa, namun sekitar 5.200 siswa belum menerima Kartu Indonesia "
                "Pintar.", "2021-09-14")
    assert one(r, "12.300").metric == "other"
    assert one(r, "5.200").metric == "other"
    assert one(r, "48.100").metric == "beneficiary_count"


def test_a_quote_opening_on_dari_names_a_whole_not_a_from_value(extract):
    r = extract("Secara nasional, BPS mencatat tingkat kemiskinan ekstrem pada Maret 2024 sebesar 0,83 persen, turun "
                "dari 1,12 persen setahun sebelumnya.\n\n"
                "Di Kabupaten Bener Meriah, tingkat kemiskinan ekstrem pada 2023 masih 2,10 persen. \"Dari 4.870 "
                "keluarga desil 1 di P3KE, setelah kami cek ke lapangan ternyata sekitar 700 sudah pindah atau "
                "meninggal,\" kata Kepala Bappeda.", "2024-10-08")
    whole = one(r, "4.870 keluarga")
    assert (whole.metric, whole.year, whole.month) == ("welfare_registry_count", 2024, None)  # now, not the base
    assert one(r, "700").metric == "other"  # entries found gone


def test_a_change_kini_early_in_a_year_is_the_release_s_even_when_rounded(extract):
    r = extract("BPS Kabupaten Asahan mencatat persentase penduduk miskin pada Maret 2024 sebesar 8,41 persen. Jumlah "
                "penduduk miskin Asahan kini 67.350 jiwa, berkurang sekitar 3.600 jiwa dalam setahun. Garis "
                "kemiskinan naik menjadi Rp512.846 per kapita per bulan.", "2025-01-14")
    assert _period(r, "67.350 jiwa") == (2024, 3)
    assert _period(r, "3.600 jiwa") == (2024, 3)
    assert _period(r, "Rp512.846") == (2024, 3)


def test_a_hijri_year_is_no_count(extract):
    r = extract("Baznas Kabupaten Lamongan menyalurkan Rp2,1 miliar menjelang Idulfitri 1444 Hijriah kepada 3.900 "
                "keluarga miskin. Peringatan 1 Muharram 1446 H juga diisi santunan.", "2023-04-11")
    assert not [f for f in r.figures if f.value in (1444, 1446)]


def test_a_compared_place_s_value_does_not_move_the_topic(extract):
    r = extract("Bupati Kediri memaparkan persentase penduduk miskin Kabupaten Kediri pada 2022 tercatat 10,22 "
                "persen. \"Angkanya memang turun, tapi kita masih di atas Kota Kediri yang 7,16 persen,\" ujarnya. "
                "Adapun tingkat kemiskinan ekstrem di daerahnya pada 2022 masih 0,90 persen.", "2023-02-14")
    assert one(r, "7,16 persen").region_code == "35.71"
    assert one(r, "0,90 persen").region_code == "35.06"


def test_the_same_period_after_a_programme_aside_is_the_release_s(extract):
    r = extract("Persentase penduduk miskin Kabupaten Probolinggo pada 2018 tercatat 18,71 persen. Tahun ini BPNT di "
                "Kabupaten Probolinggo menjangkau 60.120 keluarga penerima manfaat.\n\n"
                "Ia membandingkan kondisi itu dengan Kota Probolinggo, yang angka kemiskinannya pada periode yang "
                "sama hanya 7,20 persen.", "2019-08-06")
    assert _period(r, "7,20 persen") == (2018, None)


def test_a_change_word_before_a_named_level_leaves_it_a_level(extract):
    r = extract("Ketimpangan pengeluaran Jawa Tengah pada Maret 2018 juga turun tipis, dengan rasio gini 0,378.",
                "2018-07-16")
    f = one(r, "0,378")
    assert (f.kind, f.value) == ("level", 0.378)


def test_recipients_counted_every_month_are_still_recipients(extract):
    r = extract("Tahun ini beras sejahtera (Rastra) di Kabupaten Madiun disalurkan kepada 40.100 KPM setiap bulan.",
                "2018-03-01")
    assert one(r, "40.100 KPM").metric == "beneficiary_count"


def test_a_value_with_its_own_year_after_the_same_year_keeps_its_own(extract):
    r = extract("Kabupaten Tapanuli Selatan mencatat kemiskinan ekstrem 0,38 persen pada tahun yang sama, turun dari "
                "1,21 persen pada 2021.", "2023-05-01")
    assert one(r, "1,21 persen").year == 2021


def test_a_part_of_a_registry_count_named_before_takes_its_date_and_registry(extract):
    r = extract("Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) per April 2025 mencatat 28.400 keluarga di desil 1 "
                "dan 2 di Kabupaten Majalengka. Dari jumlah itu, 10.120 keluarga belum menerima bantuan sosial apa "
                "pun.", "2025-06-02")
    f = one(r, "10.120 keluarga")
    assert (f.metric, f.year, f.month, f.program) == ("welfare_registry_count", 2025, 4, "DTSEN")


def test_a_part_of_the_recipients_named_before_takes_their_date(extract):
    r = extract("Hingga November 2019, sebanyak 40.110 keluarga di Kabupaten Dairi terdaftar dalam DTKS. Dari jumlah "
                "itu, 18.300 keluarga menerima PKH.", "2019-12-19")
    f = one(r, "18.300 keluarga")
    assert (f.metric, f.year, f.month) == ("beneficiary_count", 2019, 11)


def test_the_same_year_names_the_year_and_no_month(extract):
    r = extract("Data BPS menunjukkan persentase penduduk miskin Papua Tengah pada Maret 2024 sebesar 29,76 persen, "
                "sementara tingkat kemiskinan ekstremnya 9,38 persen pada tahun yang sama. Di Nunukan, persentase "
                "penduduk miskin masih 5,82 persen pada Maret tahun yang sama.", "2024-10-01")
    assert _period(r, "9,38 persen") == (2024, None)
    assert _period(r, "5,82 persen") == (2024, 3)  # a month named with it is kept


def test_review_guards_for_the_session_seven_rules(extract):
    """Ordinary sentences the session-7 rules must leave alone (found in the review of the session)."""
    def figs(text):
        return {f.text: (f.metric, f.kind) for f in extract(text, "2024-03-01").figures}

    # recipients, not leavers
    assert figs("Dinas Sosial Kabupaten Bone menyalurkan BLT kepada 5.200 KPM yang belum pernah menerima bantuan "
                "lain.")["5.200 KPM"] == ("beneficiary_count", "level")
    assert figs("Di Kabupaten Bone, bantuan PKH kini diterima 14.562 KPM setelah 1.200 KPM graduasi mandiri."
                )["14.562 KPM"] == ("beneficiary_count", "level")
    assert figs("Di Kabupaten Bone, 20.430 KPM PKH dan 1.200 KPM yang keluar dari program tercatat pada 2023."
                )["20.430 KPM"] == ("beneficiary_count", "level")
    assert figs("Dinsos mengaktifkan kembali 3.150 peserta PBI JK yang sempat dinonaktifkan."
                )["3.150"] == ("beneficiary_count", "level")
    # results and states, not goals
    assert figs("Kemiskinan Kabupaten Bone berhasil ditekan dari 10,8 persen menjadi 10,25 persen pada 2023."
                )["10,25 persen"] == ("poverty_rate", "level")
    assert figs("Pemkab Bone harus menurunkan angka kemiskinan yang kini masih 10,25 persen."
                )["10,25 persen"] == ("poverty_rate", "level")
    assert figs("Garis kemiskinan Kabupaten Bone pada Maret 2023 dipatok sebesar Rp 400.000 per kapita per bulan."
                )["Rp 400.000"] == ("poverty_line", "level")
    # a rate per day is no count of recipients
    assert figs("Posko pengaduan Dinsos Kabupaten Bone menerima rata-rata 15 orang per hari.")["15 orang"][0] == "other"
    # "kini" with a value other than the release's is now
    r = extract("Pada Maret 2023, jumlah penduduk miskin Kabupaten Bone 75.300 jiwa. Kini jumlahnya sekitar 71.350 "
                "jiwa.", "2024-03-01")
    assert one(r, "71.350 jiwa").year == 2024
    # the story told "ketika itu" stays in its time
    r = extract("Pada Maret 2023, angka kemiskinan Kabupaten Bone 10,25 persen. Dua tahun sebelumnya, Maret 2021, "
                "kemiskinan 11,5 persen. Jumlah penduduk miskin ketika itu naik dari 80.000 jiwa menjadi 85.000 "
                "jiwa.", "2024-03-01")
    assert _period(r, "85.000 jiwa") == (2021, 3)
