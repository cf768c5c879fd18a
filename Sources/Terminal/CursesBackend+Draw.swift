import CNcurses
import Screen

/// Drawing: every cell of the buffer, in runs of one style; rows unchanged since the last
/// frame are skipped (curses still holds them, and sends only differences anyway).
extension CursesBackend {
    /// Shows `buffer`; a part of it outside the terminal (during a resize) is left out.
    public func draw(_ buffer: ScreenBuffer) {
        guard open else { return }
        let (width, height) = size
        let columns = min(buffer.width, width)
        var previous = shown
        if previous?.width != buffer.width || previous?.height != buffer.height || shownSize != (width, height) {
            if buffer.width < width || buffer.height < height { werase(window) }
            previous = nil
        }
        for y in 0..<min(buffer.height, height) where previous.map({ !Self.sameRow($0, buffer, y) }) ?? true {
            unicode ? drawRow(buffer, y, width: columns) : drawASCIIRow(buffer, y, width: columns)
        }
        shown = buffer
        shownSize = (width, height)
        wnoutrefresh(window)
        doupdate()
    }

    /// Whether row `y` is the same in both buffers (of one size): curses still holds it.
    static func sameRow(_ a: ScreenBuffer, _ b: ScreenBuffer, _ y: Int) -> Bool {
        let row = (y * a.width)..<((y + 1) * a.width)
        return a.cells[row] == b.cells[row]
    }

    /// Runs of cells with one style, each written with one call; the right half of a
    /// double-width character is never written (its left half covers it).
    func drawRow(_ buffer: ScreenBuffer, _ y: Int, width: Int) {
        run.removeAll(keepingCapacity: true)
        var runStart = 0
        var runStyle: Style? = nil
        var x = 0
        while x < width {
            let cell = buffer[x, y]
            if cell.style != runStyle {
                flush(x: runStart, y: y, style: runStyle)
                runStart = x
                runStyle = cell.style
            }
            x += appendGlyph(buffer, x, y, width: width)
        }
        flush(x: runStart, y: y, style: runStyle)
    }

    /// Appends the UTF-8 of the cell at (x, y) to the run; returns the columns it takes (1 or 2).
    func appendGlyph(_ buffer: ScreenBuffer, _ x: Int, _ y: Int, width: Int) -> Int {
        let cell = buffer[x, y]
        let space = UInt8(ascii: " ")
        if cell.continuation {  // a right half whose left half was overwritten
            run.append(space)
            return 1
        }
        let c = cell.character
        if let ascii = c.asciiValue {
            run.append(ascii < 32 || ascii == 127 ? space : ascii)
            return 1
        }
        switch CharWidth.of(c) {
        case 2:
            guard x + 1 < width, buffer[x + 1, y].continuation else {
                run.append(space)
                return 1
            }
            switch libcWidth(c) {
            case 2: run.append(contentsOf: c.utf8)
            case 1: run.append(contentsOf: c.utf8 + [space])  // keep the columns the buffer counted
            default: run.append(contentsOf: "??".utf8)
            }
            return 2
        case 1:
            if libcWidth(c) == 1 { run.append(contentsOf: c.utf8) } else { run.append(UInt8(ascii: "?")) }
            return 1
        default:
            run.append(space)
            return 1
        }
    }

    func libcWidth(_ c: Character) -> Int {
        let scalar = c.unicodeScalars.first!.value
        if let known = libcWidths[scalar] { return known }
        let found = Int(cn_wcwidth(scalar))
        libcWidths[scalar] = found
        return found
    }

    /// Writes the run at (x, y) in `style` and empties it.
    func flush(x: Int, y: Int, style: Style?) {
        defer { run.removeAll(keepingCapacity: true) }
        guard !run.isEmpty, let style else { return }
        apply(style)
        run.append(0)
        run.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
                _ = mvwaddstr(window, Int32(y), Int32(x), text)  // ERR at the bottom-right cell is harmless
            }
        }
    }

    /// Without UTF-8: ASCII text, lines from the alternate character set, wide characters as `??`.
    func drawASCIIRow(_ buffer: ScreenBuffer, _ y: Int, width: Int) {
        var x = 0
        while x < width {
            let cell = buffer[x, y]
            let columns = !cell.continuation && CharWidth.of(cell.character) == 2 && x + 1 < width ? 2 : 1
            apply(cell.style)
            switch cell.continuation ? .text(" ") : Glyphs.ascii(cell.character, columns: columns) {
            case .text(let text): mvwaddstr(window, Int32(y), Int32(x), text)
            case .line(let letter): mvwaddch(window, Int32(y), Int32(x), cn_acs(CChar(letter.asciiValue!)))
            }
            x += columns
        }
    }

    func apply(_ style: Style) {
        var attributes = cn_a_normal()
        if style.bold { attributes |= cn_a_bold() }
        if style.dim || Palette.dims(style.tint, depth) { attributes |= cn_a_dim() }
        if style.reverse { attributes |= cn_a_reverse() }
        if style.underline { attributes |= cn_a_underline() }
        wattr_set(window, attributes, pair(for: style.tint), nil)
    }

    /// The colour pair for a tint's foreground on the default background (0: no colour).
    func pair(for tint: Tint) -> Int16 {
        guard let color = Palette.foreground(tint, depth), Int32(color) < cn_colors() else { return 0 }
        if let made = pairs[color] { return made }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < cn_color_pairs(), init_pair(next, color, -1) == OK else { return 0 }
        pairs[color] = next
        return next
    }
}
