//! Word lists compiled into the binary: parsed once, on first use, into sets and
//! automata that later calls share.
//!
//! Data format (every file under `src/data/`): one entry per line; `#` starts a comment
//! line (each file's header says where its entries come from); an optional tab-separated
//! second column carries a value (a label, a canonical name).

use hashbrown::HashTable;
use rustc_hash::FxHasher;
use std::hash::Hasher;
use std::sync::OnceLock;

/// The entries of a data file: `(entry, value)` pairs, value empty when absent.
///
/// Splits bytes by hand: `str::lines` plus a Unicode `trim` per entry was a third of the
/// page's first call. The files `build.rs` prepares are clean already (entries and values
/// trimmed, no `\r`, no blank or comment lines): a line whose edges show that is taken as
/// it is, and only another is trimmed (`raw_entry`). Raw text still parses the same, apart
/// from non-ASCII space at an entry's edge.
pub fn entries(data: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = data;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        // One pass over the line finds its end and its first tab.
        let bytes = rest.as_bytes();
        let mut end = next_byte_of(bytes, 0, b'\n', b'\t');
        let tab = (end < bytes.len() && bytes[end] == b'\t').then_some(end);
        while end < bytes.len() && bytes[end] != b'\n' {
            end = next_byte_of(bytes, end + 1, b'\n', b'\t');
        }
        let (line, tail) = rest.split_at(end);
        rest = tail.get(1..).unwrap_or_default();
        // No space or control byte (`\r`, a tab) at the edges of the entry and the value,
        // and no comment: nothing to trim.
        let line_bytes = line.as_bytes();
        let inner = |at: usize| line_bytes.get(at).is_some_and(|&b| b > b' ');
        let clean = match tab {
            None => inner(0) && inner(end.wrapping_sub(1)) && line_bytes[0] != b'#',
            Some(tab) => inner(0) && inner(tab - 1) && inner(tab + 1) && inner(end - 1) && line_bytes[0] != b'#',
        };
        if clean {
            return Some(match tab {
                Some(tab) => (&line[..tab], &line[tab + 1..]),
                None => (line, ""),
            });
        }
        if let Some(entry) = raw_entry(line, tab) {
            return Some(entry);
        }
    })
}

/// The entry and value of a line of raw text (`tab`: its first tab), trimmed of ASCII space
/// and `\r`; `None` for a blank line or a comment. Out of line: the lists compiled in
/// need none of it.
#[cold]
#[inline(never)]
fn raw_entry(line: &str, tab: Option<usize>) -> Option<(&str, &str)> {
    if line.starts_with('#') {
        return None;
    }
    let (entry, value) = match tab {
        Some(tab) => (&line[..tab], &line[tab + 1..]),
        None => (line, ""),
    };
    let value = value.strip_suffix('\r').unwrap_or(value);
    let entry = if tab.is_none() { entry.strip_suffix('\r').unwrap_or(entry) } else { entry };
    let entry = entry.trim_ascii();
    (!entry.is_empty()).then(|| (entry, value.trim_ascii()))
}

/// A byte of 1 in each of a word's eight bytes, and the high bit of each: for the tests and
/// folds below that go eight bytes a step.
const ONE_BYTES: u64 = u64::from_le_bytes([1; 8]);
const HIGH_BITS: u64 = ONE_BYTES << 7;

/// The bytes of `word` (eight bytes, little-endian) equal to `byte`, each flagged by its
/// high bit: the lowest flag is always a true match (only bytes above a match can be
/// flagged falsely), so the answer is 0 exactly when no byte is `byte`.
#[inline]
pub fn bytes_equal_to(word: u64, byte: u8) -> u64 {
    let x = word ^ (ONE_BYTES * u64::from(byte));
    x.wrapping_sub(ONE_BYTES) & !x & HIGH_BITS
}

/// The index of the first `a` or `b` at or after `from` (`bytes.len()` if none), eight
/// bytes a step: the word lists are most of what the first call reads.
fn next_byte_of(bytes: &[u8], from: usize, a: u8, b: u8) -> usize {
    let has_byte = bytes_equal_to;
    let mut chunks = bytes[from..].chunks_exact(8);
    let mut i = from;
    for chunk in &mut chunks {
        let word = crate::bytes::u64_le(chunk);
        // The lowest flagged byte is always a true match (only bytes above one can be false).
        let found = if a == b { has_byte(word, a) } else { has_byte(word, a) | has_byte(word, b) };
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + chunks.remainder().iter().position(|&x| x == a || x == b).unwrap_or(bytes.len() - i)
}

/// How many entries a data file holds, at most: its line count (for table capacities).
pub fn line_count(data: &str) -> usize {
    data.bytes().filter(|&b| b == b'\n').count() + 1
}

/// A data file (path under `src/data/`) as `build.rs` prepared it: comment lines dropped,
/// and columns nothing reads at run time left out.
#[macro_export]
macro_rules! data {
    ($path:expr) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path))
    };
}

/// A list `build.rs` packed (front-coded as well), compiled in; `unpack` restores it.
#[macro_export]
macro_rules! packed_list {
    ($list:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $list))
    };
}

/// The most bytes a packed line shares with the entry before: its first byte is `'0'` plus
/// the count (`pack` in build.rs).
const MAX_SHARED: u8 = 40;

/// What starts a group of a packed list (`pack` in build.rs), in place of a line end and a 0.
const GROUP_END: u8 = 0x1d;

/// The parts of a list `build.rs` packed (`pack` there): its first line (the count of its
/// entries, their total length, the count of its groups) and its lines.
fn packed_parts(packed: &str) -> ([usize; 3], &str) {
    let (sizes, lines) = packed.split_once('\n').unwrap_or(("", ""));
    let mut counts = [0; 3];
    counts.iter_mut().zip(numbers(sizes)).for_each(|(count, n)| *count = n);
    (counts, lines)
}

/// The numbers of a line of decimal numbers, one space between each two: parsed by hand.
fn numbers(line: &str) -> impl Iterator<Item = usize> + '_ {
    let mut rest = line.as_bytes();
    std::iter::from_fn(move || {
        let (&first, _) = rest.split_first()?;
        let mut n = usize::from(first.wrapping_sub(b'0'));
        let mut at = 1;
        while let Some(&digit) = rest.get(at).filter(|&&b| b != b' ') {
            n = n * 10 + usize::from(digit.wrapping_sub(b'0'));
            at += 1;
        }
        rest = rest.get(at + 1..).unwrap_or_default();
        Some(n)
    })
}

/// How many groups a list `build.rs` packed has (`packed_groups`), read from its first line.
pub fn packed_group_count(packed: &str) -> usize {
    packed_parts(packed).0[2]
}

/// The entries of a list `build.rs` packed, in order: after the line of sizes
/// (`packed_parts`), each line is a byte (`'0'` plus the bytes shared with the previous entry), then
/// the rest of the entry. One pass, into buffers reserved exactly, with no text left to
/// split into entries afterwards. A group's start (`GROUP_END`) is a line end and a 0 to it.
pub fn unpack(packed: &str) -> Unpacked {
    let ([count, length, _], lines) = packed_parts(packed);
    unpack_lines(&lines.replace(char::from(GROUP_END), "\n0"), count, length)
}

/// The entries of an unpacked list: one text, and where each entry ends in it. Entries
/// are sliced out as they are read (`iter`), not kept as a list of slices: each list is
/// read once or twice, and slicing it all at once was a tenth of the page's first call.
pub struct Unpacked {
    text: &'static str,
    ends: Vec<u32>,
}

