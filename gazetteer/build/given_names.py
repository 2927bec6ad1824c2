#!/usr/bin/env python3
"""Write gazetteer/given_names.txt: common given names, one a line.

Source: the US Census 1990 first-name files (public domain) as the `names`
package on PyPI bundles them (`pip download --no-deps names`, unpack, and
pass the directory that holds `dist.female.first` and `dist.male.first`).
The names are kept title-cased, in the files' order (female then male,
each by frequency), each once, each with its sex where the files show a
clear one, for pronouns ("Paula Reyes ... she said"): "Mary f", "James m",
a bare name where the sex is unclear. Clear means 90% or more of the name's
frequency (percent of its sex in the files) in one file; a name in one file
only is of that sex when its frequency there is 0.003% or more (rarer ones
are often spellings of foreign names whose sex the US files do not know:
"Wei", "Ming", "Yuri"), unless ABROAD lists it.

Left out (so that a capitalized word before a listed surname is another
person's given name only when news would not write it for something else):
- names that are also lowercase words of a word list (`/usr/share/dict/words`,
  Debian's wamerican), "Will", "Rich", "Young", "Grant", "Page", "Hope",
  "King", "Major", unless KEEP lists them as mostly names ("Hunter", "Beau");
- US states and the words of their names ("Virginia", "Georgia",
  "Carolina", "Dakota"), large US cities ("Dallas", "Austin"), and towns,
  districts and cities news names more often than people ("Chelsea",
  "Preston", "Shelby", "Helena", "Odessa", "Geneva");
- the months ("April", "June", "August");
- NOT_NAMES: faiths, peoples, feasts, brands, presidents' surnames.
Added: EXTRA and WORLD, given names the US files lack.
Names the loader finds as aliases of the gazetteer (countries, capitals,
listed surnames: "Israel", "Kerry") are dropped there, not here.

Usage: python3 gazetteer/build/given_names.py NAMES_DATA_DIR [WORDS]
"""

import sys
from pathlib import Path

# Lowercase words that are still mostly given names when capitalized
# before a surname (diminutives, names whose word sense news seldom
# capitalizes before a name).
KEEP = """
Maria Carol Heather Rose Bonnie Ruby Robin Sally Holly Sue Colleen Terry
Patsy Penny Sandy Patty Pat Phoebe Sibyl Hazel Daisy Violet Lily Ivy
Jasmine Kitty Dolly Marina Margarita John Bobby Billy Tony Randy Jimmy
Mickey Frank Martin Jack Mike Peter Roger Harry Don Tom Derrick Glen
Hector Rick Brad Lance Ken Bob Matt Nick Josh Ed Rob Rod Cliff Curt Hank
Herb Barney Dirk Hunter Beau Troy Victor Warren Sonny Heath Jasper Wade
Reed Mason Tanner Garret Jarred Eddy Emery Homer Basil Barb Deb Meg Peg
Gene Ray Jay Dale Noel Lee
""".split()

# Given names absent from the 1990 files that world news often writes
# before a family name it shares with a better-known relative.
EXTRA = """
Ivanka Ivana Lachlan Barron
""".split()

# Common given names of the English-language press of Nigeria (Yoruba,
# Igbo, Hausa), Ghana, Kenya, South Africa, Pakistan, Malaysia and Ireland
# that the US files lack, with no sex: so that a name in apposition after
# a capitalized title looks like a person's ("The Senate President,
# Godswill Akpabio, said"; "The Mayor, Milton Keynes," is none), as a name
# the census knows does. (No word of the word list but the rare noun
# "wale", no place, no title.)
WORLD = """
Olusegun Segun Babajide Babatunde Tunde Adebayo Ademola Adewale Adeola
Ayodele Ayo Olufemi Femi Folake Folashade Funmilayo Funmi Kehinde Taiwo
Idowu Oluwaseun Seun Olayemi Yemi Kayode Kunle Dapo Dayo Bukola Bisi
Lanre Gbenga Yinka Tolu Temitope Toyin Olumide Jide Rotimi Muyiwa Debo
Niyi Akinwumi Lateef Kemi Olamide Adekunle Abiodun Bolanle Yetunde
Modupe Omotola Oluwatoyin Wale Ade
Chukwuma Chinedu Emeka Chidi Uche Nnamdi Ikechukwu Obinna Chiamaka Ngozi
Chioma Adaeze Nkechi Ifeanyi Chinonso Kelechi Chibuike Okey Nneka Amaka
Obiageli Ebere Godswill Onyeka Chukwudi Uzoma Ifeoma
Abdullahi Aminu Musa Muhammadu Muhammad Umaru Garba Haruna Nuhu Aliyu
Kabiru Shehu Yahaya Zainab Hadiza Bilkisu Rabiu Babangida Nasiru
Abdulrahman Abdulaziz
Kwame Kofi Kwaku Kwabena Kojo Akosua Efua Abena
Wanjiru Wanjiku Njeri Achieng Atieno Akinyi Kiprono
Thabo Sipho Themba Thandi Nomvula Nkosazana Lindiwe Fikile Naledi Bheki
Senzo Thulani Sibusiso Bongani Lwazi Ayanda Khanyisile Nomsa Zodwa Mpho
Lerato Palesa Tshepo Kagiso Karabo Refilwe Siyabonga Mondli Xolani
Shehbaz Bilawal Tariq Zubair Junaid Ishaq Ahsan Saima Hina Fawad Qamar
Naveed Waqar Shoaib Hamza Bilal Zulfikar Pervez Farooq Ayaz Khurshid
Ghulam Asad Shafqat Murtaza Mumtaz
Saifuddin Fahmi Nurul Siti Mohd Mohamad
Micheál Seán Pádraig Sinéad Siobhán Aoife Niamh Ciarán Éamon Eamon
Darragh Cian Oisín Róisín Aengus Ruairí Caoimhe Saoirse Orla Gearóid
Diarmuid Donal Dónal Fionnuala Máire Mairéad Bríd Clodagh Eoin Eoghan
Colm Fergal Séamus
""".split()

