import AssetMapCore

/// Saving a copy from inside the program: which kind of copy, what goes in it, and the file name.
/// The default name never holds the person's name.
public struct ExportForm: TypedForm {
    static let choices: [(label: String, format: ExportFormat, rows: CSVRows)] = [
        ("A web page to print or read (HTML)", .html, .connections),
        ("Plain text (Markdown)", .md, .connections),
        ("The plan file, to move it (JSON)", .json, .connections),
        ("A spreadsheet of the people on the map (CSV)", .csv, .connections),
        ("A spreadsheet of the wellbeing checks (CSV)", .csv, .checks),
    ]
    static let partChoices: [(label: String, parts: ExportContents.Parts)] = [
        ("Everything", .everything), ("The take-home sheet (page one)", .pageOne),
    ]
    static let privateChoices = ["Left out", "Put in"]

    var format: FormField
    var parts: FormField
    /// Asked only when someone on the map is marked private.
    var privatePeople: FormField?
    var file: FormField

    var order: [WritableKeyPath<ExportForm, FormField>] {
        [\.format, \.parts] + (privatePeople == nil ? [] : [\.privatePeople!]) + [\.file]
    }

    /// Where a copy named without a folder goes, in words: the folder itself when it is known.
    static func whereSaved(_ folder: String?) -> String {
        folder.map { "in \($0), the folder assetmap was started from" } ?? "where assetmap was started"
    }

    /// `folder` is where the copy goes, said before it is saved.
    static func make(today: CalendarDay, privateCount: Int, folder: String?) -> FormState {
        let who = privateCount == 1 ? "1 person on the map is" : "\(privateCount) people on the map are"
        let form = ExportForm(
            format: .choice(label: "Kind of copy", choices.map(\.label)),
            parts: .choice(
                label: "What goes in", partChoices.map(\.label),
                note:
                    "The take-home sheet is page one: the good life, the map, next steps and who to contact (HTML or text)."
            ),
            privatePeople: privateCount > 0
                ? .choice(
                    label: "People marked private", privateChoices,
                    note: "\(who) marked private. JSON always has everyone.") : nil,
            file: .text(
                label: "File name", "assetmap-plan-\(today.iso)",
                note:
                    "Saved \(folder.map { "in \($0)" } ?? "where assetmap was started"); .html, .md… is added for you.")
        )
        return FormState(
            title: "Save a copy", content: form,
            intro:
                "It is saved \(whereSaved(folder)). A copy is not protected by assetmap: keep it safe, and delete it "
                + "when it is no longer needed.")
    }

    func request() throws(FormProblem) -> ExportRequest {
        let choice = Self.choices[format.chosen]
        let chosen = Self.partChoices[parts.chosen].parts
        if chosen == .pageOne, !choice.format.hasPageOne {
            throw problem(
                \.parts, "The take-home sheet is a web page or plain text: choose one of those, or Everything.")
        }
        var name = try required(\.file, "Please type a file name.")
        if !name.lowercased().hasSuffix("." + choice.format.fileEnding) { name += "." + choice.format.fileEnding }
        let contents = ExportContents(parts: chosen, privatePeople: privatePeople?.chosen == 1)
        return ExportRequest(format: choice.format, rows: choice.rows, contents: contents, path: name)
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        [.export(try request())]
    }
}

/// A copy to write: the App renders it from the open plan and writes it, never over an existing file.
public struct ExportRequest: Equatable, Sendable {
    public var format: ExportFormat
    public var rows: CSVRows
    public var contents: ExportContents
    /// As typed: relative names are in the folder assetmap was started from.
    public var path: String

    public init(format: ExportFormat, rows: CSVRows, contents: ExportContents = ExportContents(), path: String) {
        self.format = format
        self.rows = rows
        self.contents = contents
        self.path = path
    }
}
