import Testing
@testable import RaftCore

/// The safety monitor (Figure 3), fed by hand: each property is broken by the smallest history
/// of notes that breaks it, and is found there alone; the same history made safe finds nothing.
@Suite struct SafetyTests {
    /// The monitor over an engine of `logs` (by terms; entry k carries write k), started from it.
    struct Watch {
        var engine: RaftEngine
        var safety: RaftSafety
        var found: [Finding] = []

        init(logs: [[Int]], terms: [Int] = [], commits: [Int] = []) {
            let durable = logs.indices.map { n in
                DurableState(term: terms.indices.contains(n) ? terms[n] : 0, log: makeLog(logs[n]))
            }
            engine = RaftEngine(settings: EngineConfig(size: logs.count), durable: durable, commits: commits)
            safety = RaftSafety(engine)
        }

        /// One step of `node`: its log becomes `log` (when given), as the step left it in the
        /// engine, then the monitor reads the notes of the step.
        mutating func step(_ node: NodeID, log: [Int]? = nil, _ notes: Note...) {
            if let log { engine.nodes[node].durable.log = makeLog(log) }
            var seen: [Finding] = []
            safety.observe(node, notes, in: engine) { seen.append($0) }
            found += seen
        }
    }

    // MARK: - Election Safety: at most one leader per term (5.2)

    @Test func twoLeadersOfOneTermBreakElectionSafety() {
        var w = Watch(logs: [[], [], []])
        w.step(0, .state(role: .leader, term: 2))
        #expect(w.found.isEmpty)
        w.step(1, .state(role: .leader, term: 2))
        #expect(w.found == [Finding(.electionSafety, node: 1, other: 0, term: 2, index: 0)])
    }

    @Test func leadersOfDifferentTermsAreSafe() {
        var w = Watch(logs: [[], [], []])
        w.step(0, .state(role: .candidate, term: 2), .state(role: .leader, term: 2))
        w.step(0, .state(role: .leader, term: 2))  // the same leader, announced again
        w.step(0, .state(role: .follower, term: 3))
        w.step(1, .state(role: .leader, term: 3))
        w.step(2, .state(role: .leader, term: 4))
        #expect(w.found.isEmpty)
    }

    // MARK: - Leader Append-Only: a leader never deletes or overwrites its entries (5.3)

    @Test func aLeaderTruncatingItsLogBreaksLeaderAppendOnly() {
        var w = Watch(logs: [[1, 1], []], terms: [1, 1])
        w.step(0, log: [1], .state(role: .leader, term: 1), .truncates(from: 2, through: 2))
        #expect(w.found == [Finding(.leaderAppendOnly, node: 0, term: 1, index: 2)])
    }

    @Test func aLeaderOverwritingItsLogBreaksLeaderAppendOnly() {
        var w = Watch(logs: [[1, 2, 2], []], terms: [2, 2])
        w.step(0, .state(role: .leader, term: 2))
        w.step(0, log: [1], .overwrites(from: 2, through: 3))
        #expect(w.found == [Finding(.leaderAppendOnly, node: 0, term: 2, index: 2)])
    }

    @Test func aFollowerTruncatingItsLogIsSafe() {
        var w = Watch(logs: [[1, 1], []], terms: [1, 1])
        w.step(0, log: [1], .truncates(from: 2, through: 2))
        // A leader that stepped down is a follower again: its log may lose entries.
        w.step(1, log: [2], .state(role: .leader, term: 2), .appends(index: 1, term: 2, write: 1))
        w.step(1, log: [], .state(role: .follower, term: 3), .truncates(from: 1, through: 1))
        #expect(w.found.isEmpty)
    }

    // MARK: - Log Matching: equal (index, term) means equal logs through it (5.3)

    /// How the second log gets its entry: stored from AppendEntries, or appended as a leader.
    enum Storing: String, CaseIterable, Sendable { case stores, appends }

    @Test(arguments: Storing.allCases)
    func oneEntryOnTwoPrefixesBreaksLogMatching(_ storing: Storing) {
        // Index 2, term 3, write 2 on both nodes; index 1 differs (term 1 against term 2).
        var w = Watch(logs: [[1, 3], [2]])
        let note: Note = storing == .stores ? .stores(at: 2, count: 1) : .appends(index: 2, term: 3, write: 2)
        w.step(1, log: [2, 3], note)
        #expect(w.found == [Finding(.logMatching, node: 1, term: 3, index: 2)])
    }

    @Test(arguments: Storing.allCases)
    func oneEntryOnOnePrefixIsSafe(_ storing: Storing) {
        var w = Watch(logs: [[1, 3], [1]])
        let note: Note = storing == .stores ? .stores(at: 2, count: 1) : .appends(index: 2, term: 3, write: 2)
        w.step(1, log: [1, 3], note)
        // Other terms at one index, on different prefixes, are no match at all.
        var other = Watch(logs: [[1, 3], [2]])
        other.step(1, log: [2, 4], .stores(at: 2, count: 1))
        #expect(w.found.isEmpty)
        #expect(other.found.isEmpty)
    }

