use super::count_marks;
use super::Ctx;
use crate::attribution::sent::Sent;
use crate::lexicon::Lexicon;

/// `Sent::next_punct_or_in`, which the content end skips with once a
/// verb is seen, finds what a token-by-token search finds, for every
/// range of sentences with commas, dashes, "and", "as", multibyte
/// marks and none.
#[test]
fn next_stop_as_token_by_token() {
    use super::{AS_THOUGH, W_UPON_BEFORE_AFTER};
    use crate::attribution::sent::{AND, AND_BUT};
    let ends = AND.bit() | AND_BUT.bit() | AS_THOUGH.bit() | W_UPON_BEFORE_AFTER.bit();
    for t in [
        "He said the plan, which critics fought, was dead and buried.",
        "She said it was over as he left \u{2014} but «très bien» — über.",
        "They said last week's vote was rigged though nobody knew",
        "He called it a stunt before adding that it ended after all.",
        "",
        ",",
        "and",
        "words without any stop at all",
    ] {
        let s = Sent::new(t, (0, t.len()));
        let n = s.len();
        for a in 0..=n + 1 {
            for b in a..=n + 1 {
                for mask in [ends, 0, u128::MAX] {
                    let slow = (a..b)
                        .find(|&k| s.is_punct(k) || s.in_sets(k, mask))
                        .unwrap_or(b);
                    assert_eq!(s.next_punct_or_in(a, b, mask), slow, "{t:?} {a}..{b}");
                }
            }
        }
    }
}

/// `lower_cue_is` with its `cue_word` filter agrees with the scan alone
/// at every token of a text of every form of the default lexicon in
/// three cases and of test sentences (joined, hyphenated, possessive
/// and non-ASCII words), with and without the table's bits.
#[test]
fn lower_cue_filter_as_scan() {
    let lx = Lexicon::default_data().unwrap();
    let mut words: Vec<String> = Vec::new();
    for line in crate::lexicon::DEFAULT_VERBS.lines().skip(1) {
        for f in line.split(',').nth(2).unwrap_or("").split('|') {
            for w in [
                f.to_string(),
                f.to_uppercase(),
                f.chars()
                    .take(1)
                    .flat_map(char::to_uppercase)
                    .chain(f.chars().skip(1))
                    .collect(),
            ] {
                words.push(w.clone());
                words.push(format!("{w}, {w}-based {w}s re{w} {w}’s"));
            }
        }
    }
    let text = words.join(" ")
        + " said, saying that he was asking, noting it: according-to e-mailing déclarant \
               telling-off co-2 saying9 said-so internationalizationsaying";
    let keeps: [&dyn Fn(&crate::lexicon::CueMatch) -> bool; 3] =
        [&|_| true, &|c| c.form == crate::lexicon::Form::Ing, &|c| {
            c.form == crate::lexicon::Form::Past
        }];
    // (And the lemma and the form each match gives.)
    let by_lemma: [&dyn Fn(&crate::lexicon::CueMatch) -> bool; 4] = [
        &|c| c.cue % 2 == 0,
        &|c| c.cue % 3 == 1,
        &|c| c.cue / 7 % 2 == 0,
        &|c| c.form == crate::lexicon::Form::Base || c.form == crate::lexicon::Form::Third,
    ];
    let keeps: Vec<&dyn Fn(&crate::lexicon::CueMatch) -> bool> =
        keeps.into_iter().chain(by_lemma).collect();
    lower_cue_as_scan(&text, &lx, &keeps, |_, found| assert!(found > 1000));
}

/// Asserts that [`Ctx::lower_cue_is`] agrees with the scan alone
/// ([`Ctx::lower_cue_scan`], on the lowercase words) at every token of
/// `text` as one sentence, with and without the word loop's bits, for
/// each of `keeps`; then calls `check` with each form of the sentence
/// and the matches kept in it.
fn lower_cue_as_scan(
    text: &str,
    lx: &Lexicon,
    keeps: &[&dyn Fn(&crate::lexicon::CueMatch) -> bool],
    check: impl Fn(&Sent, usize),
) {
    let span = (0, text.len());
    let (mut at, mut got) = (0, Vec::new());
    let with_bits = Sent::with_cues(text, span, Default::default(), lx, &mut at, &mut got);
    for s in [Sent::new(text, span), with_bits] {
        let ctx = Ctx::new(&s, lx, &[], 0);
        let mut found = 0;
        for k in 0..s.len() {
            for &keep in keeps {
                let want = s.is_word(k) && !s.is_cap(k) && ctx.lower_cue_scan(k, keep);
                assert_eq!(ctx.lower_cue_is(k, keep), want, "{:?}", s.w(k));
                found += usize::from(want);
            }
        }
        check(&s, found);
    }
}

