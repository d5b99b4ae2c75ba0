//! Span clean-up: one non-overlapping, sorted list of mentions on token boundaries,
//! plus the rules that look at neighbouring mentions.

use super::{lists, Found};
use crate::document::Document;
use crate::model::Label;

/// Sorts, drops overlaps (the earlier, then longer, mention wins) and applies the
/// rules between neighbours: a bracketed name after a name ("Toho Seiki (東邦精機)"),
/// an age after a person ("Daniel Montalvo, 19,"), a country after a body ("NHS England").
pub fn finish(doc: &Document, mut found: Vec<Found>) -> Vec<Found> {
    found.retain(|f| !f.span.is_empty());
    // By start, then the longer first.
    crate::order::sort_by_u64_key(&mut found, |f| crate::order::pair_key(f.span.start, u32::MAX as usize - f.span.end));
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        match out.last() {
            Some(last) if last.span.overlaps(f.span) => {}
            _ => out.push(f),
        }
    }
    plus_suffix(doc, &mut out);
    leading_particles(doc, &mut out);
    bracketed_names(doc, &mut out);
    ages_after_persons(doc, &mut out);
    work_titles(doc, &mut out);
    // These two join a mention with what follows it, emptying the one taken in (a removal
    // each would make a long text quadratic).
    joined_names(doc, &mut out);
    prize_fields(doc, &mut out);
    out.retain(|f| !f.span.is_empty());
    out
}

/// "the Nobel Prize in Literature", "the Pulitzer Prize for Fiction": the field a prize is
/// given in belongs to its name (it is no place).
fn prize_fields(doc: &Document, out: &mut [Found]) {
    let n = doc.tokens.len();
    let mut k = 0;
    while k < out.len() {
        let f = out[k];
        k += 1;
        let text = f.span.text(doc.text);
        if f.label != Label::WorkOfArt || !(text.ends_with("Prize") || text.ends_with("Award") || text.ends_with("Medal")) {
            continue;
        }
        let i = doc.token_at_or_after(f.span.end);
        // (Not a known name, a place mostly: "won the Nobel Prize in Stockholm".)
        if i + 1 >= n || !matches!(doc.word(i), "in" | "for") || super::gazetteer::get().name_at(doc.text, doc.tokens[i + 1].span.start).is_some() {
            continue;
        }
        // Capitalised words, "or" and "and" between them: "in Physiology or Medicine".
        let mut end = i + 1;
        while end < n && (doc.word(end).starts_with(|c: char| c.is_uppercase()) || (matches!(doc.word(end), "or" | "and") && end + 1 < n && end > i + 1)) {
            end += 1;
        }
        while end > i + 1 && !doc.word(end - 1).starts_with(|c: char| c.is_uppercase()) {
            end -= 1;
        }
        if end == i + 1 {
            continue;
        }
        let new_end = doc.tokens[end - 1].span.end;
        out[k - 1].span.end = new_end;
        while k < out.len() && out[k].span.start < new_end {
            out[k].span.end = out[k].span.start;
            k += 1;
        }
    }
}

/// A mention and the one after it that are one name: "NHS England", "Amnesty International
/// Kenya", "Microsoft India" (a body and, after one space, a place it works for: a national
/// branch), a university and its campus, a bill and its number.
fn joined_names(doc: &Document, out: &mut [Found]) {
    // ("the Olympics", "the Games": the event, no body; "the Amazon": the basin, no company.)
    for f in out.iter_mut().filter(|f| f.label == Label::Org) {
        match f.span.text(doc.text) {
            "Olympics" | "Paralympics" | "Games" => f.label = Label::Event,
            "Amazon" if doc.text[..f.span.start].ends_with("the ") => f.label = Label::Loc,
            _ => {}
        }
    }
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (out[k], out[k + 1]);
        let between = doc.text.get(a.span.end..b.span.start);
        let joined = match (a.label, b.label, between) {
            (Label::Org, Label::Gpe, Some(" ")) => true,
            // "the 2026 World Cup", "the 2024 Olympics": the year is the event's.
            (Label::Date, Label::Event, Some(" ")) => {
                let year = a.span.text(doc.text);
                year.len() == 4 && year.bytes().all(|c| c.is_ascii_digit())
            }
            // "the University of Texas at Austin": the campus is the university's (it was a
            // place, or a person: "Chapel Hill").
            (Label::Org, Label::Gpe | Label::Person, Some(" at ")) => a.span.text(doc.text).starts_with("University of "),
            // "Senate Bill 17": the number is the bill's.
            (Label::Law, Label::Cardinal, Some(" ")) => a.span.text(doc.text).ends_with(" Bill") && b.span.text(doc.text).bytes().all(|c| c.is_ascii_digit()),
            // "the 101st Airborne Division", "the 3rd Infantry Regiment": the unit's number (the
            // whole is the unit, an ORG).
            (Label::Ordinal, Label::Org, Some(" ")) => {
                a.span.text(doc.text).starts_with(|c: char| c.is_ascii_digit())
                    && ["Division", "Brigade", "Regiment", "Battalion", "Fleet", "Corps", "Army", "Squadron", "Wing"].iter().any(|u| b.span.text(doc.text).ends_with(u))
            }
            _ => false,
        };
        if joined {
            if a.label == Label::Ordinal {
                out[k].label = Label::Org;
            }
            if a.label == Label::Date {
                out[k].label = Label::Event;
            }
            out[k].span.end = b.span.end;
            out[k + 1].span.end = b.span.start;
            k += 1;
        }
        k += 1;
    }
}

