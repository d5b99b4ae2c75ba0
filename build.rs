//! Prepares the word lists under `src/data/` for compiling in: they are most of the wasm
//! module's download. Every list loses its comment lines (`data!`), a list whose value
//! columns nothing reads keeps only its entries, and the biggest lists are also
//! front-coded (`packed_list!`): each entry as one byte, `'0'` plus the bytes it shares
//! with the entry before (0-40, `MAX_SHARED`), then the rest of it; under gzip the sorted given names shrink by a
//! third. `lexicon::unpack` reverses that. A few lists are compiled in as what start-up
//! makes of them (`TITLE_WORDS`, `FRAME_CUES_BY_FORM`). The lists under `src/data/` stay
//! the readable, credited source.

use std::path::Path;
use std::{env, fs};

/// Lists under `src/data/` also front-coded, into `$OUT_DIR` as their path with `/` -> `_`
/// (`packed_list!`) instead of under `data/`.
const PACKED: [&str; 7] = [
    "gazetteer/given_names.txt",
    "gazetteer/cities.txt",
    "gazetteer/regions.txt",
    "gazetteer/organisations.txt",
    "gazetteer/demonyms.txt",
    "gazetteer/locations.txt",
    "gazetteer/news_outlets.txt",
];

// `kept_precision`: the thresholds the annotator applies to learned cue rows.
#[allow(dead_code)]
mod learned {
    include!("src/claims/learned_cue_rows.rs");
}

/// Learned lists whose rows under the annotator's thresholds are left out; a row kept
/// keeps as its value only the precision the annotator reads (thousandths).
const THRESHOLDED: [&str; 1] = ["cues/reporting_verbs.txt"];

/// Lists whose value columns nothing reads: statistics of where the cues were learned, and the
/// country codes of cities and regions (all GPE; the codes are 10 KB of the gzipped module).
/// Entries alone are also quicker to read at start-up.
const ENTRIES_ONLY: [&str; 7] = [
    "cues/frame_cues.txt",
    "cues/denial_cues.txt",
    "cues/allegation_cues.txt",
    "cues/falsity_words.txt",
    "cues/reporting_nouns.txt",
    "gazetteer/cities.txt",
    "gazetteer/regions.txt",
];

/// Lists compiled in without the entries of another list that gives them the same label:
/// a region that is also a city ("Abidjan", "Akita"; 529 of them) is one GPE name either way,
/// as the country codes go (ENTRIES_ONLY). The sources keep them, credited to each source.
const LEFT_TO: [(&str, &str); 1] = [("gazetteer/regions.txt", "gazetteer/cities.txt")];

/// Lists whose every row has the same value, the label `entities::gazetteer` gives the file
/// anyway: compiled in as entries only, so that every packed list unpacks straight into its
/// entries (and a plain one is read without its values). A row with another value fails
/// the build.
const ONE_LABEL: [(&str, &str); 4] = [
    ("gazetteer/organisations.txt", "ORG"),
    ("gazetteer/demonyms.txt", "NORP"),
    ("gazetteer/locations.txt", "LOC"),
    ("gazetteer/news_outlets.txt", "ORG"),
];

/// Lists whose readers take a row without a value as one whose value is its entry: a value
/// equal to its entry is left out ("Albania\tAlbania" -> "Albania"; two rows in three of the
/// countries, 0.5 KB of the gzipped module).
const SAME_VALUE_LEFT_OUT: [&str; 1] = ["gazetteer/countries.txt"];

/// Lists compiled in by value: one line a value, with its entries in file order, a space
/// between each two ("0.923\tsaid says ..."), values in the order they first come: the
/// reporting verbs kept have 128 precisions for 324 forms.
const BY_VALUE: [&str; 1] = ["cues/reporting_verbs.txt"];

/// The word classes, compiled in by class without the class names (`word_classes`).
const WORD_CLASSES: &str = "cues/word_classes.txt";

/// Lists read only through a list made of them here: compiled in as that list alone.
/// `entities::gazetteer`'s title words are `entities/titles.txt` and the last word of each title
/// of `gazetteer/titles.txt` ("Prime Minister" -> "minister"), dots dropped, lower-cased, each
/// once: no lower-casing or splitting of titles at start-up.
const TITLE_SOURCES: [&str; 2] = ["entities/titles.txt", "gazetteer/titles.txt"];
const TITLE_WORDS: &str = "entities/title_words.txt";

