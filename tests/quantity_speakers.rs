//! Speakers that are quantities or shares of a group, as poll stories name
//! them ("Half the voters said", "More than half the senators support",
//! "a 45% plurality of Democrats oppose"), on text written for these
//! tests (issue 5).

use crate::util::{contents, extract as rows};

/// Whether `text` has a row with this speaker and content.
fn has(text: &str, speaker: &str, content: &str) {
    let c = contents(text, speaker);
    assert!(
        c.iter().any(|c| c == content),
        "{text:?}: {speaker:?} has {c:?}"
    );
}

#[test]
fn half_takes_a_determiner_without_of() {
    has(
        "Half the farmers said the drought was the worst in memory.",
        "Half the farmers",
        "the drought was the worst in memory",
    );
    has(
        "Nearly half the nurses said the new shifts were too long.",
        "Nearly half the nurses",
        "the new shifts were too long",
    );
    has(
        "More than half the council members support the new tram line.",
        "More than half the council members",
        "the new tram line",
    );
}

#[test]
fn a_share_with_an_article_opens_the_clause_after_a_semicolon() {
    has(
        "Most farmers back the tariff; a 41% plurality of ranchers oppose the measure.",
        "a 41% plurality of ranchers",
        "the measure",
    );
    has(
        "Most farmers back the tariff; a 41 percent plurality of ranchers oppose the measure.",
        "a 41 percent plurality of ranchers",
        "the measure",
    );
}

#[test]
fn a_bare_count_before_said_or_have_is_the_speaker() {
    has(
        "Most of the doctors liked the plan, while 27 said the same of the old one.",
        "27",
        "the same of the old one",
    );
    has(
        "Since the appeal went out, at least 12,000 said they would volunteer.",
        "at least 12,000",
        "they would volunteer",
    );
    // A count of a noun after the verb-like word is no speaker; a year is
    // no count.
    for text in [
        "In the end 60 pledged delegates were at stake.",
        "In the spring 2019 said little about the war.",
    ] {
        let r = rows(text);
        assert!(
            r.iter().all(|a| a
                .speaker
                .as_deref()
                .is_none_or(|sp| !sp.starts_with(|c: char| c.is_ascii_digit()))),
            "{text:?}: {r:#?}"
        );
    }
}

#[test]
fn a_lobby_or_an_industry_gives_support_and_criticism() {
    has(
        "The toll plan drew criticism from the trucking lobby.",
        "the trucking lobby",
        "The toll plan",
    );
    has(
        "The steel industry said the tariffs would cost jobs.",
        "The steel industry",
        "the tariffs would cost jobs",
    );
    // "lobbies" stays a verb: "Reyes lobbies" is no speaker.
    let r = rows("Reyes lobbies hard: \"Nobody should work two jobs to pay rent.\"");
    assert!(
        r.iter()
            .all(|a| a.speaker.as_deref() != Some("Reyes lobbies")),
        "{r:#?}"
    );
}

#[test]
fn a_poll_share_voting_for_a_candidate_is_a_stance() {
    has(
        "Among independents, 48 percent would vote for the mayor.",
        "48 percent",
        "the mayor",
    );
    has(
        "Nearly 12% of them voted for the governor.",
        "Nearly 12% of them",
        "the governor",
    );
    // Lawmakers voting for a bill cast a vote of their own (a stance:
    // `vote_for_object`); a duty of the rules is none.
    has(
        "The senators voted for the budget bill on Tuesday.",
        "The senators",
        "the budget bill",
    );
    let r = rows("Under the rules, the delegates must vote for the winner.");
    assert!(
        r.iter().all(|a| a.cue.as_deref() != Some("voted for")),
        "{r:#?}"
    );
}

#[test]
fn a_share_after_and_opens_its_own_clause() {
    let text = "One in three said the union doesn’t care much about small farms and one in four said it was out of touch.";
    has(
        text,
        "One in three",
        "the union doesn’t care much about small farms",
    );
    has(text, "one in four", "it was out of touch");
    let text = "Most growers said they were worried about the frost, and more than 4 in 10 said the co-op would handle it best.";
    has(text, "Most growers", "they were worried about the frost");
    has(text, "more than 4 in 10", "the co-op would handle it best");
    // A finding of a poll goes on after "and" with other verbs.
    has(
        "The survey found that 45 percent of members backed the chair and 41 percent favored her rival.",
        "The survey",
        "that 45 percent of members backed the chair and 41 percent favored her rival",
    );
}

#[test]
fn half_a_dozen_or_a_million_is_a_count() {
    has(
        "Half a dozen engineers said the bridge was unsafe.",
        "Half a dozen engineers",
        "the bridge was unsafe",
    );
    has(
        "Nearly half a million residents say the tax is unfair.",
        "Nearly half a million residents",
        "the tax is unfair",
    );
}

