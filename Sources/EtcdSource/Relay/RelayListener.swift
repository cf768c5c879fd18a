import NIOCore
import NIOPosix

/// One member's relay (issue 14): listens on 127.0.0.1 and joins each accepted connection to a new
/// connection to the member's real peer port; a connection its member's isolation forbids, or
/// whose target refuses, is closed.
enum RelayListener {
    struct Refused: Error {}

    /// Binds the relay of `member` on `port` (0: any free one), forwarding to `target`.
    static func bind(member: Int, port: Int, target: Int, group: any EventLoopGroup, ledger: RelayLedger) throws -> any Channel {
        try ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { inbound in
                accept(inbound, member: member, target: target, ledger: ledger)
            }
            .bind(host: "127.0.0.1", port: port)
            .wait()
    }

    /// Connects to the target and joins the two channels; a failed future closes the accepted one.
    static func accept(_ inbound: any Channel, member: Int, target: Int, ledger: RelayLedger) -> EventLoopFuture<Void> {
        guard ledger.admits(member) else { return inbound.eventLoop.makeFailedFuture(Refused()) }
        let requestGlue = RelayGlue(ledger: ledger, requestSide: true)
        do {
            try inbound.pipeline.syncOperations.addHandler(requestGlue)
        } catch {
            return inbound.eventLoop.makeFailedFuture(error)
        }
        return ClientBootstrap(group: inbound.eventLoop)
            .connectTimeout(.seconds(3))
            .channelInitializer { outbound in
                outbound.eventLoop.makeCompletedFuture {
                    try outbound.pipeline.syncOperations.addHandler(RelayGlue(ledger: ledger, requestSide: false))
                }
            }
            .connect(host: "127.0.0.1", port: target)
            .assumeIsolated()
            .flatMapThrowing { outbound in
                let responseGlue = try outbound.pipeline.syncOperations.handler(type: RelayGlue.self)
                guard let id = ledger.register(member: member, channels: [inbound, outbound]) else {
                    outbound.close(promise: nil)
                    throw Refused()
                }
                RelayGlue.join(requestGlue, responseGlue, connection: id)
            }
            .nonisolated()
    }
}
