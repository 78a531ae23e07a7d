/// Judges single text blocks: how much each says for or against the container around it being
/// the article body, and whether a block inside the chosen body is kept.
struct BlockFilter {
    let boilerplate: BoilerplateFilter

    /// Tags whose text is a paragraph of prose.
    static let prose: WordTable<Void> = ["p", "blockquote", "pre", "li", "dd", "dt", "tr"]

    /// Evidence that `block` is article text (positive, about its length) or furniture (negative).
    ///
    /// Prose counts its length minus twice its link text; link lists, furniture lines and short
    /// loose snippets ("Share", "Advertisement", a date) count against; headings are neutral.
    func weight(_ block: HTMLTree.Block) -> Double {
        let length = Double(block.length)
        let links = Double(block.linkChars)
        if isHeading(block.tag) { return links * 2 > length ? -length : 0 }
        if links * 2 > length { return -length }
        if block.length <= 300 && boilerplate.isBoilerplate(block.text) { return -length }
        let proseLike = Self.prose.contains(block.tag) || block.inBlockquote || block.length >= 100
        if !proseLike { return -0.5 * length }
        // A short paragraph ("He declined.") proves nothing either way.
        if block.length < 25 && block.words < 5 { return 0 }
        return length - 2 * links
    }

    /// Whether a block inside the chosen body belongs to the article.
    func keep(_ block: HTMLTree.Block, weight: Double) -> Bool {
        if weight > 0 { return true }
        let length = block.length
        if length == 0 || block.linkChars * 2 > length { return false }
        if length <= 300 && boilerplate.isBoilerplate(block.text) { return false }
        if isHeading(block.tag) { return length <= 300 }
        // Short paragraphs of prose ("He declined.") stay; loose snippets do not.
        return Self.prose.contains(block.tag) && block.words >= 2
    }

    /// `h1` … `h6`.
    func isHeading(_ tag: String) -> Bool {
        tag.utf8.count == 2 && tag.utf8.first == UInt8(ascii: "h") && tag != "hr" && tag != "th" && tag != "tr"
    }
}
