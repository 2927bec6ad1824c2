use super::*;

#[test]
fn word_tables_find_what_a_set_finds() {
    // The three tables against plain sets: every word of the real
    // texts; every listed word as it is, with "-elect", in other
    // cases, cut, lengthened and with each byte changed (the same key
    // when that byte is neither of the first two nor of the last two);
    // short, empty, NUL and non-ASCII words; random words of listed
    // pieces.
    use std::collections::HashSet;
    let titles: HashSet<&str> = TITLE_WORDS.iter().copied().collect();
    let orgs: HashSet<&str> = ORG_WORDS.iter().chain(COMPANY_SUFFIXES).copied().collect();
    let suffixes: HashSet<&str> = COMPANY_SUFFIXES
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "Group" | "Bank" | "Company" | "Corporation"))
        .collect();
    let mut words: Vec<String> = Vec::new();
    for text in crate::attribution::rules::real_texts() {
        words.extend(text.split_whitespace().map(str::to_string));
        words.extend(
            text.split(|c: char| !c.is_alphanumeric())
                .map(str::to_string),
        );
    }
    let listed: Vec<&str> = TITLE_WORDS
        .iter()
        .chain(ORG_WORDS)
        .chain(COMPANY_SUFFIXES)
        .copied()
        .collect();
    for w in &listed {
        let b = w.as_bytes();
        words.extend([
            w.to_string(),
            format!("{w}-elect"),
            format!("{w}-elec"),
            format!("{w}s"),
            format!("x{w}"),
            w.to_lowercase(),
            w.to_uppercase(),
            // (By characters: "Tánaiste".)
            w.char_indices()
                .last()
                .map_or(String::new(), |(i, _)| w[..i].to_string()),
            w.chars().skip(1).collect(),
        ]);
        for i in 0..b.len() {
            for c in [b'x', b'.', 0, b'e'] {
                let mut v = b.to_vec();
                v[i] = c;
                // (A byte of a letter outside ASCII changed gives no
                // text: skipped.)
                if let Ok(v) = String::from_utf8(v) {
                    words.push(v);
                }
            }
        }
    }
    words.extend(
        [
            "",
            "M",
            "A",
            ".",
            "\0",
            "\0\0",
            "Mr",
            "Dr",
            "é",
            "Müller",
            "Präsident",
            "-elect",
            "Institutes",
            "Industries",
            "Inxxxxxxes",
        ]
        .map(str::to_string),
    );
    let mut pieces = listed.clone();
    pieces.extend(["-", "elect", ".", "s", "r", "M", "é", "\0"]);
    let mut seed = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20_000 {
        let n = 1 + crate::next_random(&mut seed) % 3;
        words.push(
            (0..n)
                .map(|_| pieces[(crate::next_random(&mut seed) % pieces.len() as u64) as usize])
                .collect(),
        );
    }
    let mut found = [0; 3];
    for w in &words {
        let title = titles.contains(w.strip_suffix("-elect").unwrap_or(w));
        assert_eq!(is_title_word(w), title, "title {w:?}");
        assert_eq!(is_org_word(w), orgs.contains(w.as_str()), "org {w:?}");
        assert_eq!(
            is_name_suffix(w),
            suffixes.contains(w.as_str()),
            "suffix {w:?}"
        );
        found[0] += title as usize;
        found[1] += orgs.contains(w.as_str()) as usize;
        found[2] += suffixes.contains(w.as_str()) as usize;
    }
    assert!(
        found.iter().all(|&n| n > 100),
        "{found:?} in {} words",
        words.len()
    );
}

#[test]
fn a_word_table_tells_apart_words_of_one_key_and_bucket() {
    // Eight words in 64 buckets, four of one key (first two bytes,
    // last two, length), so a bucket of several words.
    const WORDS: [&str; 8] = [
        "Institutes",
        "Industries",
        "Inxxxxxxes",
        "Iny.....es",
        "ab",
        "abab",
        "aab",
        "b",
    ];
    static TABLE: WordTable<64, 8> = WordTable::new(&WORDS);
    assert!(
        TABLE.buckets.iter().any(|&e| e >> 8 > 1),
        "no bucket of two words"
    );
    for w in WORDS {
        assert!(TABLE.contains(w), "{w:?}");
    }
    for w in [
        "Inzzzzzzes",
        "Institutez",
        "a",
        "abb",
        "bab",
        "ba",
        "bb",
        "",
        "Iny....es",
    ] {
        assert!(!TABLE.contains(w), "{w:?}");
    }
}

/// The pieces of the random phrases of the word-walk tests: each word
/// of `listed`, capitalized, with an "s" and with its last byte cut,
/// and each of `extra`, every piece with and without a space after.
fn phrase_pieces<'w>(listed: impl Iterator<Item = &'w &'w str>, extra: &[&str]) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    for w in listed {
        let mut cap = w.to_string();
        cap[..1].make_ascii_uppercase();
        pieces.extend([
            w.to_string(),
            cap,
            format!("{w}s"),
            w[..w.len() - 1].to_string(),
        ]);
    }
    pieces.extend(extra.iter().map(|w| w.to_string()));
    pieces
        .iter()
        .flat_map(|p| [format!("{p} "), p.clone()])
        .collect()
}

#[test]
fn object_start_as_by_the_lists() {
    // Every listed word, its capitalized and longer forms, words that
    // share an office noun's first eight bytes, non-ASCII words and
    // empty words, in random phrases; and every phrase of the real
    // texts' sentences cut at each comma.
    let pieces = phrase_pieces(
        NAME_PREPOSITIONS
            .iter()
            .chain(OFFICE_NOUNS)
            .chain(&["who", "whose", "which", "that", "CEO", "CFO", "COO"]),
        &[
            "commissioned",
            "presidential",
            "secretariat",
            "chairwomen",
            "a",
            "the",
            "John",
            "Kerry",
            "économiste",
            "Émile",
            "ärzte",
            "x\0",
            "by\0",
            "",
            "spokesman",
            "wife",
            "Secretary",
            "State",
            "8bytes12",
        ],
    );
    let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
    let mut seed = 0x005e_ed0b_1ec7_u64;
    let mut found = 0;
    for _ in 0..200_000 {
        let t = crate::random_text(&mut seed, &pieces, 9);
        let got = object_start(&t);
        assert_eq!(got, object_start_plain(&t), "{t:?}");
        found += got.is_some() as usize;
    }
    assert!(found > 10_000);
    for text in crate::attribution::rules::real_texts() {
        for part in text.split([',', '.', '"', '\n']) {
            let t = part.trim();
            assert_eq!(object_start(t), object_start_plain(t), "{t:?}");
        }
    }
}

#[test]
fn head_word_as_by_the_lists() {
    // Every listed word, its capitalized and longer forms, speaker
    // nouns, names, acronyms, participles in "-ed", non-ASCII words
    // and empty words, in random phrases; and every phrase of the
    // real texts' sentences cut at each comma.
    let lx = Lexicon::default_data().unwrap();
    let pieces = phrase_pieces(
        NAME_PREPOSITIONS.iter().chain(POST_WORDS).chain(&["whose"]),
        &[
            "familiarity",
            "closed",
            "polled",
            "Polled",
            "asked",
            "quoted",
            "spokesman",
            "spokeswoman",
            "officials",
            "Officials",
            "analyst",
            "source",
            "CEO",
            "MP",
            "Department",
            "Health",
            "John",
            "Kerry",
            "the",
            "a",
            "économiste",
            "Émile",
            "ärzte",
            "x\0",
            "",
            "8bytes12",
        ],
    );
    let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
    let mut seed = 0x5eed_0063_4ead_u64;
    let mut before_post = 0;
    for _ in 0..200_000 {
        let t = crate::random_text(&mut seed, &pieces, 9);
        let got = head_word(&t, &lx);
        let want = head_word_plain(&t, &lx);
        assert_eq!(got, want, "{t:?}");
        // (The same piece of `t`, not only the same word.)
        assert_eq!(got.as_ptr(), want.as_ptr(), "{t:?}");
        before_post += !t.ends_with(got) as usize;
    }
    assert!(before_post > 1_000, "{before_post}");
    for text in crate::attribution::rules::real_texts() {
        for part in text.split([',', '.', '"', '\n']) {
            let t = part.trim();
            assert_eq!(head_word(t, &lx), head_word_plain(t, &lx), "{t:?}");
        }
    }
}

#[test]
fn lower_joined_is_join_then_lowercase() {
    for words in [
        &[][..],
        &["Lavrov"],
        &["De", "Vries"],
        &["VAN", "der", "Berg"],
        &["Müller", "KÜHN"],
        &["İstanbul"],
        &[
            "Abcdefghijklmnopqrstuvwxyz",
            "Abcdefghijklmnopqrstuvwxyz",
            "ABCDEFGHIJ",
        ],
        &[
            "Abcdefghijklmnopqrstuvwxyz",
            "Abcdefghijklmnopqrstuvwxyz",
            "ABCDEFGHIJK",
        ],
        &[
            "Abcdefghijklmnopqrstuvwxyz",
            "Abcdefghijklmnopqrstuvwxyz",
            "ABCDEFGHIJKL",
        ],
        &["", ""],
    ] {
        assert_eq!(
            lower_joined(words),
            words.join(" ").to_lowercase(),
            "{words:?}"
        );
        assert_eq!(
            &*lower_joined_in(words, &mut [0; 64]),
            words.join(" ").to_lowercase().as_bytes(),
            "{words:?}"
        );
    }
    // Random words of ASCII and other letters, up to past the buffer.
    let pieces = [
        "Ab",
        "DE",
        "vries",
        "Ü",
        "ß",
        "İ",
        "x",
        "Abcdefghij",
        "",
        "KL-",
        "@[`{Z",
    ];
    let mut seed = 0x10ee_d0c5_0000_0024u64;
    for _ in 0..20_000 {
        let n = (crate::next_random(&mut seed) % 5) as usize;
        let words: Vec<String> = (0..n)
            .map(|_| crate::random_text(&mut seed, &pieces, 12))
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        assert_eq!(
            &*lower_joined_in(&words, &mut [0; 64]),
            words.join(" ").to_lowercase().as_bytes(),
            "{words:?}"
        );
        // (Bytes left in the buffer past the words are not read.)
        assert_eq!(
            &*lower_joined_in(&words, &mut [0xC3; 64]),
            words.join(" ").to_lowercase().as_bytes(),
            "{words:?}"
        );
    }
    // Every ASCII byte, at every place of the eight.
    for c in 0u8..0x80 {
        for at in 0..8 {
            let mut w = *b"abcdefgh";
            w[at] = c;
            let w = std::str::from_utf8(&w).unwrap();
            assert_eq!(
                &*lower_joined_in(&[w], &mut [0; 64]),
                w.to_lowercase().as_bytes(),
                "{w:?}"
            );
        }
    }
}

