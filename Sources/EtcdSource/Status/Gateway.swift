import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// etcd's v3 JSON gateway (grpc-gateway, etcd 3.4: POST `/v3/...` with a JSON body; 64-bit
/// numbers come back as strings, keys and values as base64).
public struct Gateway: Sendable {
    let session: URLSession

    public init(timeout: TimeInterval = 2) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpMaximumConnectionsPerHost = 2
        session = URLSession(configuration: configuration)
    }

    /// POSTs `body` to `base + path`; `done` gets the decoded JSON object or why not.
    public func post(_ base: String, _ path: String, _ body: [String: Any],
                     done: @escaping @Sendable (Result<GatewayAnswer, GatewayError>) -> Void) {
        guard let url = URL(string: base + path), let data = try? JSONSerialization.data(withJSONObject: body) else {
            return done(.failure(.unreachable("bad request")))
        }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = data
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        session.dataTask(with: request) { data, response, error in
            if let error { return done(.failure(.unreachable(error.localizedDescription))) }
            let object = data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
            let answer = GatewayAnswer(object)
            let code = (response as? HTTPURLResponse)?.statusCode ?? 0
            guard code == 200 else {
                return done(.failure(.refused(answer.string("error") ?? answer.string("message") ?? "HTTP \(code)")))
            }
            done(.success(answer))
        }.resume()
    }

    /// Ends the session's connections.
    public func close() { session.invalidateAndCancel() }
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
