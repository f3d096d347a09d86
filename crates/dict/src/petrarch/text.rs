//! Line-level helpers shared by the PETRARCH/TABARI readers: comment stripping, bracket
//! groups, codes, dates, English inflection and title case. Nothing here panics on any input.

use crate::{CodeSpec, DatedCode, DictDiagnostic, Loc, NaiveDate};
use std::borrow::Cow;

/// One content line of a dictionary file, comments removed.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// 1-based line number in the file.
    pub no: usize,
    /// The content, trimmed, without comments; never empty.
    pub text: Cow<'a, str>,
    /// The comment text (after `#` or `;`), trimmed; empty when none.
    pub comment: Cow<'a, str>,
}

/// Splits a file into content lines: drops blank lines, whole-line comments (`#`, `//`),
/// `<!-- ... -->` comments (also over several lines), other `<!...` lines, and the comment
/// part of every line (from a `#` or `;` outside `[...]`). Stops at a TABARI `~~FINISH`
/// (or `~~~~~`) end marker.
pub(crate) fn content_lines(src: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut in_xml_comment = false;
    for (i, raw) in src.lines().enumerate() {
        let no = i + 1;
        let mut line = raw.trim();
        if in_xml_comment {
            match line.find("-->") {
                Some(p) => {
                    in_xml_comment = false;
                    line = line[p + 3..].trim();
                }
                None => continue,
            }
        }
        if line.contains("<!--") {
            let mut s = String::with_capacity(line.len());
            let mut rest = line;
            while let Some(p) = rest.find("<!--") {
                s.push_str(&rest[..p]);
                s.push(' ');
                match rest[p + 4..].find("-->") {
                    Some(q) => rest = &rest[p + 4 + q + 3..],
                    None => {
                        in_xml_comment = true;
                        rest = "";
                    }
                }
            }
            s.push_str(rest);
            let (text, comment) = split_comment(s.trim());
            if !text.is_empty() {
                out.push(Line {
                    no,
                    text: Cow::Owned(text.to_string()),
                    comment: Cow::Owned(comment.to_string()),
                });
            }
            continue;
        }
        if line.is_empty() || line.starts_with("<!") || line.starts_with("//") {
            continue;
        }
        if line.starts_with("~~FINISH") || line.starts_with("~~~~~") {
            break;
        }
        let (text, comment) = split_comment(line);
        if text.is_empty() {
            continue;
        }
        out.push(Line {
            no,
            text: Cow::Borrowed(text),
            comment: Cow::Borrowed(comment),
        });
    }
    out
}

/// Splits off the comment: from the first `#` or `;` that is not inside `[...]`.
pub(crate) fn split_comment(line: &str) -> (&str, &str) {
    let mut depth = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = (depth - 1).max(0),
            '#' | ';' if depth == 0 => {
                return (line[..i].trim(), line[i + 1..].trim());
            }
            _ => {}
        }
    }
    (line.trim(), "")
}

/// The `[...]` groups of a line, in order, and the text outside them (groups replaced by a
/// space). Err when a `[` is not closed or a `]` has no `[`.
pub(crate) fn bracket_groups(s: &str) -> Result<(String, Vec<&str>), String> {
    let mut outside = String::with_capacity(s.len());
    let mut groups = Vec::new();
    let mut rest = s;
    loop {
        match (rest.find('['), rest.find(']')) {
            (None, None) => {
                outside.push_str(rest);
                break;
            }
            (Some(o), Some(c)) if o < c => {
                outside.push_str(&rest[..o]);
                outside.push(' ');
                let inner = &rest[o + 1..c];
                if inner.contains('[') {
                    return Err("expected ']' before the next '['".into());
                }
                groups.push(inner);
                rest = &rest[c + 1..];
            }
            (Some(_), None) => return Err("expected ']' closing the code".into()),
            _ => return Err("unexpected ']' without '['".into()),
        }
    }
    Ok((outside, groups))
}

pub(crate) fn diag(file: &str, line: usize, reason: impl Into<String>) -> DictDiagnostic {
    DictDiagnostic {
        loc: Loc {
            file: file.to_string(),
            line,
        },
        reason: reason.into(),
    }
}

/// The words of a dictionary phrase: split on blanks and `_`, empty parts dropped.
pub(crate) fn phrase_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty())
}

