import Foundation
import Testing
@testable import Lessons

/// Files raftlab writes (`--record`, `fuzz --out`, the progress file), issue 10 "Output files":
/// written in one step, through links, keeping the mode, never over anything but a regular file.
struct AtomicFileTests {
    let dir: String = {
        let path = NSTemporaryDirectory() + "raftlab-output-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    func kind(_ path: String) -> FileKind? { try? FileKind.of(path, followLinks: false) }
    func text(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
    /// Nothing but `names` is left in the directory (no temporary file).
    func onlyThere(_ names: [String]) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() == names.sorted()
    }

    @Test func aNewFileIsWrittenUnderTheUmask() throws {
        let path = dir + "/new.yaml"
        try AtomicFile.write("hello\n", to: path)
        #expect(text(path) == "hello\n")
        let mask = umask(0o022)
        umask(mask)
        #expect(mode(path) == 0o666 & ~mask)
        #expect(onlyThere(["new.yaml"]))
    }

    /// A name as long as a name may be (255 bytes) still gets its temporary file beside it.
    @Test func aNameOfTheLongestLengthIsWritten() throws {
        let path = dir + "/" + String(repeating: "a", count: 250) + ".yaml"
        try AtomicFile.write("x", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "x")
    }

    @Test func anExistingFileKeepsItsMode() throws {
        let path = dir + "/secret.yaml"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o600)
        try AtomicFile.write("new", to: path)
        #expect(mode(path) == 0o600)
        #expect(text(path) == "new")
    }

    @Test func aLinkStaysALinkAndItsTargetGetsTheContent() throws {
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try "old".write(toFile: dir + "/real/target.yaml", atomically: false, encoding: .utf8)
        chmod(dir + "/real/target.yaml", 0o640)
        symlink("real/target.yaml", dir + "/link.yaml")  // relative, as `ln -s` makes it
        symlink("link.yaml", dir + "/link2.yaml")         // a link to a link
        try AtomicFile.write("new", to: dir + "/link2.yaml")
        #expect(kind(dir + "/link.yaml") == .link && kind(dir + "/link2.yaml") == .link)
        #expect(text(dir + "/real/target.yaml") == "new")
        #expect(mode(dir + "/real/target.yaml") == 0o640)
        #expect(onlyThere(["link.yaml", "link2.yaml", "real"]))
    }

    @Test func aDanglingLinkGetsItsTargetMade() throws {
        symlink(dir + "/made.yaml", dir + "/link.yaml")
        try AtomicFile.write("new", to: dir + "/link.yaml")
        #expect(kind(dir + "/link.yaml") == .link)
        #expect(text(dir + "/made.yaml") == "new")
    }

    @Test func aFifoIsNeverReplaced() throws {
        let path = dir + "/pipe.yaml"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: FileProblem(path: path, reason: "is a FIFO, not a regular file")) {
            try AtomicFile.write("x", to: path)
        }
        #expect(kind(path) == .fifo)
        #expect(onlyThere(["pipe.yaml"]))
    }

    @Test func aDirectoryIsNeverReplaced() throws {
        #expect(throws: FileProblem(path: dir, reason: "is a directory, not a regular file")) {
            try AtomicFile.write("x", to: dir)
        }
    }

    /// The defect: `--record /dev/full`, then a hangup, renamed a file over the device (as
    /// root). A device node of its own (the numbers of /dev/full) stands in for it.
    @Test(.enabled(if: getuid() == 0, "making a device node needs root"))
    func aDeviceIsNeverReplaced() throws {
        let path = dir + "/full"
        #expect(mknod(path, S_IFCHR | 0o600, dev_t((1 << 8) | 7)) == 0)
        symlink(path, dir + "/link")
        for name in [path, dir + "/link"] {
            #expect(throws: FileProblem.self) { try AtomicFile.write("x", to: name) }
        }
        #expect(kind(path) == .device)
        #expect(onlyThere(["full", "link"]))
    }
}

/// `--record FILE` and `fuzz --out DIR` are checked before the work starts.
struct OutputPathTests {
    let dir = NSTemporaryDirectory() + "raftlab-outpath-\(UUID().uuidString.prefix(8))"

    init() throws { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }

    @Test func aFileToWrite() throws {
        #expect(OutputPath.problem(writingFile: dir + "/new.yaml") == nil)
        #expect(OutputPath.problem(writingFile: "relative.yaml") == nil || access(".", W_OK) != 0)
        #expect(OutputPath.problem(writingFile: "/dev/full")?.description == "/dev/full: is a device, not a regular file")
        #expect(OutputPath.problem(writingFile: dir)?.reason == "is a directory, not a regular file")
        #expect(OutputPath.problem(writingFile: dir + "/no/such.yaml")?.reason == "the directory \(dir)/no does not exist")
        #expect(mkfifo(dir + "/pipe", 0o600) == 0)
        #expect(OutputPath.problem(writingFile: dir + "/pipe")?.reason == "is a FIFO, not a regular file")
        symlink(dir + "/elsewhere/x.yaml", dir + "/link.yaml")
        #expect(OutputPath.problem(writingFile: dir + "/link.yaml")?.reason
                == "the directory \(dir)/elsewhere does not exist")
        symlink("/dev/full", dir + "/full.yaml")
        #expect(OutputPath.problem(writingFile: dir + "/full.yaml")?.reason
                == "links to /dev/full, which is a device, not a regular file")
    }

    @Test func aDirectoryToWriteInto() throws {
        #expect(OutputPath.problem(writingInto: dir) == nil)
        #expect(OutputPath.problem(writingInto: dir + "/made/later") == nil)
        #expect(OutputPath.problem(writingInto: "/dev/full")?.reason == "is a device, not a directory")
        try "x".write(toFile: dir + "/file", atomically: false, encoding: .utf8)
        #expect(OutputPath.problem(writingInto: dir + "/file")?.reason == "is a file, not a directory")
        #expect(OutputPath.problem(writingInto: "")?.reason == "an empty path")
    }

    @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
    func anUnwritableDirectory() throws {
        chmod(dir, 0o500)
        defer { chmod(dir, 0o700) }
        #expect(OutputPath.problem(writingFile: dir + "/x.yaml")?.reason.hasPrefix("the directory \(dir) is not writable") == true)
        #expect(OutputPath.problem(writingInto: dir)?.reason.hasPrefix("is not writable") == true)
    }
}
