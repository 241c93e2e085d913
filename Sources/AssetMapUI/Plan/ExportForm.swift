import AssetMapCore

/// Saving a copy from inside the program: which kind of copy, and the file name.
/// The default name never holds the person's name.
enum ExportForm {
    static let choices: [(label: String, format: ExportFormat, rows: CSVRows)] = [
        ("A web page to print or read (HTML)", .html, .connections),
        ("Plain text (Markdown)", .md, .connections),
        ("The plan file, to move it (JSON)", .json, .connections),
        ("A spreadsheet of the people on the map (CSV)", .csv, .connections),
        ("A spreadsheet of the wellbeing checks (CSV)", .csv, .checks),
    ]

    static func make(today: CalendarDay) -> FormState {
        FormState(title: "Save a copy", fields: [
            .choice("format", "Kind of copy", choices.map(\.label), note: "← → to choose."),
            .text("file", "File name", "assetmap-plan-\(today.iso)",
                  note: "Saved in the folder assetmap was started from; the ending (.html, .md…) is added for you."),
        ], purpose: .export, intro: "A copy is not protected by assetmap: keep it safe, and delete it when it is no longer needed.")
    }

    static func request(from form: FormState) throws(FormProblem) -> ExportRequest {
        let choice = choices[form.choice("format")]
        var file = try form.required("file", "Please type a file name.")
        if !file.lowercased().hasSuffix("." + choice.format.fileEnding) { file += "." + choice.format.fileEnding }
        return ExportRequest(format: choice.format, rows: choice.rows, path: file)
    }
}

/// A copy to write: the App renders it from the open plan and writes it, never over an existing file.
public struct ExportRequest: Equatable, Sendable {
    public var format: ExportFormat
    public var rows: CSVRows
    /// As typed: relative names are in the folder assetmap was started from.
    public var path: String

    public init(format: ExportFormat, rows: CSVRows, path: String) {
        self.format = format
        self.rows = rows
        self.path = path
    }
}
