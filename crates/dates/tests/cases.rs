//! Behaviour of `find_dates` on hand-written sentences: every supported form,
//! negatives, year inference, weekday resolution, diagnostics and robustness.

use lede_dates::{find_dates, DateValue, NaiveDate};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// Article date used by most cases: Wednesday 3 December 2025.
fn ad() -> Option<NaiveDate> {
    Some(d(2025, 12, 3))
}

/// (span text, rendered value) pairs; ranges render as "from/to".
fn found(text: &str, article: Option<NaiveDate>) -> Vec<(String, String)> {
    let (exprs, _) = find_dates(text, article);
    exprs
        .iter()
        .map(|e| {
            let v = match &e.value {
                DateValue::Range { from, to } => format!("{}/{}", from.iso(), to.iso()),
                v => v.iso(),
            };
            (text[e.start..e.end].to_string(), v)
        })
        .collect()
}

fn one(text: &str, article: Option<NaiveDate>, span: &str, value: &str) {
    let got = found(text, article);
    assert_eq!(
        got,
        vec![(span.to_string(), value.to_string())],
        "text: {text:?}"
    );
}

fn none(text: &str) {
    let got = found(text, ad());
    assert!(got.is_empty(), "expected no dates in {text:?}, got {got:?}");
}

// ---------- absolute forms ----------

#[test]
fn month_day_year() {
    one(
        "They met in Moscow on December 2, 2025.",
        None,
        "December 2, 2025",
        "2025-12-02",
    );
    one(
        "They met on Dec. 2, 2025 in Moscow.",
        None,
        "Dec. 2, 2025",
        "2025-12-02",
    );
    one(
        "Signed on Sept. 17, 2024, the deal held.",
        None,
        "Sept. 17, 2024",
        "2024-09-17",
    );
    one(
        "It happened on December 2 2025 at noon.",
        None,
        "December 2 2025",
        "2025-12-02",
    );
}

#[test]
fn day_month_year() {
    one(
        "The summit opened on 2 December 2025.",
        None,
        "2 December 2025",
        "2025-12-02",
    );
    one(
        "The summit opened on 2 Dec 2025.",
        None,
        "2 Dec 2025",
        "2025-12-02",
    );
    one(
        "Talks resumed 14 Nov. 2024 in Doha.",
        None,
        "14 Nov. 2024",
        "2024-11-14",
    );
}

#[test]
fn month_day_without_year_uses_article_year() {
    one(
        "They met on Dec. 2 in Moscow.",
        ad(),
        "Dec. 2",
        "2025-12-02",
    );
    one(
        "They met on December 2 in Moscow.",
        ad(),
        "December 2",
        "2025-12-02",
    );
    one(
        "Elections were held on 26 October.",
        ad(),
        "26 October",
        "2025-10-26",
    );
    let (e, _) = find_dates("They met on December 2.", ad());
    assert!(e[0].relative, "inferred year marks the value relative");
}

#[test]
fn year_inference_across_year_boundary() {
    let jan2 = Some(d(2026, 1, 2));
    one(
        "Fighting flared on December 30.",
        jan2,
        "December 30",
        "2025-12-30",
    );
    let dec30 = Some(d(2025, 12, 30));
    one(
        "Talks are due on January 3.",
        dec30,
        "January 3",
        "2026-01-03",
    );
    one("Last month ended badly.", jan2, "Last month", "2025-12");
}

#[test]
fn month_year_and_iso() {
    one(
        "Production fell in December 2025.",
        None,
        "December 2025",
        "2025-12",
    );
    one(
        "Production fell in Dec. 2024.",
        None,
        "Dec. 2024",
        "2024-12",
    );
    one(
        "The file is dated 2025-12-02.",
        None,
        "2025-12-02",
        "2025-12-02",
    );
}

#[test]
fn numeric_unambiguous() {
    let (e, diags) = find_dates("Filed 12/25/2025 at the court.", None);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].value, DateValue::Day(d(2025, 12, 25)));
    assert!(diags.is_empty());
    one(
        "Filed 25/12/2025 at the court.",
        None,
        "25/12/2025",
        "2025-12-25",
    );
}

#[test]
fn numeric_ambiguous_gets_diagnostic() {
    let text = "The order dated 03/04/2025 was published.";
    let (e, diags) = find_dates(text, None);
    assert_eq!(e.len(), 1);
    assert_eq!(
        e[0].value,
        DateValue::Day(d(2025, 3, 4)),
        "month/day order taken"
    );
    assert_eq!(diags.len(), 1);
    assert_eq!(&text[diags[0].start..diags[0].end], "03/04/2025");
    assert!(
        diags[0].message.contains("2025-03-04"),
        "{}",
        diags[0].message
    );
    assert!(
        diags[0].message.contains("2025-04-03"),
        "{}",
        diags[0].message
    );
    // Same day and month: no ambiguity.
    let (_, diags) = find_dates("Dated 05/05/2025.", None);
    assert!(diags.is_empty());
}

