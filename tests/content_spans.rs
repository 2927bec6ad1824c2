//! Content boundaries and relative contents as annotators mark them, on
//! text written for these tests: a time adverbial after a short object
//! ends the object of a stance ("endorsed Cruz on Wednesday"), and a
//! relative "that" before a speaker is a content of its own ("a strike
//! that executives said could hurt earnings"), and "it" or "her" after a
//! belief cue opens its clause ("believes it could win"); the writer's
//! closing attribution ("..., the company said.") is no part of an inner
//! content, while a parenthetical one ("the evidence, the prosecutors
//! admitted, was thin") is.

use crate::util::{all_contents, contents, extract as rows, speaker_contents};

#[test]
fn a_time_adverbial_ends_a_short_object() {
    for (text, object) in [
        (
            "The mayor endorsed Ellen Marsh on Wednesday.",
            "Ellen Marsh",
        ),
        ("The mayor endorsed Ellen Marsh last week.", "Ellen Marsh"),
        (
            "The mayor endorsed Marsh Tuesday night at a rally.",
            "Marsh",
        ),
        (
            "The mayor criticized the new budget in early June.",
            "the new budget",
        ),
        ("The mayor opposed the plan in 2014.", "the plan"),
    ] {
        assert_eq!(contents(text, "The mayor"), [object], "{text:?}");
    }
}

#[test]
fn a_time_adverbial_inside_a_longer_object_does_not_end_it() {
    for (text, object) in [
        (
            "The mayor attacked Marsh for remarks made this week about the port.",
            "Marsh for remarks made this week about the port",
        ),
        (
            "The mayor welcomed the decision last year that the port would expand.",
            "the decision last year that the port would expand",
        ),
        // A single lowercase word is no object on its own.
        ("The mayor opposed taxes in 2014.", "taxes in 2014"),
        // A possessive time word opens the object.
        ("The mayor criticized Tuesday's vote.", "Tuesday's vote"),
    ] {
        assert_eq!(contents(text, "The mayor"), [object], "{text:?}");
    }
}

#[test]
fn a_relative_that_before_a_named_speaker_is_a_content() {
    let text = "The union ended a strike that company executives said could hurt earnings.";
    let c = contents(text, "company executives");
    assert!(c.contains(&"that".to_string()), "{c:?}");
    assert!(c.contains(&"could hurt earnings".to_string()), "{c:?}");
    // A complementizer "that" is no relative: its clause has a subject.
    let text = "The report found that critics say the plan will fail.";
    assert!(rows(text).iter().all(|a| a.content != "that"), "{text:?}");
    // A pronoun speaker keeps only the clause ("a measure that he
    // believes would ..." is mostly annotated so).
    let text = "He backed a measure that he believes would cut costs.";
    assert!(!contents(text, "he").contains(&"that".to_string()));
}

