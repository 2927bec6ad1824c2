//! HTML markup left in scraped article text: tags blanked before
//! segmentation.
//!
//! News text from feeds and scrapers often keeps its markup
//! (`<p>...</p><p>...</p>`, `<br>`, `<a href="...">`, `<em>`). Read as
//! words, a paragraph tag glues two paragraphs into one sentence and a link
//! tag sits between a name and its cue. [`blank_markup`] gives a copy of
//! the text in which every character of a known tag is replaced by one
//! ASCII character: a line break for the tags that end a paragraph (`p`,
//! `div`, `li`, headings, `blockquote`, ...), a space for the others
//! (`a`, `em`, `span`, `img`, ...) and for comments. Entity `&nbsp;` /
//! `&#160;` becomes spaces too. The copy has the same characters at the
//! same positions, so the code-point offsets of the rows are offsets into
//! the text as given; their `content` and `speaker` show spaces where tags
//! were.
//!
//! Only tags of HTML's own vocabulary count (`<p>`, `</div>`,
//! `<a href=...>`), with at most [`MAX_TAG`] bytes up to their `>`, so
//! "a < b" and "<Reuters>" stay text, and the scan is one pass over the
//! text.

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
}

/// The text with its markup blanked, or `None` when it has none (the
/// common case: one `memchr` pass for `<` and `&`).
pub fn blank_markup(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out: Option<String> = None;
    // Bytes of `text` copied to `out` so far.
    let mut done = 0;
    let mut at = 0;
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
            nbsp_at(b, i).map(|end| (end, Blank::Space))
        };
        match found {
            Some((end, blank)) => {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                o.push_str(&text[done..i]);
                let n = text[i..end].chars().count();
                match blank {
                    Blank::Break => o.extend(std::iter::repeat_n('\n', n)),
                    Blank::Line => {
                        o.push('\n');
                        o.extend(std::iter::repeat_n(' ', n - 1));
                    }
                    Blank::Space => o.extend(std::iter::repeat_n(' ', n)),
                }
                done = end;
                at = end;
            }
            None => at = i + 1,
        }
    }
    let mut o = out?;
    o.push_str(&text[done..]);
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

/// `&nbsp;` or `&#160;` at `b[i] == b'&'`: its end.
fn nbsp_at(b: &[u8], i: usize) -> Option<usize> {
    let rest = &b[i..];
    [&b"&nbsp;"[..], b"&#160;", b"&#xa0;", b"&#xA0;"]
        .iter()
        .find(|r| rest.starts_with(r))
        .map(|r| i + r.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_markup_is_not_copied() {
        for t in [
            "",
            "a < b and c > d",
            "AT&T said <Reuters>",
            "x <p",
            "&amp; <3",
        ] {
            assert_eq!(blank_markup(t), None, "{t}");
        }
    }

    #[test]
    fn tags_become_breaks_or_spaces_of_the_same_length() {
        let t = "<p>Jo Hart said.</p><p>\u{201C}Yes,\u{201D} said <a href=\"/caf\u{e9}\">Ann</a>.<br/>End&nbsp;now<!-- x --></p>";
        let m = blank_markup(t).unwrap();
        assert_eq!(m.chars().count(), t.chars().count());
        assert_eq!(
            m,
            "\n\n\nJo Hart said.\n\n\n\n\n\n\n\u{201C}Yes,\u{201D} said                 Ann    .\n    End      now          \n\n\n\n"
        );
    }

    #[test]
    fn unclosed_or_unknown_tags_stay_text() {
        assert_eq!(
            blank_markup("<p class=\"x\" <b>bold</b>").unwrap(),
            "<p class=\"x\"    bold    "
        );
        assert_eq!(blank_markup("<foo>x</foo>"), None);
        assert_eq!(blank_markup("<!-- never closed"), None);
        let long = format!("<a {}>", "x".repeat(MAX_TAG));
        assert_eq!(blank_markup(&long), None);
        let long = format!("<!-- {} -->", "x".repeat(MAX_TAG));
        assert_eq!(blank_markup(&long), None);
        // Many comment openings, one close: the comment runs from the
        // first opening within reach of the close.
        let t = format!("{}<!--x-->", "<!-- ".repeat(1000));
        let m = blank_markup(&t).unwrap();
        assert_eq!(m.len(), t.len());
        assert!(m.starts_with("<!-- <!-- "));
        assert!(m.ends_with(&" ".repeat(MAX_TAG - 5)));
    }
}
