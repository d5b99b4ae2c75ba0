// The learned cue rows of `src/data/cues/reporting_verbs.txt` the annotator keeps. Included
// by `claims/cues.rs` and by `build.rs` (which leaves the other rows out of the binary).

/// A learned reporting form is used as a cue only when at least this share of its
/// occurrences in PolNeAR train were gold cues.
pub const MIN_PRECISION: f32 = 0.45;
/// ... and when it was a gold cue at least this often.
pub const MIN_GOLD: usize = 4;

/// `(gold count, precision outside quotations)` from a data line's value columns
/// (`lemma gold occ precision gold_out occ_out precision_out`); the overall precision
/// stands in where the outside-quotation one is missing.
pub fn cols(value: &str) -> (usize, f32) {
    let c: Vec<&str> = value.split('\t').collect();
    let gold = c.get(1).and_then(|g| g.parse().ok()).unwrap_or(0);
    let p = c.get(6).or(c.get(3)).and_then(|p| p.parse().ok()).unwrap_or(0.0);
    (gold, p)
}

/// Whether a row (its value columns) clears both thresholds.
pub fn keeps_learned_row(value: &str) -> bool {
    let (gold, p) = cols(value);
    p >= MIN_PRECISION && gold >= MIN_GOLD
}
