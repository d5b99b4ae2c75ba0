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

/// Converts byte offsets of one text to another unit.
///
/// Built in one pass over the text: the units before each block of [`BLOCK`] bytes, and
/// whether the block holds anything but ASCII. An offset in an ASCII block (most of them,
/// in most texts) is then found at once, one in a mixed block by counting at most a block's
/// bytes; an ASCII text needs no table at all. Linear in the text, whatever the offsets.
pub struct OffsetMap<'t> {
    text: &'t str,
    unit: Unit,
    /// Per block: the units before it, shifted left by one, the low bit set when the block
    /// holds a non-ASCII byte. Empty when every offset is its byte offset.
    blocks: Vec<u32>,
}

/// Bytes per block of an [`OffsetMap`]: a mixed block costs up to this many bytes counted
/// per offset, the table one number per this many bytes of text.
const BLOCK: usize = 64;

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str, unit: Unit) -> OffsetMap<'t> {
        let mut map = OffsetMap { text, unit, blocks: Vec::new() };
        if unit == Unit::Byte || text.is_ascii() {
            return map;
        }
        assert!(text.len() < 1 << 31, "a text of 2 GB or more");
        let utf16 = unit == Unit::Utf16;
        map.blocks.reserve(text.len() / BLOCK + 2);
        let mut before = 0usize;
        for block in text.as_bytes().chunks(BLOCK) {
            let ascii = block.is_ascii();
            map.blocks.push((before << 1) as u32 | u32::from(!ascii));
            // An ASCII block's units are its bytes: counted only in the others.
            before += if ascii { block.len() } else { units(block, utf16) };
        }
        // The units of the whole text, after the last block: where the text's length is a
        // multiple of BLOCK, the entry of the block its end starts; otherwise the end of the
        // last block, which `get` counts back from.
        map.blocks.push((before << 1) as u32);
        map
    }

    /// The offset `byte` in this map's unit. `byte` must be a char boundary of the text.
    /// Most offsets are in ASCII blocks, a few instructions: the count in a mixed block is a
    /// call of its own, whose registers were saved and restored on every call of this one.
    #[inline(never)]
    pub fn get(&self, byte: usize) -> usize {
        // (False past the end too.)
        if !self.text.is_char_boundary(byte) {
            not_a_char_boundary(byte);
        }
        let block = byte / BLOCK;
        let Some(&entry) = self.blocks.get(block) else { return byte };
        if entry & 1 == 0 {
            return (entry >> 1) as usize + (byte - block * BLOCK);
        }
        self.get_in_mixed_block(byte, block, entry)
    }

    /// `get` for an offset in a block with a non-ASCII byte (`entry`: the block's entry).
    #[inline(never)]
    fn get_in_mixed_block(&self, byte: usize, block: usize, entry: u32) -> usize {
        let (before, from) = ((entry >> 1) as usize, block * BLOCK);
        // Counted from the nearer end of the block (half the bytes on average): back from the
        // units before the next entry, which a block with a non-ASCII byte always has.
        let (bytes, utf16) = (self.text.as_bytes(), self.unit == Unit::Utf16);
        let to = bytes.len().min(from + BLOCK);
        if byte - from <= to - byte {
            before + units(&bytes[from..byte], utf16)
        } else {
            (self.blocks[block + 1] >> 1) as usize - units(&bytes[byte..to], utf16)
        }
    }
}

/// The panic of `OffsetMap::get`, out of line: its message is not copied where `get` is
/// inlined.
#[cold]
#[inline(never)]
fn not_a_char_boundary(byte: usize) -> ! {
    panic!("offset {byte} is not a char boundary")
}

/// Characters (`utf16`: UTF-16 code units) in `piece`, counted over bytes rather than decoded
/// characters: one per byte that does not continue a UTF-8 sequence, and for UTF-16 one more
/// per four-byte character. A piece may start or end inside a character: each counts at its
/// first byte.
#[inline]
fn units(piece: &[u8], utf16: bool) -> usize {
    // Eight bytes a step: the top bits of a byte say what it is (10xxxxxx continues a
    // character, 1111xxxx starts a four-byte one).
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let mut chunks = piece.chunks_exact(8);
    let mut n = 0;
    for chunk in &mut chunks {
        let w = crate::bytes::u64_le(chunk);
        n += 8 - (w & !(w << 1) & HIGH).count_ones() as usize;
        if utf16 {
            n += (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones() as usize;
        }
    }
    n + chunks
        .remainder()
        .iter()
        .map(|&x| usize::from((x as i8) >= -0x40) + usize::from(utf16 && x >= 0xF0))
        .sum::<usize>()
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
        let utf16 = OffsetMap::new(MIXED, Unit::Utf16);
        let scalar = OffsetMap::new(MIXED, Unit::Scalar);
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

    /// Every char boundary of texts spanning many blocks: ASCII blocks, mixed ones, characters
    /// across a block's edge, and lengths on and off a multiple of the block size.
    #[test]
    fn every_boundary_of_long_texts_counts_its_characters() {
        let mixed = "Plain ASCII for a while, then “Café” 東京 👍🏽 and 𝄞𝄞𝄞𝄞 again, ünïcödé, done. ";
        let mut texts = vec![String::new(), "a".repeat(BLOCK), "a".repeat(3 * BLOCK + 5)];
        for shift in 0..8 {
            texts.push(format!("{}{}", "x".repeat(BLOCK - shift), mixed.repeat(5)));
            texts.push(format!("{}{}{}", mixed, "y".repeat(4 * BLOCK + shift), "👍"));
        }
        texts.push("é".repeat(BLOCK));
        for text in &texts {
            let (utf16, scalar, byte) =
                (OffsetMap::new(text, Unit::Utf16), OffsetMap::new(text, Unit::Scalar), OffsetMap::new(text, Unit::Byte));
            for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                assert_eq!(utf16.get(b), text[..b].encode_utf16().count(), "utf16 at {b} of {text:?}");
                assert_eq!(scalar.get(b), text[..b].chars().count(), "scalar at {b} of {text:?}");
                assert_eq!(byte.get(b), b);
            }
        }
    }

    #[test]
    #[should_panic(expected = "offset 1 is not a char boundary")]
    fn an_offset_inside_a_character_is_refused() {
        OffsetMap::new("é", Unit::Utf16).get(1);
    }

    #[test]
    #[should_panic(expected = "offset 4 is not a char boundary")]
    fn an_offset_past_the_end_is_refused() {
        OffsetMap::new("abc", Unit::Scalar).get(4);
    }

    #[test]
    fn known_widths() {
        // “ is 3 bytes / 1 unit; 👍 is 4 bytes / 2 units / 1 scalar.
        let text = "“a” 👍b";
        let end = text.len();
        let u = OffsetMap::new(text, Unit::Utf16);
        assert_eq!((u.get(3), u.get(4), u.get(end)), (1, 2, 7));
        let s = OffsetMap::new(text, Unit::Scalar);
        assert_eq!(s.get(end), 6);
    }

    #[test]
    fn scalar_to_byte_round_trips() {
        let n = MIXED.chars().count();
        let bytes = scalar_to_byte(MIXED, (0..=n).rev());
        let map = OffsetMap::new(MIXED, Unit::Scalar);
        for (k, b) in (0..=n).rev().zip(&bytes) {
            assert_eq!(map.get(b.unwrap()), k);
        }
        assert_eq!(scalar_to_byte(MIXED, [n + 1]), vec![None]);
    }
}
