import Picture
import Screen

/// Terminal key codes to the screen's keys (the codes are ncurses' KEY_* values).
public enum KeyMap {
    /// Curses key codes (curses.h), named here so this mapping needs no curses.
    public enum Code {
        public static let down: Int32 = 0o402, up: Int32 = 0o403, left: Int32 = 0o404, right: Int32 = 0o405
        public static let backspace: Int32 = 0o407, pageDown: Int32 = 0o522, pageUp: Int32 = 0o523
        public static let enter: Int32 = 0o527, backTab: Int32 = 0o541, mouse: Int32 = 0o631, resize: Int32 = 0o632
    }

    /// A typed character (what wget_wch returns with OK); nil for other control characters.
    public static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A function key (what wget_wch returns with KEY_CODE_YES), except mouse and resize.
    public static func function(_ code: Int32) -> Key? {
        switch code {
        case Code.up: .up
        case Code.down: .down
        case Code.left: .left
        case Code.right: .right
        case Code.pageUp: .pageUp
        case Code.pageDown: .pageDown
        case Code.backTab: .backTab
        case Code.enter: .enter
        case Code.backspace: .backspace
        default: nil
        }
    }
}
