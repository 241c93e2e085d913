/// How the words of a plan and of a directory entry are compared to find ideas: folded, without small words,
/// cut to their stem ("singing", "singers" and "sing" are one word), with a few words that go together
/// ("singing" finds a choir).
enum IdeaWords {
    /// The stems of the words in a text that say something about it.
    static func stems(_ text: String) -> Set<String> {
        var stems = Set<String>()
        for word in SearchQuery.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let word = String(word)
            guard word.count >= 3, !stopWords.contains(word) else { continue }
            stems.insert(stem(word))
        }
        return stems
    }

    /// The stems of a text and of the words that go with them.
    static func stemsWithRelated(_ text: String) -> Set<String> {
        let own = stems(text)
        return own.reduce(into: own) { all, stem in all.formUnion(related[stem] ?? []) }
    }

    /// A light stem for English: enough to make "gardening", "gardens" and "garden" meet.
    static func stem(_ word: String) -> String {
        var stem = word
        // Twice, so "watering" and "water" meet as "wat".
        for _ in 0..<2 {
            guard
                let ending = ["ing", "ers", "er", "ed"].first(where: { stem.count > $0.count + 2 && stem.hasSuffix($0) }
                )
            else { break }
            stem.removeLast(ending.count)
            // "swimming" → "swim", "knitting" → "knit"; "ll" and "ss" are left as in "spelling", "dressing".
            if let last = stem.last, stem.count > 3, stem.dropLast().last == last, !"lsaeiou".contains(last) {
                stem.removeLast()
            }
        }
        if stem.count > 3, stem.hasSuffix("s"), !stem.hasSuffix("ss") { stem.removeLast() }
        if stem.count > 3, stem.hasSuffix("e") { stem.removeLast() }
        return stem
    }

    /// Words too common to say what someone likes or what a place is.
    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "into", "onto", "about", "our", "your", "you", "they", "them", "their",
        "that", "this", "these", "those", "there", "here", "what", "when", "where", "who", "how", "why", "can",
        "could", "would", "will", "want", "wants", "like", "likes", "love", "loves", "enjoy", "enjoys", "good", "great",
        "get", "got", "getting", "going", "goes", "make", "makes", "making", "made", "have", "has", "had", "having",
        "some", "any", "all", "more", "most", "very", "really", "just", "also", "not", "one", "two", "each", "every",
        "things", "thing", "something", "people", "person", "someone", "everyone", "time", "times", "day", "days",
        "week", "weeks", "weekly", "near", "local", "round", "around", "new", "way", "ways", "lot", "lots", "bit",
        "help", "helps", "helping", "feel", "feeling", "able", "being", "been", "was", "were", "are", "again", "still",
        "other", "others", "own", "back", "out", "off", "over", "under", "then", "than", "too", "well", "much",
        "find", "finding", "try", "trying", "start", "starting", "meet", "meets", "open", "free", "use", "used",
    ]

    /// Words that go together, by stem: someone who likes singing may like a choir.
    static let related: [String: Set<String>] = {
        let groups: [[String]] = [
            ["sing", "singing", "choir", "song", "songs", "vocal"],
            ["music", "band", "guitar", "piano", "drum", "ukulele", "choir", "song"],
            ["walk", "walking", "ramble", "rambling", "hike", "hiking", "stroll"],
            ["garden", "gardening", "allotment", "grow", "growing", "plant", "plants", "vegetables", "veg"],
            ["fix", "fixing", "repair", "repairing", "mend", "mending", "tinker"],
            ["bike", "bikes", "cycle", "cycling", "bicycle"],
            ["read", "reading", "book", "books", "library", "reader"],
            ["art", "arts", "paint", "painting", "draw", "drawing", "craft", "crafts"],
            ["knit", "knitting", "crochet", "sewing", "sew", "yarn", "wool", "craft"],
            ["cook", "cooking", "baking", "bake", "kitchen", "food", "lunch"],
            ["dog", "dogs", "cat", "cats", "animal", "animals", "pet", "pets"],
            ["football", "sport", "sports", "team", "match"],
            ["swim", "swimming", "pool"],
            ["dance", "dancing", "zumba"],
            ["computer", "computers", "digital", "internet", "laptop", "phone"],
            ["volunteer", "volunteering", "volunteers"],
            ["friend", "friends", "friendship", "company", "chat", "social", "coffee"],
            ["listen", "listening", "talk", "talking", "peer", "befriending"],
            ["fitness", "exercise", "gym", "yoga", "sport"],
            ["nature", "park", "parks", "outdoors", "countryside", "wildlife", "birds"],
            ["quiz", "quizzes", "games", "chess", "cards", "puzzles"],
            ["fish", "fishing", "angling"],
            ["film", "films", "cinema", "movies"],
            ["write", "writing", "poetry", "poems", "stories"],
            ["learn", "learning", "course", "courses", "class", "classes", "college"],
        ]
        var related: [String: Set<String>] = [:]
        for group in groups {
            let stems = Set(group.map(stem))
            for one in stems { related[one, default: []].formUnion(stems) }
        }
        return related
    }()

    /// How an asset reads as a reason, in the person's own words: "you like singing", "you're good at fixing
    /// bikes", "you're patient with animals", "family matters to you".
    static func phrase(_ asset: Asset) -> String {
        let text = asset.text.trimmed
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let first = words.first?.lowercased() ?? ""
        let rest = words.count > 1 ? words[1] : ""
        switch first {
        case "i":
            return rest.hasPrefix("am ") ? "you're " + rest.dropFirst(3) : "you " + rest
        case "i'm", "i’m":
            return "you're " + rest
        case "loves", "likes", "enjoys":
            return "you \(first.dropLast()) \(rest)"
        case "love", "like", "enjoy":
            return "you \(first) \(rest)"
        case _ where describingWords.contains(first):
            return "you're " + lowercasingFirst(text)
        default:
            break
        }
        switch asset.kind {
        case .interest, .place: return "you like " + lowercasingFirst(text)
        case .strength, .skill: return "you're good at " + lowercasingFirst(text)
        case .value: return lowercasingFirst(text) + " matters to you"
        case .resource: return "you have " + lowercasingFirst(text)
        }
    }

    /// Words that describe a person, so "Patient with animals" reads "you're patient with animals".
    static let describingWords: Set<String> = [
        "good", "great", "brilliant", "patient", "kind", "calm", "caring", "creative", "funny", "handy", "organised",
        "reliable", "friendly", "strong", "determined", "honest", "brave", "practical", "clever", "skilled", "gentle",
        "helpful", "generous", "loyal", "thoughtful", "careful", "fit", "quick", "musical", "artistic", "sporty",
    ]

    /// "Singing" and "A bus pass" start in lower case in a sentence; "DIY" and "St Anne's" keep their capitals.
    static func lowercasingFirst(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard let first = words.first, first.dropFirst().allSatisfy({ !$0.isUppercase }),
            !(words.dropFirst().first?.first?.isUppercase ?? false)
        else { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
