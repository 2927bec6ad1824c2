//! Direct quotes in the quote-mark styles and layouts of wire news, on text
//! written for these tests: each case must give a direct row with the
//! expected speaker and content.

use whosaid::{Document, Extractor, Kind};

fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(|| Extractor::with_default_data().unwrap())
}

/// The rows of `text`.
fn extract(text: &str) -> Vec<whosaid::Attribution> {
    extractor().extract(&Document {
        id: "q".into(),
        text: text.into(),
        date: None,
        title: None,
    })
}

/// The (speaker, content) pairs of the direct rows of `text`.
fn direct(text: &str) -> Vec<(String, String)> {
    extract(text)
        .into_iter()
        .filter(|a| a.kind == Kind::Direct)
        .map(|a| (a.speaker.unwrap_or_default(), a.content))
        .collect()
}

fn has(text: &str, speaker: &str, content: &str) {
    let rows = direct(text);
    assert!(
        rows.iter().any(|(s, c)| s == speaker && c == content),
        "no direct row ({speaker:?}, {content:?}) in {text:?}: {rows:#?}"
    );
}

#[test]
fn straight_curly_and_backquote_marks() {
    let q = "We will rebuild the pier before the summer,";
    for (open, close) in [
        ("\"", "\""),
        ("“", "”"),
        ("``", "''"),
        ("''", "''"),
        ("‘‘", "’’"),
    ] {
        has(
            &format!(
                "{open}{q}{close} Mayor Ana Ruiz said on Monday. {open}The money is there.{close}"
            ),
            "Mayor Ana Ruiz",
            q,
        );
        has(
            &format!(
                "{open}{q}{close} Mayor Ana Ruiz said on Monday. {open}The money is there.{close}"
            ),
            "Mayor Ana Ruiz",
            "The money is there.",
        );
        has(
            &format!("Okafor told reporters, {open}We have waited for ten years.{close}"),
            "Okafor",
            "We have waited for ten years.",
        );
    }
}

#[test]
fn guillemets_both_ways() {
    has(
        "« Nous allons reconstruire le port », a dit Ana Ruiz.\n\nThe mayor told Reuters: «We will rebuild the pier.»",
        "The mayor",
        "We will rebuild the pier.",
    );
    has(
        "The mayor told Reuters: »We will rebuild the pier.«",
        "The mayor",
        "We will rebuild the pier.",
    );
}

#[test]
fn closing_mark_typed_as_opening() {
    has(
        "”… the pier will be rebuilt before the summer,” wrote the Harbor Gazette. “The money is finally there.”",
        "the Harbor Gazette",
        "The money is finally there.",
    );
}

#[test]
fn format_characters_before_a_quote() {
    has(
        "\u{202a}”We will rebuild the pier before the summer,” posted Ana Ruiz.",
        "Ana Ruiz",
        "We will rebuild the pier before the summer,",
    );
}

#[test]
fn news_agency_and_reporters() {
    has(
        "“We are ready for the storm,” Okafor told The Associated Press.",
        "Okafor",
        "We are ready for the storm,",
    );
    has(
        "Okafor told Reuters: “We have the money now.”",
        "Okafor",
        "We have the money now.",
    );
    has(
        "“The harbor will open in May,” said Tom Okafor, a spokeswoman for the Port Authority of the City of Lisbon and its districts.",
        "Tom Okafor",
        "The harbor will open in May,",
    );
}

#[test]
fn quote_paragraphs_over_several_paragraphs() {
    let t = "The minister said:\n\n“We have waited for ten years. The money was never there.\n\n“Now it is, and we will spend it well.”";
    // After a colon ending the paragraph, the run is one content.
    has(
        t,
        "The minister",
        "We have waited for ten years. The money was never there.\n\n“Now it is, and we will spend it well.",
    );
    // A quote closing the run with an attribution of its own is its own.
    let t = "The minister said:\n\n“We have waited for ten years.\n\n“Now it is,” the mayor said.";
    has(t, "The minister", "We have waited for ten years.");
    has(t, "the mayor", "Now it is,");
}

#[test]
fn quote_then_parenthetical() {
    has(
        "“The port is safe,” Ruiz said (she did not give details). “It always was.”",
        "Ruiz",
        "It always was.",
    );
}

#[test]
fn dash_byline_paragraph() {
    let t = "Quotable.\n\n“Nobody in this town has seen a flood like that one.”\n\n— Mayor Tom Okafor, at the levee on Sunday.";
    has(
        t,
        "Mayor Tom Okafor",
        "Nobody in this town has seen a flood like that one.",
    );
    assert!(
        direct("“Nobody here has seen a flood like that one.”\n\n— Reporting by Tom Okafor.")
            .is_empty()
    );
}