/// The frame cues ("form class" a line), compiled in by form: each form once, with the
/// classes that make it a cue ("plans\tto DET"; `by_form`), so that `claims::cues` builds one
/// table entry a form, not a set of pairs and a set of forms.
const FRAME_CUES: &str = "cues/frame_cues.txt";
const FRAME_CUES_BY_FORM: &str = "cues/frame_cues_by_form.txt";

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut title_words = Vec::new();
    println!("cargo:rerun-if-changed=src/data");
    println!("cargo:rerun-if-changed=src/claims/learned_cue_rows.rs");
    println!("cargo:rerun-if-changed=src/diacritics.rs");
    for source in data_files(Path::new("src/data")) {
        let relative = source.strip_prefix("src/data").expect("under src/data").to_string_lossy().replace('\\', "/");
        println!("cargo:rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        let one_label = ONE_LABEL.iter().find(|(list, _)| *list == relative).map(|&(_, label)| label);
        let entries_only = ENTRIES_ONLY.contains(&relative.as_str()) || one_label.is_some();
        let thresholded = THRESHOLDED.contains(&relative.as_str());
        let same_value_left_out = SAME_VALUE_LEFT_OUT.contains(&relative.as_str());
        let covered: std::collections::HashSet<String> = match LEFT_TO.iter().find(|(list, _)| *list == relative) {
            Some((_, other)) => {
                let other = fs::read_to_string(Path::new("src/data").join(other)).unwrap_or_else(|e| panic!("{other}: {e}"));
                other.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').next().unwrap_or("").trim().to_string()).collect()
            }
            None => Default::default(),
        };
        let mut kept = String::with_capacity(text.len());
        // Lines come out clean (entry and value trimmed, no blank lines), so that
        // `lexicon::entries` can split them by bytes at run time without trimming.
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (entry, value) = line.split_once('\t').unwrap_or((line, ""));
            let (entry, value) = (entry.trim(), value.trim());
            if entry.is_empty() || covered.contains(entry) {
                continue;
            }
            let precision;
            let value = if thresholded {
                match learned::kept_precision(entry, value) {
                    Some(p) => {
                        precision = p.to_string();
                        precision.as_str()
                    }
                    None => continue,
                }
            } else {
                value
            };
            if let Some(label) = one_label {
                assert_eq!(value, label, "{relative}: every row of this list must be {label} (build.rs, ONE_LABEL)");
            }
            kept.push_str(entry);
            if !entries_only && !value.is_empty() && !(same_value_left_out && value == entry) {
                kept.push('\t');
                kept.push_str(value);
            }
            kept.push('\n');
            // The cues were learned from American copy: "signaled" is "signalled" in British.
            if thresholded {
                if let Some(british) = british_spelling(entry) {
                    if !text.lines().any(|l| l.split('\t').next() == Some(british.as_str())) {
                        kept.push_str(&format!("{british}\t{value}\n"));
                    }
                }
            }
        }
        if PACKED.contains(&relative.as_str()) {
            assert!(!kept.contains('\t'), "{relative}: a packed list holds entries only (ENTRIES_ONLY or ONE_LABEL)");
            let packed_path = Path::new(&out_dir).join(relative.replace('/', "_"));
            fs::write(&packed_path, pack(&kept)).unwrap_or_else(|e| panic!("{}: {e}", packed_path.display()));
            continue;
        }
        if relative == WORD_CLASSES {
            let (lines, ids) = word_classes(&kept);
            write_data(&out_dir, &relative, &lines);
            let ids_path = Path::new(&out_dir).join("word_class_ids.rs");
            fs::write(&ids_path, ids).unwrap_or_else(|e| panic!("{}: {e}", ids_path.display()));
            continue;
        }
        if BY_VALUE.contains(&relative.as_str()) {
            write_data(&out_dir, &relative, &by_value(&relative, &kept));
            continue;
        }
        if relative == FRAME_CUES {
            write_data(&out_dir, FRAME_CUES_BY_FORM, &by_form(&kept));
            continue;
        }
        if TITLE_SOURCES.contains(&relative.as_str()) {
            assert!(!kept.contains('\t'), "{relative}: titles have no values (build.rs, TITLE_SOURCES)");
        }
        if relative == TITLE_SOURCES[0] {
            title_words.extend(kept.lines().map(str::to_string));
        } else if relative == TITLE_SOURCES[1] {
            let last_words = kept.lines().filter_map(|title| title.split_whitespace().last());
            title_words.extend(last_words.map(|word| word.trim_end_matches('.').to_lowercase()));
        } else {
            write_data(&out_dir, &relative, &kept);
        }
    }
    let mut seen = std::collections::HashSet::new();
    title_words.retain(|word| !word.is_empty() && seen.insert(word.clone()));
    write_data(&out_dir, TITLE_WORDS, &(title_words.join("\n") + "\n"));
}

