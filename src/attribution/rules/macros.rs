//! The rules' small macros: tests of a token's punctuation bytes
//! (`punct_in!`) and of a cue's class or lemma against masks made when
//! compiled (`class_in!`, `lemma_is!`). Declared first so that every rule
//! module sees them.

/// Whether token `$k` of sentence `$s` is punctuation whose bytes match
/// one of the byte-string patterns (`b"," | b":"`; a long dash as its
/// UTF-8 bytes), as `s.is_p(k, m)` for any mark `m` of them: the token
/// kind is tested once, and the bytes are matched in line only for
/// punctuation (a slice of marks went through an out-of-line `any`). For
/// the tests of the token after the cue and its adverbials, asked for
/// every cue with a speaker phrase, most tokens are words ("said that",
/// "told reporters").
macro_rules! punct_in {
    ($s:expr, $k:expr, $($p:literal)|+) => {
        $s.is_punct($k) && {
            // (The token's bytes read here: `Sent::bytes` stayed out of
            // line in `apply_cue`.)
            let t = $s.toks[$k];
            matches!(&$s.text.as_bytes()[t.start..t.end], $($p)|+)
        }
    };
}

/// Whether cue `$c`'s class is one of the names (`"say" | "tell"`): a test
/// of its [`Cue::keys`](crate::lexicon::Cue::keys) with a mask made when
/// compiled, which fails to compile for a class with no key.
macro_rules! class_in {
    ($c:expr, $($n:literal)|+) => {
        $c.keys & const { key::classes(&[$($n),+]) } != 0
    };
}

/// Whether cue `$c`'s lemma is one of the names, as [`class_in`].
macro_rules! lemma_is {
    ($c:expr, $($n:literal)|+) => {
        $c.keys & const { key::lemmas(&[$($n),+]) } != 0
    };
}
