use super::*;
use lede_tagger::Tagger;

fn parse(sentence: &str) -> (Vec<String>, SentenceSyntax) {
    let words: Vec<String> = sentence.split_whitespace().map(str::to_string).collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let tags = Tagger::embedded().tag(&refs);
    let s = analyze(&refs, &tags, &[]);
    (words, s)
}

fn np_text(words: &[String], s: &SentenceSyntax, np: usize) -> String {
    words[s.nps[np].words.clone()].join(" ")
}

fn clause_of<'a>(words: &[String], s: &'a SentenceSyntax, verb: &str) -> &'a Clause {
    let v = s
        .vgs
        .iter()
        .position(|g| words[g.head] == verb)
        .unwrap_or_else(|| panic!("no verb {verb}: {:?}", s.vgs));
    &s.clauses[v]
}

fn subj(words: &[String], s: &SentenceSyntax, verb: &str) -> Vec<String> {
    clause_of(words, s, verb)
        .subject
        .iter()
        .map(|&n| np_text(words, s, n))
        .collect()
}

#[test]
fn subject_object_and_pp() {
    let (w, s) = parse("The Russian army shelled the city of Kharkiv on Monday .");
    assert_eq!(subj(&w, &s, "shelled"), vec!["The Russian army"]);
    let c = clause_of(&w, &s, "shelled");
    assert_eq!(np_text(&w, &s, c.objects[0]), "the city");
    assert_eq!(w[c.preps[0].prep], "of");
}

#[test]
fn coordination_and_pp_subjects() {
    let (w, s) = parse("Witkoff and Kushner met with Putin at the Kremlin .");
    assert_eq!(subj(&w, &s, "met"), vec!["Witkoff", "Kushner"]);
    let c = clause_of(&w, &s, "met");
    assert_eq!(w[c.preps[0].prep], "with");
    assert_eq!(np_text(&w, &s, c.preps[0].nps[0]), "Putin");
}

#[test]
fn passive_with_agent_and_negation() {
    let (w, s) = parse("The convoy was not attacked by the rebels .");
    let v = s.vgs.iter().position(|g| w[g.head] == "attacked").unwrap();
    assert!(s.vgs[v].passive);
    assert!(s.vgs[v].negated);
    assert_eq!(np_text(&w, &s, s.clauses[v].agent[0]), "the rebels");
    assert_eq!(subj(&w, &s, "attacked"), vec!["The convoy"]);
}

#[test]
fn speech_complement() {
    let (w, s) = parse("The ministry said that Israeli jets struck a school in Gaza .");
    let said = s.vgs.iter().position(|g| w[g.head] == "said").unwrap();
    let struck = s.vgs.iter().position(|g| w[g.head] == "struck").unwrap();
    assert_eq!(s.clauses[struck].complement_of, Some(said));
    assert_eq!(subj(&w, &s, "struck"), vec!["Israeli jets"]);
}

#[test]
fn relative_clauses() {
    let (w, s) = parse("Rubio , who did not attend the meeting , said progress was made .");
    assert_eq!(subj(&w, &s, "said"), vec!["Rubio"]);
    assert_eq!(subj(&w, &s, "attend"), vec!["Rubio"]);
    let (w, s) = parse("It is a request that Ukraine has categorically rejected .");
    let c = clause_of(&w, &s, "rejected");
    assert_eq!(subj(&w, &s, "rejected"), vec!["Ukraine"]);
    assert_eq!(np_text(&w, &s, c.relative_object.unwrap()), "a request");
}

#[test]
fn possessives_and_infinitives() {
    let (w, s) =
        parse("Russia 's demand for Ukrainian forces to withdraw from Donbas was rejected .");
    let demand = s.nps.iter().position(|n| w[n.head] == "demand").unwrap();
    assert_eq!(np_text(&w, &s, s.nps[demand].possessor.unwrap()), "Russia");
    assert_eq!(subj(&w, &s, "withdraw"), vec!["Ukrainian forces"]);
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        ".",
        "to",
        "the the the",
        "and and , ,",
        "'s 's",
        "who who that",
    ] {
        let words: Vec<&str> = text.split_whitespace().collect();
        let tags = Tagger::embedded().tag(&words);
        let _ = analyze(&words, &tags, &[0..5, 3..9]);
        let _ = analyze(&words, &[], &[]);
    }
}