/// The phrase as space-separated words (`VLADIMIR_PUTIN_` -> `VLADIMIR PUTIN`), case kept.
pub(crate) fn phrase_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in phrase_words(s) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

const CODE_HELP: &str =
    "expected a code like [123], [123:456], [:173], [---], [###], [+++], [023?] or [111!]";

/// Parses the inside of a verb-pattern code bracket.
pub(crate) fn parse_code(s: &str) -> Result<CodeSpec, String> {
    let s = s.trim();
    let ok_code = |c: &str| {
        !c.is_empty() && (c == "---" || c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-'))
    };
    match s {
        "" => return Err(format!("empty code []: {CODE_HELP}")),
        "---" => return Ok(CodeSpec::Null),
        "###" => return Ok(CodeSpec::Discard),
        "+++" => return Ok(CodeSpec::Complex),
        _ => {}
    }
    if let Some((a, b)) = s.split_once(':') {
        let (a, b) = (a.trim(), b.trim());
        let side = |x: &str| -> Result<Option<String>, String> {
            if x.is_empty() {
                Ok(None)
            } else if ok_code(x) {
                Ok(Some(x.to_string()))
            } else {
                Err(format!("bad code part '{x}' in [{s}]: {CODE_HELP}"))
            }
        };
        let (active, passive) = (side(a)?, side(b)?);
        if active.is_none() && passive.is_none() {
            return Err(format!("empty paired code [{s}]: {CODE_HELP}"));
        }
        return Ok(CodeSpec::Paired { active, passive });
    }
    if let Some(c) = s.strip_suffix('?') {
        if ok_code(c) {
            return Ok(CodeSpec::Subordinate(c.to_string()));
        }
    } else if let Some(c) = s.strip_suffix('!') {
        if ok_code(c) {
            return Ok(CodeSpec::Dominant(c.to_string()));
        }
    } else if ok_code(s) {
        return Ok(CodeSpec::Code(s.to_string()));
    }
    Err(format!("bad code [{s}]: {CODE_HELP}"))
}

/// `YYMMDD` (00-30 = 20xx, else 19xx) or `YYYYMMDD`.
pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let bad = || format!("malformed date '{s}': expected YYMMDD or YYYYMMDD");
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let num = |a: usize, b: usize| s.get(a..b).and_then(|x| x.parse::<u32>().ok());
    let (y, m, d) = match s.len() {
        6 => {
            let yy = num(0, 2).ok_or_else(bad)? as i32;
            let y = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            (y, num(2, 4).ok_or_else(bad)?, num(4, 6).ok_or_else(bad)?)
        }
        8 => (
            num(0, 4).ok_or_else(bad)? as i32,
            num(4, 6).ok_or_else(bad)?,
            num(6, 8).ok_or_else(bad)?,
        ),
        _ => return Err(bad()),
    };
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("invalid calendar date '{s}'"))
}