/// "form class" lines as "form form ...\tclass class ..." lines: each form once, with the
/// classes that make it a cue, and the forms with the same classes on one line (556 forms,
/// 124 lists of classes: 0.36 KB of the gzipped module), forms and lines in the order they
/// first come.
fn by_form(frames: &str) -> String {
    let forms = grouped(frames.lines().map(|frame| {
        let (form, class) = frame.split_once(' ').unwrap_or_else(|| panic!("{FRAME_CUES}: {frame:?} is no \"form class\""));
        assert!(!class.contains(' '), "{FRAME_CUES}: {frame:?} is no \"form class\"");
        (form, class)
    }));
    let lines = grouped(forms.into_iter().map(|(form, classes)| (classes.join(" "), form)));
    lines.iter().map(|(classes, forms)| format!("{}\t{classes}\n", forms.join(" "))).collect()
}

/// "entry\tvalue" lines as "value\tentry entry ..." lines (`BY_VALUE`).
fn by_value(list: &str, rows: &str) -> String {
    let values = grouped(rows.lines().map(|row| {
        let (entry, value) = row.split_once('\t').unwrap_or_else(|| panic!("{list}: {row:?} has no value"));
        assert!(!entry.contains(' '), "{list}: {entry:?} holds a space (build.rs, BY_VALUE)");
        (value, entry)
    }));
    values.iter().map(|(value, entries)| format!("{value}\t{}\n", entries.join(" "))).collect()
}

/// The word classes (`claims::words`): each class's words on one line, classes in the order
/// they first come, and a constant naming each line for the code ("finite" ->
/// `FINITE: WordClass = WordClass(3)`), so that a question to a class is an index, not a
/// lookup of its name, and a misspelt class fails the build.
fn word_classes(rows: &str) -> (String, String) {
    let classes = grouped(rows.lines().map(|row| {
        let (word, class) = row.split_once('\t').unwrap_or_else(|| panic!("{WORD_CLASSES}: {row:?} has no class"));
        assert!(!word.contains(' '), "{WORD_CLASSES}: {word:?} holds a space");
        (class, word)
    }));
    let lines = classes.iter().map(|(_, words)| words.join(" ") + "\n").collect();
    let mut ids: String = classes
        .iter()
        .enumerate()
        .map(|(i, (class, _))| format!("pub const {}: WordClass = WordClass({i});\n", class.to_uppercase().replace('-', "_")))
        .collect();
    ids.push_str(&format!("pub const COUNT: usize = {};\n", classes.len()));
    (lines, ids)
}

/// (key, item) pairs as each key with its items, keys and items in the order they first come.
fn grouped<K: PartialEq, V>(pairs: impl Iterator<Item = (K, V)>) -> Vec<(K, Vec<V>)> {
    let mut groups: Vec<(K, Vec<V>)> = Vec::new();
    for (key, item) in pairs {
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, items)) => items.push(item),
            None => groups.push((key, vec![item])),
        }
    }
    groups
}

/// Writes a prepared list where `data!` finds it.
fn write_data(out_dir: &str, relative: &str, text: &str) {
    let target = Path::new(out_dir).join("data").join(relative);
    fs::create_dir_all(target.parent().expect("a file has a folder")).expect("OUT_DIR is writable");
    fs::write(&target, text).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}

