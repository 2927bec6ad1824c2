#!/usr/bin/env python3
"""Build whosaid's default gazetteer (states, organizations, people, offices, roles).

Usage (from the repository root):
    python3 gazetteer/build/build_gazetteer.py [SOURCES_DIR] [--out OUT_DIR]

SOURCES_DIR defaults to ../shared/gazetteer-sources (relative to the repository root);
OUT_DIR defaults to gazetteer/. Hand-entered facts are merged from gazetteer/build/extra_*.csv.
Standard library only. The output is deterministic (sorted, no timestamps).
"""

import argparse
import collections
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ_DIR = os.path.dirname(HERE)
REPO_ROOT = os.path.dirname(GAZ_DIR)
DEFAULT_SOURCES = os.path.join(REPO_ROOT, "..", "shared", "gazetteer-sources")
# Running news text (only the text, not the annotations) used to tell ordinary words.
DEFAULT_CORPUS = os.path.join(REPO_ROOT, "..", "shared", "eval", "polnear", "train.docs.jsonl")

LOG = []


def log(msg):
    LOG.append(msg)


def split(cell):
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def uniq(seq):
    seen, out = set(), []
    for s in seq:
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def with_folded(names):
    out = []
    for n in names:
        out.append(n)
        f = ascii_fold(n)
        if f != n and all(ord(c) < 128 for c in f):
            out.append(f)
    return uniq(out)


def norm_date(d):
    """'<=2024-06-21' -> '2024-06-21'; '2022-05' -> '2022-05-01'; '1998' -> '1998-01-01'."""
    d = (d or "").strip().lstrip("<=").strip()
    if not d:
        return ""
    if re.fullmatch(r"\d{4}", d):
        return d + "-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", d):
        return d + "-01"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return d
    log("bad date dropped: %r" % d)
    return ""


# ---------------------------------------------------------------------------
# Curation tables
# ---------------------------------------------------------------------------

# All-caps words that are ordinary English words: dropped as acronym aliases
# (the matcher is tolerant of all-caps text such as headlines).
COMMON_WORDS = set("""
A AN AND ARE AS AT BE BUT BY CAN DO FOR FROM GO HAS HAD HE HER HIS I IF IN IS IT ITS ME MY NO NOT
OF ON OR OUR SHE SO THE TO UP US WE YOU ALL ANY ONE NEW NOW OLD OUT OWN SEE WAY WHO WHY HOW MAN
AIM ACT ADD AGE AID AIR ARM ART ASK BAD BAG BAN BAR BED BIG BIT BOX BOY BUS BUY CAR CAT CUT DAY
DID DIE DOG DRY DUE EAR EAT END EYE FAR FEW FIT FLY FUN GAS GET GOT GUN GUY HAT HIT HOT ICE ILL
JOB KEY KID LAW LAY LED LEG LET LIE LOT LOW MAP MAY MEN MET MIX MOM NET NOR ODD OFF OIL PAN PAY
PEN PER PET PIT POP PUT RAN RAW RED RID ROW RUN SAD SAT SAW SAY SEA SET SIT SIX SKY SON SUN TAX
TEA TEN TIE TIP TOP TOO TOY TRY TWO USE VAN WAR WAS WET WIN WON YES YET ZOO ALSO BACK BEEN BEST
BODY BOTH CALL CAME CARE CASE CITY COME DEAL DOES DONE DOWN EACH EAST EVEN FACE FACT FAIR FALL
FAR FAST FEAR FEEL FIND FIRE FIVE FOOD FORM FOUR FREE FULL GAME GAVE GIVE GOOD HALF HAND HARD
HAVE HEAD HEAR HELP HERE HIGH HOLD HOME HOPE HOUR IDEA INTO JUST KEEP KIND KNOW LAND LAST LATE
LEAD LEFT LESS LIFE LIKE LINE LIST LIVE LONG LOOK LOSE LOVE MADE MAKE MANY MEET MIND MORE MOST
MOVE MUCH MUST NAME NEAR NEED NEXT NICE NONE ONLY OPEN OVER PART PASS PAST PLAN PLAY POOR PULL
PUSH RACE RATE READ REAL REST RICH RISE RISK ROAD ROLE RULE SAFE SAID SALE SAME SAVE SEEM SELF
SELL SEND SHIP SHOP SHOW SIDE SIGN SIZE SOME SOON STAR STAY STEP STOP SUCH SURE TAKE TALK TEAM
TELL TERM TEST THAN THAT THEM THEN THEY THIS TIME TOLD TOOK TOWN TRUE TURN TYPE UNIT UPON USED
VERY VIEW VOTE WAIT WALK WALL WANT WARM WEEK WELL WENT WERE WEST WHAT WHEN WILL WITH WORD WORK
YEAR YOUR ABLE ACTS ALLY ARMY BANK BASE BILL BLUE BOND CASH CORE CREW DATA DEBT ELSE FARM FILE
FIRM FLAG FUND GOLD GOAL GOES GROW HALT HIRE IRAN JOIN KING LEAK LOAN MAIN MASS MINE NEWS NOTE
PACT PAID PARK PEAK PLUS POLL PORT POST RAID RANK RULE SEAT SECT SHOT STAR TIES TOUR TREE VETO
WAGE WAKE WAVE WIDE WILD WIND WING WISE ZONE PACE CARE HOPE UNITY UNION PEACE POWER FORCE SPACE
LABOR LABOUR RALLY FRONT VOICE ALERT ACTION MOVE REAL NOW RISE LEAD FAIR BASE CORE
""".split())

# Aliases dropped everywhere (ambiguous common words, person names, US states, generic bodies); a first and last name
# that leaves out the middle name and is itself a common name, or that names someone else: Guyana's
# "Mohammed Irfaan Ali" is not every "Mohammed Ali", and "Muhammad Shehbaz Sharif" is not his brother).
DROP_ALIASES = set("""
Georgia|Jordan|Chad|Congo|Guinea|Korean|Koreans|Congolese|Dominican|Dominicans|Samoan|Samoans
Jersey|Man|Victoria|Hamilton|Kingston|Georgetown|San Jose|San José|Saint-Denis|Jamestown|Stanley
Douglas|The Valley|Plymouth|Wellington|Male|Malé|Santiago|Lincoln|Charlotte|Gaza|Zion
Senate|the Senate|House|the House|Supreme Court|the Supreme Court|Parliament|the Parliament
Green Party|the Greens|Greens|Liberal Party|Socialist Party|Communist Party|the Communist Party
Social Democratic Party|Labor Party|People's Party|National Party|Democratic Alliance|Union
the alliance|the Commission|Brussels|the Times|Times|the Fed|Fed|the Treasury|Treasury
Council of ministers|Council|Assembly|National Assembly|the National Assembly|Cabinet|Government
Presidency|the Presidency|Northern Ireland|Scotland|Wales|England|Demo|Constitutional Court|High Court|Court of Appeal|Federal Court
National Congress|General Assembly|Security Council|the States|Holland|America's
MID|RIA|AA|EP|ECA|ESM|UPC|ACER|AMLA|SIS|Unite
Mohammed Ali|Muhammad Ali|Mohammad Ali|Muhammad Shehbaz Sharif
""".replace("\n", "|").split("|")) - {""}