#[test]
fn a_name_ending_in_a_number_is_the_speaker() {
    has(
        "Number 10 said the chancellor still had the prime minister's backing.",
        "Number 10",
        "the chancellor still had the prime minister's backing",
    );
    has(
        "No 10 insisted the reshuffle would wait until the autumn.",
        "No 10",
        "the reshuffle would wait until the autumn",
    );
    has(
        "Asked about the leak, No 10 said the inquiry would report in June.",
        "No 10",
        "the inquiry would report in June",
    );
    has(
        "A No 10 spokeswoman said the talks had been constructive.",
        "A No 10 spokeswoman",
        "the talks had been constructive",
    );
    has(
        "Channel 4 said it would challenge the ruling in the High Court.",
        "Channel 4",
        "it would challenge the ruling in the High Court",
    );
    // Counts keep their rows; a date after a month is no name.
    has(
        "12 residents said the water had been cut off for days.",
        "12 residents",
        "the water had been cut off for days",
    );
    has(
        "Three councillors said they would vote against the budget.",
        "Three councillors",
        "they would vote against the budget",
    );
    for text in [
        "The airline on March 10 said fares would rise.",
        "No 10 people said anything about it.",
    ] {
        assert!(
            rows(text)
                .iter()
                .all(|a| a.speaker.as_deref() != Some("March 10")
                    && !a.speaker.as_deref().is_some_and(|s| s.starts_with("No 10"))),
            "{text}: {:?}",
            rows(text)
        );
    }
}

/// Names that end in a number, from the review of the rule: broadcasters,
/// a sport, bands, a union local and a military unit.
#[test]
fn numbered_names_of_broadcasters_bands_and_units() {
    for (text, speaker, content) in [
        (
            "Fox 5 said the suspect had been taken into custody.",
            "Fox 5",
            "the suspect had been taken into custody",
        ),
        (
            "BBC Radio 4 said the programme would return next year.",
            "BBC Radio 4",
            "the programme would return next year",
        ),
        (
            "Formula 1 said the race would go ahead as planned.",
            "Formula 1",
            "the race would go ahead as planned",
        ),
        (
            "Maroon 5 said the tour had been postponed.",
            "Maroon 5",
            "the tour had been postponed",
        ),
        (
            "Local 1199 said its members would strike on Monday.",
            "Local 1199",
            "its members would strike on Monday",
        ),
        (
            "Unit 8200 said the intercepts were genuine.",
            "Unit 8200",
            "the intercepts were genuine",
        ),
    ] {
        has(text, speaker, content);
    }
}

/// "No" with a number and a lowercase plural is a count ("No 10 people",
/// nobody), not Downing Street: no row, as for "No officials said". With
/// an article before it, or with the number alone, it is the name.
#[test]
fn no_with_a_number_and_a_plural_is_a_count() {
    for text in [
        "No 10 people said they had seen the attack.",
        "No 20 officials said the plan was dead.",
        "No 30 residents said they would leave.",
    ] {
        assert!(rows(text).is_empty(), "{text}: {:?}", rows(text));
    }
    has(
        "The No 10 press office said the statement was accurate.",
        "The No 10 press office",
        "the statement was accurate",
    );
    has(
        "No 10 said the statement was accurate.",
        "No 10",
        "the statement was accurate",
    );
}

/// A number after a capitalized adverb ("Overall 64 said", "Nationally 64
/// said") or a plural speaker noun ("Democrats 48 said") is a poll's share
/// or a count, and a year after a city ("Tokyo 2020", "Paris 2024") names
/// the games, not the place: no numbered name, and no row with it as the
/// speaker. The names that end in a number keep theirs.
#[test]
fn a_number_after_an_adverb_a_plural_or_a_city_year_is_no_name() {
    for (text, bad) in [
        ("Overall 64 said they backed the plan.", "Overall 64"),
        ("Nationally 64 said they backed the plan.", "Nationally 64"),
        (
            "Democrats 48 said yes while Republicans 30 said no.",
            "Democrats 48",
        ),
        ("Tokyo 2020 said the games would go ahead.", "Tokyo 2020"),
        ("Paris 2024 said the games would go ahead.", "Paris 2024"),
    ] {
        let rows = rows(text);
        assert!(
            rows.iter().all(|a| a.speaker.as_deref() != Some(bad)
                && a.speaker_canonical.as_deref() != Some("Japan")
                && a.speaker_canonical.as_deref() != Some("France")),
            "{text}: {rows:?}"
        );
    }
    has(
        "Local 1199 said it would strike on Monday.",
        "Local 1199",
        "it would strike on Monday",
    );
    has(
        "Maroon 5 said the tour would go ahead.",
        "Maroon 5",
        "the tour would go ahead",
    );
}

/// A month, "May", a month's short form or a day word before a number
/// dates the cue ("on May 5", "Sept 10", "Friday 13"): no numbered name.
#[test]
fn a_number_after_a_date_word_is_no_name() {
    for (text, bad) in [
        ("The airline on May 5 said fares would rise.", "May 5"),
        ("The airline on Sept 10 said fares would rise.", "Sept 10"),
        (
            "The airline on Friday 13 said fares would rise.",
            "Friday 13",
        ),
        ("The airline on June 2 said fares would rise.", "June 2"),
    ] {
        let rows = rows(text);
        assert!(
            rows.iter().all(|a| a.speaker.as_deref() != Some(bad)),
            "{text}: {rows:?}"
        );
    }
}
