import Picture

/// Draws the whole screen: a pure function of the state and the size.
public enum Render {
    public static func screen(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        if Layout.tooSmall(width: state.width, height: state.height) {
            TooSmallView.draw(state, into: &buffer)
            return buffer
        }
        if state.player.menu != nil {
            LessonMenuView.draw(state, into: &buffer)
            return buffer
        }
        if state.both {
            BothView.draw(state, into: &buffer)
            if let overlay = state.overlay { OverlayView.draw(overlay, state, into: &buffer) }
            return buffer
        }
        let layout = Layout.of(state)
        HeaderView.draw(state, into: &buffer, rect: layout.header)
        if let banner = layout.banner { BannerView.draw(state, into: &buffer, rect: banner) }
        if state.diagram {
            DiagramView.draw(state, into: &buffer, rect: layout.cluster)
        } else {
            ClusterView.draw(state, into: &buffer, rect: layout.cluster)
        }
        ThroughputView.draw(state, into: &buffer, rect: layout.meter)
        LogTableView.draw(state, into: &buffer, rect: layout.log, cluster: layout.cluster)
        EventsView.draw(state, into: &buffer, rect: layout.events)
        if let narration = layout.narration { NarrationView.draw(state, into: &buffer, rect: narration) }
        FooterView.draw(state, into: &buffer, rect: layout.footer, layout: layout)
        if let overlay = state.overlay { OverlayView.draw(overlay, state, into: &buffer) }
        if state.player.stepList != nil { StepListView.draw(state, into: &buffer) }
        return buffer
    }
}
