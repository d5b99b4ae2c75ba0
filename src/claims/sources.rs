//! Sources: the noun phrase before or after a cue that names who makes the claim, and
//! the entity it refers to (pronouns and "the company" linked to the nearest fitting
//! entity before them).

use super::cues::{cues, WordRoles};
use super::words::*;
use crate::document::Document;
use crate::lexicon::Lexicon;
use crate::model::{Label, Mention, Span};
use crate::tokens::TokenKind;
use std::sync::OnceLock;

/// Longest noun phrase the backward and forward scans will build, in tokens.
pub const MAX_NP: usize = 12;

pub fn is_cap(doc: &Document, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && doc.word(i).chars().next().is_some_and(char::is_uppercase)
}

/// Whether token `i` is an acronym in running text ("WHO", "US"), not a word of a line in
/// capitals: its lower case may spell a function word ("who", "us") it is not.
fn is_acronym_in_text(doc: &Document, i: usize) -> bool {
    let caps = |k: usize| {
        let w = doc.word(k);
        w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let beside_caps = (i > 0 && doc.tokens[i - 1].kind == TokenKind::Word && caps(i - 1))
        || (i + 1 < doc.tokens.len() && doc.tokens[i + 1].kind == TokenKind::Word && caps(i + 1));
    caps(i) && !beside_caps
}

#[inline]
fn is_possessive(doc: &Document, i: usize) -> bool {
    matches!(doc.word(i), "’s" | "'s" | "’S" | "'S") || (matches!(doc.word(i), "'" | "’") && plural_possessive(doc, i))
}

/// "The machinists' union": an apostrophe (token `i`) right after a word in -s, before a
/// noun (not a closing mark before "and", "of", "that" ...).
#[inline(never)]
fn plural_possessive(doc: &Document, i: usize) -> bool {
    i > 0
        && i + 1 < doc.tokens.len()
        && !doc.tokens[i].space_before
        && doc.word(i - 1).ends_with(['s', 'S'])
        && doc.tokens[i + 1].kind == TokenKind::Word
        && !{
            let next = doc.lower(i + 1);
            is_conjunction(next) || is_preposition(next) || is_clause_marker(next) || is_aux_or_adverb(next)
        }
}

fn is_quantifier(w: &str) -> bool {
    in_class(class::QUANTIFIER, w)
}

/// A middle initial before its full stop: the "N" of "Jeffrey N. Trimble".
fn is_initial(doc: &Document, i: usize) -> bool {
    let w = doc.word(i);
    w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase()
}

/// "Mr", "Sen", "Dr" before their full stop.
fn is_title_abbreviation(doc: &Document, i: usize) -> bool {
    in_class(class::TITLE_ABBREVIATION, doc.word(i))
}

/// Whether the phrase starting at `from` follows "he and", "she and", ...
fn joined_to_person(doc: &Document, from: usize, limit: usize) -> bool {
    from >= limit + 2 && doc.lower(from - 1) == "and" && personal_subject(doc.lower(from - 2)) && !is_acronym_in_text(doc, from - 2)
}

/// A subject pronoun that can only be people ("it" and "you" are objects too).
fn personal_subject(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we" | "i")
}

fn name_joiner(w: &str) -> bool {
    matches!(w, "of" | "and" | "&" | "for") || is_name_particle(w)
}

/// "Kelly said", "said Emily Smith": whether the capitalised -ly word at `i` is a name, not
/// an adverb.
fn is_ly_name(doc: &Document, i: usize) -> bool {
    if !is_cap(doc, i) || !doc.lower(i).ends_with("ly") {
        return false;
    }
    let word_next = |cap: bool| doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word) && is_cap(doc, i + 1) == cap;
    // Opening a sentence, a given name or a verb after it says name ("Kelly said";
    // "Separately, ...", "Currently the plan ..." are adverbs); inside one ("said Emily
    // Smith", "Sean Connolly, a machinist") a capital always does, but between capitals,
    // as in a headline's "Trump Finally Endorses".
    let opens = i == 0 || doc.tokens[i].breaks_before > 0 || matches!(doc.word(i - 1), "." | "!" | "?" | "“" | "\"" | ":" | ";" | "(" | "—");
    if opens {
        crate::entities::gazetteer::get().is_given_name(doc.word(i)) || word_next(false) && !is_determiner(doc.lower(i + 1))
    } else {
        !(word_next(true) && is_cap(doc, i - 1))
    }
}

/// Whether the capitalised word at `i`, which may spell an auxiliary or a month, is part of
/// a person's name: a given name before a surname ("Will Smith") or a surname after a given
/// name ("Theresa May").
fn spelled_name(doc: &Document, i: usize) -> bool {
    // (The word tests first: most capitalised words spell nothing, and they cost less than
    // the given-name lookups.)
    let w = doc.lower(i);
    if !is_cap(doc, i) || !(is_aux_or_adverb(w) || is_time_word(w) || is_preposition(w) || is_clause_marker(w)) {
        return false;
    }
    let given = |k: usize| is_cap(doc, k) && crate::entities::gazetteer::get().is_given_name(doc.word(k));
    // (Not between capitals, as in a headline's "Hillary Just Vowed".)
    let cap_next = doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word) && is_cap(doc, i + 1);
    (given(i) && cap_next) || (i > 0 && doc.tokens[i].breaks_before == 0 && given(i - 1) && !cap_next)
        // "The Dallas Morning News", "the Sunday Times": a newspaper's name.
        || cap_next && matches!(w, "morning" | "evening" | "sunday") && crate::entities::lists::org_heads().contains(doc.word(i + 1))
}

