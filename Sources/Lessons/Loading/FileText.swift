#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a scenario file as UTF-8 text; failures are errors at 1:1 with the key `file`.
enum FileText {
    /// The file's text, or an error with the system's reason ("No such file or directory").
    static func read(_ path: String) throws(ScenarioError) -> String {
        func failure(_ reason: String) -> ScenarioError {
            ScenarioError(file: path, line: 1, column: 1, key: "file", message: "cannot read: \(reason)")
        }
        guard let handle = fopen(path, "rb") else { throw failure(String(cString: strerror(errno))) }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            bytes += buffer.prefix(count)
            if count < buffer.count { break }
        }
        if ferror(handle) != 0 { throw failure(String(cString: strerror(errno))) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw failure("not UTF-8 text") }
        return text
    }
}
