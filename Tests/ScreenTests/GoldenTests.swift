import Foundation
import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import Screen

/// Golden screens: the rendered text and, separately, the attributes, at three sizes, for
/// the states issue 4 lists. `RECORD_GOLDENS=1 swift test --filter GoldenTests` writes them
/// anew; review the diff, never edit them by hand.
struct GoldenTests {
    static let sizes = [(80, 24), (120, 36), (200, 50)]
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("golden")

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let make: @Sendable () -> AppState
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "fresh") { state(GoldenWorlds.fresh()) },
        Case(name: "election") { state(GoldenWorlds.election()) },
        Case(name: "crashed-leader") { state(GoldenWorlds.crashedLeader()) },
        Case(name: "partition") { state(GoldenWorlds.partition()) },
        Case(name: "six-nodes") { state(GoldenWorlds.running(nodes: 6)) },
        Case(name: "nine-nodes") { state(GoldenWorlds.running(nodes: 9)) },
        Case(name: "korean") { state(GoldenWorlds.partition(), lang: .ko) },
        Case(name: "no-color") { state(GoldenWorlds.crashedLeader(), colors: false) },
        Case(name: "options") { with(state(GoldenWorlds.running(nodes: 3))) { $0.overlay = .options(row: 2) } },
        Case(name: "explain") { explainState() },
        Case(name: "diagram") { with(state(GoldenWorlds.running(nodes: 3))) { $0.diagram = true } },
        Case(name: "violation") { state(GoldenWorlds.violation()) },
        // The safety banner names the broken guarantee in the learner's language (issue 11).
        Case(name: "violation-korean") { state(GoldenWorlds.violation(), lang: .ko) },
        Case(name: "help-korean") { with(state(GoldenWorlds.running(nodes: 3), lang: .ko)) { $0.overlay = .help } },
        Case(name: "events-large") { with(state(GoldenWorlds.running(nodes: 3))) { $0.eventsLarge = true } },
        Case(name: "events-large-korean") { with(state(GoldenWorlds.running(nodes: 3), lang: .ko)) { $0.eventsLarge = true } },
        Case(name: "throughput") { state(GoldenWorlds.throughput()) },
        Case(name: "throughput-korean") { state(GoldenWorlds.throughput(), lang: .ko) },
        Case(name: "legend") { with(state(GoldenWorlds.running(nodes: 3))) { $0.overlay = .legend } },
        Case(name: "legend-korean") { with(state(GoldenWorlds.running(nodes: 3), lang: .ko)) { $0.overlay = .legend } },
        Case(name: "legend-scrolled") { with(state(GoldenWorlds.running(nodes: 3))) { $0.overlay = .legend; $0.overlayScroll = 30 } },
        Case(name: "help") { with(state(GoldenWorlds.running(nodes: 3))) { $0.overlay = .help } },
        // Issue 11, "every mark explained": the new labels, the client, cut links, groups, "…".
        Case(name: "leader-progress") { state(GoldenWorlds.leaderProgress()) },
        Case(name: "six-candidate") { state(GoldenWorlds.sixCandidate()) },
        Case(name: "six-candidate-korean") { state(GoldenWorlds.sixCandidate(), lang: .ko) },
        Case(name: "client-waiting") { state(GoldenWorlds.clientWaiting()) },
        Case(name: "client-waiting-korean") { state(GoldenWorlds.clientWaiting(), lang: .ko) },
        Case(name: "isolated") { state(GoldenWorlds.isolated()) },
        Case(name: "partition-six") { state(GoldenWorlds.partitionSix()) },
        Case(name: "long-names") { state(GoldenWorlds.longNames()) },
        // Issue 13: a snapshot block, a stale read and a configuration change, in both languages.
        Case(name: "snapshot") { state(GoldenWorlds.snapshot()) },
        Case(name: "snapshot-korean") { state(GoldenWorlds.snapshot(), lang: .ko) },
        Case(name: "stale-read") { state(GoldenWorlds.staleRead()) },
        Case(name: "stale-read-korean") { state(GoldenWorlds.staleRead(), lang: .ko) },
        Case(name: "membership") { state(GoldenWorlds.membership()) },
        Case(name: "membership-korean") { state(GoldenWorlds.membership(), lang: .ko) },
    ]

    static func state(_ world: RaftWorld, lang: Lang = .en, colors: Bool = true) -> AppState {
        AppState.of(world, lang: lang, colors: colors)
    }

    static func with(_ state: AppState, _ change: (inout AppState) -> Void) -> AppState {
        var s = state
        change(&s)
        return s
    }

    static func explainState() -> AppState {
        var world = GoldenWorlds.running(nodes: 3, ms: 1010)
        _ = world.wait(limit: 500) { $0.inFlight > 0 && $0.network.envelopes.contains { !$0.message.isRequest } }
        var s = state(world)
        _ = Update.apply(&s, .key(.char("m")))
        s.overlay = .explain
        return s
    }

    @Test(arguments: cases)
    func matchesItsGoldenScreens(_ c: Case) throws {
        for (width, height) in Self.sizes {
            var state = c.make()
            state.width = width
            state.height = height
            let buffer = Render.screen(state)
            try Self.compare(buffer.text + "\n", name: "\(c.name)-\(width)x\(height).txt")
            try Self.compare(GoldenFile.attributes(buffer), name: "\(c.name)-\(width)x\(height).attr")
        }
    }

    @Test func tooSmall() throws {
        for (width, height) in [(70, 20), (79, 24), (80, 23), (20, 5)] {
            var state = Self.state(GoldenWorlds.fresh())
            state.width = width
            state.height = height
            try Self.compare(Render.screen(state).text + "\n", name: "too-small-\(width)x\(height).txt")
        }
    }

    static func compare(_ actual: String, name: String) throws {
        if let difference = try GoldenFile.compare(actual, name: name, directory: directory) { Issue.record("\(difference)") }
    }
}

