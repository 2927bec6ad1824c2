//! A byte trie over the gazetteer aliases for anchored longest-prefix
//! search.
//!
//! The gazetteer only ever asks "which alias is the longest prefix of the
//! text at this word start?", so it needs no failure transitions: a plain
//! trie answers it with one walk from the root. It is built from the
//! aliases sorted by bytes in one linear pass (no hashing, no per-node
//! allocation), which keeps start-up short, and its edges are stored
//! contiguously per node, sorted by byte, with a direct 256-entry table at
//! the root.

/// No pattern ends at a node.
const NONE: u32 = u32::MAX;

/// Bits in the filter over the first four bytes of the patterns.
const QUAD_BITS: usize = 1 << 17;

/// One trie node.
#[derive(Clone, Copy)]
struct Node {
    /// Index of its first edge in `edges` (its last is before the next
    /// node's first).
    first_edge: u32,
    /// The pattern ending here, or [`NONE`].
    pattern: u32,
}

/// The trie.
pub struct AliasTrie {
    /// Child of the root for each first byte (0 = none; the root is node 0
    /// and is never a child).
    root: Box<[u32; 256]>,
    /// Nodes in depth-first order, plus one sentinel.
    nodes: Vec<Node>,
    /// Edges grouped by parent node and sorted by byte within a node:
    /// `child << 8 | byte`.
    edges: Vec<u32>,
    /// Bit set over a hash of the first four bytes of every pattern of
    /// four bytes or more.
    quad: Vec<u64>,
    /// Bit set over the first two bytes of every pattern of one to three
    /// bytes (a one-byte pattern sets every pair it starts).
    short: Vec<u64>,
}

fn quad_hash(b: &[u8]) -> usize {
    let v = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    (v.wrapping_mul(0x9E37_79B1) >> 15) as usize
}

fn set_bit(bits: &mut [u64], k: usize) {
    bits[k >> 6] |= 1 << (k & 63);
}

fn bit(bits: &[u64], k: usize) -> bool {
    bits[k >> 6] & (1 << (k & 63)) != 0
}

impl AliasTrie {
    /// Builds the trie; pattern `i` is `patterns[i]`. Empty patterns are
    /// ignored; for duplicate patterns the first one is kept.
    pub fn new<'a>(patterns: impl ExactSizeIterator<Item = &'a str>) -> AliasTrie {
        let pats: Vec<&[u8]> = patterns.map(str::as_bytes).collect();
        let mut order: Vec<u32> = (0..pats.len() as u32).collect();
        order.sort_by(|&a, &b| pats[a as usize].cmp(pats[b as usize]).then(a.cmp(&b)));
        let mut quad = vec![0u64; QUAD_BITS / 64];
        let mut short = vec![0u64; (1 << 16) / 64];
        // Nodes in depth-first order: (parent, byte) of each node but the
        // root, created along each pattern past its common prefix with the
        // previous pattern in sorted order.
        let mut parent: Vec<u32> = vec![0];
        let mut label: Vec<u8> = vec![0];
        let mut pattern: Vec<u32> = vec![NONE];
        // path[d] = node at depth d along the previous pattern.
        let mut path: Vec<u32> = vec![0];
        let mut prev: &[u8] = &[];
        for &p in &order {
            let pat = pats[p as usize];
            match pat.len() {
                0 => continue,
                1 => {
                    for b1 in 0..256usize {
                        set_bit(&mut short, (pat[0] as usize) << 8 | b1);
                    }
                }
                2 | 3 => set_bit(&mut short, (pat[0] as usize) << 8 | pat[1] as usize),
                _ => set_bit(&mut quad, quad_hash(pat)),
            }
            let lcp = pat.iter().zip(prev).take_while(|(a, b)| a == b).count();
            path.truncate(lcp + 1);
            for &b in &pat[lcp..] {
                let node = parent.len() as u32;
                parent.push(path[path.len() - 1]);
                label.push(b);
                pattern.push(NONE);
                path.push(node);
            }
            let end = path[pat.len()] as usize;
            if pattern[end] == NONE {
                pattern[end] = p;
            }
            prev = pat;
        }
        // Group edges by parent with a counting sort; depth-first creation
        // order keeps each node's children sorted by byte.
        let n = parent.len();
        let mut first_edge = vec![0u32; n + 1];
        for &p in &parent[1..] {
            first_edge[p as usize + 1] += 1;
        }
        for i in 0..n {
            first_edge[i + 1] += first_edge[i];
        }
        let mut fill = first_edge.clone();
        let mut edges = vec![0u32; n - 1];
        let mut root = Box::new([0u32; 256]);
        for c in 1..n {
            let p = parent[c] as usize;
            edges[fill[p] as usize] = (c as u32) << 8 | label[c] as u32;
            fill[p] += 1;
            if p == 0 {
                root[label[c] as usize] = c as u32;
            }
        }
        let nodes = first_edge
            .iter()
            .enumerate()
            .map(|(i, &first_edge)| Node {
                first_edge,
                pattern: pattern.get(i).copied().unwrap_or(NONE),
            })
            .collect();
        AliasTrie {
            root,
            nodes,
            edges,
            quad,
            short,
        }
    }

    /// The longest pattern that is a prefix of `hay`: (pattern, length).
    #[inline]
    pub fn longest_prefix(&self, hay: &[u8]) -> Option<(usize, usize)> {
        if hay.len() >= 4
            && !bit(&self.quad, quad_hash(hay))
            && !bit(&self.short, (hay[0] as usize) << 8 | hay[1] as usize)
        {
            // No pattern of four bytes or more starts with these four
            // bytes, and none shorter with these two.
            return None;
        }
        let (&b0, rest) = hay.split_first()?;
        let mut node = self.root[b0 as usize] as usize;
        if node == 0 {
            return None;
        }
        let mut best = None;
        let mut len = 1;
        loop {
            let p = self.nodes[node].pattern;
            if p != NONE {
                best = Some((p as usize, len));
            }
            let Some(&b) = rest.get(len - 1) else { break };
            let edges = &self.edges
                [self.nodes[node].first_edge as usize..self.nodes[node + 1].first_edge as usize];
            let e = if edges.len() <= 8 {
                match edges.iter().find(|&&e| e as u8 == b) {
                    Some(&e) => e,
                    None => break,
                }
            } else {
                match edges.binary_search_by_key(&b, |&e| e as u8) {
                    Ok(k) => edges[k],
                    Err(_) => break,
                }
            };
            node = (e >> 8) as usize;
            len += 1;
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_prefix_wins() {
        let pats = ["U.S", "U.S.", "Union", "U", "Un", "the U.S.", "Union"];
        let t = AliasTrie::new(pats.iter().copied());
        assert_eq!(t.longest_prefix(b"U.S. officials"), Some((1, 4)));
        assert_eq!(t.longest_prefix(b"Unions"), Some((2, 5)));
        assert_eq!(t.longest_prefix(b"Uno"), Some((4, 2)));
        assert_eq!(t.longest_prefix(b"X"), None);
        assert_eq!(t.longest_prefix(b""), None);
        assert_eq!(t.longest_prefix(b"the U."), None);
        assert_eq!(t.longest_prefix(b"the U.S.A."), Some((5, 8)));
    }
}
