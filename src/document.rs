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
        // Collected or written in place rather than pushed: no capacity test a token. The
        // forms fit in the text's length (tokens do not overlap and no form outgrows its
        // token), plus the 8 bytes `fold_ascii` may write at a time.
        let words: Vec<&'t str> = tokens.iter().map(|t| t.text(text)).collect();
        let mut lowered = vec![0; text.len() + 8];
        let mut lower_ends = vec![0; tokens.len()];
        // A plain loop over local slices: in a closure the length and the buffer were
        // stored and reloaded for every token.
        let mut len = 0;
        let out = lowered.as_mut_slice();
        for (t, end) in tokens.iter().zip(&mut lower_ends) {
            len += fold_ascii(text, t.span, out, len);
            *end = len as u32;
        }
        lowered.truncate(len);
        // Lower-cased all at once (vectorised) rather than a byte at a time per word; bytes,
        // made a string once: ASCII only, so the check is quick.
        lowered.make_ascii_lowercase();
        let lowered = String::from_utf8(lowered).unwrap_or_else(|_| unreachable!("lower-case forms are ASCII"));
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

    /// The lower-case forms (see `lower`) of tokens `from..to` (up to the last), in order,
    /// as bytes: one pass along the ends, without `lower`'s lookups and boundary checks per
    /// token.
    pub fn lowers(&self, from: usize, to: usize) -> impl Iterator<Item = &[u8]> {
        let n = self.lower_ends.len();
        let ends = self.lower_ends.get(from.min(n)..to.min(n)).unwrap_or(&[]);
        let mut start = if from == 0 || ends.is_empty() { 0 } else { self.lower_ends[from - 1] as usize };
        let bytes = self.lowered.as_bytes();
        ends.iter().map(move |&end| {
            let word = &bytes[start..end as usize];
            start = end as usize;
            word
        })
    }

    /// Where each token's lower-case form (see `lower`) ends among the forms end to end: a
    /// form's length is the difference from the one before, for scans that look at lengths
    /// before words.
    pub fn lower_ends(&self) -> &[u32] {
        &self.lower_ends
    }

    /// Every token's lower-case form (see `lower`) end to end, as bytes; `lower_ends` says
    /// where each ends.
    pub fn lower_forms(&self) -> &[u8] {
        self.lowered.as_bytes()
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'t str {
        self.words[i]
    }

    /// The text of every token, in order: for scans of all of them (no bounds check a word).
    pub fn words(&self) -> &[&'t str] {
        &self.words
    }

    /// Whether token `k` opens a line (the text's first token, or one after a line break).
    pub fn opens_line(&self, k: usize) -> bool {
        k == 0 || self.tokens[k].breaks_before > 0
    }

    /// Whether another line soon after token `a` opens with a word in capitals and a colon,
    /// as a transcript's turns do ("MARLOWE: ... GRAYSON: ..."): a dateline has no second.
    pub fn speaker_lines_after(&self, a: usize) -> bool {
        let n = self.tokens.len();
        let caps = |w: &str| w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase);
        (a + 2..n.min(a + 400)).any(|k| self.tokens[k].breaks_before > 0 && k + 1 < n && self.words[k + 1] == ":" && caps(self.words[k]))
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

/// Writes the ASCII form of the token at `span` (see `Document::lower`; lower case once
/// `make_ascii_lowercase` has run) at `out[at..]`, and returns its length (0: none). Bytes
/// of `out` past that length may be overwritten.
#[inline]
fn fold_ascii(text: &str, span: Span, out: &mut [u8], at: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let n = span.len();
    // Most words: up to 8 bytes read, checked and written as one number (no call to memcpy;
    // tokens are never empty, so the shift below is under 64).
    if let (true, Some(src), Some(dst)) = (n <= 8, text.as_bytes().get(span.start..span.start + 8), out.get_mut(at..at + 8)) {
        let x = crate::bytes::u64_le(src) & (u64::MAX >> (64 - 8 * n));
        if x & HIGH == 0 {
            dst.copy_from_slice(&x.to_le_bytes());
            return n;
        }
    }
    let word = span.text(text);
    let out = &mut out[at..];
    if n <= 32 && word.is_ascii() {
        out[..n].copy_from_slice(word.as_bytes());
        return n;
    }
    let mut len = 0;
    for c in word.chars() {
        let c = match c {
            '’' | 'ʼ' => b'\'',
            c if c.is_ascii() => c as u8,
            _ => return 0,
        };
        if len == 32 {
            return 0;
        }
        out[len] = c;
        len += 1;
    }
    len
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
        let lowers = |from, to| doc.lowers(from, to).map(|w| std::str::from_utf8(w).unwrap()).collect::<Vec<_>>();
        assert_eq!(lowers(1, 4), ["", "'s", ""]);
        assert_eq!((lowers(0, 0), lowers(4, 9), lowers(9, 12)), (vec![], vec!["."], vec![]));
    }
}
