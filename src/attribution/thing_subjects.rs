//! Draft filter for subjects that speak for no one: a thing or a market
//! ("The report showed", "Stocks rose") rather than a speaker, advice
//! modals, bare statements, addressed audiences and adverbs taken for
//! speakers; and object stances of a physical sense ("The tornado ripped
//! the roof off", "Shares of Tesla declined 4.2 percent"). Decides whether
//! a subject-cue, participle or object-stance draft is kept.

use super::draft_filters::is_year;
use super::*;

/// Head nouns of subjects that name an outcome, a trend, a thing, a
/// natural event or an act, a quality or a feeling, which report and intend
/// nothing: "The loss raises the possibility that ...", "The overall
/// backdrop favors Clinton", "The storm raised fears of flooding", "The
/// fight in Nevada underscored the determination of ...", "The latest
/// hiccup adds to ...", "The selloff reflects fears that ...". (Not
/// documents, polls, events with voices or organizations, which news and
/// PolNeAR make sources: "report", "poll", "debate", "race", "deal",
/// "bill", "campaign", "plan", "move", "decision", "results", "findings",
/// "data", "figures", "remarks", "speech"; nor "demographics" and
/// "regions", which PolNeAR annotates as sources; nor "region" and
/// "territory", which wire news makes the voice of a government: "The
/// breakaway region accused Moldova of ...".)
const THING_SUBJECTS: &[&str] = &[
    "loss",
    "losses",
    "win",
    "victory",
    "victories",
    "defeat",
    "defeats",
    "backdrop",
    "wall",
    "border",
    "procedure",
    "trend",
    "trends",
    "growth",
    "decline",
    "surge",
    "slump",
    "downturn",
    "recession",
    "storm",
    "storms",
    "hurricane",
    "weather",
    "flood",
    "floods",
    "drought",
    "earthquake",
    "outbreak",
    "crash",
    "collapse",
    "violence",
    "economy",
    "momentum",
    "mood",
    "landscape",
    "climate",
    "turnout",
    "stability",
    "consolidation",
    "feeling",
    "feelings",
    "sentiment",
    "anger",
    "frustration",
    "smiles",
    "manner",
    "preference",
    "pressure",
    "pressures",
    "tension",
    "tensions",
    "uncertainty",
    "volatility",
];

/// Thing heads that are also surnames, given names or groups' names
/// ("Wall", "Storm", "Momentum", "Future", "Battle"): capitalized, a
/// speaker before a cue of inference ([`thing_subject`]).
const THING_NAMES: &[&str] = &[
    "wall",
    "storm",
    "storms",
    "momentum",
    "future",
    "battle",
    "manner",
    "spike",
    "flood",
    "win",
    "victory",
    "discovery",
    "border",
    "hurricane",
    "crash",
    "fall",
    "rise",
    "boom",
];

/// More heads of [`THING_SUBJECTS`] (a [`WordList`] holds 64 words):
/// fights and acts of force, efforts and steps and their outcomes.
const THING_ACTS: &[&str] = &[
    "talks",
    "negotiations",
    "fight",
    "fights",
    "fighting",
    "battle",
    "battles",
    "clash",
    "clashes",
    "fracas",
    "scuffle",
    "brawl",
    "skirmish",
    "firepower",
    "fusillade",
    "barrage",
    "onslaught",
    "offensive",
    "shooting",
    "bombing",
    "blast",
    "explosion",
    "fire",
    "conflict",
    "upheaval",
    "unrest",
    "turmoil",
    "chaos",
    "effort",
    "efforts",
    "performance",
    "hiccup",
    "setback",
    "setbacks",
    "mistake",
    "mistakes",
    "error",
    "errors",
    "blunder",
    "gaffe",
    "rejection",
    "creation",
    "discovery",
    "trip",
    "visit",
    "appointment",
    "resignation",
    "departure",
    "arrival",
    "upset",
    "rout",
    "shift",
    "episode",
    "incident",
    "accident",
    "scandal",
    "controversy",
    "crisis",
    "problem",
    "problems",
    "future",
];

/// More heads of [`THING_SUBJECTS`]: market and economic moves ("The
/// selloff reflects fears that ...", "The rise in prices shows ...").
pub(super) const THING_MOVES: &[&str] = &[
    "borrowing",
    "spending",
    "lending",
    "advances",
    "gains",
    "selloff",
    "rise",
    "fall",
    "drop",
    "jump",
    "increase",
    "decrease",
    "rebound",
    "recovery",
    "expansion",
    "contraction",
    "inflation",
    "unemployment",
    "deficit",
    "shortage",
    "shortages",
    "spike",
    "boom",
    "bubble",
];

/// Words that end the head of a speaker phrase: its last word before them
/// is the head ("the fight in Nevada", "The rejection of the treaty",
/// "Witnesses to the blast", "Sources close to the effort"; "families
/// affected by mass shootings" has no listed head): the prepositions,
/// relatives and conjunctions a speaker phrase holds.
const THING_PHRASE_BREAKS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "about",
    "over",
    "under",
    "after",
    "before",
    "during",
    "into",
    "than",
    "who",
    "which",
    "that",
    "whose",
    "whom",
    "and",
    "or",
    "to",
    "near",
    "behind",
    "against",
    "amid",
    "like",
    "toward",
    "towards",
    "between",
    "among",
    "across",
    "around",
    "through",
    "throughout",
    "without",
    "within",
    "beyond",
    "inside",
    "outside",
    "along",
    "despite",
    "since",
    "via",
    "upon",
    "onto",
    "but",
    "nor",
    "unlike",
];

/// Words that make a speaker phrase hold a clause, whose subject may
/// speak ("Mr. Rubio's problems on Saturday began when Mr. Christie ...",
/// "The rise in yields came after the Fed said ..."); looked for after the
/// phrase's first break, so "The drop after the recall" is still a thing.
const THING_CLAUSE_WORDS: &[&str] = &[
    "when", "while", "because", "as", "if", "where", "until", "after", "before", "since", "once",
];

/// Words before a participle that keep it in the noun phrase as its
/// modifier ("The escalating crisis", "its continued fighting"), so it
/// ends no head (as it does in "Officers responding to the shooting").
const THING_DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    "any", "some", "no", "every", "each",
];

