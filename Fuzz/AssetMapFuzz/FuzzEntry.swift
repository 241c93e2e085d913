import AssetMapCore
import AssetMapUI
import Foundation

/// libFuzzer's entry point. The first byte chooses what is fuzzed: the plan decoder, the importer, the key
/// decoder or the community directory decoder; the rest is the input. Nothing may crash or hang, and a
/// bad file must be reported. Whatever a plan file holds, no control character gets into the plan, and an id
/// that passes as usual can be part of a path.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let input = Data(bytes.dropFirst())
    switch bytes[0] % 4 {
    case 0:
        if let plan = try? PlanJSON.decode(Plan.self, from: input) {
            // Whatever decodes must survive being written and read again unchanged.
            let written = try? PlanJSON.encode(plan)
            let again = written.flatMap { try? PlanJSON.decode(Plan.self, from: $0) }
            precondition(again == plan, "a plan changed on a round trip")
            precondition(!holdsControlCharacters(written), "a control character got into a plan")
            checkUsualID(plan.id)
        }
    case 1:
        if let plan = try? PlanImporter.read(input) {
            precondition(!holdsControlCharacters(try? PlanJSON.encode(plan)), "a control character got into an import")
            checkUsualID(plan.id)
        }
    case 2:
        var decoder = KeyDecoder()
        for chunk in stride(from: 0, to: input.count, by: 7) {
            _ = decoder.feed(Array(input[chunk..<min(chunk + 7, input.count)]))
        }
        _ = decoder.flush()
    default:
        _ = try? PlanJSON.decode(CommunityDirectory.self, from: input)
    }
    return 0
}

/// An id taken as usual names files inside the data folder and nowhere else.
private func checkUsualID(_ id: String) {
    guard PlanID.isUsual(id) else { return }
    precondition(!id.contains("/") && !id.contains(".."), "an id that climbs out of the folder passed as usual")
}

/// Whether any string in the JSON (keys and unknown keys too) holds a control character other than a line break.
private func holdsControlCharacters(_ json: Data?) -> Bool {
    guard let json, let value = try? JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed]) else {
        return false
    }
    func check(_ value: Any) -> Bool {
        switch value {
        case let text as String:
            return ControlCharacters.contains(text.replacingOccurrences(of: "\n", with: ""))
        case let list as [Any]:
            return list.contains(where: check)
        case let object as [String: Any]:
            return object.contains { check($0.key) || check($0.value) }
        default:
            return false
        }
    }
    return check(value)
}
