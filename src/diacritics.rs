// Letters with diacritics and the letter each is without them, for the packed gazetteers
// (`build.rs`, `pack`): a name listed with and without its diacritics ("São Paulo", "Sao
// Paulo") is compiled in once, marked, and `lexicon` unpacks the plain spelling after it.
// The typographic apostrophe counts as one ("Martha’s Vineyard", "Martha's Vineyard").
// Included by `lexicon.rs` and by `build.rs`, so that both strip alike. The letters are those
// of such names in the lists (Unicode's decomposition, marks dropped, of each): a name with
// another keeps both spellings in the list.

/// The letters, in order (all in the Basic Multilingual Plane), and the apostrophe ’.
const STRIPPED_FROM: [u16; 101] = [
    0x00c1, 0x00c5, 0x00c7, 0x00c9, 0x00d3, 0x00d6, 0x00e0, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5,
    0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb, 0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x00f1, 0x00f2, 0x00f3,
    0x00f4, 0x00f5, 0x00f6, 0x00fa, 0x00fc, 0x00fd, 0x0100, 0x0101, 0x0103, 0x0105, 0x0107, 0x010d,
    0x0113, 0x0117, 0x0119, 0x011f, 0x0121, 0x012b, 0x012d, 0x013a, 0x0142, 0x0144, 0x0148, 0x014d,
    0x014f, 0x0151, 0x0159, 0x015a, 0x015b, 0x015e, 0x015f, 0x0161, 0x0163, 0x016b, 0x016d, 0x0173,
    0x017a, 0x017e, 0x01a1, 0x01b0, 0x0219, 0x021b, 0x1e0d, 0x1e11, 0x1e25, 0x1e28, 0x1e29, 0x1e62,
    0x1e63, 0x1e95, 0x1e96, 0x1ea1, 0x1ea3, 0x1ea5, 0x1ea7, 0x1ead, 0x1eaf, 0x1eb1, 0x1eb5, 0x1ebf,
    0x1ec1, 0x1ec7, 0x1ecb, 0x1ecd, 0x1ed1, 0x1ed3, 0x1ed5, 0x1ed9, 0x1edb, 0x1edd, 0x1ee3, 0x1ee7,
    0x1ee9, 0x1eeb, 0x1ef3, 0x1ef9, 0x2019,
];
/// The letter each of `STRIPPED_FROM` is without its diacritics.
const STRIPPED_TO: &[u8; 101] = b"AACEOOaaaaaaceeeeiiiinooooouuyAaaacceeeggiillnnooorSsSsstuuuzzoustddhHhSszhaaaaaaaaeeeioooooooouuuyy\'";

/// Appends to `text` its bytes from `start` on (UTF-8) without diacritics: each letter of
/// `STRIPPED_FROM` as its plain letter, combining marks (U+0300-U+036F) dropped, any other
/// character kept. In place, with no allocation of its own: `lexicon` strips entries as it
/// unpacks them.
pub fn strip_diacritics(text: &mut Vec<u8>, start: usize) {
    let end = text.len();
    let mut at = start;
    while at < end {
        let lead = text[at];
        if lead < 0x80 {
            text.push(lead);
            at += 1;
            continue;
        }
        let len = if lead < 0xe0 { 2 } else if lead < 0xf0 { 3 } else { 4 };
        let c = match len {
            2 => (u32::from(lead & 0x1f) << 6) | u32::from(text[at + 1] & 0x3f),
            3 => (u32::from(lead & 0x0f) << 12) | (u32::from(text[at + 1] & 0x3f) << 6) | u32::from(text[at + 2] & 0x3f),
            _ => u32::MAX,
        };
        if !(0x300..=0x36f).contains(&c) {
            match u16::try_from(c).ok().and_then(|c| STRIPPED_FROM.binary_search(&c).ok()) {
                Some(i) => text.push(STRIPPED_TO[i]),
                None => text.extend_from_within(at..at + len),
            }
        }
        at += len;
    }
}