#[test]
fn asides_between_subject_and_verb_are_skipped() {
    let (w, s) = parse("Rafael Grossi , speaking to reporters in Vienna , said he regretted it .");
    assert_eq!(subj(&w, &s, "said"), vec!["Rafael Grossi"]);
    let (w, s) = parse("Peter Szijjarto , in a post on X , said Brussels was wrong .");
    assert_eq!(subj(&w, &s, "said"), vec!["Peter Szijjarto"]);
    let (w, s) =
        parse("Israel Katz , Israel 's defense minister , said the strikes would continue .");
    assert_eq!(subj(&w, &s, "said"), vec!["Israel Katz"]);
}

#[test]
fn a_possessed_phrase_is_the_conjunct() {
    let (w, s) =
        parse("President Trump and Ukraine 's President Volodymyr Zelenskyy had a phone call .");
    assert_eq!(
        subj(&w, &s, "had"),
        vec!["President Trump", "President Volodymyr Zelenskyy"]
    );
    let (w, s) = parse("Egypt 's foreign minister and Qatar 's prime minister met in Cairo .");
    assert_eq!(
        subj(&w, &s, "met"),
        vec!["foreign minister", "prime minister"]
    );
}

#[test]
fn every_noun_phrase_has_a_coordination_group() {
    let (_, s) = parse("Arnor restored ties with Gondor 's police and Ithilen 's army .");
    for np in 0..s.nps.len() {
        assert!(s.conjuncts(np).contains(&np), "NP {np} has no group");
    }
}

#[test]
fn reduced_relatives_do_not_hide_the_subject() {
    let (w, s) = parse("Drones launched by the rebels struck the airport .");
    assert_eq!(subj(&w, &s, "struck"), vec!["Drones"]);
}

#[test]
fn verbs_after_atoms_are_verb_groups() {
    let words = [
        "Drones", "launched", "by", "the", "Rapid", "Support", "Forces", "struck", "Port", "Sudan",
        ".",
    ];
    let tags = [
        Tag::NNS,
        Tag::VBN,
        Tag::IN,
        Tag::DT,
        Tag::NNP,
        Tag::NNP,
        Tag::NNPS,
        Tag::VBD,
        Tag::NNP,
        Tag::NNP,
        Tag::Period,
    ];
    let s = analyze(&words, &tags, &[3..7, 8..10]);
    assert!(
        s.vgs.iter().any(|g| words[g.head] == "struck"),
        "{:?} {:?}",
        s.items,
        s.vgs
    );
    let v = s
        .vgs
        .iter()
        .position(|g| words[g.head] == "struck")
        .unwrap();
    assert_eq!(
        s.clauses[v]
            .subject
            .iter()
            .map(|&n| words[s.nps[n].words.clone()].join(" "))
            .collect::<Vec<_>>(),
        vec!["Drones"]
    );
}

#[test]
fn bracketed_acronyms_do_not_break_coordination() {
    let (w, s) = parse(
        "The Sudanese Armed Forces ( SAF ) and the Rapid Support Forces ( RSF ) resumed fighting .",
    );
    assert_eq!(
        subj(&w, &s, "resumed"),
        vec!["The Sudanese Armed Forces", "the Rapid Support Forces"]
    );
}

#[test]
fn comma_and_a_subject_with_its_verb_starts_a_new_clause() {
    let (w, s) =
        parse("The European Union met Belarus on Monday , and Britain imposed sanctions on Iran .");
    assert_eq!(subj(&w, &s, "imposed"), vec!["Britain"]);
    // a list keeps its last member: "X , Y , and Z met"
    let (w, s) = parse("Rubio , Witkoff , and Kushner met Zelensky .");
    assert_eq!(subj(&w, &s, "met"), vec!["Rubio", "Witkoff", "Kushner"]);
}

#[test]
fn made_clear_takes_a_complement_like_a_speech_verb() {
    for text in [
        "Germany made clear that Belarus would face consequences .",
        "Germany has made it clear that Belarus would face consequences .",
    ] {
        let (w, s) = parse(text);
        let c = clause_of(&w, &s, "face");
        let u = c
            .complement_of
            .unwrap_or_else(|| panic!("{text}: no complement"));
        assert_eq!(w[s.vgs[u].head], "made", "{text}");
    }
}

#[test]
fn a_whose_clause_between_subject_and_verb_is_skipped() {
    let (w, s) = parse(
        "Lula , whose country was also hit with tariffs this month , held a call with Modi .",
    );
    assert_eq!(subj(&w, &s, "held"), vec!["Lula"]);
}