/// Verbs that, in the base or -s form after a listed head and before a
/// noun phrase, make the phrase a clause ("The gains suggest investors |
/// think ...", "The slump suggests investors | fear ...").
const THING_VERBS: &[&str] = &[
    "suggest",
    "show",
    "signal",
    "indicate",
    "reflect",
    "mean",
    "underscore",
    "highlight",
    "prove",
    "raise",
    "fuel",
    "spark",
    "prompt",
    "stoke",
    "leave",
    "make",
    "hint",
    "confirm",
    "point",
    "add",
];

/// Whether the speaker of a subject-cue or participle draft is a thing
/// that speaks for no one ([`THING_SUBJECTS`], [`THING_ACTS`],
/// [`THING_MOVES`]). Its head is the last word before the phrase's first
/// break: a word of [`THING_PHRASE_BREAKS`], or a lowercase -ing or -ed
/// word after a first word that is no determiner, possessive or -ly
/// adverb ("Officers responding to ...", "The slump fueled"), unless that
/// word is itself a listed head ("The shooting", "The fighting"). The words
/// before the break, or all of them, are at most five with no comma, and
/// the head is listed, in lowercase (a capitalized one may be a name:
/// "Victory", a party, "Momentum", a campaign group); the rest after the
/// break holds no clause ([`THING_CLAUSE_WORDS`]). Or, before the break, a
/// listed head is followed by a verb: one of [`THING_VERBS`] or its -s
/// form with a word after it (the speaker of a nested cue: "The slump suggests
/// investors | fear ...", whose row is dropped with the thing's), or an -s
/// word ending the phrase before a noun cue in -s, which a plural noun
/// before it would not take ("The selloff reflects | fears that ...", but
/// "The shooting victims fear ..."). Train: 28 rows, none right ("The
/// fracas erupted ..., vowing to", "The fight in Nevada underscored the
/// determination of ...", "The latest hiccup adds to ...", "The rejection
/// of the treaty signals ...").
///
/// `phrase` is the speaker's text (`&text[sp.0..sp.1]`, sliced once by
/// `dropped_draft`; "" when the draft has no speaker).
#[inline]
pub(super) fn thing_subject(text: &str, d: &Draft, phrase: &str) -> bool {
    const WORDS: WordList = WordList::new(THING_SUBJECTS);
    const ACTS: WordList = WordList::new(THING_ACTS);
    const MOVES: WordList = WordList::new(THING_MOVES);
    const BREAKS: WordList = WordList::new(THING_PHRASE_BREAKS);
    const CLAUSE: WordList = WordList::new(THING_CLAUSE_WORDS);
    const DETS: WordList = WordList::new(THING_DETERMINERS);
    const VERBS: WordList = WordList::new(THING_VERBS);
    const NAMES: WordList = WordList::new(THING_NAMES);
    // (Functions, not a closure: the closure stayed out of line, a call
    // for each of some 17,000 drafts a pass over train, most of them
    // turned down by the first byte, a capital of a name.)
    #[inline(always)]
    fn listed(h: &[u8]) -> bool {
        h.first().is_some_and(u8::is_ascii_lowercase) && listed_word(h)
    }
    fn listed_word(h: &[u8]) -> bool {
        WORDS.has_bytes(h) || ACTS.has_bytes(h) || MOVES.has_bytes(h)
    }
    let lower = |w: &[u8]| w.len() > 3 && w.iter().all(u8::is_ascii_lowercase);
    // (The words by bytes, split at spaces: `split_ascii_whitespace` and
    // `rsplit_once` cost some 3 M a pass over the drafts of the subject
    // rules, nearly all of them names and pronouns.)
    let b = phrase.as_bytes();
    // One word (most speakers: a name or a pronoun) is its own head, no
    // walk needed.
    if !b.contains(&b' ') {
        return listed(b) && !BREAKS.has_bytes(b) && !b.ends_with(b",")
            // A capitalized head (in any place) before a cue of inference
            // ("Inflation reflects fears that ...", "Unemployment signals
            // ..."; by the -s or past forms of the list below, so a plural
            // head's base form, "Talks suggest a deal is close", is not
            // asked and keeps its row): a thing, as in lowercase (a capitalized head is kept
            // elsewhere: it may name a party or a group), unless the head
            // is also a name ([`THING_NAMES`]: "Wall suggests the company
            // was aware ...", "Momentum says").
            // (The speaker's length and first byte first, two tests in
            // line that turn down the pronouns "he", "she", "we" and the
            // lowercase words; then the cue, whose length and bytes turn
            // down most other drafts, "said" and names, before the
            // speaker's lists. A `match`, not `is_some_and`: its closure
            // stayed out of line, a call for each of some 17,000 drafts a
            // pass over train.)
            || b.len() > 3
                && b[0].is_ascii_uppercase()
                && match d.cue {
                    Some((a, c, _)) => {
                        const INFER: WordList = WordList::new(&[
                            "reflects", "reflected", "shows", "showed", "suggests", "suggested",
                            "signals", "signaled", "signalled", "indicates", "indicated", "means",
                            "meant", "underscores", "underscored",
                        ]);
                        text.get(a..c).is_some_and(|w| INFER.has(w))
                    }
                    None => false,
                }
                && b[1..].iter().all(u8::is_ascii_lowercase)
                && (WORDS.has_bytes(b) || ACTS.has_bytes(b) || MOVES.has_bytes(b))
                && !NAMES.has_bytes(b);
    }
    let mut ws: [&[u8]; 5] = [&[]; 5];
    let (mut n, mut start, mut end) = (0, 0, b.len());
    for i in 0..=b.len() {
        if i < b.len() && b[i] != b' ' {
            continue;
        }
        let w = &b[start..i];
        start = i + 1;
        if w.is_empty() {
            continue;
        }
        if BREAKS.has_bytes(w) {
            end = i;
            break;
        }
        // A participle after a noun ends its phrase ("Officers responding
        // to the shooting", "The slump fueled"), one after a determiner or
        // adverb describes the head ("The escalating crisis", "The widely
        // expected rise"), and one before a noun is a compound's middle
        // ("The earthquake monitoring agency", "The climate working group").
        if n > 0
            && lower(w)
            && (w.ends_with(b"ing") || w.ends_with(b"ed"))
            && !listed(w)
            && !DETS.has_bytes(ws[n - 1])
            && !ws[n - 1].ends_with(b"'s")
            && !ws[n - 1].ends_with(b"ly")
            && {
                let next = b[(i + 1).min(b.len())..]
                    .split(|&c| c == b' ')
                    .next()
                    .unwrap_or(&[]);
                next.is_empty() || BREAKS.has_bytes(next) || DETS.has_bytes(next)
            }
        {
            end = i;
            break;
        }
        if n == 5 || w.ends_with(b",") {
            return false;
        }
        ws[n] = w;
        n += 1;
    }
    if n == 0 {
        return false;
    }
    if listed(ws[n - 1]) {
        // (The break word itself is skipped: "The drop after the recall".)
        return b[end..]
            .split(|&c| c == b' ')
            .all(|w| w.is_empty() || !CLAUSE.has_bytes(w));
    }
    // A verb of [`THING_VERBS`] or its -s form before a noun phrase ("The
    // slump suggests investors"; not "The fire brigades union").
    let verb = |w: &[u8]| {
        VERBS.has_bytes(w) || w.len() > 3 && w.ends_with(b"s") && VERBS.has_bytes(&w[..w.len() - 1])
    };
    (0..n - 1).any(|j| {
        listed(ws[j])
            && if j + 2 < n {
                verb(ws[j + 1])
            } else {
                end == b.len()
                    && lower(ws[j + 1])
                    && ws[j + 1].ends_with(b"s")
                    && d.cue.is_some_and(|(_, c, _)| {
                        text.as_bytes().get(c.wrapping_sub(1)) == Some(&b's')
                    })
            }
    })
}

