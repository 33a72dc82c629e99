/// A language the kiosk can offer: its code, its name in its own script, whether it is
/// written right to left, and its Fluent source when translated.
pub struct Language {
    pub code: &'static str,
    pub native_name: &'static str,
    pub english_name: &'static str,
    pub rtl: bool,
    /// The Linux text console can draw its script. The console holds at most 512 glyphs,
    /// has no double-width cells and no shaping: Latin and Cyrillic fit; Chinese, Korean,
    /// Bengali, Arabic and Urdu do not.
    pub console: bool,
    pub source: Option<&'static str>,
}

macro_rules! locale {
    ($code:literal) => {
        Some(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/locales/",
            $code,
            "/kiosk.ftl"
        )))
    };
}

/// English plus the nine languages NYC Public Schools translate into.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        native_name: "English",
        english_name: "English",
        rtl: false,
        console: true,
        source: locale!("en"),
    },
    Language {
        code: "es",
        native_name: "Español",
        english_name: "Spanish",
        rtl: false,
        console: true,
        source: locale!("es"),
    },
    Language {
        code: "zh",
        native_name: "中文",
        english_name: "Chinese",
        rtl: false,
        console: false,
        source: locale!("zh"),
    },
    Language {
        code: "bn",
        native_name: "বাংলা",
        english_name: "Bengali",
        rtl: false,
        console: false,
        source: locale!("bn"),
    },
    Language {
        code: "ru",
        native_name: "Русский",
        english_name: "Russian",
        rtl: false,
        console: true,
        source: locale!("ru"),
    },
    Language {
        code: "ht",
        native_name: "Kreyòl ayisyen",
        english_name: "Haitian Creole",
        rtl: false,
        console: true,
        source: locale!("ht"),
    },
    Language {
        code: "ko",
        native_name: "한국어",
        english_name: "Korean",
        rtl: false,
        console: false,
        source: locale!("ko"),
    },
    Language {
        code: "ar",
        native_name: "العربية",
        english_name: "Arabic",
        rtl: true,
        console: false,
        source: locale!("ar"),
    },
    Language {
        code: "ur",
        native_name: "اردو",
        english_name: "Urdu",
        rtl: true,
        console: false,
        source: locale!("ur"),
    },
    Language {
        code: "fr",
        native_name: "Français",
        english_name: "French",
        rtl: false,
        console: true,
        source: locale!("fr"),
    },
];

pub fn find(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}
