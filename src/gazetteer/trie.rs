//! A byte trie over the gazetteer aliases for anchored longest-prefix
//! search.
//!
//! The gazetteer only ever asks "which alias is the longest prefix of the
//! text at this word start?", so it needs no failure transitions: a plain
//! trie answers it with one walk from the root. It is built from the
//! aliases sorted by bytes in one linear pass (no hashing, no per-node
//! allocation), which keeps start-up short. The children of a node are
//! contiguous and sorted by byte; a node holds the bytes a step from it
//! compares (its few children's, or its chain's below), so a step from a
//! node of at most eight children reads the node it goes to and no other
//! (one of more reads its children's bytes, [`AliasTrie::labels`], too).
//! The first four levels are stored breadth first, so they
//! sit together in a few cache lines; below them nodes are stored depth
//! first (each node's children just before their subtrees), so a walk
//! along a long name reads consecutive nodes instead of one cache line
//! per level. A jump table over the first four bytes of the aliases
//! starts walks at depth four, and is the filter of those bytes too: a
//! position whose four bytes start no alias of four bytes or more finds
//! no entry (and a bit set over the first two bytes of the shorter ones
//! rejects most of those before any walk); an entry holds a copy of its
//! node. A chain of single children is stepped over up to eight nodes at
//! a time, by one comparison of eight bytes of the text with the chain's
//! bytes, which its first node's parent keeps. With SSSE3 (the AVX2 scan)
//! a run, a few children and a leaf take the same step, one shuffle and
//! compare of eight bytes with no branch on the node's kind
//! ([`AliasTrie::walk_simd`]).

/// No pattern: none ends at a node (its own pattern), or none ends at it
/// or above it on its path (`Node::best`).
const NONE: u32 = u32::MAX;

/// Depth at which the jump table starts walks: the nodes above it are
/// stored breadth first, the nodes below it depth first.
const JUMP_DEPTH: u32 = 4;

/// One trie node, stored with its siblings.
#[derive(Clone, Copy)]
struct Node {
    /// The node a step to its first child reaches: for a node of one
    /// child, the last node of its run (the child's index plus
    /// [`Node::run`], less one), so that [`AliasTrie::walk_simd`]'s step
    /// adds only the index of the child it found (0 for a run); for
    /// others, the index of its first child (children are contiguous).
    /// See [`Node::first_child`].
    to: u32,
    /// The longest pattern that ends here or above (at this node or one
    /// of its ancestors), or [`NONE`]: the answer of a walk that stops
    /// here, so a walk carries no pattern from node to node.
    best: u32,
    /// The length of [`Node::best`] (its node's depth).
    best_len: u32,
    /// The bytes a walk compares at this node, kept in the node it has
    /// just read (not in [`AliasTrie::labels`], one more cache line a
    /// step): for a node of one child, the bytes of its run
    /// ([`Node::run`], from that child on), its last byte repeated after
    /// them; for a node of two to eight children, their bytes in order
    /// ([`child_of_few`]), the first child's byte repeated after them;
    /// zero bytes for a node of none. (The repeats let the walk's step
    /// compare all eight bytes with no mask: [`AliasTrie::walk_simd`].)
    /// For a node of more than eight, the [`next_bit`] of its children's
    /// bytes, little endian: a text byte whose bit is clear ends the walk
    /// before any search ("the " before a lowercase word).
    kids: [u8; 8],
    /// Number of children.
    children: u16,
    /// For a node of one child: how many nodes from that child on (one
    /// to eight) form a chain that a walk may step over at once (see
    /// [`chain_run`]); 1 for other nodes (a step over one byte).
    run: u8,
    /// What [`AliasTrie::walk_simd`]'s step adds to the mask of the eight
    /// bytes of [`Node::kids`] equal to the text's: the byte's sum carries
    /// exactly when the step goes on. 1 for a node of one child (all
    /// eight equal: the run matched), 0xFF for two to eight (any equal:
    /// that child), 0 for none and for more than eight (never: a leaf
    /// ends the walk, a node of many takes the search of its children's
    /// bytes).
    carry: u8,
}

impl Node {
    /// The index of its first child (0 for a node of none).
    #[inline(always)]
    fn first_child(&self) -> usize {
        // (`run` is 1 for a node of not one child; `to` is at least
        // `run - 1` by construction, and saturating keeps any node from
        // a panic.)
        (self.to as usize + 1).saturating_sub(usize::from(self.run))
    }
    /// A node of no pattern and no children (a walk from it stops at
    /// once): each node before it is filled in, and an empty jump slot's
    /// node.
    const EMPTY: Node = Node {
        to: 0,
        best: NONE,
        best_len: 0,
        kids: [0; 8],
        children: 0,
        run: 1,
        carry: 0,
    };
}

