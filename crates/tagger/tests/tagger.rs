use lede_tagger::train;
use lede_tagger::{Tag, Tagger};

fn tag(s: &str) -> Vec<(String, Tag)> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let tags = Tagger::embedded().tag(&words);
    assert_eq!(tags.len(), words.len());
    words.iter().map(|w| w.to_string()).zip(tags).collect()
}

fn tag_of(s: &str, word: &str) -> Tag {
    tag(s)
        .into_iter()
        .find(|(w, _)| w == word)
        .map(|x| x.1)
        .unwrap_or_else(|| panic!("{word} not in {s}"))
}

#[test]
fn embedded_loads() {
    let t = Tagger::embedded();
    assert!(t.feature_count() > 10_000, "{t:?}");
    assert!(t.dictionary().count() > 500);
}

#[test]
fn verbs_versus_nouns() {
    assert_eq!(
        tag_of("The talks in Geneva ended without agreement .", "talks"),
        Tag::NNS
    );
    assert_eq!(
        tag_of("He talks to reporters every morning .", "talks"),
        Tag::VBZ
    );
    assert!(tag_of("The meeting was held in Paris .", "meeting").is_noun());
    assert_eq!(
        tag_of("The leaders are meeting in Paris on Friday .", "meeting"),
        Tag::VBG
    );
    assert_eq!(
        tag_of("Protesters demand the release of the prisoners .", "demand"),
        Tag::VBP
    );
    assert!(tag_of("The demand for oil fell sharply .", "demand").is_noun());
    assert!(tag_of("They rejected the union 's demand .", "demand").is_noun());
}

#[test]
fn auxiliaries_and_past() {
    assert_eq!(
        tag("The minister said the talks failed ."),
        vec![
            ("The".into(), Tag::DT),
            ("minister".into(), Tag::NN),
            ("said".into(), Tag::VBD),
            ("the".into(), Tag::DT),
            ("talks".into(), Tag::NNS),
            ("failed".into(), Tag::VBD),
            (".".into(), Tag::Period),
        ]
    );
    let t = tag("The ambassador has been invited to the summit .");
    let tags: Vec<Tag> = t.iter().map(|x| x.1).collect();
    assert_eq!(&tags[2..5], &[Tag::VBZ, Tag::VBN, Tag::VBN], "{t:?}");
    assert_eq!(tag_of("They do n't agree .", "n't"), Tag::RB);
    assert_eq!(tag_of("Officials will meet on Monday .", "will"), Tag::MD);
}

#[test]
fn proper_names() {
    let t = tag("U.S. Secretary of State Antony Blinken met Putin 's envoy in Moscow .");
    let get = |w: &str| t.iter().find(|x| x.0 == w).map(|x| x.1);
    assert_eq!(get("U.S."), Some(Tag::NNP), "{t:?}");
    assert_eq!(get("Antony"), Some(Tag::NNP), "{t:?}");
    assert_eq!(get("Blinken"), Some(Tag::NNP), "{t:?}");
    assert_eq!(get("Putin"), Some(Tag::NNP), "{t:?}");
    assert_eq!(get("'s"), Some(Tag::POS), "{t:?}");
    assert_eq!(get("Moscow"), Some(Tag::NNP), "{t:?}");
    assert_eq!(get("met"), Some(Tag::VBD), "{t:?}");
    assert_eq!(
        tag_of("Gen. Zaluzhny visited the front .", "Zaluzhny"),
        Tag::NNP
    );
}

#[test]
fn typographic_forms_are_normalised() {
    let a = Tagger::embedded().tag(&[
        "He", "said", "\u{201C}", "no", "\u{201D}", "\u{2014}", "twice", ".",
    ]);
    let b = Tagger::embedded().tag(&["He", "said", "\"", "no", "\"", "-", "twice", "."]);
    assert_eq!(a, b);
    assert_eq!(a[2], Tag::LQuote);
    assert_eq!(a[4], Tag::RQuote);
}

#[test]
fn hyphenated_words_and_numbers() {
    let t = tag("The senator holds a 19-point lead after 3,000 votes were counted .");
    let get = |w: &str| t.iter().find(|x| x.0 == w).map(|x| x.1).unwrap();
    assert!(
        get("19-point").is_adj() || get("19-point").is_noun(),
        "{t:?}"
    );
    assert_eq!(get("3,000"), Tag::CD, "{t:?}");
    assert_eq!(get("lead"), Tag::NN, "{t:?}");
}

#[test]
fn never_panics_on_odd_input() {
    let t = Tagger::embedded();
    assert!(t.tag(&[]).is_empty());
    let huge = "x".repeat(1 << 20);
    let mixed = "Ü-日本-🙂-\u{0}-\u{202E}".repeat(1000);
    let odd: Vec<&str> = vec![
        "", " ", "\u{a0}", "-", "--", "'", "\"", "\u{2019}", "🙂", "日本", "\u{0}", &huge, &mixed,
        "...", "$", "#", "1", "1-", "-1", "a-", "A.B.C.", "İ", "ß", "\u{301}",
    ];
    let out = t.tag(&odd);
    assert_eq!(out.len(), odd.len());
    for n in 0..odd.len() {
        assert_eq!(t.tag(&odd[..n]).len(), n);
    }
    let long: Vec<&str> = std::iter::repeat_n("the", 100_000).collect();
    assert_eq!(t.tag(&long).len(), long.len());
}

