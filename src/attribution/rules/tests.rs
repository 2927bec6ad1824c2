use super::{opens_line, quote_opens_after, real_texts, tok_at_or_first, Ctx};
use crate::attribution::sent::Sent;
use crate::lexicon::Lexicon;

/// Debug builds check that no cue rule changes a draft before the cue
/// between the rules' start and the ask (the lazy answer would then
/// differ from the one found when the rules began).
#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "a cue rule changed a draft before the cue")]
fn a_draft_before_changed_by_a_rule_is_caught() {
    use super::{Before, Draft};
    let d = Draft {
        kind: crate::model::Kind::Indirect,
        content: (0, 10),
        speaker: Some((11, 14)),
        cue: None,
        rule: "speaker-cue",
        inherit: None,
        conj: 0,
        sp_tok: Draft::NO_TOK,
    };
    let mut out = vec![d];
    let before = Before::new(&out, 0, 1);
    out[0].speaker = Some((12, 14));
    let _ = before.draft(&out, 20);
}

/// `Before::draft` is `outer_prev` of the drafts before the cue
/// (`out[first..end]`), for every such range of a few drafts (an
/// earlier sentence's, a nested draft, an agent's) and cue start,
/// asked after the cue's rules pushed drafts of their own; bounds past
/// the vector give no draft, not a panic.
#[test]
fn draft_before_is_outer_prev_of_the_drafts_before() {
    use super::{Before, Draft};
    let d = |content, speaker, rule| Draft {
        kind: crate::model::Kind::Indirect,
        content,
        speaker,
        cue: None,
        rule,
        inherit: None,
        conj: 0,
        sp_tok: Draft::NO_TOK,
    };
    let before = vec![
        d((0, 10), Some((11, 14)), "speaker-cue"),
        d((20, 30), None, "speaker-cue"),
        d((40, 90), Some((36, 39)), "speaker-cue-that"),
        d((60, 80), Some((50, 55)), "speaker-cue"),
        d((95, 120), Some((91, 94)), "passive-by"),
        d((125, 140), Some((141, 145)), "quote-speaker-cue"),
    ];
    // The cue's own drafts, pushed after the drafts before it.
    let mut out = before.clone();
    out.push(d((150, 160), Some((146, 149)), "speaker-cue"));
    out.push(d((0, 200), Some((1, 5)), "speaker-cue"));
    let n = before.len();
    for first in 0..=n {
        for end in first..=n {
            for cue_start in [0, 35, 56, 85, 92, 122, 146, 300] {
                let got = Before::new(&out, first, end).draft(&out, cue_start);
                let want = crate::attribution::outer_prev(&before[first..end], cue_start);
                assert_eq!(got, want, "{first}..{end} at {cue_start}");
            }
        }
    }
    for (first, end) in [(3, 99), (99, 120), (5, 2)] {
        assert!(Before::new(&before, first, end)
            .draft(&before, 60)
            .is_none());
    }
}

/// `ShortWords` (packed words) answers as `WordList::plain_has` (the
/// masks, then a compare with each word) for every byte range at
/// character boundaries of random texts of the words in every case,
/// near misses, bytes that differ from a letter in bit 5 alone (`@`,
/// `[`, `^`, `` ` ``, `{`, `~`, digits, controls) and non-ASCII
/// letters, and for every token of those texts and of the real texts
/// through `Sent::is_in`, for lists of words of one to eight letters.
/// A `WordList` through `Sent::is_in` answers as its words given as a
/// plain list, at the same tokens.
/// A speaker phrase whose first token opens the sentence, "And" after
/// a quote (`"x." And he said.`): the coordination test of the plain
/// phrase asks for the word before "And" only when there is one (the
/// debug build's overflow check stopped at `k - 1` of token 0; the
/// release build read no token there, so its rows are the same).
#[test]
fn and_as_a_phrase_s_first_token() {
    let ex = crate::Extractor::with_default_data().unwrap();
    for text in [
        "\"x.\" And he said.",
        "\u{201c}We win.\u{201d} And he said.",
        "And he said it would pass.",
        "\"No,\" And Lee said. \"We will win,\" and Ms. Lee said.",
    ] {
        let doc = crate::Document {
            id: "d".into(),
            text: text.into(),
            date: None,
            title: None,
        };
        for a in ex.extract(&doc) {
            assert_eq!(text.get(a.content_start..a.content_end), Some(&*a.content));
        }
    }
}

