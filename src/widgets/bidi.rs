//! Right-to-left text (Arabic, Urdu) for terminals that do no bidi themselves: letters are
//! shaped (contextual forms) before wrapping, and each wrapped line is put in display order.
//! The text in the locale files and in every field stays in logical order; only the layout
//! path in `layout.rs` calls this.

use super::memo::Memo;
use std::sync::Arc;
use unicode_bidi::{bidi_class, BidiClass, BidiInfo, Level};

/// A paragraph's logical text with its Arabic letters in their joined forms.
pub fn shape(text: &str) -> String {
    if !text.chars().any(is_rtl_char) {
        return text.to_string();
    }
    SHAPED.get_or_make(text, |t| ar_reshaper::reshape_line(t))
}

/// The display order of one line of grapheme clusters: the index of each cluster, left to
/// right, and whether it is shown mirrored (a bracket inside right-to-left text). `pieces`
/// numbers the piece of text (a label, a value) each cluster comes from.
pub fn visual_order(clusters: &[&str], pieces: &[u16], rtl_base: bool) -> Arc<[(u32, bool)]> {
    let mut key = String::with_capacity(clusters.iter().map(|c| c.len() + 1).sum::<usize>() + 1);
    key.push(if rtl_base { 'R' } else { 'L' });
    for (i, c) in clusters.iter().enumerate() {
        if i > 0 && pieces.get(i) != pieces.get(i - 1) {
            key.push('\u{1E}');
        }
        key.push_str(c);
        key.push('\u{1F}');
    }
    ORDERS.get_or_make(&key, |_| Arc::from(reorder(clusters, pieces, rtl_base)))
}

/// Shaped paragraphs and line orders already worked out. Shaping and reordering on every draw
/// cost more than everything else in an Arabic frame; a screen shows the same few lines frame
/// after frame. Emptied when a visitor's session ends, since lines can hold a name.
static SHAPED: Memo<String> = Memo::new(512);
static ORDERS: Memo<Arc<[(u32, bool)]>> = Memo::new(512);

/// Forgets every shaped line (a visitor's session ended).
pub fn forget_shaped() {
    SHAPED.forget();
    ORDERS.forget();
}

const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

fn reorder(clusters: &[&str], pieces: &[u16], rtl_base: bool) -> Vec<(u32, bool)> {
    let isolated = if rtl_base {
        ltr_runs(clusters, pieces)
    } else {
        Vec::new()
    };
    // The line as one string, left-to-right runs wrapped in isolates so that each keeps its
    // own order whole ("Support Hub", "718-935-2009", "(NYCSA)"), and where each cluster
    // starts in it.
    let mut text = String::new();
    let mut starts = Vec::with_capacity(clusters.len());
    for (i, c) in clusters.iter().enumerate() {
        if isolated.iter().any(|r| r.0 == i) {
            text.push(LRI);
        }
        starts.push(text.len());
        text.push_str(c);
        if isolated.iter().any(|r| r.1 == i) {
            text.push(PDI);
        }
    }
    let level = if rtl_base { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(&text, Some(level));
    let mut order = Vec::with_capacity(clusters.len());
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let inside: Vec<u32> = (0..clusters.len())
                .filter(|&i| run.contains(&starts[i]))
                .map(|i| i as u32)
                .collect();
            if levels[run.start].is_rtl() {
                order.extend(inside.into_iter().rev().map(|i| (i, true)));
            } else {
                order.extend(inside.into_iter().map(|i| (i, false)));
            }
        }
    }
    order
}

/// The left-to-right runs of a right-to-left line, as (first, last) cluster indexes: from the
/// first to the last left-to-right letter or digit between two right-to-left letters, with
/// the brackets that enclose the whole run. A bracket whose partner lies outside the run is
/// left out, so it pairs with its partner and both are mirrored together: "(مثل AvaM1234)".
/// A run ends where its piece of text does: "ID: " of a label and the value after it are two.
fn ltr_runs(clusters: &[&str], pieces: &[u16]) -> Vec<(usize, usize)> {
    let piece = |i: usize| pieces.get(i).copied().unwrap_or(0);
    let strong_ltr = |c: &str| {
        c.chars()
            .any(|ch| matches!(bidi_class(ch), BidiClass::L | BidiClass::EN))
    };
    let rtl = |c: &str| c.chars().any(is_rtl_char);
    let mut runs = Vec::new();
    let mut i = 0;
    while i < clusters.len() {
        if !strong_ltr(clusters[i]) {
            i += 1;
            continue;
        }
        if let Some(after) = list_number_end(clusters, i) {
            // "1. " before an item is the item's number: it stays on the reading side.
            i = after;
            continue;
        }
        let first = i;
        let mut last = i;
        while i < clusters.len() && !rtl(clusters[i]) && piece(i) == piece(first) {
            if strong_ltr(clusters[i]) {
                last = i;
            }
            i += 1;
        }
        let (mut first, mut last) = (first, last);
        while first > 0
            && last + 1 < clusters.len()
            && closing_of(clusters[first - 1]).is_some_and(|c| c == clusters[last + 1])
        {
            first -= 1;
            last += 1;
        }
        runs.push((first, last));
        i = last + 1;
    }
    runs
}

