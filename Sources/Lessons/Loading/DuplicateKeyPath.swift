import Yams

/// The key path of a key written twice in one map. Yams refuses the whole file and names only the
/// key, so the first occurrence is renamed in a copy of the text and found again in its tree
/// (error keys are paths from the top of the file, as everywhere else).
enum DuplicateKeyPath {
    /// The path of `key`, written at `line`:`column` (1-based), or nil if it cannot be found.
    static func find(_ key: String, line: Int, column: Int, in yaml: String) -> String? {
        let marker = "raftlab-duplicate-\(key.count)-"
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.indices.contains(line - 1) else { return nil }
        var scalars = Array(lines[line - 1].unicodeScalars)
        let quoted = scalars.indices.contains(column - 1) && ["\"", "'"].contains(scalars[column - 1])
        let start = column - 1 + (quoted ? 1 : 0)
        guard scalars.indices.contains(start), String(String.UnicodeScalarView(scalars[start...])).hasPrefix(key)
        else { return nil }
        scalars.insert(contentsOf: marker.unicodeScalars, at: start)
        lines[line - 1] = String(String.UnicodeScalarView(scalars))
        guard let root = try? Yams.compose(yaml: lines.joined(separator: "\n")) else { return nil }
        return path(to: marker + key, key: key, in: root, prefix: "")
    }

    /// Walks maps (`a.b`) and lists (`a[1]`) to the key named `marked`, written `key` in the file.
    private static func path(to marked: String, key: String, in node: Node, prefix: String) -> String? {
        let join: (String) -> String = { prefix.isEmpty ? $0 : "\(prefix).\($0)" }
        switch node {
        case .mapping(let mapping):
            for (k, v) in mapping {
                let name = k.string ?? ""
                if name == marked { return join(key) }
                if let found = path(to: marked, key: key, in: v, prefix: join(name)) { return found }
            }
        case .sequence(let items):
            for (i, item) in items.enumerated() {
                if let found = path(to: marked, key: key, in: item, prefix: "\(prefix)[\(i + 1)]") { return found }
            }
        default:
            break
        }
        return nil
    }
}
