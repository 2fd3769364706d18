package io.vigil.audit.verify.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.audit.verify.json.JsonReader;
import io.vigil.audit.verify.json.JsonValue;
import io.vigil.audit.verify.json.JsonValue.JsonArray;
import io.vigil.audit.verify.json.JsonValue.JsonBoolean;
import io.vigil.audit.verify.json.JsonValue.JsonNumber;
import io.vigil.audit.verify.json.JsonValue.JsonObject;
import io.vigil.audit.verify.json.JsonValue.JsonString;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Published vectors of transparency-dev/merkle (https://github.com/transparency-dev/merkle), the Go RFC 6962 /
 * RFC 9162 implementation used by Trillian and Sigsum: the JSON files under testdata/inclusion and
 * testdata/consistency (copied as data, see src/test/resources/transparency-dev-merkle/NOTICE.md) and the
 * reference leaves and roots of testonly/constants.go.
 */
class TransparencyDevVectorsTest {

    // testonly/constants.go LeafInputs() and RootHashes() (sizes 1..8).
    private static final List<String> LEAF_INPUTS = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void rootsOfTheReferenceLeavesMatchThePublishedRootsForEverySize() {
        TreeHasher hasher = TreeHasher.create();
        List<byte[]> leaves = LEAF_INPUTS.stream().map(h -> hasher.hashLeaf(HexFormat.of().parseHex(h))).toList();
        Prover prover = MerkleTree.of(leaves).prover();
        CompactRange range = CompactRange.empty();
        for (int size = 1; size <= 8; size++) {
            range.append(leaves.get(size - 1));
            assertThat(HexFormat.of().formatHex(prover.root(size))).isEqualTo(ROOTS.get(size - 1));
            assertThat(HexFormat.of().formatHex(range.root())).isEqualTo(ROOTS.get(size - 1));
        }
        assertThat(HexFormat.of().formatHex(prover.root(0)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aFirstHashOfTheWrongLengthIsRejectedBeforeHashing() {
        InclusionProof proof = new InclusionProof(0, 1, List.of());
        assertThatThrownBy(() -> proof.verify(new byte[31], new byte[32]))
                .isInstanceOf(ProofVerificationException.class).hasMessageContaining("not 32");
    }

    @TestFactory
    Stream<DynamicTest> everyPublishedInclusionVectorVerifiesOrFailsAsPublished() throws Exception {
        return vectors("inclusion").map(path -> DynamicTest.dynamicTest(name(path), () -> {
            JsonObject v = read(path);
            InclusionProof proof = new InclusionProof(count(v, "leafIdx"), count(v, "treeSize"), hashes(v, "proof"));
            assertThat(succeeds(() -> proof.verify(bytes(v, "leafHash"), bytes(v, "root"))))
                    .isEqualTo(!wantErr(v));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPublishedConsistencyVectorVerifiesOrFailsAsPublished() throws Exception {
        return vectors("consistency").map(path -> DynamicTest.dynamicTest(name(path), () -> {
            JsonObject v = read(path);
            ConsistencyProof proof = new ConsistencyProof(count(v, "size1"), count(v, "size2"), hashes(v, "proof"));
            assertThat(succeeds(() -> proof.verify(bytes(v, "root1"), bytes(v, "root2")))).isEqualTo(!wantErr(v));
        }));
    }

    private interface Check {
        void run() throws ProofVerificationException;
    }

    private static boolean succeeds(Check check) {
        try {
            check.run();
            return true;
        } catch (ProofVerificationException e) {
            return false;
        }
    }

    private static Stream<Path> vectors(String kind) throws IOException, URISyntaxException {
        Path root = Path.of(TransparencyDevVectorsTest.class.getResource("/transparency-dev-merkle/" + kind).toURI());
        List<Path> files = Files.walk(root).filter(p -> p.toString().endsWith(".json")).sorted().toList();
        assertThat(files).hasSizeGreaterThan(80);
        return files.stream();
    }

    private static String name(Path path) {
        return path.getParent().getFileName() + "/" + path.getFileName();
    }

    private static JsonObject read(Path path) throws IOException {
        return (JsonObject) JsonReader.parse(Files.readString(path));
    }

    private static long count(JsonObject v, String name) {
        return (long) ((JsonNumber) v.get(name)).value();
    }

    private static boolean wantErr(JsonObject v) {
        return ((JsonBoolean) v.get("wantErr")).value();
    }

    private static byte[] bytes(JsonObject v, String name) {
        JsonValue value = v.get(name);
        return value instanceof JsonString s ? Base64.getDecoder().decode(s.value()) : new byte[0];
    }

    private static List<byte[]> hashes(JsonObject v, String name) {
        JsonValue value = v.get(name);
        if (!(value instanceof JsonArray a)) {
            return List.of();
        }
        return a.elements().stream().map(e -> Base64.getDecoder().decode(((JsonString) e).value())).toList();
    }
}
