import Dispatch
import Foundation

/// A real etcd cluster raftlab started (or attached to): its members' processes, the relays
/// between them, the status polls and log lines, and what raftlab has seen (`EtcdObservation`),
/// kept under one lock. Callers are the main loop and tests; polls and log lines arrive on
/// background queues and call `onChange`.
public final class EtcdCluster: Sendable {
    public let settings: EtcdSettings
    let links: any PeerLinks
    /// Status polls give up after a second (a silent member shows as such); the client's puts
    /// and reads wait as long as etcd may take to answer (its request timeout: 5 s plus two
    /// election timeouts, etcd 3.4 `ReqTimeout`).
    let gateway = Gateway(timeout: 1)
    let clientGateway: Gateway
    let state: Locked<EtcdObservation>
    /// The members raftlab started: plans, processes and lives, under one lock.
    let children = Locked(Children())
    let clientURLs: Locked<[String]>
    /// Whether x was read once from a cluster that may hold it (`countOnFromKeptData`).
    let counted = Locked(false)
    /// The relays' counts at the last measure, and when.
    let traffic = Locked<(time: Int, bytes: [UInt64])?>(nil)
    /// Members whose status poll is under way.
    let polling = Locked<Set<Int>>([])
    let queue = DispatchQueue(label: "raftlab.etcd.poll")
    /// The poll timer, held so that `stop` can cancel it.
    let timer = Locked<DispatchSourceTimer?>(nil)
    let started = DispatchTime.now()
    let onChange: @Sendable () -> Void
    /// The temporary folder raftlab made (removed on stop), if any.
    let temporary = Locked<String?>(nil)

    public init(settings: EtcdSettings, links: any PeerLinks, onChange: @escaping @Sendable () -> Void = {}) {
        self.settings = settings
        self.links = links
        self.onChange = onChange
        clientGateway = Gateway(timeout: 5 + 2 * Double(settings.timings.electionMs) / 1000 + 2)
        state = Locked(EtcdObservation(names: settings.names, attached: settings.attached))
        clientURLs = Locked(settings.endpoints ?? [])
    }

