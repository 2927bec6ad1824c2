//! Layouts and quoting conventions of real news, on text written for these
//! tests: articles flattened to one line (no paragraph breaks), transcripts
//! and interviews, bulleted quote lists and HTML-escaped marks.

use crate::util::{extract as rows, speaker_contents};

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

/// The (speaker, content) of each transcript turn of `text`.
fn turns(text: &str) -> Vec<(String, String)> {
    rows(text)
        .into_iter()
        .filter(|a| a.rule == "transcript-colon")
        .map(|a| (a.speaker.unwrap_or_default(), a.content))
        .collect()
}

/// A straight mark reopened after a sentence end splits a paragraph's
/// quote in two: the first part is the speaker's of the second, not of the
/// paragraph before.
#[test]
fn a_reopened_quote_takes_the_speaker_after_it() {
    let t = "The mayor said the city would recover.\n\n\
             \"We came to win. We lost. \"We will be back,\" the coach said.";
    let d = direct(t);
    assert_eq!(d.len(), 2, "{d:#?}");
    assert!(d.iter().all(|(who, _, _)| who == "the coach"), "{d:#?}");
}

/// A news digest whose paragraphs open with a place in capitals and a
/// colon, and an explainer's section labels, look like a transcript: the
/// places and labels are no speakers, and the attributions inside the
/// paragraphs stay.
#[test]
fn digest_datelines_and_section_labels_are_no_turns() {
    let t = "Asia briefing\n\n\
             TOKYO: Japan's exports rose for a third month in April, the finance ministry said.\n\n\
             NEW DELHI: India will cut fuel taxes next month, officials said.\n\n\
             WHAT HAPPENED: A storm cut power to thousands of homes.\n\n\
             WHY IT MATTERS: Prices could rise again before the summer.";
    assert_eq!(turns(t), []);
    let said: Vec<String> = rows(t).into_iter().filter_map(|a| a.speaker).collect();
    assert!(
        said.contains(&"the finance ministry".to_string()),
        "{said:?}"
    );
    assert!(said.contains(&"officials".to_string()), "{said:?}");
}

#[test]
fn transcript_labels_in_capitals_with_titles_parties_and_short_turns() {
    let t = "The following is a transcript of the debate.\n\n\
             HARLAN: We are going to build the plant and the state is going to pay for it.\n\n\
             OKAFOR: That is simply not true, and everybody here knows it.\n\n\
             (CROSSTALK)\n\n\
             HARLAN: Wrong. Wrong.\n\n\
             (LAUGHTER)";
    let r = turns(t);
    // "OKAFOR" is named once: a label in capitals needs no repetition.
    assert!(
        r.contains(&(
            "OKAFOR".into(),
            "That is simply not true, and everybody here knows it.".into()
        )),
        "{r:#?}"
    );
    // A short turn of words after a label in capitals.
    assert!(
        r.contains(&("HARLAN".into(), "Wrong. Wrong.".into())),
        "{r:#?}"
    );
    assert_eq!(r.len(), 3, "{r:#?}");

    let t = "MR. SMITH: The committee has reviewed every document it was given.\n\n\
             SEN. JONES (R-Texas): I want to thank the witnesses for coming today.\n\n\
             REP. GARCIA (D-Calif.): The agency has not answered our letters for six months.";
    let r = turns(t);
    for (who, said) in [
        (
            "MR. SMITH",
            "The committee has reviewed every document it was given.",
        ),
        (
            "SEN. JONES",
            "I want to thank the witnesses for coming today.",
        ),
        (
            "REP. GARCIA",
            "The agency has not answered our letters for six months.",
        ),
    ] {
        assert!(r.contains(&(who.into(), said.into())), "{who}: {r:#?}");
    }
    // Tallies after labels in capitals are no turns.
    assert!(turns("The count ended.\n\nCLINTON: 547.\n\nSANDERS: 412.").is_empty());
}