/// Skips auxiliaries, adverbs and time phrases backwards from `end` (exclusive).
pub fn skip_aux_back(doc: &Document, end: usize, limit: usize) -> usize {
    let mut k = end;
    while k > limit {
        let w = doc.lower(k - 1);
        let time_phrase_start = matches!(
            w,
            "on" | "this" | "next" | "last" | "earlier" | "late" | "early"
        ) && k < end
            && is_time_word(doc.lower(k));
        // "has long argued": "long" after an auxiliary is an adverb.
        let long_since = w == "long" && k - 1 > limit && matches!(doc.lower(k - 2), "has" | "have" | "had");
        // "The two companies each said": "each" after its plural floats.
        if w == "each" && k - 1 > limit && (doc.lower(k - 2).ends_with('s') || is_cap(doc, k - 2)) {
            k -= 1;
            continue;
        }
        // "Trump so far hasn't attacked": "so far" is an adverb.
        if w == "far" && k - 1 > limit && matches!(doc.lower(k - 2), "so" | "thus") {
            k -= 2;
            continue;
        }
        let skippable = (is_aux_or_adverb(w) && !is_ly_name(doc, k - 1)) || is_time_word(w) || time_phrase_start || long_since || is_negated_aux(w);
        if skippable && !spelled_name(doc, k - 1) {
            k -= 1;
        } else {
            break;
        }
    }
    k
}

/// Whether tokens `limit..end` are names and commas ("Britain, France"), perhaps after a few
/// words saying whose they are ("Leaders from Fiji, Samoa", "Ministers of Qatar, Egypt").
fn names_listed_from(doc: &Document, limit: usize, end: usize) -> bool {
    let names = |a: usize| (a..end).all(|n| is_cap(doc, n) || matches!(doc.word(n), "," | "the" | "The"));
    names(limit) || (limit + 1..end.min(limit + 4)).any(|p| matches!(doc.lower(p), "of" | "from") && (limit..p).all(|n| doc.tokens[n].kind == TokenKind::Word && !is_clause_marker(doc.lower(n))) && names(p + 1))
}

