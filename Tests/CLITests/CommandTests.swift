import Foundation
import Testing

/// `raftlab run`, `raftlab fuzz`, `raftlab lessons` and `raftlab` alone.
struct RunCommandTests {
    static let example = "Tests/LessonsTests/scenarios/format-example.yaml"

    @Test func formatExampleInEnglish() throws {
        let result = try CLI.run(["run", Self.example])
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(result.lines.first == "Only an up-to-date node can become leader", "\(result)")
        #expect(result.stdout.contains("Saturn refuses to vote for Jupiter in term 3"), "\(result)")
        #expect(result.lines.last == "PASS \(Self.example)", "\(result)")
        #expect(!result.stdout.hasHangul, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test func formatExampleInKorean() throws {
        let result = try CLI.run(["run", "--lang", "ko", Self.example])
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(result.lines.first == "최신 로그를 가진 노드만 리더가 될 수 있다", "\(result)")
        #expect(result.stdout.hasHangul, "\(result)")
        // Events are told in Korean too, not only the title.
        #expect(result.lines.dropFirst().filter(\.hasHangul).count >= 10, "\(result)")
        #expect(!result.stdout.contains("refuses to vote"), "\(result)")
        #expect(result.lines.last == "PASS \(Self.example)", "\(result)")
    }

    /// Without `--lang`, `LANG=ko_KR.UTF-8` picks Korean (format, "TEXT").
    @Test func languageFromTheEnvironment() throws {
        let result = try CLI.run(["run", Self.example], environment: ["LANG": "ko_KR.UTF-8"])
        #expect(result.status == 0, "\(result)")
        #expect(result.lines.first == "최신 로그를 가진 노드만 리더가 될 수 있다", "\(result)")
    }

    /// The same file gives the same transcript, event for event.
    @Test func transcriptIsDeterministic() throws {
        let first = try CLI.run(["run", "--verbose", Self.example])
        let second = try CLI.run(["run", "--verbose", Self.example])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.lines.count > (try CLI.run(["run", Self.example])).lines.count)
    }

    @Test func failingScenario() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("fail.yaml", CheckCommandTests.failing)
        let result = try CLI.run(["run", path])
        #expect(result.exited && result.status == 1, "\(result)")
        #expect(result.lines.first == "Expects the impossible", "\(result)")
        #expect(result.lines.last == "FAIL \(path): step 2 (line 4): expect: term Neptune: expected 99, found 0",
                "\(result)")
    }

    @Test func failingWaitSaysHowLongItWaited() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("wait.yaml", """
            title: Waits for the impossible
            cluster: {nodes: 3}
            steps:
              - isolate: Neptune
              - isolate: Saturn
              - isolate: Jupiter
              - wait: {leader: any, within: 1000}

            """)
        let result = try CLI.run(["run", path])
        #expect(result.exited && result.status == 1, "\(result)")
        let last = result.lines.last ?? ""
        #expect(last.hasPrefix("FAIL \(path): step 4 (line 7): wait: "), "\(result)")
        #expect(last.hasSuffix("(waited 1000 ms)"), "\(result)")
    }

    @Test func malformedFile() throws {
        let path = "Tests/LessonsTests/malformed/unknown-top-level-key.yaml"
        let result = try CLI.run(["run", path])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.hasPrefix("\(path):3:1: titel: unknown key `titel`"), "\(result)")
    }

    @Test func missingFile() throws {
        let result = try CLI.run(["run", "no/such/file.yaml"])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("no/such/file.yaml:1:1: file: "), "\(result)")
    }
}

