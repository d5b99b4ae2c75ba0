//! Grouping mentions into entities: "Fumio Kishida" and "Kishida", "Japanese Aerospace
//! Exploration Agency" and "JAXA" are one entity each.

use crate::entities::Found;
use crate::lexicon::{entries, keep_for_process, line_count, Fold, Table};
use crate::model::{Entity, Label, Mention};
use hashbrown::HashTable;
use rustc_hash::{FxBuildHasher, FxHashMap as HashMap};
use std::hash::BuildHasher;
use std::sync::OnceLock;

/// Country names and short forms by their canonical name, normalised:
/// "us", "usa", "america" -> "unitedstates".
fn country_canon() -> &'static Table<&'static str> {
    static MAP: OnceLock<Table<&'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let data = crate::data!("gazetteer/countries.txt");
        // Every name and canonical form normalised end to end into one buffer kept for
        // the process: no allocation per country (this is part of the page's first call).
        let mut buffer = Vec::with_capacity(data.len());
        let mut ranges = Vec::with_capacity(line_count(data));
        // A country without a canonical name is its own (build.rs leaves out such values).
        for (name, canon) in entries(data).map(|(name, canon)| (name, if canon.is_empty() { name } else { canon })) {
            let start = buffer.len();
            normalize_into(name, &mut buffer);
            let middle = buffer.len();
            normalize_into(canon, &mut buffer);
            ranges.push((start, middle, buffer.len()));
        }
        let buffer = keep_for_process(String::from_utf8(buffer).unwrap_or_else(|_| unreachable!("normalised names are UTF-8")));
        let mut map = Table::new(Fold::Exact, ranges.len());
        for (start, middle, end) in ranges {
            *map.insert(&buffer[start..middle], &buffer[middle..end]) = &buffer[middle..end];
        }
        map
    })
}

/// Appends the grouping key of a name to `keys`: its label (a byte), then its canonical
/// form for places ("U.S." and "United States" share one), its letters and digits in
/// lower case otherwise.
fn key_into(label: Label, name: &str, keys: &mut Vec<u8>) {
    let start = keys.len();
    keys.push(label as u8);
    normalize_into(name, keys);
    if label == Label::Gpe {
        let norm = std::str::from_utf8(&keys[start + 1..]).unwrap_or_else(|_| unreachable!("a normalised name is UTF-8"));
        if let Some(canon) = country_canon().get(norm) {
            keys.truncate(start + 1);
            keys.extend_from_slice(canon.as_bytes());
        }
    }
}

/// The entity of each grouping key. The keys are written end to end in one buffer and
/// the table holds their ranges: no allocation per key.
struct Keys {
    bytes: Vec<u8>,
    /// (start, end) in `bytes`, entity id.
    table: HashTable<(usize, usize, usize)>,
}

impl Keys {
    fn with_capacity(n: usize) -> Keys {
        Keys { bytes: Vec::with_capacity(n * 16), table: HashTable::with_capacity(n) }
    }

    /// The entity keyed like `name`, or `new(name)`'s, filed under the key.
    fn get_or_insert(&mut self, label: Label, name: &str, new: impl FnOnce() -> usize) -> usize {
        let start = self.bytes.len();
        key_into(label, name, &mut self.bytes);
        let Keys { bytes, table } = self;
        let hash = |k: &[u8]| FxBuildHasher.hash_one(k);
        let key = &bytes[start..];
        if let Some(&(_, _, id)) = table.find(hash(key), |&(s, e, _)| bytes[s..e] == *key) {
            bytes.truncate(start);
            return id;
        }
        let id = new();
        let end = bytes.len();
        table.insert_unique(hash(&bytes[start..]), (start, end, id), |&(s, e, _)| hash(&bytes[s..e]));
        id
    }
}