/// The trie.
pub struct AliasTrie {
    /// Child of the root for each first byte (0 = none; the root is node 0
    /// and is never a child).
    root: Box<[u32; 256]>,
    /// Nodes: breadth first down to depth four, depth first below.
    nodes: Vec<Node>,
    /// The byte of each node (of the edge from its parent), in node
    /// order, with 32 zero bytes after the last: the bytes of the children
    /// of a node of more than eight compared with a text byte at once
    /// ([`AliasTrie::wide_child`]). (A node's run and few children have
    /// their bytes in the node too, [`Node::kids`]: a walk reads them
    /// there.)
    labels: Vec<u8>,
    /// Bit set over the first two bytes of every pattern of one to three
    /// bytes (a one-byte pattern sets every pair it starts).
    /// (An array of a fixed size: every pair indexes it within bounds with
    /// no check.)
    short: Box<[u64; (1 << 16) / 64]>,
    /// Open-addressing table over the first four bytes of the patterns of
    /// four bytes or more ([`EMPTY_KEY`] = empty slot): a walk starts at
    /// depth four. Each slot holds its key with a copy of the node there,
    /// so a lookup and the walk's start read one cache line. It is also the filter of the four bytes: no
    /// entry, no pattern of four bytes or more there (a bit set over a
    /// hash of the four bytes, tested first, cost about ten instructions
    /// more at each of the 90,000 starts a pass over train that it let
    /// through, to save a few at the 50,000 it rejected).
    jumps: Vec<Jump>,
    /// Every pattern that starts with `t` starts with "the " (those of
    /// the default gazetteer: "the Afghan government"), so a start at
    /// `t` not followed by "he " holds none ([`AliasTrie::t_is_the`]).
    t_is_the: bool,
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
        // (pattern, index) pairs sorted by bytes, then index: an
        // unstable sort gives the same order, as no two pairs are equal.
        // Each pair carries its first eight bytes as a big-endian number
        // (zero-padded), which orders as the bytes do or ties, so most
        // comparisons are one integer comparison.
        let mut keyed: Vec<(u64, &[u8], u32)> = patterns
            .enumerate()
            .map(|(i, p)| {
                let p = p.as_bytes();
                let mut head = [0u8; 8];
                let n = p.len().min(8);
                head[..n].copy_from_slice(&p[..n]);
                (u64::from_be_bytes(head), p, i as u32)
            })
            .collect();
        keyed.sort_unstable();
        let order: Vec<(&[u8], u32)> = keyed.into_iter().map(|(_, p, i)| (p, i)).collect();
        let mut short = Box::new([0u64; (1 << 16) / 64]);
        // Nodes in depth-first order: (parent, byte) of each node but the
        // root, created along each pattern past its common prefix with the
        // previous pattern in sorted order.
        // (At most one node per pattern byte: sized once.)
        let most = 1 + order.iter().map(|(p, _)| p.len()).sum::<usize>();
        let mut parent: Vec<u32> = Vec::with_capacity(most);
        let mut label: Vec<u8> = Vec::with_capacity(most);
        // (The longest pattern at or above each node, with its length:
        // [`Node::best`]. A pattern sorts before the patterns it is a
        // prefix of, so it is in place before the nodes below its end are
        // created, which take it from their parent.)
        let mut best: Vec<(u32, u32)> = Vec::with_capacity(most);
        // kid_start[v + 1] = number of children of node v, counted as they
        // are created (a prefix sum below makes it the start of v's
        // children in `kids`).
        let mut kid_start = vec![0u32; most + 1];
        parent.push(0);
        label.push(0);
        best.push((NONE, 0));
        // path[d] = node at depth d along the previous pattern.
        let mut path: Vec<u32> = vec![0];
        let mut prev: &[u8] = &[];
        for &(pat, p) in &order {
            match pat.len() {
                0 => continue,
                1 => {
                    for b1 in 0..256usize {
                        set_bit(&mut short[..], (pat[0] as usize) << 8 | b1);
                    }
                }
                2 | 3 => set_bit(&mut short[..], (pat[0] as usize) << 8 | pat[1] as usize),
                _ => {}
            }
            let lcp = pat.iter().zip(prev).take_while(|(a, b)| a == b).count();
            path.truncate(lcp + 1);
            for &b in &pat[lcp..] {
                let node = parent.len() as u32;
                let up = path[path.len() - 1];
                parent.push(up);
                kid_start[up as usize + 1] += 1;
                label.push(b);
                best.push(best[up as usize]);
                path.push(node);
            }
            let end = path[pat.len()] as usize;
            // (The first of equal patterns is kept: a node's own pattern
            // is the one as long as its depth.)
            if best[end].1 as usize != pat.len() {
                best[end] = (p, pat.len() as u32);
            }
            prev = pat;
        }
        // The layout: the levels down to depth four (where the jump table
        // starts most walks) breadth first, so they sit together; below
        // them each node's children are placed just before the subtrees
        // of those children, depth first, so a walk along a long name
        // (a chain of single children) reads consecutive nodes. Either
        // way the children of a node are contiguous, in byte order.
        let n = parent.len();
        kid_start.truncate(n + 1);
        for v in 0..n {
            kid_start[v + 1] += kid_start[v];
        }
        // Children of every node in creation order (sorted by byte, since
        // the patterns are sorted).
        let mut kids = vec![0u32; n.saturating_sub(1)];
        let mut fill = kid_start.clone();
        for (c, &p) in parent.iter().enumerate().skip(1) {
            let p = p as usize;
            kids[fill[p] as usize] = c as u32;
            fill[p] += 1;
        }
        let kids_of = |v: usize| &kids[kid_start[v] as usize..kid_start[v + 1] as usize];
        let mut new_id = vec![0u32; n];
        let mut next = 1u32;
        // (The queue holds each node with its depth: only the few nodes
        // of the top levels need one.)
        let mut queue: Vec<(u32, u32)> = vec![(0, 0)];
        let mut deep: Vec<u32> = Vec::new();
        let mut head = 0;
        while head < queue.len() {
            let (v, d) = queue[head];
            let v = v as usize;
            head += 1;
            for &c in kids_of(v) {
                new_id[c as usize] = next;
                next += 1;
                if d + 1 < JUMP_DEPTH {
                    queue.push((c, d + 1));
                } else {
                    deep.push(c);
                }
            }
        }
        deep.reverse();
        while let Some(v) = deep.pop() {
            let ks = kids_of(v as usize);
            for &c in ks {
                new_id[c as usize] = next;
                next += 1;
            }
            // (Pushed in reverse, so the first child is popped first; most
            // nodes below the top levels have one child.)
            if let [c] = ks {
                deep.push(*c);
            } else {
                deep.extend(ks.iter().rev());
            }
        }
        let mut nodes = vec![Node::EMPTY; n];
        let mut root = Box::new([0u32; 256]);
        for &c in kids_of(0) {
            root[label[c as usize] as usize] = new_id[c as usize];
        }
        // (A node's children have consecutive new ids, the first child's
        // first.)
        // (From the last node created back: a node is created after its
        // parent, so its children are in place when its run is taken from
        // them, see [`chain_run`].)
        let mut labels = vec![0u8; n + 32];
        for v in (0..n).rev() {
            let ks = kids_of(v);
            let first_child = ks.first().map_or(0, |&c| new_id[c as usize]);
            let run = if ks.len() == 1 {
                chain_run(&nodes, first_child as usize, best[v].0)
            } else {
                1
            };
            // (The run's nodes, below this one, are in place, their
            // labels too; so are a few children's, whose labels are
            // consecutive too.) (Eight bytes read and the ones past the
            // run or the children replaced by the repeated byte, see
            // [`Node::kids`]: the labels are padded, and a copy of `run`
            // bytes and a fill called memcpy and memset, 8 M instructions
            // at start-up.)
            let bytes_then = |n: usize, repeat: usize| {
                let a = first_child as usize;
                let l = u64::from_le_bytes(labels[a..a + 8].try_into().expect("eight bytes"));
                let keep = u64::MAX >> (64 - 8 * n);
                let pad = u64::from(labels[a + repeat]) * 0x0101_0101_0101_0101;
                ((l & keep) | (pad & !keep)).to_le_bytes()
            };
            let mut kids = [0u8; 8];
            let mut carry = 0;
            if ks.len() == 1 {
                kids = bytes_then(usize::from(run), usize::from(run) - 1);
                carry = 1;
            } else if (2..=8).contains(&ks.len()) {
                kids = bytes_then(ks.len(), 0);
                carry = 0xFF;
            } else if ks.len() > 8 {
                let next = ks.iter().fold(0, |m, &c| m | next_bit(label[c as usize]));
                kids = u64::to_le_bytes(next);
            }
            let id = new_id[v] as usize;
            nodes[id] = Node {
                to: first_child + u32::from(run) - 1,
                best: best[v].0,
                best_len: best[v].1,
                kids,
                children: ks.len() as u16,
                run,
                carry,
            };
            labels[id] = label[v];
        }
        let mut trie = AliasTrie {
            root,
            nodes,
            labels,
            short,
            jumps: Vec::new(),
            t_is_the: order
                .iter()
                .all(|(p, _)| p.first() != Some(&b't') || p.starts_with(b"the ")),
        };
        // The jump table, from a plain walk over each prefix (sorted and
        // distinct, as the patterns are sorted).
        let mut prefixes: Vec<&[u8]> = order
            .iter()
            .filter(|(p, _)| p.len() >= 4)
            .map(|(p, _)| &p[..4])
            .collect();
        prefixes.dedup();
        // (At most a quarter full: at up to half, the lookups of a scan
        // took about one more probe each, a few of the most frequent
        // prefixes sharing a run. The default gazetteer's 3,900 prefixes
        // take 16,384 slots, 512 KB.)
        let slots = (prefixes.len() * 4).next_power_of_two().max(16);
        let mut jumps = vec![Jump::EMPTY; slots];
        for p in prefixes {
            let mut node = trie.root[p[0] as usize] as usize;
            for &b in &p[1..] {
                let nd = trie.nodes[node];
                let a = nd.first_child();
                let k = trie.labels[a..a + nd.children as usize]
                    .iter()
                    .position(|&c| c == b)
                    .expect("a prefix of a pattern is in the trie");
                node = a + k;
            }
            let key = u32::from_le_bytes([p[0], p[1], p[2], p[3]]);
            let home = jump_slot(key) & (slots - 1);
            let mut i = home;
            while jumps[i].key != EMPTY_KEY {
                i = (i + 1) & (slots - 1);
            }
            jumps[i] = Jump {
                key,
                node: trie.nodes[node],
                more: jumps[i].more,
            };
            if i != home {
                let more = &mut jumps[home].more;
                *more = if *more == EMPTY_KEY { key } else { SEVERAL };
            }
        }
        trie.jumps = jumps;
        trie
    }

    /// Whether every pattern that starts with `t` starts with "the ": no
    /// pattern is a prefix of a text that starts with `t` and not with
    /// "the " (the gazetteer's scan drops such starts before any lookup).
    pub fn t_is_the(&self) -> bool {
        self.t_is_the
    }

    /// The lowercase ASCII letters that some pattern has right after
    /// "the " (bit `c - b'a'` for letter `c`), when no pattern is "the "
    /// or a prefix of it; else `None`. A text that starts with "the " and
    /// then another lowercase letter holds no pattern: when every pattern
    /// that starts with `t` starts with "the " ([`AliasTrie::t_is_the`]),
    /// the gazetteer's AVX2 scan drops such starts ("the first", "the
    /// army": about 22,000 a pass over train) before any lookup.
    pub fn lowercase_after_the(&self) -> Option<u32> {
        // Down "the ": no pattern on the way (`Node::best`), and a node
        // missing (0) ends it (no pattern starts with "the "): the range of
        // a node's children, none for a missing node, `Err` for a node a
        // pattern ends at.
        let kids = |node: usize| -> Result<std::ops::Range<usize>, ()> {
            if node == 0 {
                return Ok(0..0);
            }
            let nd = self.nodes[node];
            if nd.best != NONE {
                return Err(());
            }
            let a = nd.first_child();
            Ok(a..a + usize::from(nd.children))
        };
        let mut node = self.root[usize::from(b't')] as usize;
        for &b in b"he " {
            node = kids(node).ok()?.find(|&k| self.labels[k] == b).unwrap_or(0);
        }
        Some(
            self.labels[kids(node).ok()?]
                .iter()
                .filter(|c| c.is_ascii_lowercase())
                .fold(0, |m, c| m | 1 << (c - b'a')),
        )
    }

    /// Whether the jump table has slots: always, once built (sixteen at
    /// least). The gazetteer's scan tests it once before its loop, which
    /// lets the compiler drop the test of the table's length from the
    /// bounds check of each lookup's probe (`i & (len - 1) < len` needs
    /// `len != 0`).
    #[inline]
    pub fn has_jump_table(&self) -> bool {
        !self.jumps.is_empty()
    }

    /// Whether some pattern starts with byte `b`.
    pub fn starts_with(&self, b: u8) -> bool {
        self.root[usize::from(b)] != 0
    }

    /// The longest pattern that is a prefix of `hay`: (pattern, length),
    /// by [`AliasTrie::longest_prefix_from`] from the place
    /// [`AliasTrie::prefetch`] gives, as the scan does (for the tests);
    /// on a processor with SSSE3, checked against
    /// [`AliasTrie::longest_prefix_from_ssse3`] (so every test of the
    /// walk tests both walks).
    #[cfg(test)]
    pub fn longest_prefix(&self, hay: &[u8]) -> Option<(usize, usize)> {
        let home = self.prefetch(hay);
        let plain = self.longest_prefix_from(hay, home);
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("ssse3") {
            // SAFETY: the processor has SSSE3 (just detected).
            let simd = unsafe { self.longest_prefix_from_ssse3(hay, home) };
            assert_eq!(simd, plain, "{hay:?}");
        }
        plain
    }

    /// The longest pattern that is a prefix of `hay`: (pattern, length),
    /// given the jump-table place of `hay`'s first four bytes as
    /// [`AliasTrie::prefetch`] returned it (any value when `hay` is
    /// shorter): the gazetteer scan keeps the places of a block's starts
    /// from its prefetch loop, so a lookup does not hash the same four
    /// bytes again. (Another `home` gives no panic, only a search from the
    /// wrong slot. Always inlined: the gazetteer's AVX2 scan, compiled
    /// with another target feature, would call it otherwise.) By the walk
    /// of [`AliasTrie::walk`], which needs no feature beyond SSE2; the
    /// AVX2 scan takes [`AliasTrie::longest_prefix_from_ssse3`].
    #[inline(always)]
    pub fn longest_prefix_from(&self, hay: &[u8], home: usize) -> Option<(usize, usize)> {
        // SAFETY: no SSSE3 asked for.
        unsafe { self.lookup::<false>(hay, home) }
    }

    /// [`AliasTrie::longest_prefix_from`], the same answer, by the walk of
    /// [`AliasTrie::walk_simd`] (one step for every kind of node but those
    /// of more than eight children, with no branch on the kind).
    ///
    /// # Safety
    ///
    /// The processor must have SSSE3 (every processor with AVX2 has it).
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    pub unsafe fn longest_prefix_from_ssse3(
        &self,
        hay: &[u8],
        home: usize,
    ) -> Option<(usize, usize)> {
        // SAFETY: the processor has SSSE3 (this function's contract).
        unsafe { self.lookup::<true>(hay, home) }
    }

    /// The lookup of [`AliasTrie::longest_prefix_from`], walking by
    /// [`AliasTrie::walk_simd`] when `SIMD`, else by [`AliasTrie::walk`].
    ///
    /// # Safety
    ///
    /// With `SIMD`, the processor must have SSSE3.
    #[inline(always)]
    unsafe fn lookup<const SIMD: bool>(&self, hay: &[u8], home: usize) -> Option<(usize, usize)> {
        // (The walk from a node reached after `len` bytes.)
        let walk = |nd: &Node, len: usize| {
            #[cfg(target_arch = "x86_64")]
            if SIMD {
                // SAFETY: with `SIMD` the processor has SSSE3 (this
                // function's contract).
                return unsafe { self.walk_simd(hay, nd, len) };
            }
            self.walk(hay, *nd, len)
        };
        if let Some(four) = hay.first_chunk::<4>() {
            // (One load of the four bytes; the first two, for the filter
            // of the short patterns, taken from it.)
            let key = u32::from_le_bytes(*four);
            if let Some(j) = self.jump_from(key, home) {
                // (The node at depth four is in the entry: the walk reads
                // no node before its first step.)
                return walk(&j.node, 4);
            }
            // (`hay[0] << 8 | hay[1]`: the key's low two bytes swapped.)
            if !bit(&self.short[..], usize::from((key as u16).swap_bytes())) {
                // No pattern of four bytes or more starts with these four
                // bytes (no jump entry), and none shorter with these two.
                return None;
            }
        }
        let node = self.root[*hay.first()? as usize] as usize;
        if node == 0 {
            return None;
        }
        walk(&self.nodes[node], 1)
    }

    /// [`AliasTrie::walk`], the same answer, with one step for a node of
    /// one child (its whole run), of two to eight and of none: the eight
    /// bytes of the text from the walk's place, shuffled so that a run of
    /// `r` compares its first `r` bytes and repeats the last (`r = 1`
    /// for the other nodes: the first byte eight times), are compared
    /// with [`Node::kids`] at once, which holds the run's bytes or the
    /// few children's with the same repeats; [`Node::carry`] added to the
    /// mask of the equal bytes carries out of the byte when all eight are
    /// equal (a run), when any is (a few children: the first equal one is
    /// the child), and never for a leaf. So the walk's branch is whether it
    /// goes on, not which kind of node it met (a branch on the kind
    /// mispredicted about 84,000 times a pass over train). A node of more
    /// than eight children, which never carries, is searched after that
    /// branch ([`AliasTrie::wide_child`]); the last seven bytes of the text
    /// are walked by [`AliasTrie::walk`].
    ///
    /// # Safety
    ///
    /// The processor must have SSSE3.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    unsafe fn walk_simd<'a>(
        &'a self,
        hay: &[u8],
        mut nd: &'a Node,
        mut len: usize,
    ) -> Option<(usize, usize)> {
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_cvtsi64_si128, _mm_loadu_si128, _mm_movemask_epi8, _mm_shuffle_epi8,
        };
        // The last place with eight bytes from it.
        let Some(last) = hay.len().checked_sub(8) else {
            return self.walk(hay, *nd, len);
        };
        loop {
            if len > last {
                return self.walk(hay, *nd, len);
            }
            // SAFETY: `len <= hay.len() - 8`: the eight bytes from `len`
            // are `hay`'s.
            let t = unsafe { hay.as_ptr().add(len).cast::<[u8; 8]>().read_unaligned() };
            let t = u64::from_le_bytes(t);
            // (`run` is 1 to 8.)
            let run = nd.run;
            // SAFETY: the processor has SSSE3 (this function's contract);
            // the load reads one of `PICKS`'s sixteen-byte rows.
            let eq = unsafe {
                let pick = _mm_loadu_si128(PICKS[usize::from(run)].as_ptr().cast());
                let x = _mm_shuffle_epi8(_mm_cvtsi64_si128(t as i64), pick);
                let l = _mm_cvtsi64_si128(i64::from_le_bytes(nd.kids));
                _mm_movemask_epi8(_mm_cmpeq_epi8(x, l)) as u32
            };
            // (Bits 8 to 15 compare the zero upper halves: the sum is of
            // the low eight; when it carries, the first equal byte is
            // among them.)
            let (_, goes_on) = (eq as u8).overflowing_add(nd.carry);
            // (For a run, its last node; for the other nodes, the first
            // child.)
            let a = nd.to as usize;
            if goes_on {
                let c = a + eq.trailing_zeros() as usize;
                debug_assert!(c < self.nodes.len());
                // SAFETY: `c` is a node of the trie: a step goes on only
                // from a node of one to eight children ([`Node::carry`]
                // is 0 for any other), to its run's last node (`to`, all
                // eight bytes equal: the first is) or to one of its few
                // children (the bytes after theirs repeat the first
                // child's, so the first equal byte is one of theirs), and
                // [`AliasTrie::new`] stores those nodes. (The bounds test
                // took two instructions a step.)
                nd = unsafe { self.nodes.get_unchecked(c) };
                len += usize::from(run);
                continue;
            }
            let k = usize::from(nd.children);
            let b = t as u8;
            // A node of more than eight children whose filter lets the
            // byte through goes on by the search of its children; any
            // other ends the walk here.
            if k <= 8 || u64::from_le_bytes(nd.kids) & next_bit(b) == 0 {
                break;
            }
            match self.wide_child(a, k, b) {
                Some(i) => nd = &self.nodes[a + i],
                None => break,
            }
            len += 1;
        }
        (nd.best != NONE).then_some((nd.best as usize, nd.best_len as usize))
    }

    /// Goes on from `node`, reached after the first `len` bytes of `hay`:
    /// the longest pattern on the way is that of the node where the walk
    /// stops ([`Node::best`]), so none is carried from step to step.
    ///
    /// The current node is carried from step to step (the child matched is
    /// read once), and a node with one child, most of those below the top
    /// levels (a walk along a name), is stepped over its whole run
    /// ([`Node::run`], up to eight nodes) by one comparison of eight bytes
    /// of the text with the run's bytes in the node ([`Node::kids`]),
    /// masked to the run; near the end of the text, by one comparison of
    /// that child's byte. A node of two to eight children finds the child
    /// by the bytes in the node too ([`child_of_few`]), so a step reads
    /// the node it goes to and no other. (Always inlined, as
    /// [`AliasTrie::longest_prefix_from`] is.)
    #[inline(always)]
    fn walk(&self, hay: &[u8], mut nd: Node, mut len: usize) -> Option<(usize, usize)> {
        loop {
            let a = nd.first_child();
            if nd.children == 1 {
                if let Some(h) = hay.get(len..len + 8) {
                    let r = nd.run as usize;
                    let h = u64::from_le_bytes(h.try_into().expect("eight bytes"));
                    let l = u64::from_le_bytes(nd.kids);
                    // (The first `r` bytes, little endian; `r` is 1 to 8.)
                    if (h ^ l) & (u64::MAX >> (64 - 8 * r)) != 0 {
                        break;
                    }
                    nd = self.nodes[nd.to as usize];
                    len += r;
                    continue;
                }
            }
            let Some(&b) = hay.get(len) else { break };
            if nd.children == 1 {
                if nd.kids[0] != b {
                    break;
                }
                nd = self.nodes[a];
            } else {
                let k = nd.children as usize;
                let i = if k <= 8 {
                    match child_of_few(nd.kids, k, b) {
                        Some(i) => i,
                        None => break,
                    }
                } else {
                    if u64::from_le_bytes(nd.kids) & next_bit(b) == 0 {
                        break;
                    }
                    match self.wide_child(a, k, b) {
                        Some(i) => i,
                        None => break,
                    }
                };
                nd = self.nodes[a + i];
            }
            len += 1;
        }
        (nd.best != NONE).then_some((nd.best as usize, nd.best_len as usize))
    }

    /// Which of the `k` children from node `a` (more than eight, sorted by
    /// byte) has the byte `b`. Up to 32 (on x86-64): the bytes of all of
    /// them ([`AliasTrie::labels`]) compared with `b` at once by SSE2 (a
    /// mask of the equal ones, the first of the `k` taken: about ten
    /// instructions against about 50 for the binary search's five steps);
    /// more, or on another processor, by binary search.
    #[inline(always)]
    fn wide_child(&self, a: usize, k: usize, b: u8) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if k <= 32 {
            let l = self.labels[a..a + 32].try_into().expect("32 bytes");
            return match equal_bytes32(l, b) & (u32::MAX >> (32 - k)) {
                0 => None,
                m => Some(m.trailing_zeros() as usize),
            };
        }
        self.labels[a..a + k].binary_search(&b).ok()
    }

    /// Asks the processor to bring the jump-table slot of the four bytes
    /// that start `hay` into the cache, with no other effect, and returns
    /// that slot's place (its byte offset in the table,
    /// [`AliasTrie::home_place`]; 0 when `hay` is shorter than four bytes)
    /// for [`AliasTrie::longest_prefix_from`]: the gazetteer scan asks it for
    /// all the possible starts of a block before it looks any of them up,
    /// so the slots' cache misses (the table is read at random and is many
    /// times the size of the first-level cache) overlap instead of each
    /// stalling its lookup in turn. (About 1% less time on this project's
    /// machine for 1% more instructions; `docs/benchmarks.md`,
    /// twenty-ninth round.)
    #[inline(always)]
    pub fn prefetch(&self, hay: &[u8]) -> usize {
        let Some(four) = hay.first_chunk::<4>() else {
            return 0;
        };
        let home = self.home_place(u32::from_le_bytes(*four));
        #[cfg(target_arch = "x86_64")]
        {
            // (The slot's address by pointer arithmetic, not by indexing:
            // a prefetch needs no bounds check, which cost a load and a
            // branch on the table's length at each start.)
            let slot: *const Jump = self.jumps.as_ptr().wrapping_byte_add(home);
            // SAFETY: a prefetch reads nothing a program can see and
            // cannot fault; the address is that of a slot of the table
            // (`home_place` is a slot's offset, masked to the table).
            unsafe {
                std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                    slot.cast::<i8>(),
                )
            };
        }
        home
    }

    /// The slot of the jump table where the search for `key` starts (its
    /// entry, or a later one when earlier keys took it). (The lookups
    /// take it as its place, [`AliasTrie::home_place`].)
    #[cfg(test)]
    fn home_slot(&self, key: u32) -> usize {
        jump_slot(key) & (self.jumps.len() - 1)
    }

    /// The home slot of `key` ([`jump_slot`] masked to the table's
    /// length) as its place in the table, its byte offset (the slot times
    /// [`PLACE_SHIFT`]'s power of two): what the scan keeps for each start
    /// between the prefetch and the lookup, so that neither shifts the
    /// slot to address it. (The hash shifted right by `32 - PLACE_SHIFT`,
    /// not by 32 and then left: masked to the table's places, the same
    /// bits.)
    #[inline(always)]
    fn home_place(&self, key: u32) -> usize {
        let hash = u64::from(key).wrapping_mul(JUMP_MULTIPLIER) >> (32 - PLACE_SHIFT);
        hash as usize & self.place_mask()
    }

    /// The places of the jump table's slots ([`AliasTrie::home_place`]):
    /// a place masked by it is a slot's offset within the table.
    #[inline(always)]
    fn place_mask(&self) -> usize {
        (self.jumps.len() - 1) << PLACE_SHIFT
    }

    /// [`AliasTrie::jump_from`] from `key`'s home slot (for the tests).
    #[cfg(test)]
    fn jump(&self, key: u32) -> Option<&Jump> {
        self.jump_from(key, self.home_place(key))
    }

    /// The entry of the four-byte prefix `key` in the jump table, searched
    /// from the slot at place `home` (`key`'s home slot's,
    /// [`AliasTrie::home_place`], for the right answer; another is masked
    /// to a slot's and gives no panic): `None` when no pattern
    /// of four bytes or more starts with those bytes. The home slot holds
    /// the key, or tells whether it is past it ([`Jump::more`]: most
    /// lookups that find no entry end there, with no probe of the next
    /// slots and no branch on whether the home slot is empty, which
    /// mispredicted about 31,000 times a pass over train); if it is, or
    /// may be, the slots after it are probed up to an empty one. (A `key`
    /// of [`EMPTY_KEY`], bytes no UTF-8 text holds, may give an empty
    /// slot, [`Jump::EMPTY`], which leads to no pattern.)
    #[inline]
    fn jump_from(&self, key: u32, home: usize) -> Option<&Jump> {
        debug_assert!(self.jumps.len().is_power_of_two());
        let mask = self.jumps.len() - 1;
        let place = home & self.place_mask();
        let mut i = place >> PLACE_SHIFT;
        // SAFETY: `place` is masked to the table's places, so it is the
        // offset of slot `i <= mask < self.jumps.len()` (the table is never
        // empty, [`AliasTrie::has_jump_table`]). (By the place, not by
        // `self.jumps[i]`: that took a shift of `i` back to the offset,
        // and the move it needed, at each lookup.)
        let j = unsafe { &*self.jumps.as_ptr().byte_add(place) };
        if j.key == key {
            return Some(j);
        }
        if j.more != key && j.more != SEVERAL {
            return None;
        }
        loop {
            i = (i + 1) & mask;
            let j = &self.jumps[i];
            match j.key {
                k if k == key => return Some(j),
                EMPTY_KEY => return None,
                _ => {}
            }
        }
    }
}

