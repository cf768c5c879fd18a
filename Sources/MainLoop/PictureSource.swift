import Picture
import RaftRuntime

/// Where the main loop's pictures come from and where the keys' actions go: the simulator's
/// runtime (`RuntimeSource`) or a real cluster (issue 14: `raftlab etcd`). The screen sees
/// only pictures either way.
public protocol PictureSource: AnyObject {
    /// The newest pictures (and, in `--mode both`, the Kafka side's), or nil when nothing
    /// changed since the last call or the source is busy.
    func newPictures() -> (main: ClusterPicture, side: ClusterPicture?)?
    func perform(_ action: Action)
}

/// The simulator's runtime as a source: its snapshots, pictured outside its lock, and its
/// commands. Lessons reach the runtime through it too.
public final class RuntimeSource: PictureSource {
    public let runtime: any RuntimeLink
    var pictures = Pictures()
    /// The Kafka side's pictures in `--mode both`.
    var sidePictures = Pictures()
    /// The runtime version last shown.
    var shown = -1

    public init(_ runtime: any RuntimeLink) { self.runtime = runtime }

    public func newPictures() -> (main: ClusterPicture, side: ClusterPicture?)? {
        guard let (snapshot, side) = runtime.snapshotsIfFree() else { return nil }
        let version = snapshot.version + (side?.version ?? 0)
        guard version != shown else { return nil }
        shown = version
        return (pictures.picture(snapshot), side.map { sidePictures.picture($0) })
    }

    public func perform(_ action: Action) { runtime.send(.action(action)) }
}