#[test]
fn name_in_rejects_only_what_the_word_rules_reject() {
    let phrases = [
        "",
        " ",
        "he",
        "He",
        "officials",
        "Officials",
        "a spokesman for the ministry",
        "a spokesman for Sen. Tom Briggs",
        "Sen. Tom Briggs",
        "Sen. Tom Briggs ",
        "Jan de Vries",
        "Jan de",
        "de Vries",
        "Union chairwoman Petra Kühn",
        "Petra kühn",
        "Öztürk",
        "öztürk",
        "Ölaf\u{A0}Berg",
        "Ölaf\u{A0}berg\u{2003}",
        "İsmail",
        "MSNBC's Chris Matthews",
        "the local MP, Joan Ellis",
        "economists polled by Reuters",
        "The Department of Health and Human Services",
        "Chief of Staff Katie Walsh",
        "a California Democrat",
        "a statement issued Tuesday",
        "CEO",
        "Alice\tWong\n",
        "1999",
        "Ellis,",
        "“Ellis”",
    ];
    for t in phrases {
        for objects in [false, true] {
            assert_eq!(
                name_in(t, objects),
                name_in_words(t, objects),
                "{t:?} {objects}"
            );
        }
        assert_eq!(last_word(t), words_of(t).last(), "{t:?}");
        assert_eq!(names_of(t), (name_in(t, false), name_in(t, true)), "{t:?}");
    }
}

/// `ends_capitalized_in` against [`ends_capitalized`] of the slice,
/// for random phrases of random texts (spans of every length, at the
/// text's start and past sixteen bytes, with white space, marks and
/// words past ASCII) and a few written ones.
#[test]
fn ends_capitalized_in_is_ends_capitalized_of_the_slice() {
    let mut seed = 0x4341_5049_5441_4c31u64;
    for _ in 0..20_000 {
        let text = crate::random_text(&mut seed, NAME_PIECES, 12);
        crate::next_random(&mut seed);
        let a = text.floor_char_boundary((seed % (text.len() as u64 + 1)) as usize);
        crate::next_random(&mut seed);
        let b = a + (seed % (text.len() - a + 1) as u64) as usize;
        let b = text.floor_char_boundary(b).max(a);
        assert_eq!(
            ends_capitalized_in(&text, (a, b)),
            ends_capitalized(&text[a..b]),
            "{:?}",
            &text[a..b]
        );
    }
    let text = "Officials said that Sen. Tom Briggs and the Ministry of Trade\t \
                    spoke to \u{c9}mile Zola and \u{e9}mile zola, also the ÉCOLE";
    for a in 0..text.len() {
        for b in a..=text.len() {
            if text.is_char_boundary(a) && text.is_char_boundary(b) {
                assert_eq!(
                    ends_capitalized_in(text, (a, b)),
                    ends_capitalized(&text[a..b]),
                    "{:?}",
                    &text[a..b]
                );
            }
        }
    }
}

/// [`names_in`] as names.
fn names_of(t: &str) -> (Option<Cow<'_, str>>, Option<Cow<'_, str>>) {
    let name = |at: Option<NameAt>| at.map(|n| n.text(t));
    let (person, mentioned, _) = names_in(t);
    (name(person), name(mentioned))
}

#[test]
fn remembered_names_are_the_names_found_again() {
    let mut memo = NamesMemo::default();
    let mut seed = 0x4e41_4d45_5332_0002u64;
    let mut phrases: Vec<String> = Vec::new();
    let mut hits = 0;
    for round in 0..40_000 {
        // Half the phrases seen before (most recent first), so the
        // table answers many and its slots are overwritten by others.
        crate::next_random(&mut seed);
        let t = if round % 2 == 1 && !phrases.is_empty() {
            let back = (seed % 300) as usize % phrases.len();
            phrases[phrases.len() - 1 - back].clone()
        } else {
            crate::random_text(&mut seed, NAME_PIECES, 6)
        };
        let before = memo
            .slots
            .iter()
            .any(|s| usize::from(s.len) == t.len() && &s.text[..t.len()] == t.as_bytes());
        hits += usize::from(before);
        let got = if ends_capitalized(&t) {
            memo.names_in_capitalized(&t)
        } else {
            (None, None, object_start(&t))
        };
        assert_eq!(got, names_in(&t), "{t:?}");
        phrases.push(t);
    }
    // (Both ways of answering were taken many times.)
    assert!(hits > 5_000 && hits < 35_000, "{hits}");
}

/// Pieces of speaker phrases, for random phrases in the name tests.
const NAME_PIECES: &[&str] = &[
    "  ",
    "\t",
    "\u{A0}",
    "Zoë ",
    " ",
    "a ",
    "A ",
    "the ",
    "The ",
    "spokesman ",
    "economists ",
    "Analysts ",
    "for ",
    "of ",
    "at ",
    "by ",
    "in ",
    "and ",
    "both ",
    "who ",
    "Sen. ",
    "Gov. ",
    "Tom ",
    "Briggs",
    "Jan ",
    "de ",
    "Vries",
    "Ministry ",
    "Department ",
    "Health ",
    "Chief ",
    "Staff ",
    "MSNBC's ",
    "Kühn",
    "Öl ",
    "CEO ",
    "mayor ",
    "Springfield",
    "Democrat",
    "Tuesday",
    "Officials",
    "he",
    "J. ",
    ", ",
];

#[test]
fn both_names_at_once_are_the_names_one_at_a_time() {
    let pieces = NAME_PIECES;
    let mut seed = 0x4e41_4d45_5332_0001u64;
    let mut both = 0;
    for _ in 0..30_000 {
        let t = crate::random_text(&mut seed, pieces, 9);
        let want = (name_in(&t, false), name_in(&t, true));
        both += usize::from(want.0.is_some() != want.1.is_some());
        assert_eq!(names_of(&t), want, "{t:?}");
        // A name is its words joined by single spaces, also when it is
        // taken as its bytes.
        let (person, mentioned, object) = names_in(&t);
        assert_eq!(object, object_start(&t), "{t:?}");
        for at in person.into_iter().chain(mentioned) {
            let words: Vec<&str> = words_of(&t[at.start..at.end]).collect();
            assert_eq!(at.text(&t), words.join(" "), "{t:?}");
            // (Borrowed from the phrase exactly when its bytes are
            // the name.)
            let borrowed = matches!(at.text(&t), Cow::Borrowed(_));
            assert_eq!(borrowed, at.spaced, "{t:?}");
        }
    }
    // (The two rules disagree on some of the phrases.)
    assert!(both > 100, "{both}");
}

/// [`org_name`] with its tests in the order they were written
/// before the searches went last (with lf126's capitals joined by "of",
/// "for" or "&", `names::org_of_capitals_phrase`, where `org_name` asks it).
fn org_name_ref<'t>(t: &'t str, lx: &Lexicon) -> Option<&'t str> {
    let name = t
        .strip_prefix("The ")
        .or_else(|| t.strip_prefix("the "))
        .unwrap_or(t);
    let n = name.split_sp().count();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let last = name.rsplit_sp().next().unwrap_or(name);
    let head = name.split(" of ").next().unwrap_or(name);
    let head = head.split(" for ").next().unwrap_or(head);
    let ok = (2..=8).contains(&n)
        && name.split_sp().next().is_some_and(capital)
        && (!name.contains("'s") && !name.contains("’s")
            || is_org_word(last)
            || names::org_of_capitals_phrase(name))
        && !name.contains(" and the ")
        && capital(last)
        && last != "Poll"
        && (is_org_word(last)
            || names::org_of_capitals_phrase(name)
            || head.len() < name.len() && head.rsplit_sp().next().is_some_and(is_org_word))
        && name
            .split_sp()
            .all(|w| capital(w) || matches!(w, "of" | "and" | "for" | "&" | "on" | "the"))
        && name.split_sp().skip(1).all(|w| {
            !(w.ends_with('s') || w.ends_with("ed"))
                || lx
                    .cue_word(w)
                    .is_none_or(|(_, f)| !matches!(f, Form::Third | Form::Past))
                || w == "States"
        });
    ok.then_some(name)
}

#[test]
fn org_name_with_its_searches_last_is_org_name() {
    let lx = Lexicon::default_data().unwrap();
    let pieces = [
        "The ",
        "the ",
        "Harbor",
        "Institute",
        "Society",
        " of ",
        " and the ",
        " and ",
        "Civil",
        "Engineers",
        "'s",
        "’s",
        " ",
        "Poll",
        "States",
        "said",
        "reported",
        "Bank",
        "for",
        "of",
        "Group",
        "ministry",
        "Nordwerk",
        "AG",
        "é",
    ];
    let mut seed = 0x0a95_eed0_f0a9_1234u64;
    let mut some = 0;
    for _ in 0..100_000 {
        let t = crate::random_text(&mut seed, &pieces, 9);
        let got = org_name(&t, &lx);
        some += usize::from(got.is_some());
        assert_eq!(got, org_name_ref(&t, &lx), "{t:?}");
    }
    assert!(some > 100, "{some}");
}

#[test]
fn dateline_marks_are_found_as_char_indices_finds_them() {
    let pieces = [
        "LONDON", " ", "-", "—", "–", "(", "Reuters", ")", ",", "“", "”", "é", "€", "\n", "D.C.",
        "a",
    ];
    let mut seed = 0x0da7_e11e_5eed_0001u64;
    for _ in 0..50_000 {
        let t = crate::random_text(&mut seed, &pieces, 16);
        let want = t
            .char_indices()
            .take_while(|&(i, _)| i < 40)
            .find(|&(_, c)| matches!(c, '-' | '—' | '–' | '('))
            .map(|(e, _)| e);
        assert_eq!(first_dateline_mark(&t), want, "{t:?}");
    }
}