/// Whether a draft of "want" has "may" or "might" right before its cue,
/// or before one of "also", "well", "still", "just", "even", "really"
/// right before it ("Investors may want to wait for the figures", "The
/// board might want to reconsider", "Buyers may also want to check",
/// "Lawmakers might well want to wait", "may actually want"): the writer's
/// hedged advice to the subject, not a wish the subject voiced. Train: 5 such rows, 1 right.
/// "would want", "may not want" and "may have wanted" stay (a stated or
/// reported wish).
pub(super) fn advice_modal(text: &str, d: &Draft) -> bool {
    let Some((a, _, _)) = d.cue else {
        return false;
    };
    let modal = |w: &str| w.eq_ignore_ascii_case("may") || w.eq_ignore_ascii_case("might");
    let from = text.floor_char_boundary(a.saturating_sub(24));
    let Some(w) = last_word_in(text, from, a) else {
        return false;
    };
    if modal(w) {
        return true;
    }
    // (Or an adverb in "-ly": "may actually want", "might eventually
    // want".)
    // Not an adverb of the wish's strength ("may badly want a trade
    // deal": the subject's own wish).
    let ly = w.len() > 4
        && w.ends_with("ly")
        && w.bytes().all(|c| c.is_ascii_lowercase())
        && !["badly", "desperately", "sorely", "dearly", "truly"].contains(&w);
    if !ly
        && !["also", "well", "still", "just", "even", "really"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    {
        return false;
    }
    // (The word's start in `text`: `last_word_in` returns a slice of it.)
    let at = w.as_ptr() as usize - text.as_ptr() as usize;
    last_word_in(text, from, at).is_some_and(modal)
}

/// Whether a draft of "back" has for its content the particle "down",
/// which makes the verb another one: to yield ("was not backing down",
/// "backed down from the proposal"), no stance of support (train: 2 rows,
/// none right). "back up" stays (support: "backed up the board"; or
/// proof: "backed up its claim with images", train 1 row), as do "back
/// away from" and "back off", a position given up, which gold marks as a
/// stance ("didn't back away from his pledge").
pub(super) fn phrasal_back(text: &str, d: &Draft) -> bool {
    let w = first_word(slice_of(text, d.content.0, d.content.1));
    w.trim_end_matches(|c: char| !c.is_ascii_alphabetic())
        .eq_ignore_ascii_case("down")
}

/// Whether a draft of a relative "who" has for its content an object
/// pronoun and the subject's own speech cue ("Those who know him say he
/// is stubborn", "People who know her said ..."): the relative clause is
/// part of the subject of "say", which gives the row.
///
/// `phrase` is the speaker's text (`&text[sp.0..sp.1]`, sliced once by
/// `dropped_draft`; "" when the draft has no speaker).
#[inline]
pub(super) fn relative_in_subject(text: &str, d: &Draft, phrase: &str) -> bool {
    if d.speaker.is_none() || !phrase.eq_ignore_ascii_case("who") {
        return false;
    }
    let mut words = text[d.content.0..d.content.1].split(' ');
    matches!(words.next(), Some("him" | "her" | "them" | "me" | "us"))
        && matches!(words.next(), Some("say" | "says" | "said"))
}

/// Whether a `speaker-cue-obj` draft of "issue/release" has a bare
/// statement for its object ("issued a statement Thursday", "released the
/// following statement", "issued a formal statement Sunday afternoon",
/// "released a statement after ..."): the act of publishing, whose words
/// come after it, not a content. A statement that carries its words or
/// topic stays ("issued a statement saying ...", "released a statement
/// condemning ...", "issued a statement on the subject").
pub(super) fn bare_statement(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    // After a day ("Monday", "today": `DAYS`) or these; the first four
    // also after "on".
    const AFTER: &[&str] = &[
        "this",
        "last",
        "earlier",
        "later",
        "late",
        "early",
        "after",
        "at",
        "before",
        "when",
        "following",
        "on",
    ];
    let day = |w: &str| sent::DAYS.words().contains(&w);
    let Some((_, _, ci)) = d.cue else {
        return false;
    };
    if d.rule != "speaker-cue-obj" || !matches!(lx.cue(ci).lemma.as_str(), "issue" | "release") {
        return false;
    }
    let Some(content) = text.get(d.content.0..d.content.1) else {
        return false;
    };
    let words: Vec<&str> = content.split_whitespace().take(40).collect();
    let Some(first) = words.first() else {
        return false;
    };
    if !["a", "an", "the"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first))
    {
        return false;
    }
    let trim = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    };
    let Some(h) = (1..words.len().min(4))
        .find(|&i| matches!(trim(words[i]).as_str(), "statement" | "statements"))
    else {
        return false;
    };
    if words[1..h]
        .iter()
        .any(|w| !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
    {
        return false;
    }
    let rest = &words[h + 1..];
    let on_time = |k: usize| {
        trim(rest[k]) != "on"
            || rest.get(k + 1).is_some_and(|w| {
                let w = trim(w);
                day(&w) || AFTER[..4].contains(&w.as_str())
            })
    };
    let after = |w: &str| {
        let w = trim(w);
        day(&w) || AFTER.contains(&w.as_str())
    };
    (rest.is_empty() || after(rest[0]) && on_time(0))
        && !rest
            .iter()
            .any(|w| trim(w).ends_with("ing") || w.contains(['"', '“', '”', '‘', ':']))
}

