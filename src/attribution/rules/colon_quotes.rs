//! The rules that work on a quote rather than a cue: polls ("in a poll"),
//! the colon quote ("X: '...'"), titles in quotes and mixed continuations.
//! Each decides whether a quote gets a speaker from a label or line before
//! it.

use super::*;

/// A poll as the source of a sentence without a cue: "In the poll,
/// Clinton led Trump ..." (the rest after the comma). "Trump has a lead
/// in the polls" is left out: train precision about 0.2.
pub fn poll_in(ctx: &Ctx, out: &mut Vec<Draft>) {
    let s = ctx.s;
    let n = ctx.n();
    let lo = ctx.lo;
    // The poll phrase after "in" at token `i`: up to eight words ending in
    // "poll(s)", "survey(s)" or "average".
    let phrase = |i: usize| -> Option<usize> {
        let e = (i + 1..n.min(i + 10))
            .take_while(|&k| s.is_word(k) || s.is_poss(k) || s.is_p(k, "-"))
            .find(|&k| s.is_in(k, &["poll", "polls", "survey", "surveys"]))?;
        Some(e + 1)
    };
    let mk = |content: Span, a: usize, b: usize| Draft {
        conj: 0,
        sp_tok: Draft::NO_TOK,
        kind: Kind::Indirect,
        content,
        speaker: Some(s.span_of(a, b)),
        cue: None,
        rule: "poll-in",
        inherit: None,
    };
    // A short post-modifier of the poll: "released Monday", "conducted
    // in May", "last month", "this week".
    let post = |e: usize| -> usize {
        let m = if s.is_p(e, ",") && s.is_in(e + 1, DOC_PARTICIPLES) {
            e + 1
        } else {
            e
        };
        if s.is_in(m, DOC_PARTICIPLES) || s.is_in(m, &["last", "this"]) {
            let f = (m + 1..n.min(m + 5))
                .find(|&k| !s.is_word(k) || s.is_in(k, &["and", "but", "that", "which"]))
                .unwrap_or(n);
            if f >= n || s.is_p(f, ",") || s.is_p(f, ".") {
                return f;
            }
        }
        e
    };
    // The sentence opens with "in" after its dateline (a token test) and
    // names a poll or survey somewhere (a search of its bytes, made only
    // for those few sentences).
    if s.is_in(lo, W_IN) && super::super::has_poll_word(&s.text[s.span.0..s.span.1]) {
        if let Some(e0) = phrase(lo) {
            let e = post(e0);
            if s.is_p(e, ",")
                && e + 4 < n
                && (ctx.clause_start(e + 1)
                    || s.is_word(e + 1) && !s.is_in(e + 1, &["and", "but", "or"]))
            {
                let sp = ctx.span(e + 1, ctx.content_end(e + 1));
                out.push(mk(sp, lo + 1, e0));
            }
        }
    }
}

/// An inverted speaker with its affiliation: `said a spokesman for the
/// governor`, `said an aide to Mr. Clinton` (a lowercase person noun
/// head, then "for/to/with/at" and a phrase), else the phrase as found.
pub(super) fn with_affiliation(s: &Sent, lx: &crate::lexicon::Lexicon, np: Np) -> Np {
    let h = np.b - 1;
    if np.b + 1 < s.len()
        && s.is_word(h)
        && !s.is_cap(h)
        && s.speaker_noun(lx, h) == Some(crate::lexicon::NounType::Person)
        && s.is_in(np.b, &["for", "to", "with", "at"])
    {
        if let Some(pp) = forward(s, lx, np.b + 1).filter(|pp| pp.a == np.b + 1) {
            return Np { a: np.a, b: pp.b };
        }
    }
    np
}

