//! Hand-written cases: names, countries and kinds of places found in short texts.

use lede_geo::{find_places, Gazetteer, GeoContext, PlaceKind};

fn ctx(focus: &[&str]) -> GeoContext {
    GeoContext {
        focus_countries: focus.iter().map(|c| (c.to_string(), 1.0)).collect(),
        exclude: Vec::new(),
    }
}

/// (surface text, country, kind) of every place found.
fn places(text: &str, c: &GeoContext) -> Vec<(String, Option<String>, PlaceKind)> {
    let g = Gazetteer::embedded();
    find_places(text, c)
        .into_iter()
        .map(|m| {
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            assert!((0.0..=1.0).contains(&m.confidence));
            let e = g.entry(m.id);
            (text[m.start..m.end].to_string(), e.country.clone(), e.kind)
        })
        .collect()
}

fn has(
    found: &[(String, Option<String>, PlaceKind)],
    name: &str,
    country: Option<&str>,
    kind: PlaceKind,
) -> bool {
    found
        .iter()
        .any(|(n, c, k)| n == name && c.as_deref() == country && *k == kind)
}

#[track_caller]
fn expect(text: &str, focus: &[&str], want: &[(&str, Option<&str>, PlaceKind)]) {
    let f = places(text, &ctx(focus));
    for (n, c, k) in want {
        assert!(
            has(&f, n, *c, *k),
            "expected {n} {c:?} {k:?} in {text:?}; found {f:?}"
        );
    }
}

#[track_caller]
fn expect_not(text: &str, focus: &[&str], name: &str) {
    let f = places(text, &ctx(focus));
    assert!(
        !f.iter().any(|(n, _, _)| n == name),
        "did not expect {name} in {text:?}; found {f:?}"
    );
}

use PlaceKind::{City, Country, Region, Venue};

#[test]
fn countries_and_capitals() {
    expect(
        "Officials from Kenya and Tanzania met in Nairobi on Tuesday.",
        &[],
        &[
            ("Kenya", Some("KEN"), Country),
            ("Tanzania", Some("TZA"), Country),
            ("Nairobi", Some("KEN"), City),
        ],
    );
}

#[test]
fn possessive_span_is_the_name_only() {
    let text = "Moscow's response came quickly.";
    let m = find_places(text, &ctx(&[]));
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(&text[m[0].start..m[0].end], "Moscow");
    assert_eq!(
        Gazetteer::embedded().entry(m[0].id).country.as_deref(),
        Some("RUS")
    );
}

#[test]
fn donbas_region_span() {
    let text = "Fighting continued in the Donbas region overnight.";
    let m = find_places(text, &ctx(&["UKR"]));
    assert!(m.iter().any(|p| &text[p.start..p.end] == "Donbas"), "{m:?}");
    expect(text, &["UKR"], &[("Donbas", Some("UKR"), Region)]);
}

#[test]
fn paris_texas_vs_paris_france() {
    expect(
        "The storm hit Paris, Texas, late on Sunday.",
        &[],
        &[("Paris", Some("USA"), City), ("Texas", Some("USA"), Region)],
    );
    expect(
        "Leaders gathered in Paris to discuss the climate.",
        &[],
        &[("Paris", Some("FRA"), City)],
    );
}

#[test]
fn athens_georgia_pattern() {
    expect(
        "A rally was held in Athens, Georgia, by students.",
        &[],
        &[
            ("Athens", Some("USA"), City),
            ("Georgia", Some("USA"), Region),
        ],
    );
    expect(
        "Protesters marched through Athens against austerity.",
        &["GRC"],
        &[("Athens", Some("GRC"), City)],
    );
}

#[test]
fn georgia_country_by_context() {
    expect(
        "Georgian police detained protesters in Tbilisi. The government of Georgia denied abuses in Abkhazia.",
        &[],
        &[("Georgia", Some("GEO"), Country), ("Tbilisi", Some("GEO"), City)],
    );
}

#[test]
fn georgia_us_state_by_context() {
    expect(
        "Voters in Atlanta lined up early. The state of Georgia counted ballots through the night.",
        &["USA"],
        &[
            ("Georgia", Some("USA"), Region),
            ("Atlanta", Some("USA"), City),
        ],
    );
}

#[test]
fn michael_jordan_is_not_a_country() {
    expect_not(
        "Michael Jordan scored 40 points in the final.",
        &[],
        "Jordan",
    );
    expect(
        "King Abdullah of Jordan met the envoy in Amman.",
        &[],
        &[
            ("Jordan", Some("JOR"), Country),
            ("Amman", Some("JOR"), City),
        ],
    );
}

#[test]
fn chad_first_name_vs_country() {
    expect_not("Chad Smith told reporters he was confident.", &[], "Chad");
    expect(
        "Refugees crossed from Sudan into Chad last week.",
        &[],
        &[
            ("Chad", Some("TCD"), Country),
            ("Sudan", Some("SDN"), Country),
        ],
    );
}

