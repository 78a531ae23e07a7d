/// Picks the article body out of a page's text blocks: readability-style scoring of containers
/// by text length, commas, link density and class/id hints, then sibling inclusion and
/// block-level filtering.
struct ContentSelector {
    let boilerplate: BoilerplateFilter

    /// Indices of the blocks that form the body, in reading order.
    func select(_ tree: HTMLTree) -> [Int] {
        let blocks = tree.blocks
        let elements = tree.elements
        guard !blocks.isEmpty else { return [] }
        var score = [Double](repeating: 0, count: elements.count)
        var textChars = [Int](repeating: 0, count: elements.count)
        var linkChars = [Int](repeating: 0, count: elements.count)
        for block in blocks {
            let length = block.text.count
            var e = block.element
            var depth = 0
            while e >= 0 && depth < 300 {
                textChars[e] += length
                linkChars[e] += block.linkChars
                e = elements[e].parent
                depth += 1
            }
            guard length >= 25, !boilerplate.isBoilerplate(block.text) else { continue }
            let commas = block.text.reduce(0) { $0 + ($1 == "," ? 1 : 0) }
            let s = 1.0 + Double(commas) + min(Double(length) / 100.0, 3.0)
            // A paragraph scores for its container; loose text scores for the element holding it.
            var target = block.isLoose ? block.element : elements[block.element].parent
            var share = 1.0
            var level = 0
            while target >= 0 && level < 3 {
                score[target] += s * share
                target = elements[target].parent
                level += 1
                share = level == 1 ? 0.5 : 1.0 / Double(level * 3)
            }
        }
        var best = -1
        var bestScore = 0.0
        for i in elements.indices where score[i] > 0 {
            let density = textChars[i] > 0 ? Double(linkChars[i]) / Double(textChars[i]) : 0
            let adjusted = (score[i] + Double(elements[i].hint)) * (1 - density)
            score[i] = adjusted
            if adjusted > bestScore { bestScore = adjusted; best = i }
        }
        guard best >= 0 else { return fallback(tree) }
        // Include siblings of the best container that score well themselves.
        var chosen: Set<Int> = [best]
        let parent = elements[best].parent
        if parent >= 0 {
            let threshold = max(10.0, bestScore * 0.2)
            for i in elements.indices where elements[i].parent == parent && i != best && score[i] >= threshold {
                chosen.insert(i)
            }
        }
        var selected: [Int] = []
        for (index, block) in blocks.enumerated() {
            guard isInside(block.element, chosen, elements) else { continue }
            if keep(block) { selected.append(index) }
        }
        return selected.isEmpty ? fallback(tree) : selected
    }

    /// Block-level filter inside the chosen containers.
    func keep(_ block: HTMLTree.Block) -> Bool {
        let length = block.text.count
        if boilerplate.isBoilerplate(block.text) { return false }
        let density = length > 0 ? Double(block.linkChars) / Double(length) : 1
        if density > 0.5 && length < 300 { return false }
        if block.isLoose && length < 25 && !block.tag.hasPrefix("h") { return false }
        return true
    }

    /// Every non-furniture block, for pages where scoring found no container.
    func fallback(_ tree: HTMLTree) -> [Int] {
        tree.blocks.indices.filter { keep(tree.blocks[$0]) }
    }

    private func isInside(_ element: Int, _ chosen: Set<Int>, _ elements: [HTMLTree.Element]) -> Bool {
        var e = element
        var depth = 0
        while e >= 0 && depth < 300 {
            if chosen.contains(e) { return true }
            e = elements[e].parent
            depth += 1
        }
        return false
    }
}
