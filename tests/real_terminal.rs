//! The kiosk as a family sees it: the real `kiosk` binary (embedded service, a fresh data
//! folder) in real terminals, walked through the language picker, the menu, the student
//! lookup and its error in all ten languages at 80x24.
//!
//! - tmux: `capture-pane` must hold exactly the rows the kiosk's own model draws
//!   (TestBackend), Bengali clusters and all.
//! - mlterm (the shipped terminal, `deploy/display/`) on a headless X server: each screen is
//!   photographed and read back by tesseract in its language; the same rows drawn by pango
//!   (same fonts, same size) are read back the same way, and the terminal may not read worse
//!   than that reference by more than a margin (`margin`), screen by screen and on average.
//!
//! They need tmux, Xvfb, mlterm, ImageMagick, tesseract and pango-view, so they run only when
//! `KIOSK_REAL_TERMINAL=1` (`.ci/run` installs the tools and sets it); without it they say
//! SKIPPED. With it, a missing tool is a failure.

mod common;

use common::{buffer_text, Harness};
use crossterm::event::KeyCode;
use kiosk::app::App;
use kiosk::config::{KioskConfig, DEFAULT_TOML};
use kiosk::i18n::{Locales, LANGUAGES};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How much worse (in character error rate, 0..1) the terminal may read than the reference
/// drawing of the same rows: on one screen, and on the mean of a language's screens. Set from
/// the measurements in deploy/README.md (section h). Drawn right, the worst screen read 0.13
/// worse (Bengali) or 0.34 worse (Arabic: the reference's proportional Naskh reads
/// better than letters in cells), the worst language mean 0.07 or 0.20 worse. Drawn wrong
/// (the kiosk's default settings in mlterm: Bengali with gaps, Arabic reordered twice), the
/// Bengali mean read 0.16 worse, Arabic and Urdu screens 0.45 to 0.68 worse.
struct Margin {
    screen: f64,
    mean: f64,
}

fn margin(rtl: bool) -> Margin {
    if rtl {
        Margin {
            screen: 0.40,
            mean: 0.35,
        }
    } else {
        Margin {
            screen: 0.20,
            mean: 0.10,
        }
    }
}

fn enabled(test: &str) -> bool {
    if std::env::var("KIOSK_REAL_TERMINAL").as_deref() == Ok("1") {
        return true;
    }
    eprintln!("SKIPPED {test}: set KIOSK_REAL_TERMINAL=1 (and install what .ci/run installs)");
    false
}

fn require(tools: &[&str]) {
    for tool in tools {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            found,
            "KIOSK_REAL_TERMINAL=1 but `{tool}` is not installed (.ci/run installs it)"
        );
    }
}

#[derive(Clone, Copy)]
enum Press {
    Text(&'static str),
    Tab,
    Enter,
    Esc,
}

/// One screen of the tour, and the keys that lead to it from the one before.
struct Stop {
    name: &'static str,
    lang: &'static str,
    presses: Vec<Press>,
}

const DIGITS: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"];

fn tour() -> Vec<Stop> {
    let mut stops = vec![Stop {
        name: "picker",
        lang: "en",
        presses: vec![],
    }];
    // KIOSK_REAL_TERMINAL_LANGS=bn,ar walks only those (to look into one language).
    let only = std::env::var("KIOSK_REAL_TERMINAL_LANGS").ok();
    let wanted = |code: &str| {
        only.as_ref()
            .is_none_or(|o| o.split(',').any(|c| c == code))
    };
    for (i, lang) in LANGUAGES.iter().enumerate() {
        if !wanted(lang.code) {
            continue;
        }
        // Back to the picker from the previous language's last screen: Esc twice.
        let mut to_menu = if stops.len() == 1 {
            vec![]
        } else {
            vec![Press::Esc, Press::Esc]
        };
        to_menu.push(Press::Text(DIGITS[i]));
        stops.push(Stop {
            name: "menu",
            lang: lang.code,
            presses: to_menu,
        });
        stops.push(Stop {
            name: "lookup",
            lang: lang.code,
            presses: vec![Press::Text("1")],
        });
        stops.push(Stop {
            name: "lookup_bad_date",
            lang: lang.code,
            presses: vec![
                Press::Text("AvaM1234"),
                Press::Tab,
                Press::Text("14/13/2012"),
                Press::Enter,
            ],
        });
    }
    stops
}

fn press_model(h: &mut Harness, press: Press) {
    match press {
        Press::Text(t) => h.text(t),
        Press::Tab => h.key(KeyCode::Tab),
        Press::Enter => h.key(KeyCode::Enter),
        Press::Esc => h.key(KeyCode::Esc),
    }
}

/// The app as the binary runs it with these `KIOSK_*` settings.
fn model(env: &[(&str, &str)]) -> Harness {
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let config = Arc::new(KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env).unwrap());
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    Harness {
        app: App::new(config, Locales::load(), None, tx),
        rx,
    }
}

