import Foundation
import Picture
import Testing
@testable import EtcdSource

/// A real three-member cluster (issue 14, "Tests"). `.serialized`: one cluster at a time on two cores.
@Suite(.serialized, .enabled(if: EtcdHarness.binary != nil, Comment(rawValue: EtcdHarness.skipped)))
struct EtcdClusterTests {
    @Test func aClusterElectsReplicatesAndSurvivesTheLeadersDeath() async throws {
        try await EtcdHarness.with(EtcdHarness.cluster(links: NoLinks())) { cluster in
        #expect(await EtcdHarness.wait(cluster) { EtcdHarness.agreedLeader($0) != nil }, "no leader within 60 s")
        let (leader, term) = try #require(EtcdHarness.agreedLeader(cluster.observation()))

        // A write is read back, linearizably, from another member.
        cluster.perform(.write(to: nil))
        #expect(await EtcdHarness.wait(cluster) { $0.writes.ok == 1 }, "the put was not acknowledged")
        let other = (leader + 1) % 3
        cluster.perform(.read(.readIndex, selected: other))
        #expect(await EtcdHarness.wait(cluster) { $0.reads.ok == 1 })
        #expect(cluster.observation().events.contains { $0.text.en.contains("read x at") && $0.text.en.contains("x=1") })

        // Killing the leader: the others elect a new one of a higher term.
        #expect(cluster.perform(.crash(leader)) == nil)
        #expect(await EtcdHarness.wait(cluster) { o in
            guard let now = EtcdHarness.agreedLeader(o) else { return false }
            return now.member != leader && now.term > term
        }, "no new leader after killing \(EtcdHarness.names[leader])")
        #expect(cluster.observation().events.contains { $0.text.en.contains("became leader") })
        }
    }

    @Test func anIsolatedMemberFallsBehindAndCatchesUpAfterHeal() async throws {
        try await EtcdHarness.with(EtcdHarness.cluster(links: PeerRelays())) { cluster in
            #expect(await EtcdHarness.wait(cluster) { EtcdHarness.agreedLeader($0) != nil }, "no leader within 60 s")
            let (leader, _) = try #require(EtcdHarness.agreedLeader(cluster.observation()))
            let cut = (leader + 1) % 3  // a follower: the leader stays and writes go on
            #expect(await EtcdHarness.wait(cluster) { $0.members[cut].status?.commit != nil })
            cluster.perform(.isolate(cut))
            for n in 1...3 {
                cluster.perform(.write(to: leader))
                #expect(await EtcdHarness.wait(cluster) { $0.writes.ok == n }, "put \(n) not acknowledged")
            }
            // None of the three puts reaches it: the statuses (each up to 100 ms old) come to show
            // the leader three entries ahead, which a leak through the relays would never let happen.
            // (Its commit may still rise by entries committed just before the cut.)
            #expect(await EtcdHarness.wait(cluster) { o in
                guard let others = o.members[leader].status?.commit, let isolated = o.members[cut].status?.commit else { return false }
                return others - isolated >= 3
            }, "the isolated member kept up")
            cluster.perform(.heal)
            #expect(await EtcdHarness.wait(cluster) { o in
                (o.members[cut].status?.commit ?? 0) >= (o.members[leader].status?.commit ?? .max)
            }, "the healed member did not catch up")
        }
    }

    @Test func quittingLeavesNoProcessAndNoFolderBehind() async throws {
        let cluster = EtcdHarness.cluster(links: NoLinks())
        try await EtcdHarness.start(cluster)
        let folder = try #require(cluster.folder)
        #expect(await EtcdHarness.wait(cluster) { o in o.members.allSatisfy { !$0.silent } })
        #expect(TemporaryFolder.processes(using: folder).count == 3)
        cluster.perform(.freeze(0))  // a paused member must stop too
        await EtcdHarness.stop(cluster)
        #expect(TemporaryFolder.processes(using: folder).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    /// Followers stop first, so the leader has no one to hand over to and stops at once (all
    /// told together, it waited for a transfer until the SIGKILL five seconds later).
    @Test func quittingAnElectedClusterTakesUnderTwoSeconds() async throws {
        let cluster = EtcdHarness.cluster(links: PeerRelays())
        try await EtcdHarness.start(cluster)
        let folder = try #require(cluster.folder)
        #expect(await EtcdHarness.wait(cluster) { EtcdHarness.agreedLeader($0) != nil && $0.members.allSatisfy { !$0.silent } })
        let began = DispatchTime.now()
        await EtcdHarness.stop(cluster)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9
        #expect(seconds < 2, "stopping took \(seconds) s")
        #expect(TemporaryFolder.processes(using: folder).isEmpty)
    }

    /// `--data DIR` kept: started again on the same folder, the members find each other on the
    /// ports they advertised before, elect, and still hold what was written.
    @Test func aKeptFolderComesBackWithItsData() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("raftlab-kept-\(getpid())").path
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await EtcdHarness.with(EtcdHarness.cluster(links: PeerRelays(), data: folder)) { cluster in
            #expect(await EtcdHarness.wait(cluster) { EtcdHarness.agreedLeader($0) != nil }, "no leader within 60 s")
            cluster.perform(.write(to: nil))
            #expect(await EtcdHarness.wait(cluster) { $0.writes.ok == 1 }, "the put was not acknowledged")
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/" + KeptPorts.fileName))
        // A child another test is spawning may hold the closed relays' listeners for a moment
        // (its fork copies every descriptor until its exec): wait until the kept ports are free.
        let kept = try #require(try KeptPorts.load(folder: folder, names: EtcdHarness.names.map { $0.lowercased() }))
        #expect(RelayFixture.eventually { kept.allSatisfy { !RelayFixture.isListening($0.relay) } })
        try await EtcdHarness.with(EtcdHarness.cluster(links: PeerRelays(), data: folder)) { cluster in
            #expect(await EtcdHarness.wait(cluster) { EtcdHarness.agreedLeader($0) != nil }, "the kept members did not elect again")
            cluster.perform(.read(.readIndex, selected: 1))
            #expect(await EtcdHarness.wait(cluster) { $0.lastRead != nil })
            #expect(cluster.observation().lastRead?.value == "1")
            // The next put goes on from the kept x=1 rather than writing x=1 over it.
            #expect(await EtcdHarness.wait(cluster) { $0.lastValue == 1 }, "x was not read back from the kept data")
            cluster.perform(.write(to: nil))
            #expect(await EtcdHarness.wait(cluster) { $0.lastAcked == "x=2" })
        }
    }
}
