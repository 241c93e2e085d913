import AssetMapCore

/// A walk-through for a first meeting, one part at a time: the good-life question, three people who matter,
/// three things the person is good at, one goal with a first small step, then the WELL12 check. Everything it
/// writes goes into the plan through the same changes the plan's own parts make. Left part-way, it is kept
/// (with anything half typed) while the plan is open, and `g` picks it up where it was left.
public struct GuideState: Equatable, Sendable {
    public enum Part: Int, CaseIterable, Sendable {
        case welcome, goodLife, people, strengths, goal, wellbeing

        /// The part of the plan the walk-through is filling in, shown as the tab.
        var section: PlanSection {
            switch self {
            case .welcome, .goodLife: return .overview
            case .people: return .network
            case .strengths: return .strengths
            case .goal: return .goals
            case .wellbeing: return .wellbeing
            }
        }

        /// Parts with boxes to type in; the others are a page with one thing to do.
        var isTyped: Bool {
            switch self {
            case .goodLife, .people, .strengths, .goal: return true
            case .welcome, .wellbeing: return false
            }
        }

        /// How many of each the part asks for; after that many it moves on by itself.
        static let wanted = 3
    }

    /// The boxes of the goal part, in order.
    enum GoalBox: Int, CaseIterable {
        case goal, firstStep, who, when
    }

    public var part: Part
    public var isOpen = true
    /// The boxes of the people part, in order: the ring's number adds the person, so who or what they are is
    /// chosen first when it is not a person.
    enum PeopleBox: Int, CaseIterable {
        case name, ring, kind
    }

    /// Which box has the keys: one of `PeopleBox` for people, one of `GoalBox` for the goal.
    public var box = 0
    public var goodLife = TextFieldState(multiline: true)
    public var name = TextFieldState()
    public var ring = 1
    /// Who or what the next one is, as an index of `ConnectionKind.allCases`: a person unless chosen.
    public var kind = 0
    /// Letters typed to find the kind.
    public var kindTyped = ""
    public var strength = TextFieldState()
    /// Which question that helps is showing beside the strengths.
    public var prompt = 0
    public var goal = TextFieldState()
    public var firstStep = TextFieldState()
    public var who = 0
    /// Letters typed to find someone for "who will do it".
    public var whoTyped = ""
    /// What is left of the name chosen by its first letters, folded: typed on into "by when", it is passed over.
    public var restOfWho = ""
    public var when = TextFieldState()
    /// How many people or strengths were added on this visit to the part.
    public var added = 0
    /// What cannot be kept yet, and why; shown under the boxes.
    public var problem: String?
    /// What was just done, or what to do next; shown under the boxes where a problem would be, but not as one.
    public var said: String?

    public init(part: Part) {
        self.part = part
    }

    /// Where to pick up a walk-through not yet started while the plan is open: the first part with nothing in it yet.
    public static func firstPartToDo(in plan: Plan) -> Part {
        if plan.goodLife.trimmed.isEmpty { return .goodLife }
        if plan.network.count < Part.wanted { return .people }
        if plan.assets.count(where: { $0.owner == .person }) < Part.wanted { return .strengths }
        if plan.goals.isEmpty { return .goal }
        return .wellbeing
    }
}