fn model_rows(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| app.draw(f)).unwrap();
    buffer_text(terminal.backend().buffer())
}

fn kiosk_command(data: &Path, env: &[(&str, &str)]) -> String {
    // The kiosk reads every KIOSK_* variable as a setting and refuses unknown ones: the
    // test's own (KIOSK_REAL_TERMINAL...) are not for it.
    let mut cmd = String::from("exec env");
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("KIOSK_")) {
        cmd.push_str(&format!(" -u {k}"));
    }
    cmd.push_str(" LANG=C.UTF-8");
    for (k, v) in env {
        cmd.push_str(&format!(" {k}={v}"));
    }
    cmd.push_str(&format!(
        " {} --data-dir {}",
        env!("CARGO_BIN_EXE_kiosk"),
        data.display()
    ));
    cmd
}

struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(dir: &Path, command: &str) -> Tmux {
        let socket = format!("kiosk-real-{}", std::process::id());
        let status = Command::new("tmux")
            .current_dir(dir)
            .args(["-u", "-L", &socket, "-f", "/dev/null", "new-session", "-d"])
            .args(["-x", "80", "-y", "24", "-s", "kiosk", command])
            .env("LANG", "C.UTF-8")
            .status()
            .expect("tmux");
        assert!(status.success(), "tmux new-session failed");
        Tmux { socket }
    }

    fn send(&self, press: Press) {
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &self.socket, "send-keys", "-t", "kiosk"]);
        match press {
            Press::Text(t) => cmd.args(["-l", t]),
            Press::Tab => cmd.arg("Tab"),
            Press::Enter => cmd.arg("Enter"),
            Press::Esc => cmd.arg("Escape"),
        };
        assert!(cmd.status().expect("tmux send-keys").success());
        // One key at a time, as a visitor types: the kiosk reads keys, not a paste.
        std::thread::sleep(Duration::from_millis(150));
    }

    fn capture(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "kiosk"])
            .output()
            .expect("tmux capture-pane");
        let text = String::from_utf8_lossy(&out.stdout);
        text.lines()
            .map(|l| format!("{}\n", l.trim_end()))
            .collect()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

