use super::*;

fn sentences(raw: &str) -> Vec<String> {
    let doc = Document::new(raw.to_string());
    doc.sentences
        .iter()
        .map(|s| doc.raw_text(doc.raw_span(s.span)).to_string())
        .collect()
}

fn tokens(raw: &str) -> Vec<String> {
    let doc = Document::new(raw.to_string());
    (0..doc.tokens.len())
        .map(|i| doc.token_text(i).to_string())
        .collect()
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let s = sentences(
        "Gen. Mark Milley met Mr. J. Smith in the U.S. capital on Dec. 2. He said 3.5 million \
         people were affected. The U.N. agreed.",
    );
    assert_eq!(
        s,
        vec![
            "Gen. Mark Milley met Mr. J. Smith in the U.S. capital on Dec. 2.",
            "He said 3.5 million people were affected.",
            "The U.N. agreed."
        ]
    );
}

#[test]
fn abbreviation_at_sentence_end_before_a_starter() {
    let s = sentences("Trade resumed with the U.S. The talks continue.");
    assert_eq!(
        s,
        vec!["Trade resumed with the U.S.", "The talks continue."]
    );
}

#[test]
fn quotes_close_sentences() {
    let s = sentences("He said, \u{201C}It is over.\u{201D} Then he left! Why? Nobody knows...");
    assert_eq!(
        s,
        vec![
            "He said, \u{201C}It is over.\u{201D}",
            "Then he left!",
            "Why?",
            "Nobody knows..."
        ]
    );
}

#[test]
fn paragraphs_split_on_line_breaks_after_sentences_and_headlines() {
    let doc = Document::new(
        "BREAKING NEWS\nTalks began today in\nGeneva. They ended.\n\nA new day.".into(),
    );
    assert_eq!(doc.paragraphs.len(), 3);
    assert_eq!(doc.sentences.len(), 4);
    assert_eq!(
        doc.raw_text(doc.raw_span(doc.sentences[1].span)),
        "Talks began today in\nGeneva."
    );
}

#[test]
fn a_long_line_ending_in_an_initial_ends_its_paragraph() {
    // one paragraph a line, the first ending in a one-letter name ("X.") before "U.N."
    let s = sentences(
        "The minister said the two sides had agreed on a set of steps to end the fighting, \
         the foreign ministry wrote late on Sunday on X.\nU.N. envoy Hans Grundberg welcomed the agreement.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[1].starts_with("U.N. envoy"), "{s:?}");
    // a hard-wrapped line ending in a title still runs on into the next line
    let line = "The talks in the capital on Monday were led by the army's long-serving chief of staff, Gen.";
    assert!(line.len() > 90 && line.len() < 100);
    let s = sentences(&format!("{line}\nMark Ellis of the army."));
    assert_eq!(s.len(), 1, "{s:?}");
}

#[test]
fn clitics_and_possessives() {
    assert_eq!(
        tokens("Putin's aides don't agree"),
        vec!["Putin", "'s", "aides", "do", "n't", "agree"]
    );
    assert_eq!(
        tokens("Putin\u{2019}s O'Brien"),
        vec!["Putin", "'s", "O'Brien"]
    );
    assert_eq!(
        tokens("a 19-point plan, 2,000 troops"),
        vec!["a", "19-point", "plan", ",", "2,000", "troops"]
    );
    assert_eq!(
        tokens("the '90s rock 'n' roll"),
        vec!["the", "'90s", "rock", "'", "n", "'", "roll"]
    );
}

#[test]
fn normalization_keeps_raw_offsets() {
    let raw = "\u{201C}Peace\u{201D}\u{00A0}&amp; war \u{2014} now";
    let doc = Document::new(raw.to_string());
    assert_eq!(doc.text(), "\"Peace\" & war -- now");
    for (i, t) in doc.tokens.iter().enumerate() {
        let r = doc.raw_span(t.span);
        let raw_text = &raw[r.start..r.end];
        let norm = doc.token_text(i);
        match norm {
            "\"" => assert!(raw_text == "\u{201C}" || raw_text == "\u{201D}"),
            "&" => assert_eq!(raw_text, "&amp;"),
            "--" => assert_eq!(raw_text, "\u{2014}"),
            _ => assert_eq!(raw_text, norm),
        }
    }
}

#[test]
fn every_span_slices_raw_text_on_any_input() {
    let inputs = [
        "",
        " ",
        "\n\n\n",
        "&#x1F600; &bogus; &#99999999;",
        "a\r\nb\rc",
        "\u{feff}Hi.\u{2028}Yes.",
        "'''``''\"\"",
        "...!!!???",
        "é\u{301}t\u{e9}",
        "U.S.A. U.S. U. S.",
        "don't'",
        "''s",
        "\u{0}\u{1}\u{7f}binary\u{fffd}",
        "x.y.z.w.v.",
        "'",
        "n't",
        "3.",
        ".5",
        "A.",
    ];
    for raw in inputs {
        let doc = Document::new(raw.to_string());
        for t in &doc.tokens {
            let r = doc.raw_span(t.span);
            assert!(raw.get(r.start..r.end).is_some(), "{raw:?}: {r:?}");
        }
        for s in &doc.sentences {
            let r = doc.raw_span(s.span);
            assert!(raw.get(r.start..r.end).is_some(), "{raw:?}: {r:?}");
        }
    }
}

#[test]
fn plain_ascii_runs_map_byte_for_byte_around_what_changes() {
    let raw = "a ''b'' &amp; `c` ``d \r\n e\tf\u{7f}g 'h'";
    let n = crate::normalize(raw);
    assert_eq!(n.text, "a \"b\" & `c` \"d \n e f g 'h'");
    // every output byte maps to the raw character (or pair, or entity) that produced it
    let produced: Vec<&str> = (0..n.text.len())
        .map(|i| {
            let (s, e) = n.raw_char_span(i).unwrap();
            &raw[s..e]
        })
        .collect();
    assert_eq!(produced[0], "a");
    assert_eq!(produced[2], "''");
    assert_eq!(produced[3], "b");
    assert_eq!(produced[6], "&amp;");
    assert_eq!(produced[8], "`");
    assert_eq!(produced[12], "``");
    assert_eq!(produced[15], "\r\n");
    assert_eq!(produced[18], "\t");
    assert_eq!(produced[20], "\u{7f}");
    assert_eq!(produced[23], "'");
}

#[test]
fn token_lower_is_each_tokens_own_lowercase() {
    for raw in [
        "Russia ACCUSED Ukraine's U.S.-backed forces; don't.",
        "ΟΔΟΣ Σ İstanbul Straße ÀÉ café KELVIN \u{212A} naïve",
        "",
    ] {
        let doc = crate::Document::new(raw.to_string());
        for i in 0..doc.tokens.len() {
            assert_eq!(
                doc.token_lower(i),
                doc.token_text(i).to_lowercase(),
                "{raw:?} {i}"
            );
        }
        assert_eq!(doc.token_lower(doc.tokens.len()), "");
    }
}