# Re-allowed (these were in DROP_ALIASES only to stop collisions; re-added in extra files with
# an unambiguous owner) -- kept in code for the record.
ALLOW_ACRONYMS = {"WHO", "NATO", "US", "UK", "EU", "UN", "AP", "MI5", "MI6", "UAE", "USA", "DPRK",
                  "PRC", "ROK", "DRC", "KSA", "IMF", "FBI", "CIA", "IAEA", "OPEC", "OSCE", "ASEAN",
                  "AFP", "BBC", "CNN", "NPR", "RT", "SEC", "EPA", "DHS", "NSA", "CDC", "FDA", "DOJ",
                  "FSB", "SVR", "GRU", "PLA", "IDF", "CCP", "CPC", "ICRC", "MSF", "HRW", "WTO", "ICC",
                  "ICJ", "OAS", "AU", "G7", "G20", "ABC", "BP", "GM", "GE", "3M", "H&M", "VW"}

# When an alias is claimed by several entries, the owner listed here keeps it; otherwise the
# alias is dropped from every entry (and reported).
DOMINANT = {
    "Congress": "org:us-congress",
    "Labour Party": "org:gbr-labour-party", "the Labour Party": "org:gbr-labour-party",
    "CPC": None, "UNDP": "org:Q161718",
    "the Congress": "org:us-congress",
    "Democratic Party": "org:us-democratic-party",
    "the Democratic Party": "org:us-democratic-party",
    "Republican Party": "org:us-republican-party",
    "the Republican Party": "org:us-republican-party",
    "Conservative Party": "org:gbr-conservative-party",
    "the Conservative Party": "org:gbr-conservative-party",
    "Liberal Democrats": "org:gbr-party-liberal-democrats",
    "American": "USA", "Americans": "USA",
    "British": "GBR", "Briton": "GBR", "Britons": "GBR",
    "Chinese": "CHN", "French": "FRA", "Danish": "DNK", "Dutch": "NLD",
    "Indian": "IND", "Indians": "IND",
    "Irish": "IRL", "Norwegian": "NOR", "Norwegians": "NOR",
    "Sudanese": "SDN", "Nigerien": "NER", "Nigeriens": "NER",
    "Jerusalem": "ISR", "Nicosia": "CYP",
    "Paris": "FRA", "London": "GBR", "Washington": "USA",
    "European Commission": "org:eu-commission", "European Central Bank": "org:eu-ecb",
    "ECB": "org:eu-ecb", "EU Commission": "org:eu-commission",
    "Foreign Office": "org:gbr-fcdo", "the Foreign Office": "org:gbr-fcdo",
    "Ministry of Defence": "org:gbr-mod",
    "Reuters": "media:reuters", "Thomson Reuters": "media:reuters",
    "Emirates": "org:co-emirates",  # "Emirates said": the airline (the state is "the UAE")
}

# id merges for people (source duplicates / transliteration variants)
PERSON_MERGE = {
    "per:australia-elizabeth-ii": "per:elizabeth-ii",
    "per:abdelfattah-said-elsisi": "per:abdel-fattah-el-sisi",
    "per:abdourahame-tchiani": "per:abdourahame-tiani",
    "per:jose-ulisses-correia-e-silva": "per:ulisses-correia-e-silva",
    "per:issac-herzog": "per:isaac-herzog",
    "per:costa": "per:antonio-costa",  # surname-only source row; its bare "Costa" matched any Costa
}
# name fixes (id -> display name)
PERSON_NAME_FIX = {
    "per:carl-xvi-gustaf": "Carl XVI Gustaf",
    "per:ulisses-correia-e-silva": "Ulisses Correia e Silva",
    "per:isaac-herzog": "Isaac Herzog",
    "per:representatives-aqilah-salah-issa": "Aguila Saleh Issa",
}
PERSON_DROP = {"per:mohamed-al"}

TITLE_WORDS = ("Representatives", "Representative", "President", "Prime Minister", "Premier",
               "King", "Queen", "General", "Gen.", "Dr.", "Sheikh", "Shaykh", "Amir", "Emir",
               "Sultan", "Crown Prince", "Prince", "Princess", "Chairman", "Field Marshal",
               "Marshal", "Colonel", "Col.", "Lt.", "Brig.", "Admiral", "Adm.", "Cardinal",
               "Pope", "Mr.", "Mrs.", "Ms.", "Sir", "Dame", "Madam", "Governor", "Vice President",
               "Acting President", "Interim President", "Transition Prime Minister")
ROMAN = re.compile(r"^[IVXLC]+$")
PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "abd", "abdel", "abdul", "abdal", "de",
             "da", "do", "dos", "van", "von", "der", "le", "la", "di", "del", "y", "e"}

# ---------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------

ROLES = collections.OrderedDict([
    ("head_of_state", "president|head of state"),
    ("monarch", "king|queen|monarch|emir|emperor|sultan|grand duke|reigning prince"),
    ("head_of_government", "prime minister|premier|chancellor|head of government|pm"),
    ("vice_president", "vice president|vice-president|veep"),
    ("deputy_head_of_government", "deputy prime minister|deputy premier|vice premier|vice-premier|first deputy prime minister"),
    ("governor_general", "governor-general|governor general"),
    ("foreign_minister", "foreign minister|foreign secretary|secretary of state|minister of foreign affairs|minister for foreign affairs|top diplomat|chief diplomat|foreign affairs minister|external affairs minister"),
    ("defence_minister", "defence minister|defense minister|defence secretary|defense secretary|secretary of defense|minister of defence|minister of defense|defense chief|pentagon chief"),
    ("interior_minister", "interior minister|home secretary|minister of the interior|interior secretary|secretary of homeland security|homeland security secretary"),
    ("finance_minister", "finance minister|chancellor of the exchequer|treasury secretary|secretary of the treasury|minister of finance"),
    ("justice_minister", "justice minister|justice secretary|attorney general|attorney-general|minister of justice"),
    ("trade_minister", "trade minister|trade secretary|commerce secretary|international trade secretary"),
    ("health_minister", "health minister|health secretary"),
    ("education_minister", "education minister|education secretary"),
    ("energy_minister", "energy minister|energy secretary"),
    ("environment_minister", "environment minister|environment secretary"),
    ("brexit_minister", "brexit secretary|brexit minister"),
    ("national_security_adviser", "national security adviser|national security advisor"),
    ("un_ambassador", "u.n. ambassador|un ambassador|ambassador to the united nations|ambassador to the u.n.|ambassador to the un|envoy to the united nations|permanent representative to the united nations"),
    ("intelligence_chief", "cia director|director of the cia|fbi director|director of the fbi|director of national intelligence|intelligence chief|spy chief"),
    ("presidential_spokesperson", "kremlin spokesman|kremlin spokeswoman|kremlin spokesperson|presidential spokesman|presidential spokeswoman|white house press secretary|white house spokesman|white house spokeswoman|press secretary"),
    ("foreign_ministry_spokesperson", "foreign ministry spokesman|foreign ministry spokeswoman|foreign ministry spokesperson|state department spokesman|state department spokeswoman|state department spokesperson"),
    ("chief_of_staff", "chief of staff|white house chief of staff"),
    ("speaker", "speaker|house speaker|speaker of the house"),
    ("majority_leader", "majority leader|senate majority leader"),
    ("supreme_leader", "supreme leader"),
    ("secretary_general", "secretary-general|secretary general"),
    ("deputy_secretary_general", "deputy secretary-general|deputy secretary general"),
    ("director_general", "director-general|director general"),
    ("managing_director", "managing director"),
    ("high_representative", "foreign policy chief|high representative|foreign affairs chief|eu foreign policy chief"),
    ("judge", "judge"),
    ("republican_nominee", "republican nominee|republican presidential nominee|gop nominee|republican presidential candidate|gop presidential nominee"),
    ("democratic_nominee", "democratic nominee|democratic presidential nominee|democratic presidential candidate"),
    ("senator", "senator|sen."),
    ("representative", "congressman|congresswoman|representative|rep."),
    ("minister_of_state", "minister of state"),
])

