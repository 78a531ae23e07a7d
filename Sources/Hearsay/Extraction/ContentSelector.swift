/// Picks the article body out of a page's text blocks.
///
/// Every block gets a weight: paragraph text counts for the body, link lists, short loose
/// snippets and furniture lines count against it, headings are neutral. Each element's score is
/// the sum of the weights in its subtree (one bottom-up pass, linear in the page), and the body
/// is the element with the highest score: the smallest container that holds most paragraph
/// text while taking in as little furniture as possible, however deeply the paragraphs are
/// wrapped. Class/id hints nudge the choice. Inside it, `BlockFilter` then drops the remaining
/// furniture block by block.
struct ContentSelector {
    let boilerplate: BoilerplateFilter

    /// How many blocks after the first `<h1>` count as the story's lead.
    static let leadBlocks = 40
    /// The weight factor for prose in the lead.
    static let leadBoost = 1.5

    /// Indices of the blocks that form the body, in reading order.
    func select(_ tree: HTMLTree) -> [Int] {
        let blocks = tree.blocks
        let elements = tree.elements
        guard !blocks.isEmpty else { return [] }
        let filter = BlockFilter(boilerplate: boilerplate)
        var score = [Double](repeating: 0, count: elements.count)
        var good = [Double](repeating: 0, count: elements.count)
        var weights = blocks.map { filter.weight($0) }
        TeaserDetector(blocks: blocks, elements: elements, weights: weights).demote(&weights)
        // The story starts under its headline: prose just after the first <h1> counts for more.
        if let headline = blocks.firstIndex(where: { $0.tag == "h1" }) {
            for index in (headline + 1)..<min(blocks.count, headline + 1 + Self.leadBlocks) where weights[index] > 0 {
                weights[index] *= Self.leadBoost
            }
        }
        for (index, block) in blocks.enumerated() {
            let weight = weights[index]
            score[block.element] += weight
            if weight > 0 { good[block.element] += weight }
        }
        // Elements come in document order, so every child follows its parent: summing in reverse
        // order folds each subtree into its root in one pass.
        for i in elements.indices.reversed() {
            let parent = elements[i].parent
            guard parent >= 0 else { continue }
            score[parent] += score[i]
            good[parent] += good[i]
        }
        var best = -1
        var bestScore = 0.0
        for i in elements.indices {
            // A class or id naming the article body is worth extra, in proportion to what it holds;
            // article-like names a little.
            let element = elements[i]
            let bonus = element.body ? 0.5 : element.hint > 0 ? 0.1 : element.hint < 0 ? -0.1 : 0
            let hinted = score[i] + bonus * good[i]
            if hinted >= bestScore && hinted > 0 { bestScore = hinted; best = i }
        }
        guard best >= 0 else { return fallback(tree, filter) }
        // The body is a container of paragraphs, never a single paragraph.
        while HTMLTree.paragraphTags.contains(elements[best].tag), elements[best].parent > 0 { best = elements[best].parent }
        var selected: [Int] = []
        for (index, block) in blocks.enumerated() where isInside(block.element, best, elements) {
            if filter.keep(block, weight: weights[index]) { selected.append(index) }
        }
        return selected.isEmpty ? fallback(tree, filter) : selected
    }

    /// Every non-furniture block, for pages where scoring found no container.
    func fallback(_ tree: HTMLTree, _ filter: BlockFilter) -> [Int] {
        tree.blocks.indices.filter { filter.keep(tree.blocks[$0], weight: filter.weight(tree.blocks[$0])) }
    }

    /// Whether `element` is `container` or lies inside it.
    private func isInside(_ element: Int, _ container: Int, _ elements: [HTMLTree.Element]) -> Bool {
        var e = element
        // Parents always precede their children, so the walk can stop below the container's index.
        while e >= container {
            if e == container { return true }
            e = elements[e].parent
        }
        return false
    }
}
