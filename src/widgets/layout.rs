//! The one way text reaches the screen: styled paragraphs in logical order become [`Laid`]
//! lines, wrapped by the columns the terminal gives each grapheme cluster (clusters are never
//! split; Chinese and Japanese break between characters), then, when the kiosk does the bidi,
//! put in display order line by line and set flush right for a right-to-left language.

use ratatui::style::Style;
use ratatui::text::Line;
use unicode_segmentation::UnicodeSegmentation;

use super::bidi;
use super::width::{width_in, CellWidths};

/// How the current screen's text runs, and who reorders right-to-left text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rendering {
    /// The visitor's language is written right to left.
    pub rtl: bool,
    /// The kiosk shapes and reorders right-to-left text itself (the terminal does not).
    pub kiosk_reorders: bool,
    /// How the terminal counts columns.
    pub widths: CellWidths,
}

impl Rendering {
    pub const LTR: Rendering = Rendering {
        rtl: false,
        kiosk_reorders: true,
        widths: CellWidths::Wcwidth,
    };

    /// Whether lines are set flush right and forms mirrored. A terminal that does its own
    /// bidi (mlterm) lays out each row holding right-to-left text from the right itself, so
    /// there the kiosk writes rows as for a left-to-right language.
    pub fn mirrored(self) -> bool {
        self.rtl && self.kiosk_reorders
    }
}

/// One grapheme cluster with its style, the columns it needs on screen, and the cells the
/// terminal moves its cursor over for it. The two differ on a terminal that draws a shaped
/// line as running text over fewer cells (mlterm gives Bengali vowel signs no cell): the
/// layout leaves the room the letters take when drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub text: String,
    pub style: Style,
    pub width: u16,
    pub cells: u16,
    /// Which span of its paragraph it comes from.
    pub piece: u16,
}

/// One line ready to draw: glyphs left to right, and which side it is set against.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LaidLine {
    glyphs: Vec<Glyph>,
    width: u16,
    right: bool,
}

impl LaidLine {
    pub fn glyphs(&self) -> &[Glyph] {
        &self.glyphs
    }

    pub fn width(&self) -> u16 {
        self.width
    }

    pub fn flush_right(&self) -> bool {
        self.right
    }

    /// The same line set against the other side, or the same one.
    pub(super) fn with_side(&self, right: bool) -> LaidLine {
        LaidLine {
            right,
            ..self.clone()
        }
    }

    /// The line's text as shown, left to right.
    pub fn text(&self) -> String {
        self.glyphs.iter().map(|g| g.text.as_str()).collect()
    }
}

/// Text laid out for a width. Only [`lay_out`] makes one, and the canvas only draws these.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Laid {
    lines: Vec<LaidLine>,
}

impl Laid {
    pub fn lines(&self) -> &[LaidLine] {
        &self.lines
    }

    pub fn height(&self) -> u16 {
        self.lines.len().min(usize::from(u16::MAX)) as u16
    }

    /// The widest line.
    pub fn width(&self) -> u16 {
        self.lines.iter().map(|l| l.width).max().unwrap_or(0)
    }

    /// Only the first `rows` lines.
    pub fn take(mut self, rows: u16) -> Laid {
        self.lines.truncate(usize::from(rows));
        self
    }
}

impl From<LaidLine> for Laid {
    fn from(line: LaidLine) -> Laid {
        Laid { lines: vec![line] }
    }
}

