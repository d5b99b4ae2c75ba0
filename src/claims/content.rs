//! Content: where the clause a cue governs begins and ends, and direct quotations.

use super::cues::{cues, WordRoles};
use super::quotes::{double_apostrophe, mark_end, mark_start, Quotes};
use super::sources::is_cap;
use super::words::*;
use crate::document::Document;
use crate::model::Span;
use crate::tokens::TokenKind;

pub fn is_open_mark(w: &str) -> bool {
    matches!(w, "“" | "\"" | "‘" | "«" | "„")
}

pub fn is_close_mark(w: &str) -> bool {
    matches!(w, "”" | "\"" | "’" | "»" | "'")
}

/// Trims a content span: surrounding white space, a final comma, full stop, colon or
/// semicolon, and a closing (or opening) quotation mark whose partner is outside.
pub fn trim(text: &str, span: Span) -> Option<Span> {
    let mut s = span.start;
    let mut e = span.end;
    for _ in 0..6 {
        let t = &text[s..e];
        let trimmed = t.trim_end();
        e = s + trimmed.len();
        let t = &text[s..e];
        let lt = t.trim_start();
        s = e - lt.len();
        let t = &text[s..e];
        if t.ends_with("''") && occurrences(t, "''") % 2 == 1 {
            e -= 2;
            continue;
        }
        if t.starts_with("''") && occurrences(t, "''") % 2 == 1 {
            s += 2;
            continue;
        }
        if let Some(c) = t.chars().next_back() {
            if matches!(c, ',' | '.' | ';' | ':' | '—' | '–') {
                e -= c.len_utf8();
                continue;
            }
            // "... ignored warnings.[13]": a reference marker.
            if c == ']' {
                // ("[citation needed]" too.)
                if let Some(open) = t.rfind('[').filter(|&o| t[o + 1..t.len() - 1].bytes().all(|b| b.is_ascii_digit()) || &t[o..] == "[citation needed]") {
                    e = s + open;
                    continue;
                }
            }
            let (opens, closes) = match c {
                '”' => (occurrences(t, "“"), 1),
                '"' => (occurrences(t, "\"") - 1, 0),
                '’' => (occurrences(t, "‘"), 1),
                '»' => (occurrences(t, "«"), 1),
                _ => (usize::MAX, 0),
            };
            if opens != usize::MAX && (opens == 0 || (c == '"' && opens % 2 == 0)) {
                let _ = closes;
                e -= c.len_utf8();
                continue;
            }
        }
        if let Some(c) = t.chars().next() {
            let partnerless = match c {
                '“' => occurrences(t, "”") == 0,
                '"' => occurrences(t, "\"") == 1,
                '‘' => occurrences(t, "’") == 0,
                '«' => occurrences(t, "»") == 0,
                ',' | ':' | '—' | '–' => true,
                _ => false,
            };
            if partnerless {
                s += c.len_utf8();
                continue;
            }
        }
        break;
    }
    (s < e && text[s..e].chars().any(char::is_alphanumeric)).then(|| Span::new(s, e))
}

