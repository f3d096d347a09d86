//! Event coding rules on short texts of our own: each case states the dyad, root and
//! modality a careful coder would give.

mod common;

use common::{code, dyads, has};
use lede_extract::{ArticleInput, Engine};
use lede_model::{ArticleResult, Modality};
use std::sync::OnceLock;

#[test]
fn mutual_actions_are_coded_both_ways() {
    let r = code("Egyptian President Abdel Fattah el-Sisi and Jordan's King Abdullah held talks in Cairo on Tuesday.");
    assert!(
        has(&r, "EGY", "JOR", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "JOR", "EGY", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_briefing_is_one_way() {
    let r = code("U.S. Secretary of State Marco Rubio briefed Saudi Foreign Minister Faisal bin Farhan on the talks.");
    assert!(
        has(&r, "USA", "SAU", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|(a, _, _, _)| a == "SAU"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn plural_references_point_to_the_actors_named_together() {
    let r = code("French President Emmanuel Macron and German Chancellor Friedrich Merz met in Berlin. The two leaders agreed to a ceasefire plan.");
    assert!(
        has(&r, "FRA", "DEU", "03", Modality::Asserted)
            || has(&r, "FRA", "DEU", "06", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn denial_and_refusal_negate_the_action() {
    let r = code("Rwanda has long denied backing the M23 rebels in eastern Congo.");
    assert!(
        dyads(&r).iter().all(|(_, _, _, m)| *m == Modality::Negated),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_agent_of_a_participle_is_the_source() {
    let r = code("Missiles fired by Russian forces struck the Ukrainian city of Odesa overnight.");
    assert!(
        has(&r, "RUS", "UKR", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn nothing_without_a_country_on_both_sides() {
    let r = code("The president called on all parties to show restraint.");
    assert!(r.events.is_empty(), "{:?}", dyads(&r));
}

#[test]
fn a_short_country_name_follows_the_longer_one_used_before() {
    let r = code("South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba. Later, Japan criticized South Korea over the islands.");
    assert!(
        has(&r, "JPN", "KOR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_apposition_names_the_target() {
    let r = code("The envoy called on the warring parties -- the Sudanese Armed Forces and the Rapid Support Forces (RSF) -- to return to talks, U.S. officials said. U.S. envoy Tom Perriello called on the warring parties -- the Sudanese Armed Forces and the Rapid Support Forces (RSF) -- to return to talks.");
    assert!(
        has(&r, "USA", "SDN", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let targets: Vec<String> = r
        .events
        .iter()
        .filter_map(|e| e.target.as_ref()?.code.clone())
        .collect();
    assert!(
        targets.contains(&"SDNMIL".to_string()) && targets.contains(&"SDNREB".to_string()),
        "{targets:?}"
    );
}

/// Codes a statement whose title names its author.
fn code_by(title: &str, text: &str) -> ArticleResult {
    static E: OnceLock<Engine> = OnceLock::new();
    let e = E.get_or_init(|| Engine::new(&[lede_dict::default_set()]));
    e.code(&ArticleInput {
        id: "t".into(),
        title: Some(title.into()),
        text: text.into(),
        date: chrono::NaiveDate::from_ymd_opt(2025, 10, 10),
        ..Default::default()
    })
}

fn both_ways(r: &ArticleResult, a: &str, b: &str, root: &str) -> bool {
    has(r, a, b, root, Modality::Asserted) && has(r, b, a, root, Modality::Asserted)
}

#[test]
fn two_sides_agreeing_to_a_deal_or_framework_sign_an_agreement_both_ways() {
    for (text, a, b) in [
        (
            "Armenia and Azerbaijan agreed to a peace framework.",
            "ARM",
            "AZE",
        ),
        (
            "Serbia and Kosovo have agreed on a deal to normalize relations.",
            "SRB",
            "XKX",
        ),
        (
            "Rwanda agreed to a framework with the Democratic Republic of the Congo.",
            "RWA",
            "COD",
        ),
    ] {
        let r = code(text);
        assert!(both_ways(&r, a, b, "05"), "{text}: {:?}", dyads(&r));
    }
    // "deal with" a problem is no deal
    let text = "Japan and South Korea agreed to deal with the refugee crisis together.";
    let r = code(text);
    assert!(
        !dyads(&r).iter().any(|d| d.2 == "05"),
        "{text}: {:?}",
        dyads(&r)
    );
    let r = code("The United States and Japan agreed to a trade deal.");
    assert!(both_ways(&r, "USA", "JPN", "05"), "{:?}", dyads(&r));
}

#[test]
fn wanting_to_thank_or_congratulate_is_the_thanks_itself() {
    let title = "Statement by Secretary of State Marco Rubio";
    let r = code_by(
        title,
        "I want to thank Qatar, Egypt and Turkey for working with us to make this breakthrough possible.",
    );
    for c in ["QAT", "EGY", "TUR"] {
        assert!(
            has(&r, "USA", c, "05", Modality::Asserted),
            "{:?}",
            dyads(&r)
        );
        // the act thanked for is no event of its own, and nothing is an intention
        assert!(
            !dyads(&r).iter().any(|d| d.0 == c || d.2 == "03"),
            "{:?}",
            dyads(&r)
        );
    }
    for (text, c) in [
        ("We wish to thank Norway for hosting the talks.", "NOR"),
        ("We want to express our gratitude to Japan.", "JPN"),
        (
            "I would like to congratulate Poland on its election.",
            "POL",
        ),
    ] {
        let r = code_by(title, text);
        assert!(
            has(&r, "USA", c, "05", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
        assert!(
            !dyads(&r).iter().any(|d| d.2 == "03" || d.0 == c),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // wanting to do something else is still an intention
    let r = code_by(title, "I want to meet President Putin.");
    assert!(
        has(&r, "USA", "RUS", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn reaffirming_an_alliance_or_partnership_is_support_both_ways() {
    let r = code_by(
        "Secretary Rubio's Meeting with Indian External Affairs Minister Jaishankar",
        "Secretary Rubio met with Indian External Affairs Minister Subrahmanyam Jaishankar. \
         The two leaders reaffirmed the strength of the U.S.-India partnership.",
    );
    let on = |r: &ArticleResult, frag: &str, a: &str, b: &str| {
        r.events.iter().any(|e| {
            e.sentence.contains(frag)
                && e.root == "05"
                && e.source
                    .as_ref()
                    .and_then(|s| s.code.as_deref())
                    .is_some_and(|c| c.starts_with(a))
                && e.target
                    .as_ref()
                    .and_then(|s| s.code.as_deref())
                    .is_some_and(|c| c.starts_with(b))
        })
    };
    assert!(
        on(&r, "reaffirmed", "USA", "IND") && on(&r, "reaffirmed", "IND", "USA"),
        "{:?}",
        dyads(&r)
    );
    let r = code("Japan and Australia reaffirmed their alliance.");
    assert!(both_ways(&r, "JPN", "AUS", "05"), "{:?}", dyads(&r));
    let r = code("President Donald Trump and Indian Prime Minister Narendra Modi reaffirmed their shared commitment to a free Indo-Pacific.");
    assert!(both_ways(&r, "USA", "IND", "05"), "{:?}", dyads(&r));
    let r = code("Germany reaffirmed support for Ukraine.");
    assert!(
        has(&r, "DEU", "UKR", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn welcoming_a_countrys_commitment_or_pledge_praises_it() {
    for (text, a, b) in [
        (
            "Secretary Rubio welcomed India's commitment to increase purchases of U.S. energy.",
            "USA",
            "IND",
        ),
        (
            "Germany welcomed Japan's pledge to increase defense spending.",
            "DEU",
            "JPN",
        ),
        (
            "France welcomed the offer of Brazil to host talks.",
            "FRA",
            "BRA",
        ),
        (
            "The European Union welcomed Vietnam's steps to reduce tariffs.",
            "IGO",
            "VNM",
        ),
    ] {
        let r = code(text);
        assert!(
            has(&r, a, b, "05", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
        assert!(
            !dyads(&r).iter().any(|d| d.2 == "04"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn raising_or_expressing_concern_about_a_countrys_acts_disapproves_of_it() {
    for (text, a, b) in [
        (
            "Secretary Rubio raised concerns about India's continued imports of Russian oil.",
            "USA",
            "IND",
        ),
        (
            "Japan expressed concerns over China's military drills near Taiwan.",
            "JPN",
            "CHN",
        ),
        (
            "Britain voiced concern about Iran's enrichment of uranium.",
            "GBR",
            "IRN",
        ),
    ] {
        let r = code(text);
        assert!(
            has(&r, a, b, "11", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn an_authors_must_clause_is_a_demand_on_its_subject() {
    let title = "Statement from President Donald J. Trump";
    for (text, c) in [
        ("Hamas must now keep its word.", "PSE"),
        ("Russia must honor its commitments.", "RUS"),
        ("Iran must return to talks.", "IRN"),
        ("Russia must end its attacks on Ukrainian cities.", "RUS"),
    ] {
        let r = code_by(title, text);
        assert!(
            has(&r, "USA", c, "10", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // keeping up something is no promise kept; a negated must is no demand
    for text in [
        "Pakistan must keep up the pressure.",
        "Iran must not be allowed to enrich uranium.",
    ] {
        let r = code_by(title, text);
        assert!(
            !dyads(&r).iter().any(|d| d.2 == "10"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn the_ministers_or_delegations_after_a_meeting_are_both_sides() {
    for (meeting, a, b) in [
        (
            "Japanese Defense Minister Gen Nakatani met with Philippine Defense Secretary Gilberto Teodoro in Manila on Tuesday.",
            "JPN",
            "PHL",
        ),
        (
            "Secretary of State Marco Rubio spoke today with Indian External Affairs Minister Subrahmanyam Jaishankar.",
            "USA",
            "IND",
        ),
    ] {
        for follow in [
            "The leaders agreed to expand joint exercises.",
            "The foreign ministers agreed to expand joint exercises.",
            "The two defense ministers agreed to hold regular consultations.",
            "Both delegations agreed to meet again next month.",
            "The negotiators agreed to expand trade.",
        ] {
            let r = code(&format!("{meeting} {follow}"));
            let on: Vec<_> = r
                .events
                .iter()
                .filter(|e| e.sentence.contains(follow))
                .map(|e| {
                    (
                        e.source.as_ref().and_then(|s| s.code.clone()).unwrap_or_default(),
                        e.target.as_ref().and_then(|s| s.code.clone()).unwrap_or_default(),
                        e.root.clone(),
                    )
                })
                .collect();
            let got = |s: &str, t: &str| {
                on.iter()
                    .any(|(x, y, root)| x.starts_with(s) && y.starts_with(t) && root == "03")
            };
            assert!(got(a, b) && got(b, a), "{follow}: {on:?}");
        }
    }
}

#[test]
fn both_sides_signing_off_on_a_plan_agree_both_ways() {
    for (text, a, b) in [
        (
            "Israel and Hamas have both signed off on the first phase of the peace plan.",
            "ISR",
            "PSE",
        ),
        ("Serbia and Kosovo signed off on a deal.", "SRB", "XKX"),
        (
            "Armenia and Azerbaijan have both agreed to a peace framework.",
            "ARM",
            "AZE",
        ),
    ] {
        let r = code(text);
        assert!(both_ways(&r, a, b, "05"), "{text}: {:?}", dyads(&r));
    }
    // a floating "both" stands for the compound subject right before it
    let r = code("Japan and South Korea both condemned the launch by North Korea.");
    for s in ["JPN", "KOR"] {
        assert!(
            has(&r, s, "PRK", "11", Modality::Asserted),
            "{:?}",
            dyads(&r)
        );
    }
}

#[test]
fn a_bare_verb_coordinated_with_a_modal_verb_shares_its_modality() {
    let r = code("Israel will withdraw its forces from Gaza and release Palestinian prisoners.");
    assert!(
        !r.events.is_empty() && r.events.iter().all(|e| e.modality == Modality::Future),
        "{:?}",
        dyads(&r)
    );
    let r = code("Russia could halt its offensive and withdraw its troops from Ukraine.");
    assert!(
        has(&r, "RUS", "UKR", "08", Modality::Hypothetical),
        "{:?}",
        dyads(&r)
    );
    // a past verb after "and" is its own assertion
    let r = code("Russia will hold talks with Ukraine next week and released ten Ukrainian prisoners on Monday.");
    assert!(
        has(&r, "RUS", "UKR", "08", Modality::Asserted)
            && !r
                .events
                .iter()
                .any(|e| e.code.starts_with("08") && e.modality == Modality::Future),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_end_to_fighting_demanded_is_a_demand_on_those_named_in_it() {
    for (text, s, targets) in [
        (
            "The United States said that the fighting between Russia and Ukraine must stop.",
            "USA",
            &["RUS", "UKR"][..],
        ),
        (
            "France stressed that the attacks by Russia must stop.",
            "FRA",
            &["RUS"][..],
        ),
        (
            "Germany reiterated that the war between Israel and Hamas must end.",
            "DEU",
            &["ISR", "PSE"][..],
        ),
    ] {
        let r = code(text);
        for t in targets {
            assert!(
                has(&r, s, t, "10", Modality::Asserted),
                "{text}: {:?}",
                dyads(&r)
            );
        }
    }
    // an act that is to go on is no demand; a verb that is not said is no one's demand
    for text in [
        "The United States said that the fighting between Russia and Ukraine must be documented.",
        "The United States watched as the fighting between Russia and Ukraine must have intensified.",
    ] {
        let r = code(text);
        assert!(!dyads(&r).iter().any(|d| d.2 == "10"), "{text}: {:?}", dyads(&r));
    }
}

#[test]
fn thanks_read_as_a_noun_between_two_actors_is_the_verb() {
    for (text, s, targets) in [
        (
            "The European Union thanks Norway for its support.",
            "IGO",
            &["NOR"][..],
        ),
        (
            "President Trump thanks Qatar and Egypt for their partnership.",
            "USA",
            &["QAT", "EGY"][..],
        ),
        (
            "Germany thanks Norway, Sweden and Finland for their support.",
            "DEU",
            &["NOR", "SWE", "FIN"][..],
        ),
    ] {
        let r = code(text);
        for t in targets {
            assert!(
                has(&r, s, t, "05", Modality::Asserted),
                "{text}: {:?}",
                dyads(&r)
            );
        }
    }
    // "thanks to X" is a reason, not a thanks by anyone
    for text in [
        "Thanks to Qatar, the talks succeeded.",
        "With thanks to Egypt, the talks ended.",
    ] {
        let r = code(text);
        assert!(r.events.is_empty(), "{text}: {:?}", dyads(&r));
    }
}

#[test]
fn the_president_thanks_in_a_statement_is_the_authors_thanks() {
    for (title, text, s, targets) in [
        (
            "Statement from the White House on the Ceasefire",
            "The President thanks the State of Qatar, the Kingdom of Saudi Arabia, the United Arab Emirates and Egypt for their partnership in bringing about this result.",
            "USA",
            &["QAT", "SAU", "ARE", "EGY"][..],
        ),
        (
            "Statement by the Kremlin Press Service",
            "The President thanks Kazakhstan and Uzbekistan for hosting the talks.",
            "RUS",
            &["KAZ", "UZB"][..],
        ),
    ] {
        let r = code_by(title, text);
        for t in targets {
            assert!(has(&r, s, t, "05", Modality::Asserted), "{text}: {:?}", dyads(&r));
        }
    }
}

#[test]
fn both_sides_are_the_countries_of_the_meeting_one_side_each() {
    for (meeting, between, a, b) in [
        (
            "Today, Secretary Rubio, Special Envoy Witkoff, Mr. Jared Kushner, and Secretary Driscoll held a long meeting with the Ukrainian delegation.",
            "Secretary Rubio and his team reiterated their commitment to a lasting peace.",
            "USA",
            "UKR",
        ),
        (
            "French President Emmanuel Macron, Foreign Minister Jean-Noel Barrot and Defence Minister Sebastien Lecornu met with a Ukrainian delegation in Paris.",
            "Mr Macron and his ministers said the talks were useful.",
            "FRA",
            "UKR",
        ),
    ] {
        for follow in [
            "Both sides agreed to continue consultations.",
            "The two sides agreed to meet again next week.",
            "The delegations agreed to continue consultations.",
        ] {
            let r = code(&format!("{meeting} {between} {follow}"));
            let on: Vec<_> = r
                .events
                .iter()
                .filter(|e| e.sentence.contains(follow))
                .map(|e| {
                    (
                        e.source.as_ref().and_then(|s| s.code.clone()).unwrap_or_default(),
                        e.target.as_ref().and_then(|s| s.code.clone()).unwrap_or_default(),
                        e.root.clone(),
                    )
                })
                .collect();
            let got = |s: &str, t: &str| {
                on.iter()
                    .any(|(x, y, root)| x.starts_with(s) && y.starts_with(t) && root == "03")
            };
            assert!(got(a, b) && got(b, a), "{follow}: {on:?}");
        }
    }
}

#[test]
fn a_country_that_would_face_consequences_is_threatened_by_who_says_so() {
    for (title, text, s, t, root) in [
        (
            "Statement by the German Foreign Office",
            "Berlin has made clear that Belarus would face severe consequences for any provocation.",
            "DEU",
            "BLR",
            "13",
        ),
        (
            "Statement from the Spokesperson of the Japanese Foreign Ministry",
            "Japanese Foreign Minister Takeshi Iwaya warned that North Korea will face further sanctions if it conducts another test.",
            "JPN",
            "PRK",
            "13",
        ),
        (
            "Statement by the French Foreign Minister",
            "We will not accept this. Azerbaijan will face a firm response from the European Union.",
            "IGO",
            "AZE",
            "13",
        ),
        (
            "Statement by the French Foreign Minister",
            "We will not accept this. Azerbaijan will face consequences.",
            "FRA",
            "AZE",
            "13",
        ),
    ] {
        let r = code_by(title, text);
        assert!(has(&r, s, t, root, Modality::Asserted), "{text}: {:?}", dyads(&r));
    }
    // a plight faced, or a prospect nobody threatens, is no threat
    for text in [
        "Ukraine faced severe consequences from the power cuts last winter.",
        "Farmers in Kenya could face higher costs after the drought.",
        "Chile will face Peru in the final on Sunday.",
    ] {
        let r = code(text);
        assert!(
            !dyads(&r).iter().any(|(_, _, root, _)| root == "13"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn measures_announced_against_a_country_are_sanctions() {
    let r = code("The European Union announced new restrictive measures against Belarus on Monday. Britain imposed measures on Iran's shipping companies.");
    assert!(
        has(&r, "IGO", "BLR", "16", Modality::Asserted)
            || has(&r, "EUR", "BLR", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "GBR", "IRN", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn force_verbs_aimed_at_an_economy_are_no_attack() {
    let r = code("The United States announced new measures to target Iran's energy trade.");
    assert!(
        has(&r, "USA", "IRN", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|(_, _, root, _)| root == "19"),
        "{:?}",
        dyads(&r)
    );
    // infrastructure and facilities are still struck
    let r = code("Russia targeted Ukraine's energy infrastructure overnight.");
    assert!(
        has(&r, "RUS", "UKR", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn all_parties_are_the_sides_of_a_conflict_not_the_authors_partners() {
    let r = code_by(
        "Statement from Secretary of State Marco Rubio on Sudan",
        "The Sudanese Armed Forces and the Rapid Support Forces clashed again in El Fasher. We call on all parties to stop the fighting.",
    );
    assert!(
        dyads(&r)
            .iter()
            .any(|(s, t, root, _)| s == "USA" && t == "SDN" && (root == "02" || root == "10")),
        "{:?}",
        dyads(&r)
    );
    let r = code_by(
        "Statement on the Plan for Gaza",
        "Under the chairmanship of President Donald J. Trump, a board has been formed. The United States remains committed to this framework, working in close partnership with Israel, key Arab nations, and the international community. The President calls on all parties to cooperate fully with the Board of Peace.",
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|(_, t, root, _)| root == "02" && t == "ISR"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_authors_own_departments_are_its_government() {
    for text in [
        "Today the Departments of the Treasury and State have announced new measures against Iran.",
        "The Treasury imposed sanctions on Iran on Friday.",
    ] {
        let r = code_by(
            "Statement from National Security Advisor Jake Sullivan",
            text,
        );
        assert!(
            has(&r, "USA", "IRN", "16", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // "the government" in a statement is usually the other side's
    let r = code_by(
        "Statement from National Security Advisor Jake Sullivan on Venezuela",
        "We call on the government to release the detained opposition members.",
    );
    assert!(
        !dyads(&r).iter().any(|(_, t, _, _)| t == "USA"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn meetings_and_aid_announced_for_later_are_intentions() {
    let r = code("Egyptian Foreign Minister Badr Abdelatty will meet Qatar's prime minister in Cairo next week.");
    assert!(
        has(&r, "EGY", "QAT", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
    let r = code("Japan will provide $6 million in emergency aid to Myanmar.");
    assert!(
        has(&r, "JPN", "MMR", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
    // an infinitive under "will" is future too
    let r = code("France will use the coming weeks to engage with Iran on the next steps.");
    assert!(
        has(&r, "FRA", "IRN", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
    // what is done now keeps its root
    let r = code("Japan is sending a team of medical specialists to Myanmar.");
    assert!(
        has(&r, "JPN", "MMR", "07", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_demand_that_someone_act_targets_them() {
    let r = code_by(
        "Statement by Foreign Minister Takeshi Iwaya on the Airspace Violation",
        "We strongly demanded that the Chinese side take thorough measures to prevent any recurrence.",
    );
    assert!(
        has(&r, "JPN", "CHN", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn brokering_an_agreement_mediates_between_its_sides() {
    let r = code("Armenia and Azerbaijan signed a peace declaration on Friday. The declaration was signed in the presence of President Donald Trump, who brokered the agreement after months of contacts.");
    for t in ["ARM", "AZE"] {
        assert!(
            has(&r, "USA", t, "04", Modality::Asserted),
            "{:?}",
            dyads(&r)
        );
    }
    let r = code("Qatar brokered a deal between Israel and Hamas.");
    assert!(
        has(&r, "QAT", "ISR", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn regional_blocs_stand_with_and_call_on() {
    let r = code("The Caribbean Community said in a statement that it stood firmly with Guyana and called on Venezuela to respect the court's order.");
    assert!(
        has(&r, "IGO", "GUY", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "IGO", "VEN", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn rejecting_the_accusation_answers_the_accuser() {
    let r = code("Pakistan's foreign office accused Kabul of harbouring militants. Taliban spokesman Zabihullah Mujahid rejected the accusation.");
    assert!(
        has(&r, "AFG", "PAK", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // someone not accused does not answer it
    let r = code("Pakistan's foreign office accused Kabul of harbouring militants. India rejected the accusation.");
    assert!(
        !has(&r, "IND", "PAK", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_phone_call_to_both_leaders_is_mutual() {
    let r = code("Thailand and Cambodia clashed along the border. Malaysian Prime Minister Anwar Ibrahim said he had spoken by phone to both leaders.");
    for t in ["THA", "KHM"] {
        assert!(
            has(&r, "MYS", t, "04", Modality::Asserted),
            "{:?}",
            dyads(&r)
        );
        assert!(
            has(&r, t, "MYS", "04", Modality::Asserted),
            "{:?}",
            dyads(&r)
        );
    }
}

#[test]
fn the_secretary_of_a_readout_is_its_author_after_another_secretary() {
    let r = code_by(
        "Secretary Rubio's Meeting with Philippine Secretary of Foreign Affairs Lazaro",
        "Secretary of State Marco Rubio met today with Philippine Secretary of Foreign Affairs Theresa Lazaro. The Secretary reaffirmed the United States' commitment to the Philippines.",
    );
    assert!(
        has(&r, "USA", "PHL", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_secretary_general_is_the_un() {
    let r = code("The Secretary-General strongly condemns the assault by the Rapid Support Forces on El Fasher.");
    assert!(
        has(&r, "IGO", "SDN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_condemned_act_by_someone_targets_them() {
    let r = code_by(
        "Statement by the High Representative on behalf of the EU on Belarus",
        "The European Union strongly condemns the continued instrumentalisation of migrants by the Belarusian regime at the EU's external border.",
    );
    assert!(
        has(&r, "IGO", "BLR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn money_pledged_to_a_country_is_aid_and_a_future_meeting_stays_mutual() {
    let r = code("The European Union will provide an additional EUR 52 million to Poland.");
    assert!(
        has(&r, "IGO", "POL", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
    let r = code("Egypt and Qatar will hold talks in Cairo next week.");
    assert!(
        has(&r, "EGY", "QAT", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "QAT", "EGY", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn acts_carried_out_by_someone_and_reported_intentions() {
    let r = code("Choe Son Hui met Putin in Moscow. She sharply criticised the military exercises being held by the United States and the Republic of Korea.");
    for t in ["USA", "KOR"] {
        assert!(
            has(&r, "PRK", t, "11", Modality::Asserted),
            "{:?}",
            dyads(&r)
        );
    }
    // "said that X would continue to support": a reported intention
    let r = code("Choe said that the DPRK would continue to support the measures taken by Russia.");
    assert!(
        has(&r, "PRK", "RUS", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_disapproved_act_carried_out_by_others_targets_them_not_the_victims() {
    let r = code_by(
        "Press release of the Ministry of Foreign Affairs of the Republic of Kazakhstan",
        "The Ministry of Foreign Affairs of the Republic of Kazakhstan condemns the beating of three citizens of Kazakhstan during an operation carried out by police officers of the Kyrgyz Republic in Bishkek. We categorically reject the account of events put forward by the Kyrgyz side.",
    );
    assert!(
        has(&r, "KAZ", "KGZ", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "KAZ", "KGZ", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !has(&r, "KAZ", "KAZ", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_governments_of_a_joint_communique_are_its_signatories() {
    let r = code_by(
        "Joint Communique of the Governments of Chad, Cameroon and Nigeria on the border incident",
        "The Governments of Chad, Cameroon and Nigeria have learned with concern of the incident. The three Governments call on the Sudanese authorities to show restraint. They urge Sudan to open an inquiry.",
    );
    for s in ["TCD", "CMR", "NGA"] {
        assert!(
            has(&r, s, "SDN", "02", Modality::Asserted),
            "{:?}",
            dyads(&r)
        );
    }
    // a headline naming two countries is no joint statement: "the leaders" are not its authors
    let r = code_by(
        "Serbia, Hungary sign energy deal",
        "The leaders of Serbia and Hungary signed an energy agreement in Belgrade on Tuesday.",
    );
    assert!(
        has(&r, "SRB", "HUN", "05", Modality::Asserted)
            || has(&r, "SRB", "HUN", "06", Modality::Asserted)
            || has(&r, "SRB", "HUN", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_past_tense_verb_after_an_infinitive_shares_the_main_subject() {
    let r = code("Lithuania on Monday ordered three Russian diplomats to leave the country and recalled its ambassador in Moscow for consultations.");
    assert!(
        has(&r, "LTU", "RUS", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        dyads(&r)
            .iter()
            .filter(|d| d.0 == "LTU" && d.2 == "16")
            .count()
            >= 2,
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_ministry_named_again_is_the_one_named_before_as_a_subject() {
    let r = code("Ghana's foreign ministry on Sunday summoned the Togolese ambassador. Most of the migrants work for the Togolese interior ministry. The ministry blamed Togo's interior minister for the crisis.");
    assert!(
        has(&r, "GHA", "TGO", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        dyads(&r)
            .iter()
            .filter(|d| d.0 == "GHA" && d.1 == "TGO" && d.2 == "11")
            .count()
            >= 2,
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_count_with_more_than_is_one_noun_phrase() {
    let r =
        code("Israel struck more than 30 Syrian military aircraft at an air base near Damascus.");
    assert!(
        has(&r, "ISR", "SYR", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_warning_with_no_addressee_answers_the_latest_hostile_act() {
    let r = code("Estonia expelled a Russian diplomat on Monday. Estonian Foreign Minister Margus Tsahkna said the decision was final. He warned that Tallinn would respond firmly to any further provocation.");
    assert!(
        has(&r, "EST", "RUS", "13", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // with no hostile act before, a warning with no addressee is no event
    let r = code("The foreign minister of Estonia warned that Tallinn would respond firmly to any provocation.");
    assert!(!dyads(&r).iter().any(|d| d.2 == "13"), "{:?}", dyads(&r));
}

#[test]
fn an_act_that_will_be_met_with_a_response_is_a_threat() {
    let r = code_by(
        "Statement by the Ministry of Foreign Affairs of Lithuania",
        "Lithuania strongly condemns the airspace violations by the Belarusian regime. Any further provocation will be met with a firm response.",
    );
    assert!(
        has(&r, "LTU", "BLR", "13", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn rejecting_a_claim_about_another_country_answers_it() {
    let r = code("Chile rejected the claim that Argentina had been excluded from the talks.");
    assert!(
        has(&r, "CHL", "ARG", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_list_of_past_tense_verb_phrases_shares_its_subject() {
    let r = code("The two presidents met in Lima. Peru and Ecuador remained concerned about the crisis, called on the Venezuelan authorities to release the prisoners, and stressed the need for dialogue.");
    for s in ["PER", "ECU"] {
        assert!(
            has(&r, s, "VEN", "02", Modality::Asserted),
            "{:?}",
            dyads(&r)
        );
    }
}

#[test]
fn summoning_a_charge_d_affaires_of_a_country_is_a_protest() {
    let r = code("Brazil summoned the chargé d'affaires of the United States in Brasília.");
    assert!(
        has(&r, "BRA", "USA", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn readiness_is_no_act_and_measures_answer_the_latest_hostile_act() {
    let r = code("Vietnam stands ready to work with Cambodia to deepen mutual trust.");
    assert!(!dyads(&r).iter().any(|d| d.2 == "05"), "{:?}", dyads(&r));
    let r = code("Japan raised concerns with Beijing about the drills. China firmly opposes Japan's interference and will take necessary measures to safeguard its interests.");
    assert!(
        has(&r, "JPN", "CHN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "CHN", "JPN", "13", Modality::Future),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn expelling_diplomats_breaks_off_relations_and_expelling_others_is_coercion() {
    let r = code("Latvia expelled a Belarusian diplomat on Friday.");
    assert!(
        has(&r, "LVA", "BLR", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("Latvia expelled a Belarusian journalist on Friday.");
    assert!(
        has(&r, "LVA", "BLR", "17", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_participle_between_a_verb_and_a_noun_describes_the_noun() {
    let r = code("Germany expressed continued concern over Iran's nuclear programme.");
    assert!(
        has(&r, "DEU", "IRN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_meeting_still_to_come_named_by_a_noun_is_no_event() {
    let r = code("Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan met in Ankara ahead of Mitsotakis's first summit with Emmanuel Macron.");
    assert!(
        has(&r, "GRC", "TUR", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|d| d.1 == "FRA" || d.0 == "FRA"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_two_men_are_the_pair_named_before_even_with_an_international_official() {
    let r = code("Iranian Foreign Minister Abbas Araghchi and Rafael Grossi, director general of the International Atomic Energy Agency, signed the framework in Cairo. Egyptian President Abdel Fattah al-Sisi received the two men at the presidential palace.");
    assert!(
        has(&r, "EGY", "IRN", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "EGY", "IGO", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_welcomed_or_criticised_act_named_by_a_noun_is_its_doers() {
    let r = code("The UN Security Council voted on Monday to extend the mission in Lebanon. Lebanese Prime Minister Nawaf Salam welcomed the vote.");
    assert!(
        has(&r, "LBN", "IGO", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "Slovakia decided to halt arms deliveries to Ukraine. Poland criticised the decision.",
    );
    assert!(
        has(&r, "POL", "SVK", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // with no doer named before, no target and no event
    let r = code("Poland criticised the decision.");
    assert!(r.events.is_empty(), "{:?}", dyads(&r));
}

#[test]
fn would_reported_from_a_past_statement_is_the_future_unless_conditioned() {
    let r = code("European Council President Antonio Costa pledged that the European Union would help Moldova.");
    assert!(
        has(&r, "IGO", "MDA", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
    let r = code("Costa said the European Union would help Moldova if it asked.");
    assert!(
        !dyads(&r).iter().any(|d| d.3 == Modality::Future),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_clause_opened_by_after_is_coded() {
    // "after" before a subject and a tensed verb opens a clause, not a phrase
    let r = code("Clashes erupted on the border a day after Chile expelled Peru's ambassador.");
    assert!(
        has(&r, "CHL", "PER", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("After Ghana recalled its envoy from Togo, trade across the border slowed.");
    assert!(
        has(&r, "GHA", "TGO", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn titles_with_their_own_of_phrases_are_coordinated() {
    let r = code("The President of the Republic of Ghana and the President of the Republic of Togo expressed their gratitude to the President of the Republic of Benin for his hospitality.");
    for s in ["GHA", "TGO"] {
        assert!(
            has(&r, s, "BEN", "05", Modality::Asserted),
            "{s}: {:?}",
            dyads(&r)
        );
    }
    // one title with a coordinated "of" phrase stays one side
    let r = code("The leaders of Ghana and Togo thanked Benin for its hospitality.");
    assert!(
        !has(&r, "GHA", "TGO", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_heads_of_state_are_the_leaders_named_together() {
    let r = code("Ghana's President John Mahama and Togo's President Faure Gnassingbe held talks in Accra. The Heads of State signed an agreement on border security.");
    assert!(
        has(&r, "GHA", "TGO", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "TGO", "GHA", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_act_dated_months_before_the_article_is_history() {
    // the article is of 12 June 2025
    let r = code("In March last year, Chile expelled Peru's ambassador.");
    assert!(
        has(&r, "CHL", "PER", "16", Modality::Historical),
        "{:?}",
        dyads(&r)
    );
    let r = code("In May, Chile expelled Peru's ambassador.");
    assert!(
        has(&r, "CHL", "PER", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_visit_at_an_invitation_codes_the_invitation() {
    let r = code("At the invitation of the President of the Republic of Ghana, Nigerian Foreign Minister Yusuf Tuggar will visit Accra next week.");
    assert!(
        has(&r, "GHA", "NGA", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("Nigerian President Bola Tinubu met Ghanaian President John Mahama in Accra at Mahama's invitation.");
    assert!(
        has(&r, "GHA", "NGA", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_transcript_turn_label_may_have_commas() {
    // "we" in the answer is the spokesperson's side
    let r = code_by(
        "Transcript of the weekly media briefing",
        "Question (Anna Smith, Daily News): What is your response to the dam?\n\nOfficial Spokesperson, Shri Randhir Jaiswal: We have conveyed our concerns to the Chinese side.",
    );
    assert!(
        has(&r, "IND", "CHN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_date_of_another_phrase_does_not_make_history() {
    // the article is of 12 June 2025; the meeting of last November is not the agreement's date
    let r = code("Following the meeting between Prime Minister Modi and Prime Minister Carney in Ottawa last November, the two sides agreed to appoint new High Commissioners.");
    for (s, t) in [("IND", "CAN"), ("CAN", "IND")] {
        assert!(
            has(&r, s, t, "03", Modality::Asserted),
            "{s}->{t}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn an_official_of_a_body_speaks_for_the_body() {
    let r = code("The European Union's foreign affairs spokesperson, Anna Lind, urged Serbia to avoid any action that could raise tensions.");
    assert!(
        has(&r, "IGO", "SRB", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn his_ministry_and_an_instructed_official_are_of_the_subject() {
    let r = code("Peru's foreign minister Elmer Schialer said his ministry had sent a note of protest to Quito.");
    assert!(
        has(&r, "PER", "ECU", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // an order to travel is an intention, of the one who gives it
    let r = code("President Daniel Noboa said he had instructed Deputy Foreign Minister Ana Ortiz to travel to Lima on Friday.");
    assert!(
        has(&r, "ECU", "PER", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_entry_ban_is_a_sanction() {
    let r = code("Poland banned the commander of Belarus's border forces, Ivan Petrov, from entering Poland.");
    assert!(
        has(&r, "POL", "BLR", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_standing_position_is_no_act_of_the_day() {
    let r = code("Austria's government has long refused to send weapons to Ukraine.");
    assert!(r.events.is_empty(), "{:?}", dyads(&r));
}

#[test]
fn an_act_named_by_the_object_of_a_modal_verb_is_not_done() {
    let r = code(
        "\"Ukraine should address its complaints to Moscow, not to Bratislava,\" Slovak Foreign Minister Juraj Blanar wrote.",
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|d| d.2 == "11" && d.3 == Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn aid_delivered_to_a_place_goes_to_its_country() {
    let r = code("A Turkish military aircraft delivered 20 tonnes of humanitarian cargo to Port Sudan on Saturday.");
    assert!(
        has(&r, "TUR", "SDN", "07", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_country_named_islands_is_no_place() {
    let r = code("Australia and Solomon Islands signed a security partnership on Thursday.");
    for (s, t) in [("AUS", "SLB"), ("SLB", "AUS")] {
        assert!(
            has(&r, s, t, "05", Modality::Asserted),
            "{s}->{t}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn an_object_pronoun_is_not_its_own_clause_subject() {
    let r = code("Prime Minister Anthony Albanese held talks with Fijian Prime Minister Sitiveni Rabuka. Rabuka thanked Australia for its support. Albanese invited him to Canberra for an official visit.");
    assert!(
        has(&r, "AUS", "FJI", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // within one sentence the pronoun may be the other clause's subject
    let r = code("U.S. President Donald Trump briefed Ukrainian President Volodymyr Zelenskyy on his call with Russian President Vladimir Putin. Zelenskyy asked for air defence systems, and Trump agreed to work with him.");
    assert!(!dyads(&r).iter().any(|d| d.1 == "RUS"), "{:?}", dyads(&r));
}

#[test]
fn talks_mediated_by_a_third_country_code_the_mediation_and_the_talks() {
    let r = code("Rwanda and Burundi agreed to reopen their border on Sunday after talks in Luanda mediated by Angola.");
    for s in ["RWA", "BDI"] {
        assert!(
            has(&r, "AGO", s, "04", Modality::Asserted),
            "AGO->{s}: {:?}",
            dyads(&r)
        );
    }
    assert!(
        has(&r, "RWA", "BDI", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn talks_brokered_by_an_adjective_and_a_dismissed_claim() {
    let r = code("Kenyan and Ugandan officials held a second round of Ethiopian-brokered talks in Addis Ababa on Monday.");
    for s in ["KEN", "UGA"] {
        assert!(
            has(&r, "ETH", s, "04", Modality::Asserted),
            "ETH->{s}: {:?}",
            dyads(&r)
        );
    }
    let r = code("Uganda's foreign minister accused Kenya on Tuesday of arming rebels. Kenya dismissed the claim.");
    assert!(
        has(&r, "KEN", "UGA", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_rejected_resolution_targets_the_body_that_adopted_it() {
    let r = code("Armenia categorically rejects the resolution on Armenia adopted by the European Parliament on 2 March last year.");
    assert!(
        has(&r, "ARM", "IGO", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn this_step_is_the_latest_hostile_act_and_the_ministry_is_the_author() {
    let r = code_by(
        "Statement of the Ministry of Foreign Affairs of Moldova",
        "Yesterday, the Government of Romania imposed entry bans on six Moldovan officials. The Ministry strongly condemns this unfriendly step.",
    );
    assert!(
        has(&r, "MDA", "ROU", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn countries_an_attack_came_from_are_not_both_sides() {
    let r = code("German Chancellor Friedrich Merz spoke by telephone with Polish Prime Minister Donald Tusk. Merz thanked Tusk for Poland's role in the face of hybrid attacks directed from Russia and Belarus. Both sides condemned the massive Russian drone attacks on Kyiv.");
    for s in ["DEU", "POL"] {
        assert!(
            has(&r, s, "RUS", "11", Modality::Asserted),
            "{s}: {:?}",
            dyads(&r)
        );
    }
    assert!(!dyads(&r).iter().any(|d| d.0 == "BLR"), "{:?}", dyads(&r));
}

#[test]
fn a_stand_qualified_by_a_country_adjective_is_that_countrys() {
    let r = code("Athens rejected the Turkish proposal on Tuesday. Beijing criticised the Japanese decision to station missiles on Yonaguni. Russian proposals were discussed at length.");
    assert!(
        has(&r, "GRC", "TUR", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "CHN", "JPN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // a stand as the subject is no actor
    assert!(!dyads(&r).iter().any(|d| d.0 == "RUS"), "{:?}", dyads(&r));
}

#[test]
fn what_someone_called_an_act_is_the_object() {
    let r = code("The Syrian foreign ministry condemned what it called a flagrant aggression by Israel. France denounced what it described as Russian interference in the vote.");
    assert!(
        has(&r, "SYR", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "FRA", "RUS", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn operative_paragraphs_of_a_communique_are_its_authors() {
    let r = code_by(
        "Communique of the 1301st meeting of the AU Peace and Security Council on the situation in Mali",
        "The Peace and Security Council of the African Union, at its 1301st meeting,\n\nThe Council:\n\n1. Strongly condemns the attacks by JNIM on civilians in central Mali;\n\n2. Demands that the Government of Niger release the detained Malian traders without delay;\n\n3. Urges the Governments of Mali and of Burkina Faso to reopen their common border;\n\n4. Thanks to the rain, the harvest was good.",
    );
    assert!(
        has(&r, "IGO", "MLI", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "IGO", "NER", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "IGO", "MLI", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // one demand, one event: the general code gives way to the specific one
    let demands = dyads(&r).iter().filter(|d| d.2 == "10").count();
    assert_eq!(demands, 1, "{:?}", dyads(&r));
}

#[test]
fn the_council_is_the_body_named_before() {
    let r = code_by(
        "Final Communique of the Ministerial Council of the Gulf Cooperation Council",
        "The Ministerial Council of the Gulf Cooperation Council held its regular session in Riyadh. The Council condemned the Israeli strikes on Doha and expressed its full solidarity with the State of Qatar.",
    );
    assert!(
        has(&r, "IGO", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "IGO", "QAT", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn each_of_phrase_names_its_own_country() {
    let r = code("Ghana welcomed the ambassadors of France, of Spain and of Italy. The Malian and Guinean leaders met in Bamako. Senegal urged the Governments of Niger and of Burkina Faso to reopen their common border.");
    for t in ["FRA", "ESP", "ITA"] {
        assert!(
            has(&r, "GHA", t, "05", Modality::Asserted),
            "{t}: {:?}",
            dyads(&r)
        );
    }
    for t in ["NER", "BFA"] {
        assert!(
            has(&r, "SEN", t, "02", Modality::Asserted),
            "{t}: {:?}",
            dyads(&r)
        );
    }
    // "the Governments of ..." names its own countries, not the leaders met before
    assert!(
        !dyads(&r).iter().any(|d| d.0 == "SEN" && d.1 == "MLI"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_release_names_its_targets_through_links_agents_and_late_by_phrases() {
    let r = code_by(
        "UK sanctions Iranian intelligence officers",
        "The UK has today (Tuesday 14 October) sanctioned nine individuals and three entities linked to the Iranian state. Canada and Australia have today also designated individuals connected to the same network, and the UK welcomes the steps taken by both governments. Later, Iran's Ambassador was summoned to the Foreign, Commonwealth and Development Office by the Minister for the Middle East, Hamish Falconer.",
    );
    assert!(
        has(&r, "GBR", "IRN", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "GBR", "IRN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    for t in ["CAN", "AUS"] {
        assert!(
            has(&r, "GBR", t, "05", Modality::Asserted),
            "{t}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn both_ministers_and_their_they_stay_the_two_who_met() {
    let r = code("Japanese Foreign Minister Takeshi Iwaya held talks with Philippine Foreign Secretary Theresa Lazaro in Tokyo. The two ministers exchanged views on the regional situation. They said cooperation among Japan, the Philippines, the United States and Australia is indispensable. Both ministers confirmed that they will hold a 2+2 meeting in Manila next year.");
    assert!(both_ways(&r, "JPN", "PHL", "04"), "{:?}", dyads(&r));
    assert!(
        !dyads(&r)
            .iter()
            .any(|d| d.0 == "USA" || d.1 == "USA" || d.1 == "AUS"),
        "{:?}",
        dyads(&r)
    );
    // the talks, and the views exchanged in them: each a consultation of its own, as most
    // human coders code them
    let talks = dyads(&r)
        .iter()
        .filter(|d| d.0 == "JPN" && d.1 == "PHL" && d.2 == "04")
        .count();
    assert_eq!(talks, 2, "{:?}", dyads(&r));
}

#[test]
fn facing_a_counteraction_is_a_threat() {
    let r = code_by(
        "Press Statement of Kim Yo Jong",
        "Should the US and the ROK persist in their reckless military provocations, they will face the most powerful counteraction of the DPRK.",
    );
    for t in ["USA", "KOR"] {
        assert!(
            dyads(&r)
                .iter()
                .any(|d| d.0 == "PRK" && d.1 == t && d.2 == "13"),
            "{t}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn expulsions_accusations_and_what_they_allege() {
    let r = code("Pakistan's foreign ministry said it had declared a staff member of the Indian High Commission persona non grata. Sudan accused the United Arab Emirates of arming the paramilitaries. The UAE rejected the charge as baseless. Ghana called the Togolese raid a crime.");
    assert!(
        has(&r, "PAK", "IND", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "ARE", "SDN", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "GHA", "TGO", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // the arming is what Sudan alleges, not a coded act
    assert!(!dyads(&r).iter().any(|d| d.2 == "07"), "{:?}", dyads(&r));
}

#[test]
fn a_role_renamed_by_a_person_makes_the_next_he() {
    let r = code("Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of \"shelling Armenian villages\". The EU's special representative for the South Caucasus, Magnus Lindqvist, urged both sides to show restraint. He met Armenian Foreign Minister Ararat Mirzoyan in Yerevan on Monday.");
    assert!(
        has(&r, "IGO", "ARM", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|d| d.0 == "AZE" && d.2 == "19"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_target_in_a_capital_or_a_hyphenated_town_is_that_country() {
    let r = code("Drones launched by the Rapid Support Forces hit the main power station in Khartoum on Wednesday. Houthi fighters shelled Al-Hudaydah on Thursday.");
    assert!(
        has(&r, "SDN", "SDN", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "YEM", "YEM", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_bare_verb_coordinated_with_an_intended_one_is_intended_too() {
    let r = code("Trump noted that Erdogan is eager to return to normal relations and resume trade with Israel.");
    assert!(
        !dyads(&r)
            .iter()
            .any(|d| d.2 == "06" && d.3 == Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_game_between_national_teams_is_no_assault() {
    for text in [
        "Morocco beat Egypt 2-1 after extra time on Sunday.",
        "South Korea beat Japan 3-0 in a World Cup qualifier in Seoul.",
        "Iran beat Iraq in the Asian Cup semi-finals.",
        "Nigeria attacked Ghana relentlessly in the second half of the quarter-final.",
    ] {
        let r = code(text);
        assert!(
            !dyads(&r)
                .iter()
                .any(|d| d.2.starts_with('1') || d.2 == "20"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // a score-like range in a war report or a readout does not hide the act
    let r = code("Russian forces attacked Ukrainian positions near Pokrovsk with 3-4 brigades, the general staff said. Egyptian and Sudanese delegations met on November 11-12 in Cairo.");
    assert!(
        has(&r, "RUS", "UKR", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "EGY", "SDN", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn students_of_a_nation_are_its_civilians() {
    let r = code("Nepali students protested against China.");
    assert!(
        has(&r, "NPL", "CHN", "14", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn these_allegations_are_those_of_the_last_claimant() {
    let r = code("Lithuania said on Monday that Belarusian helicopters had violated its airspace. Belarus's foreign ministry rejected these allegations as baseless.");
    assert!(
        has(&r, "BLR", "LTU", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn support_given_by_a_named_state_is_what_is_condemned() {
    let r = code(
        "The G7 condemned the military assistance supplied to Russia by Belarus and North Korea.",
    );
    assert!(
        dyads(&r).iter().any(|d| d.1 == "BLR" && d.2 == "11"),
        "{:?}",
        dyads(&r)
    );
    assert!(
        dyads(&r).iter().any(|d| d.1 == "PRK" && d.2 == "11"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_role_of_a_country_renamed_by_a_person_makes_the_next_he() {
    let r = code("Ukraine's envoy Andrii Melnyk accused Russia of targeting civilians. The representative of the Russian Federation, Vassily Nebenzia, rejected the accusations. He then accused Germany of arming Kyiv.");
    assert!(
        has(&r, "RUS", "DEU", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|d| d.0 == "UKR" && d.1 == "DEU"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_means_of_an_alleged_act_is_alleged_too() {
    let r = code("Russia accused Germany of prolonging the war by supplying tanks to Ukraine.");
    assert!(
        has(&r, "RUS", "DEU", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(!dyads(&r).iter().any(|d| d.1 == "UKR"), "{:?}", dyads(&r));
}

#[test]
fn both_x_and_y_after_a_preposition_are_its_objects() {
    let r = code("Qatar called on both Israel and Lebanon to engage constructively.");
    for t in ["ISR", "LBN"] {
        assert!(
            dyads(&r).iter().any(|d| d.1 == t && d.2 == "02"),
            "{t}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn a_day_and_month_end_the_phrase_before_the_subject() {
    let r = code("Officials said that in the early hours of 4 June Israeli jets struck Syria.");
    assert!(
        has(&r, "ISR", "SYR", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_country_and_its_forces_in_one_phrase_are_one_attacker() {
    let r = code("Russian missiles and drones struck Odesa overnight.");
    let n = dyads(&r)
        .iter()
        .filter(|d| d.0 == "RUS" && d.1 == "UKR" && d.2 == "19")
        .count();
    assert_eq!(n, 1, "{:?}", dyads(&r));
}

#[test]
fn a_bombing_by_car_roadside_or_suicide_bomb_is_no_military_force() {
    for (text, s, t) in [
        (
            "A roadside bomb planted by Boko Haram killed six Chadian soldiers near Lake Chad.",
            "NGA",
            "TCD",
        ),
        (
            "A car bomb planted by Hamas operatives killed two Israeli soldiers near Jenin.",
            "PSE",
            "ISR",
        ),
    ] {
        let r = code(text);
        assert!(
            dyads(&r)
                .iter()
                .any(|d| d.0 == s && d.1 == t && d.2 == "18"),
            "{text}: {:?}",
            dyads(&r)
        );
        assert!(
            !dyads(&r).iter().any(|d| d.2 == "19"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn expelling_thousands_is_a_mass_expulsion_and_a_threat_to_act_is_no_act() {
    let r = code("Iran expelled more than 20,000 Afghans on Monday.");
    assert!(
        has(&r, "IRN", "AFG", "20", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("Beijing threatened on Monday to impose sanctions on Lithuania.");
    assert!(
        has(&r, "CHN", "LTU", "13", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(!dyads(&r).iter().any(|d| d.2 == "16"), "{:?}", dyads(&r));
}

#[test]
fn a_floating_quantifier_and_a_particle_leave_subject_and_object_whole() {
    let r = code("Kenya and Uganda each condemned Sudan's decision on Monday.");
    for s in ["KEN", "UGA"] {
        assert!(
            has(&r, s, "SDN", "11", Modality::Asserted),
            "{s}: {:?}",
            dyads(&r)
        );
    }
    let r = code("Hanoi brushed aside Beijing's protest over the islands.");
    assert!(
        has(&r, "VNM", "CHN", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_failure_or_refusal_to_act_is_no_act_and_a_topic_is_no_act() {
    let r = code("Britain condemned Iran's failure to cooperate with the IAEA.");
    assert!(
        has(&r, "GBR", "IRN", "11", Modality::Asserted) && !dyads(&r).iter().any(|d| d.2 == "06"),
        "{:?}",
        dyads(&r)
    );
    let r = code("Ministers issued a statement on Iran's cooperation with the IAEA.");
    assert!(!dyads(&r).iter().any(|d| d.2 == "06"), "{:?}", dyads(&r));
}

#[test]
fn a_water_cannon_is_force_without_arms_and_a_department_of_foreign_affairs_is_a_government() {
    let r = code("China's coast guard fired water cannon at two Philippine vessels on Monday.");
    assert!(
        has(&r, "CHN", "PHL", "18", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "The Department of Foreign Affairs in Dublin summoned the Israeli ambassador on Tuesday.",
    );
    assert!(
        has(&r, "IRL", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_complaint_filed_by_a_state_is_its_own_and_one_sentence_of_support_is_one_act() {
    let r = code(
        "Azerbaijan rejected a complaint filed by Armenia at the International Court of Justice.",
    );
    assert!(
        has(&r, "AZE", "ARM", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r =
        code("Ghana issued a statement backing Togo's bid and praising the Togolese authorities.");
    let n = dyads(&r)
        .iter()
        .filter(|d| d.0 == "GHA" && d.1 == "TGO" && d.2 == "05")
        .count();
    assert_eq!(n, 1, "{:?}", dyads(&r));
}

#[test]
fn a_forecast_a_weighed_step_and_an_asked_act_are_not_done() {
    for text in [
        "Serbia and Kosovo are unlikely to resume talks before the spring.",
        "Hungary is weighing imposing tariffs on Serbian goods.",
        "Lebanon has rejected a request from Washington to deploy troops to the border with Israel.",
    ] {
        let r = code(text);
        assert!(
            !dyads(&r)
                .iter()
                .any(|d| matches!(d.2.as_str(), "04" | "15" | "16")),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // a phone call is no request: what was agreed in it stays agreed
    let r = code("Modi and Albanese agreed in a phone call on Friday to meet in Delhi.");
    assert!(
        has(&r, "IND", "AUS", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_unknown_person_takes_the_country_of_the_role_after_the_comma() {
    for (text, s, t, root) in [
        (
            "Maria Lopez, the foreign minister of Chile, condemned Peru.",
            "CHL",
            "PER",
            "11",
        ),
        (
            "Tomas Varga, Slovakia's defence minister, condemned Hungary.",
            "SVK",
            "HUN",
            "11",
        ),
        (
            "Peru met Ana Ruiz, the foreign minister of Chile, on Monday.",
            "PER",
            "CHL",
            "04",
        ),
        (
            "Ivan Sokolov, Russia's ambassador to the United Nations, accused Poland of lying.",
            "RUS",
            "POL",
            "11",
        ),
    ] {
        let r = code(text);
        assert!(
            has(&r, s, t, root, Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn a_demonym_on_a_site_or_a_person_names_the_target() {
    for (text, s, t, root) in [
        (
            "The United States bombed Iranian nuclear sites at Fordow and Natanz.",
            "USA",
            "IRN",
            "19",
        ),
        (
            "Israeli jets hit Lebanese border villages.",
            "ISR",
            "LBN",
            "19",
        ),
        (
            "Japan deported a Chinese national on Monday.",
            "JPN",
            "CHN",
            "17",
        ),
        (
            "A Moscow court sentenced an Estonian employee of a bank to six years in prison.",
            "RUS",
            "EST",
            "17",
        ),
    ] {
        let r = code(text);
        assert!(
            has(&r, s, t, root, Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn a_pattern_does_not_reach_across_a_purpose_clause_or_another_verb() {
    // the summons is to the U.S. diplomat, not to the Colombian who died
    let r = code(
        "Colombia's foreign ministry summoned the top U.S. diplomat in Bogota, chargé \
         d'affaires John McNamara, to protest the death of a Colombian national.",
    );
    assert!(
        has(&r, "COL", "USA", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|d| d.0 == "COL" && d.1 == "COL"),
        "{:?}",
        dyads(&r)
    );
    // a list of asks is still read as one request after another
    let r = code(
        "Germany called on Serbia to investigate the attack, to arrest those responsible \
         and to begin a dialogue with Kosovo.",
    );
    assert!(
        has(&r, "DEU", "SRB", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_place_named_with_its_administrative_noun_gives_the_country() {
    let r = code("Boko Haram fighters killed 63 civilians in Borno state.");
    assert!(
        dyads(&r)
            .iter()
            .any(|d| d.0 == "NGA" && d.1 == "NGA" && d.2 == "19"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_order_and_the_bloc_stand_for_who_was_named_before() {
    let r = code(
        "The International Court of Justice ordered Serbia to halt the construction. Serbia \
         rejected the order on Saturday. Croatia welcomed the ruling.",
    );
    for (s, t, root) in [("SRB", "IGO", "12"), ("HRV", "IGO", "05")] {
        assert!(has(&r, s, t, root, Modality::Asserted), "{:?}", dyads(&r));
    }
    let r = code(
        "The Caribbean Community met in Barbados on Monday. The 15-member bloc called on \
         Venezuela to respect the border.",
    );
    assert!(
        has(&r, "IGO", "VEN", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "The Caribbean Community expressed its \"full and unwavering support\" for Belize's \
         sovereignty.",
    );
    assert!(
        has(&r, "IGO", "BLZ", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_act_in_a_when_clause_after_an_old_date_is_history() {
    let r = code(
        "China offered to host talks, following the meeting in Kazan in October 2024, when \
         Modi and Xi agreed to work together.",
    );
    assert!(
        has(&r, "IND", "CHN", "03", Modality::Historical),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !has(&r, "IND", "CHN", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_launch_and_the_north_stand_for_the_country_that_launched() {
    let r = code(
        "North Korea test-fired a ballistic missile on Friday, Seoul said. Japan's prime \
         minister condemned the launch as a clear provocation that violates UN resolutions, \
         and urged North Korea to return to talks. In Washington, the State Department called \
         on the North to refrain from further tests.",
    );
    for (s, t, root) in [
        ("JPN", "PRK", "11"),
        ("JPN", "PRK", "02"),
        ("USA", "PRK", "02"),
    ] {
        assert!(
            has(&r, s, t, root, Modality::Asserted),
            "{s} {t} {root}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn allies_in_a_nato_text_are_the_alliance_and_a_decided_delivery_is_a_plan() {
    let r = code(
        "NATO foreign ministers met in Brussels on Wednesday. Allies demand that Russia \
         immediately cease such provocations. Allies have decided to provide additional air \
         defence systems to Ukraine before the end of the year.",
    );
    assert!(
        has(&r, "IGO", "RUS", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "IGO", "UKR", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(!dyads(&r).iter().any(|d| d.2 == "07"), "{:?}", dyads(&r));
    // a decision to stop something is the act itself
    let r = code("China said it had decided to cease all contact with Lithuania's president.");
    assert!(
        !has(&r, "CHN", "LTU", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_country_opening_a_sentence_is_no_verb() {
    let r = code("Spain said it had expelled two Russian diplomats.");
    assert!(
        has(&r, "ESP", "RUS", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn weapons_used_against_someone_are_an_attack_and_a_copula_can_be_negated() {
    let r = code("Russian forces used chemical weapons against Ukrainian troops near Pokrovsk.");
    assert!(
        dyads(&r)
            .iter()
            .any(|d| d.0 == "RUS" && d.1 == "UKR" && d.2 == "20"),
        "{:?}",
        dyads(&r)
    );
    let r = code("Egypt was not optimistic about relations with Ethiopia.");
    assert!(
        !has(&r, "EGY", "ETH", "01", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_pronoun_after_where_is_the_main_clause_person() {
    let r = code(
        "Chinese Vice Premier Ding Xuexiang held talks with Zambian President Hakainde \
         Hichilema in Lusaka on Thursday. Hichilema said relations with China were strong. \
         Ding arrived in Lusaka from Nairobi, where he held talks with Kenyan President William \
         Ruto on Tuesday.",
    );
    assert!(
        has(&r, "CHN", "KEN", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|d| d.0 == "ZMB" && d.1 == "KEN"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_protest_stands_for_who_lodged_it() {
    let r = code(
        "South Korea's foreign ministry lodged a strong protest with Japan over the textbook. \
         The Japanese side rejected the protest on Friday.",
    );
    assert!(
        has(&r, "JPN", "KOR", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_rugby_or_cricket_result_is_no_assault() {
    for text in [
        "South Africa's Springboks were beaten by France in a bruising test in Paris.",
        "India beat Pakistan by six wickets in Dubai.",
    ] {
        let r = code(text);
        assert!(
            !dyads(&r)
                .iter()
                .any(|d| matches!(d.2.as_str(), "17" | "18" | "19" | "20")),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn the_release_of_people_held_is_asked_of_who_holds_them() {
    let r = code(
        "Georgian police detained three Armenian nationals at the border on Wednesday. \
         Armenia's foreign ministry demanded the immediate release of the three men.",
    );
    assert!(
        has(&r, "ARM", "GEO", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_attempt_codes_the_act_tried() {
    // "to storm" after "tried" is the infinitive, not the noun
    let r = code("Ethiopian troops tried to storm the Eritrean town of Tesseney on Monday.");
    assert!(
        has(&r, "ETH", "ERI", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_condition_makes_a_threat_against_its_subject() {
    for (text, root) in [
        (
            "If Venezuela attacks, Colombia will respond with force.",
            "13",
        ),
        (
            "Colombia warned that it would take resolute measures if Venezuela continued its provocations.",
            "13",
        ),
        (
            "Should Venezuela continue the provocations, Colombia will take measures that Caracas will find unbearable.",
            "13",
        ),
        (
            "If Iran keeps refusing inspections, Britain will impose further sanctions on Tehran.",
            "13",
        ),
    ] {
        let r = code(text);
        let d = dyads(&r);
        let (s, t) = if text.contains("Iran") {
            ("GBR", "IRN")
        } else {
            ("COL", "VEN")
        };
        assert!(
            has(&r, s, t, root, Modality::Asserted),
            "{text}: {d:?}"
        );
        // the condition itself is no event, nor the act threatened
        assert!(
            !d.iter().any(|x| x.0 == t
                || x.2 == "16" && x.3 == Modality::Future
                || matches!(x.2.as_str(), "18" | "19")),
            "{text}: {d:?}"
        );
    }
    // a condition with no threat stays what it is
    let r = code("If the talks succeed, Chile will sign a trade deal with Peru.");
    assert!(!dyads(&r).iter().any(|x| x.2 == "13"), "{:?}", dyads(&r));
}

#[test]
fn an_act_in_a_condition_is_hypothetical_and_ends_at_the_comma() {
    let r = code(
        "If Iran continues to refuse inspections, Britain will impose further sanctions on Tehran.",
    );
    assert!(
        !dyads(&r).iter().any(|x| x.0 == "IRN" && x.1 == "GBR"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn two_sides_discussing_a_topic_consult_each_other() {
    let r =
        code("The Chilean and Peruvian foreign ministers discussed the situation around Bolivia.");
    let d = dyads(&r);
    assert!(has(&r, "CHL", "PER", "04", Modality::Asserted), "{d:?}");
    assert!(has(&r, "PER", "CHL", "04", Modality::Asserted), "{d:?}");
    assert!(!d.iter().any(|x| x.1 == "BOL"), "{d:?}");
    // "the leaders" after others were named may not be the sides of the discussion
    let r = code(
        "Trump spoke with the leaders of France, Britain and Poland on Monday. \
         The leaders also discussed trade.",
    );
    let d = dyads(&r);
    assert!(!d.iter().any(|x| x.0 == "FRA" && x.1 == "GBR"), "{d:?}");
}

#[test]
fn a_portfolio_before_the_country_is_no_owner() {
    let r = code(
        "Minister for Foreign Affairs of the Republic of Peru Ana Castillo received Chilean \
         Minister for Foreign Affairs Jorge Soto in Lima on Friday.",
    );
    assert!(
        has(&r, "PER", "CHL", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // a special envoy "for" a country is not of it
    let r = code("The Special Envoy for Sudan met Kenyan President William Ruto in Nairobi.");
    assert!(!dyads(&r).iter().any(|x| x.0 == "SDN"), "{:?}", dyads(&r));
}

#[test]
fn a_threat_to_act_is_a_threat() {
    for (text, s, t) in [
        (
            "Hezbollah's leader Naim Qassem threatened to strike Haifa.",
            "LBN",
            "ISR",
        ),
        (
            "Iran threatened on Monday to attack American bases in Iraq.",
            "IRN",
            "USA",
        ),
        (
            "Colombian President Gustavo Petro threatened to cut electricity sales to Ecuador.",
            "COL",
            "ECU",
        ),
    ] {
        let r = code(text);
        assert!(
            has(&r, s, t, "13", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
        assert!(
            !dyads(&r)
                .iter()
                .any(|d| matches!(d.2.as_str(), "16" | "18" | "19")),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn a_state_arrests_and_is_protested_by_its_own_people() {
    for (text, s, t, root) in [
        (
            "Kenyan police arrested opposition leader Raila Odinga.",
            "KEN",
            "KEN",
            "17",
        ),
        (
            "Police in Uganda detained dozens of protesters in Kampala.",
            "UGA",
            "UGA",
            "17",
        ),
        (
            "Thousands of Nigerians rallied in Lagos against the government's fuel price rises.",
            "NGA",
            "NGA",
            "14",
        ),
        (
            "Russian police detained a French researcher.",
            "RUS",
            "FRA",
            "17",
        ),
        (
            "Iranian authorities arrested a British tourist.",
            "IRN",
            "GBR",
            "17",
        ),
    ] {
        let r = code(text);
        assert!(
            dyads(&r)
                .iter()
                .any(|d| d.0 == s && d.1 == t && d.2 == root),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn a_person_named_with_a_role_after_a_comma_is_that_role_again() {
    let r = code(
        "Sheikh Hamad bin Khalifa, Amir of the State of Kuwait, paid a state visit to Japan. \
         The Amir was received at the airport by Prime Minister Shigeru Ishiba. \
         The Prime Minister thanked the Amir for his support.",
    );
    let d = dyads(&r);
    assert!(has(&r, "KWT", "JPN", "04", Modality::Asserted), "{d:?}");
    assert!(has(&r, "JPN", "KWT", "04", Modality::Asserted), "{d:?}");
    assert!(has(&r, "JPN", "KWT", "05", Modality::Asserted), "{d:?}");
}

#[test]
fn a_passive_whose_subject_holds_the_pattern_words() {
    for (text, s, t, root) in [
        (
            "Economic sanctions on Belarus were lifted by the United States on Tuesday.",
            "USA",
            "BLR",
            "08",
        ),
        (
            "Sanctions on Nicaragua were imposed by Canada.",
            "CAN",
            "NIC",
            "16",
        ),
        ("Aid was delivered to Malawi by Zambia.", "ZMB", "MWI", "07"),
    ] {
        let r = code(text);
        assert!(
            dyads(&r)
                .iter()
                .any(|d| d.0 == s && d.1 == t && d.2 == root),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // no agent, no source
    let r = code("Sanctions were lifted on Tuesday.");
    assert!(r.events.is_empty(), "{:?}", dyads(&r));
}

#[test]
fn a_pledge_to_act_is_one_promise() {
    let r = code("Japan pledged to provide patrol vessels to Vietnam.");
    assert!(
        has(&r, "JPN", "VNM", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("France promised to deliver tanks to Moldova.");
    let promises = dyads(&r).iter().filter(|d| d.2 == "03").count();
    assert_eq!(promises, 1, "{:?}", dyads(&r));
}

#[test]
fn goods_with_a_demonym_are_the_country_s() {
    let r = code("South Korea suspended imports of Chinese steel.");
    assert!(
        dyads(&r)
            .iter()
            .any(|d| d.0 == "KOR" && d.1 == "CHN" && d.2 == "16"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn what_is_denied_is_not_asserted() {
    let r = code("Venezuela denied that it had sent troops to Guyana.");
    assert!(
        !dyads(&r)
            .iter()
            .any(|d| d.3 == Modality::Asserted && d.2 == "15"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn condemning_the_sanctions_answers_who_imposed_them() {
    let r = code(
        "The European Union on Tuesday adopted new sanctions against Nicaragua. \
         Managua condemned the sanctions as illegal.",
    );
    assert!(
        has(&r, "NIC", "IGO", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_ministry_is_no_spokesman_of_another_ministry() {
    let r = code(
        "In Caracas, Foreign Ministry spokesman Carlos Faria condemned the decision. \
         Bolivia's foreign ministry called it unjustified. \
         The ministry also summoned the Brazilian ambassador in La Paz.",
    );
    assert!(
        has(&r, "BOL", "BRA", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_withdrawal_from_a_town_is_from_its_country() {
    let r =
        code("Russian forces pulled out of the southern Ukrainian town of Kupiansk on Tuesday.");
    assert!(
        has(&r, "RUS", "UKR", "08", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_investigation_into_a_demonym_s_plot_targets_its_country() {
    let r =
        code("Czech prosecutors opened an investigation into a suspected Russian sabotage plot.");
    assert!(
        has(&r, "CZE", "RUS", "09", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn killing_a_hundred_civilians_or_more_is_a_mass_killing() {
    let r = code(
        "Ethiopian soldiers killed more than 1,000 civilians in the Ethiopian region of Tigray.",
    );
    assert!(
        has(&r, "ETH", "ETH", "20", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("Russian forces killed 12 civilians in Kharkiv.");
    assert!(
        has(&r, "RUS", "UKR", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_group_is_the_armed_group_named_last() {
    let r = code(
        "The Houthis fired drones at Eilat on Monday. \
         The group also fired missiles at American warships in the Red Sea.",
    );
    assert!(
        has(&r, "YEM", "USA", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "The M23 seized Bukavu in February. The rebels then attacked Burundian troops near Uvira.",
    );
    assert!(
        has(&r, "COD", "BDI", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_army_and_the_government_named_again() {
    let r = code(
        "The Malian Armed Forces said its troops had repelled an attack near Gao. \
         The army, led by General Assimi Goita, accused JNIM of deliberately targeting civilians.",
    );
    let d = dyads(&r);
    assert!(d.iter().any(|x| x.0 == "MLI" && x.2 == "11"), "{d:?}");
    // what is alleged is not coded as done by the accuser
    assert!(!d.iter().any(|x| x.0 == "MLI" && x.2 == "19"), "{d:?}");
    let r = code(
        "Colombia's government and the ELN rebels agreed on Tuesday to extend their ceasefire. \
         The ELN accused the government of failing to honour its commitments.",
    );
    assert!(
        dyads(&r)
            .iter()
            .any(|x| x.0 == "COL" && x.1 == "COL" && x.2 == "11"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_host_and_a_guest_are_the_two_sides_after() {
    let r = code(
        "Minister for Foreign Affairs of the Republic of Peru Ana Castillo received Chilean \
         Minister for Foreign Affairs Jorge Soto in Lima on Friday. \
         The two ministers called on the Bolivian government to end the blockade.",
    );
    let d = dyads(&r);
    assert!(has(&r, "PER", "BOL", "02", Modality::Asserted), "{d:?}");
    assert!(has(&r, "CHL", "BOL", "02", Modality::Asserted), "{d:?}");
    // the leaders "of" two countries stay two sides
    let r = code("The leaders of Chile and Peru condemned Bolivia.");
    let d = dyads(&r);
    assert!(d.iter().any(|x| x.0 == "CHL"), "{d:?}");
    assert!(d.iter().any(|x| x.0 == "PER"), "{d:?}");
}

#[test]
fn each_owner_of_an_of_phrase_is_a_side() {
    let r = code("Kenya's foreign minister praised the efforts of Qatar and Egypt.");
    let d = dyads(&r);
    assert!(has(&r, "KEN", "QAT", "05", Modality::Asserted), "{d:?}");
    assert!(has(&r, "KEN", "EGY", "05", Modality::Asserted), "{d:?}");
}

#[test]
fn an_opening_name_read_as_an_adverb_is_the_subject() {
    let r = code("Norway praised Colombia.");
    assert!(
        has(&r, "NOR", "COL", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_leaders_are_the_sides_of_the_last_meeting() {
    // countries listed after the call are not the leaders who spoke
    let r = code(
        "Japan's prime minister spoke by phone with Australia's prime minister on Monday. \
         He urged China and the Philippines to avoid unilateral steps in the South China Sea. \
         The leaders agreed to remain in close contact.",
    );
    let d = dyads(&r);
    assert!(has(&r, "JPN", "AUS", "03", Modality::Asserted), "{d:?}");
    assert!(has(&r, "AUS", "JPN", "03", Modality::Asserted), "{d:?}");
    assert!(!d.iter().any(|x| x.2 == "03" && x.0 == "CHN"), "{d:?}");
    // the people an "of" phrase names, who met, are the meeting too
    let r = code(
        "The presidents of Ghana and Togo met in Accra on Tuesday. \
         Nigeria and Benin sent ministers to the ceremony. \
         The two presidents agreed to reopen the border.",
    );
    let d = dyads(&r);
    assert!(has(&r, "GHA", "TGO", "03", Modality::Asserted), "{d:?}");
    assert!(!d.iter().any(|x| x.2 == "03" && x.0 == "NGA"), "{d:?}");
}

#[test]
fn a_delegation_led_by_someone_is_of_their_side() {
    let r = code(
        "Egypt's foreign minister on Monday received a delegation led by Turkey's deputy \
         foreign minister in Cairo.",
    );
    assert!(
        has(&r, "EGY", "TUR", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn both_leaders_of_a_statement_by_three_are_two_of_them() {
    let r = code_by(
        "Joint Statement by Kenya, Ethiopia and Somalia on the Nairobi Meeting",
        "Ethiopia and Somalia agreed to a ceasefire on Monday. \
         Both Leaders agreed to establish a joint border committee.",
    );
    let d = dyads(&r);
    assert!(has(&r, "ETH", "SOM", "03", Modality::Asserted), "{d:?}");
    assert!(!d.iter().any(|x| x.0 == "KEN" || x.1 == "KEN"), "{d:?}");
}

#[test]
fn its_opening_a_sentence_is_the_subject_before() {
    let r = code(
        "Argentina was more cautious. Its foreign ministry urged Chile to avoid unilateral steps.",
    );
    assert!(
        has(&r, "ARG", "CHL", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_sea_is_no_country_and_an_owner_or_flag_is() {
    let r = code("Houthi rebels attacked a tanker in the Red Sea on Sunday.");
    let d = dyads(&r);
    assert!(!d.iter().any(|x| x.1 == "SDN"), "{d:?}");
    let r = code("Houthi rebels struck a Liberian-flagged bulk carrier on Sunday.");
    let d = dyads(&r);
    assert!(d.iter().any(|x| x.0 == "YEM" && x.1 == "LBR"), "{d:?}");
}

#[test]
fn what_measures_target_they_target_by_measures() {
    // a participle after "sanctions" says what they target; an adverb may split the infinitive
    let r = code("Canada announced new sanctions targeting Belarus's potash exports.");
    let d = dyads(&r);
    assert!(has(&r, "CAN", "BLR", "16", Modality::Asserted), "{d:?}");
    let r = code(
        "Japan announced new measures to more effectively target North Korea's shipping network.",
    );
    let d = dyads(&r);
    assert!(has(&r, "JPN", "PRK", "16", Modality::Asserted), "{d:?}");
    // measures that target a fleet are no attack on it
    let r = code("Norway announced measures to target Russia's shadow fleet.");
    let d = dyads(&r);
    assert!(!d.iter().any(|x| x.2 == "19"), "{d:?}");
}

#[test]
fn what_a_side_needs_to_do_is_not_done() {
    let r = code("Ethiopia and Eritrea need to withdraw their troops from Somalia.");
    let d = dyads(&r);
    assert!(!d.iter().any(|x| x.2 == "08"), "{d:?}");
}

#[test]
fn a_verb_after_and_shares_the_subject_of_the_finite_verb_before() {
    let r = code(
        "Kenya later threatened to expel thousands of Ugandan troops deployed in Somalia to \
         fight militants, and signed a defence pact with Egypt.",
    );
    let d = dyads(&r);
    assert!(d.iter().any(|x| x.0 == "KEN" && x.1 == "EGY"), "{d:?}");
    assert!(!d.iter().any(|x| x.0 == "UGA" && x.1 == "EGY"), "{d:?}");
}

#[test]
fn what_is_demanded_is_not_done() {
    let r = code("Kenya demanded that Ethiopia and Eritrea withdraw their troops from Somalia.");
    let d = dyads(&r);
    assert!(d.iter().any(|x| x.0 == "KEN" && x.1 == "ETH"), "{d:?}");
    assert!(!d.iter().any(|x| x.0 == "ETH" && x.1 == "SOM"), "{d:?}");
    let r = code("Canada demanded that Iran stop supplying ballistic missiles to Russia.");
    let d = dyads(&r);
    assert!(!d.iter().any(|x| x.0 == "IRN" && x.1 == "RUS"), "{d:?}");
}

#[test]
fn a_person_heading_a_country_office_is_of_that_country() {
    let r = code(
        "Ivan Horvat, head of the Croatian government's Office for Minorities, accused \
         Belgrade of discrimination.",
    );
    assert!(
        has(&r, "HRV", "SRB", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_move_is_the_last_hostile_act() {
    let r = code(
        "Belarus expelled two Latvian diplomats on Monday. Latvia condemned the move and \
         summoned the Belarusian ambassador.",
    );
    assert!(
        has(&r, "LVA", "BLR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("Armenian police seized three Azerbaijani-run warehouses on Friday.");
    assert!(
        dyads(&r).iter().any(|x| x.0 == "ARM" && x.1 == "AZE"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn with_x_and_with_y_are_both_sides() {
    let r = code(
        "Latvian President Edgars Rinkevics said he had spoken by phone with Polish President \
         Andrzej Duda and with Lithuanian President Gitanas Nauseda.",
    );
    let d = dyads(&r);
    assert!(d.iter().any(|x| x.0 == "LVA" && x.1 == "POL"), "{d:?}");
    assert!(d.iter().any(|x| x.0 == "LVA" && x.1 == "LTU"), "{d:?}");
}

#[test]
fn calling_on_someone_with_no_appeal_is_a_courtesy_call_and_an_invited_visit_is_not_made() {
    let r = code("Kenya's foreign minister called on the Emir of Kuwait during the visit.");
    let d = dyads(&r);
    assert!(has(&r, "KEN", "KWT", "04", Modality::Asserted), "{d:?}");
    let r = code("Kenya called on Uganda to withdraw its troops.");
    let d = dyads(&r);
    assert!(has(&r, "KEN", "UGA", "02", Modality::Asserted), "{d:?}");
    let r = code(
        "The Emir of Kuwait extended an invitation to Kenya's president to visit Kuwait at a \
         mutually convenient time.",
    );
    let d = dyads(&r);
    assert!(!d.iter().any(|x| x.2 == "04"), "{d:?}");
}

#[test]
fn the_verb_after_to_is_no_word_of_a_name() {
    let r = code(
        "Chile and Peru met on Monday. The two sides agreed to explore a bilateral Free Trade \
         Agreement.",
    );
    let codes: Vec<&str> = r.events.iter().map(|e| e.code.as_str()).collect();
    assert!(!codes.contains(&"0353"), "{codes:?}");
}

#[test]
fn a_body_named_with_another_country_adjective_is_that_countrys() {
    let r = code(
        "Jordan expressed its appreciation for the decision of the Iraqi National Security \
         Council.",
    );
    let d = dyads(&r);
    assert!(has(&r, "JOR", "IRQ", "05", Modality::Asserted), "{d:?}");
}

#[test]
fn a_date_in_a_relative_clause_after_the_act_does_not_date_it() {
    let r = code(
        "Egypt signed a gas deal with Cyprus, with which it had agreed a framework in April 2023.",
    );
    assert!(
        r.events
            .iter()
            .any(|e| e.root == "05" && e.modality == Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_quotation_that_opens_with_the_verb_keeps_its_subject() {
    let r = code(
        "The African Union condemned the attack. In a statement, the bloc said it \"stands \
         firmly with Chad\" and called on Sudan to respect the border.",
    );
    let d = dyads(&r);
    assert!(
        d.iter()
            .any(|x| x.0 == "IGO" && x.1 == "SDN" && x.2 == "02"),
        "{d:?}"
    );
}

#[test]
fn a_generic_region_name_stands_for_no_country() {
    let r =
        code("Armed gangs in Haiti attacked villages in the Centre and Artibonite departments.");
    let d = dyads(&r);
    assert!(!d.iter().any(|x| x.1 == "BFA"), "{d:?}");
}

#[test]
fn those_a_side_acted_along_with_act_too() {
    let r =
        code("Slovenia recognised a Palestinian state on Wednesday, along with Malta and Belgium.");
    let d = dyads(&r);
    for s in ["SVN", "MLT", "BEL"] {
        assert!(d.iter().any(|x| x.0 == s && x.1 == "PSE"), "{s}: {d:?}");
    }
}

#[test]
fn a_countrys_efforts_are_its_own() {
    let r = code("Jordan said it welcomed the U.S. and Saudi efforts to end the war.");
    let d = dyads(&r);
    assert!(has(&r, "JOR", "USA", "05", Modality::Asserted), "{d:?}");
    assert!(has(&r, "JOR", "SAU", "05", Modality::Asserted), "{d:?}");
}

#[test]
fn each_side_of_a_hyphenated_title_pair_is_an_author() {
    let r = code_by(
        "Joint Statement of the Third Kenya-Ethiopia Ministerial Meeting",
        "The Ministers expressed serious concern over the situation in Sudan and called on \
         Eritrea to respect the border.",
    );
    let d = dyads(&r);
    assert!(has(&r, "KEN", "ERI", "02", Modality::Asserted), "{d:?}");
    assert!(has(&r, "ETH", "ERI", "02", Modality::Asserted), "{d:?}");
}

#[test]
fn what_sides_intend_or_aim_to_do_is_an_intention() {
    let r = code("Japan and Australia intend to hold talks with the Philippines.");
    let d = dyads(&r);
    assert!(has(&r, "JPN", "PHL", "03", Modality::Future), "{d:?}");
    assert!(has(&r, "AUS", "PHL", "03", Modality::Future), "{d:?}");
}

#[test]
fn a_declared_intention_toward_another_side_is_an_intention_to_cooperate() {
    // an act no verb pattern codes, concerning a country named after the verb
    let r = code("Kenya plans to build a new railway line to Ethiopia.");
    assert!(
        has(&r, "KEN", "ETH", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
    // through an adjective of the other side, and past a participle on the object
    let r = code(
        "Canada commits to address concerns raised by Mexican exporters about its dairy rules.",
    );
    assert!(
        has(&r, "CAN", "MEX", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
    // coordinated verbs of the intention, toward a force of another country
    let r = code(
        "Germany and Italy intend to lead and coordinate training programmes for the \
         Tunisian Armed Forces.",
    );
    let d = dyads(&r);
    assert!(has(&r, "DEU", "TUN", "03", Modality::Future), "{d:?}");
    assert!(has(&r, "ITA", "TUN", "03", Modality::Future), "{d:?}");
    assert!(!d.iter().any(|x| x.0 == "DEU" && x.1 == "ITA"), "{d:?}");
    // an act between the subject's sides only
    let r = code("Chile and Peru plan to hold a joint naval exercise next year.");
    assert!(
        has(&r, "CHL", "PER", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn intentions_others_fear_or_hostile_intentions_are_no_cooperation() {
    for text in [
        "We are concerned that Iran intends to ship drones to forces fighting Armenia.",
        "Serbia does not intend to open a consulate in Kosovo.",
        "Britain said it was prepared to reimpose sanctions on Zimbabwe.",
        "Kenya plans to deploy more troops in combat against Somalia.",
    ] {
        let r = code(text);
        assert!(
            !dyads(&r).iter().any(|x| x.2 == "03"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn a_turn_label_with_a_note_in_brackets_names_the_speaker() {
    let r = code_by(
        "Russian-Nicaraguan talks",
        "Vladimir Putin held talks in the Kremlin with President of Nicaragua Daniel Ortega.\n\n\
         Vladimir Putin: Mr President, friends, welcome to Moscow.\n\n\
         Daniel Ortega (retranslated): Mr President, I would like to thank Russia for its \
         consistent support.",
    );
    let d = dyads(&r);
    assert!(has(&r, "NIC", "RUS", "05", Modality::Asserted), "{d:?}");
    assert!(!d.iter().any(|x| x.0 == "RUS" && x.1 == "RUS"), "{d:?}");
}

#[test]
fn we_of_one_side_of_a_meeting_who_agree_are_both_sides() {
    let r = code_by(
        "Russian-Laotian talks",
        "Vladimir Putin held talks in the Kremlin with President of Laos Thongloun \
         Sisoulith.\n\nVladimir Putin: Mr President, friends,\n\nWe agreed to expand \
         cooperation in energy and signed a memorandum on education. We condemn the attack \
         on Syria by terrorists.",
    );
    let d = dyads(&r);
    assert!(has(&r, "RUS", "LAO", "03", Modality::Asserted), "{d:?}");
    assert!(has(&r, "LAO", "RUS", "03", Modality::Asserted), "{d:?}");
    assert!(has(&r, "LAO", "RUS", "05", Modality::Asserted), "{d:?}");
    // (what one side condemns stays its own)
    assert!(!d.iter().any(|x| x.0 == "LAO" && x.2 == "11"), "{d:?}");
}

#[test]
fn condolences_over_a_countrys_dead_are_an_empathetic_comment() {
    let r =
        code("Japan expressed its condolences over the deaths of Turkish citizens in the blast.");
    assert!(
        has(&r, "JPN", "TUR", "01", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_listed_subject_with_titles_in_apposition_meets() {
    // each side of the list meets each other
    let r = code_by(
        "Joint Statement of the Leaders of Ghana, Senegal and Nigeria",
        "We, President John Mahama of Ghana, President Bassirou Diomaye Faye of Senegal, and \
         President Bola Tinubu of Nigeria, met today in Accra.",
    );
    let d = dyads(&r);
    for (a, b) in [
        ("GHA", "SEN"),
        ("SEN", "NGA"),
        ("NGA", "GHA"),
        ("GHA", "NGA"),
    ] {
        assert!(has(&r, a, b, "04", Modality::Asserted), "{a}-{b}: {d:?}");
    }
    // those before "together with" meet those after it, not each other
    let r = code(
        "The President of the European Council, Antonio Costa, and the President of the \
         European Commission, Ursula von der Leyen, together with the President of Chile, \
         Gabriel Boric, and the President of the Argentine Republic, Javier Milei, met in \
         Santiago for the summit. The Participants thanked the President of the Republic of \
         Chile for hosting the summit.",
    );
    let d = dyads(&r);
    assert!(has(&r, "IGO", "CHL", "04", Modality::Asserted), "{d:?}");
    assert!(has(&r, "ARG", "IGO", "04", Modality::Asserted), "{d:?}");
    assert!(
        !d.iter()
            .any(|x| x.0 == "CHL" && x.1 == "ARG" && x.2 == "04"),
        "{d:?}"
    );
    // the meeting's participants thank the host the "of" phrase names
    assert!(has(&r, "ARG", "CHL", "05", Modality::Asserted), "{d:?}");
}

#[test]
fn thanks_to_a_countrys_friends_after_a_split_infinitive() {
    let r = code_by(
        "Statement by the President of Kazakhstan Kassym-Jomart Tokayev",
        "I would like to once again thank our Mongolian friends for their hospitality.",
    );
    assert!(
        has(&r, "KAZ", "MNG", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_infinitive_joined_to_a_requested_one_is_requested_too() {
    let r = code(
        "The EU urges Ethiopia to cease its support to the militias and to withdraw its \
         forces from the territory of Somalia.",
    );
    let d = dyads(&r);
    assert!(has(&r, "IGO", "ETH", "02", Modality::Asserted), "{d:?}");
    assert!(!d.iter().any(|x| x.0 == "ETH" && x.1 == "SOM"), "{d:?}");
}

#[test]
fn the_military_regime_is_the_armed_forces_of_the_country_named_last() {
    let r = code(
        "Three years after the coup, Guinea remains under military rule. The African Union \
         calls on the military regime to release all political prisoners.",
    );
    assert!(
        has(&r, "IGO", "GIN", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // (a military another phrase names is that one's)
    let r = code("Sudan's army retook the capital. Egypt condemned the Ethiopian military.");
    assert!(
        !dyads(&r).iter().any(|x| x.0 == "EGY" && x.1 == "SDN"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn adopting_or_exchanging_agreements_is_an_agreement_and_its_topic_no_act() {
    let r = code(
        "Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat \
         Mirziyoyev. The two presidents adopted a Joint Declaration on further deepening \
         the alliance and exchanged agreements on water sharing.",
    );
    let d = dyads(&r);
    assert!(has(&r, "KAZ", "UZB", "05", Modality::Asserted), "{d:?}");
    assert!(has(&r, "UZB", "KAZ", "05", Modality::Asserted), "{d:?}");
    assert!(!d.iter().any(|x| x.2 == "03" || x.2 == "06"), "{d:?}");
}

#[test]
fn appreciating_a_visit_by_someone_praises_them() {
    let r = code("Laos highly appreciates the visit by Chinese Premier Li Qiang.");
    assert!(
        has(&r, "LAO", "CHN", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_courtesy_with_no_one_named_in_a_call_readout_is_to_the_other_side() {
    let r = code(
        "Prime Minister Mark Carney spoke with President Claudia Sheinbaum of Mexico. The \
         Prime Minister apologised for the incident at the border and expressed his \
         condolences for the loss of life in Sinaloa.",
    );
    let d = dyads(&r);
    assert!(has(&r, "CAN", "MEX", "05", Modality::Asserted), "{d:?}");
    // (with no call before, no addressee is guessed)
    let r = code("Prime Minister Mark Carney apologised for the incident at the border.");
    assert!(dyads(&r).is_empty(), "{:?}", dyads(&r));
}

#[test]
fn a_verb_of_statement_after_a_name_and_an_adverb_is_a_verb() {
    let r = code(
        "Chancellor Friedrich Merz also thanks Norway, Sweden, and Finland for their support.",
    );
    let d = dyads(&r);
    for t in ["NOR", "SWE", "FIN"] {
        assert!(has(&r, "DEU", t, "05", Modality::Asserted), "{t}: {d:?}");
    }
}

#[test]
fn what_a_side_will_do_concerning_another_is_an_intention() {
    let r = code(
        "Australia and New Zealand will accelerate coordinated investments in port projects \
         in Fiji.",
    );
    let d = dyads(&r);
    assert!(has(&r, "AUS", "FJI", "03", Modality::Future), "{d:?}");
    assert!(has(&r, "NZL", "FJI", "03", Modality::Future), "{d:?}");
    let r = code(
        "Norway will continue facilitating negotiations between both sides, in line with \
         the agreements made in Doha. Colombia and the ELN agreed to a ceasefire.",
    );
    assert!(!dyads(&r).iter().any(|x| x.1 == "QAT"), "{:?}", dyads(&r));
    // (roles and hostile acts are no dealings)
    for text in [
        "Kenya will serve as the lead nation for Haiti.",
        "Israel will strike targets in Lebanon.",
    ] {
        let r = code(text);
        assert!(
            !dyads(&r).iter().any(|x| x.2 == "03"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn talks_between_two_sides_that_were_held_are_a_meeting() {
    let r = code("A new round of talks between Serbia and Kosovo was held in Brussels on Monday.");
    let d = dyads(&r);
    assert!(has(&r, "SRB", "XKX", "04", Modality::Asserted), "{d:?}");
    assert!(has(&r, "XKX", "SRB", "04", Modality::Asserted), "{d:?}");
}

#[test]
fn both_neighbours_and_the_zionist_regime_are_named_sides() {
    let r = code(
        "Ethiopia and Eritrea exchanged fire on the border. Kenya urged both neighbours to \
         show restraint.",
    );
    let d = dyads(&r);
    assert!(has(&r, "KEN", "ETH", "02", Modality::Asserted), "{d:?}");
    assert!(has(&r, "KEN", "ERI", "02", Modality::Asserted), "{d:?}");
    let r = code("Iraq condemned the Zionist regime.");
    assert!(
        has(&r, "IRQ", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn what_a_side_agrees_to_do_for_another_is_an_intention() {
    let r = code("The EU agreed to speed up the delivery of ammunition to Moldova.");
    assert!(
        has(&r, "IGO", "MDA", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_name_with_a_suffix_after_a_comma_and_a_modified_title_are_the_person() {
    let r = code_by(
        "Readout of President Ferdinand Marcos's Call",
        "President Ferdinand R. Marcos, Jr. spoke today with Prime Minister Anthony Albanese \
         of Australia.",
    );
    assert!(
        has(&r, "PHL", "AUS", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "Vice President JD Vance met President Alexander Stubb of Finland. The Vice \
         President thanked Finland for its partnership.",
    );
    assert!(
        has(&r, "USA", "FIN", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_dictionary_name_is_found_with_a_middle_initial() {
    let r = code("Deputy Secretary Kurt M. Campbell met with Foreign Minister Penny Wong.");
    let d = dyads(&r);
    assert!(has(&r, "USA", "AUS", "04", Modality::Asserted), "{d:?}");
    assert!(has(&r, "AUS", "USA", "04", Modality::Asserted), "{d:?}");
}

#[test]
fn an_alias_between_a_name_and_its_apposition_is_passed_over() {
    let r = code(
        "The European Union sanctioned Ousmane Traore, better known as Kobra, the leader of \
         the Malian army's Wagner-trained commando unit.",
    );
    let d = dyads(&r);
    assert!(has(&r, "IGO", "MLI", "16", Modality::Asserted), "{d:?}");
    let r = code(
        "Canada's foreign minister met Pedro Alvarez, also known as El Flaco, the interior \
         minister of Honduras.",
    );
    let d = dyads(&r);
    assert!(has(&r, "CAN", "HND", "04", Modality::Asserted), "{d:?}");
}

#[test]
fn speaking_to_someone_is_a_conversation_both_ways() {
    let r = code("Nigeria's foreign minister spoke to his Ghanaian counterpart on Friday.");
    let d = dyads(&r);
    assert!(has(&r, "NGA", "GHA", "04", Modality::Asserted), "{d:?}");
    assert!(has(&r, "GHA", "NGA", "04", Modality::Asserted), "{d:?}");
    let r =
        code("Chile's president said he had talked to the Bolivian president about the border.");
    let d = dyads(&r);
    assert!(has(&r, "BOL", "CHL", "04", Modality::Asserted), "{d:?}");
}

#[test]
fn civilians_named_together_are_not_the_sides_of_both_countries() {
    let r = code(
        "Ethiopian troops clashed with Eritrean forces near the border on Monday. Eritrea \
         blamed Ethiopia for the fighting. The clashes killed ten Ethiopians and two \
         Sudanese citizens. The African Union called on both countries to exercise \
         restraint.",
    );
    let d = dyads(&r);
    assert!(has(&r, "IGO", "ETH", "02", Modality::Asserted), "{d:?}");
    assert!(has(&r, "IGO", "ERI", "02", Modality::Asserted), "{d:?}");
    assert!(!d.iter().any(|(_, t, _, _)| t == "SDN"), "{d:?}");
}

#[test]
fn with_and_a_participle_is_a_circumstance_not_the_other_side() {
    let r = code(
        "Peru and Ecuador signed a border agreement in Brasilia on Friday, with Brazilian \
         President Luiz Inacio Lula da Silva and Chilean President Gabriel Boric looking on.",
    );
    let d = dyads(&r);
    assert!(has(&r, "PER", "ECU", "05", Modality::Asserted), "{d:?}");
    assert!(has(&r, "ECU", "PER", "05", Modality::Asserted), "{d:?}");
    assert!(
        !d.iter().any(|(_, t, _, _)| t == "BRA" || t == "CHL"),
        "{d:?}"
    );
}

#[test]
fn an_agreement_signed_by_two_sides_is_signed_by_each_with_the_other() {
    let r = code("A trade agreement was signed by Kenya and Tanzania in Arusha on Monday.");
    let d = dyads(&r);
    assert!(has(&r, "KEN", "TZA", "05", Modality::Asserted), "{d:?}");
    assert!(has(&r, "TZA", "KEN", "05", Modality::Asserted), "{d:?}");
    let r = code(
        "The memorandum, signed by Indonesian Foreign Minister Sugiono and his Malaysian \
         counterpart, covers maritime boundaries.",
    );
    let d = dyads(&r);
    assert!(has(&r, "IDN", "MYS", "05", Modality::Asserted), "{d:?}");
    assert!(has(&r, "MYS", "IDN", "05", Modality::Asserted), "{d:?}");
    // (a sentence that signs nothing between the two)
    let r = code("The letter was signed by Kenya's ambassador and published on Monday.");
    assert!(
        !dyads(&r).iter().any(|(_, _, c, _)| c == "05"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn people_of_a_mission_and_service_chiefs_have_their_country() {
    let r =
        code("Morocco declared four officials working at the Algerian embassy persona non grata.");
    let d = dyads(&r);
    assert!(has(&r, "MAR", "DZA", "16", Modality::Asserted), "{d:?}");
    let r = code("The Colombian army chief accused Venezuela of sheltering rebels.");
    let d = dyads(&r);
    assert!(has(&r, "COL", "VEN", "11", Modality::Asserted), "{d:?}");
}

#[test]
fn an_act_of_its_is_of_the_country_named_before() {
    let r = code("Chad's army said its airstrikes killed dozens of Boko Haram fighters.");
    let d = dyads(&r);
    assert!(
        d.iter().any(|(s, _, c, _)| s == "TCD" && c == "19"),
        "{d:?}"
    );
    let r = code("Azerbaijan said its drones destroyed Armenian artillery positions.");
    let d = dyads(&r);
    assert!(has(&r, "AZE", "ARM", "19", Modality::Asserted), "{d:?}");
}

#[test]
fn a_seat_of_power_inside_a_longer_name_is_not_the_government() {
    let r = code(
        "Secretary of State Marco Rubio met Panamanian President José Raúl Mulino in Panama \
         City. Following the meeting, the Secretary traveled to the Miraflores Locks, where he \
         was briefed on Canal operations.",
    );
    let d = dyads(&r);
    assert!(!d.iter().any(|(_, t, _, _)| t == "VEN"), "{d:?}");
    assert!(has(&r, "USA", "PAN", "04", Modality::Asserted), "{d:?}");
}

#[test]
fn a_date_in_a_relative_clause_before_the_act_does_not_date_the_act() {
    let r = code_by(
        "Secretary Rubio's Meeting with Panamanian President Mulino",
        "Secretary of State Marco Rubio met Panamanian President Jose Raul Mulino on Sunday. \
         Rubio thanked Panama for its help with deportation flights, which the United States \
         has paid for under an arrangement signed in July 2024, and the two governments agreed \
         to expand that cooperation.",
    );
    let d = dyads(&r);
    assert!(has(&r, "USA", "PAN", "03", Modality::Asserted), "{d:?}");
}

#[test]
fn a_decision_welcomed_after_it_was_announced_is_of_who_announced_it() {
    let r = code_by(
        "Readout of Secretary Rubio's Meeting with Malaysian Foreign Minister Mohamad Hasan",
        "Secretary of State Marco Rubio met Malaysian Foreign Minister Mohamad Hasan in \
         Washington. Mohamad said Malaysia would lift its ban on American beef imports. The \
         Secretary welcomed the decision.",
    );
    let d = dyads(&r);
    assert!(has(&r, "USA", "MYS", "05", Modality::Asserted), "{d:?}");
}

#[test]
fn a_list_before_a_dashed_aside_is_the_subject() {
    let r = code(
        "On Friday, the foreign ministers of Ghana, Senegal and Nigeria — all members of \
         ECOWAS — called on the Malian authorities to restore civilian rule.",
    );
    let d = dyads(&r);
    for c in ["GHA", "SEN", "NGA"] {
        assert!(has(&r, c, "MLI", "02", Modality::Asserted), "{c}: {d:?}");
    }
}

#[test]
fn a_national_held_since_a_date_is_a_person_of_that_country_freed_today() {
    let r = code("Belarus released a Lithuanian national held since 2021.");
    let d = dyads(&r);
    assert!(has(&r, "BLR", "LTU", "08", Modality::Asserted), "{d:?}");
    let r = code("Azerbaijan freed a Georgian national detained in 2023.");
    let d = dyads(&r);
    assert!(has(&r, "AZE", "GEO", "08", Modality::Asserted), "{d:?}");
}

#[test]
fn both_sides_are_not_three_mediators_named_before() {
    let r = code(
        "Armenia and Azerbaijan agreed to a truce on Sunday. Armenia accused Azerbaijan of \
         shelling border villages. Kazakh President Kassym-Jomart Tokayev thanked Russia, \
         Turkey and Iran for their mediation and urged both sides to respect the truce.",
    );
    let d = dyads(&r);
    assert!(has(&r, "KAZ", "ARM", "02", Modality::Asserted), "{d:?}");
    assert!(has(&r, "KAZ", "AZE", "02", Modality::Asserted), "{d:?}");
    assert!(
        !d.iter()
            .any(|(_, t, c, _)| c == "02" && (t == "RUS" || t == "TUR")),
        "{d:?}"
    );
}

#[test]
fn an_object_and_a_new_subject_are_two_clauses() {
    let r = code("Ukraine released 95 Russian soldiers and Belarus freed two Polish activists.");
    let d = dyads(&r);
    assert!(has(&r, "UKR", "RUS", "08", Modality::Asserted), "{d:?}");
    assert!(has(&r, "BLR", "POL", "08", Modality::Asserted), "{d:?}");
    assert!(
        !d.iter().any(|(s, t, _, _)| s == "RUS" && t == "POL"),
        "{d:?}"
    );
    // (a verb of saying takes the whole list as the subject of what it reports)
    let r = code("Lavrov said Russia and Belarus agreed to hold joint exercises.");
    let d = dyads(&r);
    assert!(has(&r, "BLR", "RUS", "03", Modality::Asserted), "{d:?}");
}

#[test]
fn a_state_body_owned_by_a_country_is_that_country() {
    let r = code("Egypt's prison service said it would release 40 Sudanese detainees.");
    let d = dyads(&r);
    assert!(has(&r, "EGY", "SDN", "03", Modality::Future), "{d:?}");
}

#[test]
fn a_person_called_or_phoned_is_a_call_both_ways() {
    let r =
        code("Spanish Prime Minister Pedro Sanchez called Moroccan King Mohammed VI on Friday.");
    let d = dyads(&r);
    assert!(has(&r, "ESP", "MAR", "04", Modality::Asserted), "{d:?}");
    assert!(has(&r, "MAR", "ESP", "04", Modality::Asserted), "{d:?}");
    let r = code("Italian Prime Minister Giorgia Meloni phoned Tunisian President Kais Saied.");
    let d = dyads(&r);
    assert!(has(&r, "TUN", "ITA", "04", Modality::Asserted), "{d:?}");
    // (what someone is called is no call)
    let r = code(
        "Venezuelan President Nicolas Maduro called Colombian President Gustavo Petro a traitor.",
    );
    assert!(
        !dyads(&r).iter().any(|(_, _, c, _)| c == "04"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_counterpart_after_a_call_is_the_other_side() {
    let r = code(
        "Turkish President Recep Tayyip Erdogan held a telephone conversation with Iranian \
         President Masoud Pezeshkian. Pezeshkian briefed his counterpart on the talks with \
         the IAEA.",
    );
    let d = dyads(&r);
    assert!(
        d.iter()
            .filter(|(s, t, c, _)| s == "IRN" && t == "TUR" && c == "04")
            .count()
            >= 2,
        "{d:?}"
    );
}

#[test]
fn a_readiness_or_willingness_to_act_is_an_intention() {
    let r = code("Kazakhstan expressed its readiness to expand cooperation with Mongolia.");
    let d = dyads(&r);
    assert!(has(&r, "KAZ", "MNG", "03", Modality::Asserted), "{d:?}");
    let r = code("Tokayev confirmed Kazakhstan's willingness to supply grain to Afghanistan.");
    let d = dyads(&r);
    assert!(
        d.iter()
            .any(|(s, t, c, _)| s == "KAZ" && t == "AFG" && c == "03"),
        "{d:?}"
    );
}

#[test]
fn he_after_an_office_holder_subject_is_that_office_holder() {
    // the person named last is Kenya's minister, but the subject was the Secretary-General
    let r = code(
        "The Secretary-General spoke on Tuesday with President Yoweri Museveni of Uganda and \
         with the Foreign Minister of Kenya, Musalia Mudavadi. He also thanked Tanzania for \
         hosting the talks.",
    );
    let d = dyads(&r);
    assert!(
        d.iter()
            .any(|(s, t, c, _)| s == "IGO" && t == "TZA" && c == "05"),
        "{d:?}"
    );
    assert!(
        !d.iter().any(|(s, t, _, _)| s == "KEN" && t == "TZA"),
        "{d:?}"
    );
}

#[test]
fn an_object_it_is_the_country_or_body_named_before_it() {
    let r = code("Egypt welcomed the Sudanese army's pledge and urged it to protect civilians.");
    let d = dyads(&r);
    assert!(has(&r, "EGY", "SDN", "02", Modality::Asserted), "{d:?}");
    let r = code("The European Union praised Kenya and asked it to lead the mission.");
    let d = dyads(&r);
    assert!(has(&r, "IGO", "KEN", "02", Modality::Asserted), "{d:?}");
    // (not the subject of its own clause)
    assert!(!d.iter().any(|(s, t, _, _)| s == t), "{d:?}");
}

#[test]
fn an_arrest_named_again_is_the_captors_and_calling_it_unacceptable_is_criticism() {
    let r = code(
        "Belarusian security forces detained opposition activist Ihar Losik in Minsk on \
         Tuesday. Lithuania's foreign ministry called the detention unacceptable.",
    );
    let d = dyads(&r);
    assert!(has(&r, "LTU", "BLR", "11", Modality::Asserted), "{d:?}");
    let r = code("The Kremlin called the new British sanctions illegal.");
    let d = dyads(&r);
    assert!(has(&r, "RUS", "GBR", "11", Modality::Asserted), "{d:?}");
}

#[test]
fn all_sides_after_a_list_of_reacting_countries_are_the_two_at_war() {
    let r = code(
        "Ethiopian jets struck Eritrean army positions near the border on Monday. Eritrea \
         accused Ethiopia of an unprovoked attack and said Ethiopia would pay a heavy price. \
         Kenya, Uganda, Djibouti and Egypt all condemned the Ethiopian strikes. The African \
         Union said it had engaged with all sides.",
    );
    let d = dyads(&r);
    assert!(has(&r, "IGO", "ETH", "04", Modality::Asserted), "{d:?}");
    assert!(has(&r, "IGO", "ERI", "04", Modality::Asserted), "{d:?}");
    assert!(
        !d.iter().any(|(s, t, _, _)| s == "IGO" && t == "KEN"),
        "{d:?}"
    );
}

#[test]
fn a_forced_entry_is_the_incursion_others_denounce() {
    let r = code(
        "Peru recalled its ambassador from Bolivia on Sunday after Bolivian police forced \
         their way into its embassy in La Paz. Chile and Argentina denounced the incursion, \
         while Colombia said it was studying the case.",
    );
    let d = dyads(&r);
    // the embassy is Peru's (the police's own would be "their")
    assert!(has(&r, "BOL", "PER", "17", Modality::Asserted), "{d:?}");
    assert!(has(&r, "CHL", "BOL", "11", Modality::Asserted), "{d:?}");
    assert!(has(&r, "ARG", "BOL", "11", Modality::Asserted), "{d:?}");
    // (no side of the "while" clause)
    assert!(!d.iter().any(|(_, t, _, _)| t == "COL"), "{d:?}");
}

#[test]
fn a_verb_in_scare_quotes_is_still_the_verb() {
    let r = code("Germany said it \"welcomes\" Serbia's decision to join the talks.");
    let d = dyads(&r);
    assert!(has(&r, "DEU", "SRB", "05", Modality::Asserted), "{d:?}");
}

#[test]
fn the_two_leaders_after_a_host_received_two_are_the_guests() {
    let r = code(
        "Qatari Emir Sheikh Tamim bin Hamad Al Thani hosted Rwandan President Paul Kagame and \
         Congolese President Felix Tshisekedi in Doha on Tuesday. The meeting was also attended \
         by the United States ambassador to Qatar and France's ambassador. Washington praised \
         the two leaders for their courage.",
    );
    let d = dyads(&r);
    assert!(has(&r, "USA", "RWA", "05", Modality::Asserted), "{d:?}");
    assert!(has(&r, "USA", "COD", "05", Modality::Asserted), "{d:?}");
    assert!(
        !d.iter()
            .any(|(s, t, c, _)| s == "USA" && c == "05" && (t == "QAT" || t == "FRA")),
        "{d:?}"
    );
}

#[test]
fn a_name_after_al_is_a_name_and_a_based_word_names_a_country() {
    let r = code("The U.S. Treasury sanctioned Iraqi businessman Hamid Kadhim al-Janabi.");
    let d = dyads(&r);
    assert!(has(&r, "USA", "IRQ", "16", Modality::Asserted), "{d:?}");
    let r = code("Britain sanctioned two UAE-based firms and a Turkey-based shipping company.");
    let d = dyads(&r);
    assert!(has(&r, "GBR", "ARE", "16", Modality::Asserted), "{d:?}");
    assert!(has(&r, "GBR", "TUR", "16", Modality::Asserted), "{d:?}");
}

#[test]
fn a_release_datelined_in_a_capital_is_by_that_government_and_its_passive_designations_too() {
    let r = code_by(
        "Treasury Sanctions Smuggling Network Supporting Yemen's Houthis",
        "WASHINGTON — Today, the Treasury sanctioned four companies that ship Iranian oil for \
         the Houthis. Yemeni businessman Ahmed Saleh al-Hamdani runs the network. Al-Hamdani \
         is being designated pursuant to E.O. 13224 for having assisted the Houthis.",
    );
    let d = dyads(&r);
    assert!(
        d.iter()
            .any(|(s, t, c, _)| s == "USA" && t == "YEM" && c == "16"),
        "{d:?}"
    );
    // (the country the title names after the body is no author)
    assert!(!d.iter().any(|(s, _, _, _)| s == "YEM"), "{d:?}");
}

#[test]
fn an_intention_whose_phrase_names_a_hostile_act_is_no_cooperation() {
    let r = code(
        "Treasury official Anna Lee said the United States will continue to use every tool \
         to cut off the funding of Hamas.",
    );
    let d = dyads(&r);
    assert!(!d.iter().any(|(_, _, c, _)| c == "03"), "{d:?}");
}

#[test]
fn people_another_countrys_force_killed_are_the_tellers_own() {
    let r = code("Armenia's defence ministry said Azerbaijani shelling had killed two civilians.");
    let d = dyads(&r);
    assert!(has(&r, "AZE", "ARM", "19", Modality::Asserted), "{d:?}");
    // (not when the teller is the side that fired)
    let r = code("Azerbaijan's defence ministry said its shelling had killed two militants.");
    let d = dyads(&r);
    assert!(
        !d.iter().any(|(s, t, _, _)| s == "AZE" && t == "AZE"),
        "{d:?}"
    );
}

#[test]
fn police_and_protesters_of_no_country_in_a_dated_wire_report_are_the_datelines() {
    let r = code(
        "DHAKA, Aug 4 (Reuters) - Police fired tear gas and rubber bullets at protesters near \
         the parliament on Sunday.",
    );
    let d = dyads(&r);
    assert!(has(&r, "BGD", "BGD", "17", Modality::Asserted), "{d:?}");
    // (without a dateline, no country is guessed)
    let r = code("Police fired tear gas and rubber bullets at protesters near the parliament.");
    assert!(dyads(&r).is_empty(), "{:?}", dyads(&r));
}

#[test]
fn a_participle_after_a_noun_is_what_was_done_to_it() {
    // "nationals detained in China" were detained; they detained no one
    let r = code(
        "Regarding the case of two Japanese nationals detained in China, Minister Iwaya \
         requested their early release.",
    );
    let d = dyads(&r);
    assert!(
        !d.iter().any(|(s, _, c, _)| s == "JPN" && c == "17"),
        "{d:?}"
    );
    // (a name's own verb stays active: no other verb in the sentence)
    let r = code(
        "Armenian Foreign Minister Ararat Mirzoyan negotiated with Azerbaijani Foreign \
         Minister Jeyhun Bayramov in Almaty.",
    );
    let d = dyads(&r);
    assert!(has(&r, "ARM", "AZE", "04", Modality::Asserted), "{d:?}");
}

#[test]
fn the_presidents_are_those_who_spoke_not_the_bodies_in_contact_since() {
    let r = code(
        "Vladimir Putin had a telephone conversation with President of Kyrgyzstan Sadyr \
         Japarov. It was noted that the Russian side had also been in contact with the \
         Uzbek authorities. The Presidents agreed to maintain contacts.",
    );
    let d = dyads(&r);
    assert!(has(&r, "RUS", "KGZ", "03", Modality::Asserted), "{d:?}");
    assert!(
        !d.iter()
            .any(|(s, t, c, _)| c == "03" && (s == "UZB" || t == "UZB")),
        "{d:?}"
    );
}

#[test]
fn a_statements_own_condemnation_naming_no_one_is_of_the_country_of_its_title() {
    let r = code_by(
        "Haiti: Statement by the High Representative on behalf of the EU on the attacks in \
         Port-au-Prince",
        "The EU strongly condemns the killings of civilians and the destruction of hospitals. \
         The EU denounces terrorism in all its forms.",
    );
    let d = dyads(&r);
    assert_eq!(
        d.iter()
            .filter(|(s, t, c, _)| s == "IGO" && t == "HTI" && c == "11")
            .count(),
        1,
        "{d:?}"
    );
    // (without a country in the title, no one)
    let r = code_by(
        "Statement by the High Representative on behalf of the EU",
        "The EU strongly condemns the killings of civilians.",
    );
    assert!(dyads(&r).is_empty(), "{:?}", dyads(&r));
}

#[test]
fn a_passive_summons_is_by_the_ministry_and_blame_on_names_the_blamed() {
    let r = code("Hungary's ambassador was summoned to the Slovak foreign ministry on Monday.");
    let d = dyads(&r);
    assert!(has(&r, "SVK", "HUN", "11", Modality::Asserted), "{d:?}");
    let r = code("Somalia's army blamed the bombing on al-Shabaab.");
    let d = dyads(&r);
    assert!(
        d.iter()
            .any(|(s, t, c, _)| s == "SOM" && t == "SOM" && c == "11"),
        "{d:?}"
    );
    let r = code("Sudan declared the UAE an aggressor state.");
    let d = dyads(&r);
    assert!(has(&r, "SDN", "ARE", "11", Modality::Asserted), "{d:?}");
}

#[test]
fn a_byline_names_the_first_person_and_a_title_about_an_act_of_others_does_not() {
    // the byline above the text is the "I" and "we" of a statement whose title names no one
    let r = code_by(
        "Sanctions on Gang Leaders in Haiti",
        "Press Statement Antony J. Blinken, Secretary of State June 3, 2024\n\n\
         We commend Kenya for leading the mission. I spoke with President William Ruto today.",
    );
    let d = dyads(&r);
    assert!(has(&r, "USA", "KEN", "05", Modality::Asserted), "{d:?}");
    assert!(both_ways(&r, "USA", "KEN", "04"), "{d:?}");
    // "Designation of X as ...": X is what the statement is about, not its first person
    let r = code_by(
        "Designation of the Houthis as a Foreign Terrorist Organization",
        "We commend Saudi Arabia for its restraint.",
    );
    let d = dyads(&r);
    assert!(!d.iter().any(|(s, _, _, _)| s == "YEM"), "{d:?}");
    // (the byline after a dash still names the author)
    let r = code_by(
        "Designation of the Houthis as a Foreign Terrorist Organization — Press Statement, \
         Antony J. Blinken, Secretary of State",
        "We commend Saudi Arabia for its restraint.",
    );
    assert!(
        has(&r, "USA", "SAU", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn seas_are_no_actors_and_parties_placed_in_a_country_are_of_it() {
    for sea in [
        "the Indian Ocean",
        "the Gulf of Mexico",
        "the Philippine Sea",
    ] {
        let r = code(&format!("Iran sent two warships to {sea} on Monday."));
        assert!(dyads(&r).is_empty(), "{sea}: {:?}", dyads(&r));
    }
    let r = code(
        "Kenya and Angola held talks on Monday. President Ruto called on all parties in \
         Mozambique to exercise restraint.",
    );
    let d = dyads(&r);
    assert!(
        d.iter()
            .any(|(s, t, c, _)| s == "KEN" && t == "MOZ" && c == "02"),
        "{d:?}"
    );
    assert!(
        !d.iter()
            .any(|(s, t, c, _)| s == "KEN" && t == "AGO" && c == "02"),
        "{d:?}"
    );
}

#[test]
fn a_verb_with_its_adverb_in_scare_quotes_keeps_its_subject_and_object() {
    let r = code("Algeria's foreign ministry \"categorically rejected\" Mali's accusations.");
    assert!(
        has(&r, "DZA", "MLI", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("Egypt \"strongly condemns\" the Israeli strikes on Gaza.");
    assert!(
        has(&r, "EGY", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_transcripts_excerpt_label_names_the_speaker_of_its_first_person() {
    let r = code_by(
        "Russian-Kazakhstani talks",
        "Vladimir Putin held talks with President of Kazakhstan Kassym-Jomart Tokayev in \
         Astana.\n\nExcerpts from the statement by President of Kazakhstan Kassym-Jomart \
         Tokayev:\n\nDear Vladimir Vladimirovich, we appreciate your support. We asked our \
         Russian partners to protect our citizens.",
    );
    let d = dyads(&r);
    assert!(has(&r, "KAZ", "RUS", "02", Modality::Asserted), "{d:?}");
    assert!(
        !d.iter()
            .any(|(s, t, c, _)| s == "RUS" && t == "RUS" && c == "02"),
        "{d:?}"
    );
}

#[test]
fn a_bare_capitalized_title_is_the_holder_named_before_and_a_passive_welcome_is_a_meeting() {
    let r = code(
        "Prime Minister Narendra Modi paid a visit to Ghana. On arrival in Accra, Prime \
         Minister was received by President John Mahama. The two leaders held talks at \
         Jubilee House. Prime Minister invited President Mahama to visit India.",
    );
    let d = dyads(&r);
    assert!(has(&r, "GHA", "IND", "04", Modality::Asserted), "{d:?}");
    assert!(both_ways(&r, "IND", "GHA", "04"), "{d:?}");
    assert!(has(&r, "IND", "GHA", "03", Modality::Asserted), "{d:?}");
    // ("Minister for Foreign Affairs of Indonesia Sugiono": a longer title, no reference)
    let r = code(
        "Prime Minister Anthony Albanese met Chinese officials. Minister for Foreign Affairs \
         of Indonesia Sugiono received Australian Foreign Minister Penny Wong.",
    );
    let d = dyads(&r);
    assert!(has(&r, "IDN", "AUS", "04", Modality::Asserted), "{d:?}");
}

#[test]
fn readiness_to_take_restrictive_measures_threatens_and_a_body_acted_within_is_no_side() {
    let r = code(
        "The EU stands ready to take further restrictive and targeted measures against the \
         Belarusian regime.",
    );
    assert!(
        has(&r, "IGO", "BLR", "13", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "Russia and Uzbekistan will continue to coordinate their approaches closely within \
         the Commonwealth of Independent States and the Shanghai Cooperation Organisation.",
    );
    let d = dyads(&r);
    assert!(has(&r, "RUS", "UZB", "03", Modality::Future), "{d:?}");
    assert!(has(&r, "UZB", "RUS", "03", Modality::Future), "{d:?}");
    assert!(!d.iter().any(|(_, t, _, _)| t == "IGO"), "{d:?}");
}

#[test]
fn an_indefinite_apposition_in_a_list_is_no_member() {
    let r = code(
        "Iran's Ali Larijani met Parliament Speaker Nabih Berri, a close Hezbollah ally, and \
         Prime Minister Nawaf Salam.",
    );
    let d = dyads(&r);
    assert_eq!(
        d.iter()
            .filter(|(s, t, _, _)| s == "LBN" && t == "IRN")
            .count(),
        2,
        "{d:?}"
    );
}

#[test]
fn the_decision_or_the_measures_criticised_are_of_the_latest_hostile_act() {
    let r = code(
        "The United States imposed sanctions on Georgian Dream founder Bidzina Ivanishvili on \
         Friday. Prime Minister Irakli Kobakhidze called the decision \"shameful\".",
    );
    assert!(
        has(&r, "GEO", "USA", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "Canada expelled six Indian diplomats on Monday. India's foreign ministry condemned the \
         expulsions.",
    );
    assert!(
        has(&r, "IND", "CAN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn documents_signed_in_the_presence_of_two_leaders_are_their_agreement() {
    let r = code(
        "Prime Minister Narendra Modi met President John Mahama in Accra. Four Memoranda of \
         Understanding were exchanged in the presence of the two leaders.",
    );
    assert!(both_ways(&r, "IND", "GHA", "05"), "{:?}", dyads(&r));
    let r = code(
        "Indonesian Foreign Minister Sugiono met Australian Foreign Minister Penny Wong. The two \
         ministers witnessed the signing of a Memorandum of Understanding on Maritime \
         Cooperation.",
    );
    assert!(both_ways(&r, "IDN", "AUS", "05"), "{:?}", dyads(&r));
    // (signed by two, in the presence of a third: the two agreed)
    let r = code(
        "The declaration was signed by Azerbaijani President Ilham Aliyev and Armenian Prime \
         Minister Nikol Pashinyan in the presence of U.S. President Donald Trump.",
    );
    let d = dyads(&r);
    assert!(both_ways(&r, "AZE", "ARM", "05"), "{d:?}");
    assert!(
        !d.iter()
            .any(|(s, t, c, _)| c == "05" && (s == "USA" || t == "USA")),
        "{d:?}"
    );
}

#[test]
fn the_two_agreeing_to_stay_in_contact_or_convene_again_plan_to_meet() {
    let r = code(
        "Secretary Rubio spoke with President Noboa of Ecuador. The two agreed to stay in close \
         contact in the weeks ahead.",
    );
    let d = dyads(&r);
    assert_eq!(
        d.iter().filter(|(_, _, c, _)| c == "03").count(),
        2,
        "{d:?}"
    );
    assert!(both_ways(&r, "USA", "ECU", "03"), "{d:?}");
    let r = code(
        "Japan's foreign minister met his Philippine counterpart in Manila. They agreed to \
         convene the next round of the dialogue in Tokyo.",
    );
    assert!(both_ways(&r, "JPN", "PHL", "03"), "{:?}", dyads(&r));
}

#[test]
fn a_request_for_a_release_in_a_meeting_readout_is_to_the_other_side() {
    let r = code(
        "Japan's Foreign Minister Iwaya met Chinese Foreign Minister Wang Yi in Beijing. \
         Regarding the case of Japanese nationals detained in China, Minister Iwaya requested \
         the early release of the detained Japanese nationals.",
    );
    assert!(
        has(&r, "JPN", "CHN", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // (with no meeting, no one to ask)
    let r = code("Minister Iwaya requested the early release of the detained Japanese nationals.");
    assert!(dyads(&r).is_empty(), "{:?}", dyads(&r));
}

#[test]
fn mediators_are_no_sides_and_they_in_a_clause_is_the_plural_before_it() {
    let r = code(
        "Pakistan and Afghanistan have agreed to an immediate ceasefire after talks in Doha \
         mediated by Qatar and Turkey. The two sides also agreed to hold follow-up meetings in \
         the coming days.",
    );
    let d = dyads(&r);
    assert!(has(&r, "PAK", "AFG", "03", Modality::Asserted), "{d:?}");
    assert!(
        !d.iter()
            .any(|(s, t, c, _)| c == "03" && (s == "QAT" || t == "QAT")),
        "{d:?}"
    );
    let r = code(
        "We support the efforts of Brazil, Colombia, and Mexico. The United States will \
         continue to stand with the Venezuelan people as they seek a peaceful return to \
         democracy.",
    );
    let d = dyads(&r);
    assert!(
        d.iter()
            .all(|(_, t, _, _)| !matches!(t.as_str(), "BRA" | "COL" | "MEX")),
        "{d:?}"
    );
}

#[test]
fn aircraft_of_a_country_strike_and_at_least_counts_its_victims() {
    let r = code("Israeli aircraft struck targets in Lebanon on Tuesday.");
    assert!(
        has(&r, "ISR", "LBN", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("Israeli air strikes killed at least 20 people in Gaza on Wednesday night.");
    assert!(
        has(&r, "ISR", "PSE", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_target_near_or_across_a_place_is_of_its_country() {
    let r = code("Russia struck an energy facility near Kyiv on Tuesday.");
    assert!(
        has(&r, "RUS", "UKR", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code("Hezbollah launched drones at a military camp near Haifa.");
    assert!(
        has(&r, "LBN", "ISR", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_bodys_charter_or_resolutions_are_not_the_body() {
    for text in [
        "Kazakhstan reaffirmed its commitment to the UN Charter.",
        "North Korea violated multiple UN Security Council resolutions.",
    ] {
        let r = code(text);
        assert!(
            !dyads(&r).iter().any(|(_, t, _, _)| t == "IGO"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn an_act_stopped_or_asked_to_stop_is_not_done() {
    for text in [
        "Rwanda must withdraw its troops and stop supporting the M23.",
        "Trump warned Iran to stop supporting the Houthis immediately.",
        "The EU called on Iran to cease supplying drones to Russia.",
        "Israel refrained from attacking Gaza on Sunday.",
    ] {
        let r = code(text);
        let d = dyads(&r);
        assert!(
            !d.iter()
                .any(|(_, _, c, _)| matches!(c.as_str(), "05" | "07" | "19")),
            "{text}: {d:?}"
        );
    }
}

#[test]
fn documents_signed_by_the_pair_or_in_their_presence_are_their_agreement() {
    let r = code(
        "Emmanuel Macron held talks with Narendra Modi in Paris. Following the talks, the two \
         leaders signed a Joint Statement on the Strategic Partnership. A number of agreements \
         were signed in their presence, including one on civil nuclear energy.",
    );
    let d = dyads(&r);
    let agreements = d
        .iter()
        .filter(|(s, t, c, _)| c == "05" && s == "FRA" && t == "IND")
        .count();
    assert_eq!(agreements, 2, "{d:?}");
    assert!(both_ways(&r, "FRA", "IND", "05"), "{d:?}");
}

#[test]
fn we_in_a_speakers_remarks_after_talks_held_talks_and_will_meet_with_the_other() {
    let r = code(
        "Vladimir Putin held talks in Astana with Kassym-Jomart Tokayev.\n\n\
         President of Kazakhstan Kassym-Jomart Tokayev: Esteemed Vladimir Vladimirovich, \
         friends,\n\n\
         Today, we held very substantive talks in a friendly atmosphere. I am grateful to \
         Vladimir Vladimirovich for the decision to increase grain supplies. We will meet \
         again at the summit in Minsk in December.",
    );
    let d = dyads(&r);
    let talks = d
        .iter()
        .filter(|(s, t, c, _)| c == "04" && s == "KAZ" && t == "RUS")
        .count();
    assert_eq!(talks, 2, "the meeting and the talks in the remarks: {d:?}");
    assert!(has(&r, "KAZ", "RUS", "05", Modality::Asserted), "{d:?}");
    assert!(has(&r, "RUS", "KAZ", "03", Modality::Future), "{d:?}");
    assert!(has(&r, "KAZ", "RUS", "03", Modality::Future), "{d:?}");
}

#[test]
fn an_accepted_invitation_is_to_the_one_who_invited() {
    // the pronoun after "invited X" is the one invited, not the inviter
    let r = code(
        "Erdogan invited Aliyev to the summit in Istanbul in October, and he accepted the \
         invitation.",
    );
    let d = dyads(&r);
    assert!(has(&r, "TUR", "AZE", "03", Modality::Asserted), "{d:?}");
    assert!(has(&r, "AZE", "TUR", "03", Modality::Asserted), "{d:?}");
    // in the readout of a meeting: the other side
    let r = code(
        "President Ruto met Prime Minister Abiy Ahmed in Nairobi on Monday. Abiy accepted the \
         invitation with thanks.",
    );
    let d = dyads(&r);
    assert!(has(&r, "ETH", "KEN", "03", Modality::Asserted), "{d:?}");
    // an invitation accepted from someone named is that pattern's, and a refusal is none
    let r = code("Ruto met Abiy in Nairobi. Abiy did not accept the invitation.");
    assert!(
        !dyads(&r).iter().any(|(_, _, c, _)| c == "03"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn calling_a_countrys_act_disproportionate_or_an_unfriendly_act_criticises_it() {
    for (text, s, t) in [
        (
            "Sheinbaum called Peru's decision \"disproportionate\".",
            "MEX",
            "PER",
        ),
        (
            "Peru's foreign minister announced the rupture, calling Mexico's asylum offer an \
             \"unfriendly act\".",
            "PER",
            "MEX",
        ),
        (
            "China called the U.S. tariffs a blatant violation of trade rules.",
            "CHN",
            "USA",
        ),
    ] {
        let r = code(text);
        assert!(
            has(&r, s, t, "11", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // praise is no criticism
    let r = code("Modi called the talks with France very useful.");
    assert!(
        !dyads(&r).iter().any(|(_, _, c, _)| c == "11"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_call_received_from_someone_is_a_conversation_both_ways() {
    let r = code(
        "Egyptian Foreign Minister Badr Abdelatty received a phone call from his Sudanese \
         counterpart on Tuesday.",
    );
    assert!(both_ways(&r, "EGY", "SDN", "04"), "{:?}", dyads(&r));
    let r = code("Prime Minister Modi received a call from President Trump.");
    assert!(both_ways(&r, "IND", "USA", "04"), "{:?}", dyads(&r));
}

#[test]
fn it_said_to_do_something_with_an_adverb_or_in_quotes_is_the_speaker() {
    for text in [
        "Argentina's government said it \"fully supports\" Peru.",
        "Argentina said it strongly supports Peru.",
    ] {
        let r = code(text);
        assert!(
            has(&r, "ARG", "PER", "05", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // a junta is its country's government
    let r = code("Algeria accused the Malian junta of harbouring terrorists.");
    assert!(
        has(&r, "DZA", "MLI", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_sides_of_an_agreement_made_in_a_phone_call_spoke_by_phone() {
    let r = code(
        "Lebanese Defence Minister Michel Menassa and his Syrian counterpart agreed on the truce \
         in a phone call on Monday evening.",
    );
    assert!(both_ways(&r, "LBN", "SYR", "04"), "{:?}", dyads(&r));
    assert!(both_ways(&r, "LBN", "SYR", "08"), "{:?}", dyads(&r));
    // a condemnation voiced in a call names no partner of the call
    let r = code("In a phone call on Tuesday, Macron condemned Russia's strikes on Ukraine.");
    assert!(
        !dyads(&r).iter().any(|(_, _, c, _)| c == "04"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn conduct_by_an_actor_and_an_act_described_as_an_attack_are_criticised() {
    let r =
        code("Japan condemned the dangerous conduct by Chinese forces near the Senkaku Islands.");
    assert!(
        has(&r, "JPN", "CHN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r =
        code("Congo's foreign minister described the Rwandan offensive as \"a frontal attack\".");
    assert!(
        has(&r, "COD", "RWA", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // an act described in neutral words is no criticism
    let r = code("Japan described the talks with China as constructive.");
    assert!(
        !dyads(&r).iter().any(|(_, _, c, _)| c == "11"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_document_or_talks_named_after_a_capital_are_not_its_government() {
    let r = code("Ethiopia and Somalia agreed on the Ankara declaration.");
    let d = dyads(&r);
    assert!(both_ways(&r, "ETH", "SOM", "03"), "{d:?}");
    assert!(
        !d.iter().any(|(s, t, _, _)| s == "TUR" || t == "TUR"),
        "{d:?}"
    );
    // the capital as a speaker is still the government
    let r = code("Ankara condemned the Israeli strikes on Syria.");
    assert!(
        has(&r, "TUR", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_government_or_the_alliance_in_what_a_speaker_says_is_the_speakers_own() {
    let r =
        code("Mozambique's defence minister said the government was deeply grateful to Rwanda.");
    assert!(
        has(&r, "MOZ", "RWA", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "NATO Secretary General Mark Rutte said the alliance stood in solidarity with Finland.",
    );
    assert!(
        dyads(&r)
            .iter()
            .any(|(s, t, c, _)| s == "IGO" && t == "FIN" && c == "05"),
        "{:?}",
        dyads(&r)
    );
    // a government named by its country is that country's
    let r = code("Russia said the government of Ukraine had violated the truce.");
    assert!(
        !dyads(&r).iter().any(|(s, _, _, _)| s == "RUS"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_meeting_of_a_mechanism_between_two_or_our_talks_held_are_a_meeting() {
    let r = code(
        "The fourth meeting of the High-Level Security Mechanism between the Republic of \
         Türkiye and the Republic of Iraq was held today in Ankara.",
    );
    assert!(both_ways(&r, "TUR", "IRQ", "04"), "{:?}", dyads(&r));
    let r = code(
        "Vladimir Putin held talks with Vietnamese President To Lam in Hanoi.\n\n\
         President of Russia Vladimir Putin: Comrade To Lam, friends,\n\n\
         Our talks were held in a friendly and constructive atmosphere.",
    );
    let d = dyads(&r);
    let talks = d
        .iter()
        .filter(|(s, t, c, _)| c == "04" && s == "RUS" && t == "VNM")
        .count();
    assert_eq!(talks, 2, "{d:?}");
    // a verb between the noun and "between" ends the phrase
    let r = code(
        "The summit, which followed deadly clashes between Thailand and Cambodia, was held in \
         Kuala Lumpur.",
    );
    assert!(
        !dyads(&r).iter().any(|(_, _, c, _)| c == "04"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_secretary_generals_remarks_are_by_the_un_and_thank_you_thanks_the_one_addressed() {
    let r = code_by(
        "Secretary-General's remarks to the Security Council on the situation in the Middle East",
        "I call on Iran and Israel to step back from the brink.",
    );
    assert!(both_targets(&r), "{:?}", dyads(&r));
    let r = code(
        "\"Thank you, President Trump, for your leadership,\" Belarusian opposition leader \
         Sviatlana Tsikhanouskaya wrote on X.",
    );
    assert!(
        has(&r, "BLR", "USA", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // "thank you" said to no one named thanks no one
    let r = code_by(
        "Statement by the Ministry of Foreign Affairs of Lithuania",
        "Thank you.",
    );
    assert!(r.events.is_empty(), "{:?}", dyads(&r));
}

/// The UN Secretary-General calls on both Iran and Israel.
fn both_targets(r: &ArticleResult) -> bool {
    ["IRN", "ISR"]
        .iter()
        .all(|t| has(r, "IGO", t, "02", Modality::Asserted))
}

#[test]
fn restricted_talks_are_talks_and_holding_a_presidency_is_no_dealing() {
    let r = code(
        "Prime Minister Modi held restricted and delegation-level talks with President \
         Christodoulides at the Presidential Palace in Nicosia.",
    );
    let d = dyads(&r);
    assert!(both_ways(&r, "IND", "CYP", "04"), "{d:?}");
    assert!(!d.iter().any(|(_, _, c, _)| c == "17"), "{d:?}");
    let r = code(
        "President Christodoulides said that Cyprus will hold the Presidency of the Council of \
         the European Union in 2026.",
    );
    assert!(r.events.is_empty(), "{:?}", dyads(&r));
}

#[test]
fn calling_an_act_an_attack_criticises_the_one_the_words_name() {
    for text in [
        "Qatar called it a \"cowardly Israeli attack\".",
        "Qatar called the strike a flagrant violation of Qatari sovereignty by Israel.",
    ] {
        let r = code(text);
        assert!(
            has(&r, "QAT", "ISR", "11", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // words that name no one, or no hostility, criticise no one
    for text in [
        "Qatar called it a cowardly attack.",
        "Qatar described the visit as a historic step for Israel.",
    ] {
        let r = code(text);
        assert!(
            !dyads(&r).iter().any(|(_, _, c, _)| c == "11"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn thank_you_with_nothing_thanked_for_is_a_courtesy_of_the_floor() {
    let r = code(
        "Putin met Erdogan in Sochi.\n\nPresident of Russia Vladimir Putin: Thank you, Mr \
         President.",
    );
    assert!(
        !dyads(&r).iter().any(|(_, _, c, _)| c == "05"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_minister_for_a_portfolio_is_the_person_named_after_it() {
    // "Minister for Home Affairs Billy Joseph": the Commonwealth "for" title names the person,
    // so that "Minister Joseph" later is that country's minister
    for (title, country) in [
        ("Papua New Guinea's Minister for Home Affairs", "PNG"),
        ("Papua New Guinea Minister for Agriculture", "PNG"),
        ("Fiji's Minister for Trade", "FJI"),
    ] {
        let text = format!(
            "U.S. Secretary of State Marco Rubio met {title} Billy Joseph in Singapore on \
             Monday.\n\nRubio thanked Minister Joseph for his government's support."
        );
        let r = code(&text);
        assert!(
            dyads(&r)
                .iter()
                .any(|(s, t, c, _)| c == "05" && s.starts_with("USA") && t.starts_with(country)),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn talks_in_a_phrase_opening_the_sentence_are_the_subjects_with_both_sides() {
    for text in [
        "After talks with Tajik President Emomali Rahmon, Kyrgyz President Sadyr Japarov said \
         the treaty covered the whole frontier.",
        "Following his talks with Tajik President Emomali Rahmon on Thursday, Kyrgyz President \
         Sadyr Japarov told reporters the border was settled.",
        "Speaking after talks with Tajik President Emomali Rahmon, Kyrgyz President Sadyr \
         Japarov said the treaty covered the whole frontier.",
    ] {
        let r = code(text);
        assert!(both_ways(&r, "KGZ", "TJK", "04"), "{text}: {:?}", dyads(&r));
    }
    // talks that are only the topic of what is said are no one's
    let r = code(
        "Kyrgyz President Sadyr Japarov said the talks with Tajik President Emomali Rahmon \
         would be held next year.",
    );
    assert!(
        !has(&r, "TJK", "KGZ", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_call_restated_with_its_or_his_is_the_subjects() {
    for text in [
        "The EU reiterates its call on Russia to cease all hostilities.",
        "The French foreign minister renewed his appeal to Iran to release the detained \
         French citizens.",
    ] {
        let r = code(text);
        assert!(
            dyads(&r)
                .iter()
                .any(|(s, t, c, _)| c == "02" && !s.is_empty() && (t == "RUS" || t == "IRN")),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // a verb that ends or lifts what the noun names does not make it the subject's act
    for text in [
        "China lifted its ban on seafood imports from Japan.",
        "The Houthis demanded that Israel end its blockade of Gaza.",
    ] {
        let r = code(text);
        assert!(
            !dyads(&r).iter().any(|(_, _, c, _)| c == "16" || c == "19"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn a_clause_joined_by_and_with_its_own_subject_is_no_object() {
    let r = code(
        "China, Iran and Turkey also condemned the attack, and Beijing said it would continue \
         to support Pakistan.",
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, c, _)| c == "11" && t == "CHN" && (s == "IRN" || s == "TUR")),
        "{:?}",
        dyads(&r)
    );
    // a plain coordinated object is still one
    let r = code("Iran condemned Israel and the United States.");
    assert!(
        has(&r, "IRN", "USA", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_country_label_before_a_titles_colon_is_its_topic_not_its_author() {
    let r = code_by(
        "Togo: UN Human Rights Office alarmed by deadly crackdown on protests",
        "GENEVA (1 July 2025) \u{2013} We are deeply alarmed by the violent crackdown on protests in \
         Togo last week, in which at least seven people were killed and dozens of others \
         injured or arbitrarily detained.\n\nWe call on the authorities of Togo to release everyone \
         detained for taking part in the protests.",
    );
    assert!(
        has(&r, "IGO", "TGO", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|(s, _, _, _)| s == "TGO"),
        "{:?}",
        dyads(&r)
    );
    // an author before the colon stays the author
    let r = code_by(
        "Statement by Secretary Rubio: Ceasefire Between India and Pakistan",
        "We applaud Prime Minister Modi and Prime Minister Sharif for their wisdom.",
    );
    assert!(
        has(&r, "USA", "IND", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_with_phrase_an_infinitive_takes_is_not_the_main_verbs() {
    let r = code(
        "Chinese President Xi Jinping and Tajik President Emomali Rahmon agreed to step up \
         security cooperation along their shared border with Afghanistan.",
    );
    assert!(both_ways(&r, "CHN", "TJK", "03"), "{:?}", dyads(&r));
    assert!(
        !dyads(&r).iter().any(|(_, t, _, _)| t == "AFG"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_of_or_by_phrase_past_an_infinitive_or_a_time_adverb_is_read_right() {
    // the "of" an infinitive takes is not the summoned ambassador's country
    let r = code(
        "Russia summoned Azerbaijan's ambassador on Tuesday to protest against the detention \
         of Russian citizens.",
    );
    assert!(
        has(&r, "RUS", "AZE", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, _, _)| s == "RUS" && t == "RUS"),
        "{:?}",
        dyads(&r)
    );
    // "made yesterday by": the one who made the accusations
    let r = code(
        "The Argentine Government categorically rejects the accusations made yesterday by \
         Venezuela.",
    );
    assert!(
        has(&r, "ARG", "VEN", "12", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_plural_role_of_both_sides_is_each_sides() {
    let r = code(
        "Egypt and Ethiopia resumed contacts over the dam.\n\nMinisters of both countries met \
         in Cairo on Monday.",
    );
    assert!(both_ways(&r, "EGY", "ETH", "04"), "{:?}", dyads(&r));
    let r = code(
        "Egypt and Ethiopia resumed contacts over the dam.\n\nOfficials from the two \
         governments held talks in Cairo on Monday.",
    );
    assert!(both_ways(&r, "EGY", "ETH", "04"), "{:?}", dyads(&r));
}

#[test]
fn a_leader_and_the_leaders_of_listed_countries_are_each_side() {
    // the plural role takes the countries of its "of" phrase, not its conjunct's country
    let r = code(
        "Prime Minister Narendra Modi and the presidents of Ghana and Nigeria signed a \
         declaration in Abuja on Monday.",
    );
    assert!(both_ways(&r, "IND", "GHA", "05"), "{:?}", dyads(&r));
    assert!(both_ways(&r, "IND", "NGA", "05"), "{:?}", dyads(&r));
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, _, _)| s == "IND" && t == "IND"),
        "{:?}",
        dyads(&r)
    );
    // a summit of one with a long list: the first with each of the others, both ways
    let r = code(
        "Chinese President Xi Jinping and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, \
         Turkmenistan and Uzbekistan signed a treaty in Astana on Tuesday.",
    );
    for other in ["KAZ", "KGZ", "TJK", "TKM", "UZB"] {
        assert!(
            both_ways(&r, "CHN", other, "05"),
            "{other}: {:?}",
            dyads(&r)
        );
    }
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, _, _)| s == "KAZ" && t == "UZB"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_team_that_will_take_on_or_face_a_country_intends_no_dealing() {
    for text in [
        "Australia will take on South Africa in the final at Lord's in June.",
        "Brazil will face Japan in the quarter-finals on Friday.",
    ] {
        let r = code(text);
        assert!(r.events.is_empty(), "{text}: {:?}", dyads(&r));
    }
    // an intention to work with a country still is one
    let r = code("Australia will work with South Africa on the new mining project.");
    assert!(
        has(&r, "AUS", "ZAF", "03", Modality::Future),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_quoted_name_is_one_phrase_of_the_pattern() {
    for (open, close) in [("\"", "\""), ("\u{201c}", "\u{201d}")] {
        let text = format!(
            "Japan and Brazil will further strengthen the {open}Strategic and Global \
             Partnership{close} between the two countries."
        );
        let r = code(&text);
        assert!(
            r.events
                .iter()
                .any(|e| e.rule.contains("strengthen partnership")),
            "{text}: {:?}",
            r.events.iter().map(|e| &e.rule).collect::<Vec<_>>()
        );
        assert!(
            has(&r, "JPN", "BRA", "03", Modality::Future),
            "{:?}",
            dyads(&r)
        );
        assert!(
            has(&r, "BRA", "JPN", "03", Modality::Future),
            "{:?}",
            dyads(&r)
        );
    }
}

#[test]
fn a_demand_to_release_a_seized_vessel_is_on_whoever_seized_it() {
    let r = code(
        "Iran's navy seized the container ship MSC Aries in the Strait of Hormuz on Saturday.\n\n\
         Britain and France demanded the immediate release of the vessel.",
    );
    assert!(
        has(&r, "GBR", "IRN", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "FRA", "IRN", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // a seizure only threatened holds nothing
    let r = code(
        "Iran threatened to seize tankers in the Strait of Hormuz.\n\nFrance demanded the \
         release of the vessel.",
    );
    assert!(
        !has(&r, "FRA", "IRN", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_government_protesting_complains_officially() {
    let r = code("Vietnam strongly protested the attack by Chinese coast guard officers.");
    assert!(
        has(&r, "VNM", "CHN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !has(&r, "VNM", "CHN", "14", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_relative_clause_after_a_call_on_someone_is_no_appeal() {
    // a courtesy call, whatever the relative clause says
    let r = code(
        "China's defence minister called on President Muizzu, who thanked China for its support.",
    );
    assert!(
        has(&r, "CHN", "MDV", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !has(&r, "CHN", "MDV", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // an appeal after the relative clause is still one
    let r = code(
        "The United States called on China, which has significant influence over North \
         Korea, to use that influence.",
    );
    assert!(
        has(&r, "USA", "CHN", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn where_the_aid_called_for_goes_is_no_one_asked() {
    let r = code(
        "Saudi Arabia and Iran called for the unimpeded delivery of humanitarian aid to the \
         Gaza Strip and Lebanon.",
    );
    assert!(r.events.is_empty(), "{:?}", dyads(&r));
    // the one asked to let it through still is
    let r = code("Saudi Arabia called on Israel to allow the delivery of aid to Gaza.");
    assert!(
        has(&r, "SAU", "ISR", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_person_is_of_the_country_an_apposition_or_relative_clause_names() {
    // (a first name the tagger reads as an adjective)
    let r =
        code("Leonid Slutsky, a Russian lawmaker, accused Azerbaijan of staging a provocation.");
    assert!(
        has(&r, "RUS", "AZE", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "Leonid Slutsky, who heads the foreign affairs committee of the lower house of \
         Russia's parliament, accused Azerbaijan of staging a provocation.",
    );
    assert!(
        has(&r, "RUS", "AZE", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // where someone was is no office
    let r = code("Pavel Novak, who was in Moscow last week, criticised Ukraine.");
    assert!(
        !dyads(&r).iter().any(|(s, _, _, _)| s == "RUS"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn strikes_against_targets_in_a_country_are_on_it() {
    // (the plural pattern, not the labour "strike against", and the country the targets are in)
    let r = code("Israel launched strikes against Hezbollah positions in the early hours.");
    assert!(
        has(&r, "ISR", "LBN", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|(_, _, root, _)| root == "14"),
        "{:?}",
        dyads(&r)
    );
    for text in [
        "Pakistan launched strikes against militant hideouts in Iran on Thursday.",
        "Pakistan launched strikes against militant hideouts inside Iran's Sistan-Baluchestan \
         province on Thursday.",
    ] {
        let r = code(text);
        assert!(
            has(&r, "PAK", "IRN", "19", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn an_attack_condemned_by_the_name_given_it_is_its_doers() {
    for text in [
        "Pakistan carried out strikes on militant hideouts in Iran on Thursday. Iran's foreign \
         ministry condemned what it called an unacceptable attack on Iranian villages.",
        "Pakistan carried out strikes on militant hideouts in Iran on Thursday. Iran's foreign \
         ministry condemned what it called an \"unbalanced and unacceptable\" attack on Iranian \
         villages.",
    ] {
        let r = code(text);
        assert!(
            has(&r, "IRN", "PAK", "11", Modality::Asserted),
            "{text}: {:?}",
            dyads(&r)
        );
    }
    // (not an attack by the country attacked)
    let r = code(
        "Iran's Revolutionary Guards fired missiles at a village in Pakistan on Tuesday. \
         Pakistan carried out strikes on militant hideouts in Iran on Thursday. Iran condemned \
         what it called an unacceptable attack on Iranian villages.",
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, root, _)| s == "IRN" && t == "IRN" && root == "11"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn heads_of_legislatures_and_legislatures_by_their_own_names_are_their_countrys() {
    let r = code(
        "Nepal's Prime Minister met Zhao Leji, chairman of the NPC Standing Committee, in Beijing.",
    );
    assert!(both_ways(&r, "NPL", "CHN", "04"), "{:?}", dyads(&r));
    let r = code("The Lok Sabha condemned Pakistan for the attack.");
    assert!(
        has(&r, "IND", "PAK", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_demand_to_release_a_named_person_or_staff_is_on_whoever_holds_them() {
    let r = code(
        "Venezuelan security forces detained Argentine gendarme Nahuel Gallo at the border on \
         Sunday.\n\nArgentina demanded the immediate release of Nahuel Gallo.",
    );
    assert!(
        has(&r, "ARG", "VEN", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "Azerbaijani police detained seven employees of Sputnik Azerbaijan.\n\nRussia demanded \
         the immediate release of the Sputnik staff.",
    );
    assert!(
        has(&r, "RUS", "AZE", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // a seizure in the passive names its seizer too
    let r = code(
        "Iran let Indian officials meet the crew of a container ship seized by its Revolutionary \
         Guards.\n\nFrance demanded the immediate release of the vessel.",
    );
    assert!(
        has(&r, "FRA", "IRN", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn thanks_for_what_someone_provided_or_extended_are_to_them() {
    let r = code(
        "The Iranian side expressed its appreciation for the facilities provided by Saudi Arabia \
         to Iranian pilgrims.",
    );
    assert!(
        has(&r, "IRN", "SAU", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let r = code(
        "Brazil's foreign minister expressed his gratitude for the warm hospitality extended by \
         the Government of Japan.",
    );
    assert!(
        has(&r, "BRA", "JPN", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_pronoun_after_where_is_the_person_an_apposition_names_for_the_subject() {
    let r = code(
        "U.S. Secretary of State Marco Rubio said on Tuesday he was concerned. The incident \
         comes weeks after Vietnam's leader, To Lam, made a state visit to Beijing, where he and \
         President Xi Jinping pledged to handle maritime differences appropriately.",
    );
    assert!(
        has(&r, "VNM", "CHN", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, root, _)| s == "USA" && t == "CHN" && root == "03"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_foreign_mission_is_not_of_the_country_it_sits_in() {
    let r = code(
        "KINSHASA, Jan 28 (Reuters) - Protesters attacked several foreign embassies in the \
         capital on Tuesday.",
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, _, _)| s.starts_with("COD") && t.starts_with("COD")),
        "{:?}",
        dyads(&r)
    );
    // the violent protest is the attack a later condemnation speaks of
    let r = code(
        "KINSHASA (Reuters) - Protesters stormed the French embassy on Tuesday. French \
         Foreign Minister Jean-Noel Barrot condemned the attack on the embassy.",
    );
    assert!(
        has(&r, "COD", "FRA", "14", Modality::Asserted)
            && has(&r, "FRA", "COD", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_official_of_no_named_country_in_a_governments_statement_is_the_authors() {
    let r = code_by(
        "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on November 14, 2025",
        "Yesterday, Vice Foreign Minister Sun Weidong summoned the Japanese Ambassador to China \
         over the remarks.",
    );
    assert!(
        has(&r, "CHN", "JPN", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_attack_carried_out_last_night_by_someone_is_theirs() {
    let r = code(
        "Turkey strongly condemned the attack carried out last night by Israeli forces in \
         international waters against the flotilla.",
    );
    assert!(
        has(&r, "TUR", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_condemned_attack_is_the_latest_one_named_alike_and_not_the_victims() {
    let r = code(
        "Israel's military carried out air strikes on military targets in Iran early on \
         Saturday. Iran fired some 200 ballistic missiles at Israel on Oct. 1, saying it was \
         avenging the killing of Hassan Nasrallah. Saudi Arabia condemned the strikes as a \
         violation of Iran's sovereignty and international law.",
    );
    assert!(
        has(&r, "SAU", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, root, _)| s == "SAU" && t == "IRN" && root == "11"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_titled_official_of_no_named_country_in_a_wire_report_is_the_datelines() {
    let r = code(
        "DOHA, Sept 9 (Reuters) - Israel launched an air strike on Hamas leaders in the Qatari \
         capital on Tuesday. Foreign ministry spokesman Omar Khalid condemned what he called a \
         cowardly attack.",
    );
    assert!(
        has(&r, "ISR", "PSE", "19", Modality::Asserted)
            && has(&r, "QAT", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_subject_it_is_the_government_that_opened_the_sentence_before() {
    let r = code(
        "Mali's transitional government disputes that account. On Sunday it accused Algeria of \
         sponsoring international terrorism.",
    );
    assert!(
        has(&r, "MLI", "DZA", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_minister_of_no_named_country_in_a_white_house_statement_is_not_american() {
    let r = code_by(
        "Statement from President Donald J. Trump on the Board of Peace",
        "Minister Reem Al-Hashimy condemned Israel's strikes on Qatar.",
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, _, _)| s == "USA" && t == "ISR"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_named_ministry_of_no_country_in_a_wire_report_is_the_datelines() {
    let r = code(
        "CARACAS (Reuters) - Venezuela ordered its diplomats home on Monday. The Foreign \
         Ministry said it was withdrawing its entire diplomatic staff from Argentina and Chile.",
    );
    assert!(
        has(&r, "VEN", "ARG", "16", Modality::Asserted)
            && has(&r, "VEN", "CHL", "16", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_sides_of_a_meeting_named_after_them_are_who_they_are_next() {
    let r = code(
        "The US should stop using its military treaty with the Philippines as a pretext. On \
         June 17, Premier Li Qiang and Prime Minister Anthony Albanese held the ninth \
         China-Australia Annual Leaders' Meeting in Canberra. The two sides had an in-depth \
         exchange of views on bilateral relations. They signed cooperation documents on trade.",
    );
    assert!(both_ways(&r, "CHN", "AUS", "05"), "{:?}", dyads(&r));
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, _, _)| s == "USA" && t == "PHL"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_statement_strongly_condemning_something_is_its_issuers() {
    let r = code("Russia issued a statement strongly condemning the Israeli strikes on Iran.");
    assert!(
        has(&r, "RUS", "ISR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn countries_named_together_by_their_adjectives_are_both_countries() {
    let r = code(
        "Indian and Pakistani troops exchanged fire along the border. China called on both \
         countries to exercise restraint.",
    );
    assert!(
        has(&r, "CHN", "IND", "02", Modality::Asserted)
            && has(&r, "CHN", "PAK", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_second_reported_clause_after_and_that_is_no_object() {
    let r = code(
        "Thailand and Cambodia agreed to a ceasefire. Anwar said military commanders from the \
         two sides would meet on Tuesday, and that Malaysia was ready to send observers.",
    );
    assert!(
        !dyads(&r)
            .iter()
            .any(|(s, t, root, _)| root == "04" && (s == "MYS" || t == "MYS")),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn their_release_is_asked_of_whoever_holds_them() {
    let r = code(
        "Azerbaijani police detained eight Russian nationals. Russia demanded their immediate \
         release.",
    );
    assert!(
        has(&r, "RUS", "AZE", "10", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_release_of_people_held_in_or_by_a_country_is_asked_of_it() {
    for (text, src, tgt) in [
        (
            "President Biden pressed for the release of American citizens wrongfully detained in China.",
            "USA",
            "CHN",
        ),
        (
            "Japan's foreign minister called for the release of Japanese nationals detained in China.",
            "JPN",
            "CHN",
        ),
        (
            "President Biden pressed for the release of American citizens wrongfully detained or subject to exit bans in China.",
            "USA",
            "CHN",
        ),
        (
            "Germany demanded the release of two journalists held by Iran since March.",
            "DEU",
            "IRN",
        ),
    ] {
        let r = code(text);
        let d = dyads(&r);
        assert!(
            d.iter().any(|(s, t, _, _)| s == src && t == tgt),
            "{text}: {d:?}"
        );
    }
}

#[test]
fn a_possessed_list_after_a_verb_is_each_of_its_members() {
    let r = code(
        "Prime Minister Shehbaz Sharif of Pakistan thanked Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Turkish President Recep Tayyip Erdogan for their mediation.",
    );
    for t in ["QAT", "TUR"] {
        assert!(
            has(&r, "PAK", t, "05", Modality::Asserted),
            "{t}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn officials_serving_in_a_countrys_diplomatic_network_are_that_countrys() {
    let r = code(
        "France said on Tuesday it would expel 12 officials serving in Algeria's diplomatic and consular network.",
    );
    assert!(
        has(&r, "FRA", "DZA", "17", Modality::Future),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_bare_verb_coordinated_with_a_reported_would_is_future_too() {
    let r = code(
        "France said on Tuesday it would expel 12 Algerian diplomats and recall its ambassador to Algiers for consultations.",
    );
    assert!(
        has(&r, "FRA", "DZA", "16", Modality::Future),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !has(&r, "FRA", "DZA", "16", Modality::Hypothetical),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_reference_to_an_act_of_force_after_another_names_the_same_act() {
    let r = code(
        "Indian forces carried out air strikes on targets in Pakistan on Wednesday. Pakistani troops \
         shelled Indian positions in Kashmir on Monday. China condemned the strikes as a violation \
         of international law. Turkey also condemned the attack.",
    );
    assert!(
        has(&r, "TUR", "IND", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !has(&r, "TUR", "PAK", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // a new act named since the last reference is the one meant
    let r = code(
        "Indian forces carried out air strikes on targets in Pakistan on Wednesday. China condemned \
         the strikes. On Thursday Pakistani troops shelled Indian positions in Kashmir. Turkey \
         condemned the attack.",
    );
    assert!(
        has(&r, "TUR", "PAK", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn concern_over_an_act_or_a_cooperation_is_about_those_who_do_it() {
    for (text, targets) in [
        (
            "Japanese Foreign Minister Iwaya expressed serious concerns over the deepening military cooperation between North Korea and Russia.",
            &["PRK", "RUS"][..],
        ),
        (
            "The German foreign minister voiced concern over the deployment of thousands of troops by Belarus to the border.",
            &["BLR"][..],
        ),
    ] {
        let r = code(text);
        for t in targets {
            assert!(
                dyads(&r).iter().any(|(_, tt, root, _)| tt == t && root == "11"),
                "{text}: {t}: {:?}",
                dyads(&r)
            );
        }
    }
}

#[test]
fn places_used_or_held_by_an_actor_stand_for_it() {
    for (text, src, tgt) in [
        (
            "U.S. warplanes struck several sites operated by the Houthis near Hodeidah.",
            "USA",
            "YEM",
        ),
        (
            "Israeli troops shelled positions held by Hezbollah in southern Lebanon.",
            "ISR",
            "LBN",
        ),
        (
            "The United States and Britain bombed more than a dozen sites used by Yemen's Iranian-backed Houthi rebels.",
            "GBR",
            "YEM",
        ),
    ] {
        let r = code(text);
        assert!(
            dyads(&r).iter().any(|(s, t, root, _)| s == src && t == tgt && root == "19"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn saying_someone_will_pay_a_price_threatens_them() {
    for (text, src, tgt) in [
        (
            "Iran's foreign minister said Israel would pay a heavy price for the assassination.",
            "IRN",
            "ISR",
        ),
        (
            "A Hezbollah commander said the United States and Britain \"will have to prepare to pay a high price.\"",
            "LBN",
            "GBR",
        ),
    ] {
        let r = code(text);
        assert!(has(&r, src, tgt, "13", Modality::Asserted), "{text}: {:?}", dyads(&r));
    }
    // a price paid is no threat
    let r = code("Israel paid a heavy price in the war with Hamas, its defence minister said.");
    assert!(
        dyads(&r).iter().all(|(_, _, root, _)| root != "13"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_vow_after_a_reported_act_answers_it_not_the_acts_target() {
    let r = code(
        "Indian missiles struck nine sites in Pakistan on Wednesday. Pakistan's army said the \
         strikes killed civilians and vowed to retaliate.",
    );
    assert!(
        has(&r, "PAK", "IND", "13", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !has(&r, "PAK", "PAK", "13", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn saying_an_actors_act_or_position_is_unacceptable_criticises_it() {
    for (text, src, tgt) in [
        (
            "British Prime Minister Keir Starmer said Russia's position at the talks was clearly unacceptable.",
            "GBR",
            "RUS",
        ),
        (
            "The allegations made by the Government of Canada are ludicrous, the Indian foreign ministry said.",
            "IND",
            "CAN",
        ),
        (
            "Germany's foreign minister said China's military drills were provocative and irresponsible.",
            "DEU",
            "CHN",
        ),
    ] {
        let r = code(text);
        assert!(has(&r, src, tgt, "11", Modality::Asserted), "{text}: {:?}", dyads(&r));
    }
    // a situation with no actor, or a denial, is no criticism
    for text in [
        "Germany said the situation in the region was unacceptable.",
        "Germany said Russia's position was not unacceptable.",
    ] {
        let r = code(text);
        assert!(
            dyads(&r).iter().all(|(_, _, root, _)| root != "11"),
            "{text}: {:?}",
            dyads(&r)
        );
    }
}

#[test]
fn recalling_an_ambassador_with_no_country_named_answers_the_dispute() {
    for text in [
        "Canada accused India of involvement in the killing of a Sikh leader. India decided to recall its ambassador.",
        "Canada accused India of involvement in the killing of a Sikh leader. The Government of India has therefore decided to withdraw the High Commissioner.",
    ] {
        let r = code(text);
        assert!(has(&r, "IND", "CAN", "16", Modality::Asserted), "{text}: {:?}", dyads(&r));
    }
    // with no dispute before, no side
    let r = code("India decided to recall its ambassador.");
    assert!(dyads(&r).is_empty(), "{:?}", dyads(&r));
}

#[test]
fn welcoming_these_steps_after_a_meeting_praises_the_other_side() {
    let r = code(
        "Foreign Minister Iwaya held talks with Chinese Foreign Minister Wang Yi in Beijing on \
         Wednesday. Minister Iwaya explained Japan's new visa measures for Chinese visitors. \
         Minister Wang welcomed these measures.",
    );
    assert!(
        has(&r, "CHN", "JPN", "05", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // with no meeting before, no side
    let r = code("China welcomed these measures.");
    assert!(dyads(&r).is_empty(), "{:?}", dyads(&r));
}

#[test]
fn talks_with_ones_own_delegation_are_still_talks_between_the_sides() {
    let r = code(
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu \
         Dhabi on Thursday. The two leaders held talks alone and then with their delegations.",
    );
    assert!(both_ways(&r, "ARM", "AZE", "04"), "{:?}", dyads(&r));
    assert!(
        dyads(&r)
            .iter()
            .filter(|(_, _, root, _)| root == "04")
            .count()
            >= 4,
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_intended_act_that_is_itself_an_intention_is_coded() {
    let r = code("The United States seeks to deepen its partnership with Panama on security.");
    assert!(
        has(&r, "USA", "PAN", "03", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    // an intended act of another kind is not done
    let r = code("China plans to blockade Taiwan's ports.");
    assert!(
        dyads(&r).iter().all(|(_, _, root, _)| root != "17"),
        "{:?}",
        dyads(&r)
    );
}
