"""Entity components on sentences written for these tests (not from any gold article)."""

from __future__ import annotations


def ents(result, label):
    return [e.text for e in result.entities if e.label == label]


def attrs(result, label, text):
    for e in result.entities:
        if e.label == label and e.text == text:
            return e.attrs.model_dump(exclude_none=True) if e.attrs else {}
    raise AssertionError(f"{label} {text!r} not found")


# --- boilerplate -------------------------------------------------------------------------------
BOILER = (
    "SAMPIT - Pemkab Kotim terus menekan angka kemiskinan.\n"
    "Baca juga: Bupati Kotim resmikan jembatan di Desa Pelangsian\n"
    "Reporter : Siti Aminah\n"
    "Editor : Joko Prasetyo\n"
    "1.245\n"
    "Sebarkan artikel ini\n"
)


def test_boilerplate_lines_yield_nothing(extract):
    r = extract(BOILER)
    kinds = sorted(b.kind for b in r.boilerplate)
    assert "related_link" in kinds and "byline" in kinds and "counter" in kinds and "share" in kinds
    first_line_end = BOILER.index("\n")
    for e in r.entities:
        if e.label in ("OFFICIAL", "AGENCY", "PLACE", "PROGRAM"):
            assert e.end <= first_line_end, e
    assert not r.figures  # "1.245" is a view counter, not a figure
    assert "Siti Aminah" not in ents(r, "OFFICIAL")


def test_photo_credit_and_closing_initials(extract):
    text = ("Rapat koordinasi di aula kantor bupati. ANTARA/HO-Diskominfo Kotim.\n"
            "Bupati Kotawaringin Timur Halikinnor membuka rapat itu. (Rdk/adv)")
    r = extract(text)
    spans = [text[b.start:b.end] for b in r.boilerplate]
    assert any(s.startswith("ANTARA/HO") for s in spans)
    assert "(Rdk/adv)" in spans
    assert ents(r, "OFFICIAL") == ["Halikinnor"]


# --- places ------------------------------------------------------------------------------------
def test_places_with_codes_and_short_forms(extract):
    r = extract("Pemerintah Provinsi Kalteng mencatat kemiskinan di Kabupaten Kotawaringin Timur "
                "dan Kota Palangka Raya menurun. Sementara di Kalsel angkanya naik.")
    assert attrs(r, "PLACE", "Kabupaten Kotawaringin Timur")["code"] == "62.02"
    assert attrs(r, "PLACE", "Kalsel")["code"] == "63"
    # the province inside the agency name is not a separate PLACE
    assert "Kalteng" not in ents(r, "PLACE")
    assert "Pemerintah Provinsi Kalteng" in ents(r, "AGENCY")


def test_ambiguous_bare_name_resolved_by_province_in_context(extract):
    r = extract("Di Kalimantan Selatan, Banjar menjadi daerah dengan kemiskinan terendah.")
    assert attrs(r, "PLACE", "Banjar")["code"] == "63.03"
    r2 = extract("Di Jawa Barat, Banjar mencatat kenaikan penduduk miskin.")
    assert attrs(r2, "PLACE", "Banjar")["code"] == "32.79"


def test_bare_district_needs_its_regency_in_context(extract):
    with_ctx = extract("Rapat di Paringin, ibu kota Kabupaten Balangan, membahas kemiskinan.")
    assert attrs(with_ctx, "PLACE", "Paringin")["code"] == "63.11.06"
    without = extract("Rapat di Paringin membahas kemiskinan.")
    assert "Paringin" not in ents(without, "PLACE")


def test_kota_named_makes_bare_name_the_city(extract):
    r = extract("Pemerintah Kota Sukabumi menyalurkan bantuan. Warga Sukabumi menyambut baik.")
    assert attrs(r, "PLACE", "Sukabumi")["code"] == "32.72"


# --- agencies and programmes -------------------------------------------------------------------
def test_agency_long_form_acronym_and_region(extract):
    r = extract("Data Badan Pusat Statistik (BPS) Provinsi Jambi dan BPS Kabupaten Kerinci menunjukkan hal itu, "
                "kata Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Jambi.")
    ag = ents(r, "AGENCY")
    assert "Badan Pusat Statistik" in ag and "BPS" in ag
    assert "BPS Kabupaten Kerinci" in ag
    assert any(a.startswith("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak") for a in ag)