/// The occurrences of `needle` in `t`, none overlapping. By bytes: the standard searcher
/// for a string (or a char beyond ASCII) was 2.9 KB of the wasm module.
fn occurrences(t: &str, needle: &str) -> usize {
    let (t, needle) = (t.as_bytes(), needle.as_bytes());
    let (mut count, mut i) = (0, 0);
    while i + needle.len() <= t.len() {
        if t[i..].starts_with(needle) {
            count += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    count
}

/// The inside of the quotation `open..=close`, without a final comma or full stop.
pub fn quote_inside(doc: &Document, open: usize, close: usize) -> Option<Span> {
    if close <= open + 1 {
        return None;
    }
    let inner = Span::new(doc.tokens[open].span.end, doc.tokens[close].span.start);
    trim(doc.text, inner)
}

/// Skips what stands between a verb cue and its content: an addressee ("told reporters",
/// "told NHK"), "in a statement", a time ("on Monday"), and then "that" or a colon.
/// Returns the first content token.
/// Whether the "that" at `k` is a pronoun with its verb ("said that's not unusual", "say
/// that is no longer enough"), not a complementizer before the content.
pub fn that_with_verb(doc: &Document, k: usize, end: usize) -> bool {
    k + 1 < end && in_class(class::THAT_VERB, doc.word(k + 1))
}

/// The length of the learned reporting phrase ("in a statement", "in an interview") that
/// starts at token `j` and ends by `end`, or 0.
fn reporting_noun_at(doc: &Document, j: usize, end: usize) -> usize {
    cues().reporting_nouns.iter().find(|phrase| j + phrase.len() <= end && phrase.iter().enumerate().all(|(n, p)| doc.lower(j + n) == p)).map_or(0, Vec::len)
}

pub fn skip_to_content(doc: &Document, from: usize, end: usize, addressee: bool) -> usize {
    // "rejected that argument in a ruling", "denied that claim.": after a denial verb,
    // "that" before a singular noun and a preposition or stop is a determiner, part of
    // the content ("denied that he lied" keeps its complementizer).
    if from > 0 && from + 2 < end && doc.lower(from) == "that" && cues().roles(doc.lower(from - 1)).has(WordRoles::DENIAL) {
        let noun = doc.lower(from + 1);
        let after = doc.lower(from + 2);
        let singular_noun = doc.tokens[from + 1].kind == TokenKind::Word
            && !is_cap(doc, from + 1)
            && (!noun.ends_with('s') || noun.ends_with("ss"))
            && !is_subject_pronoun(noun)
            && !is_determiner(noun);
        if singular_noun && (doc.tokens[from + 2].kind == TokenKind::Punct || is_preposition(after)) {
            return from;
        }
    }
    // "told state news agency TASS that ...": a tell-verb's addressee may be any short noun
    // phrase; a "that" close ahead, with no clause or cue between, starts the content.
    if addressee {
        let that = (from + 1..end.min(from + 14)).find(|&k| doc.lower(k) == "that");
        if let Some(k) = that {
            let plain_phrase = (from..k).all(|n| {
                let w = doc.lower(n);
                // (An abbreviation's full stop too: "people in St. Peter's Square".)
                // (A show's title in quotation marks: "told MSNBC's “Morning Joe” that".)
                let title_mark = matches!(doc.word(n), "“" | "”" | "\"") && (is_cap(doc, n + 1) || (n > 0 && is_cap(doc, n - 1)));
                let punct_ok = doc.tokens[n].kind != TokenKind::Punct
                    || title_mark
                    || matches!(doc.word(n), "," | "’s" | "'s")
                    || (doc.word(n) == "." && !doc.tokens[n].space_before);
                punct_ok && !is_clause_marker(w) && !cues().is_reporting(w)
            });
            if plain_phrase {
                return k + 1;
            }
        }
        // "told the crowd: “...”": an addressee, then a colon before the words.
        if let Some(k) = (from + 1..end.min(from + 6)).find(|&k| doc.word(k) == ":") {
            if (from..k).all(|n| doc.tokens[n].kind == TokenKind::Word && !is_clause_marker(doc.lower(n)) && !is_preposition(doc.lower(n)) && !cues().is_reporting(doc.lower(n))) {
                return k + 1;
            }
        }
    }
    let mut j = from;
    // "told reporters in Abuja on Monday that ...": a "that" a few harmless words ahead.
    let look = end.min(j + 14);
    let mut k = j;
    let mut in_phrase = false; // inside "in a regulatory filing"
    while k < look {
        let w = doc.lower(k);
        // ("denied a report on Tuesday that claimed ...": a "that" before a verb is a
        // relative pronoun of the object, which is the content.)
        if w == "that" && k > j && !that_with_verb(doc, k, end) {
            let next = if k + 1 < end { doc.lower(k + 1) } else { "" };
            let relative = next.ends_with("ed") || in_class(class::FINITE, next) || matches!(next, "says" | "shows" | "suggests" | "finds");
            if relative {
                break;
            }
            return k + 1;
        }
        // "reported on Feb. 13, citing officials, that ...": a source cited between commas.
        if w == "citing" && k > j && doc.word(k - 1) == "," {
            if let Some(comma) = (k + 1..look).find(|&n| doc.word(n) == ",") {
                k = comma + 1;
                continue;
            }
        }
        // ("agreed to hear a challenge to a law that bans ...": an infinitive, whose
        // object's relative clause is no content.)
        if w == "to" && k == from && k + 2 < end && is_article_or_possessive(doc.lower(k + 2)) && !is_cap(doc, k + 1) && !doc.lower(k + 1).ends_with('s') && !is_determiner(doc.lower(k + 1)) {
            break;
        }
        // ("said on Thursday the bank needed more evidence that ...": a determiner after
        // anything but a preposition opens the clause's subject; the "that" is inside it.)
        if k > j && is_article_or_possessive(w) && !is_preposition(doc.lower(k - 1)) && !is_determiner(doc.lower(k - 1)) && doc.word(k - 1) != "," {
            break;
        }
        let preposition = is_preposition(w);
        in_phrase |= preposition;
        let kind = doc.tokens[k].kind;
        // The tests are pure: asked cheapest first, the list lookups last.
        let harmless = kind == TokenKind::Number
            || matches!(doc.word(k), "," | "(" | ")")
            // "on Feb. 13": a month's abbreviation
            || (doc.word(k) == "." && k > j && !doc.tokens[k].space_before && is_time_word(doc.lower(k - 1)))
            || preposition
            || w.ends_with("ly")
            // "in a filing with the Securities and Exchange Commission that": inside a name.
            || (matches!(w, "and" | "&") && k > j && k + 1 < end && is_cap(doc, k - 1) && is_cap(doc, k + 1))
            || in_class(class::BEFORE_THAT, w)
            // A lower-case word inside "in a regulatory filing".
            // (An adjective after the determiner may spell a cue: "in an emailed statement".)
            || (in_phrase
                && kind == TokenKind::Word
                && !is_clause_marker(w)
                && (!cues().is_reporting(w) || w.ends_with("ed") && is_determiner(doc.lower(k - 1)))
                && !is_conjunction(w))
            || is_cap(doc, k)
            || is_time_word(w)
            || is_determiner(w)
            || is_object_pronoun(w)
            // "in a statement posted on its website that ..."
            || (in_phrase && published_writing(doc, k));
        if !harmless {
            break;
        }
        k += 1;
    }
    // "in a statement", "in an interview" (learned), or "in/on + det + up to 3 words"
    // before a colon or a quotation.
    j += reporting_noun_at(doc, j, end);
    // "said on X the deal was good", "wrote on Facebook ...": the platform, then the words.
    if j + 2 < end && doc.lower(j) == "on" && in_class(class::PLATFORM, doc.word(j + 1)) && doc.tokens[j + 2].kind == TokenKind::Word {
        j += 2;
    }
    // "said during a media roundtable he believes ...": a phrase, then the clause's subject.
    // ("said at a conference in Washington the Fed was ...", "said in a note the ECB would
    // ...": a determiner after the phrase's noun, a verb close after it.)
    if j < end && matches!(doc.lower(j), "in" | "during" | "at") && j + 2 < end && is_determiner(doc.lower(j + 1)) {
        let subject = (j + 3..end.min(j + 8)).find(|&k| {
            let w = doc.lower(k);
            (is_subject_pronoun(w) && w != "it")
                || (is_article_or_possessive(w) && !is_preposition(doc.lower(k - 1))
                    && (k + 1..end.min(k + 5)).any(|n| is_finite_or_past(doc.lower(n))))
        });
        if let Some(k) = subject {
            if (j + 2..k).all(|n| doc.tokens[n].kind == TokenKind::Word && !is_clause_marker(doc.lower(n))) {
                j = k;
            }
        }
    }
    if j < end && matches!(doc.lower(j), "in" | "on") {
        let stop = (j + 1..end.min(j + 6)).find(|&k| matches!(doc.word(k), ":" | "“" | "\"" | ","));
        if let Some(k) = stop {
            if (j + 1..k).all(|n| {
                doc.tokens[n].kind != TokenKind::Punct && !is_clause_marker(doc.lower(n))
            }) {
                j = k;
            }
        }
    }
    // "said in Baku the fund would ...": where, then the clause's subject.
    if !addressee && j + 2 < end && matches!(doc.lower(j), "in" | "at") && is_cap(doc, j + 1) {
        let k = (j + 1..end).find(|&k| !is_cap(doc, k)).unwrap_or(end);
        if k < end && (is_determiner(doc.lower(k)) || is_subject_pronoun(doc.lower(k))) {
            j = k;
        }
    }
    if addressee && j < end {
        // A name's words, with a possessive's "’s": "told MSNBC's ...", "told broadcaster NOS".
        let skip_name = |j: &mut usize| {
            // ("told France 24 ...", "told Channel 4 News ...": a number in the name.)
            while *j < end && (is_cap(doc, *j) || matches!(doc.word(*j), "’s" | "'s") || (*j > 0 && doc.tokens[*j].kind == TokenKind::Number && is_cap(doc, *j - 1))) {
                *j += 1;
            }
        };
        let w = doc.lower(j);
        if let Some(after) = common_noun_addressee(doc, j, end) {
            j = after;
        } else if is_object_pronoun(w)
            || matches!(
                w,
                "reporters"
                    | "journalists"
                    | "lawmakers"
                    | "supporters"
                    | "parliament"
                    | "congress"
                    | "staff"
            )
        {
            j += 1;
        } else if let Some(after) = named_addressee(doc, j, end) {
            j = after;
        } else if is_cap(doc, j) && !is_open_mark(doc.word(j)) {
            skip_name(&mut j);
        } else if w == "the" && j + 1 < end && is_cap(doc, j + 1) {
            // "told the Security Council climate change was ...": a body's name before a
            // clause (not "the Chinese leader, Xi", "the Supreme Court to intervene").
            let mut k = j + 1;
            skip_name(&mut k);
            let x = if k < end { doc.lower(k) } else { "" };
            let clause = doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && !is_preposition(x)
                && !in_class(class::FINITE, x)
                && (is_determiner(x) || is_subject_pronoun(x) || (k + 1..end.min(k + 4)).any(|n| in_class(class::FINITE, doc.lower(n))));
            if clause {
                j = k;
            }
        }
        // "told broadcaster NOS ...", "told German broadcaster ZDF ...": a medium's word
        // before its name; "told reporters in Warsaw ...": where.
        if j + 1 < end && in_class(class::MEDIUM, doc.lower(j)) && is_cap(doc, j + 1) {
            j += 1;
            skip_name(&mut j);
        }
        // ("told ZDF television the slump ...": the medium's word after its name.)
        if j + 1 < end && j > 0 && is_cap(doc, j - 1) && in_class(class::MEDIUM, doc.lower(j))
            && (is_determiner(doc.lower(j + 1)) || is_subject_pronoun(doc.lower(j + 1)))
        {
            j += 1;
        }
        // ("told lawmakers on the Treasury Committee inflation ...": where, or before whom.)
        let the = usize::from(j + 2 < end && matches!(doc.lower(j), "in" | "at" | "on") && doc.lower(j + 1) == "the" && is_cap(doc, j + 2));
        if j + 1 < end && matches!(doc.lower(j), "in" | "at" | "on") && is_cap(doc, j + 1 + the) && (the == 1 || doc.lower(j) != "on") {
            j += 1 + the;
            skip_name(&mut j);
        }
        // ("told Reuters in an interview the ECB could ...": words must follow it.)
        j += reporting_noun_at(doc, j, end - 1);
    }
    // ("said tonight's Budget would ...": a time word with a possessive is the content's.)
    let mut e = j;
    while e < end && is_time_word(doc.lower(e)) && !(e + 1 < end && matches!(doc.word(e + 1), "’s" | "'s")) {
        e += 1;
    }
    // ("said July was the hottest month", "said June 2024 was ...": so is a time a verb follows.)
    let verb = if e < end && doc.tokens[e].kind == TokenKind::Number { e + 1 } else { e };
    if !(e > j && verb < end && in_class(class::FINITE, doc.lower(verb))) {
        j = e;
    }
    if j < end
        && doc.lower(j) == "on"
        && j + 1 < end
        && is_time_word(doc.lower(j + 1))
    {
        j += 2;
        // "on Feb. 13", "on March 3"
        if j < end && doc.word(j) == "." && !doc.tokens[j].space_before {
            j += 1;
        }
        if j < end && doc.tokens[j].kind == TokenKind::Number {
            j += 1;
        }
    }
    // "said, according to a transcript, that ...": an aside of its own.
    if j + 3 < end && doc.word(j) == "," && doc.lower(j + 1) == "according" && doc.lower(j + 2) == "to" {
        if let Some(comma) = (j + 3..end.min(j + 14)).find(|&k| doc.word(k) == ",") {
            j = comma;
        }
    }
    if j < end && matches!(doc.word(j), ":" | ",") {
        j += 1;
    }
    if j < end && doc.lower(j) == "that" && !that_with_verb(doc, j, end) {
        j += 1;
    }
    j
}

/// "told the court he had been raped", "reminded the jury the onus was ...", "told gardai he
/// could not": a common-noun addressee (a possessive or article and up to three words, or one
/// bare plural) ends where a clause's subject begins: a subject pronoun, "there" or an
/// article (a name may be the addressee's own: "quotes an interim Minister"). Returns the
/// token after the addressee.
fn common_noun_addressee(doc: &Document, from: usize, end: usize) -> Option<usize> {
    let plain = |n: usize| {
        let w = doc.lower(n);
        doc.tokens[n].kind == TokenKind::Word
            && !is_cap(doc, n)
            && !is_determiner(w)
            && !is_preposition(w)
            && !is_clause_marker(w)
            && !is_subject_pronoun(w)
            && !is_object_pronoun(w)
            && !cues().is_reporting(w)
            && !matches!(w, "what" | "how" | "why" | "where")
    };
    let article = is_article_or_possessive(doc.lower(from));
    // ("told European counterparts ...", "told EU lawmakers ...": a people's or body's name
    // before a plural.)
    let from = if !article && is_cap(doc, from) && from + 2 < end && plain(from + 1) && doc.lower(from + 1).ends_with('s') { from + 1 } else { from };
    let first = from + usize::from(article);
    let longest = if article { 3 } else { 1 };
    let bare_plural = doc.lower(first).ends_with('s') || doc.lower(first).ends_with("ai");
    if first >= end || !plain(first) || (!article && !bare_plural) {
        return None;
    }
    let mut k = first;
    while k < end && k < first + longest && plain(k) {
        k += 1;
        let next = doc.lower(k.min(end - 1));
        let starts_subject = k + 1 < end
            && (is_subject_pronoun(next) || next == "there" || is_article_or_possessive(next));
        if starts_subject {
            return Some(k);
        }
    }
    None
}

/// "told the Chicago Tribune the technology had helped": a name with its article as the
/// addressee, where a clause's subject, a comma or a quotation follows. Returns the token
/// after it.
fn named_addressee(doc: &Document, from: usize, end: usize) -> Option<usize> {
    if doc.lower(from) != "the" {
        return None;
    }
    let mut k = from + 1;
    while k < end && ((is_cap(doc, k) && !is_open_mark(doc.word(k))) || (k > from + 1 && matches!(doc.word(k), "’s" | "'s"))) {
        k += 1;
    }
    let next = doc.lower(k.min(end - 1));
    let clause_follows = k + 1 < end
        && (is_subject_pronoun(next) || next == "there" || is_article_or_possessive(next) || matches!(next, "," | ":" | "“" | "\"" | "that"));
    (k > from + 1 && clause_follows).then_some(k)
}

/// Whether a quotation is open after word `w`, given whether one was open before it (a
/// straight mark opens or closes).
pub fn quoted_after(quoted: bool, w: &str) -> bool {
    match w {
        "“" => true,
        "”" => false,
        "\"" => !quoted,
        _ => quoted,
    }
}

/// Whether tokens `from..to` hold a clause: a verb, an auxiliary or a subject ("they did
/// suffer the hack but experienced no leaks", "he fears returning home and is seeking
/// asylum"), not only an object ("wrongdoing but did not resign").
fn has_clause(doc: &Document, from: usize, to: usize) -> bool {
    (from..to).any(|n| {
        let w = doc.lower(n);
        w.ends_with("ed") || in_class(class::FINITE, w) || in_class(class::AUX_OR_ADVERB, w) || is_subject_pronoun(w) || w.ends_with("n't")
    })
}

/// Where a content clause running forward from `from` ends (exclusive token index):
/// the sentence end, or before a trailing ", according to" / ", citing" / ", he said".
pub fn clause_end(doc: &Document, from: usize, end: usize) -> usize {
    let mut k = from;
    let said_clause = from > 0 && (doc.lower(from - 1) == "that" || cues().is_speech(doc.lower(from - 1)));
    // Inside a quotation no clause of ours ends: "was “shocked and disappointed” and ...".
    let mut quoted = false;
    // "The trial, which is expected to last six months, continues": a cue in a relative
    // clause set off by commas says no more than that clause, which ends at its comma.
    let in_aside = (from.saturating_sub(10)..from)
        .rev()
        .take_while(|&n| doc.word(n) != ",")
        .any(|n| n > 0 && matches!(doc.word(n), "which" | "who") && doc.word(n - 1) == ",");
    while k + 1 < end {
        let comma = doc.word(k) == ",";
        // (Where the sentence's own verb follows the comma: ", continues", ", resigned".)
        if comma && in_aside && !quoted && k > from && k + 1 < end && !is_cap(doc, k + 1) && {
            let w = doc.lower(k + 1);
            // (Not an auxiliary, which may go on with the clause said: "the two men, and
            // Cruz in particular, must do more".)
            !in_class(class::AUX_OR_ADVERB, w)
                && (is_finite_or_past(w) || (w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous") && !w.ends_with("us")))
        } {
            return k;
        }
        quoted = quoted_after(quoted, doc.word(k));
        // "... and urged that ...", "the event and NASA chief X blamed China ...": a
        // coordinated clause with a cue of its own ends this content.
        let comma_clause = comma && k > from + 2;
        // A comma right before the closing mark ends the quotation as much as the mark does.
        let quote_ends = comma_clause && matches!(doc.word(k + 1), "”" | "\"");
        // The conjunctions are 3, 5 and 7 letters long: most words are ruled out by length.
        if (!quoted || quote_ends)
            && (comma_clause
                || (k > from
                    && matches!(doc.word(k).len(), 3 | 5 | 7)
                    && matches!(doc.lower(k), "and" | "but" | "while" | "whereas")))
        {
            let c = cues();
            // "11 new confirmed cases", "6,520 suspected infections", "probable, or confirmed
            // cases": a participle between a number or determiner and a noun is an adjective,
            // no verb of a clause.
            let adjective = |n: usize| {
                let prev = doc.lower(n - 1);
                doc.lower(n).ends_with("ed")
                    && n + 1 < end
                    && (doc.tokens[n - 1].kind == TokenKind::Number || is_determiner(prev) || matches!(prev, "new" | "more" | "or"))
                    && doc.tokens[n + 1].kind == TokenKind::Word
                    && !is_cap(doc, n + 1)
                    && !is_preposition(doc.lower(n + 1))
                    && !matches!(doc.lower(n + 1), "that" | "to")
            };
            // "the officer and soldiers were found in ...", "was denied bail": a passive
            // with no "that", "to", "of" ... after it reports nothing.
            let plain_passive = |n: usize| {
                matches!(doc.lower(n - 1), "was" | "were" | "been" | "being" | "is" | "are" | "be")
                    && !(n + 1 < end && (matches!(doc.lower(n + 1), "that" | "to" | "of" | "with" | "by" | "as") || is_open_mark(doc.word(n + 1))))
            };
            // ("was falling faster than expected": a comparison, no clause's verb.)
            let is_cue = |n: usize| {
                let w = doc.lower(n);
                c.roles(w).has(WordRoles::REPORTING | WordRoles::DENIAL | WordRoles::ALLEGATION)
                    && doc.tokens[n].kind == TokenKind::Word
                    && !is_cap(doc, n)
                    && !adjective(n)
                    && !plain_passive(n)
                    && doc.lower(n - 1) != "than"
            };
            // "denied the corruption and fraud allegations": a claim noun after "and" without
            // a determiner ends a coordinated phrase, no clause.
            let coordinated_noun = |n: usize| {
                c.roles(doc.lower(n)).has(WordRoles::CLAIM_NOUN)
                    && !comma_clause
                    && n <= k + 3
                    && !(n + 1 < end && (doc.lower(n + 1) == "that" || matches!(doc.word(n + 1), "“" | "\"")))
                    && !(k + 1..n).any(|m| {
                        let w = doc.lower(m);
                        super::words::is_determiner(w) || matches!(w, "to" | "who" | "which" | "is" | "are" | "was" | "were")
                    })
            };
            // (A cue after a later "and" is that one's: "said sales and profits fell and
            // announced job cuts".)
            // (Up to twelve words on, "..., and economists at the Institute for Fiscal Studies
            // said", past no relative pronoun, whose clause's cue is no subject's own.)
            let mut next_cue = (k + 1..end.min(k + 12))
                .take_while(|&n| doc.lower(n) != "that" && doc.word(n) != "," && doc.lower(n) != "and")
                .find(|&n| is_cue(n) && !coordinated_noun(n))
                .filter(|&n| n < k + 8 || !(k + 1..n).any(|m| matches!(doc.lower(m), "who" | "which")));
            // "..., while one investor, who asked not to be named, questioned whether ...":
            // the next clause's subject may carry a relative clause between commas.
            if next_cue.is_none() && !comma_clause {
                let scan = end.min(k + 8);
                // (Or, after ", and", a name set off by commas: ", and his lawyer, Joseph Daudu,
                // told the court".)
                let after_comma = k > from && doc.word(k - 1) == ",";
                let relative = (k + 2..scan).find(|&n| doc.word(n) == "," && (matches!(doc.lower(n + 1), "who" | "which") || after_comma && n + 1 < end && is_cap(doc, n + 1)));
                if let Some(r) = relative {
                    if let Some(close) = (r + 2..end.min(r + 20)).find(|&n| doc.word(n) == ",") {
                        next_cue = (close + 1..end.min(close + 4)).find(|&n| is_cue(n));
                    }
                }
            }
            // After a comma the cue needs a subject of its own: ", called Tick," is no
            // clause; ", López Obrador doubted that" is.
            // ("the suspect, 23, had been arrested and charged with": a participle after "and"
            // or an auxiliary continues the clause, no subject of its own.)
            // ("had been arrested and charged with assault": a passive accusation after "and"
            // continues the content.)
            let passive_accusation = |n: usize| {
                n == k + 1
                    && doc.lower(n).ends_with("ed")
                    && n + 1 < end
                    && matches!((doc.lower(n), doc.lower(n + 1)), ("charged" | "indicted", "with") | ("accused" | "suspected" | "convicted", "of"))
            };
            // ("said that Yerevan and Baku had agreed": a name and another, with nothing said
            // yet, are the subject of the clause said, whose verb is the cue.)
            // ("said the police and the army denied", "said loggers and miners threatened": a
            // bare phrase before "and", no verb of its own, is part of the subject too.)
            let joint_subject = !comma_clause
                && said_clause
                && (from..k).all(|m| {
                    let w = doc.lower(m);
                    is_cap(doc, m) || is_determiner(w) || k - from <= 3 && doc.lower(k) == "and" && from > 0 && in_class(class::TAG_VERB, doc.lower(from - 1)) && doc.tokens[m].kind == TokenKind::Word && !is_finite_or_past(w) && !in_class(class::AUX_OR_ADVERB, w) && !is_subject_pronoun(w) && !is_preposition(w)
                })
                // (Not "claimed momentum and argued ...": a verb right after "and" is the subject's.)
                && next_cue.is_some_and(|n| n > k + 1 && !in_class(class::AUX_OR_ADVERB, doc.lower(k + 1)));
            let clause = !joint_subject && next_cue.is_some_and(|n| {
                let w = doc.lower(n);
                (!comma_clause && !passive_accusation(n))
                    // ("said the increase in prices, to 5%, would worry ...": after an aside
                    // within a clause said, auxiliaries are no subject of their own.)
                    || (n > k + 1
                        && !((k + 1..n).all(|m| in_class(class::AUX_OR_ADVERB, doc.lower(m))) && said_clause && (from + 1..k).any(|m| doc.word(m) == ","))
                        && !w.ends_with("ing")
                        && !matches!(w, "called" | "named" | "known")
                        && !(w.ends_with("ed") && matches!(doc.lower(n - 1), "and" | "been" | "was" | "were" | "be" | "being" | "is" | "are")))
            });
            // ("..., reported Reuters.", "..., said one official.": a speaker tag put after
            // the content ends it, with nothing but its speaker after the verb.)
            let inverted_tag = next_cue.is_some_and(|n| {
                n == k + 1 && comma_clause && !quoted && c.is_speech(doc.lower(n)) && !doc.lower(n).ends_with("ing") && {
                    let speaker = super::sources::np_after(doc, n + 1, end).filter(|&(a, _)| a == n + 1);
                    speaker.is_some_and(|(_, b)| (b..end).all(|m| doc.tokens[m].kind == TokenKind::Punct))
                }
            });
            // (A quotation's own comma ends it with its closing mark: '... deal "as it stands,"
            // dealing a blow', as news copy's annotators keep it.)
            if clause || inverted_tag {
                return if quote_ends && !inverted_tag { k + 2 } else { k };
            }
        }
        // "dismissed reports that he had quit as “fake news”", "rejected the claims as
        // baseless": the verdict on the content is no part of it.
        if doc.word(k).len() == 2 && doc.lower(k) == "as" && k > from + 1 && !quoted && falsity_verdict(doc, k, end) {
            return k;
        }
        // "accused the commission of fraud and demanded to speak with its chairman": a
        // content with no verb of its own ends before a past verb after "and" (the subject's
        // next deed).
        // ("called for a ceasefire but made only passing reference to ...": or "but", and a
        // finite verb.)
        if matches!(doc.word(k), "and" | "but") && !quoted && k > from {
            let next = doc.lower(k + 1);
            // ("denied wrongdoing and claims he is the victim": a saying of its own, after one
            // word too.)
            // (Not an adjective of a charge: "robbery and aggravated assault".)
            let charge_adjective = matches!(next, "aggravated" | "attempted" | "armed" | "organised" | "organized" | "premeditated")
                && k + 2 < end && doc.tokens[k + 2].kind == TokenKind::Word && !is_cap(doc, k + 2)
                && !is_determiner(doc.lower(k + 2)) && !is_preposition(doc.lower(k + 2)) && !is_object_pronoun(doc.lower(k + 2));
            let deed = (k > from + 1 && !charge_adjective && ((next.len() > 4 && next.ends_with("ed")) || (in_class(class::FINITE, next) && !in_class(class::AUX_OR_ADVERB, next)))
                || (next.ends_with('s') && cues().is_reporting(next)))
                && doc.tokens[k + 1].kind == TokenKind::Word
                && !is_cap(doc, k + 1);
            if deed && !has_clause(doc, from, k) {
                return k;
            }
        }
        // A semicolon joins a sentence of its own.
        if doc.word(k) == ";" && !quoted && k > from {
            return k;
        }
        // ", but the Greens disagreed", ", while the Greens want ...": a clause of contrast
        // with its own subject and verb is the writer's, no part of what was said.
        // (Also after a quotation's comma: '... she caused," while a Conservative MP ...'.)
        let quote_comma = !comma && k > from + 1 && doc.word(k - 1) == "," && matches!(doc.word(k), "”" | "\"") && !quoted;
        if (comma || quote_comma) && !quoted && k > from + 1 && k + 3 < end && matches!(doc.lower(k + 1), "but" | "while") && (is_cap(doc, k + 2) || is_determiner(doc.lower(k + 2)) || is_subject_pronoun(doc.lower(k + 2))) {
            // (Past an aside of the subject's: ", while a Conservative MP, speaking
            // anonymously, called them ...".)
            let mut commas = 0;
            for n in k + 3..end.min(k + 12) {
                let w = doc.lower(n);
                if !is_cap(doc, n) && is_finite_or_past(w) {
                    return k + usize::from(quote_comma);
                }
                if w == "," && commas < 2 {
                    commas += 1;
                    continue;
                }
                if doc.tokens[n].kind != TokenKind::Word || is_clause_marker(w) || (commas == 0 && n >= k + 8) {
                    break;
                }
            }
        }
        // ("..., in a statement carried by state media.", ", at a regular news briefing": the
        // channel after the words, set off by a comma.)
        if !quoted && k > from && doc.word(k) == "," && k + 3 < end && matches!(doc.lower(k + 1), "in" | "at" | "during") && is_determiner(doc.lower(k + 2))
            && (k + 3..end.min(k + 7)).any(|n| in_class(class::SPEECH_EVENT, doc.lower(n)))
        {
            return k;
        }
        // "denied wrongdoing in a statement", "... through his lawyer": the channel, ending the
        // sentence after an object (no clause), is no part of what was said.
        let object = || !has_clause(doc, from, k);
        if !quoted && k > from && matches!(doc.lower(k), "in" | "through" | "via") && object() {
            let p = (k + 1..end).find(|&n| doc.tokens[n].kind != TokenKind::Word).unwrap_or(end);
            // ("in a court filing on Wednesday": when, after the channel.)
            let mut t = p;
            while t > k + 2 && (is_time_word(doc.lower(t - 1)) || doc.lower(t - 1) == "on") {
                t -= 1;
            }
            let last = doc.lower(t - 1);
            if p > k + 1 && t <= k + 4 && (p + 1 >= end || doc.word(p) == ",")
                && (in_class(class::DOCUMENT, last) || in_class(class::SPEAKERS, last) || matches!(last, "lawyer" | "attorney" | "spokesman" | "spokeswoman" | "spokesperson"))
            {
                return k;
            }
        }
        // "denied wrongdoing but did not resign", "declared Maduro the winner, but has not
        // published tallies": after an object, no clause, a second predicate is the subject's.
        let but = if comma { k + 1 } else { k };
        if !quoted && k > from && but + 1 < end && doc.lower(but) == "but" && {
            let next = doc.lower(but + 1);
            is_finite_or_past(next) || matches!(next, "did" | "didn't" | "hasn't")
        } && object()
        {
            return k;
        }
        // ", without providing evidence", ", but did not give details", ", but declined to
        // elaborate": the speaker's manner, or what the speaker held back, no part of what
        // was said.
        if comma && !quoted && k > from + 1 && k + 2 < end {
            let (a, b) = (doc.lower(k + 1), doc.lower(k + 2));
            let withheld = a == "but"
                && (matches!(b, "declined" | "refused" | "didn't")
                    || (b == "did" && k + 3 < end && doc.lower(k + 3) == "not")
                    || (matches!(b, "gave" | "offered" | "provided" | "cited") && k + 3 < end && doc.lower(k + 3) == "no"));
            if withheld || (a == "without" && b.len() > 4 && b.ends_with("ing")) {
                return k;
            }
        }
        if comma {
            // (A comma inside the closing mark: "... off their perch,” according to ...".)
            let next = if k + 2 < end && matches!(doc.word(k + 1), "”" | "\"" | "’") { doc.lower(k + 2) } else { doc.lower(k + 1) };
            // ", saying ...", ", writing that ...": a speech verb's participle after a comma
            // starts a claim of its own.
            if in_class(class::COMMA_PARTICIPLE, next) {
                return k;
            }
            // ", denying ...", ", disputing the reported victory": a denial's participle too.
            if next.ends_with("ing") && (cues().roles(next).has(WordRoles::DENIAL) || in_class(class::DISPUTING, next)) {
                return k;
            }
            // ", a figure that could not be independently verified": the writer's caveat.
            if k + 4 < end && matches!(doc.lower(k + 1), "a" | "an") && matches!(doc.lower(k + 3), "that" | "which")
                && (k + 4..end.min(k + 10)).any(|n| matches!(doc.lower(n), "verified" | "confirmed" | "corroborated"))
            {
                return k;
            }
            // "denied the allegations, which her lawyer called baseless.": a comment on
            // the content's last words, to the end of the sentence, is no part of it.
            if doc.lower(k + 1) == "which" && k > from + 1 && !(k + 2..end).any(|n| doc.word(n) == ",") {
                return k;
            }
            // ", with a State Department spokesperson warning that ...": a speaker of its own.
            if next == "with" && (k + 3..end.min(k + 9)).any(|n| {
                let w = doc.lower(n);
                w.ends_with("ing") && cues().roles(w).has(WordRoles::REPORTING | WordRoles::DENIAL)
            }) {
                return k;
            }
            // ", a claim (that) economists disputed", ", allegations he has denied": the claim
            // named, the content ends.
            let noun = if matches!(next, "a" | "an" | "the") { k + 2 } else { k + 1 };
            // (A plural, not "this": ", this can't be happening".)
            // (", a figure the ministry disputed": a figure, only when denied.)
            if noun < end && (noun == k + 2 || next.len() > 5 && next.ends_with('s')) {
                let claim_noun = cues().roles(doc.lower(noun)).has(WordRoles::CLAIM_NOUN);
                if claim_noun || in_class(class::DISPUTED_FIGURE, doc.lower(noun)) {
                    let verb = (noun + 1..end.min(noun + 8)).find(|&n| {
                        let w = doc.lower(n);
                        if claim_noun { verb_on_a_claim(w) } else { cues().is_denial(w) || in_class(class::DISPUTING, w) }
                    });
                    if verb.is_some_and(|v| v > noun + 1) {
                        return k;
                    }
                }
            }
            // ", police said on Monday.", ", officials said late Tuesday.": a short tag and
            // a time phrase to the sentence's end.
            let near_end = end <= k + 12;
            if let Some(v) = (k + 2..end.min(k + 7)).filter(|_| near_end).find(|&n| in_class(class::TAG_VERB, doc.lower(n))) {
                let tag = (k + 1..v).all(|n| {
                    let w = doc.lower(n);
                    (doc.tokens[n].kind == TokenKind::Word || doc.word(n) == ".") && !is_clause_marker(w) && !matches!(w, "what" | "how" | "why" | "do" | "n't" | "not")
                });
                let time = (v + 1..end).all(|n| {
                    let w = doc.lower(n);
                    doc.tokens[n].kind == TokenKind::Number
                        || is_time_word(w)
                        || is_determiner(w)
                        || in_class(class::TAG_TIME, w)
                });
                if tag && time {
                    return k;
                }
            }
            // ", he said." / ", the company said."
            if k + 4 >= end.saturating_sub(1) {
                let rest_is_tag = (k + 1..end).any(|n| in_class(class::TAG_VERB, doc.lower(n)));
                if rest_is_tag {
                    return k;
                }
            }
        }
        k += 1;
    }
    end
}

/// "a video posted", "a statement released": a participle of publishing after the writing or
/// recording published, which speaks through it no more than any other.
pub fn published_writing(doc: &Document, k: usize) -> bool {
    k > 0
        && in_class(class::POSTING_VERB, doc.lower(k))
        && in_class(class::DOCUMENT, doc.lower(k - 1))
        && !is_cap(doc, k - 1)
}

/// A verb that can deny or report a claim named before it (", a claim economists
/// disputed"), not a claim noun itself.
pub fn verb_on_a_claim(w: &str) -> bool {
    let roles = cues().roles(w);
    (roles.has(WordRoles::DENIAL | WordRoles::REPORTING) || in_class(class::DISPUTING, w)) && !roles.has(WordRoles::CLAIM_NOUN)
}

/// Content forward from token `j` to the sentence end `end`; a quotation opening at
/// `j` gives the quoted words (direct when nothing but punctuation follows it).
pub fn content_after(
    doc: &Document,
    quotes: &Quotes,
    j: usize,
    end: usize,
) -> Option<(Span, bool)> {
    // (Nor a speaker tag after the comma: "was not discussed on Friday, said the STA report.")
    // (Nor a speaking participle of its own: "conceded on Sunday, saying ...".)
    if j >= end
        || matches!(doc.lower(j), "and" | "but" | "or" | "nor")
        || (j > 0 && doc.word(j - 1) == "," && (in_class(class::TAG_VERB, doc.lower(j)) || doc.lower(j).ends_with("ing") && cues().is_speech(doc.lower(j))))
    {
        return None;
    }
    // (A straight single mark opens a quotation where `Quotes` paired it: "said: 'We ...'".)
    if is_open_mark(doc.word(j)) || double_apostrophe(doc, j) || doc.word(j) == "'" {
        if let Some((open, close)) = quotes.closing_of_at(doc, j) {
            let mut after = mark_end(doc, close) + 1;
            while after < doc.tokens.len()
                && after < end.max(close + 1)
                && matches!(doc.word(after), "." | "," | "!" | "”" | "\"" | "'")
            {
                after += 1;
            }
            let rest_empty = after >= end || mark_end(doc, close) + 1 >= end;
            // "... “Q,” reported CNN." / "“Q,” he said.": the rest is a speaker tag.
            let rest_is_tag = after < end
                && (after..end.min(after + 3)).any(|n| {
                    let w = doc.lower(n);
                    cues().is_reporting(w) && doc.tokens[n].kind == TokenKind::Word
                });
            if rest_empty || close >= end || rest_is_tag {
                return quote_inside(doc, open, close).map(|s| (s, true));
            }
        }
    }
    let stop = clause_end(doc, j, end);
    if stop <= j {
        return None;
    }
    // "agreed on a deal, officials said.": a speaker tag after a comma is no content.
    if j > 0 && doc.word(j - 1) == "," {
        let mut words = (j..stop).filter(|&n| doc.tokens[n].kind == TokenKind::Word);
        let last = words.clone().next_back();
        if words.nth(3).is_none() && last.is_some_and(|n| in_class(class::TAG_VERB, doc.lower(n))) {
            return None;
        }
    }
    // "below what analysts had hoped for.": a stranded preposition is no content.
    if is_preposition(doc.lower(j)) && (j + 1..stop).all(|n| doc.tokens[n].kind == TokenKind::Punct) {
        return None;
    }
    trim(doc.text, doc.span_of(j, stop)).map(|s| (s, false))
}

/// Content before a speaker tag: `boundary` is the token right before the tag (a comma,
/// a closing quotation mark or a dash); the content runs back to `start`.
pub fn content_before(
    doc: &Document,
    quotes: &Quotes,
    boundary: usize,
    start: usize,
) -> Option<(Span, bool)> {
    if boundary < start {
        return None;
    }
    let w = doc.word(boundary);
    let close = if matches!(w, "”" | "\"" | "’" | "»" | "'") {
        Some(mark_start(doc, boundary))
    } else if w == ","
        && boundary > start
        && matches!(doc.word(boundary - 1), "”" | "\"" | "’" | "»" | "'")
    {
        Some(mark_start(doc, boundary - 1))
    } else {
        None
    };
    if let Some(c) = close {
        if let Some(open) = quotes.opening_of(c) {
            // The quotation is the content when it opens the clause, or when it is a
            // long one ending right at the tag ("... said in a report “Q,” reported X").
            let long = c > open + 6 && w != ",";
            if open <= start
                || long
                || (start..open).all(|n| doc.tokens[n].kind == TokenKind::Punct)
            {
                return quote_inside(doc, open, c).map(|s| (s, true));
            }
        }
    }
    if boundary <= start {
        return None;
    }
    let start = after_dateline(doc, start, boundary);
    let end = if matches!(w, "," | "—" | "–" | "-" | ":") {
        boundary
    } else {
        boundary + 1
    };
    if end <= start || fronted_phrase(doc, start, end) {
        return None;
    }
    trim(doc.text, doc.span_of(start, end)).map(|s| (s, false))
}

/// Whether tokens `start..end` are a phrase of place or time put before a clause ("In Paris,
/// officials said", "At dawn on Monday, sirens sounded"): short, a preposition first (not
/// "About 9.9 million mothers live ...") and no verb or comma, so no content.
fn fronted_phrase(doc: &Document, start: usize, end: usize) -> bool {
    end <= start + 8
        && is_preposition(doc.lower(start))
        && doc.lower(start) != "about"
        && !(start + 1..end).any(|n| {
            let w = doc.lower(n);
            w == "," || (!is_cap(doc, n) && (is_finite_or_past(w) || w.ends_with("ing")))
        })
}

/// Where the text after a wire dateline at `start` begins: "SANTIAGO, Nov 12 (Reuters) - ",
/// "NAIROBI, Kenya (AP) — ", "WASHINGTON — " (or after a headline's label, "Exclusive: ").
/// The dateline says where the story was filed, and is no part of what anyone said.
/// `start` when there is none.
pub fn after_dateline(doc: &Document, start: usize, end: usize) -> usize {
    const MAX_DATELINE: usize = 12;
    // (An empty stretch has no dateline: "Denying reports of a raid across the border," asks
    // for the subject after its last comma.)
    if start >= end {
        return start;
    }
    // A headline's label is no part of it either: "Exclusive: Boeing weighs job cuts".
    if start + 2 < end
        && doc.word(start + 1) == ":"
        && in_class(class::HEADLINE_LABEL, doc.lower(start))
    {
        return start + 2;
    }
    let first = doc.word(start);
    // (Accented too: "BOGOTÁ", "SÃO PAULO".)
    let in_capitals = |w: &str| w.chars().all(char::is_uppercase);
    let place_in_capitals = first.len() >= 3 && in_capitals(first);
    // "KINSHASA:-Three new cases ...", "KOTA BARU: The ...": a place in capitals and a colon.
    if place_in_capitals {
        let capitals = |k: usize| in_capitals(doc.word(k));
        if let Some(colon) = (start + 1..end.min(start + 4)).find(|&k| doc.word(k) == ":") {
            if (start + 1..colon).all(capitals) && colon + 1 < end {
                let after = if matches!(doc.word(colon + 1), "-" | "–" | "—") { colon + 2 } else { colon + 1 };
                if after < end {
                    return after;
                }
            }
        }
    }
    if let Some(after) = place_dateline(doc, start, end) {
        return after;
    }
    let mut agency = false;
    // (From the first token: "(Reuters) - Boeing is ..." has no place.)
    for k in start..end.min(start + MAX_DATELINE) {
        match doc.word(k) {
            "(" => agency = true,
            // ("KINSHASA, Congo -- ": a dash typed as two hyphens.)
            "-" | "–" | "—" if doc.tokens[k].space_before && (place_in_capitals || agency) => {
                return if k + 1 < end && doc.word(k + 1) == "-" && !doc.tokens[k + 1].space_before { k + 2 } else { k + 1 };
            }
            // "ISLAMABAD, June 7 (APP): The ...", "New Delhi, Aug 9: Government ...": a colon
            // after the agency or the date.
            // (Not a ticker's colon inside the brackets: "Apple (NASDAQ: AAPL) will ...".)
            ":" if k + 1 < end
                && (agency && doc.word(k - 1) == ")"
                    || (k >= 2
                        && doc.tokens[k - 1].kind == TokenKind::Number
                        && is_time_word(doc.lower(k - 2))
                        && (start + 1..k).any(|n| doc.word(n) == ","))) =>
            {
                return k + 1
            }
            // ("SEOUL, Sept. 12 (Yonhap) --": a month's abbreviation.)
            // ("ST. PETERSBURG, Russia (AP) —", "TAMPA, Fla. (AP) —": a place's abbreviation.)
            "." if k > start && !doc.tokens[k].space_before && (is_time_word(doc.lower(k - 1)) || doc.word(k - 1).len() <= 5 && is_cap(doc, k - 1)) => {}
            "." | ";" | "“" | "\"" => break,
            _ => {}
        }
    }
    start
}

/// Whether the "as" at token `k` opens a verdict of falsity on what stands before it, within
/// token `end`: "as “fake news”", "as baseless".
pub fn falsity_verdict(doc: &Document, k: usize, end: usize) -> bool {
    let v = if k + 1 < end && is_open_mark(doc.word(k + 1)) { k + 2 } else { k + 1 };
    let c = cues();
    (v..end.min(v + 3))
        .take_while(|&n| doc.tokens[n].kind == TokenKind::Word)
        .any(|n| c.falsity_at(doc, c.roles(doc.lower(n)), n, end))
}

/// A dateline in title case opening a paragraph: a known place, perhaps its state or
/// country, and a dash ("Washington, D.C. — ", "Cape Town — ", "Lagos, Nigeria – ").
fn place_dateline(doc: &Document, start: usize, end: usize) -> Option<usize> {
    let t = doc.tokens.get(start)?;
    if !doc.opens_line(start) || !doc.word(start).starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let (place_end, label) = crate::entities::gazetteer::get().name_at(doc.text, t.span.start)?;
    if !matches!(label, crate::model::Label::Gpe) {
        return None;
    }
    let mut k = (start..end).find(|&k| doc.tokens[k].span.start >= place_end)?;
    if doc.tokens[k].span.start != place_end && !doc.tokens[k].space_before {
        return None;
    }
    // ", D.C.", ", Nigeria", ", Calif.": the state or country.
    if doc.word(k) == "," {
        k += 1;
        let from = k;
        while k < end.min(from + 3) && (doc.word(k).starts_with(|c: char| c.is_uppercase()) || doc.word(k) == ".") {
            k += 1;
        }
        if k == from {
            return None;
        }
    }
    (k + 1 < end && matches!(doc.word(k), "—" | "–") && doc.tokens[k].space_before).then_some(k + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_punctuation_and_partnerless_quotes() {
        let t = "prices would “fall sharply”.";
        assert_eq!(
            trim(t, Span::new(0, t.len())).map(|s| s.text(t)),
            Some("prices would “fall sharply”")
        );
        let t = "was “made up,” she";
        assert_eq!(
            trim(t, Span::new(4, 15)).map(|s| s.text(t)),
            Some("made up")
        );
        let t = "the polling was marred by \"massive fraud,\"";
        assert_eq!(trim(t, Span::new(0, t.len())).map(|s| s.text(t)), Some(t));
    }

    #[test]
    fn skips_addressee_time_and_that() {
        let t = "Adeyemi told reporters in Abuja on Monday that the budget would be revised.";
        let doc = Document::parse(t);
        let j = skip_to_content(&doc, 2, doc.tokens.len(), true);
        assert_eq!(doc.word(j), "the");
        // An addressee of lower-case words and a name.
        let t = "Novak told state news agency TASS that Moscow would stick to its pledge.";
        let doc = Document::parse(t);
        let j = skip_to_content(&doc, 2, doc.tokens.len(), true);
        assert_eq!(doc.word(j), "Moscow");
        let t = "Nordlys Energy said in a statement: “We regret the delays.”";
        let doc = Document::parse(t);
        let j = skip_to_content(&doc, 3, doc.tokens.len(), false);
        assert_eq!(doc.word(j), "“");
        let q = Quotes::find(&doc);
        let (s, direct) = content_after(&doc, &q, j, doc.tokens.len()).unwrap();
        assert_eq!((s.text(t), direct), ("We regret the delays", true));
    }

    #[test]
    fn content_before_a_tag() {
        let t = "“Prices will fall,” Hannah Weiss said.";
        let doc = Document::parse(t);
        let q = Quotes::find(&doc);
        let (s, direct) = content_before(&doc, &q, 5, 0).unwrap();
        assert_eq!((s.text(t), direct), ("Prices will fall", true));
        let t = "The bridge will reopen in October, Lindgren said.";
        let doc = Document::parse(t);
        let q = Quotes::find(&doc);
        let (s, direct) = content_before(&doc, &q, 6, 0).unwrap();
        assert_eq!(
            (s.text(t), direct),
            ("The bridge will reopen in October", false)
        );
    }
}
