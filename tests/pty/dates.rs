//! End to end in a pseudo-terminal: the date of birth a visitor types is shown in words in
//! their language before anything is sent, whichever order or digits they used.

use crate::common::pty::{exit_hash, write_config, Kiosk, ENTER, TAB};

const DOWN: &str = "\x1b[B";

fn to_lookup(k: &mut Kiosk, downs: usize, menu_title: &str, step: &str) {
    k.wait_for("Choose your language");
    for _ in 0..downs {
        k.send(DOWN);
    }
    k.send(ENTER);
    k.wait_for(menu_title);
    k.send("1");
    k.wait_for(step);
}

#[test]
fn spanish_day_first_and_chinese_full_width_dates_are_shown_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let mut k = Kiosk::spawn(&["--config", config.to_str().unwrap()], dir.path(), &[]);

    // Spanish, day first as most families write it: read as 14 March, and said so.
    to_lookup(&mut k, 1, "Español", "Paso 1 de 3");
    k.type_text("AvaM1234");
    k.send(TAB);
    k.type_text("14/03/2012");
    k.wait_for("14 de marzo de 2012");
    // 03/04 is read month first: the words say April is not what was understood.
    for _ in 0..10 {
        k.send("\x7f");
    }
    k.type_text("03/04/2012");
    k.wait_for("4 de marzo de 2012");
    for _ in 0..10 {
        k.send("\x7f");
    }
    k.type_text("14/03/2012");
    k.wait_for("14 de marzo de 2012");
    k.send(ENTER);
    k.wait_for("PIN");
    k.send("\x1b");
    k.wait_for("Español");
    drop(k);

    // Chinese, with full-width digits from a Chinese keyboard.
    let mut k = Kiosk::spawn(&["--config", config.to_str().unwrap()], dir.path(), &[]);
    to_lookup(&mut k, 2, "中文", "第 1 步");
    k.type_text("AvaM1234");
    k.send(TAB);
    k.type_text("０３/１４/２０１２");
    k.wait_for("2012年3月14日");
    k.send(ENTER);
    k.wait_for("PIN");
}
