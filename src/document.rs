//! The text after the first two stages: tokens and sentences, which every later stage reads.

use crate::model::Span;
use crate::sentences::{self, Sentence};
use crate::tokens::{self, Token};

pub struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Each token's text, sliced once: the rules ask for words at nearly every step, and in
    /// the size-optimised wasm build a slice of the text each time was a call with two
    /// character-boundary checks.
    words: Vec<&'t str>,
    /// Every token's lower-case form (see `lower`), end to end; `lower_ends[i]` ends token `i`'s.
    lowered: String,
    lower_ends: Vec<u32>,
}

impl<'t> Document<'t> {
    pub fn parse(text: &'t str) -> Document<'t> {
        let tokens = tokens::tokenize(text);
        let sentences = sentences::split(text, &tokens);
        // One pass for both tables. Bytes, made a string once: ASCII only, so the check is
        // quick; no longer than the text, as tokens do not overlap and no form outgrows its token.
        let mut words = Vec::with_capacity(tokens.len());
        let mut lowered = Vec::with_capacity(text.len());
        let mut lower_ends = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let w = t.text(text);
            words.push(w);
            fold_ascii(w, &mut lowered);
            lower_ends.push(lowered.len() as u32);
        }
        // Lower-cased all at once (vectorised) rather than a byte at a time per word.
        lowered.make_ascii_lowercase();
        let lowered = String::from_utf8(lowered).expect("lower-case forms are ASCII");
        Document {
            text,
            tokens,
            sentences,
            words,
            lowered,
            lower_ends,
        }
    }

    /// Token `i` in lower case, the curly apostrophe as a straight one ("’s" -> "'s"); empty
    /// for a word with letters beyond ASCII, longer than 32 bytes, or `i` past the end.
    /// Computed once per document: the rules compare words with lists this way many times.
    pub fn lower(&self, i: usize) -> &str {
        match self.lower_ends.get(i) {
            Some(&end) => {
                let start = if i == 0 { 0 } else { self.lower_ends[i - 1] };
                &self.lowered[start as usize..end as usize]
            }
            None => "",
        }
    }

    /// The lower-case forms (see `lower`) of tokens `from..to`, end to end: a substring
    /// search of it says at once whether any of those tokens can be a given word.
    pub fn lower_joined(&self, from: usize, to: usize) -> &str {
        if from >= to {
            return "";
        }
        let start = if from == 0 { 0 } else { self.lower_ends[from - 1] };
        &self.lowered[start as usize..self.lower_ends[to - 1] as usize]
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'t str {
        self.words[i]
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// `token_at_or_after(offset)`, searched forward from token `from`, the answer for an
    /// offset at or before this one: found mentions come in text order, so the answer is
    /// near, and a galloping search touches a few tokens where a binary search over all of
    /// them missed the cache at every step (a tenth of the time on 10 MB).
    pub fn token_at_or_after_from(&self, offset: usize, from: usize) -> usize {
        let from = from.min(self.tokens.len());
        if from > 0 && self.tokens[from - 1].span.start >= offset {
            return self.token_at_or_after(offset); // not a later offset: search all
        }
        let rest = &self.tokens[from..];
        let mut bound = 1;
        while bound < rest.len() && rest[bound - 1].span.start < offset {
            bound *= 2;
        }
        from + rest[..bound.min(rest.len())].partition_point(|t| t.span.start < offset)
    }

    /// A `TokenCursor` at the first token.
    pub fn cursor(&self) -> TokenCursor<'_, 't> {
        TokenCursor { doc: self, at: 0 }
    }

    /// The span from the start of token `from` to the end of token `to - 1`.
    pub fn span_of(&self, from: usize, to: usize) -> Span {
        debug_assert!(from < to);
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }
}

/// Tokens for offsets asked in text order (the mentions of a stage, one after another): each
/// answer is searched from the one before (`Document::token_at_or_after_from`).
pub struct TokenCursor<'d, 't> {
    doc: &'d Document<'t>,
    at: usize,
}

impl TokenCursor<'_, '_> {
    /// `Document::token_at_or_after(offset)`.
    pub fn at_or_after(&mut self, offset: usize) -> usize {
        self.at = self.doc.token_at_or_after_from(offset, self.at);
        self.at
    }
}

/// Appends `word`'s ASCII form to `out`, the apostrophe straightened, or nothing (see
/// `Document::lower`): lower case after `make_ascii_lowercase`.
fn fold_ascii(word: &str, out: &mut Vec<u8>) {
    let start = out.len();
    if word.len() <= 32 && word.is_ascii() {
        out.extend_from_slice(word.as_bytes()); // lower-cased by the caller
        return;
    }
    for c in word.chars() {
        let c = match c {
            '’' | 'ʼ' => '\'',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            _ => {
                out.truncate(start);
                return;
            }
        };
        if out.len() - start == 32 {
            out.truncate(start);
            return;
        }
        out.push(c as u8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_search_from_a_cursor_agrees_with_the_full_search() {
        let doc = Document::parse("The U.S. and Japan said on Tuesday, 9:30 a.m., that “talks” failed. Zürich 東京 👍🏽 end.");
        let n = doc.text.len();
        for offset in 0..=n + 1 {
            let want = doc.token_at_or_after(offset);
            for from in 0..=doc.tokens.len() + 1 {
                assert_eq!(doc.token_at_or_after_from(offset, from), want, "offset {offset} from {from}");
            }
        }
    }

    #[test]
    fn lower_forms_are_ascii_short_and_straight_quoted() {
        let doc = Document::parse("Said López’s thisisawordoverthirtytwobyteslongforsure .");
        let forms: Vec<&str> = (0..doc.tokens.len() + 1).map(|i| doc.lower(i)).collect();
        assert_eq!(forms, ["said", "", "'s", "", ".", ""]);
        assert_eq!((doc.lower_joined(0, 3), doc.lower_joined(2, 5), doc.lower_joined(3, 3)), ("said's", "'s.", ""));
    }
}
