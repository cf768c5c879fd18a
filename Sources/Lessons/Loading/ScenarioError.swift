import Words

/// A scenario that cannot be read, parsed or validated, with the position at fault.
///
/// `key` names the key at fault as a path from the top of the file: map keys joined by
/// dots, list items by a 1-based index in brackets, as in `cluster.timing.election`,
/// `cluster.state.Jupiter.log[3]` or `steps[4].task.solution[2].crash` (so `steps[N]` is
/// the "step N" of `raftlab check`). Syntax errors use the key `yaml`, unreadable files `file`.
public struct ScenarioError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file's path as given.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// The key at fault (see the type's documentation).
    public var key: String
    /// What is wrong, for a learner.
    public var message: String

    /// An error at `line`:`column` of `file`; the path, key and message may quote the file's text,
    /// so their control characters are escaped here ("Limits"), once for every error.
    public init(file: String, line: Int, column: Int, key: String, message: String) {
        self.file = ShownText.escaped(file)
        self.line = line
        self.column = column
        self.key = ShownText.escaped(key)
        self.message = ShownText.escaped(message)
    }

    /// `path:line:column: key: message` (format, `raftlab check`).
    public var description: String {
        "\(file):\(line):\(column): \(key): \(message)"
    }
}
