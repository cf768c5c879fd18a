import Lessons

/// An asciicast v2 recording (docs.asciinema.org/manual/asciicast/v2): a header line, a JSON
/// object with the terminal's size, the start time when known and `env` with TERM; then one
/// line per event, `[seconds, "o", output]` or `[seconds, "r", "WxH"]` for a resize. Times are
/// kept in microseconds and written with six decimals, never going back; strings are escaped
/// the same way every time (`JSONText`). The whole file is written at the end, atomically.
public struct AsciicastWriter: Sendable {
    /// What the header line says.
    public struct Header: Sendable, Equatable {
        public var width: Int
        public var height: Int
        /// The Unix time the recording began; nil leaves it out (a headless cast, byte-identical).
        public var timestamp: Int?
        public var term: String
        public var title: String?

        public init(width: Int, height: Int, timestamp: Int? = nil, term: String, title: String? = nil) {
            self.width = width
            self.height = height
            self.timestamp = timestamp
            self.term = term
            self.title = title
        }
    }

    public let header: Header
    /// The file so far: the header line and the events.
    public private(set) var bytes: [UInt8] = []
    /// The time of the last event, in microseconds.
    public private(set) var lastMicros = 0
    public private(set) var events = 0

    public init(_ header: Header) {
        self.header = header
        bytes.append(contentsOf: Self.headerLine(header).utf8)
    }

    static func headerLine(_ h: Header) -> String {
        var fields = ["\"version\":2", "\"width\":\(h.width)", "\"height\":\(h.height)"]
        if let timestamp = h.timestamp { fields.append("\"timestamp\":\(timestamp)") }
        if let title = h.title { fields.append("\"title\":" + JSONText.quoted(title)) }
        fields.append("\"env\":{\"TERM\":" + JSONText.quoted(h.term) + "}")
        return "{" + fields.joined(separator: ",") + "}\n"
    }

    /// Output written to the terminal at `micros` since the start (an earlier time is taken as
    /// the last event's: times never go back).
    public mutating func output(_ data: String, atMicros micros: Int) {
        event("o", data, micros)
    }

    /// The terminal resized to `width` x `height` (the v2 "r" event).
    public mutating func resize(width: Int, height: Int, atMicros micros: Int) {
        event("r", "\(width)x\(height)", micros)
    }

    mutating func event(_ code: String, _ data: String, _ micros: Int) {
        lastMicros = max(lastMicros, micros)
        bytes.append(contentsOf: "[\(Self.seconds(lastMicros)), \"\(code)\", \(JSONText.quoted(data))]\n".utf8)
        events += 1
    }

    /// Writes the recording to `path` in one step (`AtomicFile`: a temporary file beside it,
    /// renamed over it).
    public func write(to path: String) throws(FileProblem) {
        try AtomicFile.write(bytes, to: path)
    }

    /// Microseconds as seconds with six decimals: 1500000 is "1.500000".
    static func seconds(_ micros: Int) -> String {
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}

/// JSON strings, escaped deterministically (RFC 8259): `"` and `\` escaped, control characters
/// and DEL as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`; everything else, non-ASCII included,
/// kept as UTF-8.
public enum JSONText {
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
