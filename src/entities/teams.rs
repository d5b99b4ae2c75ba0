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
    if !found.iter().any(|f| f.label == Label::Gpe) || !is_match_report(doc) {
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

/// Whether `doc` reports a match: scores and match words (see the module comment). Scores
/// first: they are number tokens, few and cheap to test, and most texts have none, so the
/// words are looked up only in the rare text that has them.
fn is_match_report(doc: &Document) -> bool {
    let numbers = (0..doc.tokens.len()).filter(|&i| doc.tokens[i].kind == TokenKind::Number);
    if numbers.filter(|&i| score_at(doc, i)).take(MIN_SCORES).count() < MIN_SCORES {
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

/// Whether a score starts at number token `i`: "3-0" as one token, or "1", "–", "0" with
/// no space between; not a range of percentages or years ("10-15 percent").
fn score_at(doc: &Document, i: usize) -> bool {
    let goals = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let w = doc.word(i);
    let end = if let Some((a, b)) = w.split_once('-') {
        if !goals(a) || !goals(b) {
            return false;
        }
        i + 1
    } else {
        let joined = |k: usize| k < doc.tokens.len() && !doc.tokens[k].space_before;
        if !(goals(w) && joined(i + 1) && matches!(doc.word(i + 1), "–" | "-") && joined(i + 2) && goals(doc.word(i + 2))) {
            return false;
        }
        i + 3
    };
    !(end < doc.tokens.len() && matches!(doc.lower(end), "%" | "percent" | "per" | "years" | "year" | "days" | "months"))
}
