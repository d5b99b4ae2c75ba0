//! Packs the biggest word lists for the wasm module's download (they are most of its
//! bytes): comment lines dropped, and each entry front-coded against the one before it:
//! one digit, the bytes it shares with the previous entry (0-9), then the rest of it.
//! Under gzip, the sorted given names shrink by a third. `lexicon::unpack` reverses it.
//! The lists under `src/data/` stay the readable, credited source.

use std::path::Path;
use std::{env, fs};

/// Lists under `src/data/`, packed into `$OUT_DIR` as their path with `/` -> `_`.
const PACKED: [&str; 6] = [
    "gazetteer/given_names.txt",
    "gazetteer/cities.txt",
    "gazetteer/regions.txt",
    "gazetteer/organisations.txt",
    "gazetteer/demonyms.txt",
    "gazetteer/locations.txt",
];

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for list in PACKED {
        let source = Path::new("src/data").join(list);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        let packed_path = Path::new(&out_dir).join(list.replace('/', "_"));
        fs::write(&packed_path, pack(&text)).unwrap_or_else(|e| panic!("{}: {e}", packed_path.display()));
    }
}

fn pack(text: &str) -> String {
    let mut packed = String::with_capacity(text.len());
    let mut previous = "";
    for line in text.lines().map(|l| l.trim_end_matches('\r')) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut shared = previous.bytes().zip(line.bytes()).take(9).take_while(|(a, b)| a == b).count();
        while !line.is_char_boundary(shared) {
            shared -= 1;
        }
        packed.push(char::from(b'0' + shared as u8));
        packed.push_str(&line[shared..]);
        packed.push('\n');
        previous = line;
    }
    packed
}
