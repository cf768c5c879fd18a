import Picture
import RaftCore
import RaftSim
import Screen

extension AppState {
    /// The screen's state for a simulated world: its picture (with the events it recorded so
    /// far), as the runtime would publish it.
    public static func of(_ world: RaftWorld, lang: Lang = .en, colors: Bool = true, paused: Bool = false,
                          speed: Double = 0.02) -> AppState {
        AppState(picture: ClusterPicture.of(world, paused: paused, speed: speed), lang: lang, colors: colors)
    }
}

extension ClusterPicture {
    /// The picture of a world, its recorded events described.
    public static func of(_ world: RaftWorld, paused: Bool = false, speed: Double = 0.02) -> ClusterPicture {
        var copy = world
        let events = copy.takeEvents().map(world.eventPicture)
        return world.picture(run: RunPicture(paused: paused, speed: speed, inPast: false, seed: world.seed), events: events)
    }
}
