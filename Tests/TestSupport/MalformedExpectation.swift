/// The `# expect: LINE:COLUMN KEY` first line of a file of the malformed corpus: the error
/// the loader and `raftlab check` must report.
public struct MalformedExpectation: Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let key: String

    public init?(firstLine text: String) {
        let first = text.prefix { $0 != "\n" }
        guard first.hasPrefix("# expect: ") else { return nil }
        let words = first.dropFirst("# expect: ".count).split(separator: " ")
        let position = words.first?.split(separator: ":") ?? []
        guard words.count == 2, position.count == 2, let line = Int(position[0]), let column = Int(position[1])
        else { return nil }
        self.line = line
        self.column = column
        key = String(words[1])
    }
}
