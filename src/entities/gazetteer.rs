//! The general gazetteers of `src/data/gazetteer/`: known places, nationalities,
//! organisations, news outlets, given names and titles, compiled in and loaded once.

use crate::lexicon::{entries, line_count, packed_group_count, packed_groups, same_bytes, Fold, GroupedList, KeyGroups, Lexicon, PackedGroup, PhraseMatcher, Phrases, Table};
use crate::model::Label;
use std::sync::OnceLock;

/// A gazetteer file as compiled in: the big ones packed by `build.rs`, entries only (their
/// entries all get the file's label).
#[derive(Clone, Copy)]
enum List {
    Plain(&'static str),
    Packed(&'static str),
}

/// Each gazetteer file with the label its entries get when the value column names none.
const FILES: [(List, Label); 8] = [
    (List::Plain(crate::data!("gazetteer/countries.txt")), Label::Gpe),
    (List::Packed(crate::packed_list!("gazetteer_cities.txt")), Label::Gpe),
    (List::Packed(crate::packed_list!("gazetteer_regions.txt")), Label::Gpe),
    (List::Packed(crate::packed_list!("gazetteer_locations.txt")), Label::Loc),
    (List::Packed(crate::packed_list!("gazetteer_demonyms.txt")), Label::Norp),
    (List::Packed(crate::packed_list!("gazetteer_organisations.txt")), Label::Org),
    (List::Packed(crate::packed_list!("gazetteer_news_outlets.txt")), Label::Org),
    (List::Plain(crate::data!("entities/norp_groups.txt")), Label::Norp),
];

pub struct Gazetteer {
    /// Every known name, case-sensitive, leftmost-longest: the packed lists by group
    /// (`packed_groups`), so that start-up unpacks none of them.
    pub matcher: PhraseMatcher<Label>,
    /// The groups of each packed list of `FILES`, in order: their entries are unpacked
    /// once, for `matcher` and `lower` (`for_each_name`).
    packed: Vec<&'static [PackedGroup]>,
    /// The same names by lower case, for text in capitals ("LOS ANGELES"): built on first
    /// use, as most texts never need it.
    lower: OnceLock<AnyCase>,
    /// Given names, by their first two bytes: a table for each pair a text asks about.
    pub given_names: GroupedList,
    /// Title words, lower case ("minister", "mr"): `entities/titles.txt` and the last words
    /// of the gazetteer's titles.
    titles: Lexicon,
    /// The few names that start with a lower-case ASCII letter ("al-Qaeda", "eBay", "the
    /// States"), by that letter, and a bit for each of their first two bytes (letter * 256 +
    /// second byte): see `may_start_at`.
    lower_starts: [Vec<&'static str>; 26],
    lower_pairs: Box<[u64; 26 * 4]>,
}

/// The bit of a name's first two bytes, the first a lower-case ASCII letter.
fn lower_pair_bit(first: u8, second: Option<&u8>) -> usize {
    usize::from(first - b'a') * 256 + usize::from(second.copied().unwrap_or(0))
}

fn label_of(value: &str, default: Label) -> Label {
    // Most entries have no value: no search of the labels for one.
    if value.is_empty() {
        return default;
    }
    Label::parse(value).unwrap_or(default)
}

/// Whether an entry of a list is a name: "Report"-like common words in a list would tag
/// every capitalised use, so short ones must not start with a lower-case letter.
fn kept(entry: &str) -> bool {
    !(entry.len() < 3 && entry.chars().next().is_some_and(char::is_lowercase))
}

/// Calls `f` with every known name and its label, in file order (`FILES`): the plain lists
/// split again, the packed ones by group (`Gazetteer::packed`), unpacked if not yet.
#[cfg(test)]
fn for_each_name(packed_lists: &[&'static [PackedGroup]], mut f: impl FnMut(&'static str, Label)) {
    let mut packed = packed_lists.iter();
    for (list, default) in FILES {
        match list {
            List::Plain(text) => {
                for (entry, value) in entries(text) {
                    if kept(entry) {
                        f(entry, label_of(value, default));
                    }
                }
            }
            List::Packed(_) => {
                let Some(list) = packed.next() else { continue };
                for entry in list.iter().flat_map(|group| group.entries().iter()) {
                    if kept(entry) {
                        f(entry, default);
                    }
                }
            }
        }
    }
}

pub fn get() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    GAZ.get_or_init(|| {
        // Sized once for every plain entry (at most a line each) and packed group: filled
        // by pushes, it grew and was copied a dozen times.
        let capacity = FILES
            .iter()
            .map(|&(list, _)| match list {
                List::Plain(text) => line_count(text),
                List::Packed(packed) => packed_group_count(packed),
            })
            .sum();
        let mut names = Vec::with_capacity(capacity);
        let mut packed_lists = Vec::new();
        let mut lower_starts: [Vec<&'static str>; 26] = Default::default();
        let mut lower_pairs = Box::new([0; 26 * 4]);
        let mut lower_start = |entry: &'static str| {
            if let Some(&b @ b'a'..=b'z') = entry.as_bytes().first() {
                lower_starts[usize::from(b - b'a')].push(entry);
                let bit = lower_pair_bit(b, entry.as_bytes().get(1));
                lower_pairs[bit / 64] |= 1 << (bit % 64);
            }
        };
        for (list, label) in FILES {
            match list {
                List::Plain(text) => {
                    for (entry, value) in entries(text).filter(|&(entry, _)| kept(entry)) {
                        names.push((Phrases::One(entry), label_of(value, label)));
                        lower_start(entry);
                    }
                }
                List::Packed(packed) => {
                    let groups: &'static [PackedGroup] = Box::leak(packed_groups(packed).into_boxed_slice());
                    for group in groups {
                        names.push((Phrases::PackedGroup(group), label));
                        // Few groups start with a lower-case letter: only theirs are unpacked.
                        if group.first.as_bytes()[0].is_ascii_lowercase() {
                            group.entries().iter().filter(|entry| kept(entry)).for_each(&mut lower_start);
                        }
                    }
                    packed_lists.push(groups);
                }
            }
        }
        let matcher = PhraseMatcher::with_packed(names, false, kept);
        let given_names = GroupedList::new(crate::packed_list!("gazetteer_given_names.txt"));
        // build.rs made the one list of title words (`TITLE_WORDS`): one lookup answers `is_title`.
        let titles = Lexicon::from_data(crate::data!("entities/title_words.txt"));
        Gazetteer {
            matcher,
            packed: packed_lists,
            lower: OnceLock::new(),
            given_names,
            titles,
            lower_starts,
            lower_pairs,
        }
    })
}

/// The names by their lower case, for text in capitals, in groups by the first two bytes
/// of their lower case (`lower_case_key`): a group's table is built on the first lookup
/// in it. Building the table of all 18,000 names was a third of a first call on a text
/// that asks (most news texts do, for a headline or a name in capitals).
struct AnyCase {
    /// Every name in file order: a packed group whose first two bytes are ASCII as one item
    /// (its names share a key), unpacked only when its key's table is built. Unpacking every
    /// group to key each name was most of a first call that asks.
    names: Vec<(Phrases, Label)>,
    /// The items of `names` by `lower_case_key`.
    groups: KeyGroups,
    tables: Vec<OnceLock<Table<Label>>>,
}

/// The first two bytes of the lower case of `s` (`str::to_lowercase`), the second 0 when
/// there is one: names equal in lower case have the same key. `None` for "".
fn lower_case_key(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() >= 2 && b[0].is_ascii() && b[1].is_ascii() {
        // An ASCII character lower-cases to one ASCII byte.
        return Some((usize::from(b[0].to_ascii_lowercase()) << 8) | usize::from(b[1].to_ascii_lowercase()));
    }
    let mut key = [0u8; 2];
    let mut n = 0;
    let mut utf8 = [0u8; 4];
    for c in s.chars().flat_map(char::to_lowercase) {
        for &byte in c.encode_utf8(&mut utf8).as_bytes() {
            if n < 2 {
                key[n] = byte;
                n += 1;
            }
        }
        if n == 2 {
            break;
        }
    }
    (n > 0).then(|| (usize::from(key[0]) << 8) | usize::from(key[1]))
}

impl AnyCase {
    /// Puts every name into its group: one pass, no table, no packed group unpacked but
    /// those that start with other than two ASCII bytes (their names may differ in key).
    fn new(packed_lists: &[&'static [PackedGroup]]) -> AnyCase {
        let plain_lines: usize = FILES.iter().map(|&(list, _)| if let List::Plain(text) = list { line_count(text) } else { 0 }).sum();
        let capacity = plain_lines + packed_lists.iter().map(|groups| groups.len()).sum::<usize>();
        let mut names = Vec::with_capacity(capacity);
        // The first byte of a lower-case key is never a capital: fewer than 65,535 keys,
        // as `KeyGroups` needs.
        let mut groups = KeyGroups::with_capacity(capacity);
        let mut add = |name: Phrases, key: Option<usize>, label: Label| {
            groups.push(key);
            names.push((name, label));
        };
        let mut packed = packed_lists.iter();
        for (list, default) in FILES {
            match list {
                List::Plain(text) => {
                    for (entry, value) in entries(text).filter(|&(entry, _)| kept(entry)) {
                        add(Phrases::One(entry), lower_case_key(entry), label_of(value, default));
                    }
                }
                List::Packed(_) => {
                    let Some(&list) = packed.next() else { continue };
                    for group in list {
                        match ascii_group_key(group.first) {
                            Some(key) => add(Phrases::PackedGroup(group), Some(key), default),
                            None => {
                                for entry in group.entries().iter().filter(|entry| kept(entry)) {
                                    add(Phrases::One(entry), lower_case_key(entry), default);
                                }
                            }
                        }
                    }
                }
            }
        }
        AnyCase { names, tables: (0..groups.group_count()).map(|_| OnceLock::new()).collect(), groups }
    }

    /// The table of group `group`, built on first use from its names in file order.
    fn table(&self, group: usize) -> &Table<Label> {
        self.tables[group].get_or_init(|| {
            let members = self.groups.members(group);
            let name_count = |&i: &usize| match self.names[i].0 {
                Phrases::One(_) => 1,
                Phrases::PackedGroup(group) => group.entries().len(),
            };
            let mut table = Table::new(Fold::Unicode, members.iter().map(name_count).sum());
            // A name listed twice in different case keeps the label of its last listing.
            let mut add = |entry: &'static str, label: Label| *table.insert(entry, label) = label;
            for &i in &members {
                match self.names[i] {
                    (Phrases::One(entry), label) => add(entry, label),
                    (Phrases::PackedGroup(group), label) => group.entries().iter().filter(|entry| kept(entry)).for_each(|entry| add(entry, label)),
                }
            }
            table
        })
    }
}

/// The `lower_case_key` of every name of a packed group whose first entry is `first`, when
/// the group's first two bytes (or its one byte) are ASCII: each lower-cases to one byte,
/// whatever follows. `None` for another group.
fn ascii_group_key(first: &str) -> Option<usize> {
    match *first.as_bytes() {
        [only] if only.is_ascii() => Some(usize::from(only.to_ascii_lowercase()) << 8),
        [a, b, ..] if a.is_ascii() && b.is_ascii() => Some((usize::from(a.to_ascii_lowercase()) << 8) | usize::from(b.to_ascii_lowercase())),
        _ => None,
    }
}

impl Gazetteer {
    /// The label of a name written in capitals or any case ("LOS ANGELES").
    pub fn lookup_any_case(&self, name: &str) -> Option<Label> {
        let any_case = self.lower.get_or_init(|| AnyCase::new(&self.packed));
        let group = any_case.groups.group_of(lower_case_key(name)?)?;
        any_case.table(group).get(name).copied()
    }

    /// The longest known name starting at byte `start` of `text` (a word start): its end
    /// and label. A call of its own for the rules that ask now and then (the name finder's
    /// pass over every word asks `may_start_at` and the matcher inline).
    #[inline(never)]
    pub fn name_at(&self, text: &str, start: usize) -> Option<(usize, Label)> {
        if !self.may_start_at(text, start) {
            return None;
        }
        self.matcher.longest_at(text, start).map(|(end, &label)| (end, label))
    }

    /// Whether a known name may start at byte `start` of `text`: one that starts with a
    /// lower-case ASCII letter is one of `lower_starts`. Most words are lower-case, and
    /// "the", "also" or "not" start with the first bytes of a name ("the States", "al-Qaeda",
    /// "nohiyahoi"): the matcher's search costs them far more than this test.
    #[inline]
    pub fn may_start_at(&self, text: &str, start: usize) -> bool {
        let rest = &text.as_bytes()[start..];
        match rest.first() {
            Some(&b @ b'a'..=b'z') => {
                let second = rest.get(1);
                let bit = lower_pair_bit(b, second);
                self.lower_pairs[bit / 64] & (1 << (bit % 64)) != 0
                    && self.lower_starts[usize::from(b - b'a')]
                        .iter()
                        // `same_bytes`, not `starts_with`: no memcmp call (a byte loop in wasm).
                        .any(|e| e.as_bytes().get(1) == second && rest.get(..e.len()).is_some_and(|head| same_bytes(head, e.as_bytes())))
            }
            _ => true,
        }
    }

    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }

    /// A title or honorific, any case, trailing dot optional: "Mr", "Minister", "Dr."; or
    /// one in capital initials, that case only: "CM", "PM".
    pub fn is_title(&self, word: &str) -> bool {
        let w = word.trim_end_matches('.');
        self.titles.contains_lowercase(w)
            // "Minister-designate", "Cardinal-designate", "Governor-elect".
            || w.strip_suffix("-designate").or_else(|| w.strip_suffix("-elect")).is_some_and(|t| self.titles.contains_lowercase(t))
            || (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase()) && super::lists::role_abbreviations().contains(w))
    }

    /// A title, or its plural with an "s" ("officers", "ministers").
    pub fn is_title_or_plural(&self, word: &str) -> bool {
        self.is_title(word) || word.strip_suffix('s').is_some_and(|one| self.is_title(one))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_may_start_wherever_the_matcher_finds_one() {
        let gaz = get();
        for_each_name(&gaz.packed, |entry, _| {
            let text = format!("{entry} x");
            assert!(gaz.matcher.longest_at(&text, 0).is_none() || gaz.may_start_at(&text, 0), "{entry}");
        });
        for text in ["the state", "also", "not now", "even", "al Jazeera"] {
            assert!(!gaz.may_start_at(text, 0), "{text}");
        }
        assert!(gaz.may_start_at("the States", 0) && gaz.may_start_at("Japan", 0));
    }

    #[test]
    fn given_names_are_found_in_their_groups() {
        let gaz = get();
        let source = include_str!("../data/gazetteer/given_names.txt");
        let names: Vec<&str> = entries(source).map(|(entry, _)| entry).collect();
        for name in &names {
            assert!(gaz.is_given_name(name), "{name}");
        }
        for word in ["", "J", "Shinzo Abe", "john", "JOHN", "Zürich", "Minister", "The", "\u{e9}"] {
            assert_eq!(gaz.is_given_name(word), names.contains(&word), "{word}");
        }
        // Each name alone again, with one byte dropped or added at its end.
        for name in names.iter().take(3000) {
            let shorter = &name[..name.char_indices().last().map_or(0, |(i, _)| i)];
            assert_eq!(gaz.is_given_name(shorter), names.contains(&shorter), "{shorter}");
            let longer = format!("{name}x");
            assert_eq!(gaz.is_given_name(&longer), names.contains(&longer.as_str()), "{longer}");
        }
    }

    #[test]
    fn names_are_found_in_any_case_by_their_lower_case_group() {
        let gaz = get();
        let mut last_label = std::collections::HashMap::new();
        for_each_name(&gaz.packed, |entry, label| {
            last_label.insert(entry.to_lowercase(), label);
        });
        for_each_name(&gaz.packed, |entry, _| {
            let label = last_label.get(&entry.to_lowercase()).copied();
            for probe in [entry.to_string(), entry.to_uppercase(), entry.to_lowercase()] {
                if probe.to_lowercase() == entry.to_lowercase() {
                    assert_eq!(gaz.lookup_any_case(&probe), label, "{probe}");
                }
            }
        });
        assert_eq!(gaz.lookup_any_case(""), None);
        assert_eq!(lower_case_key("\u{212a}elvin"), lower_case_key("kelvin"));
        assert_eq!(lower_case_key("ÎLE-DE-FRANCE"), lower_case_key("île"));
        assert_eq!(lower_case_key("A"), Some(usize::from(b'a') << 8));
    }

    #[test]
    fn title_words_are_the_titles_and_the_last_words_of_the_gazetteers_titles() {
        let last_words = entries(include_str!("../data/gazetteer/titles.txt"))
            .filter_map(|(title, _)| title.split_whitespace().last())
            .map(|word| word.trim_end_matches('.').to_lowercase());
        let mut expected: Vec<String> = entries(include_str!("../data/entities/titles.txt")).map(|(w, _)| w.to_string()).chain(last_words).collect();
        expected.sort();
        expected.dedup();
        let mut compiled: Vec<&str> = entries(crate::data!("entities/title_words.txt")).map(|(w, _)| w).collect();
        compiled.sort();
        assert_eq!(compiled, expected);
        assert!(get().is_title("Minister") && get().is_title("mr.") && !get().is_title("Japan"));
    }

    #[test]
    fn packed_lists_unpack_to_their_sources() {
        // Packed lists are compiled in as entries only: the country codes of cities and regions
        // (build.rs, ENTRIES_ONLY) go, and the other lists' values are the file's label.
        let lists = [
            (crate::packed_list!("gazetteer_given_names.txt"), include_str!("../data/gazetteer/given_names.txt"), None),
            (crate::packed_list!("gazetteer_cities.txt"), include_str!("../data/gazetteer/cities.txt"), None),
            (crate::packed_list!("gazetteer_regions.txt"), include_str!("../data/gazetteer/regions.txt"), None),
            (crate::packed_list!("gazetteer_organisations.txt"), include_str!("../data/gazetteer/organisations.txt"), Some(Label::Org)),
            (crate::packed_list!("gazetteer_demonyms.txt"), include_str!("../data/gazetteer/demonyms.txt"), Some(Label::Norp)),
            (crate::packed_list!("gazetteer_locations.txt"), include_str!("../data/gazetteer/locations.txt"), Some(Label::Loc)),
            (crate::packed_list!("gazetteer_news_outlets.txt"), include_str!("../data/gazetteer/news_outlets.txt"), Some(Label::Org)),
        ];
        let cities: std::collections::HashSet<&str> = entries(include_str!("../data/gazetteer/cities.txt")).map(|(entry, _)| entry).collect();
        for (packed, source, label) in lists {
            // (A region that is also a city is packed with the cities only: build.rs, LEFT_TO.)
            let regions = source == include_str!("../data/gazetteer/regions.txt");
            let mut original: Vec<_> = entries(source).map(|(entry, _)| entry).filter(|e| !(regions && cities.contains(e))).collect();
            // build.rs sorts each list by group; within a group, an entry listed without its
            // diacritics too comes after the one with them.
            let group = |entry: &&str| entry.as_bytes().get(..2).unwrap_or(entry.as_bytes()).to_vec();
            original.sort_by_key(group);
            assert!(original.len() > 100);
            let mut unpacked: Vec<&str> = crate::lexicon::unpack(packed).iter().collect();
            assert_eq!(unpacked.iter().map(group).collect::<Vec<_>>(), original.iter().map(group).collect::<Vec<_>>());
            unpacked.sort();
            original.sort();
            assert_eq!(unpacked, original);
            assert!(packed.len() < source.len());
            if let Some(label) = label {
                // The values build.rs left out (ONE_LABEL) are the label the file gets anyway.
                assert!(FILES.iter().any(|&(list, l)| matches!(list, List::Packed(p) if p == packed) && l == label));
                assert!(entries(source).all(|(_, value)| Label::parse(value) == Some(label)));
            }
        }
    }
}