/// A user lexicon's one-word form of 64 bytes or more is in the word
/// map (`cue_word` has it) but no first word of the scan (whose filter
/// holds lengths up to 63): `lower_cue_is` agrees with the scan alone
/// on such words, after a space and elsewhere, and on those one byte
/// shorter, which the scan finds.
#[test]
fn lower_cue_of_long_forms_as_scan() {
    let lens = [62, 63, 64, 65, 70];
    let mut verbs = String::from("lemma,class,forms,frames\nsay,say,say|said|saying,quote|that\n");
    let mut text = String::from("said, saying");
    for n in lens {
        let w = "z".repeat(n - 3) + &"y".repeat(3);
        let (ed, ing) = (format!("{}ed", &w[2..]), format!("{}ing", &w[3..]));
        verbs += &format!("{w},say,{w}|{ed}|{ing},quote|that\n");
        for f in [&w, &ed, &ing] {
            assert_eq!(f.len(), n);
            text += &format!(" {f}, {f}.({f}) “{f}” -{f}");
        }
    }
    let lx = Lexicon::parse("v.csv", &verbs, "n.csv", "noun,forms,type\n").unwrap();
    let keeps: [&dyn Fn(&crate::lexicon::CueMatch) -> bool; 3] =
        [&|_| true, &|c| c.form == crate::lexicon::Form::Ing, &|c| {
            c.form == crate::lexicon::Form::Past
        }];
    lower_cue_as_scan(&text, &lx, &keeps, |s, found| {
        let long = (0..s.len())
            .filter(|&k| s.w(k).len() >= 64 && s.cue_word(&lx, k).is_some())
            .count();
        // (The forms of 62 and 63 bytes found, those longer in the map.)
        assert!(found >= 2 * 3 * 4 && long >= 3 * 3 * 4, "{found} {long}");
    });
}

/// The quick exit of `skip_adverbials` (one mask test at a token that
/// opens no step), in the search and in line before it, stops where
/// every step's own tests stop, from every token (and past the last)
/// of sentences full of adverbials, quantities and commas and of the
/// real texts.
#[test]
fn adverbials_skipped_as_without_the_quick_exit() {
    let lx = Lexicon::default_data().unwrap();
    let check = |ctx: &Ctx, s: &Sent, t: &str| {
        for i in 0..=s.len() + 1 {
            let plain = ctx.skip_adverbials_with(i, false);
            assert_eq!(ctx.skip_adverbials_with(i, true), plain, "{t:?} from {i}");
            assert_eq!(ctx.skip_adverbials(i), plain, "{t:?} from {i}");
        }
    };
    let mut skipped = 0;
    for text in test_texts() {
        crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, _| {
            let ctx = Ctx::new(s, &lx, quotes, 0);
            check(&ctx, s, &text);
            skipped += (0..s.len()).filter(|&i| ctx.skip_adverbials(i) > i).count();
        });
    }
    // (The real texts reach the search's steps, not only its exits.)
    assert!(skipped > 1000, "{skipped}");
    for t in [
        "He said on Monday that the plan, in his view, would fail.",
        "She told reporters in Canberra late on Tuesday the government would act.",
        "They said last week's vote was rigged and this time is different.",
        "Officials said at least 12 people died, about 40 were hurt and up to 300 homes burned.",
        "He said early Friday in a statement to parliament on Monday, \"we will win.\"",
        "Sie sagte am Montag — «très bien» — über die Straße, 2015.",
        "",
        ",",
        "in",
    ] {
        let s = Sent::new(t, (0, t.len()));
        let ctx = Ctx::new(&s, &lx, &[], 0);
        check(&ctx, &s, t);
    }
}

