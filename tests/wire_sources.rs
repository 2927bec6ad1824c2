//! Sources as wire news introduces them, on text written for these tests:
//! anonymous sources with their "who asked not to be named" clauses, poll
//! respondents ("Economists polled by Reuters"), polls with a publication
//! participle, and role nouns after organization names.

use crate::util::extract as rows;
use whosaid::{Attribution, SpeakerType};

/// The only row of `text`, which must have this speaker and content.
fn only(text: &str, speaker: &str, content: &str) -> Attribution {
    let mut r = rows(text);
    assert_eq!(r.len(), 1, "{text:?}: {r:#?}");
    let a = r.remove(0);
    assert_eq!(a.speaker.as_deref(), Some(speaker), "{text:?}");
    assert_eq!(a.content, content, "{text:?}");
    a
}

#[test]
fn anonymous_sources_keep_their_clause_and_give_no_request_row() {
    for who in [
        "who asked not to be named",
        "who did not want to be named",
        "who declined to be identified",
        "who were not authorized to speak publicly",
        "who spoke on condition of anonymity",
    ] {
        only(
            &format!("Two diplomats {who} said the talks had stalled."),
            &format!("Two diplomats {who}"),
            "the talks had stalled",
        );
    }
    only(
        "The official, who requested anonymity, said the talks had stalled.",
        "The official",
        "the talks had stalled",
    );
    // A request that the source's name be kept out of print gives no row,
    // after a quote too (the clause's "asked" is no cue of the quote).
    for who in [
        "who asked that his name not be published",
        "who asked that her name be withheld",
        "who asked that their names not be used",
    ] {
        only(
            &format!("The official, {who}, said the talks had stalled."),
            "The official",
            "the talks had stalled",
        );
        only(
            &format!("\"We had no warning,\" the clerk, {who}, told NPR."),
            "the clerk",
            "We had no warning,",
        );
    }
}

#[test]
fn a_quote_before_a_source_with_a_restrictive_clause_gives_no_junk_row() {
    // No comma before "who": the clause's verb keeps the quote (no cue
    // after the clause is found), and its object with the main verb is no
    // row of its own.
    let a = only(
        "\"Get out now,\" the firefighter who asked residents to leave said.",
        "the firefighter who",
        "Get out now,",
    );
    assert_eq!(a.cue.as_deref(), Some("asked"));
}

#[test]
fn a_quote_before_a_source_with_an_anonymity_clause() {
    // The relative clause's own verb ("asked", "spoke") is no cue of the
    // quote: the cue after the clause is, and the speaker stops before
    // "who".
    for (who, cue) in [
        ("who asked not to be named", "told reporters"),
        ("who asked not to be identified", "said"),
        ("who spoke on condition of anonymity", "said"),
    ] {
        let a = only(
            &format!("\"We had no warning,\" the clerk, {who}, {cue}."),
            "the clerk",
            "We had no warning,",
        );
        assert_eq!(a.cue.as_deref(), cue.split(' ').next(), "{who}");
    }
}

#[test]
fn a_name_of_the_state_department_or_the_state_police() {
    // "state"/"State" after "the" and before a name's word, a possessive
    // or a lowercase noun is no verb of saying inside the speaker phrase.
    for (text, speaker) in [
        (
            "John Smith of the State Department said that the talks would resume.",
            "John Smith of the State Department",
        ),
        (
            "Lt. Col. Danielle Price of the state police told WTAE that the talks would resume.",
            "Lt. Col. Danielle Price of the state police",
        ),
        (
            "Ann Lee at the state's attorney general office said that the talks would resume.",
            "Ann Lee at the state's attorney general office",
        ),
    ] {
        only(text, speaker, "that the talks would resume");
    }
}

#[test]
fn broadcast_titles_before_a_name() {
    // "Councilmember" and occupations broadcast copy puts before a name
    // are titles: the canonical name is the person's.
    for (text, name) in [
        (
            "Seattle City Councilmember Tammy Morales said the plan fell short.",
            "Tammy Morales",
        ),
        (
            "Meteorologist Jim Cantore told viewers the storm could strengthen.",
            "Jim Cantore",
        ),
        (
            "Forecaster Ana Ruiz said the rain would end by noon.",
            "Ana Ruiz",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker_canonical.as_deref(), Some(name), "{text}");
    }
}

#[test]
fn two_word_titles_and_job_words_before_a_name() {
    // "Council Member" / "Board Member" (New York and school-board
    // copy) and "Reverend" are titles; "Astronaut", "Retiree", "Trainer"
    // are job words before a name: the canonical name is the person's,
    // and a later surname takes it.
    for (text, name) in [
        (
            "Council Member Ydanis Rodriguez said the plan would cut traffic deaths.",
            "Ydanis Rodriguez",
        ),
        (
            "School Board Member Tammy Morales said the budget was too small.",
            "Tammy Morales",
        ),
        (
            "Reverend Al Sharpton said the verdict was a step forward.",
            "Al Sharpton",
        ),
        (
            "Astronaut Chris Hadfield said the view was stunning.",
            "Chris Hadfield",
        ),
        (
            "Retiree Bob Klein told reporters he had heard shouting.",
            "Bob Klein",
        ),
        (
            "Trainer John Gosden said the colt was in good form.",
            "John Gosden",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker_canonical.as_deref(), Some(name), "{text}");
        assert_eq!(r[0].speaker_type, SpeakerType::Person, "{text}");
    }
    let r = rows("Astronaut Chris Hadfield said the view was stunning. Hadfield added that he would fly again.");
    assert!(
        r.iter().any(|a| a.speaker.as_deref() == Some("Hadfield")
            && a.speaker_canonical.as_deref() == Some("Chris Hadfield")),
        "{r:#?}"
    );
    // Lowercase "member" and a council alone are unchanged.
    only(
        "The City Council said the budget was too small.",
        "The City Council",
        "the budget was too small",
    );
}

#[test]
fn a_channel_number_after_call_letters_is_the_addressee() {
    // "told KCRA 3 he plans": the number belongs to the station, not to
    // the content; a number before a lowercase noun opens the content.
    for (text, content) in [
        (
            "The mayor told KCRA 3 he plans to run again.",
            "he plans to run again",
        ),
        (
            "Smith told NBC 5 the storm caused heavy damage.",
            "the storm caused heavy damage",
        ),
        (
            "The sheriff told WBAL-TV 11 that the suspect fled.",
            "that the suspect fled",
        ),
        (
            "The sheriff told WFAA 8 Smith was in custody.",
            "Smith was in custody",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].content, content, "{text}");
    }
    let r = rows("The governor told CNN 5 people died in the fire.");
    assert!(
        r.iter().all(|a| a.content != "people died in the fire"),
        "{r:#?}"
    );
    // A number before a capitalized noun it counts stays in the content
    // (a name before an auxiliary, "WFAA 8 Smith was", takes no count).
    for (text, content) in [
        (
            "The senator told CNN 3 Americans had been detained in the raid.",
            "3 Americans had been detained in the raid",
        ),
        (
            "The officials told NPR 2 Democrats would oppose the nominee.",
            "2 Democrats would oppose the nominee",
        ),
        (
            "The spokesman told CNN 4 British nationals were still missing.",
            "4 British nationals were still missing",
        ),
        (
            "A Pentagon official told ABC 2 Marines were wounded in the attack.",
            "2 Marines were wounded in the attack",
        ),
        (
            "The governor told FEMA 10 Texas counties qualified for aid.",
            "10 Texas counties qualified for aid",
        ),
        (
            "The sheriff told WFAA 8 John Smith was in custody.",
            "John Smith was in custody",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].content, content, "{text}");
    }
}

