import Testing
import RaftCore
@testable import RaftSim

/// The canonical text of messages, entries, notes and events, in English and Korean.
@Suite struct TextTests {
    static let names = ["Neptune", "Saturn", "Jupiter"]
    static let values = ["", "x=1", "y=2"]
    let en = Describer(names: names, values: values, lang: .en)
    let ko = Describer(names: names, values: values, lang: .ko)
    // Node ids of the three planets.
    let neptune = 0, saturn = 1, jupiter = 2

    // MARK: - Messages and entries

    @Test func englishMessages() {
        let cases: [(Message.Body, Int, Int, Int, String)] = [
            (.appendEntries(prevIndex: 4, prevTerm: 1, entries: [Entry(term: 2, write: 1), Entry(term: 2)], commit: 4),
             neptune, saturn, 2, "AppendEntries Neptune→Saturn term 2, prev (index 4, term 1), entries 5–6, commit 4"),
            (.appendEntries(prevIndex: 0, prevTerm: 0, entries: [Entry(term: 1)], commit: 0),
             neptune, saturn, 1, "AppendEntries Neptune→Saturn term 1, prev (index 0, term 0), entry 1, commit 0"),
            (.appendEntries(prevIndex: 4, prevTerm: 1, entries: [], commit: 4),
             neptune, saturn, 2, "heartbeat Neptune→Saturn term 2, commit 4"),
            (.requestVote(lastIndex: 2, lastTerm: 1, pre: false),
             jupiter, saturn, 3, "RequestVote Jupiter→Saturn term 3, last entry (term 1, index 2)"),
            (.requestVote(lastIndex: 0, lastTerm: 0, pre: true),
             jupiter, saturn, 1, "pre-vote Jupiter→Saturn term 1, empty log"),
            (.voteReply(granted: true, pre: false), saturn, jupiter, 3, "vote granted Saturn→Jupiter term 3"),
            (.voteReply(granted: false, pre: true), saturn, jupiter, 3, "pre-vote refused Saturn→Jupiter term 3"),
            (.appendReply(success: false, prevIndex: 4, match: 0, conflictIndex: 3, conflictTerm: 1),
             saturn, neptune, 2, "AppendEntries refused Saturn→Neptune term 2 (conflict at index 3, term 1)"),
            (.appendReply(success: false, prevIndex: 4, match: 0, conflictIndex: 3, conflictTerm: 0),
             saturn, neptune, 2, "AppendEntries refused Saturn→Neptune term 2 (its log ends at index 2)"),
            (.appendReply(success: false, prevIndex: 4, match: 0, conflictIndex: nil, conflictTerm: 0),
             saturn, neptune, 5, "AppendEntries refused Saturn→Neptune term 5"),
            (.appendReply(success: true, prevIndex: 4, match: 6, conflictIndex: nil, conflictTerm: 0),
             saturn, neptune, 2, "AppendEntries accepted Saturn→Neptune term 2, match 6"),
        ]
        for (body, from, to, term, expected) in cases {
            #expect(en.message(Message(from: from, to: to, term: term, body: body)) == expected)
        }
    }

    @Test func entries() {
        #expect(en.entry(Entry(term: 2, write: 1), index: 5) == "#5 t2 x=1")
        #expect(en.entry(Entry(term: 2), index: 3) == "#3 t2 no-op")
        #expect(ko.entry(Entry(term: 2, write: 1), index: 5) == "#5 임기 2 x=1")
        #expect(ko.entry(Entry(term: 2), index: 3) == "#3 임기 2 빈 항목")
    }

