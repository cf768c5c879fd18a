import Testing
@testable import Lessons

/// `yaml` of `scenario`, parsed back; records an issue (with the text) when it does not parse.
func reparsed(_ scenario: Scenario) throws -> Scenario {
    let written = ScenarioWriter.yaml(scenario)
    do {
        return try ScenarioLoader.parse(yaml: written, file: "written.yaml")
    } catch {
        Issue.record("\(error)\n\(written)")
        throw error
    }
}

struct WriterTests {
    @Test func writesTheFormatExample() throws {
        #expect(ScenarioWriter.yaml(try parse(formatExampleText)) == """
            title: {en: "Only an up-to-date node can become leader", ko: "최신 로그를 가진 노드만 리더가 될 수 있다"}
            cluster:
              nodes: ["Neptune", "Saturn", "Jupiter"]
              seed: 7
              state:
                Neptune: {term: 2, log: [1, 1, 2, 2]}
                Saturn: {term: 2, log: [1, 1, 2, 2]}
                Jupiter: {term: 2, log: [1, 1]}
              leader: "Neptune"
            steps:
              - crash: "Jupiter"
              - wait: {commit: {Neptune: 5}}
              - crash: "Neptune"
              - restart: "Jupiter"
              - timeout: "Jupiter"
              - run: 30
              - expect: {role: {Jupiter: candidate}, term: {Jupiter: 3}}
              - wait: {leader: "Saturn", within: 3000}
              - wait: {commit: {Saturn: 6}}
              - expect: {violations: 0}

            """)
    }

    @Test func writesTasksAndScenesAsBlocks() {
        let task = TaskSpec(say: LocalizedText("Go"), until: Condition(leader: .any),
                            solution: [StepAt(.command(.crash(0))), StepAt(.command(.heal))])
        let s = Scenario(title: LocalizedText("t"), cluster: .raft(WorldSpec(names: ["A", "B"])),
                         steps: [StepAt(.task(task)), StepAt(.scene(.raft(WorldSpec(names: ["C"]))))])
        #expect(ScenarioWriter.yaml(s) == """
            title: "t"
            cluster:
              nodes: ["A", "B"]
              seed: 1
            steps:
              - task:
                  say: "Go"
                  until: {leader: any}
                  solution:
                    - crash: "A"
                    - heal
              - scene:
                  nodes: ["C"]
                  seed: 1

            """)
    }

    @Test func roundTripsTheFormatExample() throws {
        let s = try parse(formatExampleText)
        #expect(try reparsed(s).positionsErased == s.positionsErased)
    }

    /// Strings YAML could read as something else, or could not hold unescaped.
    static let trickyStrings = [
        "yes", "no", "true", "~", "null", "1", "0x10", "1.5", "-1", " lead", "trail ", "a: b", "# not a comment",
        "- dash", "[x]", "{y}", "\"quoted\"", "'single'", "back\\slash", "line\nbreak", "tab\there", "cr\rhere",
        "bell\u{07}", "del\u{7F}", "nel\u{85}", "ls\u{2028}", "ps\u{2029}", "bom\u{FEFF}", "nonchar\u{FFFE}",
        "노드", "emoji 🚀", "x=1", "@at", "`tick`", "%percent", "&anchor", "*alias", "!tag", "|pipe", ">fold", "?q",
    ]

    @Test(arguments: trickyStrings)
    func roundTripsTrickyStrings(_ text: String) throws {
        let names = ["N1", "Plain"]
        let s = Scenario(
            title: LocalizedText(text),
            summary: LocalizedText(translations: [.init(language: "en", text: text), .init(language: "pt-BR", text: text)]),
            cluster: cluster(names) { $0.state = [0: InitialState(term: 1, votedFor: 1, log: [LogItem(term: 1, value: text)])] },
            steps: [StepAt(.command(.write(value: "v" + text, to: 0, acks: nil, count: 1))), StepAt(.command(.crash(0))),
                    StepAt(.wait(Condition(leader: .node(0), term: [PerNode(0, NumberMatch(.ge, 1))],
                                           votedFor: [PerNode(0, 1)], committed: "v" + text)))])
        #expect(try reparsed(s).positionsErased == s)
    }

    /// A partition of one group of one node is written `isolate`; either reads as that partition.
    @Test func writesALoneNodePartitionAsIsolate() throws {
        let s = try parse("title: t\nsteps: [{partition: [[Saturn]]}, {isolate: Saturn}, {partition: [[Saturn, Jupiter]]}]")
        #expect(s.steps.map(\.step) == [.command(.partition([[1]])), .command(.partition([[1]])),
                                        .command(.partition([[1, 2]]))])
        #expect(ScenarioWriter.yaml(s).hasSuffix("""
            steps:
              - isolate: "Saturn"
              - isolate: "Saturn"
              - partition: [["Saturn", "Jupiter"]]

            """))
        #expect(try reparsed(s).positionsErased == s.positionsErased)
    }

    /// Steps after a `scene` are written with the new scene's names; a solution's with its task's.
    @Test func writesNodesByTheirSceneNames() throws {
        let s = try parse("""
            title: t
            steps:
              - crash: Saturn
              - scene: {nodes: [A, B]}
              - crash: B
              - task: {say: go, until: {leader: A}, solution: [{timeout: A}]}
            """)
        let yaml = ScenarioWriter.yaml(s)
        #expect(yaml.contains("- crash: \"Saturn\"") && yaml.contains("- crash: \"B\""))
        #expect(yaml.contains("until: {leader: \"A\"}") && yaml.contains("- timeout: \"A\""))
        #expect(try reparsed(s).positionsErased == s.positionsErased)
    }

    @Test(arguments: 0..<200)
    func roundTripsRandomScenarios(_ seed: Int) throws {
        var generator = ScenarioGenerator(seed: UInt64(seed))
        let s = generator.scenario()
        #expect(try reparsed(s).positionsErased == s)
    }
}
