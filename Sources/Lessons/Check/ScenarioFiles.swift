import Foundation

/// Finds scenario files: a file as given, a directory searched for `.yaml`/`.yml` files.
public enum ScenarioFiles {
    public static func expand(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [path]
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            return found.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(base)/\($0)" }
        }
    }
}
