//! Tokens: words, numbers and punctuation with their byte spans.
//!
//! Hand-written rather than regex-driven so that one linear pass over the text makes
//! every decision news text needs: "U.S." and "a.m." stay whole, "cyber-attacks",
//! "1,700", "2.5" and "9:30" are one token, and a possessive "’s" is split off
//! because entity spans leave it out.

use crate::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits, apostrophes, hyphens inside): "Kishida", "cyber-attacks", "U.S.".
    Word,
    /// Starts with a digit: "2016", "1,700", "2.5", "9:30", "37-year-old", "1990s".
    Number,
    /// Anything else, one character a token: quotes, dashes, brackets, "$", "%".
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Line breaks in the whitespace before this token (capped at 2: a paragraph break).
    pub breaks_before: u8,
    /// Whether any whitespace precedes this token.
    pub space_before: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks continue the word they follow ("e" + U+0301).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Splits `text` into tokens. Linear in the length of the text.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let ch = |i: usize| if i < n { Some(chars[i].1) } else { None };
    let mut tokens = Vec::with_capacity(n / 4);
    let mut i = 0;
    let mut breaks: u8 = 0;
    let mut space = false;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() || c.is_control() || is_format(c) {
            if c == '\n' || c == '\u{2029}' {
                breaks = (breaks + 1).min(2);
            }
            space = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if is_word_char(c) {
            kind = if c.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            i += 1;
            loop {
                match ch(i) {
                    Some(c) if is_word_char(c) => i += 1,
                    // Internal joiners need a word character on both sides.
                    Some(j)
                        if (is_hyphen(j) || j == '/' || j == '&')
                            && ch(i + 1).is_some_and(is_word_char) =>
                    {
                        i += 2
                    }
                    Some(j) if is_apostrophe(j) && ch(i + 1).is_some_and(char::is_alphabetic) => {
                        // "China’s" -> "China" + "’s": possessives are not part of names.
                        let s_then_end = matches!(ch(i + 1), Some('s' | 'S'))
                            && !ch(i + 2).is_some_and(is_word_char);
                        if s_then_end {
                            break;
                        }
                        i += 2;
                    }
                    // "1,700", "2.5", "9:30": separators between digits.
                    Some(',' | '.' | ':')
                        if kind == TokenKind::Number
                            && ch(i - 1).is_some_and(|p| p.is_ascii_digit())
                            && ch(i + 1).is_some_and(|p| p.is_ascii_digit()) =>
                    {
                        i += 2
                    }
                    _ => break,
                }
            }
            // Initialisms: "U.S.", "a.m.", "D.C." -- single letters each followed by a dot.
            if kind == TokenKind::Word && i - start == 1 && ch(i) == Some('.') {
                let mut j = i;
                while ch(j) == Some('.')
                    && ch(j + 1).is_some_and(char::is_alphabetic)
                    && !ch(j + 2).is_some_and(is_word_char)
                {
                    j += 2;
                }
                if j > i && ch(j) == Some('.') {
                    i = j + 1;
                }
            }
        } else if is_apostrophe(c)
            && matches!(ch(i + 1), Some('s' | 'S'))
            && !ch(i + 2).is_some_and(is_word_char)
            && i > 0
            && is_word_char(chars[i - 1].1)
        {
            kind = TokenKind::Word; // the split-off possessive "’s"
            i += 2;
        } else {
            kind = TokenKind::Punct;
            i += 1;
        }
        tokens.push(Token {
            span: Span::new(byte_at(start), byte_at(i)),
            kind,
            breaks_before: breaks,
            space_before: space,
        });
        breaks = 0;
        space = false;
    }
    tokens
}

/// Invisible format characters (bidi controls, zero-width joiners) separate nothing.
fn is_format(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_news_tokens_whole() {
        assert_eq!(
            words("The U.S. paid $2.5 billion at 9:30 a.m. for 1,700 cyber-attacks."),
            [
                "The",
                "U.S.",
                "paid",
                "$",
                "2.5",
                "billion",
                "at",
                "9:30",
                "a.m.",
                "for",
                "1,700",
                "cyber-attacks",
                "."
            ]
        );
    }

    #[test]
    fn splits_possessive_but_not_contractions() {
        assert_eq!(
            words("China’s PLA didn't O'Brien's"),
            ["China", "’s", "PLA", "didn't", "O'Brien", "'s"]
        );
    }

    #[test]
    fn counts_line_breaks() {
        let t = tokenize("Title\n\nBody text\nmore");
        assert_eq!(
            t.iter().map(|t| t.breaks_before).collect::<Vec<_>>(),
            [0, 2, 0, 1]
        );
    }

    #[test]
    fn accents_cjk_and_emoji() {
        assert_eq!(
            words("López Obrador 東京 👍🏽 e\u{301}t"),
            ["López", "Obrador", "東京", "👍", "🏽", "e\u{301}t"]
        );
    }

    #[test]
    fn sentence_final_initialism_keeps_its_dot() {
        assert_eq!(words("in the U.S. Then"), ["in", "the", "U.S.", "Then"]);
        assert_eq!(words("Plan B."), ["Plan", "B", "."]);
    }
}
