import Testing
import Picture
import RaftCore
@testable import RaftSim

/// Values come from scenario files: the picture the screen draws shows them escaped ("Limits").
@Suite struct ShownValueTests {
    @Test func thePictureShowsValuesWithControlCharactersEscaped() {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.state[0] = InitialState(term: 1, log: [LogItem(term: 1, value: "k\u{1B}[2J=v\u{07}")], commit: 1)
        var world = RaftWorld(spec)
        world.run(for: 0)
        let picture = world.picture(run: RunPicture(paused: true, speed: 1, inPast: false, seed: 1), events: [])
        let neptune = picture.nodes[0]
        #expect(neptune.log.tail.map(\.value) == ["k\\u{1B}[2J=v\\u{7}"])
        #expect(neptune.applyState.map(\.key) == ["k\\u{1B}[2J"])
        #expect(neptune.applyState.map(\.value) == ["v\\u{7}"])
        #expect(world.value(of: Entry(term: 1, write: 1)) == "k\u{1B}[2J=v\u{07}", "the world keeps the value as written")
    }
}