/// Whether a `speaker-cue-obj` or `opening-participle` draft of "address"
/// has an audience for its object ("addressed a Wednesday night rally",
/// "addressed big, boisterous rallies", "addressed the students of the
/// university", "addresses a very different party", "addressed voters on
/// the street", "Addressing a press conference, the minister said ...",
/// "Addressing the nation, he said ..."): speaking to people, not
/// addressing an issue ("addressed the fact that ...", "addressed voters'
/// concerns", "Addressing the issue, she said ..."). The head is looked for
/// among the first five words, before any preposition; an audience word
/// counts only as the head, when a preposition, a comma, a stop, a cue in
/// "-ing" or "-ed", a capital or the end of the phrase follows it, not
/// another noun ("Addressing the media blackout", "the workers strike",
/// "the workers protest", "the summit agenda" are issues).
pub(super) fn addressed_audience(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    const AUDIENCES: &[&str] = &[
        "rally",
        "rallies",
        "crowd",
        "crowds",
        "students",
        "voters",
        "supporters",
        "audience",
        "audiences",
        "convention",
        "delegates",
        "congregation",
        "conference",
        "gathering",
        "assembly",
        "party",
        "graduates",
        "troops",
        "workers",
        "members",
        "meeting",
        "summit",
        "forum",
        "luncheon",
        "dinner",
        "ceremony",
        "function",
        "event",
        "session",
        "sitting",
        "seminar",
        "webinar",
        "workshop",
        "briefing",
        "nation",
        "reporters",
        "journalists",
        "newsmen",
        "media",
        "participants",
        "attendees",
        "lawmakers",
        "legislators",
        "residents",
        "press",
        "faithful",
    ];
    // The prepositions that end the search: a word after them is no head
    // of the object ("the issue of security"). After an audience word
    // they make it the head (but see "of" below).
    const PREPOSITIONS: &[&str] = &["of", "on", "in", "at", "about", "that", "to", "for", "with"];
    // The other words after which an audience word is the head of the
    // object.
    const AFTER_HEAD: &[&str] = &[
        "from",
        "during",
        "across",
        "near",
        "outside",
        "inside",
        "after",
        "before",
        "via",
        "by",
        "and",
        "or",
        "as",
        "who",
        "which",
        "where",
        "when",
        "while",
        "here",
        "there",
        "this",
        "last",
        "earlier",
        "late",
        "yesterday",
        "today",
        "tonight",
        "again",
        "gathered",
        "assembled",
        "organised",
        "organized",
        "held",
    ];
    let Some((_, _, ci)) = d.cue else {
        return false;
    };
    if !matches!(d.rule, "speaker-cue-obj" | "opening-participle") || lx.cue(ci).lemma != "address"
    {
        return false;
    }
    let Some(content) = text.get(d.content.0..d.content.1) else {
        return false;
    };
    let mut words = content.split_whitespace().take(5).peekable();
    while let Some(w) = words.next() {
        let bare = w.trim_end_matches([',', '.', ';']);
        if AUDIENCES.contains(&bare)
            && (bare.len() < w.len()
                || words.peek().is_none_or(|n| {
                    let n = n.trim_end_matches([',', '.', ';']);
                    // After "function", "event", "session" or
                    // "sitting", "of" and a noun that is no audience
                    // make it no head: "the function of the court" (an
                    // issue); "a session of parliament" is an audience,
                    // as "students of the university" is.
                    n == "of"
                        && (!matches!(bare, "function" | "event" | "session" | "sitting") || {
                            let mut after = content
                                [w.as_ptr() as usize - content.as_ptr() as usize..]
                                .split_whitespace()
                                .skip(2)
                                .map(|a| a.trim_end_matches([',', '.', ';']))
                                .skip_while(|a| matches!(*a, "the" | "a" | "an"));
                            after.next().is_some_and(|a| {
                                AUDIENCES.contains(&a)
                                    || matches!(
                                        a,
                                        "parliament" | "Parliament" | "congress" | "Congress"
                                    )
                            })
                        })
                        || n != "of" && PREPOSITIONS.contains(&n)
                        || AFTER_HEAD.contains(&n)
                        || n.starts_with(|c: char| !c.is_lowercase())
                        || (n.ends_with("ing") || n.ends_with("ed")) && lx.cue_word(n).is_some()
                }))
        {
            return true;
        }
        if PREPOSITIONS.contains(&bare) || bare.len() < w.len() && !w.ends_with(',') {
            return false;
        }
    }
    false
}

/// The words of [`is_adverb_speaker`].
pub(super) const ADVERB_SPEAKERS: &[&str] = &[
    "usually",
    "hastily",
    "perhaps",
    "absent",
    "beyond",
    "besides",
    "initially",
    "shortly",
    "ultimately",
    "eventually",
    "apparently",
    "clearly",
    "finally",
    "meanwhile",
    "instead",
    "overall",
    "however",
    "nonetheless",
    "nevertheless",
    "moreover",
    "furthermore",
    "indeed",
    "ironically",
    "unfortunately",
    "fortunately",
    "obviously",
    "importantly",
    "interestingly",
    "surprisingly",
    "separately",
    "additionally",
    "afterward",
    "afterwards",
    "despite",
    "although",
    "whereas",
    "unless",
    "following",
    "including",
    "regarding",
    "unlike",
    "maybe",
    "sometimes",
    "rather",
];

