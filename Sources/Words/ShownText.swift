/// Text from outside the program (a scenario file, a file name) made safe to show: the
/// format's "Limits" say "Text shown to a reader has its control characters escaped", so that
/// no file can drive the reader's terminal (an ESC starting a colour, a cursor move, a title).
public enum ShownText {
    /// `text` with each control character (C0, DEL, C1) and each bidirectional formatting
    /// character written as Swift writes it, `\u{1B}`: visible, unambiguous for every code
    /// point, and the same in every language. A newline is kept when `keepingNewlines`
    /// (narration has lines); everywhere else it is escaped too.
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines) }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingNewlines) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Control characters and the bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069).
    static func needsEscape(_ scalar: Unicode.Scalar, _ keepingNewlines: Bool) -> Bool {
        if scalar == "\n" { return !keepingNewlines }
        return scalar.properties.generalCategory == .control
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
