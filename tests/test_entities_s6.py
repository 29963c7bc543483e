"""Entity and boilerplate rules added in session 6 (held-out sets 28-32).

Every text here was written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations


def ents(result, label):
    return [e.text for e in result.entities if e.label == label]


def official(result, name):
    hits = [e for e in result.entities if e.label == "OFFICIAL" and e.text == name]
    assert hits, (name, ents(result, "OFFICIAL"))
    return hits[0].attrs.title


def test_a_village_heads_title_keeps_the_type_word_with_the_place_and_bare_repeats_are_the_place(extract):
    r = extract("Warga Kalisalak Antre Bantuan Beras\n\n"
                "Kepala Desa Kalisalak, Rohmat Hidayat, mengatakan warga Kalisalak sudah didata ulang. "
                "Kalisalak berada di Kabupaten Batang.", "2023-04-02")
    places = [e for e in r.entities if e.label == "PLACE"]
    assert "Desa Kalisalak" in ents(r, "PLACE")
    assert official(r, "Rohmat Hidayat") == "Kepala Desa Kalisalak"
    typed = next(e for e in places if e.text == "Desa Kalisalak")
    bare = [e for e in places if e.text == "Kalisalak"]
    # the headline's and the body's bare mentions; not the one opening a sentence
    assert len(bare) == 2 and all(e.attrs.code == typed.attrs.code for e in bare), [(e.text, e.start) for e in places]
    assert typed.attrs.code.startswith("33.25.")


def test_capitalised_words_reaching_into_a_place_are_the_titles_unit_not_a_name(extract):
    r = extract("Kepala Bappelitbang Paser, Dewi Anggraini, menjelaskan program itu. Di Kabupaten Paser kemiskinan "
                "turun.", "2023-04-02")
    assert official(r, "Dewi Anggraini") == "Kepala Bappelitbang Paser"
    assert "Paser" not in ents(r, "OFFICIAL")  # the regency is no person named after the title
    r = extract("Kepala Bappeda Tanjab Timur, Fajar Ramadhan, menjelaskan program itu.", "2023-04-02")
    assert official(r, "Fajar Ramadhan") == "Kepala Bappeda Tanjab Timur"


def test_a_district_head_named_after_the_districts_regency(extract):
    r = extract("Kepala Distrik Tigi Barat, Kabupaten Deiyai, Markus Dogopia, mengatakan bantuan sudah tiba.",
                "2023-04-02")
    assert official(r, "Markus Dogopia") == "Kepala Distrik Tigi Barat"
    assert "Distrik Tigi Barat" in ents(r, "PLACE")


def test_an_outlets_date_line_is_boilerplate(extract):
    text = ("Angka Kemiskinan Paser Turun\n\nPaser Terkini – Kamis, 11 Januari 2024 | 10:15 WITA\n\n"
            "TANAH GROGOT – Persentase penduduk miskin di Kabupaten Paser turun.")
    r = extract(text, "2024-01-11")
    assert [text[b.start:b.end] for b in r.boilerplate] == ["Paser Terkini – Kamis, 11 Januari 2024 | 10:15 WITA"]


def test_a_bare_local_government_word_is_an_agency_and_a_mayors_city_is_the_bare_name(extract):
    r = extract("Anggota DPRD menilai Pemkab lamban, sedangkan Pemkab Paser sudah bergerak. Wali Kota Tarakan, "
                "Rahmat Hidayat, hadir bersama Pemkot.", "2023-01-01")
    assert ents(r, "AGENCY") == ["DPRD", "Pemkab", "Pemkab Paser", "Pemkot"]
    assert "Tarakan" in ents(r, "PLACE") and "Kota Tarakan" not in ents(r, "PLACE")
    assert official(r, "Rahmat Hidayat") == "Wali Kota Tarakan"


def test_a_radio_promo_line_is_boilerplate(extract):
    text = "Warga miskin Ternate didata ulang.\n\nDengarkan juga siaran Pro 1 RRI Ternate di 92,5 FM setiap pagi."
    r = extract(text, "2024-02-01")
    assert [text[b.start:b.end] for b in r.boilerplate] == [text.split("\n\n")[1]]
    assert r.figures == []


def test_office_numbers_fillers_noble_names_and_neighbourhood_heads(extract):
    r = extract("Asisten III Setda Mappi, Yohanis Kaize, mengatakan data sudah dipadankan. Anggota Banggar lainnya, "
                "Rusnawati, bertanya soal anggaran. Kepala BPS Provinsi Bali, Ir. Anak Agung Ngurah Sudira, M.Si., "
                "merilis data. Ketua RT setempat, Wahyu, membenarkan.", "2024-05-13")
    got = {e.text: e.attrs.title for e in r.entities if e.label == "OFFICIAL"}
    assert got["Yohanis Kaize"] == "Asisten III Setda Mappi"
    assert got["Rusnawati"] == "Anggota Banggar lainnya"
    assert got["Anak Agung Ngurah Sudira"] == "Kepala BPS Provinsi Bali"
    assert "RT" not in got and got["Wahyu"] == "Ketua RT setempat"


def test_a_person_named_again_without_abdul(extract):
    r = extract("Bupati Dompu, H. Abdul Kader Jaelani, membuka rapat. Menurut Kader, angka kemiskinan turun.", "2024-05-13")
    got = {e.text: e.attrs.title for e in r.entities if e.label == "OFFICIAL"}
    assert got == {"Abdul Kader Jaelani": "Bupati Dompu", "Kader": "Bupati Dompu"}


def test_a_regions_nickname_names_no_place(extract):
    r = extract("Kabupaten Bone dijuluki Bumi Arung Palakka. Di Bumi Sawerigading, warga miskin berkurang.", "2024-05-13")
    assert ents(r, "PLACE") == ["Kabupaten Bone"]


def test_the_name_an_official_is_usually_called_by(extract):
    r = extract("Kepala Dinas Sosial Kalteng, H Suhaimi, ditemui di Palangka Raya. Imi, begitu ia biasa disapa, merinci "
                "data penerima. Imi menyebut penurunan itu wajar.", "2024-05-13")
    got = [(e.text, e.attrs.title) for e in r.entities if e.label == "OFFICIAL"]
    assert got == [("Suhaimi", "Kepala Dinas Sosial Kalteng"), ("Imi", "Kepala Dinas Sosial Kalteng"),
                   ("Imi", "Kepala Dinas Sosial Kalteng")]


def test_a_leader_named_by_his_leadership(extract):
    r = extract("Lima tahun masa kepemimpinan Darwin Sahedy di Kabupaten Boalemo membawa perubahan. Warga menilai "
                "Darwin Sahedy berhasil. Di bawah kepemimpinan Kabupaten Boalemo, hal itu biasa.", "2024-05-13")
    assert [e.text for e in r.entities if e.label == "OFFICIAL"] == ["Darwin Sahedy", "Darwin Sahedy"]


def test_a_place_word_ending_a_name_before_its_comma_stays_in_the_name(extract):
    r = extract("Kepala Dinas Sosial Garut Andi Bandung, mengatakan 3.000 KPM menerima PKH.", "2024-05-01")
    assert official(r, "Andi Bandung") == "Kepala Dinas Sosial Garut"


def test_a_common_word_after_a_type_word_and_a_peoples_name_are_no_places(extract):
    r = extract("Lima Desa Jadi Kantong Kemiskinan di Kabupaten Batang\n\nBATANG – Sebagian orang asli Papua yang "
                "merantau hidup pas-pasan.", "2024-01-01")
    assert ents(r, "PLACE") == ["Kabupaten Batang", "BATANG"]


def test_a_regional_grouping_is_a_place_without_a_code(extract):
    r = extract("Kemiskinan di Bolaang Mongondow Raya masih tinggi, terutama di Kabupaten Bolaang Mongondow.", "2024-01-01")
    got = {e.text: e.attrs.code for e in r.entities if e.label == "PLACE"}
    assert got == {"Bolaang Mongondow Raya": None, "Kabupaten Bolaang Mongondow": "71.01"}