/// Sentence adverbs and prepositions that are never a speaker on their own.
#[inline]
pub(super) fn is_adverb_speaker(w: &str) -> bool {
    // (Most speakers are names of a length some adverb has: their first
    // letter, looked up for their length, rejects them before the list.)
    const WORDS: WordList = WordList::new(ADVERB_SPEAKERS);
    WORDS.has(w)
}

/// Whether the speaker `phrase` of `d` is a wire note's, not a speaker's:
/// a correction note's version of the story ("A previous version of this
/// story said ...", "An earlier version of this article incorrectly
/// stated ...": a version of the text itself is no source), or the verb of
/// an update slug in parentheses ("(Adds comment from Liverpool manager in
/// paragraphs 4-5)", "(Updates with quotes from minister)", whose verb the
/// subject rules take for a speaker before the noun "comment").
/// (Not another text's version: "The Senate version of the bill says"
/// names a document, a source in news and PolNeAR.)
#[inline]
pub(super) fn wire_note(text: &str, d: &Draft, phrase: &str) -> bool {
    const DOCS: WordList = WordList::new(&[
        "story",
        "article",
        "report",
        "post",
        "column",
        "piece",
        "item",
        "headline",
        "photo",
        "caption",
        "graphic",
        "video",
        "release",
        "obituary",
        "editorial",
        "review",
    ]);
    const SLUG_VERBS: WordList = WordList::new(&[
        "adds",
        "updates",
        "recasts",
        "corrects",
        "changes",
        "fixes",
        "removes",
        "rewrites",
        "refiles",
        "inserts",
        "clarifies",
        "deletes",
        "replaces",
    ]);
    let b = phrase.as_bytes();
    // (The length first: most speakers are short names and pronouns; then
    // the first byte of the article that opens a note, "A", "An", "The".)
    if b.len() >= 24 {
        if !matches!(b[0], b'A' | b'T' | b'a' | b't') {
            return false;
        }
        // (The word "version" second or third, after the article and at
        // most one adjective, "previous", "earlier", "original": read byte
        // by byte from the start, with no searcher set up, not searched for
        // in the whole phrase.)
        const KEY: &[u8] = b"version of this ";
        let det = if b[..2].eq_ignore_ascii_case(b"a ") {
            2
        } else if b[..3].eq_ignore_ascii_case(b"an ") {
            3
        } else if b[..4].eq_ignore_ascii_case(b"the ") {
            4
        } else {
            return false;
        };
        let r = &b[det..];
        let at = if r.starts_with(KEY) {
            det
        } else {
            match r.iter().take(16).position(|&c| c == b' ') {
                Some(p) if r[p + 1..].starts_with(KEY) => det + p + 1,
                _ => return false,
            }
        };
        let doc = phrase.get(at + KEY.len()..).unwrap_or("");
        let doc = doc.split_once(' ').map_or(doc, |(w, _)| w);
        return DOCS.has(doc.trim_end_matches(','));
    }
    (4..=9).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && d.speaker
            .is_some_and(|sp| text.as_bytes().get(sp.0.wrapping_sub(1)) == Some(&b'('))
        && SLUG_VERBS.has(phrase)
}

/// Heads of weather and disaster subjects, which hit by force, not by a
/// view ("The tornado ripped the roof off a school", "Floodwaters slammed
/// the town"): with a cue of force ([`FORCE_CUES`]) an object-stance
/// draft (`speaker-cue-obj`) is no stance ([`physical_sense`]). (Not
/// "storm" or "hurricane" capitalized alone, which may be a name, "Storm
/// Reid": [`named_storm`] takes "Hurricane Ian". Some of these words are
/// also [`THING_SUBJECTS`], which hold for other rules and cues.)
const WEATHER_DOERS: &[&str] = &[
    "hurricane",
    "hurricanes",
    "storm",
    "storms",
    "tornado",
    "tornadoes",
    "twister",
    "typhoon",
    "typhoons",
    "cyclone",
    "cyclones",
    "quake",
    "earthquake",
    "aftershock",
    "tsunami",
    "flood",
    "floods",
    "floodwaters",
    "flooding",
    "wildfire",
    "wildfires",
    "fire",
    "fires",
    "blaze",
    "flames",
    "winds",
    "gusts",
    "rains",
    "downpour",
    "snowstorm",
    "blizzard",
    "hail",
    "avalanche",
    "landslide",
    "mudslide",
    "waves",
];

/// Heads of animal subjects, which attack bodily ("The dog attacked a boy",
/// "A pit bull attacked a 5-year-old girl", "A mountain lion attacked a
/// hiker"): with a cue of force no stance ([`physical_sense`]; not after
/// "attack": "Putin's attack dog blasted the sanctions", a surrogate; not
/// before "of": "the lion of the Senate").
const ANIMALS: &[&str] = &[
    "dog",
    "dogs",
    "pitbull",
    "bull",
    "shark",
    "sharks",
    "bear",
    "bears",
    "alligator",
    "alligators",
    "crocodile",
    "crocodiles",
    "lion",
    "lions",
    "cougar",
    "wolf",
    "wolves",
    "tiger",
    "leopard",
    "hippo",
    "animal",
    "animals",
];

/// Heads of counts and groups before "of" + an animal ("Dozens of wolves",
/// "A pack of dogs"): the animals are the subject ([`force_of_nature`]).
const ANIMAL_GROUPS: &[&str] = &["dozens", "hundreds", "pack", "packs", "swarm", "herd"];

/// The cue lemmas of force, which have a bodily sense beside the verbal
/// one ("attacked the plan" / "The dog attacked a boy"): with a weather
/// or animal subject no stance ([`physical_sense`]).
pub(super) const FORCE_CUES: &[&str] = &[
    "attack",
    "assail",
    "bash",
    "blast",
    "hammer",
    "knock",
    "rip",
    "slam",
    "savage",
    "trash",
    "block",
    "jab",
    "eviscerate",
];

/// Heads of sports titles, which a player holds and "defends" ("Nadal
/// defended his French Open title", "defended her WBC belt", "defended
/// the Olympic gold medal"): no stance ([`physical_sense`]). (Not before
/// "of": "defended the title of the bill".)
const SPORTS_TITLES: &[&str] = &[
    "title",
    "titles",
    "crown",
    "crowns",
    "belt",
    "championship",
    "championships",
    "trophy",
    "pennant",
    "medal",
];

