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
    /// Whether an ASCII hyphen joins parts of this token ("cyber-attacks", "37-year-old"):
    /// known here for free, where later stages searched the text for hyphens.
    pub hyphenated: bool,
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

/// ASCII byte classes, looked up where the tokenizer goes a byte at a time (a load, where the
/// range tests were several compares and branches a byte).
const SPACE: u8 = 1; // whitespace and controls: they separate tokens
const ALNUM: u8 = 2; // letters and digits: a run of them needs no decoding
const JOIN: u8 = 3; // may continue a word or number: "-", "/", "&", "'", ",", ".", ":"
static CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            0..=b' ' | 0x7f => SPACE,
            b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => ALNUM,
            b'-' | b'/' | b'&' | b'\'' | b',' | b'.' | b':' => JOIN,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The class of byte `b`: 0 for any byte of a non-ASCII character.
fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return class(c as u8) == ALNUM;
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks continue the word they follow ("e" + U+0301).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Whether the slash at byte `slash` ends the word that starts at `start`: "Reuters/John Smith",
/// "AP Photo/Evan Vucci" (a credit) split between a capitalised word and a name, as do two
/// words in capitals of four letters or more ("BEIRUT/JERUSALEM", a dateline's two places);
/// "AC/DC", "NBC/WSJ", "and/or", "24/7" and a URL's path stay whole. Out of line: slashes are
/// rare.
#[inline(never)]
fn splits_at_slash(text: &str, start: usize, slash: usize) -> bool {
    let word = &text[start..slash];
    let mut name = text[slash + 1..].chars();
    let capitals = |w: &str| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_uppercase());
    let after = text[slash + 1..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    (capitals(word) && capitals(after))
        || (word.starts_with(char::is_uppercase)
            && word.bytes().any(|b| b.is_ascii_lowercase())
            && name.next().is_some_and(char::is_uppercase)
            && name.next().is_some_and(char::is_lowercase))
}

/// The end of a web name the tokenizer keeps in one word: "org" of "FactCheck.org".
pub fn is_top_level_domain(end: &str) -> bool {
    matches!(end, "com" | "org" | "net" | "gov" | "edu" | "io" | "co" | "uk" | "news")
}