# source role string (lowercase) -> role key; None = not kept as an office
ROLE_MAP = {
    "president": "head_of_state",
    "head of state": "head_of_state",
    "monarch": "monarch",
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "head of government": "head_of_government",
    "vice president": "vice_president",
    "deputy prime minister": "deputy_head_of_government",
    "deputy premier": "deputy_head_of_government",
    "vice premier": "deputy_head_of_government",
    "first deputy prime minister": "deputy_head_of_government",
    "first secretary of state": "deputy_head_of_government",
    "governor-general": "governor_general",
    "foreign minister": "foreign_minister",
    "foreign secretary": "foreign_minister",
    "secretary of state": "foreign_minister",
    "defense minister": "defence_minister",
    "defence secretary": "defence_minister",
    "defense secretary": "defence_minister",
    "home secretary": "interior_minister",
    "chancellor of the exchequer": "finance_minister",
    "secretary of state for justice and lord chancellor": "justice_minister",
    "secretary of state for health": "health_minister",
    "secretary of state for health and social care": "health_minister",
    "secretary of state for education": "education_minister",
    "secretary of state for education and skills": "education_minister",
    "secretary of state for trade and industry": "trade_minister",
    "secretary of state for international trade": "trade_minister",
    "secretary of state for environment, food and rural affairs": "environment_minister",
    "secretary of state for energy and climate change": "energy_minister",
    "secretary of state for exiting the european union": "brexit_minister",
    "kremlin spokesman": "presidential_spokesperson",
    "foreign ministry spokeswoman": "foreign_ministry_spokesperson",
    "u.s. senator": "senator",
    "u.s. representative": "representative",
    "minister of state": "minister_of_state",
    "secretary-general of the united nations": "secretary_general",
    "deputy secretary-general of the united nations": "deputy_secretary_general",
    "nato secretary-general": "secretary_general",
    "european commission president": "head_of_state",
    "eu foreign policy chief": "high_representative",
    "director-general of the world trade organization": "director_general",
    "president of the international court of justice": "head_of_state",
    "judge of the international court of justice": "judge",
    "president of the united nations general assembly": "head_of_state",
    "president of the parliamentary assembly of the council of europe": "head_of_state",
}
# source role string -> organization id used in the offices `country` column
ROLE_ORG = {
    "secretary-general of the united nations": "org:un",
    "deputy secretary-general of the united nations": "org:un",
    "nato secretary-general": "org:nato",
    "european commission president": "org:eu-commission",
    "eu foreign policy chief": "org:eu",
    "director-general of the world trade organization": "org:wto",
    "president of the international court of justice": "org:icj",
    "judge of the international court of justice": "org:icj",
    "president of the united nations general assembly": "org:un-ga",
    "president of the parliamentary assembly of the council of europe": "org:pace",
}
# one holder at a time per (country, role): overlaps are trimmed
SINGLE_HOLDER = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                 "interior_minister", "finance_minister", "justice_minister", "secretary_general",
                 "high_representative", "director_general", "managing_director", "supreme_leader",
                 "presidential_spokesperson", "foreign_ministry_spokesperson", "chief_of_staff",
                 "speaker", "majority_leader", "national_security_adviser", "un_ambassador",
                 "republican_nominee", "democratic_nominee"}


# ---------------------------------------------------------------------------
# Alias helpers
# ---------------------------------------------------------------------------

def lowercase_counts(path):
    """How often each word occurs in lowercase in the running text of a JSONL corpus."""
    import json
    counts = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                counts.update(re.findall(r"\b[a-z]+\b", json.loads(line).get("text", "")))
    return counts


# A one-word alias of a generated (not hand-curated) organization that news writes in lowercase
# at least this often in the corpus is an ordinary word ("Labor", "Conservative", "Victory",
# "Focus", "Independent"): matched, it would give sentence-initial words and adjectives
# ("Conservative lawmakers", "the Labor Department") the party of some small country.
# Companies are brand names whose capitalized use in news is mostly the company ("Target",
# "Apple"), so only the commonest words ("News", "Progressive") are dropped for them.
ORDINARY_WORD_MIN = 2
ORDINARY_WORD_MIN_COMPANY = 50


def ordinary_word_alias(a, org_type, counts):
    if " " in a or not a[:1].isupper() or not a[1:].islower():
        return False
    limit = ORDINARY_WORD_MIN_COMPANY if org_type == "company" else ORDINARY_WORD_MIN
    return counts[a.lower()] >= limit


def bad_alias(a, name=None, hand_written=False):
    """Return a reason string when an alias must not be matched, else None.

    `hand_written`: the alias was written in build/extra_organizations.csv, so the
    guesses against the generated sources' junk (sentence fragments, "X the Y") are
    not made: "Save the Children", "Citizens for Responsibility and Ethics in Washington"."""
    if a in DROP_ALIASES:
        return "curated drop list"
    if "(" in a or ")" in a:
        return "parenthesis"
    if len(a) < 2:
        return "too short"
    letters = re.sub(r"[^A-Za-z]", "", a)
    if a.upper() == a and letters and a not in ALLOW_ACRONYMS and letters not in ALLOW_ACRONYMS:
        if len(letters) <= 2:
            return "2-letter abbreviation"
        if letters in COMMON_WORDS:
            return "acronym equals an English word"
    if a.lower() == a:
        return "lowercase"
    words = a.split()
    if words[0][0].islower() and words[0] not in ("the", "al", "el", "de", "van", "von", "le", "la", "dpa"):
        return "starts lowercase (sentence fragment)"
    if hand_written:
        return None
    if len(words) > 4 and re.search(r"\b(is|are|was|by|and|in)\b", a) and not re.search(r"\b(Ministry|Department|Council|Party|Court|Committee|Agency|Office|Organi[sz]ation|Union|Bank|Fund|Commission|Front|Movement|Alliance|Assembly|Congress)\b", a):
        return "sentence fragment"
    # generated junk: "Antiguan the Eastern Caribbean Supreme Court", "X's the Y"
    if re.search(r"^\S+('s)? the [A-Z]", a) and not a.startswith("the "):
        return "generated junk"
    return None


