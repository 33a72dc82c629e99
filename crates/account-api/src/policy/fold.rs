//! One way to compare what people type: compatibility-normalized (NFKC, so full-width
//! "ＣＯＨＥＮ" is "COHEN") and case-folded (so "Straße" is "STRASSE"), as Unicode's caseless
//! matching defines it. The result holds secrets, so it is wiped when dropped.

use caseless::Caseless;
use unicode_bidi::BidiClass;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

pub fn fold(text: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(text.len() + 8));
    out.extend(text.nfkc().default_case_fold().nfkc());
    out
}

/// Control characters, and characters that draw nothing but change how text around them is
/// shown (zero-width spaces and joiners, bidi overrides and isolates): a secret holding one
/// cannot be typed again from what the screen showed.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            unicode_bidi::bidi_class(c),
            BidiClass::BN
                | BidiClass::LRE
                | BidiClass::RLE
                | BidiClass::LRO
                | BidiClass::RLO
                | BidiClass::PDF
                | BidiClass::LRI
                | BidiClass::RLI
                | BidiClass::FSI
                | BidiClass::PDI
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_and_case_variants_fold_together() {
        assert_eq!(fold("ＣＯＨＥＮ").as_str(), fold("cohen").as_str());
        assert_eq!(fold("Straße").as_str(), fold("STRASSE").as_str());
        assert_eq!(fold("ΌΣΟΣ").as_str(), fold("όσος").as_str());
    }

    #[test]
    fn invisible_characters_are_told_apart() {
        for c in [
            '\u{0}', '\u{202E}', '\u{200B}', '\u{2066}', '\u{FEFF}', '\n',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['a', 'ß', 'ب', '中', ' ', '-', '😀'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }
}