/// Front-codes the entries of a list (one a line, comments already dropped), after a first
/// line with their count, their total length in bytes (`lexicon::unpack` reserves exactly
/// that much) and the number of groups.
///
/// Packed lists are read by group (`lexicon::packed_groups`): entries that start with the
/// same two bytes are one group, the groups follow each other (the list is sorted by them,
/// stably: each list gives all its entries one label, so their order within it matters to
/// none), and an entry that starts a group shares no bytes with the entry before. Each group
/// starts with `GROUP_END` in place of the line end before it and of its first line's digit
/// (0), so that start-up finds where groups start with one search for a byte. A line of each
/// group's length in bytes did that before: its numbers were 3.5 KB of the gzipped module.
fn pack(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.trim().is_empty()).collect();
    let group = |entry: &str| entry.as_bytes().get(..2).unwrap_or(entry.as_bytes()).to_vec();
    lines.sort_by_key(|line| group(line));
    // An entry listed with and without its diacritics, in the same group, is packed once,
    // marked (`ALSO_STRIPPED`): the spelling without them is unpacked after it.
    let (count, length) = (lines.len(), lines.iter().map(|l| l.len()).sum::<usize>());
    let mut unmarked: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    lines.iter().for_each(|line| *unmarked.entry(line).or_default() += 1);
    let mut marked = std::collections::HashSet::new();
    let mut dropped: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for line in &lines {
        let mut bytes = line.as_bytes().to_vec();
        diacritics::strip_diacritics(&mut bytes, 0);
        let stripped = String::from_utf8(bytes.split_off(line.len())).expect("UTF-8");
        if stripped == *line || group(&stripped) != group(line) || marked.contains(line) || dropped.contains_key(*line) {
            continue;
        }
        if let Some(n) = unmarked.get_mut(stripped.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            marked.insert(*line);
            *dropped.entry(stripped).or_default() += 1;
        }
    }
    lines.retain(|line| match dropped.get_mut(*line) {
        Some(n) if *n > 0 => {
            *n -= 1;
            false
        }
        _ => true,
    });
    let mut body = String::with_capacity(text.len());
    let mut group_count = 0;
    let mut previous = "";
    for line in &lines {
        assert!(!line.contains([GROUP_END, ALSO_STRIPPED]), "{line:?}: no entry may hold {GROUP_END:?} or {ALSO_STRIPPED:?}");
        let mut shared = previous.bytes().zip(line.bytes()).take(MAX_SHARED).take_while(|(a, b)| a == b).count();
        if group(line) != group(previous) || group_count == 0 {
            // `GROUP_END` in place of the line end before and of the digit (0).
            shared = 0;
            group_count += 1;
            body.pop();
            body.push(GROUP_END);
        } else {
            while !line.is_char_boundary(shared) {
                shared -= 1;
            }
            body.push(char::from(b'0' + shared as u8));
        }
        body.push_str(&line[shared..]);
        if marked.contains(line) {
            body.push(ALSO_STRIPPED);
        }
        body.push('\n');
        previous = line;
    }
    format!("{count} {length} {group_count}\n{body}")
}

/// What ends the line of an entry listed without its diacritics too (`lexicon::ALSO_STRIPPED`).
const ALSO_STRIPPED: char = '\x1f';

/// `strip_diacritics`, as `lexicon` unpacks with it.
#[allow(dead_code)]
mod diacritics {
    include!("src/diacritics.rs");
}

/// The most bytes an entry is packed as sharing with the one before (`lexicon::MAX_SHARED`):
/// written as `'0'` plus that, so up to 'X'. Long names of cities and organisations share
/// more than nine ("Universidad Nacional ..."): 40 rather than 9 is 0.35 KB less gzip.
const MAX_SHARED: usize = 40;

/// What starts a group of a packed list, in place of a line end and a 0 (`lexicon::GROUP_END`).
const GROUP_END: char = '\x1d';

/// Every `.txt` file under `dir`, in a stable order.
fn data_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a readable folder").path();
        if path.is_dir() {
            files.extend(data_files(&path));
        } else if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The British spelling of an American verb form: "criticized" -> "criticised", "analyzed" ->
/// "analysed", "signaled" -> "signalled" (a single vowel and "l" doubled before "ed"/"ing").
fn british_spelling(form: &str) -> Option<String> {
    for (us, gb) in [("izing", "ising"), ("ized", "ised"), ("izes", "ises"), ("ize", "ise"), ("yzing", "ysing"), ("yzed", "ysed"), ("yzes", "yses"), ("yze", "yse")] {
        if let Some(stem) = form.strip_suffix(us) {
            return (stem.len() >= 2).then(|| format!("{stem}{gb}"));
        }
    }
    let (stem, end) = form.strip_suffix("ed").map(|s| (s, "ed")).or_else(|| form.strip_suffix("ing").map(|s| (s, "ing")))?;
    let b = stem.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    (b.len() >= 4 && b[b.len() - 1] == b'l' && vowel(b[b.len() - 2]) && !vowel(b[b.len() - 3]) && b[b.len() - 2] != b'i').then(|| format!("{stem}l{end}"))
}