/// The texts of the rules' examples and counter-examples, the bench and
/// eval corpora and the golden inputs, with hand-made sentences of
/// contents: the real inputs the fast paths of the walks are compared
/// on.
fn test_texts() -> Vec<String> {
    let mut texts = crate::attribution::rules::real_texts();
    texts.push(
        "While most of his rivals called for a bigger effort, Trump hewed to his line. \
             He said the plan -- a landslide win based on nothing -- was dead; the rest \
             (with far less intensity) went on, according to aides. She said \"it's over,\" \
             noting that 21 percent said yes and 14 percent said no, even though they left. \
             They said it was ready to act and would use all its tools, and he railed on."
            .to_string(),
    );
    texts
}

/// The counts of quotes closed, opened and opened before a position,
/// walked from the sentence's first quote (`Ctx::closed_by`,
/// `Ctx::opened_by`, `Ctx::opened_before`), are the binary searches
/// over all of the document's quotes, at every token start and end of
/// every sentence of the test texts, at every quote's edges, at the
/// sentence's ends and before its start; also a sentence given
/// quotes many times more than a walk passes (each quote twice, so
/// the order holds).
#[test]
fn quote_counts_as_by_search() {
    let lx = Lexicon::default_data().unwrap();
    use super::QUOTE_WALK;
    let (mut asked, mut walked_past) = (0, 0);
    let mut texts = test_texts();
    texts.push(r#"He said "a" "b" "c" "d" "e" "f" "g" "h" and "i" today."#.to_string());
    for text in texts {
        crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, span| {
            let ctx = Ctx::new(s, &lx, quotes, 0);
            let mut at: Vec<usize> = vec![0, span.0.saturating_sub(1), span.0, span.1];
            at.extend(s.toks.iter().flat_map(|t| [t.start, t.end]));
            // (And every quote's edges and the bytes after them.)
            at.extend(
                quotes
                    .iter()
                    .flat_map(|q| [q.open, q.open + 1, q.close_end]),
            );
            for p in at {
                let closed = quotes.partition_point(|q| q.close_end <= p);
                assert_eq!(ctx.closed_by(p), closed, "{text:?} {p}");
                let opened = quotes.partition_point(|q| q.open <= p);
                assert_eq!(ctx.opened_by(p), opened, "{text:?} {p}");
                let before = quotes.partition_point(|q| q.open < p);
                assert_eq!(ctx.opened_before(p), before, "{text:?} {p}");
                walked_past += usize::from(closed > ctx.quote_lo + QUOTE_WALK);
                asked += 1;
            }
        });
    }
    assert!(asked > 100_000 && walked_past > 0, "{asked} {walked_past}");
}

/// The quick walk of `content_end` (slice searches to the next token a
/// step reads; the search for dashes and asides only after a mark that
/// may be one) ends where the walk token by token ends, from every
/// token of every sentence of the test texts, with the document's
/// quotes and the lexicon's bits, from the sentence's first and second
/// token.
#[test]
fn content_end_as_token_by_token() {
    let lx = Lexicon::default_data().unwrap();
    let mut asked = 0;
    for text in test_texts() {
        crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, span| {
            for lo in 0..2.min(s.len()) {
                let ctx = Ctx::new(s, &lx, quotes, lo);
                for i in lo..s.len() {
                    assert_eq!(
                        ctx.content_end_with(i, true, true),
                        ctx.content_end_with(i, false, true),
                        "{:?} from {i}",
                        &text[span.0..span.1]
                    );
                    asked += 1;
                }
            }
        });
    }
    assert!(asked > 100_000, "{asked}");
}

/// `trim_span` with its count of quotation marks only for a text that
/// opens or closes with one trims what it trims with the count always
/// made, for every token range of every sentence of the test texts and
/// of sentences with straight, curly, doubled and lone marks.
#[test]
fn spans_trimmed_as_with_every_count() {
    let mut texts = test_texts();
    texts.push(
        "He said ''it is over'' and ``done.'' She called it “a sham” and «très» \"bad\". \
             Then 'no,' he said, \"it's over.\" Lone “ marks \" and ” here « too."
            .to_string(),
    );
    let (mut asked, mut trimmed) = (0, 0);
    for text in &texts {
        let paras = crate::text::segment::paragraphs(text);
        let quotes = crate::quotes::document_quotes(text, &paras);
        for &p in &paras {
            for span in crate::text::segment::sentences(text, p, &quotes) {
                let s = Sent::new(text, span);
                for a in 0..s.len() {
                    for b in a..=s.len() {
                        let plain = super::trim_span_with(&s, a, b, false);
                        assert_eq!(super::trim_span(&s, a, b), plain, "{span:?} {a}..{b}");
                        asked += 1;
                        trimmed += usize::from(b > a && plain != s.span_of(a, b));
                    }
                }
            }
        }
    }
    assert!(asked > 100_000 && trimmed > 1000, "{asked} {trimmed}");
}

