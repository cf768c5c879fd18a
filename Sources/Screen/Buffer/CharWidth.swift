/// Terminal column widths from the project's own table (not the process locale):
/// Hangul, CJK and fullwidth forms take two columns, combining marks none.
public enum CharWidth {
    public static func of(_ c: Character) -> Int {
        if let ascii = c.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }  // the common case, fast
        guard let scalar = c.unicodeScalars.first else { return 0 }
        return of(scalar)
    }

    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }  // ASCII, the common case
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if isCombining(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int {
        var total = 0
        for s in text.unicodeScalars { total += of(s) }
        return total
    }

    static func isCombining(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x1160...0x11FF).contains(v) || (0x200B...0x200F).contains(v)
            || (0xFE00...0xFE0F).contains(v) || (0xD7B0...0xD7FF).contains(v)
    }

    static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v)          // Hangul Jamo leading consonants
            || (0x23E9...0x23EC).contains(v)   // ⏩ ⏪ ⏫ ⏬ (wide in Unicode and in wcwidth)
            || (0x2E80...0x303E).contains(v)   // CJK radicals, punctuation
            || (0x3041...0x33FF).contains(v)   // kana, CJK symbols
            || (0x3400...0x4DBF).contains(v)   // CJK extension A
            || (0x4E00...0x9FFF).contains(v)   // CJK unified ideographs
            || (0xA960...0xA97F).contains(v)   // Hangul Jamo extended A
            || (0xAC00...0xD7A3).contains(v)   // Hangul syllables
            || (0xF900...0xFAFF).contains(v)   // CJK compatibility ideographs
            || (0xFE30...0xFE4F).contains(v)   // CJK compatibility forms
            || (0xFF00...0xFF60).contains(v)   // fullwidth forms
            || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v) // emoji
            || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
    }

    /// The longest prefix of `text` that fits in `columns`.
    public static func prefix(_ text: String, columns: Int) -> String {
        var used = 0
        var end = text.unicodeScalars.startIndex
        for index in text.unicodeScalars.indices {
            let w = of(text.unicodeScalars[index])
            if used + w > columns { break }
            used += w
            end = text.unicodeScalars.index(after: index)
        }
        return end == text.unicodeScalars.endIndex ? text : String(text.unicodeScalars[..<end])
    }

    /// `text` cut or padded with spaces to exactly `columns`.
    public static func fit(_ text: String, _ columns: Int) -> String {
        let cut = prefix(text, columns: columns)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }
}