#[test]
fn adjuncts_between_cue_and_quote() {
    has(
        "The mayor said on Twitter on Monday, in reference to the storm, “We will rebuild the pier.”",
        "The mayor",
        "We will rebuild the pier.",
    );
    has(
        "The mayor said in the spring, when the storm hit, “We will rebuild the pier.”",
        "The mayor",
        "We will rebuild the pier.",
    );
    has(
        "The mayor said in an interview with The Associated Press on Monday: \"We will rebuild the pier.\"",
        "The mayor",
        "We will rebuild the pier.",
    );
}

#[test]
fn datelines_before_the_speaker() {
    for dateline in [
        "LISBON (AP) —",
        "LISBON, Portugal (Reuters) -",
        "LISBON, Dec. 8 (UPI) —",
        "LISBON, Dec. 8 —",
    ] {
        let t = format!(
            "{dateline} The mayor rallied supporters on Monday, saying: “We will rebuild the pier.”"
        );
        let rows = extractor().extract(&Document {
            id: "q".into(),
            text: t.clone(),
            date: None,
            title: None,
        });
        assert!(
            rows.iter()
                .any(|a| a.speaker.as_deref() == Some("The mayor")
                    && a.content.contains("We will rebuild the pier.")),
            "{t}: {rows:#?}"
        );
    }
}

#[test]
fn open_quote_paragraphs_take_the_speaker_that_closes_the_run() {
    let t = "The senator laid out her plan.\n\n“First, we will cut the red tape.\n\n“Second, we will fix the roads our grandparents built.\n\n“And third, we will teach every child to read,” she said.";
    has(
        t,
        "she",
        "Second, we will fix the roads our grandparents built.",
    );
    has(t, "she", "And third, we will teach every child to read,");
    // A block quote of an article (no first or second person) is not
    // speech of the next speaker.
    let b = "The paper's report was brief.\n\n“The council voted to close the pier.\n\n“The mayor opposed the vote,” Ruiz said.";
    assert!(
        !direct(b)
            .iter()
            .any(|(s, c)| s == "Ruiz" && c.starts_with("The council voted")),
        "{:?}",
        direct(b)
    );
}

#[test]
fn quote_ending_a_line_is_not_spoken_by_the_next_line() {
    // Paragraphs separated by single line breaks: the quote closing a
    // paragraph continues its own speaker, not the subject of the next line.
    let text = "“The port will stay open,” the harbor master said. “We have enough crews for the winter.”\nThe mayor refused to answer questions on the budget.";
    has(
        text,
        "the harbor master",
        "We have enough crews for the winter.",
    );
    assert!(
        !direct(text).iter().any(|(s, _)| s.starts_with("The mayor")),
        "{:#?}",
        direct(text)
    );
}

#[test]
fn quote_reported_according_to_a_source() {
    // The source of "according to" reports the quote and its cue: no
    // direct row for the inner speaker.
    let text = "“Delegates should be free to vote as they see fit,” Walker said, according to an Associated Press account.";
    let rows = direct(text);
    assert!(!rows.iter().any(|(s, _)| s == "Walker"), "{rows:#?}");
    let all = extractor().extract(&Document {
        id: "q".into(),
        text: text.into(),
        date: None,
        title: None,
    });
    assert!(
        all.iter()
            .any(|a| a.speaker.as_deref() == Some("an Associated Press account")),
        "{all:#?}"
    );
}

#[test]
fn phrase_quoted_mid_sentence_is_not_the_next_subjects() {
    // A quoted phrase closing a sentence it did not open belongs to that
    // sentence, not to the subject of the next one.
    let text = "The mayor called the plan “a costly mistake.” Residents would still pay the fee, officials said.";
    let rows = direct(text);
    assert!(!rows.iter().any(|(s, _)| s == "Residents"), "{rows:#?}");
    has(
        "“We will pay the fee.” The residents said on Monday.",
        "The residents",
        "We will pay the fee.",
    );
}

#[test]
fn single_quoted_heading_is_no_continuation() {
    // A feature's section heading in single marks after a quote paragraph.
    let text = "\"We will keep the plant open as long as we can,\" the manager said.\n\n'A long winter ahead.'\n\nThe plant employs 400 people.";
    let rows = direct(text);
    assert!(
        !rows.iter().any(|(_, c)| c.contains("long winter")),
        "{rows:#?}"
    );
    has(
        text,
        "the manager",
        "We will keep the plant open as long as we can,",
    );
}