#[test]
fn conjuncts_or_self_is_the_group_or_the_np_alone() {
    let (w, s) = parse("Witkoff and Kushner met with Putin .");
    let witkoff = s.nps.iter().position(|n| w[n.head] == "Witkoff").unwrap();
    let putin = s.nps.iter().position(|n| w[n.head] == "Putin").unwrap();
    assert_eq!(s.conjuncts_or_self(witkoff).len(), 2);
    assert_eq!(s.conjuncts_or_self(putin), vec![putin]);
}

#[test]
fn verb_phrase_coordination_after_an_infinitive_and_in_comma_lists() {
    let (w, s) =
        parse("France ordered the officials to leave the country and recalled its ambassador .");
    assert_eq!(subj(&w, &s, "recalled"), vec!["France"]);
    let (w, s) = parse("The leaders remained concerned about the crisis , called on the junta to stop , and stressed the need for talks .");
    assert_eq!(subj(&w, &s, "called"), vec!["The leaders"]);
}

#[test]
fn counts_and_participles_before_nouns_stay_in_the_noun_phrase() {
    let (w, s) = parse("Ukraine struck more than 40 Russian warplanes .");
    let c = clause_of(&w, &s, "struck");
    assert_eq!(w[s.nps[c.objects[0]].head], "warplanes");
    let (w, s) = parse("Rubio expressed continued concern over the port deal .");
    let c = clause_of(&w, &s, "expressed");
    assert_eq!(w[s.nps[c.objects[0]].head], "concern");
}

#[test]
fn conjunction_read_as_preposition_opens_a_clause() {
    let (w, s) = parse("After Thailand expelled Cambodia 's envoy , the clashes began .");
    assert_eq!(subj(&w, &s, "expelled"), vec!["Thailand"]);
    assert_eq!(subj(&w, &s, "began"), vec!["the clashes"]);
    let (w, s) = parse("The fighting came a day before Kyiv struck the airbase .");
    assert_eq!(subj(&w, &s, "struck"), vec!["Kyiv"]);
    // a bare participle stays inside the phrase: "after talks hosted by Egypt"
    let (w, s) = parse("They signed after talks hosted by Egypt .");
    assert!(subj(&w, &s, "hosted").iter().all(|n| n != "talks"));
}

#[test]
fn titles_with_their_own_of_phrases_coordinate() {
    let (w, s) = parse("The President of Ghana , the President of the Republic of Togo and the Prime Minister of Benin met in Accra .");
    assert_eq!(subj(&w, &s, "met").len(), 3);
    // "the leaders of Ghana and Togo": one subject whose "of" phrase is coordinated
    let (w, s) = parse("The leaders of Ghana and Togo met in Accra .");
    assert_eq!(subj(&w, &s, "met"), vec!["The leaders"]);
}

#[test]
fn two_titled_people_are_two_phrases() {
    let (w, s) = parse("Prime Minister Modi and Prime Minister Carney met in Kananaskis .");
    assert_eq!(subj(&w, &s, "met").len(), 2, "{:?}", subj(&w, &s, "met"));
    // a body's name or a title with "and" stays one
    let (w, s) = parse("The National Security and Defense Council met on Monday .");
    assert_eq!(subj(&w, &s, "met").len(), 1);
    let (w, s) = parse("Tourism and Antiquities Minister Sherif Fathy spoke on Monday .");
    assert_eq!(subj(&w, &s, "spoke").len(), 1);
}

#[test]
fn today_and_a_short_parenthesis_stay_inside_the_verb_group() {
    for text in [
        "The UK has today sanctioned nine individuals .",
        "The UK has ( on Tuesday ) sanctioned nine individuals .",
    ] {
        let (w, s) = parse(text);
        assert_eq!(subj(&w, &s, "sanctioned"), vec!["The UK"], "{text}");
    }
    // a parenthesis with a verb of its own is no adverbial
    let (w, s) = parse("The UK has ( it said ) sanctioned nine individuals .");
    assert!(s.vgs.iter().any(|g| w[g.head] == "said"));
}

#[test]
fn a_participle_with_an_object_after_a_conjunction_is_the_clauses_verb() {
    // (the tagger reads "killed" after "a week" as a participle)
    let (w, s) = parse("Tajikistan called on the Taliban to act , after a second deadly attack from Afghan territory in less than a week killed Chinese workers .");
    assert!(
        subj(&w, &s, "killed").iter().all(|n| n != "Tajikistan"),
        "{:?}",
        subj(&w, &s, "killed")
    );
    // a reduced relative with no object still is a participle
    let (w, s) = parse(
        "Tajikistan condemned the attack , after two workers killed in the south were buried .",
    );
    assert!(
        subj(&w, &s, "condemned") == vec!["Tajikistan"],
        "{:?}",
        subj(&w, &s, "condemned")
    );
}