/// Deterministic worlds for the golden screens.
enum GoldenWorlds {
    static func world(nodes: Int = 3, seed: UInt64 = 1) -> RaftWorld {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(nodes)))
        spec.seed = seed
        return RaftWorld(spec)
    }

    static func fresh() -> RaftWorld {
        var w = world()
        w.run(for: 40)
        return w
    }

    static func election() -> RaftWorld {
        var w = world()
        _ = w.wait(limit: 2000) { $0.nodes.contains { $0.role == .candidate } }
        w.run(for: 6)
        return w
    }

    /// Batch 4 without pipelining, then with it, on slow links from the leader (issue 11's
    /// throughput meter): 16 writes each.
    static func throughput() -> RaftWorld {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(3)))
        spec.seed = 11
        spec.engine.batch = 4
        spec.engine.pipeline = false
        spec.state = [0: InitialState(term: 1), 1: InitialState(term: 1), 2: InitialState(term: 1)]
        spec.leader = 0
        var w = RaftWorld(spec)
        w.run(for: 65)
        w.slow(0, latency: 50...50)
        w.write("order", count: 16)
        _ = w.wait(limit: 2000) { $0.clients.acked == 16 }
        w.configure(Reconfiguration(engine: EngineConfig.Change(pipeline: true)))
        w.write("more", count: 16)
        _ = w.wait(limit: 2000) { $0.clients.acked == 32 }
        w.run(for: 10)
        return w
    }

    static func running(nodes: Int, ms: Int = 1000) -> RaftWorld {
        var w = world(nodes: nodes)
        _ = w.wait(limit: 3000) { $0.undisputedLeader != nil }
        w.write("x=1")
        w.write("y=2", count: 2)
        w.run(for: ms - w.now > 0 ? ms - w.now : 30)
        w.write("z=3")
        w.run(for: 12)
        return w
    }

    static func crashedLeader() -> RaftWorld {
        var w = running(nodes: 3)
        w.crash(w.undisputedLeader!)
        w.run(for: 120)
        return w
    }

    static func partition() -> RaftWorld {
        var w = running(nodes: 5)
        let leader = w.undisputedLeader!
        w.partition([[leader, (leader + 1) % 5]])
        w.write("p=1", to: leader)
        w.run(for: 400)
        return w
    }

    /// A leader whose followers differ: one isolated while writes commit on the other.
    static func leaderProgress() -> RaftWorld {
        var w = running(nodes: 3)
        let leader = w.undisputedLeader!
        w.partition([[(leader + 1) % 3]])
        w.write("p", count: 2)
        w.run(for: 150)
        return w
    }

    /// Six nodes, the leader crashed, a candidate counting its votes (4 needed).
    static func sixCandidate() -> RaftWorld {
        var w = running(nodes: 6)
        w.crash(w.undisputedLeader!)
        _ = w.wait(limit: 3000) { w in w.nodes.contains { $0.isUp && $0.role == .candidate } }
        w.run(for: 4)
        return w
    }

    /// A follower down while the leader snapshots is brought back by InstallSnapshot (paper 7).
    static func snapshot() -> RaftWorld {
        var w = running(nodes: 3)
        let leader = w.undisputedLeader!, follower = (leader + 1) % 3
        w.crash(follower)
        w.write("s", count: 3)
        w.run(for: 100)
        w.snapshot(leader)
        w.write("t=1")
        w.run(for: 60)
        w.restart(follower)
        _ = w.wait(limit: 1000) { $0.inFlight > 0 && $0.network.envelopes.contains { $0.message.kind == .installSnapshot } }
        return w
    }

    /// A leader cut off by a partition answers a local read with old data (thesis 6.4).
    static func staleRead() -> RaftWorld {
        var w = running(nodes: 3)
        let old = w.undisputedLeader!
        w.partition([[old]])
        _ = w.wait(limit: 3000) { w in w.leadersUp.contains { $0 != old } }
        w.write("x=9")
        _ = w.wait(limit: 1000) { $0.clients.acked == 5 }
        w.read(at: old, mode: .local)
        w.read(at: old, mode: .readIndex)
        w.run(for: 40)
        return w
    }

    /// Three voters of five: Mars caught up and added, its configuration entry not yet on every node (thesis 4.1).
    static func membership() -> RaftWorld {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(5)))
        spec.voters = NodeSet([0, 1, 2])
        var w = RaftWorld(spec)
        _ = w.wait(limit: 3000) { $0.undisputedLeader != nil }
        w.write("x=1")
        w.run(for: 100)
        w.changeMembership(MembershipRequest(node: 3, add: true))
        _ = w.wait(limit: 1000) { w in w.nodes.contains { $0.configuration.voters.contains(3) } }
        w.run(for: 5)
        return w
    }

    /// Writes the client waits on: sent to a crashed leader, then redirected.
    static func clientWaiting() -> RaftWorld {
        var w = running(nodes: 3)
        let leader = w.undisputedLeader!
        w.crash(leader)
        w.write("q=1", to: leader)
        w.write("r", count: 3)
        w.run(for: 60)
        return w
    }

    /// The leader of three isolated: each of its two links cut.
    static func isolated() -> RaftWorld {
        var w = running(nodes: 3)
        w.partition([[w.undisputedLeader!]])
        w.run(for: 30)
        return w
    }

    /// Six nodes split three and three.
    static func partitionSix() -> RaftWorld {
        var w = running(nodes: 6)
        let leader = w.undisputedLeader!
        w.partition([[leader, (leader + 2) % 6, (leader + 4) % 6]])
        w.run(for: 300)
        return w
    }

    /// Names of 16 characters, the longest the format allows: cut with "…" where they do
    /// not fit.
    static func longNames() -> RaftWorld {
        var spec = WorldSpec(names: ["Alpha-Centauri-A", "Betelgeuse-Orion", "Proxima-Centauri"])
        spec.seed = 1
        var w = RaftWorld(spec)
        _ = w.wait(limit: 3000) { $0.undisputedLeader != nil }
        w.write("x=1")
        w.run(for: 200)
        return w
    }

    static func violation() -> RaftWorld {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.engine.unsafe = .writeWithoutQuorum
        var w = RaftWorld(spec)
        _ = w.wait(limit: 3000) { $0.undisputedLeader != nil }
        let leader = w.undisputedLeader!
        w.partition([[leader]])
        w.write("s=1", to: leader, acks: .one)
        w.run(for: 1500)
        w.write("t=2", acks: .one)
        w.run(for: 600)
        return w
    }
}
