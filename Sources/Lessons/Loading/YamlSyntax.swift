import Yams

/// Turns a Yams error (a file that is not YAML) into a `ScenarioError` at the position Yams reports.
enum YamlSyntax {
    /// The error at the problem's line and column (Yams marks are 1-based), with key `yaml`; a
    /// key written twice in one map is named itself, at its first occurrence (all Yams gives).
    static func error(_ error: Error, file: String, yaml: String) -> ScenarioError {
        let (line, column, key, message) = describe(error, yaml: yaml)
        return ScenarioError(file: file, line: line, column: column, key: key, message: message)
    }

    /// Position, key and message of a Yams error.
    private static func describe(_ error: Error, yaml: String) -> (Int, Int, String, String) {
        guard let error = error as? YamlError else { return (1, 1, "yaml", "\(error)") }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return (mark.line, mark.column, "yaml", message(problem, context))
        case let .reader(problem, offset, _, _):
            let (line, column) = position(ofCharacter: offset ?? 0, in: yaml)
            return (line, column, "yaml", "cannot read YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "yaml"
            let path = DuplicateKeyPath.find(key, line: context.mark.line, column: context.mark.column, in: yaml) ?? key
            let message = "written more than once in the same map (this is the first)"
            return (context.mark.line, context.mark.column, path, message)
        default:
            return (1, 1, "yaml", "\(error)")
        }
    }

    /// libyaml's problem, with its context ("while scanning a simple key") when it has one.
    private static func message(_ problem: String, _ context: YamlError.Context?) -> String {
        guard let context else { return "YAML syntax: \(problem)" }
        return "YAML syntax: \(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
    }

    /// 1-based line and column (in Unicode scalars) of the character at `offset`.
    private static func position(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}
