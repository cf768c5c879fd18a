import Picture
import Testing
@testable import EtcdSource

/// The picture of a real cluster says what etcd reports and no more (issue 14).
struct EtcdPictureTests {
    static let settings = EtcdSettings(names: ["Neptune", "Saturn", "Jupiter"], binary: "etcd", timings: .watchable)

    /// Three members answering: Neptune (id 1) leads at term 2.
    static func observation() -> EtcdObservation {
        var o = EtcdObservation(names: settings.names, attached: false)
        for i in 0..<3 {
            o.members[i].decimalID = UInt64(i + 1)
            o.members[i].status = MemberStatus(memberID: UInt64(i + 1), leader: 1, term: 2, commit: 8 - i, applied: 8 - i, version: "3.4.23")
            o.members[i].silent = false
        }
        return o
    }

    @Test func rolesTermsAndIndexesComeFromTheStatus() {
        let p = EtcdPicture.picture(Self.observation(), settings: Self.settings, now: 1234)
        #expect(p.measured.isEmpty)
        #expect(p.real == RealClusterPicture(title: "etcd 3.4.23", heartbeatMs: 300, electionMs: 3000, pollMs: 100, attached: false))
        #expect(p.nodes.map(\.role) == [.leader, .follower, .follower])
        #expect(p.nodes.map(\.term) == [2, 2, 2])
        #expect(p.nodes.map(\.commit) == [8, 7, 6])
        #expect(p.nodes.map(\.log.count) == [8, 7, 6])
        #expect(p.nodes.allSatisfy { $0.leader == 0 && $0.timer == nil && $0.log.runs.isEmpty })
        #expect(p.messages.isEmpty)
    }

    @Test func aCandidateIsSeenInItsLogLinesAndAHigherTermWins() {
        var o = Self.observation()
        o.members[1].logged = (.candidate, 3)
        o.members[0].logged = (.leader, 2)
        let p = EtcdPicture.picture(o, settings: Self.settings, now: 0)
        #expect(p.nodes[1].role == .candidate)
        #expect(p.nodes[1].term == 3)
        #expect(p.nodes[0].role == .leader)
        o.members[1].logged = (.follower, 2)  // a candidate's old line does not outlive a newer answer
        #expect(EtcdPicture.picture(o, settings: Self.settings, now: 0).nodes[1].role == .follower)
    }

    @Test func killedPausedIsolatedAndSilentMembersAreSaidSo() {
        var o = Self.observation()
        o.members[0].running = false
        o.members[1].paused = true
        o.members[2].isolated = true
        var p = EtcdPicture.picture(o, settings: Self.settings, now: 0)
        #expect(!p.nodes[0].up && p.nodes[0].role == nil && p.nodes[0].commit == nil)
        #expect(p.nodes[1].status == EtcdFactWords.paused)
        #expect(p.nodes[2].status == EtcdFactWords.isolated)
        #expect(p.link(2, 0).partitioned && p.link(1, 2).partitioned && !p.link(0, 1).partitioned)
        o.members[2].isolated = false
        o.members[2].silent = true
        p = EtcdPicture.picture(o, settings: Self.settings, now: 0)
        #expect(p.nodes[2].status == EtcdFactWords.silent)
    }

    @Test func theMajoritysLeaderIgnoresAnIsolatedMemberStillClaimingTheOldOne() {
        var o = Self.observation()
        for i in 1..<3 { o.members[i].status?.leader = 2; o.members[i].status?.term = 3 }
        #expect(o.majorityLeader! == (member: 1, term: 3))
        #expect(o.believedLeader == 1)
        o.members[2].silent = true  // one answer of three names no majority
        #expect(o.majorityLeader == nil)
    }
}

/// A restarted member is a new process: what the old one believed is not drawn (issue 14).
struct RestartedMemberTests {
    @Test func aRestartedLeaderIsNotDrawnAsLeaderFromItsOldAnswer() {
        var o = EtcdPictureTests.observation()  // Neptune leads at term 2
        o.members[0].logged = (.leader, 2)
        o.members[0].running = false
        o.members[0].restarted()
        o.members[0].logged = (.follower, 2)  // its first line in the new life
        let p = EtcdPicture.picture(o, settings: EtcdPictureTests.settings, now: 0)
        #expect(p.nodes[0].role == .follower)
        #expect(p.nodes[0].leader == nil)
        #expect(p.nodes[0].commit == 8, "its committed index is kept on disk")
        o.members[0].logged = (.preCandidate, 2)
        #expect(EtcdPicture.picture(o, settings: EtcdPictureTests.settings, now: 0).nodes[0].role == .preCandidate)
        o.members[0].logged = nil  // before any line: no role claimed from the old answer
        #expect(EtcdPicture.picture(o, settings: EtcdPictureTests.settings, now: 0).nodes[0].role == .follower)
    }

    @Test func aKilledLeadersLastAnswerIsNoOnesBelief() {
        var o = EtcdPictureTests.observation()
        for i in 1..<3 { o.members[i].status?.leader = 0; o.members[i].status?.term = 3 }  // electing
        o.members[0].running = false
        #expect(o.believedLeader == nil)
    }
}
