/// TEXT of the scenario format: one string, or strings per language code. It lives below the
/// picture types, so the screen shows a lesson's own text without knowing the format.
public struct LocalizedText: Sendable, Equatable {
    /// One language's string; `language` is "" for a plain string written without a language.
    public struct Translation: Sendable, Equatable {
        public var language: String
        public var text: String

        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    /// The strings in the order they were written.
    public var translations: [Translation]

    /// A plain string, shown whatever the language.
    public init(_ text: String) {
        translations = [Translation(language: "", text: text)]
    }

    /// Strings per language code, in the given order.
    public init(translations: [Translation]) {
        self.translations = translations
    }

    /// True when this was written as a plain string rather than a map of languages.
    public var isPlain: Bool {
        translations.count == 1 && translations[0].language.isEmpty
    }

    /// The string to show for `lang`, else for its base language (`ko` for `ko_KR`), else `en`, else the
    /// first present; control characters escaped ("Limits"), lines kept.
    public func resolve(_ lang: String) -> String {
        ShownText.escaped(written(lang), keepingNewlines: true)
    }

    /// The string as written for `lang`, with the same fallback as `resolve`.
    public func written(_ lang: String) -> String {
        // Format, TEXT: "a missing language falls back to en, then to any language present".
        let base = Language.base(of: lang)
        for wanted in [lang, base, "en"] where !wanted.isEmpty {
            if let hit = translations.first(where: { $0.language == wanted }) { return hit.text }
        }
        return translations.first?.text ?? ""
    }
}

/// Chooses the language lessons are shown in.
public enum Language {
    /// `explicit` (`--lang`) if given, else `ko` when the locale (LC_ALL, else LANG) starts with `ko`, else `en`.
    public static func detect(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        // Format, TEXT: "`ko` when LANG/LC_ALL starts with ko, else en". As in POSIX, a
        // non-empty LC_ALL overrides LANG.
        let locale = [environment["LC_ALL"], environment["LANG"]]
            .compactMap { $0 }
            .first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("ko") ? "ko" : "en"
    }

    /// The language code without region or encoding: `ko_KR.UTF-8` gives `ko`.
    public static func base(of lang: String) -> String {
        String(lang.prefix { $0 != "_" && $0 != "-" && $0 != "." }).lowercased()
    }
}

extension LocalizedText {
    /// raftlab's own words as a TEXT: one string per language (a step the lesson player says
    /// in words beside the lesson's own text).
    public init(_ phrase: Phrase) {
        self.init(translations: Lang.allCases.map { Translation(language: $0.rawValue, text: phrase[$0]) })
    }
}
