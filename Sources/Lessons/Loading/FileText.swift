/// Reads a scenario file as UTF-8 text; failures are errors at 1:1 with the key `file`.
enum FileText {
    /// A scenario file is at most 1 MiB (scenario format, "Limits").
    static let limit = 1 << 20

    /// The file's text without a leading byte-order mark (allowed by "Limits"), or an error
    /// with the reason ("No such file or directory", "is a FIFO, not a regular file").
    static func read(_ path: String) throws(ScenarioError) -> String {
        func failure(_ reason: String) -> ScenarioError {
            ScenarioError(file: path, line: 1, column: 1, key: "file", message: "cannot read: \(reason)")
        }
        var bytes: ArraySlice<UInt8>
        do {
            bytes = try InputFile.read(path, limit: limit)[...]
        } catch {
            throw failure(error.reason)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw failure("not UTF-8 text") }
        return text
    }
}
