/// The Latin-letter words of a text, as the glossary checks read them: runs of letters with
/// `-`, `.` and `_` inside a run ("Pre-Vote", "min.insync.replicas"), one concept one place
/// for the glossary tests of every target.
public enum EnglishWords {
    public static func of(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        let chars = Array(text)
        func flush() {
            while let last = word.last, "-._".contains(last) { word.removeLast() }
            if !word.isEmpty { out.append(word) }
            word = ""
        }
        for (k, c) in chars.enumerated() {
            if c.isASCII && c.isLetter {
                word.append(c)
            } else if !word.isEmpty, "-._".contains(c), k + 1 < chars.count, chars[k + 1].isASCII, chars[k + 1].isLetter {
                word.append(c)
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
