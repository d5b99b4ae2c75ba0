//! National teams and clubs: in a match report, "Sweden defeated South Korea 1–0" names
//! two teams, which OntoNotes labels ORG, not the countries (GPE) the gazetteer knows.
//!
//! A text is a match report when it has at least two scores ("1–0", "3-0") and three
//! distinct match words (`match_words.txt`: "goal", "striker", "penalty"). There, a place
//! name is a team unless a preposition of place comes before it ("at the stadium in
//! Sochi"): a news story that only mentions sport keeps its places.

use super::{lists, Found};
use crate::document::Document;
use crate::model::Label;
use crate::tokens::TokenKind;

const MIN_SCORES: usize = 2;
const MIN_MATCH_WORDS: usize = 3;

/// Relabels the GPE mentions of a match report that are teams (see the module comment).
pub fn relabel(doc: &Document, found: &mut [Found]) {
    if !found.iter().any(|f| f.label == Label::Gpe) || !is_match_report(doc, found) {
        return;
    }
    let mut tokens = doc.cursor();
    for f in found.iter_mut().filter(|f| f.label == Label::Gpe) {
        let first = tokens.at_or_after(f.span.start);
        let place = first > 0 && matches!(doc.lower(first - 1), "in" | "at" | "from" | "across" | "throughout" | "near");
        if !place {
            f.label = Label::Org;
        }
    }
}

/// Whether `doc` reports a match: scores and match words (see the module comment). The
/// numeric stage has found the scores already, as numbers ("1–0", "3-0"; a range of
/// percentages or years is a PERCENT or DATE), so most texts are answered from their few
/// numbers, and only the rare one with scores has its words looked up.
fn is_match_report(doc: &Document, found: &[Found]) -> bool {
    let scores = found.iter().filter(|f| f.label == Label::Cardinal && is_score(f.span.text(doc.text)));
    if scores.take(MIN_SCORES).count() < MIN_SCORES {
        return false;
    }
    let mut words: Vec<&str> = Vec::new();
    for i in (0..doc.tokens.len()).filter(|&i| doc.tokens[i].kind == TokenKind::Word) {
        let w = doc.lower(i);
        if !words.contains(&w) && lists::match_words().contains(w) {
            words.push(w);
            if words.len() == MIN_MATCH_WORDS {
                return true;
            }
        }
    }
    false
}

/// Whether `number` is a score: "1–0", "3-0" (at most two digits a side, no spaces).
fn is_score(number: &str) -> bool {
    let goals = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    number.split_once(['-', '–']).is_some_and(|(a, b)| goals(a) && goals(b))
}