/// `tok_at_from` finds what `Sent::tok_at` finds, from every token of
/// every sentence of the real texts (and past the sentence's end and
/// `CueMatch::NO_TOK`), for every token's start and end, the bytes
/// around them and the sentence's ends: the walk, its fall back to
/// the search past `TOK_WALK` tokens and the start at or after the
/// position each taken many times.
#[test]
fn tok_at_from_as_the_search() {
    use super::{tok_at_from, TOK_WALK};
    let lx = Lexicon::default_data().unwrap();
    let (mut asked, mut walked, mut searched) = (0, 0, 0);
    for text in real_texts() {
        super::for_each_sentence(&text, &lx, |s, _, span| {
            let mut at: Vec<usize> = vec![0, span.0, span.1, span.1 + 1];
            at.extend(s.toks.iter().flat_map(|t| [t.start, t.start + 1, t.end]));
            let n = s.len();
            let froms = (0..=n + 1).chain([crate::lexicon::CueMatch::NO_TOK as usize]);
            for from in froms {
                for &p in &at {
                    let want = s.tok_at(p);
                    assert_eq!(tok_at_from(s, from, p), want, "{span:?} {from} {p}");
                    let starts_before = from < n && s.toks[from].start < p;
                    walked += usize::from(starts_before && want <= from + TOK_WALK);
                    searched += usize::from(starts_before && want > from + TOK_WALK);
                    asked += 1;
                }
            }
        });
    }
    assert!(
        asked > 100_000 && walked > 10_000 && searched > 10_000,
        "{asked} {walked} {searched}"
    );
}

/// `and_ing_end`, which walks a content only when a conjunction stands
/// in it after its second token (found over the tokens' set bits),
/// ends every content where the walk over all of its tokens ends it:
/// for the contents of every sentence of the real texts and of
/// sentences of coordinated participles and gerunds, from every token
/// to the sentence's end, to each token up to three past a conjunction
/// and to the next four tokens.
#[test]
fn and_ing_end_as_the_walk() {
    use super::{and_ing_end, Span, AND_BUT};
    // The walk with no conjunction test first.
    let walk = |s: &Sent, content: Span| {
        super::and_ing_walk(s, content, s.tok_at(content.0), s.tok_before(content.1))
    };
    let lx = Lexicon::default_data().unwrap();
    let mut texts = real_texts();
    texts.push(
        "He spoke on Monday, urging voters to see the big picture and promising to manage \
             the economy. She left, describing the son as a hero but insisting that \"he was \
             wrong and leaving\" and then also refusing to talk. They discussed abandoning the \
             plan and focusing on jobs, and cutting costs and raising fares."
            .to_string(),
    );
    let (mut asked, mut trimmed) = (0, 0);
    for text in &texts {
        super::for_each_sentence(text, &lx, |s, _, _| {
            let n = s.len();
            let conjs: Vec<usize> = (0..n).filter(|&k| s.is_in(k, AND_BUT)).collect();
            for a in 0..n {
                let mut ends: Vec<usize> = (a + 1..n.min(a + 5)).collect();
                ends.push(n);
                ends.extend(conjs.iter().flat_map(|&k| k + 1..k + 4).filter(|&b| b > a));
                for b in ends.into_iter().filter(|&b| b <= n) {
                    let content = (s.toks[a].start, s.toks[b - 1].end);
                    let want = walk(s, content);
                    assert_eq!(
                        and_ing_end(s, content),
                        want,
                        "{:?}",
                        &s.text[content.0..content.1]
                    );
                    trimmed += usize::from(want != content);
                    asked += 1;
                }
            }
        });
    }
    assert!(asked > 100_000 && trimmed > 100, "{asked} {trimmed}");
}

