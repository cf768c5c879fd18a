import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// etcd's v3 JSON gateway (grpc-gateway, etcd 3.4: POST `/v3/...` with a JSON body; 64-bit
/// numbers come back as strings, keys and values as base64), over swift-nio: one connection
/// per request (`Connection: close`), given up after `timeout`. (FoundationNetworking's
/// URLSession crashed here when a connection closed before its answer: corelibs-foundation #5285.)
public final class Gateway: Sendable {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let timeout: TimeAmount

    public init(timeout: Double = 2) {
        self.timeout = .milliseconds(Int64(timeout * 1000))
    }

    /// POSTs `body` to `base + path`; `done` gets the decoded JSON object or why not, once.
    public func post(_ base: String, _ path: String, _ body: [String: Any],
                     done: @escaping @Sendable (Result<GatewayAnswer, GatewayError>) -> Void) {
        guard let url = URL(string: base + path), let host = url.host, let port = url.port,
              let data = try? JSONSerialization.data(withJSONObject: body) else {
            return done(.failure(.unreachable("bad request")))
        }
        let answer = GatewayCall(done)
        let payload = [UInt8](data), target = url.path, timeout = self.timeout
        ClientBootstrap(group: group)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                channel.pipeline.addHTTPClientHandlers().flatMap {
                    channel.pipeline.addHandler(GatewayHandler(answer))
                }
            }
            .connect(host: host, port: port)
            .whenComplete { result in
                switch result {
                case .failure(let error): answer.finish(.failure(.unreachable("\(error)")))
                case .success(let channel):
                    let timer = channel.eventLoop.scheduleTask(in: timeout) {
                        answer.finish(.failure(.unreachable("no answer within the timeout")))
                        channel.close(promise: nil)
                    }
                    channel.closeFuture.whenComplete { _ in timer.cancel() }  // answered: no timer left behind
                    var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: target)
                    head.headers.add(name: "Host", value: "\(host):\(port)")
                    head.headers.add(name: "Content-Type", value: "application/json")
                    head.headers.add(name: "Content-Length", value: String(payload.count))
                    head.headers.add(name: "Connection", value: "close")
                    channel.write(HTTPClientRequestPart.head(head), promise: nil)
                    channel.write(HTTPClientRequestPart.body(.byteBuffer(channel.allocator.buffer(bytes: payload))), promise: nil)
                    channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
                }
            }
    }

    /// Ends the event loop (idempotent; not from the loop's own thread).
    public func close() {
        try? group.syncShutdownGracefully()
    }
}

/// One request's answer, given once whatever comes first (the answer, an error, the timeout).
final class GatewayCall: Sendable {
    let done: @Sendable (Result<GatewayAnswer, GatewayError>) -> Void
    let given = Locked(false)

    init(_ done: @escaping @Sendable (Result<GatewayAnswer, GatewayError>) -> Void) { self.done = done }

    func finish(_ result: Result<GatewayAnswer, GatewayError>) {
        guard given.withLock({ given in defer { given = true }; return !given }) else { return }
        done(result)
    }
}

/// Collects one HTTP response and decodes its JSON body.
final class GatewayHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = HTTPClientResponsePart
    let call: GatewayCall
    let response = Locked<(status: UInt, body: [UInt8])>((0, []))

    init(_ call: GatewayCall) { self.call = call }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): response.withLock { $0.status = head.status.code }
        case .body(var buffer): response.withLock { $0.body += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        case .end:
            let (status, body) = response.withLock { $0 }
            let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
            let answer = GatewayAnswer(object)
            call.finish(status == 200 ? .success(answer)
                        : .failure(.refused(answer.string("error") ?? answer.string("message") ?? "HTTP \(status)")))
            context.close(promise: nil)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        call.finish(.failure(.unreachable("the connection closed before an answer")))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        call.finish(.failure(.unreachable("\(error)")))
        context.close(promise: nil)
    }
}

/// A decoded answer: a JSON object read by dotted paths ("header.member_id").
public struct GatewayAnswer: @unchecked Sendable {
    /// JSON objects are immutable once decoded here.
    let object: [String: Any]
    init(_ object: [String: Any]) { self.object = object }

    public func value(_ path: String) -> Any? {
        var current: Any? = object
        for part in path.split(separator: ".") { current = (current as? [String: Any])?[String(part)] }
        return current
    }

    public func string(_ path: String) -> String? { value(path).map { "\($0)" } }

    /// A 64-bit number, sent as a string or a number; absent zero values are left out of the
    /// gateway's JSON, so nil reads as 0.
    public func number(_ path: String) -> UInt64 { string(path).flatMap { UInt64($0) } ?? 0 }

    public func list(_ path: String) -> [GatewayAnswer] {
        (value(path) as? [[String: Any]] ?? []).map(GatewayAnswer.init)
    }
}

public enum GatewayError: Error, Sendable, Equatable {
    /// No answer: the member is down, paused or cut off.
    case unreachable(String)
    /// The member answered with an error (no leader, a timeout, ...).
    case refused(String)
}
