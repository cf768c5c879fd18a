/// One thing a condition asks for, in words (issue 11, "Nothing raw"): in English a sentence
/// ("Saturn leads"); in Korean a verb stem for joining and waiting ("Saturn이 리더가 되", which
/// takes -고 and -ㄹ 때까지) and a short noun phrase for "expected" and "check" ("Saturn이 리더").
public struct Clause: Sendable, Equatable {
    public var en: String
    public var koStem: String
    public var koNoun: String

    public init(en: String, koStem: String, koNoun: String) {
        self.en = en
        self.koStem = koStem
        self.koNoun = koNoun
    }

    /// "until A and B" / "A고 B ㄹ 때까지" (without a subject of its own).
    public static func until(_ clauses: [Clause]) -> Phrase {
        guard let last = clauses.last else { return Phrase(en: "until the step holds", ko: "조건이 맞을 때까지") }
        let ko = clauses.dropLast().map { $0.koStem + "고 " }.joined() + Korean.attributive(last.koStem) + " 때까지"
        return Phrase(en: "until " + Wording.list(clauses.map(\.en)), ko: ko)
    }

    /// "A and B" / "A, B": what holds, as a check states it.
    public static func state(_ clauses: [Clause]) -> Phrase {
        Phrase(en: Wording.list(clauses.map(\.en)), ko: clauses.map(\.koNoun).joined(separator: ", "))
    }
}

/// Small pieces of English and Korean the step and condition words share.
enum Wording {
    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// "A or B", "A, B or C".
    static func either(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items.last!
    }

    /// Korean: "A", "A와 B", "A, B, C" (the caller adds the particle after the last).
    static func koList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return items[0] + Korean.particle(items[0], .with) + " " + items[1]
        default: return items.joined(separator: ", ")
        }
    }

    /// A word followed by the Korean particle that fits it.
    static func ko(_ word: String, _ josa: Josa) -> String { word + Korean.particle(word, josa) }

    /// "A's" / "the … of A and B": English possessive of one or several names.
    static func possessive(_ names: [String], _ thing: String) -> String {
        names.count == 1 ? "\(names[0])'s \(thing)" : "the \(thing) of \(list(names))"
    }

    /// A number a condition compares with: "5", "at least 5" / "5", "5 이상".
    static func amount(_ match: NumberMatch, unit: String = "") -> Phrase {
        let n = "\(match.value)"
        switch match.op {
        case .eq: return Phrase(en: n, ko: n + unit)
        case .ge: return Phrase(en: "at least \(n)", ko: "\(n)\(unit) 이상")
        case .gt: return Phrase(en: "more than \(n)", ko: "\(n)\(unit) 초과")
        case .le: return Phrase(en: "at most \(n)", ko: "\(n)\(unit) 이하")
        case .lt: return Phrase(en: "fewer than \(n)", ko: "\(n)\(unit) 미만")
        case .ne: return Phrase(en: "anything but \(n)", ko: "\(n)\(unit) 외의 값")
        }
    }

    /// Korean: what a number becomes, as a stem for -고 and -ㄹ 때까지: "5가 되", "5 이상이 되",
    /// "5보다 커지" (a count with `unit`: "5개보다 많아지").
    static func becomes(_ match: NumberMatch, unit: String = "") -> String {
        let n = "\(match.value)\(unit)"
        let counted = !unit.isEmpty
        switch match.op {
        case .eq: return "\(ko(n, .subject)) 되"
        case .ge: return "\(n) 이상이 되"
        case .le: return "\(n) 이하가 되"
        case .gt: return "\(n)보다 \(counted ? "많아지" : "커지")"
        case .lt: return "\(n)보다 \(counted ? "적어지" : "작아지")"
        case .ne: return "\(ko(n, .subject)) 아닌 값이 되"
        }
    }

    /// "5 writes have been acknowledged", "at least 1 write has been acknowledged", "no write has been
    /// acknowledged": a count with its noun and verb agreeing.
    static func count(_ match: NumberMatch, _ singular: String, _ plural: String, has: String, have: String) -> String {
        if match.op == .eq && match.value == 0 { return "no \(singular) \(has)" }
        let noun = match.value == 1 ? singular : plural
        return "\(amount(match).en) \(noun) \(match.value == 1 ? has : have)"
    }

    /// Simulated milliseconds as a span: "300 ms", "2 s" / "300 ms", "2초".
    static func span(_ range: ClosedRange<Int>) -> Phrase {
        guard range.lowerBound != range.upperBound else { return TimeText.spoken(range.lowerBound) }
        if range.upperBound < 1000 {
            return Phrase(en: "\(range.lowerBound)–\(range.upperBound) ms", ko: "\(range.lowerBound)–\(range.upperBound) ms")
        }
        let low = TimeText.spoken(range.lowerBound), high = TimeText.spoken(range.upperBound)
        return Phrase(en: "\(low.en)–\(high.en)", ko: "\(low.ko)–\(high.ko)")
    }
}