    /// ms since the cluster was started.
    public var elapsed: Int { now }
    var now: Int { Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000) }

    /// What raftlab has seen so far.
    public func observation() -> EtcdObservation { state.withLock { $0 } }

    /// The member folders' parent (temporary or `--data`), nil when attached.
    public var folder: String? { temporary.withLock { $0 } ?? settings.dataFolder }

    /// Starts relays and members (or, attached, only the polls).
    public func start() throws {
        if settings.attached { nameAttachedMembers() } else { try startMembers() }
        startPolling()
    }

    /// Attached: each endpoint's member by its own name (`/v3/cluster/member/list`, matched by
    /// client URL), not a planet's; asked once, for at most two seconds.
    func nameAttachedMembers() {
        guard let first = settings.endpoints?.first else { return }
        let answered = DispatchSemaphore(value: 0)
        gateway.post(first, "/v3/cluster/member/list", [:]) { [weak self] answer in
            defer { answered.signal() }
            guard let self, case .success(let reply) = answer else { return }
            let urls = self.clientURLs.withLock { $0 }
            let members = reply.list("members")
            self.state.withLock { observation in
                for (i, url) in urls.enumerated() {
                    let trimmed = url.hasSuffix("/") ? String(url.dropLast()) : url
                    guard let member = members.first(where: { m in
                        (m.value("clientURLs") as? [String] ?? []).contains(trimmed) }),
                          let name = member.string("name"), !name.isEmpty else { continue }
                    observation.members[i].name = name
                }
            }
        }
        _ = answered.wait(timeout: .now() + 2)
    }

    func startMembers() throws {
        let folder = try settings.dataFolder.map { try Self.makeFolder($0) } ?? TemporaryFolder.make()
        if settings.dataFolder == nil { temporary.withLock { $0 = folder } }
        let count = settings.names.count, names = settings.names.map { $0.lowercased() }
        // A kept folder's members come back on the ports they were started with (`KeptPorts`).
        let kept = settings.dataFolder == nil ? nil : try KeptPorts.load(folder: folder, names: names)
        let ports = try kept.map { $0.map(\.client) + $0.map(\.peer) } ?? FreePorts.draw(2 * count)
        let relayPorts = try links.start(targets: Array(ports[count...]), ports: kept?.map(\.relay))
        let made = names.enumerated().map { i, name in
            MemberPlan(name: name, dataDirectory: "\(folder)/\(name)",
                       clientPort: ports[i], peerPort: ports[count + i], relayPort: relayPorts[i])
        }
        if settings.dataFolder != nil, kept == nil { try KeptPorts.save(made, folder: folder) }
        children.withLock { $0 = Children(plans: made) }
        clientURLs.withLock { $0 = made.map(\.clientURL) }
        for i in made.indices { launch(i) }
    }

    /// Starts member `i`'s process from its plan (the first start, or a restart: same folder).
    func launch(_ i: Int) {
        let (all, life) = children.withLock { children in
            children.lives[i] += 1
            return (children.plans, children.lives[i])
        }
        let token = "raftlab-\(getpid())"
        let command = ParentDeath.command(binary: settings.binary,
                                          arguments: all[i].arguments(cluster: all, timings: settings.timings, token: token))
        let process = MemberProcess(binary: command.binary, arguments: command.arguments,
                                    line: { [weak self] text in self?.logLine(text, of: i) },
                                    ended: { [weak self] why in self?.ended(i, why, life: life) })
        children.withLock { $0.processes[i] = process }
        state.withLock { $0.members[i].restarted(); $0.version += 1 }
    }

    /// A member's process ended: by raftlab's SIGKILL, or by itself (shown with etcd's reason).
    /// The end of a process from an earlier life (restarted meanwhile) changes nothing.
    func ended(_ i: Int, _ why: String, life: Int) {
        guard children.withLock({ $0.lives.indices.contains(i) && $0.lives[i] == life }) else { return }
        update { observation, t in
            let expected = !observation.members[i].running
            observation.members[i].running = false
            observation.members[i].paused = false
            observation.members[i].silent = true
            observation.version += 1
            if !expected { observation.add(EtcdEvent(time: t, text: EtcdWords.ended(observation.members[i].name, why), kind: .crashed(i))) }
        }
    }

    /// Stops everything raftlab started: polls, relays, members (SIGCONT, SIGTERM, then SIGKILL
    /// after a bounded wait); removes the temporary folder. Safe to call twice.
    /// A leader told to stop hands its leadership to its longest-connected follower and waits
    /// for that (etcd 3.4 `TransferLeadership`, up to its request timeout); with no peer
    /// connected it stops at once. So the relays close first and followers stop before the
    /// leader; a leader that has not yet noticed its peers gone (it notices on its next
    /// heartbeat) gets a second, then SIGKILL: nothing is left to hand over to, and etcd's
    /// log is on disk before any put is acknowledged.
    public func stop() {
        timer.withLock { $0?.cancel(); $0 = nil }
        queue.sync {}  // a poll under way has posted before the gateways close
        links.stop()
        let all = children.withLock { children -> [MemberProcess?] in
            defer { children.processes = [] }
            return children.processes
        }
        let leading = state.withLock { o in Set(o.members.indices.filter { o.members[$0].claimsToLead }) }
        let followers = all.indices.filter { !leading.contains($0) }.compactMap { all[$0] }
        let leaders = all.indices.filter { leading.contains($0) }.compactMap { all[$0] }
        let deadline = DispatchTime.now() + 5
        for process in followers { process.send(SIGCONT); process.send(SIGTERM) }
        Self.wait(for: followers, until: deadline)
        for process in leaders { process.send(SIGCONT); process.send(SIGTERM) }
        let anyFollowerLeft = followers.contains { !$0.hasEnded }
        Self.wait(for: leaders, until: anyFollowerLeft ? deadline : min(deadline, DispatchTime.now() + 1))
        let running = followers + leaders
        for process in running where !process.hasEnded { process.send(SIGKILL) }
        Self.wait(for: running, until: DispatchTime.now() + 2)
        gateway.close()
        clientGateway.close()
        if let folder = temporary.withLock({ value -> String? in defer { value = nil }; return value }) {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// Waits until every process has ended, at most until `deadline` (polled every 20 ms).
    static func wait(for processes: [MemberProcess], until deadline: DispatchTime) {
        while processes.contains(where: { !$0.hasEnded }), DispatchTime.now() < deadline { usleep(20_000) }
    }

    static func makeFolder(_ path: String) throws -> String {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw FolderError.cannotCreate(path)
        }
        return path
    }

    public enum FolderError: Error, CustomStringConvertible {
        case cannotCreate(String)
        public var description: String {
            switch self { case .cannotCreate(let path): "cannot create the data folder \(path)" }
        }
    }
}

/// The members raftlab started: each one's plan, its process (nil before the first start), and
/// how many times it was launched (an old process's end, reported after a quick restart, is
/// not the new one's).
struct Children: Sendable {
    var plans: [MemberPlan] = []
    var processes: [MemberProcess?] = []
    var lives: [Int] = []

    init(plans: [MemberPlan] = []) {
        self.plans = plans
        processes = Array(repeating: nil, count: plans.count)
        lives = Array(repeating: 0, count: plans.count)
    }

    /// Member `n`'s process while it runs, else nil.
    func running(_ n: Int) -> MemberProcess? {
        guard processes.indices.contains(n), let process = processes[n], !process.hasEnded else { return nil }
        return process
    }
}
