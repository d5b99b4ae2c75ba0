//! Sorting by an integer key with one sort for every item type.
//!
//! Each `sort_by_key` on another type or with another closure compiles a sort of its own
//! (some 6 KB of wasm each, a tenth of the module's growth in one session). Here the sort is
//! always of `(key, index)` pairs; only the short loop that moves the items is per type.

/// Sorts `items` by `key`, stably (equal keys keep their order).
pub fn sort_by_u64_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if items.len() < 2 {
        return;
    }
    let mut keyed: Vec<(u64, u32)> = items.iter().enumerate().map(|(i, t)| (key(t), i as u32)).collect();
    // Most lists come nearly or wholly in order: then nothing moves.
    if keyed.windows(2).all(|w| w[0].0 <= w[1].0) {
        return;
    }
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keyed.iter().filter_map(|&(_, i)| slots[i as usize].take()));
}

/// Two numbers below 2^32 as one key that orders as the pair does.
pub fn pair_key(first: usize, second: usize) -> u64 {
    ((first as u64) << 32) | (second as u64 & 0xFFFF_FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_u64_key(&mut v, |&(k, _)| k as u64);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut pairs = vec![(2, 1), (1, 9), (2, 0), (1, 2)];
        sort_by_u64_key(&mut pairs, |&(a, b)| pair_key(a, b));
        assert_eq!(pairs, [(1, 2), (1, 9), (2, 0), (2, 1)]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_u64_key(&mut empty, |&b| b as u64);
        assert!(empty.is_empty());
    }
}
