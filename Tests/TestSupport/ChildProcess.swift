import Foundation

/// Runs another program and waits for it with posix_spawn and waitpid. Foundation's `Process` waits
/// through Dispatch, which tests running on the shared thread pool can starve; this cannot.
public enum ChildProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Held while pipes are made and a child started, so no child started by another thread inherits
    /// a pipe before it is marked close-on-exec (a tmux server would then keep it open for ever).
    private static let spawning = NSLock()

    public static func run(_ arguments: [String], environment: [String: String]? = nil, input: String? = nil) throws
        -> Result
    {
        spawning.lock()
        var locked = true
        defer { if locked { spawning.unlock() } }
        let stdin = try pipe()
        let stdout = try pipe()
        let stderr = try pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)
        for fd in [stdin.read, stdin.write, stdout.read, stdout.write, stderr.read, stderr.write] {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStrings(arguments) { argv in
            withCStrings(env) { envp in posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp) }
        }
        close(stdin.read)
        close(stdout.write)
        close(stderr.write)
        spawning.unlock()
        locked = false
        guard status == 0 else {
            for end in [stdin.write, stdout.read, stderr.read] { close(end) }
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL)
        }
        if let input { _ = input.withCString { write(stdin.write, $0, strlen($0)) } }
        close(stdin.write)
        let (out, err) = readBoth(stdout.read, stderr.read)
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0, errno == EINTR {}
        let code = (exit & 0x7F) == 0 ? (exit >> 8) & 0xFF : 128 + (exit & 0x7F)
        return Result(status: code, output: out, errors: err)
    }

    /// Starts a program in the background with its input given and its output thrown away; returns its process id.
    public static func start(_ arguments: [String], environment: [String: String], input: String) throws -> pid_t {
        spawning.lock()
        defer { spawning.unlock() }
        let stdin = try pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, stdin.read)
        posix_spawn_file_actions_addclose(&actions, stdin.write)
        let env = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStrings(arguments) { argv in
            withCStrings(env) { envp in posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp) }
        }
        close(stdin.read)
        _ = input.withCString { write(stdin.write, $0, strlen($0)) }
        close(stdin.write)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
        return pid
    }

    /// Waits for a started program; returns its exit status, or 128 plus the signal that ended it.
    public static func wait(_ pid: pid_t) -> Int32 {
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0, errno == EINTR {}
        return (exit & 0x7F) == 0 ? (exit >> 8) & 0xFF : 128 + (exit & 0x7F)
    }

    /// Reads two pipes to their ends without either filling up and stalling the child.
    private static func readBoth(_ first: Int32, _ second: Int32) -> (String, String) {
        var data: [Int32: [UInt8]] = [first: [], second: []]
        var open = [first, second]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard poll(&fds, nfds_t(fds.count), -1) > 0 else { continue }
            for entry in fds where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    data[entry.fd]?.append(contentsOf: buffer[0..<count])
                } else if count == 0 || errno != EINTR {
                    close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        return (String(decoding: data[first] ?? [], as: UTF8.self), String(decoding: data[second] ?? [], as: UTF8.self))
    }

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard Foundation.pipe(&fds) == 0 else { throw POSIXError(.EMFILE) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    private static func withCStrings<T>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> T) -> T {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}
