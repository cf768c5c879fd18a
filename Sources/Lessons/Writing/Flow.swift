/// A YAML value written in flow style (`{a: 1, b: [x, y]}`), with every string double-quoted.
indirect enum Flow {
    /// Written as is: numbers, booleans and the format's own words (`all`, `none`, `leader`).
    case plain(String)
    /// A string of the scenario (value, name, text), always double-quoted and escaped.
    case quoted(String)
    case list([Flow])
    /// Keys are written by `Flow.key`.
    case map([(String, Flow)])

    /// A whole number.
    static func number(_ value: Int) -> Flow { .plain(String(value)) }

    /// `[min, max]`.
    static func range(_ range: ClosedRange<Int>) -> Flow {
        .list([.number(range.lowerBound), .number(range.upperBound)])
    }

    /// Node names, quoted.
    static func names(_ names: [String]) -> Flow { .list(names.map(Flow.quoted)) }

    /// The flow text of this value.
    var text: String {
        switch self {
        case .plain(let word): word
        case .quoted(let string): Self.quote(string)
        case .list(let items): "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .map(let pairs): "{" + pairs.map { Self.key($0.0) + ": " + $0.1.text }.joined(separator: ", ") + "}"
        }
    }

    /// A map key: plain when it is a simple identifier (schema keys, most names), else quoted.
    static func key(_ key: String) -> String {
        let simple = key.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } ?? false
            && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return simple ? key : quote(key)
    }

    /// `string` in YAML double quotes; anything YAML may not hold as is gets an escape.
    static func quote(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            out += escape(scalar)
        }
        return out + "\""
    }

    /// One scalar as it goes between double quotes (YAML 1.1, 5.7 escapes; 5.1 printable set).
    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x0D: return "\\r"
        case 0x85: return "\\N"
        case 0x2028: return "\\L"
        case 0x2029: return "\\P"
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF:
            return String(scalar)
        case 0...0xFF: return "\\x" + hex(scalar.value, width: 2)
        default: return "\\u" + hex(scalar.value, width: 4)
        }
    }

    /// Upper-case hexadecimal, zero-padded to `width` digits.
    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
