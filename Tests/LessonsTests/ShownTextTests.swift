import Testing
@testable import Lessons

/// "Text shown to a reader has its control characters escaped" (format, "Limits").
struct ShownTextTests {
    @Test func controlCharactersAreWrittenAsSwiftEscapes() {
        #expect(ShownText.escaped("a\u{1B}[31mb") == "a\\u{1B}[31mb")
        #expect(ShownText.escaped("bell\u{07} del\u{7F} nel\u{85} tab\t cr\r") == "bell\\u{7} del\\u{7F} nel\\u{85} tab\\u{9} cr\\u{D}")
        #expect(ShownText.escaped("rtl\u{202E} isolate\u{2066}") == "rtl\\u{202E} isolate\\u{2066}")
        #expect(ShownText.escaped("two\nlines") == "two\\u{A}lines")
        #expect(ShownText.escaped("two\nlines", keepingNewlines: true) == "two\nlines")
        #expect(ShownText.escaped("노드 🚀 x=1 back\\slash 👩‍💻") == "노드 🚀 x=1 back\\slash 👩‍💻")
    }

    @Test func textIsShownEscapedAndKeptAsWritten() throws {
        let s = try ScenarioLoader.parse(yaml: "title: \"T\\e]0;pwned\\a\"\nsteps: [{say: \"one\\ntwo\\e[2J\"}, {write: \"x\\e\"}]",
                                         file: "t.yaml")
        #expect(s.title.resolve("en") == "T\\u{1B}]0;pwned\\u{7}")
        #expect(s.title.written("en") == "T\u{1B}]0;pwned\u{07}")
        guard case .say(let say) = s.steps[0].step else { Issue.record("not a say"); return }
        #expect(say.resolve("en") == "one\ntwo\\u{1B}[2J")
        #expect(s.steps[1].step == .command(.write(value: "x\u{1B}", to: nil, acks: nil, count: 1)), "the value is kept")
    }

    @Test func errorsQuotingTheFileAreEscaped() {
        let error = refusal("title: t\nsteps: [{crash: \"Sat\\e[31m\"}, heal]")
        #expect(error?.message.contains("`Sat\\u{1B}[31m`") == true, "\(String(describing: error))")
        let key = refusal("title: t\nsteps: [{expect: {term: {\"a\\nb\": 1}}}]")
        #expect(key?.description.contains("\n") == false, "\(String(describing: key))")
        #expect(key?.description.unicodeScalars.contains("\u{1B}") == false)
        let path = ScenarioError(file: "a\u{1B}b.yaml", line: 1, column: 1, key: "k\u{85}", message: "m\u{1B}")
        #expect(path.description == "a\\u{1B}b.yaml:1:1: k\\u{85}: m\\u{1B}")
    }

    @Test func transcriptsShowValuesEscaped() throws {
        let s = try ScenarioLoader.parse(yaml: "title: t\nsteps: [{write: \"x\\e[1m\\u202E\"}, {run: 500}, {expect: {committed: \"no\\e\"}}]",
                                         file: "t.yaml")
        var lines: [String] = []
        var runner = ScenarioRunner(s)
        let transcript = Transcript(lang: "en", verbose: true)
        let failure = runner.run { line, world in lines += transcript.lines(line, world) }
        let text = lines.joined(separator: "\n") + "\(String(describing: failure))"
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(text)")
        #expect(text.contains("x\\u{1B}[1m\\u{202E}"))
        #expect(text.contains("committed no\\u{1B}"))
    }
}
