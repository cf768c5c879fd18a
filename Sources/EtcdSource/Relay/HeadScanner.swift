import NIOCore

/// Reads the request side of a relayed connection until a request head names its sender in
/// `X-Server-From` (issue 14): a head is held back until it ends, so a request from an isolated
/// member is never forwarded; heads without the header (version probes, `/raft/probing`) pass,
/// their `Content-Length` bodies are skipped, and the next head on the kept-alive connection is
/// read in turn. A head longer than `bound`, or a chunked body, ends the reading: the rest passes.
struct HeadScanner {
    /// What a feed lets through, and the sender if a head named one (the scanner is then done).
    struct Outcome {
        var release: ByteBuffer
        var sender: String?
        var done: Bool
    }

    enum State: Equatable {
        case head
        case body(remaining: Int)
        case opaque
    }

    static let headEnd: [UInt8] = Array("\r\n\r\n".utf8)
    let bound: Int
    private(set) var state = State.head
    private var held: ByteBuffer

    init(bound: Int = 16 * 1024) {
        self.bound = bound
        self.held = ByteBufferAllocator().buffer(capacity: 0)
    }

    /// Takes the next bytes of the request side; returns what may go on now.
    mutating func feed(_ bytes: ByteBuffer) -> Outcome {
        var input = bytes
        var release = ByteBufferAllocator().buffer(capacity: input.readableBytes)
        while input.readableBytes > 0 {
            switch state {
            case .opaque:
                release.writeBuffer(&input)
            case .body(let remaining):
                let take = min(remaining, input.readableBytes)
                var part = input.readSlice(length: take)!
                release.writeBuffer(&part)
                state = remaining == take ? .head : .body(remaining: remaining - take)
            case .head:
                held.writeBuffer(&input)
                guard let end = Self.endOfHead(in: held) else {
                    if held.readableBytes > bound { state = .opaque; release.writeBuffer(&held) }
                    return Outcome(release: release, sender: nil, done: state == .opaque)
                }
                var head = held.readSlice(length: end)!
                input = held
                held.clear()
                let fields = Self.fields(of: head)
                release.writeBuffer(&head)
                if let sender = fields.sender {
                    release.writeBuffer(&input)
                    return Outcome(release: release, sender: sender, done: true)
                }
                state = fields.chunked ? .opaque : (fields.length > 0 ? .body(remaining: fields.length) : .head)
            }
        }
        return Outcome(release: release, sender: nil, done: state == .opaque)
    }

    /// The length of the head including its blank line, if the held bytes hold all of it.
    static func endOfHead(in buffer: ByteBuffer) -> Int? {
        let view = buffer.readableBytesView
        guard view.count >= headEnd.count else { return nil }
        var index = view.startIndex
        while index <= view.endIndex - headEnd.count {
            if view[index] == 13, view[index + 1] == 10, view[index + 2] == 13, view[index + 3] == 10 {
                return index - view.startIndex + headEnd.count
            }
            index += 1
        }
        return nil
    }

    /// The head's sender (`X-Server-From`, as etcd writes a member id: hex) and body framing.
    static func fields(of head: ByteBuffer) -> (sender: String?, length: Int, chunked: Bool) {
        var sender: String?
        var length = 0
        var chunked = false
        for line in String(decoding: head.readableBytesView, as: UTF8.self).split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = String(line[line.index(after: colon)...].trimmingSpaces)
            switch name {
            case "x-server-from": sender = MemberID.normalized(value)
            case "content-length": length = Int(value) ?? 0
            case "transfer-encoding": chunked = chunked || value.lowercased().contains("chunked")
            default: break
            }
        }
        return (sender, length, chunked)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