#[test]
fn member_before_a_body_is_no_title() {
    // "Member" is a title before a name ("Council Member Rivera"), not
    // before the bodies that are members: no person named "States".
    for text in [
        "European Union Member States warned that the tariffs would hurt exporters.",
        "Member Nations said the deal was fair.",
        "EU Member Countries agreed that the rules must change.",
        // (A singular body before a country: no person "Nation Brazil".)
        "Member Nation Brazil said the deal was unfair.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_ne!(r[0].speaker_type, SpeakerType::Person, "{text}: {r:#?}");
        assert_eq!(r[0].speaker_canonical, None, "{text}: {r:#?}");
    }
    let r = rows("Council Member Williams said the plan was fair.");
    assert_eq!(
        r[0].speaker_canonical.as_deref(),
        Some("Williams"),
        "{r:#?}"
    );
    assert_eq!(r[0].speaker_type, SpeakerType::Person, "{r:#?}");
}

#[test]
fn a_filing_with_a_body_named_with_and_is_no_content() {
    // "in a filing with the Securities and Exchange Commission": an "and"
    // between capitals is part of the name, and the adjunct ends before
    // "that".
    only(
        "The company said in a filing with the Securities and Exchange Commission that it had received a subpoena.",
        "The company",
        "that it had received a subpoena",
    );
    only(
        "The agency said in a letter to the Department of Health and Human Services that costs rose.",
        "The agency",
        "that costs rose",
    );
}

#[test]
fn poll_respondents_and_published_polls() {
    only(
        "Economists polled by Reuters said the economy grew.",
        "Economists polled by Reuters",
        "the economy grew",
    );
    only(
        "Voters polled said the fees were too high.",
        "Voters polled",
        "the fees were too high",
    );
    for poll in [
        "A Gallup poll released last week",
        "New polls released Sunday",
        "A poll from Marquette Law School released Wednesday",
    ] {
        let a = &rows(&format!("{poll} found that most voters back the plan."))[..];
        assert_eq!(a.len(), 1, "{poll}: {a:#?}");
        assert!(poll.starts_with(a[0].speaker.as_deref().unwrap()), "{a:#?}");
        assert_eq!(a[0].content, "that most voters back the plan");
    }
    // Any document noun of the lexicon with any publication participle:
    // the participle and its time phrase are no part of the speaker.
    for (doc, speaker) in [
        ("A memo obtained Tuesday", "A memo"),
        ("A survey taken last week", "A survey"),
        ("An audit commissioned last year", "An audit"),
        ("The order released Friday", "The order"),
    ] {
        only(
            &format!("{doc} said that the agency would cut jobs."),
            speaker,
            "that the agency would cut jobs",
        );
    }
}

#[test]
fn a_sighting_is_no_belief() {
    // "seen by Reuters" names who saw a document, not who believes it.
    let r = rows("A draft seen by Reuters said the plan would cut debt by half.");
    assert!(r.iter().all(|a| a.cue.as_deref() != Some("seen")), "{r:#?}");
}

#[test]
fn role_nouns_of_wire_news() {
    for (text, t) in [
        (
            "Charities warned that care homes would close.",
            SpeakerType::Organization,
        ),
        (
            "The watchdog said the bank must pay.",
            SpeakerType::Organization,
        ),
        ("Campaigners said the law was unfair.", SpeakerType::Person),
        (
            "A Department of Health spokesman said the plan was sound.",
            SpeakerType::Person,
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker_type, t, "{text}");
    }
}

#[test]
fn a_participle_phrase_before_a_role_and_its_name() {
    // (An acronym role names its holder too, with no phrase before it.)
    let a = only(
        "The local MP, Joan Ellis, called for an inquiry.",
        "The local MP",
        "an inquiry",
    );
    assert_eq!(a.speaker_canonical.as_deref(), Some("Joan Ellis"));
    for intro in [
        "Speaking to reporters",
        "Writing on X",
        "Asked about the bill",
    ] {
        let a = only(
            &format!("{intro}, the local MP, Joan Ellis, said the bill was dead."),
            "the local MP, Joan Ellis",
            "the bill was dead",
        );
        assert_eq!(
            a.speaker_canonical.as_deref(),
            Some("Joan Ellis"),
            "{intro}"
        );
    }
}

#[test]
fn agency_names_with_and_are_whole_speakers() {
    for (text, speaker, canonical) in [
        (
            "The Securities and Exchange Commission said the rule was final.",
            "The Securities and Exchange Commission",
            Some("Securities and Exchange Commission"),
        ),
        (
            "The Food and Drug Administration said the drug was safe.",
            "The Food and Drug Administration",
            Some("Food and Drug Administration"),
        ),
        (
            "The Department of Health and Human Services said the rule was final.",
            "The Department of Health and Human Services",
            Some("Department of Health and Human Services"),
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker.as_deref(), Some(speaker));
        assert_eq!(r[0].speaker_canonical.as_deref(), canonical, "{text}");
        assert_eq!(r[0].speaker_type, SpeakerType::Organization, "{text}");
        // (No country from "Department of Health", a British body cut
        // short by "and Human Services".)
        if text.contains("Human Services") {
            assert_eq!(r[0].speaker_country, None, "{text}");
        }
    }
    // Two names joined by "and" keep the first one's country.
    let r = rows(
        "Most voters were angry, according to a survey by the Associated Press and Television Networks.",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].speaker_country.as_deref(), Some("USA"), "{r:#?}");
}

