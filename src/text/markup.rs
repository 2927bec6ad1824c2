//! HTML markup left in scraped article text: tags blanked and character
//! references decoded before segmentation.
//!
//! News text from feeds and scrapers often keeps its markup
//! (`<p>...</p><p>...</p>`, `<br>`, `<a href="...">`, `<em>`) and its
//! character references (`&rsquo;`, `&amp;`, `&#8220;`). Read as words, a
//! paragraph tag glues two paragraphs into one sentence, a link tag sits
//! between a name and its cue, and "The company&rsquo;s chief executive"
//! or "Smith &amp; Wesson" are no names. [`clean`] gives a copy of the
//! text in which every character of a known tag is replaced by one ASCII
//! character (a line break for the tags that end a paragraph: `p`, `div`,
//! `li`, headings, `blockquote`, ...; a space for the others: `a`, `em`,
//! `span`, `img`, ... and comments) and each character reference by its
//! character (`&nbsp;` by a space). The rows are found in the copy; their
//! offsets are mapped back with [`Cleaned::original`], so they index the
//! text as given, while `content` and `speaker` show the decoded text.
//!
//! Only tags of HTML's own vocabulary count (`<p>`, `</div>`,
//! `<a href=...>`), with at most [`MAX_TAG`] bytes up to their `>`, so
//! "a < b" and `<Reuters>` stay text; only references that name a
//! character (`&amp;`, `&#39;`, `&#x2019;`) are decoded, so "AT&T" stays.
//! The scan is one pass over the text.

/// The longest tag (bytes from `<` to `>`) taken as markup.
pub const MAX_TAG: usize = 2048;

/// Tags that end a paragraph.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Tags inside a paragraph (`br` is a line break, not a paragraph end).
const INLINE: &[&str] = &[
    "a", "abbr", "b", "big", "br", "cite", "code", "del", "em", "font", "i", "img", "ins", "kbd",
    "mark", "picture", "q", "s", "small", "source", "span", "strike", "strong", "sub", "sup",
    "time", "u", "wbr",
];

/// What a piece of markup becomes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Blank {
    /// Line breaks: a paragraph ends here.
    Break,
    /// One line break, then spaces (`<br>`).
    Line,
    /// Spaces.
    Space,
    /// One character (a character reference).
    Char(char),
}

/// A text with its markup blanked and its references decoded.
#[derive(Debug)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// For each decoded reference: the byte offset in `text` just past its
    /// character, and the characters the references up to it saved
    /// (references are longer than their character), ascending.
    shifts: Vec<(usize, usize)>,
}

impl Cleaned {
    /// The code-point offset in the original text of code-point offset
    /// `cp`, which is at byte `b` of the cleaned text.
    pub fn original(&self, b: usize, cp: usize) -> usize {
        let k = self.shifts.partition_point(|&(end, _)| end <= b);
        cp + k.checked_sub(1).map_or(0, |k| self.shifts[k].1)
    }
}

/// The text with its markup blanked and its references decoded, or `None`
/// when it has neither (the common case: one `memchr2` pass for `<` and
/// `&`).
pub fn clean(text: &str) -> Option<Cleaned> {
    let b = text.as_bytes();
    let mut out: Option<Cleaned> = None;
    // Bytes of `text` copied to `out` so far.
    let mut done = 0;
    let mut at = 0;
    // Characters saved by the references decoded so far.
    let mut saved = 0;
    // The next `-->` at or after the last comment opening looked at (found
    // once, not once per `<!--`, so a text of unclosed comments stays
    // linear).
    let mut close: Option<Option<usize>> = None;
    while let Some(k) = memchr::memchr2(b'<', b'&', &b[at..]) {
        let i = at + k;
        let found = if b[i..].starts_with(b"<!--") {
            let c = match close {
                Some(Some(c)) if c >= i + 4 => Some(c),
                Some(None) => None,
                _ => memchr::memmem::find(&b[i + 4..], b"-->").map(|c| i + 4 + c),
            };
            close = Some(c);
            c.filter(|&c| c + 3 - i <= MAX_TAG)
                .map(|c| (c + 3, Blank::Space))
        } else if b[i] == b'<' {
            tag_at(b, i)
        } else {
            reference_at(b, i).map(|(end, c)| (end, Blank::Char(c)))
        };
        let Some((end, blank)) = found else {
            at = i + 1;
            continue;
        };
        let o = out.get_or_insert_with(|| Cleaned {
            text: String::with_capacity(text.len()),
            shifts: Vec::new(),
        });
        o.text.push_str(&text[done..i]);
        let n = text[i..end].chars().count();
        match blank {
            Blank::Break => o.text.extend(std::iter::repeat_n('\n', n)),
            Blank::Line => {
                o.text.push('\n');
                o.text.extend(std::iter::repeat_n(' ', n - 1));
            }
            Blank::Space => o.text.extend(std::iter::repeat_n(' ', n)),
            Blank::Char(c) => {
                o.text.push(c);
                saved += n - 1;
                o.shifts.push((o.text.len(), saved));
            }
        }
        done = end;
        at = end;
    }
    let mut o = out?;
    o.text.push_str(&text[done..]);
    Some(o)
}