def test_programmes_long_form_acronym_and_case(extract):
    r = extract("Penerima Program Keluarga Harapan (PKH) dan Bantuan Pangan Non Tunai (BPNT) terdata di DTKS. "
                "Sebagian dana desa dipakai untuk BLT Dana Desa dan Kartu Lansia Sejahtera.")
    pr = ents(r, "PROGRAM")
    for name in ("Program Keluarga Harapan", "PKH", "Bantuan Pangan Non Tunai", "BPNT", "DTKS", "dana desa",
                 "BLT Dana Desa", "Kartu Lansia Sejahtera"):
        assert name in pr, name


def test_programmes_of_older_years_and_nutrition_aid(extract):
    r = extract("Pada 2014 warga pemegang Kartu Perlindungan Sosial (KPS) menerima BLSM, sedangkan dana "
                "PNPM Mandiri dipakai untuk jalan desa. Tahun ini puskesmas menyalurkan Pemberian Makanan "
                "Tambahan (PMT) bagi balita dan 40 unit rutilahu diperbaiki. Tim Percepatan Penurunan Stunting "
                "(TPPS) kabupaten memantau hasilnya.")
    pr = ents(r, "PROGRAM")
    for name in ("Kartu Perlindungan Sosial", "KPS", "BLSM", "PNPM Mandiri", "Pemberian Makanan Tambahan", "PMT",
                 "rutilahu"):
        assert name in pr, name
    ag = ents(r, "AGENCY")
    assert any(a.startswith("Tim Percepatan Penurunan Stunting") for a in ag) and "TPPS" in ag


def test_capitalised_name_after_lower_case_programme_word(extract):
    r = extract("Pemkot memberi modal lewat program Sorong Mandiri bagi 350 pelaku usaha mikro, sedangkan program "
                "Pemerintah Kota dan gerakan Ayo Bangun Desa berjalan.")
    pr = ents(r, "PROGRAM")
    assert "Sorong Mandiri" in pr and "Ayo Bangun Desa" in pr
    assert not any("Pemerintah" in p for p in pr)
    f = [f for f in r.figures if f.value == 350][0]
    assert (f.metric, f.program) == ("beneficiary_count", "Sorong Mandiri")


def test_surveys_and_plans_are_not_programmes(extract):
    r = extract("Hasil Susenas dan target RPJMD dibahas bersama APBD tahun depan.")
    assert ents(r, "PROGRAM") == []


# --- officials ---------------------------------------------------------------------------------
def test_regional_village_heads_and_coordinating_ministers(extract):
    r = extract("Kuwu Desa Sukamaju, Darsono, mengatakan 210 KK menerima BLT. Menurut Pambakal Desa Sungai Rangas "
                "Ahmad Fauzi, warga miskin berkurang. Menko PMK Pratikno dan Mendagri Tito Karnavian hadir.")
    got = {e.text: e.attrs.title for e in r.entities if e.label == "OFFICIAL"}
    assert got.get("Darsono", "").startswith("Kuwu Desa")
    assert got.get("Ahmad Fauzi", "").startswith("Pambakal Desa")
    assert got.get("Pratikno") == "Menko PMK" and got.get("Tito Karnavian") == "Mendagri"


def test_later_mention_after_a_noble_prefix_and_council_parts(extract):
    r = extract("Kepala BPS Kabupaten Pidie, Teuku Faisal Akbar, memaparkan data itu. Menurut Faisal, angka "
                "kemiskinan turun. Sekretaris Bappeda Pidie, Nurlaila Hanum, hadir bersama Komisi II DPRD Kabupaten "
                "Pidie dan Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana (Dinkes PPKB) Pidie.")
    off = {e.text: e.attrs.title for e in r.entities if e.label == "OFFICIAL"}
    assert off.get("Faisal") == "Kepala BPS Kabupaten Pidie"
    assert off.get("Nurlaila Hanum", "").startswith("Sekretaris Bappeda")
    ag = ents(r, "AGENCY")
    assert "Komisi II DPRD Kabupaten Pidie" in ag and "Dinkes PPKB" in ag


