import Foundation
import Testing

/// A recording read back as any player reads it: every line parsed by JSONSerialization.
struct CastFile {
    var header: [String: Any]
    var events: [(time: Double, code: String, data: String)]

    /// Parses `bytes`, recording an issue for each line that is not what asciicast v2 says.
    init(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = try #require(String(bytes: bytes, encoding: .utf8), sourceLocation: sourceLocation)
        #expect(text.hasSuffix("\n"), "the last line ends", sourceLocation: sourceLocation)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let first = try #require(lines.first, sourceLocation: sourceLocation)
        header = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any],
                              sourceLocation: sourceLocation)
        events = []
        for line in lines.dropFirst() {
            let array = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any],
                                     "\(line.prefix(80))", sourceLocation: sourceLocation)
            #expect(array.count == 3, sourceLocation: sourceLocation)
            let time = try #require(array[0] as? Double ?? (array[0] as? Int).map(Double.init), sourceLocation: sourceLocation)
            let code = try #require(array[1] as? String, sourceLocation: sourceLocation)
            let data = try #require(array[2] as? String, sourceLocation: sourceLocation)
            events.append((time, code, data))
        }
    }

    /// Whether every event's time is at or after the one before.
    var timesNeverGoBack: Bool { zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time } }

    /// All output events' data, in order.
    var output: String { events.filter { $0.code == "o" }.map(\.data).joined() }

    /// What the screen shows at the end, replayed on the tiny terminal.
    func finalScreen() -> TinyTerminal {
        var terminal = TinyTerminal(width: header["width"] as? Int ?? 0, height: header["height"] as? Int ?? 0)
        for event in events {
            switch event.code {
            case "o": terminal.feed(event.data)
            case "r":
                let size = event.data.split(separator: "x").compactMap { Int($0) }
                terminal = TinyTerminal(width: size[0], height: size[1])
            default: break
            }
        }
        return terminal
    }
}