/// The key of an empty slot of the jump table: four bytes 0xFF, which
/// no UTF-8 text holds (the patterns are `str`), so it is no pattern's.
const EMPTY_KEY: u32 = u32::MAX;

/// [`Jump::more`] of a slot from which several keys had to be placed
/// further on: four bytes no UTF-8 text holds either (0xFE), so it is
/// no key's.
const SEVERAL: u32 = 0xFFFF_FFFE;

/// Where a walk over four bytes ends: a copy of the node (with the
/// longest pattern on the way, [`Node::best`]), so a walk from it reads
/// the entry's cache line and no node's before its first step. (32 bytes,
/// aligned: no entry straddles two cache lines.)
#[derive(Clone, Copy)]
#[repr(align(32))]
struct Jump {
    /// The first four bytes, little endian ([`EMPTY_KEY`] in an empty
    /// slot).
    key: u32,
    node: Node,
    /// The key whose home is this slot ([`AliasTrie::home_place`]) and
    /// that sits in a later one (this one was taken when it came), if
    /// there is one; [`SEVERAL`] if there are more; [`EMPTY_KEY`] if
    /// none. A lookup from this slot that does not find its key here
    /// probes the next ones only when it is this key or may be
    /// ([`AliasTrie::jump_from`]). (In the entry's spare bytes; of the
    /// slot, not of the key in it: a key whose home slot was taken goes
    /// to the first empty slot after it.)
    more: u32,
}