/// The noun phrase (token range) ending right before `end`, after skipping auxiliaries
/// and adverbs, not reaching before `limit`. A subject pronoun is a phrase of its own.
pub fn np_before(doc: &Document, end: usize, limit: usize) -> Option<(usize, usize)> {
    let head_end = skip_aux_back(doc, end, limit);
    // ('it "firmly rejects" the accusations': the verb in quotation marks, its subject before.)
    let head_end = if head_end > limit + 1 && matches!(doc.word(head_end - 1), "“" | "\"") && doc.tokens[head_end - 1].space_before { skip_aux_back(doc, head_end - 1, limit) } else { head_end };
    // "Vale in January 2019 said", "Trump in 2016 said": a time between the subject and its verb.
    let head_end = {
        let mut k = head_end;
        while k > limit + 2 && (is_time_word(doc.lower(k - 1)) || doc.tokens[k - 1].kind == TokenKind::Number) {
            k -= 1;
        }
        // (Not a share: "Six in 10 say", "One in five said".)
        let share = || crate::entities::lists::number_words().contains(doc.lower(k - 2)) || doc.tokens[k - 2].kind == TokenKind::Number;
        if k < head_end && matches!(doc.lower(k - 1), "in" | "on") && is_cap(doc, k - 2) && !share() { k - 1 } else { head_end }
    };
    if head_end <= limit {
        return None;
    }
    // 'Ovidio Guzmán, alias "El Ratón," denied', 'The leader, known as "Izo," told': a
    // nickname in quotation marks after the phrase, which speaks.
    if head_end >= limit + 4 && matches!(doc.word(head_end - 1), "”" | "\"") {
        let open = (head_end.saturating_sub(7).max(limit + 1)..head_end - 1).rev().find(|&k| matches!(doc.word(k), "“" | "\""));
        let lead = open.and_then(|o| match doc.lower(o - 1) {
            "alias" | "nicknamed" | "dubbed" | "aka" => Some(o - 1),
            "as" if o >= limit + 2 && doc.lower(o - 2) == "known" => Some(o - 2),
            _ => None,
        });
        if let Some(a) = lead {
            return np_before(doc, if a > limit && doc.word(a - 1) == "," { a - 1 } else { a }, limit);
        }
    }
    let last = doc.lower(head_end - 1);
    if (is_subject_pronoun(last) || is_contracted_subject(last) || matches!(last, "who" | "which")) && !is_acronym_in_text(doc, head_end - 1) {
        // "Mr. Allen and he said": a name joined to the pronoun speaks with it.
        if !matches!(last, "who" | "which") && head_end >= limit + 3 && doc.lower(head_end - 2) == "and" {
            if let Some((f, t)) = np_before(doc, head_end - 2, limit) {
                if t == head_end - 2 && (is_cap(doc, f) || personal_subject(doc.lower(f))) && (f..t).all(|k| is_cap(doc, k) || doc.word(k) == ".") {
                    return Some((f, head_end));
                }
            }
        }
        return Some((head_end - 1, head_end));
    }
    // "One of them told", "some of us said": a quantifier of a pronoun.
    if matches!(last, "them" | "us") && head_end >= limit + 3 && doc.lower(head_end - 2) == "of" && is_quantifier(doc.lower(head_end - 3)) {
        return Some((head_end - 3, head_end));
    }
    let mut from = head_end;
    let mut lowers = 0;
    while from > limit && head_end - from < MAX_NP {
        let i = from - 1;
        let raw = doc.word(i);
        let w = doc.lower(i);
        if is_possessive(doc, i) {
            if from == head_end {
                // "McDonald's said", "Moody's said": a name in the possessive form is the speaker.
                // (Not "He’s claiming": a contraction; nor "Trump’s claim": a noun after it.)
                let name = doc.lower(i - 1);
                // (Or another verb of saying in the past: "Moody's warned that".)
                let verb = doc.lower(end);
                let past_cue = i + 1 == end && verb.ends_with("ed") && cues().roles(verb).has(WordRoles::REPORTING | WordRoles::DENIAL);
                if i > limit && is_cap(doc, i - 1) && !doc.tokens[i].space_before && (in_class(class::TAG_VERB, verb) || past_cue)
                    && !is_subject_pronoun(name) && !is_clause_marker(name) && !matches!(name, "there" | "here" | "that")
                {
                    from = i - 1;
                    continue;
                }
                break;
            }
            // "The country's disaster management agency": the owner is a phrase of its own,
            // with its own few lower-case words.
            from = i;
            lowers = 0;
            continue;
        }
        if raw == ")" {
            let open = (limit.max(i.saturating_sub(8))..i)
                .rev()
                .find(|&j| doc.word(j) == "(");
            match open {
                Some(j) if j > limit => {
                    from = j;
                    continue;
                }
                _ => break,
            }
        }
        let kind = doc.tokens[i].kind;
        // "the WHO", "the US": names, whatever their lower case spells.
        if is_acronym_in_text(doc, i) {
            from = i;
            continue;
        }
        if kind == TokenKind::Punct {
            // "Disney+ said", "OPEC+ told": a name's plus.
            if raw == "+" && from == head_end && i > limit && is_cap(doc, i - 1) && !doc.tokens[i].space_before {
                from = i - 1;
                continue;
            }
            // "74% said": a percentage's sign.
            if raw == "%" && i > limit && doc.tokens[i - 1].kind == TokenKind::Number {
                from = i - 1;
                continue;
            }
            // "Mr. Pruzan", "Sen. Chuck Grassley": a title's full stop; "Robert Downey Jr. said":
            // a suffix's.
            if raw == "." && from < head_end && i > limit && (is_title_abbreviation(doc, i - 1) || is_initial(doc, i - 1)) {
                from = i - 1;
                continue;
            }
            // ("Toyota Motor Corp. said": a company's legal form, at the head too.)
            if raw == "." && i > limit && !doc.tokens[i].space_before && (matches!(doc.word(i - 1), "Jr" | "Sr") || crate::entities::names::is_company_suffix(doc.word(i - 1))) {
                from = i - 1;
                continue;
            }
            // "Acme Widgets, LLC said", "Samsung Electronics Co., Ltd. said": a legal form after a comma.
            if raw == "," && from < head_end && i > limit && is_cap(doc, i - 1) && crate::entities::names::is_company_suffix(doc.word(from)) {
                from = i;
                continue;
            }
            // "The Sarasota, Florida-based company said": the town before its state.
            if raw == "," && from < head_end && i > limit && is_cap(doc, i - 1) && doc.word(from).ends_with("-based") && (i - 1 == limit || doc.lower(i - 2) == "the") {
                from = i - 1;
                continue;
            }
            // "London School of Hygiene & Tropical Medicine": "&" inside a name.
            // (And "/" between names: "the Reuters/Ipsos poll", "an NBC News/Wall Street Journal poll".)
            if matches!(raw, "&" | "/") && from < head_end && is_cap(doc, from) && i > limit && is_cap(doc, i - 1) {
                from = i - 1; // (the name before it, whatever its lower case spells: "USA Today/Suffolk")
                continue;
            }
            // "Britain, France and Germany said": a list of names opening the clause.
            // ("Leaders from Fiji, Samoa and Tonga said": who the list is of, first.)
            if raw == "," && from < head_end && i > limit && is_cap(doc, from) && (from..head_end).any(|n| doc.word(n) == "and")
                && names_listed_from(doc, limit, i)
                && !is_preposition(doc.lower(limit))
                && !is_time_word(doc.lower(limit))
                && !in_class(class::SENTENCE_ADVERB, doc.lower(limit))
            {
                from = limit;
            }
            break;
        }
        if is_determiner(w) {
            // "most said": the quantifier is the whole phrase.
            if from < head_end || (from == head_end && is_quantifier_pronoun(w)) {
                from = i;
            }
            // "The Organization of the Petroleum Exporting Countries": a name joined to
            // a name by "of the" / "for the" runs on.
            if w == "the"
                && from < head_end
                && is_cap(doc, i + 1)
                && i >= limit + 2
                && matches!(doc.lower(i - 1), "of" | "for")
                && is_cap(doc, i - 2)
            {
                from = i - 1;
                continue;
            }
            if from == i && joined_to_person(doc, i, limit) {
                from = i - 2;
            }
            // "The mayor and the police chief told": two phrases joined, the first opening
            // the clause, speak together.
            if from == i && i >= limit + 2 && doc.lower(i - 1) == "and" {
                if let Some((f, t)) = np_before(doc, i - 1, limit) {
                    // (Or opening a reported clause: "He said the police and the army denied".)
                    let opens = f == limit || (f > limit && (doc.lower(f - 1) == "that" || cues().is_reporting(doc.lower(f - 1))));
                    if t == i - 1 && opens && !is_subject_pronoun(doc.lower(f)) {
                        from = f;
                    }
                    // ("Qatar, Egypt and the United States said": the last of a list of names.)
                    if t == i - 1 && is_cap(doc, f) && f > limit + 1 && doc.word(f - 1) == "," && names_listed_from(doc, limit, f - 1) && !is_preposition(doc.lower(limit)) {
                        from = limit;
                    }
                }
            }
            break;
        }
        // "she and another reporter said", "he and his wife said": a person's pronoun
        // joined to the phrase speaks with it.
        if w == "and" && from < head_end && joined_to_person(doc, from, limit) {
            from = i - 1;
            break;
        }
        // "the ministry of transport and infrastructure said": two nouns after "of" are one
        // body's name (after anything else "and" may join two clauses: "the camp and officials").
        if w == "and" && head_end - from == 1 && i >= limit + 2 && doc.lower(i - 2) == "of" && starts_lower_noun(doc, i - 1) {
            from = i - 1;
            continue;
        }
        // "president and operating chief Brian Millham", "chairman and CEO": two titles.
        if w == "and" && from < head_end && i > limit && {
            let titles = crate::entities::gazetteer::get();
            titles.is_title(doc.word(i - 1)) && (titles.is_title(doc.word(from)) || doc.lower(from).ends_with("ing"))
        } {
            from = i;
            continue;
        }
        if is_preposition(w)
            || is_conjunction(w)
            || is_clause_marker(w)
            // "what Obama said": a free relative's pronoun.
            || w == "what"
            || (is_aux_or_adverb(w) && !is_ly_name(doc, i))
        {
            // ("The Kenya National Commission on Human Rights said", not "Trump on Monday said";
            // "Doctors Without Borders said": a capitalised preposition, before a verb in lower
            // case, so not in a headline: "Obama To Asians: ...", "DEADLY ISTANBUL EXPLOSION".)
            let capitalised = || is_cap(doc, i) && doc.word(i).bytes().any(|b| b.is_ascii_lowercase()) && doc.word(end).bytes().all(|b| !b.is_ascii_uppercase());
            // ("the Committee to Protect Journalists (CPJ) said": "to" inside a name.)
            // (And after a body's head: "The Campaign to Protect Rural England said".)
            let body_to = || w == "to" && i > limit && {
                use crate::entities::lists::{heads, Heads};
                heads(doc.word(i - 1)).has(Heads::ORG)
            };
            if (name_joiner(w) || w == "to" && doc.word(end - 1) == ")" || body_to() || w == "on" && from < head_end && !is_time_word(doc.lower(from)) || capitalised())
                && from < head_end
                && is_cap(doc, from)
                && i > limit
                && is_cap(doc, i - 1)
            {
                from = i;
                continue;
            }
            // ("Theresa May said": a surname that spells a word; "Scottish First Minister
            // Nicola Sturgeon said": "First" of a title, inside the phrase.)
            if spelled_name(doc, i) || w == "first" && i > limit && from < head_end && is_cap(doc, i) && is_cap(doc, from) {
                from = i;
                continue;
            }
            // "Police and residents said", ", officials and analysts said,": two bare
            // words joined, the first opening the clause, speak together.
            // (After a comma only in a speaker tag, "..., police and residents said.", not a
            // list: "his family, friends and employees talked".)
            // (Or with an addressee: "..., doctors and nurses told the BBC.")
            let addressee = matches!(doc.lower(end), "told" | "tells");
            let tag = || i >= 2 && doc.word(i - 2) == "," && (end + 1..doc.tokens.len().min(end + 6)).find(|&k| matches!(doc.word(k), "," | ".")).is_some_and(|k| k == end + 1 || addressee && (end + 1..k).all(|n| doc.tokens[n].kind == TokenKind::Word));
            if w == "and" && (from + 1 == head_end || from + 2 == head_end && tag()) && i > limit && (i == limit + 1 || tag()) && np_before(doc, i, i - 1) == Some((i - 1, i)) && !is_subject_pronoun(doc.lower(i - 1)) {
                from = i - 1;
            }
            break;
        }
        if is_time_word(w) && !spelled_name(doc, i) {
            break;
        }
        // "In 2019 Julia Novak said", "At 14:50 the team confirmed": a year or time after a
        // preposition is a fronted phrase without its comma, no part of the speaker.
        if kind == TokenKind::Number && from < head_end && i == limit + 1 && is_cap(doc, from) && in_class(class::FRONTING_PREPOSITION, doc.lower(limit)) {
            break;
        }
        if is_cap(doc, i) || kind == TokenKind::Number {
            from = i;
            continue;
        }
        // ("Western media reports said": a cue noun may head the phrase before a verb.)
        // ("The allegations were first reported by Variety": a claim noun heads one too.)
        let roles = cues().roles(w);
        let cue_word = roles.has(WordRoles::REPORTING | WordRoles::DENIAL | WordRoles::ALLEGATION)
            && !(from == head_end && (matches!(w, "reports" | "claims") || roles.has(WordRoles::CLAIM_NOUN)))
            // ("The suspect said", "the accused denied": the noun after a determiner.)
            && !(matches!(w, "suspect" | "suspects" | "accused") && i > limit && is_determiner(doc.lower(i - 1)));
        // "a U.N.-backed hunger monitor": a compound after an initialism's hyphen (the
        // tokenizer splits "U.N." from "-backed"; "UN-backed" is one word).
        if kind == TokenKind::Word && i >= limit + 2 && from < head_end && doc.word(i - 1) == "-" && !doc.tokens[i - 1].space_before && !doc.tokens[i].space_before && is_cap(doc, i - 2) {
            from = i - 2;
            continue;
        }
        if kind == TokenKind::Word
            && lowers < 3
            && !cue_word
            && !is_object_pronoun(w)
            // (A word beyond ASCII has no lower-case form here: "communiqué", "café".)
            && (!w.is_empty() || starts_lower_noun(doc, i))
            // ("The move drew criticism from rights groups, who said": a verb ends it.)
            && !(in_class(class::FINITE, w) && !(i > limit && is_determiner(doc.lower(i - 1))))
            // "the meeting", "the accused": after a determiner such a word is a noun;
            // "managing director", "operating chief": before a title, part of it.
            && (!(w.ends_with("ed") || w.ends_with("ing"))
                || (i > limit && is_determiner(doc.lower(i - 1)))
                || (from < head_end && w.ends_with("ing") && crate::entities::gazetteer::get().is_title(doc.word(from))))
        {
            // A lower-case noun only before something already in the phrase or as head.
            lowers += 1;
            from = i;
            continue;
        }
        break;
    }
    // A phrase never starts with the possessive of an owner left out of it.
    if from < head_end && is_possessive(doc, from) {
        from += 1;
    }
    if from >= head_end {
        return None;
    }
    // "During the debate Trump said", "In an interview Smith said": a fronted phrase without
    // its comma; the name after its noun speaks.
    if from == limit + 1 && is_preposition(doc.lower(limit)) && is_determiner(doc.lower(from)) && is_cap(doc, head_end - 1) {
        if let Some(name) = (from + 1..head_end).rev().find(|&k| !is_cap(doc, k)).map(|k| k + 1).filter(|&k| k > from + 1 && starts_lower_noun(doc, k - 1)) {
            return Some((name, head_end));
        }
    }
    // "Officials familiar with the matter", "a person with knowledge of the talks": the
    // phrase is the people, not what they know about.
    let knower = match (from >= limit + 3).then(|| (doc.lower(from - 2), doc.lower(from - 1))) {
        Some((word, preposition)) if knows_about(word, preposition) => Some(from - 2),
        Some(("knowledge", "of")) if from >= limit + 4 && doc.lower(from - 3) == "with" => Some(from - 3),
        _ => None,
    };
    if let Some((people, _)) = knower.and_then(|k| np_before(doc, k, limit)) {
        return Some((people, head_end));
    }
    // What the phrase before a preposition makes of the phrase after it:
    // - "The Chinese consulate in New York", "officials in Kyiv", "Doctors at the hospital":
    //   a place is where the speakers are, not who they are;
    // - "a survey by the London School of ...": the work is the source, its authors with it;
    // - "A spokeswoman for the State Department", "Lawyers for the family": the person
    //   speaks for the body (a title, also in the plural), unless the title describes a
    //   name before it ("Huma Abedin, vice chairwoman for the campaign,": the name is the
    //   source).
    if from < limit + 2 {
        return Some((from, head_end));
    }
    let preposition = doc.lower(from - 1);
    let named = (from..head_end).all(|k| is_cap(doc, k) || name_joiner(doc.lower(k)) || matches!(doc.word(k), "&" | "the"));
    let by_authors = preposition == "by" && authored_works().contains(doc.lower(from - 2));
    let speaks_for = {
        let role = doc.lower(from - 2);
        let titles = crate::entities::gazetteer::get();
        // ("Aides to the governor", "an adviser to the president")
        preposition == "for" && titles.is_title_or_plural(role)
            // ("Russia's ambassador to the UN", "the US envoy to the WTO")
            || preposition == "to" && in_class(class::ENVOY, role.trim_end_matches('s'))
    };
    // - "Critics of the government", "The head of the agency", "Smith of Harvard", "data
    //   from LSEG": the phrase before "of" or "from" is who speaks, the one after it what
    //   they belong to or come from.
    let part_of = matches!(preposition, "of" | "from");
    // ("said in a statement at the time": no place, a time; "The minister in a radio
    // interview said": a way of speaking, which `patterns` passes over.)
    let head = doc.lower(head_end - 1);
    let place = matches!(preposition, "in" | "at")
        && !is_time_word(head)
        && !matches!(head, "time" | "moment")
        && !(preposition == "in" && in_class(class::DOCUMENT, head));
    // "Families of the 346 people killed in the crashes", "Economists polled by Reuters": a
    // participle's place or agent describes the people before it.
    let participle = doc.lower(from - 2);
    if (place || preposition == "by") && from >= limit + 3 && participle.len() > 4 && participle.ends_with("ed") && starts_lower_noun(doc, from - 2) {
        if let Some((people, end)) = np_before(doc, from - 2, limit) {
            // (A noun, also opening the sentence: "Economists polled by Reuters".)
            if end == from - 2 && (starts_lower_noun(doc, end - 1) || (end - 1 == limit && !is_subject_pronoun(doc.lower(limit)))) {
                return Some((people, head_end));
            }
        }
    }
    if !(place || (by_authors && named) || speaks_for || part_of) {
        return Some((from, head_end));
    }
    if let Some((body, end)) = np_before(doc, from - 1, limit) {
        let noun = doc.lower(end - 1);
        // The head in lower case, or opening the sentence ("Officials in Kyiv said").
        // ("Allies of Bolsonaro in Congress": people of someone, a description too.)
        let common_noun = starts_lower_noun(doc, end - 1) || body == limit || part_of || (body..end).any(|n| doc.lower(n) == "of");
        let description = speaks_for && body > limit && doc.word(body - 1) == ",";
        // ("lashed back at NASA officials": a verb's particle, no phrase.)
        let particle = place && matches!(noun, "back" | "out" | "up" | "down" | "off" | "away");
        // ("threw eggs at police, who said": a verb's object and the people it went at.)
        let object = place && in_class(class::SPEAKERS, head) && body > limit && !is_cap(doc, body - 1) && {
            let verb = doc.lower(body - 1);
            in_class(class::FINITE, verb) || verb.ends_with("ed")
        };
        if end == from - 1 && common_noun && !description && !particle && !object && !is_time_word(noun) && !is_subject_pronoun(noun) {
            return Some((body, head_end));
        }
    }
    Some((from, head_end))
}