#[test]
fn remembered_name_facts_are_the_facts_found_again() {
    let g = Gazetteer::default_data().unwrap();
    // Gazetteer names borrowed (the same address again), copies of
    // them elsewhere (equal bytes, another address), owned names, and
    // unknown ones, more than the memo holds.
    let text = "Barack Obama Donald Trump Angela Merkel Sanders Reuters \
                    Anna Vogt Hillary Clinton the Pentagon Bernie Sanders X";
    let words: Vec<&str> = text.split(' ').collect();
    let mut names: Vec<&str> = words
        .windows(2)
        .map(|w| {
            let a = w[0].as_ptr() as usize - text.as_ptr() as usize;
            &text[a..a + w[0].len() + 1 + w[1].len()]
        })
        .collect();
    names.extend(words.iter().copied());
    names.extend(g.entities().iter().take(40).map(|e| e.name.as_str()));
    let mut seed = 0x0fac_75ee_d000_0001u64;
    let mut memo = FactsMemo::default();
    for round in 0..5_000 {
        let n = names[(crate::next_random(&mut seed) % names.len() as u64) as usize];
        let name: Cow<str> = if round % 7 == 0 {
            Cow::Owned(n.to_string())
        } else {
            Cow::Borrowed(n)
        };
        let (got, want) = (memo.of(&name, &g), NameFacts::of(&name, &g));
        assert_eq!(
            (got.known, got.entity, got.gender),
            (want.known, want.entity, want.gender),
            "{name:?}"
        );
    }
}

#[test]
fn rfind_mark_finds_what_rfind_finds() {
    let pieces = [
        "a",
        "Zoë",
        " ",
        ".",
        "\n",
        "!",
        "?",
        "\"",
        "“",
        "”",
        "—",
        "–",
        "’",
        "€",
        "…",
        ",",
        ";",
        ":",
        "(",
        ")",
        "\u{2000}",
        "\u{203F}",
        "\u{2040}",
        "\u{201C}x",
        // Two-byte characters whose last byte is that of a mark
        // (C3 9D, C3 9C, C3 94): no mark, and at the text's start
        // nothing to subtract from (a debug build checks).
        "Ý",
        "Ü",
        "Ô",
    ];
    fn check<M: Marks>(t: &str, chars: &[char]) {
        let want = t
            .rfind(chars)
            .map(|i| (i, i + t[i..].chars().next().unwrap().len_utf8()));
        assert_eq!(rfind_mark::<M>(t), want, "{t:?} {chars:?}");
    }
    let mut seed = 0x1234_5678_9abc_def1u64;
    // (Short texts, and texts of several blocks of sixteen bytes.)
    for round in 0..10_000 {
        let t = crate::random_text(&mut seed, &pieces, if round % 2 == 0 { 12 } else { 80 });
        check::<SentenceOrQuote>(&t, &['.', '\n', '!', '?', '"', '“', '”']);
        check::<QuoteOpen>(&t, &['"', '“']);
        check::<SentenceEnd>(&t, &['.', '!', '?', '\n', '"', '”']);
        check::<ClauseBound>(&t, &[',', ';', ':', '(', ')', '"', '“', '”', '\n', '—']);
    }
}

#[test]
fn added_speakers_are_ranged_as_a_tree_ranges_them() {
    let cand = |pos: usize, i: usize| Cand {
        pos,
        canonical: Cow::Owned(i.to_string()),
        stype: SpeakerType::Person,
        country: None,
        gender: None,
        entity: None,
    };
    let mut seed = 0x7777_1234_abcd_0001u64;
    let mut trees = 0;
    for round in 0..300 {
        let mut added = Added::Sorted(Vec::new());
        let mut tree = std::collections::BTreeMap::new();
        let n = round % 150;
        for i in 0..n {
            crate::next_random(&mut seed);
            // Mostly in order, some a little before the end, some far
            // before it (the vector turns into a tree), some at equal
            // positions.
            let pos = match seed % 10 {
                0 => (seed >> 8) as usize % (i + 1),
                1 | 2 => (i * 10).saturating_sub((seed >> 8) as usize % 30),
                3 => (i * 10).saturating_sub(10),
                _ => i * 10,
            };
            added.insert(cand(pos, i));
            tree.insert((pos, i), cand(pos, i));
            crate::next_random(&mut seed);
            let lo = (seed % (n as u64 * 10 + 10)) as usize;
            let hi = lo + (seed >> 20) as usize % 40;
            let names = |it: &mut dyn DoubleEndedIterator<Item = &Cand>| -> Vec<String> {
                it.map(|c| c.canonical.to_string()).collect()
            };
            let want = names(&mut tree.range((lo, 0)..(hi, 0)).map(|(_, c)| c));
            assert_eq!(names(&mut added.range(lo, hi)), want);
            let want = names(&mut tree.range(..(hi, 0)).map(|(_, c)| c).rev());
            assert_eq!(names(&mut added.range(0, hi).rev()), want);
        }
        trees += usize::from(matches!(added, Added::Tree(_)));
    }
    // Both forms were tested.
    assert!(trees > 0 && trees < 300, "{trees}");
}

/// [`suffixed_company_before`] as it was: every word of the window
/// collected, each tested against the suffix list (the test of a name
/// word is the same).
/// The last company name with a suffix ([`COMPANY_SUFFIXES`]) in the 600
/// bytes before `at`: one to four capitalized words and the suffix
/// ("Brightside Ltd.", "Acme Corp", "Nordwerk AG"), with where it starts.
/// A sentence or paragraph break does not stop the search; the window
/// bounds it (a document of companies stays linear).
fn suffixed_company_before_ref(text: &str, at: usize) -> Option<(usize, String)> {
    let lo = text.floor_char_boundary(at.saturating_sub(600));
    let window = &text[lo..at];
    let words: Vec<(usize, &str)> = window
        .split_ascii_whitespace()
        .map(|w| (w.as_ptr() as usize - window.as_ptr() as usize + lo, w))
        .collect();
    for (j, &(_, w)) in words.iter().enumerate().rev() {
        let bare = w.trim_end_matches([',', ';', ':', ')']);
        // "Ltd." closing a sentence keeps its stop.
        if !COMPANY_SUFFIXES.contains(&bare)
            || matches!(bare, "Group" | "Bank" | "Company" | "Corporation")
        {
            continue;
        }
        let first = (0..j)
            .rev()
            .take(4)
            .take_while(|&i| company_name_word(words[i].1))
            .last()?;
        let name: Vec<&str> = words[first..j]
            .iter()
            .map(|&(_, x)| x)
            .chain(std::iter::once(bare))
            .collect();
        return Some((words[first].0, name.join(" ")));
    }
    None
}

#[test]
fn company_suffix_search_finds_what_the_word_list_search_finds() {
    let pieces = [
        " ",
        "  ",
        "\n",
        "\t",
        "Acme ",
        "Corp",
        "Corp.",
        "Ltd.",
        "Ltd",
        "AG",
        "Group",
        "Bank",
        "J. ",
        "Crew ",
        "But ",
        "Tuesday ",
        "the ",
        "United ",
        "Mexico. ",
        "Frankfurt-based ",
        "Nordwerk ",
        "Müller ",
        "Öl ",
        "AT&T ",
        ",",
        ";",
        ")",
        "x",
        "Zoë",
        "—",
        "Holdings",
        "SA",
    ];
    let mut seed = 0x5eed_c0de_0000_0017u64;
    for _ in 0..20_000 {
        let t = crate::random_text(&mut seed, &pieces, 40);
        for at in [t.len(), t.floor_char_boundary(t.len() / 2)] {
            assert_eq!(
                suffixed_company_before(&t, at),
                suffixed_company_before_ref(&t, at),
                "{t:?} {at}"
            );
        }
    }
    // A window longer than 600 bytes, cut inside a word.
    let t = format!("{} Acme Corp said", "Zoë Nordwerk ".repeat(60));
    assert_eq!(
        suffixed_company_before(&t, t.len()),
        suffixed_company_before_ref(&t, t.len())
    );
}

#[test]
fn occurrences_as_memmem_finds_them() {
    let pieces = [
        "Lala", "la", "L", "a", " ", "Ellis", "Ell", "is", "Zoë", "ë", "\n",
    ];
    let needles = ["Lala", "La", "L", "Ellis", "Zoë", "aa", "lal", "Ell"];
    let mut seed = 0x0cc0_5eed_0000_0024u64;
    let mut found = 0;
    for _ in 0..20_000 {
        let t = crate::random_text(&mut seed, &pieces, 30);
        for n in needles {
            let ours: Vec<usize> = occurrences(t.as_bytes(), n.as_bytes()).collect();
            let theirs: Vec<usize> =
                memchr::memmem::find_iter(t.as_bytes(), n.as_bytes()).collect();
            assert_eq!(ours, theirs, "{t:?} {n:?}");
            found += ours.len();
        }
    }
    assert!(found > 10_000);
    assert_eq!(
        occurrences(b"LalalaLala", b"Lala").collect::<Vec<_>>(),
        [0, 6]
    );
    assert_eq!(occurrences(b"", b"La").count(), 0);
    // Long texts too: the AVX2 searcher's blocks and their ends.
    for _ in 0..2_000 {
        let t = crate::random_text(&mut seed, &pieces, 400);
        for n in needles {
            let ours: Vec<usize> = occurrences(t.as_bytes(), n.as_bytes()).collect();
            let theirs: Vec<usize> =
                memchr::memmem::find_iter(t.as_bytes(), n.as_bytes()).collect();
            assert_eq!(ours, theirs, "{t:?} {n:?}");
        }
    }
}

/// `CAPITAL_OPENERS` is `OPENERS` capitalized, and the table of words
/// that are no first name holds both lists.
#[test]
fn capital_openers_are_openers() {
    let capital: Vec<String> = OPENERS
        .iter()
        .map(|o| o[..1].to_ascii_uppercase() + &o[1..])
        .collect();
    assert_eq!(capital, antecedents::CAPITAL_OPENERS);
    assert!(OPENERS
        .iter()
        .all(|o| o.bytes().all(|b| b.is_ascii_lowercase())));
}

