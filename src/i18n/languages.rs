/// A language the kiosk can offer: its code, its name in its own script, whether it is
/// written right to left, and its Fluent source when translated.
pub struct Language {
    pub code: &'static str,
    pub native_name: &'static str,
    pub english_name: &'static str,
    pub rtl: bool,
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
        source: locale!("en"),
    },
    Language {
        code: "es",
        native_name: "Español",
        english_name: "Spanish",
        rtl: false,
        source: locale!("es"),
    },
    Language {
        code: "zh",
        native_name: "中文",
        english_name: "Chinese",
        rtl: false,
        source: locale!("zh"),
    },
    Language {
        code: "bn",
        native_name: "বাংলা",
        english_name: "Bengali",
        rtl: false,
        source: locale!("bn"),
    },
    Language {
        code: "ru",
        native_name: "Русский",
        english_name: "Russian",
        rtl: false,
        source: locale!("ru"),
    },
    Language {
        code: "ht",
        native_name: "Kreyòl ayisyen",
        english_name: "Haitian Creole",
        rtl: false,
        source: locale!("ht"),
    },
    Language {
        code: "ko",
        native_name: "한국어",
        english_name: "Korean",
        rtl: false,
        source: locale!("ko"),
    },
    Language {
        code: "ar",
        native_name: "العربية",
        english_name: "Arabic",
        rtl: true,
        source: locale!("ar"),
    },
    Language {
        code: "ur",
        native_name: "اردو",
        english_name: "Urdu",
        rtl: true,
        source: locale!("ur"),
    },
    Language {
        code: "fr",
        native_name: "Français",
        english_name: "French",
        rtl: false,
        source: locale!("fr"),
    },
];

pub fn find(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}
