import Foundation

/// raftlab's own words as the sources write them (issue 11, "One vocabulary"): every string
/// literal inside a `Phrase(...)` or `pick(...)` call, and every literal holding Hangul (only
/// learner text is written in Korean), with its file and line. Interpolations (`\(...)`) read
/// as a space; literals inside them are phrases of their own.
struct SourcePhrases {
    struct Literal: Equatable {
        var file: String
        var line: Int
        var text: String
        /// Inside a `Phrase(` or `pick(` call.
        var phrase: Bool
        /// Holds a Hangul syllable.
        var korean: Bool { text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
        var origin: String { "\(file):\(line)" }
    }

    /// Every literal of every Swift file under `root`, paths relative to `root`'s parent.
    static func scan(_ root: URL) -> [Literal] {
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path } ?? []
        let base = root.deletingLastPathComponent().path + "/"
        return files.flatMap { url -> [Literal] in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
            return literals(in: text, file: url.path.replacingOccurrences(of: base, with: ""))
        }
    }

    /// The literals of one file.
    static func literals(in source: String, file: String) -> [Literal] {
        var lexer = Lexer(chars: Array(source), file: file)
        lexer.run()
        return lexer.out
    }

    /// A small Swift lexer: comments, string literals (with escapes and nested interpolations,
    /// `"""` blocks and `#"…"#` raw strings), and which calls are open.
    struct Lexer {
        let chars: [Character]
        let file: String
        var k = 0
        var line = 1
        var out: [Literal] = []
        /// Open parentheses, each marked whether it opened a `Phrase(` or `pick(` call.
        var calls: [Bool] = []

        var inPhrase: Bool { calls.contains(true) }

        func peek(_ offset: Int = 0) -> Character? { k + offset < chars.count ? chars[k + offset] : nil }

        mutating func advance() {
            if chars[k] == "\n" { line += 1 }
            k += 1
        }

        mutating func run(until close: Character? = nil) {
            var word = ""
            while k < chars.count {
                let c = chars[k]
                if let close, c == close, calls.isEmpty { return }
                if c == "/" && peek(1) == "/" {
                    while k < chars.count && chars[k] != "\n" { advance() }
                    continue
                }
                if c == "/" && peek(1) == "*" {
                    while k < chars.count && !(chars[k] == "*" && peek(1) == "/") { advance() }
                    if k < chars.count { advance(); advance() }
                    continue
                }
                if c == "\"" || (c == "#" && peek(1) == "\"") {
                    string()
                    word = ""
                    continue
                }
                if c == "(" {
                    calls.append(word == "Phrase" || word == "pick")
                } else if c == ")" {
                    if calls.isEmpty, close != nil { return }
                    _ = calls.popLast()
                }
                word = c.isLetter || c.isNumber || c == "_" ? word + String(c) : ""
                advance()
            }
        }

        /// A string literal at `k`: its text (interpolations as spaces) becomes a literal.
        mutating func string() {
            var hashes = 0
            while peek() == "#" { hashes += 1; advance() }
            let startLine = line
            let block = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
            for _ in 0..<(block ? 3 : 1) { advance() }
            let closing = String(repeating: "\"", count: block ? 3 : 1) + String(repeating: "#", count: hashes)
            var text = ""
            while k < chars.count {
                if matches(closing) {
                    for _ in 0..<closing.count { advance() }
                    break
                }
                let c = chars[k]
                if c == "\\" && matches("\\" + String(repeating: "#", count: hashes)) {
                    for _ in 0...hashes { advance() }
                    guard k < chars.count else { break }
                    if chars[k] == "(" {
                        advance()
                        interpolation()
                        text += " "
                    } else if chars[k] == "u" && peek(1) == "{" {
                        while k < chars.count && chars[k] != "}" { advance() }  // \u{1B}: one character
                        if k < chars.count { advance() }
                        text += "?"
                    } else {
                        text.append(escaped(chars[k]))
                        advance()
                    }
                    continue
                }
                text.append(c)
                advance()
            }
            out.append(Literal(file: file, line: startLine, text: text, phrase: inPhrase))
        }

        /// The code of an interpolation, up to its closing parenthesis: nested literals count.
        mutating func interpolation() {
            var nested = Lexer(chars: chars, file: file)
            nested.k = k
            nested.line = line
            nested.calls = []
            let outer = inPhrase
            nested.run(until: ")")
            out += nested.out.map { var l = $0; l.phrase = l.phrase || outer; return l }
            k = nested.k
            line = nested.line
            if k < chars.count { advance() }
        }

        func matches(_ s: String) -> Bool {
            for (offset, c) in s.enumerated() where peek(offset) != c { return false }
            return true
        }

        func escaped(_ c: Character) -> Character {
            switch c {
            case "n": "\n"
            case "t": "\t"
            default: c
            }
        }
    }
}