/// A tag opening at `b[i] == b'<'`: its end (past `>`) and what it
/// becomes.
fn tag_at(b: &[u8], i: usize) -> Option<(usize, Blank)> {
    let rest = &b[i + 1..b.len().min(i + MAX_TAG)];
    let name_from = usize::from(rest.first() == Some(&b'/'));
    let name_len = rest[name_from..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || name_len > 10 {
        return None;
    }
    let mut lower = [0u8; 10];
    for (l, c) in lower.iter_mut().zip(&rest[name_from..name_from + name_len]) {
        *l = c.to_ascii_lowercase();
    }
    let name = std::str::from_utf8(&lower[..name_len]).ok()?;
    let blank = if BLOCK.contains(&name) {
        Blank::Break
    } else if name == "br" {
        Blank::Line
    } else if INLINE.contains(&name) {
        Blank::Space
    } else {
        return None;
    };
    let after = name_from + name_len;
    match rest.get(after)? {
        b'>' => Some((i + 1 + after + 1, blank)),
        b'/' | b' ' | b'\t' | b'\n' | b'\r' => {
            // Attributes: up to the `>`, with no `<` before it.
            let k = rest[after..].iter().position(|&c| c == b'>' || c == b'<')?;
            (rest[after + k] == b'>').then_some((i + 1 + after + k + 1, blank))
        }
        _ => None,
    }
}

/// The named references decoded: the markup characters, the
/// punctuation and symbols of news text, and the Latin letters with
/// diacritics (by [`accented`]).
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", ' '),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("sbquo", '\u{201A}'),
    ("ldquo", '\u{201C}'),
    ("rdquo", '\u{201D}'),
    ("bdquo", '\u{201E}'),
    ("laquo", '\u{AB}'),
    ("raquo", '\u{BB}'),
    ("lsaquo", '\u{2039}'),
    ("rsaquo", '\u{203A}'),
    ("hellip", '\u{2026}'),
    ("middot", '\u{B7}'),
    ("bull", '\u{2022}'),
    ("prime", '\u{2032}'),
    ("Prime", '\u{2033}'),
    ("copy", '\u{A9}'),
    ("reg", '\u{AE}'),
    ("trade", '\u{2122}'),
    ("deg", '\u{B0}'),
    ("euro", '\u{20AC}'),
    ("pound", '\u{A3}'),
    ("yen", '\u{A5}'),
    ("cent", '\u{A2}'),
    ("sect", '\u{A7}'),
    ("para", '\u{B6}'),
    ("times", '\u{D7}'),
    ("divide", '\u{F7}'),
    ("frac12", '\u{BD}'),
    ("frac14", '\u{BC}'),
    ("frac34", '\u{BE}'),
    ("iexcl", '\u{A1}'),
    ("iquest", '\u{BF}'),
    ("shy", '\u{AD}'),
    ("szlig", '\u{DF}'),
    ("aelig", '\u{E6}'),
    ("AElig", '\u{C6}'),
    ("oelig", '\u{153}'),
    ("OElig", '\u{152}'),
    ("eth", '\u{F0}'),
    ("thorn", '\u{FE}'),
];

/// `&<letter><accent>;` for the Latin-1 letters with diacritics
/// (`eacute`, `Ouml`, `ntilde`, `ccedil`, `aring`, `oslash`, ...): the
/// precomposed character.
fn accented(name: &str) -> Option<char> {
    let mut cs = name.chars();
    let base = cs.next()?;
    let accent = cs.as_str();
    // Latin-1 lays out each accented letter at a fixed place per base.
    let table: &[(&str, &str, &str)] = &[
        (
            "grave",
            "AEIOUaeiou",
            "\u{C0}\u{C8}\u{CC}\u{D2}\u{D9}\u{E0}\u{E8}\u{EC}\u{F2}\u{F9}",
        ),
        (
            "acute",
            "AEIOUYaeiouy",
            "\u{C1}\u{C9}\u{CD}\u{D3}\u{DA}\u{DD}\u{E1}\u{E9}\u{ED}\u{F3}\u{FA}\u{FD}",
        ),
        (
            "circ",
            "AEIOUaeiou",
            "\u{C2}\u{CA}\u{CE}\u{D4}\u{DB}\u{E2}\u{EA}\u{EE}\u{F4}\u{FB}",
        ),
        ("tilde", "ANOano", "\u{C3}\u{D1}\u{D5}\u{E3}\u{F1}\u{F5}"),
        (
            "uml",
            "AEIOUaeiouy",
            "\u{C4}\u{CB}\u{CF}\u{D6}\u{DC}\u{E4}\u{EB}\u{EF}\u{F6}\u{FC}\u{FF}",
        ),
        ("ring", "Aa", "\u{C5}\u{E5}"),
        ("cedil", "Cc", "\u{C7}\u{E7}"),
        ("slash", "Oo", "\u{D8}\u{F8}"),
        (
            "caron",
            "SsZzCcRrEeNn",
            "\u{160}\u{161}\u{17D}\u{17E}\u{10C}\u{10D}\u{158}\u{159}\u{11A}\u{11B}\u{147}\u{148}",
        ),
    ];
    let (_, bases, chars) = table.iter().find(|(a, _, _)| *a == accent)?;
    let k = bases.chars().position(|b| b == base)?;
    chars.chars().nth(k)
}

