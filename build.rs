//! Writes the word lists of `gazetteer/irregular_verbs.csv` as Rust
//! constants (`$OUT_DIR/irregular_verbs.rs`, included by
//! `src/irregular.rs`): the rules test them as word-set bits and
//! constant lists, with no parsing at start-up.

include!("src/irregular_parse.rs");

fn main() {
    const FILE: &str = "gazetteer/irregular_verbs.csv";
    println!("cargo:rerun-if-changed={FILE}");
    println!("cargo:rerun-if-changed=src/irregular_parse.rs");
    let text = std::fs::read_to_string(FILE).unwrap_or_else(|e| panic!("{FILE}: {e}"));
    let rows = parse_irregular(&text).unwrap_or_else(|(line, msg)| panic!("{FILE}:{line}: {msg}"));
    let [verb, noun, like, adj] = irregular_past_lists(&rows);
    let list = |v: &[String]| {
        v.iter()
            .map(|w| format!("{w:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let all: Vec<String> = verb
        .iter()
        .chain(&noun)
        .map(|w| format!("b{w:?}"))
        .collect();
    // The participles that differ from every past ("stolen", "taken";
    // not the aux row's "been"); a few are base forms too ("come",
    // "become", "run", "overcome").
    let mut parts: Vec<String> = rows
        .iter()
        .filter(|r| r.class != PastClass::Aux)
        .flat_map(|r| r.participles.iter())
        .filter(|w| !rows.iter().any(|r| r.pasts.contains(w)))
        .map(|w| format!("b{w:?}"))
        .collect();
    parts.sort();
    parts.dedup();
    let out = format!(
        "/// The irregular pasts of class [`PastClass::Verb`] ([`irregular_past_lists`]).\n\
         pub const PASTS_VERB: &[&str] = &[{}];\n\
         /// The irregular pasts of class [`PastClass::Noun`] ([`irregular_past_lists`]).\n\
         pub const PASTS_NOUN: &[&str] = &[{}];\n\
         /// The irregular pasts spelled like their base ([`irregular_past_lists`]).\n\
         pub const PASTS_LIKE_BASE: &[&str] = &[{}];\n\
         /// The irregular pasts of class [`PastClass::Adj`], also in [`PASTS_VERB`]\n\
         /// ([`irregular_past_lists`]).\n\
         pub const PASTS_ADJ: &[&str] = &[{}];\n\
         /// Whether `w` (lowercase) is one of [`PASTS_VERB`] or [`PASTS_NOUN`]\n\
         /// (one `match`, which the compiler splits by length and bytes).\n\
         #[inline]\n\
         pub fn is_irregular_past(w: &[u8]) -> bool {{\n    matches!(w, {})\n}}\n\
         /// Whether `w` (lowercase) is an irregular participle that is no past\n\
         /// (\"stolen\", \"taken\"; not \"been\"); a few are base forms too\n\
         /// (\"come\", \"become\", \"run\").\n\
         #[inline]\n\
         pub fn is_irregular_participle(w: &[u8]) -> bool {{\n    matches!(w, {})\n}}\n",
        list(&verb),
        list(&noun),
        list(&like),
        list(&adj),
        all.join(" | "),
        parts.join(" | ")
    );
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{dir}/irregular_verbs.rs"), out).expect("write irregular_verbs.rs");
}