/// The names `introduced_name` joins: first name, initial, surname.
#[test]
fn introduced_names_joined() {
    let pad = "Some text about Cacheris and Smith and more. ".repeat(5);
    for (text, surname, want) in [
        (
            "said James C. Cacheris, a lawyer. Then ",
            "Cacheris",
            Some("James C. Cacheris"),
        ),
        (
            "said John Smith, a lawyer. Then ",
            "Smith",
            Some("John Smith"),
        ),
        ("said Monday Smith, a lawyer. Then ", "Smith", None),
        // Two first names with one surname: none.
        ("said John Smith and Mary Smith. Then ", "Smith", None),
        // A three-word name after a lowercase word.
        (
            "confirmed Ketanji Brown Smith as judge. Then ",
            "Smith",
            Some("Ketanji Brown Smith"),
        ),
    ] {
        for lead in ["", pad.as_str()] {
            let t = format!("{lead}{text}{surname} said.");
            let at = t.len() - surname.len() - " said.".len();
            assert_eq!(
                introduced_name(&t, at, surname, &|f| f == "John", &|a, b| a == b).as_deref(),
                want,
                "{t:?}"
            );
        }
    }
}

#[test]
fn affiliated_person_on_fixed_inputs() {
    // Behaviour on inputs, with fixed expected names (no second copy of
    // the logic): particles inside the name, a lowercase role noun
    // before it, organization words, offices and articles.
    let lx = Lexicon::default_data().unwrap();
    for (t, want) in [
        ("Ann Lee at Goldman Sachs", Some("Ann Lee")),
        (
            "Professor Raj Patel of the University of Edinburgh",
            Some("Raj Patel"),
        ),
        (
            "Ines van der Poel of Utrecht University",
            Some("Ines van der Poel"),
        ),
        (
            "hydrologist Pieter Meer of Delft University",
            Some("Pieter Meer"),
        ),
        ("Raj Patel from the Ministry", Some("Raj Patel")),
        // (One word is no name; no "of/at/from"; an article; an
        // organization word; an office before "of"; a lowercase word
        // that is no particle; a role word that is no person noun.)
        ("Patel of the University of Edinburgh", None),
        ("Raj Patel", None),
        ("The Child Citizenship Act of 2000", None),
        ("Goldman Sachs Bank of America", None),
        ("Missouri Secretary of State Jason Kander", None),
        ("Raj big Patel of the University", None),
        ("budget Raj Patel of the University", None),
    ] {
        assert_eq!(
            affiliated_person(t, (0, t.len()), &[], &lx).as_deref(),
            want,
            "{t:?}"
        );
    }
    // (A gazetteer mention inside the name: "United States of America".)
    let t = "Ann Lee of the University";
    let mention = Mention {
        start: 0,
        end: 3,
        entity: 0,
        kind: AliasKind::Name,
    };
    assert_eq!(affiliated_person(t, (0, t.len()), &[mention], &lx), None);
}

