package io.vigil.audit.verify.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property checks over random tree sizes: generated proofs verify, and any flipped bit makes them fail. */
class ProofPropertiesTest {

    private final Random random = new Random(9162);
    private final TreeHasher hasher = TreeHasher.create();

    @Test
    void everyInclusionProofOfEveryLeafVerifiesForSizesUpTo70() throws Exception {
        for (int size = 1; size <= 70; size++) {
            MerkleTree tree = tree(size);
            byte[] root = tree.prover().root(size);
            for (int leaf = 0; leaf < size; leaf++) {
                tree.prover().inclusion(leaf, size).verify(tree.node(0, leaf), root);
            }
        }
    }

    @Test
    void everyConsistencyProofBetweenAnyTwoSizesVerifiesForSizesUpTo70() throws Exception {
        MerkleTree tree = tree(70);
        Prover prover = tree.prover();
        for (int size2 = 1; size2 <= 70; size2++) {
            for (int size1 = 1; size1 <= size2; size1++) {
                prover.consistency(size1, size2).verify(prover.root(size1), prover.root(size2));
            }
        }
    }

    @Test
    void flippingAnyBitOfAnInclusionProofMakesItFail() {
        for (int round = 0; round < 40; round++) {
            int size = 2 + random.nextInt(3000);
            int leaf = random.nextInt(size);
            MerkleTree tree = tree(size);
            InclusionProof proof = tree.prover().inclusion(leaf, size);
            byte[] root = tree.prover().root(size);
            List<byte[]> hashes = flipRandomBit(proof.hashes());
            assertThatThrownBy(() -> new InclusionProof(leaf, size, hashes).verify(tree.node(0, leaf), root))
                    .isInstanceOf(ProofVerificationException.class);
            byte[] leafHash = flip(tree.node(0, leaf));
            assertThatThrownBy(() -> proof.verify(leafHash, root)).isInstanceOf(ProofVerificationException.class);
        }
    }

    @Test
    void flippingAnyBitOfAConsistencyProofOrARootMakesItFail() {
        for (int round = 0; round < 40; round++) {
            int size2 = 3 + random.nextInt(3000);
            int size1 = 1 + random.nextInt(size2 - 1);
            Prover prover = tree(size2).prover();
            ConsistencyProof proof = prover.consistency(size1, size2);
            byte[] root1 = prover.root(size1);
            byte[] root2 = prover.root(size2);
            ConsistencyProof flipped = new ConsistencyProof(size1, size2, flipRandomBit(proof.hashes()));
            assertThatThrownBy(() -> flipped.verify(root1, root2)).isInstanceOf(ProofVerificationException.class);
            assertThatThrownBy(() -> proof.verify(flip(root1), root2)).isInstanceOf(ProofVerificationException.class);
            assertThatThrownBy(() -> proof.verify(root1, flip(root2))).isInstanceOf(ProofVerificationException.class);
        }
    }

    @Test
    void aProofForAnotherLeafIndexOrTreeSizeFails() throws Exception {
        MerkleTree tree = tree(13);
        byte[] root = tree.prover().root(13);
        InclusionProof proof = tree.prover().inclusion(5, 13);
        assertThatThrownBy(() -> new InclusionProof(6, 13, proof.hashes()).verify(tree.node(0, 5), root))
                .isInstanceOf(ProofVerificationException.class);
        assertThatThrownBy(() -> new InclusionProof(5, 4, proof.hashes()).verify(tree.node(0, 5), root))
                .isInstanceOf(ProofVerificationException.class);
        assertThatThrownBy(() -> new InclusionProof(13, 13, proof.hashes()).verify(tree.node(0, 5), root))
                .hasMessageContaining("outside tree size");
    }

    @Test
    void aCompactRangeRestoredFromAnyPrefixReachesTheSameRootsAsTheFullTree() {
        MerkleTree tree = tree(300);
        Prover prover = tree.prover();
        for (int from = 0; from < 300; from += 1 + random.nextInt(20)) {
            CompactRange range = CompactRange.of(tree, from);
            assertThat(range.root()).isEqualTo(prover.root(from));
            for (int next = from; next < 300; next++) {
                range.append(tree.node(0, next));
            }
            assertThat(range.root()).isEqualTo(prover.root(300));
        }
    }

    @Test
    void aProverBackedByANodeSourceThatIsNotATreeGivesTheSameProofs() throws Exception {
        MerkleTree tree = tree(100);
        Prover overSource = new Prover((level, index) -> tree.prover().rangeHash(index << level, (index + 1) << level));
        assertThat(overSource.root(77)).isEqualTo(tree.prover().root(77));
        overSource.inclusion(42, 77).verify(tree.node(0, 42), tree.prover().root(77));
        overSource.consistency(33, 77).verify(tree.prover().root(33), tree.prover().root(77));
    }

    private MerkleTree tree(int size) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(hasher.hashLeaf(("leaf " + i).getBytes()));
        }
        return MerkleTree.of(leaves);
    }

    private List<byte[]> flipRandomBit(List<byte[]> hashes) {
        List<byte[]> copy = new ArrayList<>(hashes);
        int which = random.nextInt(copy.size());
        copy.set(which, flip(copy.get(which)));
        return copy;
    }

    private byte[] flip(byte[] hash) {
        byte[] copy = hash.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }
}
