import ArgumentParser
import EtcdSource
import Foundation
import Glibc
import MainLoop
import Picture
import RaftSim
import Screen
import Terminal

/// `raftlab etcd`: a real etcd cluster (Debian's etcd-server, etcd 3.4) started on loopback
/// as Neptune, Saturn and Jupiter and shown on the sandbox's screen (issue 14).
struct EtcdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "etcd",
        abstract: "A real etcd cluster on the same screen: members started on loopback as the planets, or attached with --endpoints.",
        discussion: """
            raftlab starts the members (etcd from PATH or --etcd) on free loopback ports, each in a \
            temporary folder (or under --data, kept), with peer traffic through relays raftlab runs \
            so that p can cut links; it removes what it started when it quits. Keys: c kills \
            (SIGKILL), r restarts, z pauses (SIGSTOP) and resumes, p isolates, h heals, w/W put, \
            R reads (v: serializable or linearizable), T hands leadership to the selected member.
            """)

    @Option(help: "Members to start, 1 to 5.")
    var nodes = 3

    @Option(name: .customLong("etcd"), help: "The etcd executable (default: etcd on PATH).")
    var etcdPath: String?

    @Option(help: "A folder for the members' data, kept after quitting, and their ports, so that starting again on it brings the same cluster back (default: a temporary folder, removed).")
    var data: String?

    @Option(help: "Client URLs of a running cluster to attach to, comma-separated (raftlab starts nothing; c r z p h are off).")
    var endpoints: String?

    @Option(help: "The members' heartbeat interval in ms (etcd --heartbeat-interval).")
    var heartbeat = EtcdTimings.watchable.heartbeatMs

    @Option(help: "The members' election timeout in ms (etcd --election-timeout; each follower draws between it and twice it).")
    var election = EtcdTimings.watchable.electionMs

    @Option(help: "Language: en or ko (default: from LANG/LC_ALL).")
    var lang: Lang?

    @Option(help: "Record the session as an asciicast v2 file (asciinema plays it).")
    var cast: String?

    @Flag(help: "A short guided tour: kill the leader, isolate it, read stale data; each step checks the real cluster.")
    var tour = false

    var timings: EtcdTimings { EtcdTimings(heartbeatMs: heartbeat, electionMs: election) }

    var endpointList: [String]? {
        endpoints.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
    }

    func validate() throws {
        guard (1...5).contains(nodes) else { throw ValidationError("--nodes must be from 1 to 5, found \(nodes)") }
        if tour, nodes < 3 { throw ValidationError("--tour needs at least 3 members (a majority must survive a lost leader)") }
        if let problem = timings.problem { throw ValidationError(problem) }
        if let list = endpointList {
            // raftlab's gateway speaks plain HTTP to a host and port (etcd's default client URLs).
            guard !list.isEmpty, list.count <= 9,
                  list.allSatisfy({ URL(string: $0).map { $0.scheme == "http" && $0.host != nil && $0.port != nil } ?? false }) else {
                throw ValidationError("--endpoints must be 1 to 9 client URLs with a port, such as http://127.0.0.1:2379, comma-separated (https is not supported)")
            }
            if data != nil || etcdPath != nil { throw ValidationError("--endpoints attaches to a running cluster: --data and --etcd start one") }
            if tour { throw ValidationError("--tour kills and isolates members: it needs a cluster raftlab starts, not --endpoints") }
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try self.settings(environment)
        if let cast { try LiveCast.check(cast) }
        try LiveTerminal.require("the etcd view")
        let wanted = Lang(rawValue: Language.detect(explicit: lang?.rawValue, environment: environment)) ?? .en
        let session = try LiveTerminal.open(environment: environment)
        let language = LiveTerminal.language(wanted, on: session)
        let recording = cast.map { _ in LiveCast.console(session, environment: environment) }
        let wake = session.wake
        let cluster = EtcdCluster(settings: settings, links: settings.attached ? NoLinks() : PeerRelays(),
                                  onChange: { wake.wake() })
        do { try cluster.start() } catch {
            session.finish(keepingSignalsIgnored: true)
            Self.stopping { cluster.stop() }
            printError("raftlab: cannot start the etcd cluster: \(error)")
            throw ExitCode(1)
        }
        var state = AppState(picture: ClusterPicture(), lang: language, colors: session.backend.depth != .none)
        state.readMode = .readIndex
        state.player.lang = language.rawValue  // the tour's text, as a lesson's
        var loop = MainLoop(source: EtcdLink(cluster, tour: tour ? EtcdTour() : nil), console: recording ?? session, state: state)
        let code = loop.run()
        session.log.write(code == 0 ? "quit" : "stopped by signal \(code - 128)")
        session.finish(keepingSignalsIgnored: true)
        if !settings.attached { printError("raftlab: stopping the etcd members it started (SIGTERM, then SIGKILL after 5 s)...") }
        Self.stopping { cluster.stop() }
        let saved = LiveCast.save(recording, to: cast)
        if code != 0 { throw ExitCode(code) }
        if !saved { throw ExitCode(1) }
    }

    /// Runs `stop` with SIGINT, SIGTERM and SIGHUP still ignored (`finish` kept them so, leaving
    /// no moment between): a second Ctrl-C, or the hang-up that follows a lost terminal's shell,
    /// would end raftlab before its members and their folder are gone. SIGQUIT still can.
    static func stopping(_ stop: () -> Void) {
        Glibc.signal(SIGQUIT, SIG_DFL)
        stop()
        for signal in SignalWatcher.watched { Glibc.signal(signal, SIG_DFL) }
    }

    /// The settings, or exit 2 with how to install etcd when there is none.
    func settings(_ environment: [String: String]) throws -> EtcdSettings {
        let names = Array(WorldSpec.planets.prefix(endpointList?.count ?? nodes))
        if let list = endpointList {
            return EtcdSettings(names: names, binary: "", timings: timings, endpoints: list)
        }
        switch EtcdBinary.locate(explicit: etcdPath, environment: environment) {
        case .success(let binary): return EtcdSettings(names: names, binary: binary, timings: timings, dataFolder: data)
        case .failure(let problem):
            printError("raftlab: \(problem)")
            throw ExitCode(2)
        }
    }
}