#[test]
fn short_words_as_the_plain_test() {
    use super::{ShortWords, WordList};
    // (Each list's words beside it, for the plain tests.)
    const fn pair(words: &'static [&'static str]) -> (&'static [&'static str], ShortWords) {
        (words, ShortWords::new(words))
    }
    const LISTS: [(&[&str], ShortWords); 5] = [
        pair(&["which", "what", "than", "whom", "who"]),
        pair(&["from", "of"]),
        pair(&["but", "and", "yet", "still", "so", "then"]),
        pair(&["a", "z", "at", "qz", "abcdefgh", "zyxwvuts", "Mixed", "b"]),
        pair(&["percent"]),
    ];
    const LONG: [&WordList; 3] = [
        &WordList::new(&[
            "more", "than", "half", "percent", "of", "a", "out", "quarter",
        ]),
        &super::ING_NOUNS,
        &super::SENTENCE_ADVERBS,
    ];
    let pieces = [
        "which",
        "WHICH",
        "Which",
        "wHiCh",
        "what",
        "What",
        "than",
        "THAN",
        "whom",
        "who",
        "whos",
        "wh",
        "whot",
        "from",
        "FROM",
        "of",
        "Of",
        "oF",
        "off",
        "o",
        "f",
        "but",
        "And",
        "yet",
        "STILL",
        "so",
        "then",
        "a",
        "A",
        "z",
        "Z",
        "at",
        "qz",
        "QZ",
        "abcdefgh",
        "ABCDEFGH",
        "abcdefghi",
        "zyxwvuts",
        "mixed",
        "MIXED",
        "b",
        "percent",
        "Percent",
        "percents",
        "@",
        "`",
        "[",
        "{",
        "^",
        "~",
        "\x01",
        "\x7f",
        "0",
        "9",
        "é",
        "ß",
        "\u{a0}",
        " ",
        " ",
        " ",
        ",",
        ".",
        "'",
        "-",
        "\n",
        "including",
        "nothing",
        "however",
        "more",
        "half",
        "\x00",
    ];
    let lx = Lexicon::default_data().unwrap();
    let (mut ranges, mut found, mut tokens) = (0, 0, 0);
    let mut check_tokens = |s: &Sent, found: &mut usize| {
        for k in 0..s.len() {
            for (words, l) in &LISTS {
                let want = s.is_in(k, *words);
                assert_eq!(s.is_in(k, l), want, "{:?} {:?}", s.w(k), words);
                *found += usize::from(want);
            }
            for l in LONG {
                assert_eq!(s.is_in(k, l), s.is_in(k, l.words), "{:?}", s.w(k));
            }
            tokens += 1;
        }
    };
    let mut seed = 0x5eed_0047;
    for _ in 0..2000 {
        let t = crate::random_text(&mut seed, &pieces, 12);
        for (a, b) in crate::char_spans(&t) {
            for (words, l) in &LISTS {
                let want = WordList::plain_has(words, &t.as_bytes()[a..b]);
                assert_eq!(l.has_at(t.as_bytes(), a, b), want, "{t:?} {a} {b}");
                found += usize::from(want);
                ranges += 1;
            }
        }
        check_tokens(&Sent::new(&t, (0, t.len())), &mut found);
    }
    for text in real_texts() {
        crate::attribution::rules::for_each_sentence(&text, &lx, |s, _, _| {
            check_tokens(s, &mut found)
        });
    }
    assert!(
        ranges > 1_000_000 && tokens > 50_000 && found > 10_000,
        "{ranges} {tokens} {found}"
    );
}

/// `white_newlines` answers as the characters' `char::is_whitespace`
/// and a count of the newline bytes for every range of character
/// boundaries of texts of every kind of white space (ASCII, the
/// vertical tab and form feed, no-break and other Unicode spaces, and
/// controls that are none) and newlines before and after them, and
/// from every quote's end to every token start after it of the real
/// texts.
#[test]
fn white_newlines_as_by_chars() {
    use super::white_newlines;
    let plain = |t: &str, a: usize, b: usize| {
        let gap = &t[a..b];
        gap.chars()
            .all(char::is_whitespace)
            .then(|| gap.matches('\n').count())
    };
    let mut asked = 0;
    let mut counted = [0; 3];
    for t in [
        " \t\n\r\x0b\x0c x",
        "\u{a0} \u{2009}\u{3000}\u{85}\u{2028} y \u{1f}\u{1c}",
        "\u{200b}\u{feff} \n\r\n é\u{a0}",
        "“A.” \n Smith said",
        "\n\u{a0}\n \r\n\u{3000}\n\n x\n\u{2009}\n",
    ] {
        for (a, b) in crate::char_spans(t) {
            let want = plain(t, a, b);
            assert_eq!(white_newlines(t, a, b), want, "{t:?} {a} {b}");
            if let Some(n) = want {
                counted[n.min(2)] += 1;
            }
            asked += 1;
        }
    }
    // White gaps of no, one and more newlines, after a Unicode space
    // too.
    assert!(counted.iter().all(|&n| n > 10), "{counted:?}");
    let lx = Lexicon::default_data().unwrap();
    for text in real_texts() {
        crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, _| {
            for q in quotes {
                for t in s.toks.iter().filter(|t| t.start >= q.close_end) {
                    assert_eq!(
                        white_newlines(s.text, q.close_end, t.start),
                        plain(s.text, q.close_end, t.start)
                    );
                    asked += 1;
                }
            }
        });
    }
    assert!(asked > 10_000, "{asked}");
}