/// Lays out paragraphs, each wrapped on its own to `width` columns; an empty paragraph is a
/// blank line.
pub fn lay_out(paragraphs: &[Line<'_>], width: u16, dir: Rendering) -> Laid {
    let mut lines = Vec::new();
    for paragraph in paragraphs {
        let glyphs = glyphs(paragraph, dir);
        let mark = row_mark(&glyphs, dir);
        let room = width.saturating_sub(mark.as_ref().map_or(0, |m| m.width));
        for line in wrap(glyphs, room.max(1)) {
            lines.push(finish(line, dir, mark.clone()));
        }
    }
    Laid { lines }
}

/// One line of text, never wrapped: cut at `width` columns, between clusters.
pub fn lay_out_line(paragraph: &Line<'_>, width: u16, dir: Rendering) -> LaidLine {
    let glyphs = glyphs(paragraph, dir);
    let mark = row_mark(&glyphs, dir);
    let mut kept = Vec::new();
    let mut used = mark.as_ref().map_or(0, |m| m.width);
    for g in glyphs {
        if g.text == "\n" || used + g.width > width {
            break;
        }
        used += g.width;
        kept.push(g);
    }
    finish(kept, dir, mark)
}

fn glyphs(paragraph: &Line<'_>, dir: Rendering) -> Vec<Glyph> {
    let mut out = Vec::new();
    for (piece, span) in paragraph.spans.iter().enumerate() {
        let piece = piece.min(usize::from(u16::MAX)) as u16;
        let style = paragraph.style.patch(span.style);
        let text = if dir.kiosk_reorders {
            bidi::shape(&span.content)
        } else {
            span.content.to_string()
        };
        for cluster in text.graphemes(true) {
            if cluster == "\n" || cluster == "\r\n" {
                out.push(Glyph {
                    text: "\n".into(),
                    style,
                    width: 0,
                    cells: 0,
                    piece,
                });
                continue;
            }
            if cluster.chars().any(char::is_control) {
                continue;
            }
            let columns = |model| width_in(cluster, model).min(usize::from(u16::MAX)) as u16;
            out.push(Glyph {
                text: cluster.to_string(),
                style,
                width: columns(CellWidths::Wcwidth),
                cells: columns(dir.widths),
                piece,
            });
        }
    }
    out
}

/// Display order and side for one wrapped line.
fn finish(mut line: Vec<Glyph>, dir: Rendering, mark: Option<Glyph>) -> LaidLine {
    let has_rtl = line.iter().any(|g| g.text.chars().any(bidi::is_rtl_char));
    if dir.kiosk_reorders && (dir.rtl || has_rtl) {
        let clusters: Vec<&str> = line.iter().map(|g| g.text.as_str()).collect();
        let pieces: Vec<u16> = line.iter().map(|g| g.piece).collect();
        let order = bidi::visual_order(&clusters, &pieces, dir.rtl);
        line = order
            .iter()
            .map(|&(i, mirrored)| {
                let mut g = line[i as usize].clone();
                if mirrored {
                    g.text = bidi::mirror(&g.text).to_string();
                }
                g
            })
            .collect();
    }
    if let Some(mark) = mark.filter(|_| !line.is_empty()) {
        if mark.cells == 0 {
            line[0].text.insert_str(0, &mark.text);
        } else {
            line.insert(0, mark);
        }
    }
    let width = line.iter().map(|g| g.width).sum();
    LaidLine {
        glyphs: line,
        width,
        right: dir.mirrored(),
    }
}

/// A terminal that does bidi (mlterm) takes the direction of a whole row from its first
/// strong letter: " 8. العربية (Arabic)" in the left-to-right picker would be set from the
/// right, and "Enter: متابعة" in an Arabic screen from the left. An invisible mark before
/// each line of the paragraph says which it is. mlterm gives the mark a cell of its own (as
/// measured), so there it is a glyph the line makes room for; where it takes no cell it
/// rides on the line's first glyph.
fn row_mark(glyphs: &[Glyph], dir: Rendering) -> Option<Glyph> {
    if dir.kiosk_reorders || glyphs.is_empty() {
        return None;
    }
    let has_rtl = glyphs.iter().any(|g| g.text.chars().any(bidi::is_rtl_char));
    let mark = match (dir.rtl, has_rtl) {
        (true, _) => "\u{200F}",
        (false, true) => "\u{200E}",
        (false, false) => return None,
    };
    let cells = width_in(mark, dir.widths).min(1) as u16;
    Some(Glyph {
        text: mark.to_string(),
        style: glyphs[0].style,
        width: cells,
        cells,
        piece: u16::MAX,
    })
}

fn is_space(g: &Glyph) -> bool {
    g.text.chars().all(char::is_whitespace) && g.text != "\n"
}

/// Han, kana and their punctuation: a line may break between any two of these.
fn is_cjk(g: &Glyph) -> bool {
    g.text.chars().next().is_some_and(|c| {
        matches!(c as u32,
            0x2E80..=0x2FFF | 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0x20000..=0x3FFFF)
    })
}

/// Marks that may not start a line (they close what came before).
fn no_break_before(g: &Glyph) -> bool {
    matches!(
        g.text.as_str(),
        "，" | "。"
            | "、"
            | "："
            | "；"
            | "！"
            | "？"
            | "）"
            | "」"
            | "』"
            | "》"
            | "】"
            | "…"
            | ")"
            | ","
            | "."
            | ":"
            | ";"
            | "!"
            | "?"
    )
}

/// Marks that may not end a line (they open what comes after).
fn no_break_after(g: &Glyph) -> bool {
    matches!(g.text.as_str(), "（" | "「" | "『" | "《" | "【" | "(")
}

/// Whether a line may end between `before` and `after` (`earlier` comes before `before`).
fn may_break(earlier: Option<&Glyph>, before: &Glyph, after: &Glyph) -> bool {
    if is_space(after) {
        return false;
    }
    if is_space(before) {
        // Spaces inside Chinese text set off a number or a Latin word ("第 6 / 7 项"); the
        // line breaks between the characters instead.
        return !(is_cjk(after) || earlier.is_some_and(is_cjk));
    }
    (is_cjk(before) || is_cjk(after)) && !no_break_before(after) && !no_break_after(before)
}

/// Greedy wrapping at the last place a line may end before it overflows; a word longer than
/// the line is cut between clusters.
fn wrap(glyphs: Vec<Glyph>, width: u16) -> Vec<Vec<Glyph>> {
    let mut lines: Vec<Vec<Glyph>> = Vec::new();
    let mut current: Vec<Glyph> = Vec::new();
    let mut used: u16 = 0;
    let mut last_break: Option<usize> = None;
    for g in glyphs {
        if g.text == "\n" {
            lines.push(trim_end(std::mem::take(&mut current)));
            used = 0;
            last_break = None;
            continue;
        }
        if g.width > width {
            continue;
        }
        if current.is_empty() && !lines.is_empty() && is_space(&g) {
            continue;
        }
        if let Some(last) = current.last() {
            let earlier = current.len().checked_sub(2).map(|i| &current[i]);
            if may_break(earlier, last, &g) {
                last_break = Some(current.len());
            }
        }
        if used + g.width > width {
            if is_space(&g) {
                lines.push(trim_end(std::mem::take(&mut current)));
                used = 0;
                last_break = None;
                continue;
            }
            match last_break.filter(|&i| i > 0) {
                Some(i) => {
                    let rest: Vec<Glyph> = current
                        .split_off(i)
                        .into_iter()
                        .skip_while(is_space)
                        .collect();
                    lines.push(trim_end(std::mem::take(&mut current)));
                    current = rest;
                }
                None => lines.push(trim_end(std::mem::take(&mut current))),
            }
            used = current.iter().map(|g| g.width).sum();
            last_break = None;
            if used + g.width > width {
                lines.push(std::mem::take(&mut current));
                used = 0;
            }
        }
        used += g.width;
        current.push(g);
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(trim_end(current));
    }
    lines
}

fn trim_end(mut line: Vec<Glyph>) -> Vec<Glyph> {
    while line.last().is_some_and(is_space) {
        line.pop();
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::text::Span;

    fn texts(laid: &Laid) -> Vec<String> {
        laid.lines().iter().map(LaidLine::text).collect()
    }

    fn para(text: &str) -> Line<'static> {
        Line::from(Span::raw(text.to_string()))
    }

    #[test]
    fn bengali_clusters_are_whole_and_counted_as_the_terminal_counts() {
        let laid = lay_out(&[para("বাংলা ভাষা")], 6, Rendering::LTR);
        assert_eq!(texts(&laid), ["বাংলা", "ভাষা"]);
        assert_eq!(laid.lines()[0].width(), 5);
        let laid = lay_out(&[para("শিক্ষার্থী")], 3, Rendering::LTR);
        for line in laid.lines() {
            assert!(line.width() <= 3, "{:?}", texts(&laid));
        }
        assert_eq!(texts(&laid).concat(), "শিক্ষার্থী");
    }

    #[test]
    fn chinese_breaks_between_characters_not_at_the_spaces_around_numbers() {
        let laid = lay_out(&[para("请回答第 6 / 7 项问题然后继续")], 12, Rendering::LTR);
        let lines = texts(&laid);
        assert!(
            lines
                .iter()
                .all(|l| !l.ends_with('第') && !l.starts_with('项')),
            "{lines:?}"
        );
        assert!(
            lines.concat().contains("第 6 / 7 项") || lines.len() > 1,
            "{lines:?}"
        );
        for line in laid.lines() {
            assert!(line.width() <= 12);
        }
        let laid = lay_out(&[para("终端太小，请放大。")], 4, Rendering::LTR);
        assert!(texts(&laid)
            .iter()
            .all(|l| !l.starts_with('，') && !l.starts_with('。')));
    }

    #[test]
    fn on_mlterm_a_bengali_line_keeps_its_room_over_fewer_cells() {
        let dir = Rendering {
            widths: CellWidths::Mlterm,
            ..Rendering::LTR
        };
        let laid = lay_out(&[para("বাংলা ভাষা")], 6, dir);
        assert_eq!(texts(&laid), ["বাংলা", "ভাষা"]);
        let cells: u16 = laid.lines()[0].glyphs().iter().map(|g| g.cells).sum();
        assert_eq!((laid.lines()[0].width(), cells), (5, 2));
    }

    #[test]
    fn no_line_is_wider_than_its_area_however_narrow() {
        for text in [
            "টার্মিনালটি খুব ছোট",
            "终端太小",
            "The screen is too small",
            "شاشة صغيرة",
        ] {
            for width in 1..12u16 {
                for line in lay_out(&[para(text)], width, Rendering::LTR).lines() {
                    assert!(line.width() <= width, "{:?} at {width}", line.text());
                }
            }
        }
    }

    #[test]
    fn latin_wraps_at_spaces_and_cuts_long_words() {
        let laid = lay_out(
            &[para("one two three"), para(""), para("abcdefgh")],
            7,
            Rendering::LTR,
        );
        assert_eq!(texts(&laid), ["one two", "three", "", "abcdefg", "h"]);
    }

    #[test]
    fn right_to_left_lines_wrap_first_then_read_from_the_right() {
        let dir = Rendering {
            rtl: true,
            kiosk_reorders: true,
            ..Rendering::LTR
        };
        let laid = lay_out(&[para("واحد اثنان ثلاثة اربعة")], 11, dir);
        assert!(laid.height() >= 2);
        assert!(laid.lines().iter().all(LaidLine::flush_right));
        // The first line shown holds the first words: the line starting the text is on top.
        let first = lay_out(&[para("واحد")], 11, dir);
        assert!(
            texts(&laid)[0].ends_with(&texts(&first)[0]),
            "{:?}",
            texts(&laid)
        );
    }

    #[test]
    fn a_terminal_that_does_bidi_gets_logical_text() {
        let dir = Rendering {
            rtl: true,
            kiosk_reorders: false,
            ..Rendering::LTR
        };
        let laid = lay_out(&[para("العربية")], 20, dir);
        assert_eq!(texts(&laid), ["\u{200F}العربية"]);
        // The terminal sets the row from the right itself.
        assert!(!laid.lines()[0].flush_right());
        let laid = lay_out(
            &[para("9. العربية")],
            20,
            Rendering {
                rtl: false,
                kiosk_reorders: false,
                ..Rendering::LTR
            },
        );
        assert_eq!(texts(&laid), ["\u{200E}9. العربية"]);
    }

    #[test]
    fn styles_follow_their_text_through_reordering() {
        let dir = Rendering {
            rtl: true,
            kiosk_reorders: true,
            ..Rendering::LTR
        };
        let bold = Style::default().add_modifier(ratatui::style::Modifier::BOLD);
        let line = Line::from(vec![Span::raw("الاسم: "), Span::styled("AvaM1234", bold)]);
        let laid = lay_out(&[line], 40, dir);
        let glyphs = laid.lines()[0].glyphs();
        // The value, read last in right-to-left order, is on the left.
        assert_eq!(glyphs[0].text, "A");
        assert_eq!(glyphs[0].style, bold);
    }
}
