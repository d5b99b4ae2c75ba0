//! Claim extraction: cues, their sources and contents.
//!
//! - `cues`: the learned cue lexicons (`src/data/cues/`), loaded once;
//! - `quotes`: quotation marks paired over the whole text;
//! - `patterns`: the sentence patterns that turn a cue into a claim;
//! - `sources`: source noun phrases and their entities (pronoun linking);
//! - `content`: content clause boundaries and direct quotes;
//! - `furniture`: page furniture and questions, which carry no claims;
//! - `words`: closed-class word tables.
//!
//! Every claim satisfies: cue, source and content are non-empty, on char boundaries,
//! within the text and pairwise disjoint; claims are sorted by cue; output is
//! deterministic.

pub mod content;
pub mod cues;
pub mod furniture;
pub mod patterns;
pub mod quotes;
pub mod sources;
pub mod words;

use crate::document::Document;
use crate::model::{Claim, Label, Mention};
use patterns::{Ctx, Found};
use quotes::Quotes;
use words::{class, in_class};

pub fn extract(doc: &Document, mentions: &[Mention]) -> Vec<Claim> {
    let quotes = Quotes::find(doc);
    let ctx = Ctx::new(doc, &quotes);
    let skip = furniture::skipped_lines(doc);
    // Room for a claim every other sentence and a sentence's few cues: no regrowth.
    let mut claims = Vec::with_capacity(doc.sentences.len() / 2);
    let mut found = Vec::with_capacity(8);
    for (n, s) in doc.sentences.iter().enumerate() {
        if furniture::in_skipped(&skip, s.span) || furniture::is_question(doc, s.tokens.clone()) {
            continue;
        }
        found.clear();
        if let Some(f) = furniture::headline_report(doc, n) {
            found.push(f);
        }
        ctx.sentence(s.tokens.start, s.tokens.end, &mut found);
        for f in found.drain(..) {
            if no_speaker(doc, f.source) {
                continue;
            }
            if let Some(c) = to_claim(doc, mentions, s.tokens.clone(), f).filter(|c| !inside_name(doc, mentions, c.cue)) {
                claims.push(c);
            }
        }
    }
    crate::order::sort_by_u64_key(&mut claims, |c| crate::order::pair_key(c.cue.start, c.cue.end));
    // One claim per cue: the first found wins where cues overlap.
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    for c in claims {
        if out.last().is_some_and(|l| l.cue.overlaps(c.cue)) {
            continue;
        }
        out.push(c);
    }
    out
}

/// "No group has claimed responsibility", "no immediate claim of responsibility", "No one
/// said": a source that is nobody claims nothing.
fn no_speaker(doc: &Document, source: Option<(usize, usize)>) -> bool {
    // (Not "No 10 branded the report": Downing Street.)
    let number_next = |a: usize| doc.tokens.get(a + 1).is_some_and(|t| t.kind == crate::tokens::TokenKind::Number || doc.word(a + 1) == ".");
    source.is_some_and(|(a, _)| (matches!(doc.lower(a), "no" | "nobody" | "none") && !number_next(a)) || (a > 0 && doc.lower(a) == "one" && doc.lower(a - 1) == "no"))
}

/// "The Pacific Tsunami Warning Center said": a cue word inside the name of a body, before
/// the word that makes it one, is a word of the name. (A headline in capitals, "Clinton
/// Says Russians Hacked DNC", may be taken for one name and keeps its cue.)
fn inside_name(doc: &Document, mentions: &[Mention], cue: crate::model::Span) -> bool {
    use crate::entities::lists::{heads, Heads};
    let k = mentions.partition_point(|m| m.span.end <= cue.start);
    mentions.get(k).is_some_and(|m| {
        let last = doc.text[m.span.start..m.span.end].rsplit(' ').next().unwrap_or("");
        m.span.start < cue.start && cue.end < m.span.end && heads(last).has(Heads::ORG | Heads::FAC)
    })
}