#[test]
fn bulleted_quote_lists() {
    for bullet in ["-", "*", "•"] {
        let t = format!(
            "Here is what the candidates said on Tuesday:\n\n\
             {bullet} \"We will win this county in November,\" said Senator Ana Ruiz.\n\
             {bullet} \"The polls do not vote, people do,\" said Governor Bill Hart.\n\
             {bullet} \"I am not going anywhere,\" Mayor Tom Vance said."
        );
        let d = direct(&t);
        assert_eq!(d.len(), 3, "{t:?}: {d:#?}");
        has(
            &t,
            "Senator Ana Ruiz",
            "We will win this county in November,",
        );
        has(
            &t,
            "Governor Bill Hart",
            "The polls do not vote, people do,",
        );
        has(&t, "Mayor Tom Vance", "I am not going anywhere,");
    }
}

#[test]
fn a_quote_run_after_a_colon_ending_its_paragraph_is_one_content() {
    // A statement over three paragraphs, each reopening with a mark, the
    // last one closing: one content, as annotators mark it.
    let t = "In a statement released on Thursday, Senator Ana Ruiz said:\n\n\
             \"I have spent my life fighting for the families of this state.\n\n\
             \"The report released today is a partisan attack.\n\n\
             \"I look forward to the campaign ahead.\"\n\nHer opponent did not respond.";
    let d = direct(t);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].0, "Senator Ana Ruiz");
    assert!(
        d[0].1.starts_with("I have spent") && d[0].1.ends_with("campaign ahead."),
        "{d:#?}"
    );
    // The same after a clause with no cue.
    let t = "The mayor listed her demands in a letter to the council on Monday:\n\n\
             \"We need more buses on the east side.\n\n\
             \"We need the bridge repaired before winter.\"";
    let d = direct(t);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].0, "The mayor");
    assert!(d[0].1.ends_with("before winter."), "{d:#?}");
}

#[test]
fn a_statement_run_with_a_nested_curly_quote_after_a_colon() {
    let t = "Dr. Lena Vance stated:\n\n\"The department isn't about “public safety” anymore.\n\n\
             \"It is about protecting the chief.\"\n\nThe chief did not respond.";
    has(
        t,
        "Dr. Lena Vance",
        "The department isn't about “public safety” anymore.\n\n\"It is about protecting the chief.",
    );
}

#[test]
fn the_text_of_a_speech_after_a_colon_is_its_owners() {
    let t = "Senator Ana Ruiz announced her campaign for governor on Saturday. \
             Here is the text of her speech, as prepared for delivery:\n\n\
             \"Thank you all for coming. It is good to be home.\n\n\
             \"My father worked in this mill for thirty years.\"";
    let r = rows(t);
    let d = r
        .iter()
        .find(|a| a.kind == whosaid::Kind::Direct)
        .unwrap_or_else(|| panic!("{r:#?}"));
    assert_eq!(d.speaker.as_deref(), Some("her"));
    assert_eq!(d.speaker_canonical.as_deref(), Some("Ana Ruiz"));
    assert!(d.content.ends_with("thirty years."), "{d:#?}");
    has(
        "The governor spoke on Tuesday. Following are excerpts from Mr. Hart's remarks:\n\n\
         \"We balanced the budget every year I was in office.\"",
        "Mr. Hart",
        "We balanced the budget every year I was in office.",
    );
}

#[test]
fn paragraphs_run_together_on_one_line_keep_their_quotes() {
    // The multi-paragraph convention with straight marks, flattened: the
    // first quote opens a second one with no closing mark between.
    let t = "Mayor Ellen Brooks spoke after the flood. \"We saw the water rise,\" Brooks said. \
             \"The pumps failed in the first hour.  \"By midnight the lower district was under water,\" \
             she said.  \"We will rebuild,\" said Council President Dan Ortiz.";
    has(t, "Brooks", "We saw the water rise,");
    has(t, "she", "By midnight the lower district was under water,");
    has(t, "Council President Dan Ortiz", "We will rebuild,");
}