    @Test func rolesAndProperties() {
        #expect(Role.allCases.map(en.role) == ["follower", "pre-candidate", "candidate", "leader"])
        #expect(Role.allCases.map(ko.role) == ["팔로워", "사전 후보", "후보", "리더"])
        #expect(RaftSafety.properties.map(en.property)
                == ["election safety", "leader append-only", "log matching", "leader completeness", "state machine safety",
                    "linearizable reads"])
        #expect(RaftSafety.properties.map(ko.property).allSatisfy(Self.hasHangul))
    }

    @Test func time() {
        #expect(Describer.time(1234) == "  1.234s")
        #expect(Describer.time(0) == "  0.000s")
        #expect(Describer.time(50) == "  0.050s")
        #expect(Describer.time(60_005) == " 60.005s")
        #expect(Describer.time(1_234_567) == "1234.567s")
    }

    // MARK: - Notes

    @Test func englishElectionNotes() {
        let expected: [(Note, NodeID, String)] = [
            (.startsElection(term: 3), saturn,
             "Saturn's election timer fires: it becomes candidate for term 3 and votes for itself [5.2]"),
            (.startsPreVote(term: 3), saturn,
             "Saturn's election timer fires: it becomes pre-candidate and asks for pre-votes for term 3 without changing its term [Pre-Vote]"),
            (.grantsVote(to: jupiter, term: 3, pre: false), saturn,
             "Saturn votes for Jupiter in term 3 and resets its election timer [5.2, Figure 2]"),
            (.grantsVote(to: jupiter, term: 3, pre: true), saturn,
             "Saturn grants Jupiter a pre-vote for term 3; its own term and vote stay as they are [Pre-Vote]"),
            (.refusesVote(to: jupiter, term: 3, pre: false, reason: .logBehind(
                candidateLastTerm: 1, candidateLastIndex: 2, voterLastTerm: 2, voterLastIndex: 5)), saturn,
             "Saturn refuses to vote for Jupiter in term 3: Jupiter's last entry (term 1, index 2) is behind Saturn's (term 2, index 5) [5.4.1]"),
            (.refusesVote(to: jupiter, term: 3, pre: true, reason: .logBehind(
                candidateLastTerm: 1, candidateLastIndex: 2, voterLastTerm: 2, voterLastIndex: 5)), saturn,
             "Saturn refuses Jupiter a pre-vote for term 3: Jupiter's last entry (term 1, index 2) is behind Saturn's (term 2, index 5) [Pre-Vote, 5.4.1]"),
            (.refusesVote(to: jupiter, term: 3, pre: false, reason: .staleTerm(voterTerm: 4)), saturn,
             "Saturn refuses to vote for Jupiter in term 3: Saturn is already in term 4 [5.1]"),
            (.refusesVote(to: jupiter, term: 3, pre: false, reason: .alreadyVoted(for: neptune)), saturn,
             "Saturn refuses to vote for Jupiter in term 3: it already voted for Neptune in this term [5.2]"),
            (.refusesVote(to: jupiter, term: 3, pre: true, reason: .heardFromLeader(leader: neptune)), saturn,
             "Saturn refuses Jupiter a pre-vote for term 3: it heard from leader Neptune less than a minimum election timeout ago [Pre-Vote]"),
            (.refusesVote(to: jupiter, term: 3, pre: true, reason: .isLeader), neptune,
             "Neptune refuses Jupiter a pre-vote for term 3: Neptune is the leader itself [Pre-Vote]"),
            (.countsVote(from: saturn, granted: true, pre: false, votes: 2, needed: 2), jupiter,
             "Jupiter gets Saturn's vote: 2 of the 2 votes needed [5.2]"),
            (.countsVote(from: saturn, granted: false, pre: false, votes: 1, needed: 2), jupiter,
             "Jupiter is refused a vote by Saturn: still 1 of the 2 votes needed [5.2]"),
            (.winsPreVote(term: 3, votes: 2), jupiter,
             "Jupiter wins the pre-vote with 2 votes: it starts a real election for term 3 [Pre-Vote]"),
            (.becomesLeader(term: 3, votes: 2, voters: 3), jupiter,
             "Jupiter becomes leader of term 3 with 2 of 3 votes, a majority [5.2]"),
            (.becomesLeader(term: 3, votes: 0, voters: 3), jupiter,
             "Jupiter starts as leader of term 3, as the scene was set up"),
            (.adoptsTerm(term: 4, from: jupiter, previous: .leader), neptune,
             "Neptune sees term 4 in a message from Jupiter: it adopts the term and steps down from leader to follower [5.1]"),
            (.adoptsTerm(term: 4, from: jupiter, previous: .follower), saturn,
             "Saturn sees term 4 in a message from Jupiter: it adopts term 4 as a follower, with no vote cast yet [5.1]"),
            (.followsLeader(leader: saturn, term: 3), jupiter,
             "Jupiter hears from Saturn, leader of term 3, and becomes its follower [5.2]"),
            (.losesQuorum(heard: 1, needed: 2), neptune,
             "Neptune heard from only 1 of the 2 nodes needed (itself included) within an election timeout: it steps down to follower [CheckQuorum]"),
        ]
        for (n, node, line) in expected { #expect(en.note(node, n) == line) }
    }

    @Test func englishLogNotes() {
        let expected: [(Note, NodeID, String)] = [
            (.appends(index: 3, term: 2, write: 0), neptune, "Neptune appends its no-op at index 3 (term 2) [8]"),
            (.appends(index: 3, term: 2, write: 1), neptune, "Neptune appends write x=1 at index 3 (term 2) [5.3]"),
            (.acceptsAppend(from: neptune, prevIndex: 4, count: 2), saturn,
             "Saturn accepts entries 5–6 from Neptune: its log matches through index 4 [5.3]"),
            (.acceptsAppend(from: neptune, prevIndex: 4, count: 0), saturn,
             "Saturn accepts a heartbeat from Neptune: its log matches through index 4 [5.3]"),
            (.refusesAppend(from: neptune, reason: .mismatch(prevIndex: 4, prevTerm: 2, found: 1)), saturn,
             "Saturn refuses AppendEntries from Neptune: its entry at index 4 is of term 1, not term 2 [5.3]"),
            (.refusesAppend(from: neptune, reason: .mismatch(prevIndex: 4, prevTerm: 2, found: nil)), saturn,
             "Saturn refuses AppendEntries from Neptune: it has no entry at index 4 (term 2 expected) [5.3]"),
            (.refusesAppend(from: neptune, reason: .staleTerm(followerTerm: 5)), saturn,
             "Saturn refuses AppendEntries from Neptune: Neptune's term is behind Saturn's term 5 [5.1]"),
            (.refusesAppend(from: neptune, reason: .wouldDeleteCommitted(index: 3, commit: 4)), saturn,
             "Saturn refuses AppendEntries from Neptune: taking it would delete entry 3, at or below its commit index 4: "
             + "a committed entry stays in every later leader's log (leader completeness) [Figure 3, 5.4.3]"),
            (.refusesAppend(from: neptune, reason: .sameTermLeader), saturn,
             "Saturn refuses AppendEntries from Neptune: Saturn leads this same term itself: two leaders in one term [5.2]"),
            (.truncates(from: 3, through: 5), jupiter,
             "Jupiter deletes entries 3–5, which conflict with the leader's log [5.3]"),
            (.backsOff(peer: jupiter, nextIndex: 3), neptune,
             "Neptune backs off: it will send Jupiter entries from index 3 next [5.3]"),
            (.matchAdvances(peer: saturn, match: 5), neptune,
             "Neptune learns that Saturn stores its log through index 5 (match index) [5.3]"),
            (.commits(index: 5, count: 2, total: 3, unsafeRule: []), neptune,
             "Neptune commits through index 5: stored on 2 of 3 nodes [5.3, 5.4.2]"),
            (.commits(index: 2, count: 2, total: 3, unsafeRule: .commitOldTerms), neptune,
             "Neptune commits through index 2: stored on 2 of 3 nodes [unsafe: commit_old_terms]"),
            (.holdsOldTerm(index: 2, entryTerm: 2, count: 3), neptune,
             "Neptune does not commit index 2 (term 2) although 3 nodes hold it: it is not of Neptune's current term [5.4.2, Figure 8]"),
            (.learnsCommit(index: 5, from: neptune), saturn,
             "Saturn learns from Neptune that entries through index 5 are committed (the high watermark) [5.3]"),
            (.applies(from: 5, through: 5), saturn, "Saturn applies entry 5 to its state machine [5.3]"),
        ]
        for (n, node, line) in expected { #expect(en.note(node, n) == line) }
    }

    // MARK: - Events

    @Test func englishEvents() {
        let vote = Message(from: jupiter, to: saturn, term: 3, body: .requestVote(lastIndex: 2, lastTerm: 1, pre: false))
        let expected: [(SimEvent<RaftEngine>.Kind, String)] = [
            (.note(saturn, .startsElection(term: 3)),
             "Saturn's election timer fires: it becomes candidate for term 3 and votes for itself [5.2]"),
            (.dropped(vote, .partition), "partition drops RequestVote Jupiter→Saturn term 3, last entry (term 1, index 2)"),
            (.dropped(vote, .cut), "cut link drops RequestVote Jupiter→Saturn term 3, last entry (term 1, index 2)"),
            (.dropped(vote, .crashed), "dropped: RequestVote Jupiter→Saturn term 3, last entry (term 1, index 2) (Saturn is crashed)"),
            (.dropped(vote, .byHand), "dropped by hand: RequestVote Jupiter→Saturn term 3, last entry (term 1, index 2)"),
            (.crashed(saturn),
             "Saturn crashes: it loses its volatile state (role, commit index, votes received) and keeps its term, the vote it cast and its log"),
            (.restarted(saturn),
             "Saturn restarts as a follower from its term, vote and log; its commit index starts again at 0"),
            (.timeoutForced(jupiter), "Jupiter's election timer is forced to fire now"),
            (.ignored(neptune, .timeoutLeader),
             "Neptune is the leader: a leader has no election timer to fire (its heartbeats keep the others' timers from running out)"),
            (.ignored(saturn, .timeoutDown), "Saturn is down: a crashed node has no timer to fire until it restarts"),
            (.ignored(saturn, .crashDown), "Saturn is already down"),
            (.ignored(saturn, .restartUp), "Saturn is already up: only a crashed node restarts"),
            (.partitioned([[neptune]]), "partition splits the network: Neptune | Saturn, Jupiter"),
            (.partitioned([[neptune], [saturn, jupiter]]), "partition splits the network: Neptune | Saturn, Jupiter"),
            (.cut(from: neptune, to: saturn), "link cut: messages Neptune→Saturn are dropped until heal"),
            (.slowed(saturn, 100...200), "Saturn's links slow down: latency 100–200 ms"),
            (.healed, "heal: every partition, cut and slow link ends"),
            (.configured(Reconfiguration()), "settings changed"),
            (.configured(Reconfiguration(engine: EngineConfig.Change(batch: 4, preVote: true), acks: .one)),
             "settings changed: batch: 4 entries per AppendEntries, Pre-Vote on, acks=1"),
            (.configured(Reconfiguration(engine: EngineConfig.Change(unsafe: []), latency: 50...100)),
             "settings changed: no rule broken on purpose, latency 50–100 ms"),
            (.consumed(from: saturn, count: 2, through: 5),
             "consumer reads 2 entries from Saturn, through index 5 (its high watermark)"),
            (.violation(SafetyViolation(property: .leaderCompleteness, time: 0, node: jupiter, other: nil, term: 4, index: 3)),
             "SAFETY VIOLATION: leader completeness: Jupiter leads term 4 without committed entry 3 [5.4]"),
        ]
        for (kind, line) in expected { #expect(en.event(SimEvent<RaftEngine>(time: 1234, kind: kind)) == line) }
    }

    @Test func englishWriteEvents() {
        let expected: [(WriteEvent, String)] = [
            (.sent(write: 1, to: neptune, acks: .all), "client sends write x=1 to Neptune (acks=all)"),
            (.sent(write: 2, to: saturn, acks: .zero), "client sends write y=2 to Saturn (acks=0: acknowledged as it leaves, no answer awaited)"),
            (.redirected(write: 1, by: saturn, leader: neptune),
             "Saturn is not the leader: it redirects write x=1 to Neptune"),
            (.redirected(write: 1, by: saturn, leader: nil),
             "Saturn is not the leader and knows none: the client tries the next node with write x=1"),
            (.retried(write: 1, to: jupiter), "no answer within 500 ms: the client retries write x=1 at Jupiter"),
            (.duplicate(write: 1, at: neptune, index: 4),
             "Neptune already holds write x=1 at index 4: it does not append it again"),
            (.acknowledged(write: 1, by: neptune, term: 2), "write x=1 is acknowledged by Neptune (term 2)"),
            (.lost(write: 1, term: 2, reason: .missingFromLeader(jupiter, term: 3)),
             "write x=1 is lost: acknowledged in term 2, but Jupiter, leader of term 3, does not hold it"),
            (.lost(write: 2, term: 1, reason: .reachedFollower(saturn)),
             "write y=2 is lost: sent with acks=0, it reached Saturn, which is not the leader"),
            (.lost(write: 2, term: 1, reason: .reachedCrashed(saturn)),
             "write y=2 is lost: sent with acks=0, it reached Saturn, which is crashed"),
        ]
        for (w, line) in expected { #expect(en.event(SimEvent<RaftEngine>(time: 0, kind: .write(w))) == line) }
    }

    @Test func englishViolations() {
        func v(_ p: SafetyProperty, node: NodeID, other: NodeID? = nil, term: Int, index: Int) -> SafetyViolation {
            SafetyViolation(property: p, time: 0, node: node, other: other, term: term, index: index)
        }
        #expect(en.violation(v(.electionSafety, node: jupiter, other: neptune, term: 4, index: 3), RaftEngine.self)
                == "SAFETY VIOLATION: election safety: Jupiter and Neptune both lead term 4 [5.2]")
        #expect(en.violation(v(.leaderAppendOnly, node: neptune, term: 4, index: 3), RaftEngine.self)
                == "SAFETY VIOLATION: leader append-only: Neptune, leader of term 4, deletes its own entries from index 3 [5.3]")
        #expect(en.violation(v(.logMatching, node: saturn, term: 2, index: 3), RaftEngine.self)
                == "SAFETY VIOLATION: log matching: Saturn's entry 3 has term 2 like another log's entry 3, but the logs before it differ [5.3]")
        #expect(en.violation(v(.leaderCompleteness, node: saturn, other: jupiter, term: 4, index: 3), RaftEngine.self)
                == "SAFETY VIOLATION: leader completeness: Jupiter leads term 4 without committed entry 3 [5.4]")
        #expect(en.violation(v(.stateMachineSafety, node: saturn, term: 2, index: 3), RaftEngine.self)
                == "SAFETY VIOLATION: state machine safety: Saturn commits entry 3 (term 2), not the entry already committed at index 3 [5.4.3]")
    }

    @Test func unknownNodesAndValuesStillRead() {
        #expect(en.note(7, .startsElection(term: 1)).hasPrefix("node 7's election timer fires"))
        #expect(en.note(0, .appends(index: 1, term: 1, write: 9)) == "Neptune appends write #9 at index 1 (term 1) [5.3]")
    }

    // MARK: - Korean

    /// Every note case that makes a line (every refusal reason, every unsafe rule's note).
    static var notes: [(NodeID, Note)] {
        let (n, s, j) = (0, 1, 2)
        let behind = Note.VoteRefusal.logBehind(candidateLastTerm: 1, candidateLastIndex: 2, voterLastTerm: 2, voterLastIndex: 5)
        return [
            (s, .startsElection(term: 3)), (s, .startsPreVote(term: 3)),
            (s, .grantsVote(to: j, term: 3, pre: false)), (s, .grantsVote(to: j, term: 3, pre: true)),
            (s, .refusesVote(to: j, term: 3, pre: false, reason: behind)),
            (s, .refusesVote(to: j, term: 3, pre: true, reason: behind)),
            (s, .refusesVote(to: j, term: 3, pre: false, reason: .staleTerm(voterTerm: 4))),
            (s, .refusesVote(to: j, term: 3, pre: false, reason: .alreadyVoted(for: n))),
            (s, .refusesVote(to: j, term: 3, pre: true, reason: .heardFromLeader(leader: n))),
            (s, .refusesVote(to: j, term: 3, pre: true, reason: .heardFromLeader(leader: nil))),
            (n, .refusesVote(to: j, term: 3, pre: true, reason: .isLeader)),
            (j, .countsVote(from: s, granted: true, pre: false, votes: 2, needed: 2)),
            (j, .countsVote(from: s, granted: false, pre: true, votes: 1, needed: 2)),
            (j, .winsPreVote(term: 3, votes: 2)), (j, .becomesLeader(term: 3, votes: 2, voters: 3)),
            (n, .adoptsTerm(term: 4, from: j, previous: .leader)),
            (n, .adoptsTerm(term: 4, from: j, previous: .candidate)),
            (n, .adoptsTerm(term: 4, from: j, previous: .preCandidate)),
            (s, .adoptsTerm(term: 4, from: j, previous: .follower)),
            (j, .followsLeader(leader: s, term: 3)), (n, .losesQuorum(heard: 1, needed: 2)),
            (n, .appends(index: 3, term: 2, write: 0)), (n, .appends(index: 3, term: 2, write: 1)),
            (s, .acceptsAppend(from: n, prevIndex: 4, count: 2)), (s, .acceptsAppend(from: n, prevIndex: 4, count: 0)),
            (s, .refusesAppend(from: n, reason: .staleTerm(followerTerm: 5))),
            (s, .refusesAppend(from: n, reason: .mismatch(prevIndex: 4, prevTerm: 2, found: 1))),
            (s, .refusesAppend(from: n, reason: .mismatch(prevIndex: 4, prevTerm: 2, found: nil))),
            (s, .refusesAppend(from: n, reason: .wouldDeleteCommitted(index: 3, commit: 4))),
            (s, .refusesAppend(from: n, reason: .sameTermLeader)),
            (j, .truncates(from: 3, through: 5)), (n, .backsOff(peer: j, nextIndex: 3)),
            (n, .matchAdvances(peer: s, match: 5)),
            (n, .commits(index: 5, count: 2, total: 3, unsafeRule: [])),
            (n, .commits(index: 5, count: 1, total: 3, unsafeRule: .writeWithoutQuorum)),
            (n, .holdsOldTerm(index: 2, entryTerm: 2, count: 3)),
            (s, .learnsCommit(index: 5, from: n)), (s, .applies(from: 3, through: 5)),
            (n, .commits(index: 5, count: 1, total: 3, unsafeRule: [.writeWithoutQuorum, .commitOldTerms])),
            (n, .overwrites(from: 3, through: 4)), (s, .skipsLogCheck(prevIndex: 4, prevTerm: 2, at: 5)),
            (s, .ignoresEarlierVote(earlier: n, term: 3)),
            // raft-extensions.md
            (s, .refusesVote(to: j, term: 3, pre: false, reason: .inLease(leader: n))),
            (s, .refusesVote(to: j, term: 3, pre: true, reason: .notMember)),
            (s, .refusesAppend(from: n, reason: .wouldDeleteSnapshot(index: 3, snapshot: 5))),
            (n, .appends(index: 6, term: 2, write: Entry(term: 2, voters: NodeSet([n, s, j])).write)),
            (n, .takesSnapshot(index: 5, term: 2, uncommitted: false)), (n, .takesSnapshot(index: 6, term: 2, uncommitted: true)),
            (n, .sendsSnapshot(peer: j, index: 5, needed: 3)),
            (j, .installsSnapshot(from: n, index: 5, term: 2, kept: nil)), (j, .installsSnapshot(from: n, index: 5, term: 2, kept: 2)),
            (j, .installsSnapshot(from: n, index: 5, term: 2, kept: 0)),
            (j, .ignoresStaleSnapshot(from: n, index: 5, commit: 6)), (j, .restoresSnapshot(index: 5)),
            (n, .startsTransfer(to: j)), (n, .sendsTimeoutNow(to: j)), (j, .timesOutNow(from: n)),
            (n, .abandonsTransfer(to: j)), (n, .takesReadIndex(read: 0, index: 5)),
            (n, .holdsRead(read: 1, reason: .noTermCommit)), (n, .holdsRead(read: 1, reason: .leaseExpired(since: 120))),
            (n, .holdsRead(read: 1, reason: .leaseExpired(since: nil))), (n, .holdsRead(read: 1, reason: .transferring)),
            (n, .holdsRead(read: 1, reason: .leaseNeedsGuards)),
            (n, .catchesUp(node: j, target: 7)),
            (n, .changeWaits(node: j, add: true, reason: .previousUncommitted(index: 6))),
            (n, .changeWaits(node: j, add: false, reason: .noTermCommit)),
            (n, .leavesAfterRemoval), (j, .staysOutOfElections),
        ]
    }

    /// Every note case, every event kind and every message kind.
    static var catalogue: [SimEvent<RaftEngine>.Kind] {
        let (n, s, j) = (0, 1, 2)
        let bodies: [Message.Body] = [
            .requestVote(lastIndex: 2, lastTerm: 1, pre: false), .requestVote(lastIndex: 0, lastTerm: 0, pre: true),
            .voteReply(granted: true, pre: false), .voteReply(granted: false, pre: true),
            .appendEntries(prevIndex: 4, prevTerm: 1, entries: [Entry(term: 2, write: 1)], commit: 4),
            .appendEntries(prevIndex: 4, prevTerm: 1, entries: [], commit: 4),
            .appendReply(success: true, prevIndex: 4, match: 5, conflictIndex: nil, conflictTerm: 0),
            .appendReply(success: false, prevIndex: 4, match: 0, conflictIndex: 3, conflictTerm: 1),
            .appendReply(success: false, prevIndex: 4, match: 0, conflictIndex: 3, conflictTerm: 0),
            .requestVote(lastIndex: 2, lastTerm: 1, pre: false, transfer: true),
            .installSnapshot(lastIndex: 5, lastTerm: 2, state: [Entry(term: 1), Entry(term: 2, write: 1)]),
            .installSnapshotReply(lastIndex: 5), .timeoutNow,
        ]
        let drops: [SimEvent<RaftEngine>.Kind] = bodies.enumerated().map { k, body in
            .dropped(Message(from: j, to: s, term: 3, body: body), [.partition, .cut, .crashed, .byHand][k % 4])
        }
        let writes: [WriteEvent] = [
            .sent(write: 1, to: n, acks: .all), .redirected(write: 1, by: s, leader: n),
            .redirected(write: 2, by: s, leader: nil), .retried(write: 1, to: j),
            .duplicate(write: 1, at: n, index: 4), .acknowledged(write: 1, by: n, term: 2), .lost(write: 2, term: 2, reason: .missingFromLeader(n, term: 3)),
            .lost(write: 2, term: 1, reason: .reachedFollower(s)), .lost(write: 2, term: 1, reason: .reachedCrashed(s)),
            .refused(write: 1, by: n, error: .notEnoughReplicas), .refused(write: 2, by: n, error: .notEnoughReplicasAfterAppend),
            .held(write: 1, at: n),
        ]
        let reads: [ReadEvent] = [
            .sent(read: 0, to: n, mode: .readIndex), .sent(read: 1, to: s, mode: .lease), .sent(read: 2, to: s, mode: .local),
            .redirected(read: 0, by: s, leader: n, to: n), .redirected(read: 0, by: s, leader: nil, to: j),
            .redirected(read: 0, by: s, leader: n, to: j), .retried(read: 1, to: j),
            .answered(read: 0, by: n, index: 5, required: 4, stale: false),
            .answered(read: 2, by: s, index: 3, required: 4, stale: true),
            .refused(read: 1, by: n), .refused(read: 1, by: nil),
        ]
        let world: [SimEvent<RaftEngine>.Kind] = [
            .crashed(s), .restarted(s), .timeoutForced(j), .partitioned([[n]]), .cut(from: n, to: s),
            .slowed(s, 100...200), .healed, .configured(Reconfiguration(engine: EngineConfig.Change(heartbeat: 50, election: 150...300, batch: 4,
                pipeline: true, noop: false, preVote: true, checkQuorum: false, unsafe: .voteTwice), latency: 1...5, acks: .zero)), .consumed(from: s, count: 2, through: 5),
        ] + IgnoredCommand.allCases.filter { $0 != .controllerElects }.map { .ignored(s, $0) }  // Kafka's: KafkaTextTests
        let violations = RaftSafety.properties.map {
            SimEvent<RaftEngine>.Kind.violation(SafetyViolation(property: $0, time: 0, node: j, other: n, term: 4, index: 3))
        }
        return notes.map { .note($0.0, $0.1) } + drops + writes.map { .write($0) } + reads.map { .read($0) } + world
            + violations
    }

    static func hasHangul(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
    }

    /// The bracketed rule tags of a line, in order.
    static func tags(_ s: String) -> [Substring] {
        s.split(separator: "[", omittingEmptySubsequences: false).dropFirst().map { $0.prefix { $0 != "]" } }
    }

    /// What is left of a Korean line after rule tags, node names, message type names, values
    /// and the acks setting (a Kafka configuration literal) are taken out.
    static func foreignLeft(_ s: String) -> String {
        var rest = s
        for tag in tags(s) { rest = rest.replacing("[\(tag)]", with: "") }
        for word in names + values.dropFirst() + ["AppendEntries", "RequestVote", "InstallSnapshot", "TimeoutNow", "ReadIndex",
                                                       "acks=all", "acks=0", "acks=1",
                                                       // Kafka's names, shown with a Korean phrase (glossary's allow-list)
                                                       "NOT_ENOUGH_REPLICAS_AFTER_APPEND", "NOT_ENOUGH_REPLICAS", "min.insync.replicas", "ISR",
                                                       "Pre-Vote", "CheckQuorum", " ms"] {
            rest = rest.replacing(word, with: "")
        }
        return String(rest.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init))
    }

    @Test(arguments: catalogue)
    func koreanLine(_ kind: SimEvent<RaftEngine>.Kind) {
        let line = ko.event(SimEvent<RaftEngine>(time: 0, kind: kind))
        #expect(!line.isEmpty)
        #expect(Self.hasHangul(line), "no Hangul in: \(line)")
        #expect(Self.foreignLeft(line).isEmpty, "English left in: \(line)")
        #expect(ko.line(SimEvent<RaftEngine>(time: 0, kind: kind)).rules
                == en.line(SimEvent<RaftEngine>(time: 0, kind: kind)).rules, "rules differ: \(line)")
        #expect(!en.event(SimEvent<RaftEngine>(time: 0, kind: kind)).isEmpty)
    }

    @Test func foreignWordCheckCatchesEnglish() {
        #expect(Self.foreignLeft("Saturn이 AppendEntries를 거절합니다 [unsafe: commit_old_terms]").isEmpty)
        #expect(Self.foreignLeft("Saturn이 term 3에서 투표합니다 [5.2]") == "term")
        #expect(Self.tags("a [5.3] b [Pre-Vote, 5.4.1]") == ["5.3", "Pre-Vote, 5.4.1"])
    }

    @Test func koreanExamples() {
        #expect(ko.note(saturn, .refusesVote(to: jupiter, term: 3, pre: false, reason: .logBehind(
            candidateLastTerm: 1, candidateLastIndex: 2, voterLastTerm: 2, voterLastIndex: 5)))
            == "Saturn이 Jupiter의 임기 3 투표 요청을 거절합니다: Jupiter의 로그(마지막 항목: 임기 1, 인덱스 2)가 "
            + "Saturn의 로그(임기 2, 인덱스 5)보다 뒤처져 있습니다 [5.4.1]")
        #expect(ko.note(jupiter, .becomesLeader(term: 3, votes: 2, voters: 3)) == "Jupiter가 3표 중 2표로 과반수를 얻어 임기 3의 리더가 됩니다 [5.2]")
        #expect(ko.note(jupiter, .becomesLeader(term: 3, votes: 0, voters: 3)) == "Jupiter가 장면 설정에 따라 임기 3의 리더로 시작합니다")
        #expect(ko.note(neptune, .commits(index: 5, count: 2, total: 3, unsafeRule: []))
            == "Neptune이 인덱스 5까지 커밋합니다: 노드 3개 중 2개에 저장되어 과반수를 이루었고, 하이 워터마크가 5로 올라갑니다 [5.3, 5.4.2]")
        #expect(ko.note(neptune, .backsOff(peer: jupiter, nextIndex: 3)) == "Neptune이 Jupiter에게 보낼 다음 인덱스를 3으로 낮춥니다 [5.3]")
        #expect(ko.message(Message(from: neptune, to: saturn, term: 2, body: .appendEntries(prevIndex: 4, prevTerm: 1, entries: [], commit: 4)))
            == "하트비트 Neptune→Saturn 임기 2, 커밋 4")
        #expect(ko.event(SimEvent<RaftEngine>(time: 0, kind: .partitioned([[neptune]]))) == "파티션으로 네트워크가 나뉩니다: Neptune | Saturn, Jupiter")
    }

    @Test func particles() {
        let subject = ["Neptune": "이", "Saturn": "이", "Jupiter": "가", "Mars": "가", "Venus": "가",
                       "Mercury": "가", "Uranus": "가", "Earth": "가", "Pluto": "가"]
        for (name, particle) in subject { #expect(Korean.particle(name, .subject) == particle, "\(name)") }
        #expect(Korean.particle("Saturn", .topic) == "은")
        #expect(Korean.particle("Jupiter", .object) == "를")
        #expect(Korean.particle("Neptune", .with) == "과")
        #expect(Korean.particle("Neptune", .toward) == "으로")
        #expect(Korean.particle("Jupiter", .toward) == "로")
        // Fallbacks: digits as read in Sino-Korean, Hangul by its final consonant, Latin by its last letter.
        #expect(["3", "5", "1", "10", "6"].map { Korean.particle($0, .toward) } == ["으로", "로", "로", "으로", "으로"])
        #expect(["3", "5", "1", "10"].map { Korean.particle($0, .object) } == ["을", "를", "을", "을"])
        #expect(Korean.particle("서울", .toward) == "로")
        #expect(Korean.particle("서울", .subject) == "이")
        #expect(Korean.particle("인덱스", .subject) == "가")
        #expect(Korean.particle("Paul", .toward) == "로")
        #expect(Korean.particle("Jane", .subject) == "이")
        #expect(Korean.particle("Kate", .subject) == "가")
        #expect(Korean.particle("x=1", .object) == "을")
    }

    /// Every event of a real run reads as a line in both languages.
    @Test func realRunDescribesEveryEvent() {
        var world = RaftWorld(WorldSpec(names: Self.names))
        world.run(for: 1000)
        world.write("x=1")
        world.crash(world.lastLeader?.node ?? 0)
        world.run(for: 2000)
        let events = world.takeEvents()
        #expect(!events.isEmpty)
        for lang in [Lang.en, .ko] {
            let text = Describer(names: world.names, values: world.values, lang: lang)
            for e in events { #expect(!text.event(e).isEmpty) }
        }
    }
}
