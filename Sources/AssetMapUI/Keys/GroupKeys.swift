extension KeyMap {
    /// The keys of a group session and of the ideas nearby.
    static let groupKeys: [KeyBinding] = [
        KeyBinding(
            keys: [.enter, .right, .character("n")], command: .nextItem, label: "Next",
            help: "Start, or go on to the next question",
            contexts: [.group], inBar: true),
        KeyBinding(
            keys: [.left, .character("b")], command: .previousItem, label: "Back", help: "Back to the question before",
            contexts: [.group], inBar: false),
        KeyBinding(
            keys: ch("a"), command: .add, label: "Add idea",
            help: "Write an idea down, for the group or for one person",
            contexts: [.group], inBar: true),
        KeyBinding(
            keys: ch("e"), command: .edit, label: "Edit", help: "Change the idea selected", contexts: [.group],
            inBar: true),
        KeyBinding(
            keys: ch("d"), command: .delete, label: "Delete", help: "Delete the idea selected (asks first)",
            contexts: [.group], inBar: false),
        KeyBinding(
            keys: ch("c"), command: .addToDirectory, label: "To directory",
            help: "Add the place selected to the community directory, for everyone", contexts: [.group], inBar: true),
        KeyBinding(
            keys: ch("r"), command: .review, label: "Choose",
            help: "The end: each person chooses what goes into their own plan", contexts: [.group], inBar: true),
        KeyBinding(
            keys: ch("yY"), command: .save, label: "Yes", help: "Yes, put it in my plan", contexts: [.groupReview],
            inBar: true),
        KeyBinding(
            keys: ch("nN"), command: .no, label: "No", help: "No, leave it out", contexts: [.groupReview], inBar: true),
        KeyBinding(
            keys: [.enter], command: .open, label: "Done",
            help: "Done with this person: put what they chose into their plan",
            contexts: [.groupReview], inBar: true),
        KeyBinding(
            keys: [.right], command: .nextItem, label: "Person", help: "The next person, or the person before",
            contexts: [.groupReview], inBar: true, shown: "←→"),
        KeyBinding(
            keys: [.left], command: .previousItem, label: "Person", help: "The next person, or the person before",
            contexts: [.groupReview], inBar: false),
        KeyBinding(
            keys: [.escape, .character("q")], command: .back, label: "Questions", help: "Back to the questions",
            contexts: [.groupReview], inBar: true),
        KeyBinding(
            keys: ch("x"), command: .export, label: "Sheets",
            help: "Take-home sheets: one for each person and the group's own",
            contexts: [.group, .groupReview], inBar: true),
        KeyBinding(
            keys: ch("q"), command: .back, label: "Leave", help: "Leave the group (it is saved; asks first)",
            contexts: [.group],
            inBar: true),
        KeyBinding(
            keys: ch("r"), command: .putOnMap, label: "On map",
            help: "Put it on the map at ring 5 (could connect with) and link it to this plan", contexts: [.ideas],
            inBar: true),
        KeyBinding(
            keys: ch("n"), command: .notForMe, label: "Not for me",
            help: "Not for this person: it is not suggested again",
            contexts: [.ideas], inBar: true),
        KeyBinding(
            keys: ch("u"), command: .undo, label: "Undo", help: "Take back the last change", contexts: [.ideas],
            inBar: true),
        KeyBinding(
            keys: ch("c"), command: .communityDirectory, label: "Directory", help: "The whole community directory",
            contexts: [.ideas], inBar: true),
        KeyBinding(
            keys: [.escape, .character("q"), .character("i")], command: .cancel, label: "Close",
            help: "Close the ideas",
            contexts: [.ideas], inBar: true),
    ]
}
