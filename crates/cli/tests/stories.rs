//! `lede stories` and `lede story ID` as a user runs them, over articles written for this test:
//! eight short wire reports in two stories (an RSF attack on El Fasher told by three sources
//! that disagree on the death toll; Thailand-Cambodia ceasefire talks in Kuala Lumpur), a
//! near-miss trap (Thai and Cambodian rice traders sign a deal the same day: same countries,
//! another story) and one off-topic text (a bakery prize).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn lede() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lede"))
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("lede-stories-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// (id, date, source, title, text, expected story label).
const ARTICLES: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "sudan-1",
        "2025-12-01",
        "Wire A",
        "RSF drone strike kills civilians in El Fasher",
        "The Rapid Support Forces struck a displacement camp in El Fasher on Monday, killing at \
         least 40 civilians, Sudanese army officials said. The paramilitary RSF has besieged El \
         Fasher, the last army stronghold in Darfur, for months. \"The shelling did not stop all \
         night,\" said Adam Rijal, a spokesman for the camp's coordination committee. The \
         Sudanese Armed Forces accused the RSF of targeting civilians.",
        "fasher",
    ),
    (
        "sudan-2",
        "2025-12-01",
        "Wire B",
        "Dozens killed as RSF shells El Fasher camp",
        "At least 52 civilians were killed when the Rapid Support Forces shelled a camp for \
         displaced people in El Fasher, North Darfur, on Monday, local medics said. The Sudanese \
         army said the RSF attack was a war crime. The RSF denied targeting civilians and said it \
         struck army positions in El Fasher.",
        "fasher",
    ),
    (
        "sudan-3",
        "2025-12-02",
        "Wire C",
        "UN condemns El Fasher attack as RSF siege tightens",
        "United Nations Secretary-General Antonio Guterres condemned the attack on the El Fasher \
         camp that killed 52 civilians and called on the Rapid Support Forces to lift the siege \
         of the city. Sudan's army said fighting with the RSF continued on the edges of El Fasher \
         on Tuesday. Aid agencies said food had not reached the camp in weeks.",
        "fasher",
    ),
    (
        "thai-1",
        "2025-12-02",
        "Wire A",
        "Thailand and Cambodia agree to talks on border ceasefire",
        "Thailand and Cambodia agreed on Tuesday to hold ceasefire talks in Kuala Lumpur after a \
         week of clashes along their disputed border, Malaysian Prime Minister Anwar Ibrahim said. \
         Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet will meet \
         on Wednesday. \"Both sides want the guns to fall silent,\" Anwar said.",
        "ceasefire",
    ),
    (
        "thai-2",
        "2025-12-03",
        "Wire B",
        "Thai and Cambodian leaders meet in Kuala Lumpur",
        "Thai Prime Minister Anutin Charnvirakul met Cambodian Prime Minister Hun Manet in Kuala \
         Lumpur on Wednesday for ceasefire talks hosted by Malaysia's Anwar Ibrahim. Thailand \
         accused Cambodian troops of firing rockets across the border during the clashes, which \
         killed at least 30 people. Cambodia said Thai forces shelled its villages.",
        "ceasefire",
    ),
    (
        "thai-3",
        "2025-12-03",
        "Wire C",
        "Thailand, Cambodia sign ceasefire after Kuala Lumpur talks",
        "Thailand and Cambodia signed a ceasefire in Kuala Lumpur on Wednesday, ending a week of \
         border clashes, after talks between Anutin Charnvirakul and Hun Manet mediated by Anwar \
         Ibrahim. The two sides agreed to let observers from Malaysia monitor the border. \"Both \
         sides want the guns to fall silent,\" Anwar Ibrahim said again after the signing.",
        "ceasefire",
    ),
    (
        "thai-trade",
        "2025-12-03",
        "Wire D",
        "Thai and Cambodian rice traders sign export deal in Phnom Penh",
        "Thai and Cambodian rice exporters signed a deal in Phnom Penh on Wednesday to share a \
         shipping terminal at Sihanoukville port, the Cambodia Rice Federation said. The Thai \
         Rice Exporters Association said the agreement would cut freight costs for milled rice \
         bound for Africa. Prices of fragrant rice rose two percent this month.",
        "rice",
    ),
    (
        "bakery",
        "2025-12-02",
        "Local Gazette",
        "Leeds bakery wins national sourdough prize",
        "A family bakery in Leeds won the national sourdough award on Tuesday for a loaf made with \
         heritage wheat and a starter kept alive for forty years. The judges praised its crust and \
         open crumb. The owners said they would celebrate by baking through the night.",
        "bakery",
    ),
];

