//! `lede export` as a user runs it: the repository's fixture articles ingested into a real
//! SQLite file, exported in every format, and each output read back — JSON lines parsed and
//! compared with `lede events`, PLOVER records checked field by field, GDELT rows counted
//! cell by cell, Parquet read with the parquet crate's own reader — plus the filters and
//! every way the command can be misused.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn lede() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lede"))
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("lede-export-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A database holding every fixture article and the seed article.
fn ingested(dir: &Path) -> PathBuf {
    let db = dir.join("lede.db");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(repo().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 10, "fixture articles missing");
    inputs.push(repo().join("examples/seed-article.txt"));
    let out = lede()
        .args(["ingest", "--date", "2025-12-03", "--db"])
        .arg(&db)
        .args(&inputs)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn export(db: &Path, format: &str, out: &Path, extra: &[&str]) -> Output {
    lede()
        .args(["export", "--db"])
        .arg(db)
        .args(["--format", format, "--out"])
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

fn ok(o: &Output) {
    assert!(o.status.success(), "exit {:?}: {}", o.status, stderr(o));
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
}

fn jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn stored_events(db: &Path) -> Vec<Value> {
    let out = lede()
        .args(["events", "--format", "jsonl", "--db"])
        .arg(db)
        .output()
        .unwrap();
    ok(&out);
    jsonl(&String::from_utf8(out.stdout).unwrap())
}

/// (article, code, source code, target code, sentence start): an event's identity across
/// the two outputs.
fn identity(v: &Value, article: &str, source: &str, target: &str) -> String {
    format!(
        "{}|{}|{}|{}|{}",
        v[article].as_str().unwrap_or("-"),
        v["code"].as_str().unwrap(),
        v[source].as_str().unwrap_or("-"),
        v[target].as_str().unwrap_or("-"),
        v["start"]
    )
}

#[test]
fn every_format_reads_back_what_the_store_holds() {
    let dir = tmpdir("formats");
    let db = ingested(&dir);
    let stored = stored_events(&db);
    assert!(stored.len() >= 50, "only {} events stored", stored.len());

    // jsonl: one object an event, the contract's event shape plus the article.
    let path = dir.join("events.jsonl");
    ok(&export(&db, "jsonl", &path, &[]));
    let records = jsonl(&std::fs::read_to_string(&path).unwrap());
    assert_eq!(records.len(), stored.len());
    let mut ours: Vec<String> = records
        .iter()
        .map(|r| {
            let flat = serde_json::json!({
                "article": r["article"]["id"], "code": r["code"],
                "s": r["source"]["code"], "t": r["target"]["code"], "start": r["start"],
            });
            identity(&flat, "article", "s", "t")
        })
        .collect();
    let mut theirs: Vec<String> = stored
        .iter()
        .map(|e| identity(e, "article", "source_code", "target_code"))
        .collect();
    ours.sort();
    theirs.sort();
    assert_eq!(ours, theirs, "jsonl export and `lede events` differ");
    let mut ids = std::collections::BTreeSet::new();
    for r in &records {
        assert!(
            ids.insert(r["id"].as_i64().unwrap()),
            "duplicate id {}",
            r["id"]
        );
        let (code, root) = (r["code"].as_str().unwrap(), r["root"].as_str().unwrap());
        assert!(code.starts_with(root), "{r}");
        assert!(r["start"].as_i64() <= r["end"].as_i64(), "{r}");
        assert!(!r["sentence"].as_str().unwrap().is_empty(), "{r}");
        assert!(!r["article"]["id"].as_str().unwrap().is_empty(), "{r}");
        assert!(r["article"]["origin"].as_str().unwrap().ends_with(".txt"));
        assert!(r["modality"].is_string() && r["trigger"]["text"].is_string());
        for side in ["source", "target"] {
            assert!(r[side].is_null() || r[side].get("code").is_some(), "{r}");
        }
    }
    // Some events are placed with coordinates, some lie in the lead paragraph.
    assert!(records.iter().any(|r| r["place"]["lat"].is_f64()));
    assert!(records.iter().any(|r| r["lead"] == true));
    assert!(records.iter().any(|r| r["lead"] == false));

    // plover: every event with a PLOVER category, as a PLOVER record.
    let path = dir.join("events.plover.jsonl");
    ok(&export(&db, "plover", &path, &[]));
    let plover = jsonl(&std::fs::read_to_string(&path).unwrap());
    let with_category = records.iter().filter(|r| r["plover"].is_string()).count();
    assert_eq!(plover.len(), with_category);
    assert!(!plover.is_empty());
    for p in &plover {
        assert!(p["id"].as_str().unwrap().starts_with("lede-"), "{p}");
        let category = p["event"][0].as_str().unwrap();
        assert_eq!(p["event_type"], category);
        assert!(
            category.bytes().all(|b| b.is_ascii_uppercase()),
            "{category}"
        );
        assert!(p["source"].is_array() && p["mode"].is_array() && p["context"].is_array());
        assert!((1..=4).contains(&p["quad_code"].as_u64().unwrap()), "{p}");
        assert!(p["text"].is_string() && p["text_info"]["start"].is_i64());
        assert!(p["cite_info"]["coder"]
            .as_str()
            .unwrap()
            .starts_with("lede"));
        for a in p["source"].as_array().unwrap() {
            let code = a["code"].as_str().unwrap_or("");
            assert!(code.is_empty() || code.len() == 3, "{p}");
        }
    }

    // gdelt: 61 tab-separated cells a line, no header by default; ids are the jsonl's.
    let path = dir.join("events.gdelt.tsv");
    ok(&export(&db, "gdelt", &path, &[]));
    let text = std::fs::read_to_string(&path).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), records.len());
    for (row, r) in rows.iter().zip(&records) {
        assert_eq!(row.len(), 61, "{row:?}");
        assert_eq!(row[0], r["id"].to_string());
        assert_eq!(row[26], r["code"].as_str().unwrap());
        assert_eq!(row[28], r["root"].as_str().unwrap());
        let quad: u8 = row[29].parse().unwrap();
        assert!((1..=4).contains(&quad), "{row:?}");
        let goldstein: f64 = row[30].parse().unwrap();
        assert!((-10.0..=10.0).contains(&goldstein), "{row:?}");
        assert!(!row[60].is_empty(), "{row:?}");
    }
    let headed = dir.join("events.headed.tsv");
    ok(&export(&db, "gdelt", &headed, &["--header"]));
    let headed = std::fs::read_to_string(&headed).unwrap();
    let first = headed.lines().next().unwrap();
    assert!(first.starts_with("GlobalEventID\tDay\tMonthYear\tYear\tFractionDate\tActor1Code"));
    assert!(first.ends_with("DATEADDED\tSOURCEURL"));
    assert_eq!(headed.lines().count(), rows.len() + 1);

    // parquet: as many rows as the jsonl, read back with the parquet crate's reader.
    let path = dir.join("events.parquet");
    let out = export(&db, "parquet", &path, &[]);
    if cfg!(feature = "parquet") {
        ok(&out);
        #[cfg(feature = "parquet")]
        {
            use lede_export::parquet::file::reader::{FileReader, SerializedFileReader};
            use lede_export::parquet::record::Field;
            let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
            assert_eq!(
                reader.metadata().file_metadata().num_rows() as usize,
                records.len()
            );
            let mut n = 0;
            for (row, r) in reader.get_row_iter(None).unwrap().zip(&records) {
                let row = row.unwrap();
                let get = |name: &str| {
                    row.get_column_iter()
                        .find(|(n, _)| n.as_str() == name)
                        .map(|(_, f)| f.clone())
                        .unwrap()
                };
                assert_eq!(get("id"), Field::Long(r["id"].as_i64().unwrap()));
                assert_eq!(get("code"), Field::Str(r["code"].as_str().unwrap().into()));
                assert_eq!(
                    get("sentence"),
                    Field::Str(r["sentence"].as_str().unwrap().into())
                );
                n += 1;
            }
            assert_eq!(n, records.len());
        }
    } else {
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("--features parquet"),
            "{}",
            stderr(&out)
        );
        assert!(!path.exists());
    }
}