/// Turns token-level findings into a `Claim`: chooses the source span (a full mention
/// over a pronoun), links the source entity, and enforces the span invariants.
fn to_claim(
    doc: &Document,
    mentions: &[Mention],
    sentence: std::ops::Range<usize>,
    f: Found,
) -> Option<Claim> {
    let text = doc.text;
    let cue = doc.span_of(f.cue.0, f.cue.1);
    let content = f.content;
    if content.is_empty() || cue.is_empty() || content.overlaps(cue) {
        return None;
    }
    if !(text.is_char_boundary(content.start)
        && text.is_char_boundary(content.end)
        && content.end <= text.len())
    {
        return None;
    }
    let mut source = f.source.map(|(a, b)| doc.span_of(a, b));
    let mut source_entity = None;
    // A source cut inside a mention takes the whole mention: "The Ministry of Economy, Trade
    // and Industry said" (cut at the name's comma; the name's "the" too), "Council leader Cammy
    // Day said" (cut before its last word).
    if let Some(span) = source {
        let free = |m: &crate::model::Span| !m.overlaps(content) && !m.overlaps(cue);
        let at = |byte: usize| mentions.get(mentions.partition_point(|m| m.span.end <= byte)).map(|m| m.span).filter(free);
        let start = at(span.start).filter(|m| m.start < span.start && m.end <= span.end).map_or(span.start, |m| {
            let the = text[..m.start].strip_suffix("the ").or_else(|| text[..m.start].strip_suffix("The ")).filter(|t| t.is_empty() || t.ends_with(char::is_whitespace));
            the.map_or(m.start, str::len)
        });
        let end = at(span.end).filter(|m| m.start < span.end && m.start >= start).map_or(span.end, |m| m.end);
        source = Some(crate::model::Span::new(start, end));
    }
    if let (Some(span), Some((a, b))) = (source, f.source) {
        source_entity = sources::mention_in(mentions, span).map(|m| m.entity);
        let pronoun = b == a + 1 && words::is_subject_pronoun(doc.lower(a));
        if let Some(labels) = sources::referent_labels(doc, (a, b)) {
            if source_entity.is_none() {
                let antecedent = sources::antecedent(mentions, span.start, labels, 3000);
                source_entity = antecedent.map(|m| m.entity);
                // "Carmen Ortiz left early, and she later said ...": the name, when the
                // sentence has it before the pronoun.
                if pronoun && labels == [Label::Person] {
                    let sentence_start = doc.tokens[sentence.start].span.start;
                    // Only the subject of the sentence: "Hua ... criticized Nelson for
                    // what she described" keeps "she" rather than "Nelson".
                    let subject = sources::clause_subject(doc, sentence.start, a)
                        .map(|(x, y)| doc.span_of(x, y));
                    let in_subject = antecedent.filter(|m| {
                        m.span.start >= sentence_start
                            && subject.is_some_and(|s| s.overlaps(m.span))
                    });
                    if let Some(m) = in_subject {
                        if !m.span.overlaps(content) && !m.span.overlaps(cue) {
                            source = Some(m.span);
                        }
                    } else if let Some((x, y)) = sources::clause_subject(doc, sentence.start, a)
                        .filter(|_| antecedent.is_none_or(|m| m.span.start < sentence_start))
                    {
                        let subj = doc.span_of(x, y);
                        let all_caps = (x..y).all(|k| sources::is_cap(doc, k));
                        if y - x >= 2
                            && all_caps
                            && y < a
                            && !subj.overlaps(content)
                            && !subj.overlaps(cue)
                        {
                            source = Some(subj);
                        }
                    }
                }
            }
        }
    }
    // "Attendees: Priya Raman, Tom Becker", "Budget: ...": one word before a line's colon
    // labels the line (wiki pages, notes); a speaker there is a name ("Sanders: ...",
    // "TAPPER: ...") or what speaks in a headline ("Poll: ...", "Insiders: ...").
    if let (Some((a, b)), None) = (f.source, source_entity) {
        let w = doc.lower(a);
        if b == a + 1 && doc.word(f.cue.0) == ":" && doc.word(a).bytes().skip(1).any(|c| c.is_ascii_lowercase())
            && !(in_class(class::EVIDENCE, w) || in_class(class::SPEAKERS, w))
        {
            return None;
        }
    }
    if let Some(s) = source {
        if s.is_empty() || s.overlaps(cue) || s.overlaps(content) {
            source = None;
            source_entity = None;
        }
    }
    Some(Claim {
        kind: f.kind,
        cue,
        source,
        source_entity,
        content,
        direct: f.direct,
    })
}
