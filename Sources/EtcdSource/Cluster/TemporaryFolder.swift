import Foundation

/// The temporary folder of a cluster raftlab starts (`TMPDIR/raftlab-etcd-XXXXXX`), which names
/// its owner in `raftlab.pid`. A raftlab killed by SIGKILL cannot remove its folder, nor (without
/// `setpriv`, see `ParentDeath`) stop its members; the next `raftlab etcd` does both.
enum TemporaryFolder {
    static let prefix = "raftlab-etcd-"
    static let ownerFile = "raftlab.pid"

    /// Makes a new folder owned by this process, after sweeping those of dead owners.
    static func make(parent: String = defaultParent) throws -> String {
        sweep(parent: parent)
        var template = Array((parent + "/" + prefix + "XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw EtcdCluster.FolderError.cannotCreate(parent) }
        let folder = String(cString: made)
        try? "\(getpid())\n".write(toFile: folder + "/" + ownerFile, atomically: true, encoding: .utf8)
        return folder
    }

    /// Removes the folders under `parent` whose owner has ended, after killing any etcd still
    /// running from them; returns the folders removed. Folders without an owner file are left.
    @discardableResult
    static func sweep(parent: String = defaultParent) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return names.filter { $0.hasPrefix(prefix) }.map { parent + "/" + $0 }.filter { folder in
            guard let text = try? String(contentsOfFile: folder + "/" + ownerFile, encoding: .utf8),
                  let owner = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  !isAlive(owner) else { return false }
            for pid in processes(using: folder) { kill(pid, SIGKILL) }
            return (try? FileManager.default.removeItem(atPath: folder)) != nil
        }
    }

    /// Whether `pid` names a process (kill(2) with signal 0; EPERM: alive, someone else's).
    static func isAlive(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 || errno == EPERM }

    /// The processes whose command line names a path inside `folder` (proc(5) cmdline).
    static func processes(using folder: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(pid_t.init).filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).split(separator: "\0").contains { $0.hasPrefix(folder + "/") }
        }
    }

    static var defaultParent: String {
        let parent = NSTemporaryDirectory()
        return parent.hasSuffix("/") ? String(parent.dropLast()) : parent
    }
}
