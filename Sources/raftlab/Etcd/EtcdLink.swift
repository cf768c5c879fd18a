import EtcdSource
import MainLoop
import Picture

/// A real etcd cluster as the main loop's source (issue 14): its observation pictured when it
/// changed, every poll's frame at most; the keys' actions to the cluster.
final class EtcdLink: PictureSource {
    let cluster: EtcdCluster
    var shown = -1
    /// The time shown last: a picture at least every second keeps the clock moving.
    var shownAt = -1

    init(_ cluster: EtcdCluster) { self.cluster = cluster }

    func newPictures() -> (main: ClusterPicture, side: ClusterPicture?)? {
        let observation = cluster.observation(), now = cluster.elapsed
        guard observation.version != shown || now - shownAt >= 1000 else { return nil }
        shown = observation.version
        shownAt = now
        return (EtcdPicture.picture(observation, settings: cluster.settings, now: now), nil)
    }

    func perform(_ action: Action) { cluster.perform(action) }
}
