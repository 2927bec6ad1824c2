//! Wire-news styles of other outlets, on short articles written for these
//! tests with invented people and places (issue 5, session 14): weather and
//! disaster warnings, court reporting, parliamentary reports, election
//! nights, obituaries, military statements, summaries of the foreign press,
//! Q&A interviews, and Canadian, Irish, New Zealand, South African,
//! Nigerian, Philippine, Singapore and Kenyan copy.

use crate::util::extract as rows;

/// The (kind, speaker, cue, content) of each row of `text`.
fn table(text: &str) -> Vec<(String, String, String, String)> {
    rows(text)
        .into_iter()
        .map(|a| {
            (
                a.kind.as_str().to_string(),
                a.speaker.unwrap_or_default(),
                a.cue.unwrap_or_default(),
                a.content,
            )
        })
        .collect()
}

/// `text` has a row with this kind, speaker, cue and content.
fn has(text: &str, kind: &str, speaker: &str, cue: &str, content: &str) {
    let t = table(text);
    assert!(
        t.iter()
            .any(|(k, s, c, x)| k == kind && s == speaker && c == cue && x == content),
        "no {kind} {speaker:?} | {cue:?} | {content:?} in {t:#?}"
    );
}

const HEATWAVE: &str = "Heatwave: officials warn of record temperatures

State officials warned on Thursday that temperatures could reach a record 47 degrees in the west of the state this weekend.

The Bureau of Meteorology's senior forecaster, Dean Whitlock, said the heat would last until at least Tuesday. \"Nights will bring no relief,\" he said.

Health Minister Carla Benedetti urged residents to check on elderly neighbours and to avoid outdoor work in the afternoon.

Fire chiefs fear that the heat, combined with strong winds, could spark fires like those of 2019.

The state's electricity operator said it was confident there would be enough power to meet demand, but it asked households to limit air conditioning between 4pm and 8pm.

Critics warned it was not enough to rely on households.
";

#[test]
fn weather_warnings() {
    let t = HEATWAVE;
    has(
        t,
        "indirect",
        "State officials",
        "warned",
        "that temperatures could reach a record 47 degrees in the west of the state this weekend",
    );
    has(t, "direct", "he", "said", "Nights will bring no relief,");
    has(
        t,
        "stance",
        "Health Minister Carla Benedetti",
        "urged",
        "residents to check on elderly neighbours and to avoid outdoor work in the afternoon",
    );
    has(
        t,
        "indirect",
        "Fire chiefs",
        "fear",
        "that the heat, combined with strong winds, could spark fires like those of 2019",
    );
    // "it" and an auxiliary after a warning is the subject of its clause,
    // no addressee (the content was "was not enough to ...", a stance).
    has(
        t,
        "indirect",
        "Critics",
        "warned",
        "it was not enough to rely on households",
    );
    has(
        "Businesses warn it could harm trade.",
        "indirect",
        "Businesses",
        "warn",
        "it could harm trade",
    );
    // A noun object before an infinitive still is the addressee.
    has(
        "The mayor warned residents to stay indoors.",
        "stance",
        "The mayor",
        "warned",
        "residents to stay indoors",
    );
}
