import Testing
@testable import EtcdSource

/// etcd 3.4's raft log lines (zap JSON, `msg` written by etcd-io/raft), as read off a real
/// three-member cluster here.
struct RaftLogLineTests {
    @Test func rolesAndLeadersAreRead() {
        #expect(RaftLogLine.parse(message: "80af5d65a6e2f603 became pre-candidate at term 1")
                == .became(member: "80af5d65a6e2f603", role: .preCandidate, term: 1))
        #expect(RaftLogLine.parse(message: "80af5d65a6e2f603 became candidate at term 2")
                == .became(member: "80af5d65a6e2f603", role: .candidate, term: 2))
        #expect(RaftLogLine.parse(message: "80af5d65a6e2f603 became leader at term 2")
                == .became(member: "80af5d65a6e2f603", role: .leader, term: 2))
        #expect(RaftLogLine.parse(message: "raft.node: 4036b1db24775ea0 elected leader 80af5d65a6e2f603 at term 2")
                == .electedLeader(member: "4036b1db24775ea0", leader: "80af5d65a6e2f603", term: 2))
        #expect(RaftLogLine.parse(message: "raft.node: 4036b1db24775ea0 lost leader 80af5d65a6e2f603 at term 3")
                == .lostLeader(member: "4036b1db24775ea0", leader: "80af5d65a6e2f603", term: 3))
    }

    @Test func votesAndTalliesAreRead() {
        let cast = "4036b1db24775ea0 [logterm: 1, index: 3, vote: 0] cast MsgVote for 80af5d65a6e2f603 [logterm: 1, index: 3] at term 2"
        #expect(RaftLogLine.parse(message: cast)
                == .castVote(member: "4036b1db24775ea0", candidate: "80af5d65a6e2f603", preVote: false, term: 2))
        let pre = "4036b1db24775ea0 [logterm: 1, index: 3, vote: 0] cast MsgPreVote for 80af5d65a6e2f603 [logterm: 1, index: 3] at term 1"
        #expect(RaftLogLine.parse(message: pre)
                == .castVote(member: "4036b1db24775ea0", candidate: "80af5d65a6e2f603", preVote: true, term: 1))
        let refused = "2737ecedbf2a9065 [logterm: 2, index: 9, vote: 80af5d65a6e2f603] rejected MsgVote from 4036b1db24775ea0 [logterm: 2, index: 8] at term 3"
        #expect(RaftLogLine.parse(message: refused)
                == .rejectedVote(member: "2737ecedbf2a9065", candidate: "4036b1db24775ea0", preVote: false, term: 3))
        #expect(RaftLogLine.parse(message: "80af5d65a6e2f603 has received 2 MsgPreVoteResp votes and 0 vote rejections")
                == .tally(member: "80af5d65a6e2f603", granted: 2, rejected: 0, preVote: true))
        #expect(RaftLogLine.parse(message: "80af5d65a6e2f603 is starting a new election at term 1")
                == .electionTimeout(member: "80af5d65a6e2f603", term: 1))
    }

    @Test func aZapLineIsReadAndOtherLinesAreNot() {
        let zap = #"{"level":"info","ts":"2026-12-07T02:57:46.345Z","caller":"raft/raft.go:706","msg":"4036b1db24775ea0 became follower at term 1"}"#
        #expect(RaftLogLine.parse(zap) == .became(member: "4036b1db24775ea0", role: .follower, term: 1))
        #expect(RaftLogLine.parse(#"{"level":"info","msg":"lost TCP streaming connection with remote peer"}"#) == nil)
        #expect(RaftLogLine.parse(#"{"level":"info","msg":"4036b1db24775ea0 switched to configuration voters=()"}"#) == nil)
        #expect(RaftLogLine.parse("not json at all") == nil)
        #expect(RaftLogLine.parse(message: "newRaft 4036b1db24775ea0 [peers: [], term: 0, commit: 0]") == nil)
    }

    @Test func aLeaderLosingItselfIsToldAsSteppingDown() {
        let names = ["a": "Saturn", "b": "Neptune"]
        let own = EtcdWords.line(.lostLeader(member: "a", leader: "a", term: 4), name: { names[$0] ?? $0 })
        #expect(own.en == "Saturn stops leading (term 4)")
        #expect(own.ko == "Saturn이 리더에서 물러남 (임기 4)")
        let other = EtcdWords.line(.lostLeader(member: "b", leader: "a", term: 4), name: { names[$0] ?? $0 })
        #expect(other.en == "Neptune lost leader Saturn at term 4")
    }
}
