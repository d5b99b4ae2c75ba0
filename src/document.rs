//! The text after the first two stages: tokens and sentences, which every later stage reads.

use crate::model::Span;
use crate::sentences::{self, Sentence};
use crate::tokens::{self, Token};

pub struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl<'t> Document<'t> {
    pub fn parse(text: &'t str) -> Document<'t> {
        let tokens = tokens::tokenize(text);
        let sentences = sentences::split(text, &tokens);
        Document {
            text,
            tokens,
            sentences,
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].span.text(self.text)
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// The span from the start of token `from` to the end of token `to - 1`.
    pub fn span_of(&self, from: usize, to: usize) -> Span {
        debug_assert!(from < to);
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }
}