#[test]
fn emptied_vectors_keep_their_allocations() {
    let name = String::from("Jan de Vries");
    let c = Cand {
        pos: 3,
        canonical: Cow::Borrowed(name.as_str()),
        stype: SpeakerType::Person,
        country: None,
        gender: None,
        entity: Some(7),
    };
    let mut v = Vec::with_capacity(100);
    v.push(c.clone());
    let at = v.as_ptr() as usize;
    let kept: Vec<Cand<'static>> = emptied(v, 10);
    assert!(kept.is_empty());
    assert_eq!((kept.capacity(), kept.as_ptr() as usize), (100, at));
    let mut list = Vec::with_capacity(50);
    list.push((c.clone(), 1u32));
    let kept: Vec<(Cand<'static>, u32)> = emptied(list, 60);
    assert!(kept.is_empty() && kept.capacity() >= 60);
    let mut people: Vec<(Cow<str>, usize)> = Vec::with_capacity(20);
    people.push((c.canonical.clone(), 7));
    let at = people.as_ptr() as usize;
    let kept: Vec<(Cow<'static, str>, usize)> = emptied(people, 0);
    assert_eq!(
        (kept.len(), kept.capacity(), kept.as_ptr() as usize),
        (0, 20, at)
    );
    // A vector grown past `KEEP_TABLE` for one long document is not
    // kept for the next.
    let big: Vec<(usize, Option<NameAt>)> = Vec::with_capacity(KEEP_TABLE + 1);
    let kept: Vec<(usize, Option<NameAt>)> = emptied(big, 0);
    assert_eq!(kept.capacity(), 0);
}

/// `forgotten` keeps the buffer and its capacity, with no element,
/// and drops none of them (a borrowed candidate has nothing to drop;
/// an `Rc` shows that no drop ran).
#[test]
fn forgotten_keeps_the_buffer_and_drops_nothing() {
    let rc = std::rc::Rc::new(());
    let mut v = Vec::with_capacity(8);
    v.push(std::rc::Rc::clone(&rc));
    v.push(std::rc::Rc::clone(&rc));
    let at = v.as_ptr() as usize;
    let kept = super::forgotten(v);
    assert_eq!(
        (kept.len(), kept.capacity(), kept.as_ptr() as usize),
        (0, 8, at)
    );
    assert_eq!(std::rc::Rc::strong_count(&rc), 3);
    let base: Vec<Cand<'static>> = emptied(kept_cands(), 0);
    assert!(base.is_empty());
}

/// Two borrowed candidates in a vector of room for four.
fn kept_cands() -> Vec<Cand<'static>> {
    let c = Cand {
        pos: 3,
        canonical: Cow::Borrowed("Ann Lee"),
        stype: SpeakerType::Person,
        country: Some(Cow::Borrowed("USA")),
        gender: None,
        entity: Some(1),
    };
    let mut v = Vec::with_capacity(4);
    v.push(c.clone());
    v.push(c);
    let at = v.as_ptr() as usize;
    let v = super::forgotten(v);
    assert_eq!((v.len(), v.capacity(), v.as_ptr() as usize), (0, 4, at));
    v
}

/// `emptied` against the plain in-place collection it replaces
/// (`clear`, then `into_iter().filter_map(|_| None).collect()`) on
/// vectors of many capacities and lengths, with owned and borrowed
/// names: the same length, capacity and buffer kept or not, and every
/// element dropped once (counted by `Rc`s, which only the elements
/// hold besides the test).
#[test]
fn emptied_as_in_place_collect() {
    fn plain<T, U>(mut v: Vec<T>, room: usize) -> Vec<U> {
        let mut out = if v.capacity() > KEEP_TABLE {
            Vec::new()
        } else {
            v.clear();
            v.into_iter().filter_map(|_| None).collect()
        };
        out.reserve(room);
        out
    }
    let tag = std::rc::Rc::new(());
    let text = String::from("Jan de Vries");
    let mut seed = 7u64;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    for _ in 0..400 {
        let cap = match next(4) {
            0 => next(4) as usize,
            1 => KEEP_TABLE - 2 + next(4) as usize,
            _ => next(200) as usize,
        };
        let len = next(cap as u64 + 1) as usize;
        let room = next(300) as usize;
        let make = |i: usize| {
            let name = if i.is_multiple_of(3) {
                Cow::Owned(format!("name {i}"))
            } else {
                Cow::Borrowed(text.as_str())
            };
            (name, std::rc::Rc::clone(&tag))
        };
        let mut a = Vec::with_capacity(cap);
        let mut b = Vec::with_capacity(cap);
        a.extend((0..len).map(make));
        b.extend((0..len).map(make));
        let (cap_a, at_a) = (a.capacity(), a.as_ptr() as usize);
        let cap_b = b.capacity();
        assert_eq!(std::rc::Rc::strong_count(&tag), 1 + 2 * len);
        let got: Vec<(Cow<'static, str>, std::rc::Rc<()>)> = emptied(a, room);
        let want: Vec<(Cow<'static, str>, std::rc::Rc<()>)> = plain(b, room);
        assert_eq!(std::rc::Rc::strong_count(&tag), 1);
        assert_eq!((got.len(), got.capacity()), (want.len(), want.capacity()));
        assert!(got.capacity() >= room);
        if cap_a <= KEEP_TABLE && cap_a >= room {
            assert_eq!((got.capacity(), got.as_ptr() as usize), (cap_a, at_a));
        }
        assert_eq!(cap_a, cap_b);
    }
}

/// Candidates of a new document of `bufs`, for a gazetteer of `count`
/// entities, whose own names are `entities` (none: every borrowed
/// name listed by address).
fn cands_for<'g>(bufs: &mut Buffers, count: usize, entities: &'g [Entity]) -> Cands<'g> {
    bufs.next_document(count);
    Cands {
        base: Vec::new(),
        added: Added::Sorted(Vec::new()),
        by_last: HashMap::default(),
        last_list: Vec::new(),
        people: Vec::new(),
        seen: std::mem::take(&mut bufs.seen),
        listed_own: std::mem::take(&mut bufs.listed_own),
        entities,
        gaz: None,
        doc: bufs.doc,
        key_buf: String::new(),
        listed: Default::default(),
        dateline_country: std::cell::OnceCell::new(),
        unnamed: None,
        last_speaker: None,
        last_lone: None,
        person_memo: None,
        content: (0, 0),
        owns: false,
        party: Default::default(),
        leaders: Default::default(),
        acronyms: std::cell::OnceCell::new(),
        first_families: false,
        holders: std::cell::RefCell::new(Vec::new()),
    }
}

/// `Cands::owns` holds once a candidate added owns its name or its
/// country, and not before (borrowed names, the common case, leave
/// it unset, so that `resolve` forgets the candidates).
#[test]
fn owns_is_set_by_an_owned_name_or_country() {
    let cand = |name: Cow<'static, str>, country: Option<Cow<'static, str>>| Cand {
        pos: 0,
        canonical: name,
        stype: SpeakerType::Person,
        country,
        gender: None,
        entity: None,
    };
    for (name, country, owns) in [
        (Cow::Borrowed("Ann Lee"), Some(Cow::Borrowed("USA")), false),
        (Cow::Owned("Ann Lee".to_string()), None, true),
        (
            Cow::Borrowed("Ann Lee"),
            Some(Cow::Owned("USA".to_string())),
            true,
        ),
    ] {
        let mut bufs = Buffers::default();
        let mut cands = cands_for(&mut bufs, 0, &[]);
        cands.add(cand(Cow::Borrowed("Bo Li"), None));
        assert!(!cands.owns);
        cands.add(cand(name, country));
        assert_eq!(cands.owns, owns);
    }
}

/// The person name, the capitalized last word, the object and the
/// first mention of the draft's phrase, kept as `resolve` keeps them,
/// are those found again from the phrase; another phrase is asked of
/// the plain functions.
#[test]
fn remembered_phrase_answers_are_the_answers_found_again() {
    let mut bufs = Buffers::default();
    let mut cands = cands_for(&mut bufs, 0, &[]);
    let mut seed = 0x0e4d_ca91_7a11_0005u64;
    let mut blocks = Vec::new();
    for _ in 0..3000 {
        let text = crate::random_text(&mut seed, NAME_PIECES, 8);
        // Mentions of three bytes every five to eight (by position
        // only: the first is a matter of starts).
        let mut mentions = Vec::new();
        let mut at = 0;
        loop {
            crate::next_random(&mut seed);
            let start = at + 2 + (seed % 4) as usize;
            if start + 3 > text.len() {
                break;
            }
            mentions.push(Mention {
                start,
                end: start + 3,
                entity: 0,
                kind: AliasKind::Name,
            });
            at = start + 3;
        }
        let ments = Ments::new(&mentions, text.len(), &mut blocks);
        crate::next_random(&mut seed);
        let a = text.floor_char_boundary((seed % (text.len() as u64 + 1)) as usize);
        let sp = (a, text.len());
        let t = &text[sp.0..sp.1];
        let cap = ends_capitalized(t);
        // (The object is known with the names, as `resolve` keeps it.)
        let (person, _, object) = names_in(t);
        let memo = PhraseMemo {
            person: person.filter(|_| cap),
            cap,
            object: Some(object).filter(|_| cap),
            first: ments.first_from(a) as u32,
        };
        cands.person_memo = Some((sp, memo));
        assert_eq!(
            cands.ends_capitalized(&text, sp),
            ends_capitalized(t),
            "{t:?}"
        );
        assert_eq!(cands.person_name(sp, t), person_name(t), "{t:?}");
        assert_eq!(
            cands.first_and_object(ments, sp, t),
            (mentions.partition_point(|m| m.start < a), object_start(t)),
            "{t:?}"
        );
        // Another phrase: not the one remembered.
        let other = (0, a);
        let o = &text[..a];
        assert_eq!(
            cands.ends_capitalized(&text, other),
            ends_capitalized(o),
            "{o:?}"
        );
        assert_eq!(cands.person_name(other, o), person_name(o), "{o:?}");
        assert_eq!(
            cands.first_and_object(ments, other, o),
            (0, object_start(o)),
            "{o:?}"
        );
    }
}

/// `last_space` finds what the byte loop finds, on random texts of
/// spaces, letters and bytes that differ from a space by one bit or
/// by borrows (0x1f, 0x21, 0xa0, 0x00), of every length to 40.
#[test]
fn last_space_finds_what_rposition_finds() {
    let pieces = [b' ', b'a', b'Z', 0x1f, 0x21, 0xa0, 0x00, 0x20 | 0x80, 0xff];
    let mut seed = 0x6c61_7374_5f73_7063u64;
    for _ in 0..20_000 {
        crate::next_random(&mut seed);
        let n = (seed % 41) as usize;
        let b: Vec<u8> = (0..n)
            .map(|_| {
                crate::next_random(&mut seed);
                // Spaces rarer, so that many texts have none.
                if seed >> 33 & 7 == 0 {
                    b' '
                } else {
                    pieces[1 + (seed >> 40) as usize % (pieces.len() - 1)]
                }
            })
            .collect();
        assert_eq!(last_space(&b), b.iter().rposition(|&x| x == b' '), "{b:?}");
    }
    for name in ["Hillary Clinton", "Clinton", "", " ", "John F. Kennedy Jr."] {
        let b = name.as_bytes();
        assert_eq!(last_space(b), b.iter().rposition(|&x| x == b' '));
    }
}

#[test]
fn own_names_stamped_are_listed_as_by_address() {
    let g = Gazetteer::default_data().unwrap();
    let ents = g.entities();
    // The people of the most common surname, and others.
    let surname = |e: &Entity| e.name.rsplit(' ').next().unwrap_or("").to_string();
    let mut counts: HashMap<String, usize> = HashMap::default();
    for e in ents.iter().filter(|e| e.etype == EntityType::Person) {
        *counts.entry(surname(e)).or_default() += 1;
    }
    let (common, n) = counts.iter().max_by_key(|&(s, n)| (*n, s.clone())).unwrap();
    assert!(*n >= 3, "{common} {n}");
    let mut people: Vec<usize> = (0..ents.len())
        .filter(|&e| ents[e].etype == EntityType::Person && surname(&ents[e]) == *common)
        .collect();
    people.extend(
        (0..ents.len())
            .filter(|&e| ents[e].etype == EntityType::Person)
            .take(30),
    );
    // Names of that surname that are no entity's, enough to fill its
    // list past `SURNAME_LIST_CAP`.
    let fillers: Vec<String> = (0..80).map(|i| format!("Filler{i} {common}")).collect();
    let (mut bufs_a, mut bufs_b) = (Buffers::default(), Buffers::default());
    // The plain version, with no inlined fast path.
    let mut bufs_p = Buffers::default();
    let mut seed = 0x4c49_5354_4544_0001u64;
    for _ in 0..60 {
        let mut a = cands_for(&mut bufs_a, ents.len(), ents);
        // (The keys of the entities' own names kept by the gazetteer
        // from document to document, in `a` only.)
        a.gaz = Some(&g);
        let mut b = cands_for(&mut bufs_b, ents.len(), &[]);
        let mut p = cands_for(&mut bufs_p, ents.len(), ents);
        let cand = |canonical, entity| Cand {
            pos: 0,
            canonical,
            stype: SpeakerType::Person,
            country: None,
            gender: None,
            entity,
        };
        // In half the documents the surname's list is full first:
        // its own names then lie past `SURNAME_LIST_CAP` and are not
        // listed.
        if seed & 1 == 0 {
            for f in &fillers {
                a.index_person(&cand(Cow::Borrowed(f.as_str()), None));
                b.index_person(&cand(Cow::Borrowed(f.as_str()), None));
                p.index_person_rest(&cand(Cow::Borrowed(f.as_str()), None));
            }
        }
        for _ in 0..300 {
            crate::next_random(&mut seed);
            let e = people[(seed % people.len() as u64) as usize];
            let (canonical, entity) = match seed >> 40 & 7 {
                // An entity's own name, mostly.
                0..=3 => (Cow::Borrowed(ents[e].name.as_str()), Some(e)),
                // Its name under another entity.
                4 => (Cow::Borrowed(ents[e].name.as_str()), Some(people[0])),
                5 => (Cow::Owned(ents[e].name.clone()), Some(e)),
                _ => {
                    let f = &fillers[(seed >> 20) as usize % fillers.len()];
                    (Cow::Borrowed(f.as_str()), None)
                }
            };
            let mut c = cand(canonical, entity);
            // Now and then no person: nothing indexed.
            if seed >> 50 & 15 == 0 {
                c.stype = SpeakerType::Organization;
            }
            a.index_person(&c);
            b.index_person(&c);
            p.index_person_rest(&c);
        }
        let names = |c: &Cands| -> Vec<(String, u32)> {
            c.last_list
                .iter()
                .map(|(c, n)| (c.canonical.to_string(), *n))
                .collect()
        };
        assert_eq!(names(&a), names(&b));
        assert_eq!(a.people, b.people);
        assert_eq!(names(&a), names(&p));
        assert_eq!(a.people, p.people);
        assert_eq!(a.listed, p.listed);
        assert_eq!(a.listed_own, p.listed_own);
        let keys = |c: &Cands| {
            let mut k: Vec<(u64, (u32, u32))> = c.by_last.iter().map(|(&k, &v)| (k, v)).collect();
            k.sort_unstable();
            k
        };
        assert_eq!(keys(&a), keys(&p));
        bufs_p.seen = p.seen;
        bufs_p.listed_own = p.listed_own;
        bufs_a.seen = a.seen;
        bufs_a.listed_own = a.listed_own;
        bufs_b.seen = b.seen;
        bufs_b.listed_own = b.listed_own;
    }
}

#[test]
fn document_numbers_start_again_after_the_last() {
    let mut b = Buffers::default();
    b.next_document(3);
    assert_eq!((b.doc, b.seen.len()), (1, 3));
    b.seen[1] = 1;
    b.next_document(5);
    assert_eq!((b.doc, &b.seen[..]), (2, &[0, 1, 0, 0, 0][..]));
    // No entity seen before the number wraps is seen after it.
    b.doc = u32::MAX;
    b.seen[2] = u32::MAX;
    b.next_document(5);
    assert_eq!((b.doc, &b.seen[..]), (1, &[0; 5][..]));
}

/// [`name_into`] finds the mention a reference search finds;
/// [`widen_to_name`] returns the first mention from the widened
/// phrase's start, and [`in_gazetteer`] from it whether a name (no
/// demonym) lies inside the phrase (texts with "The " every few bytes,
/// so that some widenings take the article).
#[test]
fn the_name_into_a_phrase_is_the_last_mention_before_it() {
    // The search over the four mentions before the phrase it replaced.
    fn name_into_ref(mentions: &[Mention], sp: Span) -> Option<&Mention> {
        let k = mentions.partition_point(|m| m.start < sp.0);
        mentions[k.saturating_sub(4)..k]
            .iter()
            .filter(|m| m.kind != AliasKind::Demonym && m.end > sp.0 && m.end <= sp.1)
            .min_by_key(|m| m.start)
    }
    let len = 70;
    let mut seed = 0x1dea_5eed_0000_0099u64;
    for _ in 0..3000 {
        // Sorted mentions that do not overlap, as the scan finds them.
        let mut mentions = Vec::new();
        let mut at = 0;
        loop {
            crate::next_random(&mut seed);
            let start = at + (seed % 6) as usize;
            crate::next_random(&mut seed);
            let end = start + 1 + (seed % 7) as usize;
            if end > len {
                break;
            }
            crate::next_random(&mut seed);
            let kind = [AliasKind::Name, AliasKind::Demonym, AliasKind::Short][(seed % 3) as usize];
            mentions.push(Mention {
                start,
                end,
                entity: 0,
                kind,
            });
            at = end;
        }
        crate::next_random(&mut seed);
        let a = (seed % len as u64) as usize;
        crate::next_random(&mut seed);
        let b = (a + (seed % 12) as usize).min(len);
        let mut blocks = Vec::new();
        let ments = Ments::new(&mentions, len, &mut blocks);
        assert_eq!(
            name_into(ments, ments.first_from(a), (a, b)),
            name_into_ref(&mentions, (a, b)),
            "{mentions:?} {a} {b}"
        );
        let text = "The ab ".repeat(10);
        let mut sp = (a, b);
        let k = widen_to_name(&text, ments, &mut sp);
        assert_eq!(k, ments.first_from(sp.0), "{mentions:?} {a} {b} {sp:?}");
        let inside = mentions
            .iter()
            .any(|m| m.start >= sp.0 && m.end <= sp.1 && m.kind != AliasKind::Demonym);
        assert_eq!(in_gazetteer(ments, k, sp), inside, "{mentions:?} {sp:?}");
    }
}

/// The block index of [`Ments`] finds the partition point by start
/// that a binary search finds, and [`mentions_in`] the mentions inside
/// a span that the search and a count find: texts of one to many
/// blocks, mentions dense, sparse (blocks with none) and clustered,
/// positions anywhere up to the text's end and past it.
#[test]
fn the_block_index_finds_what_the_binary_search_finds() {
    let mut seed = 0x0b10_c0de_0000_0256u64;
    // One index reused, as `Buffers` does: entries of a longer former
    // text left in it.
    let mut blocks = vec![7; 3];
    for round in 0..2000 {
        crate::next_random(&mut seed);
        // Up to several fills of the build (gaps of many blocks).
        let len = (seed % (3 * (MENTION_FILL * MENTION_BLOCK) as u64 + 50)) as usize;
        // The longest gap between mentions: dense to sparse.
        let gap = [3u64, 40, 300, 1500, 4000][round % 5];
        let mut mentions = Vec::new();
        let mut at = 0;
        loop {
            crate::next_random(&mut seed);
            let start = at + (seed % gap) as usize;
            crate::next_random(&mut seed);
            let end = start + 1 + (seed % 9) as usize;
            if end > len {
                break;
            }
            mentions.push(Mention {
                start,
                end,
                entity: 0,
                kind: AliasKind::Name,
            });
            at = end;
        }
        let ments = Ments::new(&mentions, len, &mut blocks);
        assert_eq!(ments.len(), mentions.len());
        // (Past the end too: the blocks end at the text's.)
        for pos in len + 1..len + 2 * MENTION_BLOCK {
            assert_eq!(ments.first_from(pos), mentions.len(), "{len} {pos}");
        }
        for pos in 0..=len {
            let want = mentions.partition_point(|m| m.start < pos);
            assert_eq!(ments.first_from(pos), want, "{mentions:?} {len} {pos}");
            crate::next_random(&mut seed);
            let end = (pos + (seed % 80) as usize).min(len);
            let n = mentions[want..].iter().take_while(|m| m.end <= end).count();
            assert_eq!(
                mentions_in(ments, (pos, end)),
                &mentions[want..want + n],
                "{mentions:?} {pos} {end}"
            );
        }
    }
}

/// `resolve_one` looks for a surname only in a phrase whose last word
/// starts with a capital: the last word of [`words_of`] ends where the
/// trimmed phrase does, so the words kept always end with it (a title
/// word there is kept too), and it is the word `ends_capitalized`
/// tests.
#[test]
fn the_last_word_ends_the_trimmed_phrase() {
    let pieces = [
        "Mr.", "Smith", "former", " ", "\t", "\u{B}", "\u{A0}", "\u{2003}", "é", "\n", "x",
    ];
    let mut seed = 0x6c61_7374_776f_7264u64;
    for _ in 0..20_000 {
        let t = crate::random_text(&mut seed, &pieces, 6);
        let trimmed = t.trim_end();
        let last = words_of(&t).last();
        assert_eq!(last, last_word(&t), "{t:?}");
        if let Some(w) = last {
            let end = w.as_ptr() as usize + w.len();
            assert_eq!(end, trimmed.as_ptr() as usize + trimmed.len(), "{t:?}");
        }
    }
}

/// `resolve_one` tests for ", " after a phrase before its word tests
/// and [`apposition_name`]: no name in apposition follows a phrase
/// without it.
#[test]
fn a_name_in_apposition_follows_a_comma_and_space() {
    let pieces = [
        ", ",
        ",",
        " ",
        "Anna ",
        "Vogt",
        "von der ",
        "Leyen",
        ", Anna Vogt, ",
        "x ",
        "é",
        "“",
        "\n",
    ];
    let mut seed = 0x6170_706f_7369_7469u64;
    let mut found = 0;
    for _ in 0..20_000 {
        let t = crate::random_text(&mut seed, &pieces, 9);
        for (at, _) in t.char_indices() {
            if apposition_name(&t, at).is_some() {
                found += 1;
                assert!(t[at..].starts_with(", "), "{t:?} {at}");
            }
        }
    }
    assert!(found > 100, "{found}");
}

#[test]
fn comma_phrases_are_found_as_contains_finds_them() {
    let pieces = [
        ", who ", ", who", ",", " who", "w", "ho ", ", ", "é", "“", ".",
    ];
    let mut seed = 0xc0ff_ee00_1234_5678u64;
    for _ in 0..2000 {
        let mut t = String::new();
        for _ in 0..(seed % 9) {
            crate::next_random(&mut seed);
            t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        crate::next_random(&mut seed);
        for needle in [", who ", ", who"] {
            assert_eq!(
                has_comma_phrase(&t, needle.as_bytes()),
                t.contains(needle),
                "{t:?}"
            );
        }
    }
}

#[test]
fn folded_keys_are_equal_as_words_ignoring_ascii_case() {
    // Words of zero to nine bytes from a few letters of both cases, a
    // NUL (a longer word padded with zeros must not match), and
    // non-ASCII bytes.
    let pieces = ["h", "H", "e", "E", "r", "s", "\0", "é", "İ"];
    let mut seed = 0x5eed_f01d_ca5e_0001u64;
    let mut words: Vec<String> = crate::attribution::sent::PRONOUNS
        .iter()
        .chain(crate::attribution::sent::DETERMINERS)
        .chain(&["his", "her", "HER", "He\0", "another1", "anotheR"])
        .map(|w| w.to_string())
        .collect();
    for _ in 0..3000 {
        crate::next_random(&mut seed);
        let n = (seed % 8) as usize;
        let mut w = String::new();
        for _ in 0..n {
            crate::next_random(&mut seed);
            w.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        words.push(w);
    }
    for a in &words {
        for b in words.iter().step_by(7) {
            let same = a.len() <= 7 && a.eq_ignore_ascii_case(b);
            let keys = folded_key(a) == folded_key(b) && folded_key(a) != NO_KEY;
            assert_eq!(keys, same, "{a:?} {b:?}");
        }
    }
}

/// [`definite_org`] as it was: the words counted, the head found and
/// the marks searched for by three walks.
fn definite_org_ref(rest: &str, lx: &Lexicon) -> Option<OrgKind> {
    let head = rest.rsplit_sp().next().unwrap_or(rest);
    if rest.split_sp().count() > 3
        || rest.contains(['\'', '’', ','])
        || lx.speaker_noun(head) != Some(NounType::Organization)
    {
        return None;
    }
    match referring_noun(head)? {
        Referent::Org(kind) => Some(kind),
        Referent::Person(_) => None,
    }
}

#[test]
fn definite_org_in_one_walk_is_definite_org_in_three() {
    let lx = Lexicon::default_data().unwrap();
    let mut pieces: Vec<&str> = vec![
        " ",
        "  ",
        "'",
        "’",
        "‘",
        "—",
        ",",
        "s",
        "Japanese",
        "new",
        "é",
        "ministry's",
        "\t",
    ];
    for (_, nouns) in org_noun_kinds() {
        pieces.extend(nouns.iter().take(6));
    }
    let mut seed = 0x0d3f_1417_e000_0001u64;
    let mut found = 0;
    for _ in 0..100_000 {
        let t = crate::random_text(&mut seed, &pieces, 7);
        let want = definite_org_ref(&t, &lx);
        found += usize::from(want.is_some());
        assert_eq!(definite_org(&t, &lx), want, "{t:?}");
    }
    assert!(found > 1000, "{found}");
}

/// `definite_org_in` (the masks of the sixteen bytes that end the
/// phrase) against [`definite_org`]'s walk, for random phrases at
/// random places of random texts, and every span of a written one.
#[test]
fn definite_org_in_text_is_definite_org() {
    let lx = Lexicon::default_data().unwrap();
    let mut pieces: Vec<&str> = vec![" ", "  ", "'", "’", ",", "s", "Japanese", "é", "\t"];
    for (_, nouns) in org_noun_kinds() {
        pieces.extend(nouns.iter().take(4));
    }
    let mut seed = 0x4445_4f52_4749_4e31u64;
    let mut found = 0;
    for _ in 0..50_000 {
        let before = crate::random_text(&mut seed, &pieces, 8);
        let rest = crate::random_text(&mut seed, &pieces, 5);
        let after = crate::random_text(&mut seed, &pieces, 3);
        let text = format!("{before}{rest}{after}");
        let (a, b) = (before.len(), before.len() + rest.len());
        let want = definite_org(&rest, &lx);
        found += usize::from(want.is_some());
        assert_eq!(
            definite_org_in(&text, a, b, &lx),
            want,
            "{rest:?} in {text:?}"
        );
    }
    assert!(found > 1000, "{found}");
    let text = "said the company's own agency, the Japanese automaker and the ministry";
    for a in (0..=text.len()).filter(|&a| text.is_char_boundary(a)) {
        for b in (a..=text.len()).filter(|&b| text.is_char_boundary(b)) {
            assert_eq!(
                definite_org_in(text, a, b, &lx),
                definite_org(&text[a..b], &lx),
                "{:?}",
                &text[a..b]
            );
        }
    }
}

#[test]
fn words_of_splits_as_split_whitespace() {
    for t in [
        "",
        "   ",
        "Sen. Tom  Briggs",
        " a\tb\nc\x0Bd\x0Ce\rf \x1Fg\x1C ",
        "Jan de\u{A0}Vries\u{2003}said",
        "Müller  and\u{3000}Kühn ",
        "one",
        "trailing  ",
    ] {
        let want: Vec<&str> = t.split_whitespace().collect();
        let got: Vec<&str> = words_of(t).collect();
        assert_eq!(got, want, "{t:?}");
    }
    // Random texts of words, single and double spaces, the other ASCII
    // spaces, control bytes that are no space and non-ASCII spaces; the
    // words handed out and the calls after the last (`None` again).
    let pieces = [
        "a",
        "Sen.",
        "Tom",
        "officials",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "\x0B",
        "\x0C",
        "\r",
        "\x1F",
        "\x00",
        "!",
        "\u{A0}",
        "Kühn",
        "-",
    ];
    let mut seed = 0x776f_7264_735f_6f66u64;
    let mut ascii = 0;
    for _ in 0..20_000 {
        let t = crate::random_text(&mut seed, &pieces, 12);
        ascii += usize::from(t.is_ascii());
        let want: Vec<&str> = t.split_whitespace().collect();
        let mut it = words_of(&t);
        let got: Vec<&str> = it.by_ref().collect();
        assert_eq!(got, want, "{t:?}");
        assert_eq!(it.next(), None, "{t:?}");
    }
    assert!(ascii > 5_000, "{ascii}");
}

#[test]
fn pronouns_are_found_as_the_list_finds_them() {
    let plain = |t: &str| {
        super::super::sent::PRONOUNS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(t))
    };
    let mut texts: Vec<String> = Vec::new();
    for p in super::super::sent::PRONOUNS {
        texts.push(p.to_string());
        texts.push(p.to_uppercase());
        let mut c = p.chars();
        let first = c
            .next()
            .map(|x| x.to_uppercase().to_string())
            .unwrap_or_default();
        texts.push(first + c.as_str());
        texts.push(format!("{p}s"));
        texts.push(format!(" {p}"));
    }
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..2000 {
        let pieces = [
            "h", "e", "s", "t", "y", "i", "w", "o", "u", "H", "E", "I", "T", " ",
        ];
        texts.push(crate::random_text(&mut seed, &pieces, 7));
    }
    texts.extend(["", "Theyy", "the spokesman", "She said"].map(String::from));
    for t in &texts {
        assert_eq!(is_pronoun(t, (0, t.len())), plain(t), "{t:?}");
        let in_text = format!("x {t} y");
        assert_eq!(is_pronoun(&in_text, (2, 2 + t.len())), plain(t), "{t:?}");
    }
}

#[test]
fn merged_candidates_are_in_the_order_a_stable_sort_gives() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..3000 {
        let n = (crate::next_random(&mut seed) % 12) as usize;
        let k = (crate::next_random(&mut seed) % 6) as usize;
        let span = 1 + crate::next_random(&mut seed) % 20;
        // (position, tag): firsts sorted, with repeated positions.
        let mut firsts: Vec<(usize, usize)> = (0..n)
            .map(|i| ((crate::next_random(&mut seed) % span) as usize, i))
            .collect();
        firsts.sort();
        let seconds: Vec<(usize, usize)> = (0..k)
            .map(|i| ((crate::next_random(&mut seed) % span) as usize, 100 + i))
            .collect();
        let mut want: Vec<(usize, usize)> = firsts
            .iter()
            .filter(|x| x.1 % 3 != 2)
            .chain(&seconds)
            .copied()
            .collect();
        want.sort_by_key(|x| x.0);
        let mut got = vec![(999, 999)];
        let mut second = seconds.clone();
        // (Every third first dropped.)
        push_merged(
            &mut got,
            &firsts,
            |x| x.1 % 3 != 2,
            |x| x.0,
            |x| *x,
            &mut second,
            |x| x.0,
        );
        assert_eq!(got[1..], want[..], "{firsts:?} {seconds:?}");
        assert!(second.is_empty());
    }
}

#[test]
fn abbreviation_stops_are_abbreviations_and_initials_only() {
    for w in [
        "Jr.", "St.", "Co.", "U.S.", "J.", "(Ft.", "Inc.", "(R-Wis.", "D-N.", "(I-Vt.", "D-NY.",
        "R-Calif.", "D-Texas.",
    ] {
        assert!(abbreviation_stop(w), "{w}");
    }
    for w in [
        "May.",
        "run.",
        "out.",
        "week.",
        "2019.",
        "ago.",
        "home.",
        "min.",
        "(Re-run.",
        "D-day.",
        "D-Day.",
        "I-League.",
    ] {
        assert!(!abbreviation_stop(w), "{w}");
    }
}

/// The two readers of a party tag's state agree on the one list of
/// states (`party::US_STATES`): for every state's AP abbreviation and
/// postal code, `party::dash_tag` reads "D-<state>," whole, and each word
/// before a stop inside it ("D-N", "D-N.Y", "D-W.Va", "D-Calif", the
/// postal code's "D-NY") is an abbreviation's stop for
/// `abbreviation_stop`, which sees only the word before the stop.
#[test]
fn party_tag_states_agree_with_dash_tags() {
    for (name, code, ap) in party::US_STATES {
        for form in [ap, code] {
            let tag = format!("D-{form}");
            assert_eq!(
                party::dash_tag(&format!("{tag},")),
                Some((b'D', [code.as_bytes()[0], code.as_bytes()[1]])),
                "{name}: {tag}"
            );
            let dotted = if tag.ends_with('.') {
                tag.clone()
            } else {
                format!("{tag}.")
            };
            for (i, _) in dotted.match_indices('.') {
                let word = dotted[..=i].rsplit(' ').next().unwrap_or("");
                if word.starts_with("D-") {
                    assert!(abbreviation_stop(word), "{name}: {word}");
                }
            }
        }
    }
}

#[test]
fn acronym_definitions_found_once_answer_each_position() {
    // One scan of a text with many definitions and speakers; every
    // lookup gives what the text before it defines: nothing before the
    // first definition, the first name while later ones agree, and none
    // once a definition differs.
    let g = Gazetteer::default_data().unwrap();
    let mut text = String::new();
    let mut marks = Vec::new();
    for k in 0..200 {
        if k == 10 {
            text.push_str("Fighters of the Syrian Democratic Forces (SDF) moved in. ");
        }
        if k == 50 {
            text.push_str("Its allies, the Syrian Democratic Forces, or SDF, held the road. ");
        }
        if k == 120 {
            text.push_str("The rival Southern Defence Front (SDF) disagreed. ");
        }
        if k == 30 {
            text.push_str("The Kenya Tea Board (KTB) set prices. ");
        }
        marks.push(text.len());
        text.push_str("The SDF said the town fell. The KTB said prices rose. ");
    }
    let defs = orgs::AcronymDefs::scan(&text, &g);
    for (k, &at) in marks.iter().enumerate() {
        let sdf = defs.before(&text, at, "SDF");
        let want = (10..120).contains(&k).then_some("Syrian Democratic Forces");
        assert_eq!(sdf, want, "sentence {k}");
        let ktb = defs.before(&text, at, "KTB");
        assert_eq!(ktb, (k >= 30).then_some("Kenya Tea Board"), "sentence {k}");
        assert_eq!(defs.before(&text, at, "XYZ"), None);
    }
    // A definition ends before the position asked: "(SDF)" itself is
    // after a speaker that starts inside it.
    let t = "the Syrian Democratic Forces (SDF) said";
    let defs = orgs::AcronymDefs::scan(t, &g);
    let close = t.find(')').unwrap();
    assert_eq!(defs.before(t, close - 1, "SDF"), None);
    assert_eq!(
        defs.before(t, close, "SDF"),
        Some("Syrian Democratic Forces")
    );
    // A person's initials define no organization; a party whose first
    // word is a given name does.
    let t = "Rep. Marjorie Taylor Greene (MTG) spoke. Justice Ruth Bader Ginsburg (RBG) wrote. \
             The Christian Social Union (CSU) voted.";
    let defs = orgs::AcronymDefs::scan(t, &g);
    assert_eq!(defs.before(t, t.len(), "MTG"), None);
    assert_eq!(defs.before(t, t.len(), "RBG"), None);
    assert_eq!(
        defs.before(t, t.len(), "CSU"),
        Some("Christian Social Union")
    );
}

#[test]
fn without_generation_byte_test_keeps_every_suffix() {
    use super::cands::{without_generation, GENERATIONS};
    // Every suffix passes the two-byte first test and is stripped.
    for g in GENERATIONS {
        let name = format!("Robert F. Kennedy {g}");
        assert_eq!(without_generation(&name), "Robert F. Kennedy", "{name}");
        assert_eq!(
            without_generation(&format!("Kennedy, Robert, {g}")),
            "Kennedy, Robert"
        );
        // One word before the suffix keeps it.
        let one = format!("Smith {g}");
        assert_eq!(without_generation(&one), one);
    }
    for name in [
        "Bill Barr",
        "John Mayor",
        "Mike Pence",
        "Sam Dr.",
        "Louis XIV",
        "Ana Sr",
        "Jr.",
        "II",
        "r.",
        "",
        "José Núñez Jr.",
        "Ed Vir",
        "Ed IIV",
    ] {
        let expect = match name {
            "José Núñez Jr." => "José Núñez",
            _ => name,
        };
        assert_eq!(without_generation(name), expect, "{name}");
    }
}

#[test]
fn suffix_byte_test_passes_every_suffix_generation_after_takes() {
    use super::antecedents::generation_after;
    use super::cands::GENERATIONS;
    use super::suffix_may_follow;
    // Every text after a mention that `generation_after` reads as a
    // suffix passes the two-letter byte test first.
    // (Counted: a `generation_after` that took nothing would leave the
    // loop nothing to assert.)
    let mut taken = 0;
    for g in GENERATIONS {
        for sep in [" ", ", "] {
            for after in ["", " said", ".", ", who", "\n"] {
                let rest = format!("{sep}{g}{after}");
                if generation_after(&rest).is_some() {
                    taken += 1;
                    assert!(suffix_may_follow(rest.as_bytes(), 0), "{rest:?}");
                    let text = format!("Donald Trump{rest}");
                    assert!(suffix_may_follow(text.as_bytes(), 12), "{text:?}");
                }
            }
        }
    }
    assert!(taken >= GENERATIONS.len(), "{taken}");
    // Capitals of other words fail it (the cold search runs for none of
    // them), and so do ends too near the text's end.
    for rest in [
        " Senate",
        " Secretary",
        " In",
        " Is",
        ", Sen.",
        ", Iowa",
        " J",
        ", I",
        " S",
        "",
    ] {
        assert!(!suffix_may_follow(rest.as_bytes(), 0), "{rest:?}");
        assert!(generation_after(rest).is_none(), "{rest:?}");
    }
    assert!(!suffix_may_follow(b"Trump", 5));
    assert!(!suffix_may_follow(b"Trump", 9));
}

#[test]
fn suffix_word_test_agrees_with_the_byte_test() {
    use super::{suffix_may_follow, suffix_may_follow_bytes};
    // Every text of up to six bytes from the patterns' bytes and two
    // others, at every end (past the text's end too): the four-byte word's
    // test and the byte test agree.
    let alphabet = *b" ,JSrIVx";
    let mut text = Vec::new();
    for len in 0..=6u32 {
        for code in 0..alphabet.len().pow(len) {
            text.clear();
            let mut c = code;
            for _ in 0..len {
                text.push(alphabet[c % alphabet.len()]);
                c /= alphabet.len();
            }
            for end in 0..=text.len() + 1 {
                assert_eq!(
                    suffix_may_follow(&text, end),
                    suffix_may_follow_bytes(&text, end),
                    "{:?} at {end}",
                    String::from_utf8_lossy(&text)
                );
            }
        }
    }
}

/// `text_gender`: the title before the name or a gendered noun in the
/// apposition after it; not a noun past a preposition.
#[test]
fn text_gender_reads_titles_and_appositions() {
    let at = |text: &str, name: &str| {
        let s = text.find(name).unwrap();
        text_gender(text, (s, s + name.len()))
    };
    let t = "Logan Reese, a spokeswoman for the hospital, said so.";
    assert_eq!(at(t, "Logan Reese"), Some(Gender::Female));
    let t = "Anh Cao, a former congressman from Louisiana, said so.";
    assert_eq!(at(t, "Anh Cao"), Some(Gender::Male));
    let t = "Bo Derek, the actress, said so.";
    assert_eq!(at(t, "Bo Derek"), Some(Gender::Female));
    let t = "Mr. Shirley Tate said so.";
    assert_eq!(at(t, "Shirley Tate"), Some(Gender::Male));
    assert_eq!(at(t, "Mr. Shirley Tate"), Some(Gender::Male));
    let t = "Ms. Gary Hill said so.";
    assert_eq!(at(t, "Gary Hill"), Some(Gender::Female));
    // (Not another person's noun, nor a clause.)
    let t = "Diane Smith, a friend of the congressman, said so.";
    assert_eq!(at(t, "Diane Smith"), None);
    let t = "Diane Smith, whose husband is ill, said so.";
    assert_eq!(at(t, "Diane Smith"), None);
    let t = "Diane Smith said so.";
    assert_eq!(at(t, "Diane Smith"), None);
    // (Each noun of the table passes the cheap first test; most words
    // of an apposition do not.)
    for (n, g) in GENDERED_NOUNS {
        assert!(may_be_gendered_noun(n), "{n}");
        let t = format!("Kim Lee, a {n}, said so.");
        assert_eq!(at(&t, "Kim Lee"), Some(*g), "{n}");
    }
    for w in [
        "official",
        "the",
        "lawyer",
        "chief",
        "president",
        "longtime",
    ] {
        assert!(!may_be_gendered_noun(w), "{w}");
    }
}

/// [`stop_may_end_before`] is false only where `previous_subject_at`'s
/// window, trimmed, ends with no stop (so finds no subject): texts of
/// spaces, stops, letters and characters past ASCII, at every position.
#[test]
fn stop_test_is_false_only_where_no_stop_ends_the_window() {
    let pieces = [
        "a", ".", " ", "\n", "\t", "\r", "\u{b}", "\u{c}", "\u{a0}", "\u{2009}", "é", "\"", "”",
        ",", "said.",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let (mut t, mut f) = (0, 0);
    for round in 0..4000 {
        let mut s = String::new();
        // (Some texts longer than the window: runs of spaces over it.)
        let n = match round % 100 {
            0 => 500,
            50 => 120,
            r => 1 + r % 9,
        };
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let p = pieces[(seed % pieces.len() as u64) as usize];
            s.push_str(if round % 100 == 0 { " " } else { p });
        }
        for pos in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            let lo = s.floor_char_boundary(pos.saturating_sub(SUBJECT_WINDOW));
            let stop = s[lo..pos].trim_end().ends_with('.');
            if stop_may_end_before(s.as_bytes(), pos) {
                t += 1;
            } else {
                assert!(!stop, "{s:?} {pos}");
                f += 1;
            }
        }
    }
    assert!(t > 1000 && f > 1000, "{t} {f}");
    assert!(stop_may_end_before(b"He said. He", 9));
    assert!(!stop_may_end_before(b"\"Not for children,\" he", 20));
}

