import Dispatch
import Foundation

/// Every `pollMs`, each member's `/v3/maintenance/status` (role, term, committed and applied
/// index) and the relays' byte counts (issue 14).
extension EtcdCluster {
    func startPolling() {
        let source = DispatchSource.makeTimerSource(queue: queue)
        source.schedule(deadline: .now(), repeating: .milliseconds(settings.pollMs))
        source.setEventHandler { [weak self] in self?.poll() }
        timer.hold(source)
        source.resume()
    }

    func poll() {
        let urls = clientURLs.withLock { $0 }
        for (i, url) in urls.enumerated() where polling.withLock({ $0.insert(i).inserted }) {
            gateway.post(url, "/v3/maintenance/status", [:]) { [weak self] answer in self?.answered(i, answer) }
        }
        let bytes = links.bytes(members: settings.names.count)
        state.withLock { observation in
            if observation.linkBytes != bytes { observation.linkBytes = bytes; observation.version += 1 }
        }
    }

    func answered(_ i: Int, _ answer: Result<GatewayAnswer, GatewayError>) {
        polling.withLock { _ = $0.remove(i) }
        let t = now
        var learned: String?
        state.withLock { observation in
            var member = observation.members[i]
            switch answer {
            case .success(let reply):
                let status = MemberStatus(reply)
                if member.decimalID == nil { learned = String(status.memberID, radix: 16) }
                member.decimalID = status.memberID
                if member.status != status || member.silent { observation.version += 1 }
                member.status = status
                member.answeredAt = t
                member.silent = false
            case .failure:
                if !member.silent { observation.version += 1 }
                member.silent = true
            }
            observation.members[i] = member
        }
        if let learned { links.name(memberID: learned, as: i) }
        onChange()
    }
}

/// The poll timer, held so that `stop` can cancel it (a Dispatch source is thread-safe).
final class PollTimer: @unchecked Sendable {
    private let lock = NSLock()
    private var source: DispatchSourceTimer?

    func hold(_ source: DispatchSourceTimer) { lock.withLock { self.source = source } }
    func cancel() { lock.withLock { source?.cancel(); source = nil } }
}