#[test]
fn bare_years_in_context() {
    one(
        "Since its launch in 1990, Hubble has flown.",
        None,
        "1990",
        "1990",
    );
    one(
        "The group has tracked the war since 2014.",
        None,
        "2014",
        "2014",
    );
    one(
        "Growth slowed by early 2023, the bank said.",
        None,
        "2023",
        "2023",
    );
    one(
        "At the end of 2021 the mission closed.",
        None,
        "2021",
        "2021",
    );
    one("In the year 2000 things changed.", None, "2000", "2000");
    one("By fall 2024 it was over.", None, "2024", "2024");
}

#[test]
fn ordinals() {
    one(
        "The meeting in Jeddah on March 11th was productive.",
        Some(d(2025, 3, 19)),
        "March 11th",
        "2025-03-11",
    );
    one(
        "It was signed on the 2nd of December.",
        ad(),
        "the 2nd of December",
        "2025-12-02",
    );
    one(
        "It was signed on 2nd December 2025.",
        None,
        "2nd December 2025",
        "2025-12-02",
    );
}

#[test]
fn weekday_with_date() {
    one(
        "The vote is on Tuesday, December 2.",
        ad(),
        "Tuesday, December 2",
        "2025-12-02",
    );
    one(
        "Published Tuesday 2 December 2025.",
        None,
        "Tuesday 2 December 2025",
        "2025-12-02",
    );
    let text = "Held on Wednesday, December 2, 2025.";
    let (e, diags) = find_dates(text, None);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].value, DateValue::Day(d(2025, 12, 2)));
    assert_eq!(diags.len(), 1, "weekday mismatch reported");
    assert!(diags[0].message.contains("mismatch"));
}

// ---------- relative forms ----------

#[test]
fn today_family() {
    one(
        "Today, the president signed the bill.",
        ad(),
        "Today",
        "2025-12-03",
    );
    one(
        "He spoke at the White House earlier today.",
        ad(),
        "earlier today",
        "2025-12-03",
    );
    one(
        "He will speak tonight in Kyiv.",
        ad(),
        "tonight",
        "2025-12-03",
    );
    one(
        "A statement issued this morning said so.",
        ad(),
        "this morning",
        "2025-12-03",
    );
    one(
        "Today’s action follows a campaign.",
        ad(),
        "Today",
        "2025-12-03",
    );
}

#[test]
fn yesterday_tomorrow() {
    one(
        "And yesterday, the Council passed a resolution.",
        ad(),
        "yesterday",
        "2025-12-02",
    );
    one(
        "It was released the day before yesterday.",
        ad(),
        "the day before yesterday",
        "2025-12-01",
    );
    one(
        "Buses should arrive tomorrow.",
        ad(),
        "tomorrow",
        "2025-12-04",
    );
    one(
        "Drones struck last night, officials said.",
        ad(),
        "last night",
        "2025-12-02",
    );
}

#[test]
fn last_next_this_units() {
    one(
        "Last week, allies issued a warning.",
        ad(),
        "Last week",
        "2025-11-26",
    );
    one(
        "Lawmakers will debate it next week.",
        ad(),
        "next week",
        "2025-12-10",
    );
    one(
        "Talks last month in Switzerland failed.",
        ad(),
        "last month",
        "2025-11",
    );
    one(
        "The president turns 61 next year.",
        ad(),
        "next year",
        "2026",
    );
    one(
        "Russia may respond this week.",
        ad(),
        "this week",
        "2025-12-03",
    );
    one(
        "Earlier this month, parliament approved it.",
        ad(),
        "Earlier this month",
        "2025-12",
    );
    one("Prices rose this year.", ad(), "this year", "2025");
}

#[test]
fn ago_forms() {
    one(
        "The truce collapsed two days ago.",
        ad(),
        "two days ago",
        "2025-12-01",
    );
    one(
        "It began three weeks ago.",
        ad(),
        "three weeks ago",
        "2025-11-12",
    );
    one(
        "Her son went missing 2 years ago.",
        ad(),
        "2 years ago",
        "2023",
    );
    one("It was agreed a month ago.", ad(), "a month ago", "2025-11");
}

