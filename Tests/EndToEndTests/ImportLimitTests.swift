import Foundation
import TestSupport
import Testing

/// `import` reads only a plain file of a size a plan could be: a device or a named pipe is refused at once,
/// and an enormous file is refused before it is read.
@Suite(.serialized) struct ImportLimitTests {
    let folder = EndToEndFolder()

    /// Run under `timeout`, so a hang fails the test (124) instead of stopping the suite.
    func importing(_ path: String) throws -> ChildProcess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        return try ChildProcess.run(
            ["timeout", "20", Program.path, "import", path, "--data-dir", folder.dataDir], environment: environment)
    }

    @Test func aDeviceIsRefusedWithASentence() throws {
        let result = try importing("/dev/zero")
        #expect(result.status == 1)
        #expect(
            result.errors
                == "assetmap: /dev/zero is a device, not a file: import a plan exported as JSON to a file. Nothing was added.\n"
        )
    }

    @Test func aNamedPipeIsRefusedAtOnceRatherThanWaitedOn() throws {
        let pipe = folder.temporary.file("plan.json")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let result = try importing(pipe.path)
        #expect(result.status == 1, "124 means it waited on the pipe")
        #expect(result.errors.contains("is a named pipe, not a file"))
    }

    @Test func aFileBiggerThan64MBIsRefusedBeforeItIsRead() throws {
        let big = folder.temporary.file("huge.json")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        #expect(truncate(big.path, 65 << 20) == 0)
        let result = try importing(big.path)
        #expect(result.status == 1)
        #expect(result.errors.contains("is bigger than 64 MB"), "\(result.errors)")
        #expect(result.errors.hasSuffix("Nothing was added.\n"))
    }
}