#[test]
fn family_names_written_first_are_keyed_by_their_first_word() {
    // The table is sorted (binary search), lowercase, of short words.
    assert!(SURNAME_FIRST_FAMILIES.windows(2).all(|w| w[0] < w[1]));
    assert!(SURNAME_FIRST_FAMILIES
        .iter()
        .all(|f| f.len() <= 6 && f.bytes().all(|b| b.is_ascii_lowercase())));
    assert!(is_surname_first_family(b"mao") && is_surname_first_family(b"kim"));
    assert!(!is_surname_first_family(b"jordan") && !is_surname_first_family(b"Mao"));
    let key = |w: &[u8]| Some(cands::surname_key(w) ^ cands::FIRST_FAMILY_SALT);
    assert_eq!(cands::first_family_key("Mao Ning"), key(b"mao"));
    assert_eq!(cands::first_family_key("Kim Jong Un"), key(b"kim"));
    assert_eq!(cands::first_family_key("XI Jinping"), key(b"xi"));
    // Names of fewer than eight bytes (tested byte by byte), of eight
    // exactly, and a first word of six bytes (the longest).
    assert_eq!(cands::first_family_key("Yi Bo"), key(b"yi"));
    assert_eq!(cands::first_family_key("Li Qiang"), key(b"li"));
    assert_eq!(cands::first_family_key("Zhang Wei"), key(b"zhang"));
    assert_eq!(cands::first_family_key("Hwang Woo-suk"), key(b"hwang"));
    // One word, four words, other first words, and text of any bytes.
    for name in [
        "Mao",
        "Kim Jong Un Jr. II",
        "Jordan Smith",
        "M Ning",
        "Zhàng Wei",
        "Li",
        "Li Wei Bo Jr",
        "Ánh Li",
        "Wangxyz Li",
        "",
        " ",
    ] {
        assert_eq!(cands::first_family_key(name), None, "{name}");
    }
}