#[test]
fn whole_quoted_sentence_before_a_telling_cue_and_its_addressee() {
    // A quote ending in "?", "!" or "." before `Name told <addressee>.`:
    // the addressee opens no clause of its own.
    has(
        "\"Who pays for the new bridge?\" Okafor told reporters.",
        "Okafor",
        "Who pays for the new bridge?",
    );
    has(
        "“We finally have a budget!” Mayor Ana Ruiz told The Associated Press on Monday.",
        "Mayor Ana Ruiz",
        "We finally have a budget!",
    );
    // A clause after the addressee is the content of its own sentence.
    let rows = direct("“The audit is ongoing.” Okafor told reporters the money was gone.");
    assert!(!rows.iter().any(|(s, _)| s == "Okafor"), "{rows:#?}");
}

#[test]
fn time_span_before_later_is_no_speaker() {
    // "Hours later," / "Minutes later," open the sentence; the subject
    // after the comma speaks.
    has(
        "Hours later, the mayor thanked the volunteers, telling them, “You saved this town.”",
        "the mayor",
        "You saved this town.",
    );
    has(
        "Minutes later, she sent an email saying, “done.”",
        "she",
        "done.",
    );
}

#[test]
fn subject_with_apposition_before_an_irregular_verb_and_a_colon() {
    // The apposition between commas is followed by an auxiliary or an
    // irregular past, not an -ed form.
    has(
        "Jones, the harbor master, put it this way: \"Either we dredge the channel or we lose the ferries.\"",
        "Jones",
        "Either we dredge the channel or we lose the ferries.",
    );
    has(
        "Okafor, 61, was blunt: \"The money is gone.\"",
        "Okafor",
        "The money is gone.",
    );
}

#[test]
fn quote_attributed_inside_parentheses() {
    // A quote and its attribution in parentheses inside a sentence.
    let text = "The new fee drew complaints from commuters (\"I pay twice for the same bridge,\" wrote Lena Ortiz, a nurse, on the city's forum), and the council promised a review.";
    has(text, "Lena Ortiz", "I pay twice for the same bridge,");
    has(
        "The plan split the board (''It is a gamble,'' Okafor wrote in a memo last week) and delayed the vote.",
        "Okafor",
        "It is a gamble,",
    );
}

#[test]
fn long_subject_with_an_apposition_between_quote_and_cue() {
    // A title with an owner and a name in apposition, or coordinated names with a
    // post-modifier, between the quote and its cue. (The title with its
    // owner, resolved to the name, as "The mayor's spokesman, Dana
    // Whitfield, said" is: since lf132 the owner's words before the
    // possessive no longer stop an "X of Y" title.)
    has(
        "\"The bridge will open in May,\" Oregon Sen. Ann Cole's chief of staff, Tom Reyes, told reporters.",
        "Oregon Sen. Ann Cole's chief of staff",
        "The bridge will open in May,",
    );
    has(
        "\"The bridge will open in May,\" transit planners Tom Reyes and Ana Ruiz of Portland's Regional Transit Office wrote in a report.",
        "transit planners Tom Reyes and Ana Ruiz of Portland's Regional Transit Office",
        "The bridge will open in May,",
    );
}

#[test]
fn lone_another_or_one_after_the_cue() {
    // Voices in a crowd: `"...," said another.`
    let text =
        "\"The ferry is always late,\" one commuter said. \"We need a second boat,\" said another.";
    has(text, "another", "We need a second boat,");
    has(
        "\"Nobody asked us,\" said one. \"Nobody ever does.\"",
        "one",
        "Nobody asked us,",
    );
}

#[test]
fn quote_after_upon_or_before_saying() {
    // A participle after "upon/before/after" (like "by saying") with a
    // quote closing the sentence: the subject speaks.
    has(
        "The mayor drew boos upon saying, \"The fee stays.\"",
        "The mayor",
        "The fee stays.",
    );
}

#[test]
fn day_before_the_head_of_a_speaker_after_the_cue() {
    has(
        "\"The council has failed the harbor,\" read a Sunday editorial in the Coast Herald.",
        "a Sunday editorial",
        "The council has failed the harbor,",
    );
    has(
        "\"We regret the delay,\" said a Tuesday night statement from the ferry company.",
        "a Tuesday night statement",
        "We regret the delay,",
    );
}

#[test]
fn open_quote_paragraph_takes_the_speaker_closing_the_run() {
    // The paragraph before is reported speech of someone else, or a closed
    // quote: the attribution that closes the run names the speaker.
    let after_reported = "Rescue teams said the river had risen by two metres overnight.\n\n\
        \"We are going to keep searching every house on this street.\n\n\
        \"And we will not leave until everyone is accounted for,\" Chief Maria Lopez said.";
    has(
        after_reported,
        "Chief Maria Lopez",
        "We are going to keep searching every house on this street.",
    );
    let after_quote = "\"It was a long night,\" a volunteer said.\n\n\
        \"We have opened three shelters in the school gyms.\n\n\
        \"More will open tomorrow,\" said Deputy Mayor Omar Haddad.";
    has(
        after_quote,
        "Deputy Mayor Omar Haddad",
        "We have opened three shelters in the school gyms.",
    );
    // A colon introducing the run keeps its speaker.
    let after_colon = "The councillor said:\n\n\
        \"We warned about this road for years.\n\n\
        \"Nobody listened,\" the mayor said.";
    has(
        after_colon,
        "The councillor",
        "We warned about this road for years.",
    );
}

