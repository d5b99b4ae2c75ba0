//! Little-endian words read from byte slices, for the loops that compare, hash and count
//! bytes eight at a time. A copy, not `try_into().expect(..)`: an `expect` on the slice's
//! conversion would compile its error's `Debug` into the wasm for a case that cannot occur.

/// The first eight bytes of `b` as a little-endian `u64` (`b` holds at least eight).
#[inline]
pub fn u64_le(b: &[u8]) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&b[..8]);
    u64::from_le_bytes(word)
}

/// The first four bytes of `b` as a little-endian `u32` (`b` holds at least four).
#[inline]
pub fn u32_le(b: &[u8]) -> u32 {
    let mut word = [0; 4];
    word.copy_from_slice(&b[..4]);
    u32::from_le_bytes(word)
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_little_endian_words() {
        let b = [1, 2, 3, 4, 5, 6, 7, 8, 9];
        assert_eq!(super::u64_le(&b), 0x0807_0605_0403_0201);
        assert_eq!(super::u32_le(&b[5..]), 0x0908_0706);
    }
}
