/// Word wrapping and cutting by terminal columns (CharWidth), for English and Korean alike.
enum TextWrap {
    /// `text` broken into lines of at most `width` columns, at spaces where possible; a word
    /// longer than a line is broken inside. A character wider than `width` is dropped.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out.append(contentsOf: wrapParagraph(String(paragraph), width: width))
        }
        return out
    }

    private static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in keepingUnits(text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)) {
            let w = CharWidth.of(word)
            if used > 0 && used + 1 + w <= width {
                line += " " + word
                used += 1 + w
                continue
            }
            if used > 0 {
                lines.append(line)
                line = ""
                used = 0
            }
            for piece in breakWord(word, width: width) {
                if used > 0 { lines.append(line) }
                line = piece
                used = CharWidth.of(piece)
            }
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Units that stay on the line of the number before them ("100 ms", never "100" / "ms").
    static let units: Set<String> = ["ms", "s", "밀리초", "초"]

    /// The words with each unit joined to the number before it, so a line never breaks between.
    static func keepingUnits(_ words: [String]) -> [String] {
        var out: [String] = []
        // A unit, then no Latin letter: "ms", "ms.", "ms마다" (a Korean particle), never "mss".
        let isUnit = { (word: String) in
            units.contains { word.hasPrefix($0) && !(word.dropFirst($0.count).first.map { $0.isASCII && $0.isLetter } ?? false) }
        }
        for word in words {
            if let last = out.last, last.last?.isNumber == true, isUnit(word) {
                out[out.count - 1] = last + " " + word
            } else {
                out.append(word)
            }
        }
        return out
    }

    /// A word cut into pieces of at most `width` columns.
    private static func breakWord(_ word: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var used = 0
        for c in word {
            let w = CharWidth.of(c)
            if w > width { continue }
            if used + w > width {
                pieces.append(piece)
                piece = ""
                used = 0
            }
            piece.append(c)
            used += w
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// `text` cut to `width` columns; a cut line ends in "…" and keeps its closing rule tag
    /// ("… [5.4.1]") when there is room, so every event still names its rule.
    static func cut(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if CharWidth.of(text) <= width { return text }
        var tag = ""
        if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            tag = String(text[open...])
            if CharWidth.of(tag) + 8 > width { tag = "" }
        }
        if tag.isEmpty { return Ellipsis.cut(text, columns: width) }
        let head = String(text[..<text.lastIndex(of: "[")!])
        let room = width - 1 - CharWidth.of(tag) - 1
        return CharWidth.prefix(head, columns: room) + "… " + tag
    }
}