/// `name_or_noun_use` (the guards grouped behind their shared tests)
/// holds where one of the guards asked one by one, as `apply_cue` asked
/// them before, holds: at every token of every sentence of the real
/// texts as a one- or two-token cue of every form, from the sentence's
/// first and second token (fails with a guard's test dropped from the
/// grouping).
#[test]
fn name_or_noun_use_as_plain() {
    use super::name_or_noun_use;
    use crate::attribution::sent::words::*;
    use crate::attribution::sent::THAT;
    use crate::attribution::speaker::RELATIVES;
    use crate::lexicon::Form;
    // (The relative's subject spelled by its words: a plural with no
    // -s after "who" or "who" + a determiner other than "that".)
    let relative_opener = |ctx: &Ctx, p: usize| {
        let s = ctx.s;
        let w = |k: usize| std::str::from_utf8(s.bytes(k)).unwrap_or("");
        let plural = super::INVARIANT_PLURALS.contains(&w(p).to_ascii_lowercase().as_str())
            || !s.is_cap(p)
                && w(p).ends_with("men")
                && !["specimen", "regimen", "abdomen", "omen", "amen"].contains(&w(p));
        let before = |k: usize| if p >= ctx.lo + k { w(p - k) } else { "" };
        plural
            && p > ctx.lo
            && match before(1) {
                "who" => true,
                "that" => false,
                _ => before(2) == "who" && s.is_det(p - 1),
            }
            || plural && super::contact_gap_head(s, ctx.lo, p)
    };
    let plain = |ctx: &Ctx, form: Form, ci: usize, cj: usize| {
        let (s, lx, n) = (ctx.s, ctx.lx, ctx.s.len());
        if ci > ctx.lo && s.is_cap(ci) && !s.is_punct(ci - 1) && !ctx.title_case() {
            return true;
        }
        if form == Form::Third && ci > ctx.lo && s.is_poss(ci - 1) && s.is_p(cj, ":") {
            return true;
        }
        if matches!(form, Form::Base | Form::Third)
            && ci > ctx.lo
            && s.is_cap(ci)
            && cj < n
            && s.is_cap(cj)
            && !s.is_stop(cj)
            && !ctx.title_case()
        {
            return true;
        }
        if s.is_cap(cj) && s.bytes(ci) == b"state" && super::super::speaker::is_title(s, cj) {
            return true;
        }
        if ci > ctx.lo && cj < n {
            let p = ci - 1;
            let base_noun = form == Form::Base
                && (s.is_aux_like(cj) || s.is_in(cj, W_DO_MODALS))
                && s.is_word(p)
                && !s.is_pronoun(p)
                && !s.bytes(p).ends_with(b"s")
                && !s.is_in(p, RELATIVES)
                && !relative_opener(ctx, p);
            let third_noun = form == Form::Third && s.is_in(cj, W_ARE_WERE_HAVE_DO);
            let modifier = |k: usize| k < n && s.is_word(k) && !s.is_cap(k) && !s.is_stop(k);
            let cue_noun = matches!(form, Form::Base | Form::Third)
                && s.is_word(cj)
                && !s.is_cap(cj)
                && s.cue_word(lx, cj).is_some_and(|(_, f)| {
                    f == Form::Past && !modifier(cj + 1)
                        || f == Form::Base && cj + 1 < n && s.is_in(cj + 1, THAT)
                })
                && !(ci.saturating_sub(3).max(ctx.lo)..ci).any(|i| s.is_in(i, W_THAT_WHO_WHICH));
            return base_noun || third_noun || cue_noun;
        }
        false
    };
    let lx = Lexicon::default_data().unwrap();
    let forms = [Form::Base, Form::Third, Form::Past, Form::Ing, Form::Other];
    let (mut asked, mut held) = (0, 0);
    // And sentences built of pieces: each guard's tokens around cue
    // words in both cases.
    let mut texts = real_texts();
    for text in [
        "The suspect who police say had fled was caught.",
        "The man that police say was armed fled.",
        "The suspect who the police say had fled was caught.",
        "The court ruled that the police report was inaccurate.",
        "It said that police report would be released.",
        "The study, which staff report was flawed, was retracted.",
        "Children who gunmen say will return hid.",
        "Officials in Yemen say will meet.",
        "A worker that people claim had left returned.",
        "Who police say did it is unclear.",
    ] {
        texts.push(text.to_string());
    }
    for before in ["", "the", ",", "'s", "which", "He", "Democrats"] {
        for w in [
            "Says", "says", "State", "state", "Issues", "remarks", "claims",
        ] {
            for after in [
                "The", "Sen.", "is", "are", "said", "that", "Smith", "it", ":",
            ] {
                texts.push(format!("Officials {before} {w} {after} more here."));
                texts.push(format!("{before} {w} {after} more here."));
            }
        }
    }
    for text in texts {
        crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, _| {
            for lo in 0..2.min(s.len()) {
                let ctx = Ctx::new(s, &lx, quotes, lo);
                for ci in lo..s.len() {
                    for cj in ci + 1..(ci + 3).min(s.len() + 1) {
                        for form in forms {
                            let got = name_or_noun_use(&ctx, form, ci, cj);
                            assert_eq!(got, plain(&ctx, form, ci, cj), "{text:?} {ci} {cj}");
                            held += usize::from(got);
                            asked += 1;
                        }
                    }
                }
            }
        });
    }
    assert!(asked > 500_000 && held > 10_000, "{asked} {held}");
}