class AliasRegistry:
    """Collects (alias -> owners) over all files to enforce global uniqueness."""

    def __init__(self):
        self.owners = collections.defaultdict(list)  # alias -> [(entry_id, field)]
        self.tier = {}  # entry id -> priority tier (lower wins a conflict when it is alone)

    def add(self, entry_id, field, alias):
        self.owners[alias].append((entry_id, field))

    def resolve(self):
        """alias -> owning entry id, or None when dropped everywhere."""
        result = {}
        for alias, owners in sorted(self.owners.items()):
            ids = uniq([o[0] for o in owners])
            if len(ids) == 1:
                result[alias] = ids[0]
            elif alias in DOMINANT and DOMINANT[alias] in ids:
                result[alias] = DOMINANT[alias]
                log("conflict %r: kept for %s, dropped from %s"
                    % (alias, DOMINANT[alias], ", ".join(i for i in ids if i != DOMINANT[alias])))
            elif alias in DOMINANT and DOMINANT[alias] is None:
                result[alias] = None
                log("conflict %r: dropped from %s (curated)" % (alias, ", ".join(ids)))
            elif self.tier and len([i for i in ids if self.tier.get(i, 9) == min(self.tier.get(j, 9) for j in ids)]) == 1:
                best = min(ids, key=lambda i: self.tier.get(i, 9))
                result[alias] = best
                log("conflict %r: kept for %s (tier), dropped from %s"
                    % (alias, best, ", ".join(i for i in ids if i != best)))
            else:
                result[alias] = None
                log("conflict %r: dropped from %s" % (alias, ", ".join(ids)))
        return result


# ---------------------------------------------------------------------------
# States
# ---------------------------------------------------------------------------

THE_STATES = {"NLD": "Netherlands", "PHL": "Philippines", "BHS": "Bahamas", "GMB": "Gambia",
              "CZE": "Czech Republic", "CAF": "Central African Republic",
              "DOM": "Dominican Republic", "ARE": "United Arab Emirates", "MDV": "Maldives",
              "COM": "Comoros", "SLB": "Solomon Islands", "MHL": "Marshall Islands",
              "SYC": "Seychelles", "VAT": "Vatican", "GBR": "United Kingdom",
              "USA": "United States", "RUS": "Russian Federation", "COD": "Democratic Republic of Congo"}


def load_states(src, extra_dir):
    rows = read_csv(os.path.join(src, "states.csv"))
    extra = read_csv(os.path.join(src, "curated", "state_extra.csv"))
    extra_mine = read_optional(os.path.join(extra_dir, "extra_states.csv"))
    ex = {r["iso3"]: r for r in extra}
    exm = collections.defaultdict(list)
    for r in extra_mine:
        exm[r["iso3"]].append(r)
    states = {}
    for r in rows:
        iso = r["iso3"] or r["id"].split(":", 1)[1]
        name = r["name"]
        aliases = [name] + split(r["aliases"])
        metonyms = split(r["metonyms"])
        if iso in ex:
            aliases += split(ex[iso]["aliases"])
            metonyms += split(ex[iso]["metonyms"])
        if iso in THE_STATES:
            base = THE_STATES[iso]
            aliases += [base, "the " + base]
        demonyms = split(r["demonyms"])
        adjs = [d for d in demonyms if not d.endswith("s") or d in ("Swiss", "Chinese", "Japanese", "Portuguese", "Vietnamese", "Lebanese", "Sudanese", "Congolese", "Senegalese", "Taiwanese", "Burmese", "Maltese", "Togolese", "Beninese")]
        adj = adjs[0] if adjs else None
        gov = []
        for g in split(r["government_aliases"]):
            if g.startswith("government of "):
                continue  # regenerated below with "the" where needed
            if g == name + " government" and iso in THE_STATES:
                continue
            gov.append(g)
        gname = ("the " + THE_STATES[iso]) if iso in THE_STATES else name
        gov.append("the government of " + gname)
        if adj:
            gov += ["%s officials" % adj, "%s authorities" % adj, "the %s authorities" % adj,
                    "the %s leadership" % adj]
        drop = set()
        for e in exm.get(iso, []):
            aliases += split(e.get("aliases"))
            metonyms += split(e.get("metonyms"))
            demonyms += split(e.get("demonyms"))
            gov += split(e.get("government_aliases"))
            drop |= set(split(e.get("drop")))
        states[iso] = {
            "id": iso, "name": name, "type": r["type"],
            "aliases": uniq(a for a in aliases if a not in drop),
            "metonyms": uniq(a for a in metonyms if a not in drop),
            "demonyms": uniq(a for a in demonyms if a not in drop),
            "government_aliases": uniq(a for a in gov if a not in drop),
        }
    return states


def read_optional(path):
    return read_csv(path) if os.path.exists(path) else []


# ---------------------------------------------------------------------------
# Organizations
# ---------------------------------------------------------------------------

# stable readable ids for organizations that offices.csv and the extra files refer to
ORG_RENAME = {
    "org:Q1065": "org:un", "org:Q7801": "org:icj", "org:Q7825": "org:wto", "org:Q47423": "org:un-ga",
    "org:Q7184": "org:nato", "org:Q458": "org:eu", "org:Q8880": "org:eu-commission",
    "org:Q8886": "org:eu-council", "org:Q8901": "org:eu-ecb", "org:Q7817": "org:who",
    "org:Q7804": "org:imf", "org:Q37470": "org:un-security-council", "org:Q8889": "org:eu-parliament",
    "org:Q8896": "org:eu-council-of-the-eu", "org:Q4951": "org:eu-court-of-justice",
    "org:usa-congress": "org:us-congress", "org:usa-senate": "org:us-senate",
    "org:usa-house-of-representatives": "org:us-house", "org:usa-us-supreme-court": "org:us-supreme-court",
    "org:us-democratic-party": "org:us-democratic-party",
    "org:us-republican-party": "org:us-republican-party",
    "org:gbr-party-labor-labour-party": "org:gbr-labour-party",
    "org:gbr-conservative-party": "org:gbr-conservative-party",
    "org:chn-party-chinese-communist-party": "org:chn-ccp",
    "org:gbr-mod": "org:gbr-mod",
    "org:Q41984": "org:iaea",
}

IFG_ABBREV_OK = {"MoD", "MoJ", "DTI", "DWP", "DfE", "DfT", "Defra", "DEFRA", "HMRC", "BEIS", "DCMS",
                 "DfID", "DFID", "DExEU", "DIT", "FCO", "FCDO", "DHSC", "DCLG", "MHCLG"}


