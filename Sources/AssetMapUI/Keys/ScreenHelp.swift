import AssetMapCore

/// What the `?` screen says: a few plain sentences on what the screen means, then every key that works there,
/// and on screens where forms open, the keys that work while typing. The keys come from the one key table.
public enum ScreenHelp {
    /// The lines of help for a context, wrapped to `width`.
    public static func lines(for context: KeyContext, width: Int) -> [[Span]] {
        let keys = KeyMap.helpLines(for: context)
        var lines = PageView.wrapped(explanation(for: context), width: width)
        lines.append([])
        if context.isPlanSection {
            lines += PageView.wrapped(whoIsWriting, width: width)
            lines.append([])
        }
        lines += keyLines(keys, width: width)
        if hasTyping(context) {
            let typing = KeyMap.helpLines(for: .textBox) { typingKeys.contains($0.command) }
            lines.append([])
            lines.append([Span("While typing, in a form or a box", .heading)])
            lines += keyLines(typing, width: width)
        }
        return lines
    }

    /// What the top right of every part of a plan means, which nothing else on screen explains.
    static let whoIsWriting =
        "\"Who is writing?\" at the top on the right: press w to say who is writing now, the person "
        + "and the worker together, the person or the worker (w again goes on round, back to not marked). Everything added or "
        + "changed from then on is marked with it, and the details and the copies say so (\"written together\"). It is "
        + "chosen afresh each time the plan is opened."

    /// The keys that change text, hide the screen or bring help: the same in every place where text is typed.
    static let typingKeys: Set<Command> = [
        .help, .privacy, .editText(.clearToStart), .editText(.clearToEnd), .editText(.deleteWordBefore),
        .editText(.lineStart), .editText(.lineEnd),
    ]

    /// Screens from which a form or a box for typing opens.
    static func hasTyping(_ context: KeyContext) -> Bool {
        switch context {
        case .caseload, .overview, .network, .networkList, .strengths, .personStrengths, .directory, .goals, .goal,
            .wellbeing, .wellbeingCheck, .wellbeingEvent, .wellbeingReview, .notes, .prompts, .group, .groupReview,
            .guidePage:
            return true
        case .caseloadSearch, .textBox, .directorySearch, .networkSearch, .form, .oneFieldForm, .picker, .guide,
            .networkCompare,
            .dialog, .help,
            .message, .report, .timeline, .planSection, .anyScreen, .choice, .ideas:
            return false
        }
    }

    /// Each key with its sentence beside it, the sentence wrapped under itself when the window is narrow.
    private static func keyLines(_ keys: [(keys: String, help: String)], width: Int) -> [[Span]] {
        let keyWidth = min(20, (keys.map { $0.keys.displayWidth }.max() ?? 4) + 2)
        return keys.flatMap { line in
            PageView.columns(
                line.keys, width: keyWidth, line.help, rightWidth: max(1, width - keyWidth), leftRole: .heading)
        }
    }