/// A character reference at `b[i] == b'&'` (`&amp;`, `&rsquo;`, `&#39;`,
/// `&#x2019;`): its end (past `;`) and its character. Control characters
/// and unknown names are no references.
fn reference_at(b: &[u8], i: usize) -> Option<(usize, char)> {
    let rest = &b[i + 1..b.len().min(i + 12)];
    let semi = rest.iter().position(|&c| c == b';')?;
    let body = std::str::from_utf8(&rest[..semi]).ok()?;
    let c = if let Some(num) = body.strip_prefix('#') {
        // Digits only: the parsers take a sign too ("&#+65;" is no
        // reference).
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        let digit = |c: u8| match radix {
            16 => c.is_ascii_hexdigit(),
            _ => c.is_ascii_digit(),
        };
        if !digits.bytes().all(digit) {
            return None;
        }
        let n = u32::from_str_radix(digits, radix).ok()?;
        let c = match n {
            // Windows-1252 numbers (`&#147;` is a curly quote), as
            // browsers read them (the five it leaves unassigned stay
            // control characters).
            0x80..=0x9F => crate::input::windows_1252_char(n as u8),
            160 => ' ',
            n => char::from_u32(n)?,
        };
        (!c.is_control()).then_some(c)?
    } else {
        if !body.bytes().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        NAMED
            .iter()
            .find(|(n, _)| *n == body)
            .map(|&(_, c)| c)
            .or_else(|| accented(body))?
    };
    Some((i + 1 + semi + 1, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(t: &str) -> String {
        clean(t).unwrap().text
    }

    #[test]
    fn text_without_markup_is_not_copied() {
        for t in [
            "",
            "a < b and c > d",
            "AT&T said <Reuters>",
            "x <p",
            "&copy <3 &zzz; &#1;",
            // A sign is no digit; an unassigned Windows-1252 number is a
            // control character.
            "&#+65; &#x+41; &#-1; &#129; &#x9D; &#x;",
        ] {
            assert!(clean(t).is_none(), "{t}");
        }
    }

    #[test]
    fn tags_become_breaks_or_spaces_of_the_same_length() {
        let t = "<p>Jo Hart said.</p><p>Yes, said <a href=\"/caf\u{e9}\">Ann</a>.<br/>End<!-- x --></p>";
        let m = cleaned(t);
        assert_eq!(m.chars().count(), t.chars().count());
        assert_eq!(
            m,
            "\n\n\nJo Hart said.\n\n\n\n\n\n\nYes, said                 Ann    .\n    End          \n\n\n\n"
        );
    }

    #[test]
    fn references_become_their_characters() {
        let t = "The firm&rsquo;s CEO, Ren&eacute; Sm&oslash;rgrav (Smith &amp; Wesson), said &ldquo;no&#8221;&nbsp;&#x2014; &#147;ok&#148; &Scaron;";
        let c = clean(t).unwrap();
        assert_eq!(
            c.text,
            "The firm\u{2019}s CEO, Ren\u{e9} Sm\u{f8}rgrav (Smith & Wesson), said \u{201C}no\u{201D} \u{2014} \u{201C}ok\u{201D} \u{160}"
        );
        // Offsets map back to the text as given.
        let orig: Vec<char> = t.chars().collect();
        for word in ["CEO", "Wesson", "said", "ok"] {
            let b = c.text.find(word).unwrap();
            let cp = c.text[..b].chars().count();
            let o = c.original(b, cp);
            let got: String = orig[o..o + word.len()].iter().collect();
            assert_eq!(got, word);
            let end_b = b + word.len();
            assert_eq!(c.original(end_b, cp + word.len()), o + word.len());
        }
    }

    #[test]
    fn unclosed_or_unknown_tags_stay_text() {
        assert_eq!(
            cleaned("<p class=\"x\" <b>bold</b>"),
            "<p class=\"x\"    bold    "
        );
        assert!(clean("<foo>x</foo>").is_none());
        assert!(clean("<!-- never closed").is_none());
        let long = format!("<a {}>", "x".repeat(MAX_TAG));
        assert!(clean(&long).is_none());
        let long = format!("<!-- {} -->", "x".repeat(MAX_TAG));
        assert!(clean(&long).is_none());
        // Many comment openings, one close: the comment runs from the
        // first opening within reach of the close.
        let t = format!("{}<!--x-->", "<!-- ".repeat(1000));
        let m = cleaned(&t);
        assert_eq!(m.len(), t.len());
        assert!(m.starts_with("<!-- <!-- "));
        assert!(m.ends_with(&" ".repeat(MAX_TAG - 5)));
    }
}