#[test]
fn headline_label_with_a_title_or_role_noun() {
    has(
        "Dock strike looms\n\nTransport union leader Ana Ruiz: 'We will not back down'",
        "Transport union leader Ana Ruiz",
        "We will not back down",
    );
    has(
        "Rates stay on hold\n\nCentral bank chief: \"Prices are still rising too fast\"",
        "Central bank chief",
        "Prices are still rising too fast",
    );
}

#[test]
fn quote_with_its_own_attribution_after_an_agreeing_sentence() {
    has(
        "Her neighbour, Tom Reyes, agreed. \"We had five minutes to pack the car,\" he said.",
        "he",
        "We had five minutes to pack the car,",
    );
}

#[test]
fn continuation_after_a_quote_inside_reported_speech_takes_the_quote_speaker() {
    has(
        "The mayor did not think the new pier would pay for itself: \"Once the storms \
         come in November, nobody will walk out there,\" Councillor Lena Ortiz predicted. \
         \"The money is better spent on the seawall.\"",
        "Councillor Lena Ortiz",
        "The money is better spent on the seawall.",
    );
    has(
        "Officials flatly deny -- \"why would we hide the figures?\" asked Tomas Berg, \
         the port director. \"Every number is on the website.\"",
        "Tomas Berg",
        "Every number is on the website.",
    );
}

#[test]
fn quote_sentence_after_reported_speech_opening_its_sentence() {
    let text = "Ana Ruiz says she got a call from her brother, who lives on the coast. \
                \"He told me the water was already at the door.\"";
    has(
        text,
        "Ana Ruiz",
        "He told me the water was already at the door.",
    );
    // Reported speech in a clause after a quote is not the speaker.
    let after = "\"We will rebuild,\" Mayor Tom Berg told Ruiz, after Ruiz told him that \
                 the town was scared. \"I will not let you down.\"";
    has(after, "Mayor Tom Berg", "I will not let you down.");
}

#[test]
fn quote_paragraph_after_reported_speech_cut_before_its_sentence_end() {
    let text = "Carter said that for years critics had predicted a withdrawal from the \
                region, but this would not happen.\n\n\
                \"That is because this region remains the most important for our security.\"";
    has(
        text,
        "Carter",
        "That is because this region remains the most important for our security.",
    );
}

#[test]
fn a_speech_gerund_after_by_is_no_passive_agent() {
    let rows = extractor().extract(&Document {
        id: "q".into(),
        text: "Okafor continued by saying, \"We will fight this order in court.\"\n\n\
               The minister responded by arguing that the port had been neglected for years."
            .into(),
        date: None,
        title: None,
    });
    // The quote is the speech of the finite verb, not a passive agent.
    assert!(
        rows.iter().any(|a| a.kind == Kind::Direct
            && a.speaker.as_deref() == Some("Okafor")
            && a.cue.as_deref() == Some("continued")
            && a.content == "We will fight this order in court."),
        "{rows:?}"
    );
    assert!(
        rows.iter().any(|a| a.kind == Kind::Indirect
            && a.speaker.as_deref() == Some("The minister")
            && a.content == "that the port had been neglected for years"),
        "{rows:?}"
    );
}

#[test]
fn an_exclamation_after_a_verb_of_voice_then_an_adjunct() {
    has(
        "The councillor became known in 2012 when he yelled \"Shame on you!\" at the \
         mayor during a budget meeting.",
        "he",
        "Shame on you!",
    );
    has(
        "The fans chanted \"Sell the club!\" as the owner left the stadium.",
        "The fans",
        "Sell the club!",
    );
}

#[test]
fn inverted_cue_with_an_apposition_or_after_a_clause_before_the_quote() {
    has(
        "Said Ana Ruiz, who grew up near the harbor, \"We were all so proud of the crew.\"",
        "Ana Ruiz",
        "We were all so proud of the crew.",
    );
    has(
        "Because of the schedule, explained Tomas Berg, \"with the vote over by March, \
         there is no time left.\"",
        "Tomas Berg",
        "with the vote over by March, there is no time left.",
    );
    has(
        "In other words, explained moderator Ana Ruiz: \"What does that have to do with \
         the budget?\"",
        "moderator Ana Ruiz",
        "What does that have to do with the budget?",
    );
}

