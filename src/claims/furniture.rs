//! Text that carries no claims: page furniture (cookie notices, "Read more" links,
//! app-download lines) and questions; and the one headline pattern "...: Report".

use super::patterns::Found;
use super::words::{class, in_class};
use crate::document::Document;
use crate::lexicon::same_bytes;
use crate::model::{ClaimKind, Span};
use std::ops::Range;

/// How many tokens of a line are looked at for the words that make it furniture anywhere.
const SCANNED: usize = 400;

/// Byte spans of the lines that are page furniture, in text order.
pub fn skipped_lines(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    // One pass over the tokens and their lower-case forms finds where lines start and the
    // words that make a line furniture wherever they are in it ("cookies", "print edition"),
    // comparing lengths first (a substring search of the line, before, was 2% of a wasm call:
    // Two-Way search without SIMD); a pass per line and one more over its words cost twice this.
    let mut start = 0;
    let mut words = FurnitureWords::default();
    let forms = doc.lower_forms();
    let mut form_start = 0;
    for (i, (t, &form_end)) in doc.tokens.iter().zip(doc.lower_ends()).enumerate() {
        // The length of the lower-case form first: most are neither 5 nor 6-7 bytes long.
        let (form, len) = (form_start as usize, (form_end - form_start) as usize);
        form_start = form_end;
        if i > start && t.breaks_before > 0 {
            if is_furniture(doc, start..i, words) {
                out.push(doc.span_of(start, i));
            }
            start = i;
            words = FurnitureWords::default();
        }
        if i - start >= SCANNED || !(5..=7).contains(&len) {
            continue;
        }
        let w = &forms[form..form + len];
        if len == 5 {
            words.print_edition |= same_bytes(w, b"print")
                && doc.tokens.get(i + 1).is_some_and(|next| next.breaks_before == 0)
                && doc.lower(i + 1) == "edition";
        } else {
            words.cookies |= same_bytes(&w[..6], b"cookie") && (len == 6 || w[6] == b's');
        }
    }
    if start < n && is_furniture(doc, start..n, words) {
        out.push(doc.span_of(start, n));
    }
    out
}

/// The words of a line's first `SCANNED` tokens that make it furniture, wherever they are.
#[derive(Clone, Copy, Default)]
struct FurnitureWords {
    cookies: bool,
    print_edition: bool,
}

fn is_furniture(doc: &Document, line: Range<usize>, words: FurnitureWords) -> bool {
    let first = doc.lower(line.start);
    let second = if line.start + 1 < line.end {
        doc.lower(line.start + 1)
    } else {
        doc.lower(line.start)
    };
    let opener = matches!(
        (first, second),
        ("read", "more")
            | ("related", _)
            | ("accept", _)
            | ("subscribe", _)
            | ("sign", "up")
            | ("download", _)
            | ("advertisement", _)
            | ("share", "this")
            | ("follow", "us")
            | ("copyright", _)
    ) || doc.word(line.start) == "©";
    let version_line = matches!((first, second), ("a", "version"));
    // A cookie notice names cookies and the site, browser or consent ("This website uses
    // cookies"); a paragraph about a cookie poll is no notice. Looked for only in the few
    // lines naming cookies.
    let scanned = line.start..line.end.min(line.start + SCANNED);
    let cookie_notice = words.cookies
        && scanned.clone().any(|i| {
            in_class(class::COOKIE_NOTICE, doc.lower(i))
        });
    opener || version_line || cookie_notice || words.print_edition
}

pub fn in_skipped(skipped: &[Span], span: Span) -> bool {
    let k = skipped.partition_point(|s| s.end <= span.start);
    skipped.get(k).is_some_and(|s| s.overlaps(span))
}