/// Turns found mentions (any order, non-overlapping) into sorted mentions and entities.
pub fn group<'t>(text: &'t str, mut found: Vec<Found>) -> (Vec<Mention>, Vec<Entity>) {
    crate::order::sort_by_u64_key(&mut found, |f| crate::order::pair_key(f.span.start, f.span.end));
    let mut entities: Vec<Entity> = Vec::with_capacity(found.len());
    let mut keys = Keys::with_capacity(found.len());
    let mut names: NameIndex<'t> = NameIndex::with_capacity(found.len());
    // Each entity's name as the text of the mention it is taken from (slices of the text,
    // so that the word buffers can be reused from one name to the next) and its length in
    // characters (`Entity::name` holds its span).
    let mut spelled: Vec<(&'t str, usize)> = Vec::with_capacity(found.len());
    // Room for the words of most names: no regrowth of the two buffers.
    let mut words = Words { name: Vec::with_capacity(8), other: Vec::with_capacity(8) };
    let mut mentions = Vec::with_capacity(found.len());
    for f in found {
        let name = f.span.text(text);
        // Whether `find_alias` left this name's words in `words.name`.
        let mut split = false;
        // Most names are ASCII: a byte count.
        let chars = if name.is_ascii() { name.len() } else { name.chars().count() };
        let id = keys.get_or_insert(f.label, name, || {
            split = true;
            find_alias(&names, &entities, &spelled, f.label, name, &mut words).unwrap_or_else(|| {
                entities.push(Entity {
                    label: f.label,
                    name: f.span,
                    mentions: 0,
                });
                spelled.push(("", 0));
                entities.len() - 1
            })
        });
        let longest = &mut spelled[id];
        if longest.0.is_empty() || chars > longest.1 {
            *longest = (name, chars);
            entities[id].name = f.span;
            if !split {
                words.name.clear();
                split_words(name, &mut words.name);
            }
            names.add(id, &words.name);
        }
        entities[id].mentions += 1;
        mentions.push(Mention {
            span: f.span,
            label: f.label,
            entity: id,
        });
    }
    (mentions, entities)
}

/// Per ASCII byte, its lower case if it is a letter or digit, else 0.
const ALNUM_LOWER: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Appends the letters and digits of `name`, in lower case, to `out` (as UTF-8).
fn normalize_into(name: &str, out: &mut Vec<u8>) {
    if name.is_ascii() {
        // Most names: bytes in, bytes out.
        // Copied, then compacted in place without a branch per byte.
        let start = out.len();
        out.extend_from_slice(name.as_bytes());
        let mut kept = start;
        for at in start..out.len() {
            let b = ALNUM_LOWER[usize::from(out[at])];
            out[kept] = b;
            kept += usize::from(b != 0);
        }
        out.truncate(kept);
        return;
    }
    let mut utf8 = [0; 4];
    for c in name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase) {
        out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
    }
}

/// How many earlier entities sharing a word or initial are compared with a new name:
/// enough for any article, and it keeps grouping linear on huge inputs.
const CANDIDATES: usize = 64;

/// Entities by the words and initials of their names, so that a new name is compared
/// only with entities it could be a short form of.
///
/// Each key leads a chain through `filed`, newest first, rather than a list of its own:
/// most words are filed once, and a list each was an allocation each. Words are slices
/// of the annotated text, which outlives the grouping: no copies either.
struct NameIndex<'t> {
    by_word: HashMap<&'t str, usize>,
    /// By the first letter of the first word, A to Z: only an acronym's initial (ASCII
    /// capitals) is looked up.
    by_initial: [usize; 26],
    /// An entity id and the entry filed before it under the same key (`NONE` at the end).
    filed: Vec<(usize, usize)>,
}

const NONE: usize = usize::MAX;

impl<'t> NameIndex<'t> {
    fn with_capacity(n: usize) -> NameIndex<'t> {
        NameIndex {
            by_word: HashMap::with_capacity_and_hasher(n * 2, FxBuildHasher),
            by_initial: [NONE; 26],
            filed: Vec::with_capacity(n * 3),
        }
    }

    /// Files entity `id` under the words of its name.
    fn add(&mut self, id: usize, words: &[&'t str]) {
        if let Some(head) = words.first().and_then(|w| w.bytes().next()).filter(u8::is_ascii_alphabetic) {
            file(&mut self.filed, &mut self.by_initial[(head.to_ascii_uppercase() - b'A') as usize], id);
        }
        for &w in words {
            let head = self.by_word.entry(w).or_insert(NONE);
            file(&mut self.filed, head, id);
        }
    }

    /// The most recent entities filed under `word` or initial `c`, newest first.
    fn recent<'a>(&'a self, word: &str, c: Option<char>) -> impl Iterator<Item = usize> + 'a {
        let chain = |head: Option<&usize>| {
            let mut at = head.copied().unwrap_or(NONE);
            std::iter::from_fn(move || {
                let &(id, before) = self.filed.get(at)?;
                at = before;
                Some(id)
            })
            .take(CANDIDATES)
        };
        let initial = c.filter(char::is_ascii_uppercase).map(|c| &self.by_initial[(c as u8 - b'A') as usize]);
        chain(self.by_word.get(word)).chain(chain(initial))
    }
}