/// `Ctx::quote_before`, rule 1's quote: the quotes closed before the
/// cue's start (`Ctx::closed_by`), or 0 only where rule 1's first tests
/// fail for that last quote (it closed, the first token after its mark
/// lies in the clause, white space alone between the two): at every
/// token of every sentence of the real texts and of texts of quotes
/// that close in the sentence, right before it, across a line or
/// sentences before, from the sentence's first and second token.
#[test]
fn quote_before_as_closed_by_where_rule_1_may_hold() {
    use super::{tok_at_or_first, white_newlines};
    let lx = Lexicon::default_data().unwrap();
    let (mut asked, mut turned_away, mut searched) = (0, 0, 0);
    let mut texts = real_texts();
    texts.push(
        "\"We won,\" he said. \"It was late.\"  Smith said. \u{201c}A.\u{201d}\n Smith said. \
             He said \"x\" and \"y,\" she said. LONDON - \"No,\" he said. \"Why?\"\u{a0}Jones \
             asked. \"Open and\u{2009}"
            .to_string(),
    );
    for text in texts {
        crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, _| {
            for lo in 0..2.min(s.len()) {
                let ctx = Ctx::new(s, &lx, quotes, lo);
                for ci in lo..s.len() {
                    let qi = ctx.closed_by(s.toks[ci].start);
                    let got = ctx.quote_before(ci);
                    if got != qi {
                        assert_eq!(got, 0, "{text:?} {lo} {ci}");
                        let q = quotes[qi - 1];
                        let gap_a = tok_at_or_first(s, q.close_end);
                        let gap_start = if gap_a < s.len() {
                            s.toks[gap_a].start
                        } else {
                            s.toks[ci].start
                        };
                        assert!(
                            !q.closed
                                || gap_a < lo
                                || white_newlines(s.text, q.close_end, gap_start.max(q.close_end))
                                    .is_none(),
                            "{text:?} {lo} {ci}"
                        );
                        turned_away += 1;
                    } else if qi > 0 && quotes[qi - 1].close_end > s.span.0 {
                        searched += 1;
                    }
                    asked += 1;
                }
            }
        });
    }
    assert!(
        asked > 100_000 && turned_away > 10_000 && searched > 1_000,
        "{asked} {turned_away} {searched}"
    );
}

/// Where the first test of `poss_noun_that` (`poss_noun_may_follow`,
/// which `apply_cue` asks before the call) fails, the rule gives no
/// draft: at every token of every sentence of the real texts as a
/// one- or two-token cue, from the sentence's first and second token.
#[test]
fn poss_noun_that_none_where_its_test_fails() {
    use super::{poss_noun_may_follow, poss_noun_that};
    use crate::lexicon::{CueMatch, Form};
    let lx = Lexicon::default_data().unwrap();
    let (mut asked, mut drafted) = (0, 0);
    for text in real_texts() {
        crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, _| {
            for lo in 0..2.min(s.len()) {
                let ctx = Ctx::new(s, &lx, quotes, lo);
                for ci in lo..s.len() {
                    for cj in ci + 1..(ci + 3).min(s.len() + 1) {
                        let t = s.toks[ci];
                        let cue = CueMatch {
                            start: t.start,
                            end: s.toks[cj - 1].end,
                            cue: 0,
                            form: Form::Base,
                            tok: CueMatch::NO_TOK,
                        };
                        let d = poss_noun_that(&ctx, &cue, ci, cj);
                        if !poss_noun_may_follow(&ctx, ci, cj) {
                            assert!(d.is_none(), "{text:?} {ci} {cj}");
                        }
                        drafted += usize::from(d.is_some());
                        asked += 1;
                    }
                }
            }
        });
    }
    assert!(asked > 100_000 && drafted > 0, "{asked} {drafted}");
}

