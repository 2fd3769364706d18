package io.vigil.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VersionLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static SopVersion draftBy(String author) {
        return SopVersion.draft(UUID.randomUUID(), UUID.randomUUID(), 1,
                new VersionContent("first", "1. Check", "{}", "[]"), author, null, NOW);
    }

    @Nested
    class Transitions {

        @Test
        void aDraftCanOnlyBeSubmitted() {
            assertThat(VersionLifecycle.allowedFrom(VersionStatus.DRAFT)).containsExactly(VersionStatus.IN_REVIEW);
        }

        @Test
        void aVersionInReviewIsApprovedOrRejected() {
            assertThat(VersionLifecycle.allowedFrom(VersionStatus.IN_REVIEW))
                    .containsExactly(VersionStatus.APPROVED, VersionStatus.REJECTED);
        }

        @Test
        void aRejectedVersionGoesBackToDraft() {
            assertThat(VersionLifecycle.allows(VersionStatus.REJECTED, VersionStatus.DRAFT)).isTrue();
        }

        @Test
        void retiredIsFinal() {
            assertThat(VersionLifecycle.allowedFrom(VersionStatus.RETIRED)).isEmpty();
        }

        @Test
        void aDraftCannotBePublishedAndTheProblemNamesWhatIsAllowed() {
            assertThatThrownBy(() -> VersionLifecycle.check(3, VersionStatus.DRAFT, VersionStatus.PUBLISHED))
                    .isInstanceOf(IllegalVersionTransitionException.class)
                    .hasMessageContaining("allowed: [IN_REVIEW]")
                    .satisfies(e -> assertThat(((IllegalVersionTransitionException) e).extensions())
                            .containsEntry("status", VersionStatus.DRAFT));
        }
    }

    @Nested
    class FourEyes {

        @Test
        void theAuthorCannotApproveTheirOwnVersion() {
            SopVersion version = draftBy("sam");
            version.submit(null, NOW);
            assertThatThrownBy(() -> version.approve("sam", null, NOW)).isInstanceOf(FourEyesException.class);
        }

        @Test
        void theAuthorCannotPublishTheirOwnVersion() {
            SopVersion version = draftBy("sam");
            version.submit(null, NOW);
            version.approve("sara", null, NOW);
            assertThatThrownBy(() -> version.checkPublishable("sam")).isInstanceOf(FourEyesException.class);
        }

        @Test
        void anotherPersonWalksItToPublished() {
            SopVersion version = draftBy("sam");
            version.submit(null, NOW);
            version.approve("sara", "clear", NOW);
            version.publish("sara", NOW, NOW);
            assertThat(version.status()).isEqualTo(VersionStatus.PUBLISHED);
            assertThat(version.approver()).isEqualTo("sara");
            assertThat(version.effectiveFrom()).isEqualTo(NOW);
        }
    }

    @Nested
    class Content {

        @Test
        void aSubmittedVersionCannotBeRevised() {
            SopVersion version = draftBy("sam");
            version.submit(null, NOW);
            assertThatThrownBy(() -> version.revise(new VersionContent("x", "y", "{}", "[]"), NOW))
                    .isInstanceOf(VersionImmutableException.class);
        }

        @Test
        void aReopenedRejectedVersionCanBeRevised() {
            SopVersion version = draftBy("sam");
            version.submit(null, NOW);
            version.reject("sara", "unclear", NOW);
            version.reopen(NOW);
            version.revise(new VersionContent("second", "1. Check twice", "{}", "[]"), NOW);
            assertThat(version.content().steps()).isEqualTo("1. Check twice");
        }

        @Test
        void aStaleIfMatchIsRefused() {
            SopVersion version = draftBy("sam");
            assertThatThrownBy(() -> version.expectVersion(OptionalLong.of(7)))
                    .hasMessageContaining("not 7");
        }
    }
}
