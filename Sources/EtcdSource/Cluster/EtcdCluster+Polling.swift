import Dispatch
import Foundation

/// Every `pollMs`, each member's `/v3/maintenance/status` (role, term, committed and applied
/// index) and the relays' byte counts (issue 14).
extension EtcdCluster {
    func startPolling() {
        let source = DispatchSource.makeTimerSource(queue: queue)
        source.schedule(deadline: .now(), repeating: .milliseconds(settings.pollMs))
        source.setEventHandler { [weak self] in self?.poll() }
        timer.withLock { $0 = source }
        source.resume()
    }

    func poll() {
        let urls = clientURLs.withLock { $0 }
        for (i, url) in urls.enumerated() where polling.withLock({ $0.insert(i).inserted }) {
            gateway.post(url, "/v3/maintenance/status", [:]) { [weak self] answer in self?.answered(i, answer) }
        }
        measureLinks()
    }

    /// Bytes per second per link over the last half second (the relays count, this divides).
    func measureLinks() {
        let t = now
        if let last = traffic.withLock({ $0 }), t - last.time < 500 { return }  // the relays are counted twice a second
        let bytes = links.bytes(members: settings.names.count)
        let rates = traffic.withLock { last -> [Int]? in
            guard let previous = last else { last = (t, bytes); return nil }
            guard t - previous.time >= 500, previous.bytes.count == bytes.count else { return nil }
            last = (t, bytes)
            return zip(bytes, previous.bytes).map { Int(($0 &- $1) * 1000 / UInt64(t - previous.time)) }
        }
        guard let rates else { return }
        state.withLock { observation in
            if observation.linkRates != rates { observation.linkRates = rates; observation.version += 1 }
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
        if case .success(let reply) = answer, reply.number("leader") != 0 { countOnFromKeptData(at: i) }
        onChange()
    }

    /// A cluster that came back from `--data` (or an attached one) may hold x already: once a
    /// leader is known, x is read once so that the next put goes on from it (x=6 after x=5)
    /// instead of writing x=1 over it.
    func countOnFromKeptData(at i: Int) {
        guard settings.dataFolder != nil || settings.attached,
              counted.withLock({ done in defer { done = true }; return !done }) else { return }
        clientGateway.post(url(i), "/v3/kv/range", ["key": Self.base64(Self.key)]) { [weak self] answer in
            guard let self, case .success(let reply) = answer,
                  let value = reply.list("kvs").first?.string("value").flatMap(Self.unbase64).flatMap({ Int($0) }) else { return }
            self.state.withLock { $0.lastValue = max($0.lastValue, value) }
        }
    }
}
