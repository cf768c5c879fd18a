import ArgumentParser
import Foundation
import Lessons
import Recording
import Terminal

/// `--cast FILE`: the live session recorded as asciicast v2 (issue 14): every frame drawn, with
/// the time since the start, written atomically once the session ends (by `q` or a signal).
enum LiveCast {
    /// Refuses a path the recording could not be written to, before the terminal opens: exit 2
    /// (as `--record` does).
    static func check(_ path: String) throws {
        guard let problem = OutputPath.problem(writingFile: path) else { return }
        printError("raftlab: --cast \(problem)")
        throw ExitCode(2)
    }

    /// The session's console, recording: its size now, the start time, TERM, its colours.
    static func console(_ session: TerminalSession, environment: [String: String]) -> RecordingConsole {
        let size = session.size
        let header = AsciicastWriter.Header(width: size.width, height: size.height, timestamp: Int(Date().timeIntervalSince1970),
                                            term: environment["TERM"] ?? "")
        return RecordingConsole(session, recorder: CastRecorder(header, depth: session.backend.depth))
    }

    /// Writes the recording, if one was made (the terminal given back first); false, with why
    /// on standard error, when it cannot be written.
    static func save(_ console: RecordingConsole?, to path: String?) -> Bool {
        guard let console, let path else { return true }
        console.hold()
        let writer = console.recorder.writer
        do {
            try writer.write(to: path)
        } catch {
            printError("raftlab: cannot write the recording \(error)")
            return false
        }
        print("recorded \(summary(writer)) to \(ShownText.escaped(path)); play it with `asciinema play \(ShownText.escaped(path))`")
        return true
    }

    /// "12.3 s, 87 events, 40213 bytes".
    static func summary(_ writer: AsciicastWriter) -> String {
        let seconds = (Double(writer.lastMicros) / 100_000).rounded() / 10
        return "\(seconds) s, \(writer.events) events, \(writer.bytes.count) bytes"
    }
}
