import Foundation
import NIOCore
import NIOPosix

/// Loopback servers, clients and waits for the relay tests (issue 14).
enum RelayFixture {
    /// A loopback server for relay tests: answers every chunk it reads with that chunk twice, so the
    /// response side of a link carries twice the request side's bytes.
    final class TwiceServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let channel: any Channel
        var port: Int { channel.localAddress!.port! }

        init() throws {
            channel = try ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { child in
                    child.eventLoop.makeCompletedFuture { try child.pipeline.syncOperations.addHandler(Twice()) }
                }
                .bind(host: "127.0.0.1", port: 0).wait()
        }

        func stop() {
            try? channel.close().wait()
            let done = DispatchSemaphore(value: 0)
            group.shutdownGracefully(queue: DispatchQueue(label: "raftlab.tests.twice")) { _ in done.signal() }
            done.wait()
        }

        final class Twice: ChannelInboundHandler {
            typealias InboundIn = ByteBuffer
            typealias OutboundOut = ByteBuffer

            func channelRead(context: ChannelHandlerContext, data: NIOAny) {
                let bytes = Self.unwrapInboundIn(data)
                context.write(Self.wrapOutboundOut(bytes), promise: nil)
                context.writeAndFlush(Self.wrapOutboundOut(bytes), promise: nil)
            }
        }
    }

    /// A blocking loopback client; every wait is bounded by a deadline (5 s unless told).
    final class Client {
        let fd: Int32
        private(set) var received: [UInt8] = []
        private(set) var closed = false

        init(port: Int) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard result == 0 else {
                let code = errno
                close(fd)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
        }

        deinit { close(fd) }

        /// Sends all of `text`, reading what arrives meanwhile (a peer that answers while we send must
        /// not wait on us), within the deadline.
        func send(_ text: String, within seconds: Double = 5) {
            let bytes = Array(text.utf8)
            let deadline = Date().addingTimeInterval(seconds)
            var offset = 0
            while offset < bytes.count, !closed, Date() < deadline {
                let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
                if n > 0 { offset += n } else { pump(until: Date().addingTimeInterval(0.01)) }
            }
        }

        /// Waits until `count` bytes have arrived in all, or the connection closes, or the deadline passes.
        @discardableResult
        func receive(count: Int, within seconds: Double = 5) -> String {
            let deadline = Date().addingTimeInterval(seconds)
            while received.count < count, !closed, Date() < deadline { pump(until: deadline) }
            return String(decoding: received, as: UTF8.self)
        }

        /// Waits until the other end closes (reading and keeping whatever comes first), or the deadline passes.
        func closesWithin(_ seconds: Double = 5) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while !closed, Date() < deadline { pump(until: deadline) }
            return closed
        }

        private func pump(until deadline: Date) {
            var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let millis = Int32(max(1, min(100, deadline.timeIntervalSinceNow * 1000)))
            guard poll(&waiting, 1, millis) > 0 else { return }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 { received += chunk[0..<n] } else { closed = true }
        }
    }

    /// Polls a condition until it holds or the deadline passes (no sleep stands in for an assertion).
    static func eventually(within seconds: Double = 5, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    /// A loopback port nothing listens on (bound once, then released).
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                _ = bind(fd, pointer, length)
                return getsockname(fd, pointer, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether anything listens on a loopback TCP port, from the kernel's table (state 0A is LISTEN).
    static func isListening(_ port: Int) -> Bool {
        let table = (try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)) ?? ""
        let local = String(format: ":%04X", port)
        return table.split(separator: "\n").dropFirst().contains { line in
            let fields = line.split(separator: " ")
            return fields.count > 3 && fields[1].hasSuffix(local) && fields[3] == "0A"
        }
    }

    /// A request head as etcd's peers send it, naming its sender.
    static func head(from sender: String?, path: String = "/raft/stream/message/1") -> String {
        let named = sender.map { "X-Server-From: \($0)\r\n" } ?? ""
        return "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(named)X-Server-Version: 3.4.23\r\n\r\n"
    }
}