/// "familiar with", "close to", "briefed on": what makes people sources, with the phrase
/// after it ("Officials familiar with the matter").
fn knows_about(word: &str, preposition: &str) -> bool {
    matches!((word, preposition), ("familiar", "with") | ("close", "to") | ("briefed", "on"))
}

/// Works whose author, after "by", speaks through them: "a survey by Gallup".
fn authored_works() -> &'static Lexicon {
    static LIST: OnceLock<Lexicon> = OnceLock::new();
    LIST.get_or_init(|| Lexicon::from_data(crate::data!("cues/authored_works.txt")))
}

/// Whether token `i` is a word in lower case: a common noun, where a phrase's head is asked.
fn starts_lower_noun(doc: &Document, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && doc.word(i).starts_with(|c: char| c.is_lowercase())
}

/// The noun phrase starting at `start` (a determiner, modifiers, a name), not reaching
/// `limit`.
pub fn np_after(doc: &Document, start: usize, limit: usize) -> Option<(usize, usize)> {
    let mut i = start;
    let mut lowers = 0;
    while i < limit && i - start < MAX_NP {
        let raw = doc.word(i);
        let w = doc.lower(i);
        if is_possessive(doc, i) && i > start {
            i += 1;
            continue;
        }
        if raw == "(" {
            // "(D-N.Y.)", "(AFP)" go with the name; "(a view shared by ...)" is an aside.
            match (i + 1..limit.min(i + 8)).find(|&j| doc.word(j) == ")") {
                Some(j) if i > start && (i + 1..j).all(|n| doc.tokens[n].kind != TokenKind::Word || is_cap(doc, n)) => {
                    i = j + 1;
                    continue;
                }
                _ => break,
            }
        }
        let kind = doc.tokens[i].kind;
        if kind == TokenKind::Punct {
            // "Sanford C. Bernstein & Co.", "Johnson & Johnson": one name.
            if matches!(raw, "&" | "/") && i > start && is_cap(doc, i - 1) && i + 1 < limit && is_cap(doc, i + 1) {
                i += 1;
                continue;
            }
            if raw == "."
                && i > start
                && (is_title_abbreviation(doc, i - 1) || (is_initial(doc, i - 1) && i + 1 < limit && is_cap(doc, i + 1)))
                && !doc.tokens[i].space_before
            {
                i += 1;
                continue;
            }
            break;
        }
        // ("“Q,” said her neighbour, X": "her" before a noun that ends the phrase is a
        // determiner.)
        let her_noun = w == "her"
            && i + 2 < limit
            && doc.tokens[i + 2].kind == TokenKind::Punct
            && doc.tokens[i + 1].kind == TokenKind::Word
            && !is_cap(doc, i + 1)
            && !{
                let next = doc.lower(i + 1);
                is_preposition(next) || is_conjunction(next) || is_clause_marker(next) || is_determiner(next) || is_subject_pronoun(next)
            };
        if i == start && is_object_pronoun(w) && !her_noun {
            return Some((start, start + 1));
        }
        if i == start && (is_determiner(w) || is_subject_pronoun(w)) {
            i += 1;
            if is_subject_pronoun(w) {
                break;
            }
            // "one of his senior aides", "some of the voters"
            if is_quantifier(w) && i + 1 < limit && doc.lower(i) == "of" {
                i += 1;
                if i < limit && is_determiner(doc.lower(i)) {
                    i += 1;
                }
            }
            continue;
        }
        // "a newly uncovered email", "the recently released playbook"; after a name the
        // adverb goes with the verb ("Kamal Nath specifically targeted").
        if i > start
            && !(is_cap(doc, i - 1) && !is_determiner(doc.lower(i - 1)) && !is_cap(doc, i))
            && w.len() > 4
            && w.ends_with("ly")
            && i + 1 < limit
            && doc.tokens[i + 1].kind == TokenKind::Word
            && lowers < 4
        {
            lowers += 1;
            i += 1;
            continue;
        }
        if i == start && matches!(w, "early" | "late" | "recent" | "preliminary") {
            lowers += 1;
            i += 1;
            continue;
        }
        if is_preposition(w) || is_conjunction(w) || is_clause_marker(w) || (is_aux_or_adverb(w) && !is_ly_name(doc, i)) {
            if name_joiner(w)
                && i > start
                && is_cap(doc, i - 1)
                && i + 1 < limit
                && is_cap(doc, i + 1)
            {
                i += 1;
                continue;
            }
            // ("said Theresa May", "said Al From".)
            if spelled_name(doc, i) {
                i += 1;
                continue;
            }
            break;
        }
        if is_cap(doc, i) || kind == TokenKind::Number {
            // ("the BBC's Today programme": after a possessive, a title.)
            if is_time_word(w) && i > start && !spelled_name(doc, i) && !is_possessive(doc, i - 1) {
                break;
            }
            i += 1;
            continue;
        }
        let cue_word =
            cues().roles(w).has(WordRoles::REPORTING | WordRoles::DENIAL) || matches!(w, "citing" | "according");
        let after_det = i == start || is_determiner(doc.lower(i - 1));
        // "Trump went after Bush": a finite verb ends the phrase.
        // "Mr. Karangwa disputes these observations": after a name, a word in -s before a
        // determiner or a possessive is its verb; "The council hit back": after any noun, a
        // word before a particle.
        let after_name_verb = i > start
            && !is_determiner(doc.lower(i - 1))
            && i + 1 < limit
            && ((is_cap(doc, i - 1)
                && is_determiner(doc.lower(i + 1))
                && w.ends_with('s')
                && !w.ends_with("ss"))
                || matches!(doc.lower(i + 1), "back" | "up" | "out" | "down" | "off"));
        let verb_like = ((w.ends_with("ing") || w.ends_with("ed")) && !after_det) || (i > start && in_class(class::FINITE, w)) || after_name_verb;
        // "told a news briefing": an event's noun after the phrase's article, though
        // "briefing" is a cue word in -ing.
        let event_noun = || i > start && is_determiner(doc.lower(start)) && in_class(class::CONVENED, w);
        if kind == TokenKind::Word
            && lowers < 4
            && ((!cue_word && !verb_like) || event_noun())
            && !is_object_pronoun(w)
            && (!w.is_empty() || starts_lower_noun(doc, i))
            && !is_time_word(w)
        {
            lowers += 1;
            i += 1;
            continue;
        }
        break;
    }
    // A phrase of only a determiner is no phrase ("some", "many" are).
    if i == start + 1
        && is_determiner(doc.lower(start))
        && !is_quantifier(doc.lower(start))
    {
        return None;
    }
    // "citing people familiar with the matter": what makes them sources goes with them (as
    // in `np_before`).
    if i > start + 1 && i < limit {
        let (last, next) = (doc.lower(i - 1), doc.lower(i));
        if knows_about(last, next) {
            if let Some((_, e)) = np_after(doc, i + 1, limit) {
                return Some((start, e));
            }
        }
    }
    (i > start).then_some((start, i))
}