/// Where a list number ("12. ") that starts the line at `at` ends, if one does.
fn list_number_end(clusters: &[&str], at: usize) -> Option<usize> {
    if !clusters[..at].iter().all(|c| c.trim().is_empty()) {
        return None;
    }
    let digits = clusters[at..]
        .iter()
        .take_while(|c| c.chars().all(|ch| ch.is_ascii_digit()))
        .count();
    let dot = at + digits;
    (digits > 0 && clusters.get(dot) == Some(&".") && clusters.get(dot + 1) == Some(&" "))
        .then_some(dot + 2)
}

fn closing_of(open: &str) -> Option<&'static str> {
    match open {
        "(" => Some(")"),
        "[" => Some("]"),
        "{" => Some("}"),
        "«" => Some("»"),
        _ => None,
    }
}

/// A cluster as it looks in right-to-left text: paired marks face the other way.
pub fn mirror(cluster: &str) -> &str {
    match cluster {
        "(" => ")",
        ")" => "(",
        "[" => "]",
        "]" => "[",
        "{" => "}",
        "}" => "{",
        "<" => ">",
        ">" => "<",
        "«" => "»",
        "»" => "«",
        other => other,
    }
}

pub fn is_rtl_char(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn visual(text: &str, rtl: bool) -> String {
        let shaped = shape(text);
        let clusters: Vec<&str> = shaped.graphemes(true).collect();
        visual_order(&clusters, &vec![0; clusters.len()], rtl)
            .iter()
            .map(|&(i, mirrored)| {
                let c = clusters[i as usize];
                if mirrored {
                    mirror(c)
                } else {
                    c
                }
            })
            .collect()
    }

    #[test]
    fn arabic_is_shaped_and_reversed_latin_is_untouched() {
        let v = visual("مرحبا", true);
        // Presentation forms, in reverse order: the first logical letter is last.
        assert!(
            v.chars().all(|c| (0xFE70..=0xFEFF).contains(&(c as u32))),
            "{v:?}"
        );
        assert_eq!(visual("AvaM1234", true), "AvaM1234");
        let v = visual("اتصل 718-935-2009", true);
        assert!(v.starts_with("718-935-2009 "), "{v:?}");
        let v = visual("حساب (NYCSA)", true);
        assert!(v.starts_with("(NYCSA) "), "{v:?}");
    }

    #[test]
    fn latin_phrases_keep_their_word_order() {
        let v = visual("اتصل بـ Support Hub اليوم", true);
        assert!(v.contains("Support Hub"), "{v:?}");
        let v = visual("مركز (Bronx Family Welcome Center) هنا", true);
        assert!(v.contains("(Bronx Family Welcome Center)"), "{v:?}");
    }

    #[test]
    fn brackets_around_mixed_text_face_each_other() {
        // Logical "(like AvaM1234)": read right to left, the opening bracket is on the right.
        let v = visual("(مثل AvaM1234)", true);
        assert!(v.starts_with('('), "{v:?}");
        assert!(v.ends_with(')'), "{v:?}");
        assert!(v.contains("AvaM1234"), "{v:?}");
    }

    #[test]
    fn an_arabic_name_in_a_left_to_right_line() {
        let v = visual("9. العربية (Arabic)", false);
        assert!(v.starts_with("9. "), "{v:?}");
        assert!(v.ends_with(" (Arabic)"), "{v:?}");
        assert_eq!(
            v.trim_start_matches("9. ").trim_end_matches(" (Arabic)"),
            visual("العربية", true)
        );
    }

    #[test]
    fn a_list_number_stays_on_the_reading_side() {
        let v = visual(" 1. Ava Martinez", true);
        assert!(v.starts_with("Ava Martinez"), "{v:?}");
        assert!(v.trim_end().ends_with(".1"), "{v:?}");
    }

    #[test]
    fn shaped_lines_are_remembered_until_forgotten() {
        let text = "اسم الطالب: مريم";
        let first = shape(text);
        assert!(SHAPED.holds(text));
        forget_shaped();
        assert!(!SHAPED.holds(text));
        assert_eq!(shape(text), first);
    }
}