#[test]
fn a_lowercase_role_in_of_before_a_full_name_is_the_speaker() {
    has(
        "\"Thanks for welcoming these families,\" said master of ceremonies Tomas Berg, \
         a retired engineer.",
        "master of ceremonies Tomas Berg",
        "Thanks for welcoming these families,",
    );
    has(
        "\"We are ready,\" said chief of staff Ana Ruiz.",
        "chief of staff Ana Ruiz",
        "We are ready,",
    );
    // A group with a number before a name is not a role.
    let rows = extractor().extract(&Document {
        id: "q".into(),
        text: "\"We are ready,\" said a group of 40 Latin American artists.".into(),
        date: None,
        title: None,
    });
    assert!(
        rows.iter()
            .all(|a| a.speaker.as_deref() != Some("a group of 40 Latin American")),
        "{rows:?}"
    );
}

#[test]
fn quote_paragraph_after_a_stance_of_a_speech_verb() {
    has(
        "Mayor Ana Ruiz praised the crews for their work through the storm.\n\n\
         \"They did not sleep for three days, and the town owes them.\"",
        "Mayor Ana Ruiz",
        "They did not sleep for three days, and the town owes them.",
    );
}

#[test]
fn as_x_put_it_with_an_adjunct_before_the_quote() {
    has(
        "As Weiner put it in his memo to staff, \"We are no longer looking up at the giants.\"",
        "Weiner",
        "We are no longer looking up at the giants.",
    );
    has(
        "As the chief executive, Jeff Weiner, put it in his memo, “We are no longer looking up at the giants.”",
        "the chief executive",
        "We are no longer looking up at the giants.",
    );
    has(
        "As the columnist Ann Berg had written years earlier, ''Nobody runs this town without the unions.''",
        "the columnist Ann Berg",
        "Nobody runs this town without the unions.",
    );
    has(
        "As Smith put it in an interview last week: \"We are running out of time.\"",
        "Smith",
        "We are running out of time.",
    );
}

#[test]
fn quote_run_over_paragraphs_after_reported_speech() {
    // The first quote paragraph is left open: the next one goes on with it.
    let t = "The chief described the scene at a news conference on Monday.\n\n\"Officers arrived within minutes. They found two people injured.\n\n\"Both were taken to hospital and are in stable condition.\"";
    has(
        t,
        "The chief",
        "Officers arrived within minutes. They found two people injured.",
    );
    has(
        t,
        "The chief",
        "Both were taken to hospital and are in stable condition.",
    );
    // Closed quote paragraphs after reported speech still do not chain.
    let t = "The chief described the scene on Monday.\n\n\"Officers arrived within minutes.\"\n\n\"Both were taken to hospital.\"";
    assert_eq!(direct(t).len(), 1, "{:#?}", direct(t));
}

#[test]
fn one_word_question_after_a_quote_attribution() {
    has(
        "\"This is silly,\" Alicia Powe wrote on her blog. \"Blacklisted?\"",
        "Alicia Powe",
        "Blacklisted?",
    );
    // Not a lone word opening its own paragraph.
    let t = "\"This is silly,\" Alicia Powe wrote on her blog.\n\n\"Blacklisted?\"";
    assert_eq!(direct(t).len(), 1, "{:#?}", direct(t));
}

#[test]
fn quote_paragraph_after_an_issued_statement() {
    for (text, speaker) in [
        (
            "The ministry issued a statement on Monday.\n\n\"We regret the delay and will pay every claim.\"",
            "The ministry",
        ),
        (
            "Late on Friday, the company released a brief statement about the recall.\n\n“We regret the delay and will pay every claim.”",
            "the company",
        ),
    ] {
        has(text, speaker, "We regret the delay and will pay every claim.");
    }
}

#[test]
fn quote_after_a_source_between_commas_closing_the_sentence() {
    has(
        "The firm was founded in 1990 because, in the words of its founder, “nobody else would build the boats.”",
        "its founder",
        "nobody else would build the boats.",
    );
    has(
        "She wrote a memoir that, according to its publisher, \"tells the story of a river town.\"",
        "its publisher",
        "tells the story of a river town.",
    );
}

#[test]
fn quote_after_in_x_words() {
    has(
        "The summit moved to Lisbon because, in Forbes’ words, “it is the most entrepreneurial city in Europe.”",
        "Forbes",
        "it is the most entrepreneurial city in Europe.",
    );
    has(
        "In Mr. Okafor's own words, \"I never wanted this job.\"",
        "Mr. Okafor",
        "I never wanted this job.",
    );
    // A possessive pronoun takes the speaker of the draft before it.
    has(
        "Okafor promised to rebuild the pier because, in his words, \"the town cannot live without it.\"",
        "Okafor",
        "the town cannot live without it.",
    );
    // Not words of the writer's after "words,".
    assert!(direct("In other words, the pier will be rebuilt.").is_empty());
}