#[test]
fn two_spaces_after_an_abbreviation_end_the_sentence() {
    // Paragraphs run together on one line with two spaces between them.
    has(
        "The rally ended at 9 p.m.  \"We will win this state,\" Senator Ana Ruiz said.",
        "Senator Ana Ruiz",
        "We will win this state,",
    );
    let r =
        rows("The panel heard from Joseph Hale Jr.  Mayor Ellen Brooks says the levee will hold.");
    assert!(
        r.iter()
            .any(|a| a.speaker.as_deref() == Some("Mayor Ellen Brooks")
                && a.content == "the levee will hold"),
        "{r:#?}"
    );
}

#[test]
fn the_headline_of_a_text_run_together_on_one_line() {
    let t = "Ruiz: Budget cuts will hurt rural schools.  Senator Ana Ruiz warned on Tuesday \
             that the plan would close a dozen schools.";
    let r = rows(t);
    assert!(
        r.iter().any(|a| a.rule == "headline-colon"
            && a.speaker.as_deref() == Some("Ruiz")
            && a.content == "Budget cuts will hurt rural schools"),
        "{r:#?}"
    );
    // Only the first sentence is a headline.
    let t = "The vote is on Friday.  Ruiz: Budget cuts will hurt rural schools.";
    assert!(
        rows(t).iter().all(|a| a.rule != "headline-colon"),
        "{:#?}",
        rows(t)
    );
}

#[test]
fn html_references_of_quote_marks_left_in_scraped_text() {
    let t = "The governor said, &quot;The budget is balanced and the schools are funded.&quot;\n\n\
             &quot;The plan is dead,&quot; said House Speaker Tom Hale. &quot;It was dead in March.&quot;\n\n\
             &ldquo;We will fix every road,&rdquo; Mayor Tom Vance said.";
    has(
        t,
        "The governor",
        "The budget is balanced and the schools are funded.",
    );
    has(t, "House Speaker Tom Hale", "The plan is dead,");
    has(t, "House Speaker Tom Hale", "It was dead in March.");
    has(t, "Mayor Tom Vance", "We will fix every road,");
}

#[test]
fn unicode_paragraph_separators_part_paragraphs() {
    let t = "The senator spoke for an hour.\u{2029}\"We will fight for every worker,\" Senator Ana Ruiz said. \
             \"We will not stop.\u{2029}\"The factories closed and nobody cared.\"\u{2029}Her opponent did not respond.";
    has(t, "Senator Ana Ruiz", "We will fight for every worker,");
    has(
        t,
        "Senator Ana Ruiz",
        "The factories closed and nobody cared.",
    );
    assert!(
        direct(t).iter().all(|(_, c, _)| !c.contains("The senator")),
        "{:#?}",
        direct(t)
    );
}

#[test]
fn as_clauses_with_a_long_time_phrase_or_a_participle_before_the_quote() {
    has(
        "As the union leader Ana Ruiz had warned only two weeks ago, \"Nobody will cross this line.\"",
        "the union leader Ana Ruiz",
        "Nobody will cross this line.",
    );
    has(
        "As Hale put it in a letter to members announcing the merger, \"We are stronger together.\"",
        "Hale",
        "We are stronger together.",
    );
}

#[test]
fn french_spacing_inside_guillemets_is_no_content() {
    has(
        "The minister said: « We will not give in to pressure from anyone. »",
        "The minister",
        "We will not give in to pressure from anyone.",
    );
    has(
        "French President Paul Marceau said: «\u{a0}This reform is necessary.\u{a0}»",
        "French President Paul Marceau",
        "This reform is necessary.",
    );
}

#[test]
fn a_statement_in_full_after_a_short_colon_paragraph() {
    // "Read the full letter below:" names no speaker: the quote paragraphs
    // after it are the letter of the attribution before it (no row before).
    for intro in ["Read the full letter below:", "Here is the text:"] {
        let t = format!(
            "Governor Mara Collins announced her resignation on Friday in a letter to the state legislature.\n\n{intro}\n\n“It has been the honor of my life to serve the people of this state for eleven years.\n\n“I am proud of what we built together, and I know that the work will go on.”\n\nThe lieutenant governor will be sworn in on Monday."
        );
        has(
            &t,
            "Governor Mara Collins",
            "I am proud of what we built together, and I know that the work will go on.",
        );
    }
}