/// "Karlsson’s new film, The Silent Harbour, opens ...", "Peter Schweizer’s book Clinton
/// Cash, ...": a name set after a word for a work, ending at a comma or full stop, is the
/// work's title, with its leading "The" (not "a good book, John Smith said", nor "the
/// director of the film, Michael Bay").
fn work_titles(doc: &Document, out: &mut [Found]) {
    /// Whether the text before `start`, past a "The" and a comma, ends in a word for a work:
    /// asked of every name before any token is looked up (most have none).
    fn after_work_noun(text: &str, start: usize) -> bool {
        let mut before = text[..start].trim_end();
        before = before.strip_suffix("The").map_or(before, str::trim_end);
        before = before.strip_suffix(',').unwrap_or(before);
        ["film", "book", "novel", "album", "documentary", "memoir", "opera", "musical", "poem"].iter().any(|w| {
            before.strip_suffix(w).is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
        })
    }
    let mut tokens = doc.cursor();
    for f in out.iter_mut() {
        if !matches!(f.label, Label::Person | Label::Org | Label::Fac | Label::Gpe | Label::Loc) || !after_work_noun(doc.text, f.span.start) {
            continue;
        }
        let i = tokens.at_or_after(f.span.start);
        let the = i > 0 && doc.word(i - 1) == "The";
        let first = if the { i - 1 } else { i };
        let comma = first > 0 && doc.word(first - 1) == ",";
        let Some(n) = first.checked_sub(if comma { 2 } else { 1 }) else { continue };
        // ("the director of the film, Michael Bay": the name is the director's.)
        let of_before = n >= 2 && (doc.lower(n - 1) == "of" || doc.lower(n - 2) == "of");
        let end = tokens.at_or_after(f.span.end);
        let closes = end < doc.tokens.len() && matches!(doc.word(end), "," | ".") && !(end + 1 < doc.tokens.len() && matches!(doc.lower(end + 1), "said" | "says" | "told"));
        if !of_before && closes {
            if the {
                f.span.start = doc.tokens[i - 1].span.start;
            }
            f.label = Label::WorkOfArt;
        }
    }
}


/// "Mayor de Blasio": a lower-case particle before a person's name belongs to it
/// (a capitalised word before the particle would have joined the name already).
fn leading_particles(doc: &Document, out: &mut [Found]) {
    let mut tokens = doc.cursor();
    for k in 0..out.len() {
        if out[k].label != Label::Person {
            continue;
        }
        // The particles end in these letters: most names follow another word, or none.
        let before = byte_before(doc, out[k].span.start);
        if !before.is_some_and(|b| matches!(b, b'a' | b'e' | b'i' | b'l' | b'n' | b'r' | b'u') || !b.is_ascii()) {
            continue;
        }
        let mut i = tokens.at_or_after(out[k].span.start);
        let floor = if k > 0 { out[k - 1].span.end } else { 0 };
        let mut moved = false;
        while i > 0
            && matches!(
                doc.word(i - 1),
                "de" | "van"
                    | "von"
                    | "der"
                    | "den"
                    | "di"
                    | "da"
                    | "del"
                    | "du"
                    | "le"
                    | "la"
                    | "ter"
            )
            && doc.tokens[i - 1].span.start >= floor
            && doc.tokens[i - 1].breaks_before == 0
            && doc.tokens[i].breaks_before == 0
        {
            i -= 1;
            moved = true;
        }
        if moved {
            out[k].span.start = doc.tokens[i].span.start;
        }
    }
}

