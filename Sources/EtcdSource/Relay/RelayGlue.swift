import NIOCore

/// One end of a relayed connection (issue 14): bytes read here are written to the partner's
/// channel, reads wait while the partner cannot take more (backpressure), and when either channel
/// closes the other closes once what it was given is written. On the request side a `HeadScanner`
/// reads heads until one names the sender; then the ledger decides whether the link may carry it.
final class RelayGlue: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let ledger: RelayLedger
    private let isRequestSide: Bool
    private var scanner: HeadScanner?
    private var partner: RelayGlue?
    private var context: ChannelHandlerContext?
    private var connection: Int?
    private var pendingRead = false

    init(ledger: RelayLedger, requestSide: Bool) {
        self.ledger = ledger
        self.isRequestSide = requestSide
        self.scanner = requestSide ? HeadScanner() : nil
    }

    /// Joins the accepted channel's glue with the target channel's, under the ledger's connection id.
    static func join(_ request: RelayGlue, _ response: RelayGlue, connection: Int) {
        request.partner = response
        response.partner = request
        request.connection = connection
        response.connection = connection
        request.readIfPending()
        response.readIfPending()
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    /// The accepted channel turns active after the join: the target side's first read may wait on it.
    func channelActive(context: ChannelHandlerContext) {
        partner?.readIfPending()
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard let partner, let connection else { return }
        var bytes = Self.unwrapInboundIn(data)
        if var scanner {
            let outcome = scanner.feed(bytes)
            self.scanner = outcome.done ? nil : scanner
            if let sender = outcome.sender, !ledger.identify(connection, sender: sender) {
                return closeBoth()
            }
            bytes = outcome.release
        }
        guard bytes.readableBytes > 0 else { return }
        ledger.count(connection, request: isRequestSide, bytes: bytes.readableBytes)
        partner.write(bytes)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        partner?.flush()
    }

    func channelInactive(context: ChannelHandlerContext) {
        if let connection { ledger.forget(connection) }
        partner?.closeAfterWrites()
        partner = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { partner?.readIfPending() }
        context.fireChannelWritabilityChanged()
    }

    /// Reads only while the partner can take what is read.
    func read(context: ChannelHandlerContext) {
        if let partner, partner.isWritable {
            context.read()
        } else {
            pendingRead = true
        }
    }

    private var isWritable: Bool {
        context?.channel.isWritable ?? false
    }

    private func readIfPending() {
        guard pendingRead, let context, partner?.isWritable == true else { return }
        pendingRead = false
        context.read()
    }

    private func write(_ bytes: ByteBuffer) {
        context?.write(Self.wrapOutboundOut(bytes), promise: nil)
    }

    private func flush() {
        context?.flush()
    }

    /// Closes once the bytes already given are written (they keep their order).
    private func closeAfterWrites() {
        guard let context else { return }
        let channel = context.channel
        context.writeAndFlush(Self.wrapOutboundOut(channel.allocator.buffer(capacity: 0))).whenComplete { _ in
            channel.close(promise: nil)
        }
        partner = nil
    }

    private func closeBoth() {
        partner?.context?.close(promise: nil)
        context?.close(promise: nil)
    }
}