/// Units after a number that make a "decline" object a figure's fall
/// ("declined 3 percent", "declined 200 points", "declined 50 basis
/// points"). ("Teachers are seeking 10 percent" is a stance: only
/// "decline" takes them, [`quantity_object`].)
const QUANTITY_UNITS: &[&str] = &[
    "percent",
    "pct",
    "percentage",
    "points",
    "point",
    "basis",
    "cents",
    "barrels",
];

/// Counts of people after a number that make a "dismiss" object staff let
/// go ("dismissed 200 workers", "dismissed about 300 employees last
/// month"). ("dismissed 3 of the charges": no count of people.)
const PEOPLE_COUNTS: &[&str] = &[
    "workers",
    "employees",
    "staff",
    "staffers",
    "people",
    "officers",
    "soldiers",
    "troops",
    "players",
    "teachers",
    "civil",
    "officials",
    "judges",
    "police",
    "policemen",
];

/// Heads of staff objects of "dismiss", which fire them rather than a
/// claim ("The company dismissed its chief executive", "The prime
/// minister dismissed the defense minister"; "dismissed the coach's
/// complaint" keeps its row: its head is "complaint").
const STAFF_OBJECTS: &[&str] = &[
    "workers",
    "employees",
    "staff",
    "staffers",
    "workforce",
    "crew",
    "coach",
    "manager",
    "officer",
    "officers",
    "executive",
    "executives",
    "director",
    "minister",
    "ministers",
    "aide",
    "aides",
    "players",
    "teachers",
    "guards",
    "soldiers",
    "cabinet",
    "commander",
    "general",
];

/// Words that, as an object's first words, stand before a number
/// ("declined by 3 percent", "dismissed about 200 workers", "declined
/// more than 2 percent"). (The unit must then end the object: "rejected a
/// 3 percent raise" is no quantity.)
const QUANTITY_LEADS: &[&str] = &[
    "by",
    "about",
    "nearly",
    "almost",
    "some",
    "roughly",
    "around",
    "more",
    "than",
    "over",
    "another",
    "up",
    "to",
    "as",
    "much",
    "many",
    "just",
    "under",
    "less",
    "fewer",
    "least",
    "at",
    "a",
    "further",
    "an",
    "additional",
    "only",
];

/// A phrase's words up to its head ([`head_words`]): the first, the head
/// and the word before it ("" where the phrase has fewer), their count and
/// the break word that ends them ("" for none).
#[derive(Clone, Copy, Default)]
struct HeadWords<'a> {
    before: &'a str,
    head: &'a str,
    n: usize,
    brk: &'a str,
}

/// The words of a phrase up to its head: at most eight, ended by a break
/// word ([`THING_PHRASE_BREAKS`], or "off", "out", "as", "past") or by a word
/// that closes with punctuation (kept, without it). Each word is trimmed of
/// the punctuation at its ends ([`trim_word`]). One walk over the bytes,
/// which keeps only the words its callers read.
fn head_words(t: &str) -> HeadWords<'_> {
    const BREAKS: WordList = WordList::new(THING_PHRASE_BREAKS);
    let mut h = HeadWords::default();
    let b = t.as_bytes();
    let mut i = 0;
    while h.n < 8 {
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let s = i;
        while b.get(i).is_some_and(|c| !c.is_ascii_whitespace()) {
            i += 1;
        }
        // (Cut at ASCII whitespace or the ends: char boundaries.)
        let w = trim_word(t.get(s..i).unwrap_or(""));
        if w.is_empty() {
            break;
        }
        if h.n > 0 && (BREAKS.has(w) || matches!(w, "off" | "out" | "as" | "past")) {
            h.brk = w;
            return h;
        }
        h.before = h.head;
        h.head = w;
        h.n += 1;
        if matches!(b[i - 1], b',' | b';' | b':' | b'.' | b')' | b'!' | b'?') {
            break;
        }
    }
    h
}

/// A word trimmed of the characters at its ends that are no letter or
/// digit ("Boeing," "(the" "“storm”"); a word with an ASCII letter or
/// digit at both ends is its own trim, known from two bytes. The one
/// trim of [`head_words`], [`quantity_object`] and [`named_storm`].
fn trim_word(raw: &str) -> &str {
    let b = raw.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => raw,
        _ => raw.trim_matches(|c: char| !c.is_alphanumeric()),
    }
}

/// Whether a speaker phrase ends in a named storm: "Hurricane Ian",
/// "Super Typhoon Rai", "Cyclone Idai", "Tropical Storm Ana", "Winter
/// Storm Elliott", "The remnants of Hurricane Ida" (the kind capitalized,
/// then one capitalized name closing the phrase; before the kind nothing,
/// a prefix word, or "remnants of"). A bare "Storm" is a given name ("Storm
/// Reid"): only after "Tropical" or "Winter". ("Victims of Hurricane
/// Maria": no storm, "Hurricane Katrina survivors": no name at the end.)
fn named_storm(phrase: &str) -> bool {
    let mut rev = phrase.split_ascii_whitespace().rev().map(trim_word);
    let (Some(name), Some(kind)) = (rev.next(), rev.next()) else {
        return false;
    };
    if !name.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut prev = rev.next();
    match kind {
        "Hurricane" | "Typhoon" | "Cyclone" => {}
        "Storm" if matches!(prev, Some("Tropical" | "Winter")) => prev = rev.next(),
        _ => return false,
    }
    match prev {
        None | Some("Super" | "Former" | "Tropical" | "Post-Tropical" | "Powerful") => true,
        Some("of") => matches!(rev.next(), Some("remnants" | "remains")),
        _ => false,
    }
}

/// Whether a subject head `w` may be taken from a list of things: in
/// lowercase ("The tornado", "wolves"), or a capitalized plural opening
/// its phrase (at a sentence's start: "Floodwaters", "Sharks"; a
/// capitalized singular may be a name, "Storm", "Bear").
fn plain_head(w: &str, first: bool) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_lowercase)
        || first
            && b.len() > 3
            && b[0].is_ascii_uppercase()
            && b[1..].iter().all(u8::is_ascii_lowercase)
            && super::sent::words::plural_s(b)
}