/// The byte tables' quick test holds for every text that opens or
/// closes with a quotation mark or a doubled straight quote or
/// backquote (so `trim_span` counts the marks of each such text), over
/// random texts of marks, letters, and other characters with the same
/// lead or last bytes; and fails for some texts.
#[test]
fn mark_edges_pass_the_byte_test() {
    use super::{edge_mark, may_open_or_close_with_mark};
    let marks = |c: char| matches!(c, '"' | '“' | '”' | '«' | '»');
    let pieces = [
        "\"", "“", "”", "«", "»", "'", "`", "a", "Z", " ", ".", "’", "‘", "—", "é", "¬", "–", "„",
        "\u{a0}", "»x", "x«",
        // Not marks, but ending in a mark's last byte (9C, 9D, AB, BB),
        // "✜" opening with its lead byte as well.
        "Ŝ", "ĝ", "ë", "Ļ", "✜",
    ];
    let mut seed = 0x5eed_ed6e_u64;
    let (mut edges, mut quick_false) = (0, 0);
    for _ in 0..50_000 {
        let t = crate::random_text(&mut seed, &pieces, 6);
        let quick = may_open_or_close_with_mark(t.as_bytes());
        if edge_mark(&t, marks) {
            assert!(quick, "{t:?}");
            edges += 1;
        }
        quick_false += usize::from(!quick);
    }
    assert!(
        edges > 10_000 && quick_false > 1000,
        "{edges} {quick_false}"
    );
}

/// `long_subject` with its first tests (the word before the cue's
/// auxiliaries, then a post-modifier's opener before them) finds what
/// its searches alone find, before every token
/// of every rule example and counter-example and of sentences with
/// long subjects, from the first and the second token.
#[test]
fn long_subject_as_without_the_first_test() {
    let lx = Lexicon::default_data().unwrap();
    let rules = crate::ruleset::RuleSet::default_data().unwrap();
    let mut texts = rules.example_texts();
    texts.extend(
        [
            "Aides to Clinton who have worked with him for years say he is ready.",
            "But current and former officials in the FBI have said the case is closed.",
            "When her lead slipped, her boosters in the state insisted she would win.",
            "About four out of 10 voters in five states going to the polls on Tuesday say so.",
            "Veterans interviewed at rallies, including Mr. Jebens, said they were angry.",
            "A survey of likely voters conducted by the firm this week found him ahead.",
            "Some of the study of support for the plan in the state they said was wrong.",
        ]
        .map(String::from),
    );
    let (mut first, mut opener, mut found) = (0, 0, 0);
    for t in &texts {
        let s = Sent::new(t, (0, t.len()));
        for lo in 0..2.min(s.len()) {
            let ctx = Ctx::new(&s, &lx, &[], lo);
            for ci in lo + 1..s.len() {
                let aux = ctx.before_aux(lo, ci);
                let walk = ctx.long_subject_walk(ci, aux);
                assert_eq!(ctx.long_subject(ci), walk, "{t:?} at {ci} from {lo}");
                first += ctx.no_long_subject(aux) as usize;
                opener += (!ctx.no_long_subject(aux) && !ctx.post_modifier_before(aux)) as usize;
                found += walk.is_some() as usize;
            }
        }
    }
    assert!(
        first > 1000 && opener > 1000 && found > 50,
        "{first} {opener} {found}"
    );
}

