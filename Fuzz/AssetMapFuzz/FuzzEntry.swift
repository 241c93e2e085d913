import AssetMapCore
import AssetMapUI
import Foundation

/// libFuzzer's entry point. The first byte chooses what is fuzzed: the plan decoder, the importer, the key
/// decoder or the community directory decoder; the rest is the input. Nothing may crash or hang, and a
/// bad file must be reported.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let input = Data(bytes.dropFirst())
    switch bytes[0] % 4 {
    case 0:
        if let plan = try? PlanJSON.decode(Plan.self, from: input) {
            // Whatever decodes must survive being written and read again unchanged.
            let again = try? PlanJSON.decode(Plan.self, from: PlanJSON.encode(plan))
            precondition(again == plan, "a plan changed on a round trip")
        }
    case 1:
        _ = try? PlanImporter.read(input)
    case 2:
        var decoder = KeyDecoder()
        for chunk in stride(from: 0, to: input.count, by: 7) {
            _ = decoder.feed(input[chunk..<min(chunk + 7, input.count)])
        }
        _ = decoder.flush()
    default:
        _ = try? PlanJSON.decode(CommunityDirectory.self, from: input)
    }
    return 0
}