// One cache line holds two entries, none straddles two.
const _: () = assert!(std::mem::size_of::<Jump>() == 32);

impl Jump {
    /// An empty slot: should a lookup of [`EMPTY_KEY`] meet it, it leads
    /// to no pattern (a node of none and no children: a walk from it
    /// stops at once).
    const EMPTY: Jump = Jump {
        key: EMPTY_KEY,
        node: Node::EMPTY,
        more: EMPTY_KEY,
    };
}

/// The run of a node whose one child is node `a` ([`Node::run`]): how
/// many nodes from `a` on (at most eight) a walk that reached the node may
/// match in one step, by one comparison of their bytes (kept in the
/// node, [`Node::kids`]) with the text's: nodes `a`, `a + 1`, ... where
/// each but the last has one child, the node after it, and ends no
/// pattern. (Below the top levels the nodes are stored depth first, so the
/// chain of single children along a long name is such a run.) A walk that
/// matches the whole run goes on from its last node; one that does not
/// stops, with no pattern passed on the way.
///
/// Taken from the run of node `a` itself (the nodes from `a + 1` on), when
/// `a` is a link of the chain, so node `a` must be in place (a run not
/// given yet, 0, would only make this one shorter, which is still a run).
/// `above` is the [`Node::best`] of the node whose child `a` is: node `a`
/// ends a pattern when its own differs.
fn chain_run(nodes: &[Node], a: usize, above: u32) -> u8 {
    let nd = nodes[a];
    if nd.children == 1 && nd.first_child() == a + 1 && nd.best == above {
        (nd.run + 1).min(8)
    } else {
        1
    }
}

