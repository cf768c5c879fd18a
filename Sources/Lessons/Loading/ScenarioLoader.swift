import Yams

/// Loads scenario files: YAML to `Scenario`, refusing anything the format does not allow.
public enum ScenarioLoader {
    /// The scenario in the file at `path`; an unreadable file is an error at 1:1.
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try parse(yaml: try FileText.read(path), file: path)
    }

    /// The scenario written in `yaml`; `file` is only used in errors.
    public static func parse(yaml: String, file: String) throws(ScenarioError) -> Scenario {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw YamlSyntax.error(error, file: file, yaml: yaml)
        }
        guard let root else {
            throw ScenarioError(file: file, line: 1, column: 1, key: "title",
                                message: "required key is missing (the file holds no YAML document)")
        }
        return try scenario(Located(node: root, path: "", file: file))
    }

    /// The top level: `title`, `summary`, `cluster`, `steps` (format, "Top level").
    private static func scenario(_ root: Located) throws(ScenarioError) -> Scenario {
        let map = try MapReader(root, allowed: ["title", "summary", "cluster", "steps"],
                                expected: "a map with `title` and `steps`")
        let title = try map.required("title").localizedText()
        let summary = try map.optional("summary")?.localizedText()
        let cluster = try map.optional("cluster")?.clusterSpec() ?? .raft(.defaultCluster)
        var reader = StepReader(names: cluster.names, mode: cluster.mode)
        let steps = try reader.steps(try map.required("steps"), allowEmpty: false)
        return Scenario(title: title, summary: summary, cluster: cluster, steps: steps)
    }
}