#[test]
fn a_name_with_its_affiliation_is_the_person() {
    for (text, speaker, canonical) in [
        (
            "Professor Raj Patel of the University of Edinburgh, who led the study, said the results were weak.",
            "Professor Raj Patel of the University of Edinburgh",
            "Raj Patel",
        ),
        (
            "Dana Whitfield of Lakeshore Capital, a former regulator, said the rule was overdue.",
            "Dana Whitfield of Lakeshore Capital",
            "Dana Whitfield",
        ),
        (
            "Tom Okoro at the Harbor Institute said the rule was overdue.",
            "Tom Okoro at the Harbor Institute",
            "Tom Okoro",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker.as_deref(), Some(speaker), "{text}");
        assert_eq!(r[0].speaker_canonical.as_deref(), Some(canonical), "{text}");
        assert_eq!(r[0].speaker_type, SpeakerType::Person, "{text}");
    }
    // An organization's own name in "of" is no person.
    let r = rows("The Bank of England said rates would stay on hold.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].speaker_type, SpeakerType::Organization, "{r:#?}");
}

#[test]
fn places_agencies_and_company_suffixes_are_no_persons() {
    // A place after "in", a firm after a plural head: no canonical name.
    for text in [
        "A trader in Frankfurt said investors had been bracing for worse.",
        "Analysts at Northgate said the cut was smaller than feared.",
        "A Harbor Research poll in January showed that most voters backed the plan.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker_canonical, None, "{text}");
    }
    // A company with a legal suffix is an organization.
    // Its name is its canonical name and the antecedent of a later "it";
    // a description or a poll in Title Case is no name.
    let r = rows(
        "Nordwerk AG said it would cut its forecast.\n\nThe margin will be lower, it said in a statement.",
    );
    assert_eq!(r[0].speaker_type, SpeakerType::Organization, "{r:#?}");
    assert_eq!(r[0].speaker_canonical.as_deref(), Some("Nordwerk AG"));
    let it = r.iter().find(|a| a.speaker.as_deref() == Some("it"));
    assert_eq!(
        it.and_then(|a| a.speaker_canonical.as_deref()),
        Some("Nordwerk AG"),
        "{r:#?}"
    );
    let r = rows("The Harbor Policy Institute said the tax would cost $2 billion.");
    assert_eq!(
        r[0].speaker_canonical.as_deref(),
        Some("Harbor Policy Institute")
    );
    let r = rows("A Berlin think tank said the tax would cost $2 billion.");
    assert_eq!(r[0].speaker_canonical, None, "{r:#?}");
    // The agency of the dateline is the article's source, not "it".
    let r = rows(
        "FRANKFURT (Reuters) - Shares fell on Thursday.\n\nThe outlook is weaker, it said in a statement.",
    );
    let it = r.iter().find(|a| a.speaker.as_deref() == Some("it"));
    assert!(it.is_some(), "{r:#?}");
    assert_ne!(
        it.unwrap().speaker_canonical.as_deref(),
        Some("Reuters"),
        "{r:#?}"
    );
}

#[test]
fn a_day_after_a_phrasal_cue_is_a_time_phrase() {
    let a = only(
        "Manager Luis Ferreira insisted on Sunday that he still trusts his striker.",
        "Manager Luis Ferreira",
        "that he still trusts his striker",
    );
    assert_eq!(a.cue.as_deref(), Some("insisted"));
    assert_eq!(a.kind, whosaid::model::Kind::Indirect);
    // The phrasal cue stays when no day follows.
    let a = only(
        "The union insisted on a pay rise.",
        "The union",
        "a pay rise",
    );
    assert_eq!(a.cue.as_deref(), Some("insisted on"));
}

#[test]
fn british_titles_and_institutions() {
    let a = only(
        "Nurses will strike again, the Royal College of Nursing said.",
        "the Royal College of Nursing",
        "Nurses will strike again",
    );
    assert_eq!(
        a.speaker_canonical.as_deref(),
        Some("Royal College of Nursing")
    );
    assert_eq!(a.speaker_type, SpeakerType::Organization);
    let a = only(
        "Prof Hannah Cloke warned that the country was unprepared.",
        "Prof Hannah Cloke",
        "that the country was unprepared",
    );
    assert_eq!(a.speaker_canonical.as_deref(), Some("Hannah Cloke"));
    let a = only(
        "The volcanology centre said the alert was raised.",
        "The volcanology centre",
        "the alert was raised",
    );
    assert_eq!(a.speaker_type, SpeakerType::Organization);
}

#[test]
fn a_full_name_after_a_title_is_the_person_not_a_past_holder() {
    // Bernie Sanders once held the title "Rep." too; the name given wins.
    let r = rows(
        "WASHINGTON (AP) — \"This is bad,\" said Sen. Bernie Sanders.\n\nRep. Tom Briggs, R-Iowa, wrote that the speaker had surrendered.",
    );
    let briggs = r
        .iter()
        .find(|a| a.speaker.as_deref() == Some("Rep. Tom Briggs"))
        .unwrap_or_else(|| panic!("{r:#?}"));
    assert_eq!(briggs.speaker_canonical.as_deref(), Some("Tom Briggs"));
}

#[test]
fn a_role_with_several_holders_in_the_article_names_nobody() {
    let r = rows(
        "WASHINGTON (AP) — Sen. Bernie Sanders and Sen. Mitch McConnell met on Monday.\n\nThe Florida senator said the plan was dead.",
    );
    let a = r
        .iter()
        .find(|a| a.speaker.as_deref() == Some("The Florida senator"))
        .unwrap_or_else(|| panic!("{r:#?}"));
    assert_eq!(a.speaker_canonical, None, "{a:#?}");
    // One holder named: that one.
    let r = rows(
        "WASHINGTON (AP) — Sen. Bernie Sanders spoke on Monday.\n\nThe senator said the plan was dead.",
    );
    let a = r
        .iter()
        .find(|a| a.speaker.as_deref() == Some("The senator"))
        .unwrap_or_else(|| panic!("{r:#?}"));
    assert_eq!(a.speaker_canonical.as_deref(), Some("Bernie Sanders"));
}

#[test]
fn acronym_roles_and_titled_names_with_a_home_state() {
    let a = only(
        "The former CEO of Northgate Systems said the plan was dead.",
        "The former CEO of Northgate Systems",
        "the plan was dead",
    );
    assert_eq!(a.speaker_canonical, None, "{a:#?}");
    assert_eq!(a.speaker_type, SpeakerType::Person);
    let a = only(
        "Representative Anna M. Judge of Ohio said the plan was dead.",
        "Representative Anna M. Judge of Ohio",
        "the plan was dead",
    );
    assert_eq!(a.speaker_canonical.as_deref(), Some("Anna M. Judge"));
}

#[test]
fn quoted_as_saying_names_the_quoted_person() {
    only(
        "The minister was quoted as saying the border would reopen soon.",
        "The minister",
        "the border would reopen soon",
    );
    let a = only(
        "\"We will win,\" Dana Marsh is quoted as saying.",
        "Dana Marsh",
        "We will win,",
    );
    assert_eq!(a.cue.as_deref(), Some("is quoted as saying"));
    assert_eq!(a.kind, whosaid::model::Kind::Direct);
}

#[test]
fn it_takes_the_organization_speaking_in_its_sentence() {
    // The unnamed ministry, not "Ottawa" named between them, nor a state
    // named earlier.
    let r = rows(
        "Norway's fisheries ministry thanked Ottawa for the deal, which it said \
         would protect cod stocks.",
    );
    let it = r
        .iter()
        .find(|a| a.speaker.as_deref() == Some("it"))
        .unwrap_or_else(|| panic!("{r:#?}"));
    assert_eq!(it.speaker_canonical, None, "{it:#?}");
    assert_eq!(it.speaker_type, SpeakerType::Organization);
    assert_eq!(it.speaker_country.as_deref(), Some("NOR"));
}

#[test]
fn a_newspaper_short_name_is_the_paper_named_before() {
    let r = rows(
        "The Wall Street Journal reported on Monday that the deal was near. \
         The Journal said the board would meet on Friday.",
    );
    assert_eq!(r.len(), 2, "{r:#?}");
    assert_eq!(r[1].speaker.as_deref(), Some("The Journal"));
    assert_eq!(
        r[1].speaker_canonical.as_deref(),
        Some("The Wall Street Journal")
    );
}

#[test]
fn a_second_verb_after_a_name_and_its_apposition_keeps_the_name() {
    let r = rows(
        "Ruth Okafor, chief economist at Harbor Analytics, argued that the bank \
         had waited too long and predicted a cut by June.",
    );
    assert_eq!(r.len(), 2, "{r:#?}");
    for a in &r {
        assert_eq!(a.speaker.as_deref(), Some("Ruth Okafor"), "{a:#?}");
    }
    assert_eq!(r[1].cue.as_deref(), Some("predicted"));
}

#[test]
fn trade_bodies_by_their_organization_word() {
    for (text, name) in [
        (
            "The Northern Retail Consortium said sales fell in May.",
            "Northern Retail Consortium",
        ),
        (
            "The Lakeside Chamber of Commerce said sales fell in May.",
            "Lakeside Chamber of Commerce",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{r:#?}");
        assert_eq!(r[0].speaker_type, SpeakerType::Organization, "{text}");
        assert_eq!(r[0].speaker_canonical.as_deref(), Some(name), "{text}");
    }
}

#[test]
fn offices_of_the_form_title_of_x_before_a_name() {
    for (text, name) in [
        (
            "County Chief of Staff Dana Whitlow said the budget was final.",
            "Dana Whitlow",
        ),
        (
            "Broward County Supervisor of Elections Mark L. Ruiz said the count was done.",
            "Mark L. Ruiz",
        ),
        (
            "Board of Education President Ann Cole said the schools would open.",
            "Ann Cole",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{r:#?}");
        assert_eq!(r[0].speaker_type, SpeakerType::Person, "{text}");
        assert_eq!(r[0].speaker_canonical.as_deref(), Some(name), "{text}");
    }
    // A state's body in a role phrase gives its country, not the
    // dateline's.
    let r = rows("BEIJING (Reuters) - A State Department spokesperson said the sale was lawful.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].speaker_country.as_deref(), Some("USA"));
}

#[test]
fn names_with_a_capitalized_preposition_and_participle_appositions() {
    only(
        "Reporters Without Borders warned that two journalists were missing.",
        "Reporters Without Borders",
        "that two journalists were missing",
    );
    only(
        "The charity, known by its French initials MSF, said that funding was short.",
        "The charity",
        "that funding was short",
    );
    let a = only(
        "The head of the harbor authority said the port would reopen.",
        "The head of the harbor authority",
        "the port would reopen",
    );
    assert_eq!(a.speaker_type, SpeakerType::Person);
}

#[test]
fn a_long_subject_holds_no_irregular_past_verb() {
    only(
        "Oil prices rose on Monday as traders worried that supplies would tighten.",
        "traders",
        "that supplies would tighten",
    );
}

#[test]
fn an_apposition_may_give_a_home_town_with_from() {
    only(
        "The commuter, 34, from Reading, said she was considering working from home.",
        "The commuter",
        "she was considering working from home",
    );
    only(
        "One commuter, Sarah Jones, 34, from Reading, told the BBC she would work from home.",
        "Sarah Jones",
        "she would work from home",
    );
}

#[test]
fn capitalized_plural_speaker_nouns_take_lowercase_modifiers() {
    only(
        "Two of the state's top Republicans said they would back the farm bill.",
        "Two of the state's top Republicans",
        "they would back the farm bill",
    );
    // Not across a preposition: "for Refugees" is the end of an office.
    let r = rows("Ana Ruiz, the High Commissioner for Refugees, said the deal was unlawful.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_inverted_speaker_keeps_its_affiliation() {
    only(
        "\"The numbers speak for themselves,\" said a spokesman for the governor.",
        "a spokesman for the governor",
        "The numbers speak for themselves,",
    );
    let a = only(
        "\"We never met,\" said a longtime adviser to both Hendersons.",
        "a longtime adviser to both Hendersons",
        "We never met,",
    );
    assert_eq!(a.speaker_canonical, None);
}

#[test]
fn poll_respondents_going_to_the_polls_on_a_day() {
    for (text, speaker) in [
        (
            "Majorities of Democrats in five states going to the polls Tuesday say they would back either candidate.",
            "Majorities of Democrats in five states going to the polls",
        ),
        (
            "Large majorities of voters in six states going to the polls on Super Tuesday said they support the ban.",
            "Large majorities of voters in six states going to the polls",
        ),
        (
            "Voters going to the polls on Tuesday say that the economy matters most.",
            "Voters going to the polls",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text:?}: {r:#?}");
        assert_eq!(r[0].speaker.as_deref(), Some(speaker), "{text:?}");
    }
}

#[test]
fn a_superlative_most_after_a_determiner_opens_the_subject() {
    only(
        "The most recent poll showed that the senator has fallen behind.",
        "The most recent poll",
        "that the senator has fallen behind",
    );
    only(
        "Its most senior official said the talks had stalled.",
        "Its most senior official",
        "the talks had stalled",
    );
    only(
        "Most analysts said the talks had stalled.",
        "Most analysts",
        "the talks had stalled",
    );
}

#[test]
fn shares_of_poll_respondents_after_a_semicolon_or_with() {
    let r = rows("Most voters follow the race; 26 percent of Democrats say they have not been paying attention.");
    assert!(
        r.iter()
            .any(|a| a.speaker.as_deref() == Some("26 percent of Democrats")
                && a.content == "they have not been paying attention"),
        "{r:#?}"
    );
    let r = rows("A third describe themselves as liberal; 26% say they are conservative.");
    assert!(
        r.iter()
            .any(|a| a.speaker.as_deref() == Some("26%") && a.content == "they are conservative"),
        "{r:#?}"
    );
    let r = rows(
        "Marsh comes in second, with 22 percent saying they would not support her, and Reyes is third.",
    );
    assert!(
        r.iter().any(|a| a.speaker.as_deref() == Some("22 percent")
            && a.content == "they would not support her"),
        "{r:#?}"
    );
}

#[test]
fn a_name_after_an_organization_noun_is_an_organization() {
    let a = only(
        "Campaign group Rail Watch said it was disappointed.",
        "Campaign group Rail Watch",
        "it was disappointed",
    );
    assert_eq!(a.speaker_type, SpeakerType::Organization);
    assert_eq!(a.speaker_canonical.as_deref(), Some("Rail Watch"));
    // An office "of staff" before a person's name is no organization.
    let a = only(
        "Former chief of staff Dana Holt said the plan had failed.",
        "Former chief of staff Dana Holt",
        "the plan had failed",
    );
    assert_eq!(a.speaker_type, SpeakerType::Person);
}

#[test]
fn a_name_before_a_hometown_and_a_relative_clause() {
    only(
        "Jane Doe, a nurse from Ava, Mo., who has voted in every election since 1980, \
         said she would vote for the mayor.",
        "Jane Doe",
        "she would vote for the mayor",
    );
}

#[test]
fn a_sentence_adverb_before_the_subject() {
    only(
        "But ultimately Marsh thinks the deal will pass.",
        "Marsh",
        "the deal will pass",
    );
    only(
        "Ultimately Marsh thinks the deal will pass.",
        "Marsh",
        "the deal will pass",
    );
}

#[test]
fn an_owner_before_a_possessive_is_not_the_speaker() {
    let a = only(
        "\"We will not accept a single redundancy,\" said the union's national officer.",
        "the union's national officer",
        "We will not accept a single redundancy,",
    );
    assert_eq!(a.speaker_type, SpeakerType::Person);
    // A known person's aide is the aide, not the person.
    let a = only(
        "Donald Trump's campaign manager said the rally would go ahead.",
        "Donald Trump's campaign manager",
        "the rally would go ahead",
    );
    assert_ne!(a.speaker_canonical.as_deref(), Some("Donald Trump"));
}

#[test]
fn a_study_by_two_named_bodies_is_one_subject() {
    let a = only(
        "A survey by the AP and the Harbor Research Center found that most adults were worried.",
        "A survey by the AP and the Harbor Research Center",
        "that most adults were worried",
    );
    assert_eq!(a.speaker_canonical, None);
    let a = only(
        "Exit polls in Ohio and Iowa indicated that turnout was high.",
        "Exit polls in Ohio and Iowa",
        "that turnout was high",
    );
    assert_eq!(a.speaker_canonical, None);
}

#[test]
fn a_lone_unknown_source_of_according_to_has_no_type() {
    let r = rows("The club has dropped points in five games, according to Statsbomb.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].speaker.as_deref(), Some("Statsbomb"));
    assert_eq!(r[0].speaker_type, SpeakerType::Unknown);
}

#[test]
fn according_to_sources_keep_familiar_with() {
    let a = only(
        "The deal could be signed next week, according to two people familiar with the talks.",
        "two people familiar with the talks",
        "The deal could be signed next week",
    );
    assert_eq!(a.cue.as_deref(), Some("according to"));
}

#[test]
fn an_auxiliary_after_and_goes_on_with_a_reported_clause() {
    // "and would ...", "and has ..." after a finite verb of the content
    // coordinate inside the reported clause.
    only(
        "The central bank said it was ready to act and would use all its tools.",
        "The central bank",
        "it was ready to act and would use all its tools",
    );
    only(
        "The company said the recall covered 40,000 cars and had cost $12 million.",
        "The company",
        "the recall covered 40,000 cars and had cost $12 million",
    );
    // A second verb phrase of the speaker still ends the content.
    let r = rows("The minister said the plan was sound and declined to say more.");
    let a = r.iter().find(|a| a.cue.as_deref() == Some("said")).unwrap();
    assert_eq!(a.content, "the plan was sound");
}

#[test]
fn a_definite_organization_noun_takes_the_organization_named_before() {
    let text =
        "TOKYO (Reuters) - Nordwerk Motors Corp said on Friday it would recall 40,000 cars. \
                \"We apologize,\" said Kenji Sato, an analyst at Mizuho Securities. \
                The company said it knew of no accidents.";
    let r = rows(text);
    let a = r
        .iter()
        .find(|a| a.speaker.as_deref() == Some("The company"))
        .unwrap();
    assert_eq!(a.speaker_canonical.as_deref(), Some("Nordwerk Motors Corp"));
    // A demonym may modify the noun.
    let r = rows(&text.replace("The company said", "The German automaker said"));
    let a = r
        .iter()
        .find(|a| a.speaker.as_deref() == Some("The German automaker"))
        .unwrap_or_else(|| panic!("{r:#?}"));
    assert_eq!(a.speaker_canonical.as_deref(), Some("Nordwerk Motors Corp"));
    // A noun of another kind, or a capitalized modifier the name does not
    // have, takes no organization.
    for (speaker, sentence) in [
        ("The ministry", "The ministry said it knew of no accidents."),
        (
            "The Osaka company",
            "The Osaka company said it knew of no accidents.",
        ),
    ] {
        let r = rows(&text.replace("The company said it knew of no accidents.", sentence));
        let a = r
            .iter()
            .find(|a| a.speaker.as_deref() == Some(speaker))
            .unwrap_or_else(|| panic!("{speaker}: {r:#?}"));
        assert_eq!(a.speaker_canonical, None, "{speaker}");
    }
}

#[test]
fn a_subject_running_over_another_cue_is_no_speaker() {
    // "traders expect two cuts" is the content of "showed"; "The report
    // showed traders" is no speaker of "expect".
    for text in [
        "The report showed traders expect two cuts this year.",
        "A survey released on Monday found most voters want a change.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert!(r[0].content.ends_with("this year") || r[0].content.ends_with("a change"));
    }
}

#[test]
fn a_publication_participle_after_a_document_is_part_of_the_subject() {
    // "released"/"published" is no cue of its own here, and the document
    // with its publication phrase is the speaker of the real cue.
    only(
        "A report released in September by the National Academy noted that most migrants do well.",
        "A report released in September by the National Academy",
        "that most migrants do well",
    );
    only(
        "A study published on Tuesday by the agency found that most migrants do well.",
        "A study published on Tuesday by the agency",
        "that most migrants do well",
    );
}

#[test]
fn a_whole_quote_in_curly_or_doubled_marks_is_direct() {
    use whosaid::model::Kind;
    for text in [
        "According to the newspaper, \"The minister knew about the deal for months.\"",
        "According to the newspaper, “The minister knew about the deal for months.”",
        "According to the newspaper, ''The minister knew about the deal for months.''",
        "“The minister knew about the deal for months,” according to the newspaper.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker.as_deref(), Some("the newspaper"), "{text}");
        assert_eq!(r[0].kind, Kind::Direct, "{text}");
    }
    // A quote with words of the writer's around it stays mixed.
    let r = rows("According to the newspaper, the minister knew “for months” about the deal.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].kind, Kind::Mixed);
}

#[test]
fn the_latest_label_of_a_running_story_is_no_speaker() {
    let r = rows("The Latest: Mayor Okafor says the pier will reopen in June\n\nHARBOR CITY (AP) — The pier is closed.");
    assert!(
        r.iter().all(|a| a.speaker.as_deref() != Some("The Latest")),
        "{r:#?}"
    );
    assert!(
        r.iter()
            .any(|a| a.speaker.as_deref() == Some("Mayor Okafor")
                && a.content == "the pier will reopen in June"),
        "{r:#?}"
    );
}

#[test]
fn an_imperative_before_a_quote_is_no_speaker() {
    for intro in ["Read his remarks below:", "See the full statement here:"] {
        let r = rows(&format!(
            "The mayor spoke on Monday.\n\n{intro}\n\n\"We will rebuild the bridge by June.\""
        ));
        assert!(
            r.iter()
                .all(|a| !matches!(a.speaker.as_deref(), Some("Read" | "See"))),
            "{intro}: {r:#?}"
        );
    }
}

#[test]
fn a_demonym_epithet_is_the_person_who_last_spoke() {
    let r = rows(
        "Villa boss Unai Emery praised his players. \"They showed a lot of heart,\" the Spaniard said.",
    );
    let a = r
        .iter()
        .find(|a| a.speaker.as_deref() == Some("the Spaniard"))
        .unwrap();
    assert_eq!(a.speaker_canonical.as_deref(), Some("Unai Emery"));
    // "the French" is the nation, not a person epithet.
    let r = rows("Unai Emery praised his players. The French said they would not attend.");
    assert!(
        r.iter()
            .all(|a| a.speaker_canonical.as_deref() != Some("Unai Emery")
                || a.speaker.as_deref() != Some("The French")),
        "{r:#?}"
    );
}

#[test]
fn of_two_cues_before_a_quote_the_nearer_speaks() {
    let r = rows("The crowd cheered when the mayor shouted, \"We did it!\"");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].speaker.as_deref(), Some("the mayor"));
    assert_eq!(r[0].cue.as_deref(), Some("shouted"));
}

#[test]
fn a_second_verb_keeps_the_whole_subject_of_the_first() {
    let r = rows(
        "The United Nations human rights office said it was alarmed and called for an independent inquiry.",
    );
    assert!(r.len() >= 2, "{r:#?}");
    assert!(
        r.iter()
            .all(|a| a.speaker.as_deref() == Some("The United Nations human rights office")),
        "{r:#?}"
    );
}

#[test]
fn state_media_addressees_and_one_word_exclamations() {
    let r = rows("The prime minister told state broadcaster RTE: \"We are ready for talks.\"");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].content, "We are ready for talks.");
    assert_eq!(r[0].speaker.as_deref(), Some("The prime minister"));
    let r = rows("The vote failed.\n\nTrump's reaction: \"Sad!\"");
    assert!(
        r.iter()
            .any(|a| a.content == "Sad!" && a.speaker.as_deref() == Some("Trump")),
        "{r:#?}"
    );
}

#[test]
fn a_reuters_dateline_with_a_state_and_a_date_opens_the_clause() {
    for lead in [
        "SAN JOSE, Calif., March 4 (Reuters) -",
        "ORLANDO, Fla., Jan. 12 (Reuters) -",
        "WASHINGTON, March 4 (Reuters) -",
    ] {
        only(
            &format!("{lead} Analysts at the bank said the slowdown would last."),
            "Analysts at the bank",
            "the slowdown would last",
        );
    }
}

#[test]
fn a_list_inside_a_longer_subject_keeps_the_whole_subject() {
    let a = only(
        "SAN JOSE, Calif., March 4 (Reuters) - Analysts at Morgan Stanley and Goldman Sachs said the slowdown would last.",
        "Analysts at Morgan Stanley and Goldman Sachs",
        "the slowdown would last",
    );
    assert_eq!(a.speaker_canonical, None, "{a:?}");
    let a = only(
        "Voters in Ohio, Georgia and Arizona said the economy mattered most.",
        "Voters in Ohio, Georgia and Arizona",
        "the economy mattered most",
    );
    assert_eq!(a.speaker_canonical, None, "{a:?}");
}

#[test]
fn a_possessive_owner_before_lowercase_modifiers_and_a_name_opens_the_subject() {
    for who in [
        "Spain's weather agency Aemet",
        "South Korea's news agency Yonhap",
        "Japan's top spokesman Yoshimasa Hayashi",
        "Russia's official news agency TASS",
    ] {
        only(
            &format!("{who} said the drought would last."),
            who,
            "the drought would last",
        );
    }
}

#[test]
fn documents_with_a_publication_participle_are_sources() {
    for (text, who) in [
        (
            "A statement posted on the website said the plant would close.",
            "A statement posted on the website",
        ),
        (
            "A memo seen by Reuters said the plan was delayed.",
            "A memo seen by Reuters",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text:?}: {r:#?}");
        assert_eq!(r[0].speaker.as_deref(), Some(who), "{text:?}");
    }
}

#[test]
fn a_partitive_after_an_inverted_cue_keeps_the_whole_phrase() {
    for (text, who) in [
        (
            "The bill is dead, said a handful of Democrats.",
            "a handful of Democrats",
        ),
        (
            "The bill is dead, said dozens of lawmakers.",
            "dozens of lawmakers",
        ),
        (
            "\"The bill is dead,\" said one of the organizers.",
            "one of the organizers",
        ),
        (
            "The plan is dead, according to several of the officials.",
            "several of the officials",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text:?}: {r:#?}");
        assert_eq!(r[0].speaker.as_deref(), Some(who), "{text:?}");
    }
}

#[test]
fn a_pronoun_or_name_joined_by_and_after_the_comma_is_part_of_the_subject() {
    for (text, who) in [
        (
            "The bill is dead, he and Mr. Allen said.",
            "he and Mr. Allen",
        ),
        ("The bill is dead, Smith and Jones said.", "Smith and Jones"),
    ] {
        only(text, who, "The bill is dead");
    }
}

#[test]
fn a_bare_clause_after_a_belief_may_open_with_a_plural_noun() {
    for (text, who, content) in [
        (
            "Others believe local campaigns can reverse the trend.",
            "Others",
            "local campaigns can reverse the trend",
        ),
        (
            "Economists fear rising prices will hurt families.",
            "Economists",
            "rising prices will hurt families",
        ),
        (
            "Many growers think buyers should pay more.",
            "Many growers",
            "buyers should pay more",
        ),
    ] {
        only(text, who, content);
    }
    // An object without a finite verb after it is no clause.
    assert!(rows("Others believe local campaigns.").is_empty());
}

#[test]
fn a_where_clause_between_the_speaker_and_the_cue_is_skipped() {
    only(
        "Residents of Leeds, where the flooding was worst, said they had been ignored.",
        "Residents of Leeds",
        "they had been ignored",
    );
    only(
        "State officials in Texas, where the outbreak began, said clinics had opened.",
        "State officials in Texas",
        "clinics had opened",
    );
}

#[test]
fn a_currency_amount_inside_the_speaker_phrase_keeps_it() {
    only(
        "Critics of the $40 million plan said it would fail.",
        "Critics of the $40 million plan",
        "it would fail",
    );
}

#[test]
fn a_floating_each_between_subject_and_cue_is_skipped() {
    for (text, who) in [
        (
            "The army and the rebels have each blamed the other for the delay.",
            "The army and the rebels",
        ),
        (
            "The two sides each blamed the other for the delay.",
            "The two sides",
        ),
    ] {
        only(text, who, "the other for the delay");
    }
}

#[test]
fn a_time_phrase_after_a_prepositional_adjunct_is_skipped_before_that() {
    for text in [
        "Vale said on Instagram late Tuesday that he was disappointed.",
        "Vale said in a statement early Friday that he was disappointed.",
        "Vale told reporters at a news conference last week that he was disappointed.",
    ] {
        only(text, "Vale", "that he was disappointed");
    }
}

#[test]
fn a_headline_joins_two_names_with_a_comma() {
    let r = rows(
        "India, Pakistan agree to restore ceasefire\n\nNEW DELHI (Reuters) - The talks went on.",
    );
    assert_eq!(r[0].speaker.as_deref(), Some("India, Pakistan"), "{r:#?}");
    assert_eq!(
        r[0].speaker_canonical.as_deref(),
        Some("India; Pakistan"),
        "{r:#?}"
    );
    // Not in the body: "Democrats, Frank notes, applaud ...".
    let r = rows("A headline\n\nFirst, Donald Trump attacked the senator for being weak.");
    assert!(
        r.iter()
            .all(|a| a.speaker.as_deref() != Some("First, Donald Trump")),
        "{r:#?}"
    );
}

#[test]
fn a_subject_it_before_a_sentence_adverb_is_no_object_of_said() {
    for adv in ["now", "still", "also", "already", "no longer"] {
        only(
            &format!("Harbor Bank said it {adv} expects house prices to fall this year."),
            "Harbor Bank",
            &format!("it {adv} expects house prices to fall this year"),
        );
    }
    // "it" the object of "said", an adverb and no verb after it.
    assert!(rows("He said it again today.").is_empty());
    assert!(rows("She said it now.").is_empty());
}

#[test]
fn datelines_with_a_colon_or_an_agency_without_a_dash() {
    // Indian and Pakistani press: a place in capitals and a colon opening
    // the first paragraph is no speaker label.
    only(
        "NEW DELHI: Railways Minister Anil Deshmukh on Monday said that the government would add 100 trains.",
        "Railways Minister Anil Deshmukh",
        "that the government would add 100 trains",
    );
    // The colon dateline is no part of a content before the cue.
    only(
        "MUMBAI: The civic body will begin demolishing illegal structures next week, the municipal commissioner said on Friday.",
        "the municipal commissioner",
        "The civic body will begin demolishing illegal structures next week",
    );
    only(
        "LAHORE: Police told reporters that the suspect had fled.",
        "Police",
        "that the suspect had fled",
    );
    // A quote after the colon dateline.
    only(
        "NEW DELHI: \"We will win the next election,\" Rahul Gandhi said on Monday.",
        "Rahul Gandhi",
        "We will win the next election,",
    );
    // A label in capitals before a claim with no cue stays a label.
    let r = rows(
        "AP: Senator's aide routed money to lobbyists.\n\nThe report was published on Friday.",
    );
    assert_eq!(r[0].speaker.as_deref(), Some("AP"), "{r:#?}");
    // An agency in parentheses with no dash closes the dateline.
    for dateline in [
        "New Delhi, Mar 3 (PTI)",
        "NEW DELHI (IANS)",
        "Islamabad, March 4 (APP)",
    ] {
        only(
            &format!("{dateline} The minister said that trains would run on time."),
            "The minister",
            "that trains would run on time",
        );
    }
}

#[test]
fn the_addressee_of_tell_runs_over_its_medium_place_and_aside() {
    for (text, content) in [
        (
            "Treasurer Sam Okafor told ABC radio the budget would bring relief.",
            "the budget would bring relief",
        ),
        (
            "The minister told state television the talks would resume next week.",
            "the talks would resume next week",
        ),
        (
            "The minister told state television, quoted by Interfax, that the talks would resume.",
            "that the talks would resume",
        ),
        (
            "The envoy told the Tass news agency the talks would resume.",
            "the talks would resume",
        ),
        // A medium noun with "of" heads the content.
        (
            "The envoy told Reuters news of the deal had leaked.",
            "news of the deal had leaked",
        ),
        (
            "The mayor told conservative radio host Dan Pike on Friday that the budget was balanced.",
            "that the budget was balanced",
        ),
        (
            "The prime minister told reporters in Canberra the government would serve its full term.",
            "the government would serve its full term",
        ),
        (
            "The coach said at Fenway Park the team would recover.",
            "the team would recover",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].content, content, "{text}");
    }
    // Already right before: a paper named by the speaker finder.
    only(
        "He told the Daily Courier the talks would resume.",
        "He",
        "the talks would resume",
    );
    // A subject and its own cue before "that" are the clause, not more of
    // the addressee.
    for (text, content) in [
        (
            "The mayor told reporters Lena Marsh knew that the fund was empty.",
            "Lena Marsh knew that the fund was empty",
        ),
        (
            "The coach told reporters the owner says that the team will stay.",
            "the owner says that the team will stay",
        ),
    ] {
        let r = rows(text);
        assert!(
            r.iter()
                .any(|a| a.cue.as_deref() == Some("told") && a.content == content),
            "{text}: {r:#?}"
        );
    }
}

#[test]
fn a_speaker_noun_opening_the_sentence_heads_a_phrase_with_an_amount() {
    for (text, speaker) in [
        (
            "Supporters of the $40 million project argue that it will bring jobs.",
            "Supporters of the $40 million project",
        ),
        (
            "Critics of the $2 billion bridge warned that it would raise tolls.",
            "Critics of the $2 billion bridge",
        ),
        (
            "Residents of the 40-unit complex said that the heat had failed.",
            "Residents of the 40-unit complex",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker.as_deref(), Some(speaker), "{text}");
    }
    // Already found before: a cue word heading the object of "of".
    only(
        "Critics of the $40 million plan said it would fail.",
        "Critics of the $40 million plan",
        "it would fail",
    );
}

#[test]
fn an_indian_press_article_with_a_colon_dateline() {
    let text = "NEW DELHI: Railways Minister Anil Deshmukh on Monday said that the government would \
                introduce 100 new trains before the festive season.\n\n\
                Speaking to reporters in Pune, Mr Deshmukh said the ministry had identified the \
                busiest routes.\n\n\
                \"No passenger should have to stand for 20 hours,\" he said.\n\n\
                Opposition leader Meera Kulkarni termed the announcement an \"election gimmick\".\n\n\
                She alleged that the government had failed to fill vacancies.";
    let r = rows(text);
    let find = |speaker: &str| {
        r.iter()
            .find(|a| a.speaker.as_deref() == Some(speaker))
            .unwrap_or_else(|| panic!("no row of {speaker:?}: {r:#?}"))
    };
    let first = find("Railways Minister Anil Deshmukh");
    assert_eq!(
        first.content,
        "that the government would introduce 100 new trains before the festive season"
    );
    assert_eq!(first.speaker_canonical.as_deref(), Some("Anil Deshmukh"));
    assert!(r.iter().all(|a| a.speaker.as_deref() != Some("NEW DELHI")));
    // Rows that were right before.
    assert_eq!(
        find("Mr Deshmukh").content,
        "the ministry had identified the busiest routes"
    );
    assert_eq!(
        find("he").speaker_canonical.as_deref(),
        Some("Anil Deshmukh")
    );
    assert_eq!(
        find("She").speaker_canonical.as_deref(),
        Some("Meera Kulkarni")
    );
}

#[test]
fn the_addressee_of_telling_is_no_part_of_its_content() {
    for (text, content) in [
        (
            "The prime minister spoke briefly, telling reporters in Canberra that the talks had failed.",
            "that the talks had failed",
        ),
        (
            "She left the studio, telling state television that the deal was dead.",
            "that the deal was dead",
        ),
        (
            "The coach defended his players, telling the Daily Courier he would not change the lineup.",
            "he would not change the lineup",
        ),
        (
            "The senator dismissed the report, telling conservative radio host Dan Pike on Friday that it was false.",
            "that it was false",
        ),
    ] {
        let r: Vec<_> = rows(text)
            .into_iter()
            .filter(|a| a.cue.as_deref() == Some("telling"))
            .collect();
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].content, content, "{text}");
    }
    // No clause right after the object: the content stays where it was
    // ("the story of ...", not "to go on food stamps").
    let r =
        rows("The campaign ran new ads, telling the story of a nurse who had to work two jobs.");
    assert!(
        r.iter().all(|a| !a.content.starts_with("to work")),
        "{r:#?}"
    );
}

#[test]
fn the_person_an_outlet_quoted_as_saying_speaks() {
    // "The agency quoted X as saying ...": X's own row (cue "saying"),
    // beside the outlet's row with "quoted".
    for (text, speaker, content) in [
        (
            "The state news agency quoted the fisheries minister as saying the quota would be cut.",
            "the fisheries minister",
            "the quota would be cut",
        ),
        (
            "Reuters quoted Kalder as saying that the mine would close.",
            "Kalder",
            "that the mine would close",
        ),
        (
            "Local radio quoted Ana Ruiz, a dock worker, as saying, \"We were never told.\"",
            "Ana Ruiz",
            "We were never told.",
        ),
    ] {
        let r = rows(text);
        assert!(
            r.iter().any(|a| a.speaker.as_deref() == Some(speaker)
                && a.cue.as_deref() == Some("saying")
                && a.content == content),
            "{text:?}: {r:#?}"
        );
        assert!(
            r.iter().any(|a| a.cue.as_deref() == Some("quoted")),
            "{text:?}: {r:#?}"
        );
    }
    // Not a thing quoted, with no "as saying".
    let r = rows("The weekly quoted the mayor at length, saying nothing of the strike.");
    assert!(
        r.iter().all(|a| a.speaker.as_deref() != Some("the mayor")),
        "{r:#?}"
    );
}

#[test]
fn quoted_as_saying_in_a_relative_and_with_a_pronoun_object() {
    let said = |text: &str, speaker: &str, content: &str| {
        let r = rows(text);
        assert!(
            r.iter().any(|a| a.speaker.as_deref() == Some(speaker)
                && a.cue.as_deref() == Some("saying")
                && a.content == content),
            "{text:?}: {r:#?}"
        );
    };
    // A relative between commas ends the content at its closing comma,
    // active and passive.
    said(
        "The agency, which quoted the harbor master as saying that the port was shut, gave no other details.",
        "the harbor master",
        "that the port was shut",
    );
    said(
        "The councillor, who was quoted by local radio as saying that the ferry was safe, later apologized.",
        "who",
        "that the ferry was safe",
    );
    // An object pronoun speaks, resolved as pronouns are.
    for pron in ["him", "her", "them"] {
        said(
            &format!("The weekly quoted {pron} as saying the strike would go on."),
            pron,
            "the strike would go on",
        );
    }
    let r = rows("Prime Minister Giorgia Meloni met the unions on Friday. The daily quoted her as saying the budget was final.");
    assert!(
        r.iter().any(|a| a.speaker.as_deref() == Some("her")
            && a.speaker_canonical.as_deref() == Some("Giorgia Meloni")),
        "{r:#?}"
    );
}

#[test]
fn a_role_phrase_names_the_one_holder_the_text_introduced() {
    // "Acme Chief Executive Harold Quenby ... the chief executive said":
    // the one person the text gave that office, known to the gazetteer
    // or not; no name when two hold it or the qualifier differs.
    for (text, want) in [
        ("Acme Chief Executive Harold Quenby met investors on Thursday. The chief executive told analysts that demand was strong.", Some("Harold Quenby")),
        ("Harold Quenby, the chief executive of Acme, met investors on Thursday. The chief executive told analysts that demand was strong.", Some("Harold Quenby")),
        ("Former President Harold Quenby held a rally on Saturday. The former president said the vote had been unfair.", Some("Harold Quenby")),
        ("Federal Reserve Chair Harold Quenby spoke on Tuesday. The Fed chair said inflation was cooling.", Some("Harold Quenby")),
        ("Former President Harold Quenby held a rally on Saturday. The president said the vote had been unfair.", None),
        ("Acme Chief Executive Harold Quenby and Zeta Chief Executive Mara Lind spoke at the event. The chief executive said demand was strong.", None),
        // A sentence opener before ", the role of" is no name in
        // apposition, nor a name after a preposition.
        ("Late Tuesday, the governor of Ohio signed the budget. The governor said taxes would fall.", None),
        ("Back in New York, the mayor of the city held a briefing. The mayor said the subway would run.", None),
        ("Speaking in Los Angeles, the governor of California praised firefighters. The governor said the fires were contained.", None),
        ("When asked by Lawmaker Priya Desai, the chairman of the committee declined to answer. The chairman said the inquiry was confidential.", None),
        // A connective opening the sentence is no part of the name.
        ("But Harold Quenby, the chief executive of Acme, spoke first. The chief executive said demand was strong.", Some("Harold Quenby")),
        // Not before a clause calling the person unnamed, nor before
        // another name in apposition (that name is the speaker's).
        ("Acme Chief Executive Harold Quenby spoke. The chief executive, who was not identified, said demand was strong.", None),
        ("Acme Chief Executive Harold Quenby spoke. The chief executive, Lena Ortiz of Globex, said demand was strong.", Some("Lena Ortiz")),
        // The possessive is no part of the name.
        ("Judge Alana Wirth's ruling was appealed on Monday. The judge said the case lacked merit.", Some("Alana Wirth")),
        // Other holders: a name with accents, an office "of State", an
        // unnamed holder of another organization.
        ("Mayor José Ortiz and Mayor Ana Ruiz met in San Antonio. The mayor said the water compact was fair.", None),
        ("Mayor José Ortiz greeted delegates in San Antonio. The mayor said the water compact was fair.", Some("José Ortiz")),
        ("Defense Secretary Harold Quenby and Secretary of State Mara Lind met their counterparts. The secretary said the talks were productive.", None),
        ("Apple Chief Executive Harold Quenby spoke on Thursday. Zeta's chief executive also addressed the conference. The chief executive said demand was strong.", None),
        ("Acme Chief Executive Harold Quenby spoke on Thursday. Acme's chief executive also addressed the conference. The chief executive said demand was strong.", Some("Harold Quenby")),
        // A whole title word as modifier; CEO is a chief executive.
        ("Treasury Secretary Mara Lind spoke on Friday. The Treasury secretary said rates would hold.", Some("Mara Lind")),
        ("Acme CEO Harold Quenby spoke on Thursday. The chief executive said demand was strong.", Some("Harold Quenby")),
        // A name with a capital inside keeps all its words; spaces or a
        // line break inside a name are one space in the canonical.
        ("Governor Ron DeSantis spoke at a rally on Monday. The governor said the state would appeal.", Some("Ron DeSantis")),
        ("Harold  Quenby, the chief executive of Acme, spoke on Tuesday. The chief executive said costs fell.", Some("Harold Quenby")),
        ("Acme Chief Executive Harold\nQuenby spoke on Tuesday. The chief executive said costs fell.", Some("Harold Quenby")),
    ] {
        let r = rows(text);
        let a = r.iter().find(|a| a.speaker.as_deref().is_some_and(|s| s.starts_with("The "))).expect("a row");
        assert_eq!(a.speaker_canonical.as_deref(), want, "{text:?}: {r:#?}");
    }
}

#[test]
fn a_state_senator_or_governor_is_the_one_the_text_titled_so() {
    // "Florida Sen. Harold Quenby ... the Florida senator said": the one
    // holder of the abbreviated title of that state (by the title or a
    // party tag), else the one whose state the text does not give; never
    // one of another state, none when two fit.
    for (text, want) in [
        ("Florida Sen. Harold Quenby spoke in Miami on Monday. The Florida senator said the bill would fail.", Some("Harold Quenby")),
        ("Sen. Harold Quenby (R-Fla.) spoke in Miami on Monday. The Florida senator said the bill would fail.", Some("Harold Quenby")),
        ("Sen. Mara Lind, R-Iowa, and Florida Sen. Harold Quenby spoke on Monday. The Florida senator said the bill would fail.", Some("Harold Quenby")),
        ("Gov. Harold Quenby signed the budget on Monday. The New Jersey governor said taxes would fall.", Some("Harold Quenby")),
        ("Former Ohio Gov. Harold Quenby spoke on Monday. The former governor said taxes would fall.", Some("Harold Quenby")),
        // Another state's, two of unknown state, a bare "the senator".
        ("Harold Quenby spoke with Sen. Mara Lind, R-Iowa. The Florida senator said the bill would fail.", None),
        ("Texas Sen. Mara Lind spoke on Monday. The Florida senator said the bill would fail.", None),
        ("Sen. Mara Lind and Sen. Harold Quenby spoke on Monday. The Florida senator said the bill would fail.", None),
        ("Sen. Harold Quenby spoke in Miami on Monday. The senator said the bill would fail.", None),
    ] {
        let r = rows(text);
        let a = r.iter().find(|a| a.speaker.as_deref().is_some_and(|s| s.starts_with("The "))).expect("a row");
        assert_eq!(a.speaker_canonical.as_deref(), want, "{text:?}: {r:#?}");
    }
}

#[test]
fn quoted_or_cited_as_with_other_reporting_participles_and_bare_passives() {
    let said = |text: &str, speaker: &str, cue: &str, content: &str| {
        let r = rows(text);
        assert!(
            r.iter().any(|a| a.speaker.as_deref() == Some(speaker)
                && a.cue.as_deref() == Some(cue)
                && a.content == content),
            "{text:?}: {r:#?}"
        );
    };
    // Other reporting participles; past the addressee to the that-clause
    // or the quote.
    said(
        "The Yonhap news agency quoted the fire chief as warning residents that the blaze could spread overnight.",
        "the fire chief",
        "warning",
        "that the blaze could spread overnight",
    );
    said(
        "The paper quoted the coach as telling reporters that the team would appeal.",
        "the coach",
        "telling",
        "that the team would appeal",
    );
    said(
        "The newspaper quoted him as telling aides: \"We will not resign.\"",
        "him",
        "telling",
        "We will not resign.",
    );
    said(
        "The Times quoted a White House aide as claiming that the talks had collapsed.",
        "a White House aide",
        "claiming",
        "that the talks had collapsed",
    );
    // "cited X as saying".
    said(
        "Reuters cited a company official as saying that output would fall by a third.",
        "a company official",
        "saying",
        "that output would fall by a third",
    );
    // The passive without its agent: a time word, a place or an adverb
    // between.
    said(
        "Smith was quoted Tuesday as saying the bridge was safe.",
        "Smith",
        "saying",
        "the bridge was safe",
    );
    said(
        "The minister was quoted in the New York Times as saying the tax would be repealed.",
        "The minister",
        "saying",
        "the tax would be repealed",
    );
    said(
        "The mayor has been widely quoted as saying the bridge was safe.",
        "The mayor",
        "saying",
        "the bridge was safe",
    );
    // A non -ly adverb before "quoted": "often", "also", "later".
    said(
        "The general is often quoted as saying that no plan survives the first battle.",
        "The general",
        "saying",
        "that no plan survives the first battle",
    );
    // Not a finding of a thing quoted or cited.
    for text in [
        "The study was cited as showing that prices had risen.",
        "The price was quoted as rising by a third.",
    ] {
        let r = rows(text);
        assert!(
            r.iter()
                .all(|a| !matches!(a.cue.as_deref(), Some("showing" | "rising"))),
            "{text:?}: {r:#?}"
        );
    }
    // Nor evidence cited as meaning something: the cited thing is no
    // speaker (the subject's own "cited" row stays).
    for text in [
        "Traders cited the bank's latest minutes as pointing to another rate cut.",
        "The party cited a new survey as suggesting that voters were moving its way.",
        "The complaint cited internal emails as indicating that managers knew of the fault.",
        "The survey was cited as suggesting voters were shifting.",
        "Economists cited the figures as reflecting a slowdown in hiring.",
    ] {
        let r = rows(text);
        assert!(
            r.iter().all(|a| !matches!(
                a.cue.as_deref(),
                Some("pointing to" | "suggesting" | "indicating" | "reflecting")
            )),
            "{text:?}: {r:#?}"
        );
    }
    // Nor after "cited" any participle but one of saying: evidence
    // confirms, reveals, admits or underscores to the subject.
    for (text, cue) in [
        (
            "The bank cited the figures as confirming that inflation is easing.",
            "confirming",
        ),
        (
            "Investors cited the jobs data as underscoring that the economy is strong.",
            "underscoring",
        ),
        (
            "The court cited the emails as revealing that he lied.",
            "revealing",
        ),
        (
            "Analysts cited the slump as highlighting that demand is weak.",
            "highlighting",
        ),
        (
            "The judge cited the letter as admitting that the firm erred.",
            "admitting",
        ),
    ] {
        let r = rows(text);
        assert!(
            r.iter().all(|a| a.cue.as_deref() != Some(cue)),
            "{text:?}: {r:#?}"
        );
    }
    // A document cited as warning still speaks.
    said(
        "The union cited an internal memo as warning staff that the plant was unsafe.",
        "an internal memo",
        "warning",
        "that the plant was unsafe",
    );
}

#[test]
fn a_party_mark_in_parentheses_inside_the_speaker_phrase() {
    // Indian copy: "CPI(M) leader X", "Shiv Sena (UBT) MP X", "JD(U) chief X".
    let a = only(
        "CPI(M) leader Anand Rao said both parties were playing politics with the poor.",
        "CPI(M) leader Anand Rao",
        "both parties were playing politics with the poor",
    );
    assert_eq!(a.speaker_canonical.as_deref(), Some("Anand Rao"));
    only(
        "Shiv Sena (UBT) MP Vinod Shetty claimed the government would fall within six months.",
        "Shiv Sena (UBT) MP Vinod Shetty",
        "the government would fall within six months",
    );
    only(
        "The JD(U) chief Lalan Prasad said the alliance was intact.",
        "The JD(U) chief Lalan Prasad",
        "the alliance was intact",
    );
    // A hyphen inside the mark (fr110 F7).
    let a = only(
        "CPI(M-L) leader Ravi Kumar said the vote was rigged in three states.",
        "CPI(M-L) leader Ravi Kumar",
        "the vote was rigged in three states",
    );
    assert_eq!(a.speaker_canonical.as_deref(), Some("Ravi Kumar"));
    // A parenthetical after the name before the cue stays out of the phrase.
    only(
        "Sen. Maria Oduya (D-Ore.) said the bill would pass.",
        "Sen. Maria Oduya",
        "the bill would pass",
    );
}

#[test]
fn a_party_mark_in_parentheses_leaves_the_rest_of_the_walk_as_it_was() {
    // After the mark the walk goes on as without it: across "and" inside
    // a capitalized organization's name (the long subject's post-modifier).
    only(
        "The U.S. Food and Drug Administration (FDA) Commissioner Laura Brenner said the recall was voluntary.",
        "The U.S. Food and Drug Administration (FDA) Commissioner Laura Brenner",
        "the recall was voluntary",
    );
    only(
        "The National Institutes for Health and Care Excellence (NICE) Director Paul Keane said the drug was too costly.",
        "The National Institutes for Health and Care Excellence (NICE) Director Paul Keane",
        "the drug was too costly",
    );
    // A lowercase run between the mark and the title.
    let a = only(
        "NCP (SP) working president Meera Kulkarni said the alliance would hold.",
        "NCP (SP) working president Meera Kulkarni",
        "the alliance would hold",
    );
    assert_eq!(a.speaker_canonical.as_deref(), Some("Meera Kulkarni"));
    // Two coordinated titles, the mark in the first.
    only(
        "Senior CPI(M) leader and former minister Joseph Kurian said the cuts would hurt the state.",
        "Senior CPI(M) leader and former minister Joseph Kurian",
        "the cuts would hurt the state",
    );
}

#[test]
fn a_colon_dateline_with_a_date_or_an_agency() {
    only(
        "SRINAGAR, May 4: The administration will reopen schools next week, an official said.",
        "an official",
        "The administration will reopen schools next week",
    );
    only(
        "NEW DELHI (PTI): The party will hold a nationwide protest on Saturday, its general secretary said.",
        "its general secretary",
        "The party will hold a nationwide protest on Saturday",
    );
}

#[test]
fn advocates_before_a_bare_verb_of_saying_is_the_subject_noun() {
    only(
        "Tenant advocates say the new rent law does not go far enough.",
        "Tenant advocates",
        "the new rent law does not go far enough",
    );
    only(
        "Consumer advocates argue the fee hurts low-income riders.",
        "Consumer advocates",
        "the fee hurts low-income riders",
    );
    // The verb keeps its object.
    only(
        "The senator advocates a ban on the scanners.",
        "The senator",
        "a ban on the scanners",
    );
    // A noun after the verb is its object, no bare verb.
    only(
        "The senator advocates support for the bill.",
        "The senator",
        "support for the bill",
    );
}

#[test]
fn labor_housing_and_product_testing_nouns_are_persons() {
    for (text, speaker, content) in [
        (
            "Early testers reported that the headset caused eye strain.",
            "Early testers",
            "that the headset caused eye strain",
        ),
        (
            "Builders say high interest rates remain the biggest obstacle.",
            "Builders",
            "high interest rates remain the biggest obstacle",
        ),
        (
            "Machinists said the offer was too low.",
            "Machinists",
            "the offer was too low",
        ),
    ] {
        let a = only(text, speaker, content);
        assert_eq!(a.speaker_type, SpeakerType::Person, "{text:?}");
    }
    // A capitalized occupation before a name is a title.
    let a = only(
        "Housekeeper Dalia Ferro said she commutes two hours each way.",
        "Housekeeper Dalia Ferro",
        "she commutes two hours each way",
    );
    assert_eq!(a.speaker_canonical.as_deref(), Some("Dalia Ferro"));
}

#[test]
fn traffic_controllers_and_dispatchers_are_persons() {
    // A compound noun before the speaker noun ("air traffic controllers")
    // keeps the noun phrase whole.
    for (text, speaker, content) in [
        (
            "Air traffic controllers told investigators the radar had failed.",
            "Air traffic controllers",
            "the radar had failed",
        ),
        (
            "Traffic controllers said the runway was clear.",
            "Traffic controllers",
            "the runway was clear",
        ),
        (
            "Emergency dispatchers said the calls came in after midnight.",
            "Emergency dispatchers",
            "the calls came in after midnight",
        ),
    ] {
        let a = only(text, speaker, content);
        assert_eq!(a.speaker_type, SpeakerType::Person, "{text:?}");
    }
}

#[test]
fn a_plus_glued_to_a_name_keeps_the_name() {
    // "OPEC+" is the OPEC of the gazetteer, widened: the "+" does not cut
    // the subject off its verb.
    for text in [
        "OPEC+ said it would raise output in August.",
        "OPEC+ delegates said the group would meet again in June.",
    ] {
        let got = rows(text);
        assert_eq!(got.len(), 1, "{text:?}: {got:?}");
        assert!(
            got[0]
                .speaker
                .as_deref()
                .is_some_and(|s| s.starts_with("OPEC")),
            "{text:?}: {got:?}"
        );
    }
    let a = only(
        "OPEC+ said it would raise output in August.",
        "OPEC",
        "it would raise output in August",
    );
    assert_eq!(a.speaker_type, SpeakerType::Organization);
}

#[test]
fn organizations_with_of_and_a_place_are_no_person() {
    // A capitalized name joined to a place or name by "of", "for" or "&"
    // is one organization, not the person "America" or "London" (lf126).
    for (text, speaker, canonical) in [
        (
            "The Writers Guild of America said the strike would go on.",
            "The Writers Guild of America",
            "Writers Guild of America",
        ),
        (
            "Lloyd's of London said it would pay the claims.",
            "Lloyd's of London",
            "Lloyd's of London",
        ),
        (
            "The Judicial Conference of the United States said the rules would change.",
            "The Judicial Conference of the United States",
            "Judicial Conference of the United States",
        ),
        (
            "The Carnegie Endowment for International Peace said the talks had failed.",
            "The Carnegie Endowment for International Peace",
            "Carnegie Endowment for International Peace",
        ),
        (
            "The Widget Makers of Ohio said the tariffs hurt them.",
            "The Widget Makers of Ohio",
            "Widget Makers of Ohio",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker.as_deref(), Some(speaker));
        assert_eq!(r[0].speaker_canonical.as_deref(), Some(canonical), "{text}");
        assert_eq!(r[0].speaker_type, SpeakerType::Organization, "{text}");
    }
    // Titles, quantities and party members keep their readings.
    for (text, canonical, stype) in [
        (
            "Mayor of London Sadiq Khan said the strike would go on.",
            Some("Sadiq Khan"),
            SpeakerType::Person,
        ),
        (
            "Secretary of State Antony Blinken said the talks had failed.",
            Some("Antony Blinken"),
            SpeakerType::Person,
        ),
        (
            "The Duke of Sussex said the talks had failed.",
            None,
            SpeakerType::Person,
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        if canonical.is_some() {
            assert_eq!(r[0].speaker_canonical.as_deref(), canonical, "{text}");
        }
        assert_eq!(r[0].speaker_type, stype, "{text}");
    }
    for text in [
        "Two of the Republicans said the bill was dead.",
        "Half of Vermont Democrats said the bill was dead.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_ne!(r[0].speaker_type, SpeakerType::Organization, "{text}");
    }
}

#[test]
fn awards_offices_numbers_and_plural_openers_are_no_organization() {
    // Award frames, academic offices before "of", any number and a plural
    // opening a longer "of" phrase keep the person's reading (mf155).
    for (text, canonical) in [
        (
            "Player of the Year Caitlin Clark said the team had grown up.",
            "Caitlin Clark",
        ),
        (
            "Time Person of the Year Taylor Swift said she rarely reads reviews.",
            "Taylor Swift",
        ),
        (
            "Dean of Students Mark Hill said the protest had been peaceful.",
            "Mark Hill",
        ),
        (
            "Dean of the Faculty of Law Helen Marsh said the program would continue.",
            "Helen Marsh",
        ),
        (
            "Provost of Trinity College Linda Doyle said fees would not rise.",
            "Linda Doyle",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker_canonical.as_deref(), Some(canonical), "{text}");
        assert_eq!(r[0].speaker_type, SpeakerType::Person, "{text}");
    }
    for text in [
        "Eleven of the Senators said they would oppose the nominee.",
        "Thirty of the Passengers said they had been kept on the plane.",
        "Representatives of the Ministry of Health of Ukraine said two clinics had been hit.",
        "Members of the Board of Trustees said the president had lost their confidence.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(r[0].speaker_type, SpeakerType::Person, "{text}");
    }
}

#[test]
fn companies_named_with_and_are_one_name() {
    // "Procter and Gamble", "Pacific Gas and Electric" are one company
    // (gazetteer aliases), not "Procter" and the spokeswoman (lf126).
    for text in [
        "Procter and Gamble spokeswoman Jane Smith said prices would rise.",
        "Pacific Gas and Electric spokeswoman Jane Smith said prices would rise.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        assert_eq!(
            r[0].speaker_canonical.as_deref(),
            Some("Jane Smith"),
            "{text}"
        );
        assert_eq!(r[0].speaker_type, SpeakerType::Person, "{text}");
        assert_eq!(r[0].speaker_country.as_deref(), Some("USA"), "{text}");
    }
}
