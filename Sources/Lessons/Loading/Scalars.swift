import RaftCore

/// Readers for the scalar types of the format; each error says what was expected.
extension Located {
    /// A whole number (format: "whole numbers"); floats, hex and the like are refused.
    func wholeNumber(_ what: String = "a whole number") throws(ScenarioError) -> Int {
        let raw = try text(what).trimmingSpaces
        if let number = WholeNumber.parse(raw) { return number }
        let digits = raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { throw error("number too large: \(raw)") }
        throw error("expected \(what), found `\(raw)`")
    }

    /// A whole number within `range` (format, "Limits"); a number too large for any range says its range.
    func wholeNumber(in range: ClosedRange<Int>, _ what: String = "a whole number") throws(ScenarioError) -> Int {
        let number: Int
        do {
            number = try wholeNumber(what)
        } catch where error.message.hasPrefix("number too large") {
            throw self.error("\(error.message); expected \(range.lowerBound) to \(range.upperBound)")
        }
        guard range.contains(number) else {
            if number < 0, range.lowerBound == 0 { throw error("must not be negative, found \(number)") }
            throw error("must be from \(range.lowerBound) to \(range.upperBound), found \(number)")
        }
        return number
    }

    /// Simulated milliseconds within `range` ("All times are ... whole numbers"; "Limits": 0 to 24 hours).
    func milliseconds(in range: ClosedRange<Int> = ScenarioLimits.milliseconds) throws(ScenarioError) -> Int {
        try wholeNumber(in: range, "a whole number of milliseconds")
    }

    /// `[min, max]` milliseconds within `range`, with min <= max; a single number N means `[N, N]`.
    func millisecondRange(in range: ClosedRange<Int> = ScenarioLimits.milliseconds) throws(ScenarioError) -> ClosedRange<Int> {
        if case .scalar = node {
            let fixed = try milliseconds(in: range)
            return fixed...fixed
        }
        let bounds = try list("a range [min, max] of milliseconds")
        guard bounds.count == 2 else {
            throw error("expected a range [min, max] of milliseconds, found \(bounds.count) numbers")
        }
        let low = try bounds[0].milliseconds(in: range)
        let high = try bounds[1].milliseconds(in: range)
        guard low <= high else { throw error("min \(low) is above max \(high)") }
        return low...high
    }

    /// A seed: a whole number from 0 to 2^64 - 1.
    func seed() throws(ScenarioError) -> UInt64 {
        let raw = try text("a whole number").trimmingSpaces
        guard raw.allSatisfy({ $0.isASCII && $0.isNumber }), let seed = UInt64(raw) else {
            throw error("expected a whole number from 0 to \(UInt64.max), found `\(raw)`")
        }
        return seed
    }

    /// `true` or `false` (also `True`, `TRUE`, ...; YAML 1.1's `yes`, `on` and the like are refused).
    func bool() throws(ScenarioError) -> Bool {
        let raw = try text("true or false")
        switch raw.lowercased() {
        case "true": return true
        case "false": return false
        default: throw error("expected true or false, found `\(raw)`")
        }
    }

    /// One of `known` names.
    func name(_ known: [String], _ what: String) throws(ScenarioError) -> String {
        let raw = try text(what)
        if known.contains(raw) { return raw }
        throw error(Suggestion.unknown(what, raw, known: known))
    }

    /// A list of `known` names, each at most once.
    func namesOf(_ known: [String], _ what: String) throws(ScenarioError) -> [String] {
        var result: [String] = []
        for item in try list("a list of \(what) names, like [\(known.first ?? "")]") {
            let value = try item.name(known, what)
            guard !result.contains(value) else { throw item.error("`\(value)` is listed twice") }
            result.append(value)
        }
        return result
    }

    /// `unsafe: [RULE, ...]`: names of `UnsafeRules.named`, each at most once.
    func unsafeRules() throws(ScenarioError) -> UnsafeRules {
        UnsafeRules(names: try namesOf(UnsafeRules.allNames, "unsafe rule"))!
    }

    /// A client value: any scalar taken as written, not empty ("write: yes writes yes").
    func value() throws(ScenarioError) -> String {
        let value = try text("a value")
        guard !value.isEmpty else { throw error("a value must not be empty") }
        return value
    }

    /// An acks mode: `0`, `1` or `all`.
    func acks() throws(ScenarioError) -> Acks {
        let raw = try text("an acks mode (0, 1 or all)")
        guard let mode = Acks(rawValue: raw) else { throw error("expected 0, 1 or all, found `\(raw)`") }
        return mode
    }
}