/// Parses an actor code group: `CODE`, `CODE <d`, `CODE >d`, `CODE d1-d2` (blanks allowed
/// around the operators).
pub(crate) fn parse_dated_code(group: &str) -> Result<DatedCode, String> {
    let g = group.trim();
    let mut it = g.splitn(2, char::is_whitespace);
    let code = it.next().unwrap_or("").trim();
    let restr: String = it
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if code.is_empty() {
        return Err("empty code []: expected [CODE] or [CODE date-restriction]".into());
    }
    if code.starts_with(|c: char| c.is_ascii_digit() || c == '<' || c == '>') {
        return Err(format!(
            "expected an actor code before the date restriction in [{g}]"
        ));
    }
    if restr.is_empty() {
        return Ok(DatedCode::undated(code));
    }
    let (from, until) = if let Some(d) = restr.strip_prefix('<') {
        (None, Some(parse_date(d)?))
    } else if let Some(d) = restr.strip_prefix('>') {
        (Some(parse_date(d)?), None)
    } else if let Some((a, b)) = restr.split_once('-') {
        (Some(parse_date(a)?), Some(parse_date(b)?))
    } else {
        return Err(format!(
            "bad date restriction '{restr}' in [{g}]: expected <date, >date or date-date"
        ));
    };
    Ok(DatedCode {
        code: code.to_string(),
        from,
        until,
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u')
}

fn ends_consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2
        && b[b.len() - 1].eq_ignore_ascii_case(&b'y')
        && !is_vowel(b[b.len() - 2])
        && b[b.len() - 2].is_ascii_alphabetic()
}

/// Case-preserving suffix: appends `suf` in the case of the word's last letter.
fn with_suffix(stem: &str, suf: &str, upper: bool) -> String {
    let mut s = String::with_capacity(stem.len() + suf.len());
    s.push_str(stem);
    if upper {
        s.push_str(&suf.to_ascii_uppercase());
    } else {
        s.push_str(suf);
    }
    s
}

fn is_upper(w: &str) -> bool {
    w.bytes()
        .rev()
        .find(|b| b.is_ascii_alphabetic())
        .is_some_and(|b| b.is_ascii_uppercase())
}

fn ends_any(w: &str, sufs: &[&str]) -> bool {
    let l = w.to_ascii_lowercase();
    sufs.iter().any(|s| l.ends_with(s))
}

/// Regular plural of an English noun (the last word of a phrase): `-ies` after a consonant
/// + `y`, `-es` after s/x/z/ch/sh, else `-s`. Case follows the word.
pub fn noun_plural(word: &str) -> String {
    let up = is_upper(word);
    if ends_consonant_y(word) {
        with_suffix(&word[..word.len() - 1], "ies", up)
    } else if ends_any(word, &["s", "x", "z", "ch", "sh"]) {
        with_suffix(word, "es", up)
    } else {
        with_suffix(word, "s", up)
    }
}

/// The plural of a phrase: its last word pluralised.
pub(crate) fn phrase_plural(phrase: &str) -> String {
    match phrase.rfind(' ') {
        Some(p) => format!("{}{}", &phrase[..=p], noun_plural(&phrase[p + 1..])),
        None => noun_plural(phrase),
    }
}

/// The regular forms of an English verb, lemma first: `-s/-es/-ies`, `-ed/-d/-ied`, `-ing`
/// with the e-drop rule (`make` -> `making`, but `agree` -> `agreeing`, `die` -> `dying`).
/// No consonant doubling: dictionaries list such verbs' forms in `{...}`.
pub fn verb_forms(lemma: &str) -> Vec<String> {
    let up = is_upper(lemma);
    let l = lemma.to_ascii_lowercase();
    let n = lemma.len();
    let third = if ends_consonant_y(lemma) {
        with_suffix(&lemma[..n - 1], "ies", up)
    } else if ends_any(lemma, &["s", "x", "z", "ch", "sh"]) {
        with_suffix(lemma, "es", up)
    } else {
        with_suffix(lemma, "s", up)
    };
    let past = if l.ends_with('e') {
        with_suffix(lemma, "d", up)
    } else if ends_consonant_y(lemma) {
        with_suffix(&lemma[..n - 1], "ied", up)
    } else {
        with_suffix(lemma, "ed", up)
    };
    let ing = if l.ends_with("ie") && n > 2 {
        with_suffix(&lemma[..n - 2], "ying", up)
    } else if l.ends_with('e') && n > 2 && !ends_any(lemma, &["ee", "oe", "ye"]) {
        with_suffix(&lemma[..n - 1], "ing", up)
    } else {
        with_suffix(lemma, "ing", up)
    };
    vec![lemma.to_string(), third, past, ing]
}

const MINOR_WORDS: [&str; 12] = [
    "of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la", "a",
];

/// Title case for a canonical name: `VLADIMIR PUTIN` -> `Vladimir Putin`, `BAN KI-MOON` ->
/// `Ban Ki-Moon`. Words with a `.` (`U.N.`) and one-word names of at most 4 letters (`IMF`)
/// are kept as written; minor words after the first are lower case (`Bank of England`).
pub(crate) fn title_case(name: &str) -> String {
    let single = !name.contains(' ');
    let mut out = String::with_capacity(name.len());
    for (i, w) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if w.contains('.') || (single && w.chars().count() <= 4) {
            out.push_str(w);
            continue;
        }
        let lw = w.to_lowercase();
        if i > 0 && MINOR_WORDS.contains(&lw.as_str()) {
            out.push_str(&lw);
            continue;
        }
        let mut start = true;
        for c in w.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = matches!(c, '-' | '(' | '/');
        }
    }
    out
}