#[test]
fn weekdays_past_by_default() {
    // 2025-12-03 is a Wednesday.
    one(
        "Negotiators met on Tuesday in Geneva.",
        ad(),
        "Tuesday",
        "2025-12-02",
    );
    one(
        "Negotiators met on Wednesday in Geneva.",
        ad(),
        "Wednesday",
        "2025-12-03",
    );
    one(
        "Negotiators met on Thursday in Geneva.",
        ad(),
        "Thursday",
        "2025-11-27",
    );
    one(
        "Residents marched on Tuesday afternoon.",
        ad(),
        "Tuesday afternoon",
        "2025-12-02",
    );
}

#[test]
fn weekdays_future_verbs() {
    one(
        "The group will meet on Tuesday.",
        ad(),
        "Tuesday",
        "2025-12-09",
    );
    one(
        "Parliament is set to vote on Friday.",
        ad(),
        "Friday",
        "2025-12-05",
    );
    one(
        "He plans to travel to Kyiv on Monday.",
        ad(),
        "Monday",
        "2025-12-08",
    );
    one(
        "On Thursday, the envoy will fly to Miami.",
        ad(),
        "Thursday",
        "2025-12-04",
    );
    one(
        "They'll decide on Saturday.",
        ad(),
        "Saturday",
        "2025-12-06",
    );
}

#[test]
fn last_next_weekday() {
    one(
        "Drones hit the city last Friday.",
        ad(),
        "last Friday",
        "2025-11-28",
    );
    one(
        "Drones hit the city last Wednesday.",
        ad(),
        "last Wednesday",
        "2025-11-26",
    );
    one(
        "The envoy arrives next Tuesday.",
        ad(),
        "next Tuesday",
        "2025-12-09",
    );
    one(
        "The envoy arrives next Wednesday.",
        ad(),
        "next Wednesday",
        "2025-12-10",
    );
}

#[test]
fn bare_month_after_preposition() {
    one(
        "The plan was first tabled in March.",
        ad(),
        "March",
        "2025-03",
    );
    one(
        "A text could be ready by mid-December.",
        ad(),
        "December",
        "2025-12",
    );
    one(
        "Talks will resume in February.",
        ad(),
        "February",
        "2026-02",
    );
}

#[test]
fn relative_forms_skipped_without_article_date() {
    for text in [
        "Today, the president spoke.",
        "They met yesterday.",
        "They met on Tuesday.",
        "They met on December 2.",
        "Talks last month failed.",
        "It began three weeks ago.",
    ] {
        let (e, _) = find_dates(text, None);
        assert!(e.is_empty(), "{text:?} gave {e:?} without an article date");
    }
    one(
        "They met on December 2, 2025.",
        None,
        "December 2, 2025",
        "2025-12-02",
    );
}

// ---------- ranges ----------

#[test]
fn day_ranges() {
    one(
        "Talks ran from 2 to 5 December.",
        ad(),
        "from 2 to 5 December",
        "2025-12-02/2025-12-05",
    );
    one(
        "Talks ran December 2-5, 2025.",
        None,
        "December 2-5, 2025",
        "2025-12-02/2025-12-05",
    );
    one(
        "Experts met March 23-25 in Riyadh.",
        Some(d(2025, 3, 25)),
        "March 23-25",
        "2025-03-23/2025-03-25",
    );
    one(
        "Experts met 23–25 March 2025 in Riyadh.",
        None,
        "23–25 March 2025",
        "2025-03-23/2025-03-25",
    );
    one(
        "The pause lasts from December 30, 2025 to January 2, 2026.",
        None,
        "from December 30, 2025 to January 2, 2026",
        "2025-12-30/2026-01-02",
    );
}

#[test]
fn year_ranges() {
    one(
        "The front barely moved between 2020 and 2022.",
        None,
        "between 2020 and 2022",
        "2020/2022",
    );
    one(
        "Output grew from 2019 to 2021.",
        None,
        "from 2019 to 2021",
        "2019/2021",
    );
    one(
        "The 2014-2022 period was violent.",
        None,
        "2014-2022",
        "2014/2022",
    );
}

#[test]
fn range_value_iso_and_first_day() {
    let (e, _) = find_dates("Held December 2-5, 2025.", None);
    assert_eq!(e[0].value.iso(), "2025-12-02");
    assert_eq!(e[0].value.first_day(), Some(d(2025, 12, 2)));
    assert_eq!(
        DateValue::Month {
            year: 2025,
            month: 3
        }
        .first_day(),
        Some(d(2025, 3, 1))
    );
    assert_eq!(DateValue::Year(1990).first_day(), Some(d(1990, 1, 1)));
    assert_eq!(DateValue::Year(1990).iso(), "1990");
}

// ---------- negatives ----------