#[test]
fn conjoined_cue_after_an_introductory_phrase_takes_the_first_cues_subject() {
    has(
        "In a long, late-night interview with a local radio station last year, Okafor said he backed the plan and added, \"We will rebuild the pier.\"",
        "Okafor",
        "We will rebuild the pier.",
    );
    // A subject inside a that-clause is not the one who goes on.
    let rows = direct(
        "Critics seized on the memo, arguing that it showed intent and added, \"This is a scandal.\"",
    );
    assert!(!rows.iter().any(|(s, _)| s == "it"), "{rows:#?}");
}

#[test]
fn owner_of_an_answer_labels_a_quote_after_a_colon() {
    has(
        "The company's response: \"We do not comment on rumours.\"",
        "The company",
        "We do not comment on rumours.",
    );
    has(
        "The governor was asked whether he would run again. His answer: \"Not this time.\"",
        "His",
        "Not this time.",
    );
    has(
        "The mayor was blunt. Residents' reaction: “We have heard this before.”",
        "Residents",
        "We have heard this before.",
    );
}

#[test]
fn addressee_phrase_before_a_colon_and_the_quote() {
    for (text, content) in [
        (
            "Ruiz told the Reuters news agency: \"We lost.\"",
            "We lost.",
        ),
        (
            "Ruiz told the BBC's Today programme: “We will not resign.”",
            "We will not resign.",
        ),
        (
            "Ruiz told the French news agency AFP: \"We lost the vote.\"",
            "We lost the vote.",
        ),
        (
            "Ruiz told the Reuters news agency simply, \"We lost the vote.\"",
            "We lost the vote.",
        ),
        (
            "Then she added a caveat: \"Down the ballot, I will vote for anyone.\"",
            "Down the ballot, I will vote for anyone.",
        ),
    ] {
        let who = if text.starts_with("Then") {
            "she"
        } else {
            "Ruiz"
        };
        has(text, who, content);
    }
    // A clause between the cue and the colon is no addressee.
    assert!(direct("Ruiz said that she would stay: \"We lost.\"").is_empty());
}

#[test]
fn dash_byline_on_the_quote_line() {
    has(
        "Quotes of the week.\n\n“Nobody in this town has seen a flood like that one.” – Mayor Tom Okafor, at the levee",
        "Mayor Tom Okafor",
        "Nobody in this town has seen a flood like that one.",
    );
    // A lowercase phrase after the dash names nobody.
    let rows = direct("Quotes of the week.\n\n“We are done.” — a sentiment shared by many");
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn passive_causative_before_an_infinitive_cue() {
    has(
        "The hearing was so calm that the mayor was prompted to say, \"I cannot believe how civil it has been.\"",
        "the mayor",
        "I cannot believe how civil it has been.",
    );
    has(
        "Ruiz was forced to admit: \"We made mistakes.\"",
        "Ruiz",
        "We made mistakes.",
    );
}

#[test]
fn family_and_child_nouns_are_speakers() {
    has(
        "The park was quiet, when a young boy shouted, \"The skaters are coming!\"",
        "a young boy",
        "The skaters are coming!",
    );
    has(
        "\"We just want him home,\" his grandmother said.",
        "his grandmother",
        "We just want him home,",
    );
}

#[test]
fn program_title_in_marks_after_a_telling_cue() {
    has(
        "Ruiz told NBC's \"Meet the Press\" on Sunday: \"We are going to win.\"",
        "Ruiz",
        "We are going to win.",
    );
    let rows = extractor().extract(&Document {
        id: "q".into(),
        text: "Ruiz told CNN's \"State of the Union\" on Sunday that the polls were wrong.".into(),
        date: None,
        title: None,
    });
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0].content, "that the polls were wrong");
}

#[test]
fn speaker_of_a_participle_after_an_object_stops_at_the_verb() {
    has(
        "Workers carried signs saying, \"Merger today, Chapter 11 tomorrow.\"",
        "Workers",
        "Merger today, Chapter 11 tomorrow.",
    );
    has(
        "The senator emailed supporters saying: \"The struggle continues.\"",
        "The senator",
        "The struggle continues.",
    );
}

