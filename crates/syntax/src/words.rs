//! Closed word classes the shallow parser needs.

pub fn lower(w: &str) -> String {
    w.to_lowercase()
}

pub fn is_be(w: &str) -> bool {
    matches!(
        w,
        "be" | "is" | "are" | "was" | "were" | "been" | "being" | "am" | "'s" | "'re" | "'m"
    )
}

pub fn is_have(w: &str) -> bool {
    matches!(w, "have" | "has" | "had" | "having" | "'ve" | "'d")
}

pub fn is_do(w: &str) -> bool {
    matches!(w, "do" | "does" | "did")
}

pub fn is_get(w: &str) -> bool {
    matches!(w, "get" | "gets" | "got" | "gotten" | "getting")
}

pub fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "n't" | "never" | "no longer")
}

pub fn is_relative(w: &str) -> bool {
    matches!(w, "who" | "which" | "whom" | "whose" | "that")
}

pub fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "although"
            | "though"
            | "while"
            | "because"
            | "if"
            | "unless"
            | "whereas"
            | "since"
            | "when"
            | "whenever"
            | "where"
            | "after"
            | "before"
            | "until"
            | "once"
            | "as"
            | "whether"
            | "so"
    )
}

/// Inflected forms of verbs of saying, for speech complements and quote attribution.
pub fn is_speech_verb_form(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "say",
        "said",
        "tell",
        "told",
        "state",
        "confirm",
        "announce",
        "declare",
        "add",
        "note",
        "stress",
        "emphasize",
        "emphasise",
        "insist",
        "warn",
        "claim",
        "deny",
        "denie",
        "argue",
        "explain",
        "report",
        "reiterate",
        "assert",
        "acknowledge",
        "admit",
        "suggest",
        "write",
        "wrote",
        "written",
        "tweet",
        "post",
        "remark",
        "comment",
        "mention",
        "highlight",
        "underline",
        "underscore",
        "point",
        "reply",
        "respond",
        "answer",
        "ask",
        "urge",
        "promise",
        "vow",
        "pledge",
        "predict",
        "allege",
        "concede",
        "observe",
        "recall",
        "describe",
        "call",
        "caution",
        "indicate",
        "signal",
        "believe",
        "think",
        "thought",
        "hope",
        "expect",
        "fear",
        "accuse",
        "stat",
        "decla",
        "conclude",
        "agree",
        "continue",
    ];
    // (callers mostly pass lower-case words: no copy for them)
    let w: std::borrow::Cow<'_, str> = if w.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(w.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    };
    let Some(&first) = w.as_bytes().first() else {
        return false;
    };
    // the stems by first letter, gathered once (every stem starts with a lower-case letter)
    static BY_FIRST: std::sync::OnceLock<[Vec<&'static str>; 26]> = std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut by_first: [Vec<&'static str>; 26] = Default::default();
        for s in STEMS {
            if let Some(v) = s
                .bytes()
                .next()
                .filter(u8::is_ascii_lowercase)
                .and_then(|b| by_first.get_mut(usize::from(b - b'a')))
            {
                v.push(s);
            }
        }
        by_first
    });
    let Some(stems) = first
        .is_ascii_lowercase()
        .then(|| by_first.get(usize::from(first - b'a')))
        .flatten()
    else {
        return false;
    };
    // (a stem compared byte by byte from its second: most differ there, without a call to
    // compare memory)
    let wb = w.as_bytes();
    stems.iter().any(|s| {
        wb.len() >= s.len() && s.bytes().zip(wb).skip(1).all(|(a, &b)| a == b) && {
            let rest = &w[s.len()..];
            matches!(
                rest,
                "" | "s" | "es" | "ed" | "d" | "ing" | "ring" | "ted" | "ting" | "ied"
            )
        }
    })
}
