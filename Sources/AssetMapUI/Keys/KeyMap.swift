/// The one key table. Dispatch, the hint bar and the help screen all read it, so they never disagree.
/// Earlier lines win: screen-specific keys come before the general ones.
public enum KeyMap {
    /// The bindings for a context, in table order, each command once.
    public static func bindings(for context: KeyContext) -> [KeyBinding] {
        var seen = Set<Command>()
        var keysTaken = Set<Key>()
        var result: [KeyBinding] = []
        for binding in bindings where binding.applies(to: context) {
            let free = binding.keys.filter { !keysTaken.contains($0) }
            keysTaken.formUnion(binding.keys)
            guard !free.isEmpty, seen.insert(binding.command).inserted else { continue }
            var shown = binding
            shown.keys = free
            result.append(shown)
        }
        return result
    }

    /// The lines of the help screen: bindings sharing a label (the four "Move" keys) on one line.
    public static func helpLines(for context: KeyContext, only include: (KeyBinding) -> Bool = { _ in true })
        -> [(keys: String, help: String)] {
        var lines: [(label: String, keys: [String], help: String)] = []
        for binding in bindings(for: context) where include(binding) {
            if let index = lines.firstIndex(where: { $0.label == binding.label && binding.command.isMovement }) {
                lines[index].keys.append(contentsOf: binding.keys.map(\.label))
            } else if let index = lines.firstIndex(where: { $0.help == binding.help }) {
                // The other way of a pair shown together ("←→") is named already.
                let named = lines[index].keys.contains { $0 == binding.keyLabel || ($0.count == 2 && $0.contains(binding.keyLabel)) }
                if !named { lines[index].keys.append(binding.keyLabel) }
            } else {
                lines.append((binding.label, binding.command.isMovement ? binding.keys.map(\.label) : [binding.keyLabel], binding.help))
            }
        }
        return lines.map { line in
            // Arrows run together and letters run together: "↑↓←→ kjhl".
            let arrows = line.keys.filter { $0.count == 1 && "↑↓←→".contains($0) }.joined()
            let others = line.keys.filter { !($0.count == 1 && "↑↓←→".contains($0)) }
            let letters = others.allSatisfy({ $0.count == 1 }) && others.count == 4 ? [others.joined()] : others
            return ([arrows] + letters).filter { !$0.isEmpty }.joined(separator: " ")
        }.enumerated().map { ($0.element, lines[$0.offset].help) }
    }

    static func ch(_ text: String) -> [Key] { text.map { Key.character($0) } }

    static let plan: Set<KeyContext> = [.planSection]
    static let walkThroughHelp = "A walk-through for a first meeting, one part at a time; it picks up where it was left"
    /// Where letters are typed as text: the keys that change the text, and the ones for help and hiding.
    static let typing: Set<KeyContext> = Set(KeyContext.allCases.filter(\.isTextEntry))
    /// Plan sections holding lists of things that can be added, changed and deleted.
    static let editable: Set<KeyContext> = [.network, .networkList, .strengths, .personStrengths, .goals, .goal, .wellbeing, .notes]