    // MARK: - Leader Completeness: a committed entry is in every later leader's log (5.4)

    @Test func aLeaderWithoutAnEarlierCommittedEntryBreaksLeaderCompleteness() {
        var w = Watch(logs: [[], [], []])
        w.step(0, log: [1], .state(role: .leader, term: 1), .appends(index: 1, term: 1, write: 1))
        w.step(0, .commits(index: 1, count: 2, total: 3, unsafeRule: []))
        #expect(w.found.isEmpty)
        w.step(1, .state(role: .leader, term: 2))
        #expect(w.found == [Finding(.leaderCompleteness, node: 1, term: 2, index: 1)])
    }

    @Test func aStaleLeaderCommittingWhatALaterLeaderLacksBreaksLeaderCompleteness() {
        var w = Watch(logs: [[], [], []])
        w.step(0, log: [1], .state(role: .leader, term: 1), .appends(index: 1, term: 1, write: 1))
        w.step(1, .state(role: .leader, term: 2))
        #expect(w.found.isEmpty)  // nothing was committed when it was elected
        w.step(0, .commits(index: 1, count: 2, total: 3, unsafeRule: []))
        #expect(w.found == [Finding(.leaderCompleteness, node: 0, other: 1, term: 2, index: 1)])
    }

    @Test func laterLeadersHoldingTheCommittedEntryAreSafe() {
        var w = Watch(logs: [[], [], []])
        w.step(0, log: [1], .state(role: .leader, term: 1), .appends(index: 1, term: 1, write: 1))
        w.step(0, .commits(index: 1, count: 2, total: 3, unsafeRule: []))
        w.step(1, log: [1], .stores(at: 1, count: 1), .state(role: .leader, term: 2))
        // The stale leader commits again what the later leader holds.
        var stale = Watch(logs: [[], [], []])
        stale.step(0, log: [1], .state(role: .leader, term: 1), .appends(index: 1, term: 1, write: 1))
        stale.step(1, log: [1], .stores(at: 1, count: 1), .state(role: .leader, term: 2))
        stale.step(0, .commits(index: 1, count: 2, total: 3, unsafeRule: []))
        #expect(w.found.isEmpty)
        #expect(stale.found.isEmpty)
    }

    @Test func anEntryCommittedInTheLeadersOwnTermDoesNotBindItsElection() {
        // Node 0 commits index 1 in term 2; node 1, also elected in term 2, is checked by
        // Election Safety, not by Leader Completeness (which binds later terms only).
        var w = Watch(logs: [[], [], []])
        w.step(0, log: [2], .state(role: .leader, term: 2), .appends(index: 1, term: 2, write: 1))
        w.step(0, .commits(index: 1, count: 2, total: 3, unsafeRule: []))
        w.step(1, .state(role: .leader, term: 2))
        #expect(w.found == [Finding(.electionSafety, node: 1, other: 0, term: 2, index: 0)])
    }

    // MARK: - State Machine Safety: no two nodes apply different entries at one index (5.4.3)

    @Test func twoEntriesCommittedAtOneIndexBreakStateMachineSafety() {
        var w = Watch(logs: [[1], [2]])
        w.step(0, .learnsCommit(index: 1, from: 2))
        #expect(w.found.isEmpty)
        w.step(1, .learnsCommit(index: 1, from: 2))
        #expect(w.found == [Finding(.stateMachineSafety, node: 1, term: 2, index: 1)])
    }

    @Test func theFindingNamesTheFirstIndexThatDiffers() {
        var w = Watch(logs: [[1, 1, 1], [1, 2, 2]])
        w.step(0, .learnsCommit(index: 3, from: 2))
        w.step(1, .learnsCommit(index: 3, from: 2))
        #expect(w.found == [Finding(.stateMachineSafety, node: 1, term: 2, index: 2)])
    }

    @Test func oneEntryCommittedTwiceIsSafe() {
        var w = Watch(logs: [[1, 1], [1, 1]])
        w.step(0, .learnsCommit(index: 1, from: 2))
        w.step(1, .learnsCommit(index: 2, from: 2))
        w.step(0, .learnsCommit(index: 2, from: 2))
        // A crash loses the commit index; committing the same entries again is safe.
        w.step(1, .state(role: nil, term: 0))
        w.step(1, .state(role: .follower, term: 0), .learnsCommit(index: 2, from: 0))
        #expect(w.found.isEmpty)
    }

    // MARK: - The initial state

    @Test func theMonitorStartsFromTheEnginesLogsAndCommits() {
        // Node 0 starts with index 1 committed in term 1: a leader of term 2 without it is found.
        var w = Watch(logs: [[1], [], []], terms: [1, 1, 1], commits: [1])
        w.step(1, .state(role: .leader, term: 2))
        #expect(w.found == [Finding(.leaderCompleteness, node: 1, term: 2, index: 1)])
    }
}
