//! Extraction: actors, events, quotes, places and dates of one article, as pure functions of
//! (text, dictionaries, article date).
//!
//! Entry points: [`Engine::new`] compiles dictionary sets once; [`Engine::code`] turns one
//! [`ArticleInput`] into the contract's [`ArticleResult`]. Every record carries the byte span
//! of the raw text that supports it and the rule or dictionary entry that produced it.
//! Architecture invariant: no I/O, no clock, no printing; depends on model, text, tagger,
//! syntax, dict, geo and dates only. Knows nothing of SQL, HTTP or command lines.

mod actors;
mod events;
mod keys;
pub mod lexicon;
mod petrarch_rules;
mod quotes;
pub mod sentence;

pub use lexicon::Lexicon;
pub use petrarch_rules::CommaOptions;

use chrono::NaiveDate;
use lede_dict::DictSet;
use lede_model::{ArticleResult, Diagnostic};
use lede_text::Document;

/// PETRARCH/TABARI-style coding options for one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodingOptions {
    /// Code an event only when both source and target are known (default true).
    pub require_dyad: bool,
    /// PETRARCH's `new_actor_length`: with N > 0, a subject or object noun phrase of at most
    /// N words that names no actor is an actor of its own, written as its text in quotes
    /// (`"INJURY TOLL"`); 0 (the default) leaves such phrases uncoded.
    pub new_actor_length: usize,
    /// PETRARCH-1/TABARI `comma_*`: comma-delimited clauses removed before coding.
    pub comma: CommaOptions,
}

impl Default for CodingOptions {
    fn default() -> Self {
        CodingOptions {
            require_dyad: true,
            new_actor_length: 0,
            comma: CommaOptions::default(),
        }
    }
}

/// One article to code.
#[derive(Debug, Clone, Default)]
pub struct ArticleInput {
    pub id: String,
    pub text: String,
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub options: CodingOptions,
    /// Diagnostics from reading the input (lossy UTF-8 and the like), passed through.
    pub diagnostics: Vec<Diagnostic>,
}

/// Compiled dictionaries and settings; build once, code many articles (shareable across threads).
pub struct Engine {
    pub lexicon: Lexicon,
}

impl Engine {
    /// Compiles copies of `sets` (see [`Engine::from_sets`], which takes them over).
    pub fn new(sets: &[DictSet]) -> Engine {
        Engine::from_sets(sets.to_vec())
    }

    /// Compiles dictionary sets, taking them over so that only one copy stays in memory.
    /// The embedded tagger and gazetteer are made ready at the same time (on a second thread
    /// where one can be started), so that the first article pays nothing more than the next.
    pub fn from_sets(sets: Vec<DictSet>) -> Engine {
        let lexicon = std::thread::scope(|s| {
            let warm = std::thread::Builder::new().spawn_scoped(s, warm_embedded_data);
            let lexicon = Lexicon::from_sets(sets);
            match warm {
                Ok(handle) => {
                    // the warm-up only fills process-wide caches; a failed thread leaves
                    // them to be filled on first use
                    let _ = handle.join();
                }
                Err(_) => warm_embedded_data(),
            }
            lexicon
        });
        Engine { lexicon }
    }

    /// Codes one article. Never fails: problems become diagnostics.
    pub fn code(&self, input: &ArticleInput) -> ArticleResult {
        let blanked = petrarch_rules::comma_blanked(&self.lexicon, input);
        let commas_removed = blanked.is_some();
        let doc = Document::new(blanked.unwrap_or_else(|| input.text.clone()));
        let mut diagnostics = input.diagnostics.clone();
        let analysis = sentence::analyze_document(&doc, &self.lexicon);
        let mut actors = actors::resolve(&doc, &analysis, &self.lexicon, input);
        if petrarch_rules::is_petrarch(&self.lexicon) {
            petrarch_rules::recode_actors(
                &analysis,
                &mut actors,
                &self.lexicon,
                input.date,
                input.options.new_actor_length,
            );
        }
        let (dates, date_diags) = lede_dates::find_dates(doc.text(), input.date);
        for d in date_diags {
            let span = doc.raw_span(lede_model::Span::new(d.start, d.end));
            diagnostics.push(Diagnostic::warning(d.message).at(span));
        }
        let places = actors::places(&doc, &actors);
        let quotes = quotes::find(&doc, &analysis, &actors);
        let mut events = events::code(
            &doc,
            &analysis,
            &actors,
            &self.lexicon,
            input,
            &dates,
            &places,
        );
        if commas_removed {
            petrarch_rules::restore_sentences(&mut events, &input.text);
        }
        let date_out = dates
            .iter()
            .map(|d| {
                let span = doc.raw_span(lede_model::Span::new(d.start, d.end));
                lede_model::DateMention {
                    text: doc.raw_text(span).to_string(),
                    value: d.value.iso(),
                    end_value: match &d.value {
                        lede_dates::DateValue::Range { to, .. } => Some(to.iso()),
                        _ => None,
                    },
                    start: span.start,
                    end: span.end,
                }
            })
            .collect();
        ArticleResult {
            id: input.id.clone(),
            date: input.date.map(iso_date),
            title: input.title.clone(),
            text: None,
            actors: actors.into_output(&doc),
            events,
            quotes,
            places: places.output(&doc),
            dates: date_out,
            diagnostics,
        }
    }
}

/// `date` as `YYYY-MM-DD` (chrono's `%Y-%m-%d`, without its format parser for the common
/// years).
pub(crate) fn iso_date(date: NaiveDate) -> String {
    use chrono::Datelike;
    match date.year() {
        y @ 0..=9999 => {
            let mut out = String::with_capacity(10);
            for n in [y as u32 / 100, y as u32 % 100, date.month(), date.day()] {
                out.push(char::from(b'0' + (n / 10) as u8));
                out.push(char::from(b'0' + (n % 10) as u8));
                if out.len() == 4 || out.len() == 7 {
                    out.push('-');
                }
            }
            out
        }
        _ => date.format("%Y-%m-%d").to_string(),
    }
}

/// Parses the data compiled into the binary that coding needs (tagger weights, gazetteer), once
/// per process.
fn warm_embedded_data() {
    lede_tagger::Tagger::embedded();
    lede_geo::Gazetteer::embedded();
}

/// The per-sentence analysis the coder works on, for developer tools (`examples/debug.rs`).
pub fn debug_analysis<'a>(doc: &'a Document, lexicon: &Lexicon) -> sentence::DocAnalysis<'a> {
    sentence::analyze_document(doc, lexicon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_date_is_chronos_year_month_day() {
        for (y, m, d) in [
            (2024, 6, 1),
            (1999, 12, 31),
            (5, 1, 9),
            (0, 2, 29),
            (9999, 12, 31),
            (10000, 1, 1),
            (-44, 3, 15),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
        }
    }
}
