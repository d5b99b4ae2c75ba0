//! Arbitrary bytes, read as lossy UTF-8, through the whole pipeline: no panic, and every
//! invariant of `tests/common` (spans, order, entity links, views in UTF-16 and scalars).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    common::check_once(&text);
});