#[test]
fn output_is_deterministic_and_stdout_matches_the_file() {
    let dir = tmpdir("stdout");
    let db = ingested(&dir);
    for format in ["jsonl", "plover", "gdelt"] {
        let a = dir.join(format!("a.{format}"));
        let b = dir.join(format!("b.{format}"));
        ok(&export(&db, format, &a, &[]));
        ok(&export(&db, format, &b, &[]));
        let a = std::fs::read(&a).unwrap();
        assert_eq!(
            a,
            std::fs::read(&b).unwrap(),
            "{format} differs between runs"
        );
        let out = export(&db, format, Path::new("-"), &[]);
        ok(&out);
        assert_eq!(out.stdout, a, "{format}: stdout differs from the file");
        // The summary goes to stderr, never into the data.
        assert!(stderr(&out).contains("exported"), "{}", stderr(&out));
    }
    // A reader that stops early (`| head -c 100`) ends the export quietly.
    let a = std::fs::read(dir.join("a.jsonl")).unwrap();
    assert!(a.len() > 1 << 17, "the export must outgrow a pipe's buffer");
    let mut child = lede()
        .args(["export", "--format", "jsonl", "--out", "-", "--db"])
        .arg(&db)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 100];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut head).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(&head[..], &a[..100]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn filters_select_what_lede_events_selects() {
    let dir = tmpdir("filters");
    let db = ingested(&dir);
    let path = dir.join("f.jsonl");
    ok(&export(&db, "jsonl", &path, &["--root", "04"]));
    let consult = jsonl(&std::fs::read_to_string(&path).unwrap());
    assert!(!consult.is_empty());
    assert!(consult.iter().all(|r| r["root"] == "04"));
    let events = lede()
        .args(["events", "--format", "jsonl", "--root", "04", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(
        consult.len(),
        jsonl(&String::from_utf8(events.stdout).unwrap()).len()
    );
    ok(&export(&db, "jsonl", &path, &["--limit", "3"]));
    assert_eq!(jsonl(&std::fs::read_to_string(&path).unwrap()).len(), 3);
    ok(&export(
        &db,
        "jsonl",
        &path,
        &["--since", "2025-12-01", "--until", "2025-12"],
    ));
    let dated = jsonl(&std::fs::read_to_string(&path).unwrap());
    assert!(dated
        .iter()
        .all(|r| r["date"].as_str().unwrap().starts_with("2025-12")));
    let events = lede()
        .args([
            "events",
            "--format",
            "jsonl",
            "--from",
            "2025-12-01",
            "--to",
            "2025-12",
        ])
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(
        dated.len(),
        jsonl(&String::from_utf8(events.stdout).unwrap()).len()
    );
    // A story's events are those of its articles.
    let stories = lede()
        .args(["stories", "--format", "jsonl", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let stories = jsonl(&String::from_utf8(stories.stdout).unwrap());
    let story = stories
        .iter()
        .max_by_key(|s| s["articles"].as_array().unwrap().len())
        .unwrap();
    ok(&export(
        &db,
        "jsonl",
        &path,
        &["--story", story["id"].as_str().unwrap()],
    ));
    let members: Vec<&str> = story["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    for r in jsonl(&std::fs::read_to_string(&path).unwrap()) {
        assert!(
            members.contains(&r["article"]["id"].as_str().unwrap()),
            "{r}"
        );
    }
}

#[test]
fn misuse_is_named_with_what_to_do_and_never_panics() {
    let dir = tmpdir("misuse");
    // A database that does not exist: named, with the command that makes one.
    let missing = dir.join("nope.db");
    let out = export(&missing, "jsonl", &dir.join("x.jsonl"), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nope.db") && stderr(&out).contains("lede ingest"));
    assert!(!missing.exists(), "a missing database must not be created");
    // A file that is no database.
    let junk = dir.join("junk.db");
    std::fs::write(&junk, b"this is not sqlite").unwrap();
    let out = export(&junk, "jsonl", &dir.join("x.jsonl"), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("junk.db"), "{}", stderr(&out));
    let db = ingested(&dir);
    // An unknown format: the formats there are.
    let out = export(&db, "csv", &dir.join("x.csv"), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("plover, gdelt, jsonl, parquet"),
        "{}",
        stderr(&out)
    );
    // An output that cannot be written: named, and nothing left behind.
    let unwritable = dir.join("no-such-folder/out.jsonl");
    let out = export(&db, "jsonl", &unwritable, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no-such-folder/out.jsonl"),
        "{}",
        stderr(&out)
    );
    // Parquet is binary: not to a terminal or pipe.
    let out = export(&db, "parquet", Path::new("-"), &[]);
    assert_eq!(out.status.code(), Some(2));
    // Bad filters and a misplaced --header.
    for args in [
        &["--root", "4x"][..],
        &["--from", "yesterday"],
        &["--country", "Russia"],
        &["--header"],
    ] {
        let out = export(&db, "jsonl", &dir.join("y.jsonl"), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).starts_with("lede: "), "{}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"));
    }
    // A bad full-text query is named as such.
    let out = export(&db, "jsonl", &dir.join("z.jsonl"), &["--text", "AND AND ("]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("full-text query"), "{}", stderr(&out));
    assert!(!dir.join("z.jsonl").exists() && !dir.join("z.jsonl.partial").exists());
}