#[test]
fn durations_are_not_dates() {
    none("The conflict has lasted nearly four years.");
    none("He served for 20 years in the army.");
    none("The four-year war has ended.");
    none("After two days of talks, no deal.");
    none("It cost $6 billion in the last two years.");
    none("Over the last week, fighting intensified.");
    none("For over 17 long months, people have suffered.");
}

#[test]
fn counts_and_numbers_are_not_dates() {
    none("A 19-point plan was tabled.");
    none("Some 2,000 soldiers were deployed.");
    none("We celebrate the 35th anniversary of the telescope.");
    none("The fund holds 1.5 million dollars.");
    none("Call +1 202-456-1111 for the press office.");
    none("Version 2.3.1 was released.");
    none("The soldier, aged 45, was wounded.");
    none("It happened in 2000 cases across the country.");
    none("The meeting starts at 10:30 a.m. sharp.");
}

#[test]
fn modal_may_and_march_noun() {
    none("Russia may respond to the proposal.");
    none("May God protect them.");
    none("March organisers said the route was approved.");
    one(
        "A march on Tuesday drew thousands.",
        ad(),
        "Tuesday",
        "2025-12-02",
    );
    one(
        "The deal was signed on May 5, 2025.",
        None,
        "May 5, 2025",
        "2025-05-05",
    );
}

#[test]
fn invalid_calendar_dates_diagnosed_not_returned() {
    let (e, diags) = find_dates("It was dated February 29, 2025.", None);
    assert!(e.is_empty());
    assert_eq!(diags.len(), 1);
    one(
        "It was dated February 29, 2024.",
        None,
        "February 29, 2024",
        "2024-02-29",
    );
}

#[test]
fn seed_article() {
    let text = "held a \"reasonably good meeting\" with Russian President Vladimir Putin in Moscow on December 2, 2025. Although no breakthroughs were reached...\nDuring a press conference at the White House earlier today, Trump expressed optimism. Initial reports suggest a complex 19-point plan. Trump has long desired a resolution to the conflict that has lasted nearly four years.";
    let got = found(text, ad());
    assert_eq!(
        got,
        vec![
            ("December 2, 2025".to_string(), "2025-12-02".to_string()),
            ("earlier today".to_string(), "2025-12-03".to_string()),
        ]
    );
}

#[test]
fn spans_are_ordered_and_disjoint() {
    let text = "On Tuesday, December 2, 2025, envoys met; yesterday they left. In 1990 and since 2014 too.";
    let (e, _) = find_dates(text, ad());
    assert!(e.len() >= 4, "{e:?}");
    for w in e.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
}

// ---------- robustness ----------

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn check_spans(text: &str, article: Option<NaiveDate>) {
    let (e, diags) = find_dates(text, article);
    let mut last = 0;
    for x in &e {
        assert!(x.start < x.end && x.end <= text.len());
        assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
        assert!(x.start >= last, "overlap in {text:?}");
        last = x.end;
    }
    for x in &diags {
        assert!(x.start < x.end && x.end <= text.len());
        assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
    }
}

#[test]
fn fuzz_random_bytes_never_panic() {
    let mut rng = Lcg(0x1ede_da7e);
    for _ in 0..3000 {
        let len = (rng.next() % 200) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        check_spans(&text, ad());
        check_spans(&text, None);
    }
}

#[test]
fn fuzz_date_fragments_never_panic() {
    const PARTS: &[&str] = &[
        "December",
        "Dec",
        ".",
        " ",
        "2",
        "31",
        "29",
        "2025",
        "9999",
        "0",
        "-",
        "–",
        "/",
        ",",
        "Tuesday",
        "the",
        "2nd",
        "of",
        "from",
        "to",
        "between",
        "and",
        "last",
        "next",
        "this",
        "week",
        "ago",
        "two",
        "days",
        "in",
        "since",
        "yesterday",
        "today",
        "’",
        "é",
        "—",
        "\n",
        "4294967295",
        "99999999999999",
        "Feb",
        "February",
        "mid",
        "early",
        "will",
        "12",
        "13",
        "00",
        "1999",
        "2100",
        "earlier",
        "a",
        "year",
        "month",
        "s",
        "th",
        "日本",
        "\u{a0}",
    ];
    let mut rng = Lcg(42);
    for _ in 0..5000 {
        let n = (rng.next() % 16) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(PARTS[(rng.next() as usize) % PARTS.len()]);
            if rng.next().is_multiple_of(3) {
                text.push(' ');
            }
        }
        let article = match rng.next() % 4 {
            0 => None,
            1 => NaiveDate::from_ymd_opt(1, 1, 1),
            2 => NaiveDate::MAX.into(),
            _ => ad(),
        };
        check_spans(&text, article);
    }
}