/// A sentence ending in a question mark (before any closing quotation marks).
pub fn is_question(doc: &Document, tokens: Range<usize>) -> bool {
    let ends_in_question_mark = tokens
        .clone()
        .rev()
        .take(4)
        .map(|i| doc.word(i))
        .find(|w| !matches!(*w, "”" | "\"" | "’" | "'" | ")" | "»"))
        .is_some_and(|w| w == "?");
    // Asked first: most sentences end otherwise, and the scans below could only say no.
    if !ends_in_question_mark {
        return false;
    }
    // "Graham said, “How many of you believe ...?”": a quoted question reported by a
    // speech verb before its opening mark is a statement of the article.
    let open = tokens
        .clone()
        .rev()
        .find(|&i| matches!(doc.word(i), "“" | "\"" | "«"))
        .filter(|&i| i > tokens.start);
    let q = tokens.clone().rev().find(|&i| doc.word(i) == "?");
    let inside = |o: usize| {
        q.is_some_and(|q| q > o && (q + 1..tokens.end).any(|i| matches!(doc.word(i), "”" | "\"" | "»")))
    };
    // ... also when the question mark follows the quotation ("... saying “pray for him”?"),
    // unless the sentence opens as a question ("Did Graham say “we lose”?").
    let asks = in_class(class::QUESTION_OPENER, doc.lower(tokens.start));
    if let Some(o) = open.filter(|&o| inside(o) || !asks) {
        if (tokens.start..o).any(|i| super::cues::cues().is_speech(doc.lower(i))) {
            return false;
        }
    }
    true
}

/// "Chinese Military behind cyber attacks in Japan: Report" -- a headline line ending
/// in ": Report" is an attributed claim with no source.
pub fn headline_report(doc: &Document, n: usize) -> Option<Found> {
    let s = &doc.sentences[n];
    let (a, b) = (s.tokens.start, s.tokens.end);
    if b < a + 3 {
        return None;
    }
    let own_line = (n == 0 || doc.tokens[a].breaks_before > 0)
        && doc.tokens.get(b).is_none_or(|t| t.breaks_before > 0);
    let last = doc.lower(b - 1);
    if !own_line
        || !matches!(last, "report" | "reports")
        || !matches!(doc.word(b - 2), ":" | "–" | "—" | "-")
    {
        return None;
    }
    let content = super::content::trim(doc.text, doc.span_of(a, b - 2))?;
    Some(Found {
        kind: ClaimKind::Attributed,
        cue: (b - 1, b),
        source: None,
        content,
        direct: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one line of `t` skipped as furniture (there must be exactly one).
    fn the_skipped_line(t: &str) -> &str {
        let skip = skipped_lines(&Document::parse(t));
        assert_eq!(skip.len(), 1, "{skip:?}");
        skip[0].text(t)
    }

    #[test]
    fn cookie_lines_and_questions() {
        let t = "He said so.\n\nThis website uses cookies. Accept\nDid she say it?";
        assert!(the_skipped_line(t).starts_with("This website"));
        let doc = Document::parse(t);
        let last = doc.sentences.last().unwrap();
        assert!(is_question(&doc, last.tokens.clone()));
    }

    #[test]
    fn a_paragraph_about_cookies_is_no_cookie_notice() {
        // Every line naming a cookie used to be skipped as a cookie notice.
        let t = "The magazine said the cookie poll winner predicted the race.\n\nWe use cookies to improve your experience.";
        assert!(the_skipped_line(t).starts_with("We use cookies"));
    }

    #[test]
    fn a_reported_quoted_question_is_no_question() {
        let t = "Graham said, “How many of you believe that?”";
        let doc = Document::parse(t);
        assert!(!is_question(&doc, doc.sentences[0].tokens.clone()));
        let t = "Did Graham say “we lose”?";
        let doc = Document::parse(t);
        assert!(is_question(&doc, doc.sentences[0].tokens.clone()));
    }

    #[test]
    fn print_edition_lines_are_furniture() {
        let t = "He said so.\n\nRead the print edition of the paper.\nThe printers said the edition sold out.";
        assert!(the_skipped_line(t).starts_with("Read the print edition"));
    }

    #[test]
    fn headline_report() {
        let t = "Military behind attacks in Japan: Report\n\nBody.";
        let doc = Document::parse(t);
        let f = super::headline_report(&doc, 0).unwrap();
        assert_eq!(f.content.text(t), "Military behind attacks in Japan");
    }
}
