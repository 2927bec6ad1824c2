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

const CYCLONE: &str = "Cyclone Hera: Civil Defence warns of worst flooding in decades

Civil Defence has warned residents of the eastern coast to prepare for the worst flooding in decades as Cyclone Hera approaches.

MetService meteorologist Lisa Tane said up to 300mm of rain could fall in 24 hours in the ranges behind Tauranui. \"This is a serious and dangerous system,\" she said.

Emergency Management Minister Rawiri Hohaia urged people in low-lying areas to leave before dark on Sunday.

Tauranui mayor Glen Pokai said the council had opened three evacuation centres. He told RNZ Morning Report that the town's stopbanks had been strengthened after the 2023 floods but would be tested.

Police said they would close State Highway 2 from 6pm.
";

const INTERVIEW: &str = "Interview: Harbour board chief on the port strike

Marta Quell has led the Eastvale Harbour Board since 2021. She spoke to our reporter on Tuesday about the strike that has closed the port for nine days.

The union's secretary, Dov Brannick, rejected her account. He said the board had hidden the overtime cut in an appendix.

\"They think dockers do not read appendices,\" Brannick told reporters outside the gates. \"We read everything.\"
";

#[test]
fn a_storm_or_a_section_label_before_a_headline_colon_is_no_speaker() {
    // The storm's name was the speaker of the whole headline; the
    // headline's own subject and cue now give its row.
    let t = table(CYCLONE);
    assert!(!t.iter().any(|r| r.1 == "Cyclone Hera"), "{t:#?}");
    has(
        CYCLONE,
        "indirect",
        "Civil Defence",
        "warns of",
        "worst flooding in decades",
    );
    has(
        CYCLONE,
        "direct",
        "she",
        "said",
        "This is a serious and dangerous system,",
    );
    has(
        CYCLONE,
        "indirect",
        "He",
        "told",
        "that the town's stopbanks had been strengthened after the 2023 floods but would be tested",
    );
    has(
        CYCLONE,
        "indirect",
        "Police",
        "said",
        "they would close State Highway 2 from 6pm",
    );
    for label in ["Interview", "Transcript", "Obituary", "Profile"] {
        let text = INTERVIEW.replacen("Interview", label, 1);
        let t = table(&text);
        assert!(!t.iter().any(|r| r.1 == label), "{t:#?}");
        has(
            &text,
            "indirect",
            "He",
            "said",
            "the board had hidden the overtime cut in an appendix",
        );
    }
    // A speaker before the colon still is one.
    has(
        "Survey: Most farmers expect a poor harvest\n\nThe drought has lasted six weeks.",
        "indirect",
        "Survey",
        "",
        "Most farmers expect a poor harvest",
    );
}

const BORDER_POST: &str = "Army says it repelled attack on border post

The army said in a statement on Sunday that its troops had repelled an attack by armed men on a border post near the town of Karesh, killing 12 of the attackers.

A military spokesman, who spoke on condition of anonymity because he was not authorised to brief the media, said two soldiers had been wounded.

Residents of Karesh said they heard heavy gunfire for more than three hours. \"We hid under the beds with the children,\" one woman told Reuters by telephone.

The rebel group denied that it had lost any fighters, saying in a message on Telegram that the army's figures were \"pure propaganda\".

The United Nations called on both sides to protect civilians. UN spokesman Farid Osei told a briefing in New York that aid convoys had been unable to reach the area for a week.

The claims could not be independently verified.
";

#[test]
fn military_statements_and_a_participle_with_its_adverbials() {
    let t = BORDER_POST;
    has(t, "indirect", "The army", "said", "that its troops had repelled an attack by armed men on a border post near the town of Karesh, killing 12 of the attackers");
    has(
        t,
        "indirect",
        "A military spokesman",
        "said",
        "two soldiers had been wounded",
    );
    has(
        t,
        "direct",
        "one woman",
        "told",
        "We hid under the beds with the children,",
    );
    has(
        t,
        "indirect",
        "The rebel group",
        "denied",
        "that it had lost any fighters",
    );
    // The participle's adverbials are no part of its content (it began at
    // "in a message on Telegram").
    has(
        t,
        "mixed",
        "The rebel group",
        "saying",
        "that the army's figures were \"pure propaganda\"",
    );
    has(
        t,
        "indirect",
        "UN spokesman Farid Osei",
        "told",
        "that aid convoys had been unable to reach the area for a week",
    );
    has(
        "The mayor hit back, announcing on Friday he would sue.",
        "indirect",
        "The mayor",
        "announcing",
        "he would sue",
    );
    // A hearer or topic with "to" stays in the content.
    has(
        "The senator pressed the chairman, insisting to him that the vote be held.",
        "indirect",
        "The senator",
        "insisting",
        "to him that the vote be held",
    );
}