#[test]
fn a_title_case_line_glued_by_one_line_break_is_a_sentence_of_its_own() {
    // A live blog: each entry's headline sits on its own line, right
    // above its text, with no blank line and no stop.
    let t = "Updated 9:41 PM\nMayor Vows To Rebuild The Flooded Harbor\nMayor Dana Ortiz promised that the harbor would reopen by spring.\n\nUpdated 9:55 PM\nGovernor Slams Utility Over Outages\nGovernor Ann Lee criticized the utility for leaving thousands without power.";
    let got = speaker_contents(t);
    for (speaker, content) in [
        ("Mayor Dana Ortiz", "that the harbor would reopen by spring"),
        (
            "Governor Ann Lee",
            "the utility for leaving thousands without power",
        ),
    ] {
        assert!(
            got.iter().any(|(s, c)| s == speaker && c == content),
            "no {speaker:?} / {content:?} in {got:#?}"
        );
    }
    // Hard-wrapped prose keeps its sentence across the line break.
    let t = "The council met on Tuesday in New York\nCity Hall, where Mayor Dana Ortiz said the harbor would reopen by spring.";
    let got: Vec<String> = rows(t).into_iter().map(|a| a.content).collect();
    assert_eq!(got, ["the harbor would reopen by spring"]);
}

#[test]
fn a_headline_closed_by_a_semicolon_is_a_sentence_apart_from_its_deck() {
    // Archive headlines: the headline, a semicolon, a line break, then
    // the deck, with no blank line between.
    let t = "Harbor deal draws fire; \nFishermen say the new quotas will ruin them.\n\nThe port authority approved the plan on Monday.";
    let got = speaker_contents(t);
    assert!(
        got.iter()
            .any(|(s, c)| s == "Fishermen" && c == "the new quotas will ruin them"),
        "{got:#?}"
    );
}

#[test]
fn a_list_number_on_its_own_line_is_no_part_of_the_next_sentence() {
    // A listicle: each item's number sits on the line above its title.
    let t = "Ten things the council said this year.\n\n3\nThe Mayor Promised That The Harbor Would Reopen.\n\nThe harbor reopened in May.";
    let got = speaker_contents(t);
    assert!(
        got.iter()
            .any(|(s, c)| s == "The Mayor" && c.contains("The Harbor Would Reopen")),
        "{got:#?}"
    );
}

#[test]
fn a_quote_paragraph_takes_the_speaker_of_a_lone_cue_sentence_after_it() {
    // Wire copy that names the speaker only in the paragraph after the
    // quote: a sentence of a speaking cue and a short adjunct, alone in
    // its paragraph.
    for tail in [
        "Mayor Ellen Brooks told reporters on Tuesday.",
        "Mayor Ellen Brooks said in an interview.",
    ] {
        let t = format!(
            "Flood relief.\n\nThe river crested overnight.\n\n\"We will rebuild every home on this street. It will take a year, maybe two, but nobody will be left behind.\"\n\n{tail}\n"
        );
        has(
            &t,
            "Mayor Ellen Brooks",
            "We will rebuild every home on this street. It will take a year, maybe two, but nobody will be left behind.",
        );
    }
    // Not a cue of another kind ("The crowd cheered."), not a colon
    // introducing the next quote, not a heading in capitals.
    for tail in [
        "The crowd cheered.",
        "Ana Ruiz, a neighbor, added:\n\n\"We are staying.\"",
        "RUIZ SAYS.",
    ] {
        let t = format!(
            "Flood relief.\n\nThe river crested overnight.\n\n\"We will rebuild every home on this street. Nobody will be left behind.\"\n\n{tail}\n"
        );
        assert!(
            direct(&t)
                .iter()
                .all(|(_, c, _)| !c.starts_with("We will rebuild")),
            "{t:?}: {:#?}",
            direct(&t)
        );
    }
}