impl Unpacked {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The entries, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        // Each entry split off the front of the rest: one boundary check an entry.
        let (mut rest, mut start) = (self.text, 0);
        self.ends.iter().map(move |&end| {
            let (entry, tail) = rest.split_at(end as usize - start);
            (rest, start) = (tail, end as usize);
            entry
        })
    }
}

/// The entries of packed lines (`unpack`'s format after the first line): `count` of them,
/// `length` bytes together (room reserved for that much).
fn unpack_lines(lines: &str, count: usize, length: usize) -> Unpacked {
    let mut text: Vec<u8> = Vec::with_capacity(length);
    let mut ends = Vec::with_capacity(count);
    let mut previous = 0..0;
    let bytes = lines.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let end = next_byte_of(bytes, at, b'\n', b'\n');
        let line = &bytes[at..end];
        at = end + 1;
        // A group's first line starts with `GROUP_END`, its entry shares nothing: `previous`
        // is empty.
        let Some((&digit, suffix)) = line.split_first().filter(|(d, _)| d.wrapping_sub(b'0') <= MAX_SHARED || **d == GROUP_END) else { continue };
        let shared = usize::from(digit.wrapping_sub(b'0')).min(previous.len());
        let (suffix, also_stripped) = match suffix.split_last() {
            Some((&ALSO_STRIPPED, suffix)) => (suffix, true),
            _ => (suffix, false),
        };
        let start = text.len();
        text.extend_from_within(previous.start..previous.start + shared);
        text.extend_from_slice(suffix);
        previous = start..text.len();
        ends.push(u32::try_from(text.len()).unwrap_or_else(|_| unreachable!("a packed list under 4 GB")));
        if also_stripped {
            stripped_after(&mut text, start, &mut ends);
        }
    }
    // Shared prefixes end on character boundaries (build.rs makes sure), so this holds.
    // (Not `expect`, whose error `Debug` would be compiled into the wasm: `crate::bytes`.)
    let text = String::from_utf8(text).unwrap_or_else(|_| unreachable!("a packed list unpacks to UTF-8"));
    Unpacked { text: keep_for_process(text), ends }
}

/// What ends a line of a packed list whose entry is listed without its diacritics too
/// (`pack` in build.rs): that spelling follows it when unpacked.
const ALSO_STRIPPED: u8 = 0x1f;

include!("diacritics.rs");

/// Adds the entry at `start..` of `text` (its last) without its diacritics, as the next entry.
#[cold]
#[inline(never)]
fn stripped_after(text: &mut Vec<u8>, start: usize, ends: &mut Vec<u32>) {
    strip_diacritics(text, start);
    ends.push(u32::try_from(text.len()).unwrap_or_else(|_| unreachable!("a packed list under 4 GB")));
}

/// A group of a packed list (`packed_groups`): its entries unpacked on first use, once for
/// all who read them.
pub struct PackedGroup {
    /// The group's first entry.
    pub first: &'static str,
    /// The group's packed lines.
    lines: &'static str,
    entries: OnceLock<Unpacked>,
}

impl PackedGroup {
    pub fn entries(&self) -> &Unpacked {
        // Room guessed from the packed size, not counted (lines of four bytes or more,
        // unpacked at most half as long again for the gazetteer's lists): seldom any growing.
        let size = self.lines.len();
        self.entries.get_or_init(|| unpack_lines(self.lines, size / 4, size + size / 2))
    }
}

/// The groups of a packed list (`build.rs` packs each group alone): the entries that start
/// with the same two bytes (`group_key`), each group started by `GROUP_END` (in place of its
/// first line's digit: its first entry shares nothing). Nothing unpacked.
pub fn packed_groups(packed: &'static str) -> Vec<PackedGroup> {
    let ([_, _, group_count], lines) = packed_parts(packed);
    let mut groups = Vec::with_capacity(group_count);
    let bytes = lines.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let end = group_end(bytes, start + 1);
        let group = &lines[start..end];
        let first = &group[1..next_byte_of(group.as_bytes(), 1, b'\n', b'\n')];
        groups.push(PackedGroup { first, lines: group, entries: OnceLock::new() });
        start = end;
    }
    groups
}

/// The index of the first `GROUP_END` at or after `from` (`bytes.len()` if none): 32 bytes
/// a step, as start-up reads every packed list through (groups average 100 bytes).
fn group_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(block) = bytes.get(at..at + 32) {
        let words: [u64; 4] = std::array::from_fn(|i| bytes_equal_to(crate::bytes::u64_le(&block[i * 8..i * 8 + 8]), GROUP_END));
        if words[0] | words[1] | words[2] | words[3] != 0 {
            // The lowest flag of a word is always a true match (`bytes_equal_to`).
            let (i, word) = words.iter().enumerate().find(|&(_, &w)| w != 0).expect("a word flagged");
            return at + i * 8 + (word.trailing_zeros() / 8) as usize;
        }
        at += 32;
    }
    next_byte_of(bytes, at, GROUP_END, GROUP_END)
}

/// A packed list asked about exactly, in groups (`packed_groups`), each group unpacked
/// into a table of its own on the first question about a word that starts with its two
/// bytes. A text asks about few of the groups (the given names are 16,600 in 333 groups),
/// and building the table of every entry was a quarter of the page's first call.
pub struct GroupedList {
    groups: rustc_hash::FxHashMap<u16, Group>,
}

struct Group {
    entries: PackedGroup,
    table: OnceLock<Table<()>>,
}

/// The group of an entry or word (not empty): its first two bytes, the second 0 when
/// there is none.
fn group_key(bytes: &[u8]) -> u16 {
    (u16::from(bytes[0]) << 8) | u16::from(bytes.get(1).copied().unwrap_or(0))
}

impl GroupedList {
    /// Finds the groups of a packed list: nothing unpacked.
    pub fn new(packed: &'static str) -> GroupedList {
        let groups = packed_groups(packed)
            .into_iter()
            .map(|entries| (group_key(entries.first.as_bytes()), Group { entries, table: OnceLock::new() }))
            .collect();
        GroupedList { groups }
    }

    pub fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let Some(group) = (!bytes.is_empty()).then(|| self.groups.get(&group_key(bytes))).flatten() else {
            return false;
        };
        let table = group.table.get_or_init(|| {
            let entries = group.entries.entries();
            let mut table = Table::new(Fold::Exact, entries.len());
            for entry in entries.iter() {
                table.insert(entry, ());
            }
            table
        });
        table.contains_out_of_line(word)
    }
}

/// Items (numbered in the order they are added) put in groups by a 16-bit key, such as
/// their first two bytes: each group a chain through the items, so that grouping is one
/// pass with no allocation per group and no sorting. Groups are numbered as their keys
/// first come.
pub struct KeyGroups {
    /// Per key, its group number plus one, 0 for a key no item has: a table of zeros is
    /// allocated already cleared (fresh memory), not filled in a pass of its own.
    group_of_key: Box<[u16; 1 << 16]>,
    /// Per group, its last item; per item, the item added to its group before it.
    heads: Vec<u32>,
    next: Vec<u32>,
}

/// The end of a chain of items.
const END_OF_CHAIN: u32 = u32::MAX;

impl KeyGroups {
    /// Room for `items` items. Fewer than 65,535 keys may be used, so that a group number
    /// plus one fits in 16 bits (each user's keys leave some pairs of bytes out).
    pub fn with_capacity(items: usize) -> KeyGroups {
        let group_of_key = vec![0; 1 << 16].try_into().unwrap_or_else(|_| unreachable!("65,536 keys"));
        KeyGroups { group_of_key, heads: Vec::new(), next: Vec::with_capacity(items) }
    }