#[test]
fn a_plural_noun_right_after_who_and_before_a_determiner_is_a_verb() {
    let (w, s) = parse(
        "Leonid Slutsky , who heads the committee , accused Azerbaijan of staging a provocation .",
    );
    assert_eq!(subj(&w, &s, "heads"), vec!["Leonid Slutsky"]);
}

#[test]
fn a_plural_noun_after_the_opening_proper_noun_before_a_determiner_or_and_is_a_verb() {
    let (w, s) = parse("China deplores and firmly opposes this and has lodged serious protests with the Czech side .");
    assert_eq!(
        subj(&w, &s, "lodged"),
        vec!["China"],
        "{:?}",
        subj(&w, &s, "lodged")
    );
    let (w, s) = parse("China deplores the move .");
    assert_eq!(subj(&w, &s, "deplores"), vec!["China"]);
}

#[test]
fn a_past_tense_after_an_object_with_a_by_phrase_ahead_is_a_participle() {
    let (w, s) =
        parse("Turkey strongly condemned the attack carried out last night by Israeli forces .");
    let c = clause_of(&w, &s, "carried");
    assert!(c.objects.is_empty(), "{:?} {:?}", s.vgs, c);
}

#[test]
fn an_ly_word_between_a_determiner_and_a_noun_is_an_adjective() {
    let (w, s) = parse("Qatar condemned what it called a cowardly attack .");
    assert!(
        (0..s.nps.len()).any(|n| np_text(&w, &s, n) == "a cowardly attack"),
        "{:?}",
        (0..s.nps.len())
            .map(|n| np_text(&w, &s, n))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_proper_noun_after_a_plural_noun_before_a_verb_opens_a_relative_clause() {
    let (w, s) =
        parse("Masoud Pezeshkian informed Vladimir Putin about the steps Iran is taking .");
    assert_eq!(subj(&w, &s, "taking"), vec!["Iran"]);
}

#[test]
fn a_verb_of_saying_after_a_reported_clause_is_the_reporters() {
    let (w, s) = parse(
        "Minister Kim demanded that Russia immediately halt its cooperation with Pyongyang , and warned that Seoul would respond .",
    );
    assert_eq!(subj(&w, &s, "warned"), vec!["Minister Kim"]);
    let (w, s) = parse("The army said the strikes killed civilians and vowed to retaliate .");
    assert_eq!(subj(&w, &s, "vowed"), vec!["The army"]);
    // an act of the reported actor stays the reported actor's
    let (w, s) =
        parse("The ministry said Russian troops crossed the border and shelled two villages .");
    assert_eq!(subj(&w, &s, "shelled"), vec!["Russian troops"]);
    let (w, s) = parse(
        "A spokesman said China regretted India 's military action and urged both sides to show restraint .",
    );
    assert_eq!(subj(&w, &s, "urged"), vec!["China"]);
}

#[test]
fn an_ing_word_after_a_possessive_or_determiner_modifies_the_noun() {
    for text in [
        "Nadeem won the title , while India 's defending champion Neeraj Chopra took silver .",
        "The ruling party criticised the opposition leader .",
        "Its continuing attacks have killed civilians .",
    ] {
        let (w, s) = parse(text);
        assert!(
            s.vgs.iter().all(|g| !w[g.head].ends_with("ing")),
            "{text}: {:?}",
            s.vgs.iter().map(|g| &w[g.head]).collect::<Vec<_>>()
        );
    }
    // a gerund or participle with a verb of its own stays a verb
    let (w, s) = parse("Russia is attacking Ukrainian cities .");
    assert!(s.vgs.iter().any(|g| w[g.head] == "attacking"));
}

#[test]
fn a_gerund_after_a_verb_of_blame_or_praise_is_its_objects_act() {
    let (w, s) = parse(
        "The three governments accused the bloc of doing too little and of imposing sanctions against them .",
    );
    assert_eq!(subj(&w, &s, "imposing"), vec!["the bloc"]);
    assert_eq!(subj(&w, &s, "doing"), vec!["the bloc"]);
    let (w, s) = parse("Kyiv thanked Poland for sending air defence systems .");
    assert_eq!(subj(&w, &s, "sending"), vec!["Poland"]);
    // a gerund after a verb that judges no one stays its subject's
    let (w, s) = parse("Egypt announced plans for hosting the talks .");
    assert_ne!(subj(&w, &s, "hosting"), vec!["the talks"]);
    assert_ne!(subj(&w, &s, "hosting"), vec!["plans"]);
}

#[test]
fn a_possessed_list_after_a_verb_is_its_object() {
    let (w, s) = parse(
        "Sharif thanked Qatar 's Emir Sheikh Tamim and Turkish President Recep Tayyip Erdogan for their mediation .",
    );
    let c = clause_of(&w, &s, "thanked");
    let objs: Vec<String> = c.objects.iter().map(|&n| np_text(&w, &s, n)).collect();
    assert_eq!(
        objs,
        vec![
            "Emir Sheikh Tamim",
            "Turkish President Recep Tayyip Erdogan"
        ]
    );
    // a possessed phrase alone is no list
    let (w, s) = parse("Sharif thanked Qatar 's Emir for his mediation .");
    let c = clause_of(&w, &s, "thanked");
    assert_eq!(c.objects.len(), 1);
}

#[test]
fn a_country_adjective_and_a_title_after_and_open_a_second_name() {
    let (w, s) = parse(
        "Azerbaijani President Aliyev and Armenian Prime Minister Pashinyan issued a joint appeal .",
    );
    assert_eq!(
        subj(&w, &s, "issued"),
        vec![
            "Azerbaijani President Aliyev",
            "Armenian Prime Minister Pashinyan"
        ]
    );
    // a name with "and" inside stays one
    let (w, s) = parse("The National Security and Defense Council met on Monday .");
    assert_eq!(
        subj(&w, &s, "met"),
        vec!["The National Security and Defense Council"]
    );
}

#[test]
fn a_verb_coordinated_after_a_participle_on_the_object_shares_the_main_subject() {
    let (w, s) = parse(
        "France said it would expel 12 officials serving in Algeria 's network and recall its ambassador .",
    );
    assert_eq!(subj(&w, &s, "recall"), vec!["it"]);
    let (w, s) = parse("Police arrested two men carrying weapons and seized their car .");
    assert_eq!(subj(&w, &s, "seized"), vec!["Police"]);
}

#[test]
fn a_dash_after_a_dateline_date_ends_it() {
    let (w, s) = parse("PARIS , April 15 - France said on Tuesday it would act .");
    assert_eq!(subj(&w, &s, "said"), vec!["France"]);
}

#[test]
fn a_capitalised_word_joined_to_a_participle_modifies_the_noun() {
    let (w, s) = parse("The European Union imposed tariffs on Chinese-made electric vehicles .");
    assert!(s.vgs.iter().all(|g| w[g.head] != "Chinese-made"));
    let c = clause_of(&w, &s, "imposed");
    assert_eq!(
        np_text(&w, &s, c.preps[0].nps[0]),
        "Chinese-made electric vehicles"
    );
}

#[test]
fn a_past_tense_after_an_opening_subject_with_a_by_phrase_and_the_clauses_own_verb_is_a_participle()
{
    let (w, s) = parse(
        "The imputations cast on him by the Government of Canada are ludicrous , the ministry said .",
    );
    assert_eq!(subj(&w, &s, "are"), vec!["The imputations"]);
    // a verb of its own stays one
    let (w, s) = parse("The army shelled positions held by the rebels , officials said .");
    assert_eq!(subj(&w, &s, "shelled"), vec!["The army"]);
}

#[test]
fn an_adverb_and_a_prepositional_aside_do_not_hide_the_subject() {
    let (w, s) = parse(
        "British Prime Minister Keir Starmer , also in Tirana , said Russia 's position at the talks was \" clearly unacceptable \" and accused President Vladimir Putin of stalling .",
    );
    assert_eq!(
        subj(&w, &s, "said"),
        vec!["British Prime Minister Keir Starmer"]
    );
    assert_eq!(
        subj(&w, &s, "accused"),
        vec!["British Prime Minister Keir Starmer"]
    );
}

#[test]
fn a_quoted_verb_after_a_subject_pronoun_keeps_its_object() {
    let (w, s) = parse("The ministry said it \" appreciates and welcomes \" Nauru 's decision .");
    let c = clause_of(&w, &s, "welcomes");
    assert_eq!(c.objects.len(), 1);
    assert_eq!(subj(&w, &s, "appreciates"), vec!["it"]);
}