/// Whether a speaker phrase names a force of nature or an animal: its head
/// is a weather or disaster word ([`WEATHER_DOERS`]), an animal
/// ([`ANIMALS`]: not after "attack", not before "of") or a count of animals
/// ("Dozens of wolves": [`ANIMAL_GROUPS`]), or the phrase ends in a named
/// storm ([`named_storm`]). Most speakers are one word, a name or a
/// pronoun: their own head, with no walk.
fn force_of_nature(phrase: &str) -> bool {
    const WEATHER: WordList = WordList::new(WEATHER_DOERS);
    const BEASTS: WordList = WordList::new(ANIMALS);
    if !phrase.contains(' ') {
        return plain_head(phrase, true) && (WEATHER.has(phrase) || BEASTS.has(phrase));
    }
    if named_storm(phrase) {
        return true;
    }
    let h = head_words(phrase);
    let w = h.head;
    if h.n == 0 || !plain_head(w, h.n == 1) {
        return false;
    }
    WEATHER.has(w)
        || BEASTS.has(w) && h.brk != "of" && !h.before.eq_ignore_ascii_case("attack")
        || h.brk == "of"
            && ANIMAL_GROUPS.iter().any(|g| w.eq_ignore_ascii_case(g))
            && phrase
                .rsplit(' ')
                .next()
                .is_some_and(|l| BEASTS.has(trim_word(l)))
}

/// Whether a number opens an object, after words of [`QUANTITY_LEADS`]
/// ("by", "about", "more than"), then the object's end, a preposition or
/// a time word ("last month", "this year"). For "decline" (`people` false)
/// the number may have a unit ([`QUANTITY_UNITS`]: "declined 3 percent to
/// 102.5", "declined 1.5% on Monday"); for "dismiss" (`people` true) it
/// must count people ([`PEOPLE_COUNTS`]: "dismissed 200 workers at its
/// plant", "dismissed about 300 workers last month", "dismissed hundreds
/// of workers") or be a percent of a workforce ("dismissed 15 percent of
/// its workforce"). A number is digits (with "," "." "%" inside or
/// after), optionally followed by "million/thousand"; or "hundreds/
/// thousands/dozens" + "of" + a count of people. (A quantity that
/// modifies a noun is a thing: "declined a 3 percent raise"; so is a sum
/// of money: "$5 million".)
fn quantity_object(obj: &str, people: bool) -> bool {
    const LEADS: WordList = WordList::new(QUANTITY_LEADS);
    const UNITS: WordList = WordList::new(QUANTITY_UNITS);
    const COUNTS: WordList = WordList::new(PEOPLE_COUNTS);
    let ends = |w: Option<&str>| {
        w.is_none_or(|w| {
            matches!(
                trim_word(w),
                "to" | "from"
                    | "in"
                    | "on"
                    | "at"
                    | "after"
                    | "over"
                    | "since"
                    | "and"
                    | "for"
                    | "during"
                    | "across"
                    | "last"
                    | "this"
                    | "earlier"
                    | "amid"
                    | "as"
            )
        })
    };
    let mut words = obj.split_ascii_whitespace().take(10).peekable();
    while words.peek().is_some_and(|w| LEADS.has(w)) {
        words.next();
    }
    // (Most objects open with a word that is no lead and no number, "the"
    // or a name: turned down here, after one or two words.)
    let Some(num) = words.next() else {
        return false;
    };
    if matches!(num, "hundreds" | "thousands" | "dozens") {
        return people
            && words.next() == Some("of")
            && words.next().is_some_and(|w| COUNTS.has(trim_word(w)))
            && ends(words.next());
    }
    let digits = num.trim_end_matches([',', '.', ';', ')']);
    if !digits.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || !digits
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b',' | b'.' | b'%'))
    {
        return false;
    }
    // A year is no quantity ("recalled 1968, when ...", "recalled 2008
    // as the worst year").
    if is_year(digits) {
        return false;
    }
    // (A number closing with punctuation ends the object.)
    if digits.len() < num.len() {
        return !people;
    }
    let mut next = words.next();
    if next.is_some_and(|w| matches!(w, "million" | "thousand")) {
        next = words.next();
    }
    let Some(w) = next else {
        return !people;
    };
    let unit = trim_word(w);
    if people {
        if COUNTS.has(unit) {
            return w.len() > unit.len() || ends(words.next());
        }
        // ("15 percent of its workforce", "15% of its staff".)
        let of = match unit {
            "percent" => words.next(),
            _ if digits.ends_with('%') => Some(w),
            _ => None,
        };
        return of == Some("of")
            && matches!(words.next(), Some("its" | "the" | "their"))
            && words
                .next()
                .is_some_and(|w| matches!(trim_word(w), "workforce" | "staff" | "employees"));
    }
    if UNITS.has(unit) {
        // ("3 percentage points", "50 basis points".)
        let w = match unit {
            "percentage" | "basis" => words.next().unwrap_or(""),
            _ => w,
        };
        return w.ends_with([',', '.', ';', ')']) || ends(words.next());
    }
    ends(next)
}

/// Whether a "defend" object is a sports title ([`SPORTS_TITLES`]: "his
/// French Open title", "her WBC belt"), its head in lowercase and not
/// before "of" ("the title of the bill" is a bill's).
fn sports_title(obj: &str) -> bool {
    const TITLES: WordList = WordList::new(SPORTS_TITLES);
    let h = head_words(obj);
    h.brk != "of" && TITLES.has(h.head)
}

/// Whether a "dismiss" object is staff ([`STAFF_OBJECTS`]: "its chief
/// executive", "the defense minister"), its head in lowercase.
fn staff_object(obj: &str) -> bool {
    const STAFF: WordList = WordList::new(STAFF_OBJECTS);
    STAFF.has(head_words(obj).head)
}

