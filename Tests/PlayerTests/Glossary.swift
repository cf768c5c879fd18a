import Foundation
import Words
import TestSupport

/// docs/glossary.md read as data: the Korean variants never to use ("not"), the phrases never
/// written, the English allowed in Korean text; and the checks a learner-visible text must pass.
struct Glossary {
    /// Korean words of the "not" column, each with the concept's term to use instead.
    var not: [(word: String, use: String)] = []
    /// Phrases no learner text holds, in either language (matched ignoring case).
    var never: [String] = []
    /// English words allowed in Korean text.
    var allowed: Set<String> = []

    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/glossary.md")

    static func load() throws -> Glossary {
        try parse(String(contentsOf: path, encoding: .utf8))
    }

    /// The three tables, found by their headings; rows are `| a | b | ... |` lines.
    static func parse(_ markdown: String) -> Glossary {
        var glossary = Glossary()
        var section = ""
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { section = String(line.dropFirst(3)); continue }
            guard line.hasPrefix("|") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = cells.first, !first.hasPrefix("---"), !["concept", "phrase", "word"].contains(first) else { continue }
            switch section {
            case "Terms" where cells.count >= 4:
                for word in cells[3].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
                    glossary.not.append((word, cells[2]))
                }
            case "Never written": glossary.never.append(first)
            case "Allowed English in Korean text": glossary.allowed.insert(first.replacingOccurrences(of: "`", with: ""))
            default: break
            }
        }
        return glossary
    }

    // MARK: - Checks

    /// One thing wrong with a text.
    struct Problem: CustomStringConvertible {
        var origin: String
        var word: String
        var why: String
        var text: String
        var description: String { "\(origin): \"\(word)\" (\(why)) in: \(text.prefix(70))\(text.count > 70 ? "…" : "")" }
    }

    /// A text in either language: no braces, no snake_case name, no "never" phrase.
    func checkRaw(_ text: String, origin: String) -> [Problem] {
        var out: [Problem] = []
        for brace in ["{", "}"] where text.contains(brace) {
            out.append(Problem(origin: origin, word: brace, why: "format syntax", text: text))
        }
        for name in Self.snakeCase(text) {
            out.append(Problem(origin: origin, word: name, why: "a snake_case name", text: text))
        }
        for phrase in never where text.lowercased().contains(phrase.lowercased()) {
            out.append(Problem(origin: origin, word: phrase, why: "never written", text: text))
        }
        return out
    }

    /// A Korean text: no variant of the "not" column, no English word beyond the allowed ones
    /// (`names`: node names and values of the lesson, also allowed).
    func checkKorean(_ text: String, origin: String, names: Set<String> = []) -> [Problem] {
        var out: [Problem] = []
        for (word, use) in not where text.contains(word) {
            out.append(Problem(origin: origin, word: word, why: "use \(use)", text: text))
        }
        for word in Self.englishWords(text) where !isAllowed(word, names: names) {
            out.append(Problem(origin: origin, word: word, why: "English in Korean text", text: text))
        }
        return out
    }

    func isAllowed(_ word: String, names: Set<String>) -> Bool {
        if word.count == 1 || allowed.contains(word) || names.contains(word) || Self.planets.contains(word) { return true }
        // A word glued to a number or sign by a value ("x=1", "order#3") was split off it already.
        return false
    }

    static let planets: Set<String> = ["Neptune", "Saturn", "Jupiter", "Mars", "Venus", "Mercury", "Uranus", "Earth", "Pluto"]

    /// Runs of Latin letters, with `-`, `.` and `_` inside a run ("Pre-Vote", "min.insync.replicas").
    static func englishWords(_ text: String) -> [String] { EnglishWords.of(text) }

    /// Lower-case names joined by underscores: `voted_for`, `commit_old_terms`.
    static func snakeCase(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        func flush() {
            let parts = word.split(separator: "_", omittingEmptySubsequences: false)
            if parts.count > 1, parts.allSatisfy({ !$0.isEmpty }), word.contains(where: { $0.isLowercase }) { out.append(word) }
            word = ""
        }
        for c in text {
            if c.isASCII && (c.isLetter || c.isNumber || c == "_") { word.append(c) } else { flush() }
        }
        flush()
        return out
    }
}