/// Writes the articles whose ids pass `keep` as one-line .jsonl files into `dir`.
fn write_articles(dir: &Path, keep: impl Fn(&str) -> bool) {
    std::fs::create_dir_all(dir).unwrap();
    for (id, date, source, title, text, _) in ARTICLES {
        if keep(id) {
            let line = serde_json::json!({
                "id": id, "date": date, "source": source, "title": title, "text": text
            });
            std::fs::write(dir.join(format!("{id}.jsonl")), format!("{line}\n")).unwrap();
        }
    }
}

fn ingest(db: &Path, input: &Path) -> Output {
    let out = lede()
        .args(["ingest", "--db"])
        .arg(db)
        .arg(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn run(args: &[&str], db: &Path) -> Output {
    lede().args(args).arg("--db").arg(db).output().unwrap()
}

/// `lede stories` as raw JSON lines.
fn stories_text(db: &Path) -> String {
    let out = run(&["stories", "--format", "jsonl"], db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn parse_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn stats(db: &Path) -> serde_json::Value {
    let out = run(&["stats"], db);
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn strs(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn stories_group_the_reports_print_a_timeline_and_do_not_change_on_a_second_ingest() {
    let d = tmpdir("main");
    let input = d.join("in");
    write_articles(&input, |_| true);
    let db = d.join("lede.db");
    let out = ingest(&db, &input);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("8 articles stored"), "{err}");
    assert!(err.contains("stories over 8 articles"), "{err}");

    // Grouping: every article in exactly one story, and the stories are the labels.
    let text = stories_text(&db);
    let stories = parse_lines(&text);
    let mut story_of: BTreeMap<String, String> = BTreeMap::new();
    for s in &stories {
        for k in ["id", "title", "first_seen", "last_seen"] {
            assert!(s[k].as_str().is_some_and(|x| !x.is_empty()), "{k} in {s}");
        }
        let arts = strs(&s["articles"]);
        assert!(!arts.is_empty(), "{s}");
        // The id is its first article's; the span covers its articles' dates.
        assert_eq!(s["id"].as_str().unwrap(), arts[0], "{s}");
        let dates: Vec<&str> = arts
            .iter()
            .map(|a| ARTICLES.iter().find(|x| x.0 == a).unwrap().1)
            .collect();
        assert_eq!(s["first_seen"], *dates.iter().min().unwrap(), "{s}");
        assert_eq!(s["last_seen"], *dates.iter().max().unwrap(), "{s}");
        for a in arts {
            assert!(
                story_of.insert(a.clone(), s["id"].to_string()).is_none(),
                "{a} twice"
            );
        }
    }
    assert_eq!(story_of.len(), ARTICLES.len(), "{text}");
    for x in ARTICLES {
        for y in ARTICLES {
            assert_eq!(
                story_of[x.0] == story_of[y.0],
                x.5 == y.5,
                "{} and {}: {text}",
                x.0,
                y.0
            );
        }
    }
    assert_eq!(stories.len(), 4, "{text}");
    assert_eq!(stats(&db)["stories"], 4);

    // One story in full: timeline in date order, what each report added, the disputed toll.
    let out = run(&["story", "sudan-1", "--format", "jsonl"], &db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let story: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(story["id"], "sudan-1");
    let timeline = story["timeline"].as_array().unwrap();
    assert!(timeline.len() >= 3, "{story}");
    let dates: Vec<&str> = timeline
        .iter()
        .map(|t| t["date"].as_str().unwrap())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    assert!(timeline.iter().any(|t| t["kind"] == "event"), "{story}");
    assert!(timeline.iter().any(|t| t["kind"] == "quote"), "{story}");
    let adds: Vec<&str> = story["adds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["article"].as_str().unwrap())
        .collect();
    assert_eq!(adds, ["sudan-1", "sudan-2", "sudan-3"]);
    let toll = story["discrepancies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| {
            let values: Vec<&str> = x["values"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["value"].as_str().unwrap())
                .collect();
            values.contains(&"40") && values.contains(&"52")
        })
        .unwrap_or_else(|| panic!("no 40-vs-52 discrepancy: {}", story["discrepancies"]));
    let sources_of = |value: &str| -> Vec<String> {
        let v = toll["values"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["value"] == value)
            .unwrap();
        strs(&v["sources"])
    };
    assert_eq!(sources_of("40"), ["Wire A"]);
    assert_eq!(sources_of("52"), ["Wire B", "Wire C"]);

    // An article's id finds its story; the readable form names the parts.
    let by_article = run(&["story", "sudan-3", "--format", "jsonl"], &db);
    assert_eq!(by_article.stdout, out.stdout);
    let pretty = run(&["story", "thai-1", "--format", "pretty"], &db);
    assert!(pretty.status.success());
    let pretty = String::from_utf8_lossy(&pretty.stdout);
    assert!(pretty.contains("Timeline") && pretty.contains("What each article added"));
    assert!(pretty.contains("Kuala Lumpur"), "{pretty}");

    // Unknown story: exit 1, named; missing database: exit 2, nothing created.
    let unknown = run(&["story", "no-such-story"], &db);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no-such-story"));
    let missing = d.join("missing.db");
    for args in [&["stories"][..], &["story", "sudan-1"][..]] {
        let out = run(args, &missing);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("no such database"));
    }
    assert!(!missing.exists());

    // Ingesting again changes nothing.
    let before = stats(&db);
    let out = ingest(&db, &input);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("0 articles stored (8 already stored"), "{err}");
    assert_eq!(stories_text(&db), text);
    assert_eq!(stats(&db), before);
    let _ = std::fs::remove_dir_all(&d);
}

/// The stories as sets of article ids (what clustering decided, whatever the ids and order).
fn partition(db: &Path) -> std::collections::BTreeSet<std::collections::BTreeSet<String>> {
    parse_lines(&stories_text(db))
        .iter()
        .map(|s| strs(&s["articles"]).into_iter().collect())
        .collect()
}

#[test]
fn articles_arriving_out_of_date_order_are_grouped_as_in_one_go_without_a_replay() {
    let d = tmpdir("order");
    let all = d.join("all");
    write_articles(&all, |_| true);
    let one_go = d.join("one.db");
    ingest(&one_go, &all);

    // The same articles in two runs, the later-dated story first.
    let (first, second) = (d.join("first"), d.join("second"));
    write_articles(&first, |id| !id.starts_with("sudan"));
    write_articles(&second, |id| id.starts_with("sudan"));
    let two_goes = d.join("two.db");
    ingest(&two_goes, &first);
    assert_eq!(stats(&two_goes)["stories"], 3);
    let out = ingest(&two_goes, &second);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("stories over 8 articles"), "{err}");
    assert!(!err.contains("again"), "no replay expected: {err}");
    assert_eq!(partition(&two_goes), partition(&one_go));
    let _ = std::fs::remove_dir_all(&d);
}

/// `lede story ID` as raw JSON.
fn story_text(db: &Path, id: &str) -> String {
    let out = run(&["story", id, "--format", "jsonl"], db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Everything `lede stories` and `lede story` print for these articles.
fn all_output(db: &Path) -> String {
    let mut s = stories_text(db);
    for (id, ..) in ARTICLES {
        s.push_str(&story_text(db, id));
    }
    s
}

/// Replaces the saved clusterer state (and the stories) with `state`: the next command finds
/// every article in no story and a state it must not go on from.
fn spoil_state(db: &Path, state: lede_store::ClusterState) {
    let mut store = lede_store::Store::open(db).unwrap();
    store.replace_stories_with_state(&[], &state).unwrap();
}

#[test]
fn an_ingest_goes_on_from_the_saved_state_and_prints_what_a_full_replay_prints() {
    let d = tmpdir("incremental");
    let all = d.join("all");
    write_articles(&all, |_| true);
    let one_go = d.join("one.db");
    ingest(&one_go, &all);
    let want = all_output(&one_go);
    assert_eq!(parse_lines(&stories_text(&one_go)).len(), 4);

    // Two runs, the second all dated after the first: it clusters only its own articles.
    let (early, late) = (d.join("early"), d.join("late"));
    let is_late = |id: &str| ["thai-2", "thai-3", "thai-trade"].contains(&id);
    write_articles(&early, |id| !is_late(id));
    write_articles(&late, is_late);
    let two = d.join("two.db");
    let out = ingest(&two, &early);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("again"));
    let out = ingest(&two, &late);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("again"), "no replay expected: {err}");
    assert!(err.contains("stories over 8 articles"), "{err}");
    assert_eq!(all_output(&two), want);

    // A late article (dated before clustered ones) joins in place: no replay, the same
    // grouping, and a full replay of that database (run by run) prints exactly the same.
    let (most, one) = (d.join("most"), d.join("one"));
    write_articles(&most, |id| id != "sudan-1");
    write_articles(&one, |id| id == "sudan-1");
    let late_db = d.join("late.db");
    ingest(&late_db, &most);
    let out = ingest(&late_db, &one);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("again"), "no replay expected: {err}");
    assert!(
        err.contains("(1 new or changed)"),
        "only the story it joined: {err}"
    );
    assert_eq!(partition(&late_db), partition(&one_go));
    let incremental = all_output(&late_db);
    let saved = lede_store::Store::open(&late_db)
        .unwrap()
        .cluster_state()
        .unwrap()
        .expect("a saved state");
    spoil_state(
        &late_db,
        lede_store::ClusterState {
            format: saved.format + 1,
            ..saved
        },
    );
    let out = run(&["stories", "--format", "jsonl"], &late_db);
    assert!(String::from_utf8_lossy(&out.stderr).contains("again"));
    assert_eq!(all_output(&late_db), incremental);

    // A state from another format, or cut short: a full replay gives the same output.
    let saved = lede_store::Store::open(&two)
        .unwrap()
        .cluster_state()
        .unwrap()
        .expect("a saved state");
    assert_eq!(saved.articles, 8);
    let bad_format = lede_store::ClusterState {
        format: saved.format + 1,
        ..saved.clone()
    };
    let cut = lede_store::ClusterState {
        state: saved.state[..saved.state.len() / 2].to_vec(),
        ..saved.clone()
    };
    for (bad, says) in [(bad_format, "format"), (cut, "cut short")] {
        spoil_state(&two, bad);
        let out = run(&["stories", "--format", "jsonl"], &two);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        assert!(err.contains(says) && err.contains("again"), "{err}");
        assert_eq!(all_output(&two), want);
        // The replay saved a good state again: the same bytes as before.
        let again = lede_store::Store::open(&two)
            .unwrap()
            .cluster_state()
            .unwrap();
        assert_eq!(again.as_ref(), Some(&saved));
    }
    let _ = std::fs::remove_dir_all(&d);
}
