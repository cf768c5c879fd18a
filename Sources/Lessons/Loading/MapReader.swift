/// A YAML map whose keys must all be known: "Any other key, anywhere in the file, is an error".
struct MapReader {
    let at: Located
    let entries: [MapEntry]

    /// Reads `at` as a map with only `allowed` keys; `expected` says what the map is, for type errors.
    init(_ at: Located, allowed: [String], expected: String) throws(ScenarioError) {
        self.at = at
        entries = try at.pairs(expected)
        for entry in entries where !allowed.contains(entry.name) {
            throw entry.key.error(Suggestion.unknown("key", entry.name, known: allowed))
        }
    }

    /// The value of `key`, if written.
    func optional(_ key: String) -> Located? {
        entries.first { $0.name == key }?.value
    }

    /// The value of `key`; an error at the map when it is missing.
    func required(_ key: String) throws(ScenarioError) -> Located {
        if let value = optional(key) { return value }
        let missing = at.child(key, at.node)
        throw missing.error("required key is missing")
    }
}
