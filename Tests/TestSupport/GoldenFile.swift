import Foundation
import Screen

/// Golden screens: rendered text and attributes compared with files, or written anew when
/// `RECORD_GOLDENS=1` (then review the diff; never edit them by hand).
public enum GoldenFile {
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// Compares `actual` with the file `name` in `directory` (or records it). Returns what
    /// differs, nil when they match.
    public static func compare(_ actual: String, name: String, directory: URL) throws -> String? {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden \(name): record with RECORD_GOLDENS=1"
        }
        guard expected != actual else { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(a, e)).firstIndex { $0 != $1 } ?? min(a.count, e.count)
        return "\(name) differs at line \(line + 1):\n  expected: \(line < e.count ? String(e[line]) : "<none>")\n"
            + "  actual:   \(line < a.count ? String(a[line]) : "<none>")"
    }

    /// One letter per distinct style, with a legend: colour and attributes apart from text.
    public static func attributes(_ buffer: ScreenBuffer) -> String {
        var letters: [Style: Character] = [.plain: "."]
        var legend: [String] = []
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var rows: [String] = []
        for y in 0..<buffer.height {
            var row = ""
            for x in 0..<buffer.width {
                let style = buffer[x, y].style
                if letters[style] == nil {
                    let letter = alphabet[min(letters.count - 1, alphabet.count - 1)]
                    letters[style] = letter
                    legend.append("\(letter) = \(describe(style))")
                }
                row.append(letters[style]!)
            }
            rows.append(row)
        }
        return (legend + ["---"] + rows).joined(separator: "\n") + "\n"
    }

    static func describe(_ s: Style) -> String {
        var parts = ["\(s.tint)"]
        if s.bold { parts.append("bold") }
        if s.dim { parts.append("dim") }
        if s.reverse { parts.append("reverse") }
        if s.underline { parts.append("underline") }
        return parts.joined(separator: " ")
    }
}