#[test]
fn lowercase_words_are_not_places() {
    expect_not(
        "She was reading a nice book about a mobile split.",
        &[],
        "Reading",
    );
    let f = places(
        "She was reading a nice book about a mobile split.",
        &ctx(&[]),
    );
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn common_word_city_needs_support() {
    expect_not("Nice work, the coach said after the match.", &[], "Nice");
    expect(
        "A truck attack in Nice killed dozens.",
        &[],
        &[("Nice", Some("FRA"), City)],
    );
    expect_not("Split decisions are common in boxing.", &[], "Split");
    expect(
        "The ferry from Split arrived late.",
        &[],
        &[("Split", Some("HRV"), City)],
    );
}

#[test]
fn months_and_days_never_places() {
    let f = places(
        "In March and May, and again on Sunday, talks stalled.",
        &ctx(&[]),
    );
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn person_surname_is_not_a_city() {
    expect_not("Defense Secretary Lloyd Austin said the strikes were lawful. Austin added that more would follow.", &["USA"], "Austin");
    expect(
        "The conference was held in Austin this spring.",
        &["USA"],
        &[("Austin", Some("USA"), City)],
    );
}

#[test]
fn exclude_spans_are_respected() {
    let text = "Victoria Nuland visited Kyiv.";
    let c = GeoContext {
        focus_countries: vec![],
        exclude: vec![(0, 15)],
    };
    let f = places(text, &c);
    assert!(!f.iter().any(|(n, _, _)| n == "Victoria"), "{f:?}");
    assert!(has(&f, "Kyiv", Some("UKR"), City), "{f:?}");
}

#[test]
fn venues_resolve_to_their_city() {
    let g = Gazetteer::embedded();
    let text =
        "The Kremlin rejected the plan, while the White House and Downing Street welcomed it.";
    let m = find_places(text, &ctx(&[]));
    let got: Vec<_> = m
        .iter()
        .map(|p| (&text[p.start..p.end], g.entry(p.id)))
        .collect();
    let k = got.iter().find(|(s, _)| *s == "Kremlin").expect("Kremlin");
    assert_eq!(k.1.kind, Venue);
    assert_eq!(k.1.country.as_deref(), Some("RUS"));
    let moscow = g
        .lookup("Moscow")
        .iter()
        .map(|&i| g.entry(i))
        .find(|e| e.country.as_deref() == Some("RUS"))
        .expect("Moscow");
    assert!((k.1.lat - moscow.lat).abs() < 0.01 && (k.1.lon - moscow.lon).abs() < 0.01);
    expect(
        text,
        &[],
        &[
            ("White House", Some("USA"), Venue),
            ("Downing Street", Some("GBR"), Venue),
        ],
    );
}

#[test]
fn elysee_with_and_without_accents() {
    expect(
        "A statement from the Élysée followed.",
        &[],
        &[("Élysée", Some("FRA"), Venue)],
    );
    expect(
        "A statement from the Elysee followed.",
        &[],
        &[("Elysee", Some("FRA"), Venue)],
    );
}

#[test]
fn seas_and_straits_have_no_country() {
    expect(
        "Ships in the Red Sea and the Strait of Hormuz were warned; patrols in the South China Sea continued.",
        &[],
        &[("Red Sea", None, Region), ("Strait of Hormuz", None, Region), ("South China Sea", None, Region)],
    );
}

#[test]
fn middle_east_and_continents() {
    expect(
        "Tensions in the Middle East worry Europe and Africa.",
        &[],
        &[
            ("Middle East", None, Region),
            ("Europe", None, Region),
            ("Africa", None, Region),
        ],
    );
}

#[test]
fn gaza_and_west_bank() {
    expect(
        "Strikes on the Gaza Strip and raids in the West Bank continued.",
        &["ISR"],
        &[
            ("Gaza Strip", Some("PSE"), Region),
            ("West Bank", Some("PSE"), Region),
        ],
    );
}

#[test]
fn longest_match_wins() {
    let f = places("Talks in Saudi Arabia and New York City ended.", &ctx(&[]));
    assert!(has(&f, "Saudi Arabia", Some("SAU"), Country), "{f:?}");
    assert!(has(&f, "New York City", Some("USA"), City), "{f:?}");
    assert!(
        !f.iter().any(|(n, _, _)| n == "Arabia" || n == "York"),
        "{f:?}"
    );
}

#[test]
fn country_aliases() {
    expect(
        "U.S. and UK officials met their counterparts from the UAE.",
        &[],
        &[
            ("U.S.", Some("USA"), Country),
            ("UK", Some("GBR"), Country),
            ("UAE", Some("ARE"), Country),
        ],
    );
}

#[test]
fn focus_country_picks_small_town() {
    expect(
        "Russian troops shelled Pokrovsk again on Monday.",
        &["UKR", "RUS"],
        &[("Pokrovsk", Some("UKR"), City)],
    );
}

#[test]
fn kursk_region_and_crimea() {
    expect(
        "Ukrainian forces held ground in the Kursk region while drones struck Crimea.",
        &["UKR", "RUS"],
        &[
            ("Kursk region", Some("RUS"), Region),
            ("Crimea", Some("UKR"), Region),
        ],
    );
}

#[test]
fn washington_is_the_us_capital() {
    expect(
        "Officials in Washington said sanctions would follow.",
        &["USA"],
        &[("Washington", Some("USA"), City)],
    );
    expect_not("George Washington crossed the river.", &[], "Washington");
}

#[test]
fn washington_post_is_not_a_place() {
    expect_not(
        "The report was first published by the Washington Post.",
        &[],
        "Washington",
    );
}

#[test]
fn euro_atlantic_is_not_the_ocean() {
    expect_not("Its Euro-Atlantic future is at stake.", &[], "Atlantic");
}

#[test]
fn hyphenated_country_names() {
    expect(
        "Aid reached Guinea-Bissau and Nagorno-Karabakh.",
        &[],
        &[
            ("Guinea-Bissau", Some("GNB"), Country),
            ("Nagorno-Karabakh", Some("AZE"), Region),
        ],
    );
}

#[test]
fn georgia_based_compound_keeps_place() {
    expect(
        "A Georgia-based company in Atlanta hired staff.",
        &["USA"],
        &[("Atlanta", Some("USA"), City)],
    );
}

#[test]
fn city_country_pattern() {
    expect(
        "Delegates met in London, Ontario, not in the British capital.",
        &[],
        &[("London", Some("CAN"), City)],
    );
    expect(
        "The summit in Jeddah, Saudi Arabia, ended.",
        &[],
        &[
            ("Jeddah", Some("SAU"), City),
            ("Saudi Arabia", Some("SAU"), Country),
        ],
    );
}

#[test]
fn list_after_preposition() {
    expect(
        "The band toured in Bristol, Bath and Reading.",
        &["GBR"],
        &[("Bath", Some("GBR"), City), ("Reading", Some("GBR"), City)],
    );
}

#[test]
fn sentence_start_common_word_needs_evidence() {
    expect_not(
        "Independence was declared in 1991, the minister recalled.",
        &[],
        "Independence",
    );
    expect_not("Liberty is at stake, the senator said.", &[], "Liberty");
}

#[test]
fn indian_cities_and_exonyms() {
    expect(
        "Flights from Bombay and Mumbai to Kiev were cancelled.",
        &[],
        &[
            ("Bombay", Some("IND"), City),
            ("Mumbai", Some("IND"), City),
            ("Kiev", Some("UKR"), City),
        ],
    );
}

#[test]
fn multi_paragraph_offsets() {
    let text = "First paragraph about Berlin.\n\nSecond paragraph: talks in Tokyo resumed.";
    let m = find_places(text, &ctx(&[]));
    let names: Vec<_> = m.iter().map(|p| &text[p.start..p.end]).collect();
    assert_eq!(names, vec!["Berlin", "Tokyo"]);
}

#[test]
fn lookup_is_case_insensitive() {
    let g = Gazetteer::embedded();
    let a = g.lookup("KYIV");
    assert!(!a.is_empty());
    assert_eq!(g.entry(a[0]).country.as_deref(), Some("UKR"));
    assert!(g.lookup("no such place anywhere").is_empty());
    // first candidate for a country name is the country
    assert_eq!(g.entry(g.lookup("lebanon")[0]).kind, Country);
}

#[test]
fn arbitrary_input_never_panics() {
    let samples = [
        "",
        " ",
        "é",
        "Paris, ",
        ", Texas",
        "-Kyiv-",
        "ÉlyséeÉlysée",
        "U.S.",
        "'s Moscow",
        "A\u{0}B Berlin\u{2019}s",
    ];
    for s in samples {
        let _ = find_places(s, &ctx(&["USA"]));
    }
    let _ = find_places(
        "Kyiv",
        &GeoContext {
            focus_countries: vec![],
            exclude: vec![(3, 1), (100, 200)],
        },
    );
}

#[test]
fn georgia_state_by_governor_title() {
    expect(
        "Gov. Brian Kemp of Georgia signed the bill in Atlanta on Friday.",
        &[],
        &[("Georgia", Some("USA"), Region)],
    );
}

#[test]
fn male_the_capital_vs_the_word() {
    expect_not("Male and female voters differ.", &[], "Male");
    expect(
        "He flew to Male, the capital of the Maldives.",
        &[],
        &[
            ("Male", Some("MDV"), City),
            ("Maldives", Some("MDV"), Country),
        ],
    );
}

#[test]
fn geneva_switzerland_despite_us_mentions() {
    expect(
        "Talks in Geneva resumed as the United States and Chicago-based firms watched.",
        &[],
        &[
            ("Geneva", Some("CHE"), City),
            ("United States", Some("USA"), Country),
        ],
    );
}

#[test]
fn firstname_then_city_is_a_person() {
    expect_not("Florence Pugh won an award.", &[], "Florence");
    expect_not(
        "Alexandria Ocasio-Cortez spoke on Tuesday.",
        &[],
        "Alexandria",
    );
}
