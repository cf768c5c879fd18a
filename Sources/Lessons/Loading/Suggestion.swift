/// "Did you mean ...?" for unknown keys, steps and names.
enum Suggestion {
    /// `unknown key (did you mean prevote?)`, or the known words when none is close.
    static func unknown(_ what: String, _ word: String, known: [String]) -> String {
        if let near = closest(to: word, in: known) {
            return "unknown \(what) `\(word)` (did you mean `\(near)`?)"
        }
        return "unknown \(what) `\(word)`; expected one of: \(known.joined(separator: ", "))"
    }

    /// The known word within two edits of `word` (case ignored), nearest first.
    static func closest(to word: String, in known: [String]) -> String? {
        let scored = known.map { (word: $0, cost: distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.cost < $1.cost }), best.cost <= 2,
              best.cost < word.count else { return nil }
        return best.word
    }

    /// Levenshtein distance between two strings, in characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return row[b.count]
    }
}