def test_village_enterprise_is_an_agency_not_a_place(extract):
    r = extract("Desa Atap mengandalkan BUMDes Atap Bersatu untuk membuka lapangan kerja.")
    assert "BUMDes Atap Bersatu" in ents(r, "AGENCY")
    assert "Atap" not in [e.text for e in r.entities if e.label == "PLACE" and e.start > 12]


def test_city_government_post_office_forestry_and_regency_seats(extract):
    r = extract("Ekonom Prediksi Kemiskinan Medan Naik\n\nPemko Medan dan Perhutani membahasnya. Kepala Bappeda "
                "Litbang OKI, Rudi Hartono, dan Kepala Kantor Pos Praya, Budi Santoso, hadir di Kayuagung.")
    ag = ents(r, "AGENCY")
    for name in ("Pemko Medan", "Perhutani", "Bappeda Litbang OKI", "Kantor Pos Praya"):
        assert name in ag, name
    assert set(ents(r, "OFFICIAL")) == {"Rudi Hartono", "Budi Santoso"}
    assert "Kayuagung" in ents(r, "PLACE")


def test_official_title_then_name(extract):
    r = extract("Bupati Kerinci Monadi membuka rapat. Kepala BPS Provinsi Jambi, Dr. Agus Sudibyo, M.Si, "
                "memaparkan data kemiskinan. Menurut Agus, angka itu turun.")
    off = ents(r, "OFFICIAL")
    assert "Monadi" in off and "Agus Sudibyo" in off and "Agus" in off
    assert attrs(r, "OFFICIAL", "Agus Sudibyo")["title"] == "Kepala BPS Provinsi Jambi"
    assert attrs(r, "OFFICIAL", "Monadi")["title"] == "Bupati Kerinci"


def test_official_name_then_title_caption(extract):
    r = extract("Rahmat Hidayat, Kabid Penanganan Fakir Miskin Dinas Sosial Kabupaten Kerinci.\n"
                "Ia menjelaskan program bantuan.")
    assert ents(r, "OFFICIAL") == ["Rahmat Hidayat"]
    assert attrs(r, "OFFICIAL", "Rahmat Hidayat")["title"].startswith("Kabid Penanganan Fakir Miskin")


def test_bylines_are_not_officials(extract):
    r = extract("Wali Kota Jambi Syarif Fasha meninjau lokasi.\nPewarta: Nanang Mairiadi\nEditor: Budi Santoso")
    assert ents(r, "OFFICIAL") == ["Syarif Fasha"]


def test_entities_never_inside_boilerplate(extract):
    r = extract("Baca juga: Gubernur Jambi Al Haris tinjau Kabupaten Muaro Jambi\nIsi berita utama.")
    assert [e for e in r.entities if e.label in ("OFFICIAL", "PLACE", "AGENCY")] == []


def test_initials_in_names(extract):
    r = extract("SELONG - Bupati Lombok Timur H. M. Sukiman Azmy membuka rapat. Kepala Dinas Sosial, Moh. Ridwan, hadir.")
    assert "M. Sukiman Azmy" in ents(r, "OFFICIAL") and "Moh. Ridwan" in ents(r, "OFFICIAL")


def test_outlet_after_dateline_is_boilerplate(extract):
    text = "Jakarta, CNBC Indonesia - BPS melaporkan angka kemiskinan nasional."
    r = extract(text)
    assert [text[b.start:b.end] for b in r.boilerplate] == ["CNBC Indonesia"]
    assert ents(r, "PLACE") == ["Jakarta"]


# --- names learned from the third held-out set (own sentences) ---------------------------------
def test_lowercase_long_form_spelled_out_by_a_programme_acronym(extract):
    r = extract("Dinas Perkim menganggarkan bedah rumah tidak layak huni (RTLH) untuk 85 unit, sedangkan "
                "kegiatan lain tidak dijelaskan (TLD).")
    assert set(ents(r, "PROGRAM")) == {"rumah tidak layak huni", "RTLH"}


def test_country_name_inside_a_survey_or_card_name_is_not_a_place(extract):
    r = extract("Hasil Survei Status Gizi Indonesia 2022 dibahas bersama penerima Kartu Indonesia Sehat di "
                "Kabupaten Kerinci. Angka kemiskinan Indonesia turun.")
    places = ents(r, "PLACE")
    assert places.count("Indonesia") == 1 and "Kabupaten Kerinci" in places