#[test]
fn title_positions_and_members_are_person_nouns() {
    use super::word_tables::OWN_TITLE_WORDS;
    // The players' positions and the members of a legislature in
    // OWN_TITLE_WORDS ("Pitcher" .. "MNA") are person nouns of
    // speaker_nouns.csv in lowercase ("the goalie said", "the MNA said").
    let lx = Lexicon::default_data().unwrap();
    let at = |w: &str| OWN_TITLE_WORDS.iter().position(|&x| x == w).unwrap();
    let positions = &OWN_TITLE_WORDS[at("Pitcher")..=at("MNA")];
    assert!(positions.len() > 20, "{positions:?}");
    for w in positions {
        assert_eq!(
            lx.speaker_noun(&w.to_lowercase()),
            Some(NounType::Person),
            "{w}"
        );
    }
}

#[test]
fn title_abbreviations_with_a_stop_end_no_sentence() {
    use super::word_tables::OWN_TITLE_WORDS;
    use crate::text::segment::ABBREVIATIONS;
    // Each title written with a stop ("Coun.", "Cst.", "Sen.") is an
    // abbreviation of the segmenter, so that "Coun. Brian Stone" stays
    // one sentence. (Not "Smt.", which the segmenter lacks.)
    let mut n = 0;
    for w in OWN_TITLE_WORDS {
        let Some(a) = w.strip_suffix('.') else {
            continue;
        };
        if *w == "Smt." {
            continue;
        }
        n += 1;
        assert!(ABBREVIATIONS.contains(&a.to_lowercase().as_str()), "{w}");
    }
    assert!(n >= 10, "{n}");
}