struct FuzzCommandTests {
    @Test func twentySafeSeeds() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["fuzz", "--seeds", "20"], in: dir.url)
        #expect(result.exited && result.status == 0, "\(result)")
        let last = result.lines.last ?? ""
        #expect(last.hasPrefix("fuzz: 20 seeds"), "\(result)")
        #expect(last.hasPrefix("fuzz: 20 seeds from 1, 0 failed, "), "\(result)")
        // No failure, no failure directory.
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("fuzz-failures").path))
    }

    /// `--basic`: the basic algorithm's operations only (issue 13 keeps the old schedule for comparison).
    @Test func basicSeeds() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["fuzz", "--seeds", "5", "--basic"], in: dir.url)
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(result.lines.last?.hasPrefix("fuzz: 5 seeds from 1, 0 failed, ") == true, "\(result)")
        #expect(result.lines.last?.hasSuffix(" (basic operations)") == true, "\(result)")
    }

    @Test func unsafeSeedIsWrittenAndFailsCheck() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("failures").path
        let result = try CLI.run(["fuzz", "--seeds", "3", "--from", "19", "--unsafe", "vote_without_log_check",
                                  "--out", out], in: dir.url)
        #expect(result.exited && result.status == 1, "\(result)")
        let file = "\(out)/seed-19.yaml"
        #expect(result.stdout.contains("seed 19: FAIL safety violation: "), "\(result)")
        #expect(result.stdout.contains("-> \(file)"), "\(result)")
        #expect(result.stdout.contains("reproduce: raftlab fuzz --seeds 1 --from 19 --unsafe vote_without_log_check"),
                "\(result)")
        #expect(!result.stdout.contains("does not reproduce"), "\(result)")
        #expect(result.lines.last?.hasPrefix("fuzz: 3 seeds from 19, 1 failed, ") == true, "\(result)")
        #expect(result.lines.last?.hasSuffix("(unsafe: vote_without_log_check)") == true, "\(result)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out)) == ["seed-19.yaml"])

        let check = try CLI.run(["check", file])
        #expect(check.exited && check.status == 1, "\(check)")
        #expect(check.lines.first?.hasPrefix("FAIL \(file): step ") == true, "\(check)")
        #expect(check.lines.first?.contains(": expect: violations: expected 0, found ") == true, "\(check)")
        #expect(check.lines.last == "0 passed, 1 failed", "\(check)")

        let replay = try CLI.run(["run", file])
        #expect(replay.status == 1, "\(replay)")
        #expect(replay.lines.last == check.lines.first, "\(replay)")
    }

    @Test(arguments: [
        (["--seeds", "1", "--nodes", "12"], "--nodes must be from 1 to 9"),
        (["--seeds", "1", "--nodes", "0"], "--nodes must be from 1 to 9"),
        (["--seeds", "1", "--unsafe", "nope"], "unknown --unsafe rule 'nope'"),
        (["--seeds", "1", "--mode", "kafka", "--basic"], "--basic is a Raft setting"),
        (["--seeds", "0"], "--seeds must be at least 1"),
        (["--seeds", "-3"], "--seeds"),
        (["--seeds", "many"], "--seeds"),
        ([], "--seeds"),
    ])
    func badArguments(_ arguments: [String], _ message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["fuzz"] + arguments, in: dir.url)
        #expect(result.exited, "crashed: \(result)")
        #expect(result.status != 0, "\(result)")
        #expect(result.status != 1, "a usage error is not a fuzz failure: \(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(!result.stdout.contains("fuzz: "), "\(result)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) == [])
    }
}

struct LessonsCommandTests {
    @Test func listsTitles() throws {
        let result = try CLI.run(["lessons", "--dir", "Tests/LessonsTests/scenarios"])
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(result.lines.contains("format-example  Only an up-to-date node can become leader"), "\(result)")
    }

    @Test func noLessons() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["lessons", "--dir", dir.path])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr.contains("no lessons found in \(dir.path)"), "\(result)")
    }
}

struct UsageTests {
    /// `raftlab` alone opens the live view; without a terminal it says so and points to `raftlab run`.
    @Test func noArguments() throws {
        let result = try CLI.run([])
        #expect(result.exited && result.status == 1, "\(result)")
        #expect(result.stderr.contains("raftlab run FILE"), "\(result)")
    }

    @Test func help() throws {
        let result = try CLI.run(["--help"])
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(result.stdout.contains("USAGE: raftlab <subcommand>"), "\(result)")
        for command in ["sandbox", "check", "run", "lessons", "fuzz", "bench"] {
            #expect(result.lines.contains { $0.hasPrefix("  \(command) ") }, "\(command) missing: \(result)")
        }
    }

