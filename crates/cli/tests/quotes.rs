//! Quotations in the styles newsrooms and wires use, with their speakers, on short texts of
//! our own. Each case names the quote (by its first words) and the speaker expected.

use lede_extract::{ArticleInput, Engine};
use lede_model::{ArticleResult, QuoteKind};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(&[lede_dict::default_set()]))
}

fn code(text: &str) -> ArticleResult {
    engine().code(&ArticleInput {
        id: "t".into(),
        text: text.into(),
        date: chrono::NaiveDate::from_ymd_opt(2025, 6, 12),
        ..Default::default()
    })
}

/// The speaker's canonical name (or the words naming it) of the quote starting with `start`.
fn speaker(r: &ArticleResult, start: &str) -> Option<String> {
    let q = r
        .quotes
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote {start:?} in {:#?}", r.quotes));
    q.speaker
        .as_ref()
        .map(|s| s.name.clone().unwrap_or_else(|| s.text.clone()))
}

fn direct(r: &ArticleResult) -> Vec<&str> {
    r.quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| q.text.as_str())
        .collect()
}

#[test]
fn split_quotes_share_their_speaker() {
    let r = code("\"We will not give up,\" Zelensky said, \"and we will not stop until every prisoner is home.\"");
    assert_eq!(
        speaker(&r, "We will not").as_deref(),
        Some("Volodymyr Zelensky")
    );
    assert_eq!(
        speaker(&r, "and we will").as_deref(),
        Some("Volodymyr Zelensky")
    );
}

#[test]
fn inverted_attribution_and_pronouns() {
    let r = code("German Foreign Minister Johann Wadephul arrived in Kyiv on Monday. \u{201C}Europe stands with Ukraine,\u{201D} said Wadephul. \u{201C}That will not change,\u{201D} he added.");
    assert_eq!(
        speaker(&r, "Europe stands").as_deref(),
        Some("Johann Wadephul")
    );
    assert_eq!(
        speaker(&r, "That will not").as_deref(),
        Some("Johann Wadephul")
    );
}

#[test]
fn colon_introductions_and_guillemets() {
    let r = code("Emmanuel Macron: \u{00AB}France will host the conference in Paris.\u{00BB}");
    assert_eq!(
        speaker(&r, "France will host").as_deref(),
        Some("Emmanuel Macron")
    );
}

#[test]
fn latex_style_and_nested_single_quotes() {
    let r = code("``The so-called 'peace plan' is a trap,'' Iranian Foreign Minister Abbas Araghchi told reporters.");
    assert!(
        direct(&r)
            .iter()
            .any(|q| q.starts_with("The so-called 'peace plan' is a trap")),
        "{:?}",
        r.quotes
    );
    assert_eq!(
        speaker(&r, "The so-called").as_deref(),
        Some("Abbas Araghchi")
    );
}

#[test]
fn multi_paragraph_quotations_reopen_without_closing() {
    let r = code("Kenyan President William Ruto spoke at the summit.\n\n\"We came here to end this war. We will not leave without an agreement.\n\n\"Africa has waited long enough,\" Ruto said.");
    assert_eq!(speaker(&r, "We came here").as_deref(), Some("William Ruto"));
    assert_eq!(
        speaker(&r, "Africa has waited").as_deref(),
        Some("William Ruto")
    );
}

#[test]
fn organisations_speak_too() {
    let r = code("\"The strikes were a grave violation of our sovereignty,\" the Iranian foreign ministry said in a statement.");
    let s = r
        .quotes
        .iter()
        .find(|q| q.text.starts_with("The strikes"))
        .and_then(|q| q.speaker.clone())
        .expect("a speaker");
    assert_eq!(s.code.as_deref(), Some("IRNGOV"));
}

#[test]
fn unknown_speaker_stays_null() {
    let r = code("The banner read \"No more war\" as crowds gathered in the square.");
    assert_eq!(speaker(&r, "No more war"), None);
}

#[test]
fn stray_marks_do_not_swallow_the_article() {
    let r = code("The minister said the plan was \"dead on arrival.\n\nIn a separate statement, Chinese Foreign Minister Wang Yi said: \"Dialogue is the only way.\"\n\nPutin's aides dismissed it, and rock 'n' roll fans in the '90s never cared.");
    let texts = direct(&r);
    assert!(
        texts
            .iter()
            .any(|q| q.starts_with("Dialogue is the only way")),
        "{texts:?}"
    );
    assert_eq!(speaker(&r, "Dialogue is").as_deref(), Some("Wang Yi"));
    // the unclosed quotation ends at its paragraph; apostrophes are not quotations
    assert!(
        texts
            .iter()
            .all(|q| !q.contains("In a separate statement") && !q.contains("rock")),
        "{texts:?}"
    );
}

#[test]
fn reported_speech_is_an_indirect_quote() {
    let r = code("Israeli Prime Minister Benjamin Netanyahu said that the army would continue its operations in Gaza. According to Egyptian Foreign Minister Badr Abdelatty, talks will resume in Cairo next week. The ceasefire is holding, officials said.");
    let ind: Vec<_> = r
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .collect();
    let find = |start: &str| {
        ind.iter()
            .find(|q| q.text.starts_with(start))
            .unwrap_or_else(|| panic!("no indirect {start:?}: {ind:#?}"))
    };
    assert_eq!(
        find("the army would continue")
            .speaker
            .as_ref()
            .and_then(|s| s.name.as_deref()),
        Some("Benjamin Netanyahu")
    );
    assert_eq!(
        find("the army would continue").verb.as_deref(),
        Some("said")
    );
    assert_eq!(
        find("talks will resume")
            .speaker
            .as_ref()
            .and_then(|s| s.name.as_deref()),
        Some("Badr Abdelatty")
    );
    assert!(find("The ceasefire is holding").text.ends_with("holding"));
}
