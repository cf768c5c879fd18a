import EtcdSource
import MainLoop
import Picture

/// A real etcd cluster as the main loop's source (issue 14): its observation pictured when it
/// changed, every poll's frame at most; the keys' actions to the cluster.
final class EtcdLink: PictureSource {
    let cluster: EtcdCluster
    /// The guided tour (`--tour`), shown as the lesson player shows a lesson.
    let tour: EtcdTour?
    var shown = -1
    /// The time shown last: a picture at least every second keeps the clock moving.
    var shownAt = -1

    init(_ cluster: EtcdCluster, tour: EtcdTour? = nil) {
        self.cluster = cluster
        self.tour = tour
    }

    func newPictures() -> (main: ClusterPicture, side: ClusterPicture?)? {
        let observation = cluster.observation(), now = cluster.elapsed
        guard observation.version != shown || now - shownAt >= 1000 else { return nil }
        shown = observation.version
        shownAt = now
        var picture = EtcdPicture.picture(observation, settings: cluster.settings, now: now)
        picture.lesson = tour?.report(observation, settings: cluster.settings, now: now)
        return (picture, nil)
    }

    func perform(_ action: Action) {
        shown = -1  // the next turn draws what the action changed
        guard case .lesson(let request) = action else { cluster.perform(action); return }
        if request == .goOn { tour?.goOn(cluster.observation(), settings: cluster.settings, now: cluster.elapsed) }
    }
}