/// A quote introduced by a clause and a colon with no cue of its own
/// ("Singh explained it this way: \"...\"", "Trump leaned in and boomed:
/// \"...\""): the quote runs to the end of the sentence (or opens the next
/// paragraph after a colon ending this one) and the sentence subject is the
/// speaker. `own` are the drafts already made for the sentence.
pub fn colon_quote(ctx: &Ctx, own: &[Draft]) -> Option<Draft> {
    let s = ctx.s;
    let n = ctx.n();
    // A one-word label opening the sentence ("Clinton: \"...\"") too, not
    // "Q:"/"A:".
    let label1 = n > ctx.lo + 2
        && s.is_p(ctx.lo + 1, ":")
        && s.is_cap(ctx.lo)
        && !s.is_stop(ctx.lo)
        && s.w(ctx.lo).chars().count() > 1
        && s.is_quote_mark(ctx.lo + 2);
    let from = if label1 { ctx.lo + 1 } else { ctx.lo + 2 };
    // (Or a question asking for the reply, kept one sentence with its
    // quote by the segmenter: "Her response? \"...\"".)
    let colon = (from..n).find(|&i| {
        (s.is_p(i, ":") || s.is_p(i, "?") && s.is_in(i - 1, REPLY_QUESTION_NOUNS) && i + 1 < n)
            && !ctx.in_quote(i)
    })?;
    let mut run = false;
    let q = if colon + 1 < n {
        if !s.is_quote_mark(colon + 1) {
            return None;
        }
        let q = ctx.closing_quote_at(colon + 1)?;
        q
    } else {
        // "X issued the following statement:" ending the paragraph.
        let end = s.span.1;
        let q = ctx
            .quotes
            .get(ctx.quotes.partition_point(|q| q.open < end))?;
        let gap = &s.text[end..q.open];
        if !(gap.contains('\n') && gap.chars().all(char::is_whitespace)) {
            return None;
        }
        // A quote left open at its paragraph end after the colon goes on
        // in the next paragraph, which reopens with a mark (a statement or
        // a speech over several paragraphs).
        run = !q.closed && {
            let next = ctx
                .quotes
                .get(ctx.quotes.partition_point(|x| x.open <= q.open));
            next.is_some_and(|x| {
                let gap = &s.text[q.end..x.open];
                gap.contains('\n') && gap.chars().all(char::is_whitespace)
            })
        };
        q
    };
    // (One word only as an exclamation: "Trump's reaction: \"Sad!\"".)
    let inner = s.text[q.start..q.end].trim_end();
    if !q.closed && !run || inner.split_whitespace().nth(1).is_none() && !inner.ends_with('!') {
        return None;
    }
    if own
        .iter()
        .any(|d| d.content.0 < q.end && d.content.1 > q.start)
    {
        return None;
    }
    // Or a name labelling the quote: "Clinton: \"...\"" opening the
    // sentence, "... - More from Jones: \"...\"" after a dash.
    let label = || {
        let mut a = (ctx.lo..colon)
            .rev()
            .find(|&k| s.is_p(k, "-") || s.is_p(k, "—") || s.is_p(k, "–"))
            .map_or(ctx.lo, |k| k + 1);
        if s.is_in(a, &["more"]) && s.is_in(a + 1, W_FROM) {
            a += 2;
        } else if s.is_in(a, W_FROM) {
            a += 1;
        }
        let mut b = colon;
        // "Rep. Trey Gowdy (R-S.C.):"
        if b > a + 2 && s.is_p(b - 1, ")") {
            if let Some(o) = (a + 1..b - 1).rev().find(|&k| s.is_p(k, "(")) {
                b = o;
            }
        }
        let names = b > a
            && b - a <= 5
            && (s.is_cap(a) && !s.is_stop(a) || s.is_det(a) && b > a + 1)
            && (a..b).all(|k| s.is_word(k) || s.is_poss(k))
            && (a + 1..b).all(|k| s.is_cap(k) || s.is_in(k, &["and", "of"]) || a > ctx.lo);
        // A headline label with lowercase words: a title before a name
        // or a role noun as its head ("Labour leader Keir Starmer:",
        // "Fed chief:", "WSJ editorial:"), no stop word but "of".
        let role = || {
            b > a + 1
                && b - a <= 7
                && s.is_cap(a)
                && !s.is_stop(a)
                && (a..b).all(|k| s.is_word(k) || s.is_poss(k) && k + 1 < b)
                && (a + 1..b).all(|k| !s.is_stop(k) || s.is_in(k, &["of"]))
                && (s.is_cap(b - 1) || s.speaker_noun(ctx.lx, b - 1).is_some())
        };
        // "The company's response:", "Republicans' reaction:", "His
        // answer:": the owner of a noun of answering.
        let owner = || {
            if !(b >= a + 2 && s.is_in(b - 1, RESPONSE_NOUNS)) {
                return None;
            }
            if b == a + 2 && s.is_in(a, &["his", "her", "their", "its"]) {
                return Some(Np { a, b: a + 1 });
            }
            let p = b - 2;
            (s.is_poss(p)
                && p > a
                && p - a <= 4
                && (s.is_cap(a) && !s.is_stop(a) || s.is_det(a) && p > a + 1)
                && (a..p).all(|k| s.is_word(k)))
            .then_some(Np { a, b: p })
        };
        if let Some(np) = owner() {
            return Some(np);
        }
        if names || role() {
            return Some(Np { a, b });
        }
        // One comma inside the label: a name and a phrase of where or how
        // it was said ("Cole, on Twitter:", "Cole, in a Facebook post
        // Tuesday night:"), or a role or topic and the name ("Lopez's
        // campaign manager, Dan Ruiz:", "On trade, Bernie Sanders:").
        let m = (a..b).find(|&k| s.is_p(k, ","))?;
        if m == a || m + 1 >= b || (m + 1..b).any(|k| s.is_punct(k) && !s.is_poss(k)) {
            return None;
        }
        let capitals = |x: usize, y: usize| {
            y > x && y - x <= 4 && (x..y).all(|k| s.is_word(k) && s.is_cap(k) && !s.is_stop(k))
        };
        let plain = |x: usize, y: usize| {
            y > x && y - x <= 7 && (x..y).all(|k| s.is_word(k) || s.is_poss(k) && k + 1 < y)
        };
        if capitals(a, m)
            && s.is_in(
                m + 1,
                &["on", "in", "at", "to", "via", "speaking", "writing"],
            )
            && plain(m + 1, b)
        {
            return Some(Np { a, b: m });
        }
        // (The phrase before the name: a role with an owner or a person
        // noun, or a topic after a preposition; not "The question, Mr.
        // President:".)
        let lead = s.is_in(a, &["on", "in", "at", "from", "for", "about", "asked"])
            || (a..m).any(|k| s.is_poss(k))
            || s.speaker_noun(ctx.lx, m - 1).is_some();
        (capitals(m + 1, b) && plain(a, m) && lead).then_some(Np { a: m + 1, b })
    };
    // A label after a dash names the source of the quote, not the
    // subject of the headline before it ("Pollsters agree - Carl Bialik:
    // \"...\"").
    let dash = (ctx.lo..colon).any(|k| s.is_p(k, "-") || s.is_p(k, "—") || s.is_p(k, "–"));
    // "Here is the text of her speech, as prepared for delivery:",
    // "Following are excerpts from Mr. Hale's remarks:": the owner of the
    // speech whose text follows.
    let text_of = || {
        let t = (ctx.lo..colon).find(|&k| s.is_in(k, TEXT_NOUNS))?;
        let k = (t + 1..colon.min(t + 9)).find(|&k| s.is_in(k, SPEECH_NOUNS))?;
        if !(t + 1..k).any(|j| s.is_in(j, &["of", "from"])) {
            return None;
        }
        if s.is_in(k - 1, &["his", "her", "their", "its"]) {
            return Some(Np { a: k - 1, b: k });
        }
        let p = (t + 1..k).find(|&j| s.is_poss(j))?;
        let a = (t + 1..p).rev().take_while(|&j| s.is_cap(j)).last()?;
        Some(Np { a, b: p })
    };
    // "Here is Sanders' full statement:", "Below is the full statement
    // from Senator Ann Cole:", "Trump's statement, in full:", "Excerpts
    // from Cole's speech, as prepared for delivery:": the owner of the
    // statement or speech whose text follows (its possessive, or "from/by"
    // and a name after it), when the sentence has no subject or its
    // subject is the text itself or a word such as "Here/Below".
    // Only an intro that presents a text: a word such as "here/below/
    // full/following", or the speech noun (or its owner) opening the
    // sentence ("Statement from X:", "Trump's statement, in full:").
    let owned_text = || {
        let k = (ctx.lo..colon).find(|&k| s.is_in(k, SPEECH_NOUNS))?;
        let presents = (ctx.lo..colon).any(|j| s.is_in(j, PRESENTING))
            || (ctx.lo..k).all(|j| s.is_det(j) || s.is_poss(j) || s.is_cap(j));
        if !presents {
            return None;
        }
        if k > ctx.lo && s.is_in(k - 1, &["his", "her", "their", "its"]) {
            return Some(Np { a: k - 1, b: k });
        }
        let lo = k.saturating_sub(3).max(ctx.lo);
        if let Some(p) = (lo..k).rev().find(|&j| s.is_poss(j)) {
            if (p + 1..k).all(|j| s.is_word(j) && !s.is_cap(j)) {
                let a = (ctx.lo..p).rev().take_while(|&j| s.is_cap(j)).last()?;
                return Some(Np { a, b: p });
            }
            return None;
        }
        if k + 2 < colon && s.is_in(k + 1, &["from", "by"]) {
            return forward(s, ctx.lx, k + 2).filter(|np| np.a == k + 2 && np.b <= colon);
        }
        None
    };
    // "Here's Keir Starmer:", "And here is the chancellor's response:":
    // the phrase presented is the speaker (or the owner of its response
    // or speech noun).
    let here_is = || {
        let mut a = ctx.lo;
        if s.is_in(a, &["and", "but", "so"]) {
            a += 1;
        }
        if !(s.is_in(a, &["here"]) && (s.is_poss(a + 1) || s.is_in(a + 1, &["is", "are"]))) {
            return None;
        }
        let a = a + 2;
        // (A phrase of where or how after a comma: "Here's Starmer,
        // speaking in the Commons:".)
        let b = (a..colon)
            .find(|&k| s.is_p(k, ",") && s.is_word(k + 1) && !s.is_cap(k + 1))
            .unwrap_or(colon);
        if b <= a || b - a > 7 || !(a..b).all(|k| s.is_word(k) || s.is_poss(k)) {
            return None;
        }
        if s.is_in(b - 1, RESPONSE_NOUNS) || s.is_in(b - 1, SPEECH_NOUNS) {
            let p = (a..b - 1).rev().find(|&k| s.is_poss(k))?;
            return (p > a).then_some(Np { a, b: p });
        }
        (s.is_cap(a) && !s.is_stop(a) && (a + 1..b).all(|k| s.is_cap(k) || s.is_poss(k))
            || s.is_det(a) && s.speaker_noun(ctx.lx, b - 1).is_some())
        .then_some(Np { a, b })
    };
    let weak = |np: &Np| {
        s.is_in(np.b - 1, SPEECH_NOUNS)
            || s.is_in(np.b - 1, TEXT_NOUNS)
            || np.b == np.a + 1 && s.is_in(np.a, PRESENTING)
    };
    let np = if dash {
        label().or_else(|| ctx.clause_subject_single(colon))?
    } else {
        match ctx.clause_subject_single(colon) {
            Some(np) if !weak(&np) => Some(np),
            subj => here_is()
                .or_else(text_of)
                .or_else(owned_text)
                .or(subj)
                .or_else(label),
        }?
    };
    // "Read his remarks below:", "See the full statement here:": an
    // imperative opening the sentence is no speaker.
    if np.b == np.a + 1 && s.is_in(np.a, IMPERATIVES) {
        return None;
    }
    let end = if run { run_end(ctx, q) } else { q.end };
    Some(Draft {
        conj: 0,
        sp_tok: Draft::NO_TOK,
        kind: Kind::Direct,
        content: (q.start, end),
        speaker: Some(s.span_of(np.a, np.b)),
        cue: None,
        rule: "intro-colon-quote",
        inherit: None,
    })
}

