import Foundation

/// A benchmark configuration run in a child process of this executable, for its own peak
/// memory: the child's lines are echoed indented, and its `RESULT` line returned.
enum BenchChild {
    static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        }
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch {
            printError("cannot start the benchmark child: \(error)")
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        for line in lines where !line.hasPrefix("RESULT") { print("  " + line) }
        return lines.first { $0.hasPrefix("RESULT") }
    }

    /// The number after `key=` in a `RESULT` line.
    static func value(_ key: String, _ line: String) -> Double {
        for part in line.split(separator: " ") where part.hasPrefix(key + "=") {
            return Double(part.dropFirst(key.count + 1)) ?? 0
        }
        return 0
    }
}
