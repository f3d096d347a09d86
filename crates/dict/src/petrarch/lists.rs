//! Discard lists, issue lists and TABARI `.options` files.

use super::text::{content_lines, diag, noun_plural, verb_forms};
use crate::{DictDiagnostic, Discard, IssuePhrase, Loc};

/// Discards: `+PHRASE` discards the story, `PHRASE` the sentence. Words are lower case; a
/// trailing `_` (TABARI "whole word") is dropped.
pub(crate) fn read_discards(
    file: &str,
    src: &str,
    out: &mut Vec<Discard>,
    diags: &mut Vec<DictDiagnostic>,
) {
    for line in content_lines(src) {
        let t: &str = &line.text;
        let (story, rest) = match t.strip_prefix('+') {
            Some(r) => (true, r),
            None => (false, t),
        };
        let words: Vec<String> = rest
            .split(|c: char| c.is_whitespace() || c == '_')
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect();
        if words.is_empty() {
            diags.push(diag(file, line.no, "expected a phrase after '+'"));
            continue;
        }
        out.push(Discard {
            words,
            story,
            loc: Loc {
                file: file.to_string(),
                line: line.no,
            },
        });
    }
}

/// Expands the issue shorthands of one phrase: `n:` (singular and plural), `v:` (regular
/// verb forms), `a+b` (`a b` and `a-b`).
fn expand_issue(phrase: &str) -> Vec<String> {
    let mut forms: Vec<String> = vec![String::new()];
    for (i, word) in phrase.split_whitespace().enumerate() {
        let alts: Vec<String> = if let Some(n) = strip_ci(word, "n:") {
            vec![n.to_string(), noun_plural(n)]
        } else if let Some(v) = strip_ci(word, "v:") {
            verb_forms(v)
        } else if let Some((pre, rest)) = word.split_once('+') {
            // `pre+n:school`: the shorthand applies to what follows the `+`.
            let tails = expand_issue(rest);
            let mut v = Vec::new();
            for t in tails {
                v.push(format!("{pre} {t}"));
                v.push(format!("{pre}-{t}"));
            }
            v
        } else {
            vec![word.to_string()]
        };
        let mut next = Vec::with_capacity(forms.len() * alts.len());
        for f in &forms {
            for a in &alts {
                next.push(if i == 0 {
                    a.clone()
                } else {
                    format!("{f} {a}")
                });
            }
        }
        forms = next;
        if forms.len() > 256 {
            break; // absurd input: stop combinatorial growth
        }
    }
    forms
}

fn strip_ci<'a>(w: &'a str, prefix: &str) -> Option<&'a str> {
    let head = w.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        w.get(prefix.len()..).filter(|r| !r.is_empty())
    } else {
        None
    }
}

/// Issues: `<ISSUE CATEGORY="X" ...>` ... `</ISSUE>`; `phrase [CODE]`, `~phrase` and `~~phrase`
/// (ignore phrases). Each expanded form is one [`IssuePhrase`], words lower case.
pub(crate) fn read_issues(
    file: &str,
    src: &str,
    out: &mut Vec<IssuePhrase>,
    diags: &mut Vec<DictDiagnostic>,
) {
    let mut category: Option<String> = None;
    for line in content_lines(src) {
        let t: &str = &line.text;
        let no = line.no;
        if t.starts_with("</") {
            if category.take().is_none() {
                diags.push(diag(
                    file,
                    no,
                    "closing tag without an open <ISSUE CATEGORY=\"...\"> section",
                ));
            }
            continue;
        }
        if let Some(rest) = t.strip_prefix('<') {
            match rest
                .split_once("CATEGORY=\"")
                .and_then(|(_, r)| r.split_once('"'))
            {
                Some((c, _)) if !c.is_empty() => category = Some(c.to_string()),
                _ => diags.push(diag(
                    file,
                    no,
                    "expected an issue section header <ISSUE CATEGORY=\"NAME\" ...>",
                )),
            }
            continue;
        }
        let Some(cat) = category.clone() else {
            diags.push(diag(
                file,
                no,
                "issue phrase outside an <ISSUE CATEGORY=\"...\"> section",
            ));
            continue;
        };
        let (phrase, code, ignore) = if let Some(r) = t.strip_prefix('~') {
            (r.trim_start_matches('~').trim(), None, true)
        } else {
            match (t.find('['), t.find(']')) {
                (Some(o), Some(c)) if o < c && t[c + 1..].trim().is_empty() => {
                    let code = t[o + 1..c].trim();
                    if code.is_empty() {
                        diags.push(diag(file, no, "empty issue code []: expected [CODE]"));
                        continue;
                    }
                    (t[..o].trim(), Some(code.to_string()), false)
                }
                _ => {
                    diags.push(diag(
                        file,
                        no,
                        "expected an issue phrase 'words [CODE]' or an ignore phrase '~words'",
                    ));
                    continue;
                }
            }
        };
        if phrase.is_empty() {
            diags.push(diag(file, no, "expected the words of the issue phrase"));
            continue;
        }
        for form in expand_issue(phrase) {
            let words: Vec<String> = form.split_whitespace().map(|w| w.to_lowercase()).collect();
            if words.is_empty() {
                continue;
            }
            out.push(IssuePhrase {
                words,
                code: code.clone(),
                category: cat.clone(),
                ignore,
                loc: Loc {
                    file: file.to_string(),
                    line: no,
                },
            });
        }
    }
}