/// The end of the run of quote paragraphs that quote `q` opens after a
/// colon ending the paragraph before: each quote left open at its
/// paragraph end goes on in the next paragraph, which reopens with a mark,
/// to the quote that closes. Annotators mark such a statement, letter or
/// transcript as one content. A closing quote with words after it in its
/// paragraph (`"...," the mayor said.`) has an attribution of its own and
/// stays out.
pub(super) fn run_end(ctx: &Ctx, q: &crate::quotes::Quote) -> usize {
    let text = ctx.s.text;
    let mut k = ctx.quotes.partition_point(|x| x.open < q.open);
    let mut end = q.end;
    while let Some(x) = ctx.quotes.get(k) {
        if x.closed {
            let line = text[x.close_end..].split('\n').next().unwrap_or("");
            if !line.contains(char::is_alphanumeric) {
                end = x.end;
            }
            break;
        }
        end = x.end;
        let Some(y) = ctx.quotes.get(k + 1) else {
            break;
        };
        let gap = &text[x.end..y.open];
        if !(gap.contains('\n') && gap.chars().all(char::is_whitespace)) {
            break;
        }
        k += 1;
    }
    end
}

/// Nouns of a published text ("the text of her speech", "excerpts from").
const TEXT_NOUNS: &[&str] = &["text", "transcript", "excerpts", "excerpt", "portions"];

