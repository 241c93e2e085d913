import AssetMapCore
import Foundation
import Testing

@Suite struct DataFolderTests {
    @Test func theOptionWinsThenTheVariableThenXDGThenHome() {
        let environment = ["ASSETMAP_DATA_DIR": "/a", "XDG_DATA_HOME": "/x", "HOME": "/h"]
        #expect(DataFolder.resolve(option: "/o", environment: environment).root.path == "/o")
        #expect(DataFolder.resolve(option: nil, environment: environment).root.path == "/a")
        #expect(
            DataFolder.resolve(option: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).root.path
                == "/x/assetmap")
        #expect(DataFolder.resolve(option: nil, environment: ["HOME": "/h"]).root.path == "/h/.local/share/assetmap")
        #expect(
            DataFolder.resolve(option: "", environment: ["ASSETMAP_DATA_DIR": "", "HOME": "/h"]).root.path
                == "/h/.local/share/assetmap")
    }

    @Test func plansAreNamedByIdOnly() {
        let folder = DataFolder(root: URL(fileURLWithPath: "/d"))
        #expect(folder.planFile(id: "abc").path == "/d/plans/abc.json")
        #expect(folder.community.path == "/d/community.json")
    }
}
