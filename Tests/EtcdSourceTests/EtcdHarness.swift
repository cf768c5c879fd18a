import Dispatch
import Foundation
import EtcdSource

/// End-to-end tests against real etcd members (issue 14): they run when an `etcd` executable
/// is found and are skipped, visibly, when not. Members use short timings on free ports; the
/// tests wait with a bounded deadline, never a fixed sleep.
enum EtcdHarness {
    static let binary: String? = try? EtcdBinary.locate(explicit: nil, environment: ProcessInfo.processInfo.environment).get()
    static let skipped = "etcd is not installed here (apt-get install -y etcd-server): the end-to-end etcd tests are skipped"
    static let names = ["Neptune", "Saturn", "Jupiter"]

    static func cluster(links: any PeerLinks, timings: EtcdTimings = .quick, data: String? = nil) -> EtcdCluster {
        EtcdCluster(settings: EtcdSettings(names: names, binary: binary ?? "etcd", timings: timings, dataFolder: data), links: links)
    }

    /// Polls `condition` on the cluster's observation every 50 ms until it holds or `seconds`
    /// pass. Async, so the wait leaves the cooperative threads free for the members' own tasks
    /// (swift-subprocess reads their output there; a blocked pool of two would starve them).
    @discardableResult
    static func wait(_ cluster: EtcdCluster, seconds: Double = 60, _ condition: (EtcdObservation) -> Bool) async -> Bool {
        let deadline = DispatchTime.now() + seconds
        while DispatchTime.now() < deadline {
            if condition(cluster.observation()) { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return condition(cluster.observation())
    }

    /// Runs `body` on a started cluster and stops it afterwards, also when `body` throws.
    static func with(_ cluster: EtcdCluster, _ body: (EtcdCluster) async throws -> Void) async throws {
        try await start(cluster)
        do { try await body(cluster) } catch {
            await stop(cluster)
            throw error
        }
        await stop(cluster)
    }

    /// Starts the cluster off the cooperative threads.
    static func start(_ cluster: EtcdCluster) async throws {
        try await onAThread { try cluster.start() }
    }

    /// Stops the cluster on a thread of its own: `stop` waits for the members to end, which
    /// their tasks on the cooperative threads report.
    static func stop(_ cluster: EtcdCluster) async {
        try? await onAThread { cluster.stop() }
    }

    static func onAThread(_ work: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, Error>) in
            Thread { do { try work(); done.resume() } catch { done.resume(throwing: error) } }.start()
        }
    }

    /// The member every answering member names as leader, with its term.
    static func agreedLeader(_ o: EtcdObservation) -> (member: Int, term: Int)? {
        let answers = o.members.filter { $0.running && !$0.silent }.compactMap(\.status)
        guard answers.count >= 2, let first = answers.first, first.leader != 0,
              answers.allSatisfy({ $0.leader == first.leader }),
              let leader = o.members.firstIndex(where: { $0.decimalID == first.leader }) else { return nil }
        return (leader, first.term)
    }
}
