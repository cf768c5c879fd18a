import CTerminalRestore
import Foundation

/// The terminal while the live view owns it: locale, log file, signal watching, crash
/// restoration and curses, set up in the order that makes each safe, and undone by `finish`.
public final class TerminalSession {
    public let backend: CursesBackend
    /// Wakes the main loop: runtime changes, caught signals and resizes write to it.
    public let wake: WakePipe
    public let signals: SignalWatcher
    public let log: LogFile
    var finished = false

    /// Takes over the terminal; stdin and stdout must be a TTY (callers check first).
    public init(environment: [String: String]) throws(TerminalError) {
        let unicode = TerminalLocale.prepare()
        log = LogFile(paths: LogFile.defaultPaths(environment: environment))
        let wake = try WakePipe()
        self.wake = wake
        // SIG_IGN before curses starts, so curses installs no SIGINT/SIGTERM handler of its own.
        signals = SignalWatcher(notify: { wake.wake() })
        rl_crash_restore_install()
        do {
            backend = try CursesBackend(unicode: unicode, environment: environment)
        } catch {
            signals.cancel()
            rl_crash_restore_uninstall()
            wake.close()
            throw error
        }
        let saved = log.redirectStandardError()
        rl_crash_restore_set(1, saved, "raftlab stopped on a fatal error; the terminal was restored. Log: \(log.path)\n")
        rl_winch_forward_install(wake.writeFD)
        let size = backend.size
        log.write("live view: \(size.width)x\(size.height), colours \(backend.depth), "
                  + (unicode ? "UTF-8" : "ASCII fallback (the locale is not UTF-8)"))
    }

    /// Gives the terminal back (normal screen, echo, canonical input) and standard error; the
    /// watched signals get their default actions back unless `keepingSignalsIgnored`.
    public func finish(keepingSignalsIgnored: Bool = false) {
        guard !finished else { return }
        finished = true
        rl_winch_forward_uninstall()
        rl_crash_restore_set(0, -1, nil)
        backend.close()
        log.restoreStandardError()
        signals.cancel(restoringDefaults: !keepingSignalsIgnored)
        rl_crash_restore_uninstall()
        wake.close()
    }

    deinit { finish() }
}
