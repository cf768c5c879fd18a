import Yams

/// A YAML node with its key path and file, so that any error about it names its position.
struct Located {
    let node: Node
    /// Key path from the top of the file, as documented on `ScenarioError`.
    let path: String
    let file: String

    /// 1-based line of the node (Yams marks are 1-based).
    var line: Int { node.mark?.line ?? 1 }
    /// 1-based column of the node, in Unicode scalars.
    var column: Int { node.mark?.column ?? 1 }

    /// An error at this node.
    func error(_ message: String) -> ScenarioError {
        ScenarioError(file: file, line: line, column: column, key: path.isEmpty ? "scenario" : path, message: message)
    }

    /// The value of map key `key`, found at `node`.
    func child(_ key: String, _ node: Node) -> Located {
        Located(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    /// The `index`-th (0-based) item of a list; paths show it 1-based.
    func item(_ index: Int, _ node: Node) -> Located {
        Located(node: node, path: "\(path)[\(index + 1)]", file: file)
    }

    /// The items of a list, else an error saying what was expected.
    func list(_ expected: String) throws(ScenarioError) -> [Located] {
        guard case .sequence(let items) = node else { throw error("expected \(expected)") }
        return items.enumerated().map { item($0.offset, $0.element) }
    }

    /// True for a scalar with nothing written (`key:` with no value). `~` and `null` are
    /// not special: like `yes`, they are taken as written.
    var isNothing: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && scalar.string.isEmpty
    }

    /// The scalar's text exactly as written, with no bool or number resolution (format: "a
    /// scalar is taken as written"); an error for maps, lists and nothing written.
    func text(_ expected: String) throws(ScenarioError) -> String {
        guard case .scalar(let scalar) = node, !isNothing else {
            throw error(isNothing ? "expected \(expected), found nothing" : "expected \(expected)")
        }
        return scalar.string
    }

    /// The keys and values of a map in written order, else an error saying what was expected.
    /// A key written twice is an error at its second occurrence.
    func pairs(_ expected: String) throws(ScenarioError) -> [MapEntry] {
        guard case .mapping(let mapping) = node else { throw error("expected \(expected)") }
        var result: [MapEntry] = []
        for (key, value) in mapping {
            let name = try Located(node: key, path: path, file: file).text("a key")
            let entry = MapEntry(name: name, key: child(name, key), value: child(name, value))
            if result.contains(where: { $0.name == name }) {
                throw entry.key.error("written twice in the same map")
            }
            result.append(entry)
        }
        return result
    }
}

/// One key of a YAML map: its text, and the located key and value nodes.
struct MapEntry {
    let name: String
    let key: Located
    let value: Located
}