def test_functional_and_village_head_titles(extract):
    r = extract("Statistisi Ahli Muda BPS Kerinci, Rahmi Oktavia, memaparkan data. Hukum Tua Tumpaan Satu, "
                "Reinhard Mamesah, ikut hadir.")
    assert set(ents(r, "OFFICIAL")) == {"Rahmi Oktavia", "Reinhard Mamesah"}
    assert attrs(r, "OFFICIAL", "Rahmi Oktavia")["title"].startswith("Statistisi Ahli Muda")


def test_chamber_of_commerce_is_an_agency(extract):
    r = extract("Pemkot Jambi menggandeng Kamar Dagang dan Industri (Kadin) untuk membuka lowongan kerja.")
    assert {"Kamar Dagang dan Industri", "Kadin"} <= set(ents(r, "AGENCY"))


def test_place_word_inside_the_outlet_name_of_a_dateline(extract):
    r = extract("BANGKO, RADAR JAMBI – Pemkab Merangin menyalurkan BLT kepada warga Kabupaten Merangin.")
    places = ents(r, "PLACE")
    assert "BANGKO" in places and "Kabupaten Merangin" in places
    assert "JAMBI" not in places
    r = extract("SUNGAI PENUH, KERINCI – Angka kemiskinan Kerinci turun.")
    assert "KERINCI" in ents(r, "PLACE")  # the dateline's second part is a region, not an outlet


def test_lower_case_titles_before_a_name(extract):
    r = extract('"Data kami terus diperbarui," kata kepala dinas sosial setempat, Rini Hartati, kepada wartawan. '
                "Menurut ekonom senior Universitas Jambi, Tono Sudarso, angka itu wajar. Sebanyak 40 kepala "
                "keluarga, Budi dan kawan-kawan, menerima bantuan.")
    assert set(ents(r, "OFFICIAL")) == {"Rini Hartati", "Tono Sudarso"}
    assert attrs(r, "OFFICIAL", "Rini Hartati")["title"] == "kepala dinas sosial setempat"


def test_an_agency_name_stops_before_an_honorific(extract):
    r = extract("Rektor Universitas Jambi Prof. Dr. Helmi, S.H., M.H. menilai angka itu masih tinggi.")
    assert "Universitas Jambi" in ents(r, "AGENCY")
    assert ents(r, "OFFICIAL") == ["Helmi"]


def test_titles_of_regency_secretaries_legislators_and_professors(extract):
    r = extract("Rapat dipimpin Sekretaris Kabupaten Kerinci, Zainal Arifin. Anggota DPRD Jambi dari daerah "
                "pemilihan Kerinci, Nurhayati, ikut hadir. Guru besar ekonomi Universitas Jambi, Prof. Dr. Amri "
                "Yusuf, menilai angka itu wajar.")
    assert set(ents(r, "OFFICIAL")) >= {"Zainal Arifin", "Nurhayati", "Amri Yusuf"}
    assert attrs(r, "OFFICIAL", "Nurhayati")["title"].startswith("Anggota DPRD Jambi dari daerah pemilihan")


def test_hyphenated_place_names_with_capitals(extract):
    r = extract("Balita stunting terbanyak ada di Kecamatan Pulau-Pulau Batu, Kabupaten Nias Selatan.")
    assert "Kecamatan Pulau-Pulau Batu" in ents(r, "PLACE")


def test_short_unit_code_after_an_acronym_needs_a_region(extract):
    r = extract("Kepala Dinsos PM Kerinci, Andi Saputra, mengatakan data sudah dipadankan. Dinsos PM juga hadir.")
    assert "Dinsos PM Kerinci" in ents(r, "AGENCY")
    assert "Dinsos PM" not in ents(r, "AGENCY")  # without a region the two letters stay out
    assert ents(r, "OFFICIAL") == ["Andi Saputra"]


def test_dateline_outlet_after_a_headline_is_no_agency_and_headline_verbs_no_names(extract):
    r = extract("Rembuk Stunting, Wabup Minta Desa Sasar Keluarga Miskin\n\nSUNGAI PENUH, Diskominfo – Wakil "
                "Bupati Kerinci membuka rembuk. Diskominfo Kerinci menyiarkan acara itu.")
    assert ents(r, "AGENCY") == ["Diskominfo Kerinci"]
    assert ents(r, "OFFICIAL") == []