    public static let bindings: [KeyBinding] = [
        // The walk-through of a first meeting
        KeyBinding(keys: [.control("s")], command: .save, label: "Next part", help: "Keep what is typed and go on to the next part",
                   contexts: [.guide], inBar: true),
        KeyBinding(keys: [.enter], command: .open, label: "Add",
                   help: "Add the one typed (a person, a strength) or go to the next box; in the good-life answer, a new line",
                   contexts: [.guide], inBar: true),
        KeyBinding(keys: [.tab], command: .nextField, label: "Next box", help: "The next box (the ring, after a name)",
                   contexts: [.guide], inBar: true),
        KeyBinding(keys: [.backTab], command: .previousField, label: "Box before", help: "The box before", contexts: [.guide], inBar: false),
        KeyBinding(keys: [.up, .down], command: .nextItem, label: "Choose",
                   help: "Choose the ring, show another question that might help, or go to the box above or below",
                   contexts: [.guide], inBar: false, shown: "↑↓"),
        KeyBinding(keys: [.enter], command: .open, label: "Go on", help: "Start: the walk-through, or the WELL12 check",
                   contexts: [.guidePage], inBar: true),
        KeyBinding(keys: [.pageDown], command: .skip, label: "Skip", help: "Skip this part for now; nothing more is written in it",
                   contexts: [.guide, .guidePage], inBar: true),
        KeyBinding(keys: [.pageUp], command: .previousQuestion, label: "Part before", help: "Back to the part before",
                   contexts: [.guide, .guidePage], inBar: false),
        KeyBinding(keys: [.escape], command: .cancel, label: "Leave",
                   help: "Leave the walk-through: what is written stays in the plan, and g picks it up here again",
                   contexts: [.guide, .guidePage], inBar: true),

        // Answering the wellbeing check
        KeyBinding(keys: ch("43210"), command: .answer(0), label: "Answer", help: "Answer: 4 yes, definitely … 0 definitely not",
                   contexts: [.wellbeingCheck], inBar: true),
        KeyBinding(keys: ch("s"), command: .skip, label: "Skip", help: "Skip this question", contexts: [.wellbeingCheck], inBar: true),
        KeyBinding(keys: [.enter], command: .open, label: "Choose", help: "Choose the answer marked ▸",
                   contexts: [.wellbeingCheck, .wellbeingEvent], inBar: true),
        KeyBinding(keys: [.control("s")], command: .save, label: "Finish",
                   help: "Finish the check now; the recent event and the notes can be left", contexts: [.wellbeingEvent], inBar: true),
        KeyBinding(keys: ch("b"), command: .previousQuestion, label: "Back", help: "Go back a question",
                   contexts: [.wellbeingCheck, .wellbeingEvent], inBar: true),
        KeyBinding(keys: [.control("s")], command: .save, label: "Finish",
                   help: "Finish the check once the twelve are answered; the recent event and the notes can be left",
                   contexts: [.wellbeingCheck], inBar: false),
        KeyBinding(keys: [.escape, .character("q")], command: .cancel, label: "Stop for now",
                   help: "Stop here; the answers so far are kept and it can be finished later",
                   contexts: [.wellbeingCheck, .wellbeingEvent], inBar: true),
        KeyBinding(keys: [.enter, .character("e")], command: .open, label: "Change", help: "Change the answer selected",
                   contexts: [.wellbeingReview], inBar: true),
        KeyBinding(keys: [.escape, .character("q")], command: .back, label: "Close", help: "Close the check; it stays finished",
                   contexts: [.wellbeingReview], inBar: true),

        // Forms and typing
        KeyBinding(keys: [.control("s")], command: .save, label: "Save", help: "Save and close the form",
                   contexts: [.form, .textBox], inBar: true),
        KeyBinding(keys: [.tab], command: .nextField, label: "Next", help: "Next field", contexts: [.form, .textBox], inBar: true),
        KeyBinding(keys: [.backTab], command: .previousField, label: "Back", help: "Previous field", contexts: [.form, .textBox], inBar: true),
        KeyBinding(keys: [.escape], command: .cancel, label: "Done", help: "Stop typing; what you typed is kept",
                   contexts: [.textBox], inBar: true),
        KeyBinding(keys: [.escape], command: .cancel, label: "Cancel", help: "Close without saving (asks first if you typed something)",
                   contexts: [.form], inBar: true),
        KeyBinding(keys: [.enter], command: .nextField, label: "Next", help: "Next field (in a long answer, a new line)",
                   contexts: [.form], inBar: false),
        KeyBinding(keys: [.function(1)], command: .help, label: "Help", help: "Help: what this is for and its keys (? is typed as text here)",
                   contexts: typing, inBar: false),
        KeyBinding(keys: [.control("p")], command: .privacy, label: "Hide", help: "Hide the screen until a key is pressed",
                   contexts: typing, inBar: false),
        KeyBinding(keys: [.control("u")], command: .editText(.clearToStart), label: "Clear",
                   help: "Clear the line up to the cursor (all of a one-line box)", contexts: typing, inBar: false),
        KeyBinding(keys: [.control("k")], command: .editText(.clearToEnd), label: "Clear to end",
                   help: "Clear from the cursor to the end of the line", contexts: typing, inBar: false),
        KeyBinding(keys: [.control("w")], command: .editText(.deleteWordBefore), label: "Delete word",
                   help: "Delete the word before the cursor", contexts: typing, inBar: false),
        KeyBinding(keys: [.home, .control("a")], command: .editText(.lineStart), label: "Start",
                   help: "Go to the start of the line", contexts: typing, inBar: false),
        KeyBinding(keys: [.end, .control("e")], command: .editText(.lineEnd), label: "End",
                   help: "Go to the end of the line", contexts: typing, inBar: false),

        // Searching as you type
        KeyBinding(keys: [.enter], command: .open, label: "Open", help: "Open the one selected",
                   contexts: [.caseloadSearch, .directorySearch], inBar: true),
        KeyBinding(keys: [.enter], command: .open, label: "Done", help: "Stop finding; the one found stays selected",
                   contexts: [.networkSearch], inBar: true),
        KeyBinding(keys: [.up], command: .up, label: "Move", help: "Move up", contexts: [.caseloadSearch, .directorySearch, .picker], inBar: false),
        KeyBinding(keys: [.down], command: .down, label: "Move", help: "Move down", contexts: [.caseloadSearch, .directorySearch, .picker], inBar: false),
        KeyBinding(keys: [.up], command: .up, label: "Next", help: "The next one that matches, or the one before",
                   contexts: [.networkSearch], inBar: false),
        KeyBinding(keys: [.down], command: .down, label: "Next", help: "The next one that matches, or the one before",
                   contexts: [.networkSearch], inBar: true, shown: "↑↓"),
        KeyBinding(keys: [.escape], command: .cancel, label: "Cancel", help: "Stop finding and go back to whoever was selected",
                   contexts: [.networkSearch], inBar: true),
        KeyBinding(keys: [.escape], command: .cancel, label: "Clear", help: "Clear the search",
                   contexts: [.caseloadSearch, .directorySearch], inBar: true),

        // Picking from a list
        KeyBinding(keys: [.character(" ")], command: .toggleDone, label: "Choose", help: "Choose or un-choose the one selected",
                   contexts: [.picker], inBar: true),
        KeyBinding(keys: [.enter, .control("s")], command: .save, label: "Done", help: "Keep what is chosen", contexts: [.picker], inBar: true),
        KeyBinding(keys: [.escape], command: .cancel, label: "Cancel", help: "Close without changing anything", contexts: [.picker], inBar: true),

        // Dialogs
        KeyBinding(keys: ch("yY"), command: .save, label: "Yes", help: "Yes", contexts: [.dialog], inBar: true),
        KeyBinding(keys: ch("nN"), command: .no, label: "No", help: "No", contexts: [.dialog], inBar: true),
        KeyBinding(keys: [.escape], command: .cancel, label: "Close", help: "Close the question without doing anything", contexts: [.dialog], inBar: false),
        // A choice that must never be made by a letter typed as text
        KeyBinding(keys: [.up, .down], command: .up, label: "Choose", help: "Move to a choice", contexts: [.choice], inBar: true, shown: "↑↓"),
        KeyBinding(keys: [.enter], command: .save, label: "Do it", help: "Do the choice marked ▸", contexts: [.choice], inBar: true),
        KeyBinding(keys: [.escape], command: .cancel, label: "Not now", help: "Decide later; nothing is saved over the file meanwhile",
                   contexts: [.choice], inBar: true),
        KeyBinding(keys: [.enter, .escape, .character(" ")], command: .cancel, label: "Close", help: "Close this message",
                   contexts: [.message, .help], inBar: true),
        // Help longer than the window is read with the arrows and the page keys; any other key closes it.
        KeyBinding(keys: [.up], command: .up, label: "Read", help: "Read back", contexts: [.help], inBar: false),
        KeyBinding(keys: [.down], command: .down, label: "Read", help: "Read on", contexts: [.help], inBar: false),
        KeyBinding(keys: [.pageUp], command: .pageUp, label: "Read", help: "Back a page", contexts: [.help], inBar: false),
        KeyBinding(keys: [.pageDown], command: .pageDown, label: "Read", help: "On a page", contexts: [.help], inBar: false),
        KeyBinding(keys: [.home], command: .first, label: "Read", help: "The beginning", contexts: [.help], inBar: false),
        KeyBinding(keys: [.end], command: .last, label: "Read", help: "The end", contexts: [.help], inBar: false),

        // Prompt cards for strengths
        KeyBinding(keys: [.right, .character("n"), .character(" ")], command: .nextItem, label: "Another",
                   help: "Show another question", contexts: [.prompts], inBar: true),
        KeyBinding(keys: [.left], command: .previousItem, label: "Previous", help: "Show the previous question", contexts: [.prompts], inBar: false),
        KeyBinding(keys: ch("a") + [.enter], command: .add, label: "Write it down", help: "Add a strength with this question in mind",
                   contexts: [.prompts], inBar: true),
        KeyBinding(keys: [.escape, .character("q")], command: .cancel, label: "Close", help: "Close the questions", contexts: [.prompts], inBar: true),
        KeyBinding(keys: ch("?"), command: .help, label: "Keys", help: "Show the keys", contexts: [.prompts], inBar: true),

        // Strengths: on the person's own list, s offers questions that help; ? is help here as everywhere
        KeyBinding(keys: ch("s"), command: .prompts, label: "Questions", help: "Questions that help think of strengths",
                   contexts: [.personStrengths], inBar: true),

        // A group session, and ideas nearby
        KeyBinding(keys: [.enter, .right, .character("n")], command: .nextItem, label: "Next", help: "Start, or go on to the next question",
                   contexts: [.group], inBar: true),
        KeyBinding(keys: [.left, .character("b")], command: .previousItem, label: "Back", help: "Back to the question before",
                   contexts: [.group], inBar: false),
        KeyBinding(keys: ch("a"), command: .add, label: "Add idea", help: "Write an idea down, for the group or for one person",
                   contexts: [.group], inBar: true),
        KeyBinding(keys: ch("e"), command: .edit, label: "Edit", help: "Change the idea selected", contexts: [.group], inBar: true),
        KeyBinding(keys: ch("d"), command: .delete, label: "Delete", help: "Delete the idea selected (asks first)", contexts: [.group], inBar: false),
        KeyBinding(keys: ch("c"), command: .addToDirectory, label: "To directory",
                   help: "Add the place selected to the community directory, for everyone", contexts: [.group], inBar: true),
        KeyBinding(keys: ch("r"), command: .review, label: "Choose",
                   help: "The end: each person chooses what goes into their own plan", contexts: [.group], inBar: true),
        KeyBinding(keys: ch("yY"), command: .save, label: "Yes", help: "Yes, put it in my plan", contexts: [.groupReview], inBar: true),
        KeyBinding(keys: ch("nN"), command: .no, label: "No", help: "No, leave it out", contexts: [.groupReview], inBar: true),
        KeyBinding(keys: [.enter], command: .open, label: "Done", help: "Done with this person: put what they chose into their plan",
                   contexts: [.groupReview], inBar: true),
        KeyBinding(keys: [.right], command: .nextItem, label: "Person", help: "The next person, or the person before",
                   contexts: [.groupReview], inBar: true, shown: "←→"),
        KeyBinding(keys: [.left], command: .previousItem, label: "Person", help: "The next person, or the person before",
                   contexts: [.groupReview], inBar: false),
        KeyBinding(keys: [.escape, .character("q")], command: .back, label: "Questions", help: "Back to the questions",
                   contexts: [.groupReview], inBar: true),
        KeyBinding(keys: ch("x"), command: .export, label: "Sheets", help: "Take-home sheets: one for each person and the group's own",
                   contexts: [.group, .groupReview], inBar: true),
        KeyBinding(keys: ch("q"), command: .back, label: "Leave", help: "Leave the group (it is saved; asks first)", contexts: [.group],
                   inBar: true),
        KeyBinding(keys: ch("r"), command: .putOnMap, label: "On map",
                   help: "Put it on the map at ring 5 (could connect with) and link it to this plan", contexts: [.ideas], inBar: true),
        KeyBinding(keys: ch("n"), command: .notForMe, label: "Not for me", help: "Not for this person: it is not suggested again",
                   contexts: [.ideas], inBar: true),
        KeyBinding(keys: ch("u"), command: .undo, label: "Undo", help: "Take back the last change", contexts: [.ideas], inBar: true),
        KeyBinding(keys: ch("c"), command: .communityDirectory, label: "Directory", help: "The whole community directory",
                   contexts: [.ideas], inBar: true),
        KeyBinding(keys: [.escape, .character("q"), .character("i")], command: .cancel, label: "Close", help: "Close the ideas",
                   contexts: [.ideas], inBar: true),

        // Caseload
        KeyBinding(keys: ch("?"), command: .help, label: "Help", help: "Help: what this screen shows, and its keys", contexts: [.anyScreen],
                   inBar: true),
        KeyBinding(keys: ch("a"), command: .add, label: "New plan", help: "Start a plan for someone", contexts: [.caseload], inBar: true),
        KeyBinding(keys: [.enter], command: .open, label: "Open", help: "Open the plan selected", contexts: [.caseload], inBar: true),
        KeyBinding(keys: ch("/"), command: .search, label: "Find", help: "Find a plan by name as you type", contexts: [.caseload], inBar: true),
        KeyBinding(keys: ch("r"), command: .report, label: "Report",
                   help: "Outcomes across the caseload, in numbers only (no names)", contexts: [.caseload], inBar: true),
        // Binning is rare, asks first and can be undone: it gives its place in the bar to the report.
        KeyBinding(keys: ch("d"), command: .delete, label: "Delete", help: "Move the plan to the bin (asks first)",
                   contexts: [.caseload], inBar: false),
        KeyBinding(keys: ch("u"), command: .undo, label: "Undo", help: "Bring back the plan just deleted", contexts: [.caseload], inBar: false),
        KeyBinding(keys: ch("c"), command: .communityDirectory, label: "Community",
                   help: "Places and groups near here, shared by every plan", contexts: [.caseload, .strengths, .personStrengths], inBar: true),
        KeyBinding(keys: ch("s"), command: .settings, label: "Settings", help: "Wording suggestions, how the screen looks, and the mouse",
                   contexts: [.caseload], inBar: false),
        KeyBinding(keys: ch("t"), command: .syncTeam, label: "Sync", help: "Sync now: send changes made here and bring in the team's",
                   contexts: [.caseload], inBar: true),
        KeyBinding(keys: ch("q"), command: .back, label: "Quit", help: "Leave assetmap (everything is already saved)",
                   contexts: [.caseload], inBar: true),

        // Community directory
        KeyBinding(keys: ch("a"), command: .add, label: "Add", help: "Add a place, group or service", contexts: [.directory], inBar: true),
        KeyBinding(keys: [.enter], command: .open, label: "Open", help: "Show the whole entry selected, or hide it again",
                   contexts: [.directory], inBar: true),
        KeyBinding(keys: ch("e"), command: .edit, label: "Edit", help: "Change the entry selected", contexts: [.directory], inBar: true),
        KeyBinding(keys: ch("d"), command: .delete, label: "Delete", help: "Delete the entry (asks first)", contexts: [.directory], inBar: true),
        KeyBinding(keys: ch("/"), command: .search, label: "Find", help: "Find by name, what, where or tag", contexts: [.directory], inBar: true),
        KeyBinding(keys: ch("l"), command: .link, label: "Link", help: "Link to the open plan, or unlink", contexts: [.directory], inBar: true),
        KeyBinding(keys: ch("u"), command: .undo, label: "Undo", help: "Take back the last change to the directory", contexts: [.directory], inBar: false),
        KeyBinding(keys: ch("r"), command: .putOnMap, label: "On map",
                   help: "Put it on the open plan's map, ring 5: could connect with", contexts: [.directory, .strengths], inBar: true),

        // Network
        KeyBinding(keys: [.tab], command: .nextItem, label: "Next", help: "Next on the map, in order", contexts: [.network], inBar: false),
        KeyBinding(keys: [.backTab], command: .previousItem, label: "Previous", help: "Previous on the map", contexts: [.network], inBar: false),
        KeyBinding(keys: ch("+="), command: .inwards, label: "Closer", help: "Move one ring closer (inwards)",
                   contexts: [.network, .networkList], inBar: true),
        KeyBinding(keys: ch("-_"), command: .outwards, label: "Further", help: "Move one ring further out",
                   contexts: [.network, .networkList], inBar: true),
        // v is named on the line under the map too, so it gives its place in the bar to these two.
        KeyBinding(keys: ch("s"), command: .snapshot, label: "Keep today's map",
                   help: "Keep a copy of the map as it is today (a snapshot), to compare with later", contexts: [.network, .networkList],
                   inBar: true),
        KeyBinding(keys: ch("c"), command: .compare, label: "Compare",
                   help: "Compare the map with how it was before: a map kept with s", contexts: [.network, .networkList], inBar: true),
        KeyBinding(keys: [.left], command: .earlierDate(by: -1), label: "Earlier date", help: "Choose the earlier date",
                   contexts: [.networkCompare], inBar: true, shown: "←→"),
        KeyBinding(keys: [.right], command: .earlierDate(by: 1), label: "Earlier date", help: "Choose the earlier date",
                   contexts: [.networkCompare], inBar: false),
        KeyBinding(keys: [.up], command: .laterDate(by: -1), label: "Later date", help: "Choose the later date, or now",
                   contexts: [.networkCompare], inBar: true, shown: "↑↓"),
        KeyBinding(keys: [.down], command: .laterDate(by: 1), label: "Later date", help: "Choose the later date, or now",
                   contexts: [.networkCompare], inBar: false),
        KeyBinding(keys: ch("d"), command: .delete, label: "Delete", help: "Delete the earlier snapshot (asks first)",
                   contexts: [.networkCompare], inBar: true),
        KeyBinding(keys: [.escape, .character("q")], command: .back, label: "Back", help: "Back to the map",
                   contexts: [.networkCompare], inBar: true),


        // Goals
        KeyBinding(keys: [.character(" ")], command: .toggleDone, label: "Done", help: "Mark the step done, or not done",
                   contexts: [.goal], inBar: true),
        KeyBinding(keys: ch("b"), command: .barriers, label: "In the way", help: "Add something in the way and what might help",
                   contexts: [.goal], inBar: true),
        KeyBinding(keys: ch("r"), command: .riskPlan, label: "Risk plan", help: "Plan a positive risk for this goal",
                   contexts: [.goal], inBar: false),
        KeyBinding(keys: ch("l"), command: .link, label: "Who helps", help: "Link the step to strengths and people on the map",
                   contexts: [.goal], inBar: false),
        KeyBinding(keys: ch("s"), command: .steppingBack, label: "Stepping back", help: "Plan how the worker steps back",
                   contexts: [.goals], inBar: true),

        // Plan sections
        KeyBinding(keys: ch("a"), command: .add, label: "Add", help: "Add something new here", contexts: editable, inBar: true),
        KeyBinding(keys: [.enter], command: .open, label: "Open", help: "Open or change the one selected", contexts: plan, inBar: true),
        KeyBinding(keys: ch("e"), command: .edit, label: "Edit", help: "Change the one selected", contexts: plan, inBar: true),
        KeyBinding(keys: ch("g"), command: .walkThrough, label: "Walk-through", help: walkThroughHelp, contexts: [.overview], inBar: true),
        KeyBinding(keys: ch("g"), command: .walkThrough, label: "Walk-through", help: walkThroughHelp, contexts: plan, inBar: false),
        KeyBinding(keys: ch("d"), command: .delete, label: "Delete", help: "Delete the one selected (asks first)", contexts: editable, inBar: true),
        KeyBinding(keys: ch("u"), command: .undo, label: "Undo", help: "Take back the last change", contexts: plan, inBar: true),
        KeyBinding(keys: [.control("r")], command: .redo, label: "Redo", help: "Put back what was undone", contexts: plan, inBar: false),
        KeyBinding(keys: ch("K"), command: .moveItemUp, label: "Move up", help: "Move the one selected up or down the list",
                   contexts: [.goal, .goals, .strengths, .personStrengths, .networkList], inBar: false),
        KeyBinding(keys: ch("J"), command: .moveItemDown, label: "Move down", help: "Move the one selected up or down the list",
                   contexts: [.goal, .goals, .strengths, .personStrengths, .networkList], inBar: false),
        KeyBinding(keys: ch("x"), command: .export, label: "Export", help: "Save a copy to print or take home", contexts: plan, inBar: false),
        KeyBinding(keys: [.tab], command: .nextSection, label: "Next part", help: "Next or previous part of the plan", contexts: plan, inBar: false),
        KeyBinding(keys: [.backTab], command: .previousSection, label: "Previous part", help: "Next or previous part of the plan", contexts: plan, inBar: false),
        KeyBinding(keys: ch("123456"), command: .section(0), label: "Parts", help: "Go to a part of the plan by its number (shown at the top)",
                   contexts: plan, inBar: true),
        KeyBinding(keys: ch("q"), command: .back, label: "Back", help: "Back (everything is already saved)", contexts: [.anyScreen], inBar: true),
        KeyBinding(keys: [.escape], command: .back, label: "Back", help: "Back", contexts: [.goal, .directory, .report, .timeline],
                   inBar: false),
        KeyBinding(keys: [.escape], command: .cancel, label: "Close", help: "Close the details, or stop what is under way",
                   contexts: plan, inBar: false),

        // Network, in the bar where there is room
        KeyBinding(keys: ch("v"), command: .toggleView, label: "List", help: "Show the map as a plain list",
                   contexts: [.network], inBar: true),
        KeyBinding(keys: ch("v"), command: .toggleView, label: "Rings", help: "Show the map as rings", contexts: [.networkList], inBar: true),
        KeyBinding(keys: ch("/"), command: .search, label: "Find", help: "Find someone on the map by name as you type",
                   contexts: [.network, .networkList], inBar: true),
        KeyBinding(keys: ch("<,"), command: .anticlockwise, label: "Round", help: "Move the one selected round their ring: < one way, > the other",
                   contexts: [.network], inBar: true, shown: "<>"),
        KeyBinding(keys: ch(">."), command: .clockwise, label: "Round", help: "Move the one selected round their ring: < one way, > the other",
                   contexts: [.network], inBar: false),
        KeyBinding(keys: ch("n"), command: .knows, label: "Knows", help: "Who they know on the map: they know each other",
                   contexts: [.network, .networkList], inBar: true),

        // Moving about, everywhere
        KeyBinding(keys: [.up, .character("k")], command: .up, label: "Move", help: "Move about", contexts: [.anyScreen], inBar: false),
        KeyBinding(keys: [.down, .character("j")], command: .down, label: "Move", help: "Move about", contexts: [.anyScreen], inBar: false),
        KeyBinding(keys: [.left, .character("h")], command: .left, label: "Move", help: "Move about", contexts: [.anyScreen], inBar: false),
        KeyBinding(keys: [.right, .character("l")], command: .right, label: "Move", help: "Move about", contexts: [.anyScreen], inBar: false),
        KeyBinding(keys: [.pageUp], command: .pageUp, label: "Page", help: "Up or down a page", contexts: [.anyScreen], inBar: false),
        KeyBinding(keys: [.pageDown], command: .pageDown, label: "Page", help: "Up or down a page", contexts: [.anyScreen], inBar: false),
        KeyBinding(keys: [.home], command: .first, label: "Ends", help: "Go to the first or the last", contexts: [.anyScreen], inBar: false),
        KeyBinding(keys: [.end], command: .last, label: "Ends", help: "Go to the first or the last", contexts: [.anyScreen], inBar: false),
        KeyBinding(keys: ch("p"), command: .privacy, label: "Hide", help: "Hide the screen until a key is pressed", contexts: [.anyScreen], inBar: true),

        // Over time, and who writes: last, so the bar shows them only where there is room (help always does)
        KeyBinding(keys: ch("t"), command: .timeline, label: "Timeline",
                   help: "What changed, and when: one dated line each", contexts: plan.union([.timeline]), inBar: true),
        KeyBinding(keys: ch("w"), command: .writing, label: "Who writes",
                   help: "Who is writing now: marks what is added or changed", contexts: plan, inBar: false),
        KeyBinding(keys: ch("i"), command: .ideasNearby, label: "Nearby",
                   help: "Ideas nearby: places and groups in the directory that fit this person, and why",
                   contexts: [.strengths, .personStrengths, .network, .networkList], inBar: true),
        KeyBinding(keys: ch("g"), command: .startGroup, label: "Group",
                   help: "Start a group: only what the group writes together is on screen", contexts: [.caseload], inBar: true),
    ]
}