    @Test func unknownSubcommand() throws {
        let result = try CLI.run(["frobnicate"])
        #expect(result.exited, "\(result)")
        #expect(result.status != 0, "\(result)")
        #expect(!result.stderr.isEmpty, "\(result)")
    }
}

/// Usage errors: a value outside what an option accepts exits 2 with a message naming the option.
struct ArgumentTests {
    static let example = RunCommandTests.example

    @Test(arguments: [
        (["run", "--lang", "xx", example], "'en' and 'ko'"),
        (["lessons", "--lang", "xx"], "'en' and 'ko'"),
        (["--lang", "xx"], "'en' and 'ko'"),
        (["lesson", "--lang", "xx", "4"], "'en' and 'ko'"),
        (["--speed", "100000"], "--speed must be from 0.001 to 1000"),
        (["--speed", "0.0009"], "--speed must be from 0.001 to 1000"),
        (["--speed", "nan"], "--speed must be from 0.001 to 1000"),
        (["lesson", "--speed", "1e9", "4"], "--speed must be from 0.001 to 1000"),
        (["--nodes", "0"], "--nodes must be from 1 to 9"),
        (["--nodes", "10"], "--nodes must be from 1 to 9"),
        (["--nodes", "99999999999999999999"], "--nodes"),
        (["--seed", "18446744073709551616"], "--seed"),
        (["--seed", "-1"], "--seed"),
    ])
    func refusedWithExitTwo(_ arguments: [String], _ message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    /// The bounds themselves are accepted: without a terminal the live view then says it needs one.
    @Test(arguments: [["--speed", "0.001"], ["--speed", "1000"], ["--seed", "18446744073709551615"], ["--nodes", "9"]])
    func boundsAreAccepted(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.exited && result.status == 1, "\(result)")
        #expect(result.stderr.contains("needs a terminal"), "\(result)")
    }

    @Test func aKnownLanguageIsAccepted() throws {
        let result = try CLI.run(["run", "--lang", "ko", Self.example])
        #expect(result.exited && result.status == 0, "\(result)")
    }
}

/// "Text shown to a reader has its control characters escaped": nothing from a file reaches the terminal raw.
struct EscapedTextTests {
    static let hostile = """
        title: "Title \\e[31mred\\e]0;pwned\\a"
        summary: "clears \\e[2J"
        steps:
          - say: "one\\ntwo \\e[5mblink \\u202E"
          - write: "x=\\e[1m"
          - expect: {committed: "never\\e"}
        """

    /// An ESC, a bell or a bidirectional override in the output, or a line that is not one.
    static func raw(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }
    }

    @Test(arguments: [["run"], ["check"], ["lessons", "--dir"]])
    func outputHasNoRawControlCharacters(_ command: [String]) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("hostile.yaml", Self.hostile)
        let result = try CLI.run(command + [command[0] == "lessons" ? dir.path : file])
        #expect(result.exited, "\(result)")
        #expect(!Self.raw(result.stdout) && !Self.raw(result.stderr), "\(result)")
        #expect(result.stdout.contains("\\u{1B}"), "\(result)")
    }

    @Test func aFileNameWithAnEscapeIsShownEscaped() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("pass\u{1B}[2J.yaml", "title: t\nsteps: [{run: 10}]\n")
        let result = try CLI.run(["check", file])
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(!Self.raw(result.stdout) && result.stdout.contains("PASS ") && result.stdout.contains("\\u{1B}[2J"), "\(result)")
    }

    @Test func anErrorQuotingANewlineStaysOnOneLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("bad.yaml", "title: t\ncluster: {nodes: [Neptune, \"Sat\\nurn\\e[31m\"]}\nsteps: [heal]\n")
        let result = try CLI.run(["check", file])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.lines.count == 2 && !Self.raw(result.stdout), "\(result)")
        #expect(result.lines.first?.hasSuffix("found `Sat\\u{A}urn\\u{1B}[31m`") == true, "\(result)")
    }
}
