//! National teams and clubs: in a match report, "Sweden defeated South Korea 1–0" names
//! two teams, which OntoNotes labels ORG, not the countries (GPE) the gazetteer knows.
//!
//! A text is a match report when it has at least two scores ("1–0", "3-0") and three
//! distinct match words (`match_words.txt`: "goal", "striker", "penalty"), or one score and
//! four such words. There, a place
//! name is a team unless a preposition of place comes before it ("at the stadium in
//! Sochi"): a news story that only mentions sport keeps its places.

use super::{lists, Found};
use crate::claims::words::{class, in_class};
use crate::document::Document;
use crate::model::Label;
use crate::tokens::TokenKind;

const MIN_SCORES: usize = 2;
const MIN_MATCH_WORDS: usize = 3;

/// Relabels the GPE mentions of a match report that are teams (see the module comment), and
/// in any text a place a plural verb follows ("Barcelona were fined").
pub fn relabel(doc: &Document, found: &mut [Found]) {
    if !found.iter().any(|f| f.label == Label::Gpe) {
        return;
    }
    let report = is_match_report(doc, found);
    let mut tokens = doc.cursor();
    for f in found.iter_mut().filter(|f| f.label == Label::Gpe) {
        let first = tokens.at_or_after(f.span.start);
        let last = tokens.at_or_after(f.span.end).max(first + 1) - 1;
        let team = if report {
            let place = first > 0 && matches!(doc.lower(first - 1), "in" | "at" | "from" | "across" | "throughout" | "near");
            !(place || is_players_country(doc, last + 1) || is_dateline_place(doc, first, last + 1))
        } else {
            plural_team(doc, first, last + 1)
        };
        if team {
            f.label = Label::Org;
        }
    }
}

/// "Barcelona were fined", "Chelsea have agreed": a one-word place opening a clause before a
/// plural verb (not "sanctions against Russia were", "children in mainland Australia are",
/// "Madrid and Paris are", "if America were", "the Netherlands are").
fn plural_team(doc: &Document, first: usize, end: usize) -> bool {
    let opens_clause = || {
        first == 0
            || doc.opens_line(first)
            || in_class(class::CLAUSE_OPENER, doc.lower(first - 1))
            || (doc.word(first - 1) == "," && !(first >= 2 && doc.lower(first - 2) == "and"))
    };
    // (Bounds first: a truncated text's last mention may start past its last token.)
    end == first + 1 && end < doc.tokens.len() && !doc.word(first).ends_with('s') && matches!(doc.word(end), "have" | "are" | "were") && opens_clause()
}

/// "the Zambia international", "DR Congo duo", "Ghana striker": a country before a word
/// for its players is the place (a country's player with "'s" the corpora call a team).
fn is_players_country(doc: &Document, end: usize) -> bool {
    let n = doc.tokens.len();
    if end >= n {
        return false;
    }
    let next = doc.word(end);
    in_class(class::PLAYERS_NOUN, next)
        || next != "goal" && next != "goals" && lists::match_words().contains(next)
}

/// "NAIROBI, Kenya, Jan 08 –", "MUNICH -- ": a dateline's places, in capitals or opening a
/// line before a comma or a dash, and the place after them.
fn is_dateline_place(doc: &Document, first: usize, end: usize) -> bool {
    let caps = |k: usize| !doc.word(k).bytes().any(|b| b.is_ascii_lowercase());
    // ("Liverpool, who beat Southampton 3-1, ...": a team described, no dateline.)
    let described = end + 1 < doc.tokens.len() && matches!(doc.lower(end + 1), "who" | "which" | "whose");
    (end < doc.tokens.len() && doc.word(end) == "," && !described && (doc.opens_line(first) || caps(first) && doc.word(first).len() > 1))
        // ("MUNICH -- Bayern coach ...": a place in capitals and a dash.)
        || (end < doc.tokens.len() && matches!(doc.word(end), "-" | "–" | "—") && doc.opens_line(first) && caps(first))
        || (first >= 2 && doc.word(first - 1) == "," && doc.opens_line(first - 2) && caps(first - 2))
}

/// Whether `doc` reports a match: scores and match words (see the module comment). The
/// numeric stage has found the scores already, as numbers ("1–0", "3-0"; a range of
/// percentages or years is a PERCENT or DATE), so most texts are answered from their few
/// numbers, and only the rare one with scores has its words looked up.
fn is_match_report(doc: &Document, found: &[Found]) -> bool {
    let scores = found.iter().filter(|f| f.label == Label::Cardinal && is_score(f.span.text(doc.text)));
    // (One score takes one match word more: "a 2-0 victory in the north London derby, as
    // Saka scored from the penalty spot ... before half-time".)
    let needed = match scores.take(MIN_SCORES).count() {
        0 => return false,
        n => MIN_MATCH_WORDS + MIN_SCORES - n,
    };
    let mut words: Vec<&str> = Vec::new();
    for i in (0..doc.tokens.len()).filter(|&i| doc.tokens[i].kind == TokenKind::Word) {
        let w = doc.lower(i);
        if !words.contains(&w) && lists::match_words().contains(w) {
            words.push(w);
            if words.len() == needed {
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
