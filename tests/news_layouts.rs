//! Layouts and quoting conventions of real news, on text written for these
//! tests: articles flattened to one line (no paragraph breaks), transcripts
//! and interviews, bulleted quote lists and HTML-escaped marks.

use crate::util::extract as rows;

/// The (speaker, content, rule) of each direct row of `text`.
fn direct(text: &str) -> Vec<(String, String, String)> {
    rows(text)
        .into_iter()
        .filter(|a| a.kind == whosaid::Kind::Direct)
        .map(|a| (a.speaker.unwrap_or_default(), a.content, a.rule.to_string()))
        .collect()
}

fn has(text: &str, speaker: &str, content: &str) {
    let d = direct(text);
    assert!(
        d.iter().any(|(s, c, _)| s == speaker && c == content),
        "{text:?}: no {speaker:?} / {content:?} in {d:#?}"
    );
}

#[test]
fn a_whole_quoted_sentence_is_not_the_content_of_a_denied_or_long_next_cue() {
    // Flattened to one line, the next paragraph's subject and cue follow
    // the quote with no break: the quote goes on with the speaker before.
    let t = "“The fees are far too high,” said Dana Ortiz, a parent. “We cannot pay them.” \
             The school board did not respond to a request for comment.";
    has(t, "Dana Ortiz", "We cannot pay them.");
    let t = "“We will rebuild the bridge,” Mayor Ellen Brooks said. “It will take a year.” \
             Governor Bill Hart announced on Tuesday in a speech at the capitol a new plan for the roads.";
    has(t, "Mayor Ellen Brooks", "It will take a year.");
    // A cue that closes its sentence after a short adjunct still takes it.
    has(
        "The hearing ended early. “There are 30,000 emails missing.” Trump said in a statement.",
        "Trump",
        "There are 30,000 emails missing.",
    );
}

#[test]
fn a_curly_quote_nested_in_a_straight_one_keeps_the_outer_quote() {
    // Curly marks pasted into a quote typed with straight ones.
    let t = "Dr. Lena Vance stated:\n\n\"The department isn't about “public safety” anymore. \
             It's about protecting the chief.\"\n\nThe chief did not respond.";
    has(
        t,
        "Dr. Lena Vance",
        "The department isn't about “public safety” anymore. It's about protecting the chief.",
    );
    has(
        "\"We were told it was “a temporary fix” and it never was,\" said Ana Ruiz, a tenant.",
        "Ana Ruiz",
        "We were told it was “a temporary fix” and it never was,",
    );
}