/// The subject of the clause starting at `start`: skips a leading adverbial ending in a
/// comma ("On Monday, ...", "According to X, ...") and a conjunction.
pub fn clause_subject(doc: &Document, start: usize, limit: usize) -> Option<(usize, usize)> {
    // "BRUSSELS — European leaders ...": the dateline is where, not who.
    let mut s = super::content::after_dateline(doc, start, limit);
    if s < limit {
        let first = doc.lower(s);
        let adverbial = is_preposition(first)
            || is_time_word(first)
            || first.ends_with("ly")
            // "Speaking at the press conference, Cooper ...": a participle's clause.
            || (first.len() > 5 && first.ends_with("ing"))
            || in_class(class::SENTENCE_ADVERB, first);
        if adverbial {
            let comma = (s..limit.min(s + 16)).find(|&j| doc.word(j) == ",");
            match comma {
                Some(c) => {
                    s = c + 1;
                    // "According to the agency, NHK, the police ...": skip an appositive.
                    if let Some((_, e)) = np_after(doc, s, limit) {
                        if e < limit && doc.word(e) == "," && (s..e).all(|k| is_cap(doc, k)) {
                            s = e + 1;
                        }
                    }
                }
                None if is_conjunction(first) => s += 1,
                None => {}
            }
        }
    }
    while s < limit && matches!(doc.word(s), "“" | "\"" | "‘" | "—" | "-") {
        s += 1;
    }
    np_after(doc, s, limit)
}