/// The rules' early returns (a cue with none of the frames the
/// speaker-first rules take, a speaker phrase that is no subject of its
/// clause) give the rows of the rules without them: every example
/// and counter-example of the rule data and the bench corpus, extracted
/// both ways, and the returns are taken.
#[test]
fn early_returns_as_without() {
    let ex = crate::attribution::Extractor::with_default_data().unwrap();
    let mut texts = super::real_texts();
    assert!(texts.len() > 700);
    // And sentences built of pieces: words before the phrase that open
    // a clause or not, relatives, quotes before and after the cue.
    for before in [
        "",
        "He told part of another",
        "She does not know",
        "In a",
        "which",
        "what",
        "more than",
        "The plan, said",
        "\"We won,\"",
        "a group of",
        "with",
        "But later",
        "On Monday",
        "This time",
        "to let",
        "and",
        "; most",
    ] {
        for phrase in ["the mayor", "she", "officials", "Smith", "56 percent"] {
            for cue in [
                "said",
                "says",
                "told",
                "believe",
                "support",
                "protests",
                "tried",
                "needs",
                "debate",
                "voted for",
                "described",
                "wrote",
                "urged",
                "planned",
                "saying",
                "asked",
                "called",
            ] {
                for after in [
                    " that the plan failed.",
                    ".",
                    ", \"We won.\"",
                    ": \"We won.\"",
                    " the deal.",
                    " to leave.",
                    " reporters the plan failed.",
                    " it \"a disaster\".",
                    ",",
                ] {
                    texts.push(format!("{before} {phrase} {cue}{after} Then they left."));
                }
            }
        }
    }
    texts.push(
        "As the mayor put it, the plan will fail. Just weeks ago, as Senator Smith put it, \
             the deal was dead. As she puts it, \"We won.\" 56 percent voted for Smith."
            .to_string(),
    );
    // The verb file with every verb's frames cleared (as a user's
    // `verbs.csv` may give them): a rule that takes a cue whatever its
    // frames, missing from `LEMMA_RULES`, gives rows only without the
    // early returns.
    let mut verbs = csv::Reader::from_reader(crate::lexicon::DEFAULT_VERBS.as_bytes());
    let header = verbs.headers().unwrap().clone();
    let frames = header.iter().position(|h| h == "frames").unwrap();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&header).unwrap();
    for row in verbs.records() {
        let mut cells: Vec<String> = row.unwrap().iter().map(str::to_string).collect();
        cells[frames].clear();
        w.write_record(&cells).unwrap();
    }
    let frameless = String::from_utf8(w.into_inner().unwrap()).unwrap();
    let bare = crate::attribution::Extractor::new(
        crate::gazetteer::Gazetteer::default_data().unwrap(),
        Lexicon::parse(
            "verbs.csv",
            &frameless,
            "speaker_nouns.csv",
            crate::lexicon::DEFAULT_SPEAKER_NOUNS,
        )
        .unwrap(),
    );
    let mut bare_rows = 0;
    super::EARLY_TAKEN.with(|c| c.set(0));
    for text in texts {
        let doc = crate::model::Document {
            id: "t".into(),
            text,
            ..Default::default()
        };
        for ex in [&ex, &bare] {
            let quick = ex.extract(&doc);
            super::NO_EARLY.with(|c| c.set(true));
            let plain = ex.extract(&doc);
            super::NO_EARLY.with(|c| c.set(false));
            assert_eq!(quick, plain, "{}", doc.text);
            if std::ptr::eq(ex, &bare) {
                bare_rows += quick.len();
            }
        }
    }
    let taken = super::EARLY_TAKEN.with(|c| c.get());
    assert!(taken > 20, "{taken}");
    // (The frameless rules still give rows: the comparison means
    // something.)
    assert!(bare_rows > 100, "{bare_rows}");
}

/// An -ing cue that opens a sentence after a closed quote (the cue is
/// the sentence's first token) is no participle after a comma: no
/// token before it to ask (the test of the token before it overflowed,
/// a panic in a build with overflow checks, as `cargo test`'s).
#[test]
fn ing_cue_opening_a_sentence_after_a_quote() {
    let ex = crate::attribution::Extractor::with_default_data().unwrap();
    for text in [
        "\"We will win.\" Saying that, he left.",
        "\"We will win.\"\n\nSaying that, he left.",
        "“No.” Adding that, she left.",
    ] {
        let doc = crate::model::Document {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        };
        ex.extract(&doc);
    }
}

/// The speaker search before an -ing cue that the participle rules'
/// absolute clause made is the main search's: every one taken over is
/// checked against the search made again (in `apply_cue`, under test),
/// over the real texts and sentences of an absolute clause's pieces.
#[test]
fn shared_search_as_made_again() {
    let ex = crate::attribution::Extractor::with_default_data().unwrap();
    let mut texts = super::real_texts();
    for before in [
        "",
        "With",
        "But with",
        "Despite",
        "amid",
        "In a",
        "The plan, with",
    ] {
        for phrase in [
            "the mayor",
            "officials",
            "Smith",
            "56 percent",
            "many",
            "he",
        ] {
            for cue in ["saying", "also saying", "warning", "calling", "describing"] {
                for after in [" that the plan failed, he left.", ",", " the deal."] {
                    texts.push(format!("{before} {phrase} {cue}{after} Then they left."));
                }
            }
        }
    }
    super::SHARED_SEARCHES.with(|c| c.set(0));
    let mut rows = 0;
    for text in texts {
        let doc = crate::model::Document {
            id: "t".into(),
            text,
            ..Default::default()
        };
        rows += ex.extract(&doc).len();
    }
    let shared = super::SHARED_SEARCHES.with(|c| c.get());
    assert!(shared > 50, "{shared}");
    assert!(rows > 100, "{rows}");
}

