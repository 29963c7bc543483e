"""Checks for the region alias data file ``kemiskinan_ie/data/region_aliases.yaml``."""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

ALIAS_FILE = Path(__file__).resolve().parents[1] / "kemiskinan_ie" / "data" / "region_aliases.yaml"
CODE_RE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")
TYPE_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")


@lru_cache(maxsize=1)
def _data() -> dict:
    with ALIAS_FILE.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _lokal_file(name: str) -> Path:
    lokal = pytest.importorskip("lokal")
    path = Path(lokal.__file__).resolve().parent / "data" / name
    if not path.exists():
        pytest.skip(f"lokal data file {name} not present")
    return path


@lru_cache(maxsize=1)
def _wilayah() -> dict[str, str]:
    with gzip.open(_lokal_file("wilayah.json.gz"), "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _official_names() -> set[str]:
    """Every official name in lokal: provinces, bare regency/city names, districts, villages."""
    names: set[str] = set()
    for code, name in _wilayah().items():
        if code.count(".") == 1:
            for prefix in TYPE_PREFIXES:
                if name.startswith(prefix):
                    name = name[len(prefix):]
                    break
        names.add(name)
    with gzip.open(_lokal_file("desa.json.gz"), "rt", encoding="utf-8") as fh:
        names.update(json.load(fh).values())
    return names


@lru_cache(maxsize=1)
def _villages() -> dict[str, str]:
    with gzip.open(_lokal_file("desa.json.gz"), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def _alias_index() -> dict[str, set[str]]:
    """Map each alias (case-folded) to the set of codes it is listed under."""
    index: dict[str, set[str]] = {}
    for code, forms in _data()["aliases"].items():
        for form in forms:
            index.setdefault(form.casefold(), set()).add(code)
    return index


def test_top_level_sections() -> None:
    data = _data()
    assert set(data) == {"aliases", "islands", "abroad", "bare_name_default", "exclude"}
    assert isinstance(data["aliases"], dict) and data["aliases"]
    assert isinstance(data["islands"], dict) and data["islands"]
    assert isinstance(data["abroad"], dict) and data["abroad"]
    assert isinstance(data["bare_name_default"], dict) and data["bare_name_default"]
    assert isinstance(data["exclude"], list) and data["exclude"]


def test_alias_codes_are_strings_and_exist_in_lokal() -> None:
    wilayah = _wilayah()
    for code in _data()["aliases"]:
        assert isinstance(code, str), f"code {code!r} must be a quoted string"
        if code == "ID":
            continue
        assert CODE_RE.match(code), code
        if code.count(".") == 3:  # a town that is a village or kelurahan (a regency seat)
            assert code in _villages(), f"{code} not in lokal's village data"
        else:
            assert code in wilayah, f"{code} not in lokal's wilayah data"


def test_bare_name_default_codes_exist() -> None:
    wilayah = _wilayah()
    for name, code in _data()["bare_name_default"].items():
        assert isinstance(code, str), f"{name}: code must be a quoted string"
        assert code == "ID" or code in wilayah, f"{name}: {code} not in lokal"


def _bare(name: str) -> str:
    for prefix in TYPE_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def test_bare_name_default_points_to_a_region_of_that_name() -> None:
    aliases = _alias_index()
    wilayah = _wilayah()
    for name, code in _data()["bare_name_default"].items():
        if name.casefold() in aliases:
            # a short form: the default must be one of the codes it is listed under
            assert code in aliases[name.casefold()], name
        else:
            # an official bare name: the default region must carry exactly that name
            assert _bare(wilayah[code]) == name, (name, code, wilayah[code])


def _check_forms(owner: str, forms: object) -> None:
    assert isinstance(forms, list), f"{owner}: value must be a list"
    for form in forms:
        assert isinstance(form, str), f"{owner}: {form!r} is not a string"
        assert form, f"{owner}: empty alias"
        assert form == form.strip(), f"{owner}: {form!r} has surrounding spaces"
        assert "  " not in form, f"{owner}: {form!r} has a double space"
    assert len(forms) == len(set(forms)), f"{owner}: alias listed twice"


def test_aliases_are_clean_strings_without_repeats() -> None:
    for code, forms in _data()["aliases"].items():
        assert forms, f"{code}: empty alias list"
        _check_forms(code, forms)


def test_islands_are_clean_and_not_administrative() -> None:
    wilayah_names = set(_wilayah().values())
    for name, forms in [*_data()["islands"].items(), *_data()["abroad"].items()]:
        assert isinstance(name, str) and name == name.strip() and name
        _check_forms(name, forms)
        assert name not in forms, f"{name} repeats its own key"
        # an island entry must not shadow a province name
        assert name not in wilayah_names, name


def test_aliases_do_not_restate_generated_forms() -> None:
    """Type-word forms are generated for provinces, regencies and cities; a district lokal names
    "Kota X" (a regency seat, not a city) may list its "Kota X" form."""
    for code, forms in _data()["aliases"].items():
        generated = ("Kab. ", "Kabupaten ", "Provinsi ") + (("Kota ",) if code.count(".") < 2 else ())
        for form in forms:
            assert not form.startswith(generated), (code, form)


def test_known_province_short_forms() -> None:
    aliases = _alias_index()
    assert aliases["kalsel"] == {"63"}
    assert aliases["kalteng"] == {"62"}
    assert aliases["ntt"] == {"53"}
    assert aliases["ntb"] == {"52"}
    assert aliases["jateng"] == {"33"}
    assert aliases["jabar"] == {"32"}
    assert aliases["sulsel"] == {"73"}
    assert aliases["pabar"] == {"92"}
    assert aliases["pbd"] == {"96"}
    assert aliases["indonesia"] == {"ID"}
    wilayah = _wilayah()
    assert wilayah["92"] == "Papua Barat"
    assert wilayah["96"] == "Papua Barat Daya"


def test_known_regency_short_forms() -> None:
    aliases = _alias_index()
    assert aliases["bartim"] == {"62.13"}
    assert aliases["batola"] == {"63.04"}
    assert aliases["hst"] == {"63.07"}
    assert aliases["kukar"] == {"64.02"}
    assert aliases["lobar"] == {"52.01"}
    assert aliases["lampura"] == {"18.03"}
    # an ambiguous short form is listed under every region it may mean
    assert aliases["mura"] == {"16.05", "62.12"}
    assert aliases["tasik"] == {"32.06", "32.78"}


def test_alias_region_names_match_lokal() -> None:
    """Spot-check that the codes mean the regions the comments claim."""
    wilayah = _wilayah()
    assert wilayah["62.13"] == "Kabupaten Barito Timur"
    assert wilayah["63.04"] == "Kabupaten Barito Kuala"
    assert wilayah["64.02"] == "Kabupaten Kutai Kartanegara"
    assert wilayah["33.72"] == "Kota Surakarta"
    assert wilayah["73.24"] == "Kabupaten Luwu Timur"


def test_bare_name_defaults() -> None:
    defaults = _data()["bare_name_default"]
    assert defaults["Kupang"] == "53.71"
    assert _wilayah()[defaults["Kupang"]] == "Kota Kupang"
    assert _wilayah()[defaults["Banjar"]] == "Kabupaten Banjar"


def test_exclude_lists_official_names_once() -> None:
    exclude = _data()["exclude"]
    official = _official_names()
    assert len(exclude) == len(set(exclude)), "name excluded twice"
    for name in exclude:
        assert isinstance(name, str) and name == name.strip() and name
        assert name in official, f"{name!r} is not an official lokal name"


def test_exclude_keeps_provinces_and_short_forms() -> None:
    exclude = set(_data()["exclude"])
    provinces = {name for code, name in _wilayah().items() if "." not in code}
    assert not exclude & provinces
    alias_forms = {form for forms in _data()["aliases"].values() for form in forms}
    assert not exclude & alias_forms
    assert {"Baru", "Pasar", "Kota", "Sosial"} <= exclude


def test_two_places_abroad_joined_by_dan_stay_two_places(nlp) -> None:
    from kemiskinan_ie import extract

    r = extract("Banyak warga bekerja di Malaysia dan Arab Saudi, sebagian lagi di Hong Kong.", "2024-05-18", nlp=nlp)
    assert [e.text for e in r.entities if e.label == "PLACE"] == ["Malaysia", "Arab Saudi", "Hong Kong"]
    # an island group stays one place
    r = extract("Kemiskinan tertinggi ada di Pulau Maluku dan Papua.", "2024-05-18", nlp=nlp)
    assert [e.text for e in r.entities if e.label == "PLACE"] == ["Pulau Maluku dan Papua"]
