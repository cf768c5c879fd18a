import Foundation

/// Free loopback ports, asked of the kernel (bind port 0, read it, close): 2379/2380 may be a
/// system etcd's (issue 14). All sockets stay open until every port is drawn, so none repeats.
public enum FreePorts {
    public static func draw(_ count: Int) throws -> [Int] {
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        var ports: [Int] = []
        for _ in 0..<count {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw PortError.noSocket }
            sockets.append(fd)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                    bind(fd, raw, length) == 0 && getsockname(fd, raw, &length) == 0
                }
            }
            guard bound else { throw PortError.noSocket }
            ports.append(Int(UInt16(bigEndian: address.sin_port)))
        }
        return ports
    }

    public enum PortError: Error, CustomStringConvertible {
        case noSocket
        public var description: String { "no free loopback port" }
    }
}