/// `quote_opens_after` (`Ctx::opened_by`: a walk from the sentence's
/// first quote, then a search) agrees with looking at every
/// quote of the document, from every token of every sentence: quotes
/// before, inside and after the sentence, one left open, none at all.
#[test]
fn quote_after_token_as_by_every_quote() {
    let lx = Lexicon::default_data().unwrap();
    let text = "\"We won,\" he said. She told him: \"No.\" Then “they left” and ‘more\n\nHe said nothing. «Oui» dit-il \"";
    let quotes = crate::quotes::document_quotes(text, &crate::text::segment::paragraphs(text));
    assert!(quotes.len() >= 4);
    let mut sents = vec![(0, 0)];
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | ':' | '\n') {
            let a = sents.last().unwrap().1;
            sents.push((a, i + 1));
        }
    }
    sents.push((sents.last().unwrap().1, text.len()));
    for &span in &sents[1..] {
        let s = Sent::new(text, span);
        let ctx = Ctx::new(&s, &lx, &quotes, 0);
        for i in 0..s.len() {
            let want = quotes
                .iter()
                .any(|q| q.open > s.toks[i].start && q.open < span.1);
            assert_eq!(quote_opens_after(&ctx, i), want, "{span:?} {i}");
        }
    }
}

/// `opens_line` agrees with the search for the line start and the
/// white-space test of the text between, at every character boundary
/// of the rule examples, corpora and golden inputs and of texts with
/// carriage returns and other white space.
#[test]
fn opens_line_as_by_the_line_start() {
    let by_line_start = |text: &str, at: usize| {
        let line_start = text[..at].rfind('\n').map_or(0, |k| k + 1);
        text[line_start..at].trim().is_empty()
    };
    let mut texts = real_texts();
    texts.extend(
        [
            "",
            "\n",
            " \n \t\u{a0}\r\n  x",
            "a\n\u{2003} \"b",
            "\r\n\r\n\"q\" y\n",
        ]
        .map(String::from),
    );
    let (mut asked, mut opens) = (0, 0);
    for text in &texts {
        for at in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
            assert_eq!(
                opens_line(text, at),
                by_line_start(text, at),
                "{text:?} at {at}"
            );
            asked += 1;
            opens += usize::from(opens_line(text, at));
        }
    }
    assert!(asked > 300_000 && opens > 1_000, "{asked} {opens}");
}

/// `tok_at_or_first` agrees with `Sent::tok_at` at every byte of
/// sentences that start after other text, with and without blanks
/// before their first token, and of an empty sentence.
#[test]
fn tok_at_or_first_as_tok_at() {
    let text = "\"We won,\" he said.  She told him: “No.” Then";
    for span in [(0, 18), (18, text.len()), (19, 40), (20, 20), (0, 0)] {
        let s = Sent::new(text, span);
        for pos in 0..=text.len() + 1 {
            assert_eq!(tok_at_or_first(&s, pos), s.tok_at(pos), "{span:?} {pos}");
        }
    }
}

/// `to_view`'s in-line test of the opening word ("in" or "to") turns
/// down only clauses for which its rules draft nothing: the drafts of
/// `to_view` and of `to_view_rest` (the rules alone) are the same from
/// every clause start of the real texts and of sentences opening with
/// "To" and "In" and other words.
#[test]
fn to_view_as_the_rules_alone() {
    let lx = Lexicon::default_data().unwrap();
    let mut texts = real_texts();
    texts.push(
        "To Sexton, Tuesday marked a turning point. In his view, the plan fails. \
             To them, it signals a shift. Into the night, they talked. Tom, to him, \
             it was over. In Ohio, voters said no. To be sure, it was late."
            .to_string(),
    );
    // After a dateline (the clause starts past the sentence's first
    // token) and at the shortest lengths the rules take.
    texts.push(
        "LONDON - In his view, it fails. WASHINGTON (Reuters) - To them, it \
             signals a shift. To them, it ends. In her view, it ends."
            .to_string(),
    );
    let (mut drafted, mut passed) = (0, 0);
    for text in texts {
        super::for_each_sentence(&text, &lx, |s, quotes, _| {
            for lo in 0..s.len() {
                let ctx = Ctx::new(s, &lx, quotes, lo);
                let (mut quick, mut plain) = (Vec::new(), Vec::new());
                super::to_view(&ctx, &mut quick);
                super::to_view_rest(&ctx, &mut plain);
                passed += usize::from(s.in_sets(lo, super::W_IN.bit() | super::TO.bit()));
                drafted += plain.len();
                assert_eq!(
                    format!("{quick:?}"),
                    format!("{plain:?}"),
                    "{text:?} lo {lo}"
                );
            }
        });
    }
    assert!(drafted > 3 && passed > 1000, "{drafted} {passed}");
}