/// Waits for `read` to give `want`; returns the last thing read if it never does.
fn settle(want: &str, timeout: Duration, mut read: impl FnMut() -> String) -> Result<(), String> {
    let start = Instant::now();
    loop {
        let got = read();
        if got == want {
            return Ok(());
        }
        if start.elapsed() > timeout {
            return Err(got);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn tmux_shows_exactly_what_the_kiosk_draws() {
    if !enabled("tmux_shows_exactly_what_the_kiosk_draws") {
        return;
    }
    require(&["tmux"]);
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::start(dir.path(), &kiosk_command(&dir.path().join("data"), &[]));
    let mut h = model(&[]);
    let mut failures = Vec::new();
    let mut checked = 0;
    for stop in tour() {
        for &press in &stop.presses {
            press_model(&mut h, press);
            tmux.send(press);
        }
        let want = model_rows(&h.app);
        // The first screen waits for the embedded service to start.
        let timeout = Duration::from_secs(if checked == 0 { 60 } else { 10 });
        if let Err(got) = settle(&want, timeout, || tmux.capture()) {
            failures.push(format!(
                "{} in {}: tmux shows\n{got}\nthe kiosk drew\n{want}",
                stop.name, stop.lang
            ));
        }
        checked += 1;
    }
    assert_eq!(checked, tour().len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Tesseract's languages for a kiosk language (Latin words appear in every one).
fn ocr_languages(lang: &str) -> &'static str {
    match lang {
        "en" => "eng",
        "es" => "spa+eng",
        "fr" => "fra+eng",
        "ht" => "hat+eng",
        "ru" => "rus+eng",
        "zh" => "chi_sim+eng",
        "ko" => "kor+eng",
        "bn" => "ben+eng",
        "ar" => "ara+eng",
        "ur" => "urd+eng",
        other => panic!("no OCR language for {other}"),
    }
}

fn run(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Reads an image back, twice the size, as one block of text. A terminal screenshot is first
/// turned into dark ink on white, cell by cell (see `write_ink`).
fn ocr(image: &Path, lang: &str, terminal: bool) -> String {
    let page = if terminal {
        let ink = image.with_extension("ink.pgm");
        write_ink(image, &ink);
        ink
    } else {
        image.to_path_buf()
    };
    let big = image.with_extension("ocr.png");
    run(Command::new("convert")
        .arg(&page)
        .args(["-colorspace", "Gray", "-resize", "200%"])
        .arg(&big));
    let out = run(Command::new("tesseract").arg(&big).args([
        "-",
        "-l",
        ocr_languages(lang),
        "--psm",
        "6",
    ]));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Black where a pixel stands out from its cell's background, white elsewhere: tesseract
/// reads dark text on a light page, and the kiosk has white on blue (the header), black on
/// cyan (the selection) and grey hints. A cell's background is its most common shade (text
/// is drawn smoothed, in many shades; the background is one). The screenshot is the
/// terminal's 80x24 cells inside an even border.
fn write_ink(image: &Path, out: &Path) {
    let size = run(Command::new("identify")
        .args(["-format", "%w %h"])
        .arg(image));
    let size = String::from_utf8_lossy(&size.stdout).into_owned();
    let (w, h) = size.split_once(' ').expect("identify gives a size");
    let (w, h): (usize, usize) = (w.trim().parse().unwrap(), h.trim().parse().unwrap());
    let grey = run(Command::new("convert").arg(image).args([
        "-colorspace",
        "Gray",
        "-depth",
        "8",
        "gray:-",
    ]))
    .stdout;
    assert_eq!(grey.len(), w * h, "{}", image.display());
    let (cell_w, cell_h) = (w / 80, h / 24);
    let (left, top) = ((w - 80 * cell_w) / 2, (h - 24 * cell_h) / 2);
    let mut ink = vec![255u8; w * h];
    for row in 0..24 {
        for col in 0..80 {
            let (x0, y0) = (left + col * cell_w, top + row * cell_h);
            let mut counts = [0u32; 256];
            for y in y0..y0 + cell_h {
                for x in x0..x0 + cell_w {
                    counts[usize::from(grey[y * w + x])] += 1;
                }
            }
            let background = (0..256).max_by_key(|&v| counts[v]).unwrap_or(255) as i16;
            let contrast = |x: usize, y: usize| (i16::from(grey[y * w + x]) - background).abs();
            // Ink is what stands out by a good part of the cell's own contrast, so red or
            // grey text is as bold as white.
            let strongest = (y0..y0 + cell_h)
                .flat_map(|y| (x0..x0 + cell_w).map(move |x| (x, y)))
                .map(|(x, y)| contrast(x, y))
                .max()
                .unwrap_or(0);
            let threshold = (strongest * 2 / 5).max(24);
            for y in y0..y0 + cell_h {
                for x in x0..x0 + cell_w {
                    if contrast(x, y) > threshold {
                        ink[y * w + x] = 0;
                    }
                }
            }
        }
    }
    let mut pgm = format!("P5\n{w} {h}\n255\n").into_bytes();
    pgm.extend(ink);
    std::fs::write(out, pgm).unwrap();
}

/// Text as compared: compatibility forms folded (Arabic presentation forms are letters),
/// no spaces (OCR's spacing in a terminal grid says nothing about readability), and none of
/// the box and arrow marks tesseract has no model for.
fn comparable(text: &str) -> Vec<char> {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(*c as u32, 0x200E | 0x200F | 0x2190..=0x21FF | 0x2500..=0x25FF)
        })
        .collect()
}

/// Character error rate: edits from what was read to what was meant, per character meant.
fn cer(read: &str, meant: &str) -> f64 {
    let (a, b) = (comparable(read), comparable(meant));
    if b.is_empty() {
        return 0.0;
    }
    let mut row: Vec<usize> = (0..=a.len()).collect();
    for (j, cb) in b.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = j + 1;
        for (i, ca) in a.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[i + 1];
            row[i + 1] = substitute.min(row[i] + 1).min(row[i + 1] + 1);
        }
    }
    row[a.len()] as f64 / b.len() as f64
}

struct Xvfb {
    display: String,
    child: std::process::Child,
}

impl Xvfb {
    fn start() -> Xvfb {
        let number = 40 + std::process::id() % 400;
        let display = format!(":{number}");
        let child = Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1280x720x24",
                "-nolisten",
                "tcp",
                // A white root around the black terminal, so its window can be cut out.
                "-wr",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb");
        std::thread::sleep(Duration::from_secs(1));
        Xvfb { display, child }
    }

    fn screenshot(&self, out: &Path) {
        let raw = out.with_extension("raw.png");
        run(Command::new("import")
            .env("DISPLAY", &self.display)
            .args(["-window", "root"])
            .arg(&raw));
        // The terminal's window, without the white root around it.
        run(Command::new("convert")
            .arg(&raw)
            .args(["-bordercolor", "white", "-border", "1", "-trim", "+repage"])
            .arg(out));
    }

    fn key(&self, press: Press) {
        let mut cmd = Command::new("xdotool");
        cmd.env("DISPLAY", &self.display);
        match press {
            Press::Text(t) => cmd.args(["type", "--delay", "80", t]),
            Press::Tab => cmd.args(["key", "Tab"]),
            Press::Enter => cmd.args(["key", "Return"]),
            Press::Esc => cmd.args(["key", "Escape"]),
        };
        run(&mut cmd);
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits until two screenshots a moment apart are the same, and not the screen before this
/// one or a blank one (the screen is drawn).
fn steady_screenshot(x: &Xvfb, out: &Path, before: &[u8], timeout: Duration) -> Vec<u8> {
    let start = Instant::now();
    let mut last: Option<Vec<u8>> = None;
    loop {
        std::thread::sleep(Duration::from_millis(500));
        x.screenshot(out);
        let now = std::fs::read(out).unwrap();
        let drawn = now != before && now.len() > 2000;
        if (drawn && last.as_ref() == Some(&now)) || start.elapsed() > timeout {
            return now;
        }
        last = Some(now);
    }
}

/// The rows the kiosk meant to show, drawn by pango with the shipped fonts at the terminal's
/// glyph size.
fn reference_image(rows: &str, out: &Path, fonts: &Path) {
    let text = out.with_extension("txt");
    let rows: Vec<&str> = rows.lines().filter(|l| !l.trim().is_empty()).collect();
    std::fs::write(&text, rows.join("\n")).unwrap();
    run(Command::new("pango-view")
        .env("XDG_CONFIG_HOME", fonts)
        .args([
            "--no-display",
            "--dpi=96",
            "--font=Noto Sans Mono 12",
            "--margin=8",
        ])
        .args(["--background=white", "--foreground=black", "-o"])
        .arg(out)
        .arg(&text));
}

/// The shipped display's settings from deploy/kiosk.toml: the kiosk must run with them.
fn shipped_display_settings() -> Vec<(&'static str, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/kiosk.toml");
    let table: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    vec![
        ("KIOSK_BIDI_REORDER", table["bidi_reorder"].to_string()),
        (
            "KIOSK_CELL_WIDTHS",
            table["cell_widths"].as_str().unwrap().to_string(),
        ),
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn mlterm_reads_as_well_as_a_reference_drawing() {
    if !enabled("mlterm_reads_as_well_as_a_reference_drawing") {
        return;
    }
    require(&[
        "Xvfb",
        "mlterm",
        "xdotool",
        "import",
        "convert",
        "tesseract",
        "pango-view",
    ]);
    let deploy = Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/display");
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let fonts = home.join(".config");
    std::fs::create_dir_all(home.join(".mlterm")).unwrap();
    std::fs::create_dir_all(fonts.join("fontconfig")).unwrap();
    for (from, to) in [
        ("mlterm-main", home.join(".mlterm/main")),
        ("mlterm-aafont", home.join(".mlterm/aafont")),
        ("fonts.conf", fonts.join("fontconfig/fonts.conf")),
    ] {
        std::fs::copy(deploy.join(from), to).unwrap();
    }
    let shots: PathBuf = std::env::var_os("KIOSK_REAL_TERMINAL_SHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("shots"));
    std::fs::create_dir_all(&shots).unwrap();

    let mut settings = shipped_display_settings();
    // KIOSK_REAL_TERMINAL_SETTINGS="KIOSK_CELL_WIDTHS=wcwidth ..." runs the kiosk with other
    // settings than the shipped ones: how the test was shown to catch a misdrawn screen.
    if let Ok(other) = std::env::var("KIOSK_REAL_TERMINAL_SETTINGS") {
        for pair in other.split_whitespace() {
            let (key, value) = pair.split_once('=').expect("KEY=value");
            settings.retain(|(k, _)| *k != key);
            let key: &'static str = Box::leak(key.to_string().into_boxed_str());
            settings.push((key, value.to_string()));
        }
    }
    let env: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let x = Xvfb::start();
    let mut session = Command::new("sh")
        .arg(deploy.join("kiosk-session"))
        .args(["sh", "-c", &kiosk_command(&dir.path().join("data"), &env)])
        .current_dir(dir.path())
        .env("DISPLAY", &x.display)
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", &fonts)
        .env("SESSION_GEOMETRY", "80x24")
        .env("SESSION_FONT_PX", "16")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(shots.join("session.log")).unwrap())
        .spawn()
        .expect("kiosk-session");

    // What the screen should say: the kiosk's own rows with the shipped settings, whatever
    // the kiosk under test runs with.
    let shipped = shipped_display_settings();
    let shipped: Vec<(&str, &str)> = shipped.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut h = model(&shipped);
    let mut table = vec!["| screen | language | reference CER | mlterm CER |".to_string()];
    table.push("|---|---|---|---|".into());
    let mut failures = Vec::new();
    let mut sums: std::collections::BTreeMap<&str, (f64, f64, usize)> = Default::default();
    let mut before = Vec::new();
    for (n, stop) in tour().into_iter().enumerate() {
        for &press in &stop.presses {
            press_model(&mut h, press);
            x.key(press);
            std::thread::sleep(Duration::from_millis(200));
        }
        let name = format!("{n:02}_{}_{}", stop.lang, stop.name);
        let shot = shots.join(format!("{name}.png"));
        let timeout = Duration::from_secs(if n == 0 { 60 } else { 10 });
        if n == 0 {
            // The embedded service starts first.
            std::thread::sleep(Duration::from_secs(5));
        }
        before = steady_screenshot(&x, &shot, &before, timeout);
        let meant = model_rows(&h.app);
        let reference = shots.join(format!("{name}.reference.png"));
        reference_image(&meant, &reference, &fonts);
        let lang = if stop.name == "picker" {
            "en"
        } else {
            stop.lang
        };
        // The two readings at once: CI has two cores.
        let (terminal_read, reference_read) = std::thread::scope(|s| {
            let terminal = s.spawn(|| ocr(&shot, lang, true));
            let reference = ocr(&reference, lang, false);
            (terminal.join().unwrap(), reference)
        });
        let terminal_cer = cer(&terminal_read, &meant);
        let reference_cer = cer(&reference_read, &meant);
        table.push(format!(
            "| {} | {} | {reference_cer:.3} | {terminal_cer:.3} |",
            stop.name, stop.lang
        ));
        let rtl = kiosk::i18n::find_language(stop.lang).is_some_and(|l| l.rtl);
        if terminal_cer > reference_cer + margin(rtl).screen {
            failures.push(format!(
                "{name}: mlterm reads {terminal_cer:.3}, the reference {reference_cer:.3} (margin {}); see {}",
                margin(rtl).screen,
                shot.display()
            ));
        }
        let (reference_sum, terminal_sum, count) = sums.entry(stop.lang).or_insert((0.0, 0.0, 0));
        *reference_sum += reference_cer;
        *terminal_sum += terminal_cer;
        *count += 1;
    }
    for (lang, (reference_sum, terminal_sum, count)) in &sums {
        let rtl = kiosk::i18n::find_language(lang).is_some_and(|l| l.rtl);
        let (reference, terminal) = (reference_sum / *count as f64, terminal_sum / *count as f64);
        table.push(format!(
            "| mean | {lang} | {reference:.3} | {terminal:.3} |"
        ));
        if terminal > reference + margin(rtl).mean {
            failures.push(format!(
                "{lang}: mlterm reads {terminal:.3} on average, the reference {reference:.3} (margin {})",
                margin(rtl).mean
            ));
        }
    }
    let _ = session.kill();
    let _ = session.wait();
    eprintln!("{}", table.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