/// "OPEC+", "OPEC +": a plus after a body's name extends it.
fn plus_suffix(doc: &Document, out: &mut [Found]) {
    let n = doc.tokens.len();
    let mut tokens = doc.cursor();
    for k in 0..out.len() {
        if out[k].label != Label::Org {
            continue;
        }
        if !may_be_followed_by(doc, out[k].span.end, b'+') {
            continue;
        }
        let i = tokens.at_or_after(out[k].span.end);
        if i >= n || doc.word(i) != "+" || doc.tokens[i].breaks_before > 0 {
            continue;
        }
        let word_after = i + 1 < n
            && !doc.tokens[i + 1].space_before
            && doc
                .word(i + 1)
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        let next_free = out
            .get(k + 1)
            .is_none_or(|o| o.span.start >= doc.tokens[i].span.end);
        if !word_after && next_free {
            out[k].span.end = doc.tokens[i].span.end;
        }
    }
}

/// Whether the token after a mention ending at `end` (a token's end) may be the ASCII sign
/// `sign`: the first byte after the ASCII spaces there (where the next token starts) is it,
/// or is not ASCII. Most mentions are followed by something else, which this says without
/// a token search.
fn may_be_followed_by(doc: &Document, end: usize, sign: u8) -> bool {
    let next = doc.text.as_bytes()[end..].iter().copied().find(|&b| !is_ascii_space(b));
    next.is_some_and(|b| b == sign || !b.is_ascii())
}

/// The last byte before `start` that is not an ASCII space: where the token before ends.
fn byte_before(doc: &Document, start: usize) -> Option<u8> {
    doc.text.as_bytes()[..start].iter().rev().copied().find(|&b| !is_ascii_space(b))
}

/// The bytes the tokenizer skips as spaces (`tokens::CLASS`).
fn is_ascii_space(b: u8) -> bool {
    b <= b' ' || b == 0x7f
}

/// "(東邦精機)" right after an ORG: the same body in another script.
fn bracketed_names(doc: &Document, out: &mut Vec<Found>) {
    let mut added = Vec::new();
    let mut tokens = doc.cursor();
    for f in out.iter() {
        if !may_be_followed_by(doc, f.span.end, b'(') {
            continue;
        }
        let i = tokens.at_or_after(f.span.end);
        if i + 2 >= doc.tokens.len() || doc.word(i) != "(" || doc.word(i + 2) != ")" {
            continue;
        }
        let inner = doc.tokens[i + 1];
        let w = doc.word(i + 1);
        let uncased = w
            .chars()
            .all(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase());
        let next = out.partition_point(|o| o.span.end <= inner.span.start);
        let free = out.get(next).is_none_or(|o| !o.span.overlaps(inner.span));
        if (uncased || spells_initials(w, f.span.text(doc.text))) && free {
            added.push(Found {
                span: inner.span,
                label: f.label,
            });
        }
    }
    if !added.is_empty() {
        out.extend(added);
        crate::order::sort_by_u64_key(out, |f| f.span.start as u64);
    }
}

/// "Usada" after "U.S. Anti-Doping Agency": the bracketed word spells the initials
/// of the name before it, whatever its case.
fn spells_initials(word: &str, name: &str) -> bool {
    let capitals: String = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '.')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let initials = crate::lexicon::lower_case_string(&capitals);
    let letters = crate::lexicon::lower_case_string(word);
    letters.chars().count() >= 2 && initials == letters
}

/// "Daniel Montalvo, 19, said": a bare number between commas after a person is an age.
fn ages_after_persons(doc: &Document, out: &mut [Found]) {
    let mut tokens = doc.cursor();
    for k in 0..out.len() {
        // ("The victim, 28, was", "The France captain, 25,": after a noun for a person or
        // a title too.)
        if out[k].label == Label::Cardinal {
            let i = tokens.at_or_after(out[k].span.start);
            let w = doc.word(i);
            if i >= 2 && i + 1 < doc.tokens.len() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) && doc.word(i - 1) == "," && doc.word(i + 1) == "," && (lists::person_nouns().contains(doc.lower(i - 2)) || crate::entities::gazetteer::get().is_title(doc.word(i - 2))) {
                out[k].label = Label::Date;
            }
            continue;
        }
        if out[k].label != Label::Person {
            continue;
        }
        if !may_be_followed_by(doc, out[k].span.end, b',') {
            continue;
        }
        let i = tokens.at_or_after(out[k].span.end);
        if i + 2 >= doc.tokens.len() || doc.word(i) != "," || doc.word(i + 2) != "," {
            continue;
        }
        let age = doc.tokens[i + 1].span;
        let w = doc.word(i + 1);
        if w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(next) = out.get_mut(k + 1) {
                if next.span == age {
                    next.label = Label::Date;
                    continue;
                }
            }
        }
    }
}