#[test]
fn a_list_of_names_needs_an_and_before_its_verb() {
    // `may_open_list` answers true for every sentence `list_subject`
    // may read as a list, false for sentences with no "and" before the
    // first word with no capital.
    for s in [
        "Huffman, Russo and Lee met later.",
        "Matt Huffman and Allison Russo met.",
        "Sen. Huffman, Rep. Russo, and Lee met.",
        "Ánh and Lee met.",
        "Élodie Li said so.",
        // A capitalized pronoun passes the byte test; `list_subject` reads it.
        "He and Lee met.",
    ] {
        assert!(may_open_list(s.as_bytes()), "{s}");
    }
    for s in [
        "Huffman said the plan would pass.",
        "The president met Russo and Lee.",
        "Huffman  and Lee met.",
        "Huffman, Russo and",
        "Huffman Russo Lee",
        "\"Huffman and Lee met.\"",
        "",
        " ",
    ] {
        assert!(!may_open_list(s.as_bytes()), "{s}");
    }
}

#[test]
fn airline_head_takes_airline_names_and_words_in_air() {
    let g = Gazetteer::default_data().unwrap();
    for name in [
        "Southwest Airlines",
        "Delta Air Lines",
        "Korean Air",
        "Wizz Air",
        "Ryanair",
        "EgyptAir",
        "Finnair",
        "Air France",
        "Air New Zealand",
        "Air India Express",
        "Lufthansa",
        "Qantas",
        "Jet2",
        "Saudia",
        "Air Serbia",
        "Air Europa",
        "Emirates airline",
    ] {
        assert!(orgs::airline_head(name, &g), "{name}");
    }
    for name in [
        "Air Products",
        "Air Liquide",
        "Mayfair",
        "Vanity Fair",
        "Home Repair",
        "Pentair",
        "Air",
        "Goldman Sachs",
        "Ferrari",
        "# Airlines whose names have no airline word: \"the airline\" or \"the",
    ] {
        assert!(!orgs::airline_head(name, &g), "{name}");
    }
}