/// `aux_from` gives what the walk back from the cue over its
/// auxiliaries gives, `before_aux(i, ci)`, from the walk from the
/// clause start, for every start `i` at or after it (and past the cue)
/// and every cue token of the real texts, from the first and the second
/// token (fails with the clamp to `ci` or to `i` left out).
#[test]
fn aux_from_as_the_walk() {
    let lx = Lexicon::default_data().unwrap();
    let (mut asked, mut walked, mut clamped) = (0, 0, 0);
    let mut texts = crate::attribution::rules::real_texts();
    texts.push(
        "Officials here have also long said so. He has not yet said it. They had \
             still only now said that they would have also said more. Aides in the \
             state have all often previously said so. Both may still have recently \
             repeatedly said it, and voters could again already have generally said no."
            .into(),
    );
    for text in texts {
        crate::attribution::rules::for_each_sentence(&text, &lx, |s, _, _| {
            for lo in 0..2.min(s.len()) {
                let ctx = Ctx::new(s, &lx, &[], lo);
                for ci in lo..=s.len() {
                    let aux = ctx.before_aux(lo, ci);
                    walked += usize::from(aux < ci);
                    for i in lo..=s.len() + 1 {
                        let want = ctx.before_aux(i, ci);
                        assert_eq!(super::aux_from(aux, i, ci), want, "{lo} {i} {ci}");
                        clamped += usize::from(want == i && i > aux && i < ci);
                        asked += 1;
                    }
                }
            }
        });
    }
    assert!(
        asked > 100_000 && walked > 1000 && clamped > 50,
        "{asked} {walked} {clamped}"
    );
}

/// Every word of `SHARE_WORDS` that can open a share (none of
/// `SHARE_NOT_FIRST`) is in a set of `SHARE_OPENERS`, whose bits the
/// share test reads before the lists, in lowercase and capitalized.
#[test]
fn share_openers_hold_every_first_share_word() {
    use super::{SHARE_NOT_FIRST, SHARE_OPENERS, SHARE_WORDS};
    let mut firsts = 0;
    for w in SHARE_WORDS
        .words
        .iter()
        .filter(|w| !SHARE_NOT_FIRST.contains(w))
    {
        for t in [w.to_string(), w[..1].to_uppercase() + &w[1..]] {
            let s = Sent::new(&t, (0, t.len()));
            assert!(s.in_sets(0, SHARE_OPENERS), "{t}");
            firsts += 1;
        }
    }
    assert!(firsts >= 20, "{firsts}");
}

/// Every word of `CONTENT_SUBORDINATORS` is a word of
/// `W_SUB_OPENERS`, whose bit the content end tests before the list,
/// in lowercase and capitalized.
#[test]
fn content_subordinators_are_sub_openers() {
    use super::CONTENT_SUBORDINATORS;
    use crate::attribution::sent::words::W_SUB_OPENERS;
    for w in CONTENT_SUBORDINATORS {
        let cap = w[..1].to_uppercase() + &w[1..];
        for t in [w.to_string(), cap] {
            let s = Sent::new(&t, (0, t.len()));
            assert!(s.is_in(0, CONTENT_SUBORDINATORS), "{t}");
            assert!(s.is_in(0, W_SUB_OPENERS), "{t}");
        }
    }
}

/// The byte-by-byte count `count_marks` replaced.
fn count_marks_bytewise(t: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < t.len() {
        match t[i] {
            b'"' => n += 1,
            0xE2 if t[i + 1] == 0x80 && matches!(t[i + 2], 0x9C | 0x9D) => n += 1,
            0xC2 if matches!(t[i + 1], 0xAB | 0xBB) => n += 1,
            b'\'' | b'`' if t.get(i + 1) == Some(&t[i]) => {
                n += 1;
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    n
}

#[test]
fn marks_counted_as_byte_by_byte_random() {
    // Texts of up to 80 characters drawn from marks, their look-alikes
    // (other characters with the lead bytes E2 and C2) and letters,
    // every suffix of each: blocks, the masked last block and the
    // padded short text, with pairs of `'` across block edges.
    let pieces = [
        "\"", "“", "”", "«", "»", "‘", "’", "„", "—", "°", "'", "`", "a", " ", "é",
    ];
    let mut x = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..2000 {
        let t = crate::random_text(&mut x, &pieces, 80);
        for a in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
            let u = &t.as_bytes()[a..];
            assert_eq!(count_marks(u), count_marks_bytewise(u), "{:?}", &t[a..]);
        }
    }
}

#[test]
fn marks_counted_as_byte_by_byte() {
    for t in [
        "",
        "\"a\" “b” «c» ‘d’ ''e'' '''f'''' don't — ``g'' ` ```",
        "''''' ' '' \"\"\" “”„ «» ’’ ° «",
        "plain text without marks",
    ] {
        for a in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
            let u = &t.as_bytes()[a..];
            assert_eq!(count_marks(u), count_marks_bytewise(u), "{:?}", &t[a..]);
        }
    }
}
