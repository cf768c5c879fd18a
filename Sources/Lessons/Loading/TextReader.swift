/// Reads TEXT: "either a string, or a map from language code to string".
extension Located {
    /// A TEXT value; a map needs at least one language, each a code like `en`, `ko` or `pt-BR`.
    func localizedText() throws(ScenarioError) -> LocalizedText {
        if case .scalar = node { return LocalizedText(try text("a text")) }
        guard case .mapping = node else {
            throw error("expected a text: a string, or a map like {en: \"...\", ko: \"...\"}")
        }
        var translations: [LocalizedText.Translation] = []
        for entry in try pairs("a text") {
            guard Self.isLanguageCode(entry.name) else {
                throw entry.key.error("`\(entry.name)` is not a language code like en or ko")
            }
            translations.append(.init(language: entry.name, text: try entry.value.text("a string")))
        }
        guard !translations.isEmpty else { throw error("expected at least one language") }
        return LocalizedText(translations: translations)
    }

    /// Two or three ASCII letters, optionally followed by `-` or `_` and a region or script.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
