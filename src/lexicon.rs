//! Word lists compiled into the binary: parsed once, on first use, into sets and
//! automata that later calls share.
//!
//! Data format (every file under `src/data/`): one entry per line; `#` starts a comment
//! line (each file's header says where its entries come from); an optional tab-separated
//! second column carries a value (a label, a canonical name).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::{HashMap, HashSet};

/// The entries of a data file: `(entry, value)` pairs, value empty when absent.
pub fn entries(data: &str) -> impl Iterator<Item = (&str, &str)> {
    data.lines().filter_map(|line| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let mut cols = line.splitn(2, '\t');
        let entry = cols.next()?.trim();
        let value = cols.next().unwrap_or("").trim();
        Some((entry, value))
    })
}

/// A set of single words, looked up exactly or case-insensitively.
#[derive(Debug, Default)]
pub struct Lexicon {
    exact: HashSet<String>,
    lower: HashSet<String>,
}

impl Lexicon {
    pub fn from_data(data: &str) -> Lexicon {
        Lexicon::from_many(&[data])
    }

    pub fn from_many(data: &[&str]) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for d in data {
            for (entry, _) in entries(d) {
                lexicon.exact.insert(entry.to_string());
                lexicon.lower.insert(entry.to_lowercase());
            }
        }
        lexicon
    }

    pub fn contains(&self, word: &str) -> bool {
        self.exact.contains(word)
    }

    pub fn contains_lowercase(&self, word: &str) -> bool {
        if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
            self.lower.contains(&word.to_lowercase())
        } else {
            self.lower.contains(word)
        }
    }

    pub fn len(&self) -> usize {
        self.exact.len()
    }

    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }
}

/// Multi-word phrases with a value each, found in text by one Aho-Corasick automaton.
///
/// Matches are leftmost-longest and must start and end on word boundaries, so
/// "Japan" is not found inside "Japanese".
pub struct PhraseMatcher<V> {
    automaton: AhoCorasick,
    values: Vec<V>,
}

impl<V: Clone> PhraseMatcher<V> {
    /// Builds from `(phrase, value)` pairs; a phrase listed twice keeps its first value.
    pub fn new<'a>(
        phrases: impl IntoIterator<Item = (&'a str, V)>,
        ascii_case_insensitive: bool,
    ) -> PhraseMatcher<V> {
        let mut seen = HashMap::new();
        let mut patterns = Vec::new();
        let mut values = Vec::new();
        for (phrase, value) in phrases {
            let key = if ascii_case_insensitive {
                phrase.to_ascii_lowercase()
            } else {
                phrase.to_string()
            };
            if phrase.is_empty() || seen.insert(key, ()).is_some() {
                continue;
            }
            patterns.push(phrase.to_string());
            values.push(value);
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(ascii_case_insensitive)
            .build(&patterns)
            .expect("word lists build an automaton");
        PhraseMatcher { automaton, values }
    }

    /// Every whole-word match in `text`: `(start, end, value)` in byte offsets.
    pub fn find_iter<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, &'a V)> + 'a {
        self.automaton.find_iter(text).filter_map(move |m| {
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric());
            (boundary(before) && boundary(after))
                .then(|| (s, e, &self.values[m.pattern().as_usize()]))
        })
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_data_files() {
        let data = "# header\nJapan\tGPE\n\nEast China Sea\tLOC\r\n";
        assert_eq!(
            entries(data).collect::<Vec<_>>(),
            [("Japan", "GPE"), ("East China Sea", "LOC")]
        );
    }

    #[test]
    fn phrases_match_whole_words_longest_first() {
        let m = PhraseMatcher::new([("Japan", 1), ("China", 2), ("East China Sea", 3)], false);
        let text = "Japanese ships in the East China Sea near Japan.";
        let found: Vec<_> = m
            .find_iter(text)
            .map(|(s, e, v)| (&text[s..e], *v))
            .collect();
        assert_eq!(found, [("East China Sea", 3), ("Japan", 1)]);
    }
}
