//! The rule word lists of `src/data/entities/`, each parsed once on first use.

use crate::lexicon::{entries, Fold, Lexicon, Table};
use std::sync::OnceLock;

macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static Lexicon {
            static LIST: OnceLock<Lexicon> = OnceLock::new();
            match LIST.get() {
                Some(list) => list,
                None => parsed_once(&LIST, crate::data!(concat!("entities/", $file))),
            }
        }
    };
}

/// The list in `cell`, parsed from `data` on first use: one function for all the lists (a
/// `get_or_init` of their own was 53 copies of the same code, 190 bytes of wasm each).
#[inline(never)]
fn parsed_once(cell: &'static OnceLock<Lexicon>, data: &'static str) -> &'static Lexicon {
    cell.get_or_init(|| Lexicon::from_data(data))
}

word_list!(
    /// Surnames of public figures named alone: "Macron", "Tinubu".
    public_surnames, "public_surnames.txt");
word_list!(
    /// Last words that make a capitalised run an ORG: "Inc", "Agency", "University".
    org_heads, "org_heads.txt");
word_list!(
    /// Kinds of product a name before them names: "telescope", "booster", "vaccine".
    product_heads, "product_heads.txt");
word_list!(
    /// Nouns for works before a quoted title: "novel", "film", "album".
    work_nouns, "work_nouns.txt");
word_list!(
    /// First words of "X of Y" organisation names: "University", "Ministry".
    org_leads, "org_leads.txt");
word_list!(
    /// Last words of LOC names: "Sea", "Islands".
    loc_heads, "loc_heads.txt");
word_list!(
    /// First words of LOC names: "Mount", "Lake".
    loc_leads, "loc_leads.txt");
word_list!(
    /// Last words of FAC names: "Stadium", "Airport".
    fac_heads, "fac_heads.txt");
word_list!(
    /// Of those, the ones that are no surnames: "Highway", "Prison" ("Bruce Highway").
    fac_heads_not_surnames, "fac_heads_not_surnames.txt");
word_list!(
    /// First words of Arabic place names: "Deir" ("Deir al-Balah"), "Sharm", "Beit".
    arabic_place_leads, "arabic_place_leads.txt");
word_list!(
    /// Places that are also given names: "Florence", "Jordan" ("Florence Pugh said").
    place_given_names, "place_given_names.txt");
word_list!(
    /// Words of public bodies named after their place: "Council" ("Tamworth Borough Council").
    place_body_heads, "place_body_heads.txt");
word_list!(
    /// Nouns whose "of" complement is a place: "residents" ("residents of X").
    place_of_nouns, "place_of_nouns.txt");
word_list!(
    /// Roles in a team: "manager", "striker" ("Chelsea manager Enzo Maresca").
    team_titles, "team_titles.txt");
word_list!(
    /// Last words of GPE names: "City", "Province".
    gpe_heads, "gpe_heads.txt");
word_list!(
    /// Last words of EVENT names: "Cup", "Olympics".
    event_heads, "event_heads.txt");
word_list!(
    /// Currency codes before an amount: "USD", "KES", "Rs.".
    currency_codes, "currency_codes.txt");
word_list!(
    /// Single LOC names no gazetteer holds: "Earth".
    loc_names, "loc_names.txt");
word_list!(
    /// Last words of LAW names: "Act", "Treaty".
    law_heads, "law_heads.txt");
word_list!(
    /// Last words of studies and reports: "Study", "Survey".
    work_heads, "work_heads.txt");
word_list!(
    /// First words of organisation names: "Radio", "Club".
    org_first_words, "org_first_words.txt");
word_list!(
    /// Nouns whose "of"/"at" complement is a body: "shares of X".
    org_context, "org_context.txt");
word_list!(months, "months.txt");
word_list!(weekdays, "weekdays.txt");
word_list!(multipliers, "multipliers.txt");
word_list!(ordinal_words, "ordinal_words.txt");
word_list!(date_modifiers, "date_modifiers.txt");
word_list!(date_units, "date_units.txt");
word_list!(time_units, "time_units.txt");
word_list!(currencies, "currencies.txt");
word_list!(frequency_words, "frequency_words.txt");
word_list!(relative_days, "relative_days.txt");
word_list!(
    /// Capitalised words that never start a name: "The", "Meanwhile".
    non_name_words, "non_name_words.txt");
word_list!(speech_verbs, "speech_verbs.txt");
word_list!(
    /// Words of a match report: "goal", "striker" (see `teams`).
    match_words, "match_words.txt");
word_list!(
    /// Political and religious groups: "Republicans", "Muslims".
    norp_groups, "norp_groups.txt");
word_list!(naming_cues, "naming_cues.txt");
word_list!(org_nouns, "org_nouns.txt");
word_list!(
    /// What a company has: "shares", "parent" (see the file).
    company_possessions, "company_possessions.txt");
word_list!(
    /// What a company's shares do in a report: "fell", "closed" (see the file).
    share_moves, "share_moves.txt");
word_list!(
    /// Title words of a company's officers: "CEO", "founder" (see the file).
    company_titles, "company_titles.txt");
word_list!(
    /// Stock exchanges in a ticker: "TSX" of "(TSX: KLV)".
    stock_exchanges, "stock_exchanges.txt");
word_list!(
    /// Titles in capital initials: "CM", "PM" (see the file).
    role_abbreviations, "role_abbreviations.txt");