#[test]
fn quote_paragraphs_go_on_over_a_short_interlude_of_the_writer() {
    // Speech copy: a stage direction or a short narrative paragraph
    // between quote paragraphs of one speaker.
    for interlude in ["The crowd cheered.", "(Applause)", "She paused."] {
        let t = format!(
            "Rally.\n\n\"We have work to do. We have to bring this country together,\" Senator Ana Ruiz said.\n\n{interlude}\n\n\"But anger is not a plan. We need a plan, and I have one.\"\n"
        );
        has(
            &t,
            "Senator Ana Ruiz",
            "But anger is not a plan. We need a plan, and I have one.",
        );
    }
    // Not after reported speech, nor over a paragraph with a quote.
    let t = "Rally.\n\nSenator Ana Ruiz said the plan would pass.\n\nThe crowd cheered.\n\n\"But anger is not a plan.\"\n";
    assert!(direct(t).is_empty(), "{:#?}", direct(t));
}

#[test]
fn a_cue_ending_its_paragraph_with_a_comma_or_a_stop_introduces_the_quote_paragraph() {
    // `X wrote,` (a comma where a colon belongs) and `She said in a
    // statement.` ending the paragraph, the quote opening the next.
    let t = "Inquiry.\n\nIn the letter, which was obtained by The Associated Press, Senator Ann Cole wrote,\n\n\"I am deeply troubled by the reports of misconduct at the agency. The public deserves answers.\n\n\"If the agency cannot provide them, I will ask for subpoenas.\"\n\nThe agency declined to comment.";
    let d = direct(t);
    assert!(
        d.iter()
            .any(|(s, c, _)| s == "Senator Ann Cole" && c.starts_with("I am deeply troubled")),
        "{d:#?}"
    );
    assert!(
        rows(t)
            .iter()
            .all(|a| !a.content.starts_with("In the letter")),
        "{:#?}",
        rows(t)
    );
    has(
        "School meals.\n\nGovernor Anna Price signed the bill on Friday. She said in a statement.\n\n\"No child should go hungry at school, and starting this fall, none will.\"\n",
        "She",
        "No child should go hungry at school, and starting this fall, none will.",
    );
    // A quote paragraph with an attribution of its own keeps it.
    let t = "Rally.\n\nHe then spoke in a stern voice to the woman.\n\n\"You are reprimanded, okay?\" Senator Ana Ruiz said.\n";
    has(t, "Senator Ana Ruiz", "You are reprimanded, okay?");
}

#[test]
fn a_statement_presented_after_a_colon_is_its_owners() {
    // "Here is X's statement:", "Below is the full statement from X:",
    // "Statement from X:", "Full text of X's remarks:": the owner speaks,
    // not "Below", "Full" or "Statement".
    for (intro, who) in [
        ("Here is Sanders' full statement:", "Sanders"),
        (
            "Below is the full statement from Senator Ann Cole:",
            "Senator Ann Cole",
        ),
        ("Statement from Governor Bill Hart:", "Governor Bill Hart"),
        ("Full text of Hart's remarks:", "Hart"),
        ("Hart's statement, in full:", "Hart"),
        (
            "Excerpts from Cole's speech, as prepared for delivery:",
            "Cole",
        ),
    ] {
        let t = format!(
            "Vote fails.\n\nThe bill failed on Tuesday.\n\n{intro}\n\n\"Today the Senate failed the families of this country. We will keep fighting for them.\"\n"
        );
        has(
            &t,
            who,
            "Today the Senate failed the families of this country. We will keep fighting for them.",
        );
    }
}