    /// Adds the next item, to the group of `key`, or to no group.
    pub fn push(&mut self, key: Option<usize>) {
        let item = self.next.len() as u32;
        let mut link = END_OF_CHAIN;
        if let Some(key) = key {
            if self.group_of_key[key] == 0 {
                self.heads.push(END_OF_CHAIN);
                self.group_of_key[key] = self.heads.len() as u16;
            }
            link = std::mem::replace(&mut self.heads[usize::from(self.group_of_key[key]) - 1], item);
        }
        self.next.push(link);
    }

    /// The group of `key`, if any item has it.
    #[inline]
    pub fn group_of(&self, key: usize) -> Option<usize> {
        usize::from(self.group_of_key[key]).checked_sub(1)
    }

    pub fn group_count(&self) -> usize {
        self.heads.len()
    }

    /// The items of `group`, in the order they were added.
    pub fn members(&self, group: usize) -> Vec<usize> {
        let mut members = Vec::new();
        let mut i = self.heads[group];
        while i != END_OF_CHAIN {
            members.push(i as usize);
            i = self.next[i as usize];
        }
        members.reverse();
        members
    }
}

/// Word lists made at run time (from other lists) live as long as the compiled-in ones:
/// each is built once per process, behind a `OnceLock`.
pub fn keep_for_process(data: String) -> &'static str {
    Box::leak(data.into_boxed_str())
}

/// How a table compares its keys. Tables hash with the same fold they compare with, so a
/// case-insensitive lookup needs no lower-cased copy of the word (and building a table
/// allocates nothing per entry: cold start in the browser is mostly table building).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    Exact,
    /// ASCII letters only: cue phrases.
    Ascii,
    /// Every letter, as `str::to_lowercase` lower-cases it: names in capitals ("ÎLE-DE-FRANCE").
    Unicode,
}

impl Fold {
    fn hash(self, s: &str) -> u64 {
        let mut h = FxHasher::default();
        match self {
            Fold::Exact => _ = hash_words(&mut h, s.as_bytes(), false),
            Fold::Ascii => _ = hash_words(&mut h, s.as_bytes(), true),
            // The ASCII hash, which tells on the way whether `s` is ASCII (no pass of its
            // own to ask first); started again as Unicode when it is not.
            Fold::Unicode => {
                if !hash_words(&mut h, s.as_bytes(), true) {
                    h = FxHasher::default();
                    hash_unicode_lower(&mut h, s);
                }
            }
        }
        h.finish()
    }

    fn eq(self, a: &str, b: &str) -> bool {
        match self {
            Fold::Exact => same_bytes(a.as_bytes(), b.as_bytes()),
            Fold::Ascii => a.len() == b.len() && ascii_fold_eq(a.as_bytes(), b.as_bytes()).0,
            Fold::Unicode => {
                // Equal once ASCII capitals are lower-cased means equal (the other bytes are
                // the same); unequal so and all ASCII means unequal. Only the rest needs
                // Unicode's lower case.
                if a.len() == b.len() {
                    let (equal, ascii) = ascii_fold_eq(a.as_bytes(), b.as_bytes());
                    if equal || ascii {
                        return equal;
                    }
                } else if a.is_ascii() && b.is_ascii() {
                    return false;
                }
                a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
            }
        }
    }
}

/// `w`'s lower case letter by letter, as `Fold::Unicode` compares words. Not
/// `str::to_lowercase`, whose final-sigma rule costs the module 4 KB of code for Greek
/// capitals no word list has.
pub fn lower_case_string(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    push_lower_case(&mut out, w);
    out
}

/// Appends `w`'s lower case to `out`, letter by letter: the one place the module lower-cases
/// a word beyond ASCII (each iterator collected apart was a copy of the same code).
#[inline(never)]
pub fn push_lower_case(out: &mut String, w: &str) {
    for c in w.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
    }
}

/// `a == b`, eight bytes a step and without a call: in wasm, `==` on slices calls a
/// memcmp that compares a byte at a time, and keys are short.
#[inline]
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], i: usize| crate::bytes::u64_le(&s[i..i + 8]);
    let half = |s: &[u8], i: usize| crate::bytes::u32_le(&s[i..i + 4]);
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            if word(a, i) != word(b, i) {
                return false;
            }
            i += 8;
        }
        // The last eight bytes, overlapping the words before when `n` is no multiple of 8.
        word(a, n - 8) == word(b, n - 8)
    } else if n >= 4 {
        half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4)
    } else {
        n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1])
    }
}

/// Whether `a` and `b`, of one length, are equal once ASCII capitals are lower-cased
/// (other bytes compared as they are), eight bytes a step; and whether both are all ASCII.
/// `eq_ignore_ascii_case` goes a byte at a time, and tables compare each key they find.
fn ascii_fold_eq(a: &[u8], b: &[u8]) -> (bool, bool) {
    debug_assert_eq!(a.len(), b.len());
    let n = a.len();
    let (mut differ, mut high) = (0, 0);
    let mut compare = |x: u64, y: u64| {
        high |= x | y;
        differ |= fold_ascii_capitals(x) ^ fold_ascii_capitals(y);
    };
    let word = |s: &[u8], i: usize| crate::bytes::u64_le(&s[i..i + 8]);
    let half = |s: &[u8], i: usize| u64::from(crate::bytes::u32_le(&s[i..i + 4]));
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            compare(word(a, i), word(b, i));
            i += 8;
        }
        // The last eight bytes, overlapping the words before when `n` is no multiple of 8.
        compare(word(a, n - 8), word(b, n - 8));
    } else if n >= 4 {
        compare(half(a, 0), half(b, 0));
        compare(half(a, n - 4), half(b, n - 4));
    } else {
        a.iter().zip(b).for_each(|(&x, &y)| compare(u64::from(x), u64::from(y)));
    }
    (differ == 0, high & HIGH_BITS == 0)
}

/// Eight bytes with their ASCII capitals lower-cased, other bytes as they are.
#[inline]
fn fold_ascii_capitals(word: u64) -> u64 {
    // Per byte: capital iff its low seven bits are in 'A'..='Z' and its high bit is clear.
    let low7 = word & !HIGH_BITS;
    let from_a = low7.wrapping_add(ONE_BYTES * 0x3f);
    let past_z = low7.wrapping_add(ONE_BYTES * 0x25);
    word | ((from_a & !past_z & !word & HIGH_BITS) >> 2)
}

/// Hashes the Unicode lower case of `s` exactly as `hash_words` hashes ASCII: a name whose
/// lower case is ASCII ("K" with the Kelvin sign) hashes like its ASCII spelling. Kept out
/// of line: the stack buffer would otherwise be set up for every ASCII word too.
#[inline(never)]
fn hash_unicode_lower(h: &mut FxHasher, s: &str) {
    let mut buf = [0u8; 128];
    let mut len = 0;
    let mut long = Vec::new();
    let mut utf8 = [0u8; 4];
    let mut push = |piece: &[u8]| {
        if len + piece.len() > buf.len() {
            long.extend_from_slice(&buf[..len]);
            len = 0;
        }
        buf[len..len + piece.len()].copy_from_slice(piece);
        len += piece.len();
    };
    for c in s.chars() {
        // Most letters of a non-ASCII name are ASCII: lower-cased without Unicode's tables.
        if c.is_ascii() {
            push(&[c.to_ascii_lowercase() as u8]);
        } else {
            c.to_lowercase().for_each(|l| push(l.encode_utf8(&mut utf8).as_bytes()));
        }
    }
    if long.is_empty() {
        hash_words(h, &buf[..len], false);
    } else {
        long.extend_from_slice(&buf[..len]);
        hash_words(h, &long, false);
    }
}

