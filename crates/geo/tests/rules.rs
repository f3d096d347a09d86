//! One test per place rule added for issue 5: all-capitals datelines, lookup-only towns in
//! supported positions, proximity to the article's unambiguous places, islands and areas.

use lede_geo::{find_places, Gazetteer, GeoContext, PlaceMatch};

fn ctx(focus: &[&str]) -> GeoContext {
    GeoContext {
        focus_countries: focus.iter().map(|c| (c.to_string(), 1.0)).collect(),
        exclude: Vec::new(),
    }
}

/// (surface, country, rule) of each place found.
fn found(text: &str, focus: &[&str]) -> Vec<(String, Option<String>, &'static str)> {
    let g = Gazetteer::embedded();
    find_places(text, &ctx(focus))
        .into_iter()
        .map(|m: PlaceMatch| {
            (
                text[m.start..m.end].to_string(),
                g.entry(m.id).country.clone(),
                m.rule,
            )
        })
        .collect()
}

#[track_caller]
fn expect(text: &str, focus: &[&str], name: &str, country: &str) {
    let f = found(text, focus);
    assert!(
        f.iter()
            .any(|(n, c, _)| n == name && c.as_deref() == Some(country)),
        "expected {name} ({country}) in {text:?}; found {f:?}"
    );
}

#[track_caller]
fn expect_not(text: &str, focus: &[&str], name: &str) {
    let f = found(text, focus);
    assert!(
        !f.iter().any(|(n, _, _)| n == name),
        "did not expect {name} in {text:?}; found {f:?}"
    );
}

// --- datelines ---

#[test]
fn joint_datelines_name_each_city() {
    let text = "DUBAI/JERUSALEM, June 13 (Reuters) - Strikes went on.";
    expect(text, &[], "DUBAI", "ARE");
    expect(text, &[], "JERUSALEM", "ISR");
    expect(
        "ISTANBUL / BRUSSELS, March 20 - Talks resumed.",
        &[],
        "BRUSSELS",
        "BEL",
    );
}

#[test]
fn all_caps_datelines_in_every_wire_form() {
    expect("BEIRUT (Reuters) - Talks resumed.", &[], "BEIRUT", "LBN");
    expect(
        "SRINAGAR, India -- Shelling went on.",
        &[],
        "SRINAGAR",
        "IND",
    );
    expect(
        "MEXICO CITY, May 3 - The peso fell.",
        &[],
        "MEXICO CITY",
        "MEX",
    );
    expect(
        "NAIROBI \u{2014} Rains flooded roads.",
        &[],
        "NAIROBI",
        "KEN",
    );
    expect(
        "Headline\n\nKHARTOUM, June 2 (AP) - Fighting.",
        &[],
        "KHARTOUM",
        "SDN",
    );
}

#[test]
fn dateline_rule_is_reported() {
    let f = found("LISBON, April 23 (Lede) - Benfica won.", &[]);
    assert_eq!(f.first().map(|x| x.2), Some("dateline"), "{f:?}");
}

#[test]
fn all_caps_words_that_are_not_datelines_stay_out() {
    // an acronym mid-sentence, a heading without dateline punctuation, an unknown name
    expect_not("Officials at NATO said PARIS talks were off.", &[], "PARIS");
    expect_not("BREAKING NEWS\nThe market fell.", &[], "BREAKING NEWS");
    expect_not("ZORBLAX, May 3 - Nothing here.", &[], "ZORBLAX");
}

#[test]
fn a_dateline_town_below_the_city_cut_is_found() {
    // Pahalgam (about 9,000 people) heads the story
    expect("PAHALGAM, India - Tourists left.", &[], "PAHALGAM", "IND");
}

// --- towns ---

#[test]
fn towns_after_a_preposition_of_place_in_the_article_country() {
    expect(
        "Troops arrested miners near the town of Anka in Nigeria.",
        &[],
        "Anka",
        "NGA",
    );
    expect(
        "Gunmen attacked tourists in Pahalgam, Indian police said.",
        &["IND"],
        "Pahalgam",
        "IND",
    );
}

#[test]
fn town_with_country_after_a_comma() {
    expect("Residents of Anka, Nigeria, fled.", &[], "Anka", "NGA");
}

#[test]
fn towns_need_support_in_the_text() {
    // no preposition, no country context: a capitalised word is not a town
    expect_not("Anka said the plan would work.", &[], "Anka");
    // a preposition but a country the article never mentions and no place nearby
    expect_not("The award went to Anka for her novel.", &["FRA"], "Anka");
}

#[test]
fn minor_alternate_spelling_of_a_city() {
    // GeoNames keeps "Poonch" only as an alternate of Punch
    expect(
        "Shells fell in Poonch overnight, the Indian army said.",
        &["IND"],
        "Poonch",
        "IND",
    );
}

#[test]
fn exonym_of_a_town_below_the_city_cut() {
    expect(
        "Scientists sailed to Heligoland from Hamburg.",
        &[],
        "Heligoland",
        "DEU",
    );
}

#[test]
fn months_and_weekdays_are_never_towns() {
    expect_not("The talks ended in June after a row.", &["USA"], "June");
    expect_not("It will resume on Monday in Geneva.", &[], "Monday");
}

// --- proximity ---

#[test]
fn an_ambiguous_city_goes_to_the_reading_near_the_dateline() {
    expect(
        "BEIRUT, Nov 4 - In the northern city of Tripoli, hundreds rallied.",
        &["LBN", "LBY"],
        "Tripoli",
        "LBN",
    );
    // without a Lebanese context, Tripoli is Libya's capital
    expect("Fighting broke out in Tripoli.", &[], "Tripoli", "LBY");
}

#[test]
fn a_town_near_the_article_places_beats_a_bigger_namesake_abroad() {
    // Northwood, London (11,000 people) against Northwood, California (22,000)
    expect(
        "LONDON, July 9 - Macron will travel to Northwood on Thursday.",
        &["GBR", "FRA"],
        "Northwood",
        "GBR",
    );
}

#[test]
fn compound_modifiers_do_not_anchor_the_story() {
    expect(
        "Talks in Geneva resumed as Chicago-based firms watched.",
        &[],
        "Geneva",
        "CHE",
    );
}

// --- areas and islands ---

#[test]
fn islands_and_areas_news_names() {
    expect("A ship ran aground off Luzon.", &[], "Luzon", "PHL");
    expect("Fighting spread in North Kivu.", &[], "North Kivu", "COD");
    expect(
        "Drones hit Kharg Island overnight.",
        &[],
        "Kharg Island",
        "IRN",
    );
    expect("Strikes hit the Bekaa Valley.", &[], "Bekaa Valley", "LBN");
}

#[test]
fn news_spellings_of_smaller_cities() {
    expect(
        "Russian troops advanced near Kupiansk.",
        &[],
        "Kupiansk",
        "UKR",
    );
    expect("Strikes hit Khan Younis again.", &[], "Khan Younis", "PSE");
}
