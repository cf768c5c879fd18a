import Testing
@testable import Lessons

/// Files the loader refuses, with the position and key it names (see `ScenarioError`).
struct RefusalTests {
    @Test func errorDescriptionIsCompilerLike() {
        let error = refusal("title: t\nsteps:\n  - run: -1\n")
        #expect(error?.description == "test.yaml:3:10: steps[1].run: must not be negative, found -1")
    }

    @Test func messagesSayWhatIsWrong() {
        #expect(refusal("title: t\ncluster: {engine: {prevot: true}}\nsteps: [heal]")?.message
                == "unknown key `prevot` (did you mean `prevote`?)")
        #expect(refusal("title: t\nsteps: [{crash: Jupitr}]")?.message == "unknown node `Jupitr` (did you mean `Jupiter`?)")
        #expect(refusal("title: t\nsteps: [{crash: Pluto}]")?.message
                == "unknown node `Pluto`; expected one of: Neptune, Saturn, Jupiter")
        #expect(refusal("title: t\nsteps: [{run: 1.5}]")?.message == "expected a whole number of milliseconds, found `1.5`")
        #expect(refusal("title: t\nsteps: [{expect: {leader: any, within: 9}}]")?.message
                == "`within` is only allowed in a `wait` condition")
        #expect(refusal("title: t\ncluster: {state: {Saturn: {term: 1, log: [1, 1], commit: 3}}}\nsteps: [heal]")?.message
                == "commit 3 is beyond the log (2 entries)")
    }

    @Test func unreadableFileIsAnErrorAtOneOne() {
        do {
            _ = try ScenarioLoader.load(path: "/no/such/dir/lesson.yaml")
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.description == "/no/such/dir/lesson.yaml:1:1: file: cannot read: No such file or directory")
        }
    }

    @Test(arguments: [
        ("", "1:1 title"),
        ("- heal", "1:1 scenario"),
        ("title: t", "1:1 steps"),
        ("title: t\nsteps: []", "2:8 steps"),
        ("title: t\nsteps: [crash]", "2:9 steps[1].crash"),
        ("title: t\nsteps: [{}]", "2:9 steps[1]"),
        ("title: t\nsteps: [{heal: now}]", "2:16 steps[1].heal"),
        ("title: t\nsteps: [{write: }]", "2:17 steps[1].write"),
        ("title: t\nsteps: [{write: {to: Saturn}}]", "2:17 steps[1].write.value"),
        ("title: t\nsteps: [{cut: {from: Saturn, to: Saturn}}]", "2:34 steps[1].cut.to"),
        ("title: t\nsteps: [{configure: {}}]", "2:21 steps[1].configure"),
        ("title: t\nsteps: [{configure: {timing: {heartbeat: 0}}}]", "2:42 steps[1].configure.timing.heartbeat"),
        ("title: t\nsteps: [{expect: {within: 5}}]", "2:19 steps[1].expect.within"),
        ("title: t\nsteps: [{expect: {}}]", "2:18 steps[1].expect"),
        ("title: t\nsteps: [{wait: {within: 5}}]", "2:16 steps[1].wait"),
        ("title: t\nsteps: [{wait: {commit: {}}}]", "2:25 steps[1].wait.commit"),
        ("title: t\nsteps: [{wait: {leader: []}}]", "2:25 steps[1].wait.leader"),
        ("title: t\nsteps: [{wait: {term: {Saturn: -1}}}]", "2:32 steps[1].wait.term.Saturn"),
        ("title: t\nsteps: [{wait: {log: {Saturn: [0]}}}]", "2:32 steps[1].wait.log.Saturn[1]"),
        ("title: t\nsteps: [{wait: {violated: [safety]}}]", "2:28 steps[1].wait.violated[1]"),
        ("title: t\nsteps: [{quiz: {ask: a, choices: [b, c], answer: 0, explain: d}}]", "2:50 steps[1].quiz.answer"),
        ("title: t\nsteps: [{quiz: {ask: a, choices: [b, c], answer: 1}}]", "2:16 steps[1].quiz.explain"),
        ("title: t\nsteps: [{task: {say: a, until: {leader: any}, solution: [{task: {}}]}}]", "2:59 steps[1].task.solution[1].task"),
        ("title: {}\nsteps: [heal]", "1:8 title"),
        ("title: [a]\nsteps: [heal]", "1:8 title"),
        ("title: t\nsummary: {en: [a]}\nsteps: [heal]", "2:15 summary.en"),
        ("title: t\ncluster: {nodes: 0}\nsteps: [heal]", "2:18 cluster.nodes"),
        ("title: t\ncluster: {nodes: []}\nsteps: [heal]", "2:18 cluster.nodes"),
        ("title: t\ncluster: {nodes: [a, none]}\nsteps: [heal]", "2:22 cluster.nodes[2]"),
        ("title: t\ncluster: {nodes: [a, '']}\nsteps: [heal]", "2:22 cluster.nodes[2]"),
        ("title: t\ncluster: {seed: -1}\nsteps: [heal]", "2:17 cluster.seed"),
        ("title: t\ncluster: {acks: most}\nsteps: [heal]", "2:17 cluster.acks"),
        ("title: t\ncluster: {unsafe: [commit_old_terms, commit_old_terms]}\nsteps: [heal]", "2:38 cluster.unsafe[2]"),
        ("title: t\ncluster: {timing: {election: [0, 10]}}\nsteps: [heal]", "2:31 cluster.timing.election[1]"),
        ("title: t\ncluster: {timing: {latency: [1, 2, 3]}}\nsteps: [heal]", "2:29 cluster.timing.latency"),
        ("title: t\ncluster: {engine: {batch: 0}}\nsteps: [heal]", "2:27 cluster.engine.batch"),
        ("title: t\ncluster: {state: {Saturn: {log: [0]}}}\nsteps: [heal]", "2:34 cluster.state.Saturn.log[1]"),
        ("title: t\ncluster: {state: {Saturn: {term: 1, log: [{value: x}]}}}\nsteps: [heal]", "2:43 cluster.state.Saturn.log[1].term"),
        ("title: t\ncluster: {leader: Saturn, state: {Saturn: {term: 0}}}\nsteps: [heal]", "2:19 cluster.leader"),
        ("title: t\nsteps: [{write: {value: x, count: 1.0}}]", "2:35 steps[1].write.count"),
        ("title: t\nsteps: [{run: 99999999999999999999}]", "2:15 steps[1].run"),
        ("title: t\nsteps: [heal]\n1: a\n\"1\": b", "4:1 1"),
        ("title: t\nsteps: [heal]\n---\ntitle: u\n", "3:1 yaml"),
        ("title: t\nsteps: [heal]\nsummary: a\u{01}b\n", "3:11 yaml"),
        ("title: t\nsteps:\n\t- heal\n", "3:1 yaml"),
    ])
    func refusedAt(_ yaml: String, _ expected: String) {
        guard let error = refusal(yaml) else { Issue.record("accepted: \(yaml)"); return }
        #expect("\(error.line):\(error.column) \(error.key)" == expected, "\(error)")
    }
}
