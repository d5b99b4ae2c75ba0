//! Quotation spans: opening and closing marks paired in one linear pass.
//!
//! Curly double quotes pair by direction, straight double quotes alternate, and single
//! curly quotes pair only when an opening ‘ is pending (’ is mostly an apostrophe). A
//! quotation never crosses a paragraph break and is at most `MAX_QUOTE_TOKENS` long, so
//! a stray mark cannot swallow a whole 10 MB text.

use crate::document::Document;

pub const MAX_QUOTE_TOKENS: usize = 600;

/// Paired quotation marks, sorted by opening mark. A mark is one token, or two for the
/// NYT-style double apostrophe `''`; `open` is the last token of the opening mark and
/// `close` the first token of the closing one, so the quoted words lie strictly between.
#[derive(Debug, Default)]
pub struct Quotes {
    pairs: Vec<(usize, usize)>,
    /// Paragraphs quoted whole and continued: opened at the paragraph's start, left open at
    /// its end, the next paragraph opening again (the news convention for a quotation running
    /// over paragraphs). (opening mark, first token of the next paragraph); only `enclosing`
    /// reads them: such a quotation has no closing mark a content could end at.
    continued: Vec<(usize, usize)>,
}

fn is_open_double(w: &str) -> bool {
    matches!(w, "“" | "«" | "„")
}
fn is_close_double(w: &str) -> bool {
    matches!(w, "”" | "»")
}

pub fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "‘" | "’" | "«" | "»" | "„" | "'")
}

/// Whether the quotation between marks `open` and `close` holds four tokens or fewer: a
/// writer's scare quotes round a name or a verb ('his "Arizona" coalition', 'it "firmly
/// rejects"'), no quotation said.
pub fn is_scare_quote(open: usize, close: usize) -> bool {
    close <= open + 4
}

/// Whether tokens `i` and `i + 1` are the two apostrophes of a `''` mark.
pub fn double_apostrophe(doc: &Document, i: usize) -> bool {
    i + 1 < doc.tokens.len()
        && doc.word(i) == "'"
        && doc.word(i + 1) == "'"
        && !doc.tokens[i + 1].space_before
}

/// The last token of a quotation mark starting at `i` (`i`, or `i + 1` for `''`).
pub fn mark_end(doc: &Document, i: usize) -> usize {
    if double_apostrophe(doc, i) {
        i + 1
    } else {
        i
    }
}

/// The first token of a quotation mark ending at `i` (`i`, or `i - 1` for `''`).
pub fn mark_start(doc: &Document, i: usize) -> usize {
    if i > 0 && double_apostrophe(doc, i - 1) {
        i - 1
    } else {
        i
    }
}

/// Whether the straight mark `'` at `i` opens a quotation: at a line's start or after a
/// space, a colon or a dash, and right before a capitalised word (not "'90s", "'em", nor an
/// apostrophe after a word: "workers' union").
fn opens_straight_single(doc: &Document, i: usize) -> bool {
    let after_gap = i == 0 || doc.tokens[i].space_before || doc.tokens[i].breaks_before >= 1 || matches!(doc.word(i - 1), ":" | "—" | "(");
    let next_capital = doc.tokens.get(i + 1).is_some_and(|n| !n.space_before && n.is_word() && doc.word(i + 1).starts_with(|c: char| c.is_uppercase()));
    after_gap && next_capital
}

