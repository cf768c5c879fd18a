/// Where each node's card sits in the cluster view: shared by drawing and mouse clicks.
public enum ClusterGeometry {
    /// The card rectangles of the cluster view, by node.
    public static func cards(_ state: AppState) -> [Rect] {
        let layout = Layout(width: state.width, height: state.height, nodes: state.nodeCount,
                            banner: !state.world.violations.isEmpty)
        return cards(in: layout.cluster, nodes: state.nodeCount)
    }

    /// Cards on a ring (an ellipse) inside `area`, the first node at the top, clockwise.
    public static func cards(in area: Rect, nodes: Int) -> [Rect] {
        let size = cardSize(area: area, nodes: nodes)
        guard nodes > 0 else { return [] }
        if nodes == 1 {
            return [Rect(x: area.x + (area.width - size.width) / 2, y: area.y + (area.height - size.height) / 2,
                         width: size.width, height: size.height)]
        }
        let cx = Double(area.x) + Double(area.width) / 2
        let cy = Double(area.y) + Double(area.height) / 2
        let rx = max(0, Double(area.width - size.width) / 2)
        let ry = max(0, Double(area.height - size.height) / 2)
        return (0..<nodes).map { k in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(k) / Double(nodes)
            let x = cx + rx * cos(angle) - Double(size.width) / 2
            let y = cy + ry * sin(angle) - Double(size.height) / 2
            return Rect(x: Int(x.rounded()), y: Int(y.rounded()), width: size.width, height: size.height)
        }
    }

    /// Cards shrink with the space: full cards (5 rows) where they fit, else compact ones.
    public static func cardSize(area: Rect, nodes: Int) -> (width: Int, height: Int) {
        let tall = area.height >= (nodes <= 4 ? 12 : 18)
        let width = area.width >= 100 ? 24 : (area.width >= 70 ? 20 : 18)
        return (width, tall ? 5 : (area.height >= 10 ? 3 : 2))
    }

    /// The node whose card holds the cell (x, y), if any.
    public static func node(at x: Int, _ y: Int, _ state: AppState) -> Int? {
        cards(state).firstIndex { $0.contains(x: x, y: y) }
    }
}

#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