/// TABARI options: `KEY: value` lines (`SET: LABEL = TRUE`, `LABEL: 010=YIELD`), `//`
/// comments, `~~~~~` end.
pub(crate) fn read_options(
    file: &str,
    src: &str,
    out: &mut Vec<(String, String)>,
    diags: &mut Vec<DictDiagnostic>,
) {
    for (i, raw) in src.lines().enumerate() {
        let t = raw.trim();
        if t.is_empty() || t.starts_with("//") || t.starts_with('#') {
            continue;
        }
        if t.starts_with("~~") {
            break;
        }
        match t.split_once(':') {
            Some((k, v)) if !k.trim().is_empty() && !k.contains(' ') => {
                out.push((k.trim().to_string(), v.trim().to_string()))
            }
            _ => diags.push(diag(file, i + 1, "expected an option line 'KEY: value'")),
        }
    }
}

/// Reads a PETRARCH internal coding ontology: lines `CODE:VALUE#comment`, VALUE a sum of
/// hexadecimal terms (`0x1000-0xFFFF`, `-0xFFFF+0x2040+0x300`); `#` lines are comments.
pub(crate) fn read_ontology(
    file: &str,
    src: &str,
    out: &mut Vec<(String, i64)>,
    diags: &mut Vec<DictDiagnostic>,
) {
    for (i, raw) in src.lines().enumerate() {
        let t = raw.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let value = t.split('#').next().unwrap_or("");
        let parsed = value
            .split_once(':')
            .and_then(|(k, v)| Some((k.trim(), hex_sum(v.trim())?)))
            .filter(|(k, _)| !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()));
        match parsed {
            Some((k, v)) => out.push((k.to_string(), v)),
            None => diags.push(diag(
                file,
                i + 1,
                "expected an ontology line 'CODE:0xVALUE' (hexadecimal terms joined by + or -)",
            )),
        }
    }
}

/// `0x1000-0xFFFF`, `-0xFFFF+0x0070`: a sum of hexadecimal terms.
fn hex_sum(s: &str) -> Option<i64> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return None;
    }
    let mut total = 0i64;
    let mut rest = s.as_str();
    while !rest.is_empty() {
        let (sign, body) = match rest.as_bytes()[0] {
            b'-' => (-1, &rest[1..]),
            b'+' => (1, &rest[1..]),
            _ => (1, rest),
        };
        if body.is_empty() {
            return None;
        }
        let end = body[1..].find(['+', '-']).map_or(body.len(), |e| e + 1);
        let term = &body[..end];
        let digits = term
            .strip_prefix("0x")
            .or_else(|| term.strip_prefix("0X"))?;
        total += sign * i64::from_str_radix(digits, 16).ok()?;
        rest = &body[end..];
    }
    Some(total)
}

#[cfg(test)]
mod ontology_tests {
    use super::*;

    #[test]
    fn ontology_lines_and_sums() {
        let mut out = Vec::new();
        let mut diags = Vec::new();
        let src = "# comment\n010:0x1000#Say\n011:0x1000-0xFFFF\n\n121:-0xFFFF+0x0070\n110:0x1007f#0xFFFF+0x0080#x\nbad line\n";
        read_ontology("o.txt", src, &mut out, &mut diags);
        assert_eq!(
            out,
            vec![
                ("010".to_string(), 0x1000),
                ("011".to_string(), 0x1000 - 0xFFFF),
                ("121".to_string(), -0xFFFF + 0x70),
                ("110".to_string(), 0x1007f),
            ]
        );
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].loc.line, 7);
        assert_eq!(hex_sum(""), None);
        assert_eq!(hex_sum("0x10+"), None);
    }
}
