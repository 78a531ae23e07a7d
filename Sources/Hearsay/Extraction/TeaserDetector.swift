/// Finds teaser cards: a link headline with one short paragraph of summary under it, the unit
/// of "related stories" and "more from" lists. Their summaries read like prose, so they would
/// otherwise count for the container around them.
///
/// A prose block is a teaser when the smallest element around it that holds more than one block
/// holds no other prose but at least one link-dense line (the headline).
struct TeaserDetector {
    let blocks: [HTMLTree.Block]
    let elements: [HTMLTree.Element]
    let weights: [Double]

    /// Longest summary still taken for a teaser, in characters.
    static let maxSummary = 500

    /// Turns the weight of every teaser summary negative. Linear in blocks times wrapper depth.
    func demote(_ weights: inout [Double]) {
        var blockCount = [Int](repeating: 0, count: elements.count)
        var proseCount = [Int](repeating: 0, count: elements.count)
        var headlineCount = [Int](repeating: 0, count: elements.count)
        for (index, block) in blocks.enumerated() {
            blockCount[block.element] += 1
            if self.weights[index] > 0 { proseCount[block.element] += 1 }
            if block.length >= 15 && block.linkChars * 5 >= block.length * 4 { headlineCount[block.element] += 1 }
        }
        for i in elements.indices.reversed() {
            let parent = elements[i].parent
            guard parent >= 0 else { continue }
            blockCount[parent] += blockCount[i]
            proseCount[parent] += proseCount[i]
            headlineCount[parent] += headlineCount[i]
        }
        for (index, block) in blocks.enumerated() where self.weights[index] > 0 && block.length <= Self.maxSummary {
            var e = block.element
            while e > 0 && blockCount[e] <= 1 { e = elements[e].parent }
            guard e > 0 else { continue }
            if proseCount[e] == 1 && headlineCount[e] >= 1 { weights[index] = -Double(block.length) }
        }
    }
}
