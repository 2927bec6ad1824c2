//! Stance rows on text written for these tests: cues and frames of
//! beliefs, plans, support and criticism that gave no row before (issue 5,
//! stance recall).

use crate::util::contents;

#[test]
fn look_to_with_an_infinitive_is_a_plan() {
    for (text, speaker, content) in [
        (
            "The harbor board looks to reopen the ferry pier by June.",
            "The harbor board",
            "to reopen the ferry pier by June",
        ),
        (
            "Several council members are looking to cut the parking fees.",
            "Several council members",
            "to cut the parking fees",
        ),
        (
            "The mayor looked to calm the crowd with a short speech.",
            "The mayor",
            "to calm the crowd with a short speech",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // Not an appearance, a check, a glance back or a look toward someone.
    for (text, speaker) in [
        (
            "The ferry schedule looks to be in trouble.",
            "The ferry schedule",
        ),
        ("The mayor looked to see if the pier was open.", "The mayor"),
        ("Looking back to 2010, the mayor smiled.", "the mayor"),
        ("Voters look to the mayor for answers.", "Voters"),
    ] {
        assert!(contents(text, speaker).is_empty(), "{text:?}");
    }
}
