//! Word lists compiled into the binary: parsed once, on first use, into sets and
//! automata that later calls share.
//!
//! Data format (every file under `src/data/`): one entry per line; `#` starts a comment
//! line (each file's header says where its entries come from); an optional tab-separated
//! second column carries a value (a label, a canonical name).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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
        // Lower-case short ASCII words on the stack: this runs for most tokens.
        let mut buf = [0u8; 32];
        if word.is_ascii() && word.len() <= buf.len() {
            let lowered = &mut buf[..word.len()];
            lowered.copy_from_slice(word.as_bytes());
            lowered.make_ascii_lowercase();
            self.lower.contains(std::str::from_utf8(lowered).expect("ASCII is UTF-8"))
        } else {
            self.lower.contains(&word.to_lowercase())
        }
    }

    pub fn len(&self) -> usize {
        self.exact.len()
    }

    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }
}

/// Multi-word phrases with a value each, found in text as whole words, leftmost-longest.
///
/// A hash table keyed by each phrase's first run of letters and digits, holding the
/// longest phrase length under that key: at each word start one lookup decides whether
/// anything can match there, and only then are the few candidate ends tried. Building
/// it is a single pass of hashing, which matters for cold start in the browser: an
/// Aho-Corasick automaton over the ~17,000 gazetteer names took most of a 150 ms start-up
/// (failure transitions), while this table builds in a few milliseconds. Matching stays
/// linear: each word start costs one lookup plus at most the candidate ends of a phrase.
pub struct PhraseMatcher<V> {
    phrases: HashMap<String, V>,
    /// First alphanumeric run of a phrase -> the longest phrase (bytes) starting with it.
    first_runs: HashMap<String, usize>,
    ascii_case_insensitive: bool,
}

/// The first run of alphanumeric characters of `s`, from its start.
fn first_run(s: &str) -> &str {
    let end = s.char_indices().find(|&(_, c)| !c.is_alphanumeric()).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

impl<V: Clone> PhraseMatcher<V> {
    /// Builds from `(phrase, value)` pairs; a phrase listed twice keeps its first value.
    pub fn new<'a>(phrases: impl IntoIterator<Item = (&'a str, V)>, ascii_case_insensitive: bool) -> PhraseMatcher<V> {
        let mut matcher = PhraseMatcher { phrases: HashMap::default(), first_runs: HashMap::default(), ascii_case_insensitive };
        for (phrase, value) in phrases {
            let key = if ascii_case_insensitive { phrase.to_ascii_lowercase() } else { phrase.to_string() };
            let run = first_run(&key);
            // A phrase must start with a letter or digit to start at a word boundary.
            if run.is_empty() || matcher.phrases.contains_key(&key) {
                continue;
            }
            let longest = matcher.first_runs.entry(run.to_string()).or_insert(0);
            *longest = (*longest).max(key.len());
            matcher.phrases.insert(key, value);
        }
        matcher
    }

    /// Every whole-word match in `text`: `(start, end, value)` in byte offsets,
    /// leftmost first, the longest phrase at each start, never overlapping.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, &'a V)> + 'a {
        let bytes = text.as_bytes();
        let mut pos = 0;
        let mut lowered = String::new();
        std::iter::from_fn(move || {
            while pos < text.len() {
                let start = pos;
                let c = text[start..].chars().next().expect("pos on a char boundary");
                pos += c.len_utf8();
                let at_word_start = c.is_alphanumeric() && !text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
                if !at_word_start {
                    continue;
                }
                let run_end = start + first_run(&text[start..]).len();
                let run = &text[start..run_end];
                let longest = self.get(&self.first_runs, run, &mut lowered);
                let Some(&longest) = longest else {
                    pos = run_end;
                    continue;
                };
                // Candidate ends: word boundaries from the first run up to the longest phrase.
                let limit = (start + longest).min(text.len());
                let mut end = limit;
                while end >= run_end {
                    if text.is_char_boundary(end) {
                        let boundary_after = !text[end..].chars().next().is_some_and(char::is_alphanumeric);
                        let ends_word = end == run_end || bytes[end - 1] != b' ';
                        if boundary_after && ends_word {
                            let candidate = &text[start..end];
                            let value = self.get(&self.phrases, candidate, &mut lowered);
                            if let Some(v) = value {
                                pos = end;
                                return Some((start, end, v));
                            }
                        }
                    }
                    end -= 1;
                }
                pos = run_end;
            }
            None
        })
    }

    /// Looks `key` up in `map`, folding ASCII case first (into `buf`) if this matcher does.
    fn get<'m, T>(&self, map: &'m HashMap<String, T>, key: &str, buf: &mut String) -> Option<&'m T> {
        if !self.ascii_case_insensitive {
            return map.get(key);
        }
        buf.clear();
        buf.push_str(key);
        buf.make_ascii_lowercase();
        map.get(buf.as_str())
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
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

    #[test]
    fn phrases_with_dots_apostrophes_and_case_folding() {
        let m = PhraseMatcher::new([("U.S.", 1), ("People’s Liberation Army", 2), ("U.S. Navy", 3), ("according to", 4)], true);
        let text = "The U.S. and the people’s liberation army; U.S. Navy ships, ACCORDING TO U.S.A.";
        let found: Vec<_> = m.find_iter(text).map(|(s, e, v)| (&text[s..e], *v)).collect();
        assert_eq!(found, [("U.S.", 1), ("people’s liberation army", 2), ("U.S. Navy", 3), ("ACCORDING TO", 4)]);
    }

    #[test]
    fn a_longer_non_word_match_does_not_hide_a_shorter_word() {
        let m = PhraseMatcher::new([("New York", 1), ("New Yorker", 2), ("York", 3)], false);
        let text = "New Yorkers in York.";
        let found: Vec<_> = m.find_iter(text).map(|(s, e, v)| (&text[s..e], *v)).collect();
        assert_eq!(found, [("York", 3)]);
    }
}