/// Which of the first `k` bytes of `kids` (a node's [`Node::kids`], at
/// most eight, distinct) is `b`: by one SSE2 compare of the eight bytes
/// with `b` on x86-64, a mask of the equal ones cut to the `k` and its
/// first bit, with no branch per child (a linear search's compare and
/// branch per child mispredicted about 80,000 times a pass over train);
/// elsewhere by a linear search.
#[inline(always)]
fn child_of_few(kids: [u8; 8], k: usize, b: u8) -> Option<usize> {
    debug_assert!(k <= 8);
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_cvtsi64_si128, _mm_movemask_epi8, _mm_set1_epi8,
        };
        // SAFETY: SSE2 is always available on x86-64; no memory is read.
        let eq = unsafe {
            let x = _mm_set1_epi8(b as i8);
            let l = _mm_cvtsi64_si128(i64::from_le_bytes(kids));
            _mm_movemask_epi8(_mm_cmpeq_epi8(l, x)) as u32
        };
        // (Bits 8 to 15 compare the zero upper half: cut off with the
        // bytes past the `k`.)
        match eq & ((1u32 << k) - 1) {
            0 => None,
            m => Some(m.trailing_zeros() as usize),
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        kids[..k].iter().position(|&c| c == b)
    }
}

/// The shuffles of [`AliasTrie::walk_simd`], by [`Node::run`]: byte `i`
/// of row `run` is `min(i, run - 1)`, so that the shuffled bytes from the
/// walk's place are the text's bytes of a run of `run`, its last
/// repeated (row 1: the first byte sixteen times). (A row for every
/// `u8`, so that indexing by a node's run needs no test; only rows 1 to 8
/// are read. A row in place of a broadcast of `run - 1` and a minimum:
/// the same instructions, no `run - 1`.)
#[cfg(target_arch = "x86_64")]
static PICKS: [[u8; 16]; 256] = {
    let mut rows = [[0u8; 16]; 256];
    let mut run = 0;
    while run < 256 {
        let mut i = 0;
        while i < 16 {
            rows[run][i] = if i + 1 < run {
                i as u8
            } else {
                run.saturating_sub(1) as u8
            };
            i += 1;
        }
        run += 1;
    }
    rows
};