/// Hashes `bytes` eight at a time, ASCII capitals lower-cased on the way when `lower`
/// (other bytes as they are): no copy, one hash round per word. Lexicon lookups run at
/// nearly every token, so this is one of the hottest loops of the annotator. Returns
/// whether every byte was ASCII.
fn hash_words(h: &mut FxHasher, bytes: &[u8], lower: bool) -> bool {
    let fold = |word: u64| if lower { fold_ascii_capitals(word) } else { word };
    let mut high = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = crate::bytes::u64_le(chunk);
        high |= word;
        h.write_u64(fold(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let last = last_bytes(bytes, rest.len());
        high |= last;
        h.write_u64(fold(last));
    }
    high & HIGH_BITS == 0
}

/// The last `n` bytes of `bytes` (1 to 7, at most all of them) as a word, its upper bytes 0.
/// Built by shifts, not copied: a copy of a variable length is a call to memcpy.
#[inline(always)]
fn last_bytes(bytes: &[u8], n: usize) -> u64 {
    let rest = &bytes[bytes.len() - n..];
    if bytes.len() >= 8 {
        let tail = crate::bytes::u64_le(&bytes[bytes.len() - 8..]);
        tail >> (8 * (8 - n))
    } else if n >= 4 {
        // Two overlapping four-byte reads; the bytes they share land on the same bits.
        let head = crate::bytes::u32_le(&rest[..4]);
        let tail = crate::bytes::u32_le(&rest[n - 4..]);
        u64::from(head) | (u64::from(tail) << (8 * (n - 4)))
    } else {
        u64::from(rest[0]) | (u64::from(rest[n / 2]) << (8 * (n / 2))) | (u64::from(rest[n - 1]) << (8 * (n - 1)))
    }
}

/// A hash table of compiled-in strings with a value each, keyed under one `Fold`.
///
/// The hash table holds each key with the index of its value in `values`: one table type
/// for every `V`, so that the module has one copy of hashbrown's probe and rehash code for
/// all the tables, not one per value type (each ~1.7 KB).
pub struct Table<V> {
    keys: Keys,
    values: Vec<V>,
}

/// A table's keys with the indexes of their values: its code, hashing and probing, is the
/// same for every `V`, so the module holds one copy of it, not one per value type.
struct Keys {
    fold: Fold,
    table: HashTable<(&'static str, u32)>,
}

impl Keys {
    /// The index of `key`'s value: `Ok` when it was there, `Err(next)` when filed now
    /// under `next` (whose value the caller pushes).
    fn slot(&mut self, key: &'static str, next: usize) -> Result<usize, usize> {
        let fold = self.fold;
        match self.table.entry(fold.hash(key), |(k, _)| fold.eq(k, key), |(k, _)| fold.hash(k)) {
            hashbrown::hash_table::Entry::Occupied(e) => Ok(e.get().1 as usize),
            hashbrown::hash_table::Entry::Vacant(slot) => {
                slot.insert((key, next as u32));
                Err(next)
            }
        }
    }

    fn find(&self, key: &str) -> Option<usize> {
        let fold = self.fold;
        self.table.find(fold.hash(key), |(k, _)| fold.eq(k, key)).map(|&(_, at)| at as usize)
    }
}

impl<V> Table<V> {
    pub fn new(fold: Fold, capacity: usize) -> Table<V> {
        Table { keys: Keys { fold, table: HashTable::with_capacity(capacity) }, values: Vec::with_capacity(capacity) }
    }

    /// The exact-case table of a compiled-in list's rows, each entry with `value(its value)`
    /// (a repeated entry keeps its first).
    pub fn from_entries(data: &'static str, value: impl Fn(&'static str) -> V) -> Table<V> {
        let mut table = Table::new(Fold::Exact, line_count(data));
        for (entry, v) in entries(data) {
            table.insert(entry, value(v));
        }
        table
    }

    /// Adds `key` unless an equal key is there; returns the value kept under it.
    pub fn insert(&mut self, key: &'static str, value: V) -> &mut V {
        let at = match self.keys.slot(key, self.values.len()) {
            Ok(at) => at,
            Err(at) => {
                self.values.push(value);
                at
            }
        };
        &mut self.values[at]
    }

    /// Adds `key` if no equal key is there (one hash); whether it was added.
    pub fn insert_new(&mut self, key: &'static str, value: V) -> bool {
        let added = self.keys.slot(key, self.values.len()).is_err();
        if added {
            self.values.push(value);
        }
        added
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.keys.find(key).map(|at| &self.values[at])
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        let at = self.keys.find(key)?;
        Some(&mut self.values[at])
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// `contains`, kept a call of its own: inlined, the probe's registers made every
    /// lookup save and restore them, also the many that the sieve answers.
    #[inline(never)]
    fn contains_out_of_line(&self, key: &str) -> bool {
        self.contains(key)
    }

    pub fn len(&self) -> usize {
        self.keys.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.table.is_empty()
    }

    /// The keys, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.keys.table.iter().map(|&(k, _)| k)
    }
}

/// A set of single words, looked up exactly or case-insensitively.
///
/// Each of the two tables is built on its first lookup: most lists are only ever
/// looked up one way, and every table built is start-up time in the browser.
pub struct Lexicon {
    /// Data files, split by `entries` when a table is built.
    data: Vec<&'static str>,
    exact: OnceLock<(Table<()>, Sieve)>,
    lower: OnceLock<(Table<()>, Sieve)>,
}

/// The byte lengths and first and last bytes of a list's entries, a bit each: most words
/// asked about are not in a list, and for most of those three bit tests say so before any
/// hashing (the lists of a few dozen cue words are asked about at every token).
struct Sieve {
    lengths: u64,
    firsts: [u64; 4],
    lasts: [u64; 4],
    /// Under the Unicode fold a non-ASCII entry or word can change length and end bytes;
    /// a list holding one is not sieved.
    open: bool,
}

/// Sets byte `b`'s bit in a 256-bit set, or tells whether it is set.
fn set_byte(set: &mut [u64; 4], b: u8) {
    set[usize::from(b / 64)] |= 1 << (b % 64);
}

fn has_byte(set: &[u64; 4], b: u8) -> bool {
    set[usize::from(b / 64)] & (1 << (b % 64)) != 0
}

impl Sieve {
    fn new() -> Sieve {
        Sieve { lengths: 0, firsts: [0; 4], lasts: [0; 4], open: false }
    }

    /// The first and last bytes of `bytes` (not empty) as `fold` compares them.
    fn ends(bytes: &[u8], fold: Fold) -> (u8, u8) {
        let folded = |b: u8| if fold == Fold::Exact { b } else { b.to_ascii_lowercase() };
        (folded(bytes[0]), folded(bytes[bytes.len() - 1]))
    }

    fn add(&mut self, entry: &str, fold: Fold) {
        let bytes = entry.as_bytes();
        if bytes.is_empty() || (fold != Fold::Exact && !entry.is_ascii()) {
            self.open = true;
            return;
        }
        self.lengths |= 1 << bytes.len().min(63);
        let (first, last) = Sieve::ends(bytes, fold);
        set_byte(&mut self.firsts, first);
        set_byte(&mut self.lasts, last);
    }

    fn admits(&self, word: &str, fold: Fold) -> bool {
        let bytes = word.as_bytes();
        if bytes.is_empty() || self.open || (fold != Fold::Exact && !word.is_ascii()) {
            return true;
        }
        let (first, last) = Sieve::ends(bytes, fold);
        self.lengths & (1 << bytes.len().min(63)) != 0 && has_byte(&self.firsts, first) && has_byte(&self.lasts, last)
    }
}

impl Lexicon {
    pub fn from_data(data: &'static str) -> Lexicon {
        Lexicon::from_many(&[data])
    }

    pub fn from_many(data: &[&'static str]) -> Lexicon {
        Lexicon { data: data.to_vec(), exact: OnceLock::new(), lower: OnceLock::new() }
    }

    fn table<'a>(&'a self, cell: &'a OnceLock<(Table<()>, Sieve)>, fold: Fold) -> &'a (Table<()>, Sieve) {
        cell.get_or_init(|| {
            let capacity = self.data.iter().map(|d| line_count(d)).sum::<usize>();
            let mut table = Table::new(fold, capacity);
            let mut sieve = Sieve::new();
            for entry in self.data.iter().flat_map(|d| entries(d).map(|(entry, _)| entry)) {
                table.insert(entry, ());
                sieve.add(entry, fold);
            }
            (table, sieve)
        })
    }

    fn lookup(&self, cell: &OnceLock<(Table<()>, Sieve)>, fold: Fold, word: &str) -> bool {
        let (table, sieve) = self.table(cell, fold);
        sieve.admits(word, fold) && table.contains_out_of_line(word)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.lookup(&self.exact, Fold::Exact, word)
    }

    /// Whether the list holds `word` in any case.
    pub fn contains_lowercase(&self, word: &str) -> bool {
        self.lookup(&self.lower, Fold::Unicode, word)
    }

    pub fn len(&self) -> usize {
        self.table(&self.exact, Fold::Exact).0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Multi-word phrases with a value each, found in text as whole words: the longest phrase
/// starting at a given word start (the entity stage tries each token start).
///
/// A hash table keyed by each phrase's first run of letters and digits, holding the
/// longest phrase length under that key: at each word start one lookup decides whether
/// anything can match there, and only then are the few candidate ends tried. Building
/// it is a single pass of hashing, which matters for cold start in the browser: an
/// Aho-Corasick automaton over the ~17,000 gazetteer names took most of a 150 ms start-up
/// (failure transitions), while this table builds in a few milliseconds. Matching stays
/// linear: each word start costs one lookup plus at most the candidate ends of a phrase.
///
/// The phrases are grouped by their first two bytes, and a group's table is built on the
/// first search in it: a text starts words with few of the ~850 pairs of the gazetteer,
/// and building the table of all 18,000 names was most of the page's first call.
pub struct PhraseMatcher<V> {
    /// The phrases in order.
    phrases: Vec<(Phrases, V)>,
    /// Which entries of a packed group are phrases (`with_packed`).
    keep_packed: fn(&str) -> bool,
    /// The phrases of two bytes or more, by the pair of their first bytes (`pair_bit`).
    groups: KeyGroups,
    /// Each group's table of its phrases and of their first alphanumeric runs, by text:
    /// one table, so that a one-word phrase (most names) is one entry, built with one hash.
    tables: Vec<OnceLock<Table<PhraseEntry<V>>>>,
    /// The first two bytes of every phrase (ASCII-folded when the matcher is), one bit a
    /// pair: most words ("the", "said") start no phrase, and a bit answers that before
    /// any hashing.
    pairs: Box<[u64; 1024]>,
    /// One-byte phrases, by their byte (ASCII-folded when the matcher is): in no group.
    one_byte: Vec<(u8, V)>,
    fold: Fold,
}

/// What a `PhraseMatcher` is built from: one phrase, or a group of a packed list
/// (`packed_groups`: its first entry and its lines), unpacked only when its group's table
/// is built, so that a list need not be unpacked at start-up.
#[derive(Clone, Copy)]
pub enum Phrases {
    One(&'static str),
    PackedGroup(&'static PackedGroup),
}

struct PhraseEntry<V> {
    /// The value, when the text is a phrase.
    value: Option<V>,
    /// When the text is the first run of phrases (`lengths` not 0): the longest one's
    /// length (bytes), and a bit per length (`length_bit`) for all of them.
    longest: usize,
    lengths: u64,
}

impl<V> PhraseEntry<V> {
    const NONE: PhraseEntry<V> = PhraseEntry { value: None, longest: 0, lengths: 0 };
}

/// The bit of the pair of bytes at the start of `s` (a second byte 0 at the text's end).
fn pair_bit(s: &[u8], fold: Fold) -> usize {
    let folded = |b: u8| if fold == Fold::Ascii { b.to_ascii_lowercase() } else { b };
    (usize::from(folded(s[0])) << 8) | usize::from(folded(s.get(1).copied().unwrap_or(0)))
}

/// The bit of a phrase `len` bytes long in a run's lengths; one bit for all of 63 and up.
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// The next length below `len` to try as a phrase end, from a run's `lengths` bits: the
/// next set bit below, so ends no phrase has are skipped; one byte less from 64 up (bit 63
/// stands for them all); 0 when none is left.
fn shorter_length(lengths: u64, len: usize) -> usize {
    if len > 63 {
        return len - 1;
    }
    let below = lengths & ((1 << len) - 1);
    if below == 0 {
        0
    } else {
        63 - below.leading_zeros() as usize
    }
}

/// Whether a byte is an ASCII letter or digit, a table: one load a byte in `first_run`,
/// which runs over every gazetteer name when the matcher is built.
const ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The bytes of `word` that are ASCII letters or digits, each flagged by its high bit. Per
/// byte, with its high bit cleared (at most 0x7f, so no sum below carries into the next):
/// adding 0x80 - lo sets the high bit when it is at least `lo`, adding 0x7f - hi when it is
/// above `hi`; a letter is one in 'a'..='z' once bit 0x20 is set.
#[inline]
fn ascii_alphanumeric_bytes(word: u64) -> u64 {
    let low7 = word & !HIGH_BITS;
    let between = |x: u64, lo: u8, hi: u8| x.wrapping_add(ONE_BYTES * u64::from(0x80 - lo)) & !x.wrapping_add(ONE_BYTES * u64::from(0x7f - hi));
    let letters = between(low7 | (ONE_BYTES * 0x20), b'a', b'z');
    let digits = between(low7, b'0', b'9');
    (letters | digits) & !word & HIGH_BITS
}

/// Whether `c` is one of the accented Latin letters (U+00C0 to U+024F but for `×` and
/// `÷`, all alphabetic): most non-ASCII letters of the gazetteer ("Zürich", "São"), told
/// without a search of Unicode's tables (about 200 instructions each).
fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{24f}') && c != '×' && c != '÷'
}

/// Whether a letter or digit (`char::is_alphanumeric`) starts at byte `at` of `text`, a
/// character boundary: an ASCII byte (most) by the table, without decoding.
#[inline]
fn alphanumeric_at(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => false,
        Some(&b) if b.is_ascii() => ASCII_ALPHANUMERIC[usize::from(b)],
        Some(_) => text[at..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// Whether `s` starts with a letter or digit (its first run is not empty).
#[inline]
fn starts_alphanumeric(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() => ASCII_ALPHANUMERIC[usize::from(b)],
        _ => s.chars().next().is_some_and(|c| is_latin_letter(c) || c.is_alphanumeric()),
    }
}

/// Whether an entry that starts with the first two bytes of `first` (not one byte long)
/// may start with a letter or digit: whether `first` does when its first character ends
/// there; else no for U+2000-U+203F (general punctuation: quotes, as in "‘Ajman" or
/// "’s-Hertogenbosch"), yes for other characters.
fn may_start_alphanumeric(first: &str) -> bool {
    if first.is_char_boundary(2) {
        starts_alphanumeric(first)
    } else {
        !first.as_bytes().starts_with(&[0xe2, 0x80])
    }
}

/// The first run of alphanumeric characters of `s`, from its start.
fn first_run(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut end = 0;
    // Eight bytes a step while all are ASCII letters or digits: a group's table takes the
    // first run of each of its names (most are one word). Fewer than eight at the end are
    // read with zeros above them, which end the run.
    while end < bytes.len() {
        let word = match bytes.get(end..end + 8) {
            Some(chunk) => crate::bytes::u64_le(chunk),
            None => last_bytes(bytes, bytes.len() - end),
        };
        let others = !ascii_alphanumeric_bytes(word) & HIGH_BITS;
        if others != 0 {
            end += (others.trailing_zeros() / 8) as usize;
            break;
        }
        end += 8;
    }
    // ASCII bytes by the table; only other characters are decoded and looked up in
    // Unicode's tables ("Zürich" decodes one).
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii() {
            if !ASCII_ALPHANUMERIC[usize::from(b)] {
                break;
            }
            end += 1;
        } else {
            match s[end..].chars().next() {
                Some(c) if is_latin_letter(c) || c.is_alphanumeric() => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    &s[..end]
}

impl<V: Copy> PhraseMatcher<V> {
    /// Builds from `(phrase, value)` pairs; a phrase listed twice keeps its first value.
    /// Only puts the phrases into their groups: a group's table is built on first use.
    pub fn new(phrases: impl IntoIterator<Item = (&'static str, V)>, ascii_case_insensitive: bool) -> PhraseMatcher<V> {
        Self::with_packed(phrases.into_iter().map(|(phrase, value)| (Phrases::One(phrase), value)), ascii_case_insensitive, |_| true)
    }

    /// Builds from phrases and packed groups; of a group's entries, those `keep_packed`
    /// keeps are phrases. A phrase listed twice keeps its first value.
    pub fn with_packed(
        phrases: impl IntoIterator<Item = (Phrases, V)>,
        ascii_case_insensitive: bool,
        keep_packed: fn(&str) -> bool,
    ) -> PhraseMatcher<V> {
        let fold = if ascii_case_insensitive { Fold::Ascii } else { Fold::Exact };
        let phrases: Vec<(Phrases, V)> = phrases
            .into_iter()
            .filter_map(|(phrases, value)| match phrases {
                // A group of one byte (its second 0) holds only that phrase: one-byte phrases
                // are kept apart.
                Phrases::PackedGroup(group) if group.first.len() == 1 => keep_packed(group.first).then_some((Phrases::One(group.first), value)),
                _ => Some((phrases, value)),
            })
            .collect();
        let mut pairs = Box::new([0u64; 1024]);
        // A phrase starts with an ASCII letter or digit or a UTF-8 lead byte: fewer than
        // 127 * 256 pairs, as `KeyGroups` needs.
        let mut groups = KeyGroups::with_capacity(phrases.len());
        let mut one_byte: Vec<(u8, V)> = Vec::new();
        for &(phrases, value) in &phrases {
            let mut key = None;
            // A phrase must start with a letter or digit to start at a word boundary (a group
            // of "'s" or "’s" would cost a search at every possessive).
            let phrase = match phrases {
                Phrases::One(phrase) => Some(phrase).filter(|p| starts_alphanumeric(p)),
                Phrases::PackedGroup(group) => Some(group.first).filter(|first| may_start_alphanumeric(first)),
            };
            if let Some(phrase) = phrase {
                let bit = pair_bit(phrase.as_bytes(), fold);
                if phrase.len() == 1 {
                    // Whatever follows a one-byte phrase ends it.
                    let first = bit & !0xff;
                    (first..first + 256).for_each(|bit| pairs[bit / 64] |= 1 << (bit % 64));
                    let byte = (bit >> 8) as u8;
                    if !one_byte.iter().any(|&(b, _)| b == byte) {
                        one_byte.push((byte, value));
                    }
                } else {
                    pairs[bit / 64] |= 1 << (bit % 64);
                    key = Some(bit);
                }
            }
            groups.push(key);
        }
        PhraseMatcher {
            phrases,
            keep_packed,
            tables: (0..groups.group_count()).map(|_| OnceLock::new()).collect(),
            groups,
            pairs,
            one_byte,
            fold,
        }
    }

    /// The table of group `group`, built on its first use.
    #[inline(always)]
    fn group_table(&self, group: usize) -> &Table<PhraseEntry<V>> {
        match self.tables[group].get() {
            Some(table) => table,
            None => self.build_group(group),
        }
    }

    /// A call of its own, out of the search's way: most searches find their table built.
    #[cold]
    #[inline(never)]
    fn build_group(&self, group: usize) -> &Table<PhraseEntry<V>> {
        self.tables[group].get_or_init(|| {
            let members = self.groups.members(group);
            let phrase_count: usize = members
                .iter()
                .map(|&i| match self.phrases[i].0 {
                    Phrases::One(_) => 1,
                    Phrases::PackedGroup(group) => group.entries().len(),
                })
                .sum();
            // Room for the phrases and for first runs of their own (a third of the names
            // are several words): no growing while it is filled.
            let mut table = Table::new(self.fold, phrase_count + phrase_count / 2 + 1);
            let mut add = |phrase: &'static str, value: V| {
                let entry = table.insert(phrase, PhraseEntry::NONE);
                if entry.value.is_some() {
                    return;
                }
                entry.value = Some(value);
                let run = first_run(phrase);
                let run_entry = if run.len() == phrase.len() { entry } else { table.insert(run, PhraseEntry::NONE) };
                run_entry.longest = run_entry.longest.max(phrase.len());
                run_entry.lengths |= length_bit(phrase.len());
            };
            for &i in &members {
                match self.phrases[i] {
                    (Phrases::One(phrase), value) => add(phrase, value),
                    (Phrases::PackedGroup(group), value) => {
                        for phrase in group.entries().iter() {
                            if starts_alphanumeric(phrase) && (self.keep_packed)(phrase) {
                                add(phrase, value);
                            }
                        }
                    }
                }
            }
            table
        })
    }

    /// The longest phrase that starts at byte `start` (a word start) and ends at a word
    /// boundary: its end and value.
    #[inline]
    pub fn longest_at(&self, text: &str, start: usize) -> Option<(usize, &V)> {
        // Most words start no phrase: this bit test is all they cost, without a call of the
        // search below (asked at every word start).
        let bit = pair_bit(&text.as_bytes()[start..], self.fold);
        if self.pairs[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.longest_from(text, start, bit)
    }

    #[inline(never)]
    fn longest_from(&self, text: &str, start: usize, bit: usize) -> Option<(usize, &V)> {
        let longer = self.groups.group_of(bit).and_then(|group| self.longest_in(self.group_table(group), text, start));
        longer.or_else(|| self.one_byte_at(text, start))
    }

    /// A one-byte phrase at `start` not followed by a letter or digit: the shortest match,
    /// tried when no phrase of the group matched.
    fn one_byte_at(&self, text: &str, start: usize) -> Option<(usize, &V)> {
        if self.one_byte.is_empty() {
            return None;
        }
        let byte = text.as_bytes()[start];
        let byte = if self.fold == Fold::Ascii { byte.to_ascii_lowercase() } else { byte };
        let (_, value) = self.one_byte.iter().find(|&&(b, _)| b == byte)?;
        // The byte is an ASCII letter or digit, so a character ends after it.
        (!alphanumeric_at(text, start + 1)).then_some((start + 1, value))
    }

    /// The longest phrase of a group's table at `start`.
    #[inline(always)]
    fn longest_in<'a>(&self, table: &'a Table<PhraseEntry<V>>, text: &str, start: usize) -> Option<(usize, &'a V)> {
        let run_end = start + first_run(&text[start..]).len();
        let run = table.get(&text[start..run_end]).filter(|run| run.lengths != 0)?;
        // Candidate ends: word boundaries from the first run up to the longest phrase, at
        // the lengths of its phrases (most word ends after "The" or "New" end none).
        let bytes = text.as_bytes();
        let mut end = (start + run.longest).min(text.len());
        while end >= run_end && end > start {
            let len = end - start;
            if run.lengths & length_bit(len) != 0 && text.is_char_boundary(end) {
                // The byte test first: the character after is decoded only for a word end.
                let ends_word = end == run_end || bytes[end - 1] != b' ';
                if ends_word && !alphanumeric_at(text, end) {
                    let phrase = if end == run_end { Some(run) } else { table.get(&text[start..end]) };
                    if let Some(value) = phrase.and_then(|p| p.value.as_ref()) {
                        return Some((end, value));
                    }
                }
            }
            end = start + shorter_length(run.lengths, len);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every whole-word match in `text`, leftmost first, never overlapping, as
    /// `(matched text, value)`: `longest_at` tried at each word start.
    fn all_matches<'a, V: Copy>(m: &PhraseMatcher<V>, text: &'a str) -> Vec<(&'a str, V)> {
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some(c) = text[pos..].chars().next() {
            let start = pos;
            pos += c.len_utf8();
            let at_word_start = c.is_alphanumeric() && !text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
            if !at_word_start {
                continue;
            }
            match m.longest_at(text, start) {
                Some((end, v)) => {
                    found.push((&text[start..end], *v));
                    pos = end;
                }
                None => pos = start + first_run(&text[start..]).len(),
            }
        }
        found
    }

    #[test]
    fn alphanumeric_bytes_are_found_eight_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"a0Zz9AzQ";
                bytes[at] = b;
                let found = ascii_alphanumeric_bytes(u64::from_le_bytes(bytes));
                for (i, &x) in bytes.iter().enumerate() {
                    assert_eq!(found & (0x80 << (8 * i)) != 0, x.is_ascii_alphanumeric(), "{b} at {at}, byte {i}");
                }
            }
        }
        for s in ["Tokyo", "International Bank", "São Paulo", "abcdefgh", "abcdefghi jk", "abcdefgh-ij", "abcdefghü x", "U.S.", "12345678901", "’s"] {
            let slow = s.char_indices().find(|&(_, c)| !(is_latin_letter(c) || c.is_alphanumeric())).map_or(s.len(), |(i, _)| i);
            assert_eq!(first_run(s), &s[..slow], "{s}");
        }
    }

    #[test]
    fn latin_letters_are_alphanumeric() {
        for c in '\u{80}'..='\u{2ff}' {
            assert!(!is_latin_letter(c) || c.is_alphanumeric(), "{c}");
        }
        assert!(is_latin_letter('ü') && is_latin_letter('Ș') && !is_latin_letter('×') && !is_latin_letter('’'));
    }

    #[test]
    fn stripped_letters_are_in_order() {
        // `strip_diacritics` finds them by binary search.
        assert!(STRIPPED_FROM.windows(2).all(|w| w[0] < w[1]));
        let mut text = "Martha\u{2019}s Vineyard \u{141}\u{f3}d\u{17a} Z\u{327}".as_bytes().to_vec();
        let len = text.len();
        strip_diacritics(&mut text, 0);
        assert_eq!(&text[len..], "Martha's Vineyard \u{141}odz Z".as_bytes());
    }

    #[test]
    fn entries_marked_are_unpacked_without_their_diacritics_too() {
        // "São Paulo" (and "Sao Paulo"), "Sé", "Łódź" (and "Łodz"), "Z̧ab" (and "Zab").
        let packed = "7 42 3\n\x1dS\u{e3}o Paulo\x1f\n1\u{e9}\x1d\u{141}\u{f3}d\u{17a}\x1f\x1dZ\u{327}ab\x1f\n";
        let entries: Vec<&str> = unpack(packed).iter().collect();
        assert_eq!(entries, ["S\u{e3}o Paulo", "Sao Paulo", "S\u{e9}", "\u{141}\u{f3}d\u{17a}", "\u{141}odz", "Z\u{327}ab", "Zab"]);
    }

    #[test]
    fn grouped_lists_find_entries_group_by_group() {
        // "Ab", "Abc" | "Ba" | "Bé" | "C": each group starts afresh, as build.rs packs them.
        let list = GroupedList::new("5 13 4\n\x1dAb\n2c\x1dBa\x1dB\u{e9}\x1dC\n");
        for w in ["Ab", "Abc", "Ba", "B\u{e9}", "C"] {
            assert!(list.contains(w), "{w}");
        }
        for w in ["", "A", "Abd", "B", "Bb", "B\u{e8}", "Ca", "c", "ab", "0Ab"] {
            assert!(!list.contains(w), "{w}");
        }
    }

    #[test]
    fn parses_data_files() {
        let data = "# header\nJapan\tGPE\n\nEast China Sea\tLOC\r\n";
        assert_eq!(
            entries(data).collect::<Vec<_>>(),
            [("Japan", "GPE"), ("East China Sea", "LOC")]
        );
    }

    #[test]
    fn line_breaks_and_tabs_are_found_eight_bytes_a_step() {
        let text = "Zürich\tGPE\nab\n\n\tx\t\tlonger entry with spaces\t1\t2\nz";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let naive = (from..bytes.len()).find(|&i| bytes[i] == b'\n' || bytes[i] == b'\t').unwrap_or(bytes.len());
            assert_eq!(next_byte_of(bytes, from, b'\n', b'\t'), naive, "from {from}");
        }
        // Bytes that differ from a tab or line break by one bit, or borrow across a match.
        let tricky = [0x0b, 0x08, 0x0a, 0x01, 0x00, 0x09, 0x8a, 0x89, 0x0a, 0x0b];
        for from in 0..=tricky.len() {
            let naive = (from..tricky.len()).find(|&i| tricky[i] == b'\n' || tricky[i] == b'\t').unwrap_or(tricky.len());
            assert_eq!(next_byte_of(&tricky, from, b'\n', b'\t'), naive, "tricky from {from}");
        }
    }

    #[test]
    fn folded_hashes_agree_with_lower_case() {
        let words = ["", "A", "Zürich", "ÎLE-DE-FRANCE", "@[`{", "People’s LIBERATION Army", "AZaz09@[`{\u{7f}\u{80}", "\u{212a}elvin"];
        for w in words {
            let lower = w.to_lowercase();
            assert_eq!(Fold::Unicode.hash(w), Fold::Unicode.hash(&lower), "{w}");
            assert_eq!(Fold::Exact.hash(&lower), Fold::Unicode.hash(&lower), "{w}");
            if w.is_ascii() {
                assert_eq!(Fold::Ascii.hash(w), Fold::Exact.hash(&w.to_ascii_lowercase()), "{w}");
            }
        }
        // Only capitals change: punctuation next to them in ASCII hashes as itself.
        assert_ne!(Fold::Ascii.hash("@"), Fold::Ascii.hash("`"));
        assert_ne!(Fold::Ascii.hash("["), Fold::Ascii.hash("{"));
        let long = "THE INTERNATIONAL BANK FOR RECONSTRUCTION AND DEVELOPMENT OF THE WORLD, ÎLE-DE-FRANCE AND ZÜRICH BRANCHES, WITH MORE WORDS TO PASS 128 BYTES";
        assert_eq!(Fold::Unicode.hash(long), Fold::Unicode.hash(&long.to_lowercase()));
    }

    #[test]
    fn sieved_lookups_agree_with_the_table() {
        let lexicon = Lexicon::from_data("said\nTold\nann\u{e9}e\nx\n");
        let ascii_only = Lexicon::from_data("said\nTold\n");
        for w in ["said", "SAID", "Told", "told", "année", "ANNÉE", "x", "X", "sad", "", "tolD", "\u{212a}"] {
            assert_eq!(lexicon.contains(w), ["said", "Told", "année", "x"].contains(&w), "{w}");
            assert_eq!(lexicon.contains_lowercase(w), ["said", "SAID", "Told", "told", "tolD", "année", "ANNÉE", "x", "X"].contains(&w), "{w}");
        }
        // A word whose lower case is ASCII only through a non-ASCII letter (the Kelvin sign) is
        // still found in an all-ASCII list.
        assert!(Lexicon::from_data("kelvin\n").contains_lowercase("\u{212a}elvin"));
        assert!(ascii_only.contains_lowercase("TOLD") && !ascii_only.contains_lowercase("toll"));
    }

    #[test]
    fn phrases_match_whole_words_longest_first() {
        let m = PhraseMatcher::new([("Japan", 1), ("China", 2), ("East China Sea", 3)], false);
        let text = "Japanese ships in the East China Sea near Japan.";
        let found = all_matches(&m, text);
        assert_eq!(found, [("East China Sea", 3), ("Japan", 1)]);
    }

    #[test]
    fn one_byte_phrases_match_in_any_group_of_their_byte() {
        let m = PhraseMatcher::new([("A", 1), ("A.B.", 2), ("AB", 3), ("x", 4), ("A", 9)], false);
        let text = "A. A.B. AB A x y AB.";
        assert_eq!(all_matches(&m, text), [("A", 1), ("A.B.", 2), ("AB", 3), ("A", 1), ("x", 4), ("AB", 3)]);
        let m = PhraseMatcher::new([("a", 5), ("ab cd", 6)], true);
        assert_eq!(all_matches(&m, "A AB CD ab"), [("A", 5), ("AB CD", 6)]);
    }

    #[test]
    fn phrases_of_63_bytes_and_more_share_one_length_bit() {
        let long = "International Bank for Reconstruction and Development of the World";
        let longer = "International Bank for Reconstruction and Development of the World Group";
        assert!(long.len() >= 63);
        let m = PhraseMatcher::new([(longer, 1), (long, 2), ("International Bank", 3)], false);
        let text = format!("{long}, the {longer} and the International Bank of Japan.");
        assert_eq!(all_matches(&m, &text), [(long, 2), (longer, 1), ("International Bank", 3)]);
    }

    #[test]
    fn phrases_with_dots_apostrophes_and_case_folding() {
        let m = PhraseMatcher::new([("U.S.", 1), ("People’s Liberation Army", 2), ("U.S. Navy", 3), ("according to", 4)], true);
        let text = "The U.S. and the people’s liberation army; U.S. Navy ships, ACCORDING TO U.S.A.";
        let found = all_matches(&m, text);
        assert_eq!(found, [("U.S.", 1), ("people’s liberation army", 2), ("U.S. Navy", 3), ("ACCORDING TO", 4)]);
    }

    #[test]
    fn a_longer_non_word_match_does_not_hide_a_shorter_word() {
        let m = PhraseMatcher::new([("New York", 1), ("New Yorker", 2), ("York", 3)], false);
        let text = "New Yorkers in York.";
        let found = all_matches(&m, text);
        assert_eq!(found, [("York", 3)]);
    }

    #[test]
    fn the_word_at_a_time_comparison_agrees_with_equality() {
        let text = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
        for n in 0..20 {
            let a = &text[..n];
            assert!(same_bytes(a, a), "{n}");
            for i in 0..n {
                let mut b = a.to_vec();
                b[i] ^= 0x20;
                assert!(!same_bytes(a, &b), "{n} {i}");
            }
            assert!(!same_bytes(a, &text[..n + 1]), "{n}");
        }
    }

    #[test]
    fn the_one_pass_unicode_comparison_agrees_with_lower_case() {
        let words = ["Zürich", "ZÜRICH", "zurich", "Zu", "Kelvin", "\u{212A}elvin", "kelvin", "k", "\u{212A}", "Tokyo", "TOKYO", "Tokyo\u{212A}", "tokyok", "", "İ", "i̇"];
        for a in words {
            for b in words {
                assert_eq!(Fold::Unicode.eq(a, b), a.to_lowercase() == b.to_lowercase(), "{a} {b}");
            }
        }
    }

    #[test]
    fn the_word_at_a_time_folds_agree_with_lower_case() {
        let text = "According To the Ministry@[`{ of ÎLE-de-France, Zürich";
        let cut = |s: &str, from: usize, to: usize| s.get(from..to).map(str::to_string);
        let mut words: Vec<String> = Vec::new();
        for from in 0..text.len() {
            for to in from..(from + 20).min(text.len()) {
                if let Some(w) = cut(text, from, to) {
                    words.push(w.to_ascii_uppercase());
                    words.push(w.to_lowercase());
                    words.push(w);
                }
            }
        }
        for a in &words {
            for b in words.iter().filter(|b| b.len().abs_diff(a.len()) <= 1) {
                assert_eq!(Fold::Ascii.eq(a, b), a.eq_ignore_ascii_case(b), "{a:?} {b:?}");
                assert_eq!(Fold::Unicode.eq(a, b), a.to_lowercase() == b.to_lowercase(), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn key_groups_keep_each_group_in_the_order_added() {
        let mut groups = KeyGroups::with_capacity(6);
        for key in [Some(7), None, Some(300), Some(7), Some(7), Some(300)] {
            groups.push(key);
        }
        assert_eq!(groups.group_count(), 2);
        assert_eq!((groups.group_of(7), groups.group_of(300), groups.group_of(8)), (Some(0), Some(1), None));
        assert_eq!(groups.members(0), [0, 3, 4]);
        assert_eq!(groups.members(1), [2, 5]);
    }

    #[test]
    fn folded_tables_match_any_case_without_copies() {
        let long = "The International Bank for Reconstruction and Development of the World";
        let mut t = Table::new(Fold::Unicode, 4);
        for key in ["Île-de-France", "Zürich", "Tokyo", long] {
            t.insert(key, key.len());
        }
        for probe in ["ÎLE-DE-FRANCE", "île-de-france", "ZÜRICH", "tokyo", "TOKYO"] {
            assert!(t.contains(probe), "{probe}");
        }
        assert!(t.contains(&long.to_uppercase()));
        assert!(!t.contains("Tokio") && !t.contains("Zurich"));
        let mut ascii = Table::new(Fold::Ascii, 4);
        ascii.insert("according to", ());
        assert!(ascii.contains("ACCORDING TO") && !ascii.contains("Île"));
        let mut exact = Table::new(Fold::Exact, 4);
        exact.insert("US", ());
        assert!(exact.contains("US") && !exact.contains("us"));
    }
}
