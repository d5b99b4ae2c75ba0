//! Offsets: the one place where byte offsets become the units other worlds count in.
//!
//! Rust slices strings by bytes, JavaScript by UTF-16 code units and the gold files
//! (Python `str`) by Unicode scalar values. A curly quote is 3 bytes, 1 code unit and
//! 1 scalar; an emoji 4 bytes, 2 code units and 1 scalar.

/// The unit an offset is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Byte,
    Utf16,
    Scalar,
}

/// Converts many byte offsets of one text to another unit in a single pass.
///
/// Collect every offset to convert, then look each up: building is
/// O(text + k log k) for k offsets, so huge texts stay linear.
pub struct OffsetMap {
    unit: Unit,
    /// Sorted, unique byte offsets and their value in `unit`.
    table: Vec<(usize, usize)>,
}

impl OffsetMap {
    pub fn new(text: &str, unit: Unit, offsets: impl IntoIterator<Item = usize>) -> OffsetMap {
        // Pushed one by one from a driven loop (`for_each`): callers chain and flatten
        // their offsets, and a driven loop runs through those adapters faster than `next`.
        let offsets = offsets.into_iter();
        let mut bytes: Vec<usize> = Vec::with_capacity(offsets.size_hint().0);
        offsets.for_each(|b| bytes.push(b));
        // A stable sort finds the runs already in order (sentences, mentions, claims).
        bytes.sort();
        bytes.dedup();
        let mut table = Vec::with_capacity(bytes.len());
        if unit == Unit::Byte {
            table.extend(bytes.into_iter().map(|b| (b, b)));
            return OffsetMap { unit, table };
        }
        // Counted over bytes, not decoded characters: a character is one unit per byte
        // that does not continue a UTF-8 sequence, and UTF-16 needs two for a four-byte one.
        let utf16 = unit == Unit::Utf16;
        let units = |piece: &[u8]| -> usize {
            // Eight bytes a step: the top bits of a byte say what it is (10xxxxxx continues
            // a character, 1111xxxx starts a four-byte one).
            const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
            let mut chunks = piece.chunks_exact(8);
            let mut n = 0;
            for chunk in &mut chunks {
                let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
                n += 8 - (w & !(w << 1) & HIGH).count_ones() as usize;
                if utf16 {
                    n += (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones() as usize;
                }
            }
            n + chunks.remainder().iter().map(|&x| usize::from((x as i8) >= -0x40) + usize::from(utf16 && x >= 0xF0)).sum::<usize>()
        };
        let mut counted = 0usize; // units before `pos`
        let mut pos = 0usize;
        for b in bytes {
            assert!(
                b <= text.len() && text.is_char_boundary(b),
                "offset {b} is not a char boundary"
            );
            counted += units(&text.as_bytes()[pos..b]);
            pos = b;
            table.push((b, counted));
        }
        OffsetMap { unit, table }
    }

    pub fn unit(&self) -> Unit {
        self.unit
    }

    /// The offset `byte` in this map's unit. `byte` must have been given to `new`.
    pub fn get(&self, byte: usize) -> usize {
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => panic!("offset {byte} was not registered with the OffsetMap"),
        }
    }
}

/// Byte offsets of the given scalar-value offsets (gold files to Rust).
///
/// Returns `None` for an offset past the end of the text.
pub fn scalar_to_byte(text: &str, scalars: impl IntoIterator<Item = usize>) -> Vec<Option<usize>> {
    let wanted: Vec<usize> = scalars.into_iter().collect();
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_unstable_by_key(|&i| wanted[i]);
    let mut out = vec![None; wanted.len()];
    let mut boundaries = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .enumerate();
    let mut current = boundaries.next();
    for i in order {
        while let Some((n, _)) = current {
            if n >= wanted[i] {
                break;
            }
            current = boundaries.next();
        }
        out[i] = match current {
            Some((n, b)) if n == wanted[i] => Some(b),
            _ => None,
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIXED: &str = "“Café” 東京 said 👍🏽 ok";

    #[test]
    fn utf16_and_scalar_offsets_slice_the_same_text() {
        let byte_spans: Vec<(usize, usize)> = MIXED
            .char_indices()
            .flat_map(|(i, c)| [(0, i), (i, i + c.len_utf8())])
            .collect();
        let offsets = byte_spans.iter().flat_map(|&(a, b)| [a, b]);
        let utf16 = OffsetMap::new(MIXED, Unit::Utf16, offsets.clone());
        let scalar = OffsetMap::new(MIXED, Unit::Scalar, offsets);
        let units: Vec<u16> = MIXED.encode_utf16().collect();
        let chars: Vec<char> = MIXED.chars().collect();
        for &(a, b) in &byte_spans {
            let expected = &MIXED[a..b];
            let from_utf16 = String::from_utf16(&units[utf16.get(a)..utf16.get(b)]).unwrap();
            let from_scalar: String = chars[scalar.get(a)..scalar.get(b)].iter().collect();
            assert_eq!(from_utf16, expected);
            assert_eq!(from_scalar, expected);
        }
    }

    #[test]
    fn counts_over_long_pieces_match_the_characters() {
        let text = "Plain ASCII for a while, then “Café” 東京 👍🏽 and 𝄞𝄞𝄞𝄞 again, ünïcödé, done.";
        let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for step in [1, 3, 8, 13, 40] {
            let offsets: Vec<usize> = ends.iter().copied().step_by(step).chain([text.len()]).collect();
            let utf16 = OffsetMap::new(text, Unit::Utf16, offsets.clone());
            let scalar = OffsetMap::new(text, Unit::Scalar, offsets.clone());
            for &b in &offsets {
                assert_eq!(utf16.get(b), text[..b].encode_utf16().count(), "utf16 at {b}");
                assert_eq!(scalar.get(b), text[..b].chars().count(), "scalar at {b}");
            }
        }
    }

    #[test]
    fn known_widths() {
        // “ is 3 bytes / 1 unit; 👍 is 4 bytes / 2 units / 1 scalar.
        let text = "“a” 👍b";
        let end = text.len();
        let u = OffsetMap::new(text, Unit::Utf16, [0, 3, 4, end]);
        assert_eq!((u.get(3), u.get(4), u.get(end)), (1, 2, 7));
        let s = OffsetMap::new(text, Unit::Scalar, [end]);
        assert_eq!(s.get(end), 6);
    }

    #[test]
    fn scalar_to_byte_round_trips() {
        let n = MIXED.chars().count();
        let bytes = scalar_to_byte(MIXED, (0..=n).rev());
        let map = OffsetMap::new(MIXED, Unit::Scalar, bytes.iter().map(|b| b.unwrap()));
        for (k, b) in (0..=n).rev().zip(&bytes) {
            assert_eq!(map.get(b.unwrap()), k);
        }
        assert_eq!(scalar_to_byte(MIXED, [n + 1]), vec![None]);
    }
}