def load_orgs(src, extra_dir):
    orgs = {}
    for r in read_csv(os.path.join(src, "organizations.csv")):
        r["id"] = ORG_RENAME.get(r["id"], r["id"])
        aliases = split(r["aliases"])
        if "ifg" in r["sources"]:
            aliases = [a for a in aliases
                       if " " in a or a in IFG_ABBREV_OK or a == r["name"]]
        if r["id"] in orgs:  # renamed onto an existing id
            orgs[r["id"]]["aliases"] = uniq(orgs[r["id"]]["aliases"] + aliases)
            continue
        orgs[r["id"]] = {"id": r["id"], "name": r["name"], "type": r["type"],
                         "aliases": [r["name"]] + aliases, "country": r["country"],
                         "curated": "curated" in r["sources"] or r["id"] in ORG_RENAME.values()}
    # curated media and organizations: merge into the existing entry with the same name
    by_name = collections.defaultdict(list)
    for o in orgs.values():
        by_name[o["name"]].append(o["id"])
    for fn in ("media.csv", "organizations_extra.csv"):
        for r in read_csv(os.path.join(src, "curated", fn)):
            oid = r["id"]
            same = [i for i in by_name.get(r["name"], []) if i != oid]
            if oid not in orgs and same:
                # already merged into the big file under another id (e.g. org:Q8880)
                tgt = orgs[same[0]]
                tgt["aliases"] = uniq(tgt["aliases"] + split(r["aliases"]))
                continue
            if oid in orgs:
                orgs[oid]["aliases"] = uniq(orgs[oid]["aliases"] + split(r["aliases"]))
                orgs[oid]["curated"] = True
            else:
                orgs[oid] = {"id": oid, "name": r["name"], "type": r["type"],
                             "aliases": [r["name"]] + split(r["aliases"]), "country": r["country"],
                             "curated": True}
    for r in read_optional(os.path.join(extra_dir, "extra_organizations.csv")):
        oid = r["id"]
        hand_written = set(split(r["aliases"])) | ({r["name"]} if r.get("name") else set())
        if oid in orgs:
            o = orgs[oid]
            o["curated"] = True
            if r.get("name"):
                o["name"] = r["name"]
            if r.get("type"):
                o["type"] = r["type"]
            if r.get("country"):
                o["country"] = r["country"]
            drop = set(split(r.get("drop")))
            o["aliases"] = uniq([a for a in o["aliases"] if a not in drop] + split(r["aliases"]))
            o["hand_written"] = o.get("hand_written", set()) | hand_written
        else:
            orgs[oid] = {"id": oid, "name": r["name"], "type": r["type"],
                         "aliases": uniq([r["name"]] + split(r["aliases"])),
                         "country": r["country"], "curated": True,
                         "hand_written": hand_written}
    return orgs


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

NAME_PREFIX_JUNK = re.compile(
    r"^(Republic|June|Venezuelapresident|Swiss Confederation|Spanish Coprince|Archbishop|Cardinal|"
    r"President-elect|Afghanistan|Australia|Representatives|Transition|Interim|Acting) ")


def fix_name(n):
    n = re.sub(r"\s+", " ", n).strip()
    while NAME_PREFIX_JUNK.match(n) and len(n.split()) > 2:
        n = NAME_PREFIX_JUNK.sub("", n, count=1)
    changed = True
    while changed:
        changed = False
        for t in TITLE_WORDS:
            if n.startswith(t + " ") and len(n.split()) > 2:
                n = n[len(t) + 1:]
                changed = True
    toks = []
    for t in n.split(" "):
        core = re.sub(r"[^A-Za-z]", "", t)
        if len(core) >= 3 and core.isupper() and not ROMAN.match(core):
            t = "-".join(p[:1] + p[1:].lower() for p in t.split("-"))
        toks.append(t)
    return " ".join(toks)


def junk_short_form(alias, full):
    """Factbook 'first + last' forms that break compound names: 'Abdel El-Sisi', 'Mohamed Al'."""
    at, ft = alias.split(), full.split()
    if len(at) == 2 and len(ft) >= 3 and at[0] == ft[0] and at[1] == ft[-1]:
        if ft[0].lower() in PARTICLES or ft[1].lower() in PARTICLES or ft[-2].lower() in PARTICLES:
            return True
        if ft[0].lower().startswith(("abd", "abu")):
            return True
    return False


PARTY_RE = re.compile(r"^(Democrat|Republican|Independent)(?: ([A-Z]{2}))?$")


def party_of(people, roles_rows):
    """Set p["party"] of each US politician from the source's `title_or_party`
    ("Republican FL", "Democrat"): "D", "R" or "I", then the state code when
    every row that gives one gives the same ("D OH"). A person whose rows give
    two parties (a party switcher) gets none: a second reference by party
    ("the Ohio Democrat") must not reach the wrong one."""
    seen = collections.defaultdict(lambda: (set(), set()))
    for pid, r in roles_rows:
        m = PARTY_RE.match((r["title_or_party"] or "").strip())
        if m and pid in people:
            seen[pid][0].add(m.group(1)[0])
            if m.group(2):
                seen[pid][1].add(m.group(2))
    for pid, p in people.items():
        parties, states = seen.get(pid, (set(), set()))
        p["party"] = ""
        if len(parties) == 1:
            p["party"] = next(iter(parties)) + (" " + next(iter(states)) if len(states) == 1 else "")
        elif len(parties) > 1:
            log("two parties, none kept: %s (%s)" % (pid, "/".join(sorted(parties))))


def load_given_names():
    """The given names of `given_names.txt`, `word_names.txt` (names that are
    also words: "Mark", "Bill") and the rows of `nicknames.csv` (all in the
    gazetteer directory, maintained apart): {name: set of its forms}."""
    forms = collections.defaultdict(set)
    for fn in ("given_names.txt", "word_names.txt"):
        with open(os.path.join(GAZ_DIR, fn), encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    w = line.split()[0]
                    forms[w].add(w)
    with open(os.path.join(GAZ_DIR, "nicknames.csv"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or line == "names":
                continue
            row = split(line)
            for w in row:
                forms[w].update(row)
    return forms


def same_given(a, b, forms):
    """`a` and `b` may be one given name: equal, in one row of nicknames.csv
    ("Bobby", "Robert"), one a clipping of the other ("Chris", "Christopher")
    or two spellings ("Alyaksandr", "Aleksandr")."""
    import difflib
    a, b = ascii_fold(a).lower(), ascii_fold(b).lower()
    if a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))):
        return True
    fa = {w.lower() for w in forms.get(a.capitalize(), ())}
    if b in fa:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def other_persons_name(alias, name, aliases, forms):
    """True when `alias` is the full name of someone else that the source
    merged into the person called `name`: it opens with a common given name
    (see `load_given_names`) that is no form of any given name the person's own
    names hold, and `name` opens with a common given name too ("Ron Johnson" in Richard Johnson's row, "Rick Scott" in
    Robert Scott's, "Mark Kelly" in Mike Kelly's, "Cindy Hyde-Smith" in
    Christopher Smith's). A middle name the person goes by ("Woodrow Wilson"
    of Thomas Woodrow Wilson) and a nickname ("Bobby Scott") stay."""
    at, nt = alias.split(), name.split()
    if len(at) < 2 or len(nt) < 2 or at[0] not in forms or nt[0] not in forms:
        return False
    first = nt[0]
    own = {first}
    for other in [name] + aliases:
        given = [t for t in other.split()[:-1] if t.isalpha()]
        if any(same_given(t, first, forms) for t in given):
            own.update(given)  # 'Willard Mitt Romney', 'James Danforth Quayle'
    return not any(same_given(at[0], t, forms) for t in own)