# Given names the US files give one sex that other countries give the
# other or both ("Jean", "Andrea", "Nicola", "Simone", "Michele" are men in
# France or Italy; "Ashley", "Hilary" men in Britain; "Sasha", "Nikita",
# "Misha" Russian men; Chinese syllables either), and Chinese, Korean and
# Vietnamese family names, which news writes first ("Lu Kang", "Yu
# Zhengsheng", "Jung Eun-kyung"): no sex. Also men's names in Europe that
# the US files give women ("Ola", "Marian", "Vivian", "Eden", "Shay", "Bo"
# either), French women's names the files give men ("Laurence", "Camille"
# either), Vietnamese names of either sex ("Anh", "Linh"), and names
# that went from one sex to both, or to the other, since 1990 ("Avery",
# "Logan", "Hayden", "Cameron", "Ashton", "Charlie", "Riley", "Parker").
ABROAD = """
Jean Andrea Nicola Simone Michele Daniele Gabriele Elia Ashley Hilary Sasha
Sacha Misha Nikita Yuri Toni Joan Kai Li Wei Ming Yan Ying Hong Jun Hui Mei
Lan Lin Yu Su Lu Lai Jung
Ola Marian Vivian Eden Shay Bo Laurence Camille Anh Linh Kyung Chun Hoa Mai
Hai Tuan
Avery Logan Hayden Cameron Ashton Charlie Riley Parker Emerson Harley Rory
Mackenzie Kelsey Blake Sidney Jo
""".split()

MONTHS = """January February March April May June July August September
October November December""".split()

PLACES = """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware
Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana
Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma
Oregon Pennsylvania Rhode Island Tennessee Texas Utah Vermont Virginia
Washington Wisconsin Wyoming
Austin Dallas Houston Denver Phoenix Charlotte Jackson Madison Tyler
Savannah Sydney Paris Florence Lincoln Cleveland Memphis Orlando Raleigh
Augusta Aurora Columbus Jordan Chad Kenya Asia Africa America Israel India
China Sharon Berlin Vienna Venice Regina Victoria Alexandria Eugene
Santiago Tijuana Valencia Milan Trinidad Shasta Cheyenne Angeles Argentina
France Dominica Burma Kent Devon Stanford Cornell
Chelsea Preston Shelby Helena Bradford Chester Odessa Marietta Carmel
Trenton Modesto Geneva Adelaide Darwin Verona
""".split()

# Capitalized words that are names in the 1990 files but that news writes
# before a surname for something else: faiths and peoples ("evangelical
# Christian Trump voters", "Irish", "Latina", "Sunni", "German"), feasts
# and days, brands, the surnames of US presidents ("the Clinton Trump
# race"), ideologies, titles and parties ("Earl Spencer", "Tory Johnson
# government"), and name particles or debris of two letters ("Le").
NOT_NAMES = """
Christian Irish Latina Sunni German Jesus Krishna Isis Marx Mao Easter
Sunday Santa Mercedes Porsche Madonna Clinton Carter Reagan Truman Jefferson
Monroe Roosevelt Wilson Johnson Kennedy Nixon Ford Lincoln Garfield Del Le
Na Ta Fe Wm Earl Tory
""".split()


def sex_of(name, freq):
    """" f" or " m" when the files show `name` clearly of one sex, else ""."""
    if name in ABROAD:
        return ""
    f, m = freq["female"].get(name, 0.0), freq["male"].get(name, 0.0)
    if f and m:
        share = max(f, m) / (f + m)
        return (" f" if f > m else " m") if share >= 0.9 else ""
    if max(f, m) >= 0.003:
        return " f" if f else " m"
    return ""


def main():
    src = Path(sys.argv[1])
    words_file = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/words"
    words = {w.strip() for w in open(words_file, encoding="utf-8", errors="replace")}
    keep, drop = set(KEEP), set(MONTHS) | set(PLACES) | set(NOT_NAMES)
    freq = {"female": {}, "male": {}}
    for part in freq:
        for line in open(src / f"dist.{part}.first", encoding="ascii"):
            name, pct = line.split()[:2]
            freq[part][name.capitalize()] = float(pct)
    out, seen = [], set()
    for part in ("female", "male"):
        for line in open(src / f"dist.{part}.first", encoding="ascii"):
            name = line.split()[0].capitalize()
            if name in seen:
                continue
            seen.add(name)
            if name in drop or (name.lower() in words and name not in keep):
                continue
            out.append(name + sex_of(name, freq))
    for name in EXTRA + WORLD:
        if name not in seen:
            seen.add(name)
            out.append(name)
    dest = Path(__file__).resolve().parent.parent / "given_names.txt"
    with open(dest, "w", encoding="utf-8") as f:
        f.write(
            "# Common given names, one a line (generated by build/given_names.py;\n"
            "# do not edit by hand). From the US Census 1990 first-name files,\n"
            "# public domain; see README.md. A name is followed by its sex, f or m,\n"
            "# where 90% or more of its frequency in the files is of that sex.\n"
        )
        f.write("\n".join(out) + "\n")
    print(f"{len(out)} names -> {dest}")


if __name__ == "__main__":
    main()