#[test]
fn a_blank_line_with_carriage_returns_parts_a_quote_from_the_next_cue() {
    // "\r\n\r\n" is a paragraph break like "\n\n": the quote before it is
    // not the content of the cue after it.
    for nl in ["\n", "\r\n"] {
        let text = format!("\"We are done.\"{nl}{nl}The company said \"we will appeal.\"");
        let r = whosaid::Extractor::with_default_data()
            .unwrap()
            .extract(&whosaid::Document {
                id: "c".into(),
                text,
                date: None,
                title: None,
            });
        assert!(
            r.iter().all(|a| a.content != "We are done."
                || a.speaker.as_deref() != Some("The company")),
            "{nl:?}: {r:#?}"
        );
    }
}

#[test]
fn straight_quote_nested_in_a_straight_one() {
    // Wire feeds that send ASCII marks only: an inner quote in the same
    // straight marks stays inside the outer one (the outer quote was cut at
    // the inner opening mark, and the rest paired the wrong way round).
    has(
        "The harbor authority rejected the plan on Tuesday.\n\nPort director Ana Ruiz wrote, \"If the city wants people to trust the board, it has to show that it listens even when \"the wrong side\" is speaking. Otherwise, every hearing is a formality.\"",
        "Port director Ana Ruiz",
        "If the city wants people to trust the board, it has to show that it listens even when \"the wrong side\" is speaking. Otherwise, every hearing is a formality.",
    );
    // A statement over two paragraphs after a colon, the first with an
    // inner quote.
    has(
        "The dockworkers' union issued a statement:\n\n\"The board is not about \"open government\" anymore. It is about keeping the docks closed.\n\n\"We will be at the next hearing.\"",
        "The dockworkers' union",
        "The board is not about \"open government\" anymore. It is about keeping the docks closed.\n\n\"We will be at the next hearing.",
    );
    // A scraped blog quoting a wire story: the same with a nested quote
    // and a title after a possessive.
    has(
        "MADRID (AP) - \"I told them \"no more delays\" and they heard me,\" said Carmen Vidal, the city's transport chief.",
        "Carmen Vidal",
        "I told them \"no more delays\" and they heard me,",
    );
}

#[test]
fn curly_quote_nested_in_a_curly_one() {
    // An inner quote typed with the same curly marks as the outer one (no
    // single marks inside): the outer quote goes on over it.
    has(
        "The senator's office released the letter on Friday.\n\nSenator Mara Collins wrote, “Residents were promised “a fair hearing” and they got a closed door. We will not accept that.” Her office did not say whether she would attend.",
        "Senator Mara Collins",
        "Residents were promised “a fair hearing” and they got a closed door. We will not accept that.",
    );
}

#[test]
fn straight_apostrophe_before_the_speaker_of_a_statement() {
    // "At the mayor's request, the council issued a statement ..., which
    // ...": a straight apostrophe before the speaker is no quote mark (it
    // kept the statement from being the source of the quote after it).
    for apostrophe in ["'", "’"] {
        has(
            &format!(
                "At the mayor{apostrophe}s request, the council issued a statement apologizing to residents for the delay, which had lasted two years.\n\n\"On behalf of the council, we offer our apology to every family that waited for the repairs. We will do better.\""
            ),
            "the council",
            "On behalf of the council, we offer our apology to every family that waited for the repairs. We will do better.",
        );
    }
}

#[test]
fn doubled_curly_single_marks() {
    // Wire copy and archives set in fonts without “ ”: ‘‘...’’ is a double
    // quote (it was a pair of single quotes, or apostrophes: no direct row,
    // the marks inside an indirect content).
    let t = "BOSTON — Governor Mara Collins said Tuesday that the plan was ‘‘dead on arrival’’ in the Senate.\n\nThe union leader, Tom Okafor, said, ‘‘They told us ‘no’ and walked out.’’\n\n‘‘We are not going away,’’ said Ana Ruiz, a nurse. ‘‘They said ‘wait’ for years.’’";
    has(t, "The union leader", "They told us ‘no’ and walked out.");
    has(t, "Ana Ruiz", "We are not going away,");
    has(t, "Ana Ruiz", "They said ‘wait’ for years.");
    let mixed = extract(t);
    assert!(
        mixed.iter().any(|a| a.kind == Kind::Mixed
            && a.content == "that the plan was ‘‘dead on arrival’’ in the Senate"),
        "{mixed:#?}"
    );
}

#[test]
fn british_single_quotes_over_several_paragraphs() {
    // London copy quotes in single marks; a quote going on in the next
    // paragraph is left open at its paragraph end and reopened there (no
    // row before for either paragraph).
    let t = "LONDON (Reuters) - Britain's finance minister said on Tuesday the government would not change its plans.\n\n‘We have a plan and we will stick to it. The markets know that, and the public knows that,’ Chancellor Mark Hale told parliament.\n\n‘I will not pretend that everything went well. The pumps failed, and the warning came too late for many families.\n\n‘That is a promise I make to this House today.’\n\nLabour's spokeswoman, Jane Doe, said the plan was ‘a fantasy’.";
    has(
        t,
        "Chancellor Mark Hale",
        "I will not pretend that everything went well. The pumps failed, and the warning came too late for many families.",
    );
    has(
        t,
        "Chancellor Mark Hale",
        "That is a promise I make to this House today.",
    );
}