    /// Two or three plain sentences on what the screen shows and means.
    public static func explanation(for context: KeyContext) -> String {
        switch context {
        case .caseload:
            return
                "Everyone you support has a plan here, the one changed most recently first. Each row shows when the plan "
                + "last changed, the next step and when it is due, and the latest WELL12 total out of what was answered, with an "
                + "arrow for which way it moved. Everything is saved as it is typed, so there is nothing to save before leaving."
        case .caseloadSearch:
            return
                "Type part of a name to find a plan; capitals and accents do not matter. Only the plans that match are "
                + "listed: ↑ ↓ choose among them and Enter opens one."
        case .overview:
            return
                "The first page of the plan: who the person is, whether they agreed to the plan being kept, and their own "
                + "answer to \"What would a good life look like for you?\". Write it in their words rather than tidy ones: "
                + "it is what the rest of the plan works towards. What is typed here is saved as it is typed."
        case .textBox:
            return
                "You are typing into the plan. Every change is saved as it is typed, so nothing is lost; Esc just stops typing."
        case .network:
            return
                "The person is in the middle, and the people and places in their life are on five rings around them: "
                + "1 the people they are closest to, 2 friends, 3 people met through things they do, 4 people paid to be in "
                + "their life, 5 people and places they could connect with. People of the same kind (people, groups, places, "
                + "services, pets) sit together in one slice of the circle, named just outside the rings. The mark before each "
                + "name is how the person feels about them, not what they are like: + supportive, ~ mixed, − can be hard; "
                + "someone can matter and still be hard. A name with no room on its ring, or that would run out across the "
                + "next ring, is shown by a number in brackets such as [3], which stays the same "
                + "when others change, and written whole in the key beside the picture, under its ring. The line at the top counts who is on each ring and how "
                + "support goes both ways."
        case .networkList:
            return
                "The same map as a plain list, ring by ring from the closest, which is easier to read aloud. Each line "
                + "says what kind of connection it is, how the person feels about them (+ supportive, ~ mixed, − can be hard), "
                + "what they give the person and what the person gives them."
        case .networkCompare:
            return
                "The map on an earlier date beside the map now, or beside a later snapshot. Underneath, in words: who is new "
                + "since then, who moved closer or further out, and who is no longer on the map."
        case .strengths, .personStrengths:
            return
                "Three lists: what the person is good at and what they have, what the worker can bring, and places and "
                + "groups near here from the shared directory. This way of working starts from strengths: they are what "
                + "goals are built on, and each one can be linked to the steps it helps with. On the person's own list, s "
                + "offers gentle questions, one at a time, for when nothing comes to mind."
        case .directory, .directorySearch:
            return
                "Places, groups and services near here, shared by every plan in this data folder, so what workers learn "
                + "about the area stays for everyone. With a plan open, an entry can be linked to the plan, or put on its map "
                + "on ring 5, people and places the person could connect with."
        case .goals:
            return
                "The person's goals in their own words, each with how many of its small steps are done; Enter opens a goal "
                + "as a ladder. Below them is stepping back: the stages in which the person carries on with less help from "
                + "the worker."
        case .goal:
            return
                "The ladder is read from the bottom up: the lowest rung is the first small step and each rung above is the "
                + "next. ○ is to do, ◐ under way and ✓ done, and \"◀ on this rung now\" marks where the person is. Beside the "
                + "ladder: who or what helps with the step, what is in the way and what might help, and the plan for taking "
                + "a positive risk."
        case .wellbeing:
            return
                "WELL12 is twelve short statements, each answered from 4 (yes, definitely) to 0 (definitely not), so a "
                + "whole check adds up to between 0 and 48: the higher, the better things feel. When some statements were "
                + "skipped, the total is out of 4 for each one answered (30/44 is 30 out of 44), so a skipped one never looks "
                + "like a fall. Each column is one check, with arrows and numbers for what moved since the check before."
        case .wellbeingCheck:
            return
                "One statement at a time: how true does it feel now, from 4 yes, definitely to 0 definitely not? There "
                + "are no right answers, and any statement can be skipped. Each answer is saved at once, so stopping part-way "
                + "loses nothing. Once the twelve are answered, Ctrl-S finishes the check: questions 13 and 14 can be left, "
                + "and a finished check opens again to read and change."
        case .wellbeingEvent:
            return
                "Question 13: has something happened lately that changed how things feel? Yes, no or not sure, and after "
                + "yes, what it was, in the person's words. Then 14, any notes. Both can be left: Ctrl-S finishes the check, "
                + "and a finished check opens again to read and change."
        case .wellbeingReview:
            return "A finished check, every answer on one page. Choose one with ↑ ↓ and press Enter to change it: the "
                + "check stays finished, and the total and the arrows follow the new answer."
        case .notes:
            return
                "Notes from each meeting, the newest first: what was talked about, what was agreed, what went well. The "
                + "whole of the note selected shows underneath."
        case .form:
            return
                "Fill in what is known; the rest can be added later. Tab or Enter goes to the next field and Ctrl-S saves. "
                + "In a choice, typing a number, or letters only one option begins with, picks it and goes on to the next "
                + "field, which then shows what was picked; ← → or ↑ ↓ move through the options. Esc closes the form, and asks first when something "
                + "was typed."
        case .oneFieldForm:
            return
                "Type what is asked and press Ctrl-S to save. Esc closes the form, and asks first when something was typed."
        case .picker:
            return
                "Choose any number from the list: type to find one, Space ticks or unticks it, and Enter keeps what is "
                + "ticked. Esc leaves everything as it was."
        case .prompts:
            return
                "Questions that help think of strengths, one at a time, for when nothing comes to mind. Write one down "
                + "with the question in mind, or ask for another; there are questions about every part of life."
        case .dialog:
            return
                "A question about what you just asked for. Nothing happens until it is answered: y for yes, n for no."
        case .message, .help:
            return "A message about what just happened. Any of the keys below closes it."
        case .report:
            return
                "Outcomes across the whole caseload, in numbers only: no names and nothing written in the plans, so it "
                + "can be shared. A group of fewer than five people is not broken down further, so no one can be picked out."
        case .timeline:
            return
                "What changed, and when: one dated line for each day something happened, oldest first. It shows WELL12 "
                + "totals, how the map changed, goals set and reached, steps done and the days notes were written."
        case .guide, .guidePage:
            return "A walk-through for a first meeting, one part at a time: the good-life question, three people who "
                + "matter and how close they are, three things the person is good at, one goal with a first small step, "
                + "and the WELL12 check. Any part can be skipped, and the walk-through left and picked up again with g: "
                + "what is written goes into the plan as it would on the plan's own screens."
        case .choice:
            return
                "Another program changed this plan's file while it was open here. Nothing on disk has been written over "
                + "and nothing typed is lost. Choose with ↑ ↓ and Enter: keep both copies, save this one over the other, "
                + "or decide later."
        case .group:
            return "A group session: only what the group writes together is on this screen, never anyone's own plan. "
                + "The questions come one at a time; each idea can be for the whole group or for one person."
        case .groupReview:
            return "Each person in turn chooses what goes into their own plan: their own ideas as strengths, places as "
                + "\"could connect with\". Nothing goes into anyone's plan unless they say yes here."
        case .ideas:
            return
                "Places and groups from the directory that might suit the person, the best fit first, each with why it "
                + "is suggested. One can go on the map at ring 5, or be marked not for me so it is not suggested again."
        case .networkSearch:
            return "Type part of a name to find someone on the map; capitals and accents do not matter. The first one "
                + "that matches is selected as you type; Enter keeps them selected and Esc goes back to where you were."
        case .planSection, .anyScreen:
            return "The keys of this screen."
        }
    }
}