/// The mention overlapping `span` (the last one: the head of "A JAXA spokesperson").
pub fn mention_in(mentions: &[Mention], span: Span) -> Option<&Mention> {
    let k = mentions.partition_point(|m| m.span.end <= span.start);
    mentions[k..]
        .iter()
        .take_while(|m| m.span.start < span.end)
        .filter(|m| m.span.overlaps(span))
        .last()
}

/// The nearest mention before byte `before`, within `window` bytes, with one of `labels`.
pub fn antecedent<'m>(
    mentions: &'m [Mention],
    before: usize,
    labels: &[Label],
    window: usize,
) -> Option<&'m Mention> {
    let k = mentions.partition_point(|m| m.span.end <= before);
    mentions[..k]
        .iter()
        .rev()
        .take(60)
        .take_while(|m| m.span.end + window >= before)
        .find(|m| labels.contains(&m.label))
}

/// What a pronoun or definite description source may refer back to.
pub fn referent_labels(doc: &Document, span_tokens: (usize, usize)) -> Option<&'static [Label]> {
    let (a, b) = span_tokens;
    let head = doc.lower(b - 1);
    match head {
        "he" | "she" | "him" | "her" => Some(&[Label::Person]),
        "it" => Some(&[Label::Org, Label::Gpe]),
        "they" => Some(&[Label::Org, Label::Gpe, Label::Person, Label::Norp]),
        w if b - a <= 2 && is_org_description(w) && doc.lower(a) == "the" => {
            if w == "government" {
                Some(&[Label::Gpe, Label::Org])
            } else {
                Some(&[Label::Org])
            }
        }
        "spokesman" | "spokeswoman" | "spokesperson" | "minister" | "president" | "official"
            if b - a <= 2 && doc.lower(a) == "the" =>
        {
            Some(&[Label::Person])
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str, cue: &str) -> Option<String> {
        let doc = Document::parse(text);
        let i = (0..doc.tokens.len()).find(|&i| doc.word(i) == cue).unwrap();
        np_before(&doc, i, 0).map(|(a, b)| doc.span_of(a, b).text(text).to_string())
    }

    fn after(text: &str, from_word: &str) -> Option<String> {
        let doc = Document::parse(text);
        let i = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == from_word)
            .unwrap();
        np_after(&doc, i + 1, doc.tokens.len())
            .map(|(a, b)| doc.span_of(a, b).text(text).to_string())
    }

    #[test]
    fn noun_phrases_before_the_verb() {
        assert_eq!(
            before("A JAXA spokesperson told NHK that", "told").as_deref(),
            Some("A JAXA spokesperson")
        );
        assert_eq!(
            before("Moreover, Microsoft had reported last month", "reported").as_deref(),
            Some("Microsoft")
        );
        assert_eq!(
            before("Last month Japan had reported that", "reported").as_deref(),
            Some("Japan")
        );
        assert_eq!(
            before(
                "The Ministry of Health and Child Care (MoHCC) has denied reports",
                "denied"
            )
            .as_deref(),
            Some("The Ministry of Health and Child Care (MoHCC)")
        );
        assert_eq!(
            before("In Lagos, Daniel Okoro pleaded", "pleaded").as_deref(),
            Some("Daniel Okoro")
        );
        assert_eq!(
            before("the team, she later said", "said").as_deref(),
            Some("she")
        );
        assert_eq!(
            before("Guinea's president dismissed", "dismissed").as_deref(),
            Some("Guinea's president")
        );
    }

    #[test]
    fn noun_phrases_after_the_cue() {
        assert_eq!(
            after("According to the Bergen Tribune, the", "to").as_deref(),
            Some("the Bergen Tribune")
        );
        assert_eq!(
            after("on Monday, said Tomás Oliveira.", "said").as_deref(),
            Some("Tomás Oliveira")
        );
        assert_eq!(
            after("citing unnamed diplomats.", "citing").as_deref(),
            Some("unnamed diplomats")
        );
    }

    #[test]
    fn links_to_nearest_fitting_mention() {
        let ms = vec![
            Mention {
                span: Span::new(0, 5),
                label: Label::Person,
                entity: 0,
            },
            Mention {
                span: Span::new(10, 15),
                label: Label::Org,
                entity: 1,
            },
        ];
        assert_eq!(
            antecedent(&ms, 30, &[Label::Person], 1000).map(|m| m.entity),
            Some(0)
        );
        assert_eq!(
            antecedent(&ms, 30, &[Label::Org], 1000).map(|m| m.entity),
            Some(1)
        );
        assert_eq!(
            mention_in(&ms, Span::new(12, 20)).map(|m| m.entity),
            Some(1)
        );
    }
}