#[test]
fn one_word_in_single_marks_after_a_colon_or_opening_the_paragraph() {
    // British copy: a one-word answer in single marks after "said:" or
    // opening its paragraph is a quotation, in straight and curly marks.
    for (open, close) in [("'", "'"), ("‘", "’")] {
        has(
            &format!("Asked whether he would resign, Mr Hale said: {open}No.{close} He then left."),
            "Mr Hale",
            "No.",
        );
        has(
            &format!("{open}Never,{close} the chancellor said when asked about a U-turn."),
            "the chancellor",
            "Never,",
        );
    }
    // Not a scare-quoted word, a plural possessive or a decade.
    for text in [
        "The so-called 'experts' had got it wrong, the minister said.",
        "It was the Joneses' house that burned, a neighbour said.",
        "Fashion of the '90s was back, the designer said.",
    ] {
        assert!(direct(text).is_empty(), "{text:?}: {:#?}", direct(text));
    }
}

#[test]
fn middle_paragraphs_of_a_quote_without_marks() {
    // Copy that leaves out the reopening marks of a quote over several
    // paragraphs: the paragraphs between the open one and the one whose
    // closing mark has no opener are the speaker's too.
    let t = "The mayor spoke to reporters after the vote on Tuesday.\n\n\"We saw the water rise,\" Mayor Ana Ruiz said. \"The pumps failed.\n\nBy midnight the whole lower town was under water, and the phones were down.\n\nWe will rebuild, and we will rebuild better than before.\"\n\nThe council meets again next week.";
    for (open, close) in [("\"", "\""), ("“", "”")] {
        let t = t.replacen('"', open, 1).replacen('"', close, 1);
        let t = t.replacen('"', open, 1).replacen('"', close, 1);
        has(
            &t,
            "Mayor Ana Ruiz",
            "By midnight the whole lower town was under water, and the phones were down.",
        );
        has(
            &t,
            "Mayor Ana Ruiz",
            "We will rebuild, and we will rebuild better than before.",
        );
    }
}

#[test]
fn a_height_in_feet_and_inches_inside_a_straight_quote() {
    // `6'2"` in ASCII copy: the inch mark closed the quote, and the real
    // closing mark opened one running to the paragraph end.
    has(
        "\"He keeps calling me short. I admit he is taller than me; he is like 6'2\",\" Okafor said Sunday in Lagos as the crowd roared.",
        "Okafor",
        "He keeps calling me short. I admit he is taller than me; he is like 6'2\",",
    );
}

#[test]
fn a_quote_before_or_after_a_prepositional_source_is_its_words_without_marks() {
    let r = crate::util::extract("\"We will see them in court,\" according to the union's lawyer.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].content, "We will see them in court,");
    assert_eq!(r[0].kind, whosaid::Kind::Direct);
    let r = crate::util::extract("In the words of one worker: \"They never listened to us.\"");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].content, "They never listened to us.");
    assert_eq!(r[0].speaker.as_deref(), Some("one worker"));
    assert_eq!(r[0].kind, whosaid::Kind::Direct);
}

#[test]
fn a_backquote_quote_after_a_stop_opens_a_sentence() {
    let r = crate::util::extract(
        "Senator Max Baucus said he expected a vote next month. ``We have the votes,'' he said.",
    );
    assert_eq!(r.len(), 2, "{r:#?}");
    assert_eq!(r[1].content, "We have the votes,");
    assert_eq!(r[1].kind, whosaid::Kind::Direct);
    assert_eq!(r[1].speaker.as_deref(), Some("he"));
}

#[test]
fn a_quote_after_a_clock_time_opens_its_own_sentence() {
    // Police copy: "after 11 p.m." ends its sentence before an opening
    // quote mark and a capital; one direct row, no mixed row swallowing
    // the first sentence.
    for text in [
        "The fire started after 11 p.m. \"Our officers arrived within minutes,\" Elliott said.",
        "The fire started after 11 p.m. \u{201C}Our officers arrived within minutes,\u{201D} Elliott said.",
    ] {
        let rows = extract(text);
        assert_eq!(rows.len(), 1, "{text}: {rows:?}");
        assert_eq!(rows[0].kind, Kind::Direct, "{text}");
        assert_eq!(rows[0].content, "Our officers arrived within minutes,");
    }
}