/// Splits `text` into tokens. Linear in the length of the text, and it allocates only
/// the tokens: positions are byte offsets, characters decoded where they are looked at.
pub fn tokenize(text: &str) -> Vec<Token> {
    let n = text.len();
    let bytes = text.as_bytes();
    // The character at byte `b` (None at the end), and the byte after it; an ASCII byte
    // is its own character (most are), anything else is decoded.
    let ch = |b: usize| match bytes.get(b) {
        Some(&x) if x.is_ascii() => Some(char::from(x)),
        Some(_) => text[b..].chars().next(),
        None => None,
    };
    let next = |b: usize| ch(b).map_or(n, |c| b + c.len_utf8());
    // News text has a token per five or six bytes: room for all of them in most texts
    // (n / 6 was regrown, and so copied, for nearly every article).
    let mut tokens = Vec::with_capacity(n / 5);
    let mut i = 0;
    let mut breaks: u8 = 0;
    let mut space = false;
    loop {
        // ASCII spaces and controls, a byte at a time (the common case, no decoding).
        let ws = i;
        while i < n && class(bytes[i]) == SPACE {
            i += 1;
        }
        // Line breaks counted apart, and not in the usual single space: that loop kept them
        // (and the flag) in memory, a load and store a byte.
        if i > ws {
            space = true;
            if &bytes[ws..i] != b" " {
                let lines = bytes[ws..i].iter().filter(|&&b| b == b'\n').count();
                breaks = (usize::from(breaks) + lines).min(2) as u8;
            }
        }
        let Some(c) = ch(i) else { break };
        // (An ASCII character here is none of these: the loop above took those.)
        if !c.is_ascii() && (c.is_whitespace() || c.is_control() || is_format(c)) {
            if c == '\n' || c == '\u{2029}' {
                breaks = (breaks + 1).min(2);
            }
            space = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        let mut hyphenated = false;
        if is_word_char(c) {
            kind = if c.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            // An ASCII letter or digit (most words start so) is one byte: no decoding again.
            i = if class(bytes[i]) == ALNUM { i + 1 } else { next(i) };
            loop {
                // Runs of ASCII letters and digits need no decoding.
                while i < n && class(bytes[i]) == ALNUM {
                    i += 1;
                }
                // The common end: a space or punctuation that joins nothing (no decoding).
                if i < n && bytes[i].is_ascii() && class(bytes[i]) != JOIN {
                    break;
                }
                let Some(j) = ch(i) else { break };
                let after = next(i);
                match j {
                    c if is_word_char(c) => i = after,
                    // Internal joiners need a word character on both sides.
                    j if (is_hyphen(j) || j == '/' || j == '&') && ch(after).is_some_and(is_word_char) => {
                        if j == '/' && splits_at_slash(text, start, i) {
                            break;
                        }
                        hyphenated |= j == '-';
                        i = next(after)
                    }
                    j if is_apostrophe(j) && ch(after).is_some_and(char::is_alphabetic) => {
                        // "China’s" -> "China" + "’s": possessives are not part of names.
                        let s_then_end = matches!(ch(after), Some('s' | 'S')) && !ch(next(after)).is_some_and(is_word_char);
                        if s_then_end {
                            break;
                        }
                        i = next(after);
                    }
                    // "1,700", "2.5", "9:30": separators between digits (the one before
                    // is a digit when it is an ASCII byte that is one).
                    // ("N80.2 billion", "RM2.5": a currency's letter before the digits.)
                    ',' | '.' | ':'
                        if text.as_bytes()[i - 1].is_ascii_digit()
                            && ch(after).is_some_and(|p| p.is_ascii_digit()) =>
                    {
                        i = next(after)
                    }
                    _ => break,
                }
            }
            // "FactCheck.org", "bbc.co.uk": a web address's name is one word, its dot no full stop.
            while kind == TokenKind::Word && bytes.get(i) == Some(&b'.') {
                let end = i + 1 + bytes[i + 1..].iter().take_while(|b| b.is_ascii_lowercase()).count();
                if !is_top_level_domain(&text[i + 1..end]) || ch(end).is_some_and(is_word_char) {
                    break;
                }
                i = end;
            }
            // Initialisms: "U.S.", "a.m.", "D.C." -- single letters each followed by a dot.
            if bytes.get(i) == Some(&b'.') && kind == TokenKind::Word && next(start) == i {
                let mut j = i;
                while ch(j) == Some('.')
                    && ch(j + 1).is_some_and(char::is_alphabetic)
                    && !ch(next(j + 1)).is_some_and(is_word_char)
                {
                    j = next(j + 1);
                }
                if j > i && ch(j) == Some('.') {
                    i = j + 1;
                }
            }
        } else if is_apostrophe(c)
            && matches!(ch(next(i)), Some('s' | 'S'))
            && !ch(next(i) + 1).is_some_and(is_word_char)
            // (After a word, or an initialism's dot: "the U.K.'s regulator".)
            && (text[..i].chars().next_back().is_some_and(is_word_char)
                || tokens.last().is_some_and(|t: &Token| t.kind == TokenKind::Word && t.span.end == i && text[..i].ends_with('.')))
        {
            kind = TokenKind::Word; // the split-off possessive "’s"
            i = next(i) + 1;
        } else {
            kind = TokenKind::Punct;
            i += c.len_utf8();
        }
        tokens.push(Token {
            span: Span::new(start, i),
            kind,
            breaks_before: breaks,
            hyphenated,
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
        // After an initialism's dot too (the quote after a stop stays a mark).
        assert_eq!(words("the U.K.'s regulator"), ["the", "U.K.", "'s", "regulator"]);
        assert_eq!(words("in the U.S. 'so far'"), ["in", "the", "U.S.", "'", "so", "far", "'"]);
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
    fn marks_ascii_hyphens_inside_tokens() {
        let text = "cyber-attacks 37-year-old well‐known - self-";
        let marked: Vec<(&str, bool)> = tokenize(text).iter().map(|t| (t.text(text), t.hyphenated)).collect();
        assert_eq!(
            marked,
            [("cyber-attacks", true), ("37-year-old", true), ("well‐known", false), ("-", false), ("self", false), ("-", false)]
        );
    }

    #[test]
    fn sentence_final_initialism_keeps_its_dot() {
        assert_eq!(words("in the U.S. Then"), ["in", "the", "U.S.", "Then"]);
        assert_eq!(words("Plan B."), ["Plan", "B", "."]);
    }
}