/// Nouns of something spoken or written whose text may follow a colon.
const SPEECH_NOUNS: &[&str] = &[
    "speech",
    "remarks",
    "statement",
    "letter",
    "address",
    "testimony",
    "interview",
    "memo",
    "op-ed",
    "eulogy",
];

/// Words of an intro presenting a text after its colon ("Here is ...",
/// "Below is the full statement ...", "Excerpts from ...").
const PRESENTING: &[&str] = &[
    "here",
    "below",
    "following",
    "full",
    "text",
    "transcript",
    "excerpts",
    "excerpt",
];

/// Verbs that open an imperative introducing a quote ("Read his remarks
/// below:"), never its speaker.
const IMPERATIVES: &[&str] = &[
    "read", "see", "watch", "listen", "look", "consider", "take", "check", "click", "note", "here",
];

/// Whether only white space stands between `from` and the end of its
/// line (paragraph).
pub(super) fn rest_of_line_blank(text: &str, from: usize) -> bool {
    let t = text.get(from..).unwrap_or("");
    t[..t.find('\n').unwrap_or(t.len())].trim().is_empty()
}

/// The keys of the cue classes of plain speaking (say, tell, add, write,
/// reply, note, explain, insist, argue), which may attribute a quote
/// paragraph next to its sentence: not "The crowd cheered." or "She
/// agreed." as a stance.
pub(super) const SPEAKING_KEYS: u64 = key::classes(&[
    "say", "tell", "add", "write", "reply", "note", "explain", "insist", "argue",
]);

