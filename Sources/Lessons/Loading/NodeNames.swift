import Replication

/// Reads node names and checks them against the nodes of the current scene.
extension Located {
    /// Words that mean something else where a node is named (`leader: any`, `voted_for: {A: none}`).
    static let reservedNames = ["any", "none"]

    /// The name of a node of `nodes`; an error naming the unknown node otherwise.
    func nodeName(in nodes: [String]) throws(ScenarioError) -> String {
        let name = try text("a node name")
        guard nodes.contains(name) else { throw error(Suggestion.unknown("node", name, known: nodes)) }
        return name
    }

    /// The id of a node of the current scene, named in `names`; an error naming the unknown node otherwise.
    func nodeID(in names: [String]) throws(ScenarioError) -> NodeID {
        names.firstIndex(of: try nodeName(in: names))!
    }

    /// A list of names of `nodes`, each at most once.
    func nodeNames(in nodes: [String], _ expected: String = "a list of node names") throws(ScenarioError) -> [String] {
        var names: [String] = []
        for item in try list(expected) {
            let name = try item.nodeName(in: nodes)
            guard !names.contains(name) else { throw item.error("node `\(name)` is listed twice") }
            names.append(name)
        }
        return names
    }

    /// The ids of a list of nodes of the current scene, named in `names`, each at most once.
    func nodeIDs(in names: [String], _ expected: String = "a list of node names") throws(ScenarioError) -> [NodeID] {
        try nodeNames(in: names, expected).map { names.firstIndex(of: $0)! }
    }

    /// `cluster.nodes`: a count 1 to 9 (the first planets), or 1 to 9 unique names.
    func clusterNodes() throws(ScenarioError) -> [String] {
        let range = 1...WorldSpec.planets.count
        if case .scalar = node {
            let count = try wholeNumber("a node count (1 to 9) or a list of node names")
            guard range.contains(count) else { throw error("expected 1 to 9 nodes, found \(count)") }
            return Array(WorldSpec.planets.prefix(count))
        }
        let items = try list("a node count (1 to 9) or a list of node names")
        guard range.contains(items.count) else { throw error("expected 1 to 9 nodes, found \(items.count)") }
        var names: [String] = []
        for item in items {
            names.append(try item.newNodeName(after: names))
        }
        return names
    }

    /// One name of `cluster.nodes`: free-form but not empty, not reserved, not already used.
    private func newNodeName(after names: [String]) throws(ScenarioError) -> String {
        let name = try text("a node name")
        guard Self.isNodeName(name) else {
            throw error("a node name is 1 to 16 letters, digits, `-` or `_`, found `\(name)`")
        }
        guard !Self.reservedNames.contains(name) else {
            throw error("`\(name)` cannot name a node: it means something else in conditions")
        }
        guard !names.contains(name) else { throw error("node `\(name)` is listed twice") }
        return name
    }

    /// Format, "Limits": "A node name is 1 to 16 letters (any script), digits, `-` or `_`";
    /// a letter may carry combining marks (as in Devanagari or Thai names). Length in characters.
    static func isNodeName(_ name: String) -> Bool {
        guard ScenarioLimits.nodeName.contains(name.count), let first = name.unicodeScalars.first,
              !nameMarks.contains(first.properties.generalCategory) else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar == "-" || scalar == "_" || nameScalars.contains(scalar.properties.generalCategory)
        }
    }

    /// Letters of any script, decimal digits, and the marks that complete a letter.
    private static let nameScalars: Set<Unicode.GeneralCategory> = nameMarks.union([
        .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
    ])
    private static let nameMarks: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark]
}