/// The bytes of `l` equal to `b`, as a bit mask (bit `i` for byte `i`), by
/// SSE2 (part of every x86-64 processor).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn equal_bytes32(l: &[u8; 32], b: u8) -> u32 {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8};
    // SAFETY: SSE2 is always available on x86-64; the two loads read the
    // 32 bytes of `l` (unaligned).
    unsafe {
        let x = _mm_set1_epi8(b as i8);
        let lo = _mm_loadu_si128(l.as_ptr().cast());
        let hi = _mm_loadu_si128(l.as_ptr().add(16).cast());
        let lo = _mm_movemask_epi8(_mm_cmpeq_epi8(lo, x)) as u32;
        let hi = _mm_movemask_epi8(_mm_cmpeq_epi8(hi, x)) as u32;
        lo | hi << 16
    }
}

/// A bit for a byte in the filter of a node of many children
/// ([`Node::kids`]): its low six bits, so every ASCII
/// letter has its own bit (the capitals bits 1 to 26, the lowercase
/// letters bits 33 to 58) and the space one apart from them; digits and
/// marks share bits with letters, which only lets a walk start that the
/// trie then ends.
#[inline]
fn next_bit(b: u8) -> u64 {
    1 << (b & 63)
}

/// The home slot of a four-byte key in the jump table (before masking to
/// the table's size): the high half of a 64-bit product, whose low bits
/// (the ones the mask keeps) depend on all four bytes. (The low bits of a
/// 32-bit product shifted by eight depend only on the first three bytes,
/// so "Pres", "Prem" and "Prep" shared a slot and probed long runs.)
#[inline]
fn jump_slot(key: u32) -> usize {
    (u64::from(key).wrapping_mul(JUMP_MULTIPLIER) >> 32) as usize
}