const ELECTION_NIGHT: &str = "Election night: Marsh claims victory in tight race

Mayor-elect Diana Marsh claimed victory shortly after midnight, telling supporters at the Grand Hotel: \"Tonight the city chose hope over fear.\"

Her opponent, Councillor Brett Sowerby, did not concede. \"Every vote must be counted,\" he said. \"We are not going anywhere.\"

Turnout was 58 percent, the city's election office said.

\"It's the closest race I have ever covered,\" said veteran pollster Ines Moody.

Voters leaving a polling station in Northgate were divided. \"I voted for change,\" said Ruth Akers, 71, a retired nurse. \"She's too young,\" said her husband, Bill.

Sowerby's campaign manager, Kyle Dent, said they would ask for a recount on Monday.
";

#[test]
fn election_night_short_quotes() {
    let t = ELECTION_NIGHT;
    // The hearer and the place before the colon are no part of the quote
    // (the row was mixed, "supporters at the Grand Hotel: \"...\"").
    has(
        t,
        "direct",
        "Mayor-elect Diana Marsh",
        "telling",
        "Tonight the city chose hope over fear.",
    );
    has(t, "direct", "he", "said", "Every vote must be counted,");
    has(
        t,
        "indirect",
        "the city's election office",
        "said",
        "Turnout was 58 percent",
    );
    has(
        t,
        "direct",
        "veteran pollster Ines Moody",
        "said",
        "It's the closest race I have ever covered,",
    );
    has(t, "direct", "Ruth Akers", "said", "I voted for change,");
    has(t, "direct", "her husband", "said", "She's too young,");
    has(
        t,
        "indirect",
        "Sowerby's campaign manager",
        "said",
        "they would ask for a recount on Monday",
    );
}

const FOREIGN_PRESS: &str = "What the foreign press is saying about the summit

The French newspaper Le Monde reported that Paris had pushed for a tougher statement on trade but was overruled.

According to the German daily Süddeutsche Zeitung, the chancellor left the summit early to attend a cabinet meeting.

Spain's El País said in an editorial that the summit had produced \"more photographs than decisions\".

In Poland, the conservative weekly Sieć wrote that Warsaw had been \"humiliated\" by its allies.

The Japanese broadcaster NHK said Tokyo would send a delegation to follow up on the agreements.
";

#[test]
fn foreign_press_summaries() {
    let t = FOREIGN_PRESS;
    has(
        t,
        "indirect",
        "The French newspaper Le Monde",
        "reported",
        "that Paris had pushed for a tougher statement on trade but was overruled",
    );
    // "daily" before a paper's name is its head (the speaker was "the
    // German").
    has(
        t,
        "indirect",
        "the German daily Süddeutsche Zeitung",
        "According to",
        "the chancellor left the summit early to attend a cabinet meeting",
    );
    has(
        t,
        "mixed",
        "Spain's El País",
        "said",
        "that the summit had produced \"more photographs than decisions\"",
    );
    has(
        t,
        "mixed",
        "the conservative weekly Sieć",
        "wrote",
        "that Warsaw had been \"humiliated\" by its allies",
    );
    has(
        t,
        "indirect",
        "The Japanese broadcaster NHK",
        "said",
        "Tokyo would send a delegation to follow up on the agreements",
    );
    has(
        "But as the Toronto tabloid noted on Friday, the mayor had left.",
        "indirect",
        "the Toronto tabloid",
        "noted",
        "the mayor had left",
    );
}

#[test]
fn a_pollster_s_one_word_poll_with_its_publication() {
    // "Newspoll" is a poll: its publication participle is no cue ("A
    // Newspoll | published | that 61 percent ..." before).
    for t in [
        "A Newspoll published in The Australian on Monday showed that 61 percent of voters backed the teachers.",
        "The latest Newspoll, published on Monday, showed that 61 percent of voters backed the teachers.",
    ] {
        let r = table(t);
        assert!(
            r.iter().any(|(_, s, c, x)| s.contains("Newspoll")
                && c == "showed"
                && x == "that 61 percent of voters backed the teachers"),
            "{t}: {r:#?}"
        );
        assert!(!r.iter().any(|r| r.2 == "published"), "{r:#?}");
    }
}

const TEACHERS: &str = "Teachers' union threatens national strike

The union — and its lawyers — said the new contracts broke the law.

The National Teachers' Union and the Association of School Heads said in a joint statement that they would strike on March 14 unless the ministry withdrew the contracts.

Education Minister Paul Grierson said he was \"disappointed but not surprised\" by the threat.

The minister, speaking to ABC radio, said the contracts had been negotiated in good faith.

Opposition education spokeswoman Hana Reddy said it was time for the minister to resign.
";

