import NIOCore

/// The relays' book behind a lock, shared by the public API's callers and the event loop (issue 14);
/// channels a change cuts are closed outside the lock.
final class RelayLedger: Sendable {
    private let book = Locked(RelayBook())

    func admits(_ member: Int) -> Bool {
        book.withLock { $0.admits(member) }
    }

    func register(member: Int, channels: [any Channel]) -> Int? {
        book.withLock { $0.register(member: member, channels: channels) }
    }

    func identify(_ id: Int, sender: String) -> Bool {
        book.withLock { $0.identify(id, sender: sender) }
    }

    func count(_ id: Int, request: Bool, bytes: Int) {
        book.withLock { $0.count(id, request: request, bytes: bytes) }
    }

    func forget(_ id: Int) {
        book.withLock { $0.forget(id) }
    }

    func name(_ sender: String, as member: Int) {
        close(book.withLock { book in
            book.names[sender] = member
            return book.sweep()
        })
    }

    func isolate(_ member: Int) {
        close(book.withLock { book in
            book.isolated.insert(member)
            return book.sweep()
        })
    }

    func heal() {
        book.withLock { $0.isolated.removeAll() }
    }

    func isolated() -> Set<Int> {
        book.withLock { $0.isolated }
    }

    func links() -> [RelayLink: UInt64] {
        book.withLock { $0.links() }
    }

    func stopAll() {
        close(book.withLock { $0.stopAll() })
    }

    private func close(_ channels: [any Channel]) {
        for channel in channels { channel.close(promise: nil) }
    }
}
