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

/// The trie.
pub struct AliasTrie {
    /// Child of the root for each first byte (0 = none; the root is node 0
    /// and is never a child).
    root: Box<[u32; 256]>,
    /// Per node: index of its first edge in `edge_bytes` / `edge_child`.
    first_edge: Vec<u32>,
    /// Per node: the pattern ending there, or [`NONE`].
    pattern: Vec<u32>,
    /// Edge labels, grouped by parent node, sorted within a node.
    edge_bytes: Vec<u8>,
    /// Edge targets, parallel to `edge_bytes`.
    edge_child: Vec<u32>,
}

impl AliasTrie {
    /// Builds the trie; pattern `i` is `patterns[i]`. Empty patterns are
    /// ignored; for duplicate patterns the first one is kept.
    pub fn new<'a>(patterns: impl ExactSizeIterator<Item = &'a str>) -> AliasTrie {
        let pats: Vec<&[u8]> = patterns.map(str::as_bytes).collect();
        let mut order: Vec<u32> = (0..pats.len() as u32).collect();
        order.sort_by(|&a, &b| pats[a as usize].cmp(pats[b as usize]).then(a.cmp(&b)));
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
            if pat.is_empty() {
                continue;
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
        let mut edge_bytes = vec![0u8; n - 1];
        let mut edge_child = vec![0u32; n - 1];
        let mut root = Box::new([0u32; 256]);
        for c in 1..n {
            let p = parent[c] as usize;
            let k = fill[p] as usize;
            fill[p] += 1;
            edge_bytes[k] = label[c];
            edge_child[k] = c as u32;
            if p == 0 {
                root[label[c] as usize] = c as u32;
            }
        }
        AliasTrie {
            root,
            first_edge,
            pattern,
            edge_bytes,
            edge_child,
        }
    }

    /// The longest pattern that is a prefix of `hay`: (pattern, length).
    #[inline]
    pub fn longest_prefix(&self, hay: &[u8]) -> Option<(usize, usize)> {
        let (&b0, rest) = hay.split_first()?;
        let mut node = self.root[b0 as usize] as usize;
        if node == 0 {
            return None;
        }
        let mut best = None;
        let mut len = 1;
        loop {
            let p = self.pattern[node];
            if p != NONE {
                best = Some((p as usize, len));
            }
            let Some(&b) = rest.get(len - 1) else { break };
            let (a, e) = (
                self.first_edge[node] as usize,
                self.first_edge[node + 1] as usize,
            );
            let bytes = &self.edge_bytes[a..e];
            let k = if bytes.len() <= 8 {
                match bytes.iter().position(|&x| x == b) {
                    Some(k) => k,
                    None => break,
                }
            } else {
                match bytes.binary_search(&b) {
                    Ok(k) => k,
                    Err(_) => break,
                }
            };
            node = self.edge_child[a + k] as usize;
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