#[test]
fn a_companion_between_dashes_or_commas_is_an_aside_of_the_subject() {
    let t = TEACHERS;
    // No row before.
    has(
        t,
        "indirect",
        "The union",
        "said",
        "the new contracts broke the law",
    );
    has(
        t,
        "indirect",
        "The National Teachers' Union and the Association of School Heads",
        "said",
        "that they would strike on March 14 unless the ministry withdrew the contracts",
    );
    has(
        t,
        "mixed",
        "Education Minister Paul Grierson",
        "said",
        "he was \"disappointed but not surprised\" by the threat",
    );
    has(
        t,
        "indirect",
        "The minister",
        "said",
        "the contracts had been negotiated in good faith",
    );
    for (text, speaker) in [
        (
            "The union, along with its lawyers, said the contracts broke the law.",
            "The union",
        ),
        (
            "The mayor — together with the council — said the contracts broke the law.",
            "The mayor",
        ),
        (
            "The mayor, as well as two councillors, said the contracts broke the law.",
            "The mayor",
        ),
    ] {
        has(
            text,
            "indirect",
            speaker,
            "said",
            "the contracts broke the law",
        );
    }
    // A long aside that names no one is no subject's aside.
    let t = table(
        "The plan — and a unique base of support that carried it to victory in places as far apart as Leeds and Hull — is raising hopes of a deal.",
    );
    assert!(t.is_empty(), "{t:#?}");
}

const SENTENCING: &str = "Former minister jailed for six years over bribes

A former housing minister was jailed for six years on Friday after a court found him guilty of taking bribes from property developers.

Passing sentence, Justice Maureen Oduya told Desmond Achterberg that he had \"betrayed the trust of every citizen of this country\".

The judge said the sentence had to deter others. She ordered him to repay 4.2 million rand within a year.

His lawyer, Advocate Pieter Swanepoel, said outside court that his client would appeal against both the conviction and the sentence.

Prosecutor Lindiwe Mkhize told the court that Achterberg had shown \"not a shred of remorse\".

The National Prosecuting Authority welcomed the sentence, saying in a statement that it sent a strong message.
";

#[test]
fn court_reporting_and_a_capitalized_cue_word_in_a_name() {
    let t = SENTENCING;
    has(
        t,
        "mixed",
        "Justice Maureen Oduya",
        "told",
        "that he had \"betrayed the trust of every citizen of this country\"",
    );
    has(
        t,
        "indirect",
        "The judge",
        "said",
        "the sentence had to deter others",
    );
    has(
        t,
        "indirect",
        "His lawyer",
        "said",
        "that his client would appeal against both the conviction and the sentence",
    );
    has(
        t,
        "mixed",
        "Prosecutor Lindiwe Mkhize",
        "told",
        "that Achterberg had shown \"not a shred of remorse\"",
    );
    has(
        t,
        "indirect",
        "The National Prosecuting Authority",
        "saying",
        "that it sent a strong message",
    );
    // "Advocate" before a name is a title, no cue ("Pieter Swanepoel |
    // Advocate | His lawyer" before).
    let r = table(t);
    assert!(!r.iter().any(|r| r.2 == "Advocate"), "{r:#?}");
    let r = table("\"We won,\" Hope Hicks said.");
    assert!(!r.iter().any(|r| r.2 == "Hope"), "{r:#?}");
    // A capitalized cue in a Title Case headline still is one.
    has(
        "Mayor Says Bridge Will Reopen\n\nThe bridge has been closed since May.",
        "indirect",
        "Mayor",
        "Says",
        "Bridge Will Reopen",
    );
}

#[test]
fn an_adjunct_with_a_paper_s_name_before_that() {
    // A name of several words is one word of the adjunct: the content
    // started at "in an email to The New York Times".
    for adjunct in [
        "in an email to The New York Times",
        "in a statement to The Sydney Morning Herald",
    ] {
        has(
            &format!("The ministry said {adjunct} that the rules would be reviewed."),
            "indirect",
            "The ministry",
            "said",
            "that the rules would be reviewed",
        );
    }
    // "to" after "response" is no infinitive: the sentence had no row.
    let r = table("The ministry said in response to queries from The Straits Times that the rules would be reviewed.");
    assert!(
        r.iter()
            .any(|r| r.1 == "The ministry" && r.3.ends_with("that the rules would be reviewed")),
        "{r:#?}"
    );
    // A long adjunct that ends at no "that" stays in the content.
    let t = "Sen. Ann Cole weighed in on claims against Governor Bill Hart's chief of staff, who resigned last week.";
    let r = table(t);
    assert!(
        r.iter().any(|r| r.3.starts_with("on claims against")),
        "{r:#?}"
    );
}