#[test]
fn a_label_with_a_comma_names_the_speaker() {
    // Live-blog and round-up labels: a name and where it was said, or a
    // role or topic and the name.
    for (label, who) in [
        ("Cole, on Twitter:", "Cole"),
        ("Cole, in a Facebook post Tuesday night:", "Cole"),
        ("Lopez's campaign manager, Dan Ruiz:", "Dan Ruiz"),
        ("On trade, Bernie Sanders:", "Bernie Sanders"),
    ] {
        let t = format!(
            "Live updates.\n\nThe polls closed at 8 p.m.\n\n{label} \"We ran a clean race, and I am proud of every volunteer.\"\n"
        );
        has(
            &t,
            who,
            "We ran a clean race, and I am proud of every volunteer.",
        );
    }
    // A vocative after a noun is no speaker.
    let t = "Live updates.\n\nThe polls closed.\n\nThe question, Mr. President: \"Will you sign the bill?\"\n";
    assert!(
        direct(t).iter().all(|(s, _, _)| s != "Mr. President"),
        "{:#?}",
        direct(t)
    );
}

#[test]
fn no_with_a_stop_ends_a_sentence_unless_a_number_follows() {
    let r = crate::util::extract(
        "Asked whether he had ever been bullied, the senator said no. But he said bullying was real.",
    );
    assert!(r.iter().all(|a| !a.content.contains("no. But")), "{r:#?}");
    let r = crate::util::extract("The senator said the No. 2 official would resign.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].content, "the No. 2 official would resign");
}

#[test]
fn a_quote_paragraph_goes_on_from_reported_speech_of_a_definite_speaker_mid_sentence() {
    // "The family said ..." gave the quote paragraph after it its speaker;
    // "In a statement, the family said ..." did not.
    for lead in [
        "The family said on Thursday their son was a kind and gentle soul.",
        "In a statement Thursday, the family said their son was a kind and gentle soul.",
    ] {
        let t = format!(
            "Vigil.\n\n{lead}\n\n\"We are heartbroken, and we ask for privacy as we grieve.\"\n"
        );
        let d = direct(&t);
        assert!(
            d.iter()
                .any(|(s, c, _)| s.eq_ignore_ascii_case("the family")
                    && c == "We are heartbroken, and we ask for privacy as we grieve."),
            "{t:?}: {d:#?}"
        );
    }
}

#[test]
fn here_is_a_speaker_before_a_colon_in_a_live_blog() {
    for (intro, who) in [
        ("Here's Keir Starmer:", "Keir Starmer"),
        ("And here is the chancellor's response:", "the chancellor"),
        ("Here's Starmer, speaking in the Commons:", "Starmer"),
    ] {
        let t = format!(
            "Budget day live.\n\n11.42am BST\n\n{intro}\n\n\"This budget fails working people, and it fails the country.\"\n"
        );
        has(
            &t,
            who,
            "This budget fails working people, and it fails the country.",
        );
    }
    // A text with no speaker named.
    let t = "Budget day live.\n\n11.42am BST\n\nHere is the full exchange:\n\n\"This budget fails working people.\"\n";
    assert!(direct(t).is_empty(), "{:#?}", direct(t));
}

#[test]
fn so_said_names_the_speaker_of_the_quote_before() {
    has(
        "Budget.\n\n\"We have made difficult choices.\" So said Chancellor Rachel Hume on Monday.\n",
        "Chancellor Rachel Hume",
        "We have made difficult choices.",
    );
    has(
        "Budget.\n\nThe minister defended the cuts.\n\n\"We have made difficult choices, but they are the right ones.\"\n\nSo said the mayor on Tuesday.\n",
        "the mayor",
        "We have made difficult choices, but they are the right ones.",
    );
}

#[test]
fn html_markup_left_in_scraped_text_reads_as_its_plain_text() {
    // The same article as paragraphs and as scraped HTML with character
    // references: the same rows, at offsets into the text as given.
    let plain = "BOSTON (AP) \u{2014} The city council said on Monday it would delay the vote.\n\n\
                 \u{201C}We need more time,\u{201D} said council president Mara Quint.\n\n\
                 The council\u{2019}s lawyer, Tom Ruiz, said the delay was legal.\n\n\
                 Residents said they were angry about the delay at Barnes & Noble.";
    let html = "<p>BOSTON (AP) &mdash; The city council said on Monday it would delay the vote.</p>\
                <p>&ldquo;We need more time,&rdquo; said <a href=\"/people/quint\">council president Mara Quint</a>.</p>\n\
                <div class=\"body\"><p>The council&rsquo;s lawyer, Tom Ruiz, said the delay was legal.</p>\
                <p>Residents <em>said</em> they were angry about the delay at Barnes &amp; Noble.</p></div>";
    let key = |text: &str| {
        rows(text)
            .into_iter()
            .map(|a| (a.kind, a.speaker.unwrap_or_default(), a.cue, a.content))
            .collect::<Vec<_>>()
    };
    let (p, h) = (key(plain), key(html));
    assert_eq!(p.len(), 4, "{p:#?}");
    assert_eq!(h, p);
    // Offsets index the text as given: its slices decode to the contents
    // and speakers.
    let chars: Vec<char> = html.chars().collect();
    let slice = |a: usize, b: usize| {
        chars[a..b]
            .iter()
            .collect::<String>()
            .replace("&rsquo;", "\u{2019}")
            .replace("&amp;", "&")
    };
    for a in rows(html) {
        assert_eq!(slice(a.content_start, a.content_end), a.content);
        let (s, e) = (a.speaker_start.unwrap(), a.speaker_end.unwrap());
        assert_eq!(Some(slice(s, e)), a.speaker);
    }
}

#[test]
fn a_clock_time_on_its_own_line_is_no_part_of_the_next_sentence() {
    // Live blogs put the time of each entry on the line above its text.
    let t = "Election night live\n\n11:42 p.m. ET\nGovernor Lena Marsh conceded the race, saying the voters had spoken.\n\n\
             11:15 p.m. ET\nMarsh's campaign manager, Ali Wong, says the campaign is not ready to concede.\n\n\
             9.30am BST\nPolice said the bridge had reopened.\n\n14:05\nThe council said it would appeal.";
    let r = rows(t);
    for (speaker, content) in [
        ("Governor Lena Marsh", "the voters had spoken"),
        (
            "Marsh's campaign manager",
            "the campaign is not ready to concede",
        ),
        ("Police", "the bridge had reopened"),
        ("The council", "it would appeal"),
    ] {
        assert!(
            r.iter()
                .any(|a| a.speaker.as_deref() == Some(speaker) && a.content == content),
            "no {speaker:?} / {content:?} in {r:#?}"
        );
    }
}

#[test]
fn a_clock_time_with_a_place_of_several_words_or_a_zone_stays_in_its_sentence() {
    // "time" after a place of several words, "local" or a particle; a
    // zone in capitals closed by a comma.
    for (text, speaker, content) in [
        (
            "The rally began at 9 p.m. Mexico City local time, witnesses said.",
            "witnesses",
            "The rally began at 9 p.m. Mexico City local time",
        ),
        (
            "The vote starts at 10 a.m. Rio de Janeiro time, the court said.",
            "the court",
            "The vote starts at 10 a.m. Rio de Janeiro time",
        ),
        (
            "Markets open at 9 a.m. MSK, the exchange said.",
            "the exchange",
            "Markets open at 9 a.m. MSK",
        ),
        (
            "The rally ended at 5 p.m. San Juan de la Maguana time, organizers said.",
            "organizers",
            "The rally ended at 5 p.m. San Juan de la Maguana time",
        ),
    ] {
        let r = speaker_contents(text);
        assert!(
            r.iter().any(|(s, c)| s == speaker && c == content),
            "{text:?}: no {speaker:?} / {content:?} in {r:#?}"
        );
    }
}

#[test]
fn an_acronym_a_possessive_or_local_after_a_clock_time_opens_a_new_sentence() {
    // Only real zones keep the clock's sentence: an organization in
    // capitals, a title and name with a possessive, "Local" or "New"
    // without "time" open the next one.
    for (text, speaker, content) in [
        (
            "Voting ended at 8 p.m. NATO, meanwhile, said its troops were on alert.",
            "NATO",
            "its troops were on alert",
        ),
        (
            "The session closed at 5 p.m. BP, the oil major, said it would cut 4,000 jobs.",
            "BP",
            "it would cut 4,000 jobs",
        ),
        (
            "The vote was called at 11 p.m. Prime Minister Keir Starmer's time in office has been marked by late nights, aides said.",
            "aides",
            "Prime Minister Keir Starmer's time in office has been marked by late nights",
        ),
        (
            "Doors open at 8 a.m. Local businesses said it was time the city acted.",
            "Local businesses",
            "it was time the city acted",
        ),
    ] {
        let r = speaker_contents(text);
        assert!(
            r.iter().any(|(s, c)| s == speaker && c == content),
            "{text:?}: no {speaker:?} / {content:?} in {r:#?}"
        );
    }
}

#[test]
fn a_question_asking_for_the_reply_introduces_the_quote_after_it() {
    let intro = "The singer was asked about the reviews.\n\n";
    has(
        &format!("{intro}Her response? \"Stream it or don't.\""),
        "Her",
        "Stream it or don't.",
    );
    has(
        &format!("{intro}The minister's reply? 'We will see what happens.' He then left."),
        "The minister",
        "We will see what happens.",
    );
    has(
        &format!("{intro}His answer? “Not a chance.”"),
        "His",
        "Not a chance.",
    );
    // A quote with its own cue keeps it.
    has(
        &format!("{intro}Her response? \"Stream it or don't,\" she said."),
        "she",
        "Stream it or don't,",
    );
    // No quote: no row.
    assert!(direct(&format!("{intro}Her response? It never came.")).is_empty());
    // The nouns that label a quote after a colon but ask for none with a
    // question ("His message: ...", not "His message? ..."): the question
    // is a sentence of its own, and its quote no row.
    for noun in ["message", "advice"] {
        let t = format!("{intro}His {noun}? \"Run while you can.\"");
        assert!(direct(&t).is_empty(), "{t:?}");
    }
}

#[test]
fn a_partial_quote_going_on_with_the_sentence_subject_is_mixed() {
    // After an introductory phrase and a comma, a quote that opens in
    // lowercase with no subject of its own goes on with the sentence: the
    // content is the whole clause, mixed.
    let all = rows(
        "The fair, held every summer since 1950, \"brings the whole valley together,\" \
         said Rosa Lind, the fair's director.\n\n\
         The new levy, approved in March, \"is already paying for two teachers,\" the principal said.\n\n\
         In past years, \"we had to cancel the show twice,\" said Tom Aker, a farmer.",
    );
    let got: Vec<_> = all
        .iter()
        .map(|a| {
            (
                a.kind,
                a.speaker.as_deref().unwrap_or(""),
                a.content.as_str(),
            )
        })
        .collect();
    for want in [
        (
            whosaid::Kind::Mixed,
            "Rosa Lind",
            "The fair, held every summer since 1950, \"brings the whole valley together,\"",
        ),
        (
            whosaid::Kind::Mixed,
            "the principal",
            "The new levy, approved in March, \"is already paying for two teachers,\"",
        ),
        // A quote with its own subject after the introduction stays direct.
        (
            whosaid::Kind::Direct,
            "Tom Aker",
            "we had to cancel the show twice,",
        ),
    ] {
        assert!(got.contains(&want), "no {want:?} in {got:#?}");
    }
    // The quote paragraph after it goes on with the speaker of the mixed
    // row, not with a name inside its content.
    has(
        "In 2010, when Governor Ray Hill offered towns new money for roads, \"the towns \
         were broke,\" Mayor Ann Cole said. \"And he tied that money to new rules.\"",
        "Mayor Ann Cole",
        "And he tied that money to new rules.",
    );
}