#[test]
fn a_belief_keeps_a_pronoun_or_possessive_subject_of_its_clause() {
    for (text, speaker, content) in [
        (
            "The campaign believes it could win most of the delegates.",
            "The campaign",
            "it could win most of the delegates",
        ),
        (
            "The campaign expects it will win the state.",
            "The campaign",
            "it will win the state",
        ),
        (
            "Campaign aides believe her record will help her in the north.",
            "Campaign aides",
            "her record will help her in the north",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn according_to_between_a_subject_and_its_predicate() {
    let text = "The implication, according to the aide, is that the mayor misled the council.";
    let r = rows(text);
    assert!(
        r.iter().any(|a| a.speaker.as_deref() == Some("the aide")
            && a.content == "is that the mayor misled the council"),
        "{r:#?}"
    );
    assert_eq!(
        contents(
            "Since last winter, according to the union, membership has doubled.",
            "the union"
        ),
        ["membership has doubled"]
    );
    // An apposition of the source is no predicate.
    let text = "The mayor, according to the records, often traveled to Lisbon.";
    assert!(rows(text)
        .iter()
        .all(|a| a.content != "often traveled to Lisbon"));
}

#[test]
fn a_yes_answer_is_the_content() {
    assert_eq!(
        contents(
            "Asked whether the plan was fair, 46 percent of voters said yes, compared with 23 percent a year ago.",
            "46 percent of voters"
        ),
        ["yes"]
    );
    assert_eq!(
        contents("The mayor said yes and left the room.", "The mayor"),
        ["yes"]
    );
    // Not "said yes to ..." nor "said no".
    assert!(
        contents("The mayor said yes to the new budget.", "The mayor")
            .iter()
            .all(|c| c != "yes")
    );
    assert!(contents("The mayor said no.", "The mayor").is_empty());
}

#[test]
fn a_duration_after_a_demand_is_no_object() {
    for (text, object) in [
        (
            "Union leaders have pushed for months for a guarantee that the plant will stay open.",
            "a guarantee that the plant will stay open",
        ),
        (
            "Residents have called for years for an inquiry into the fire.",
            "an inquiry into the fire",
        ),
    ] {
        let who = &text[..text.find(" have").unwrap()];
        assert_eq!(contents(text, who), [object], "{text:?}");
    }
    for text in [
        "The group lobbied for years to change the law.",
        "Farmers pushed for weeks.",
    ] {
        assert!(rows(text).is_empty(), "{text:?}: {:#?}", rows(text));
    }
}

#[test]
fn a_hearer_that_is_no_speaker_phrase_is_skipped_up_to_that() {
    for text in [
        "The mayor told pilgrims that the bridge was safe.",
        "The mayor told tens of thousands of pilgrims that the bridge was safe.",
        "The mayor told viewers that the bridge was safe.",
    ] {
        assert_eq!(
            contents(text, "The mayor"),
            ["that the bridge was safe"],
            "{text:?}"
        );
    }
}

#[test]
fn straight_and_curly_negations_end_a_split_clause_alike() {
    // "His leverage, they believe, isn't going anywhere, and most don't
    // expect ...": the same content with either apostrophe.
    for a in ["'", "’"] {
        let text = format!(
            "The union's leverage, its members believe, isn{a}t going anywhere, and most don{a}t expect the port to settle before spring."
        );
        let c = contents(&text, "its members");
        assert!(
            c.iter().any(|c| c == &format!("isn{a}t going anywhere")),
            "{text:?}: {c:?}"
        );
    }
}

#[test]
fn a_stance_with_quoted_words_is_labelled_mixed() {
    for text in [
        "Labour accused ministers of 'walking away from the table'.",
        "The union vowed to \"fight this plan in every court\" if it passes.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text:?}: {r:#?}");
        assert_eq!(r[0].kind, whosaid::Kind::Mixed, "{text:?}");
    }
    // An apostrophe is no quote mark.
    let r = rows("The union vowed to fight the mayor's plan in court.");
    assert_eq!(r[0].kind, whosaid::Kind::Stance, "{r:#?}");
}

/// A source between commas inside a reported clause, with the clause's
/// verb after it, does not end the content (a closing source does): the
/// row of "said" stays whole.
#[test]
fn according_to_between_commas_inside_a_reported_clause_does_not_end_it() {
    for (text, speaker, content) in [
        (
            "The senator said the bill, according to the budget office, would cost $4 billion over a decade.",
            "The senator",
            "the bill, according to the budget office, would cost $4 billion over a decade",
        ),
        (
            "A police spokesman said the blast, according to early reports, killed 12 people.",
            "A police spokesman",
            "the blast, according to early reports, killed 12 people",
        ),
        (
            "The mayor said the tunnel, according to the engineers' survey, is safe.",
            "The mayor",
            "the tunnel, according to the engineers' survey, is safe",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // A closing source still takes the clause before it.
    let text =
        "The ministry told lenders that it would miss the payment, according to two bankers.";
    assert_eq!(
        contents(text, "two bankers"),
        ["The ministry told lenders that it would miss the payment"]
    );
}

#[test]
fn a_quotation_s_own_spacing_is_no_part_of_its_content() {
    for (text, content) in [
        (
            "As the Herald reported, “ … if the vote were held today, Marsh would win.”",
            "… if the vote were held today, Marsh would win.",
        ),
        (
            "“I hate the term 'Manhattan poor,' ” Ellen Marsh said.",
            "I hate the term 'Manhattan poor,'",
        ),
        ("\"We stay here.<br> \" Ellen Marsh said.", "We stay here."),
    ] {
        let rows = rows(text);
        assert_eq!(rows.len(), 1, "{text:?}: {rows:?}");
        let r = &rows[0];
        assert_eq!(r.content, content, "{text:?}");
        // The offsets are those of the trimmed content.
        let chars: Vec<char> = text.chars().collect();
        let at: String = chars[r.content_start..r.content_end].iter().collect();
        assert_eq!(at, content, "{text:?}");
    }
}

#[test]
fn a_closing_attribution_of_the_sentence_ends_the_content() {
    // The writer's own "..., X said" at the sentence's end is no part of
    // the inner content: after a reported clause, a stance or an object,
    // with a time, an occasion, a hearer, a participle or a contrast
    // after the tag.
    for (text, speaker, content) in [
        (
            "The minister said the army would withdraw from the border, officials reported Tuesday.",
            "The minister",
            "the army would withdraw from the border",
        ),
        (
            "He said the drug was safe for children, the company added.",
            "He",
            "the drug was safe for children",
        ),
        (
            "Doctors warned that the outbreak could spread, the health ministry said late Sunday.",
            "Doctors",
            "that the outbreak could spread",
        ),
        (
            "The court ruled that the law was valid, the judge wrote in a 40-page opinion.",
            "The court",
            "that the law was valid",
        ),
        (
            "Analysts said demand for steel was weak, Reuters reported, citing three sources.",
            "Analysts",
            "demand for steel was weak",
        ),
        (
            "Rebels said they had captured the town, state media reported, though the army denied it.",
            "Rebels",
            "they had captured the town",
        ),
        (
            "Officials said the fire was under control, the agency said in a statement.",
            "Officials",
            "the fire was under control",
        ),
        (
            "Farmers said prices had fallen, the union's leader says.",
            "Farmers",
            "prices had fallen",
        ),
        // A tag with a time, then a comma and no verb of the content.
        (
            "The spokesman said the talks would resume in Geneva, diplomats said late Sunday, as fighting continued.",
            "The spokesman",
            "the talks would resume in Geneva",
        ),
        // A "that" content opening with a preposition but no phrase of
        // its own before a comma.
        (
            "He said that in March sales fell sharply, the company said.",
            "He",
            "that in March sales fell sharply",
        ),
        (
            "The minister said that this year's budget would be balanced, the ministry said.",
            "The minister",
            "that this year's budget would be balanced",
        ),
        // A noun-phrase object of a stance, however short.
        (
            "The president called for calm, his office said.",
            "The president",
            "calm",
        ),
        // A short object of a denial or an announcement keeps its row.
        (
            "The league denied the charges, a spokesman said.",
            "The league",
            "the charges",
        ),
        (
            "The agency announced fresh sanctions, diplomats said on Friday.",
            "The agency",
            "fresh sanctions",
        ),
        (
            "The minister demanded an apology, state media reported on Sunday.",
            "The minister",
            "an apology",
        ),
        // An -ly adverb after the tag's cue.
        (
            "The coalition hopes to pass the budget by March, party officials said privately.",
            "party officials",
            "The coalition hopes to pass the budget by March",
        ),
        // The comma inside the closing quotation mark.
        (
            "The union urged members to reject the offer \"without hesitation,\" a spokesman said.",
            "The union",
            "members to reject the offer \"without hesitation,\"",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // The stance nested in the tag's content is no row of its own, and
    // no content takes the tag.
    let text = "The minister is eager to sign the deal \"as soon as possible,\" an aide said.";
    assert_eq!(
        speaker_contents(text),
        [(
            "an aide".to_string(),
            "The minister is eager to sign the deal \"as soon as possible,\"".to_string()
        )],
        "{text:?}"
    );
}

#[test]
fn a_quote_after_a_closing_attribution_goes_on_with_its_speaker() {
    // The stance's row ends at the same quote as the tag's: the next
    // quote is the tag's speaker's, not the stance's.
    let text = "The union urged members to reject the offer \"without hesitation,\" a spokesman \
                said. \"We expect a strong turnout.\"";
    assert!(
        contents(text, "a spokesman").contains(&"We expect a strong turnout.".to_string()),
        "{:?}",
        speaker_contents(text)
    );
    assert!(contents(text, "The union")
        .iter()
        .all(|c| !c.contains("turnout")));
}

#[test]
fn an_appositive_after_a_comma_is_no_closing_attribution() {
    // A noun phrase after the comma with no cue of its own: the content
    // is not cut as before a tag, and the phrase speaks no row.
    for (text, speaker, content) in [
        (
            "The senator urged the governor, a fellow Democrat, to sign the bill.",
            "The senator",
            "the governor, a fellow Democrat, to sign the bill",
        ),
        (
            "He praised the workers, many of them immigrants, for their courage.",
            "He",
            "the workers, many of them immigrants",
        ),
        (
            "She criticized the plan, the only one on the table.",
            "She",
            "the plan",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    for text in [
        "The group called for a boycott, the second in a month.",
        "The mayor called for calm, the city's police chief at her side.",
        "The company plans to meet Smith, the company's founder, on Monday.",
    ] {
        let rows = speaker_contents(text);
        assert_eq!(rows.len(), 1, "{text:?}: {rows:?}");
        assert!(rows[0].1.len() > 4, "{text:?}: {rows:?}");
    }
    // A participle after the comma is the stance speaker's own.
    let text = "The mayor urged calm, saying the situation was under control.";
    assert_eq!(
        contents(text, "The mayor"),
        ["calm", "the situation was under control"]
    );
}

#[test]
fn a_subject_and_cue_inside_the_content_do_not_end_it() {
    for (text, speaker, content) in [
        // A parenthetical tag: the content goes on after it.
        (
            "The judge said the evidence, the prosecutors admitted, was thin.",
            "The judge",
            "the evidence, the prosecutors admitted, was thin",
        ),
        (
            "Police said the suspect, he told them, had fled across the border.",
            "Police",
            "the suspect, he told them, had fled across the border",
        ),
        // The content's own main clause after its opening subordinate
        // clause.
        (
            "He said that although the talks failed, he remained hopeful about a deal.",
            "He",
            "that although the talks failed, he remained hopeful about a deal",
        ),
        (
            "The minister said that when the talks resume, Britain will press for a deal.",
            "The minister",
            "that when the talks resume, Britain will press for a deal",
        ),
        (
            "She said that if the vote fails, the board warned, the plant will close.",
            "She",
            "that if the vote fails, the board warned, the plant will close",
        ),
        // A cue with more of the content after it.
        (
            "He said the lawyers, the court found in 2019, had misled the jury.",
            "He",
            "the lawyers, the court found in 2019, had misled the jury",
        ),
        // A time or an occasion after a parenthetical tag: the content
        // still goes on.
        (
            "The minister said the virus, health officials said on Tuesday, had spread to three provinces.",
            "The minister",
            "the virus, health officials said on Tuesday, had spread to three provinces",
        ),
        (
            "The committee said the minister, his aides said in a statement, had not been informed.",
            "The committee",
            "the minister, his aides said in a statement, had not been informed",
        ),
        // A time or place phrase opening a "that" content before its own
        // clause.
        (
            "He said that during the trial, witnesses testified that the money had vanished.",
            "He",
            "that during the trial, witnesses testified that the money had vanished",
        ),
        (
            "The minister said that last year, regulators warned that the bank was undercapitalized.",
            "The minister",
            "that last year, regulators warned that the bank was undercapitalized",
        ),
        // Too few words before the tag for a row of their own.
        (
            "He said prices rose, analysts said.",
            "He",
            "prices rose, analysts said",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn a_second_cue_of_the_speaker_after_an_auxiliary_ends_the_content() {
    for (text, speaker, want) in [
        (
            "The ministry said the ceasefire would hold but did not say whether talks would resume.",
            "The ministry",
            &["the ceasefire would hold", "whether talks would resume"][..],
        ),
        (
            "The regulator said the bank had complied but didn't say whether it would be fined.",
            "The regulator",
            &["the bank had complied", "whether it would be fined"][..],
        ),
        (
            "He said he would run again but would not say when he would announce.",
            "He",
            &["he would run again", "when he would announce"][..],
        ),
    ] {
        assert_eq!(contents(text, speaker), want, "{text:?}");
    }
}

#[test]
fn a_backshifted_auxiliary_or_a_bare_not_goes_on_with_the_content() {
    for (text, speaker, content) in [
        // "and had ..." after a verb of the content: the reported clause
        // goes on (the suspect told investigators).
        (
            "Prosecutors said the suspect had fled and had claimed that he was abroad.",
            "Prosecutors",
            "the suspect had fled and had claimed that he was abroad",
        ),
        // "and not" + a participle: a reduced clause of the content.
        (
            "Doctors said the patient was stable and not expected to need surgery.",
            "Doctors",
            "the patient was stable and not expected to need surgery",
        ),
    ] {
        let c = contents(text, speaker);
        assert!(c.contains(&content.to_string()), "{text:?}: {c:?}");
    }
}

#[test]
fn the_first_content_keeps_its_row_and_the_subjects_own_verbs_take_none() {
    for (text, speaker, want) in [
        // Two words of content: no cut, the row kept whole.
        (
            "The company said sales fell but did not say by how much.",
            "The company",
            &["sales fell but did not say by how much"][..],
        ),
        (
            "The ministry said talks continued but did not say where.",
            "The ministry",
            &["talks continued but did not say where"][..],
        ),
        // The content subject's own verbs after an auxiliary or "not".
        (
            "The company said the CEO has stepped down and has apologized to shareholders.",
            "The company",
            &["the CEO has stepped down and has apologized to shareholders"][..],
        ),
        (
            "The report said the company had violated the rules and did not admit any wrongdoing.",
            "The report",
            // (The content's end before "and did" is older; no "admit" row.)
            &["the company had violated the rules"][..],
        ),
        (
            "The agency said the drug was safe and did not recommend any changes to its label.",
            "The agency",
            &["the drug was safe"][..],
        ),
        // "but" + an auxiliary + "not" + a verb of saying turns to the
        // speaker.
        (
            "Police said the gunman fled the scene but did not say whether he was armed.",
            "Police",
            &["the gunman fled the scene", "whether he was armed"][..],
        ),
    ] {
        assert_eq!(contents(text, speaker), want, "{text:?}");
    }
}

#[test]
fn before_or_after_a_that_participle_ends_an_object_not_a_clause() {
    // After an object, with or without a comma, the participle is a second
    // report of the speaker: the first content ends before "before/after",
    // the second is the participle's.
    for (text, speaker, first, second) in [
        (
            "The port authority called the audit a stunt, before adding that the accounts were in order.",
            "The port authority",
            "the audit a stunt",
            "that the accounts were in order",
        ),
        (
            "The health agency declared an emergency after concluding that the virus was spreading.",
            "The health agency",
            "an emergency",
            "that the virus was spreading",
        ),
        (
            "The mayor called the audit a stunt before explaining why the port had lost money.",
            "The mayor",
            "the audit a stunt",
            "why the port had lost money",
        ),
    ] {
        let c = contents(text, speaker);
        assert!(c.contains(&first.to_string()), "{text:?}: {c:?}");
        assert!(c.contains(&second.to_string()), "{text:?}: {c:?}");
    }
    // After a clause content, with or without a comma, the participle may
    // be the clause subject's: the content goes on, and no row is the
    // speaker's. Nor is a participle of learning or deciding a report.
    for (text, speaker, whole) in [
        (
            "Witnesses said the gunman fled after shouting that he would return.",
            "Witnesses",
            "the gunman fled after shouting that he would return",
        ),
        (
            "Police said the suspect was released on bail, after admitting that he had stolen the car.",
            "Police",
            "the suspect was released on bail, after admitting that he had stolen the car",
        ),
    ] {
        assert_eq!(contents(text, speaker), [whole], "{text:?}");
    }
    for (text, speaker) in [
        (
            "The Fed will wait for more data before deciding whether to raise rates.",
            "The Fed",
        ),
        (
            "The minister resigned after learning that he was under investigation.",
            "The minister",
        ),
    ] {
        assert!(contents(text, speaker).is_empty(), "{text:?}");
    }
}

#[test]
fn a_second_closing_attribution_ends_no_content_of_its_own() {
    // Two tags in a row: the content ends before the first, and the
    // second tag is no content of the first.
    for (text, speaker, content) in [
        (
            "Fuel prices would keep rising, he said, the minister added.",
            "he",
            "Fuel prices would keep rising",
        ),
        (
            "The strike would go ahead, union leaders said, a spokesman confirmed.",
            "union leaders",
            "The strike would go ahead",
        ),
        (
            "The port called for calm, its director said, the board added.",
            "The port",
            "calm",
        ),
        (
            "The port called for calm, its director said.",
            "The port",
            "calm",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    for text in [
        "Fuel prices would keep rising, he said, the minister added.",
        "The strike would go ahead, union leaders said, a spokesman confirmed.",
        "The port called for calm, its director said, the board added.",
    ] {
        let rows = speaker_contents(text);
        assert!(
            rows.iter().all(|(_, c)| !c.ends_with(" said")
                && !c.ends_with(" added")
                && !c.ends_with(" confirmed")),
            "{text:?}: {rows:?}"
        );
    }
    // Near misses: a participle or an apposition after the tag, and a
    // parenthetical tag, keep their rows.
    let text = "The ceasefire was holding, officials said, citing reports from the border.";
    assert_eq!(
        contents(text, "officials"),
        ["The ceasefire was holding", "reports from the border"]
    );
    let text = "The years that followed, he said, brought a shift.";
    assert_eq!(
        contents(text, "he"),
        ["The years that followed", "brought a shift"]
    );
}

#[test]
fn a_that_less_clause_after_a_closing_said_ends_the_content_before_it() {
    // "officials said supply lines were open" is a clause of its own: the
    // stance before its comma ends there, whatever word in "-ly" opens
    // the clause ("supply", a name "Italy").
    for text in [
        "The mayor called for calm, officials said supply lines were open.",
        "The mayor called for calm, officials said Italy had agreed.",
    ] {
        assert_eq!(contents(text, "The mayor"), ["calm"], "{text:?}");
    }
    assert_eq!(
        contents(
            "The mayor called for calm, officials said supply lines were open.",
            "officials"
        ),
        ["supply lines were open"]
    );
    // A relative's gap after a parenthetical tag is no such clause: the
    // tag's subject keeps its content.
    let text = "He called the rumors lies, rumors that, he noted, rivals said during the race were planted by aides.";
    assert!(
        speaker_contents(text).iter().all(|(sp, _)| sp != "rivals"),
        "{:?}",
        speaker_contents(text)
    );
}

#[test]
fn an_ly_modifier_of_a_participle_opens_the_clause() {
    // "recently released figures": the -ly word modifies the participle
    // of the clause's subject, no adverb of the saying.
    for (text, speaker, content) in [
        (
            "The senator said recently released figures showed a rise in crime.",
            "The senator",
            "recently released figures showed a rise in crime",
        ),
        (
            "Officials said publicly owned firms would be sold next year.",
            "Officials",
            "publicly owned firms would be sold next year",
        ),
        (
            "The union said the newly proposed rule would hurt farmers.",
            "The union",
            "the newly proposed rule would hurt farmers",
        ),
        // Near misses: an adverb of the saying is skipped.
        (
            "The minister said recently that the rule would hurt farmers.",
            "The minister",
            "that the rule would hurt farmers",
        ),
        (
            "He said repeatedly the plan was dead.",
            "He",
            "the plan was dead",
        ),
        (
            "She said privately she was worried about the vote.",
            "She",
            "she was worried about the vote",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn an_ly_noun_is_no_adverb_of_a_closing_attribution() {
    // "the family", "the assembly" end the tag's subject; "privately"
    // after the cue is the tag's adverb.
    for (text, speaker, content) in [
        (
            "He had no comment on the case, a lawyer for the family said.",
            "a lawyer for the family",
            "He had no comment on the case",
        ),
        (
            "The bill passed on Tuesday, the speaker of the assembly said.",
            "the speaker of the assembly",
            "The bill passed on Tuesday",
        ),
        (
            "The city was calm, officials said privately.",
            "officials",
            "The city was calm",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn a_quote_inside_a_content_of_an_appeal_stays_in_it() {
    // A content that runs over an opening quote mark: the quote is the
    // speaker's words inside the content (as a reported clause with a
    // quoted end is one mixed content).
    let text = "The party asked him to \"stand down\" before the election.";
    assert_eq!(
        contents(text, "The party"),
        ["him to \"stand down\" before the election"]
    );
    let text = "The senator urged voters to turn out, \"because this matters,\" she said.";
    assert_eq!(
        contents(text, "The senator"),
        ["voters to turn out, \"because this matters,\""]
    );
}

#[test]
fn a_fronted_phrase_inside_a_that_clause_does_not_end_it() {
    // "that on the night of the crash, the driver said ...": the comma
    // closes a phrase with no verb of its own at the head of the reported
    // clause, so "the driver said he was tired" is the rest of that
    // clause, not a closing attribution after it.
    for (text, speaker, outer, inner_speaker, inner) in [
        (
            "She testified that on the night of the crash, the driver said he was tired.",
            "She",
            "that on the night of the crash, the driver said he was tired",
            "the driver",
            "he was tired",
        ),
        (
            "She testified that on the day of the fire, the owner said he smelled gas.",
            "She",
            "that on the day of the fire, the owner said he smelled gas",
            "the owner",
            "he smelled gas",
        ),
        (
            "The judge noted that in the weeks before the election, the minister said he would resign.",
            "The judge",
            "that in the weeks before the election, the minister said he would resign",
            "the minister",
            "he would resign",
        ),
        (
            "He said that on the day of the fire, the owner said he smelled gas.",
            "He",
            "that on the day of the fire, the owner said he smelled gas",
            "the owner",
            "he smelled gas",
        ),
        (
            "Officials said that in the hours after the quake, residents said the phones were down.",
            "Officials",
            "that in the hours after the quake, residents said the phones were down",
            "residents",
            "the phones were down",
        ),
    ] {
        assert_eq!(contents(text, speaker), [outer], "{text:?}");
        assert_eq!(contents(text, inner_speaker), [inner], "{text:?}");
    }
}

/// `contents` on a thread of its own, failing if no answer comes within
/// a generous time: a content end that recursed forever would hang the
/// suite rather than fail it.
fn contents_in_time(text: &str, speaker: &str) -> Vec<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let (t, sp) = (text.to_string(), speaker.to_string());
    std::thread::spawn(move || {
        let _ = tx.send(contents(&t, &sp));
    });
    rx.recv_timeout(std::time::Duration::from_secs(30))
        .unwrap_or_else(|_| panic!("{text:?}: no rows within 30 seconds"))
}

#[test]
fn a_three_word_first_content_ends_at_the_first_of_two_tags() {
    // The first content is exactly three tokens: the second tag's content
    // ends before the first tag too, and is dropped as the same content.
    for (text, speaker, content) in [
        (
            "Turnout was low, observers said, the election commission acknowledged.",
            "observers",
            "Turnout was low",
        ),
        (
            "Voters want change, pollsters said, the survey showed.",
            "pollsters",
            "Voters want change",
        ),
    ] {
        assert_eq!(contents_in_time(text, speaker), [content], "{text:?}");
        let rows = speaker_contents(text);
        assert!(
            rows.iter().all(|(_, c)| !c.ends_with(" said")),
            "{text:?}: {rows:?}"
        );
    }
}

#[test]
fn a_tag_right_after_a_three_word_content_ends_the_search() {
    // The tag's comma is the third token after the clause start
    // (`first_tag_end` called with end == a + 3, and again so from the
    // two-tag case): the search stops there rather than calling itself
    // on the same span. Shorter first contents and longer chains of tags
    // end too.
    for (text, speaker, content) in [
        (
            "Turnout was low, observers said.",
            "observers",
            "Turnout was low",
        ),
        (
            "Voters want change, pollsters said.",
            "pollsters",
            "Voters want change",
        ),
    ] {
        assert_eq!(contents_in_time(text, speaker), [content], "{text:?}");
    }
    for text in [
        "Turnout was low, observers said, the commission acknowledged, officials added.",
        "Prices rose, he said, she added.",
        "Up, he said, she added.",
        "Rain, he said, she said, they said, we said.",
    ] {
        let _ = contents_in_time(text, "he");
    }
}

#[test]
fn an_adjunct_carried_on_by_a_second_preposition_ends_at_that() {
    for (text, speaker, content) in [
        (
            "Peskov said in remarks carried by the TASS news agency that the talks had stalled.",
            "Peskov",
            "that the talks had stalled",
        ),
        (
            "The president told reporters on his flight back from Nairobi that the deal was close.",
            "The president",
            "that the deal was close",
        ),
        (
            "The envoy said in an interview broadcast by Al Jazeera that a truce was possible.",
            "The envoy",
            "that a truce was possible",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn a_second_preposition_that_opens_a_clause_or_reaches_no_that_stays_in_the_content() {
    for (text, speaker, content) in [
        // "after" opens a clause of its own: no adjunct of the saying.
        (
            "The network pushed back after the senator blamed it for reporting that the governor had quit.",
            "the senator",
            "it for reporting that the governor had quit",
        ),
        // No "that" closes the run: the plain phrase stays as it was.
        (
            "The minister said on Tuesday from Kyiv the plan was dead.",
            "The minister",
            "on Tuesday from Kyiv the plan was dead",
        ),
    ] {
        let c = contents(text, speaker);
        assert!(c.iter().all(|x| !x.starts_with("that the governor")), "{text:?}: {c:?}");
        if speaker == "The minister" {
            assert_eq!(c, [content], "{text:?}");
        }
    }
}

#[test]
fn a_relative_that_inside_a_carried_on_adjunct_does_not_end_it() {
    // A "that" before an auxiliary, a modal or a finite verb opens a
    // relative clause on the adjunct's noun: the adjunct stays whole.
    for (text, content) in [
        (
            "The senator said in a memo for the committee that could be released soon that the audit was flawed.",
            "in a memo for the committee that could be released soon that the audit was flawed",
        ),
        (
            "The senator said in remarks over a weekend that saw riots in two towns that order was restored.",
            "in remarks over a weekend that saw riots in two towns that order was restored",
        ),
        (
            "The senator said in a report for the year that ended in March that costs doubled.",
            "in a report for the year that ended in March that costs doubled",
        ),
        (
            "The senator said in a speech over a holiday that was spoiled by rain that turnout fell.",
            "in a speech over a holiday that was spoiled by rain that turnout fell",
        ),
        (
            "The senator said in a note for the fair that will open on Monday that tickets were sold out.",
            "in a note for the fair that will open on Monday that tickets were sold out",
        ),
        (
            "The senator said in a note for the fair that opens on Monday that tickets were sold out.",
            "in a note for the fair that opens on Monday that tickets were sold out",
        ),
        // "that" before a time noun is a demonstrative, not the
        // complementizer.
        (
            "The senator said in a note for release that evening that the vote was delayed.",
            "in a note for release that evening that the vote was delayed",
        ),
        (
            "The senator said in a call with donors from Ohio that day that the race was tight.",
            "in a call with donors from Ohio that day that the race was tight",
        ),
    ] {
        assert_eq!(contents(text, "The senator"), [content], "{text:?}");
    }
}

#[test]
fn a_speech_word_used_as_a_noun_in_a_carried_on_adjunct_lets_it_end_at_that() {
    for (text, speaker, content) in [
        (
            "The general said in an address aired by state radio that the border was sealed.",
            "The general",
            "that the border was sealed",
        ),
        (
            "The firm said in a reply by email that its servers were safe.",
            "The firm",
            "that its servers were safe",
        ),
        (
            "Lawyers said in papers filed for the state that the witness had lied.",
            "Lawyers",
            "that the witness had lied",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn an_object_relative_a_time_word_or_a_final_that_keeps_the_adjunct() {
    // The "that" of an object relative ("that he chaired that"), a
    // demonstrative before a season ("that summer") and a "that" with no
    // word after it do not close the adjunct: the content keeps it whole.
    for (text, content) in [
        (
            "He said during a panel for the summit that he chaired that the deal was close.",
            "during a panel for the summit that he chaired that the deal was close",
        ),
        (
            "He said in remarks broadcast by state television that summer that the war was over.",
            "in remarks broadcast by state television that summer that the war was over",
        ),
        (
            "He said in remarks carried by the agency that.",
            "in remarks carried by the agency that",
        ),
        // Near misses: a pronoun subject with no second "that", or with a
        // cue verb before it, closes.
        (
            "He said in remarks carried by the agency that he would resign.",
            "that he would resign",
        ),
        (
            "He told reporters on a flight back from Oslo that he hoped that the talks would resume.",
            "that he hoped that the talks would resume",
        ),
        (
            "Lavrov said in remarks carried by the RIA news agency that talks had stalled.",
            "that talks had stalled",
        ),
    ] {
        assert_eq!(all_contents(text), vec![content], "{text:?}");
    }
}

/// A telling cue's addressee runs on over its owner's possessive to
/// "that" ("told the BBC's Today programme that"): the content is the
/// clause after "that". Near misses: no "that" (the clause opens after the
/// addressee), and a pronoun or a determiner before "that" keeps the
/// addressee short.
#[test]
fn a_possessive_addressee_of_tell_runs_on_to_that() {
    for (text, speaker, content) in [
        (
            "The minister told the BBC's Today programme that she backed the plan.",
            "The minister",
            "that she backed the plan",
        ),
        (
            "Mr Hale told the network's morning show that Canada would respond.",
            "Mr Hale",
            "that Canada would respond",
        ),
        (
            "Ms Kerr told the BBC's political editor the deal was done.",
            "Ms Kerr",
            "the deal was done",
        ),
        (
            "He told NBC's \"Meet the Press\" that he would run.",
            "He",
            "that he would run",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn a_percent_sign_and_a_decimal_amount_close_a_content() {
    for (text, speaker, content) in [
        (
            "Nordwerk said quarterly sales rose 14%.",
            "Nordwerk",
            "quarterly sales rose 14%",
        ),
        (
            "The lender said its margin narrowed to 2.4%, the lowest in years.",
            "The lender",
            "its margin narrowed to 2.4%, the lowest in years",
        ),
        (
            "The chain said it expects earnings of $3.15 to $3.40.",
            "The chain",
            "it expects earnings of $3.15 to $3.40",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // Near misses: a spaced sign, an abbreviation closing the sentence and
    // a decimal inside the sentence keep what they gave.
    assert_eq!(
        contents("The lender said its margin was 2.4 % lower.", "The lender"),
        ["its margin was 2.4 % lower"]
    );
    assert_eq!(
        contents(
            "The chain said it would open a store in the U.S.",
            "The chain"
        ),
        ["it would open a store in the U.S."]
    );
    assert_eq!(
        contents(
            "The chain said it paid $3.15 a share. Shares fell.",
            "The chain"
        ),
        ["it paid $3.15 a share"]
    );
}

#[test]
fn a_clause_about_a_fronted_source_is_no_content() {
    for (text, speaker, content) in [
        (
            "According to the study, published Monday in the journal Cell, the mice lived longer.",
            "the study",
            "the mice lived longer",
        ),
        (
            "According to the report, released by the bank on Tuesday, lending slowed in May.",
            "the report",
            "lending slowed in May",
        ),
        (
            "According to the survey, which polled 2,000 adults, most people favor the change.",
            "the survey",
            "most people favor the change",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // Near misses: no second comma, or a content that opens with another
    // word, keeps the whole clause after the source.
    assert_eq!(
        contents(
            "According to the agency, published figures understate the losses.",
            "the agency"
        ),
        ["published figures understate the losses"]
    );
    assert_eq!(
        contents(
            "According to the ministry, released prisoners were taken to a hospital, where they were examined.",
            "the ministry"
        ),
        ["released prisoners were taken to a hospital, where they were examined"]
    );
    // The clause is kept too when "which" has no verb after it (a comma:
    // "which, analysts noted, ..."; a noun: "which party wins" is the
    // content), when the comma that would close it is inside a list, and
    // after a participle with "from" or "on" (often about the content's
    // subject).
    for (text, speaker, content) in [
        (
            "According to the report, which, analysts noted, was delayed, exports rose 3.2%.",
            "the report",
            "which, analysts noted, was delayed, exports rose 3.2%",
        ),
        (
            "According to the survey, which polled adults in Texas, Ohio and Florida, most favor the change.",
            "the survey",
            "which polled adults in Texas, Ohio and Florida, most favor the change",
        ),
        (
            "According to the study, which surveyed 3,000 adults in the U.S., Britain and Germany, most workers want flexible hours.",
            "the study",
            "which surveyed 3,000 adults in the U.S., Britain and Germany, most workers want flexible hours",
        ),
        (
            "According to the report, published by the IMF, the World Bank and the OECD, growth is slowing.",
            "the report",
            "published by the IMF, the World Bank and the OECD, growth is slowing",
        ),
        (
            "According to the poll, which party wins depends on turnout, analysts say.",
            "the poll",
            "which party wins depends on turnout, analysts say",
        ),
        (
            "According to the coroner, seen from the bridge, the wreck looked intact.",
            "the coroner",
            "seen from the bridge, the wreck looked intact",
        ),
        (
            "According to the court, released on bond, the driver must stay in the state.",
            "the court",
            "released on bond, the driver must stay in the state",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // The other speaker's row inside the kept clause stays.
    let analysts = contents(
        "According to the report, which, analysts noted, was delayed, exports rose 3.2%.",
        "analysts",
    );
    assert!(
        analysts
            .iter()
            .any(|c| c == "was delayed, exports rose 3.2%"),
        "{analysts:?}"
    );
    // A which-clause with an adverb before its verb is still skipped.
    assert_eq!(
        contents(
            "According to the survey, which recently polled 2,000 adults, most favor the change.",
            "the survey"
        ),
        ["most favor the change"]
    );
}

/// A relative "which" with a reporting verb in the clause skipped after
/// "According to X," ("which said 40 people died") gives no row of its
/// own: its speaker would be only the pronoun. The source's row stays.
#[test]
fn a_reporting_which_after_according_to_is_no_row() {
    for (text, speaker, content) in [
        (
            "According to the ministry, which said 40 people died, the strike hit a school.",
            "the ministry",
            "the strike hit a school",
        ),
        (
            "According to the UN, which says 2 million have fled, the camps are full.",
            "the UN",
            "the camps are full",
        ),
        (
            "According to the report, which found that 40% of firms cut jobs, the economy slowed.",
            "the report",
            "the economy slowed",
        ),
    ] {
        let rows = speaker_contents(text);
        assert!(
            rows.iter().any(|(s, c)| s == speaker && c == content),
            "{text}: {rows:?}"
        );
        assert!(
            rows.iter().all(|(s, _)| !s.eq_ignore_ascii_case("which")),
            "{text}: {rows:?}"
        );
    }
}

#[test]
fn a_relative_clause_on_a_warnings_hearer_stays_in_the_content() {
    // The hearer before "that" is skipped ("warned farmers that the
    // drought ..."), but not when "that" opens a relative clause on it
    // (a subject and a past verb with no object, then an auxiliary or a
    // modal): the hearer is the subject of the content.
    for (text, content) in [
        (
            "The agency warned suppliers that the audit flagged would lose their contracts.",
            "suppliers that the audit flagged would lose their contracts",
        ),
        (
            "The board warned contractors that the inspectors cited would be barred from bidding.",
            "contractors that the inspectors cited would be barred from bidding",
        ),
        (
            "The ministry warned farmers that the drought would persist into the summer.",
            "that the drought would persist into the summer",
        ),
        (
            "The general warned lawmakers that the army was running short of shells.",
            "that the army was running short of shells",
        ),
    ] {
        let rows = rows(text);
        assert_eq!(rows.len(), 1, "{text:?}: {rows:?}");
        assert_eq!(rows[0].content, content, "{text:?}");
    }
}

#[test]
fn a_second_passive_participle_goes_on_with_the_content() {
    // "was arrested and charged with ...": two participles of one "be",
    // with a phrase or nothing after the second, are one content.
    for (text, content) in [
        (
            "Police said the driver was arrested and charged with assault.",
            "the driver was arrested and charged with assault",
        ),
        (
            "The deputy said the hiker was treated and released.",
            "the hiker was treated and released",
        ),
        (
            "Officials said two workers were detained and released on bond.",
            "two workers were detained and released on bond",
        ),
    ] {
        assert_eq!(all_contents(text), vec![content.to_string()], "{text:?}");
    }
    // Near misses: an object or a clause after the second verb makes it
    // the speaker's own ("and warned that ...", "and urged X to ...").
    let text = "The mayor said the budget was approved and warned that cuts would follow.";
    assert_eq!(contents(text, "The mayor").len(), 2, "{text:?}");
    let text = "The senator said she was disappointed and urged colleagues to vote no.";
    assert_eq!(contents(text, "The senator").len(), 2, "{text:?}");
}

#[test]
fn a_second_verb_of_saying_after_a_passive_is_the_speakers_own_act() {
    // "said she was misquoted and asked for ...": a verb of saying,
    // asking, urging, replying or reporting before its own preposition is
    // the speaker's second act, not a second participle of the passive.
    for (text, content) in [
        (
            "The councilwoman said she was misquoted and asked for a retraction.",
            "she was misquoted",
        ),
        (
            "The coach said he was stunned and appealed for patience from fans.",
            "he was stunned",
        ),
        (
            "The landlord said she was insulted and responded with a lawsuit.",
            "she was insulted",
        ),
        (
            "The analyst said he was surprised and commented on the figures.",
            "he was surprised",
        ),
        (
            "The pastor said he was saddened and pleaded for calm.",
            "he was saddened",
        ),
        (
            "He said he was fired and claimed in court that the firm lied.",
            "he was fired",
        ),
        (
            "The mayor said she was elected and announced on Monday that taxes would fall.",
            "she was elected",
        ),
        (
            "The witness said he was detained and described on Twitter how guards beat him.",
            "he was detained",
        ),
    ] {
        let said = all_contents(text);
        assert!(said.iter().any(|c| c == content), "{text:?}: {said:?}");
        assert!(
            !said.iter().any(|c| c.contains(" and ")),
            "{text:?}: {said:?}"
        );
    }
    // With "by" right after it, the second verb is a passive's again.
    assert_eq!(
        all_contents("The neighbor said she was contacted and asked by police about the fire."),
        vec!["she was contacted and asked by police about the fire".to_string()]
    );
}

#[test]
fn a_hearing_phrase_after_the_cue_is_no_part_of_the_content() {
    for (text, content) in [
        (
            "The CEO conceded under questioning that the company had known about the defect.",
            "that the company had known about the defect",
        ),
        (
            "The witness said under oath on Tuesday that he had never met the senator.",
            "that he had never met the senator",
        ),
        (
            "The officer admitted under cross-examination that the report was wrong.",
            "that the report was wrong",
        ),
        // Any other phrase after "under" stays in the content.
        (
            "The minister said under the deal that tariffs would fall.",
            "under the deal that tariffs would fall",
        ),
    ] {
        assert_eq!(all_contents(text), vec![content.to_string()], "{text}");
    }
}

#[test]
fn a_name_in_apposition_after_an_according_to_source_is_no_content() {
    // Nigerian and South Asian copy names the source after its role:
    // the name is the source's, the content starts after it.
    for (text, speaker, content) in [
        (
            "According to the spokesperson of the state police, Ade Bello, the officers have been detained.",
            "the spokesperson of the state police",
            "the officers have been detained",
        ),
        (
            "According to the party's spokesman, Mr. Tunde Bakare, the vote was rigged.",
            "the party's spokesman",
            "the vote was rigged",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // A name after an organization is the content's subject.
    assert_eq!(
        contents(
            "According to the police, John Smith was arrested on Friday.",
            "the police"
        ),
        ["John Smith was arrested on Friday"]
    );
}

#[test]
fn a_subject_list_or_company_after_an_according_to_source_stays_in_the_content() {
    // Only a person's name that closes before a clause of its own is the
    // source's: not a place, club or company, not the content's subject
    // before an age or a relative clause, not a list item.
    for (text, speaker, content) in [
        (
            "According to the coach, Real Madrid, Barcelona and Atletico have all asked about the striker.",
            "the coach",
            "Real Madrid, Barcelona and Atletico have all asked about the striker",
        ),
        (
            "According to the minister, New York, Chicago and Boston will receive the first funds.",
            "the minister",
            "New York, Chicago and Boston will receive the first funds",
        ),
        (
            "According to the agent, Manchester City, the club's owners, are reluctant to sell.",
            "the agent",
            "Manchester City, the club's owners, are reluctant to sell",
        ),
        (
            "According to the analyst, Goldman Sachs, Morgan Stanley and JPMorgan all beat forecasts.",
            "the analyst",
            "Goldman Sachs, Morgan Stanley and JPMorgan all beat forecasts",
        ),
        (
            "According to the coach, Peter Vance, Jack Moore and Bill Jones were dropped.",
            "the coach",
            "Peter Vance, Jack Moore and Bill Jones were dropped",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // An age after the name: the name is the content's subject.
    assert_eq!(
        all_contents("According to the doctor, Tom Reed, 54, died at the scene."),
        ["Tom Reed, 54, died at the scene"]
    );
}

#[test]
fn a_comma_before_said_with_no_subject_ends_the_content() {
    // The comma closes the subject's relative clause or appositive the
    // cue sits in; "said" is the main clause's verb.
    for (text, speaker, content) in [
        (
            "The worker, who spoke on condition of anonymity because he feared losing his job, said the plant would close.",
            "he",
            "losing his job",
        ),
        (
            "Mr. Lopez, a farmer who described himself as a lifelong Democrat, said he would vote for the senator.",
            "who",
            "himself as a lifelong Democrat",
        ),
        (
            "Officials warned that the storm could strengthen, said a spokesman for the agency.",
            "Officials",
            "that the storm could strengthen",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // No row runs on into the main clause.
    let text = "A neighbor, who asked not to be identified because she feared retaliation, said she heard three shots.";
    assert!(
        all_contents(text).iter().all(|c| !c.contains("said")),
        "{:?}",
        all_contents(text)
    );
}

#[test]
fn a_participle_or_a_modifier_of_the_content_does_not_end_it() {
    for (text, speaker, content) in [
        (
            "He said the plan, said to cost $4 billion, would fail.",
            "He",
            "the plan, said to cost $4 billion, would fail",
        ),
        (
            "The minister said the man, told by police to leave, refused.",
            "The minister",
            "the man, told by police to leave, refused",
        ),
        (
            "Officials said the neighbor, who lives nearby, said she heard shots.",
            "Officials",
            "the neighbor, who lives nearby, said she heard shots",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn a_short_object_of_a_belief_does_not_run_into_a_closing_tag() {
    // As "Residents believe the river will rise, the mayor said": the
    // nested belief, fear or forecast is the tag's report, no row of its
    // own.
    for (text, tag) in [
        ("Residents fear flooding, the mayor said.", "the mayor"),
        (
            "Economists expect a slowdown, the report said.",
            "the report",
        ),
        ("Economists predict a slowdown, he said.", "he"),
        (
            "Residents fear flooding, said Mayor Ann Bell.",
            "Mayor Ann Bell",
        ),
    ] {
        let all = all_contents(text);
        assert!(
            all.iter()
                .all(|c| !c.ends_with(" said") && !c.contains(", said")),
            "{text:?}: {all:?}"
        );
        assert_eq!(contents(text, tag).len(), 1, "{text:?}");
    }
}

#[test]
fn a_participle_group_on_a_bare_subject_does_not_end_the_content() {
    // ", told/said/says ..." after the content's bare subject, closed by a
    // comma before the clause's own verb: a participle or a parenthetical
    // tag, not the main clause's verb.
    for (text, speaker, content) in [
        (
            "The report said the suspect, told of the charges on Monday, showed no emotion.",
            "The report",
            "the suspect, told of the charges on Monday, showed no emotion",
        ),
        (
            "Witnesses said the gunman, said in court filings to be 24, fled on foot.",
            "Witnesses",
            "the gunman, said in court filings to be 24, fled on foot",
        ),
        (
            "Analysts said the company, says its website, employs 4,000 people in 12 countries.",
            "Analysts",
            "the company, says its website, employs 4,000 people in 12 countries",
        ),
        (
            "The court heard that the boy, told repeatedly to stop, kept running.",
            "The court",
            "that the boy, told repeatedly to stop, kept running",
        ),
        (
            "Police said the victim, told nothing about the inquiry, later hired a detective.",
            "Police",
            "the victim, told nothing about the inquiry, later hired a detective",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // After the main clause's verb or an inverted tag the comma that
    // follows opens no clause of the content: the cut stays.
    for (text, speaker, content) in [
        (
            "The worker, who feared losing his job, said the plant would close, adding that talks had failed.",
            "who",
            "losing his job",
        ),
        (
            "Officials warned that the storm could strengthen, said a spokesman, who asked not to be named.",
            "Officials",
            "that the storm could strengthen",
        ),
        (
            "A teacher who feared losing her pension, said she would retire early, then changed her mind.",
            "who",
            "losing her pension",
        ),
        (
            "Voters described the plan as reckless, said Jane Doe, a lawyer for the group.",
            "Voters",
            "the plan as reckless",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}
