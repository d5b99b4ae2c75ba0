//! Quotation spans: opening and closing marks paired in one linear pass.
//!
//! Curly double quotes pair by direction, straight double quotes alternate, and single
//! curly quotes pair only when an opening ‘ is pending (’ is mostly an apostrophe). A
//! quotation never crosses a paragraph break and is at most `MAX_QUOTE_TOKENS` long, so
//! a stray mark cannot swallow a whole 10 MB text.

use crate::document::Document;

pub const MAX_QUOTE_TOKENS: usize = 600;

/// Paired quotation marks as token indices, sorted by opening mark.
#[derive(Debug, Default)]
pub struct Quotes {
    pairs: Vec<(usize, usize)>,
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

impl Quotes {
    pub fn find(doc: &Document) -> Quotes {
        let mut pairs = Vec::new();
        let mut double: Option<usize> = None;
        let mut single: Option<usize> = None;
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.breaks_before >= 1 {
                double = None;
                single = None;
            }
            if let Some(o) = double {
                if i - o > MAX_QUOTE_TOKENS {
                    double = None;
                }
            }
            if let Some(o) = single {
                if i - o > MAX_QUOTE_TOKENS / 4 {
                    single = None;
                }
            }
            if t.is_word() {
                continue;
            }
            let w = doc.word(i);
            if is_open_double(w) {
                double = Some(i);
            } else if is_close_double(w) {
                if let Some(o) = double.take() {
                    pairs.push((o, i));
                }
            } else if w == "\"" {
                match double.take() {
                    Some(o) => pairs.push((o, i)),
                    None => double = Some(i),
                }
            } else if w == "‘" {
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
        }
        pairs.sort_unstable();
        Quotes { pairs }
    }

    /// The closing mark of the quotation opened at token `open`.
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

    /// The innermost-outer double quotation holding token `i`, if any.
    pub fn enclosing(&self, i: usize) -> Option<(usize, usize)> {
        let k = self.pairs.partition_point(|p| p.0 < i);
        self.pairs[..k]
            .iter()
            .rev()
            .take(8)
            .find(|p| p.0 < i && i < p.1)
            .copied()
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
    fn quotes_do_not_cross_paragraphs() {
        assert_eq!(quoted("“Open\n\nNext “a” b"), ["“a”"]);
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
