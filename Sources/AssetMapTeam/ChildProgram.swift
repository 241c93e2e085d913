import FoundationEssentials
import Glibc

/// What a program that was run printed, and how it ended.
struct ProgramRun: Sendable {
    var status: Int32
    var output: Data
    var errors: Data

    var succeeded: Bool { status == 0 }
    var outputText: String { String(decoding: output, as: UTF8.self) }
    var errorText: String { String(decoding: errors, as: UTF8.self) }
}

/// Runs another program with posix_spawn: its own environment, input given as bytes, both outputs read at once
/// so neither can fill up and stall it, and a time limit after which it is stopped.
///
/// Not Foundation's `Process`, which FoundationEssentials does not have.
enum ChildProgram {
    enum Failure: Error, Equatable {
        case notFound(String)
        case timedOut
        case system(Int32)
    }

    static func run(
        _ program: String, _ arguments: [String], environment: [String: String], input: Data = Data(),
        timeoutSeconds: Double = 120
    ) throws(Failure) -> ProgramRun {
        let toChild = try makePipe()
        let fromChild = try makePipe(closingOnFailure: toChild)
        let errorsFromChild = try makePipe(closingOnFailure: toChild + fromChild)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
        close(toChild[0])
        close(fromChild[1])
        close(errorsFromChild[1])
        guard spawned == 0 else {
            closeAll([toChild[1], fromChild[0], errorsFromChild[0]])
            throw spawned == ENOENT ? .notFound(program) : .system(spawned)
        }
        let exchange = Exchange(
            input: input, toChild: toChild[1], fromChild: fromChild[0], errorsFromChild: errorsFromChild[0])
        let finishedInTime = exchange.run(deadline: monotonicSeconds() + timeoutSeconds)
        if !finishedInTime { kill(pid, SIGKILL) }
        let status = wait(for: pid)
        guard finishedInTime else { throw .timedOut }
        return ProgramRun(status: status, output: exchange.output, errors: exchange.errors)
    }

    private static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// A pipe neither end of which passes to other children; the child gets its own ends as 0, 1 and 2.
    private static func makePipe(closingOnFailure others: [Int32] = []) throws(Failure) -> [Int32] {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            let code = errno
            closeAll(others)
            throw .system(code)
        }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return fds
    }

    private static func closeAll(_ fds: [Int32]) {
        for fd in fds where fd >= 0 { close(fd) }
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// Feeds a child its input and collects both of its outputs, whichever is ready, until all are closed.
private final class Exchange {
    private var input: Data
    private var written = 0
    private var toChild: Int32
    private var fromChild: Int32
    private var errorsFromChild: Int32
    private(set) var output = Data()
    private(set) var errors = Data()

    init(input: Data, toChild: Int32, fromChild: Int32, errorsFromChild: Int32) {
        self.input = input
        self.toChild = toChild
        self.fromChild = fromChild
        self.errorsFromChild = errorsFromChild
        // A child that exits without reading all its input must not stop this program with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // Written only as far as the pipe takes, so a child busy writing its own output is never waited on.
        _ = fcntl(toChild, F_SETFL, fcntl(toChild, F_GETFL) | O_NONBLOCK)
        if input.isEmpty { closeInput() }
    }

    /// False when the deadline passed first.
    func run(deadline: Double) -> Bool {
        defer {
            closeInput()
            if fromChild >= 0 { close(fromChild) }
            if errorsFromChild >= 0 { close(errorsFromChild) }
        }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while fromChild >= 0 || errorsFromChild >= 0 {
            let left = deadline - ChildProgram.monotonicSeconds()
            guard left > 0 else { return false }
            var fds = [
                pollfd(fd: fromChild, events: Int16(POLLIN), revents: 0),
                pollfd(fd: errorsFromChild, events: Int16(POLLIN), revents: 0),
                pollfd(fd: toChild, events: Int16(POLLOUT), revents: 0),
            ]
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(left * 1000, 1000)))
            if ready < 0 {
                if errno == EINTR { continue }
                return true
            }
            if fds[2].revents != 0 { writeSome() }
            if fds[0].revents != 0, !readSome(&fromChild, into: &output, buffer: &buffer) { continue }
            if fds[1].revents != 0 { _ = readSome(&errorsFromChild, into: &errors, buffer: &buffer) }
        }
        return true
    }

    private func writeSome() {
        let count = input.withUnsafeBytes { bytes in
            Glibc.write(toChild, bytes.baseAddress! + written, min(bytes.count - written, 64 * 1024))
        }
        if count > 0 { written += count }
        if count < 0, errno == EINTR || errno == EAGAIN { return }
        if count < 0 || written >= input.count { closeInput() }
    }

    /// False when nothing was read because of an interruption.
    private func readSome(_ fd: inout Int32, into data: inout Data, buffer: inout [UInt8]) -> Bool {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            data.append(contentsOf: buffer[0..<count])
        } else if count == 0 || errno != EINTR {
            close(fd)
            fd = -1
        } else {
            return false
        }
        return true
    }

    private func closeInput() {
        if toChild >= 0 { close(toChild) }
        toChild = -1
    }
}