/// Whether only white space stands between the line start (after the
/// last newline before byte `at` of `text`, or the text's start) and `at`:
/// the white space before `at` is walked back to a newline, not the whole
/// line searched for its start (a quote's paragraph may be long).
pub(super) fn opens_line(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
    before.is_empty() || before.ends_with('\n')
}

/// Whether quote `q` is a paragraph of its own that ends with a whole
/// sentence, and the sentence ending at `sent_end` (which opens the next
/// paragraph) ends its paragraph too: `"We will win this fight."` /
/// `Smith told reporters on Tuesday.` (wire copy that names the speaker of
/// a quote paragraph only in the paragraph after it).
#[inline]
pub(super) fn lone_quote_then_cue(text: &str, q: &crate::quotes::Quote, sent_end: usize) -> bool {
    q.closed
        && opens_line(text, q.open)
        && text[q.start..q.end].trim_end().ends_with(['.', '!', '?'])
        && rest_of_line_blank(text, q.close_end)
        && rest_of_line_blank(text, sent_end)
        // (Not an intro of the quote after it: `Jared Potts echoed:`.)
        && text[..sent_end].trim_end().ends_with('.')
}

/// The token after a short title in quotation marks opening at token `j`
/// (`"Meet the Press"`, `"Fox News Sunday,"`): closed, capitalized, at
/// most six words, no sentence end inside but a final period.
///
/// (The token test inlined where it is asked, the rest out of line: the
/// addressee scan asks it of every word after a telling cue.)
#[inline(always)]
pub(super) fn title_quote_end(ctx: &Ctx, j: usize) -> Option<usize> {
    if j >= ctx.n() || !ctx.s.is_quote_mark(j) {
        return None;
    }
    title_quote_at(ctx, j)
}