/// The multiplier of [`jump_slot`] (and [`AliasTrie::home_place`]).
const JUMP_MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// A slot's place ([`AliasTrie::home_place`]) is the slot shifted left by
/// this, the base-two logarithm of the size of a [`Jump`] (a power of two).
const PLACE_SHIFT: u32 = std::mem::size_of::<Jump>().trailing_zeros();
const _: () = assert!(std::mem::size_of::<Jump>() == 1 << PLACE_SHIFT);

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`AliasTrie::longest_prefix`] answers, by trying every
    /// pattern: the index and length of the longest non-empty one that
    /// starts `hay`, of equal ones the first.
    fn brute_longest(pats: &[String], hay: &[u8]) -> Option<(usize, usize)> {
        pats.iter()
            .enumerate()
            .filter(|(_, p)| !p.is_empty() && hay.starts_with(p.as_bytes()))
            .map(|(i, p)| (i, p.len()))
            .min_by_key(|&(i, n)| (std::cmp::Reverse(n), i))
    }

    /// A random word of `min` to `max` bytes (both included) of
    /// `alphabet`.
    fn random_word(seed: &mut u64, alphabet: &[u8], min: u64, max: u64) -> Vec<u8> {
        crate::next_random(seed);
        let n = (min + *seed % (max - min + 1)) as usize;
        (0..n)
            .map(|_| {
                crate::next_random(seed);
                alphabet[(*seed % alphabet.len() as u64) as usize]
            })
            .collect()
    }

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

    #[test]
    fn longest_prefix_is_the_longest_pattern_that_starts_the_text() {
        // Patterns and texts from a few bytes, so they share prefixes of
        // four bytes and more and differ in the fifth (the filter of a
        // node of many children, `Node::kids`, on the byte after them).
        let alphabet = b"the TUSAaq.0\xC3\xA9";
        let mut seed = 0x0ddb_a11c_0ffe_e123u64;
        // (Up to `max` bytes, not included.)
        let word = |seed: &mut u64, max: u64| random_word(seed, alphabet, 0, max - 1);
        for _ in 0..200 {
            let mut pats: Vec<Vec<u8>> = vec![b"the ".to_vec(), b"the U".to_vec()];
            for _ in 0..30 {
                let mut p = b"the ".to_vec();
                p.extend(word(&mut seed, 5));
                pats.push(p);
                pats.push(word(&mut seed, 9));
            }
            let strs: Vec<String> = pats
                .iter()
                .map(|p| String::from_utf8_lossy(p).into_owned())
                .collect();
            let t = AliasTrie::new(strs.iter().map(String::as_str));
            for _ in 0..200 {
                let mut hay = if seed.is_multiple_of(2) {
                    b"the ".to_vec()
                } else {
                    Vec::new()
                };
                hay.extend(word(&mut seed, 10));
                let want = brute_longest(&strs, &hay);
                assert_eq!(t.longest_prefix(&hay), want, "{hay:?} {strs:?}");
            }
        }
    }

    #[test]
    fn a_home_slot_names_the_keys_placed_past_it() {
        // Every slot's `more` against the table itself: no key whose home
        // it is sits elsewhere (`EMPTY_KEY`), one does (that key), or more
        // do (`SEVERAL`); and every key is found from its home. (Sets of
        // random four-byte prefixes large enough that homes are shared
        // and runs of taken slots form.)
        let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .";
        let mut seed = 0x6d6f_7265_5eed_0001u64;
        let mut seen = [0usize; 3];
        for round in 0..40 {
            let n = 20 + round * 25;
            let pats: Vec<String> = (0..n)
                .map(|_| String::from_utf8(random_word(&mut seed, alphabet, 4, 6)).expect("ASCII"))
                .collect();
            let t = AliasTrie::new(pats.iter().map(String::as_str));
            let mut past: Vec<Vec<u32>> = vec![Vec::new(); t.jumps.len()];
            for (i, j) in t.jumps.iter().enumerate() {
                if j.key != EMPTY_KEY {
                    let home = t.home_slot(j.key);
                    // (The lookups' place of the slot is its offset.)
                    assert_eq!(t.home_place(j.key), home * std::mem::size_of::<Jump>());
                    if home != i {
                        past[home].push(j.key);
                    }
                    assert!(std::ptr::eq(t.jump(j.key).expect("its entry"), j));
                }
            }
            for (j, keys) in t.jumps.iter().zip(&past) {
                let want = match keys[..] {
                    [] => EMPTY_KEY,
                    [k] => k,
                    _ => SEVERAL,
                };
                assert_eq!(j.more, want, "{pats:?}");
                seen[keys.len().min(2)] += 1;
            }
        }
        assert!(seen.iter().all(|&n| n > 10), "{seen:?}");
    }

    #[test]
    fn jump_entries_are_the_four_byte_prefixes_of_long_patterns() {
        // The jump table is the filter of the first four bytes: an entry
        // for exactly the four-byte prefixes of the patterns of four bytes
        // or more, over texts of a small alphabet (which share such
        // prefixes with the patterns, or only their first two or three
        // bytes), and none for the bytes of an empty slot.
        let alphabet = b"abT. ";
        let mut seed = 0x5eed_f00d_1234_5678u64;
        for _ in 0..100 {
            let pats: Vec<String> = (0..40)
                .map(|_| String::from_utf8(random_word(&mut seed, alphabet, 1, 7)).expect("ASCII"))
                .collect();
            let t = AliasTrie::new(pats.iter().map(String::as_str));
            for _ in 0..300 {
                let hay = random_word(&mut seed, alphabet, 4, 8);
                let key = u32::from_le_bytes([hay[0], hay[1], hay[2], hay[3]]);
                let long = pats
                    .iter()
                    .any(|p| p.len() >= 4 && p.as_bytes()[..4] == hay[..4]);
                assert_eq!(t.jump(key).is_some(), long, "{hay:?} {pats:?}");
                let want = pats
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| hay.starts_with(p.as_bytes()))
                    .map(|(i, p)| (i, p.len()))
                    .min_by_key(|&(i, n)| (std::cmp::Reverse(n), i));
                assert_eq!(t.longest_prefix(&hay), want, "{hay:?} {pats:?}");
                // The scan's lookup, from the place `prefetch` returned: the
                // same answer, also with low bits set (masked off: a place
                // is a slot's offset); from any other place, no panic.
                // (Under four bytes there is no slot, and `prefetch` gives 0.)
                let home = t.prefetch(&hay);
                assert_eq!(t.longest_prefix_from(&hay, home), want, "{hay:?}");
                let low = std::mem::size_of::<Jump>() - 1;
                assert_eq!(t.longest_prefix_from(&hay, home | low), want, "{hay:?}");
                for other in [
                    home + std::mem::size_of::<Jump>(),
                    usize::MAX,
                    seed as usize,
                ] {
                    let _ = t.longest_prefix_from(&hay, other);
                }
                for short in (0..4).map(|n| &hay[..n]) {
                    assert_eq!(t.prefetch(short), 0);
                    let want = brute_longest(&pats, short);
                    assert_eq!(t.longest_prefix_from(short, 0), want, "{short:?}");
                }
            }
            for hay in [
                &[0xFF; 4][..],
                &[0xFF; 5],
                &[0xFF, 0xFF, 0xFF, 0xFF, b'a', b'b'],
            ] {
                assert_eq!(t.longest_prefix(hay), None);
            }
        }
    }

    #[test]
    fn lowercase_after_the_is_the_letters_after_the() {
        // Against the patterns: the lowercase letters some have after
        // "the " when none is "the " or a prefix of it, else `None`; on
        // random sets of patterns from pieces of "the " and letters.
        let pieces = ["the ", "t", "th", "he ", "a", "b", "X", " ", "e"];
        let mut seed = 0x7468_6520_6c6f_7765u64;
        let mut seen = [0usize; 3];
        for _ in 0..3000 {
            crate::next_random(&mut seed);
            let pats: Vec<String> = (0..1 + seed % 6)
                .map(|_| {
                    crate::next_random(&mut seed);
                    (0..1 + seed % 3)
                        .map(|_| {
                            crate::next_random(&mut seed);
                            pieces[(seed % pieces.len() as u64) as usize]
                        })
                        .collect()
                })
                .collect();
            let t = AliasTrie::new(pats.iter().map(String::as_str));
            let lower = pats
                .iter()
                .filter_map(|p| p.strip_prefix("the "))
                .filter_map(|r| r.bytes().next().filter(u8::is_ascii_lowercase))
                .fold(0u32, |m, c| m | 1 << (c - b'a'));
            let prefix = pats
                .iter()
                .any(|p| !p.is_empty() && "the ".starts_with(p.as_str()));
            let want = (!prefix).then_some(lower);
            assert_eq!(t.lowercase_after_the(), want, "{pats:?}");
            // (The scan's test before its loop: any trie has slots.)
            assert!(t.has_jump_table());
            seen[match want {
                None => 0,
                Some(0) => 1,
                Some(_) => 2,
            }] += 1;
        }
        assert!(seen.iter().all(|&n| n > 100), "{seen:?}");
    }

    #[test]
    fn node_kids_are_the_bytes_a_step_compares() {
        // Every node's `kids` against the bytes of its run's nodes (one
        // child; the last repeated after them) or of its children (two to
        // eight; the first repeated after them), or
        // the filter of its children's bytes (more); and `child_of_few`
        // against a linear search of them for every byte. (Eleven bytes:
        // nodes of more than eight children too, below the root: "T."
        // is followed by every byte of the alphabet.)
        let alphabet = b"abcdefgh T.";
        let mut seed = 0x6b1d_5eed_f00d_0042u64;
        for _ in 0..50 {
            let mut pats: Vec<String> = (0..60)
                .map(|_| String::from_utf8(random_word(&mut seed, alphabet, 1, 14)).expect("ASCII"))
                .collect();
            pats.extend(alphabet.iter().map(|&c| format!("T.{}", char::from(c))));
            let t = AliasTrie::new(pats.iter().map(String::as_str));
            let (mut few, mut many) = (0, 0);
            for (v, nd) in t.nodes.iter().enumerate() {
                let a = nd.first_child();
                let k = nd.children as usize;
                let mut want = [0u8; 8];
                // (The run, 1 for every node of not one child, and the
                // carry of `walk_simd`'s step.)
                let (mut run, mut carry) = (1, 0);
                if k == 1 {
                    run = nd.run;
                    let bytes = &t.labels[a..a + run as usize];
                    want.fill(bytes[bytes.len() - 1]);
                    want[..bytes.len()].copy_from_slice(bytes);
                    carry = 1;
                } else if k <= 8 {
                    let bytes = &t.labels[a..a + k];
                    want.fill(bytes.first().copied().unwrap_or(0));
                    want[..bytes.len()].copy_from_slice(bytes);
                    carry = if k == 0 { 0 } else { 0xFF };
                } else {
                    // The filter of many children: every child's bit.
                    // (The root's is never read: the walk starts below
                    // it.)
                    many += usize::from(v > 0);
                    let next = t.labels[a..a + k].iter().fold(0, |m, &c| m | next_bit(c));
                    want = next.to_le_bytes();
                }
                assert_eq!((nd.kids, nd.run, nd.carry), (want, run, carry));
                if (2..=8).contains(&k) {
                    few += 1;
                    for b in 0..=255u8 {
                        let plain = t.labels[a..a + k].iter().position(|&c| c == b);
                        assert_eq!(child_of_few(nd.kids, k, b), plain);
                    }
                }
            }
            assert!(few > 0 && many > 0);
        }
    }

    #[test]
    fn walks_over_hostile_shapes_find_the_longest_pattern() {
        // Patterns over labels of every UTF-8 length and the extreme bytes
        // (0, 0x7F, the lead and continuation bytes of U+10FFFF): long
        // chains (runs of eight and more, one ending at each length),
        // patterns that are prefixes of each other, and nodes of exactly
        // seven to ten children at every depth from one to twelve (the
        // compare of a few children's bytes, the filter of many); texts
        // that are patterns cut or continued at every length, so walks
        // stop at, inside and past a run near the end of the text.
        let labels = [
            "\0",
            "a",
            "b",
            "c",
            "\u{7f}",
            " ",
            "é",
            "\u{10ffff}",
            "🙂",
            "Z",
        ];
        let mut seed = 0x4e37_b0d1_e5c0_ffeeu64;
        let pick = |seed: &mut u64| {
            crate::next_random(seed);
            labels[(*seed % labels.len() as u64) as usize]
        };
        for round in 0..40 {
            let mut pats: Vec<String> = Vec::new();
            // A chain and every prefix of it, in bytes cut at characters.
            let chain: String = (0..24).map(|_| pick(&mut seed)).collect();
            for (i, _) in chain.char_indices().skip(1).step_by(1 + round % 3) {
                pats.push(chain[..i].to_string());
            }
            pats.push(chain.clone());
            // Nodes of seven to ten children at each depth, with tails.
            for depth in 0..12 {
                let stem: String = chain.chars().take(depth).collect();
                let k = 7 + (depth + round) % 4;
                let mut seen = std::collections::BTreeSet::new();
                while seen.len() < k {
                    crate::next_random(&mut seed);
                    seen.insert(char::from_u32(0x20 + (seed % 0x5f) as u32).expect("ASCII"));
                }
                for c in seen {
                    let mut p = format!("{stem}{c}");
                    crate::next_random(&mut seed);
                    for _ in 0..seed % 14 {
                        p.push_str(pick(&mut seed));
                    }
                    pats.push(p);
                }
            }
            for _ in 0..40 {
                crate::next_random(&mut seed);
                let n = 1 + seed % 6;
                pats.push((0..n).map(|_| pick(&mut seed)).collect());
            }
            let t = AliasTrie::new(pats.iter().map(String::as_str));
            let mut hays: Vec<Vec<u8>> = Vec::new();
            for p in &pats {
                let p = p.as_bytes();
                for cut in 0..=p.len() {
                    hays.push(p[..cut].to_vec());
                }
                let mut longer = p.to_vec();
                for _ in 0..4 {
                    longer.extend_from_slice(pick(&mut seed).as_bytes());
                    hays.push(longer.clone());
                }
            }
            for hay in &hays {
                for start in 0..hay.len().min(3) {
                    let hay = &hay[start..];
                    let want = brute_longest(&pats, hay);
                    assert_eq!(t.longest_prefix(hay), want, "{hay:?}");
                }
            }
        }
    }

    #[test]
    fn wide_nodes_find_the_child_of_every_byte() {
        // Nodes of nine to 64 children (the compare of 32 bytes at once,
        // and the binary search above 32), from patterns of one to four
        // bytes over alphabets of as many ASCII bytes, taken at random,
        // most starting with one of two of them; texts of one to five
        // bytes of the alphabet and others.
        let mut seed = 0x71de_5eed_0bad_cafeu64;
        for round in 0..60 {
            let size = 9 + round % 56;
            let mut ascii: Vec<u8> = (1..=127u8).collect();
            for i in (1..ascii.len()).rev() {
                crate::next_random(&mut seed);
                ascii.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            let (alphabet, others) = ascii.split_at(size);
            let mut pats: Vec<Vec<u8>> = Vec::new();
            for i in 0..size * 6 {
                let mut p: Vec<u8> = (0..1 + i % 3)
                    .map(|_| {
                        crate::next_random(&mut seed);
                        alphabet[(seed % size as u64) as usize]
                    })
                    .collect();
                if i % 4 != 0 {
                    p.insert(0, alphabet[i % 2]);
                }
                pats.push(p);
            }
            let strs: Vec<String> = pats
                .iter()
                .map(|p| String::from_utf8(p.clone()).expect("ASCII"))
                .collect();
            let t = AliasTrie::new(strs.iter().map(String::as_str));
            // (Node 0, the root, is never searched: [`AliasTrie::root`].)
            let widest = t.nodes[1..].iter().map(|nd| nd.children).max();
            // (Most of the alphabet follows each of the two first bytes:
            // above 32 children from alphabets of about 44 bytes.)
            assert!(widest.is_some_and(|w| w as usize * 4 >= size * 3));
            for _ in 0..300 {
                crate::next_random(&mut seed);
                let n = 1 + (seed % 5) as usize;
                let hay: Vec<u8> = (0..n)
                    .map(|_| {
                        crate::next_random(&mut seed);
                        if seed.is_multiple_of(5) {
                            others[(seed >> 8) as usize % others.len()]
                        } else {
                            alphabet[(seed >> 8) as usize % size]
                        }
                    })
                    .collect();
                let want = brute_longest(&strs, &hay);
                assert_eq!(t.longest_prefix(&hay), want, "{hay:?} {strs:?}");
            }
        }
    }

    #[test]
    fn walks_over_chains_find_the_longest_pattern() {
        // Long patterns from a small alphabet: chains of single children
        // of every length, patterns ending inside chains and after them,
        // and texts that end inside a chain (fewer than eight bytes left,
        // the walk's byte-by-byte path) or go on past it.
        let alphabet = b"ab ";
        let mut seed = 0x5eed_c4a1_2b3d_0f17u64;
        let word = |seed: &mut u64, min: u64, max: u64| random_word(seed, alphabet, min, max);
        for _ in 0..100 {
            let mut pats: Vec<Vec<u8>> = Vec::new();
            for _ in 0..12 {
                let p = word(&mut seed, 1, 24);
                // A prefix of a pattern is a pattern too, now and then.
                let k = p.len() / 2;
                pats.push(p.clone());
                if k > 0 && p.len() % 3 == 0 {
                    pats.push(p[..k].to_vec());
                }
            }
            let strs: Vec<String> = pats
                .iter()
                .map(|p| String::from_utf8_lossy(p).into_owned())
                .collect();
            let t = AliasTrie::new(strs.iter().map(String::as_str));
            // Every run is a chain: one child each, the next node, no
            // pattern but at its last node (the best pattern above it
            // unchanged).
            for nd in &t.nodes {
                if nd.children == 1 {
                    let (a, r) = (nd.first_child(), nd.run as usize);
                    assert_eq!(nd.to as usize, a + r - 1);
                    assert!((1..=8).contains(&r));
                    for k in a..a + r - 1 {
                        let c = t.nodes[k];
                        assert_eq!(
                            (c.children, c.first_child(), c.best, c.best_len),
                            (1, k + 1, nd.best, nd.best_len)
                        );
                    }
                }
                assert_eq!(t.labels.len(), t.nodes.len() + 32);
            }
            for _ in 0..300 {
                // Texts from a pattern, cut short or run on.
                crate::next_random(&mut seed);
                let mut hay = pats[(seed % pats.len() as u64) as usize].clone();
                crate::next_random(&mut seed);
                let cut = (seed % (hay.len() as u64 + 1)) as usize;
                if seed.is_multiple_of(2) {
                    hay.truncate(cut);
                }
                hay.extend(word(&mut seed, 0, 12));
                let want = strs
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| !p.is_empty() && hay.starts_with(p.as_bytes()))
                    .map(|(i, p)| (i, p.len()))
                    .min_by_key(|&(i, n)| (std::cmp::Reverse(n), i));
                assert_eq!(t.longest_prefix(&hay), want, "{hay:?} {strs:?}");
            }
        }
    }
}