#[test]
fn tag_into_reuses_the_buffer() {
    let t = Tagger::embedded();
    let mut out = Vec::with_capacity(64);
    let ptr = out.as_ptr();
    t.tag_into(&["Talks", "resumed", "."], &mut out);
    assert_eq!(out.len(), 3);
    t.tag_into(&["Rebels", "seized", "the", "airport", "."], &mut out);
    assert_eq!(out.len(), 5);
    assert_eq!(out.as_ptr(), ptr);
    assert_eq!(out, t.tag(&["Rebels", "seized", "the", "airport", "."]));
}

#[test]
fn weight_format_round_trips() {
    let conllu = "\
# text = Rebels seized the airport.
1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\tNER=O
2\tseized\tseize\tVERB\tVBD\t_\t0\troot\t_\tNER=O
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tNER=O
4\tairport\tairport\tNOUN\tNN\t_\t2\tdobj\t_\tNER=O|SpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tNER=O

1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\tNER=O
2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\tNER=O
3\tin\tin\tADP\tIN\t_\t2\tprep\t_\tNER=O
4\tGeneva\tGeneva\tPROPN\tNNP\t_\t3\tpobj\t_\tNER=B-GPE|SpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tNER=O
";
    let sents = train::read_conllu(conllu.as_bytes()).unwrap();
    assert_eq!(sents.len(), 2);
    assert_eq!(sents[0].tags[1], Tag::VBD);
    assert!(sents[0].glued[3] && !sents[0].glued[2]);
    let cfg = train::TrainConfig {
        epochs: 5,
        dict_min_count: 2,
        prune: 0.0,
        ..Default::default()
    };
    let tagger = train::train(&sents, &cfg, |_, _| {});
    assert_eq!(train::evaluate(&tagger, &sents), (10, 10));
    let bytes = tagger.to_bytes();
    let back = Tagger::from_bytes(&bytes).unwrap();
    assert_eq!(back.to_bytes(), bytes);
    assert_eq!(train::evaluate(&back, &sents), (10, 10));
    // The embedded file is canonical too.
    let emb = Tagger::embedded().to_bytes();
    assert_eq!(Tagger::from_bytes(&emb).unwrap().to_bytes(), emb);
    // Damaged files are rejected, never panic.
    for cut in [0, 7, 12, 20, bytes.len() / 2, bytes.len() - 1] {
        assert!(Tagger::from_bytes(&bytes[..cut]).is_err());
    }
    let mut bad = bytes.clone();
    bad[8] = 99;
    assert_eq!(
        Tagger::from_bytes(&bad).unwrap_err(),
        lede_tagger::TaggerError::UnsupportedVersion(99)
    );
    for i in (0..bytes.len()).step_by(7) {
        let mut b = bytes.clone();
        b[i] ^= 0xA5;
        let _ = Tagger::from_bytes(&b).map(|t| t.tag(&["a", "b"]));
    }
}

#[test]
fn merge_hyphens_joins_spacy_splits() {
    let conllu = "\
1\ta\ta\tDET\tDT\t_\t4\tdet\t_\tNER=O
2\t19\t19\tNUM\tCD\t_\t4\tnummod\t_\tNER=O|SpaceAfter=No
3\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tNER=O|SpaceAfter=No
4\tpoint\tpoint\tNOUN\tNN\t_\t5\tcompound\t_\tNER=O
5\tlead\tlead\tNOUN\tNN\t_\t0\troot\t_\tNER=O
";
    let s = &train::read_conllu(conllu.as_bytes()).unwrap()[0];
    let m = train::merge_hyphens(s).unwrap();
    assert_eq!(m.words, vec!["a", "19-point", "lead"]);
    assert_eq!(m.tags, vec![Tag::DT, Tag::JJ, Tag::NN]);
}

fn shared_dir() -> Option<std::path::PathBuf> {
    let p = match std::env::var_os("LEDE_SHARED") {
        Some(p) => std::path::PathBuf::from(p),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    };
    p.join("training/silver-eval.conllu.gz")
        .is_file()
        .then_some(p)
}

#[test]
fn eval_accuracy_on_silver_eval() {
    let Some(dir) = shared_dir() else {
        eprintln!("skipping: silver-eval.conllu.gz not found (set LEDE_SHARED)");
        return;
    };
    let f = std::fs::File::open(dir.join("training/silver-eval.conllu.gz")).unwrap();
    let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(f));
    let sents = train::read_conllu(r).unwrap();
    assert!(sents.len() > 1000);
    let (c, n) = train::evaluate(Tagger::embedded(), &sents);
    let acc = c as f64 / n as f64;
    eprintln!("silver-eval accuracy {acc:.4} ({c}/{n})");
    assert!(acc >= 0.95, "accuracy {acc}");
}