MALE_TITLES = ("Lord", "Sir", "Baron", "Viscount", "Earl", "Marquess", "Duke", "King", "Prince")
FEMALE_TITLES = ("Lady", "Baroness", "Dame", "Viscountess", "Countess", "Duchess", "Queen",
                 "Princess", "Marchioness")


def other_persons_form(alias, name, gender, claims):
    """True when `alias` is a short or titled form of someone else merged into
    the person called `name`: a title of the other sex ("Lord Bradley" in
    Karen Bradley's row, "Lord Smith of Finsbury" in Chloe Smith's), or a
    surname form that ends like one of the other people's full names in
    `claims` and not like `name` ("De Sutter" in Alexander De Croo's row, whose
    "Petra De Sutter" was dropped)."""
    first = alias.split()[0]
    if (gender == "F" and first in MALE_TITLES) or (gender == "M" and first in FEMALE_TITLES):
        return True
    return (alias.split()[-1] != name.split()[-1]
            and any(c.endswith(" " + alias) for c in claims))


def load_people(src, extra_dir):
    rows = read_csv(os.path.join(src, "people.csv"))
    people = {}
    roles_rows = []
    for r in rows:
        pid = PERSON_MERGE.get(r["id"], r["id"])
        if pid in PERSON_DROP:
            continue
        p = people.setdefault(pid, {"id": pid, "names": [], "aliases": [], "gender": "",
                                    "countries": [], "singles": [], "sources": set()})
        p["names"].append(r["name"])
        p["aliases"] += [r["name"]] + split(r["aliases"])
        if r["gender"] and not p["gender"]:
            p["gender"] = r["gender"]
        if r["country"]:
            p["countries"].append(r["country"])
        p["sources"].add(r["source"])
        roles_rows.append((pid, r))
    # dedupe transliteration variants: same country, head role, same start date
    key = collections.defaultdict(set)
    for pid, r in roles_rows:
        role = r["role"].lower()
        if role in ("president", "prime minister", "monarch", "head of state", "head of government") \
                and r["valid_from"]:
            key[(r["country"], role, r["valid_from"])].add(pid)
    merge = {}
    import difflib

    def similar(a, b):
        fa = set(ascii_fold(people[a]["names"][0]).lower().replace("-", " ").split())
        fb = set(ascii_fold(people[b]["names"][0]).lower().replace("-", " ").split())
        ratio = difflib.SequenceMatcher(None, " ".join(sorted(fa)), " ".join(sorted(fb))).ratio()
        return bool(fa & fb) or ratio >= 0.75

    for k, ids in sorted(key.items()):
        ids = {i for i in ids if i in people}
        if len(ids) > 1:
            first = sorted(ids)[0]
            ids = {first} | {i for i in ids if i != first and similar(first, i)}
        if len(ids) > 1:
            ids = sorted(ids, key=lambda i: (-sum(1 for q, rr in roles_rows if q == i), i))
            for other in ids[1:]:
                if other not in merge:
                    merge[other] = ids[0]
                    log("person merge (same %s %s from %s): %s -> %s" % (k[0], k[1], k[2], other, ids[0]))
    for other, tgt in merge.items():
        while tgt in merge:
            tgt = merge[tgt]
        if other in people and tgt in people:
            po, pt = people.pop(other), people[tgt]
            pt["aliases"] += po["aliases"]
            pt["names"] += po["names"]
            pt["countries"] += po["countries"]
            pt["gender"] = pt["gender"] or po["gender"]
    roles_rows = [(merge.get(pid, pid), r) for pid, r in roles_rows]

    # extra people
    for r in read_optional(os.path.join(extra_dir, "extra_people.csv")):
        pid = r["id"]
        p = people.setdefault(pid, {"id": pid, "names": [], "aliases": [], "gender": "",
                                    "countries": [], "singles": [], "sources": {"extra"}})
        if r.get("name"):
            p["names"].insert(0, r["name"])
            p["name_fixed"] = r["name"]
        p["aliases"] += split(r.get("aliases"))
        p.setdefault("curated", set()).update(fix_name(a) for a in split(r.get("aliases")))
        if r.get("gender"):
            p["gender"] = r["gender"]
        if r.get("country"):
            p["country_fixed"] = r["country"]
        p["drop"] = set(split(r.get("drop")))

    # merge entries whose cleaned names are identical (source duplicates, extra vs source)
    by_name = collections.defaultdict(list)
    for pid, p in people.items():
        nm = p.get("name_fixed") or PERSON_NAME_FIX.get(pid) or fix_name(p["names"][0])
        by_name[ascii_fold(nm).lower()].append(pid)
    same = {}
    for nm, ids in sorted(by_name.items()):
        if len(ids) < 2:
            continue
        ids.sort(key=lambda i: ("extra" in people[i]["sources"], len(i), i))
        keep_id = ids[0]
        kc = {c for c in people[keep_id]["countries"] if c not in ("ZZ", "")}
        for other in ids[1:]:
            oc = {c for c in people[other]["countries"] if c not in ("ZZ", "")}
            if kc and oc and not (kc & oc) and not people[other].get("country_fixed"):
                log("same name, different countries, not merged: %s / %s" % (keep_id, other))
                continue
            po, pt = people.pop(other), people[keep_id]
            pt["aliases"] += po["aliases"]
            pt["names"] += po["names"]
            pt["countries"] += po["countries"]
            pt["gender"] = po.get("gender") or pt["gender"] if "extra" in po["sources"] else pt["gender"] or po["gender"]
            for k in ("name_fixed", "country_fixed", "drop"):
                if k in po and k not in pt:
                    pt[k] = po[k]
            same[other] = keep_id
            log("person merge (same name): %s -> %s" % (other, keep_id))
    roles_rows = [(same.get(pid, pid), r) for pid, r in roles_rows]
    party_of(people, roles_rows)

    forms = load_given_names()
    for pid, p in people.items():
        name = p.get("name_fixed") or PERSON_NAME_FIX.get(pid) or fix_name(p["names"][0])
        p["name"] = name
        als, singles = [], []
        fixed = [fix_name(a) for a in p["aliases"]]
        curated = p.get("curated", ())
        # Other people's full names the source merged in: dropped from this
        # person but still claimed (see main), so that a string another entry
        # also holds stays ambiguous rather than going to that entry.
        claims = [a for a in uniq(fixed)
                  if a not in curated and other_persons_name(a, name, fixed, forms)]
        p["claims"] = with_folded(claims)
        for a in uniq([name] + p["aliases"]):
            a = fix_name(a)
            if a in p.get("drop", ()):
                continue
            if a in claims:
                log("other person's name dropped from %s: %r" % (pid, a))
                continue
            if a not in curated and other_persons_form(a, name, p["gender"], claims):
                log("other person's name dropped from %s: %r" % (pid, a))
                p["claims"].append(a)
                continue
            if len(a.split()) == 1 and len(name.split()) > 1:
                singles.append(a)
                continue
            if name.endswith(" " + a) and len(name.split()) > len(a.split()):
                singles.append(a)  # surname-only form such as 'von der Leyen', 'Le Drian'
                continue
            if junk_short_form(a, name):
                continue
            if a.startswith("Lord ") and " of " in name and " of " not in a:
                # 'Lord Wimbledon' from 'Lord Ahmad of Wimbledon' -> use 'Lord Ahmad'
                a = name.split(" of ")[0]
            if a.split()[0] in ("Representatives", "Swiss", "Spanish", "Republic", "June"):
                continue
            als.append(a)
        p["aliases"] = with_folded(uniq(als))
        p["singles"] = uniq(singles)
        if p.get("country_fixed"):
            p["country"] = p["country_fixed"]
        else:
            cs = [c for c in p["countries"] if c not in ("ZZ", "")]
            if "GBR" in cs and pid in ("per:charles-iii", "per:elizabeth-ii"):
                p["country"] = "GBR"
            elif cs:
                p["country"] = collections.Counter(cs).most_common(1)[0][0]
            else:
                p["country"] = p["countries"][0] if p["countries"] else ""
    return people, roles_rows