/// Files `id` at the head of a chain, unless it is the newest entry there already.
fn file(filed: &mut Vec<(usize, usize)>, head: &mut usize, id: usize) {
    if filed.get(*head).is_some_and(|&(newest, _)| newest == id) {
        return;
    }
    filed.push((id, *head));
    *head = filed.len() - 1;
}

/// Appends the words of `name` to `out`, as `str::split_whitespace` splits it. Most names
/// are ASCII: split byte by byte, without decoding characters.
fn split_words<'t>(name: &'t str, out: &mut Vec<&'t str>) {
    if !name.is_ascii() {
        out.extend(name.split_whitespace());
        return;
    }
    // The start of the current word, and the words between white space (the ASCII
    // characters `char::is_whitespace` holds), empty ones left out.
    let mut start = 0;
    for (at, b) in name.bytes().enumerate() {
        if matches!(b, b' ' | b'\t'..=b'\r') {
            if at > start {
                out.push(&name[start..at]);
            }
            start = at + 1;
        }
    }
    if name.len() > start {
        out.push(&name[start..]);
    }
}

/// The words of a name and of a candidate's name, in buffers reused from one name to the
/// next (slices of the text).
struct Words<'t> {
    name: Vec<&'t str>,
    other: Vec<&'t str>,
}

/// An earlier entity this name is a short form of: a surname of a PERSON, an acronym
/// of an ORG's capitalised words, or a longer name this one ends. `spelled`: the entities'
/// names as slices of the text.
fn find_alias<'t>(
    index: &NameIndex<'t>,
    entities: &[Entity],
    spelled: &[(&'t str, usize)],
    label: Label,
    name: &'t str,
    words: &mut Words<'t>,
) -> Option<usize> {
    let Words { name: own, other } = words;
    own.clear();
    split_words(name, own);
    let last = *own.last()?;
    let acronym_initial = (name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase()))
        .then(|| name.chars().next())
        .flatten();
    let mut best: Option<usize> = None;
    let mut consider = |word: &str, initial: Option<char>| {
        for id in index.recent(word, initial) {
            // (Of another kind, no alias: asked before the candidate's words are split.)
            if best.is_some_and(|b| b >= id) || !same_kind(entities[id].label, label) {
                continue;
            }
            other.clear();
            split_words(spelled[id].0, other);
            if matches_alias(&entities[id], other, label, name, own) {
                best = Some(id);
            }
        }
    };
    consider(last, acronym_initial);
    if own.len() == 1 || label == Label::Org {
        // "Cassava" for "Cassava Sciences Inc.": the first word of a longer name.
        consider(own[0], None);
    }
    best
}

/// Whether entities labelled `a` and `b` can be one: the same label, or persons and bodies
/// alike.
fn same_kind(a: Label, b: Label) -> bool {
    a == b || (matches!(a, Label::Person | Label::Org) && matches!(b, Label::Person | Label::Org))
}

/// Whether `name` (its `words`) is a short form of entity `e` (the words of its name: `other`),
/// an entity of the same kind (`same_kind`, which `find_alias` asks first).
fn matches_alias(e: &Entity, other: &[&str], label: Label, name: &str, words: &[&str]) -> bool {
    {
        // "Trump" in a headline, "Donald Trump" in the body: the short form came first.
        let short_first = other.len() == 1
            && words.len() >= 2
            && e.label == label
            && match label {
                Label::Person => words[words.len() - 1] == other[0],
                Label::Org => words[0] == other[0] || words[words.len() - 1] == other[0],
                _ => false,
            };
        if short_first {
            return true;
        }
        if other.len() <= words.len() && !is_acronym_of(name, other) {
            return false;
        }
        let tail_matches = words.len() < other.len()
            && other[other.len() - words.len()..] == words[..]
            && label == Label::Person;
        // "Cassava" for "Cassava Sciences Inc.", "Rapids" for "Colorado Rapids".
        let org_part = label == Label::Org
            && e.label == Label::Org
            && words.len() == 1
            && other.len() >= 2
            && (other[0] == words[0] || other[other.len() - 1] == words[0]);
        tail_matches || org_part || is_acronym_of(name, other)
    }
}