/// Whether a `speaker-cue-obj` draft is a physical sense of its cue, no
/// stance. `lemma` is the cue's [`lemma_bits`]: the test is bound to four
/// kinds of cue, and the caller asks it only for theirs
/// (`lemma_bit::PHYSICAL`).
/// - a cue of force (`FORCE`, [`FORCE_CUES`]) with a subject that is a
///   force of nature or an animal ([`force_of_nature`]: "Hurricane Ian
///   hammered the coast", "The tornado ripped the roof off a school", "A
///   pit bull attacked a girl");
/// - "decline" (`DECLINE`) with a quantity object ([`quantity_object`]:
///   "Shares of Tesla declined 4.2 percent", "The Nasdaq declined 1.5% on
///   Monday"); "recall" (`DECLINE` and `recall`, [`recall_cue`]) with
///   goods for object ([`recalled_goods`]: "Ford recalled 300,000 trucks", "The company
///   recalled its space heaters");
/// - "dismiss" (`DISMISS`) with a count of people or staff for object
///   ("dismissed 1,200 employees in March", "dismissed the defense
///   minister": [`staff_object`]);
/// - "defend" (`DEFEND`) with a sports title ([`sports_title`]: "Djokovic
///   defended his Australian Open title").
///
/// Only these: subjects of people and groups with the same cues are as
/// often verbal ("Houthi rebels slammed the U.S. airstrikes as an act of
/// aggression", "Critics blasted the government's emissions targets",
/// "Republicans attacked the deal with Iran over missiles", "Teachers are
/// seeking 10 percent"), so armed subjects, weapons, places and struck
/// balls are left to other rules (fault list in the sn88 mend). `phrase`
/// is the speaker's text ("" when none); `recall` whether the cue's lemma
/// is "recall" ([`recall_cue`]).
pub(super) fn physical_sense(
    text: &str,
    d: &Draft,
    phrase: &str,
    lemma: u16,
    recall: bool,
) -> bool {
    use lemma_bit as b;
    if lemma & b::FORCE != 0 {
        return force_of_nature(phrase);
    }
    let Some(obj) = text.get(d.content.0..d.content.1) else {
        return false;
    };
    if lemma & b::DEFEND != 0 {
        return sports_title(obj);
    }
    let dismiss = lemma & b::DISMISS != 0;
    lemma & (b::DECLINE | b::DISMISS) != 0 && quantity_object(obj, dismiss)
        || dismiss && staff_object(obj)
        || recall && recalled_goods(obj)
}

/// Goods a maker or a regulator recalls, the head of a "recall" object
/// that is a product recall, no memory ([`recalled_goods`]).
const RECALLED_GOODS: &[&str] = &[
    "units",
    "vehicles",
    "cars",
    "trucks",
    "pickups",
    "minivans",
    "motorcycles",
    "products",
    "devices",
    "pounds",
    "tons",
    "bottles",
    "jars",
    "cans",
    "packages",
    "bags",
    "boxes",
    "cartons",
    "tablets",
    "pills",
    "capsules",
    "inhalers",
    "lots",
    "batches",
    "models",
    "toys",
    "heaters",
    "strollers",
    "cribs",
    "chargers",
    "batteries",
    "airbags",
    "appliances",
    "items",
];

/// Words that open a product recall's object before its goods, beside a
/// number: a quantity ("about", "more than", "several", "thousands of")
/// or the maker's own "its"/"their" ([`recalled_goods`]).
const RECALL_OPENERS: &[&str] = &[
    "about",
    "nearly",
    "almost",
    "roughly",
    "around",
    "approximately",
    "some",
    "several",
    "more",
    "over",
    "up",
    "another",
    "additional",
    "thousands",
    "hundreds",
    "millions",
    "dozens",
    "its",
    "their",
];

/// Whether a "recall" object is goods: it opens with a number or a word
/// of [`RECALL_OPENERS`], and after the quantity's words up to five words
/// (a number, a modifier; all within the object's first ten words) end in
/// a head of [`RECALLED_GOODS`] that closes the object or comes before a
/// break word, "because", "due", "sold", "made", "worldwide",
/// "nationwide", "globally", "last" or "this" ("recalled 2
/// million units", "recalled about 30,000 pounds of chicken nuggets", "is
/// recalling more than 300,000 trucks because of a brake defect",
/// "recalled its space heaters"): a product recall, no memory. An object
/// with "the" is a memory ("Witnesses recalled the bags of cash", "She
/// recalled the trucks in the convoy"), and so is one with no quantity
/// ("recalled the day the dam broke", "recalled his first car"); a year is
/// no number ("recalled 1968, when ...").
fn recalled_goods(obj: &str) -> bool {
    const OPENERS: WordList = WordList::new(RECALL_OPENERS);
    const LEADS: WordList = WordList::new(QUANTITY_LEADS);
    const GOODS: WordList = WordList::new(RECALLED_GOODS);
    const BREAKS: WordList = WordList::new(THING_PHRASE_BREAKS);
    let Some(first) = obj.split_ascii_whitespace().next() else {
        return false;
    };
    if !(first.as_bytes()[0].is_ascii_digit() && !is_year(first) || OPENERS.has(first)) {
        return false;
    }
    let mut words = obj
        .split_ascii_whitespace()
        .take(10)
        .skip_while(|w| {
            LEADS.has(w) || OPENERS.has(w) && !matches!(*w, "its" | "their") || *w == "of"
        })
        .take(5)
        .peekable();
    while let Some(raw) = words.next() {
        let w = trim_word(raw);
        if GOODS.has(w) {
            return w.len() < raw.len()
                || words.peek().is_none_or(|n| {
                    let n = trim_word(n);
                    BREAKS.has(n)
                        || matches!(
                            n,
                            "because"
                                | "due"
                                | "sold"
                                | "made"
                                | "worldwide"
                                | "nationwide"
                                | "globally"
                                | "last"
                                | "this"
                        )
                });
        }
        if w.len() < raw.len() || BREAKS.has(w) || w.eq_ignore_ascii_case("the") {
            return false;
        }
    }
    false
}

/// Whether a draft's cue lemma is "recall", which shares the `DECLINE`
/// bit with "decline" (the sixteen bits of `lemma_bit` are all taken): the
/// goods test ([`recalled_goods`]) is for a product recall only ("He
/// declined the boxes of documents", "declined to recall its trucks" are
/// refusals). An infinitive "to recall" is another verb's object, whose
/// row the cue "declined to recall" takes later ("The company declined to
/// recall its trucks"): no recall by the speaker, so not one.
pub(super) fn recall_cue(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    d.cue.is_some_and(|(a, _, ci)| {
        lx.cues()[usize::from(ci)].lemma == "recall"
            && !text.get(..a).is_some_and(|t| {
                let t = t.trim_end().as_bytes();
                t.len() > 3 && t[t.len() - 3..].eq_ignore_ascii_case(b" to")
            })
    })
}