def surname_of(name):
    toks = [t for t in name.split() if not ROMAN.match(t) and t not in ("Jr.", "Sr.", "Jr", "Sr")]
    return toks[-1] if toks else name


# ---------------------------------------------------------------------------
# Offices
# ---------------------------------------------------------------------------

def key_is_head(role_s):
    return ROLE_MAP.get(role_s) in ("head_of_state", "head_of_government")


def build_offices(roles_rows, people, extra_dir):
    offices = []
    unmapped = collections.Counter()
    for pid, r in roles_rows:
        if pid not in people:
            continue
        role_s = r["role"].strip().lower()
        if role_s in ("head of state", "head of government") and not re.match(
                r"(General|Pope|Prime|Interim Prime|Minister|Acting Minister of State|Chairperson|Taliban Leader|Chair|Lt\. Col\.)\b",
                r["title_or_party"] or ""):
            log("generic %s row dropped: %s (%s)" % (role_s, pid, r["title_or_party"][:40]))
            continue
        if re.search(r"\b(Deputy|Vice|President-elect|represented by)\b", r["title_or_party"] or "") \
                and key_is_head(role_s):
            continue
        key = ROLE_MAP.get(role_s)
        if not key:
            unmapped[r["role"]] += 1
            continue
        country = ROLE_ORG.get(role_s, r["country"])
        if country == "ZZ":
            continue  # an international post without a known organization
        if key == "head_of_state" and r["role_type"] == "head of state" and role_s == "monarch":
            key = "monarch"
        vf, vt = norm_date(r["valid_from"]), norm_date(r["valid_to"])
        offices.append({"person_id": pid, "role": key, "country": country,
                        "valid_from": vf, "valid_to": vt,
                        "upper_bound": r["valid_to"].startswith("<=")})
    for r in read_optional(os.path.join(extra_dir, "extra_offices.csv")):
        if r["person_id"] not in people:
            log("extra office for unknown person %s dropped" % r["person_id"])
            continue
        if r["role"] not in ROLES:
            log("extra office with unknown role %s dropped" % r["role"])
            continue
        offices.append({"person_id": r["person_id"], "role": r["role"], "country": r["country"],
                        "valid_from": norm_date(r["valid_from"]), "valid_to": norm_date(r["valid_to"]),
                        "upper_bound": False})
    # dedupe; merge contiguous/identical rows of the same person+role+country
    seen = {}
    for o in offices:
        k = (o["person_id"], o["role"], o["country"], o["valid_from"])
        if k in seen:
            prev = seen[k]
            # prefer a real end over an upper bound, and an end over nothing
            if prev["upper_bound"] and not o["upper_bound"] and o["valid_to"]:
                prev["valid_to"], prev["upper_bound"] = o["valid_to"], False
            continue
        seen[k] = o
    offices = list(seen.values())
    # same person, role and country with overlapping periods (e.g. source and extra file
    # disagree on the start date): keep one row spanning both
    grp = collections.defaultdict(list)
    for o in offices:
        grp[(o["person_id"], o["role"], o["country"])].append(o)
    merged = []
    for k, rows in grp.items():
        rows.sort(key=lambda o: o["valid_from"] or "0000")
        cur = rows[0]
        for o in rows[1:]:
            end = cur["valid_to"] or "9999"
            if o["valid_from"] and o["valid_from"] < end:
                if not o["valid_to"] or not cur["valid_to"]:
                    cur["valid_to"] = "" if not (o["valid_to"] and cur["valid_to"]) else cur["valid_to"]
                    if not o["valid_to"] or not cur["valid_to"]:
                        cur["valid_to"] = ""
                elif o["valid_to"] > cur["valid_to"]:
                    cur["valid_to"] = o["valid_to"]
                log("office rows merged: %s %s %s from %s" % (k + (o["valid_from"],)))
                continue
            merged.append(cur)
            cur = o
        merged.append(cur)
    offices = merged
    # trim overlaps for single-holder posts
    groups = collections.defaultdict(list)
    for o in offices:
        groups[(o["country"], o["role"])].append(o)
    for (country, role), grp in groups.items():
        if role not in SINGLE_HOLDER:
            continue
        grp.sort(key=lambda o: (o["valid_from"] or "0000", o["person_id"]))
        for a, b in zip(grp, grp[1:]):
            if not a["valid_from"] or not b["valid_from"]:
                continue
            if a["person_id"] == b["person_id"]:
                continue
            if (not a["valid_to"] or a["valid_to"] > b["valid_from"]) and b["valid_from"] > a["valid_from"]:
                if a["upper_bound"] or not a["valid_to"]:
                    log("office trimmed: %s %s %s valid_to %s -> %s (successor %s)"
                        % (a["person_id"], role, country, a["valid_to"] or "open", b["valid_from"], b["person_id"]))
                    a["valid_to"] = b["valid_from"]
                elif country in ("CHE",):
                    pass
                else:
                    log("office overlap left: %s and %s (%s %s)" % (a["person_id"], b["person_id"], country, role))
    offices.sort(key=lambda o: (o["person_id"], o["valid_from"], o["role"], o["country"]))
    return offices, unmapped


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", nargs="?", default=DEFAULT_SOURCES)
    ap.add_argument("--out", default=GAZ_DIR)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS,
                    help="JSONL news text whose lowercase words mark ordinary-word aliases")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every resolved conflict")
    args = ap.parse_args()
    src, out, extra_dir = args.sources, args.out, HERE
    if not os.path.isdir(src):
        sys.exit("sources directory not found: %s" % src)
    if not os.path.isfile(args.corpus):
        sys.exit("corpus not found: %s (give one with --corpus)" % args.corpus)
    counts = lowercase_counts(args.corpus)

    states = load_states(src, extra_dir)
    orgs = load_orgs(src, extra_dir)
    people, roles_rows = load_people(src, extra_dir)

    # ---- filter aliases, then enforce global uniqueness
    reg = AliasRegistry()
    dropped = collections.Counter()

    def clean(entry_id, field, values, name=None, hand_written=()):
        kept = []
        for a in uniq(values):
            why = bad_alias(a, name, a in hand_written)
            if why:
                dropped[why] += 1
                continue
            kept.append(a)
        for a in kept:
            reg.add(entry_id, field, a)
        return kept

    for s in states.values():
        seen = set()
        for f in ("aliases", "metonyms", "demonyms", "government_aliases"):
            vals = [a for a in s[f] if a not in seen]
            seen |= set(vals)
            s[f] = clean(s["id"], f, vals)
    for o in orgs.values():
        if not o.get("curated"):
            ordinary = [a for a in uniq(o["aliases"])
                        if not bad_alias(a) and ordinary_word_alias(a, o["type"], counts)]
            for a in ordinary:
                dropped["ordinary word"] += 1
                log("ordinary word %r dropped from %s" % (a, o["id"]))
            o["aliases"] = [a for a in o["aliases"] if a not in ordinary]
        o["aliases"] = clean(o["id"], "aliases", o["aliases"], hand_written=o.get("hand_written", ()))
    for p in people.values():
        p["aliases"] = clean(p["id"], "aliases", p["aliases"])
        # a dropped other person's name still counts as claimed: a second
        # entry that holds it does not get it alone ("Chris Smith", dropped from
        # Chloe Smith, stays ambiguous with Christopher Smith)
        for a in uniq(p["claims"]):
            if not bad_alias(a):
                reg.add(p["id"], "claims", a)
    # tiers: sovereign states 0, hand-curated organizations and well-known people 1,
    # territories and other entries 2
    for s in states.values():
        reg.tier[s["id"]] = 0 if s["type"] == "state" else 2
    for o in orgs.values():
        reg.tier[o["id"]] = 1 if o.get("curated") else 2
    for p in people.values():
        reg.tier[p["id"]] = 2
    owner = reg.resolve()

    def keep(entry_id, vals):
        return [a for a in vals if owner.get(a) == entry_id]

    for s in states.values():
        for f in ("aliases", "metonyms", "demonyms", "government_aliases"):
            s[f] = keep(s["id"], s[f])
    for o in orgs.values():
        o["aliases"] = keep(o["id"], o["aliases"])
    for p in people.values():
        p["aliases"] = keep(p["id"], p["aliases"])

    # drop organizations left without any alias
    empty_orgs = [i for i, o in orgs.items() if not o["aliases"]]
    for i in empty_orgs:
        del orgs[i]

    # ---- short (surname-only) forms for prominent people
    short_wanted = collections.OrderedDict()
    for r in read_optional(os.path.join(extra_dir, "extra_short.csv")):
        short_wanted[r["person_id"]] = split(r["short"])
    surname_count = collections.Counter()
    for p in people.values():
        for s in set([surname_of(p["name"])] + p["singles"] + [surname_of(a) for a in p["aliases"]]):
            surname_count[s] += 1
    all_aliases = set(owner)
    for p in people.values():
        p["short"] = []
    for pid, shorts in short_wanted.items():
        if pid not in people:
            log("short form for unknown person %s" % pid)
            continue
        for s in shorts:
            forced = s.endswith("!")
            s = s.rstrip("!")
            if forced and s not in all_aliases:
                people[pid]["short"].append(s)
                if surname_count.get(s, 0) > 1:
                    log("short %r for %s kept by curation although %d people share the surname"
                        % (s, pid, surname_count[s]))
            elif surname_count.get(s, 0) > 1:
                log("short %r for %s rejected: surname shared by %d people" % (s, pid, surname_count[s]))
            elif s in all_aliases:
                log("short %r for %s rejected: also an alias of %s" % (s, pid, owner.get(s)))
            else:
                people[pid]["short"].append(s)

    # ---- offices
    offices, unmapped = build_offices(roles_rows, people, extra_dir)
    used_roles = {o["role"] for o in offices}
    for r in used_roles - set(ROLES):
        sys.exit("role %s used in offices but not defined" % r)

    # ---- write
    write_csv(os.path.join(out, "states.csv"),
              ["id", "name", "type", "aliases", "metonyms", "demonyms", "government_aliases"],
              [[s["id"], s["name"], s["type"], "|".join(s["aliases"]), "|".join(s["metonyms"]),
                "|".join(s["demonyms"]), "|".join(s["government_aliases"])]
               for s in sorted(states.values(), key=lambda s: s["id"])])
    write_csv(os.path.join(out, "organizations.csv"), ["id", "name", "type", "aliases", "country"],
              [[o["id"], o["name"], o["type"], "|".join(o["aliases"]), o["country"]]
               for o in sorted(orgs.values(), key=lambda o: o["id"])])
    people_rows = []
    for p in sorted(people.values(), key=lambda p: p["id"]):
        if not p["aliases"]:
            log("person without unique alias dropped: %s (%s)" % (p["id"], p["name"]))
            continue
        # A person's country is a state; holders of international posts
        # whose source gives the organization ("NATO") get ZZ.
        country = p["country"] if not p["country"] or p["country"] in states else "ZZ"
        people_rows.append([p["id"], p["name"], "|".join(p["aliases"]), p["gender"], country,
                            "|".join(p["short"]), p["party"]])
    kept_people = {r[0] for r in people_rows}
    write_csv(os.path.join(out, "people.csv"), ["id", "name", "aliases", "gender", "country", "short",
                                                        "party"],
              people_rows)
    offices = [o for o in offices if o["person_id"] in kept_people]
    write_csv(os.path.join(out, "offices.csv"), ["person_id", "role", "country", "valid_from", "valid_to"],
              [[o["person_id"], o["role"], o["country"], o["valid_from"], o["valid_to"]] for o in offices])
    write_csv(os.path.join(out, "roles.csv"), ["role", "forms"], [[k, v] for k, v in ROLES.items()])

    # ---- report
    n_alias = (sum(len(s[f]) for s in states.values()
                   for f in ("aliases", "metonyms", "demonyms", "government_aliases"))
               + sum(len(o["aliases"]) for o in orgs.values())
               + sum(len(r[2].split("|")) + (len(r[5].split("|")) if r[5] else 0) for r in people_rows))
    conflicts = [l for l in LOG if l.startswith("conflict")]
    other = [l for l in LOG if not l.startswith("conflict")]
    print("states:        %d" % len(states))
    print("organizations: %d (%d dropped: no unique alias left)" % (len(orgs), len(empty_orgs)))
    print("people:        %d" % len(people_rows))
    print("offices:       %d" % len(offices))
    print("roles:         %d" % len(ROLES))
    print("aliases total: %d" % n_alias)
    print("aliases filtered: %s" % dict(dropped))
    print("alias conflicts resolved: %d (kept for dominant entry: %d)"
          % (len(conflicts), sum(1 for c in conflicts if ": kept for" in c)))
    if unmapped:
        print("source roles not kept as offices: %d kinds, %d rows" % (len(unmapped), sum(unmapped.values())))
    for l in (LOG if args.verbose else other + [c for c in conflicts if ": kept for" in c]):
        print("  " + l)
    if not args.verbose:
        print("  (%d alias conflicts dropped everywhere; run with -v to list them)"
              % sum(1 for c in conflicts if ": kept for" not in c))


if __name__ == "__main__":
    main()
