//! The `lede` binary on good and bad input: exit statuses, messages naming the input, and
//! nothing lost when one input is broken.

use std::io::Write;
use std::process::{Command, Stdio};

fn lede() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lede"))
}

fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

const ARTICLE: &str =
    "Russian forces shelled the Ukrainian city of Kharkiv on Monday, officials said.";

#[test]
fn codes_a_text_file_as_jsonl() {
    let p = tmp("kharkiv.txt", ARTICLE.as_bytes());
    let out = lede()
        .args(["code", "--date", "2025-03-04", "--format", "jsonl"])
        .arg(&p)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], "kharkiv");
    assert_eq!(v["date"], "2025-03-04");
    assert_eq!(v["events"][0]["root"], "19", "{v}");
    assert_eq!(v["events"][0]["source"]["code"], "RUSMIL");
}

#[test]
fn reads_stdin_and_prints_pretty() {
    let mut child = lede()
        .args(["code", "--date", "2025-03-04", "--format", "pretty", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ARTICLE.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains('→'), "{s}");
    assert!(s.contains("Kharkiv"), "{s}");
}

#[test]
fn broken_inputs_are_named_and_the_rest_is_coded() {
    let good = tmp("good.txt", ARTICLE.as_bytes());
    let empty = tmp("empty.txt", b"");
    let binary = tmp("junk.txt", &[0u8, 159, 146, 150, 0, 1, 2, 3, 255, 0]);
    let jsonl = tmp("batch.jsonl", b"{\"id\":\"a\",\"text\":\"Iran condemned Israel.\"}\n{not json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"Egypt welcomed the deal.\"}\n");
    let out = lede()
        .args(["code", "--format", "jsonl"])
        .arg(&good)
        .arg("/no/such/file.txt")
        .arg(&empty)
        .arg(&binary)
        .arg(&jsonl)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/no/such/file.txt"), "{err}");
    assert!(err.contains("empty.txt"), "{err}");
    assert!(err.contains("junk.txt"), "{err}");
    assert!(err.contains("batch.jsonl:2"), "{err}");
    assert!(err.contains("batch.jsonl:3"), "{err}");
    let ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, vec!["good", "a", "d"]);
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_diagnostic() {
    let mut bytes = b"Turkey criticized Greece over the \xff\xfe dispute.".to_vec();
    bytes.extend_from_slice(b" More text.");
    let p = tmp("latin.txt", &bytes);
    let out = lede()
        .args(["code", "--format", "jsonl"])
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .contains("UTF-8"));
}

#[test]
fn bad_flags_and_dictionaries_exit_2() {
    let p = tmp("x.txt", ARTICLE.as_bytes());
    let out = lede()
        .args(["code", "--date", "03/04/2025"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    let out = lede()
        .args(["code", "--dict", "/no/such/dict"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/dict"));
    let out = lede()
        .args(["code", "--no-default-dict"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_huge_article_is_refused_with_a_clear_message() {
    let big = "Peace talks resumed. ".repeat(500_000); // ~10 MB
    let p = tmp("huge.txt", big.as_bytes());
    let good = tmp("small.txt", ARTICLE.as_bytes());
    let out = lede()
        .args(["code", "--format", "jsonl"])
        .arg(&p)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("huge.txt"));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn dict_suggest_lists_uncovered_names_with_counts() {
    let dir = std::env::temp_dir().join(format!("lede-suggest-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "Vladimir Putin met Zorvan Keltic in Moscow. Officials said Zorvan Keltic left.",
    )
    .unwrap();
    std::fs::write(
        dir.join("sub/b.jsonl"),
        "{\"text\": \"Later, Zorvan Keltic spoke with the Grand Council of Velmar.\"}\n",
    )
    .unwrap();
    let out = lede()
        .args(["dict", "suggest", "--min-count", "1"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<Vec<&str>> = s.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines[0][..2], ["3", "Zorvan Keltic"], "{s}");
    assert!(
        lines.iter().any(|l| l[1] == "Grand Council of Velmar"),
        "{s}"
    );
    assert!(!lines.iter().any(|l| l[1].contains("Putin")), "{s}");
    assert!(!lines.iter().any(|l| l[1] == "Moscow"), "{s}");
}