impl Quotes {
    pub fn find(doc: &Document) -> Quotes {
        let mut pairs = Vec::new();
        let mut continued = Vec::new();
        let mut double: Option<usize> = None;
        let mut single: Option<usize> = None;
        // The last token after a line break: an opening mark before it is dropped when the
        // next mark comes (where every token cleared them before), as is one too far back.
        let mut line_start = 0;
        let bytes = doc.text.as_bytes();
        let mut i = 0;
        while i < doc.tokens.len() {
            let t = &doc.tokens[i];
            if t.breaks_before >= 1 {
                line_start = i;
            }
            // Only signs starting like a mark can be one: '"', '\'', the curly quotes and '„'
            // (0xE2 ...), '«' and '»' (0xC2 ...). Most tokens are words or other signs.
            if t.is_word() || !matches!(bytes[t.span.start], b'"' | b'\'' | 0xE2 | 0xC2) {
                i += 1;
                continue;
            }
            let w = doc.word(i);
            if let Some(o) = double.filter(|&o| o < line_start) {
                let opens_line = |k: usize| k == 0 || doc.tokens[k].breaks_before >= 1;
                let opening = is_open_double(w) || w == "\"" || double_apostrophe(doc, i);
                // (`o` is the mark's last token: one before it for `''`.)
                if i == line_start && opening && (opens_line(o) || (o > 0 && opens_line(o - 1) && double_apostrophe(doc, o - 1))) {
                    continued.push((o, line_start));
                }
            }
            double = double.filter(|&o| o >= line_start && i - o <= MAX_QUOTE_TOKENS);
            single = single.filter(|&o| o >= line_start && i - o <= MAX_QUOTE_TOKENS / 4);
            if is_open_double(w) {
                double = Some(i);
            } else if is_close_double(w) {
                if let Some(o) = double.take() {
                    pairs.push((o, i));
                }
            } else if w == "\"" || double_apostrophe(doc, i) {
                let last = mark_end(doc, i);
                match double.take() {
                    Some(o) => pairs.push((o, i)),
                    None => double = Some(last),
                }
                i = last + 1;
                continue;
            } else if w == "‘" {
                single = Some(i);
            } else if w == "'" && single.is_none() && opens_straight_single(doc, i) {
                // "'We have lost everything,' said ...": a straight quotation mark, as British
                // copy quotes.
                single = Some(i);
            } else if w == "’" || w == "'" {
                if let Some(o) = single {
                    let next_is_letter = doc
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| !n.space_before && n.is_word());
                    if !next_is_letter {
                        pairs.push((o, i));
                        single = None;
                    }
                }
            }
            i += 1;
        }
        crate::order::sort_by_u64_key(&mut pairs, |&(a, b)| crate::order::pair_key(a, b));
        Quotes { pairs, continued }
    }

    /// The closing mark (its first token) of the quotation whose opening mark starts
    /// at token `open`.
    pub fn closing_of_at(&self, doc: &Document, open: usize) -> Option<(usize, usize)> {
        let last = mark_end(doc, open);
        self.pairs
            .binary_search_by_key(&last, |p| p.0)
            .ok()
            .map(|k| self.pairs[k])
    }

    /// The closing mark of the quotation opened at token `open` (last token of the mark).
    pub fn closing_of(&self, open: usize) -> Option<usize> {
        self.pairs
            .binary_search_by_key(&open, |p| p.0)
            .ok()
            .map(|k| self.pairs[k].1)
    }

    /// The opening mark of the quotation closed at token `close`.
    pub fn opening_of(&self, close: usize) -> Option<usize> {
        // Quotations do not nest in `pairs` except single inside double; scan the few
        // pairs opening before `close`, nearest first.
        let k = self.pairs.partition_point(|p| p.0 < close);
        self.pairs[..k]
            .iter()
            .rev()
            .take(8)
            .find(|p| p.1 == close)
            .map(|p| p.0)
    }

    /// The quotation holding token `i`, if any.
    pub fn enclosing(&self, i: usize) -> Option<(usize, usize)> {
        let k = self.pairs.partition_point(|p| p.0 < i);
        self.pairs[..k]
            .iter()
            .rev()
            .take(8)
            .find(|p| p.0 < i && i < p.1)
            .copied()
            .or_else(|| {
                let k = self.continued.partition_point(|p| p.0 < i);
                self.continued[..k].last().filter(|p| i < p.1).copied()
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let doc = Document::parse(text);
        let q = Quotes::find(&doc);
        q.pairs
            .iter()
            .map(|&(a, b)| doc.span_of(a, b + 1).text(text).to_string())
            .collect()
    }

    #[test]
    fn pairs_curly_straight_and_single_quotes() {
        assert_eq!(
            quoted("“We won’t sell,” said Zoë. He said \"no\" and ‘maybe’ too."),
            ["“We won’t sell,”", "\"no\"", "‘maybe’"]
        );
    }

    #[test]
    fn pairs_double_apostrophes() {
        assert_eq!(quoted("''We won,'' he said."), ["'We won,'"]);
    }

    #[test]
    fn quotes_do_not_cross_paragraphs() {
        assert_eq!(quoted("“Open\n\nNext “a” b"), ["“a”"]);
    }

    #[test]
    fn a_quotation_continued_over_paragraphs_encloses_them() {
        let text = "“We did nothing wrong.\n“We will appeal,” he said.";
        let doc = Document::parse(text);
        let q = Quotes::find(&doc);
        assert_eq!(q.enclosing(2), Some((0, 6)));
        assert_eq!(q.enclosing(8), Some((6, 11)));
        assert_eq!(q.enclosing(13), None);
        // A stray mark in mid-line continues nothing.
        let doc = Document::parse("He said “no\n“We will appeal,” he said.");
        assert_eq!(Quotes::find(&doc).enclosing(3), None);
    }

    #[test]
    fn finds_partners_and_enclosing_quote() {
        let text = "A said “x y z” end";
        let doc = Document::parse(text);
        let q = Quotes::find(&doc);
        assert_eq!(q.closing_of(2), Some(6));
        assert_eq!(q.opening_of(6), Some(2));
        assert_eq!(q.enclosing(4), Some((2, 6)));
        assert_eq!(q.enclosing(7), None);
    }
}
