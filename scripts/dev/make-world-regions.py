#!/usr/bin/env python3
"""Prints the country lists of src/CityPartnerships.Domain/Cities/WorldRegion.cs: the five UN M49 continental regions
(002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania) resolved to ISO 3166-1 alpha-2 codes, from CLDR's
territoryContainment (npm cldr-core, Unicode licence), limited to the codes of CountryCode.cs.

Usage: npm pack cldr-core@48.2.0 && tar xzf cldr-core-48.2.0.tgz
       scripts/dev/make-world-regions.py package/supplemental/territoryContainment.json
"""
import json
import re
import sys

REGIONS = [("002", "Africa"), ("019", "Americas"), ("142", "Asia"), ("150", "Europe"), ("009", "Oceania")]

source = open("src/CityPartnerships.Domain/Cities/CountryCode.cs", encoding="utf-8").read()
known = set(re.findall(r"\b[A-Z]{2}\b", source.split("AllCodes =")[1].split(";")[0]))
containment = json.load(open(sys.argv[1], encoding="utf-8"))["supplemental"]["territoryContainment"]


def countries(code):
    found = []
    for part in containment.get(code, {}).get("_contains", []):
        found += countries(part) if part in containment else [part]
    return found


placed = set()
for code, name in REGIONS:
    members = sorted(set(countries(code)) & known)
    placed |= set(members)
    print(f"        // {name} (M49 {code})\n        [WorldRegion.{name}] = \"{' '.join(members)}\",")
if known - placed:
    sys.exit(f"Countries in no region: {sorted(known - placed)}")