def test_spokesperson_of_a_faction_and_an_association_head(extract):
    r = extract("Juru bicara Fraksi Amanat Bangsa, Rina Kartika, menyoroti kemiskinan. Ketua Himpunan Petani "
                "Karet Kerinci, Darmawan Saleh, ikut hadir.", published="2016-11-20")
    ents = {(e.label, e.text) for e in r.entities}
    assert ("OFFICIAL", "Rina Kartika") in ents and ("AGENCY", "Fraksi Amanat Bangsa") in ents
    assert any(label == "AGENCY" and text.startswith("Himpunan Petani") for label, text in ents)


def test_office_numbers_household_heads_and_headline_verbs_are_no_names(extract):
    r = extract("Dewan dan Bupati Kerinci Adu Data Kemiskinan\n\nSatu dari Lima Kepala Rumah Tangga Miskin Adalah "
                "Perempuan. Asisten II Bidang Ekonomi Setda Provinsi Jambi, Hasan Basri, membuka rapat.",
                published="2016-11-20")
    officials = [e.text for e in r.entities if e.label == "OFFICIAL"]
    assert officials == ["Hasan Basri"]


def test_programme_names_of_the_2010s(extract):
    r = extract("PNPM Mandiri Perdesaan 2012 menjangkau 2.000 desa, sedangkan Jamsoskes menanggung warga miskin.",
                published="2012-07-20")
    progs = {e.text for e in r.entities if e.label == "PROGRAM"}
    assert {"PNPM Mandiri Perdesaan", "Jamsoskes"} <= progs


def test_balinese_names_after_village_titles(extract):
    r = extract("Perbekel Sukadana, I Wayan Sudarsa, menyalurkan bantuan. Bendesa Adat Sukadana, I Made Artana, "
                "ikut hadir.", published="2021-12-14")
    officials = {e.text for e in r.entities if e.label == "OFFICIAL"}
    assert {"I Wayan Sudarsa", "I Made Artana"} <= officials
    assert "Sukadana" not in officials


def test_ministry_short_name_before_an_officials_name(extract):
    r = extract("Direktur Jenderal Pembangunan Desa Kemendes PDT Budi Santoso mengatakan penyaluran lancar.",
                published="2025-12-04")
    assert ("AGENCY", "Kemendes PDT") in {(e.label, e.text) for e in r.entities}
    assert "Budi Santoso" in {e.text for e in r.entities if e.label == "OFFICIAL"}


def test_aceh_councils_budget_teams_and_posyandu(extract):
    r = extract("Anggota DPRK Aceh Barat Daya meminta Tim Anggaran Pemerintah Daerah (TAPD) menyisir belanja. Kader "
                "Posyandu Melati ikut hadir. BLT Otsus disalurkan pekan depan.", published="2019-08-01")
    ents = {(e.label, e.text) for e in r.entities}
    assert ("AGENCY", "DPRK Aceh Barat Daya") in ents
    assert ("AGENCY", "Tim Anggaran Pemerintah Daerah") in ents or ("AGENCY", "TAPD") in ents
    assert ("AGENCY", "Posyandu Melati") in ents
    assert ("PROGRAM", "BLT Otsus") in ents


def test_regency_secretariat_minang_titles_and_jakarta_programmes(extract):
    r = extract("Asisten Pemerintahan Setdakab Bangka Tengah, Drs. Hendra Saputra, M.Si., membuka rapat. Wali Nagari "
                "Lubuk Gadang, Amiruddin Dt. Rajo Ameh, ikut hadir. Kartu Jakarta Pintar Plus (KJP Plus) disalurkan.",
                published="2018-03-01")
    ents = {(e.label, e.text) for e in r.entities}
    assert ("AGENCY", "Setdakab Bangka Tengah") in ents
    assert ("OFFICIAL", "Hendra Saputra") in ents
    # (a Minang title inside the name stays part of it, as three of the four golds that have one write it)
    assert ("OFFICIAL", "Amiruddin Dt. Rajo Ameh") in ents
    assert ("PROGRAM", "KJP Plus") in ents