/// "NHK", "JAXA" (Japan Aerospace eXploration Agency): the acronym's letters appear in
/// order in the name, the first on its first word, and most capitalised words give one.
fn is_acronym_of(acronym: &str, words: &[&str]) -> bool {
    if acronym.len() < 2 || !acronym.chars().all(|c| c.is_ascii_uppercase()) || words.len() < 2 {
        return false;
    }
    let initials: Vec<char> = words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    if initials.first() != acronym.chars().next().as_ref() {
        return false;
    }
    // (The acronym is ASCII: a byte test, not `str::contains`, whose searcher for a char
    // beyond ASCII is KBs of the wasm module.)
    let hits = initials.iter().filter(|&&c| c.is_ascii() && acronym.as_bytes().contains(&(c as u8))).count();
    if hits * 2 < initials.len() + 1 {
        return false;
    }
    // Compared in lower case: upper-casing would compile in a second Unicode case table
    // (several KB of the wasm module) for this one test.
    let mut rest = words.iter().flat_map(|w| w.chars()).flat_map(char::to_lowercase);
    acronym.chars().flat_map(char::to_lowercase).all(|a| rest.any(|c| c == a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn found(text: &str, name: &str, label: Label, nth: usize) -> Found {
        let start = text.match_indices(name).nth(nth).unwrap().0;
        Found {
            span: Span::new(start, start + name.len()),
            label,
        }
    }

    #[test]
    fn splits_words_as_split_whitespace() {
        for name in ["Barack  Obama", " U.S.\tArmy\n", "a\u{b}b\u{c}c\rd\u{1c}e", "José  María", "x\u{a0}y", "", "  "] {
            let mut words = Vec::new();
            split_words(name, &mut words);
            assert_eq!(words, name.split_whitespace().collect::<Vec<_>>(), "{name:?}");
        }
    }

    #[test]
    fn groups_country_short_forms_and_company_short_names() {
        let text = "The U.S. and the United States. Cassava Sciences Inc. said Cassava would.";
        let (mentions, entities) = group(
            text,
            vec![
                found(text, "U.S.", Label::Gpe, 0),
                found(text, "United States", Label::Gpe, 0),
                found(text, "Cassava Sciences Inc.", Label::Org, 0),
                found(text, "Cassava", Label::Org, 1),
            ],
        );
        assert_eq!(entities.len(), 2, "{entities:?}");
        assert_eq!(
            mentions.iter().map(|m| m.entity).collect::<Vec<_>>(),
            [0, 0, 1, 1]
        );
    }

    #[test]
    fn groups_a_surname_seen_before_the_full_name() {
        let text = "Trump wins\n\nDonald Trump won. Trump spoke.";
        let (mentions, entities) = group(
            text,
            vec![
                found(text, "Trump", Label::Person, 0),
                found(text, "Donald Trump", Label::Person, 0),
                found(text, "Trump", Label::Person, 2),
            ],
        );
        assert_eq!(entities.len(), 1, "{entities:?}");
        assert_eq!(entities[0].name.text(text), "Donald Trump");
        assert_eq!(
            mentions.iter().map(|m| m.entity).collect::<Vec<_>>(),
            [0, 0, 0]
        );
    }

    #[test]
    fn groups_surnames_and_acronyms() {
        let text = "Fumio Kishida met the Japanese Aerospace Exploration Agency (JAXA). Kishida praised JAXA.";
        let (mentions, entities) = group(
            text,
            vec![
                found(text, "Fumio Kishida", Label::Person, 0),
                found(text, "Japanese Aerospace Exploration Agency", Label::Org, 0),
                found(text, "JAXA", Label::Org, 0),
                found(text, "Kishida", Label::Person, 1),
                found(text, "JAXA", Label::Org, 1),
            ],
        );
        assert_eq!(entities.len(), 2);
        assert_eq!(
            mentions.iter().map(|m| m.entity).collect::<Vec<_>>(),
            [0, 1, 1, 0, 1]
        );
        assert_eq!(entities[1].name.text(text), "Japanese Aerospace Exploration Agency");
    }
}