/// `piece_comma` (one walk) finds what a search for the first stop and
/// a second walk over the tokens before it find, from every token of
/// every sentence of the real texts and of split quotes.
#[test]
fn piece_comma_as_search_then_walk() {
    use crate::attribution::sent::Sent;
    let lx = Lexicon::default_data().unwrap();
    let plain = |s: &Sent, k: usize| {
        let n = s.len();
        let j = (k..n.min(k + 20))
            .find(|&j| s.is_quote_mark(j) || s.is_p(j, ".") || s.is_p(j, ";") || s.is_p(j, ":"))?;
        let plain = (k..j).all(|i| {
            (s.is_word(i) || s.is_poss(i) || s.is_p(i, ",") || s.is_p(i, "."))
                && !s.is_in(i, super::GAP_BREAKS)
        });
        (plain && j > k + 1 && s.is_quote_mark(j) && s.is_p(j - 1, ",")).then(|| j - 1)
    };
    let mut texts = real_texts();
    texts.push(
        "\"We won,\" said Jane Doe, an economist at Acme's lab, \"and we will again.\" \
             \"No,\" she told Hewitt, \"never.\" \"Yes,\" he said, and said, \"maybe.\" \
             \"A,\" he said (twice), \"B.\" \"C,\" he said, \"D.\""
            .to_string(),
    );
    let (mut asked, mut found) = (0, 0);
    for text in texts {
        super::for_each_sentence(&text, &lx, |s, _, _| {
            for k in 0..s.len() {
                let want = plain(s, k);
                assert_eq!(super::piece_comma(s, k), want, "{text:?} {k}");
                asked += 1;
                found += usize::from(want.is_some());
            }
        });
    }
    assert!(asked > 50_000 && found > 20, "{asked} {found}");
}

/// `punct_in` agrees with asking `Sent::is_p` of every mark, at every
/// token and one past the end, of texts with words, multibyte dashes
/// and quotes, a possessive, and an empty text.
#[test]
fn punct_in_as_is_p_of_each_mark() {
    for text in [
        "He said: \"No,\" — she said – they said; why? Yes! Trump's end.",
        "Éric a dit « non » — – , : ; . ? ! -- - ... ?!",
        "",
        "word",
    ] {
        let s = Sent::new(text, (0, text.len()));
        let mut hits = 0;
        for k in 0..=s.len() {
            let is_any = |marks: &[&str]| marks.iter().any(|c| s.is_p(k, c));
            let dash = punct_in!(s, k, b"," | b"\xe2\x80\x94" | b"\xe2\x80\x93");
            assert_eq!(dash, is_any(&[",", "—", "–"]), "{text:?} {k}");
            let colon = punct_in!(s, k, b":" | b",");
            assert_eq!(colon, is_any(&[":", ","]), "{text:?} {k}");
            let stop = punct_in!(s, k, b"." | b"?" | b"!" | b";");
            assert_eq!(stop, is_any(&[".", "?", "!", ";"]), "{text:?} {k}");
            hits += usize::from(dash) + usize::from(colon) + usize::from(stop);
        }
        assert!(text.len() < 5 || hits > 5, "{text:?} {hits}");
    }
}

/// `invariant_plural`, the one list of plurals with no -s that the
/// relative and contact clauses and the dash aside's subject read: the
/// listed nouns and lowercase -men words, not "Yemen", "specimen",
/// "regimen" nor a capitalized -men word (a name, or a sentence's first
/// word: the dash aside takes a capital on its own).
#[test]
fn invariant_plurals_are_one_list_with_its_guards() {
    let text = "Yemen specimen regimen abdomen omen amen Women Carmen women gunmen \
                police people staff personnel children clergy crew military public \
                faculty worker Police";
    let s = Sent::new(text, (0, text.len()));
    let plural: Vec<&str> = (0..s.len())
        .filter(|&k| super::invariant_plural(&s, k))
        .map(|k| std::str::from_utf8(s.bytes(k)).unwrap_or(""))
        .collect();
    assert_eq!(
        plural,
        [
            "women",
            "gunmen",
            "police",
            "people",
            "staff",
            "personnel",
            "children",
            "clergy",
            "crew",
            "military",
            "public",
            "faculty",
            "Police"
        ]
    );
}