/// [`title_quote_end`] past its token test: the quote opening at quotation
/// mark `j`.
#[inline(never)]
fn title_quote_at(ctx: &Ctx, j: usize) -> Option<usize> {
    let s = ctx.s;
    let q = crate::quotes::opening_at(ctx.quotes, s.toks[j].start)?;
    let inner = s.text[q.start..q.end].trim_end_matches([',', '.']);
    (q.closed
        && inner.starts_with(char::is_uppercase)
        && inner.split_whitespace().count() <= 6
        && !inner.contains(['.', '!', '?', ':', ';']))
    .then(|| s.tok_at(q.close_end))
}

/// Nouns of answering whose owner labels a quote after a colon ("The
/// company's response: \"...\"").
const RESPONSE_NOUNS: &[&str] = &[
    "response", "reaction", "answer", "reply", "retort", "verdict", "message", "advice",
];

/// Whether `t` holds three words or more: `t.split_whitespace().nth(2)
/// .is_some()`, read by bytes while they are ASCII (the white space of
/// `char::is_whitespace` in ASCII is tab to carriage return and the space),
/// up to the third word's first byte; a byte past ASCII before it asks
/// `split_whitespace` of the whole. (`split_whitespace` decoded every
/// character through its searcher: some 120 instructions a quotation, for
/// each of the 1,600 sentences a pass over train that may continue one.)
fn three_words(t: &str) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for &c in t.as_bytes() {
        if c >= 0x80 {
            return t.split_whitespace().nth(2).is_some();
        }
        let space = matches!(c, b'\t'..=b'\r' | b' ');
        if !space && !in_word {
            words += 1;
            if words == 3 {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// A partly quoted sentence with no cue right after a sentence with a
/// quote attribution (draft `source`) continues it: `"...," he said.
/// Then, "I try to explain it to them."` The whole sentence is the content.
pub fn mixed_continuation(ctx: &Ctx, source: usize) -> Option<Draft> {
    let s = ctx.s;
    let n = ctx.n();
    if ctx.lo >= n {
        return None;
    }
    let (a, b) = (s.toks[ctx.lo].start, s.toks[n - 1].end);
    // (The quotes that open before the sentence's text, walked from the
    // sentence's first quote: not searched for over the document's.)
    let first = ctx.opened_before(a);
    let q = ctx.quotes.get(first)?;
    if q.open >= b || !three_words(&s.text[q.start..q.end]) {
        return None;
    }
    // A whole quoted sentence is a plain continuation; `"...," X verbed`
    // is an attribution with a verb we do not know.
    let whole = q.open <= a
        && s.text[q.close_end..b]
            .trim()
            .chars()
            .all(|c| ".!?".contains(c));
    let quotes_in = &ctx.quotes[first..];
    let inverted = quotes_in
        .iter()
        .take_while(|q| q.open < b)
        .any(|q| q.close_end < b && s.text[q.start..q.end].trim_end().ends_with(','));
    if whole || inverted {
        return None;
    }
    let sp = ctx.span(ctx.lo, n);
    if ctx.kind_of(sp, Kind::Indirect) != Kind::Mixed {
        return None;
    }
    Some(Draft {
        conj: 0,
        sp_tok: Draft::NO_TOK,
        kind: Kind::Mixed,
        content: sp,
        speaker: None,
        cue: None,
        rule: "continuation-mixed",
        inherit: Draft::index(source),
    })
}

#[cfg(test)]
mod three_words_tests {
    use super::three_words;

    #[test]
    fn three_words_counts_as_split_whitespace() {
        for t in [
            "",
            " ",
            "one",
            "one two",
            " one  two ",
            "one two three",
            "one\ttwo\nthree",
            "one\x0Btwo\x0Cthree",
            "one\rtwo\r\nthree",
            "a\x1Fb c",
            "\x1C\x1D\x1E",
            "Müller and Kühn",
            "one\u{A0}two\u{2003}three",
            "one\u{A0}two three",
            "one two\u{3000}",
            "it’s a deal",
            "“We won",
        ] {
            assert_eq!(
                three_words(t),
                t.split_whitespace().nth(2).is_some(),
                "{t:?}"
            );
        }
    }
}
