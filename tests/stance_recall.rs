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

#[test]
fn support_or_criticism_received_names_its_giver_after_from_or_of() {
    for (text, speaker, content) in [
        (
            "The harbor plan has drawn sharp criticism from the fishermen's union.",
            "the fishermen's union",
            "The harbor plan",
        ),
        (
            "Mayor Dana Pike won the endorsement of the teachers' union on Monday.",
            "the teachers' union",
            "Mayor Dana Pike",
        ),
        (
            "The ferry tax, which received strong support from the harbor council, passed.",
            "the harbor council",
            "which",
        ),
        (
            "The mayor has strong support among dock workers.",
            "dock workers",
            "The mayor",
        ),
        (
            "The new toll quickly drew condemnation from the port authority.",
            "the port authority",
            "The new toll",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // Hopes and odds, a verb of its own before the noun, a giver with a
    // clause or an object of its own, a subject inside a longer phrase,
    // aid in money or arms:
    // the receiver is no content of the giver.
    for (text, speaker, receiver) in [
        (
            "The mayor hopes to win the support of the fishermen's union.",
            "the fishermen's union",
            "The mayor",
        ),
        (
            "The mayor may not have the backing of the council.",
            "the council",
            "The mayor",
        ),
        (
            "The senator, who has welcomed support from the port authority, spoke first.",
            "the port authority",
            "who",
        ),
        (
            "The mayor has faced criticism from rivals that the budget is too small.",
            "rivals",
            "The mayor",
        ),
        (
            "The mayor faced stern opposition from the council to her plan for the pier.",
            "the council",
            "The mayor",
        ),
        (
            "The flood in the harbor drew criticism from the fishermen's union.",
            "the fishermen's union",
            "the harbor",
        ),
        (
            "The ferry company received financial support from the harbor council.",
            "the harbor council",
            "The ferry company",
        ),
        (
            "Dock workers have had air support from the coast guard since May.",
            "the coast guard",
            "Dock workers",
        ),
    ] {
        let got = contents(text, speaker);
        assert!(!got.iter().any(|c| c == receiver), "{text:?}: {got:?}");
    }
}

#[test]
fn an_attack_launched_on_someone_is_a_stance_of_its_launcher() {
    for (text, speaker, content) in [
        (
            "The mayor unleashed sharp attacks on the harbor board.",
            "The mayor",
            "the harbor board",
        ),
        (
            "Pike has stepped up her attacks against the ferry company.",
            "Pike",
            "the ferry company",
        ),
        (
            "The governor escalated his criticism of the port budget.",
            "The governor",
            "the port budget",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // Not a plan to attack, a day after "on", or an attack of arms.
    for (text, speaker, object) in [
        (
            "The council may decide to launch sharp attacks on the harbor board.",
            "The council",
            "the harbor board",
        ),
        (
            "The governor escalated his criticism on Tuesday.",
            "The governor",
            "Tuesday",
        ),
        (
            "The rebels launched an attack on the border post.",
            "The rebels",
            "the border post",
        ),
        (
            "The rebels stepped up their attacks on the border posts.",
            "The rebels",
            "the border posts",
        ),
        (
            "The gunman launched his attack on the ferry terminal at dawn.",
            "The gunman",
            "the ferry terminal at dawn",
        ),
    ] {
        let got = contents(text, speaker);
        assert!(!got.iter().any(|c| c == object), "{text:?}: {got:?}");
    }
}

#[test]
fn a_predicate_noun_of_stance_needs_no_modifier() {
    for (text, content) in [
        ("Pike is a supporter of the ferry plan.", "the ferry plan"),
        ("Pike is an opponent of the ferry plan.", "the ferry plan"),
        (
            "Pike has been a critic of the ferry plan.",
            "the ferry plan",
        ),
        (
            "Pike remains a proponent of the ferry plan.",
            "the ferry plan",
        ),
        (
            "Pike is a strong supporter of the ferry plan.",
            "the ferry plan",
        ),
    ] {
        assert_eq!(contents(text, "Pike"), [content], "{text:?}");
    }
    // A subject is no stance ("A supporter of the plan said ...").
    let text = "A supporter of the ferry plan said the pier would reopen.";
    assert!(!contents(text, "A supporter of the ferry plan")
        .iter()
        .any(|c| c == "the ferry plan"));
}

#[test]
fn a_participle_after_a_given_stance_or_a_passive_is_the_subjects() {
    // The giver of "criticism from" and the agent of "praised by" are no
    // subjects of their clause: "..., saying ..." goes with the subject.
    for (text, subject, agent, content) in [
        (
            "The mayor drew criticism from the union, saying the budget was too small.",
            "The mayor",
            "the union",
            "the budget was too small",
        ),
        (
            "Pike was praised by the council, saying later that the pier would reopen.",
            "Pike",
            "the council",
            "that the pier would reopen",
        ),
    ] {
        let got = contents(text, subject);
        assert!(got.iter().any(|c| c == content), "{text:?}: {got:?}");
        let got = contents(text, agent);
        assert!(!got.iter().any(|c| c == content), "{text:?}: {got:?}");
    }
}

#[test]
fn a_stance_verb_after_a_first_verb_phrase_takes_the_shared_subject() {
    // A criticize, support, oppose or reject verb second in a
    // coordination whose first verb is no cue: the subject is found back
    // over the first verb phrase (`coord_stance`).
    for (text, speaker, content) in [
        (
            "Sanders spoke at the forum on Monday and criticized Clinton's plan for Wall Street.",
            "Sanders",
            "Clinton's plan for Wall Street",
        ),
        (
            "Trump rallied supporters in Ohio and attacked the media as dishonest.",
            "Trump",
            "the media as dishonest",
        ),
        (
            "The senator returned to Washington and endorsed the bipartisan bill.",
            "The senator",
            "the bipartisan bill",
        ),
        (
            "The union met with members in Detroit and opposed the new contract.",
            "The union",
            "the new contract",
        ),
        (
            "The president visited the border but denounced calls for a wall.",
            "The president",
            "calls for a wall",
        ),
        (
            "The opposition leader marched with protesters and condemned the government's crackdown.",
            "The opposition leader",
            "the government's crackdown",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // Not when the first verb phrase holds a clause whose own subject
    // may act (a reported clause, a subordinator, a relative, a
    // semicolon), nor an adjective conjunct, a particle verb or a strike.
    for (text, speaker, content) in [
        (
            "He said the mayor lied and attacked the press.",
            "He",
            "the press",
        ),
        (
            "Officials said the suspect fled and opposed the search.",
            "Officials",
            "the search",
        ),
        (
            "The minister said the plan was flawed and backed a delay.",
            "The minister",
            "a delay",
        ),
        (
            "The party, because it lost the vote and opposed the deal, split.",
            "it",
            "the deal",
        ),
        (
            "Crews repaired the dam that flooded the valley and opposed the pipeline.",
            "Crews",
            "the pipeline",
        ),
        (
            "She backs tougher rules; he opposes the plan and supports the banks.",
            "She",
            "the banks",
        ),
        (
            "The rebels entered the town and attacked the village.",
            "The rebels",
            "the village",
        ),
        (
            "The company cut jobs and ripped into its rivals.",
            "The company",
            "into its rivals",
        ),
    ] {
        let got = contents(text, speaker);
        assert!(!got.iter().any(|c| c == content), "{text:?}: {got:?}");
    }
}

#[test]
fn coordinated_and_bare_pronoun_stances_need_a_stance_sense() {
    // Review rv133: a coordinated stance cue needs a person or
    // organization speaker, no negation, and (welcome left out; slam,
    // blast, attack with a complement; defend with a person pronoun) a
    // target of a stance; a bare pronoun of support, condemn, oppose is
    // no stance in its physical, money, court or sports senses, and
    // "favor" is left out.
    for (text, speaker) in [
        (
            "The couple married in 2019 and welcomed their first child in May.",
            "The couple",
        ),
        (
            "Hurricane Ian strengthened overnight and slammed Florida's Gulf Coast.",
            "Hurricane Ian",
        ),
        (
            "Russian forces regrouped and attacked Kharkiv over Christmas.",
            "Russian forces",
        ),
        (
            "The Lakers slowed down and attacked the rim as often as they could.",
            "The Lakers",
        ),
        (
            "The Rams hosted the Giants and defended Barkley well.",
            "The Rams",
        ),
        (
            "The mayor attended the meeting and never criticized the plan.",
            "The mayor",
        ),
        (
            "The senator met the nominee on Tuesday but hasn't opposed him.",
            "The senator",
        ),
        (
            "A military tribunal condemned him in absentia.",
            "A military tribunal",
        ),
        (
            "Two officers supported her while paramedics treated her wounds.",
            "Two officers",
        ),
        ("The group supports them financially.", "The group"),
        ("Bookmakers favored him heavily.", "Bookmakers"),
        ("Murray will oppose him at Wimbledon.", "Murray"),
    ] {
        assert!(contents(text, speaker).is_empty(), "{text:?}");
    }
    for (text, speaker, content) in [
        (
            "The minister visited Kyiv and blasted Moscow over its attacks on civilians.",
            "The minister",
            "Moscow over its attacks on civilians",
        ),
        (
            "The senator met farmers and supported them.",
            "The senator",
            "them",
        ),
        (
            "Both senators strongly supported him.",
            "Both senators",
            "him",
        ),
        ("Obama supported her publicly.", "Obama", "her"),
        (
            "The council met on Monday and opposed the tax.",
            "The council",
            "the tax",
        ),
        (
            "The prime minister met union leaders and ruled out a snap election.",
            "The prime minister",
            "a snap election",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn vote_for_is_a_stance_of_a_voter_not_of_procedure() {
    for (text, speaker, content) in [
        (
            "The senator voted for the tax cut.",
            "The senator",
            "the tax cut",
        ),
        (
            "Most Democrats in the chamber voted for the nominee.",
            "Most Democrats in the chamber",
            "the nominee",
        ),
        (
            "The farmers' union voted for the strike.",
            "The farmers' union",
            "the strike",
        ),
        (
            "Nearly 40 percent of Republicans would vote for a third-party candidate.",
            "Nearly 40 percent of Republicans",
            "a third-party candidate",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // A duty, an occasion, a headline or a count of votes: no stance.
    for (text, speaker) in [
        (
            "Under party rules, members have to vote for the nominee.",
            "members",
        ),
        (
            "The board voted for a second time to delay the sale.",
            "The board",
        ),
        (
            "Parliament voted for hours before it adjourned.",
            "Parliament",
        ),
        (
            "Delegates must vote for the winner on the first ballot.",
            "Delegates",
        ),
        // A counted span or an occasion, "for and against", a bare
        // office, a negative subject.
        (
            "Parliament voted for two days before passing the budget.",
            "Parliament",
        ),
        (
            "The board voted for 10 minutes before the chairman called a recess.",
            "The board",
        ),
        ("The team voted for a week on the new captain.", "The team"),
        (
            "Residents voted for the third straight year to reject the levy.",
            "Residents",
        ),
        (
            "Residents voted for a third consecutive year to keep the ban.",
            "Residents",
        ),
        (
            "The senators voted for and against the motion in equal numbers.",
            "The senators",
        ),
        (
            "Americans voted for president on Tuesday amid long lines.",
            "Americans",
        ),
        (
            "None of the lawmakers voted for the amendment.",
            "None of the lawmakers",
        ),
        ("Nobody voted for the rival plan.", "Nobody"),
    ] {
        assert!(contents(text, speaker).is_empty(), "{text:?}");
    }
    // The verb "votes" (not a count of votes); a span "of" something and
    // a unit before a noun are objects.
    for (text, speaker, content) in [
        (
            "She often votes for Republican candidates.",
            "She",
            "Republican candidates",
        ),
        (
            "The council voted for three days of mourning after the crash.",
            "The council",
            "three days of mourning",
        ),
        (
            "The workers voted for a two day strike next month.",
            "The workers",
            "a two day strike",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn a_relative_set_off_by_a_parenthesis_or_dash_gives_its_stance() {
    for (text, content) in [
        (
            "Rep. Ana Ruiz (who opposes the pipeline) voted no.",
            "the pipeline",
        ),
        ("Briggs — who had endorsed Smith — spoke first.", "Smith"),
        (
            "The mayor, who backs the levy and whom critics call aloof, spoke first.",
            "the levy",
        ),
        // A discussion cue's content ends at the closing mark.
        (
            "The governor (who discussed the budget with lawmakers) vetoed the bill.",
            "the budget with lawmakers",
        ),
        (
            "The governor — who discussed the budget with lawmakers on Friday — vetoed the bill.",
            "the budget with lawmakers on Friday",
        ),
    ] {
        assert_eq!(contents(text, "who"), [content], "{text:?}");
    }
    // A thing before "(which" / "— which": no stance.
    for text in [
        "The bridge — which supports heavy trucks — was closed after the quake.",
        "The plant (which supports 5,000 jobs) will close next year.",
    ] {
        assert!(contents(text, "which").is_empty(), "{text:?}");
    }
    assert_eq!(
        contents(
            "The firm (which opposed the regulation) filed suit.",
            "which"
        ),
        ["the regulation"]
    );
    // Two relatives of the object itself stay in it.
    for (text, speaker, content) in [
        (
            "Police condemned those who planned and who carried out the attack.",
            "Police",
            "those who planned and who carried out the attack",
        ),
        (
            "The bishop condemned the men who attacked the church and who burned the books.",
            "The bishop",
            "the men who attacked the church and who burned the books",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn a_cue_after_a_verb_of_subject_control_takes_its_subject() {
    use crate::util::extract;
    // One row for the chain: the object of the infinitive's cue, the
    // verb's subject as speaker, the cue running from the verb (the
    // refusal or the vow kept), the lemma the verb's when it is a cue.
    for (text, speaker, cue, lemma, content) in [
        (
            "Senator Collins refused to endorse the nominee, in a blow to the White House.",
            "Senator Collins",
            "refused to endorse",
            "refuse",
            "the nominee",
        ),
        (
            "The union's executive board voted to endorse Harris for governor.",
            "The union's executive board",
            "voted to endorse",
            "endorse",
            "Harris for governor",
        ),
        (
            "The city council voted unanimously to condemn the attack on the mosque.",
            "The city council",
            "voted unanimously to condemn",
            "condemn",
            "the attack on the mosque",
        ),
        (
            "The spokesman declined to say whether talks had resumed.",
            "The spokesman",
            "declined to say",
            "decline",
            "whether talks had resumed",
        ),
        (
            "Opposition leaders vowed to oppose the pension reform.",
            "Opposition leaders",
            "vowed to oppose",
            "vow",
            "the pension reform",
        ),
    ] {
        // (Also across a line break after "to": the same row.)
        for text in [text.to_string(), text.replacen(" to ", " to\n", 1)] {
            let rows = extract(&text);
            assert_eq!(rows.len(), 1, "{text:?}: {rows:?}");
            let r = &rows[0];
            assert_eq!(r.speaker.as_deref(), Some(speaker), "{text:?}");
            let flat = r.cue.as_deref().map(|c| c.replace('\n', " "));
            assert_eq!(flat.as_deref(), Some(cue), "{text:?}");
            assert_eq!(r.cue_lemma.as_deref(), Some(lemma), "{text:?}");
            assert_eq!(r.content, content, "{text:?}");
        }
    }
    // The control verb's own kind with its lemma: a refusal to say or to
    // answer is a stand, no reported speech.
    for text in [
        "The governor refused to say whether she would sign the bill.",
        "The witness declined to answer questions from defense lawyers.",
        "Police declined to comment on the investigation.",
    ] {
        let rows = extract(text);
        assert_eq!(rows.len(), 1, "{text:?}: {rows:?}");
        assert_eq!(rows[0].kind, whosaid::Kind::Stance, "{text:?}");
    }
    // No stand asserted (a failure, a hesitation, an unfulfilled act, a
    // court motion), nor a vote of shareholders: no row at all.
    for text in [
        "The defense failed to deny the allegations in its filing.",
        "The Lakers failed to defend the rim in the fourth quarter.",
        "Merkel hesitated to criticize Beijing over its human rights record.",
        "Officials were unwilling to confirm the death toll.",
        "The minister was unwilling to praise the deal.",
        "The senator has yet to say whether she will run for re-election.",
        "Police have yet to identify the victims.",
        "Merkel has yet to endorse a successor.",
        "Prosecutors moved to dismiss the charges on Friday.",
        "The Fed moved to reassure markets after the bank collapse.",
        "Shareholders voted overwhelmingly to reject the takeover bid.",
        "Investors voted to oppose the merger at a special meeting.",
    ] {
        let rows = extract(text);
        assert!(rows.is_empty(), "{text:?}: {rows:?}");
    }
    // A copula and an adjective cue: one row, as before.
    assert_eq!(
        extract("Residents were eager to praise the firefighters who saved the block.").len(),
        1
    );
    // Not an act voted, object control (the object acts), a purpose
    // clause, raising, a noun, a passive, or a clause before the speaker.
    for (text, speaker) in [
        (
            "The Senate voted to confirm the nominee on Tuesday.",
            "The Senate",
        ),
        ("Lawmakers voted to release the report.", "Lawmakers"),
        ("He traveled to Iowa to endorse Cruz.", "He"),
        (
            "The bank is expected to support the bond market.",
            "The bank",
        ),
        ("The vote to condemn the attack passed easily.", "The vote"),
        ("His refusal to endorse Trump angered the party.", "His"),
        (
            "The bill was voted to the floor by a narrow margin.",
            "The bill",
        ),
        ("Through a spokeswoman, Trump declined to comment.", "Trump"),
    ] {
        assert!(
            contents(text, speaker)
                .iter()
                .all(|c| c.starts_with("to ") && speaker == "Trump"),
            "{text:?}: {:?}",
            contents(text, speaker)
        );
    }
    assert_eq!(
        contents("She asked him to endorse the plan.", "She"),
        ["him to endorse the plan"]
    );
    assert!(contents("She asked him to endorse the plan.", "him").is_empty());
}

#[test]
fn willing_and_keen_take_an_infinitive() {
    for (text, speaker, content) in [
        (
            "The transport union is willing to resume talks with the ferry operator.",
            "The transport union",
            "to resume talks with the ferry operator",
        ),
        (
            "The new owners are keen to expand the bakery chain abroad.",
            "The new owners",
            "to expand the bakery chain abroad",
        ),
        // "so" and "more" before a wish's adjective: no result clause.
        (
            "The mill's owners are so keen to sell the site.",
            "The mill's owners",
            "to sell the site",
        ),
        (
            "The nurses' union is more willing to negotiate this year.",
            "The nurses' union",
            "to negotiate this year",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // Not "unwilling" (no stand asserted), nor "willing" without an
    // infinitive, nor a question.
    for (text, speaker) in [
        (
            "The harbor staff were unwilling to confirm the delay.",
            "The harbor staff",
        ),
        (
            "The harbor staff were willing and able.",
            "The harbor staff",
        ),
        (
            "Is the harbor board willing to reopen the pier?",
            "the harbor board",
        ),
    ] {
        assert!(contents(text, speaker).is_empty(), "{text:?}");
    }
}

#[test]
fn wish_adjectives_need_a_linking_verb() {
    // After a copula or linking verb, with adverbs between.
    for (text, speaker, content) in [
        (
            "The dockers' union is not yet willing to call off the strike.",
            "The dockers' union",
            "to call off the strike",
        ),
        (
            "The finance ministry appeared willing to delay the levy.",
            "The finance ministry",
            "to delay the levy",
        ),
        (
            "The brewers remained keen to buy a rival in Brazil.",
            "The brewers",
            "to buy a rival in Brazil",
        ),
        (
            "The coalition looks eager to avoid an early election.",
            "The coalition",
            "to avoid an early election",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // After a bare noun the adjective modifies it: no stance (nor one
    // whose content runs over the main clause).
    for (text, speaker) in [
        (
            "Grants for farmers willing to plant hedgerows were announced on Monday.",
            "Grants for farmers",
        ),
        (
            "Bidders willing to pay in cash were shortlisted.",
            "Bidders",
        ),
        (
            "Pension funds keen to buy the new bonds queued up on Thursday.",
            "Pension funds",
        ),
        (
            "Shoppers eager to grab a bargain camped outside the store.",
            "Shoppers",
        ),
    ] {
        assert!(contents(text, speaker).is_empty(), "{text:?}");
    }
}

#[test]
fn a_participle_of_stance_after_the_subject_ends_before_the_main_verb() {
    for (text, speaker, content) in [
        (
            "A farmers' group backing the canal project raised $2 million last year.",
            "A farmers' group",
            "the canal project",
        ),
        (
            "Residents opposing the new runway marched to the town hall on Sunday.",
            "Residents",
            "the new runway",
        ),
        (
            "Councillors supporting the tram plan have asked for a second vote.",
            "Councillors",
            "the tram plan",
        ),
        (
            "Tenants supporting the rent cap say it will keep families in the city.",
            "Tenants",
            "the rent cap",
        ),
        (
            "Landlords opposing the rent cap argue it will shrink the supply of flats.",
            "Landlords",
            "the rent cap",
        ),
        // A past participle after a determiner is the object's modifier.
        (
            "Militias backing the elected council took the port on Friday.",
            "Militias",
            "the elected council",
        ),
        // A participle before "by" is a reduced passive of the object.
        (
            "Senators opposing the budget passed by the assembly vowed to block it.",
            "Senators",
            "the budget passed by the assembly",
        ),
        // One bare noun left by the cut is the object: the row stays.
        (
            "Farmers opposing quotas blocked the motorway.",
            "Farmers",
            "quotas",
        ),
        // A participle before another preposition is one too.
        (
            "Volunteers supporting migrants stranded at the border handed out food.",
            "Volunteers",
            "migrants stranded at the border",
        ),
        (
            "Growers opposing duties imposed on imported steel staged a protest.",
            "Growers",
            "duties imposed on imported steel",
        ),
        (
            "Deputies backing independence walked out of the chamber.",
            "Deputies",
            "independence",
        ),
        (
            "Parents opposing vaccination protested outside the ministry.",
            "Parents",
            "vaccination",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // A finite verb of the subject itself keeps the whole object.
    assert_eq!(
        contents("The mayor is backing the canal project.", "The mayor"),
        ["the canal project"]
    );
}

#[test]
fn support_voiced_pledged_or_thrown_and_renewed_calls_give_their_object() {
    for (text, speaker, content) in [
        (
            "Mayor Ann Pike voiced support for the ferry levy.",
            "Mayor Ann Pike",
            "the ferry levy",
        ),
        (
            "The teachers' union reaffirmed its support for the strike.",
            "The teachers' union",
            "the strike",
        ),
        (
            "Several residents have expressed strong opposition to the landfill expansion.",
            "Several residents",
            "the landfill expansion",
        ),
        (
            "Council member Tom Reyes renewed calls for an audit of the port authority.",
            "Council member Tom Reyes",
            "an audit of the port authority",
        ),
        (
            "The fishing cooperative threw its support to the challenger.",
            "The fishing cooperative",
            "the challenger",
        ),
        (
            "Two county chairs pledged their support to Pike.",
            "Two county chairs",
            "Pike",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // Not the noun phrase as the object of the light verb, nor the light
    // verb in the speaker.
    for (text, speaker, object) in [
        (
            "Mayor Ann Pike voiced support for the ferry levy.",
            "Mayor Ann Pike",
            "support for the ferry levy",
        ),
        (
            "Council member Tom Reyes renewed calls for an audit of the port authority.",
            "Council member Tom Reyes renewed",
            "an audit of the port authority",
        ),
        // (A call for proposals or bids is a tender, no demand.)
        (
            "The port authority renewed its call for proposals to rebuild the pier.",
            "The port authority",
            "proposals to rebuild the pier",
        ),
        (
            "The port authority called for proposals to rebuild the pier.",
            "The port authority",
            "proposals to rebuild the pier",
        ),
        (
            "The county requested bids from paving contractors.",
            "The county",
            "bids from paving contractors",
        ),
    ] {
        let got = contents(text, speaker);
        assert!(!got.iter().any(|c| c == object), "{text:?}: {got:?}");
    }
}

/// A demand for someone's proposals is a demand; only a bare plural of
/// solicitation right after the cue is a tender.
#[test]
fn a_demand_for_someones_proposals_keeps_its_row() {
    assert_eq!(
        contents(
            "The council called for the mayor's proposals to be withdrawn.",
            "The council"
        ),
        ["the mayor's proposals to be withdrawn"]
    );
}

#[test]
fn enjoined_with_an_addressee_and_an_infinitive_is_an_urging() {
    // Nigerian and Indian copy's "enjoined X to" is "urged X to".
    for (text, speaker, content) in [
        (
            "The cleric enjoined worshippers to pray for peace during the festival.",
            "The cleric",
            "worshippers to pray for peace during the festival",
        ),
        (
            "The governor enjoins residents to remain calm.",
            "The governor",
            "residents to remain calm",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn told_with_a_noun_addressee_and_an_infinitive_is_an_order() {
    for (text, speaker, content) in [
        (
            "Sheriff's deputies told residents to leave the river valley before dark.",
            "Sheriff's deputies",
            "residents to leave the river valley before dark",
        ),
        (
            "The county health officer told parents to keep sick children home.",
            "The county health officer",
            "parents to keep sick children home",
        ),
        (
            "Forecasters told boaters along the bay to stay in port on Sunday.",
            "Forecasters",
            "boaters along the bay to stay in port on Sunday",
        ),
        (
            "The coach told Marla Finch to sit out the second half.",
            "The coach",
            "Marla Finch to sit out the second half",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // A topic before the "to" ("of", "about", "in order"), no hearer.
    for (text, speaker) in [
        (
            "The senator reminded voters of her plan to cut ferry fares.",
            "The senator",
        ),
        (
            "The mayor told viewers about his record in order to win them back.",
            "The mayor",
        ),
    ] {
        assert!(
            !contents(text, speaker)
                .iter()
                .any(|c| c.contains(" to cut") || c.contains("to win")),
            "{text:?}"
        );
    }
}

#[test]
fn a_thing_told_or_a_to_before_a_pronoun_is_no_order() {
    // What is told, not who is told; a "to" inside the phrase; "to" before
    // a pronoun is a preposition.
    for (text, speaker) in [
        (
            "The sergeant told the story to reporters to prove he had nothing to hide.",
            "The sergeant",
        ),
        (
            "The old sailor told his story to anyone who would buy him a drink.",
            "The old sailor",
        ),
    ] {
        assert!(
            !contents(text, speaker).iter().any(|c| c.contains(" to ")),
            "{text:?}"
        );
    }
    // A person told keeps the row, a possessive among the words.
    assert_eq!(
        contents(
            "The ranger told the hikers' guide to turn back before noon.",
            "The ranger"
        ),
        ["the hikers' guide to turn back before noon"]
    );
}

#[test]
fn to_before_a_reaction_an_aside_or_an_interview_is_no_order() {
    // "to" opening a noun (a reaction, an outcome, a determiner, a question
    // word), "to be honest", and the "to" of a broadcast after "in an
    // interview" give no order.
    for (text, speaker) in [
        ("The senator told the rally to cheers.", "The senator"),
        (
            "The candidate told the rally to cheers that the bridge would be rebuilt.",
            "The candidate",
        ),
        (
            "The mayor told his supporters to boos from the back rows.",
            "The mayor",
        ),
        ("The comic told a crowd in Leeds to laughter.", "The comic"),
        ("The envoy told the council to no avail.", "The envoy"),
        (
            "The auditor told the board to what extent the fund was exposed.",
            "The auditor",
        ),
        (
            "The coach told a radio station in an interview to air on Saturday.",
            "The coach",
        ),
        (
            "The minister told the BBC to be honest she had no figures.",
            "The minister",
        ),
        (
            "The chef told the paper to be frank the menu was late.",
            "The chef",
        ),
    ] {
        assert!(
            !contents(text, speaker).iter().any(|c| c.contains(" to ")),
            "{text:?}: {:?}",
            contents(text, speaker)
        );
    }
    // An order keeps its row, "to be" with a state that is asked for too.
    assert_eq!(
        contents(
            "The captain told the crew to be ready at dawn.",
            "The captain"
        ),
        ["the crew to be ready at dawn"]
    );
    assert_eq!(
        contents(
            "The director told the actors to cheer louder.",
            "The director"
        ),
        ["the actors to cheer louder"]
    );
}

#[test]
fn no_mention_belief_in_and_thinking_about_take_their_object() {
    for (text, speaker, content) in [
        (
            "The mayor made no mention of the budget shortfall in her speech.",
            "The mayor",
            "the budget shortfall",
        ),
        (
            "The harbor board's statement makes no mention of the ferry workers.",
            "The harbor board's statement",
            "the ferry workers",
        ),
        (
            "In his remarks, the minister made little mention of the strike.",
            "the minister",
            "the strike",
        ),
        (
            "Most residents still believe in the harbor plan.",
            "Most residents",
            "the harbor plan",
        ),
        (
            "Voters are thinking about the cost of the new bridge.",
            "Voters",
            "the cost of the new bridge",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // No object after the cue: no row.
    assert!(contents("The union made no mention on Monday.", "The union").is_empty());
}

#[test]
fn an_object_ends_before_a_closing_attribution() {
    // The object ends before ", aides said" / ", said the striker": the
    // over-run row is gone, the outer row stands.
    for (text, outer) in [
        ("Hollis worried about the cost, aides said.", "aides"),
        (
            "The senator has thought about retiring, aides said, but has not decided.",
            "aides",
        ),
        (
            "I don't believe in luck, said the striker, who scored twice.",
            "the striker",
        ),
        (
            "Most residents still believe in God, the survey found.",
            "the survey",
        ),
    ] {
        let rows = crate::util::extract(text);
        assert!(
            rows.iter()
                .all(|r| !r.content.contains(" said") && !r.content.contains(" found")),
            "{text:?}: {rows:?}"
        );
        assert!(
            rows.iter().any(|r| r.speaker.as_deref() == Some(outer)),
            "{text:?}"
        );
    }
    // A stance object of the same shape keeps its row, cut at the tag.
    assert_eq!(
        contents("Hollis criticized the cost, aides said.", "Hollis"),
        ["the cost"]
    );
}

#[test]
fn about_a_number_or_in_the_long_run_is_no_object_cue() {
    // "about" + a number or quantity, "in the long run": no "think about"
    // or "believe in" cue.
    for text in [
        "They thought about 200 people attended the vigil.",
        "Experts think about half of the funds were misspent.",
        "Officials think about a third of the money was lost.",
        "Analysts believe in the long run the merger will pay off.",
    ] {
        assert!(
            crate::util::extract(text).iter().all(|r| !r
                .cue
                .as_deref()
                .is_some_and(|c| c.ends_with(" about") || c.ends_with(" in"))),
            "{text:?}"
        );
    }
    // The object otherwise stays.
    assert_eq!(
        contents("Voters think about two options for the bridge.", "Voters"),
        ["two options for the bridge"]
    );
}

#[test]
fn an_object_ends_before_amid() {
    // The circumstances a stand was taken in are no part of its object,
    // in running text and in a title-case headline.
    for (text, speaker, content) in [
        (
            "The harbor board defended the ferry fees amid a wave of complaints.",
            "The harbor board",
            "the ferry fees",
        ),
        (
            "Mayor Ruiz praised the rescue crews amidst the flooding on Monday.",
            "Mayor Ruiz",
            "the rescue crews",
        ),
        (
            "Harbor Widow Ana Ruiz Defends Mayor Amid Pier Controversies",
            "Harbor Widow Ana Ruiz",
            "Mayor",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
}

#[test]
fn a_phrasal_cue_takes_an_object_opening_with_a_quote() {
    // "warned of \"...\"", "spoke of \"...\"", "referred to \"...\"": the
    // particle's object may open with a quote.
    for (text, speaker, content) in [
        (
            "Forecasters warned of \"life-threatening storm surge\" along the coast.",
            "Forecasters",
            "\"life-threatening storm surge\" along the coast",
        ),
        (
            "The agency warned of \"catastrophic\" flooding in the valley.",
            "The agency",
            "\"catastrophic\" flooding in the valley",
        ),
        (
            "The coach spoke of \"a special group\" of players.",
            "The coach",
            "\"a special group\" of players",
        ),
    ] {
        assert_eq!(contents(text, speaker), [content], "{text:?}");
    }
    // Not the quoted object of another verb's particle in a to-infinitive:
    // the infinitive is the content.
    assert_eq!(
        contents(
            "The mayor vowed to go after \"anyone who dumps trash in the river.\"",
            "The mayor"
        ),
        ["to go after \"anyone who dumps trash in the river.\""]
    );
}