word_list!(
    /// Words of a minister's portfolio: "Affairs", "Interior" (see the file).
    portfolios, "portfolios.txt");
word_list!(loc_nouns, "loc_nouns.txt");
word_list!(gpe_nouns, "gpe_nouns.txt");
word_list!(on_heads, "on_heads.txt");
word_list!(addressed_offices, "addressed_offices.txt");
word_list!(year_prepositions, "year_prepositions.txt");
word_list!(date_prepositions, "date_prepositions.txt");
word_list!(time_zones, "time_zones.txt");
word_list!(place_prepositions, "place_prepositions.txt");
word_list!(person_apposition_leads, "person_apposition_leads.txt");
word_list!(person_passives, "person_passives.txt");
word_list!(compass_leads, "compass_leads.txt");
word_list!(modifier_tails, "modifier_tails.txt");
word_list!(place_nouns_after_names, "place_nouns_after_names.txt");
word_list!(outlet_nouns_after_names, "outlet_nouns_after_names.txt");
word_list!(person_nouns, "person_nouns.txt");

/// Which of the head and lead word lists hold a word, a bit each: the name rules ask the
/// last word of a run of up to seven lists in turn, and one lookup answers them all.
#[derive(Clone, Copy)]
pub struct Heads(u16);

impl Heads {
    pub const ORG: u16 = 1;
    pub const LOC: u16 = 2;
    pub const FAC: u16 = 4;
    pub const GPE: u16 = 8;
    pub const EVENT: u16 = 16;
    pub const LAW: u16 = 32;
    pub const WORK: u16 = 64;
    pub const ORG_LEAD: u16 = 128;
    pub const LOC_LEAD: u16 = 256;

    /// Whether any of `lists` (bits) holds the word.
    pub fn has(self, lists: u16) -> bool {
        self.0 & lists != 0
    }
}

/// The head and lead lists `heads` answers for, each with its bit.
const HEAD_FILES: [(&str, u16); 9] = [
    (crate::data!("entities/org_heads.txt"), Heads::ORG),
    (crate::data!("entities/loc_heads.txt"), Heads::LOC),
    (crate::data!("entities/fac_heads.txt"), Heads::FAC),
    (crate::data!("entities/gpe_heads.txt"), Heads::GPE),
    (crate::data!("entities/event_heads.txt"), Heads::EVENT),
    (crate::data!("entities/law_heads.txt"), Heads::LAW),
    (crate::data!("entities/work_heads.txt"), Heads::WORK),
    (crate::data!("entities/org_leads.txt"), Heads::ORG_LEAD),
    (crate::data!("entities/loc_leads.txt"), Heads::LOC_LEAD),
];

/// The lists holding `w` among `org_heads`, `loc_heads`, `fac_heads`, `gpe_heads`,
/// `event_heads`, `law_heads`, `work_heads`, `org_leads` and `loc_leads` (same entries,
/// same exact comparison as their `contains`).
pub fn heads(w: &str) -> Heads {
    static TABLE: OnceLock<Table<u16>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = Table::new(Fold::Exact, HEAD_FILES.iter().map(|(d, _)| d.len() / 8).sum());
        for (data, list) in HEAD_FILES {
            for (entry, _) in entries(data) {
                *table.insert(entry, 0) |= list;
            }
        }
        table
    });
    Heads(table.get(w).copied().unwrap_or(0))
}

/// Number words with their values: "four" -> 4.
pub fn number_words() -> &'static Table<u64> {
    static MAP: OnceLock<Table<u64>> = OnceLock::new();
    MAP.get_or_init(|| Table::from_entries(crate::data!("entities/number_words.txt"), |v| v.parse().unwrap_or(0)))
}

/// Amount modifiers as word sequences, longest first: ["more", "than"], ["some"].
pub fn amount_modifiers() -> &'static [Vec<String>] {
    static LIST: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list: Vec<Vec<String>> =
            entries(crate::data!("entities/amount_modifiers.txt"))
                .map(|(w, _)| w.split_whitespace().map(str::to_string).collect())
                .collect();
        // The longest first.
        crate::order::sort_by_u64_key(&mut list, |l| u64::MAX - l.len() as u64);
        list
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_that_are_no_surnames_are_facility_heads() {
        for (w, _) in entries(crate::data!("entities/fac_heads_not_surnames.txt")) {
            assert!(heads(w).has(Heads::FAC), "{w}");
        }
    }

    #[test]
    fn one_heads_lookup_agrees_with_each_list() {
        let lists: [(&Lexicon, u16); 9] = [
            (org_heads(), Heads::ORG),
            (loc_heads(), Heads::LOC),
            (fac_heads(), Heads::FAC),
            (gpe_heads(), Heads::GPE),
            (event_heads(), Heads::EVENT),
            (law_heads(), Heads::LAW),
            (work_heads(), Heads::WORK),
            (org_leads(), Heads::ORG_LEAD),
            (loc_leads(), Heads::LOC_LEAD),
        ];
        let words = ["Kishida", "university", "", "The", "Sea."]
            .into_iter()
            .chain(HEAD_FILES.iter().flat_map(|(d, _)| entries(d).map(|(e, _)| e)));
        for w in words {
            for (list, bit) in lists {
                assert_eq!(heads(w).has(bit), list.contains(w), "{w}");
            }
        }
    }
}
