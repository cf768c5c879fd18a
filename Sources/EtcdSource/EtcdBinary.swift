import Foundation

/// Where the `etcd` executable is: `--etcd PATH`, else the first `etcd` on PATH (issue 14).
public enum EtcdBinary {
    /// The install line a learner is told when no etcd is found (Debian 12: etcd 3.4).
    public static let installHint = "apt-get install -y etcd-server"

    /// The executable's path, or why there is none.
    public static func locate(explicit: String?, environment: [String: String]) -> Result<String, Problem> {
        if let explicit {
            return isExecutable(explicit) ? .success(explicit) : .failure(.notExecutable(explicit))
        }
        return onPath("etcd", environment: environment).map { .success($0) } ?? .failure(.notFound)
    }

    /// The first executable `name` in PATH's folders, or nil (also for `setpriv`, `ParentDeath`).
    public static func onPath(_ name: String, environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").filter { !$0.isEmpty }.map { "\($0)/\(name)" }.first(where: isExecutable)
    }

    /// A regular file with an execute bit (root's `access(X_OK)` says yes to any file).
    static func isExecutable(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_mode & 0o111 != 0
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notFound
        case notExecutable(String)

        public var description: String {
            switch self {
            case .notFound:
                return "no etcd on PATH; install it with `\(EtcdBinary.installHint)` (Debian's etcd 3.4), or name it with --etcd PATH"
            case .notExecutable(let path):
                return "--etcd \(path): not an executable file"
            }
        }
    }
}
