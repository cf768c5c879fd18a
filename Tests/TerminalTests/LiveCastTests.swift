import Foundation
import Glibc
import Testing

/// `raftlab --cast FILE` in a real terminal (tmux): quitting with `q`, or a SIGTERM, leaves a
/// recording every line of which parses, at the terminal's size, its times never going back.
@Suite(.serialized, .enabled(if: Tmux.executable != nil, "tmux is not installed"))
struct LiveCastTests {
    @Test(arguments: [false, true])
    func aLiveSessionIsRecorded(bySignal: Bool) throws {
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--seed", "1", "--cast", "live.cast"])
        defer { tmux.close() }
        try EndToEndTests.waitForLiveView(tmux)
        try tmux.send("c")
        try tmux.wait("the crash") { $0.contains("crashed") ? true : nil }
        if bySignal {
            let shell = try #require(Int32(try tmux.display("#{pane_pid}")))
            let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            let raftlab = try #require(children.split(separator: " ").compactMap { Int32($0) }.first)
            #expect(kill(raftlab, SIGTERM) == 0)
        } else {
            try tmux.send("q")
        }
        #expect(try tmux.exitStatus() == (bySignal ? 143 : 0))

        let text = try String(contentsOf: tmux.dir.appendingPathComponent("live.cast"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 80 && header["height"] as? Int == 24)
        #expect(header["timestamp"] is Int)
        #expect((header["env"] as? [String: String])?["TERM"] == Tmux.terminal)
        var times: [Double] = []
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            times.append(try #require(event[0] as? Double))
        }
        #expect(times.count >= 2, "the first frame and the one after the crash at least")
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(lines.dropFirst().contains { $0.contains("crashed") })
        #expect((try? FileManager.default.contentsOfDirectory(atPath: tmux.dir.path))?.contains { $0.hasSuffix(".tmp") } == false)
    }
}
